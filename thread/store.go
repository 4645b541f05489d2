package thread

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Store keeps what an [Index] knows about conversations: which
// conversation each message id belongs to, who takes part in each
// conversation, and the latest conversation of each customer and subject.
// Hosts implement it over their database; [MemStore] is the in-memory
// implementation, and the conformance suite in
// [github.com/cartero/cartero/thread/threadtest] checks any other.
//
// # Contract
//
// Every Index decision is made from what the read methods (Claims, Role,
// Latest) return and written with a single call to Create or Append. A
// Store must make that safe when several Index values, in one process or
// in many, share it:
//
//   - Atomicity. Create and Append change everything they are asked to or
//     nothing. A call that fails otherwise than with a *[ConflictError]
//     or [ErrDuplicate] may have been applied or not; calling it again
//     with the same arguments must then be harmless: a repeated Append
//     reports ErrDuplicate, a repeated Create conflicts on the message's
//     own id, and the Index resolves both.
//   - Insert-if-absent claims. A message id is claimed by at most one
//     conversation, and a claim never moves: Create fails with a
//     *ConflictError when any of its ids is already claimed, and Append
//     never takes an id claimed by another conversation. Claim.Added only
//     changes from false to true.
//   - Growth only. Participants are only added (a participant keeps the
//     role it was first added with), and a conversation's last time only
//     moves forward. So a decision made on what a read returned stays
//     valid however the Store changed in between, and the writes need no
//     check beyond the claims.
//   - Read your writes. Once a call has returned, every later call, from
//     any process, sees its effect.
//   - No aliasing. A Store copies what it keeps from its arguments and
//     returns values the caller may keep and modify.
//   - Context. Methods honour ctx cancellation where they do I/O and
//     return ctx.Err() (possibly wrapped) when they give up.
//
// Message ids are compared exactly, as the canonical strings of
// [correspondence.Message] (case matters). Addresses and customer keys
// are passed already lower-cased; the Store compares them exactly. Times
// may be kept to the microsecond (PostgreSQL's timestamptz) or better;
// the Index needs whole seconds.
//
// # A relational sketch
//
// A SQL implementation fits in four tables: claims (id primary key,
// conversation, added), conversations (id from a sequence, last),
// participants (conversation, address, role; primary key on the first
// two) and subjects (customer, subject, conversation; primary key on the
// first two). Create is one transaction: take the next id from the
// sequence, INSERT the claims (a unique violation is a conflict: roll back
// and report the ids already claimed), INSERT the participants, and INSERT
// the subject row ON CONFLICT DO UPDATE only WHERE the holder's last time
// is before the cutoff (no row updated is a conflict). Append is one
// transaction of INSERT … ON CONFLICT DO NOTHING statements, an UPDATE
// that raises last with GREATEST, and a check that the message's own id
// ended up claimed by the conversation.
type Store interface {
	// Claims returns the claims on those of ids that are claimed, in any
	// order, one per id. Ids that are not claimed are left out.
	Claims(ctx context.Context, ids []string) ([]Claim, error)

	// Role returns the role of address in conversation conv, or RoleNone
	// when the address takes no part in it. It returns an error matching
	// ErrNotFound when there is no conversation conv.
	Role(ctx context.Context, conv, address string) (Role, error)

	// Latest returns the conversation that holds the subject key (customer,
	// subject) and the time of its last message. It returns an error
	// matching ErrNotFound when no conversation holds the key.
	Latest(ctx context.Context, customer, subject string) (conv string, last time.Time, err error)

	// Create stores a new conversation and returns its id, a new string
	// that the Store never returned before, of 1 to 16 characters of the
	// token alphabet ([SerialID] formats a sequence number that way).
	//
	// In one atomic step it claims c.ID (Added) and every id of
	// c.References (not Added), adds c.Participants, sets the
	// conversation's last time to c.Time, and, when c.Customer is not "",
	// makes the new conversation hold the subject key (c.Customer,
	// c.Subject). When an id is already claimed, or the key is held by a
	// conversation whose last time is not before c.Cutoff, it writes
	// nothing and returns a *ConflictError.
	Create(ctx context.Context, c *Change) (string, error)

	// Append adds to conversation conv, in one atomic step: it claims
	// c.ID (Added), or marks it Added when conv claims it as a reference;
	// claims for conv every id of c.References that is not claimed yet,
	// leaving the others as they are; adds c.Participants that are not
	// participants yet; and raises the conversation's last time to c.Time
	// when that is later. It writes nothing and returns
	//
	//   - a *ConflictError when c.ID is claimed by another conversation;
	//   - an error matching ErrDuplicate when c.ID is already Added to
	//     conv: the message was added before, by another process or by an
	//     earlier call whose answer was lost;
	//   - an error matching ErrNotFound when there is no conversation conv.
	//
	// c.Customer, c.Subject and c.Cutoff are not used. Appending a change
	// that has no ID twice has the effect of appending it once.
	Append(ctx context.Context, conv string, c *Change) error
}

