package sla

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

// dayNames holds the three-letter names of the days of the week, in the
// order of time.Weekday.
const dayNames = "sunmontuewedthufrisat"

func dayName(wd time.Weekday) string { return dayNames[3*wd : 3*wd+3] }

// weekdayNamed returns the day of the week with the given three-letter
// name, in any case.
func weekdayNamed(s string) (time.Weekday, bool) {
	if len(s) != 3 {
		return 0, false
	}
	for wd := range 7 {
		if strings.EqualFold(s, dayNames[3*wd:3*wd+3]) {
			return time.Weekday(wd), true
		}
	}
	return 0, false
}

// ParseCalendar parses the text form of a calendar (see the package
// documentation), such as
//
//	Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00; sat 10:00-13:00; closed 2026-12-25; 2026-12-24 09:00-13:00
//
// Errors are *ParseError values that match ErrSyntax, ErrZone, ErrClock,
// ErrDate or ErrRange.
func ParseCalendar(s string) (*Calendar, error) {
	c := &Calendar{}
	haveZone := false
	lineStart := 0
	for _, line := range strings.SplitAfter(s, "\n") {
		text := line
		if i := strings.IndexByte(text, '#'); i >= 0 {
			text = text[:i]
		}
		off := lineStart
		lineStart += len(line)
		for clause := range strings.SplitSeq(text, ";") {
			at := off
			off += len(clause) + 1
			trimmed := strings.TrimSpace(clause)
			if trimmed == "" {
				continue
			}
			at += strings.Index(clause, trimmed)
			var err error
			if !haveZone {
				c.Location, err = loadZone(trimmed)
				haveZone = true
			} else {
				err = c.parseClause(trimmed)
			}
			if err != nil {
				return nil, &ParseError{Input: "calendar", Offset: at, Near: trimmed, Err: err}
			}
		}
	}
	if !haveZone {
		return nil, &ParseError{Input: "calendar", Err: fmt.Errorf("%w: no time zone", ErrSyntax)}
	}
	return c, nil
}

// MustParseCalendar is like ParseCalendar but panics if s cannot be parsed.
// It is meant for calendars written in a program's source.
func MustParseCalendar(s string) *Calendar {
	c, err := ParseCalendar(s)
	if err != nil {
		panic(err)
	}
	return c
}

// loadZone loads a time zone by its IANA name. Local is refused: a
// calendar must mean the same on every machine.
func loadZone(name string) (*time.Location, error) {
	if name == "" || name == "Local" || strings.ContainsAny(name, " \t\r\n,") {
		return nil, fmt.Errorf("%w %q: the calendar must start with an IANA time zone name such as Europe/Madrid or UTC", ErrZone, name)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("%w %q", ErrZone, name)
	}
	return loc, nil
}

// parseClause adds one clause after the zone to c.
func (c *Calendar) parseClause(s string) error {
	f := strings.Fields(squeeze(s))
	if strings.EqualFold(f[0], "24x7") {
		if len(f) > 1 {
			return fmt.Errorf("%w: 24x7 takes no hours", ErrSyntax)
		}
		for wd := range c.Week {
			c.Week[wd] = append(c.Week[wd], Range{0, 24 * Hour})
		}
		return nil
	}
	if len(f) != 2 {
		return fmt.Errorf("%w: want days and hours, closed and dates, or a date and hours", ErrSyntax)
	}
	head, rest := f[0], f[1]
	switch {
	case strings.EqualFold(head, "closed"):
		for ds := range strings.SplitSeq(rest, ",") {
			d, err := ParseDate(ds)
			if err != nil {
				return err
			}
			c.Closed = append(c.Closed, d)
		}
		return nil
	case head[0] >= '0' && head[0] <= '9':
		d, err := ParseDate(head)
		if err != nil {
			return err
		}
		rs, err := parseHours(rest)
		if err != nil {
			return err
		}
		if c.Overrides == nil {
			c.Overrides = make(map[Date][]Range)
		}
		c.Overrides[d] = append(c.Overrides[d], rs...)
		return nil
	}
	days, err := parseDays(head)
	if err != nil {
		return err
	}
	rs, err := parseHours(rest)
	if err != nil {
		return err
	}
	for wd, on := range days {
		if on {
			c.Week[wd] = append(c.Week[wd], rs...)
		}
	}
	return nil
}

// squeeze removes the white space around commas and hyphens and turns the
// rest into single spaces, so that "mon, wed - fri 9:00 - 14:00" reads as
// "mon,wed-fri 9:00-14:00".
func squeeze(s string) string {
	var b strings.Builder
	space := false
	for i := 0; i < len(s); i++ {
		switch ch := s[i]; ch {
		case ' ', '\t', '\r', '\n', '\v', '\f':
			space = true
		case ',', '-':
			space = false
			b.WriteByte(ch)
			for i+1 < len(s) && strings.IndexByte(" \t\r\n\v\f", s[i+1]) >= 0 {
				i++
			}
		default:
			if space && b.Len() > 0 {
				if last := b.String()[b.Len()-1]; last != ',' && last != '-' {
					b.WriteByte(' ')
				}
			}
			space = false
			b.WriteByte(ch)
		}
	}
	return b.String()
}

