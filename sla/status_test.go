package sla_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/sla"
)

// split is the calendar of the status tests: eight hours a day in two
// shifts.
const split = "Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00"

// at returns a time in Madrid in May 2026 (Monday is the 4th).
func at(day, hour, min int) time.Time {
	loc, _ := time.LoadLocation("Europe/Madrid")
	return time.Date(2026, 5, day, hour, min, 0, 0, loc)
}

func prompt6h(t testing.TB) *sla.Policy {
	t.Helper()
	p, err := sla.ParsePolicy("prompt6h")
	if err != nil {
		t.Fatal(err)
	}
	p.Calendar = sla.MustParseCalendar(split)
	return p
}

// want describes a metric's status in a test.
type want struct {
	state     sla.State
	due       time.Time
	remaining time.Duration
	warnings  int
}

func checkMetric(t *testing.T, s sla.Status, m sla.Metric, w want) {
	t.Helper()
	ms, ok := s.Metrics.Get(m)
	if !ok {
		t.Fatalf("at %s: no %s in %v", s.At, m, s.Metrics)
	}
	if ms.State != w.state || !ms.Due.Equal(w.due) || ms.Remaining != w.remaining || len(ms.Warnings) != w.warnings {
		t.Errorf("at %s, %s: %s due %s, %s left, %d warnings; want %s due %s, %s left, %d warnings",
			s.At.Format("Mon 02 15:04"), m, ms.State, ms.Due, ms.Remaining, len(ms.Warnings),
			w.state, w.due, w.remaining, w.warnings)
	}
}

