package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/cartero/cartero/classify"
	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/sla"
	"github.com/cartero/cartero/thread"
)

// Pipeline takes inbound messages through the stages a help desk runs on
// them: parsing, classification, threading, SLA clocks and a draft of the
// acknowledgement. The zero value is ready to use: an in-memory index and
// event log, sla's "prompt" policy counting calendar time, no agents known
// and no drafts. A Pipeline is safe for concurrent use; its fields must not
// change after first use, and it must not be copied after first use.
type Pipeline struct {
	// Parser reads messages; its zero value has the default limits.
	Parser correspondence.Parser
	// Index files messages into conversations. Nil means an in-memory
	// Index whose Agent is the Pipeline's Agent.
	Index *thread.Index
	// Policy is the SLA promise the clocks count against. Nil means
	// sla's "prompt" policy, in calendar time.
	Policy *sla.Policy
	// Events keeps each conversation's SLA events. Nil means in memory.
	Events Events
	// Agent reports whether an address (lower-cased) belongs to the
	// support team: mail from it is the desk's reply. Nil means the team
	// is not known; see [Pipeline.File] for how replies are told then.
	Agent func(address string) bool
	// Drafter drafts acknowledgements of the messages that need an
	// answer. Nil means no drafts.
	Drafter *Drafter

	once   sync.Once
	index  *thread.Index
	policy *sla.Policy
	events Events
}

// setup fills in the defaults of the fields left nil.
func (p *Pipeline) setup() {
	p.once.Do(func() {
		p.index, p.policy, p.events = p.Index, p.Policy, p.Events
		if p.index == nil {
			p.index = &thread.Index{Agent: p.Agent}
		}
		if p.policy == nil {
			p.policy = sla.Prompt(24 * time.Hour)
		}
		if p.events == nil {
			p.events = &MemEvents{}
		}
	})
}

// Parse parses raw, the message known as src (a file name, a mailbox
// position, a request id), and classifies it. It is a pure function of its
// input and never panics: whatever goes wrong ends up in Record.Error, and
// the message is then nil. The message keeps raw, which must not be
// modified afterwards.
func (p *Pipeline) Parse(src string, raw []byte) (Record, *correspondence.Message) {
	return p.parse(src, func() (*correspondence.Message, error) { return p.Parser.ParseBytes(raw) })
}

// Read is Parse for a message read from r, up to the Parser's MaxSize.
func (p *Pipeline) Read(src string, r io.Reader) (Record, *correspondence.Message) {
	return p.parse(src, func() (*correspondence.Message, error) { return p.Parser.Parse(r) })
}

func (p *Pipeline) parse(src string, parse func() (*correspondence.Message, error)) (r Record, m *correspondence.Message) {
	defer func() {
		// Parsing and classifying must not panic on any input; if they
		// do anyway, that is reported against the message rather than
		// ending the host.
		if v := recover(); v != nil {
			r, m = Failed(src, fmt.Errorf("panic (a bug in Cartero): %v", v)), nil
		}
	}()
	m, err := parse()
	if err != nil {
		return Failed(src, err), nil
	}
	return describe(src, m, classify.Message(m)), m
}

// File files m, the message r describes, as Parse returned them: it finds
// its conversation, logs its SLA event, computes the conversation's status
// at now and drafts the acknowledgement, and records all of that in r. A
// nil m (a message that could not be parsed) is left alone. The error says
// which stage failed; r then holds what the stages before it found.
//
// A message is the desk's reply when its sender is one of the Pipeline's
// Agent addresses or, when Agent is nil, when it comes from an address the
// conversation's first message was sent to: the help desk's own mailbox.
// Those addresses are kept in the event log, as an sla.Note event whose ID
// is DeskNotePrefix followed by the addresses in a JSON array, so that they
// survive with the log; Status never sees that note.
//
// Filing a message again (a re-delivery, or a retry after an error) files
// it once: the Index reports it as a duplicate, and its event, whose ID is
// its Message-ID, is logged once.
func (p *Pipeline) File(ctx context.Context, r *Record, m *correspondence.Message, now time.Time) error {
	_, err := p.FileResult(ctx, r, m, now)
	return err
}

