package sla

import (
	"slices"
	"time"
)

// Holidays is a set of dates on which a [Calendar] is closed: national
// holidays (see the calholidays subpackage), regional ones, company days
// off. A Calendar asks for the first holiday of a span of dates, so that it
// can skip whole weeks that hold none.
type Holidays interface {
	// NextHoliday returns the first holiday h with from <= h < until, and
	// false if there is none.
	NextHoliday(from, until Date) (Date, bool)
}

// HolidayFunc adapts a function that tells whether a date is a holiday to
// the Holidays interface. NextHoliday calls it for each date of the span in
// turn, so it should be fast; [Dates] answers from a sorted list instead.
type HolidayFunc func(Date) bool

// NextHoliday returns the first date of [from, until) for which f is true.
func (f HolidayFunc) NextHoliday(from, until Date) (Date, bool) {
	for z, end := from.day(), until.day(); z < end; z++ {
		if d := dateOfDay(z); f(d) {
			return d, true
		}
	}
	return Date{}, false
}

// Dates is a set of holidays: single dates, and dates that come back every
// year on the same day (from an iCalendar RRULE:FREQ=YEARLY). The zero Dates
// is the empty set. A Dates value is never modified once made, and is safe
// for concurrent use.
type Dates struct {
	keys   []int32 // single dates as YYYYMMDD, sorted, no duplicates
	yearly []yearly
}

// yearly is a holiday on the same month and day every year from first to
// last (day numbers, inclusive), except on the excluded days. A 29 February
// holiday only happens in leap years.
type yearly struct {
	month       time.Month
	day         int
	first, last int64
	except      []int64 // sorted
}

// key returns a valid date as YYYYMMDD, which sorts as dates do.
func (d Date) key() int32 { return int32(d.Year*10000 + int(d.Month)*100 + d.Day) }

func dateOfKey(k int32) Date { return Date{int(k / 10000), time.Month(k / 100 % 100), int(k % 100)} }

// clampedKey returns the key of d, or of the day that d.day() names when d
// is not valid, kept within the years 1 to 10000.
func clampedKey(d Date) int32 {
	if !d.Valid() {
		z := d.day()
		switch {
		case z < firstDay:
			return Date{1, 1, 1}.key()
		case z > lastDay:
			return Date{10000, 1, 1}.key()
		}
		d = dateOfDay(z)
	}
	return d.key()
}

// The day numbers of 0001-01-01 and 9999-12-31.
const (
	firstDay = -719162
	lastDay  = 2932896
)

// NewDates returns the set of the given dates. Invalid dates (see
// Date.Valid) are left out.
func NewDates(dates ...Date) Dates {
	keys := make([]int32, 0, len(dates))
	for _, d := range dates {
		if d.Valid() {
			keys = append(keys, d.key())
		}
	}
	slices.Sort(keys)
	return Dates{keys: slices.Compact(keys)}
}

// Union returns the dates of s and of t.
func (s Dates) Union(t Dates) Dates {
	keys := make([]int32, 0, len(s.keys)+len(t.keys))
	keys = append(append(keys, s.keys...), t.keys...)
	slices.Sort(keys)
	return Dates{
		keys:   slices.Compact(keys),
		yearly: append(slices.Clip(s.yearly), t.yearly...),
	}
}

// NextHoliday returns the first date of the set in [from, until).
func (s Dates) NextHoliday(from, until Date) (Date, bool) {
	lo, hi := clampedKey(from), clampedKey(until)
	best := hi
	if i, _ := slices.BinarySearch(s.keys, lo); i < len(s.keys) && s.keys[i] < best {
		best = s.keys[i]
	}
	if len(s.yearly) > 0 {
		zlo, zbest := dateOfKey(lo).day(), dateOfKey(best).day()
		for i := range s.yearly {
			if z, ok := s.yearly[i].next(zlo, zbest); ok {
				zbest = z
				best = dateOfDay(z).key()
			}
		}
	}
	if best >= hi {
		return Date{}, false
	}
	return dateOfKey(best), true
}

// next returns the first occurrence of y in [from, until).
func (y *yearly) next(from, until int64) (int64, bool) {
	from = max(from, y.first)
	until = min(until, y.last+1)
	if from >= until {
		return 0, false
	}
	for year := dateOfDay(from).Year; year <= 9999; year++ {
		if y.day > daysIn(year, y.month) {
			continue
		}
		z := Date{year, y.month, y.day}.day()
		if z >= until {
			return 0, false
		}
		if z >= from {
			if _, found := slices.BinarySearch(y.except, z); !found {
				return z, true
			}
		}
	}
	return 0, false
}

// Contains reports whether d is one of the dates of the set.
func (s Dates) Contains(d Date) bool {
	_, ok := s.NextHoliday(d, d.AddDays(1))
	return ok
}

// Len returns the number of single dates in the set, not counting the
// dates that come back every year.
func (s Dates) Len() int { return len(s.keys) }

// Between returns the dates of the set in [from, until), in order.
func (s Dates) Between(from, until Date) []Date {
	var out []Date
	for {
		d, ok := s.NextHoliday(from, until)
		if !ok {
			return out
		}
		out = append(out, d)
		from = d.AddDays(1)
	}
}

var (
	_ Holidays = Dates{}
	_ Holidays = HolidayFunc(nil)
)
