package sla

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"time"
)

// Metric is one of the clocks of a conversation.
type Metric uint8

// Metrics, in the order a Status lists them.
const (
	// FirstReply runs from the customer's first message to the team's
	// first public reply. It does not run when the team wrote first.
	FirstReply Metric = iota + 1
	// NextReply runs from the oldest customer message that has no answer
	// yet to the next public reply, after the first reply. Each such
	// message after a reply starts a new cycle.
	NextReply
	// PeriodicUpdate runs from each public reply to the next while the
	// conversation is not solved: the customer hears from the team at
	// least this often.
	PeriodicUpdate
	// Resolution runs from the customer's first message, or from a
	// reopening, until the conversation is solved.
	Resolution
)

// name returns the metric's name, or "" for an unknown metric.
func (m Metric) name() string {
	switch m {
	case FirstReply:
		return "first_reply"
	case NextReply:
		return "next_reply"
	case PeriodicUpdate:
		return "periodic_update"
	case Resolution:
		return "resolution"
	}
	return ""
}

// String returns the metric's name: "first_reply", "next_reply",
// "periodic_update" or "resolution".
func (m Metric) String() string {
	if n := m.name(); n != "" {
		return n
	}
	return fmt.Sprintf("Metric(%d)", uint8(m))
}

// MarshalText returns the metric's name.
func (m Metric) MarshalText() ([]byte, error) {
	if n := m.name(); n != "" {
		return []byte(n), nil
	}
	return nil, fmt.Errorf("sla: unknown metric %d", uint8(m))
}

// UnmarshalText parses a metric's name.
func (m *Metric) UnmarshalText(b []byte) error {
	for i := FirstReply; i <= Resolution; i++ {
		if string(b) == i.name() {
			*m = i
			return nil
		}
	}
	return fmt.Errorf("sla: unknown metric %q", b)
}

// State is where a metric's clock stands.
type State uint8

// States of a metric.
const (
	// Inactive: the metric has a target but its clock has not started.
	Inactive State = iota
	// Active: the clock runs and the due time has not come.
	Active
	// Paused: the clock is stopped by the conversation's phase.
	Paused
	// Achieved: the cycle ended in time.
	Achieved
	// Breached: the due time has passed and the cycle has not ended,
	// whether the clock runs or is paused.
	Breached
	// AchievedLate: the cycle ended after its due time.
	AchievedLate
)

// name returns the state's name, or "" for an unknown state.
func (s State) name() string {
	switch s {
	case Inactive:
		return "inactive"
	case Active:
		return "active"
	case Paused:
		return "paused"
	case Achieved:
		return "achieved"
	case Breached:
		return "breached"
	case AchievedLate:
		return "achieved_late"
	}
	return ""
}

// String returns the state's name: "inactive", "active", "paused",
// "achieved", "breached" or "achieved_late".
func (s State) String() string {
	if n := s.name(); n != "" {
		return n
	}
	return fmt.Sprintf("State(%d)", uint8(s))
}

// MarshalText returns the state's name.
func (s State) MarshalText() ([]byte, error) {
	if n := s.name(); n != "" {
		return []byte(n), nil
	}
	return nil, fmt.Errorf("sla: unknown state %d", uint8(s))
}

// UnmarshalText parses a state's name.
func (s *State) UnmarshalText(b []byte) error {
	for i := Inactive; i <= AchievedLate; i++ {
		if string(b) == i.name() {
			*s = i
			return nil
		}
	}
	return fmt.Errorf("sla: unknown state %q", b)
}

// Status is where a conversation stands against its policy at one instant.
type Status struct {
	At         time.Time  `json:"at"`             // the now it was computed for
	Policy     string     `json:"policy"`         // the policy in force at At
	Rule       string     `json:"rule,omitempty"` // the name of its rule that applies, if any
	Phase      Phase      `json:"phase"`
	Attributes Attributes `json:"attributes"`

	// Metrics has one entry for each metric with a target in the rule
	// that applies, in the order of the Metric constants: its current
	// cycle, or its last finished one, or an Inactive entry when it has
	// not started.
	Metrics Metrics `json:"metrics"`

	// History lists the cycles that finished before At, in the order they
	// finished, for reports of what was achieved and what was late.
	// Cycles that finished while their metric had no target are left out.
	History []MetricStatus `json:"history,omitempty"`

	// NextChange is the next instant after At at which the status will
	// change without a new event: a warning or a due time. It is zero when
	// nothing will change until the next event. A host schedules one
	// wake-up per conversation for it.
	NextChange time.Time `json:"next_change,omitzero"`

	// Defects lists the events that were skipped or partly ignored.
	Defects []*Defect `json:"defects,omitempty"`
}

