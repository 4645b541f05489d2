package thread

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cartero/cartero/correspondence"
	"github.com/google/go-cmp/cmp"
)

// The shop of the tests: its mail server and its staff.
const testMX = "mx.tiendasol.example"

func shopAgent(addr string) bool { return strings.HasSuffix(addr, "@tiendasol.example") }

// domainCustomer makes every address of a domain one customer.
func domainCustomer(addr string) string { return addressDomain(addr) }

// testIndex returns an Index over a new MemStore with the test key, the
// shop's server trusted and its staff as agents.
func testIndex(t testing.TB) *Index {
	return &Index{
		Store:       new(MemStore),
		Keys:        testRing(t),
		AuthServIDs: []string{testMX},
		Agent:       shopAgent,
	}
}

var testT0 = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

// ixMail builds a message; its options are applied in order.
func ixMail(id, from, subject string, at time.Time, opts ...func(*correspondence.Message)) *correspondence.Message {
	m := &correspondence.Message{
		ID:      id,
		From:    correspondence.Address{Address: from},
		To:      []correspondence.Address{{Address: "soporte@tiendasol.example"}},
		Subject: subject,
		Date:    at,
	}
	for _, o := range opts {
		o(m)
	}
	return m
}

// ixAuthenticated adds our server's DMARC pass for the From domain.
func ixAuthenticated(m *correspondence.Message) {
	m.Header = append(m.Header, correspondence.Field{
		Name:  "Authentication-Results",
		Value: testMX + "; dmarc=pass header.from=" + addressDomain(m.From.Address),
	})
}

// ixReplyTo makes m a reply to parent, as mail clients do.
func ixReplyTo(parent *correspondence.Message) func(*correspondence.Message) {
	return func(m *correspondence.Message) {
		m.InReplyTo = []string{parent.ID}
		m.References = append(append([]string(nil), parent.References...), parent.ID)
	}
}

func ixTo(addrs ...string) func(*correspondence.Message) {
	return func(m *correspondence.Message) {
		m.To = nil
		for _, a := range addrs {
			m.To = append(m.To, correspondence.Address{Address: a})
		}
	}
}

func ixCc(addrs ...string) func(*correspondence.Message) {
	return func(m *correspondence.Message) {
		for _, a := range addrs {
			m.Cc = append(m.Cc, correspondence.Address{Address: a})
		}
	}
}

func mustAdd(t *testing.T, x *Index, m *correspondence.Message) Result {
	t.Helper()
	res, err := x.Add(context.Background(), m)
	if err != nil {
		t.Fatalf("Add(%s): %v", m.ID, err)
	}
	return res
}

// ixResult is a Result without its token, for comparisons.
type ixResult struct {
	Conversation string
	Match        Match
	Parent       string
	Verdict      string
	Admitted     bool
}

func ixShort(r Result) ixResult {
	return ixResult{r.Conversation, r.Match, r.Parent, r.Verdict.String(), r.Admitted}
}

func wantResult(t *testing.T, got Result, want ixResult) {
	t.Helper()
	if diff := cmp.Diff(want, ixShort(got)); diff != "" {
		t.Errorf("result (-want +got):\n%s", diff)
	}
}

// sendReply builds an agent's reply to m, stamped with the token of res, and
// records it with Sent.
func sendReply(t *testing.T, x *Index, m *correspondence.Message, res Result, agent string, at time.Time, opts ...func(*correspondence.Message)) *correspondence.Message {
	t.Helper()
	r := correspondence.NewReply(m, correspondence.ReplyOptions{From: correspondence.Address{Address: agent}})
	r.Date = at
	for _, o := range opts {
		o(r)
	}
	if err := res.Token.Stamp(r, "tiendasol.example", nil); err != nil {
		t.Fatal(err)
	}
	if err := x.Sent(context.Background(), res.Conversation, r); err != nil {
		t.Fatalf("Sent: %v", err)
	}
	return r
}

func wantRole(t *testing.T, x *Index, conv, addr string, want Role) {
	t.Helper()
	got, err := x.store().Role(context.Background(), conv, addr)
	if err != nil {
		t.Fatalf("Role(%s, %s): %v", conv, addr, err)
	}
	if got != want {
		t.Errorf("role of %s in %s = %v, want %v", addr, conv, got, want)
	}
}

