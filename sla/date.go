package sla

import (
	"fmt"
	"strconv"
	"time"
)

// A Date is a day on the calendar, without a time or a zone: a holiday, a
// closed day, the day of an override. The zero Date is not a valid date.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseDate parses a date written as YYYY-MM-DD. The date must exist: 2026-02-29
// is an error.
func ParseDate(s string) (Date, error) {
	d, ok := parseDate(s)
	if !ok {
		return Date{}, fmt.Errorf("%w %q (want YYYY-MM-DD)", ErrDate, s)
	}
	return d, nil
}

func parseDate(s string) (Date, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, false
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, false
	}
	date := Date{y, time.Month(m), d}
	return date, date.Valid()
}

// digits parses a run of ASCII digits.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, len(s) > 0
}

// Valid reports whether d names a day that exists, between the years 1 and
// 9999.
func (d Date) Valid() bool {
	return d.Year >= 1 && d.Year <= 9999 && d.Month >= time.January && d.Month <= time.December &&
		d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month)
}

func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// String returns the date as YYYY-MM-DD.
func (d Date) String() string {
	b := make([]byte, 0, 10)
	return string(d.appendText(b))
}

func (d Date) appendText(b []byte) []byte {
	if d.Year >= 0 && d.Year < 10 {
		b = append(b, "000"...)
	} else if d.Year >= 0 && d.Year < 100 {
		b = append(b, "00"...)
	} else if d.Year >= 0 && d.Year < 1000 {
		b = append(b, '0')
	}
	b = strconv.AppendInt(b, int64(d.Year), 10)
	b = append(b, '-', byte('0'+d.Month/10%10), byte('0'+d.Month%10), '-')
	return append(b, byte('0'+d.Day/10%10), byte('0'+d.Day%10))
}

// MarshalText returns the date as YYYY-MM-DD.
func (d Date) MarshalText() ([]byte, error) {
	if !d.Valid() {
		return nil, fmt.Errorf("%w %d-%d-%d", ErrDate, d.Year, d.Month, d.Day)
	}
	return d.appendText(nil), nil
}

// UnmarshalText parses a date written as YYYY-MM-DD.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// AddDays returns the date n days after d (before d if n is negative).
func (d Date) AddDays(n int) Date {
	return dateOfDay(d.day() + int64(n))
}

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	return weekday(d.day())
}

