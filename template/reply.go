package template

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/classify"
	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/sla"
	"github.com/cartero/cartero/thread"
)

// ReplyOptions says how [Draft.Reply] turns a draft into a message.
type ReplyOptions struct {
	// From is the address the reply is sent from: the agent's or the
	// support address. Required by the writer.
	From correspondence.Address

	// All answers everyone the customer's message went to (see
	// correspondence.ReplyOptions).
	All bool

	// Automatic marks a reply that software sends without a person
	// reading it first, such as an acknowledgement: it carries
	// Auto-Submitted: auto-replied (RFC 3834), and Reply refuses to
	// send it in answer to automatic mail (bounces, out-of-office
	// notices, other auto-replies, bulk and list mail), with
	// ErrAutomaticMail.
	Automatic bool

	// Token, when it is not the zero Token, is stamped on the reply
	// (see thread.Token.Stamp): a Message-ID carrying its code, a plus
	// Reply-To address and the subject tag, so that the customer's
	// answer finds the conversation even when their client drops the
	// threading headers. Record the written reply with thread's
	// Index.Sent.
	Token thread.Token
	// Domain is the right-hand side of the Message-ID made for the
	// token; "localhost" when empty.
	Domain string
	// Rand is the source of the Message-ID's randomness; crypto/rand
	// when nil.
	Rand io.Reader
}

// Reply returns the draft as a reply to m, ready for a
// correspondence.Writer: addressed as correspondence.NewReply addresses
// it (In-Reply-To m's Message-ID, References the chain up to it), with
// the draft's subject, text and HTML (a multipart/alternative message)
// and Content-Language set to the draft's locale.
func (d *Draft) Reply(m *correspondence.Message, opts ReplyOptions) (*correspondence.Message, error) {
	if opts.Automatic {
		if a := classify.Automatic(m); a != nil {
			return nil, fmt.Errorf("%w: %s (%s)", ErrAutomaticMail, a.Kind, a.Reason)
		}
	}
	r := correspondence.NewReply(m, correspondence.ReplyOptions{
		From:      opts.From,
		All:       opts.All,
		Automatic: opts.Automatic,
	})
	for _, list := range [][]correspondence.Address{r.To, r.Cc} {
		for i := range list {
			list[i].Name = cleanName(list[i].Name)
		}
	}
	d.fill(r)
	if opts.Token != (thread.Token{}) {
		if err := opts.Token.Stamp(r, opts.Domain, opts.Rand); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// Message returns the draft as a new message from one address to
// another, for mail the business starts (a shipping notice, a survey
// invitation). Stamp it with a conversation's token (thread.Token.Stamp)
// when it belongs to one.
func (d *Draft) Message(from, to correspondence.Address) *correspondence.Message {
	m := &correspondence.Message{
		Channel: correspondence.Email,
		From:    from,
		To:      []correspondence.Address{to},
	}
	d.fill(m)
	return m
}

// cleanName makes a display name that came in a customer's mail safe to
// write back: control characters and invalid UTF-8 become spaces. The
// address itself is written as it came; the writer refuses a bad one.
func cleanName(s string) string {
	clean := utf8.ValidString(s)
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == utf8.RuneError {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

func (d *Draft) fill(m *correspondence.Message) {
	m.Subject = d.Subject
	m.Text = d.Text
	m.HTML = d.HTML
	if d.Locale != (language.Tag{}) {
		m.Language = d.Locale.String()
	}
}

// Due returns the time promised to the customer for the next reply: the
// due time of the first-reply or next-reply clock of st that is running
// (or paused, or late), the earlier when both are; the zero time when
// neither is.
func Due(st sla.Status) time.Time {
	var due time.Time
	for _, m := range st.Metrics {
		if m.Metric != sla.FirstReply && m.Metric != sla.NextReply {
			continue
		}
		switch m.State {
		case sla.Active, sla.Paused, sla.Breached:
		default:
			continue
		}
		if m.Due.IsZero() {
			continue
		}
		if due.IsZero() || m.Due.Before(due) {
			due = m.Due
		}
	}
	return due
}