// TestIndexHelpDesk follows one conversation through every way a reply
// finds it.
func TestIndexHelpDesk(t *testing.T) {
	x := testIndex(t)
	ana := ixMail("a1@example.com", "Ana@Example.com", "Pedido 4471 no ha llegado", testT0, ixCc("bob@example.com", "soporte2@tiendasol.example"), ixAuthenticated)
	res := mustAdd(t, x, ana)
	wantResult(t, res, ixResult{"0001", MatchNew, "", "participant-authenticated", true})
	if want, _ := x.Keys.Token("0001"); res.Token != want {
		t.Errorf("token %+v, want %+v", res.Token, want)
	}
	wantRole(t, x, "0001", "ana@example.com", RoleRequester)
	wantRole(t, x, "0001", "bob@example.com", RoleCc)
	wantRole(t, x, "0001", "soporte@tiendasol.example", RoleNone) // the host's own addresses never join
	wantRole(t, x, "0001", "soporte2@tiendasol.example", RoleNone)

	lucia := sendReply(t, x, ana, res, "lucia@tiendasol.example", testT0.Add(time.Hour), ixCc("carlos@almacen.example"))
	wantRole(t, x, "0001", "lucia@tiendasol.example", RoleAgent)
	wantRole(t, x, "0001", "carlos@almacen.example", RoleCc)

	steps := []struct {
		name string
		m    *correspondence.Message
		want ixResult
	}{
		{"reply to the agent", ixMail("a2@example.com", "ana@example.com", "Re: "+lucia.Subject, testT0.Add(2*time.Hour), ixReplyTo(lucia), ixAuthenticated),
			ixResult{"0001", MatchToken, lucia.ID, "participant-authenticated", true}},
		{"added by the agent", ixMail("c1@almacen.example", "carlos@almacen.example", "RE: "+lucia.Subject, testT0.Add(3*time.Hour), ixReplyTo(lucia)),
			ixResult{"0001", MatchToken, lucia.ID, "participant-unauthenticated", true}},
		{"plus address only", ixMail("a3@example.com", "ana@example.com", "otra cosa", testT0.Add(4*time.Hour), ixTo(lucia.ReplyTo[0].Address)),
			ixResult{"0001", MatchToken, "", "participant-unauthenticated", true}},
		{"delivered to the plus address", ixMail("a4@example.com", "ana@example.com", "otra cosa más", testT0.Add(4*time.Hour), func(m *correspondence.Message) {
			m.Header = append(m.Header, correspondence.Field{Name: "Delivered-To", Value: "<" + strings.ToLower(lucia.ReplyTo[0].Address) + ">"})
		}), ixResult{"0001", MatchToken, "", "participant-unauthenticated", true}},
		{"tag only", ixMail("a5@example.com", "ana@example.com", "RE: Pedido "+res.Token.Tag, testT0.Add(5*time.Hour)),
			ixResult{"0001", MatchTag, "", "participant-unauthenticated", true}},
		{"subject only", ixMail("a6@example.com", "ana@example.com", "AW: pedido 4471 NO ha  llegado", testT0.Add(6*24*time.Hour)),
			ixResult{"0001", MatchSubject, "", "participant-unauthenticated", true}},
		{"known reference", ixMail("b1@example.com", "bob@example.com", "Re: Pedido", testT0.Add(7*24*time.Hour), ixReplyTo(ana)),
			ixResult{"0001", MatchReference, "a1@example.com", "participant-unauthenticated", true}},
		{"redelivered", ixMail("a2@example.com", "ana@example.com", "Re: "+lucia.Subject, testT0.Add(2*time.Hour), ixReplyTo(lucia), ixAuthenticated),
			ixResult{"0001", MatchDuplicate, lucia.ID, "participant-authenticated", true}},
		{"reply to a reply by the token of its parent", ixMail("a7@example.com", "ana@example.com", "Re: x", testT0.Add(8*24*time.Hour), func(m *correspondence.Message) {
			m.InReplyTo = []string{"a2@example.com"}
			m.References = []string{"a1@example.com", lucia.ID, "a2@example.com"}
		}), ixResult{"0001", MatchToken, "a2@example.com", "participant-unauthenticated", true}},
		{"new topic", ixMail("a8@example.com", "ana@example.com", "Factura incorrecta", testT0.Add(8*24*time.Hour)),
			ixResult{"0002", MatchNew, "", "participant-unauthenticated", true}},
		{"old subject after the window", ixMail("a9@example.com", "ana@example.com", "Pedido 4471 no ha llegado", testT0.Add(16*24*time.Hour)),
			ixResult{"0003", MatchNew, "", "participant-unauthenticated", true}},
		{"same subject again, now the new conversation's", ixMail("a10@example.com", "ana@example.com", "Re: Pedido 4471 no ha llegado", testT0.Add(17*24*time.Hour)),
			ixResult{"0003", MatchSubject, "", "participant-unauthenticated", true}},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			res := mustAdd(t, x, s.m)
			wantResult(t, res, s.want)
			if want, _ := x.Keys.Token(s.want.Conversation); res.Token != want {
				t.Errorf("token %+v, want %+v", res.Token, want)
			}
		})
	}

	// Only the authenticated message added its Cc; the unauthenticated
	// ones added nobody.
	wantRole(t, x, "0001", "ana@example.com", RoleRequester)
}

