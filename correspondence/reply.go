package correspondence

import (
	"strings"

	"github.com/cartero/cartero/internal/subject"
)

// DefaultMaxReferences is the number of ids NewReply keeps in References
// when ReplyOptions.MaxReferences is zero.
const DefaultMaxReferences = 20

// ReplyOptions says how [NewReply] answers a message.
type ReplyOptions struct {
	// From is the address answering: an agent or the support address.
	From Address

	// All answers everyone: Cc gets the original's To and Cc, without
	// From itself and without the addresses already in To.
	All bool

	// Automatic marks the reply as sent by software (an acknowledgement,
	// an out-of-office notice): Auto-Submitted: auto-replied (RFC 3834),
	// which tells the other side's software not to answer it.
	Automatic bool

	// MaxReferences caps References; DefaultMaxReferences when zero or
	// less. A longer chain keeps its first id (the start of the
	// conversation) and the most recent ones; a cap of 1 keeps only the
	// parent.
	MaxReferences int
}

// NewReply returns a reply to m, ready for its text and for a [Writer]:
//
//   - To is m.ReplyTo, or m.From when there is no Reply-To. When that
//     would address only opts.From itself (answering a message the host
//     sent), the reply goes to m's To instead, as mail clients do.
//   - Subject is "Re: " and m's subject without its reply prefixes in any
//     language, so "RE: Re: Pedido" gives "Re: Pedido"; forward prefixes
//     stay ("Fwd: x" gives "Re: Fwd: x"); an empty subject gives "Re:".
//   - InReplyTo is m.ID; References is m.References (or m.InReplyTo when
//     m has no References and exactly one In-Reply-To id) followed by
//     m.ID, without duplicates, trimmed to opts.MaxReferences.
//   - Channel and Language are m's.
//
// ID and Date are left empty for the Writer to fill in. NewReply never
// modifies m, and the reply shares no slices with it.
func NewReply(m *Message, opts ReplyOptions) *Message {
	r := &Message{
		Channel:  m.Channel,
		From:     opts.From,
		Language: m.Language,
	}
	if opts.Automatic {
		r.AutoSubmitted = "auto-replied"
	}

	// Recipients.
	author := m.ReplyTo
	if len(author) == 0 && m.From.Address != "" {
		author = []Address{m.From}
	}
	r.To = appendNew(nil, author, opts.From)
	if len(r.To) == 0 && len(author) > 0 {
		// The host answers its own message: the reply continues towards
		// the people it was sent to.
		r.To = appendNew(nil, m.To, opts.From)
	}
	if opts.All {
		skip := append(append([]Address(nil), r.To...), opts.From)
		r.Cc = appendNew(appendNew(nil, m.To, skip...), m.Cc, skip...)
	}

	// Subject.
	s, _ := subject.StripReply(m.Subject)
	if s = strings.TrimSpace(s); s == "" {
		r.Subject = "Re:"
	} else {
		r.Subject = "Re: " + s
	}

	// Threading.
	if m.ID != "" {
		r.InReplyTo = []string{m.ID}
	}
	refs := m.References
	if len(refs) == 0 && len(m.InReplyTo) == 1 {
		refs = m.InReplyTo
	}
	r.References = references(refs, m.ID, opts.MaxReferences)
	return r
}

// appendNew appends to dst the addresses of src that are neither in skip
// nor already in dst, nor repeated in src. Addresses compare without
// regard to case; entries without an address are dropped.
func appendNew(dst, src []Address, skip ...Address) []Address {
	seen := func(list []Address, a Address) bool {
		for _, b := range list {
			if strings.EqualFold(a.Address, b.Address) {
				return true
			}
		}
		return false
	}
	for _, a := range src {
		if a.Address == "" || seen(skip, a) || seen(dst, a) {
			continue
		}
		dst = append(dst, a)
	}
	return dst
}

// references returns refs followed by parent, without empty or repeated
// ids, keeping at most max: the first id and the most recent ones.
func references(refs []string, parent string, max int) []string {
	if max <= 0 {
		max = DefaultMaxReferences
	}
	out := make([]string, 0, len(refs)+1)
	seen := make(map[string]bool, len(refs)+1)
	seen[parent] = true // the parent goes last, whatever came before
	for _, id := range refs {
		if id == "" || seen[id] {
			continue
		}
		seen[id] = true
		out = append(out, id)
	}
	if parent != "" {
		out = append(out, parent)
	}
	if len(out) == 0 {
		return nil
	}
	if len(out) > max {
		if max == 1 {
			return out[len(out)-1:]
		}
		out = append(out[:1], out[len(out)-(max-1):]...)
	}
	return out
}
