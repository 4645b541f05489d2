package sla

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Limits of ReadICalendar.
const (
	// MaxICalendarSize is the largest iCalendar file ReadICalendar reads.
	MaxICalendarSize = 4 << 20
	// maxICalendarDates is the most single dates a file may give.
	maxICalendarDates = 100000
	// maxEventDays is the longest all-day event, in days.
	maxEventDays = 366
)

// noEnd is the last day of a yearly holiday without an end: far enough.
const noEnd = 1 << 40

// ReadICalendar reads the all-day events of an iCalendar file (RFC 5545),
// such as the regional holidays a government or a calendar application
// publishes, and returns their dates. It reads at most MaxICalendarSize
// bytes, holding the file in memory, and fails with ErrTooLarge beyond.
//
// Each VEVENT whose DTSTART is a date (VALUE=DATE) closes the days from
// DTSTART up to DTEND, which is not included, or for DURATION days, or one
// day. RRULE may repeat it every year (FREQ=YEARLY, with COUNT or UNTIL or
// for ever); RDATE adds dates and EXDATE removes some. Events with a time of
// day, and cancelled events, are not holidays and are skipped. Other
// components and properties are ignored. Errors are *ParseError values that
// match ErrICalendar.
func ReadICalendar(r io.Reader) (Dates, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxICalendarSize+1))
	if err != nil {
		return Dates{}, err
	}
	if len(b) > MaxICalendarSize {
		return Dates{}, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, MaxICalendarSize)
	}
	p := icalParser{}
	if err := p.parse(b); err != nil {
		return Dates{}, err
	}
	keys := make([]int32, 0, len(p.days))
	for _, z := range p.days {
		if z >= firstDay && z <= lastDay {
			keys = append(keys, dateOfDay(z).key())
		}
	}
	slices.Sort(keys)
	return Dates{keys: slices.Compact(keys), yearly: p.yearly}, nil
}

type icalParser struct {
	days   []int64
	yearly []yearly

	// The event being read.
	depth   int // components open inside the VEVENT
	inEvent bool
	ev      icalEvent
}

type icalEvent struct {
	line                  int
	start, end            string // DTSTART and DTEND values
	startDate, endIsDate  bool
	duration, rrule       string
	rdates, exdates       []string
	cancelled, timedStart bool
}

func icalError(line int, near string, format string, args ...any) error {
	if len(near) > 80 {
		near = near[:80]
	}
	return &ParseError{Input: "icalendar", Line: line, Near: near,
		Err: fmt.Errorf("%w: "+format, append([]any{ErrICalendar}, args...)...)}
}

func (p *icalParser) parse(b []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 4096), MaxICalendarSize+1)
	var (
		cur     strings.Builder
		curLine int
		n       int
	)
	flush := func() error {
		if cur.Len() == 0 {
			return nil
		}
		err := p.line(curLine, cur.String())
		cur.Reset()
		return err
	}
	for sc.Scan() {
		n++
		l := strings.TrimSuffix(sc.Text(), "\r")
		if l != "" && (l[0] == ' ' || l[0] == '\t') {
			cur.WriteString(l[1:])
			continue
		}
		if err := flush(); err != nil {
			return err
		}
		cur.WriteString(l)
		curLine = n
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if err := flush(); err != nil {
		return err
	}
	if p.inEvent {
		return icalError(p.ev.line, "BEGIN:VEVENT", "event not ended")
	}
	return nil
}

// line handles one unfolded content line: name *(";" param) ":" value.
func (p *icalParser) line(n int, l string) error {
	head, value, ok := cutUnquoted(l, ':')
	if !ok {
		if strings.TrimSpace(l) == "" {
			return nil
		}
		return icalError(n, l, "no colon")
	}
	name, params, _ := strings.Cut(head, ";")
	name = strings.ToUpper(strings.TrimSpace(name))
	switch name {
	case "BEGIN":
		if p.inEvent {
			p.depth++
		} else if strings.EqualFold(value, "VEVENT") {
			p.inEvent = true
			p.ev = icalEvent{line: n}
		}
		return nil
	case "END":
		if !p.inEvent {
			return nil
		}
		if p.depth > 0 {
			p.depth--
			return nil
		}
		p.inEvent = false
		return p.event()
	}
	if !p.inEvent || p.depth > 0 {
		return nil
	}
	isDate := strings.Contains(strings.ToUpper(params), "VALUE=DATE") && !strings.Contains(strings.ToUpper(params), "VALUE=DATE-TIME")
	switch name {
	case "DTSTART":
		p.ev.start = value
		p.ev.startDate = isDate || (len(value) == 8 && !strings.Contains(value, "T"))
		p.ev.timedStart = !p.ev.startDate
	case "DTEND":
		p.ev.end = value
		p.ev.endIsDate = isDate || len(value) == 8
	case "DURATION":
		p.ev.duration = value
	case "RRULE":
		p.ev.rrule = value
	case "RDATE":
		p.ev.rdates = append(p.ev.rdates, strings.Split(value, ",")...)
	case "EXDATE":
		p.ev.exdates = append(p.ev.exdates, strings.Split(value, ",")...)
	case "STATUS":
		p.ev.cancelled = strings.EqualFold(strings.TrimSpace(value), "CANCELLED")
	}
	return nil
}

// cutUnquoted cuts s around the first sep outside double quotes.
func cutUnquoted(s string, sep byte) (before, after string, found bool) {
	quoted := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			quoted = !quoted
		case sep:
			if !quoted {
				return s[:i], s[i+1:], true
			}
		}
	}
	return s, "", false
}

