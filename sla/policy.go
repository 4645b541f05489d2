package sla

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cartero/cartero/correspondence"
)

// A Policy is a team's response promise: rules that give targets for each
// metric, chosen by the conversation's attributes. The first rule that
// matches applies; when none does, no metric has a target.
//
// The zero Policy has no rules. [Prompt] and [ParsePolicy] make the
// built-in policies.
type Policy struct {
	// Name identifies the policy in statuses and policy-change events.
	Name string

	// Calendar gives the business hours of targets in business time. With
	// a nil Calendar they count calendar time. A rule may have a calendar
	// of its own.
	Calendar *Calendar

	// Rules are tried in order; the first that matches the conversation
	// applies.
	Rules []Rule

	// Lookup finds the policy that a PolicyChange event names. With a nil
	// Lookup, ParsePolicy is used. A policy switched to that has no
	// calendar keeps the one in use.
	Lookup func(name string) (*Policy, error)
}

// A Rule gives targets to the conversations that match it. A conversation
// matches when each list that is not empty holds the conversation's
// attribute of that kind (ignoring case, but for channels); a rule with
// empty lists matches every conversation.
type Rule struct {
	Name       string
	Priorities []string
	Types      []string
	Channels   []correspondence.Channel
	Tiers      []string

	// Calendar, when not nil, replaces the policy's calendar for the
	// targets of this rule.
	Calendar *Calendar

	Targets Targets
}

// Attributes are the properties of a conversation that select a rule.
// Events set them (see Event).
type Attributes struct {
	Priority string                 `json:"priority,omitempty"`
	Type     string                 `json:"type,omitempty"`
	Channel  correspondence.Channel `json:"channel,omitempty"`
	Tier     string                 `json:"tier,omitempty"`
}

// Matches reports whether r applies to a conversation with attributes a.
func (r *Rule) Matches(a Attributes) bool {
	in := func(list []string, v string) bool {
		return len(list) == 0 || slices.ContainsFunc(list, func(s string) bool { return strings.EqualFold(s, v) })
	}
	return in(r.Priorities, a.Priority) && in(r.Types, a.Type) && in(r.Tiers, a.Tier) &&
		(len(r.Channels) == 0 || slices.Contains(r.Channels, a.Channel))
}

// Rule returns the first rule of p that matches a, or nil.
func (p *Policy) Rule(a Attributes) *Rule {
	for i := range p.Rules {
		if p.Rules[i].Matches(a) {
			return &p.Rules[i]
		}
	}
	return nil
}

// Targets holds a target for each metric; a zero Target means the metric
// has none.
type Targets struct {
	FirstReply     Target
	NextReply      Target
	PeriodicUpdate Target
	Resolution     Target
}

// Target returns the target for metric m.
func (t *Targets) Target(m Metric) *Target {
	switch m {
	case FirstReply:
		return &t.FirstReply
	case NextReply:
		return &t.NextReply
	case PeriodicUpdate:
		return &t.PeriodicUpdate
	case Resolution:
		return &t.Resolution
	}
	return nil
}

// A Target is the time within which a metric must be achieved.
type Target struct {
	// Within is the time allowed; zero means no target.
	Within time.Duration

	// Business counts the business time of the calendar in use; false
	// counts calendar time, every hour of every day.
	Business bool

	// Warn lists the points at which the host should be warned before the
	// due time.
	Warn []Threshold

	// PauseOn lists the phases in which the clock stops: waiting on the
	// customer (Pending) usually stops the reply clocks, and may or may not
	// stop resolution.
	PauseOn []Phase
}

// A Threshold is a point before the due time at which a warning is due: when
// Percent of the target has been used, or when Before is left. With both
// set, it is crossed at whichever point comes first. Thresholds are measured
// in the target's kind of time.
type Threshold struct {
	Percent int           // 1 to 100
	Before  time.Duration // more than 0
}

// level returns the elapsed time at which th is crossed for a target of
// within.
func (th Threshold) level(within time.Duration) time.Duration {
	l := within
	if th.Percent > 0 {
		l = min(l, time.Duration(float64(within)*float64(min(th.Percent, 100))/100))
	}
	if th.Before > 0 {
		l = min(l, max(within-th.Before, 0))
	}
	return l
}

// String returns the threshold as "75%", "1h0m0s", or "75% or 1h0m0s" when
// both are set.
func (th Threshold) String() string {
	var parts []string
	if th.Percent > 0 {
		parts = append(parts, strconv.Itoa(th.Percent)+"%")
	}
	if th.Before > 0 {
		parts = append(parts, th.Before.String())
	}
	return strings.Join(parts, " or ")
}

// MarshalText returns the threshold as String does.
func (th Threshold) MarshalText() ([]byte, error) { return []byte(th.String()), nil }

// UnmarshalText parses a threshold written as String writes it.
func (th *Threshold) UnmarshalText(b []byte) error {
	var v Threshold
	for part := range strings.SplitSeq(string(b), " or ") {
		if p, ok := strings.CutSuffix(part, "%"); ok {
			n, err := strconv.Atoi(p)
			if err != nil || n < 1 || n > 100 || v.Percent != 0 {
				return fmt.Errorf("sla: invalid threshold %q", b)
			}
			v.Percent = n
			continue
		}
		d, err := time.ParseDuration(part)
		if err != nil || d <= 0 || v.Before != 0 {
			return fmt.Errorf("sla: invalid threshold %q", b)
		}
		v.Before = d
	}
	*th = v
	return nil
}

// Prompt returns the built-in policy of written customer service: the
// customer gets a first answer, and an answer to each later message, within
// the given business time. A conversation waiting on the customer (Pending)
// stops both clocks. Warnings come when 75 % of the time is used and, for
// targets over two hours, one hour before the due time. The policy has no
// calendar: set Calendar to count business hours.
//
// Prompt(24*time.Hour) is named "prompt", the common promise; Prompt(6*time.Hour)
// "prompt6h", the better one.
func Prompt(within time.Duration) *Policy {
	name := "prompt"
	if within != 24*time.Hour {
		name += shortDuration(within)
	}
	warn := []Threshold{{Percent: 75}}
	if within > 2*time.Hour {
		warn = append(warn, Threshold{Before: time.Hour})
	}
	reply := Target{Within: within, Business: true, Warn: warn, PauseOn: []Phase{Pending}}
	return &Policy{
		Name: name,
		Rules: []Rule{{
			Name:    name,
			Targets: Targets{FirstReply: reply, NextReply: reply},
		}},
	}
}

// shortDuration writes d without zero minutes and seconds: 6h, 1h30m, 45m.
func shortDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// ParsePolicy returns a built-in policy by name: "prompt" is Prompt with 24
// hours, and "prompt" followed by a duration, such as "prompt6h" or
// "prompt90m", is Prompt with that duration. Other names give an error that
// matches ErrUnknownPolicy. Each call returns a new *Policy, which the
// caller may change.
func ParsePolicy(name string) (*Policy, error) {
	rest, ok := strings.CutPrefix(strings.ToLower(strings.TrimSpace(name)), "prompt")
	if ok && rest == "" {
		return Prompt(24 * time.Hour), nil
	}
	if ok {
		if d, err := time.ParseDuration(rest); err == nil && d > 0 {
			return Prompt(d), nil
		}
	}
	return nil, fmt.Errorf("%w %q (built in: prompt, prompt6h, or prompt and a duration)", ErrUnknownPolicy, name)
}