// TestStatusConversation follows one conversation under prompt6h.
func TestStatusConversation(t *testing.T) {
	p := prompt6h(t)
	events := []sla.Event{
		{At: at(4, 10, 0), Kind: sla.Inbound, Channel: correspondence.Email, Type: "question"},
		{At: at(4, 11, 0), Kind: sla.Reply, Auto: true}, // an acknowledgement does not answer
		{At: at(4, 12, 30), Kind: sla.Note},
		{At: at(4, 17, 30), Kind: sla.Reply},
		{At: at(5, 9, 30), Kind: sla.Inbound},
		{At: at(5, 10, 0), Kind: sla.StatusChange, To: sla.Pending},
		{At: at(5, 16, 0), Kind: sla.Inbound},
		{At: at(5, 16, 30), Kind: sla.Inbound, Auto: true}, // out of office: no clock moves
		{At: at(6, 10, 0), Kind: sla.Reply},
		{At: at(6, 12, 0), Kind: sla.StatusChange, To: sla.Solved},
	}
	steps := []struct {
		now        time.Time
		metric     sla.Metric
		want       want
		nextChange time.Time
	}{
		// 6 business hours from Monday 10:00: 10–14 and 16–18. Warnings at
		// 75 % (4h30m: 16:30) and one hour before (17:00).
		{at(4, 9, 0), sla.FirstReply, want{state: sla.Inactive, remaining: 6 * time.Hour}, time.Time{}},
		{at(4, 12, 0), sla.FirstReply, want{sla.Active, at(4, 18, 0), 4 * time.Hour, 0}, at(4, 16, 30)},
		{at(4, 15, 0), sla.FirstReply, want{sla.Active, at(4, 18, 0), 2 * time.Hour, 0}, at(4, 16, 30)},
		{at(4, 16, 45), sla.FirstReply, want{sla.Active, at(4, 18, 0), 75 * time.Minute, 1}, at(4, 17, 0)},
		{at(4, 17, 0), sla.FirstReply, want{sla.Active, at(4, 18, 0), time.Hour, 2}, at(4, 18, 0)},
		{at(4, 17, 30), sla.FirstReply, want{sla.Achieved, at(4, 18, 0), 30 * time.Minute, 2}, time.Time{}},
		{at(4, 17, 30), sla.NextReply, want{state: sla.Inactive, remaining: 6 * time.Hour}, time.Time{}},
		// Tuesday 09:30: the next reply is due at 17:30; pending at 10:00
		// stops it with 5h30m left; the customer's answer at 16:00
		// restarts it, anchored to 09:30, due Wednesday 11:30.
		{at(5, 9, 45), sla.NextReply, want{sla.Active, at(5, 17, 30), 5*time.Hour + 45*time.Minute, 0}, at(5, 14, 0)},
		{at(5, 12, 0), sla.NextReply, want{state: sla.Paused, remaining: 5*time.Hour + 30*time.Minute}, time.Time{}},
		{at(5, 18, 0), sla.NextReply, want{sla.Active, at(6, 11, 30), 3*time.Hour + 30*time.Minute, 0}, at(6, 10, 0)},
		{at(6, 11, 0), sla.NextReply, want{sla.Achieved, at(6, 11, 30), 90 * time.Minute, 1}, time.Time{}},
		{at(8, 9, 0), sla.FirstReply, want{sla.Achieved, at(4, 18, 0), 30 * time.Minute, 2}, time.Time{}},
	}
	for _, st := range steps {
		s := p.Status(events, st.now)
		checkMetric(t, s, st.metric, st.want)
		if !s.NextChange.Equal(st.nextChange) {
			t.Errorf("at %s: NextChange = %s, want %s", st.now.Format("Mon 02 15:04"), s.NextChange, st.nextChange)
		}
	}

	s := p.Status(events, at(8, 9, 0))
	if s.Phase != sla.Solved || s.Policy != "prompt6h" || s.Rule != "prompt6h" || len(s.Defects) != 0 {
		t.Errorf("final status: phase %s, policy %q, rule %q, defects %v", s.Phase, s.Policy, s.Rule, s.Defects)
	}
	if s.Attributes.Channel != correspondence.Email || s.Attributes.Type != "question" {
		t.Errorf("attributes %+v", s.Attributes)
	}
	if len(s.History) != 2 || s.History[0].Metric != sla.FirstReply || s.History[1].Metric != sla.NextReply ||
		!s.History[1].Start.Equal(at(5, 9, 30)) || !s.History[1].End.Equal(at(6, 10, 0)) {
		t.Errorf("history %+v", s.History)
	}
	if s.Breaches() != 0 {
		t.Errorf("Breaches = %d", s.Breaches())
	}

	// Breached, then achieved late.
	late := []sla.Event{{At: at(4, 10, 0), Kind: sla.Inbound}, {At: at(5, 10, 0), Kind: sla.Reply}}
	s = p.Status(late, at(4, 18, 30))
	checkMetric(t, s, sla.FirstReply, want{sla.Breached, at(4, 18, 0), -30 * time.Minute, 2})
	if !s.NextChange.IsZero() || s.Breaches() != 1 {
		t.Errorf("breached: NextChange %s, Breaches %d", s.NextChange, s.Breaches())
	}
	// Waiting on the customer from the very instant it is due: breached,
	// and due then; answered at that instant: achieved.
	onTheDot := []sla.Event{{At: at(4, 10, 0), Kind: sla.Inbound}, {At: at(4, 18, 0), Kind: sla.StatusChange, To: sla.Pending}}
	checkMetric(t, p.Status(onTheDot, at(4, 19, 0)), sla.FirstReply, want{sla.Breached, at(4, 18, 0), 0, 2})
	onTheDot[1] = sla.Event{At: at(4, 18, 0), Kind: sla.Reply}
	checkMetric(t, p.Status(onTheDot, at(4, 19, 0)), sla.FirstReply, want{sla.Achieved, at(4, 18, 0), 0, 2})

	s = p.Status(late, at(5, 12, 0))
	checkMetric(t, s, sla.FirstReply, want{sla.AchievedLate, at(4, 18, 0), -2 * time.Hour, 2}) // 10–14, 16–19, 9–10
	if s.Breaches() != 1 {
		t.Errorf("Breaches = %d", s.Breaches())
	}
}

