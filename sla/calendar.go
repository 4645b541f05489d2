package sla

import (
	"fmt"
	"maps"
	"slices"
	"time"
)

// A Calendar holds the business hours of a team: a time zone, opening
// hours for each day of the week, closed dates and holidays, and hours for
// given dates that replace the week's.
//
// Every day's opening hours are built from its date and the times on its
// wall clock, in Location (see the package documentation for days when the
// clock changes). The opening hours of a date are, in this order of
// precedence: its Overrides entry; none when it is one of Closed or a
// holiday of one of Holidays; otherwise the ranges of its weekday in Week.
// A range that crosses midnight goes on into the next date unless that date
// is closed or a holiday. Ranges that overlap count once.
//
// The zero Calendar is in UTC and never open. A nil *Calendar is always
// open: Add is t.Add(d) and Elapsed is to.Sub(from), which is how policies
// measure calendar time.
//
// A Calendar is not modified by its methods and may be used by several
// goroutines at once.
type Calendar struct {
	// Location is the time zone of the wall clock; nil means UTC. The text
	// and JSON forms need a zone that time.LoadLocation knows by name.
	Location *time.Location

	// Week holds the opening hours of each day of the week, indexed by
	// time.Weekday (Week[time.Sunday] is Sunday's). A day without ranges
	// is closed.
	Week [7][]Range

	// Closed lists dates on which the calendar is closed. Closed and
	// Overrides are read in full at each date that is not an ordinary one,
	// so they are for a few hundred dates at most; long lists of closed
	// dates belong in a Dates value in Holidays.
	Closed []Date

	// Overrides gives the opening hours of given dates, in place of the
	// week's and whether or not the date is closed or a holiday. An entry
	// with no ranges opens the date for no hours of its own, but unlike a
	// closed date it does not cut short a range coming from the night
	// before.
	Overrides map[Date][]Range

	// Holidays are more closed dates, from the calholidays subpackage,
	// Dates or the host's own source. They are not part of the text and
	// JSON forms: a host attaches them after decoding.
	Holidays []Holidays
}

const (
	daySec  = 86400
	weekSec = 7 * daySec

	// horizonDays is how far past the time it needs at the very least Add
	// looks for business time before giving up, and how far NextOpen
	// looks for an opening: a hundred years.
	horizonDays = 36525

	// window is how many days ahead a walk looks for the next date that is
	// not an ordinary day of the week.
	window = 400

	minInt = -1 << 63
	maxInt = 1<<63 - 1
)

// location returns the calendar's zone.
func (c *Calendar) location() *time.Location {
	if c.Location == nil {
		return time.UTC
	}
	return c.Location
}

// Add returns the earliest instant at which d of business time has passed
// since t. Add returns t if d is zero or negative, and the zero Time if the
// calendar is not open for d in the hundred years after the time that d
// needs at the very least (a calendar that is never open). The result is in
// the calendar's location; t may be in any.
func (c *Calendar) Add(t time.Time, d time.Duration) time.Time {
	if d <= 0 {
		return t
	}
	if c == nil {
		return t.Add(d)
	}
	_, at := c.measure(t, t, d, nil)
	return at
}

// Elapsed returns the business time between from and to: how long the
// calendar is open in [from, to). It returns 0 if to is not after from.
func (c *Calendar) Elapsed(from, to time.Time) time.Duration {
	if !to.After(from) {
		return 0
	}
	if c == nil {
		return to.Sub(from)
	}
	elapsed, _ := c.measure(from, to, -1, nil)
	return elapsed
}

// A memo carries, from one walk over a calendar to the next, what does not
// depend on where the walk starts: the period of the zone where it ended,
// and the next date from one it asked about that may not be an ordinary
// day. The walks of one Policy.Status share one.
type memo struct {
	c                  *Calendar
	z                  zone
	from, special, hol int64
	valid              bool
}