func TestIndexZeroValue(t *testing.T) {
	var x Index
	root := ixMail("r@example.com", "ana@example.com", "Hola", testT0)
	res := mustAdd(t, &x, root)
	wantResult(t, res, ixResult{"0001", MatchNew, "", "participant-unauthenticated", true})
	if res.Token != (Token{}) {
		t.Errorf("token without keys: %+v", res.Token)
	}
	res = mustAdd(t, &x, ixMail("r2@example.com", "ana@example.com", "Re: Hola", testT0.Add(time.Hour), ixReplyTo(root)))
	wantResult(t, res, ixResult{"0001", MatchReference, "r@example.com", "participant-unauthenticated", true})
	res = mustAdd(t, &x, ixMail("r3@example.com", "ana@example.com", "Re: Hola", testT0.Add(2*time.Hour)))
	wantResult(t, res, ixResult{"0001", MatchSubject, "", "participant-unauthenticated", true})
	// Authentication-Results are not trusted without AuthServIDs.
	res = mustAdd(t, &x, ixMail("r4@example.com", "ana@example.com", "Re: Hola", testT0.Add(3*time.Hour), ixAuthenticated))
	wantResult(t, res, ixResult{"0001", MatchSubject, "", "participant-unauthenticated", true})
}

func TestIndexOutOfOrder(t *testing.T) {
	x := testIndex(t)
	root := ixMail("root@example.com", "ana@example.com", "Pedido", testT0, ixCc("bob@example.com"), ixAuthenticated)
	reply := ixMail("reply@example.com", "ana@example.com", "Re: Pedido", testT0.Add(time.Minute), ixReplyTo(root))
	// The reply arrives first: a new conversation that expects its parent.
	wantResult(t, mustAdd(t, x, reply), ixResult{"0001", MatchNew, "", "participant-unauthenticated", true})
	// The parent joins it through its own id.
	wantResult(t, mustAdd(t, x, root), ixResult{"0001", MatchReference, "", "participant-authenticated", true})
	wantRole(t, x, "0001", "bob@example.com", RoleCc)
	// And is a duplicate from then on.
	wantResult(t, mustAdd(t, x, root), ixResult{"0001", MatchDuplicate, "", "participant-authenticated", true})
}