// Breaches returns the number of cycles that breached their target: those
// of History that were achieved late, and those of Metrics that are
// breached now.
func (s *Status) Breaches() int {
	n := 0
	for _, m := range s.History {
		if m.State == AchievedLate {
			n++
		}
	}
	for _, m := range s.Metrics {
		if m.State == Breached {
			n++
		}
	}
	return n
}

// Metrics lists the status of a conversation's metrics. It encodes to JSON
// as an object keyed by metric name, {"first_reply": {...}, ...}.
type Metrics []MetricStatus

// Get returns the status of metric m, and false if the list has none.
func (ms Metrics) Get(m Metric) (MetricStatus, bool) {
	for _, s := range ms {
		if s.Metric == m {
			return s, true
		}
	}
	return MetricStatus{}, false
}

// MarshalJSON encodes the list as an object keyed by metric name, in the
// order of the list.
func (ms Metrics) MarshalJSON() ([]byte, error) {
	b := []byte{'{'}
	for i, s := range ms {
		if i > 0 {
			b = append(b, ',')
		}
		k, err := json.Marshal(s.Metric)
		if err != nil {
			return nil, err
		}
		v, err := json.Marshal(s)
		if err != nil {
			return nil, err
		}
		b = append(append(append(b, k...), ':'), v...)
	}
	return append(b, '}'), nil
}

// UnmarshalJSON decodes an object keyed by metric name, in the order of the
// Metric constants.
func (ms *Metrics) UnmarshalJSON(b []byte) error {
	var m map[Metric]MetricStatus
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	out := make(Metrics, 0, len(m))
	for k, v := range m {
		v.Metric = k
		out = append(out, v)
	}
	slices.SortFunc(out, func(a, b MetricStatus) int { return cmp.Compare(a.Metric, b.Metric) })
	*ms = out
	return nil
}

// MetricStatus is one cycle of one metric: where it stands, when it is due
// and how much time it has left.
type MetricStatus struct {
	Metric   Metric
	State    State
	Business bool          // whether times are business time
	Target   time.Duration // the target's time allowed

	Start time.Time // when the cycle started; zero when Inactive
	End   time.Time // when it ended: Achieved or AchievedLate

	// Due is when the target is or was due. It is zero while Paused (it
	// moves), when Inactive, and when the calendar is never open.
	Due time.Time

	Elapsed   time.Duration // time counted, pauses left out, up to End or to the status's At
	Remaining time.Duration // Target - Elapsed; negative once late
	Used      float64       // Elapsed / Target

	// Warnings lists the thresholds crossed, in the order they are
	// crossed.
	Warnings []Threshold

	// NextWarning is when the next threshold will be crossed, while the
	// clock runs.
	NextWarning time.Time
}

type metricStatusJSON struct {
	Metric      Metric      `json:"metric"`
	State       State       `json:"state"`
	Due         time.Time   `json:"due,omitzero"`
	Remaining   string      `json:"remaining"`
	Elapsed     string      `json:"elapsed"`
	Target      string      `json:"target"`
	Used        float64     `json:"used"`
	Business    bool        `json:"business"`
	Start       time.Time   `json:"start,omitzero"`
	End         time.Time   `json:"end,omitzero"`
	Warnings    []Threshold `json:"warnings,omitempty"`
	NextWarning time.Time   `json:"next_warning,omitzero"`
}

// MarshalJSON encodes the status with durations as Go duration strings
// ("5h30m0s") and times in RFC 3339, leaving out zero times:
//
//	{"metric":"first_reply","state":"active","due":"2026-03-30T17:00:00+02:00","remaining":"5h30m0s",…}
func (s MetricStatus) MarshalJSON() ([]byte, error) {
	return json.Marshal(metricStatusJSON{
		Metric: s.Metric, State: s.State, Due: s.Due,
		Remaining: s.Remaining.String(), Elapsed: s.Elapsed.String(), Target: s.Target.String(),
		Used: s.Used, Business: s.Business, Start: s.Start, End: s.End,
		Warnings: s.Warnings, NextWarning: s.NextWarning,
	})
}

