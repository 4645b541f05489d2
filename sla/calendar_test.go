package sla_test

import (
	"errors"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/cartero/cartero/sla"
	"github.com/cartero/cartero/sla/calholidays"
)

func mustLoad(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func spain(t testing.TB) *calholidays.Set {
	t.Helper()
	es, err := calholidays.Country("es")
	if err != nil {
		t.Fatal(err)
	}
	return es
}

// TestVendorExamples runs worked examples from the documentation of help
// desk vendors, each named with its source.
func TestVendorExamples(t *testing.T) {
	madrid := mustLoad(t, "Europe/Madrid")
	es := spain(t)
	withSpain := func(spec string) *sla.Calendar {
		c := sla.MustParseCalendar(spec)
		c.Holidays = []sla.Holidays{es}
		return c
	}
	tests := []struct {
		name   string
		source string
		cal    *sla.Calendar
		start  time.Time
		add    time.Duration
		want   time.Time
	}{
		{
			name:   "Friday 16:00 + 2 business hours on Mon–Fri 9–17",
			source: "Zendesk documentation: an SLA target in business hours",
			cal:    sla.MustParseCalendar("UTC; mon-fri 09:00-17:00"),
			start:  time.Date(2026, 3, 6, 16, 0, 0, 0, time.UTC), // a Friday
			add:    2 * time.Hour,
			want:   time.Date(2026, 3, 9, 10, 0, 0, 0, time.UTC),
		},
		{
			name:   "16 h from Monday 11:00 with Mon 09–17, Tue 09–16, Wed closed, Thu 08–17",
			source: "Jira Service Management documentation: SLA goals on a calendar",
			cal:    sla.MustParseCalendar("UTC; mon 09:00-17:00; tue 09:00-16:00; thu 08:00-17:00"),
			start:  time.Date(2026, 3, 2, 11, 0, 0, 0, time.UTC), // a Monday
			add:    16 * time.Hour,
			want:   time.Date(2026, 3, 5, 11, 0, 0, 0, time.UTC),
		},
		{
			name:   "12 h from 10:00 on an 08–16 calendar",
			source: "Thulium help center: How is SLA time calculated in tickets? (21.02 10:00 is due 22.02 14:00)",
			cal:    sla.MustParseCalendar("Europe/Warsaw; mon-fri 08:00-16:00"),
			start:  time.Date(2024, 2, 21, 10, 0, 0, 0, mustLoad(t, "Europe/Warsaw")),
			add:    12 * time.Hour,
			want:   time.Date(2024, 2, 22, 14, 0, 0, 0, mustLoad(t, "Europe/Warsaw")),
		},
		{
			name:   "10 business hours from Friday 16:00 in Madrid across the change to summer time",
			source: "Cartero: Mon–Fri 09–18 with Spain's national holidays; clocks go forward on Sunday 29 March 2026",
			cal:    withSpain("Europe/Madrid; mon-fri 09:00-18:00"),
			start:  time.Date(2026, 3, 27, 16, 0, 0, 0, madrid),
			add:    10 * time.Hour,
			want:   time.Date(2026, 3, 30, 17, 0, 0, 0, madrid),
		},
		{
			name:   "the same from Thursday 2 April 2026: Good Friday is closed",
			source: "Cartero: Viernes Santo, 3 April 2026, is a national holiday in Spain; Jueves Santo and Easter Monday are regional",
			cal:    withSpain("Europe/Madrid; mon-fri 09:00-18:00"),
			start:  time.Date(2026, 4, 2, 16, 0, 0, 0, madrid),
			add:    10 * time.Hour,
			want:   time.Date(2026, 4, 6, 17, 0, 0, 0, madrid),
		},
		{
			name:   "split shift: Friday 13:00 + 3 h on mon-fri 09-14,16-19 and Saturday morning",
			source: "Cartero: the Spanish jornada partida",
			cal:    sla.MustParseCalendar("Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00; sat 10:00-13:00"),
			start:  time.Date(2026, 5, 8, 13, 0, 0, 0, madrid),
			add:    5 * time.Hour,
			want:   time.Date(2026, 5, 9, 11, 0, 0, 0, madrid),
		},
		{
			name:   "24 December 09:00–13:00 and Christmas closed",
			source: "Cartero: date overrides",
			cal:    sla.MustParseCalendar("Europe/Madrid; mon-fri 09:00-17:00; closed 2026-12-25; 2026-12-24 09:00-13:00"),
			start:  time.Date(2026, 12, 24, 12, 0, 0, 0, madrid),
			add:    2 * time.Hour,
			want:   time.Date(2026, 12, 28, 10, 0, 0, 0, madrid),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.cal.Add(tt.start, tt.add)
			if !got.Equal(tt.want) {
				t.Errorf("%s\nAdd(%s, %s) = %s, want %s (%s)", tt.cal, tt.start, tt.add, got, tt.want, tt.source)
			}
			if e := tt.cal.Elapsed(tt.start, tt.want); e != tt.add {
				t.Errorf("Elapsed(%s, %s) = %s, want %s", tt.start, tt.want, e, tt.add)
			}
			// The same instant in another zone gives the same answer.
			if got := tt.cal.Add(tt.start.In(mustLoad(t, "Asia/Tokyo")), tt.add); !got.Equal(tt.want) {
				t.Errorf("from Tokyo: %s, want %s", got, tt.want)
			}
		})
	}
}

