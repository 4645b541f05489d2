package sla_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
	_ "time/tzdata" // the same zone data on every machine

	"github.com/cartero/cartero/sla"
)

// The oracle: business time counted minute by minute, straight from the
// definition, with none of the arithmetic of Calendar.
//
// At each instant u, the wall clock has shown at most local time M(u), the
// greatest reading of the clock up to u. A bound of an opening range at
// local time l maps to the earliest instant whose clock reads at or after
// l, so u is in the range [a, b) exactly when a <= M(u) < b: the calendar
// is open at u when M(u) falls in the opening hours of its date. Every
// bound, offset and zone change used here is a whole minute, so a minute
// is open or closed throughout.

// oracle holds, for one calendar, which minutes of a window are open.
type oracle struct {
	cal     *sla.Calendar
	hol     map[sla.Date]bool // the holidays given to the calendar, as a plain set
	base    int64             // Unix seconds of the first minute
	open    []bool
	prefix  []int64 // prefix[i]: open minutes in the first i minutes
	changes []int   // minutes at which the clock changes
}

func newOracle(c *sla.Calendar, hol map[sla.Date]bool, from time.Time, minutes int) *oracle {
	o := &oracle{cal: c, hol: hol, base: from.Unix() / 60 * 60}
	o.open = make([]bool, minutes)
	o.prefix = make([]int64, minutes+1)
	loc := c.Location
	if loc == nil {
		loc = time.UTC
	}
	var (
		high    int64 = -1 << 62
		lastDay int64 = -1 << 62
		lastOff       = -1 << 31
		minute  [1440]bool
	)
	for u := o.base - 2*86400; u < o.base+int64(minutes)*60; u += 60 {
		_, off := time.Unix(u, 0).In(loc).Zone()
		high = max(high, u+int64(off))
		if u < o.base {
			lastOff = off
			continue
		}
		if off != lastOff {
			o.changes = append(o.changes, int((u-o.base)/60))
			lastOff = off
		}
		day := floorDiv(high, 86400)
		if day != lastDay {
			o.dayMinutes(day, &minute)
			lastDay = day
		}
		i := (u - o.base) / 60
		o.open[i] = minute[(high-day*86400)/60]
		o.prefix[i+1] = o.prefix[i]
		if o.open[i] {
			o.prefix[i+1]++
		}
	}
	return o
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func dateOfDay(day int64) sla.Date {
	return sla.DateOf(time.Unix(day*86400, 0).UTC())
}

// own returns the ranges that start on date d, and whether d is closed.
func (o *oracle) own(d sla.Date) ([]sla.Range, bool) {
	if rs, ok := o.cal.Overrides[d]; ok {
		return rs, false
	}
	if slices.Contains(o.cal.Closed, d) || o.hol[d] {
		return nil, true
	}
	return o.cal.Week[d.Weekday()], false
}

// dayMinutes sets, for each minute of the given day, whether the calendar
// is open.
func (o *oracle) dayMinutes(day int64, minute *[1440]bool) {
	d := dateOfDay(day)
	own, closed := o.own(d)
	prev, _ := o.own(dateOfDay(day - 1))
	for m := range 1440 {
		on := false
		c := sla.Clock(m)
		for _, r := range own {
			if c >= r.Start && (r.End <= r.Start || c < r.End) {
				on = true
			}
		}
		if !closed {
			for _, r := range prev {
				if r.End <= r.Start && c < r.End {
					on = true
				}
			}
		}
		minute[m] = on
	}
}

func (o *oracle) at(i int) time.Time { return time.Unix(o.base+int64(i)*60, 0) }

// add returns the index of the minute at which d minutes of business time
// have passed since minute i, or -1 if that is beyond the window.
func (o *oracle) add(i int, d int64) int {
	want := o.prefix[i] + d
	j, found := slices.BinarySearch(o.prefix[i:], want)
	if !found {
		return -1
	}
	return i + j
}

// The zones of the oracle runs, with years in which their clocks change.
var oracleZones = []struct {
	name       string
	from, to   int // years
	transition bool
}{
	{"Europe/Madrid", 2015, 2030, true},
	{"America/New_York", 2015, 2030, true},
	{"America/Sao_Paulo", 2012, 2019, true},   // DST until 2019, changes at midnight
	{"Australia/Lord_Howe", 2015, 2030, true}, // 30-minute DST
	{"Asia/Kathmandu", 1985, 1987, true},      // +05:30 to +05:45 in 1986
	{"Asia/Kathmandu", 2020, 2030, false},     // +05:45
	{"UTC", 2020, 2030, false},
	{"Pacific/Apia", 2011, 2012, true},      // 2011-12-30 did not happen
	{"America/Santiago", 2015, 2030, true},  // changes at midnight
	{"Europe/Dublin", 2015, 2030, true},     // negative DST in winter
	{"America/St_Johns", 2015, 2030, true},  // -03:30
	{"America/St_Johns", 2007, 2011, true},  // changes at 00:01: back into the day before
	{"America/Goose_Bay", 2007, 2011, true}, // the same
	{"Antarctica/Troll", 2015, 2030, true},
	{"Europe/Madrid", 2038, 2060, true},       // from the zone's rule, past its last listed change
	{"Australia/Lord_Howe", 2040, 2060, true}, // the same, south of the equator  // two-hour DST
}

// randomStart returns an instant in the zone's years, often close to a
// change of its clock.
func randomStart(r *rand.Rand, loc *time.Location, from, to int, transition bool) time.Time {
	lo := time.Date(from, 1, 1, 0, 0, 0, 0, loc).Unix()
	hi := time.Date(to, 1, 1, 0, 0, 0, 0, loc).Unix()
	u := lo + r.Int64N(hi-lo)
	t := time.Unix(u/60*60, 0).In(loc)
	if transition && r.IntN(3) > 0 {
		_, end := t.ZoneBounds()
		if !end.IsZero() {
			t = end.Add(-time.Duration(r.IntN(10*24*60)) * time.Minute)
		}
	}
	return t
}

var clockChoices = []sla.Clock{0, 60, 90, 120, 150, 180, 210, 240, 360, 480, 540, 600, 720, 840, 960, 1020, 1080, 1140, 1320, 1380, 1410, 1440}

func randomClock(r *rand.Rand) sla.Clock {
	if r.IntN(4) == 0 {
		return sla.Clock(r.IntN(1441))
	}
	return clockChoices[r.IntN(len(clockChoices))]
}

func randomRanges(r *rand.Rand, n int) []sla.Range {
	var rs []sla.Range
	for range n {
		a := randomClock(r) % 1440
		b := randomClock(r)
		rs = append(rs, sla.Range{Start: a, End: b})
	}
	return rs
}

// randomCalendar returns a calendar in loc whose special dates fall in the
// days after start, and the set of its holidays.
func randomCalendar(r *rand.Rand, loc *time.Location, start time.Time, days int) (*sla.Calendar, map[sla.Date]bool) {
	c := &sla.Calendar{Location: loc}
	switch r.IntN(6) {
	case 0: // office hours
		rs := randomRanges(r, 1+r.IntN(2))
		for wd := time.Monday; wd <= time.Friday; wd++ {
			c.Week[wd] = rs
		}
	case 1: // 24×7
		for wd := range c.Week {
			c.Week[wd] = []sla.Range{{Start: 0, End: 24 * sla.Hour}}
		}
	case 2: // weekends only
		c.Week[time.Saturday] = randomRanges(r, 1+r.IntN(2))
		c.Week[time.Sunday] = randomRanges(r, 1)
	case 3: // nights
		for wd := range c.Week {
			c.Week[wd] = []sla.Range{{Start: 22 * sla.Hour, End: 6 * sla.Hour}}
		}
	default: // anything
		for wd := range c.Week {
			c.Week[wd] = randomRanges(r, r.IntN(4))
		}
	}
	day0 := sla.DateOf(start.In(loc)).AddDays(-2)
	pick := func() sla.Date { return day0.AddDays(r.IntN(days + 4)) }
	for range r.IntN(4) {
		c.Closed = append(c.Closed, pick())
	}
	if n := r.IntN(4); n > 0 {
		c.Overrides = map[sla.Date][]sla.Range{}
		for range n {
			c.Overrides[pick()] = randomRanges(r, r.IntN(3))
		}
	}
	hol := map[sla.Date]bool{}
	var list []sla.Date
	for range r.IntN(6) {
		d := pick()
		hol[d] = true
		list = append(list, d)
	}
	switch r.IntN(3) {
	case 0:
		c.Holidays = []sla.Holidays{sla.NewDates(list...)}
	case 1:
		c.Holidays = []sla.Holidays{sla.HolidayFunc(func(d sla.Date) bool { return hol[d] })}
	default:
		half := len(list) / 2
		c.Holidays = []sla.Holidays{sla.NewDates(list[:half]...), nil, sla.NewDates(list[half:]...)}
	}
	return c, hol
}

var inputZones = []string{"UTC", "Asia/Tokyo", "America/Los_Angeles", "Europe/Madrid", "Asia/Kathmandu"}

type oracleCounts struct{ calendars, minutes, add, elapsed, open, nextOpen int }

// checkOracle compares Add, Elapsed, Open and NextOpen with the oracle at
// random minutes of its window.
func checkOracle(t *testing.T, r *rand.Rand, o *oracle, queries int, n *oracleCounts) {
	t.Helper()
	c := o.cal
	n.calendars++
	n.minutes += len(o.open)
	total := o.prefix[len(o.open)]
	in := func(tm time.Time) time.Time {
		loc, _ := time.LoadLocation(inputZones[r.IntN(len(inputZones))])
		return tm.In(loc)
	}
	// pick returns a random minute of the window, often one close to a
	// change of the clock.
	pick := func(limit int) int {
		if len(o.changes) > 0 && r.IntN(2) == 0 {
			i := o.changes[r.IntN(len(o.changes))] + r.IntN(241) - 120
			return min(max(i, 0), limit-1)
		}
		return r.IntN(limit)
	}
	var memo sla.Memo
	for range queries {
		i := pick(len(o.open))
		ti := in(o.at(i))

		// Add.
		var d int64
		switch r.IntN(4) {
		case 0:
			d = r.Int64N(120)
		case 1:
			d = r.Int64N(24*60 + 1)
		default:
			d = r.Int64N(total + 60)
		}
		got := c.Add(ti, time.Duration(d)*time.Minute)
		n.add++
		if j := o.add(i, d); j >= 0 {
			if want := o.at(j); !got.Equal(want) {
				t.Fatalf("%s\nAdd(%s, %dm) = %s, oracle %s", c, ti, d, got, want)
			}
			if d > 0 && got.Location() != location(c) {
				t.Fatalf("Add returned a time in %s", got.Location())
			}
		} else if !got.IsZero() {
			end := o.at(len(o.open))
			if got.Before(end) {
				t.Fatalf("%s\nAdd(%s, %dm) = %s, oracle: after %s", c, ti, d, got, end)
			}
			if e := c.Elapsed(ti, got); e != time.Duration(d)*time.Minute {
				t.Fatalf("%s\nAdd(%s, %dm) = %s beyond the window, but Elapsed gives %s", c, ti, d, got, e)
			}
		}

		// Elapsed.
		j := pick(len(o.open) + 1)
		if r.IntN(2) == 0 {
			j = min(i+r.IntN(300), len(o.open))
		}
		tj := in(o.at(j))
		want := time.Duration(o.prefix[max(i, j)]-o.prefix[i]) * time.Minute
		if got := c.Elapsed(ti, tj); got != want {
			t.Fatalf("%s\nElapsed(%s, %s) = %s, oracle %s", c, ti, tj, got, want)
		}
		n.elapsed++

		// Both at once, as Status does, with and without what the walks
		// before it left.
		if e, a := sla.Measure(c, ti, tj, time.Duration(d)*time.Minute); e != want || (d > 0 && !a.Equal(got)) {
			t.Fatalf("%s\nmeasure(%s, %s, %dm) = %s, %s; want %s, %s", c, ti, tj, d, e, a, want, got)
		}
		if e, a := sla.MeasureMemo(c, ti, tj, time.Duration(d)*time.Minute, &memo); e != want || (d > 0 && !a.Equal(got)) {
			t.Fatalf("%s\nmeasure(%s, %s, %dm) with a memo = %s, %s; want %s, %s", c, ti, tj, d, e, a, want, got)
		}

		checkOpen(t, o, i, ti, n)
	}
	// Every minute around each change of the clock.
	for _, ch := range o.changes {
		for i := max(ch-150, 0); i < min(ch+150, len(o.open)); i++ {
			checkOpen(t, o, i, in(o.at(i)), n)
		}
	}
}

// checkOpen compares Open and NextOpen at minute i with the oracle.
func checkOpen(t *testing.T, o *oracle, i int, ti time.Time, n *oracleCounts) {
	t.Helper()
	c := o.cal
	if got := c.Open(ti); got != o.open[i] {
		t.Fatalf("%s\nOpen(%s) = %v, oracle %v", c, ti, got, o.open[i])
	}
	n.open++
	k := slices.Index(o.open[i:], true)
	got := c.NextOpen(ti)
	switch {
	case k == 0:
		if got != ti {
			t.Fatalf("%s\nNextOpen(%s) = %s, want the same instant", c, ti, got)
		}
	case k > 0:
		if want := o.at(i + k); !got.Equal(want) {
			t.Fatalf("%s\nNextOpen(%s) = %s, oracle %s", c, ti, got, want)
		}
	default:
		if !got.IsZero() && got.Before(o.at(len(o.open))) {
			t.Fatalf("%s\nNextOpen(%s) = %s, oracle: after the window", c, ti, got)
		}
	}
	n.nextOpen++
}

func location(c *sla.Calendar) *time.Location {
	if c.Location == nil {
		return time.UTC
	}
	return c.Location
}

// TestOracle checks Add, Elapsed, Open and NextOpen against the oracle on
// random calendars in zones with every kind of clock change, over windows
// of days and of a year.
func TestOracle(t *testing.T) {
	short, long, queries := 20, 1, 60
	if raceEnabled {
		short, queries = 6, 20
	}
	var n oracleCounts
	r := rand.New(rand.NewPCG(1, 2))
	for _, z := range oracleZones {
		loc, err := time.LoadLocation(z.name)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(fmt.Sprintf("%s-%d", z.name, z.from), func(t *testing.T) {
			for k := range short + long {
				start := randomStart(r, loc, z.from, z.to, z.transition)
				days := 3 + r.IntN(40)
				if k >= short {
					days = 370 + r.IntN(30)
				}
				c, hol := randomCalendar(r, loc, start, days)
				o := newOracle(c, hol, start, days*1440)
				checkOracle(t, r, o, queries, &n)
			}
		})
	}
	t.Logf("%d calendars, %d minutes, %d Add, %d Elapsed, %d Open, %d NextOpen checked",
		n.calendars, n.minutes, n.add, n.elapsed, n.open, n.nextOpen)
}