// UnmarshalJSON decodes what MarshalJSON encodes.
func (s *MetricStatus) UnmarshalJSON(b []byte) error {
	var v metricStatusJSON
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	var ds [3]time.Duration
	for i, t := range []string{v.Remaining, v.Elapsed, v.Target} {
		if t == "" {
			continue
		}
		d, err := time.ParseDuration(t)
		if err != nil {
			return fmt.Errorf("sla: metric status: %w", err)
		}
		ds[i] = d
	}
	*s = MetricStatus{
		Metric: v.Metric, State: v.State, Due: v.Due,
		Remaining: ds[0], Elapsed: ds[1], Target: ds[2],
		Used: v.Used, Business: v.Business, Start: v.Start, End: v.End,
		Warnings: v.Warnings, NextWarning: v.NextWarning,
	}
	return nil
}

// Status computes where a conversation stands at now from its events and
// nothing else: the same events and now always give the same status. Events
// may come in any order (they are taken in order of At, keeping the given
// order between equal times); those after now are left out, so a status can
// be computed again for any past instant. Events that cannot be used are
// skipped and recorded in Status.Defects.
//
// See the package documentation for how each kind of event moves the
// clocks.
func (p *Policy) Status(events []Event, now time.Time) Status {
	e := evaluator{pol: p}
	if p != nil {
		e.cal = p.Calendar
	}
	e.reselect()
	var order []int // nil when the events are in order
	if !slices.IsSortedFunc(events, func(a, b Event) int { return a.At.Compare(b.At) }) {
		order = make([]int, len(events))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return events[a].At.Compare(events[b].At) })
	}
	e.history = make([]MetricStatus, 0, historyHint(p, events))
	for k := range events {
		i := k
		if order != nil {
			i = order[k]
		}
		if ev := &events[i]; !ev.At.After(now) {
			e.apply(i, ev)
		}
	}
	return e.status(now)
}

// memo returns the memo for walks over cal, or nil for calendar time.
func (e *evaluator) memo(cal *Calendar) *memo {
	if cal == nil {
		return nil
	}
	return &e.walks
}

// historyHint guesses how many cycles will finish: one for each public
// reply and two for each solution, and one more for each reply when the
// policy has periodic updates.
func historyHint(p *Policy, events []Event) int {
	perReply := 1
	if p != nil {
		for i := range p.Rules {
			if p.Rules[i].Targets.PeriodicUpdate.Within > 0 {
				perReply = 2
			}
		}
	}
	n := 1
	for i := range events {
		switch ev := &events[i]; {
		case ev.Kind == Reply && !ev.Auto:
			n += perReply
		case ev.Kind == StatusChange && ev.To == Solved:
			n += 2
		}
	}
	return n
}

// cycle is one run of a metric's clock: from its start, through spells of
// running separated by pauses, to its end.
type cycle struct {
	open   bool
	start  time.Time
	n      int      // spells so far
	inline [4]spell // the first spells
	more   []spell  // the others
}

// spell is a stretch of time during which a clock ran; to is zero while it
// still runs.
type spell struct{ from, to time.Time }

func (c *cycle) spell(i int) *spell {
	if i < len(c.inline) {
		return &c.inline[i]
	}
	return &c.more[i-len(c.inline)]
}

func (c *cycle) add(s spell) {
	if c.n < len(c.inline) {
		c.inline[c.n] = s
	} else {
		c.more = append(c.more, s)
	}
	c.n++
}

func (c *cycle) running() bool { return c.n > 0 && c.spell(c.n-1).to.IsZero() }

type evaluator struct {
	pol     *Policy
	cal     *Calendar // the policy's calendar in use
	rule    *Rule
	attrs   Attributes
	phase   Phase
	started bool // the customer has written
	replied bool // the team has replied in public
	begun   bool // a cycle began with the event being applied
	cycles  [4]cycle
	history []MetricStatus
	crossed []Threshold // backs the Warnings of the statuses
	walks   memo        // shared by the walks over a calendar
	defects []*Defect
}

func (e *evaluator) defect(i int, kind error, detail string) {
	e.defects = append(e.defects, &Defect{Kind: kind, Event: i, Detail: detail})
}

// target returns the target of metric m under the rule in force, and the
// calendar its business time is counted on (nil for calendar time).
func (e *evaluator) target(m Metric) (*Target, *Calendar) {
	if e.rule == nil {
		return nil, nil
	}
	t := e.rule.Targets.Target(m)
	if t.Within <= 0 {
		return nil, nil
	}
	if !t.Business {
		return t, nil
	}
	if e.rule.Calendar != nil {
		return t, e.rule.Calendar
	}
	return t, e.cal
}

func (e *evaluator) reselect() {
	e.rule = nil
	if e.pol != nil {
		e.rule = e.pol.Rule(e.attrs)
	}
}

