package sla_test

import (
	"testing"
	"time"

	"github.com/cartero/cartero/sla"
	"github.com/cartero/cartero/sla/calholidays"
	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/es"
)

// The benchmark calendars are in Madrid with Spain's national holidays:
// the split shift of a Spanish office, and Monday to Friday 09:00–17:00,
// which rickar/cal's BusinessCalendar can also express.
const (
	benchSplit      = "Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00; sat 10:00-13:00"
	benchNineToFive = "Europe/Madrid; mon-fri 09:00-17:00"
)

// benchStarts returns start times spread over 2026, business hours or
// not, so that no one day or week is measured alone.
func benchStarts(loc *time.Location) []time.Time {
	var ts []time.Time
	t := time.Date(2026, 1, 2, 8, 17, 0, 0, loc)
	for range 64 {
		ts = append(ts, t)
		t = t.Add(137*time.Hour + 11*time.Minute)
	}
	return ts
}

func benchCalendar(b *testing.B, spec string) *sla.Calendar {
	b.Helper()
	c := sla.MustParseCalendar(spec)
	c.Holidays = []sla.Holidays{spain(b)}
	return c
}

var sinkTime time.Time

func benchAdd(b *testing.B, spec string, d time.Duration) {
	c := benchCalendar(b, spec)
	starts := benchStarts(c.Location)
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		sinkTime = c.Add(starts[i%len(starts)], d)
	}
}

// BenchmarkAdd10h adds 10 business hours on the split-shift calendar.
func BenchmarkAdd10h(b *testing.B) { benchAdd(b, benchSplit, 10*time.Hour) }

// BenchmarkAdd2000h adds 2,000 business hours (about a year) on the
// split-shift calendar.
func BenchmarkAdd2000h(b *testing.B) { benchAdd(b, benchSplit, 2000*time.Hour) }

// BenchmarkAdd2000hNineToFive adds 2,000 business hours on Monday to Friday
// 09:00–17:00, the schedule of BenchmarkRickarAddWorkHours2000h.
func BenchmarkAdd2000hNineToFive(b *testing.B) { benchAdd(b, benchNineToFive, 2000*time.Hour) }

// BenchmarkRickarAddWorkHours2000h does what BenchmarkAdd2000hNineToFive
// does with rickar/cal's BusinessCalendar: Monday to Friday 09:00–17:00 in
// Madrid with Spain's national holidays, its holiday cache on.
func BenchmarkRickarAddWorkHours2000h(b *testing.B) {
	c := cal.NewBusinessCalendar()
	c.SetWorkHours(9*time.Hour, 17*time.Hour)
	c.AddHoliday(es.Holidays...)
	c.Cacheable = true
	starts := benchStarts(mustLoad(b, "Europe/Madrid"))
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		sinkTime = c.AddWorkHours(starts[i%len(starts)], 2000*time.Hour)
	}
}

var sinkDuration time.Duration

// BenchmarkElapsedWeek measures a week of business time.
func BenchmarkElapsedWeek(b *testing.B) {
	c := benchCalendar(b, benchSplit)
	starts := benchStarts(c.Location)
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		t := starts[i%len(starts)]
		sinkDuration = c.Elapsed(t, t.Add(7*24*time.Hour))
	}
}

var sinkStatus sla.Status

// conversation50 returns 50 events of a conversation over two weeks: a
// customer who writes again and again, replies, notes, a wait on the
// customer, a change of priority, an auto-reply, a solution and a
// reopening.
func conversation50() []sla.Event {
	loc, _ := time.LoadLocation("Europe/Madrid")
	t := time.Date(2026, 5, 4, 9, 40, 0, 0, loc)
	var events []sla.Event
	add := func(d time.Duration, e sla.Event) {
		t = t.Add(d)
		e.At = t
		events = append(events, e)
	}
	add(0, sla.Event{Kind: sla.Inbound, Type: "question"})
	for round := 0; len(events) < 44; round++ {
		add(2*time.Hour, sla.Event{Kind: sla.Note})
		add(3*time.Hour, sla.Event{Kind: sla.Reply})
		add(20*time.Minute, sla.Event{Kind: sla.StatusChange, To: sla.Pending})
		add(14*time.Hour, sla.Event{Kind: sla.Inbound, Auto: round%3 == 0})
		add(30*time.Minute, sla.Event{Kind: sla.Inbound})
		if round == 2 {
			add(time.Hour, sla.Event{Kind: sla.PriorityChange, Priority: "high"})
		}
	}
	add(time.Hour, sla.Event{Kind: sla.Reply})
	add(time.Hour, sla.Event{Kind: sla.StatusChange, To: sla.Solved})
	add(30*time.Hour, sla.Event{Kind: sla.Inbound})
	add(time.Hour, sla.Event{Kind: sla.Note})
	add(2*time.Hour, sla.Event{Kind: sla.Reply})
	for len(events) < 50 {
		add(time.Hour, sla.Event{Kind: sla.Note})
	}
	return events[:50]
}

// BenchmarkStatus50 computes the status of a 50-event conversation under
// prompt6h with a resolution target, on the split-shift calendar.
func BenchmarkStatus50(b *testing.B) {
	p, err := sla.ParsePolicy("prompt6h")
	if err != nil {
		b.Fatal(err)
	}
	p.Calendar = benchCalendar(b, benchSplit)
	p.Rules[0].Targets.Resolution = sla.Target{Within: 40 * time.Hour, Business: true, Warn: []sla.Threshold{{Percent: 80}}}
	events := conversation50()
	now := events[len(events)-1].At.Add(time.Hour)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		sinkStatus = p.Status(events, now)
	}
}

// TestBenchConversation keeps the benchmark's conversation what its
// comment says.
func TestBenchConversation(t *testing.T) {
	events := conversation50()
	if len(events) != 50 {
		t.Fatalf("%d events", len(events))
	}
	p, _ := sla.ParsePolicy("prompt6h")
	p.Calendar = sla.MustParseCalendar(benchSplit)
	s := p.Status(events, events[49].At)
	if len(s.History) < 10 || s.Phase != sla.Open {
		t.Errorf("%d cycles, phase %s", len(s.History), s.Phase)
	}
	_ = calholidays.FirstYear
}
