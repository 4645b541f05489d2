package thread

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/internal/subject"
)

// DefaultWindow bounds grouping by subject when [Index.Window] or
// [Builder.Window] is zero: a week, as Gmail groups mail by subject. A
// message with the same subject from one of a conversation's participants
// joins it only within this time after the conversation's last message.
const DefaultWindow = 7 * 24 * time.Hour

// maxReferenced is the number of referenced ids an Index looks at in a
// message: its In-Reply-To ids and its most recent References. Real
// messages name a few; the bound keeps a hostile References field cheap.
const maxReferenced = 32

// maxDecisions bounds how often an Index decides again after a Store
// reported a concurrent change.
const maxDecisions = 5

// Index files messages into conversations one at a time, as they arrive:
// the incremental threading a help desk needs. [Index.Add] finds the
// conversation a message belongs to, says how it found it, and judges
// whether the sender may post there; [Index.Sent] records the host's own
// outbound mail; [Index.Open] and [Index.Admit] carry out the host's
// decision about a stranger.
//
// The zero Index is ready to use: it keeps conversations in its own
// [MemStore], issues no tokens and trusts no Authentication-Results. An
// Index is safe for concurrent use, and several Index values in several
// processes may share one Store. Its fields must not change after first
// use, and an Index must not be copied after first use.
type Index struct {
	// Store keeps the conversations; nil means an in-memory store inside
	// the Index.
	Store Store

	// Keys signs the tokens of new conversations and verifies the tokens
	// of replies. Nil means no tokens: replies are matched by their
	// references, subject and participants only.
	Keys *KeyRing

	// AuthServIDs are the authserv-ids of the host's own mail servers,
	// whose Authentication-Results fields are trusted (see
	// [Authenticated]). Nil trusts none, so no message is authenticated.
	AuthServIDs []string

	// RequireAuthentication admits to an existing conversation only
	// messages whose From address was authenticated. Without it,
	// unauthenticated participants are admitted too (and reported as
	// such); agents never are.
	RequireAuthentication bool

	// Window bounds subject matching: a message joins a conversation by
	// subject only within Window after that conversation's last message.
	// Zero means DefaultWindow; a negative Window turns subject matching
	// off.
	Window time.Duration

	// Customer returns the customer an address writes for: a key that is
	// the same for every address of one customer (an account id, an
	// organization) and differs between customers. Subject matching never
	// crosses customers. Nil, or "" returned, makes every address its own
	// customer.
	Customer func(address string) string

	// Agent reports whether an address (lower-cased) belongs to the
	// host: its support mailboxes and its staff. Such an address may post
	// to every conversation when its mail is authenticated, and is never
	// added as a participant from inbound mail. Nil means none.
	Agent func(address string) bool

	mem MemStore
}

// Match says how a message found its conversation.
type Match uint8

// The ways a message finds its conversation, tried in this order after
// its own Message-ID.
const (
	MatchToken     Match = iota + 1 // a valid Code in a referenced Message-ID or a plus address
	MatchReference                  // a known Message-ID in In-Reply-To or References, or its own id referenced by the conversation
	MatchTag                        // a valid Tag in the subject
	MatchSubject                    // the same subject from a participant of the same customer, within the window
	MatchNew                        // none: a new conversation
	MatchDuplicate                  // its own Message-ID was added before: a redelivery, a second copy or a retried Add
)

var matchNames = [...]string{"", "token", "reference", "tag", "subject", "new", "duplicate"}

// String returns the lower-case name used in JSON: "token", "reference",
// "tag", "subject", "new" or "duplicate".
func (m Match) String() string {
	if m > 0 && int(m) < len(matchNames) {
		return matchNames[m]
	}
	return fmt.Sprintf("Match(%d)", uint8(m))
}

// MarshalText returns the match's name; the zero Match has none and is an
// error.
func (m Match) MarshalText() ([]byte, error) {
	if m == 0 || int(m) >= len(matchNames) {
		return nil, fmt.Errorf("thread: invalid match %d", uint8(m))
	}
	return []byte(matchNames[m]), nil
}

// UnmarshalText sets m from its name.
func (m *Match) UnmarshalText(text []byte) error {
	for i, name := range matchNames[1:] {
		if string(text) == name {
			*m = Match(i + 1)
			return nil
		}
	}
	return fmt.Errorf("thread: unknown match %q", text)
}