// apply moves the clocks for event i.
func (e *evaluator) apply(i int, ev *Event) {
	if ev.At.IsZero() {
		e.defect(i, ErrNoTime, "")
		return
	}
	if ev.Kind < Inbound || ev.Kind > PolicyChange {
		e.defect(i, ErrUnknownKind, fmt.Sprintf("kind %d", uint8(ev.Kind)))
		return
	}
	if ev.Auto && (ev.Kind == Inbound || ev.Kind == Reply) {
		return
	}
	t := ev.At
	attrs, phase, pol := e.attrs, e.phase, e.pol
	if ev.Priority != "" || ev.Kind == PriorityChange {
		e.attrs.Priority = ev.Priority
	}
	if ev.Type != "" {
		e.attrs.Type = ev.Type
	}
	if ev.Channel != "" {
		e.attrs.Channel = ev.Channel
	}
	if ev.Tier != "" {
		e.attrs.Tier = ev.Tier
	}
	e.begun = false
	switch ev.Kind {
	case Inbound:
		if e.phase == Solved {
			e.reopen(t)
		}
		e.phase = Open
		switch {
		case !e.started:
			e.started = true
			if !e.replied {
				e.begin(FirstReply, t)
			} else {
				e.begin(NextReply, t)
			}
			e.begin(Resolution, t)
		case e.cycles[FirstReply-1].open:
			// The first message still waits for its reply.
		default:
			if !e.cycles[NextReply-1].open {
				e.begin(NextReply, t)
			}
			if !e.cycles[Resolution-1].open {
				e.begin(Resolution, t)
			}
		}
	case Reply:
		e.replied = true
		e.finish(FirstReply, t)
		e.finish(NextReply, t)
		if e.started {
			e.finish(PeriodicUpdate, t)
			if e.phase != Solved {
				e.begin(PeriodicUpdate, t)
			}
		}
	case StatusChange:
		switch ev.To {
		case Open, Pending, OnHold:
			if e.phase == Solved {
				e.reopen(t)
			}
			e.phase = ev.To
		case Reopened:
			if e.phase == Solved {
				e.reopen(t)
			}
			e.phase = Open
		case Solved:
			if e.phase != Solved {
				e.finish(FirstReply, t)
				e.finish(NextReply, t)
				e.drop(PeriodicUpdate)
				e.finish(Resolution, t)
				e.phase = Solved
			}
		default:
			e.defect(i, ErrUnknownTo, fmt.Sprintf("phase %d", uint8(ev.To)))
		}
	case PolicyChange:
		lookup := ParsePolicy
		if e.pol != nil && e.pol.Lookup != nil {
			lookup = e.pol.Lookup
		}
		np, err := lookup(ev.Policy)
		if err != nil || np == nil {
			e.defect(i, ErrUnknownPolicy, fmt.Sprintf("%q", ev.Policy))
			break
		}
		e.pol = np
		if np.Calendar != nil {
			e.cal = np.Calendar
		}
	}
	// The rule and the clocks change only with the attributes, the policy,
	// the phase or a new cycle.
	rule := e.rule
	if e.attrs != attrs || e.pol != pol {
		e.reselect()
	}
	if e.begun || e.phase != phase || e.rule != rule {
		e.sync(t)
	}
}

// reopen starts a new resolution cycle for a solved conversation.
func (e *evaluator) reopen(t time.Time) {
	if e.started {
		e.begin(Resolution, t)
	}
}

// begin starts a cycle of metric m at t; sync starts its clock.
func (e *evaluator) begin(m Metric, t time.Time) {
	c := &e.cycles[m-1]
	*c = cycle{open: true, start: t}
	e.begun = true
}

// finish ends the open cycle of metric m at t and records it.
func (e *evaluator) finish(m Metric, t time.Time) {
	c := &e.cycles[m-1]
	if !c.open {
		return
	}
	if c.running() {
		c.spell(c.n - 1).to = t
	}
	if tg, cal := e.target(m); tg != nil {
		e.history = append(e.history, e.measure(m, tg, cal, c, t, true))
	}
	*c = cycle{}
}

// drop ends the open cycle of metric m without recording it.
func (e *evaluator) drop(m Metric) { e.cycles[m-1] = cycle{} }

// sync starts or stops the clocks of the open cycles at t, as the phase and
// the targets in force say.
func (e *evaluator) sync(t time.Time) {
	for i := range e.cycles {
		c := &e.cycles[i]
		if !c.open {
			continue
		}
		run := true
		if tg, _ := e.target(Metric(i + 1)); tg != nil && slices.Contains(tg.PauseOn, e.phase) {
			run = false
		}
		switch {
		case run && !c.running():
			c.add(spell{from: t})
		case !run && c.running():
			c.spell(c.n - 1).to = t
		}
	}
}

