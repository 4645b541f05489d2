package header

import (
	"fmt"
	"net/mail"
	"strings"
	"time"
)

// maxDateLen bounds the text ParseDate reads; dates are short and anything
// past this is a trailing comment or junk.
const maxDateLen = 256

// ParseDate parses a Date (or Resent-Date, or Received date) value.
//
// Dates are read field by field, in any order that is not ambiguous, and
// [net/mail.ParseDate] is consulted for what that reading had to guess: the day of the week
// may be missing or wrong; seconds may be missing; days and hours may have
// one digit; years may have two digits (00-49 is 2000-2049, 50-99 is
// 1950-1999); month names may be English, Spanish or Portuguese in any case
// ("Nov", "noviembre", "dez."); extra commas, spaces and comments are
// ignored ("+0200 (Hora de verano romance)"); ISO 8601 ("2026-11-23T10:15:00
// +01:00"), "yyyy/mm/dd", "dd/mm/yyyy" and asctime ("Mon Nov 23 10:15:00
// 2026") layouts are accepted. Zones may be numeric ("+0200", "+02:00",
// "+02"), prefixed ("GMT+0200", "UTC-3"), "Z", or one of the common
// abbreviations (UT, GMT, UTC, the US zones of RFC 822, CET, CEST, BST, BRT,
// ART and others). Named zones get their fixed offset; the result never
// depends on the local time zone of the machine.
//
// Recovered dates return a nil error unless something had to be guessed:
// without a usable zone the time is taken as UTC, without a time of day
// midnight is used, and a "dd/mm/yyyy" date whose day and month could be
// swapped is read day first; the error then matches [ErrMalformedDate].
// When no date can be read, or its year is outside 1970..9999, ParseDate
// returns the zero time and an error that matches [ErrMalformedDate].
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(Unfold(s))
	if len(s) > maxDateLen {
		s = s[:maxDateLen]
	}
	if s == "" {
		return time.Time{}, fmt.Errorf("%w: empty date", ErrMalformedDate)
	}
	// The field-by-field parser reads every RFC 5322 date the same way
	// net/mail does (a test holds them to it) at a tenth of the cost; only
	// what it has to guess at is offered to net/mail as well.
	if t, ok := parseUsualDate(s); ok {
		return t, nil
	}
	var d dateParser
	d.parse(s)
	t, err := d.result(s)
	if err == nil || numericDate(s) {
		return t, err
	}
	if mt, merr := mail.ParseDate(s); merr == nil {
		if mt, ok := fixZone(s, mt); ok {
			return checkYear(mt, s)
		}
	}
	return t, err
}

// numericDate reports whether s starts like "2026-11-23" or "23/11/2026",
// which net/mail cannot read; trying its layouts would only cost time.
func numericDate(s string) bool {
	_, rest := leadingDigits(s)
	return len(rest) < len(s) && rest != "" && (rest[0] == '-' || rest[0] == '/' || rest[0] == '.')
}

// fixZone rebuilds a time parsed by net/mail in a fixed zone. net/mail
// takes the offset of a named zone from the local time zone, or zero when
// the local zone does not know the name, so named zones are looked up here
// instead. It reports false for a zone name it does not know.
func fixZone(s string, t time.Time) (time.Time, bool) {
	name, off := t.Zone()
	if !numericZone(s) {
		o, ok := zoneOffset(name)
		if !ok {
			return time.Time{}, false
		}
		off = o
	}
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), fixedZone(off)), true
}