// Result is what Index.Add found out about a message.
type Result struct {
	// Conversation is the id of the conversation the message matched, or
	// of the new one it started. It never changes once issued.
	Conversation string `json:"conversation"`
	Match        Match  `json:"match"`
	// Parent is the message this one answers, as far as the conversation
	// knows it: for a match through a referenced id, that id; otherwise
	// the first of the message's In-Reply-To ids and References (newest
	// first) that the conversation claims. "" when there is none, and
	// always for new conversations.
	Parent  string  `json:"parent,omitempty"`
	Verdict Verdict `json:"verdict"`
	// Admitted is true when the message is part of Conversation: it
	// started it, was added to it, or had been (MatchDuplicate). When it
	// is false the sender is a stranger there (or unauthenticated where
	// authentication is required, or an agent without it) and nothing
	// was stored: the host quarantines the message, opens a conversation
	// for it with Index.Open, or admits it with Index.Admit.
	Admitted bool `json:"admitted"`
	// Token is the conversation's token, for stamping replies; zero when
	// the Index has no Keys or the message was not admitted.
	Token Token `json:"token,omitzero"`
}

// store returns the Store in use.
func (x *Index) store() Store {
	if x.Store != nil {
		return x.Store
	}
	return &x.mem
}

func (x *Index) window() time.Duration {
	if x.Window == 0 {
		return DefaultWindow
	}
	return x.Window
}

// inbound is what an Index reads from a message before asking the Store
// anything.
type inbound struct {
	m          *correspondence.Message
	from       string    // lower-cased From address
	auth       bool      // From authenticated by a trusted server
	t          time.Time // Received, else Date; zero when unknown
	ids        []string  // its own id and candidates, for Store.Claims
	candidates []string  // referenced ids, most relevant first
	free       []string  // the candidates no conversation claimed when last read
	codeConv   string    // conversation of the first valid Code
	code       verified  // how it verified
	tagConv    string    // conversation of the subject's valid Tags, when they agree

	// The subject key, made on first use by key: most messages match
	// before subject matching is tried.
	x        *Index
	keyDone  bool
	keyed    bool
	customer string
	subject  string
}

// key returns the subject key of the message, or false when subject
// matching does not apply to it.
func (in *inbound) key() (customer, subj string, ok bool) {
	if !in.keyDone {
		in.keyDone = true
		x, m := in.x, in.m
		if x.window() > 0 && !in.t.IsZero() && in.from != "" {
			in.subject = normalizedSubject(m.Subject)
			in.customer = in.from
			if x.Customer != nil {
				in.customer = x.Customer(in.from)
			}
			// An empty e-mail subject says nothing about the conversation;
			// on other channels, where subjects are rare, one customer's
			// messages within the window go together.
			in.keyed = in.customer != "" && (in.subject != "" || m.Channel.String() != string(correspondence.Email))
		}
	}
	return in.customer, in.subject, in.keyed
}

// inspect reads m into in.
func (x *Index) inspect(in *inbound, m *correspondence.Message) {
	*in = inbound{
		m:    m,
		x:    x,
		from: lowerAddress(m.From.Address),
		auth: Authenticated(m, x.AuthServIDs),
		t:    arrivalTime(m),
	}
	in.ids, in.candidates = lookupIDs(m)
	if x.Keys != nil {
		in.codeConv, in.code = x.findCode(m, in.candidates)
		in.tagConv = x.findTag(m.Subject)
	}
}

// arrivalTime returns when the host received m, or when its author says
// it was written.
func arrivalTime(m *correspondence.Message) time.Time {
	if !m.Received.IsZero() {
		return m.Received
	}
	return m.Date
}

// normalizedSubject returns the subject as conversations compare it: without
// tags, reply and forward prefixes, and case.
func normalizedSubject(s string) string {
	return strings.ToLower(subject.Normalize(stripTokenTags(s)))
}

