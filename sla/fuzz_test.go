package sla_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/cartero/cartero/sla"
)

// FuzzCalendar checks the text form and the arithmetic of any calendar the
// parser accepts: the text and JSON forms read back to the same calendar;
// Elapsed undoes Add, which gives the earliest instant; NextOpen is open;
// and on whole minutes, Add, Elapsed and Open agree with the oracle over a
// few days.
func FuzzCalendar(f *testing.F) {
	for _, s := range []string{
		"Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00; sat 10:00-13:00; closed 2026-12-25; 2026-12-24 09:00-13:00",
		"America/New_York; daily 22:00-06:00; 2026-03-08 none",
		"America/Sao_Paulo; mon-sun 00:00-00:00; closed 2018-11-04",
		"Australia/Lord_Howe; sat-sun 01:30-02:30,02:00-03:00",
		"Asia/Kathmandu; 24x7",
		"UTC",
		"America/St_Johns; sun 00:00-01:00; sat 23:00-24:00",
		"Pacific/Apia; fri 09:00-17:00; thu 23:00-01:00",
		"Europe/Madrid\n# comment\nmon 09:00-09:00",
	} {
		f.Add(s, int64(1774000000), int64(10*time.Hour), uint16(600))
	}
	f.Add("Europe/Madrid; sun 02:00-03:00", int64(1774742400), int64(time.Hour), uint16(3000))
	f.Add("America/St_Johns; sun 00:00-01:00", int64(1289095200), int64(2*time.Hour), uint16(300))
	f.Fuzz(func(t *testing.T, spec string, start, d int64, dmin uint16) {
		c, err := sla.ParseCalendar(spec)
		if err != nil {
			var pe *sla.ParseError
			if c != nil || !errors.As(err, &pe) || !slices.ContainsFunc([]error{sla.ErrSyntax, sla.ErrZone, sla.ErrClock, sla.ErrDate, sla.ErrRange},
				func(e error) bool { return errors.Is(err, e) }) {
				t.Fatalf("ParseCalendar(%q) = %v, %v", spec, c, err)
			}
			return
		}
		text := c.String()
		back, err := sla.ParseCalendar(text)
		if err != nil || !back.Equal(c) || back.String() != text {
			t.Fatalf("text form %q read back as %v, %v", text, back, err)
		}
		j, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("MarshalJSON: %v", err)
		}
		var fromJSON sla.Calendar
		if err := json.Unmarshal(j, &fromJSON); err != nil || !fromJSON.Equal(c) {
			t.Fatalf("JSON %s read back as %v, %v", j, &fromJSON, err)
		}
		if len(c.Overrides)+len(c.Closed) > 200 {
			return // the arithmetic needs no such calendars
		}

		// Nanoseconds, from 2000 to 2040.
		lo, hi := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano(), time.Date(2040, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano()
		t0 := time.Unix(0, lo+int64(uint64(start)%uint64(hi-lo)))
		d = int64(uint64(d) % uint64(800*time.Hour))
		got := c.Add(t0, time.Duration(d))
		if !got.IsZero() {
			if got.Before(t0) {
				t.Fatalf("%s: Add(%s, %s) = %s, before", c, t0, time.Duration(d), got)
			}
			if e := c.Elapsed(t0, got); e != time.Duration(d) {
				t.Fatalf("%s: Elapsed(%s, Add(…, %s) = %s) = %s", c, t0, time.Duration(d), got, e)
			}
			if d > 0 && c.Elapsed(t0, got.Add(-1)) >= time.Duration(d) {
				t.Fatalf("%s: Add(%s, %s) = %s is not the earliest", c, t0, time.Duration(d), got)
			}
		}
		if next := c.NextOpen(t0); !next.IsZero() && (next.Before(t0) || !c.Open(next)) {
			t.Fatalf("%s: NextOpen(%s) = %s, not open", c, t0, next)
		}

		// Whole minutes against the oracle over four days.
		const days = 4
		tm := t0.Truncate(time.Minute)
		hol := map[sla.Date]bool{}
		o := newOracle(c, hol, tm, days*1440)
		i := int(dmin) % (days * 1440)
		ti := o.at(i)
		want := o.add(i, int64(dmin)/4)
		got = c.Add(ti, time.Duration(dmin/4)*time.Minute)
		if want >= 0 && !got.Equal(o.at(want)) {
			t.Fatalf("%s: Add(%s, %dm) = %s, oracle %s", c, ti, dmin/4, got, o.at(want))
		}
		if want < 0 && !got.IsZero() && got.Before(o.at(days*1440)) {
			t.Fatalf("%s: Add(%s, %dm) = %s, oracle: after %s", c, ti, dmin/4, got, o.at(days*1440))
		}
		j2 := min(i+int(dmin), days*1440)
		if e, w := c.Elapsed(ti, o.at(j2)), time.Duration(o.prefix[j2]-o.prefix[i])*time.Minute; e != w {
			t.Fatalf("%s: Elapsed(%s, %s) = %s, oracle %s", c, ti, o.at(j2), e, w)
		}
		if c.Open(ti) != o.open[i] {
			t.Fatalf("%s: Open(%s) = %v, oracle %v", c, ti, !o.open[i], o.open[i])
		}
	})
}