// numericZone reports whether net/mail read s with a numeric zone: it uses
// the first '+' or '-' when four characters follow it.
func numericZone(s string) bool {
	i := strings.IndexAny(s, "+-")
	if i < 0 || len(s) < i+5 {
		return false
	}
	for _, c := range s[i+1 : i+5] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func fixedZone(off int) *time.Location {
	if off == 0 {
		return time.UTC
	}
	return time.FixedZone("", off)
}

func checkYear(t time.Time, s string) (time.Time, error) {
	if y := t.Year(); y < 1970 || y > 9999 {
		return time.Time{}, fmt.Errorf("%w: year %d out of range in %q", ErrMalformedDate, y, fragment(s))
	}
	return t, nil
}

// zoneOffset returns the offset in seconds of a zone abbreviation.
func zoneOffset(name string) (int, bool) {
	const h = 3600
	switch strings.ToUpper(name) {
	case "UT", "UTC", "GMT", "Z", "UCT", "WET", "ZULU":
		return 0, true
	// RFC 822 United States zones, and the rest of North America.
	case "EST":
		return -5 * h, true
	case "EDT":
		return -4 * h, true
	case "CST":
		return -6 * h, true
	case "CDT":
		return -5 * h, true
	case "MST":
		return -7 * h, true
	case "MDT":
		return -6 * h, true
	case "PST":
		return -8 * h, true
	case "PDT":
		return -7 * h, true
	case "AKST":
		return -9 * h, true
	case "AKDT":
		return -8 * h, true
	case "HST":
		return -10 * h, true
	case "AST":
		return -4 * h, true
	case "ADT":
		return -3 * h, true
	case "NST":
		return -(3*h + h/2), true
	case "NDT":
		return -(2*h + h/2), true
	// Europe.
	case "BST", "WEST", "CET", "MET", "MEZ":
		return 1 * h, true
	case "CEST", "MEST", "MESZ", "EET":
		return 2 * h, true
	case "EEST", "MSK":
		return 3 * h, true
	// Latin America.
	case "BRT", "ART", "UYT", "CLST", "PYST":
		return -3 * h, true
	case "BRST", "UYST":
		return -2 * h, true
	case "CLT", "VET", "BOT", "PYT", "AMT":
		return -4 * h, true
	case "COT", "PET", "ECT":
		return -5 * h, true
	// Asia and Oceania.
	case "WIB":
		return 7 * h, true
	case "HKT", "SGT", "AWST", "PHT":
		return 8 * h, true
	case "JST", "KST":
		return 9 * h, true
	case "ACST":
		return 9*h + h/2, true
	case "AEST":
		return 10 * h, true
	case "AEDT":
		return 11 * h, true
	case "NZST":
		return 12 * h, true
	case "NZDT":
		return 13 * h, true
	}
	return 0, false
}

// dateParser collects the fields of a loosely written date.
type dateParser struct {
	year, month, day     int
	yearDigits           int // 0 until a year is known
	hour, min, sec, nsec int
	haveTime             bool
	am, pm               bool
	zone                 int
	haveZone             bool
	badZone              bool // a zone that could not be read
	commentZone          int  // a zone named in a comment, as a fallback
	haveCommentZone      bool
	monthWasMar          bool // month came from "mar", also Tuesday in Spanish
	sawNumber            bool
	ambiguous            bool // dd/mm/yyyy with both parts <= 12
	nums                 [6]number
	nnums                int
	err                  string // the last field that could not be read
}

// number is a field of digits alone: a day or a year.
type number struct {
	n, digits int
}

func (d *dateParser) parse(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == ',' || c == '\r' || c == '\n':
			i++
		case c == '(':
			end := SkipComment(s, i)
			if end < 0 {
				return
			}
			if !d.haveCommentZone {
				for _, w := range strings.Fields(s[i+1 : end-1]) {
					if off, ok := zoneOffset(w); ok {
						d.commentZone, d.haveCommentZone = off, true
						break
					}
				}
			}
			i = end
		default:
			j := i
			for j < len(s) && !strings.ContainsRune(" \t\r\n,(", rune(s[j])) {
				j++
			}
			d.token(s[i:j])
			i = j
		}
	}
}

// token interprets one field.
func (d *dateParser) token(t string) {
	switch {
	case t == "":
	case isDigit(t[0]):
		d.numeric(t)
	case (t[0] == '+' || t[0] == '-') && len(t) > 1 && isDigit(t[1]):
		d.setZone(parseOffset(t[1:], t[0] == '-'))
	default:
		d.word(t)
	}
}

// numeric interprets a field that starts with a digit: a time, a date with
// separators, an ISO 8601 date and time, or a number.
func (d *dateParser) numeric(t string) {
	n, rest := leadingDigits(t)
	digits := len(t) - len(rest)
	switch {
	case rest == "":
		d.sawNumber = true
		if d.nnums < len(d.nums) {
			d.nums[d.nnums] = number{n, digits}
			d.nnums++
		}
	case rest[0] == ':':
		d.clock(t)
	case rest[0] == '-' || rest[0] == '/' || rest[0] == '.':
		d.sawNumber = true
		d.separated(t, rest[0])
	case (rest[0] == 'h' || rest[0] == 'H') && len(rest) > 1 && isDigit(rest[1]):
		d.clock(strings.Replace(t, rest[:1], ":", 1)) // "10h15"
	default:
		d.err = "unreadable field " + fragment(t)
	}
}