// TestStatusRules changes the conversation's priority and policy.
func TestStatusRules(t *testing.T) {
	cal := sla.MustParseCalendar(split)
	p := &sla.Policy{
		Name:     "desk",
		Calendar: cal,
		Rules: []sla.Rule{
			{Name: "urgent", Priorities: []string{"urgent", "high"}, Targets: sla.Targets{
				FirstReply: sla.Target{Within: time.Hour},
			}},
			{Name: "chat", Channels: []correspondence.Channel{correspondence.Chat}, Targets: sla.Targets{
				FirstReply: sla.Target{Within: 5 * time.Minute},
			}},
			{Name: "vip", Tiers: []string{"gold"}, Types: []string{"complaint"}, Targets: sla.Targets{
				FirstReply: sla.Target{Within: 2 * time.Hour, Business: true},
			}},
			{Name: "default", Targets: sla.Targets{
				FirstReply: sla.Target{Within: 8 * time.Hour, Business: true},
				Resolution: sla.Target{Within: 48 * time.Hour},
			}},
		},
	}
	fri := func(h, m int) time.Time { return at(8, h, m) }
	events := []sla.Event{{At: fri(18, 30), Kind: sla.Inbound, Type: "complaint"}}
	// Default: 8 business hours from Friday 18:30 is Monday 18:30.
	s := p.Status(events, fri(18, 45))
	checkMetric(t, s, sla.FirstReply, want{sla.Active, at(11, 18, 30), 8*time.Hour - 15*time.Minute, 0})
	checkMetric(t, s, sla.Resolution, want{sla.Active, at(10, 18, 30), 48*time.Hour - 15*time.Minute, 0})
	if s.Rule != "default" {
		t.Errorf("rule %q", s.Rule)
	}

	// A gold customer with a complaint: two business hours, Monday 10:30.
	gold := append(slices.Clone(events), sla.Event{At: fri(18, 40), Kind: sla.Note, Tier: "gold"})
	s = p.Status(gold, fri(18, 45))
	checkMetric(t, s, sla.FirstReply, want{sla.Active, at(11, 10, 30), 2*time.Hour - 15*time.Minute, 0})
	if _, ok := s.Metrics.Get(sla.Resolution); ok || s.Rule != "vip" {
		t.Errorf("rule %q has a resolution target", s.Rule)
	}

	// Urgent from 19:00: one hour of calendar time from the start, 19:30,
	// breached at 20:00. The rule is chosen again at each event.
	urgent := append(slices.Clone(events), sla.Event{At: fri(19, 0), Kind: sla.PriorityChange, Priority: "URGENT"})
	s = p.Status(urgent, fri(20, 0))
	checkMetric(t, s, sla.FirstReply, want{sla.Breached, fri(19, 30), -30 * time.Minute, 0})
	back := append(slices.Clone(urgent), sla.Event{At: fri(19, 10), Kind: sla.PriorityChange})
	s = p.Status(back, fri(20, 0))
	if s.Rule != "default" || s.Attributes.Priority != "" {
		t.Errorf("priority cleared: rule %q, priority %q", s.Rule, s.Attributes.Priority)
	}

	// A switch to prompt6h keeps the calendar: 6 business hours from
	// Friday 18:30 is Monday 14:00 + 30 minutes of the afternoon.
	switched := append(slices.Clone(events), sla.Event{At: fri(18, 50), Kind: sla.PolicyChange, Policy: "prompt6h"})
	s = p.Status(switched, at(11, 9, 0))
	checkMetric(t, s, sla.FirstReply, want{sla.Active, at(11, 16, 30), 5*time.Hour + 30*time.Minute, 0})
	if s.Policy != "prompt6h" {
		t.Errorf("policy %q", s.Policy)
	}

	// A host lookup.
	p.Lookup = func(name string) (*sla.Policy, error) {
		if name == "night" {
			return &sla.Policy{Name: "night", Rules: []sla.Rule{{Targets: sla.Targets{FirstReply: sla.Target{Within: 30 * time.Minute}}}}}, nil
		}
		return nil, sla.ErrUnknownPolicy
	}
	switched[1].Policy = "night"
	s = p.Status(switched, fri(18, 55))
	checkMetric(t, s, sla.FirstReply, want{sla.Active, fri(19, 0), 5 * time.Minute, 0})
}