func TestIndexSubjectMatching(t *testing.T) {
	day := 24 * time.Hour
	for _, tc := range []struct {
		name     string
		window   time.Duration
		customer func(string) string
		first    *correspondence.Message
		second   *correspondence.Message
		want     Match
	}{
		{"within the default window", 0, nil,
			ixMail("1@x", "ana@example.com", "Pedido", testT0), ixMail("2@x", "ana@example.com", "RE: Pedido", testT0.Add(7*day)), MatchSubject},
		{"after the default window", 0, nil,
			ixMail("1@x", "ana@example.com", "Pedido", testT0), ixMail("2@x", "ana@example.com", "RE: Pedido", testT0.Add(7*day+time.Second)), MatchNew},
		{"a longer window", 30 * day, nil,
			ixMail("1@x", "ana@example.com", "Pedido", testT0), ixMail("2@x", "ana@example.com", "RE: Pedido", testT0.Add(29*day)), MatchSubject},
		{"turned off", -1, nil,
			ixMail("1@x", "ana@example.com", "Pedido", testT0), ixMail("2@x", "ana@example.com", "Pedido", testT0.Add(time.Minute)), MatchNew},
		{"received time wins over the date", 0, nil,
			ixMail("1@x", "ana@example.com", "Pedido", testT0),
			ixMail("2@x", "ana@example.com", "Pedido", testT0.Add(time.Minute), func(m *correspondence.Message) { m.Received = testT0.Add(30 * day) }), MatchNew},
		{"a message without a time", 0, nil,
			ixMail("1@x", "ana@example.com", "Pedido", testT0), ixMail("2@x", "ana@example.com", "Pedido", time.Time{}), MatchNew},
		{"an earlier message arriving late", 0, nil,
			ixMail("1@x", "ana@example.com", "Pedido", testT0), ixMail("2@x", "ana@example.com", "Pedido", testT0.Add(-30*day)), MatchSubject},
		{"another subject", 0, nil,
			ixMail("1@x", "ana@example.com", "Pedido 1", testT0), ixMail("2@x", "ana@example.com", "Pedido 2", testT0.Add(time.Minute)), MatchNew},
		{"another customer", 0, nil,
			ixMail("1@x", "ana@example.com", "Pedido", testT0), ixMail("2@x", "eva@example.net", "Pedido", testT0.Add(time.Minute)), MatchNew},
		{"same customer, not a participant", 0, domainCustomer,
			ixMail("1@x", "ana@example.com", "Pedido", testT0), ixMail("2@x", "bob@example.com", "Pedido", testT0.Add(time.Minute)), MatchNew},
		{"same customer, a participant", 0, domainCustomer,
			ixMail("1@x", "ana@example.com", "Pedido", testT0, ixCc("bob@example.com"), ixAuthenticated), ixMail("2@x", "bob@example.com", "Pedido", testT0.Add(time.Minute)), MatchSubject},
		{"participant of another customer", 0, domainCustomer,
			ixMail("1@x", "ana@example.com", "Pedido", testT0, ixCc("eva@example.net"), ixAuthenticated), ixMail("2@x", "eva@example.net", "Pedido", testT0.Add(time.Minute)), MatchNew},
		{"empty e-mail subjects never match", 0, nil,
			ixMail("1@x", "ana@example.com", "Re:", testT0), ixMail("2@x", "ana@example.com", "", testT0.Add(time.Minute)), MatchNew},
		{"text messages without subjects do", 0, nil,
			ixMail("", "+34600111222", "", testT0, func(m *correspondence.Message) { m.Channel = correspondence.SMS }),
			ixMail("", "+34600111222", "", testT0.Add(time.Hour), func(m *correspondence.Message) { m.Channel = correspondence.SMS }), MatchSubject},
		{"tags do not count", 0, nil,
			ixMail("1@x", "ana@example.com", "Pedido [#00ZZ-AAAAAAAA]", testT0), ixMail("2@x", "ana@example.com", "Pedido", testT0.Add(time.Minute)), MatchSubject},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := testIndex(t)
			x.Window, x.Customer = tc.window, tc.customer
			mustAdd(t, x, tc.first)
			if got := mustAdd(t, x, tc.second); got.Match != tc.want {
				t.Errorf("second message: %+v, want %v", ixShort(got), tc.want)
			}
		})
	}
}

func TestIndexSubjectKeyKeptFromStrangers(t *testing.T) {
	// A stranger of the same customer opens a conversation with the same
	// subject; the key stays with the live conversation, so its
	// requester's next message still finds it.
	x := testIndex(t)
	x.Customer = domainCustomer
	mustAdd(t, x, ixMail("1@x", "ana@example.com", "Pedido", testT0))
	wantResult(t, mustAdd(t, x, ixMail("2@x", "bob@example.com", "Pedido", testT0.Add(time.Minute))),
		ixResult{"0002", MatchNew, "", "participant-unauthenticated", true})
	wantResult(t, mustAdd(t, x, ixMail("3@x", "ana@example.com", "Pedido", testT0.Add(2*time.Minute))),
		ixResult{"0001", MatchSubject, "", "participant-unauthenticated", true})
}

func TestIndexAuthentication(t *testing.T) {
	x := testIndex(t)
	x.RequireAuthentication = true
	root := ixMail("1@x", "ana@example.com", "Pedido", testT0, ixAuthenticated)
	wantResult(t, mustAdd(t, x, root), ixResult{"0001", MatchNew, "", "participant-authenticated", true})

	// Unauthenticated: a participant, but not admitted.
	m := ixMail("2@x", "ana@example.com", "Re: Pedido", testT0.Add(time.Minute), ixReplyTo(root), ixCc("eve@evil.example"))
	wantResult(t, mustAdd(t, x, m), ixResult{"0001", MatchReference, "1@x", "participant-unauthenticated", false})
	wantRole(t, x, "0001", "eve@evil.example", RoleNone)
	// Nothing stored: not even its id.
	if cs, _ := x.store().Claims(context.Background(), []string{"2@x"}); len(cs) != 0 {
		t.Errorf("an unadmitted message claimed %v", cs)
	}

	// Authenticated: admitted, and its Cc joins.
	ixAuthenticated(m)
	wantResult(t, mustAdd(t, x, m), ixResult{"0001", MatchReference, "1@x", "participant-authenticated", true})
	wantRole(t, x, "0001", "eve@evil.example", RoleCc)

	// New conversations are created either way.
	wantResult(t, mustAdd(t, x, ixMail("3@x", "eva@example.net", "Otra cosa", testT0)),
		ixResult{"0002", MatchNew, "", "participant-unauthenticated", true})
}