// lookupIDs returns the ids m refers to (refs), most relevant first: its
// In-Reply-To ids, then its References from the newest, without m's own
// id or repetitions, at most maxReferenced. ids is m's own id, when it
// has one, followed by refs, in the same array: what a Store is asked
// about.
func lookupIDs(m *correspondence.Message) (ids, refs []string) {
	n := min(len(m.InReplyTo)+len(m.References), maxReferenced)
	if n == 0 && m.ID == "" {
		return nil, nil
	}
	own := 0
	if m.ID != "" {
		own = 1
	}
	ids = make([]string, own, own+n)
	if own == 1 {
		ids[0] = m.ID
	}
	add := func(id string) {
		if id == "" || id == m.ID || len(ids)-own == maxReferenced {
			return
		}
		for _, x := range ids[own:] {
			// Most ids differ in length or in their middle byte; only
			// the others are compared whole.
			if len(x) == len(id) && x[len(x)/2] == id[len(id)/2] && x == id {
				return
			}
		}
		ids = append(ids, id)
	}
	for _, id := range m.InReplyTo {
		add(id)
	}
	for i := len(m.References) - 1; i >= 0 && len(ids)-own < maxReferenced; i-- {
		add(m.References[i])
	}
	if len(ids) == own {
		return ids, nil
	}
	return ids, ids[own:]
}

// findCode returns the conversation of the first valid Code in the
// referenced Message-IDs (in the order of candidates), then in the plus
// addresses m was sent or delivered to.
func (x *Index) findCode(m *correspondence.Message, ids []string) (string, verified) {
	for _, id := range ids {
		local := id
		if at := strings.LastIndexByte(local, '@'); at >= 0 {
			local = local[:at]
		}
		if dot := strings.IndexByte(local, '.'); dot >= 0 {
			local = local[:dot]
		}
		if conv, v, err := x.Keys.verify(local); err == nil {
			return conv, v
		}
	}
	for _, group := range [...][]correspondence.Address{m.To, m.Cc} {
		for _, a := range group {
			if d, ok := plusDetail(a.Address); ok {
				if conv, v, err := x.Keys.verify(d); err == nil {
					return conv, v
				}
			}
		}
	}
	for _, name := range deliveryFields {
		for _, value := range m.Header.Values(name) {
			if d, ok := plusDetail(headerAddress(value)); ok {
				if conv, v, err := x.Keys.verify(d); err == nil {
					return conv, v
				}
			}
		}
	}
	return "", verified{}
}

// findTag returns the conversation named by the valid Tags in s, or ""
// when there are none or they name different conversations.
func (x *Index) findTag(s string) string {
	conv := ""
	ambiguous := false
	tagsIn(s, func(start, end int) bool {
		c, err := x.Keys.VerifyTag(s[start:end])
		if err != nil {
			return true
		}
		if conv != "" && c != conv {
			ambiguous = true
			return false
		}
		conv = c
		return true
	})
	if ambiguous {
		return ""
	}
	return conv
}

// Add files message m: it finds the conversation m belongs to, judges its
// sender, and, when the sender may post there, records m in it. It
// returns the conversation, how m matched it, and the verdict; see
// [Result]. m must not be nil and is not modified.
//
// # Matching
//
// Add tries, in order, and stops at the first that applies:
//
//  1. m's own Message-ID, when the Store knows it: MatchDuplicate when m
//     was added before, MatchReference when a message of the
//     conversation referred to it;
//  2. MatchToken: a valid Code in an In-Reply-To or References id
//     (newest first) or in a plus address of To, Cc, Delivered-To,
//     X-Original-To or Envelope-To;
//  3. MatchReference: the first In-Reply-To id, then References id from
//     the newest, that the Store knows;
//  4. MatchTag: valid Tags in the subject, all naming one conversation;
//  5. MatchSubject: the conversation of the same customer (see
//     Index.Customer) with the same subject (without prefixes, tags or
//     case) whose last message is at most Window older than m (m's
//     Received time, else its Date), when the sender takes part in it;
//  6. MatchNew: a new conversation, whose requester is the sender.
//
// A token, a tag, or a reference only finds a conversation; none lets
// anyone into it. When m points to several conversations, the first
// found in the order above wins (among references, the most recent), and
// m joins that one or none: conversations are never merged, and a
// message that is not admitted where it matched is not tried elsewhere.
//
// # Judging the sender
//
// The sender is m's From address. It is a participant when the Store
// lists it in the conversation (the requester, the people added to it,
// agents who wrote in it) or when Index.Agent claims it; otherwise a
// stranger. Agents are admitted only when authenticated; other
// participants when authenticated or when RequireAuthentication is off.
// An admitted message is recorded: its own id and the ids it references
// are claimed for the conversation, and, only when m is authenticated,
// its To, Cc and Reply-To addresses become participants. A message not
// admitted changes nothing.
//
// A new conversation is always created, with m's sender as requester even
// when m is not authenticated (replies go to that address, so only its
// owner reads them); m's other addresses join only when m is
// authenticated.
//
// # Concurrency
//
// Each decision is written with one Store call. When the Store reports
// that another process changed what the decision rested on (a
// *ConflictError, or ErrDuplicate when it added the same message), Add
// reads again and decides afresh, so two processes adding messages of
// one conversation at once never create two conversations, and of two
// copies of one message added at once, one is reported as a duplicate.
// After five such reports in a row Add gives up with the last one.
// Errors from the Store are returned wrapped.
func (x *Index) Add(ctx context.Context, m *correspondence.Message) (Result, error) {
	var in inbound
	x.inspect(&in, m)
	st := x.store()
	var err error
	for range maxDecisions {
		var res Result
		res, err = x.add(ctx, st, &in)
		// Another process changed the Store, or added this very message,
		// since it was read: decide again on what it holds now.
		if !errors.Is(err, ErrConflict) && !errors.Is(err, ErrDuplicate) {
			return res, err
		}
	}
	return Result{}, fmt.Errorf("thread: adding message %q: %w", m.ID, err)
}