// measure walks the calendar from t once for Elapsed(t, to) and, when need
// is positive, Add(t, need). A memo, if not nil, saves work when walks
// start near each other.
func (c *Calendar) measure(t, to time.Time, need time.Duration, m *memo) (elapsed time.Duration, at time.Time) {
	if c == nil {
		if to.After(t) {
			elapsed = to.Sub(t)
		}
		if need > 0 {
			at = t.Add(need)
		}
		return elapsed, at
	}
	w := walker{c: c, weekly: -1}
	w.z.loc = c.Location
	var z, sec, ns int64
	if m != nil && m.valid && m.c == c {
		z, sec, ns = w.resume(t, m)
		defer w.remember(m)
	} else {
		z, sec, ns = w.locate(t)
		w.begin(z)
		if m != nil {
			defer w.remember(m)
		}
	}
	toSec, toNs := to.Unix(), int64(to.Nanosecond())
	toDone := !before(sec, ns, toSec, toNs)
	rem := int64(need) // business time still to find, while positive
	var total int64
	end := z + horizonDays + int64(max(need, 0)/(24*time.Hour))
	for ; ; z++ {
		if toDone && (rem <= 0 || z >= end) {
			break
		}
		l0 := z * daySec
		if !toDone && z > w.first && !before(w.z.instant(l0), 0, toSec, toNs) {
			toDone = true
			if rem <= 0 {
				break
			}
		}
		long := rem > 3*daySec*1e9 || (!toDone && toSec-sec > 3*daySec)
		if k := w.jumpable(z, long); k > 0 {
			wd := weekday(z)
			if rem > 0 {
				// Leave some to the days after the jump, where the
				// earliest instant is found.
				if week := w.week(); week > 0 {
					n := min(k, 7*((rem-1)/(week*1e9)))
					for n < k && w.ordinary(wd, n+1)*1e9 < rem {
						n++
					}
					k = n
				}
			}
			if !toDone {
				// Whole days that end no later than to.
				k = min(k, floorDiv(toSec+w.z.o-l0, daySec))
			}
			if k > 0 {
				b := w.ordinary(wd, k) * 1e9
				if !toDone {
					total = addSat(total, b)
				}
				if rem > 0 {
					rem -= b
				}
				w.skip(z, k)
				z += k
				l0 = z * daySec
				sec, ns = l0-w.z.o, 0
			}
		}
		for _, s := range w.day(z) {
			b := w.z.instant(l0 + s.b)
			if b <= sec {
				continue
			}
			if a := w.z.instant(l0 + s.a); a > sec {
				sec, ns = a, 0
			}
			// Open from (sec, ns) to b.
			if !toDone {
				switch {
				case !before(sec, ns, toSec, toNs):
					toDone = true
				case b < toSec || (b == toSec && toNs == 0):
					total = addSat(total, (b-sec)*1e9-ns)
				default:
					total = addSat(total, (toSec-sec)*1e9+toNs-ns)
					toDone = true
				}
			}
			if rem > 0 {
				if avail := (b-sec)*1e9 - ns; rem <= avail {
					at = time.Unix(sec, ns+rem).In(c.location())
					rem = 0
				} else {
					rem -= avail
				}
			}
			if toDone && rem <= 0 {
				return time.Duration(total), at
			}
			sec, ns = b, 0
		}
	}
	return time.Duration(total), at
}

// Open reports whether the calendar is open at t.
func (c *Calendar) Open(t time.Time) bool {
	if c == nil {
		return true
	}
	w := walker{c: c, weekly: -1}
	w.z.loc = c.Location
	z, sec, _ := w.locate(t)
	w.begin(z)
	l0 := z * daySec
	for _, s := range w.day(z) {
		if w.z.instant(l0+s.a) <= sec && sec < w.z.instant(l0+s.b) {
			return true
		}
	}
	return false
}