// status returns the status at now.
func (e *evaluator) status(now time.Time) Status {
	s := Status{At: now, Phase: e.phase, Attributes: e.attrs, History: e.history, Defects: e.defects,
		Metrics: make(Metrics, 0, 4)}
	if len(s.History) == 0 {
		s.History = nil
	}
	if e.pol != nil {
		s.Policy = e.pol.Name
	}
	if e.rule != nil {
		s.Rule = e.rule.Name
	}
	for m := FirstReply; m <= Resolution; m++ {
		tg, cal := e.target(m)
		if tg == nil {
			continue
		}
		var ms MetricStatus
		switch c := &e.cycles[m-1]; {
		case c.open:
			ms = e.measure(m, tg, cal, c, now, false)
		default:
			ms = MetricStatus{Metric: m, Target: tg.Within, Business: tg.Business, Remaining: tg.Within}
			for i := len(e.history) - 1; i >= 0; i-- {
				if e.history[i].Metric == m {
					ms = e.history[i]
					break
				}
			}
		}
		s.Metrics = append(s.Metrics, ms)
		if ms.State == Active {
			for _, t := range []time.Time{ms.Due, ms.NextWarning} {
				if t.After(now) && (s.NextChange.IsZero() || t.Before(s.NextChange)) {
					s.NextChange = t
				}
			}
		}
	}
	return s
}

// measure returns the status of cycle c of metric m, with target tg counted
// on cal, at end: the end of the cycle if finished, else now.
func (e *evaluator) measure(m Metric, tg *Target, cal *Calendar, c *cycle, end time.Time, finished bool) MetricStatus {
	ms := MetricStatus{Metric: m, Target: tg.Within, Business: tg.Business, Start: c.start}
	running := c.running()
	var elapsed time.Duration
	for i := range c.n {
		sp := c.spell(i)
		to := sp.to
		if to.IsZero() || to.After(end) {
			to = end
		}
		if i == c.n-1 && ms.Due.IsZero() {
			// One walk for the time counted and the due time, which may
			// come after the spell while the clock runs, or would have
			// run had the cycle not ended.
			d, at := cal.measure(sp.from, to, tg.Within-elapsed, e.memo(cal))
			if running || finished || !at.After(to) {
				ms.Due = at
			}
			elapsed += d
			continue
		}
		d, _ := cal.measure(sp.from, to, -1, e.memo(cal))
		if ms.Due.IsZero() && elapsed+d >= tg.Within {
			_, ms.Due = cal.measure(sp.from, sp.from, tg.Within-elapsed, e.memo(cal))
		}
		elapsed += d
	}
	if c.n == 0 && finished {
		_, ms.Due = cal.measure(end, end, tg.Within, e.memo(cal))
	}
	ms.Elapsed = elapsed
	ms.Remaining = tg.Within - elapsed
	ms.Used = float64(elapsed) / float64(tg.Within)
	switch {
	case finished:
		ms.End = end
		ms.State = Achieved
		if elapsed > tg.Within {
			ms.State = AchievedLate
		}
	case elapsed >= tg.Within:
		ms.State = Breached
	case running:
		ms.State = Active
	default:
		ms.State = Paused
	}
	// Thresholds are crossed in order: those crossed are the first ones.
	ths := sortedThresholds(tg)
	k := 0
	for k < len(ths) && elapsed >= ths[k].level(tg.Within) {
		k++
	}
	if k > 0 {
		if e.crossed == nil {
			e.crossed = make([]Threshold, 0, 8)
		}
		n := len(e.crossed)
		e.crossed = append(e.crossed, ths[:k]...)
		ms.Warnings = e.crossed[n : n+k : n+k]
	}
	if ms.State == Active && k < len(ths) {
		_, ms.NextWarning = cal.measure(end, end, ths[k].level(tg.Within)-elapsed, e.memo(cal))
	}
	return ms
}

// sortedThresholds returns the thresholds of tg in the order they are
// crossed.
func sortedThresholds(tg *Target) []Threshold {
	if slices.IsSortedFunc(tg.Warn, func(a, b Threshold) int {
		return cmp.Compare(a.level(tg.Within), b.level(tg.Within))
	}) {
		return tg.Warn
	}
	w := slices.Clone(tg.Warn)
	slices.SortStableFunc(w, func(a, b Threshold) int { return cmp.Compare(a.level(tg.Within), b.level(tg.Within)) })
	return w
}