// TestChangeOfClock checks the cases where rickar/cal's BusinessCalendar
// (v2.1.26) goes wrong on the day the clock goes forward in Madrid, 29
// March 2026: it starts a 09:00 working day at 10:00, gives Sunday 11:00
// for Saturday 16:00 plus two hours on a seven-day 09–17 calendar, and
// Tuesday 31 March 12:00 for Friday 12:00 plus 72 hours round the clock.
func TestChangeOfClock(t *testing.T) {
	madrid := mustLoad(t, "Europe/Madrid")
	daily := sla.MustParseCalendar("Europe/Madrid; daily 09:00-17:00")
	if got, want := daily.NextOpen(time.Date(2026, 3, 29, 0, 0, 0, 0, madrid)), time.Date(2026, 3, 29, 9, 0, 0, 0, madrid); !got.Equal(want) {
		t.Errorf("the working day starts at %s, want %s", got, want)
	}
	if got, want := daily.Add(time.Date(2026, 3, 28, 16, 0, 0, 0, madrid), 2*time.Hour), time.Date(2026, 3, 29, 10, 0, 0, 0, madrid); !got.Equal(want) {
		t.Errorf("Saturday 16:00 + 2h = %s, want %s", got, want)
	}
	always := sla.MustParseCalendar("Europe/Madrid; 24x7")
	fri := time.Date(2026, 3, 27, 12, 0, 0, 0, madrid)
	if got, want := always.Add(fri, 72*time.Hour), time.Date(2026, 3, 30, 13, 0, 0, 0, madrid); !got.Equal(want) {
		t.Errorf("Friday 12:00 + 72h round the clock = %s, want %s", got, want)
	}
}