// NextOpen returns the earliest instant at or after t at which the calendar
// is open: t itself if it is open at t, and the zero Time if it does not
// open in the hundred years after t.
func (c *Calendar) NextOpen(t time.Time) time.Time {
	if c == nil {
		return t
	}
	w := walker{c: c, weekly: -1}
	w.z.loc = c.Location
	z, sec, _ := w.locate(t)
	w.begin(z)
	for end := z + horizonDays; z < end; z++ {
		if k := w.jumpable(z, false); k > 0 && w.week() == 0 {
			w.skip(z, k)
			z += k
			if z >= end {
				break
			}
		}
		l0 := z * daySec
		for _, s := range w.day(z) {
			b := w.z.instant(l0 + s.b)
			if b <= sec {
				continue
			}
			a := w.z.instant(l0 + s.a)
			if a >= b {
				continue
			}
			if a <= sec {
				return t
			}
			return time.Unix(a, 0).In(c.location())
		}
	}
	return time.Time{}
}

// before reports whether the instant (s1, n1) is before (s2, n2), each in
// seconds and nanoseconds.
func before(s1, n1, s2, n2 int64) bool { return s1 < s2 || (s1 == s2 && n1 < n2) }

// addSat adds two non-negative durations, saturating.
func addSat(a, b int64) int64 {
	if a > maxInt-b {
		return maxInt
	}
	return a + b
}

// Validate reports the first problem that would make the calendar's hours
// ambiguous or unusable: a range that is not Valid, or a date that does not
// exist. Add, Elapsed, Open and NextOpen ignore such ranges and dates.
func (c *Calendar) Validate() error {
	for i := range 7 {
		wd := time.Weekday((i + 1) % 7)
		for _, r := range c.Week[wd] {
			if !r.Valid() {
				return fmt.Errorf("%w %s on %s", ErrRange, r, dayName(wd))
			}
		}
	}
	for _, d := range c.Closed {
		if !d.Valid() {
			return fmt.Errorf("%w %s in the closed dates", ErrDate, d)
		}
	}
	for _, d := range slices.SortedFunc(maps.Keys(c.Overrides), Date.Compare) {
		if !d.Valid() {
			return fmt.Errorf("%w %s in the overrides", ErrDate, d)
		}
		for _, r := range c.Overrides[d] {
			if !r.Valid() {
				return fmt.Errorf("%w %s on %s", ErrRange, r, d)
			}
		}
	}
	return nil
}

// Equal reports whether c and o have the same zone (by name), week, closed
// dates (in the same order) and overrides. Holidays are not compared.
func (c *Calendar) Equal(o *Calendar) bool {
	if c == nil || o == nil {
		return c == o
	}
	if c.location().String() != o.location().String() || !slices.Equal(c.Closed, o.Closed) ||
		len(c.Overrides) != len(o.Overrides) {
		return false
	}
	for i := range c.Week {
		if !slices.Equal(c.Week[i], o.Week[i]) {
			return false
		}
	}
	for d, rs := range c.Overrides {
		os, ok := o.Overrides[d]
		if !ok || !slices.Equal(rs, os) {
			return false
		}
	}
	return true
}

// The walk over a calendar's days.
//
// Local times are counted like Unix times on the wall clock: l = 86400*z + s
// for second s of day z, where day 0 is 1970-01-01. A day's opening hours
// are spans of local seconds within [0, 86400]; each bound maps to the
// earliest instant whose wall clock reads at or after it (zone.instant),
// which is monotonic, so the spans of a day map to ordered, disjoint spans
// of time, some of them empty.

// span is a part of a day's opening hours in local seconds, 0 <= a < b <= 86400.
type span struct{ a, b int64 }

type walker struct {
	c       *Calendar
	z       zone
	first   int64   // the day the walk started
	from    int64   // the first day of the last search for special
	special int64   // the next day that may not be an ordinary day of the week; the days before it are
	hol     int64   // special, if it is a holiday
	prevOwn []Range // ranges that start on the day before the next one to walk
	prevReg bool    // whether that day ends as an ordinary day of the week does
	weekly  int64   // business seconds in an ordinary week; -1 until known
	buf     [12]span

	// The hours of ordinary days after ordinary days, by day of the week:
	// ord[ordAt[wd]:ordAt[wd+1]], when ordOK (they are worked out with the
	// weekly total).
	ord      [28]span
	ordAt    [8]uint8
	ordOK    bool
	dayTotal [7]int64 // business seconds of each of those days
}