// Compare returns -1 if d is before e, 0 if they are the same day and +1 if
// d is after e.
func (d Date) Compare(e Date) int {
	a, b := d.day(), e.day()
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Before reports whether d is a day before e.
func (d Date) Before(e Date) bool { return d.day() < e.day() }

// day returns the number of days from 1970-01-01 to d in the proleptic
// Gregorian calendar. Months and days out of range are carried over, as
// time.Date does.
func (d Date) day() int64 {
	if d.Month >= time.January && d.Month <= time.December && d.Day >= 1 && d.Day <= 1<<20 &&
		d.Year > -nsYears && d.Year < 1000000 {
		// Neri and Schneider, "Euclidean affine functions and their
		// application to calendar algorithms" (2023), in 32 bits.
		j := uint32(0)
		if d.Month <= time.February {
			j = 1
		}
		y := uint32(d.Year+nsYears) - j
		m := uint32(d.Month) + 12*j
		c := y / 100
		n := 1461*y/4 - c + c/4 + (979*m-2919)/32 + uint32(d.Day) - 1
		return int64(n) - nsShift
	}
	return d.slowDay()
}

// The shift of the Neri and Schneider algorithms: 82 cycles of 400 years.
const (
	nsYears = 400 * 82
	nsShift = 719468 + 146097*82
)

// slowDay is day for any date, after Howard Hinnant.
func (d Date) slowDay() int64 {
	y, m := int64(d.Year), int64(d.Month)-1
	y += floorDiv(m, 12)
	m = floorMod(m, 12) + 1
	// Years start on 1 March.
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + int64(d.Day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// dateOfDay is the inverse of Date.day.
func dateOfDay(z int64) Date {
	if z > -nsShift && z < 300000000 {
		// Neri and Schneider, as in Date.day.
		n1 := 4*uint32(z+nsShift) + 3
		c := n1 / 146097
		n2 := n1%146097 | 3
		p2 := uint64(2939745) * uint64(n2)
		yc := uint32(p2 >> 32)
		ny := uint32(p2) / 2939745 / 4
		y := 100*c + yc
		n3 := 2141*ny + 197913
		m, d := n3>>16, (n3&0xffff)/2141
		if ny >= 306 {
			y++
			m -= 12
		}
		return Date{int(y) - nsYears, time.Month(m), int(d) + 1}
	}
	return slowDateOfDay(z)
}

// slowDateOfDay is dateOfDay for any day, after Howard Hinnant.
func slowDateOfDay(z int64) Date {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return Date{int(y), time.Month(m), int(d)}
}

// weekday returns the day of the week of a day number (1970-01-01 was a
// Thursday).
func weekday(z int64) time.Weekday { return time.Weekday(floorMod(z+4, 7)) }

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 {
	m := a % b
	if m != 0 && ((m < 0) != (b < 0)) {
		m += b
	}
	return m
}

// A Clock is a time of day on a local wall clock, in minutes after midnight:
// 0 is 00:00 and 1440 (24*Hour) is 24:00, the end of the day.
type Clock int

// Units of a Clock, to write times of day in Go: 9*sla.Hour + 30*sla.Minute
// is 09:30.
const (
	Minute Clock = 1
	Hour   Clock = 60
)

// ParseClock parses a time of day written as HH:MM or H:MM, from 00:00 to
// 24:00.
func ParseClock(s string) (Clock, error) {
	c, ok := parseClock(s)
	if !ok {
		return 0, fmt.Errorf("%w %q (want HH:MM from 00:00 to 24:00)", ErrClock, s)
	}
	return c, nil
}

func parseClock(s string) (Clock, bool) {
	i := len(s) - 3
	if i < 1 || i > 2 || s[i] != ':' {
		return 0, false
	}
	h, ok1 := digits(s[:i])
	m, ok2 := digits(s[i+1:])
	if !ok1 || !ok2 || m > 59 || h > 24 || (h == 24 && m != 0) {
		return 0, false
	}
	return Clock(h*60 + m), true
}

// Valid reports whether c is between 00:00 and 24:00.
func (c Clock) Valid() bool { return c >= 0 && c <= 24*Hour }

// String returns the time of day as HH:MM.
func (c Clock) String() string { return string(c.appendText(nil)) }

func (c Clock) appendText(b []byte) []byte {
	if !c.Valid() {
		return append(b, "!"+strconv.Itoa(int(c))+"min"...)
	}
	h, m := int(c/60), int(c%60)
	return append(b, byte('0'+h/10), byte('0'+h%10), ':', byte('0'+m/10), byte('0'+m%10))
}

// MarshalText returns the time of day as HH:MM.
func (c Clock) MarshalText() ([]byte, error) {
	if !c.Valid() {
		return nil, fmt.Errorf("%w: %d minutes", ErrClock, int(c))
	}
	return c.appendText(nil), nil
}

// UnmarshalText parses a time of day written as HH:MM.
func (c *Clock) UnmarshalText(b []byte) error {
	v, err := ParseClock(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// A Range is a span of opening hours within a day, from Start to End on the
// local wall clock. A range whose End is not after its Start crosses
// midnight: 22:00–06:00 runs into the morning of the next day, and
// 00:00–00:00 is the whole day. End may be 24:00; Start may not.
type Range struct {
	Start, End Clock
}

// Valid reports whether r can be used: Start from 00:00 to 23:59, End from
// 00:00 to 24:00.
func (r Range) Valid() bool {
	return r.Start >= 0 && r.Start < 24*Hour && r.End.Valid()
}

// String returns the range as HH:MM-HH:MM.
func (r Range) String() string { return string(r.appendText(nil)) }

func (r Range) appendText(b []byte) []byte {
	b = r.Start.appendText(b)
	b = append(b, '-')
	return r.End.appendText(b)
}

// MarshalJSON encodes the range as a pair, ["09:00","14:00"].
func (r Range) MarshalJSON() ([]byte, error) {
	if !r.Valid() {
		return nil, fmt.Errorf("%w %s", ErrRange, r)
	}
	b := append([]byte(nil), `["`...)
	b = r.Start.appendText(b)
	b = append(b, `","`...)
	b = r.End.appendText(b)
	return append(b, `"]`...), nil
}

// UnmarshalJSON decodes a pair of times of day, ["09:00","14:00"].
func (r *Range) UnmarshalJSON(b []byte) error {
	var pair []Clock
	if err := unmarshalStrict(b, &pair); err != nil {
		return err
	}
	if len(pair) != 2 {
		return fmt.Errorf("%w: %s is not a pair of times", ErrRange, b)
	}
	v := Range{pair[0], pair[1]}
	if !v.Valid() {
		return fmt.Errorf("%w %s", ErrRange, v)
	}
	*r = v
	return nil
}