// TestStatusCycles covers a conversation the team starts, periodic updates,
// resolution over a reopening, and pauses of one metric but not another.
func TestStatusCycles(t *testing.T) {
	day := 24 * time.Hour
	p := &sla.Policy{Name: "cycles", Rules: []sla.Rule{{Name: "all", Targets: sla.Targets{
		FirstReply:     sla.Target{Within: 4 * time.Hour},
		NextReply:      sla.Target{Within: 4 * time.Hour, PauseOn: []sla.Phase{sla.Pending}},
		PeriodicUpdate: sla.Target{Within: day, PauseOn: []sla.Phase{sla.Pending}},
		Resolution:     sla.Target{Within: 3 * day, Warn: []sla.Threshold{{Before: day}, {Percent: 50}}},
	}}}}
	h := func(n int) time.Time { return at(4, 0, 0).Add(time.Duration(n) * time.Hour) }

	// The team writes first: no first reply; the customer's answer starts a
	// next reply.
	events := []sla.Event{
		{At: h(1), Kind: sla.Reply},
		{At: h(2), Kind: sla.Inbound},
	}
	s := p.Status(events, h(3))
	checkMetric(t, s, sla.FirstReply, want{state: sla.Inactive, remaining: 4 * time.Hour})
	checkMetric(t, s, sla.NextReply, want{sla.Active, h(6), 3 * time.Hour, 0})
	checkMetric(t, s, sla.PeriodicUpdate, want{state: sla.Inactive, remaining: day})
	checkMetric(t, s, sla.Resolution, want{sla.Active, h(2 + 72), 71 * time.Hour, 0})
	// Warnings of resolution in the order they are crossed: 50 % at 36h,
	// one day before at 48h.
	if ms, _ := s.Metrics.Get(sla.Resolution); !ms.NextWarning.Equal(h(2+36)) || !s.NextChange.Equal(h(6)) {
		t.Errorf("next warning %s, next change %s", ms.NextWarning, s.NextChange)
	}

	events = append(events,
		sla.Event{At: h(3), Kind: sla.Reply},                                  // next reply achieved; updates start
		sla.Event{At: h(4), Kind: sla.StatusChange, To: sla.Pending},          // updates pause, resolution runs
		sla.Event{At: h(40), Kind: sla.Inbound},                               // open again: a next reply, updates resume
		sla.Event{At: h(41), Kind: sla.StatusChange, To: sla.OnHold},          // on hold pauses neither
		sla.Event{At: h(50), Kind: sla.StatusChange, To: sla.Solved},          // next reply achieved late; updates dropped
		sla.Event{At: h(60), Kind: sla.Inbound},                               // reopens: new resolution and next reply
		sla.Event{At: h(61), Kind: sla.Reply},                                 // next reply; updates start
		sla.Event{At: h(62), Kind: sla.StatusChange, To: sla.Solved},          //
		sla.Event{At: h(70), Kind: sla.StatusChange, To: sla.Reopened},        // a new resolution only
		sla.Event{At: h(71), Kind: sla.StatusChange, To: sla.Open},            // nothing
		sla.Event{At: h(71), Kind: sla.StatusChange, To: sla.Solved},          //
		sla.Event{At: h(72), Kind: sla.StatusChange, To: sla.Solved},          // nothing
		sla.Event{At: h(73), Kind: sla.Reply},                                 // nothing: solved
		sla.Event{At: h(200), Kind: sla.Inbound, Auto: true},                  // nothing
		sla.Event{At: h(300), Kind: sla.Note, Tier: "gold", Priority: "high"}, // attributes only
	)
	s = p.Status(events, h(1000))
	var got []string
	for _, ms := range s.History {
		got = append(got, fmt.Sprintf("%s %s %s-%s %s", ms.Metric, ms.State, ms.Start.Sub(h(0)), ms.End.Sub(h(0)), ms.Elapsed))
	}
	wantHistory := []string{
		"next_reply achieved 2h0m0s-3h0m0s 1h0m0s",
		"next_reply achieved_late 40h0m0s-50h0m0s 10h0m0s",
		"resolution achieved 2h0m0s-50h0m0s 48h0m0s",
		"next_reply achieved 60h0m0s-61h0m0s 1h0m0s",
		"resolution achieved 60h0m0s-62h0m0s 2h0m0s",
		"resolution achieved 70h0m0s-71h0m0s 1h0m0s",
	}
	if !slices.Equal(got, wantHistory) {
		t.Errorf("history:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantHistory, "\n"))
	}
	if s.History[2].Warnings == nil || len(s.History[2].Warnings) != 2 {
		t.Errorf("resolution warnings %v", s.History[2].Warnings)
	}
	if s.Phase != sla.Solved || s.Attributes.Tier != "gold" || s.Breaches() != 1 {
		t.Errorf("phase %s, attributes %+v, breaches %d", s.Phase, s.Attributes, s.Breaches())
	}
}

func TestStatusDefects(t *testing.T) {
	p := prompt6h(t)
	events := []sla.Event{
		{At: at(4, 10, 0), Kind: sla.Inbound},
		{Kind: sla.Reply},
		{At: at(4, 11, 0), Kind: sla.Kind(42)},
		{At: at(4, 12, 0), Kind: sla.StatusChange, To: sla.Phase(9)},
		{At: at(4, 13, 0), Kind: sla.PolicyChange, Policy: "gold-plated"},
	}
	s := p.Status(events, at(4, 13, 30))
	kinds := []error{sla.ErrNoTime, sla.ErrUnknownKind, sla.ErrUnknownTo, sla.ErrUnknownPolicy}
	if len(s.Defects) != len(kinds) {
		t.Fatalf("defects %v", s.Defects)
	}
	for i, d := range s.Defects {
		if !errors.Is(d, kinds[i]) || d.Event != i+1 {
			t.Errorf("defect %d: %v (event %d), want %v", i, d, d.Event, kinds[i])
		}
	}
	checkMetric(t, s, sla.FirstReply, want{sla.Active, at(4, 18, 0), 2*time.Hour + 30*time.Minute, 0})
	b, err := json.Marshal(s)
	if err != nil || !strings.Contains(string(b), `"defects":["sla: event without a time in event 1",`) {
		t.Errorf("JSON %s, %v", b, err)
	}
	var nilPolicy *sla.Policy
	if s := nilPolicy.Status(events, at(5, 0, 0)); len(s.Metrics) != 0 || s.Policy != "" {
		t.Errorf("nil policy: %+v", s)
	}
}

// TestStatusReplay checks that a status depends on nothing but the events
// up to now, in the order of their times.
func TestStatusReplay(t *testing.T) {
	p := prompt6h(t)
	r := rand.New(rand.NewPCG(7, 8))
	for range 200 {
		events := randomEvents(r, at(4, 8, 0), 30)
		now := events[r.IntN(len(events))].At.Add(time.Duration(r.IntN(600)) * time.Minute)
		full := p.Status(events, now)
		var upTo []sla.Event
		for _, e := range events {
			if !e.At.After(now) {
				upTo = append(upTo, e)
			}
		}
		if got := p.Status(upTo, now); !sameStatus(got, full) {
			t.Fatalf("events after now changed the status:\n%s\n%s", dump(got), dump(full))
		}
		shuffled := slices.Clone(events)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		slices.SortStableFunc(shuffled, func(a, b sla.Event) int { return a.At.Compare(b.At) })
		if !slices.EqualFunc(shuffled, events, func(a, b sla.Event) bool { return a == b }) {
			continue // equal times in another order
		}
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := p.Status(shuffled, now); !sameStatus(got, full) {
			t.Fatalf("the order of the events changed the status")
		}
	}
}

// TestNextChange checks that nothing changes before Status.NextChange, at
// random instants and a nanosecond before it, and that something changes
// at it.
func TestNextChange(t *testing.T) {
	p := prompt6h(t)
	p.Rules[0].Targets.Resolution = sla.Target{Within: 20 * time.Hour, Business: true, Warn: []sla.Threshold{{Percent: 90}}}
	p.Rules[0].Targets.PeriodicUpdate = sla.Target{Within: 4 * time.Hour, PauseOn: []sla.Phase{sla.Pending, sla.OnHold}}
	r := rand.New(rand.NewPCG(9, 10))
	cases, changes := 300, 0
	if raceEnabled {
		cases = 60
	}
	for range cases {
		events := randomEvents(r, at(4, 8, 0), 12)
		now := events[len(events)-1].At.Add(time.Duration(r.IntN(300)) * time.Minute)
		s := p.Status(events, now)
		end := s.NextChange
		if end.IsZero() {
			end = now.Add(10 * 24 * time.Hour)
		}
		probes := []time.Time{end.Add(-1)}
		for range 100 {
			probes = append(probes, now.Add(time.Duration(r.Int64N(int64(end.Sub(now))))))
		}
		for _, u := range probes {
			if got := p.Status(events, u); signature(got) != signature(s) {
				t.Fatalf("status changed at %s, before NextChange %s:\n%s\n%s", u, s.NextChange, signature(s), signature(got))
			}
		}
		// Resolution never pauses: its clock is plain business time from
		// its start.
		for _, ms := range append(slices.Clone(s.History), s.Metrics...) {
			if ms.Metric != sla.Resolution || ms.State == sla.Inactive {
				continue
			}
			end := ms.End
			if end.IsZero() {
				end = now
			}
			if e, due := p.Calendar.Elapsed(ms.Start, end), p.Calendar.Add(ms.Start, ms.Target); e != ms.Elapsed || !due.Equal(ms.Due) {
				t.Fatalf("resolution from %s to %s: elapsed %s, due %s; the calendar says %s, %s", ms.Start, end, ms.Elapsed, ms.Due, e, due)
			}
		}
		if !s.NextChange.IsZero() {
			changes++
			if got := p.Status(events, s.NextChange); signature(got) == signature(s) {
				t.Fatalf("nothing changed at NextChange %s: %s", s.NextChange, signature(s))
			}
		}
	}
	if changes < cases/4 {
		t.Errorf("only %d of %d cases had a next change", changes, cases)
	}
}

// randomEvents returns n events of a conversation from start on, in order.
func randomEvents(r *rand.Rand, start time.Time, n int) []sla.Event {
	events := []sla.Event{{At: start, Kind: sla.Inbound}}
	t := start
	for range n - 1 {
		t = t.Add(time.Duration(r.IntN(8*60)) * time.Minute)
		e := sla.Event{At: t}
		switch k := r.IntN(12); {
		case k < 3:
			e.Kind = sla.Inbound
			e.Auto = r.IntN(4) == 0
		case k < 6:
			e.Kind = sla.Reply
			e.Auto = r.IntN(5) == 0
		case k < 7:
			e.Kind = sla.Note
		case k < 10:
			e.Kind = sla.StatusChange
			e.To = sla.Phase(r.IntN(5))
		case k < 11:
			e.Kind = sla.PriorityChange
			e.Priority = []string{"low", "normal", "urgent"}[r.IntN(3)]
		default:
			e.Kind = sla.PolicyChange
			e.Policy = []string{"prompt", "prompt6h", "prompt2h"}[r.IntN(3)]
		}
		events = append(events, e)
	}
	return events
}

// signature is what may change only at a NextChange: each metric's state
// and warnings crossed.
func signature(s sla.Status) string {
	var b strings.Builder
	for _, m := range s.Metrics {
		fmt.Fprintf(&b, "%s:%s:%d ", m.Metric, m.State, len(m.Warnings))
	}
	return b.String()
}

func sameStatus(a, b sla.Status) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) == string(jb)
}