// add makes one decision for in and writes it.
func (x *Index) add(ctx context.Context, st Store, in *inbound) (Result, error) {
	own := in.m.ID
	var claims []Claim
	if len(in.ids) > 0 {
		var err error
		if claims, err = st.Claims(ctx, in.ids); err != nil {
			return Result{}, fmt.Errorf("thread: looking up message ids: %w", err)
		}
	}
	// at[i] is the index in claims of the claim on in.ids[i], or -1.
	var at [1 + maxReferenced]int8
	for i := range in.ids {
		at[i] = -1
	}
	for k, c := range claims[:min(len(claims), len(in.ids))] {
		for i, id := range in.ids {
			if at[i] < 0 && c.ID == id {
				at[i] = int8(k)
				break
			}
		}
	}
	off := len(in.ids) - len(in.candidates) // 1 when in.ids starts with the own id
	claimOf := func(candidate int) (Claim, bool) {
		if k := at[off+candidate]; k >= 0 {
			return claims[k], true
		}
		return Claim{}, false
	}
	// Claims never move, so only the ids free now can be claimed by the
	// write that follows.
	in.free = in.free[:0]
	for j, id := range in.candidates {
		if _, ok := claimOf(j); !ok {
			in.free = append(in.free, id)
		}
	}
	parentIn := func(conv string) string {
		for j, id := range in.candidates {
			if c, ok := claimOf(j); ok && c.Conversation == conv {
				return id
			}
		}
		return ""
	}

	// 1. Its own id.
	if off == 1 && at[0] >= 0 {
		c := claims[at[0]]
		match := MatchReference
		if c.Added {
			match = MatchDuplicate
		}
		res, found, err := x.join(ctx, st, in, c.Conversation, match, parentIn(c.Conversation))
		if found || err != nil {
			return res, err
		}
	}
	// 2. A token.
	if in.codeConv != "" {
		res, found, err := x.join(ctx, st, in, in.codeConv, MatchToken, parentIn(in.codeConv))
		if found || err != nil {
			return res, err
		}
	}
	// 3. A known reference.
	for j, id := range in.candidates {
		if c, ok := claimOf(j); ok {
			res, found, err := x.join(ctx, st, in, c.Conversation, MatchReference, id)
			if found || err != nil {
				return res, err
			}
		}
	}
	// 4. A tag.
	if in.tagConv != "" {
		res, found, err := x.join(ctx, st, in, in.tagConv, MatchTag, parentIn(in.tagConv))
		if found || err != nil {
			return res, err
		}
	}
	// 5. The subject.
	customer, subj, keyed := in.key()
	keyFree := keyed
	if keyed {
		conv, last, err := st.Latest(ctx, customer, subj)
		switch {
		case errors.Is(err, ErrNotFound):
		case err != nil:
			return Result{}, fmt.Errorf("thread: looking up subject: %w", err)
		case !last.IsZero() && in.t.Sub(last) <= x.window():
			keyFree = false
			role, err := st.Role(ctx, conv, in.from)
			if err != nil && !errors.Is(err, ErrNotFound) {
				return Result{}, fmt.Errorf("thread: looking up participant: %w", err)
			}
			if err == nil && role != RoleNone {
				return x.record(ctx, st, in, conv, role, MatchSubject, parentIn(conv))
			}
		}
	}
	// 6. A new conversation. The ids it refers to go with it, so that a
	// concurrent reply to the same unknown message conflicts instead of
	// starting a second conversation.
	c := &Change{ID: own, References: in.free, Time: in.t}
	c.Participants = x.newParticipants(in)
	if keyFree {
		c.Customer, c.Subject, c.Cutoff = customer, subj, in.t.Add(-x.window())
	}
	conv, err := st.Create(ctx, c)
	if err != nil {
		return Result{}, fmt.Errorf("thread: creating a conversation: %w", err)
	}
	res := Result{
		Conversation: conv,
		Match:        MatchNew,
		Verdict:      Verdict{Participant: in.from != "", Authenticated: in.auth},
		Admitted:     true,
	}
	if res.Token, err = x.token(in, conv); err != nil {
		return Result{}, err
	}
	return res, nil
}

