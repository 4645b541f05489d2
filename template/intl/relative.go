package intl

import (
	"strings"
	"time"
)

// Unit is a unit of relative time, as in Intl.RelativeTimeFormat. The zero
// value is Second.
type Unit uint8

// The units.
const (
	Second Unit = iota
	Minute
	Hour
	Day
	Week
	Month
	Quarter
	Year
	unitCount
)

var unitNames = [unitCount]string{"second", "minute", "hour", "day", "week", "month", "quarter", "year"}

// String returns the unit's name: "second", "minute" and so on.
func (u Unit) String() string {
	if u < unitCount {
		return unitNames[u]
	}
	return "Unit(" + itoa(int(u)) + ")"
}

// ParseUnit returns the unit named s, singular or plural and in any case,
// as Intl.RelativeTimeFormat accepts them: "day", "days", "Hour". Other
// names give an error that matches ErrUnit.
func ParseUnit(s string) (Unit, error) {
	name := s
	if len(name) > 1 && (name[len(name)-1] == 's' || name[len(name)-1] == 'S') {
		name = name[:len(name)-1]
	}
	for i, n := range unitNames {
		if strings.EqualFold(name, n) {
			return Unit(i), nil
		}
	}
	return Second, &NameError{Name: s, Err: ErrUnit}
}

// RelativeUnit returns n units from now, as Intl.RelativeTimeFormat's long
// style gives it: with numeric true (numeric "always"), "dentro de 3 días",
// "hace 1 día"; with numeric false (numeric "auto"), the locale's words
// where it has them ("mañana", "pasado mañana", "el mes pasado", "ahora")
// and numbers otherwise. Zero counts as the future ("dentro de 0 días"), as
// in ICU.
func (l Locale) RelativeUnit(n int, u Unit, numeric bool) string {
	var buf [64]byte
	return string(l.appendRelativeUnit(buf[:0], n, u, numeric))
}

func (l Locale) appendRelativeUnit(dst []byte, n int, u Unit, numeric bool) []byte {
	if u >= unitCount {
		u = Second
	}
	d := l.data()
	ru := &d.rel[u]
	if !numeric && n >= -2 && n <= 2 && ru.auto[n+2] != "" {
		return append(dst, ru.auto[n+2]...)
	}
	pats := &ru.future
	abs := uint64(n)
	if n < 0 {
		pats = &ru.past
		abs = -abs
	}
	var pat string
	if l.PluralInt(int64(abs)) == One && abs <= 1<<63-1 {
		pat = pats[0]
	} else {
		pat = pats[1]
	}
	before, after, _ := strings.Cut(pat, "{0}")
	dst = append(dst, before...)
	var digits [20]byte
	dst = d.appendNumber(dst, false, appendUint(digits[:0], abs), nil)
	return append(dst, after...)
}

func appendUint(dst []byte, u uint64) []byte {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	return append(dst, b[i:]...)
}

// Relative says when t is, seen from now, the way a person writes it in a
// reply. In es-ES:
//
//   - under a minute either way: "ahora";
//   - under an hour: "dentro de 20 minutos", "hace 20 minutos" (rounded to
//     the nearest minute);
//   - under six hours: "dentro de 3 horas", "hace 3 horas" (rounded to the
//     nearest hour, so 5 h 40 min is "dentro de 6 horas");
//   - otherwise by calendar days in l's zone: "hoy a las 16:00",
//     "mañana a las 10:00", "ayer a las 18:00"; two to six days away, the
//     weekday: "el lunes a las 9:30" (future and past alike: the verb of
//     the sentence tells which);
//   - further away, the day and month with the short time: "el 12 de
//     marzo a las 10:00", with the year when it is not now's: "el 12 de
//     marzo de 2027 a las 10:00".
//
// The words come from CLDR (the relative-time strings and the weekday
// names) and the short time style; the "at" is each language's: "a las"
// and "a la" before one o'clock in Spanish ("a la 1:00", "a la 1:30 p.m."),
// "às" and "à" in Portuguese, "at", "à", "um" and "alle ore" (as in ICU's
// date-time patterns). Before a weekday: "el" in Spanish, "na" or "no" in
// Portuguese ("no sábado"), "on" in English, "am" in German, nothing in
// French and Italian; before a date: "el", "em" (Brazil) or "a"
// (Portugal), "on", "le", "am", nothing in Italian (whose article
// changes with the number: "l'8", "il 9"). The day-and-month patterns
// are CLDR's MMMMd skeletons ("d 'de' MMMM", "MMMM d", "d. MMMM"). Nothing is capitalized: the result is meant for the
// middle of a sentence.
func (l Locale) Relative(t, now time.Time) string {
	var buf [96]byte
	return string(l.AppendRelative(buf[:0], t, now))
}

// AppendRelative appends l.Relative(t, now) to dst.
func (l Locale) AppendRelative(dst []byte, t, now time.Time) []byte {
	d := l.data()
	diff := t.Sub(now)
	abs := diff
	sign := 1
	if abs < 0 {
		abs, sign = -abs, -1
	}
	switch {
	case abs < time.Minute:
		return append(dst, d.rel[Second].auto[2]...)
	case abs < time.Hour-30*time.Second:
		n := int((abs + 30*time.Second) / time.Minute)
		return l.appendRelativeUnit(dst, sign*n, Minute, true)
	case abs < 6*time.Hour:
		n := int((abs + 30*time.Minute) / time.Hour)
		return l.appendRelativeUnit(dst, sign*n, Hour, true)
	}
	zone := l.Zone()
	t, now = t.In(zone), now.In(zone)
	days := civilDays(t) - civilDays(now)
	switch {
	case days >= -1 && days <= 1:
		dst = append(dst, d.rel[Day].auto[days+2]...)
	case days >= -6 && days <= 6:
		wd := t.Weekday()
		dst = append(dst, d.words.on[wd]...)
		dst = append(dst, d.weekdays[wd]...)
	default:
		dst = append(dst, d.words.onDate...)
		pat := d.words.dayMonth
		if t.Year() != now.Year() {
			pat = d.datePat[Long]
		}
		dst = d.appendPattern(dst, pat, t)
	}
	dst = append(dst, ' ')
	at := d.words.at
	hour := t.Hour()
	if strings.IndexByte(d.timePat[Short], 'h') >= 0 {
		hour = hour12(hour)
	}
	if hour == 1 {
		at = d.words.atOne
	}
	dst = append(dst, at...)
	dst = append(dst, ' ')
	return d.appendPattern(dst, d.timePat[Short], t)
}

// civilDays returns the number of days from 1 January 1970 to t's date on
// its own wall clock.
func civilDays(t time.Time) int64 {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}