// TestWallClock pins down what a time of day means on the days the clock
// changes.
func TestWallClock(t *testing.T) {
	madrid := mustLoad(t, "Europe/Madrid")
	stJohns := mustLoad(t, "America/St_Johns")
	apia := mustLoad(t, "Pacific/Apia")
	utc := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	tests := []struct {
		name     string
		spec     string
		from, to time.Time
		want     time.Duration
	}{
		// 29 March 2026: 02:00 CET becomes 03:00 CEST (01:00 UTC).
		{"a range in the gap is empty", "Europe/Madrid; sun 02:00-03:00", utc(2026, 3, 28, 0, 0), utc(2026, 3, 30, 0, 0), 0},
		{"a range from the gap starts when the clock jumps", "Europe/Madrid; sun 02:30-04:00", utc(2026, 3, 28, 0, 0), utc(2026, 3, 30, 0, 0), time.Hour},
		{"a day is 23 hours", "Europe/Madrid; sun 00:00-24:00", utc(2026, 3, 28, 0, 0), utc(2026, 3, 31, 0, 0), 23 * time.Hour},
		{"a night across the change", "Europe/Madrid; sat 22:00-06:00", utc(2026, 3, 28, 0, 0), utc(2026, 3, 31, 0, 0), 7 * time.Hour},
		// 25 October 2026: 03:00 CEST becomes 02:00 CET (01:00 UTC).
		{"a day is 25 hours", "Europe/Madrid; sun 00:00-24:00", utc(2026, 10, 24, 0, 0), utc(2026, 10, 27, 0, 0), 25 * time.Hour},
		{"an ambiguous start is its first occurrence", "Europe/Madrid; sun 02:30-04:00", utc(2026, 10, 24, 0, 0), utc(2026, 10, 27, 0, 0), 150 * time.Minute},
		{"an ambiguous range runs until the clock reads its end", "Europe/Madrid; sun 02:00-02:30", utc(2026, 10, 24, 0, 0), utc(2026, 10, 27, 0, 0), 30 * time.Minute},
		{"a range up to the repeated hour's end", "Europe/Madrid; sun 02:30-03:00", utc(2026, 10, 24, 0, 0), utc(2026, 10, 27, 0, 0), 90 * time.Minute},
		// 7 November 2010 in St. John's: 00:01 NDT becomes 23:01 NST on the 6th.
		{"a change at 00:01 back into the day before", "America/St_Johns; sun 00:00-01:00", time.Date(2010, 11, 6, 12, 0, 0, 0, stJohns), time.Date(2010, 11, 8, 0, 0, 0, 0, stJohns), 2 * time.Hour},
		{"the day before ends at its first midnight", "America/St_Johns; sat 23:00-24:00", time.Date(2010, 11, 6, 12, 0, 0, 0, stJohns), time.Date(2010, 11, 8, 0, 0, 0, 0, stJohns), time.Hour},
		// Samoa skipped Friday 30 December 2011.
		{"a date that never happened", "Pacific/Apia; fri 09:00-17:00", time.Date(2011, 12, 29, 0, 0, 0, 0, apia), time.Date(2012, 1, 1, 0, 0, 0, 0, apia), 0},
		{"24×7 across the skipped day", "Pacific/Apia; 24x7", time.Date(2011, 12, 29, 0, 0, 0, 0, apia), time.Date(2012, 1, 1, 0, 0, 0, 0, apia), 48 * time.Hour},
		{"a closed date cuts a night at midnight", "Europe/Madrid; daily 22:00-06:00; closed 2026-05-06", time.Date(2026, 5, 5, 12, 0, 0, 0, madrid), time.Date(2026, 5, 7, 12, 0, 0, 0, madrid), 2 * time.Hour},
		{"an override keeps the night before", "Europe/Madrid; daily 22:00-06:00; 2026-05-06 none", time.Date(2026, 5, 5, 12, 0, 0, 0, madrid), time.Date(2026, 5, 7, 12, 0, 0, 0, madrid), 8 * time.Hour},
		{"an override wins over a closed date", "Europe/Madrid; daily 22:00-06:00; closed 2026-05-06; 2026-05-06 22:00-06:00", time.Date(2026, 5, 5, 12, 0, 0, 0, madrid), time.Date(2026, 5, 7, 12, 0, 0, 0, madrid), 16 * time.Hour},
		{"overlapping ranges count once", "UTC; mon 09:00-13:00,11:00-15:00,12:00-12:30", utc(2026, 3, 2, 0, 0), utc(2026, 3, 3, 0, 0), 6 * time.Hour},
		{"00:00-00:00 is the whole day", "UTC; mon 00:00-00:00", utc(2026, 3, 2, 0, 0), utc(2026, 3, 4, 0, 0), 24 * time.Hour},
		{"09:00-09:00 runs to 09:00 the next day", "UTC; mon 09:00-09:00", utc(2026, 3, 2, 0, 0), utc(2026, 3, 4, 0, 0), 24 * time.Hour},
		{"22:00-00:00 stops at midnight", "UTC; mon 22:00-00:00", utc(2026, 3, 2, 0, 0), utc(2026, 3, 4, 0, 0), 2 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := sla.MustParseCalendar(tt.spec)
			if got := c.Elapsed(tt.from, tt.to); got != tt.want {
				t.Errorf("%s: Elapsed(%s, %s) = %s, want %s", tt.spec, tt.from, tt.to, got, tt.want)
			}
		})
	}

	// A holiday cuts a night at its midnight, like a closed date.
	nights := sla.MustParseCalendar("Europe/Madrid; daily 22:00-06:00")
	nights.Holidays = []sla.Holidays{sla.NewDates(sla.Date{Year: 2026, Month: 5, Day: 6})}
	if got := nights.Elapsed(time.Date(2026, 5, 5, 12, 0, 0, 0, madrid), time.Date(2026, 5, 7, 12, 0, 0, 0, madrid)); got != 2*time.Hour {
		t.Errorf("a night into a holiday: Elapsed = %s, want 2h", got)
	}

	// Open and NextOpen in the repeated hour of St. John's: the clock
	// shows Saturday again, but Sunday 00:00 has passed.
	c := sla.MustParseCalendar("America/St_Johns; sun 00:00-01:00")
	repeated := time.Date(2010, 11, 7, 3, 0, 0, 0, time.UTC) // 23:30 NST on Saturday the 6th
	if !c.Open(repeated) {
		t.Errorf("Open(%s) = false in the repeated hour after Sunday 00:00", repeated.In(stJohns))
	}
	midnight := time.Date(2026, 3, 29, 0, 0, 0, 0, madrid)
	if got := sla.MustParseCalendar("Europe/Madrid; sun 00:00-01:00").NextOpen(midnight); got != midnight {
		t.Errorf("NextOpen of an open instant moved it to %s", got)
	}
	spring := sla.MustParseCalendar("Europe/Madrid; sun 02:30-04:00")
	if got, want := spring.NextOpen(time.Date(2026, 3, 28, 12, 0, 0, 0, madrid)), utc(2026, 3, 29, 1, 0); !got.Equal(want) {
		t.Errorf("NextOpen before a range in the gap = %s, want %s", got, want)
	}
}