func TestIndexAgents(t *testing.T) {
	x := testIndex(t)
	root := ixMail("1@x", "ana@example.com", "Pedido", testT0)
	res := mustAdd(t, x, root)

	// An agent who never wrote in the conversation, from a mail client.
	pedro := ixMail("p1@tiendasol.example", "pedro@tiendasol.example", "Re: Pedido", testT0.Add(time.Hour), ixReplyTo(root))
	wantResult(t, mustAdd(t, x, pedro), ixResult{"0001", MatchReference, "1@x", "participant-unauthenticated", false})
	ixAuthenticated(pedro)
	wantResult(t, mustAdd(t, x, pedro), ixResult{"0001", MatchReference, "1@x", "participant-authenticated", true})

	// An agent recorded by Sent is an agent of the conversation; a forged
	// message in their name is not admitted, even without
	// RequireAuthentication and without the Agent function.
	x.Agent = nil
	sent := sendReply(t, x, root, res, "lucia@tiendasol.example", testT0.Add(2*time.Hour))
	forged := ixMail("f@evil.example", "lucia@tiendasol.example", "Re: Pedido", testT0.Add(3*time.Hour), ixReplyTo(sent))
	wantResult(t, mustAdd(t, x, forged), ixResult{"0001", MatchToken, sent.ID, "participant-unauthenticated", false})
}

func TestIndexOpenAndAdmit(t *testing.T) {
	ctx := context.Background()
	x := testIndex(t)
	root := ixMail("1@x", "ana@example.com", "Pedido", testT0)
	mustAdd(t, x, root)

	stranger := ixMail("s1@x", "eva@example.net", "Re: Pedido", testT0.Add(time.Hour), ixReplyTo(root), ixCc("ana@example.com"))
	wantResult(t, mustAdd(t, x, stranger), ixResult{"0001", MatchReference, "1@x", "stranger-unauthenticated", false})

	// The host opens a conversation for it instead.
	res, err := x.Open(ctx, stranger)
	if err != nil {
		t.Fatal(err)
	}
	wantResult(t, res, ixResult{"0002", MatchNew, "", "participant-unauthenticated", true})
	wantRole(t, x, "0002", "eva@example.net", RoleRequester)
	wantRole(t, x, "0002", "ana@example.com", RoleNone) // unauthenticated Cc
	if cs, _ := x.store().Claims(ctx, []string{"1@x", "s1@x"}); len(cs) != 2 || cs[0].Conversation == cs[1].Conversation {
		t.Errorf("claims after Open: %+v", cs)
	}
	// Replies in the new conversation reach it although they still refer
	// to the old one.
	agent := sendReply(t, x, stranger, res, "lucia@tiendasol.example", testT0.Add(2*time.Hour))
	back := ixMail("s2@x", "eva@example.net", "Re: Pedido", testT0.Add(3*time.Hour), ixReplyTo(agent))
	wantResult(t, mustAdd(t, x, back), ixResult{"0002", MatchToken, agent.ID, "participant-unauthenticated", true})
	back.InReplyTo, back.ID = nil, "s3@x"
	back.To = nil
	wantResult(t, mustAdd(t, x, back), ixResult{"0002", MatchToken, agent.ID, "participant-unauthenticated", true})

	// Another stranger is admitted by an agent.
	other := ixMail("o1@x", "oscar@example.org", "Re: Pedido", testT0.Add(4*time.Hour), ixReplyTo(root))
	wantResult(t, mustAdd(t, x, other), ixResult{"0001", MatchReference, "1@x", "stranger-unauthenticated", false})
	if err := x.Admit(ctx, "0001", other); err != nil {
		t.Fatal(err)
	}
	wantRole(t, x, "0001", "oscar@example.org", RoleCc)
	wantResult(t, mustAdd(t, x, other), ixResult{"0001", MatchDuplicate, "1@x", "participant-unauthenticated", true})

	// Open when the id is already claimed: the conversation goes without it.
	res, err = x.Open(ctx, other)
	if err != nil {
		t.Fatal(err)
	}
	if cs, _ := x.store().Claims(ctx, []string{"o1@x"}); len(cs) != 1 || cs[0].Conversation != "0001" {
		t.Errorf("Open moved a claim: %+v", cs)
	}
	if res.Conversation != "0003" {
		t.Errorf("Open: %+v", ixShort(res))
	}

	// Errors.
	if err := x.Admit(ctx, "00ZZ", other); !errors.Is(err, ErrNotFound) {
		t.Errorf("Admit to a missing conversation: %v", err)
	}
	if err := x.Sent(ctx, "00ZZ", agent); !errors.Is(err, ErrNotFound) {
		t.Errorf("Sent to a missing conversation: %v", err)
	}
	if err := x.Sent(ctx, "0001", agent); !errors.Is(err, ErrConflict) {
		t.Errorf("Sent of a message of another conversation: %v", err)
	}
}