func dump(s sla.Status) string {
	b, _ := json.MarshalIndent(s, "", "  ")
	return string(b)
}

func TestStatusJSON(t *testing.T) {
	p := prompt6h(t)
	s := p.Status([]sla.Event{{At: at(4, 10, 0), Kind: sla.Inbound}}, at(4, 16, 45))
	b, err := json.Marshal(s.Metrics)
	if err != nil {
		t.Fatal(err)
	}
	const wantJSON = `{"first_reply":{"metric":"first_reply","state":"active","due":"2026-05-04T18:00:00+02:00","remaining":"1h15m0s","elapsed":"4h45m0s","target":"6h0m0s","used":0.7916666666666666,"business":true,"start":"2026-05-04T10:00:00+02:00","warnings":["75%"],"next_warning":"2026-05-04T17:00:00+02:00"},` +
		`"next_reply":{"metric":"next_reply","state":"inactive","remaining":"6h0m0s","elapsed":"0s","target":"6h0m0s","used":0,"business":true}}`
	if string(b) != wantJSON {
		t.Errorf("Metrics JSON:\n got %s\nwant %s", b, wantJSON)
	}
	var back sla.Metrics
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	b2, _ := json.Marshal(back)
	if string(b2) != string(b) {
		t.Errorf("round trip:\n%s\n%s", b2, b)
	}

	b, err = json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"at":"2026-05-04T16:45:00+02:00"`, `"policy":"prompt6h"`, `"phase":"open"`, `"metrics":{"first_reply":`, `"next_change":"2026-05-04T17:00:00+02:00"`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("Status JSON lacks %s: %s", key, b)
		}
	}

	// Events encode to JSON and back.
	events := []sla.Event{
		{At: at(4, 10, 0), Kind: sla.Inbound, Channel: correspondence.SMS, Type: "order", Tier: "gold", ID: "<a@b>"},
		{At: at(4, 11, 0), Kind: sla.StatusChange, To: sla.OnHold},
		{At: at(4, 12, 0), Kind: sla.PolicyChange, Policy: "prompt"},
	}
	b, err = json.Marshal(events)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"kind":"status_change","to":"on_hold"`) {
		t.Errorf("events JSON %s", b)
	}
	var evBack []sla.Event
	if err := json.Unmarshal(b, &evBack); err != nil || len(evBack) != 3 || evBack[1].To != sla.OnHold || evBack[0].Channel != correspondence.SMS || !evBack[0].At.Equal(events[0].At) {
		t.Errorf("events back: %+v, %v", evBack, err)
	}
	if err := json.Unmarshal([]byte(`[{"kind":"shout"}]`), &evBack); !errors.Is(err, sla.ErrUnknownKind) {
		t.Errorf("unknown kind: %v", err)
	}
}