// separated interprets "2026-11-23", "2026-11-23T10:15:00Z", "2026/11/23",
// "23/11/2026", "23.11.2026" and "23-Nov-2026".
func (d *dateParser) separated(t string, sep byte) {
	datePart, timePart := t, ""
	if k := strings.IndexAny(t, "Tt"); k > 0 && sep == '-' {
		datePart, timePart = t[:k], t[k+1:]
	}
	parts := strings.Split(datePart, string(sep))
	if len(parts) != 3 {
		d.err = "unreadable date " + fragment(t)
		return
	}
	if parts[1] == "" || !isDigit(parts[1][0]) {
		// "23-Nov-2026"
		for _, p := range parts {
			d.token(p)
		}
		return
	}
	a, ok1 := atoi(parts[0])
	b, ok2 := atoi(parts[1])
	c, ok3 := atoi(parts[2])
	if !ok1 || !ok2 || !ok3 {
		d.err = "unreadable date " + fragment(t)
		return
	}
	switch {
	case len(parts[0]) >= 3: // year first
		d.year, d.yearDigits, d.month, d.day = a, len(parts[0]), b, c
	case sep == '-' && len(parts[2]) < 3:
		d.err = "unreadable date " + fragment(t)
		return
	default: // day first, unless that cannot be
		d.year, d.yearDigits = c, len(parts[2])
		if b > 12 && a <= 12 { // mm/dd/yyyy
			d.day, d.month = b, a
		} else {
			d.day, d.month = a, b
			d.ambiguous = a <= 12 && b <= 12 && a != b
		}
	}
	if timePart != "" {
		d.clock(timePart)
	}
}

// clock interprets "10:15", "10:15:00", "10:15:00.123" and a zone glued to
// them ("10:15:00Z", "10:15:00+01:00", "10:15:00GMT").
func (d *dateParser) clock(t string) {
	h, rest := leadingDigits(t)
	if len(t)-len(rest) > 2 || rest == "" || rest[0] != ':' {
		d.err = "unreadable time " + fragment(t)
		return
	}
	m, r := leadingDigits(rest[1:])
	if len(rest[1:])-len(r) != 2 {
		d.err = "unreadable time " + fragment(t)
		return
	}
	rest = r
	sec, nsec := 0, 0
	if len(rest) > 1 && rest[0] == ':' && isDigit(rest[1]) {
		var r string
		sec, r = leadingDigits(rest[1:])
		if len(rest[1:])-len(r) > 2 {
			d.err = "unreadable time " + fragment(t)
			return
		}
		rest = r
		if len(rest) > 1 && (rest[0] == '.' || rest[0] == ',') && isDigit(rest[1]) {
			frac := rest[1:]
			k := 0
			for k < len(frac) && isDigit(frac[k]) {
				if k < 9 {
					nsec = nsec*10 + int(frac[k]-'0')
				}
				k++
			}
			for p := min(k, 9); p < 9; p++ {
				nsec *= 10
			}
			rest = frac[k:]
		}
	}
	d.hour, d.min, d.sec, d.nsec, d.haveTime = h, m, sec, nsec, true
	if rest != "" {
		d.token(rest)
	}
}

// word interprets a field of letters: a month, a zone, AM or PM; weekday
// names and other words are ignored.
func (d *dateParser) word(t string) {
	w := strings.TrimRight(t, ".")
	if strings.Contains(w, "-") && !strings.HasPrefix(strings.ToUpper(w), "GMT") && !strings.HasPrefix(strings.ToUpper(w), "UTC") {
		for _, p := range strings.Split(w, "-") {
			if p != "" {
				d.token(p)
			}
		}
		return
	}
	if m := monthByName(w); m > 0 {
		if d.month == 0 || d.monthWasMar {
			d.month = m
			d.monthWasMar = strings.EqualFold(w, "mar") && !d.sawNumber
		}
		return
	}
	if off, ok := zoneOffset(w); ok {
		d.setZone(off, true)
		return
	}
	upper := strings.ToUpper(w)
	for _, p := range [...]string{"GMT", "UTC", "UT"} {
		if rest, ok := strings.CutPrefix(upper, p); ok && len(rest) > 1 && (rest[0] == '+' || rest[0] == '-') {
			d.setZone(parseOffset(rest[1:], rest[0] == '-'))
			return
		}
	}
	switch strings.ReplaceAll(upper, ".", "") {
	case "AM":
		d.am = true
	case "PM":
		d.pm = true
	}
}

// setZone records the first zone found.
func (d *dateParser) setZone(off int, ok bool) {
	if d.haveZone {
		return
	}
	if !ok {
		d.badZone = true
		return
	}
	d.zone, d.haveZone = off, true
}

// parseOffset reads "0200", "02:00", "02", "2" or "200" after a sign.
func parseOffset(t string, neg bool) (int, bool) {
	h, rest := leadingDigits(t)
	digits := len(t) - len(rest)
	m := 0
	switch {
	case digits == 4:
		h, m = h/100, h%100
	case digits == 3:
		h, m = h/100, h%100
	case digits <= 2 && len(rest) > 1 && rest[0] == ':':
		var r string
		m, r = leadingDigits(rest[1:])
		if len(rest[1:])-len(r) != 2 {
			return 0, false
		}
		rest = r
	case digits > 4:
		return 0, false
	}
	if h > 23 || m > 59 || digits == 0 {
		return 0, false
	}
	off := h*3600 + m*60
	if neg {
		off = -off
	}
	return off, true
}