func TestIndexTokenOfMissingConversation(t *testing.T) {
	// Keys shared with another store (or a store that lost data): a valid
	// token of a conversation this store lacks falls through to the next
	// way of matching.
	x := testIndex(t)
	root := ixMail("1@x", "ana@example.com", "Pedido", testT0)
	mustAdd(t, x, root)
	tok, _ := x.Keys.Token("00ZZ")
	m := ixMail("2@x", "ana@example.com", "Re: Pedido "+tok.Tag, testT0.Add(time.Minute), ixReplyTo(root), ixTo(tok.Address("soporte@tiendasol.example")))
	wantResult(t, mustAdd(t, x, m), ixResult{"0001", MatchReference, "1@x", "participant-unauthenticated", true})
	m = ixMail("3@x", "ana@example.com", "Pedido "+tok.Tag, testT0.Add(time.Minute), ixTo(tok.Address("soporte@tiendasol.example")))
	wantResult(t, mustAdd(t, x, m), ixResult{"0001", MatchSubject, "", "participant-unauthenticated", true})
}

func TestIndexReferenceLimits(t *testing.T) {
	x := testIndex(t)
	root := ixMail("1@x", "ana@example.com", "Pedido", testT0)
	mustAdd(t, x, root)
	// A known id beyond the most recent maxReferenced references is not
	// looked at.
	m := ixMail("2@x", "ana@example.com", "Otra", testT0.Add(time.Minute))
	m.References = []string{"1@x"}
	for i := range maxReferenced {
		m.References = append(m.References, fmt.Sprintf("unknown%d@x", i))
	}
	wantResult(t, mustAdd(t, x, m), ixResult{"0002", MatchNew, "", "participant-unauthenticated", true})
	// The unknown ones are claimed for it; the known one stays.
	cs, _ := x.store().Claims(context.Background(), m.References)
	n := 0
	for _, c := range cs {
		if c.Conversation == "0002" && !c.Added {
			n++
		} else if c.ID != "1@x" || c.Conversation != "0001" {
			t.Errorf("claim %+v", c)
		}
	}
	if n != maxReferenced {
		t.Errorf("%d references claimed, want %d", n, maxReferenced)
	}
	for _, tc := range []struct {
		m         correspondence.Message
		ids, refs []string
	}{
		{correspondence.Message{ID: "a", InReplyTo: []string{"b", "a", ""}, References: []string{"c", "b", "d"}}, []string{"a", "b", "d", "c"}, []string{"b", "d", "c"}},
		{correspondence.Message{InReplyTo: []string{"b"}, References: []string{"c", "b"}}, []string{"b", "c"}, []string{"b", "c"}},
		{correspondence.Message{ID: "a"}, []string{"a"}, nil},
		{correspondence.Message{ID: "a", References: []string{"a"}}, []string{"a"}, nil},
		{correspondence.Message{}, nil, nil},
	} {
		ids, refs := lookupIDs(&tc.m)
		if !cmp.Equal(ids, tc.ids) || !cmp.Equal(refs, tc.refs) {
			t.Errorf("lookupIDs(%+v) = %q, %q; want %q, %q", tc.m, ids, refs, tc.ids, tc.refs)
		}
	}
}