// TestAddEdges covers zero and negative durations, nil and never-open
// calendars, and results far away.
func TestAddEdges(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 10, 30, 0, 123, time.UTC)
	c := sla.MustParseCalendar("UTC; mon-fri 09:00-17:00")
	if got := c.Add(t0, 0); got != t0 {
		t.Errorf("Add(t, 0) = %s", got)
	}
	if got := c.Add(t0, -time.Hour); got != t0 {
		t.Errorf("Add(t, -1h) = %s", got)
	}
	if got := c.Elapsed(t0, t0.Add(-time.Hour)); got != 0 {
		t.Errorf("Elapsed backwards = %s", got)
	}
	var always *sla.Calendar
	if got := always.Add(t0, 36*time.Hour); !got.Equal(t0.Add(36 * time.Hour)) {
		t.Errorf("nil calendar: Add = %s", got)
	}
	if got := always.Elapsed(t0, t0.Add(5*time.Hour)); got != 5*time.Hour {
		t.Errorf("nil calendar: Elapsed = %s", got)
	}
	if !always.Open(t0) || always.NextOpen(t0) != t0 {
		t.Error("nil calendar: not open")
	}

	never := &sla.Calendar{}
	if got := never.Add(t0, time.Minute); !got.IsZero() {
		t.Errorf("never-open calendar: Add = %s, want the zero Time", got)
	}
	if got := never.NextOpen(t0); !got.IsZero() {
		t.Errorf("never-open calendar: NextOpen = %s", got)
	}
	if never.Open(t0) || never.Elapsed(t0, t0.AddDate(50, 0, 0)) != 0 {
		t.Error("never-open calendar is open")
	}

	// Open on a single date years away, with nothing in the week.
	once := sla.MustParseCalendar("Europe/Madrid; 2040-06-01 10:00-12:00")
	if got, want := once.Add(t0, time.Hour), time.Date(2040, 6, 1, 9, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("Add to a far override = %s, want %s", got, want)
	}
	if got, want := once.NextOpen(t0), time.Date(2040, 6, 1, 8, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("NextOpen to a far override = %s, want %s", got, want)
	}
	if got := once.Add(t0, 3*time.Hour); !got.IsZero() {
		t.Errorf("more than the calendar ever opens: %s", got)
	}

	// A holiday every day but one, found one day at a time.
	odd := sla.MustParseCalendar("UTC; daily 09:00-17:00")
	odd.Holidays = []sla.Holidays{sla.HolidayFunc(func(d sla.Date) bool { return d != sla.Date{Year: 2027, Month: 1, Day: 4} })}
	if got, want := odd.Add(t0, 8*time.Hour), time.Date(2027, 1, 4, 17, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("Add through holidays = %s, want %s", got, want)
	}

	// Whole weeks, years away, on both sides of changes of the clock.
	madrid := sla.MustParseCalendar("Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00")
	start := time.Date(2026, 1, 5, 9, 0, 0, 0, madrid.Location)
	for _, weeks := range []int{1, 10, 52, 520} {
		d := time.Duration(weeks) * 40 * time.Hour
		want := time.Date(2026, 1, 5, 19, 0, 0, 0, madrid.Location).AddDate(0, 0, 7*weeks-3)
		if got := madrid.Add(start, d); !got.Equal(want) {
			t.Errorf("Add %d weeks = %s, want %s", weeks, got, want)
		}
		if got := madrid.Elapsed(start, want); got != d {
			t.Errorf("Elapsed over %d weeks = %s, want %s", weeks, got, d)
		}
	}
}