// locate returns the day that instant t belongs to and t as Unix seconds
// and nanoseconds. The day is the one whose local midnight was passed last:
// usually t's date in the calendar's zone, but the next date while the
// clock repeats the end of a day it has already left.
func (w *walker) locate(t time.Time) (z, sec, ns int64) {
	sec, ns = t.Unix(), int64(t.Nanosecond())
	w.z.load(sec)
	z = floorDiv(sec+w.z.o, daySec)
	for sec >= w.z.instant((z+1)*daySec) {
		z++
	}
	return z, sec, ns
}

// resume is locate and begin for a walk that may reuse what an earlier one
// left in m.
func (w *walker) resume(t time.Time, m *memo) (z, sec, ns int64) {
	sec, ns = t.Unix(), int64(t.Nanosecond())
	if sec >= m.z.s && sec < m.z.e {
		w.z = m.z
	} else {
		w.z.load(sec)
	}
	z = floorDiv(sec+w.z.o, daySec)
	for sec >= w.z.instant((z+1)*daySec) {
		z++
	}
	if z-1 < m.from || z-1 > m.special {
		w.begin(z)
		return z, sec, ns
	}
	// No date in [m.from, m.special) was out of the ordinary.
	w.first = z
	w.from, w.special, w.hol = m.from, m.special, m.hol
	w.prevOwn, w.prevReg = w.c.Week[weekday(z-1)], true
	if w.special == z-1 {
		own, _, ordinary := w.classify(z - 1)
		w.prevOwn, w.prevReg = own, ordinary || (!crosses(own) && !crosses(w.c.Week[weekday(z-1)]))
		w.findSpecial(z, z+window)
	}
	return z, sec, ns
}

// remember leaves in m what the next walk may reuse.
func (w *walker) remember(m *memo) {
	*m = memo{c: w.c, z: w.z, from: w.from, special: w.special, hol: w.hol, valid: true}
}

// begin prepares the walk to start at day z.
func (w *walker) begin(z int64) {
	w.first = z
	w.findSpecial(z-1, z-1+window)
	w.prevOwn, w.prevReg = w.c.Week[weekday(z-1)], true
	if w.special == z-1 {
		own, _, ordinary := w.classify(z - 1)
		w.prevOwn, w.prevReg = own, ordinary || (!crosses(own) && !crosses(w.c.Week[weekday(z-1)]))
		w.findSpecial(z, z+window)
	}
}

// classify returns the ranges that start on day z, a day found by
// findSpecial, whether z is closed (so that it cuts off a range from the
// day before) and whether it is an ordinary day of the week after all.
func (w *walker) classify(z int64) (own []Range, closed, ordinary bool) {
	c := w.c
	if len(c.Overrides) > 0 {
		if rs, ok := c.Overrides[dateOfDay(z)]; ok {
			return rs, false, false
		}
	}
	for _, d := range c.Closed {
		if d.day() == z {
			return nil, true, false
		}
	}
	if z == w.hol {
		return nil, true, false
	}
	return c.Week[weekday(z)], false, true
}