// parseDays parses a list of days and spans of days: "mon-fri",
// "mon,wed,fri", "sat-sun", "fri-mon" (which goes round the weekend) or
// "daily".
func parseDays(s string) ([7]bool, error) {
	var days [7]bool
	for part := range strings.SplitSeq(s, ",") {
		if strings.EqualFold(part, "daily") {
			days = [7]bool{true, true, true, true, true, true, true}
			continue
		}
		from, to, isSpan := strings.Cut(part, "-")
		a, ok1 := weekdayNamed(from)
		b, ok2 := a, true
		if isSpan {
			b, ok2 = weekdayNamed(to)
		}
		if !ok1 || !ok2 {
			return days, fmt.Errorf("%w: unknown day %q (want mon, tue, wed, thu, fri, sat, sun, a span such as mon-fri, or daily)", ErrSyntax, part)
		}
		for wd := a; ; wd = (wd + 1) % 7 {
			days[wd] = true
			if wd == b {
				break
			}
		}
	}
	return days, nil
}

// parseHours parses a list of ranges, "09:00-14:00,16:00-19:00", or "none".
func parseHours(s string) ([]Range, error) {
	if strings.EqualFold(s, "none") {
		return []Range{}, nil
	}
	var rs []Range
	for part := range strings.SplitSeq(s, ",") {
		from, to, ok := strings.Cut(part, "-")
		if !ok {
			return nil, fmt.Errorf("%w %q (want HH:MM-HH:MM)", ErrRange, part)
		}
		a, err := ParseClock(from)
		if err != nil {
			return nil, err
		}
		b, err := ParseClock(to)
		if err != nil {
			return nil, err
		}
		r := Range{a, b}
		if !r.Valid() {
			return nil, fmt.Errorf("%w %s: a range cannot start at 24:00", ErrRange, r)
		}
		rs = append(rs, r)
	}
	return rs, nil
}

// String returns the calendar in its text form: the zone; the days of the
// week that share the same ranges, from Monday to Sunday; the closed dates;
// the overrides by date. ParseCalendar reads it back. Holidays are not part
// of the text form.
func (c *Calendar) String() string {
	if c == nil {
		return "<nil>"
	}
	b := []byte(c.location().String())
	var done [7]bool
	for i := range 7 {
		wd := (i + 1) % 7
		if done[wd] || len(c.Week[wd]) == 0 {
			continue
		}
		var same [7]bool // Monday first
		for j := i; j < 7; j++ {
			if o := (j + 1) % 7; slices.Equal(c.Week[o], c.Week[wd]) {
				same[j], done[o] = true, true
			}
		}
		b = append(b, "; "...)
		sep := ""
		for j := 0; j < 7; j++ {
			if !same[j] {
				continue
			}
			k := j
			for k+1 < 7 && same[k+1] {
				k++
			}
			b = append(b, sep...)
			b = append(b, dayName(time.Weekday((j+1)%7))...)
			if k > j {
				b = append(b, '-')
				b = append(b, dayName(time.Weekday((k+1)%7))...)
			}
			sep = ","
			j = k
		}
		b = append(b, ' ')
		b = appendRanges(b, c.Week[wd])
	}
	if len(c.Closed) > 0 {
		b = append(b, "; closed "...)
		for i, d := range c.Closed {
			if i > 0 {
				b = append(b, ',')
			}
			b = d.appendText(b)
		}
	}
	for _, d := range slices.SortedFunc(maps.Keys(c.Overrides), Date.Compare) {
		b = append(b, "; "...)
		b = d.appendText(b)
		b = append(b, ' ')
		if rs := c.Overrides[d]; len(rs) > 0 {
			b = appendRanges(b, rs)
		} else {
			b = append(b, "none"...)
		}
	}
	return string(b)
}

func appendRanges(b []byte, rs []Range) []byte {
	for i, r := range rs {
		if i > 0 {
			b = append(b, ',')
		}
		b = r.appendText(b)
	}
	return b
}

// MarshalText returns the text form of the calendar, as String does, or an
// error if the calendar is not valid (see Validate) or its zone is Local.
// With UnmarshalText it lets a calendar be a command-line flag:
//
//	cal := sla.MustParseCalendar("Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00")
//	flag.TextVar(cal, "calendar", cal, "business hours")
func (c *Calendar) MarshalText() ([]byte, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if c.location() == time.Local {
		return nil, fmt.Errorf("%w: Local is not a portable zone", ErrZone)
	}
	return []byte(c.String()), nil
}

// UnmarshalText parses the text form of a calendar into c, replacing all of
// c but its Holidays.
func (c *Calendar) UnmarshalText(b []byte) error {
	v, err := ParseCalendar(string(b))
	if err != nil {
		return err
	}
	v.Holidays = c.Holidays
	*c = *v
	return nil
}