// Claim says which conversation a message id belongs to.
type Claim struct {
	ID           string // the message id
	Conversation string // the conversation that claimed it
	// Added is true when the message itself was added to the
	// conversation, false when so far it has only been referenced by a
	// message that was (it is expected, or was never received).
	Added bool
}

// Change is what one Index decision writes to a Store with Create or
// Append. Its slices belong to the caller; Stores copy what they keep.
type Change struct {
	ID           string        // the message's own id; "" when it has none
	References   []string      // ids the message refers to, claimed when free
	Participants []Participant // addresses lower-cased, no duplicates
	Time         time.Time     // the message's time; zero when unknown

	// Customer and Subject form the subject key the new conversation
	// takes (Create only); Customer "" means no key. Cutoff is the time
	// before which a conversation's last message is too old to keep the
	// key.
	Customer string
	Subject  string
	Cutoff   time.Time
}

// ErrNotFound is matched by the error a Store returns for a conversation
// or subject key it does not have.
var ErrNotFound = errors.New("thread: not found")

// ErrDuplicate is matched by the error Store.Append returns for a message
// already added to the conversation.
var ErrDuplicate = errors.New("thread: message already added")

// ErrConflict is matched by every *ConflictError: the Store changed between
// an Index's reads and its write.
var ErrConflict = errors.New("thread: conflicting concurrent change")

// ConflictError reports a write refused because an id or the subject key
// it wanted was taken. The Index reads again and decides afresh; it
// returns a ConflictError only when that keeps happening, or when
// [Index.Open] finds the message's id claimed.
type ConflictError struct {
	IDs     []string // the ids claimed by another conversation
	Subject bool     // the subject key is held by a live conversation
}

// Error says what was taken.
func (e *ConflictError) Error() string {
	var b strings.Builder
	b.WriteString(ErrConflict.Error())
	if len(e.IDs) > 0 {
		fmt.Fprintf(&b, ": %d message id(s) claimed by another conversation (%s)", len(e.IDs), e.IDs[0])
	}
	if e.Subject {
		b.WriteString(": subject key held by another conversation")
	}
	return b.String()
}

// Unwrap returns ErrConflict.
func (e *ConflictError) Unwrap() error { return ErrConflict }

// SerialID returns the conversation id for sequence number n: n in the
// token alphabet (Crockford's base 32: digits and upper-case letters
// without I, L, O and U), at least four characters long, so 1 is "0001"
// and 1,048,576 is "10000". It is the id format of [MemStore], and a
// convenient one for Stores over a database sequence.
func SerialID(n uint64) string {
	var buf [13]byte // 64 bits are 13 characters
	i := len(buf)
	for n > 0 || i > len(buf)-4 {
		i--
		buf[i] = tokenAlphabet[n&31]
		n >>= 5
	}
	return string(buf[i:])
}