// icalDate parses the date of an iCalendar DATE or DATE-TIME value.
func icalDate(v string) (Date, bool) {
	v = strings.TrimSpace(v)
	if len(v) < 8 {
		return Date{}, false
	}
	if len(v) > 8 && v[8] != 'T' {
		return Date{}, false
	}
	y, ok1 := digits(v[0:4])
	m, ok2 := digits(v[4:6])
	d, ok3 := digits(v[6:8])
	date := Date{y, time.Month(m), d}
	return date, ok1 && ok2 && ok3 && date.Valid()
}

// event adds the dates of the event just read.
func (p *icalParser) event() error {
	ev := &p.ev
	if ev.cancelled || ev.timedStart {
		return nil
	}
	if ev.start == "" {
		return icalError(ev.line, "VEVENT", "event without DTSTART")
	}
	start, ok := icalDate(ev.start)
	if !ok {
		return icalError(ev.line, ev.start, "invalid DTSTART")
	}
	days := int64(1)
	switch {
	case ev.end != "":
		end, ok := icalDate(ev.end)
		if !ok {
			return icalError(ev.line, ev.end, "invalid DTEND")
		}
		days = max(end.day()-start.day(), 1)
	case ev.duration != "":
		d, ok := icalDays(ev.duration)
		if !ok {
			return icalError(ev.line, ev.duration, "invalid DURATION (want whole days or weeks)")
		}
		days = max(d, 1)
	}
	if days > maxEventDays {
		return icalError(ev.line, ev.start, "event longer than %d days", maxEventDays)
	}
	var except []int64
	for _, v := range ev.exdates {
		d, ok := icalDate(v)
		if !ok {
			return icalError(ev.line, v, "invalid EXDATE")
		}
		except = append(except, d.day())
	}
	slices.Sort(except)
	add := func(first int64) {
		for k := range days {
			if _, found := slices.BinarySearch(except, first+k); !found {
				p.days = append(p.days, first+k)
			}
		}
	}
	for _, v := range ev.rdates {
		d, ok := icalDate(v)
		if !ok {
			return icalError(ev.line, v, "invalid RDATE")
		}
		add(d.day())
	}
	if ev.rrule == "" {
		add(start.day())
	} else if err := p.repeat(ev, start, days, except, add); err != nil {
		return err
	}
	if len(p.days) > maxICalendarDates {
		return icalError(ev.line, ev.start, "more than %d dates", maxICalendarDates)
	}
	return nil
}

// repeat adds the dates of a yearly event.
func (p *icalParser) repeat(ev *icalEvent, start Date, days int64, except []int64, add func(int64)) error {
	var (
		count = -1
		until = int64(noEnd)
	)
	for part := range strings.SplitSeq(ev.rrule, ";") {
		k, v, _ := strings.Cut(part, "=")
		k, v = strings.ToUpper(strings.TrimSpace(k)), strings.ToUpper(strings.TrimSpace(v))
		switch k {
		case "FREQ":
			if v != "YEARLY" {
				return icalError(ev.line, ev.rrule, "only yearly repetition is supported")
			}
		case "INTERVAL":
			if v != "1" {
				return icalError(ev.line, ev.rrule, "only INTERVAL=1 is supported")
			}
		case "COUNT":
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 || n > 1000 {
				return icalError(ev.line, ev.rrule, "invalid COUNT")
			}
			count = n
		case "UNTIL":
			d, ok := icalDate(v)
			if !ok {
				return icalError(ev.line, ev.rrule, "invalid UNTIL")
			}
			until = d.day()
		case "BYMONTH":
			if v != strconv.Itoa(int(start.Month)) {
				return icalError(ev.line, ev.rrule, "BYMONTH other than the month of DTSTART is not supported")
			}
		case "BYMONTHDAY":
			if v != strconv.Itoa(start.Day) {
				return icalError(ev.line, ev.rrule, "BYMONTHDAY other than the day of DTSTART is not supported")
			}
		case "WKST", "":
		default:
			return icalError(ev.line, ev.rrule, "%s is not supported", k)
		}
	}
	if count >= 0 {
		for y, n := start.Year, 0; n < count && y <= 9999; y++ {
			if start.Day > daysIn(y, start.Month) {
				continue
			}
			z := Date{y, start.Month, start.Day}.day()
			if z > until {
				break
			}
			add(z)
			n++
		}
		return nil
	}
	// Every year, each day of the event as a yearly holiday of its own.
	for k := range days {
		d := start.AddDays(int(k))
		p.yearly = append(p.yearly, yearly{
			month: d.Month, day: d.Day,
			first: d.day(), last: until + k,
			except: except,
		})
	}
	return nil
}

// icalDays parses a DURATION of whole days or weeks: P1D, P2W, P1DT0H.
func icalDays(v string) (int64, bool) {
	v = strings.TrimPrefix(strings.TrimSpace(strings.ToUpper(v)), "+")
	v, ok := strings.CutPrefix(v, "P")
	if !ok {
		return 0, false
	}
	v, _, _ = strings.Cut(v, "T")
	if w, ok := strings.CutSuffix(v, "W"); ok {
		n, ok := digits(w)
		return int64(n) * 7, ok && n <= maxEventDays
	}
	if d, ok := strings.CutSuffix(v, "D"); ok {
		n, ok := digits(d)
		return int64(n), ok && n <= 10*maxEventDays
	}
	return 0, false
}
