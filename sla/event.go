package sla

import (
	"fmt"
	"time"

	"github.com/cartero/cartero/correspondence"
)

// An Event is something that happened in a conversation and may move its
// SLA clocks. Hosts keep a conversation's events (they encode to JSON) and
// pass them all to [Policy.Status].
type Event struct {
	At   time.Time `json:"at"`
	Kind Kind      `json:"kind"`

	// Auto marks automatic mail. On an Inbound event it is an auto-reply
	// from the customer's side (an out-of-office notice, a bounce, a
	// mailing-list notice); on a Reply event an automatic acknowledgement.
	// Automatic mail moves no clock and changes nothing.
	Auto bool `json:"auto,omitempty"`

	// To is the phase a StatusChange event moves the conversation to.
	To Phase `json:"to,omitempty"`

	// Policy names the policy a PolicyChange event switches to.
	Policy string `json:"policy,omitempty"`

	// Attributes that select a policy's rule. On any event but automatic
	// mail, a field that is not empty sets the conversation's attribute:
	// a PriorityChange event sets Priority, an Inbound event usually
	// carries Channel and Type, and any event may carry Tier.
	Priority string                 `json:"priority,omitempty"`
	Channel  correspondence.Channel `json:"channel,omitempty"`
	Type     string                 `json:"type,omitempty"` // the message type, such as classify's
	Tier     string                 `json:"tier,omitempty"` // the customer's tier

	// ID is the host's identifier of the event, such as the Message-ID of
	// an inbound message. Status does not use it.
	ID string `json:"id,omitempty"`
}

// Kind is the kind of an Event.
type Kind uint8

// Kinds of event.
const (
	// Inbound is a message from the customer.
	Inbound Kind = iota + 1
	// Reply is a public reply from an agent: what the customer sees.
	Reply
	// Note is an internal note: the customer does not see it and no
	// clock moves.
	Note
	// StatusChange moves the conversation to the phase in Event.To.
	StatusChange
	// PriorityChange sets the conversation's priority to Event.Priority.
	PriorityChange
	// PolicyChange switches to the policy named by Event.Policy.
	PolicyChange
)

// name returns the kind's name, or "" for an unknown kind.
func (k Kind) name() string {
	switch k {
	case Inbound:
		return "inbound"
	case Reply:
		return "reply"
	case Note:
		return "note"
	case StatusChange:
		return "status_change"
	case PriorityChange:
		return "priority_change"
	case PolicyChange:
		return "policy_change"
	}
	return ""
}

// String returns the kind's name: "inbound", "reply", "note",
// "status_change", "priority_change" or "policy_change".
func (k Kind) String() string {
	if n := k.name(); n != "" {
		return n
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText returns the kind's name.
func (k Kind) MarshalText() ([]byte, error) {
	if n := k.name(); n != "" {
		return []byte(n), nil
	}
	return nil, fmt.Errorf("%w %d", ErrUnknownKind, uint8(k))
}

// UnmarshalText parses a kind's name.
func (k *Kind) UnmarshalText(b []byte) error {
	for i := Inbound; i <= PolicyChange; i++ {
		if string(b) == i.name() {
			*k = i
			return nil
		}
	}
	return fmt.Errorf("%w %q", ErrUnknownKind, b)
}

// Phase is where a conversation stands: open, waiting on the customer, on
// hold, or solved. The zero Phase is Open.
type Phase uint8

// Phases of a conversation.
const (
	// Open: the conversation is with the team.
	Open Phase = iota
	// Pending: the team waits for the customer.
	Pending
	// OnHold: the team waits for someone else, such as a supplier.
	OnHold
	// Solved: the team considers the matter settled.
	Solved
	// Reopened is only the To of a StatusChange event: it opens a solved
	// conversation again, and starts a new resolution cycle. The
	// conversation is then Open.
	Reopened
)

// name returns the phase's name, or "" for an unknown phase.
func (p Phase) name() string {
	switch p {
	case Open:
		return "open"
	case Pending:
		return "pending"
	case OnHold:
		return "on_hold"
	case Solved:
		return "solved"
	case Reopened:
		return "reopened"
	}
	return ""
}

// String returns the phase's name: "open", "pending", "on_hold", "solved"
// or "reopened".
func (p Phase) String() string {
	if n := p.name(); n != "" {
		return n
	}
	return fmt.Sprintf("Phase(%d)", uint8(p))
}

// MarshalText returns the phase's name.
func (p Phase) MarshalText() ([]byte, error) {
	if n := p.name(); n != "" {
		return []byte(n), nil
	}
	return nil, fmt.Errorf("%w %d", ErrUnknownTo, uint8(p))
}

// UnmarshalText parses a phase's name.
func (p *Phase) UnmarshalText(b []byte) error {
	for i := Open; i <= Reopened; i++ {
		if string(b) == i.name() {
			*p = i
			return nil
		}
	}
	return fmt.Errorf("%w %q", ErrUnknownTo, b)
}
