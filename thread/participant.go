package thread

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/internal/header"
)

// Role is the part an address takes in a conversation.
type Role uint8

// The roles. The zero Role is no role at all: a stranger.
const (
	RoleNone      Role = iota // not a participant
	RoleRequester             // the author of the conversation's first message
	RoleCc                    // added by the requester, an agent or the host: To, Cc and Reply-To addresses
	RoleAgent                 // the host's staff and support addresses
)

var roleNames = [...]string{"none", "requester", "cc", "agent"}

// String returns the role's lower-case name: "none", "requester", "cc" or
// "agent".
func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return fmt.Sprintf("Role(%d)", uint8(r))
}

// MarshalText returns the role's name.
func (r Role) MarshalText() ([]byte, error) {
	if int(r) >= len(roleNames) {
		return nil, fmt.Errorf("thread: invalid role %d", uint8(r))
	}
	return []byte(roleNames[r]), nil
}

// UnmarshalText sets r from its name.
func (r *Role) UnmarshalText(text []byte) error {
	for i, name := range roleNames {
		if string(text) == name {
			*r = Role(i)
			return nil
		}
	}
	return fmt.Errorf("thread: unknown role %q", text)
}

// Participant is an address that may post to a conversation.
type Participant struct {
	Address string // lower-cased
	Role    Role
}

// Verdict says who sent a message, as far as its conversation can tell:
// whether the From address takes part in the conversation, and whether the
// host's own mail server authenticated it (see [Authenticated]). The zero
// Verdict is the least trusted: an unauthenticated stranger.
//
// Its text form, for JSON, is one of "participant-authenticated",
// "participant-unauthenticated", "stranger-authenticated" and
// "stranger-unauthenticated".
type Verdict struct {
	Participant   bool
	Authenticated bool
}

// String returns the verdict's text form.
func (v Verdict) String() string {
	s := "stranger"
	if v.Participant {
		s = "participant"
	}
	if v.Authenticated {
		return s + "-authenticated"
	}
	return s + "-unauthenticated"
}

// MarshalText returns the verdict's text form.
func (v Verdict) MarshalText() ([]byte, error) { return []byte(v.String()), nil }

// UnmarshalText sets v from its text form.
func (v *Verdict) UnmarshalText(text []byte) error {
	s := string(text)
	var w Verdict
	who, auth, ok := strings.Cut(s, "-")
	switch who {
	case "participant":
		w.Participant = true
	case "stranger":
	default:
		ok = false
	}
	switch auth {
	case "authenticated":
		w.Authenticated = true
	case "unauthenticated":
	default:
		ok = false
	}
	if !ok {
		return fmt.Errorf("thread: unknown verdict %q", s)
	}
	*v = w
	return nil
}

// lowerAddress returns a lower-cased and trimmed, the form addresses take
// in a Store. ASCII addresses already in lower case are returned without
// a copy.
func lowerAddress(a string) string {
	a = header.TrimSpace(a)
	for i := 0; i < len(a); i++ {
		c := a[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(a)
		}
		if 'A' <= c && c <= 'Z' {
			b := []byte(a)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				} else if b[j] >= utf8.RuneSelf {
					return strings.ToLower(a)
				}
			}
			return string(b)
		}
	}
	return a
}

// addressDomain returns the lower-cased domain of an address, or "".
func addressDomain(addr string) string {
	at := strings.LastIndexByte(addr, '@')
	if at < 0 || at == len(addr)-1 {
		return ""
	}
	return lowerAddress(addr[at+1:])
}

// plusDetail returns the part of an address's local part after its last
// '+': the token of a plus address ("support+0001AZYAMX…@example.com").
func plusDetail(addr string) (string, bool) {
	at := strings.LastIndexByte(addr, '@')
	if at <= 0 {
		return "", false
	}
	local := addr[:at]
	plus := strings.LastIndexByte(local, '+')
	if plus < 0 || plus == len(local)-1 || strings.HasPrefix(local, `"`) {
		return "", false
	}
	return local[plus+1:], true
}

// deliveryFields are the header fields mail servers set to the address a
// message was delivered to; they keep a plus address when the client that
// wrote the reply dropped it from To and Cc.
var deliveryFields = [...]string{"Delivered-To", "X-Original-To", "Envelope-To"}

// headerAddress returns the addr-spec in a header value that holds one
// address: "support+x@example.com" or "<support+x@example.com>".
func headerAddress(v string) string {
	v = strings.TrimSpace(v)
	if i := strings.IndexByte(v, '<'); i >= 0 {
		if j := strings.IndexByte(v[i:], '>'); j > 0 {
			return strings.TrimSpace(v[i+1 : i+j])
		}
	}
	return v
}

// addParticipant appends p to list unless its address is already there.
func addParticipant(list []Participant, p Participant) []Participant {
	if p.Address == "" {
		return list
	}
	for _, q := range list {
		if q.Address == p.Address {
			return list
		}
	}
	return append(list, p)
}

// trustedRecipients appends to list the addresses of m that join the
// conversation with it when the message is trusted: To, Cc and Reply-To,
// as RoleCc, without
// the sender, without addresses that carry a token (the host's own plus
// addresses) and without addresses the isAgent function claims for the
// host. Bcc never counts: its recipients were hidden from the others.
func trustedRecipients(list []Participant, m *correspondence.Message, sender string, isAgent func(string) bool) []Participant {
	for _, group := range [...][]correspondence.Address{m.To, m.Cc, m.ReplyTo} {
		for _, a := range group {
			addr := lowerAddress(a.Address)
			if addr == "" || addr == sender || looksLikeCode(addr) || isAgent != nil && isAgent(addr) {
				continue
			}
			list = addParticipant(list, Participant{Address: addr, Role: RoleCc})
		}
	}
	return list
}

// looksLikeCode reports whether the plus detail of addr has the shape of
// a token code, signed by any key. Such addresses belong to a host (the
// one that signed them, or another Cartero host) and never join as
// participants.
func looksLikeCode(addr string) bool {
	d, ok := plusDetail(addr)
	if !ok {
		return false
	}
	_, _, _, ok = splitCode(d)
	return ok
}