// TestNanoseconds checks, at instants and durations that are not whole
// minutes, that Elapsed undoes Add, that Add gives the earliest instant,
// and that Elapsed adds up over consecutive spans.
func TestNanoseconds(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	n := 3000
	if raceEnabled {
		n = 500
	}
	for i := range n {
		z := oracleZones[i%len(oracleZones)]
		loc := mustLoad(t, z.name)
		start := randomStart(r, loc, z.from, z.to, z.transition)
		c, _ := randomCalendar(r, loc, start, 30)
		t0 := start.Add(time.Duration(r.Int64N(int64(48 * time.Hour))))
		d := time.Duration(r.Int64N(int64(200 * time.Hour)))
		got := c.Add(t0, d)
		if got.IsZero() {
			continue
		}
		if got.Before(t0) {
			t.Fatalf("%s\nAdd(%s, %s) = %s, before the start", c, t0, d, got)
		}
		if e := c.Elapsed(t0, got); e != d {
			t.Fatalf("%s\nElapsed(%s, Add(…, %s) = %s) = %s", c, t0, d, got, e)
		}
		if d > 0 && c.Elapsed(t0, got.Add(-1)) != d-1 {
			t.Fatalf("%s\nAdd(%s, %s) = %s is not the earliest instant", c, t0, d, got)
		}
		mid := t0.Add(time.Duration(r.Int64N(int64(got.Sub(t0)) + 1)))
		if a, b := c.Elapsed(t0, mid), c.Elapsed(mid, got); a+b != d {
			t.Fatalf("%s\nElapsed(%s, %s) + Elapsed(…, %s) = %s + %s, want %s", c, t0, mid, got, a, b, d)
		}
	}
}

