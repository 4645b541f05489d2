package main

import (
	"strings"
	"time"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/sla"
)

// defaultCalendar is the business calendar -calendar defaults to: a
// Spanish split shift.
const defaultCalendar = "Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00"

// clocks keeps each conversation's SLA events as its messages are read,
// and gives the status of a conversation at a fixed instant.
type clocks struct {
	policy *sla.Policy
	now    time.Time
	agent  func(string) bool // the -agents list; nil when not given
	convs  map[string]*conversation
}

// conversation is what the clocks remember of one conversation.
type conversation struct {
	events []sla.Event
	desk   map[string]bool // the addresses its first message was sent to
}

func newClocks(policy *sla.Policy, now time.Time, agent func(string) bool) *clocks {
	return &clocks{policy: policy, now: now, agent: agent, convs: make(map[string]*conversation)}
}

// add records m, filed in conversation conv, and returns the
// conversation's status at the clocks' instant, counting the messages
// read so far, and whether m came from the customer.
//
// A message is an agent's reply when its sender is on the -agents list
// or, without that list, when it comes from an address the conversation's
// first message was sent to: the help desk's own mailbox.
func (c *clocks) add(conv string, m *correspondence.Message, auto bool, typ string) (sla.Status, bool) {
	cv := c.convs[conv]
	if cv == nil {
		cv = &conversation{desk: make(map[string]bool)}
		c.convs[conv] = cv
		for _, a := range append(append([]correspondence.Address(nil), m.To...), m.Cc...) {
			cv.desk[strings.ToLower(a.Address)] = true
		}
	}
	at := m.Date
	if at.IsZero() {
		at = m.Received
	}
	from := strings.ToLower(m.From.Address)
	inbound := !(c.agent != nil && c.agent(from) || c.agent == nil && cv.desk[from] && len(cv.events) > 0)
	if !at.IsZero() {
		ev := sla.Event{At: at, Kind: sla.Inbound, Auto: auto, Channel: m.Channel, Type: typ, ID: m.ID}
		if !inbound {
			ev = sla.Event{At: at, Kind: sla.Reply, Auto: auto, ID: m.ID}
		}
		cv.events = append(cv.events, ev)
	}
	return c.policy.Status(cv.events, c.now), inbound
}

// metrics is a status in -json output.
func metrics(st sla.Status) map[string]slaMetric {
	out := make(map[string]slaMetric, len(st.Metrics))
	for _, ms := range st.Metrics {
		out[ms.Metric.String()] = slaMetric{
			State:     ms.State.String(),
			Due:       timestamp(ms.Due),
			Remaining: ms.Remaining.String(),
		}
	}
	return out
}

// slaMetric is one SLA metric in -json output.
type slaMetric struct {
	State     string    `json:"state"`
	Due       timestamp `json:"due"`
	Remaining string    `json:"remaining"`
}