// newParticipants returns the participants of a conversation that m
// starts: its sender as requester and, when m is authenticated, its
// recipients.
func (x *Index) newParticipants(in *inbound) []Participant {
	var ps []Participant
	if in.from != "" {
		ps = append(ps, Participant{Address: in.from, Role: RoleRequester})
	}
	if in.auth {
		ps = trustedRecipients(ps, in.m, in.from, x.Agent)
	}
	return ps
}

// join judges the sender of in against conversation conv and, when
// admitted, records the message there. found is false when the Store
// has no conversation conv (a token of a conversation it lost, or of
// another store with the same keys): the caller tries the next way.
func (x *Index) join(ctx context.Context, st Store, in *inbound, conv string, match Match, parent string) (res Result, found bool, err error) {
	role, err := st.Role(ctx, conv, in.from)
	if errors.Is(err, ErrNotFound) {
		return Result{}, false, nil
	}
	if err != nil {
		return Result{}, true, fmt.Errorf("thread: looking up participant: %w", err)
	}
	res, err = x.record(ctx, st, in, conv, role, match, parent)
	return res, true, err
}

// record judges the sender of in, whose role in conversation conv is
// role, and records the message there when it is admitted.
func (x *Index) record(ctx context.Context, st Store, in *inbound, conv string, role Role, match Match, parent string) (Result, error) {
	res := Result{Conversation: conv, Match: match, Parent: parent}
	res.Verdict, res.Admitted = x.judge(role, in)
	if !res.Admitted {
		return res, nil
	}
	if match != MatchDuplicate {
		c := &Change{ID: in.m.ID, References: in.free, Time: in.t}
		if in.auth {
			c.Participants = trustedRecipients(nil, in.m, in.from, x.Agent)
		}
		if err := st.Append(ctx, conv, c); err != nil {
			return Result{}, fmt.Errorf("thread: adding to conversation %s: %w", conv, err)
		}
	}
	var err error
	if res.Token, err = x.token(in, conv); err != nil {
		return Result{}, err
	}
	return res, nil
}

// judge returns the verdict on a sender with role in a conversation, and
// whether the message is admitted.
func (x *Index) judge(role Role, in *inbound) (Verdict, bool) {
	agent := role == RoleAgent || in.from != "" && x.Agent != nil && x.Agent(in.from)
	v := Verdict{Participant: role != RoleNone || agent, Authenticated: in.auth}
	admitted := v.Participant && (in.auth || !x.RequireAuthentication && !agent)
	return v, admitted
}

// token returns the token of conv, or the zero Token without Keys. The
// Code that found conv, if in has one, spares an HMAC.
func (x *Index) token(in *inbound, conv string) (Token, error) {
	if x.Keys == nil {
		return Token{}, nil
	}
	if conv == in.codeConv && in.code.key == x.Keys.keys[0] {
		return in.code.key.tokenFrom(conv, in.code.sum), nil
	}
	t, err := x.Keys.Token(conv)
	if err != nil {
		return Token{}, fmt.Errorf("thread: the store returned conversation id %q: %w", conv, err)
	}
	return t, nil
}