// findSpecial sets w.special to the first day in [from, until) that has an
// override, is closed or is a holiday, or to until if there is none; and
// w.hol to w.special if that day is a holiday. Only a day found here is
// classified, so that holidays are asked for once per span of ordinary
// days.
func (w *walker) findSpecial(from, until int64) {
	c := w.c
	best := until
	if len(c.Overrides) > 0 {
		for d := range c.Overrides {
			if z := d.day(); z >= from && z < best {
				best = z
			}
		}
	}
	for _, d := range c.Closed {
		if z := d.day(); z >= from && z < best {
			best = z
		}
	}
	w.hol = minInt
	if len(c.Holidays) > 0 {
		f := dateOfDay(from)
		for _, h := range c.Holidays {
			if h == nil {
				continue
			}
			// Up to best included, to know whether best is a holiday.
			if d, ok := h.NextHoliday(f, dateOfDay(best+1)); ok {
				if z := d.day(); z >= from && z <= best {
					best, w.hol = z, z
				}
			}
		}
	}
	w.from, w.special = from, best
}

// day returns the opening hours of day z. Days must be asked for in order,
// one after the other, except across the days skipped.
func (w *walker) day(z int64) []span {
	var own []Range
	closed, ordinary := false, true
	if z >= w.special {
		own, closed, ordinary = w.classify(z)
		w.findSpecial(z+1, z+1+window)
	} else {
		wd := weekday(z)
		own = w.c.Week[wd]
		if w.prevReg && w.ordOK {
			w.prevOwn = own
			return w.ord[w.ordAt[wd]:w.ordAt[wd+1]]
		}
	}
	sp := hours(w.buf[:0], own, w.prevOwn, closed)
	// The next day is as after an ordinary day when this one is, or when
	// neither this day's ranges nor its weekday's run past midnight.
	if !ordinary {
		ordinary = !crosses(own) && !crosses(w.c.Week[weekday(z)])
	}
	w.prevOwn, w.prevReg = own, ordinary
	return sp
}

// crosses reports whether one of rs runs past midnight.
func crosses(rs []Range) bool {
	for _, r := range rs {
		if _, b, ok := r.secs(); ok && b > daySec {
			return true
		}
	}
	return false
}

// hours appends to sp the opening hours of a day whose own ranges are own,
// after a day whose ranges are prev, sorted and merged.
func hours(sp []span, own, prev []Range, closed bool) []span {
	n0 := len(sp)
	for _, r := range own {
		if a, b, ok := r.secs(); ok {
			sp = append(sp, span{a, min(b, daySec)})
		}
	}
	if !closed {
		for _, r := range prev {
			if _, b, ok := r.secs(); ok && b > daySec {
				sp = append(sp, span{0, b - daySec})
			}
		}
	}
	// Insertion sort: a day has a handful of ranges.
	day := sp[n0:]
	for i := 1; i < len(day); i++ {
		for j := i; j > 0 && day[j].a < day[j-1].a; j-- {
			day[j], day[j-1] = day[j-1], day[j]
		}
	}
	out := sp[:n0]
	for _, s := range day {
		if n := len(out); n > n0 && s.a <= out[n-1].b {
			out[n-1].b = max(out[n-1].b, s.b)
			continue
		}
		out = append(out, s)
	}
	return out
}

// secs returns the range in local seconds from the start of its day; the
// end is past 86400 for a range that crosses midnight. ok is false for a
// range that is not Valid.
func (r Range) secs() (a, b int64, ok bool) {
	if !r.Valid() {
		return 0, 0, false
	}
	a, b = int64(r.Start)*60, int64(r.End)*60
	if b <= a {
		b += daySec
	}
	return a, b, true
}

// week returns the business seconds of an ordinary week, one in which no
// date is closed, a holiday or overridden and the clock does not change.
func (w *walker) week() int64 {
	if w.weekly < 0 {
		// The hours of each ordinary day after an ordinary day, kept for
		// the days walked after a jump when they fit.
		var total int64
		sp := w.ord[:0]
		var buf [12]span
		for wd := range 7 {
			n := len(sp)
			if n <= len(w.ord) && cap(sp) == len(w.ord) {
				sp = hours(sp, w.c.Week[wd], w.c.Week[(wd+6)%7], false)
			} else {
				// Too many ranges to keep: only the totals.
				sp = hours(buf[:0], w.c.Week[wd], w.c.Week[(wd+6)%7], false)
				n = 0
			}
			w.ordAt[wd] = uint8(min(n, 255))
			w.dayTotal[wd] = 0
			for _, s := range sp[n:] {
				w.dayTotal[wd] += s.b - s.a
			}
			total += w.dayTotal[wd]
		}
		w.ordAt[7] = uint8(min(len(sp), 255))
		w.ordOK = len(sp) <= len(w.ord) && cap(sp) == len(w.ord)
		w.weekly = total
	}
	return w.weekly
}