// result validates the fields and builds the time.
func (d *dateParser) result(s string) (time.Time, error) {
	// Day and year from the plain numbers.
	for _, num := range d.nums[:d.nnums] {
		n, digits := num.n, num.digits
		switch {
		case digits >= 3 && d.year == 0 && d.yearDigits == 0:
			d.year, d.yearDigits = n, digits
		case digits <= 2 && d.day == 0:
			d.day = n
		case digits <= 2 && d.yearDigits == 0:
			d.year, d.yearDigits = n, digits
		}
	}
	if d.month == 0 || d.day == 0 || d.yearDigits == 0 {
		if d.err != "" {
			return time.Time{}, fmt.Errorf("%w: %s in %q", ErrMalformedDate, d.err, fragment(s))
		}
		return time.Time{}, fmt.Errorf("%w: cannot read %q", ErrMalformedDate, fragment(s))
	}
	switch d.yearDigits {
	case 1, 2:
		if d.year < 50 {
			d.year += 2000
		} else {
			d.year += 1900
		}
	case 3:
		d.year += 1900
	}
	if d.pm && d.hour < 12 {
		d.hour += 12
	} else if d.am && d.hour == 12 {
		d.hour = 0
	}
	if d.sec == 60 {
		d.sec = 59 // a leap second
	}
	switch {
	case d.month > 12, d.day > daysIn(time.Month(d.month), d.year):
		return time.Time{}, fmt.Errorf("%w: no such day in %q", ErrMalformedDate, fragment(s))
	case d.hour > 23 || d.min > 59 || d.sec > 59:
		return time.Time{}, fmt.Errorf("%w: no such time in %q", ErrMalformedDate, fragment(s))
	case d.year < 1970 || d.year > 9999:
		return time.Time{}, fmt.Errorf("%w: year %d out of range in %q", ErrMalformedDate, d.year, fragment(s))
	}
	var problem string
	zone := d.zone
	switch {
	case d.haveZone:
	case d.haveCommentZone:
		zone = d.commentZone
	case d.badZone:
		problem = "invalid time zone"
	default:
		problem = "missing time zone"
	}
	if !d.haveTime {
		problem = "missing time of day"
	}
	if d.ambiguous {
		problem = "ambiguous day and month"
	}
	t := time.Date(d.year, time.Month(d.month), d.day, d.hour, d.min, d.sec, d.nsec, fixedZone(zone))
	if problem != "" {
		return t, fmt.Errorf("%w: %s in %q", ErrMalformedDate, problem, fragment(s))
	}
	return t, nil
}

func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// monthByName returns the month named by an English, Spanish or
// Portuguese name or abbreviation, or 0.
func monthByName(w string) int {
	if len(w) < 3 {
		return 0
	}
	lw := strings.ToLower(w)
	if len(lw) < 3 {
		return 0 // lower-casing can shorten a word: "Ɜ" is three bytes, "ɜ" two
	}
	if len(lw) > 3 && !fullMonth(lw) {
		return 0
	}
	switch lw[:3] {
	case "jan", "ene":
		return 1
	case "feb", "fev":
		return 2
	case "mar":
		return 3
	case "apr", "abr":
		return 4
	case "may", "mai":
		return 5
	case "jun":
		return 6
	case "jul":
		return 7
	case "aug", "ago":
		return 8
	case "sep", "set":
		return 9
	case "oct", "out":
		return 10
	case "nov":
		return 11
	case "dec", "dic", "dez":
		return 12
	}
	return 0
}

// fullMonth reports whether lw is a month name longer than its
// abbreviation.
func fullMonth(lw string) bool {
	switch lw {
	case "january", "february", "march", "april", "june", "july", "august",
		"september", "sept", "october", "november", "december",
		"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
		"agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
		"janeiro", "fevereiro", "março", "maio", "junho", "julho",
		"setembro", "outubro", "novembro", "dezembro":
		return true
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// leadingDigits parses the digits at the start of t (at most 9 count) and
// returns the rest.
func leadingDigits(t string) (int, string) {
	n, k := 0, 0
	for k < len(t) && isDigit(t[k]) {
		if k < 9 {
			n = n*10 + int(t[k]-'0')
		}
		k++
	}
	return n, t[k:]
}

func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n, rest := leadingDigits(s)
	return n, rest == ""
}