func TestResultJSON(t *testing.T) {
	x := testIndex(t)
	res := mustAdd(t, x, ixMail("1@x", "ana@example.com", "Pedido", testT0, ixAuthenticated))
	got, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"conversation":"0001","match":"new","verdict":"participant-authenticated","admitted":true,` +
		`"token":{"conversation":"0001","code":"` + res.Token.Code + `","tag":"` + res.Token.Tag + `"}}`
	if string(got) != want {
		t.Errorf("JSON\n got %s\nwant %s", got, want)
	}
	var back Result
	if err := json.Unmarshal(got, &back); err != nil || back != res {
		t.Errorf("round trip: %+v, %v", back, err)
	}

	// A stranger's result carries no token.
	res = mustAdd(t, x, ixMail("2@x", "eve@evil.example", "Re: Pedido", testT0, func(m *correspondence.Message) { m.References = []string{"1@x"} }))
	got, _ = json.Marshal(res)
	if want := `{"conversation":"0001","match":"reference","parent":"1@x","verdict":"stranger-unauthenticated","admitted":false}`; string(got) != want {
		t.Errorf("JSON\n got %s\nwant %s", got, want)
	}
}

func TestTextForms(t *testing.T) {
	for m := MatchToken; m <= MatchDuplicate; m++ {
		text, err := m.MarshalText()
		if err != nil || string(text) != m.String() || strings.ToLower(string(text)) != string(text) {
			t.Errorf("Match %d: %q, %v", m, text, err)
		}
		var back Match
		if err := back.UnmarshalText(text); err != nil || back != m {
			t.Errorf("Match %q read back as %v, %v", text, back, err)
		}
	}
	if _, err := Match(0).MarshalText(); err == nil {
		t.Error("the zero Match has a text form")
	}
	if s := Match(99).String(); s != "Match(99)" {
		t.Errorf("Match(99).String() = %q", s)
	}
	var m Match
	if err := m.UnmarshalText([]byte("")); err == nil {
		t.Error("empty Match text accepted")
	}

	for _, v := range []Verdict{{}, {Participant: true}, {Authenticated: true}, {Participant: true, Authenticated: true}} {
		text, _ := v.MarshalText()
		var back Verdict
		if err := back.UnmarshalText(text); err != nil || back != v {
			t.Errorf("Verdict %q read back as %+v, %v", text, back, err)
		}
	}
	if (Verdict{}).String() != "stranger-unauthenticated" {
		t.Errorf("zero Verdict is %q", Verdict{})
	}
	for _, bad := range []string{"", "participant", "stranger-", "participant-yes", "x-authenticated"} {
		var v Verdict
		if err := v.UnmarshalText([]byte(bad)); err == nil {
			t.Errorf("Verdict %q accepted", bad)
		}
	}

	for r := RoleNone; r <= RoleAgent; r++ {
		text, err := r.MarshalText()
		var back Role
		if err != nil || back.UnmarshalText(text) != nil || back != r {
			t.Errorf("Role %v: %q, %v", r, text, err)
		}
	}
	if _, err := Role(9).MarshalText(); err == nil || Role(9).String() != "Role(9)" {
		t.Error("Role(9) has a text form")
	}
	var r Role
	if err := r.UnmarshalText([]byte("boss")); err == nil {
		t.Error("unknown role accepted")
	}
}

// errStore fails every call with err after the first n calls.
type errStore struct {
	MemStore
	n   int
	err error
}

func (s *errStore) fail() error {
	if s.n > 0 {
		s.n--
		return nil
	}
	return s.err
}

func (s *errStore) Claims(ctx context.Context, ids []string) ([]Claim, error) {
	if err := s.fail(); err != nil {
		return nil, err
	}
	return s.MemStore.Claims(ctx, ids)
}

func (s *errStore) Role(ctx context.Context, conv, addr string) (Role, error) {
	if err := s.fail(); err != nil {
		return RoleNone, err
	}
	return s.MemStore.Role(ctx, conv, addr)
}

func (s *errStore) Latest(ctx context.Context, customer, subject string) (string, time.Time, error) {
	if err := s.fail(); err != nil {
		return "", time.Time{}, err
	}
	return s.MemStore.Latest(ctx, customer, subject)
}

func (s *errStore) Create(ctx context.Context, c *Change) (string, error) {
	if err := s.fail(); err != nil {
		return "", err
	}
	return s.MemStore.Create(ctx, c)
}

func (s *errStore) Append(ctx context.Context, conv string, c *Change) error {
	if err := s.fail(); err != nil {
		return err
	}
	return s.MemStore.Append(ctx, conv, c)
}

func TestIndexStoreErrors(t *testing.T) {
	boom := errors.New("database on fire")
	root := ixMail("1@x", "ana@example.com", "Pedido", testT0)
	reply := ixMail("2@x", "ana@example.com", "Re: Pedido", testT0.Add(time.Minute), ixReplyTo(root))
	subj := ixMail("3@x", "ana@example.com", "Re: Pedido", testT0.Add(time.Minute))
	// Each message makes a known number of Store calls; every one of them
	// may fail, and the error comes back wrapped.
	for _, tc := range []struct {
		m     *correspondence.Message
		calls int
	}{
		{root, 3},  // Claims, Latest, Create
		{reply, 3}, // Claims, Role, Append
		{subj, 4},  // Claims, Latest, Role, Append
	} {
		for n := range tc.calls {
			st := &errStore{err: boom}
			x := &Index{Store: st}
			st.n = 1000
			if tc.m != root {
				mustAdd(t, x, root)
			}
			st.n = n
			if _, err := x.Add(context.Background(), tc.m); !errors.Is(err, boom) || !strings.HasPrefix(err.Error(), "thread: ") {
				t.Errorf("%s, call %d failing: %v", tc.m.ID, n, err)
			}
		}
		st := &errStore{err: boom, n: 1000}
		x := &Index{Store: st}
		mustAdd(t, x, root)
		if tc.m != root {
			if _, err := x.Add(context.Background(), tc.m); err != nil {
				t.Errorf("%s with a working store: %v", tc.m.ID, err)
			}
		}
	}

	// A store that always conflicts: Add gives up after maxDecisions.
	st := &errStore{err: &ConflictError{IDs: []string{"1@x"}}}
	x := &Index{Store: st}
	_, err := x.Add(context.Background(), root)
	var ce *ConflictError
	if !errors.As(err, &ce) || !errors.Is(err, ErrConflict) {
		t.Errorf("always conflicting: %v", err)
	}
	if _, err := x.Open(context.Background(), root); !errors.Is(err, ErrConflict) {
		t.Errorf("Open, always conflicting: %v", err)
	}

	// A store that returns ids unfit for tokens.
	bad := &badIDStore{}
	x = &Index{Store: bad, Keys: testRing(t)}
	if _, err := x.Add(context.Background(), root); !errors.Is(err, ErrInvalidID) {
		t.Errorf("bad id from the store: %v", err)
	}
}

type badIDStore struct{ MemStore }

func (s *badIDStore) Create(ctx context.Context, c *Change) (string, error) {
	if _, err := s.MemStore.Create(ctx, c); err != nil {
		return "", err
	}
	return "not-an-id", nil
}

// TestIndexHelpDeskCorpus runs the mail of testdata/index/helpdesk through
// an Index and compares what it said with helpdesk.golden.
func TestIndexHelpDeskCorpus(t *testing.T) {
	dir := filepath.Join("testdata", "index", "helpdesk")
	files, err := filepath.Glob(filepath.Join(dir, "*.eml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures in %s: %v", dir, err)
	}
	x := testIndex(t)
	x.RequireAuthentication = true
	x.Customer = domainCustomer
	ctx := context.Background()
	var out strings.Builder
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m, err := correspondence.ParseBytes(raw)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".eml")
		if strings.Contains(name, "sent") {
			local, _, _ := strings.Cut(m.ID, ".")
			conv, err := x.Keys.Verify(local)
			if err != nil {
				t.Fatalf("%s: Message-ID without a token: %v", f, err)
			}
			if err := x.Sent(ctx, conv, m); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			fmt.Fprintf(&out, "%-28s sent in %s\n", name, conv)
			continue
		}
		res, err := x.Add(ctx, m)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		fmt.Fprintf(&out, "%-28s %s %-9s %-27s admitted=%-5v parent=%s\n", name, res.Conversation, res.Match, res.Verdict, res.Admitted, res.Parent)
	}
	// Who ended up in the first conversation.
	for _, addr := range []string{"ana@example.com", "bob@example.com", "lucia@tiendasol.example", "carlos@almacen.example", "dani@example.org", "eve@evil.example"} {
		role, err := x.store().Role(ctx, "0001", addr)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&out, "0001 %-24s %s\n", addr, role)
	}
	indexGolden(t, filepath.Join("testdata", "index", "helpdesk.golden"), []byte(out.String()))
}