// FuzzICalendar checks that ReadICalendar returns dates or an error of its
// own, never panics, and that the dates come in order.
func FuzzICalendar(f *testing.F) {
	if b, err := os.ReadFile("testdata/madrid.ics"); err == nil {
		f.Add(b)
	}
	f.Add([]byte("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20240229\r\nRRULE:FREQ=YEARLY;COUNT=3\r\nEXDATE:20280229\r\nEND:VEVENT\r\n"))
	f.Add([]byte("BEGIN:VEVENT\nDTSTART:20261231\nDURATION:P2W\nRDATE;VALUE=DATE:20270105,20270106\nEND:VEVENT\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := sla.ReadICalendar(bytes.NewReader(b))
		if err != nil {
			var pe *sla.ParseError
			if !errors.Is(err, sla.ErrTooLarge) && !(errors.Is(err, sla.ErrICalendar) && errors.As(err, &pe)) {
				t.Fatalf("error %v of no kind", err)
			}
			return
		}
		from, until := sla.Date{Year: 1990, Month: 1, Day: 1}, sla.Date{Year: 2040, Month: 1, Day: 1}
		ds := s.Between(from, until)
		for k, d := range ds {
			if !d.Valid() || d.Before(from) || !d.Before(until) || (k > 0 && !ds[k-1].Before(d)) {
				t.Fatalf("dates out of order or range: %v", ds)
			}
			if !s.Contains(d) {
				t.Fatalf("%s listed but not contained", d)
			}
		}
	})
}

// FuzzStatus checks the status of any sequence of events: no panic, the
// events after now do not count, the clocks add up, and nothing is due in
// the past while a clock still runs.
func FuzzStatus(f *testing.F) {
	f.Add([]byte{0, 10, 0, 1, 200, 0, 3, 30, 1, 0, 100, 0, 1, 5, 0}, uint16(900))
	f.Add([]byte{0, 0, 0, 3, 10, 3, 0, 50, 0, 3, 0, 4, 1, 255, 0, 5, 1, 1, 4, 2, 2}, uint16(40))
	cal := sla.MustParseCalendar("Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00; sat 10:00-13:00")
	p, err := sla.ParsePolicy("prompt2h")
	if err != nil {
		f.Fatal(err)
	}
	p.Calendar = cal
	p.Rules = append([]sla.Rule{{Name: "urgent", Priorities: []string{"urgent"}, Targets: sla.Targets{
		FirstReply:     sla.Target{Within: 30 * time.Minute, Warn: []sla.Threshold{{Percent: 50}}},
		NextReply:      sla.Target{Within: time.Hour, Business: true, PauseOn: []sla.Phase{sla.Pending, sla.OnHold}},
		PeriodicUpdate: sla.Target{Within: 3 * time.Hour, Business: true, PauseOn: []sla.Phase{sla.Pending}},
		Resolution:     sla.Target{Within: 16 * time.Hour, Business: true, Warn: []sla.Threshold{{Before: 2 * time.Hour}, {Percent: 90}}},
	}}}, p.Rules...)
	start := time.Date(2026, 3, 27, 8, 0, 0, 0, cal.Location)
	f.Fuzz(func(t *testing.T, b []byte, nowMin uint16) {
		var events []sla.Event
		at := start
		for len(b) >= 3 && len(events) < 100 {
			kind, step, flags := b[0], b[1], b[2]
			b = b[3:]
			at = at.Add(time.Duration(step) * 7 * time.Minute)
			e := sla.Event{At: at, Kind: sla.Kind(kind % 8), Auto: flags&1 != 0, To: sla.Phase((flags >> 1) % 6)}
			if flags&16 != 0 {
				e.Priority = "urgent"
			}
			if e.Kind == sla.PolicyChange {
				e.Policy = []string{"prompt", "prompt6h", "nope"}[flags>>5%3]
			}
			if flags&128 != 0 {
				e.At = start.Add(time.Duration(flags) * time.Hour) // out of order
			}
			events = append(events, e)
		}
		now := start.Add(time.Duration(nowMin) * 5 * time.Minute)
		s := p.Status(events, now)
		var upTo []sla.Event
		for _, e := range events {
			if !e.At.After(now) {
				upTo = append(upTo, e)
			}
		}
		s2 := p.Status(upTo, now)
		if signature(s) != signature(s2) || len(s.History) != len(s2.History) {
			t.Fatalf("events after now changed the status: %s / %s", signature(s), signature(s2))
		}
		if !s.NextChange.IsZero() && !s.NextChange.After(now) {
			t.Fatalf("NextChange %s is not after now %s", s.NextChange, now)
		}
		for _, ms := range append(slices.Clone(s.Metrics), s.History...) {
			if ms.Remaining != ms.Target-ms.Elapsed || ms.Elapsed < 0 || ms.State.String() == "" {
				t.Fatalf("%s: target %s, elapsed %s, remaining %s", ms.Metric, ms.Target, ms.Elapsed, ms.Remaining)
			}
			switch ms.State {
			case sla.Active:
				if !ms.Due.IsZero() && !ms.Due.After(now) {
					t.Fatalf("%s active but due at %s, now %s", ms.Metric, ms.Due, now)
				}
			case sla.Breached:
				if ms.Due.After(now) {
					t.Fatalf("%s breached but due at %s, now %s", ms.Metric, ms.Due, now)
				}
			case sla.Achieved, sla.AchievedLate:
				if ms.End.IsZero() || ms.End.After(now) || ms.End.Before(ms.Start) {
					t.Fatalf("%s ended at %s, started %s, now %s", ms.Metric, ms.End, ms.Start, now)
				}
			}
		}
		if _, err := json.Marshal(s); err != nil {
			t.Fatal(err)
		}
	})
}