func TestParsePolicy(t *testing.T) {
	tests := []struct {
		name   string
		want   string
		within time.Duration
	}{
		{"prompt", "prompt", 24 * time.Hour},
		{"prompt6h", "prompt6h", 6 * time.Hour},
		{" Prompt90m ", "prompt1h30m", 90 * time.Minute},
		{"prompt24h", "prompt", 24 * time.Hour},
	}
	for _, tt := range tests {
		p, err := sla.ParsePolicy(tt.name)
		if err != nil {
			t.Fatalf("ParsePolicy(%q): %v", tt.name, err)
		}
		if p.Name != tt.want || p.Rules[0].Targets.FirstReply.Within != tt.within || p.Rules[0].Targets.NextReply.Within != tt.within ||
			!p.Rules[0].Targets.FirstReply.Business {
			t.Errorf("ParsePolicy(%q) = %+v", tt.name, p)
		}
	}
	for _, bad := range []string{"", "slow", "prompt-1h", "prompt0s", "promptly"} {
		if _, err := sla.ParsePolicy(bad); !errors.Is(err, sla.ErrUnknownPolicy) {
			t.Errorf("ParsePolicy(%q) = %v", bad, err)
		}
	}
	// Each call gives a policy of its own.
	a, _ := sla.ParsePolicy("prompt")
	a.Rules[0].Targets.FirstReply.Within = time.Minute
	if b, _ := sla.ParsePolicy("prompt"); b.Rules[0].Targets.FirstReply.Within != 24*time.Hour {
		t.Error("policies share their rules")
	}

	for _, th := range []sla.Threshold{{Percent: 75}, {Before: time.Hour}, {Percent: 90, Before: 30 * time.Minute}} {
		b, _ := th.MarshalText()
		var back sla.Threshold
		if err := back.UnmarshalText(b); err != nil || back != th {
			t.Errorf("threshold %q back as %+v, %v", b, back, err)
		}
	}
}