// Sent records m, a message the host sent in conversation conv (after
// [Token.Stamp] and writing it): its id and the ids it references are
// claimed for the conversation, its From address becomes an agent of it,
// and its To, Cc and Reply-To addresses become participants, so that the
// people an agent wrote to may answer. Bcc recipients do not: they were
// hidden from the others, and a reply from one is a stranger's.
//
// It returns an error matching ErrNotFound when there is no conversation
// conv, and a *ConflictError when m's id belongs to another conversation.
// Recording a message twice records it once, without an error, so a
// failed call may be repeated.
func (x *Index) Sent(ctx context.Context, conv string, m *correspondence.Message) error {
	from := lowerAddress(m.From.Address)
	_, refs := lookupIDs(m)
	c := &Change{ID: m.ID, References: refs, Time: arrivalTime(m)}
	if from != "" {
		c.Participants = append(c.Participants, Participant{Address: from, Role: RoleAgent})
	}
	c.Participants = trustedRecipients(c.Participants, m, from, x.Agent)
	if err := x.store().Append(ctx, conv, c); err != nil && !errors.Is(err, ErrDuplicate) {
		return fmt.Errorf("thread: recording sent message in %s: %w", conv, err)
	}
	return nil
}

// Admit adds m to conversation conv on the host's authority, whatever
// Add said about it: its sender becomes a participant (RoleCc) and its
// ids are claimed as for an admitted message. Hosts call it when an agent
// releases a stranger's message from quarantine into the conversation it
// matched, or to file a message of another channel whose conversation the
// host knows. m's recipients do not become participants.
//
// It returns an error matching ErrNotFound when there is no conversation
// conv, and a *ConflictError when m's id belongs to another conversation.
// A message admitted already changes nothing: Admit does not add its
// sender again.
func (x *Index) Admit(ctx context.Context, conv string, m *correspondence.Message) error {
	_, refs := lookupIDs(m)
	c := &Change{ID: m.ID, References: refs, Time: arrivalTime(m)}
	if from := lowerAddress(m.From.Address); from != "" {
		c.Participants = []Participant{{Address: from, Role: RoleCc}}
	}
	if err := x.store().Append(ctx, conv, c); err != nil && !errors.Is(err, ErrDuplicate) {
		return fmt.Errorf("thread: admitting message to %s: %w", conv, err)
	}
	return nil
}

// Open starts a new conversation with m, whatever it refers to: for a
// stranger's message that the host does not want in the conversation it
// matched. The conversation claims m's own id when no other claims it,
// and none of the ids m refers to (they belong to other conversations);
// its participants are as for MatchNew, and it takes m's subject key
// unless a live conversation holds it.
func (x *Index) Open(ctx context.Context, m *correspondence.Message) (Result, error) {
	var in inbound
	x.inspect(&in, m)
	st := x.store()
	var err error
	for range maxDecisions {
		var res Result
		res, err = x.open(ctx, st, &in)
		if !errors.Is(err, ErrConflict) {
			return res, err
		}
	}
	return Result{}, fmt.Errorf("thread: opening a conversation for %q: %w", m.ID, err)
}

func (x *Index) open(ctx context.Context, st Store, in *inbound) (Result, error) {
	c := &Change{Time: in.t, Participants: x.newParticipants(in)}
	if id := in.m.ID; id != "" {
		claims, err := st.Claims(ctx, []string{id})
		if err != nil {
			return Result{}, fmt.Errorf("thread: looking up message ids: %w", err)
		}
		if len(claims) == 0 {
			c.ID = id
		}
	}
	if customer, subj, keyed := in.key(); keyed {
		_, last, err := st.Latest(ctx, customer, subj)
		switch {
		case errors.Is(err, ErrNotFound) || err == nil && (last.IsZero() || in.t.Sub(last) > x.window()):
			c.Customer, c.Subject, c.Cutoff = customer, subj, in.t.Add(-x.window())
		case err != nil:
			return Result{}, fmt.Errorf("thread: looking up subject: %w", err)
		}
	}
	conv, err := st.Create(ctx, c)
	if err != nil {
		return Result{}, fmt.Errorf("thread: creating a conversation: %w", err)
	}
	res := Result{
		Conversation: conv,
		Match:        MatchNew,
		Verdict:      Verdict{Participant: in.from != "", Authenticated: in.auth},
		Admitted:     true,
	}
	if res.Token, err = x.token(in, conv); err != nil {
		return Result{}, err
	}
	return res, nil
}