// FileResult is File that also returns what the Index found, for hosts that
// act on more than the Record says, such as whether the message was
// admitted to its conversation (Result.Admitted) or the token to stamp on
// replies. The Result is zero when m is nil or threading failed.
func (p *Pipeline) FileResult(ctx context.Context, r *Record, m *correspondence.Message, now time.Time) (thread.Result, error) {
	if m == nil {
		return thread.Result{}, nil
	}
	p.setup()
	res, err := p.index.Add(ctx, m)
	if err != nil {
		return thread.Result{}, fmt.Errorf("threading: %w", err)
	}
	r.Thread = res.Conversation
	r.Parent = res.Parent
	r.Match = res.Match.String()
	r.Verdict = res.Verdict.String()
	st, inbound, err := p.clock(ctx, res, m, r, now)
	if err != nil {
		return res, fmt.Errorf("sla events: %w", err)
	}
	r.SLA = metrics(st)
	if p.Drafter != nil && needsAnswer(r, inbound) {
		if r.Draft, err = p.Drafter.draft(m, r, st); err != nil {
			return res, fmt.Errorf("drafting a reply: %w", err)
		}
	}
	return res, nil
}

// Process is Parse followed by File. The error is File's: a message that
// cannot be parsed has r.Error set, a nil message and no error.
func (p *Pipeline) Process(ctx context.Context, src string, raw []byte, now time.Time) (Record, *correspondence.Message, error) {
	r, m := p.Parse(src, raw)
	err := p.File(ctx, &r, m, now)
	return r, m, err
}

// DeskNotePrefix starts the ID of the sla.Note event in which the Pipeline
// keeps the addresses a conversation's first message was sent to.
const DeskNotePrefix = "cartero-desk:"

// clock logs the SLA event of m, filed as res says, and returns the
// conversation's status at now, counting the events logged so far, and
// whether m came from the customer.
func (p *Pipeline) clock(ctx context.Context, res thread.Result, m *correspondence.Message, r *Record, now time.Time) (sla.Status, bool, error) {
	conv := res.Conversation
	logged, err := p.events.Events(ctx, conv)
	if err != nil {
		return sla.Status{}, false, err
	}
	var (
		events []sla.Event // what Status counts: all but the desk note
		desk   []string
		noted  bool
	)
	for _, e := range logged {
		if e.Kind == sla.Note && strings.HasPrefix(e.ID, DeskNotePrefix) {
			if !noted {
				noted = true
				// A note that cannot be read leaves the desk unknown.
				_ = json.Unmarshal([]byte(e.ID[len(DeskNotePrefix):]), &desk)
			}
			continue
		}
		events = append(events, e)
	}

	at := m.Date
	if at.IsZero() {
		at = m.Received
	}
	// The desk is noted by the message that started the conversation, or
	// by a copy of it delivered again after an error that kept it from
	// being noted; later messages of a conversation whose first message
	// is still being filed in another process find no desk.
	if !noted && (res.Match == thread.MatchNew || res.Match == thread.MatchDuplicate && len(events) == 0) {
		desk = recipients(m)
		id, err := json.Marshal(desk)
		if err != nil {
			return sla.Status{}, false, err
		}
		noteAt := at
		if noteAt.IsZero() {
			noteAt = now
		}
		if err := p.events.AppendEvent(ctx, conv, sla.Event{At: noteAt, Kind: sla.Note, ID: DeskNotePrefix + string(id)}); err != nil {
			return sla.Status{}, false, err
		}
	}

	from := strings.ToLower(m.From.Address)
	inbound := !(p.Agent != nil && p.Agent(from) || p.Agent == nil && slices.Contains(desk, from) && len(events) > 0)
	if !at.IsZero() {
		ev := sla.Event{At: at, Kind: sla.Inbound, Auto: r.Auto != nil, Channel: m.Channel, Type: r.Type, ID: m.ID}
		if !inbound {
			ev = sla.Event{At: at, Kind: sla.Reply, Auto: r.Auto != nil, ID: m.ID}
		}
		if err := p.events.AppendEvent(ctx, conv, ev); err != nil {
			return sla.Status{}, false, err
		}
		if ev.ID == "" || !slices.ContainsFunc(events, func(e sla.Event) bool { return e.ID == ev.ID }) {
			events = append(events, ev)
		}
	}
	return p.policy.Status(events, now), inbound, nil
}

// recipients returns the To and Cc addresses of m, lower-cased, each once.
func recipients(m *correspondence.Message) []string {
	out := []string{}
	for _, a := range slices.Concat(m.To, m.Cc) {
		if addr := strings.ToLower(a.Address); !slices.Contains(out, addr) {
			out = append(out, addr)
		}
	}
	return out
}