// TestRuleYears crosses the end of leap years after a zone's last listed
// change, where the time package works the changes out from the zone's
// rule (and reports the end of the year a day early).
func TestRuleYears(t *testing.T) {
	for _, name := range []string{"Europe/Madrid", "America/New_York", "Australia/Lord_Howe", "America/Sao_Paulo"} {
		c := sla.MustParseCalendar(name + "; 24x7")
		for _, y := range []int{2040, 2044, 2096} {
			from := time.Date(y, 12, 30, 12, 0, 0, 0, time.UTC)
			to := time.Date(y+1, 1, 2, 12, 0, 0, 0, time.UTC)
			if got := c.Elapsed(from, to); got != to.Sub(from) {
				t.Errorf("%s: Elapsed(%s, %s) = %s", name, from, to, got)
			}
			if got := c.Add(from, to.Sub(from)); !got.Equal(to) {
				t.Errorf("%s: Add = %s, want %s", name, got, to)
			}
			if got := c.Add(from, 24*time.Hour*400); !got.Equal(from.Add(24 * time.Hour * 400)) {
				t.Errorf("%s: Add 400 days = %s", name, got)
			}
		}
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		cal  sla.Calendar
		want error
	}{
		{"zero", sla.Calendar{}, nil},
		{"start at 24:00", sla.Calendar{Week: [7][]sla.Range{1: {{Start: 24 * sla.Hour, End: 24 * sla.Hour}}}}, sla.ErrRange},
		{"end past 24:00", sla.Calendar{Week: [7][]sla.Range{1: {{Start: 0, End: 25 * sla.Hour}}}}, sla.ErrRange},
		{"negative", sla.Calendar{Week: [7][]sla.Range{1: {{Start: -1, End: 60}}}}, sla.ErrRange},
		{"closed 30 February", sla.Calendar{Closed: []sla.Date{{Year: 2026, Month: 2, Day: 30}}}, sla.ErrDate},
		{"override on 31 April", sla.Calendar{Overrides: map[sla.Date][]sla.Range{{Year: 2026, Month: 4, Day: 31}: nil}}, sla.ErrDate},
		{"bad override range", sla.Calendar{Overrides: map[sla.Date][]sla.Range{{Year: 2026, Month: 4, Day: 30}: {{Start: 0, End: 1441}}}}, sla.ErrRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cal.Validate()
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Errorf("Validate() = %v, want %v", err, tt.want)
			}
			if tt.want != nil {
				if _, err := tt.cal.MarshalJSON(); !errors.Is(err, tt.want) {
					t.Errorf("MarshalJSON() = %v, want %v", err, tt.want)
				}
			}
		})
	}
}

// TestConcurrentUse shares one calendar, holiday set and policy between
// goroutines, for the race detector: none of them is modified by use.
func TestConcurrentUse(t *testing.T) {
	p := prompt6h(t)
	p.Calendar.Holidays = []sla.Holidays{spain(t)}
	events := conversation50()
	done := make(chan time.Duration)
	for g := range 4 {
		go func() {
			var sum time.Duration
			for i := range 50 {
				t0 := time.Date(2026, 1, 1+i, g, 0, 0, 0, p.Calendar.Location)
				sum += p.Calendar.Elapsed(t0, p.Calendar.Add(t0, time.Duration(i)*time.Hour))
				sum += p.Status(events, t0.AddDate(0, 5, 0)).Metrics[0].Elapsed
			}
			done <- sum
		}()
	}
	first := <-done
	for range 3 {
		if got := <-done; got == 0 || first == 0 {
			t.Error("no business time counted")
		}
	}
}

// TestNoAllocations holds Add, Elapsed, Open and NextOpen to no allocation.
func TestNoAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates")
	}
	c := sla.MustParseCalendar(benchSplit + "; closed 2026-05-15; 2026-12-24 09:00-13:00")
	c.Holidays = []sla.Holidays{spain(t), sla.NewDates(sla.Date{Year: 2026, Month: 5, Day: 2})}
	t0 := time.Date(2026, 3, 27, 16, 0, 0, 0, c.Location)
	never := &sla.Calendar{}
	for name, f := range map[string]func(){
		"Add 10h":    func() { sinkTime = c.Add(t0, 10*time.Hour) },
		"Add 2000h":  func() { sinkTime = c.Add(t0, 2000*time.Hour) },
		"Elapsed":    func() { sinkDuration = c.Elapsed(t0, t0.AddDate(1, 0, 0)) },
		"NextOpen":   func() { sinkTime = c.NextOpen(t0.Add(3 * time.Hour)) },
		"Open":       func() { _ = c.Open(t0) },
		"nil Add":    func() { sinkTime = (*sla.Calendar)(nil).Add(t0, time.Hour) },
		"never open": func() { sinkTime = never.Add(t0, time.Hour) },
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocations", name, n)
		}
	}
}