// jumpable returns how many days from the start of day z can be counted
// as ordinary days (see ordinary): the day before z and those days are
// ordinary days of the week, and the clock does not change from the start
// of z to the end of the last of them. It returns 0 for the first day of a
// walk, which may start in its middle, and for the first week of a walk
// unless the walk is known to be long: short walks do not need the weekly
// totals.
func (w *walker) jumpable(z int64, long bool) int64 {
	if z == w.first || (!long && z-w.first < 7) || !w.prevReg || w.special <= z {
		return 0
	}
	days := w.special - z
	l0 := z * daySec
	if w.z.instant(l0) != l0-w.z.o {
		return 0 // midnight is in a gap
	}
	if w.z.hi != maxInt {
		days = min(days, (w.z.hi-1-l0)/daySec)
	}
	return max(days, 0)
}

// ordinary returns the business seconds of k ordinary days from a day of
// the week wd, each after an ordinary day, when the clock does not change.
func (w *walker) ordinary(wd time.Weekday, k int64) int64 {
	b := k / 7 * w.week()
	for i := range k % 7 {
		b += w.dayTotal[(int64(wd)+i)%7]
	}
	return b
}

// skip moves the walk over k ordinary days from day z.
func (w *walker) skip(z, k int64) {
	w.prevOwn, w.prevReg = w.c.Week[weekday(z+k-1)], true
}

// zone follows the periods of a location during which its offset from UTC
// does not change. A period [s, e) with offset o shows the local times
// [s+o, e+o); the earliest instant whose wall clock reads at or after local
// time l is max(s, l-o) in the first period with e+o > l.
type zone struct {
	loc    *time.Location
	s, e   int64 // the period, in Unix seconds; minInt and maxInt when unbounded
	o      int64 // its offset in seconds
	lo, hi int64 // the local times l for which it is the first period with e+o > l
}

// load moves to the period that holds the instant u.
func (z *zone) load(u int64) {
	if z.loc == nil || z.loc == time.UTC {
		z.s, z.e, z.o, z.lo, z.hi = minInt, maxInt, 0, minInt, maxInt
		return
	}
	t := time.Unix(u, 0).In(z.loc)
	_, off := t.Zone()
	start, end := t.ZoneBounds()
	z.o = int64(off)
	z.s, z.e, z.lo, z.hi = minInt, maxInt, minInt, maxInt
	if !start.IsZero() {
		z.s = start.Unix()
		// The period before ended at s with an offset under a day.
		z.lo = z.s + daySec
	}
	if !end.IsZero() {
		z.e = end.Unix()
		if z.e <= u {
			// For years it works out from a zone's rule, the time package
			// ends a period at the end of the year, with the same offset
			// after it, but gives 365 days for a leap year too: a day
			// early, before u.
			z.e += daySec
		}
		z.hi = z.e + z.o
	}
}

// instant returns the earliest instant whose wall clock reads at or after
// local time l: l itself in the zone's offset, or the instant the clock
// jumps forward over l.
func (z *zone) instant(l int64) int64 {
	if l < z.lo || l >= z.hi {
		z.seek(l)
	}
	if u := l - z.o; u > z.s {
		return u
	}
	return z.s
}

// seek moves to the first period with e+o > l. Every period that ends
// before l-2 days shows local times before l, since offsets are under a
// day.
func (z *zone) seek(l int64) {
	z.load(l - 2*daySec)
	for l >= z.hi {
		hi := z.hi
		z.load(z.e)
		z.lo = hi
	}
}
