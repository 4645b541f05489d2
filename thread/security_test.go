package thread

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/cartero/cartero/correspondence"
	"github.com/google/go-cmp/cmp"
)

// The attacks in this file are ones help desks have suffered: someone who
// learns a conversation's ids, tags or reply address tries to read or
// write in it. In each, the victim is Ana's conversation 0001 and the
// attacker is Eve; none of them may get Eve, or anyone she names, into
// the conversation, or move any of its ids.

// victim sets up the conversation under attack: Ana wrote (authenticated,
// with Bob in Cc) and agent Lucía answered with a stamped reply that Bcc'd
// the shop's accountant. It returns the index, Ana's message and Lucía's
// reply.
func victim(t *testing.T, configure ...func(*Index)) (*Index, *correspondence.Message, *correspondence.Message) {
	t.Helper()
	x := testIndex(t)
	for _, f := range configure {
		f(x)
	}
	ana := ixMail("ana1@example.com", "ana@example.com", "Reembolso del pedido 4471", testT0, ixCc("bob@example.com"), ixAuthenticated)
	res := mustAdd(t, x, ana)
	if res.Conversation != "0001" || !res.Admitted {
		t.Fatalf("victim conversation: %+v", ixShort(res))
	}
	lucia := sendReply(t, x, ana, res, "lucia@tiendasol.example", testT0.Add(time.Hour), func(m *correspondence.Message) {
		m.Bcc = []correspondence.Address{{Address: "contable@asesoria.example"}}
	})
	return x, ana, lucia
}

// watchedAddrs are the addresses whose standing in the victim
// conversation no attack may change.
var watchedAddrs = []string{
	"ana@example.com", "bob@example.com", "lucia@tiendasol.example",
	"eve@evil.example", "mallory@evil.example", "contable@asesoria.example",
}

// snapshot describes the victim conversation as the Store sees it: the
// role of each watched address and the claim on each watched id.
func snapshot(t *testing.T, x *Index, ids ...string) string {
	t.Helper()
	ctx := context.Background()
	var b strings.Builder
	for _, a := range watchedAddrs {
		r, err := x.store().Role(ctx, "0001", a)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s=%v\n", a, r)
	}
	cs, err := x.store().Claims(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	byID := make(map[string]Claim)
	for _, c := range cs {
		byID[c.ID] = c
	}
	for _, id := range ids {
		// Other conversations may take the attacker's ids; 0001 may not,
		// and its own ids stay as they are.
		c := byID[id]
		fmt.Fprintf(&b, "%s in 0001: %v, added %v\n", id, c.Conversation == "0001", c.Conversation == "0001" && c.Added)
	}
	return b.String()
}

// attack adds each message and checks that none joined conversation
// 0001, and that 0001 looks as before. It returns the results.
func attack(t *testing.T, x *Index, ids []string, msgs ...*correspondence.Message) []Result {
	t.Helper()
	for _, m := range msgs {
		if m.ID != "" {
			ids = append(ids, m.ID)
		}
		ids = append(ids, m.References...)
	}
	before := snapshot(t, x, ids...)
	var results []Result
	for _, m := range msgs {
		res := mustAdd(t, x, m)
		if res.Conversation == "0001" && res.Admitted && res.Match != MatchDuplicate {
			t.Errorf("%s from %s joined the victim conversation: %+v", m.ID, m.From.Address, ixShort(res))
		}
		if res.Conversation == "0001" && !res.Admitted && res.Token != (Token{}) {
			t.Errorf("a stranger got the victim conversation's token: %+v", res.Token)
		}
		results = append(results, res)
	}
	if diff := cmp.Diff(before, snapshot(t, x, ids...)); diff != "" {
		t.Errorf("the victim conversation changed (-before +after):\n%s", diff)
	}
	return results
}

func TestAttackStrangerReferences(t *testing.T) {
	x, ana, lucia := victim(t)
	eve := func(id string, opts ...func(*correspondence.Message)) *correspondence.Message {
		return ixMail(id, "eve@evil.example", "Re: Reembolso del pedido 4471", testT0.Add(2*time.Hour), append(opts, ixAuthenticated, ixCc("mallory@evil.example"))...)
	}
	results := attack(t, x, []string{ana.ID, lucia.ID},
		// Ana's id in References only, In-Reply-To, both.
		eve("e1@evil.example", func(m *correspondence.Message) { m.References = []string{ana.ID} }),
		eve("e2@evil.example", func(m *correspondence.Message) { m.InReplyTo = []string{ana.ID} }),
		eve("e3@evil.example", ixReplyTo(lucia)),
		// Ana's own Message-ID as hers: a forged duplicate.
		eve(ana.ID),
		// Lucía's, which carries the token.
		eve(lucia.ID),
	)
	for _, res := range results {
		if res.Conversation != "0001" || res.Admitted || res.Verdict.Participant {
			t.Errorf("attack result %+v, want a stranger of 0001", ixShort(res))
		}
	}
	// A reply to Eve's message does not reach the conversation through it.
	mallory := ixMail("m1@evil.example", "mallory@evil.example", "Re: Reembolso", testT0.Add(3*time.Hour), func(m *correspondence.Message) {
		m.InReplyTo, m.References = []string{"e1@evil.example"}, []string{"e1@evil.example"}
	})
	if res := attack(t, x, nil, mallory)[0]; res.Conversation == "0001" {
		t.Errorf("a reply to the stranger's message matched the conversation: %+v", ixShort(res))
	}
}

func TestAttackSubjectTag(t *testing.T) {
	x, ana, _ := victim(t)
	tok, _ := x.Keys.Token("0001")
	var msgs []*correspondence.Message
	n := 0
	newAttempt := func(subject string) {
		n++
		msgs = append(msgs, ixMail(fmt.Sprintf("t%d@evil.example", n), "eve@evil.example", subject, testT0.Add(time.Duration(n)*time.Minute)))
	}
	// Every single-character change of the tag.
	for i := 2; i < len(tok.Tag)-1; i++ {
		for _, c := range tokenAlphabet {
			if byte(c) != tok.Tag[i] && tok.Tag[i] != '-' {
				newAttempt("Re: Reembolso " + tok.Tag[:i] + string(c) + tok.Tag[i+1:])
			}
		}
	}
	// Guesses: a fixed sequence of random MACs for the victim's id.
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		mac := make([]byte, tagMACLen)
		for i := range mac {
			mac[i] = tokenAlphabet[rng.IntN(len(tokenAlphabet))]
		}
		newAttempt("Re: Reembolso [#0001-" + string(mac) + "]")
	}
	for _, res := range attack(t, x, []string{ana.ID}, msgs...) {
		if res.Conversation == "0001" {
			t.Fatalf("a forged tag matched: %+v", ixShort(res))
		}
	}

	// The real tag, copied from a leaked subject, finds the conversation
	// but does not let Eve in.
	copied := ixMail("real@evil.example", "eve@evil.example", "Re: Reembolso "+tok.Tag, testT0.Add(time.Hour), ixAuthenticated)
	if res := attack(t, x, []string{ana.ID}, copied)[0]; res.Match != MatchTag || res.Admitted {
		t.Errorf("copied tag: %+v", ixShort(res))
	}

	// Eve's own conversation's tag beside the victim's: ambiguous, so
	// neither counts.
	own := mustAdd(t, x, ixMail("own@evil.example", "eve@evil.example", "Mi pedido", testT0.Add(time.Hour)))
	both := ixMail("both@evil.example", "eve@evil.example", "Re: "+own.Token.Tag+" "+tok.Tag, testT0.Add(2*time.Hour))
	if res := attack(t, x, []string{ana.ID}, both)[0]; res.Match == MatchTag {
		t.Errorf("two tags: %+v", ixShort(res))
	}
}

func TestAttackTokenReplay(t *testing.T) {
	x, ana, lucia := victim(t)
	plus := lucia.ReplyTo[0].Address // lucia+<Code>@tiendasol.example
	code, _ := plusDetail(plus)
	altered := []string{
		code[:len(code)-1] + string(tokenAlphabet[(strings.IndexByte(tokenAlphabet, code[len(code)-1])+1)%32]),
		"0002" + code[4:],
		code[:4] + "B" + code[5:],
	}
	var msgs []*correspondence.Message
	// The valid token, replayed from Eve's address, in every place it
	// travels.
	msgs = append(msgs,
		ixMail("r1@evil.example", "eve@evil.example", "Re: x", testT0.Add(2*time.Hour), ixTo(plus), ixAuthenticated),
		ixMail("r2@evil.example", "eve@evil.example", "Re: x", testT0.Add(2*time.Hour), func(m *correspondence.Message) {
			m.InReplyTo = []string{lucia.ID}
		}),
		ixMail("r3@evil.example", "eve@evil.example", "Re: x", testT0.Add(2*time.Hour), func(m *correspondence.Message) {
			m.Header = append(m.Header, correspondence.Field{Name: "Delivered-To", Value: plus})
		}),
	)
	for i, c := range altered {
		msgs = append(msgs, ixMail(fmt.Sprintf("a%d@evil.example", i), "eve@evil.example", "Re: x", testT0.Add(2*time.Hour),
			ixTo("lucia+"+c+"@tiendasol.example"), func(m *correspondence.Message) {
				m.InReplyTo = []string{c + ".X@tiendasol.example"}
			}))
	}
	results := attack(t, x, []string{ana.ID, lucia.ID}, msgs...)
	for i, res := range results[:3] {
		if res.Match != MatchToken || res.Conversation != "0001" || res.Admitted {
			t.Errorf("replay %d: %+v, want a stranger matched by token", i, ixShort(res))
		}
	}
	for i, res := range results[3:] {
		if res.Match == MatchToken || res.Conversation == "0001" {
			t.Errorf("altered token %q: %+v", altered[i], ixShort(res))
		}
	}
}

func TestAttackBccReply(t *testing.T) {
	x, ana, lucia := victim(t)
	// The accountant Lucía Bcc'd answers everyone.
	bcc := ixMail("c1@asesoria.example", "contable@asesoria.example", "RE: "+lucia.Subject, testT0.Add(2*time.Hour), ixReplyTo(lucia), ixAuthenticated,
		ixTo(lucia.ReplyTo[0].Address, "ana@example.com"))
	// A copy of Ana's own mail that kept its Bcc: Mallory was on it.
	anaBcc := ixMail("ana2@example.com", "ana@example.com", "Re: "+lucia.Subject, testT0.Add(3*time.Hour), ixReplyTo(lucia), ixAuthenticated, func(m *correspondence.Message) {
		m.Bcc = []correspondence.Address{{Address: "mallory@evil.example"}}
	})
	res := mustAdd(t, x, anaBcc)
	if !res.Admitted || res.Conversation != "0001" {
		t.Fatalf("Ana's reply: %+v", ixShort(res))
	}
	mallory := ixMail("m1@evil.example", "mallory@evil.example", "Re: "+lucia.Subject, testT0.Add(4*time.Hour), ixReplyTo(anaBcc), ixAuthenticated)
	for _, res := range attack(t, x, []string{ana.ID, lucia.ID}, bcc, mallory) {
		if res.Conversation != "0001" || res.Verdict.Participant {
			t.Errorf("Bcc reply: %+v, want a stranger of 0001", ixShort(res))
		}
	}
}

func TestAttackSpoofedFrom(t *testing.T) {
	x, ana, lucia := victim(t)
	x.RequireAuthentication = true
	forged := func(id string, fields ...string) *correspondence.Message {
		return ixMail(id, "ana@example.com", "Re: "+lucia.Subject, testT0.Add(2*time.Hour), ixReplyTo(lucia), ixCc("eve@evil.example"), func(m *correspondence.Message) {
			for _, f := range fields {
				m.Header = append(m.Header, correspondence.Field{Name: "Authentication-Results", Value: f})
			}
		})
	}
	results := attack(t, x, []string{ana.ID, lucia.ID},
		forged("s1@evil.example"),
		forged("s2@evil.example", "mx.evil.example; dmarc=pass header.from=example.com"),
		forged("s3@evil.example", "dmarc=pass header.from=example.com"),
		forged("s4@evil.example", testMX+"; dmarc=fail header.from=example.com", testMX+"; dmarc=pass header.from=example.com"),
		forged("s5@evil.example", testMX+"; dmarc=none header.from=example.com", testMX+"; dmarc=pass header.from=example.com"),
		forged("s6@evil.example", testMX+"; dkim=pass header.d=evil.example; spf=pass smtp.mailfrom=evil.example"),
		forged("s7@evil.example", testMX+"; dkim=pass header.d=example.com.evil.example"),
	)
	for _, res := range results {
		if res.Verdict != (Verdict{Participant: true}) || res.Admitted {
			t.Errorf("forged From: %+v, want an unauthenticated participant, not admitted", ixShort(res))
		}
	}

	// An agent's address forged: not admitted even when the host does
	// not require authentication.
	x.RequireAuthentication = false
	agent := ixMail("s8@evil.example", "lucia@tiendasol.example", "Re: "+lucia.Subject, testT0.Add(2*time.Hour), ixReplyTo(lucia), ixCc("eve@evil.example"))
	boss := ixMail("s9@evil.example", "director@tiendasol.example", "Re: "+lucia.Subject, testT0.Add(2*time.Hour), ixReplyTo(lucia), ixCc("eve@evil.example"))
	for _, res := range attack(t, x, []string{ana.ID, lucia.ID}, agent, boss) {
		if res.Admitted {
			t.Errorf("forged agent admitted: %+v", ixShort(res))
		}
	}

	// Without RequireAuthentication a forged customer message is admitted,
	// reported as unauthenticated, and cannot bring anyone in.
	spoof := forged("s10@evil.example")
	res := mustAdd(t, x, spoof)
	if !res.Admitted || res.Verdict.Authenticated {
		t.Fatalf("forged From without required authentication: %+v", ixShort(res))
	}
	wantRole(t, x, "0001", "eve@evil.example", RoleNone)
	eve := ixMail("e1@evil.example", "eve@evil.example", "Re: "+lucia.Subject, testT0.Add(3*time.Hour), ixReplyTo(spoof), ixAuthenticated)
	if res := attack(t, x, []string{ana.ID, lucia.ID}, eve)[0]; res.Verdict.Participant {
		t.Errorf("Cc of an unauthenticated message: %+v", ixShort(res))
	}
}

func TestAttackReferencesAcrossConversations(t *testing.T) {
	x, ana, lucia := victim(t)
	// Eve has a conversation of her own.
	own := ixMail("own@evil.example", "eve@evil.example", "Mi pedido", testT0, ixAuthenticated)
	ownRes := mustAdd(t, x, own)
	if ownRes.Conversation != "0002" {
		t.Fatalf("Eve's conversation: %+v", ixShort(ownRes))
	}
	ownReply := sendReply(t, x, own, ownRes, "lucia@tiendasol.example", testT0.Add(time.Hour))

	both := func(id string, refs ...string) *correspondence.Message {
		return ixMail(id, "eve@evil.example", "Re: x", testT0.Add(2*time.Hour), ixAuthenticated, ixCc("mallory@evil.example"), func(m *correspondence.Message) {
			m.References = refs
		})
	}
	results := attack(t, x, []string{ana.ID, lucia.ID, own.ID, ownReply.ID},
		both("b1@evil.example", ana.ID, own.ID),
		both("b2@evil.example", own.ID, ana.ID),
		both("b3@evil.example", lucia.ID, ownReply.ID),
		both("b4@evil.example", ownReply.ID, lucia.ID),
		both("b5@evil.example", ana.ID, ownReply.ID, lucia.ID, own.ID),
	)
	for i, res := range results {
		switch res.Conversation {
		case "0001":
			if res.Admitted {
				t.Errorf("%d: %+v", i, ixShort(res))
			}
		case "0002":
			if !res.Admitted {
				t.Errorf("%d: Eve not admitted to her own conversation: %+v", i, ixShort(res))
			}
		default:
			t.Errorf("%d: %+v", i, ixShort(res))
		}
	}
	// The two conversations stay apart.
	cs, _ := x.store().Claims(context.Background(), []string{ana.ID, lucia.ID, own.ID, ownReply.ID})
	want := map[string]string{ana.ID: "0001", lucia.ID: "0001", own.ID: "0002", ownReply.ID: "0002"}
	for _, c := range cs {
		if want[c.ID] != c.Conversation {
			t.Errorf("%s moved to %s", c.ID, c.Conversation)
		}
	}
	wantRole(t, x, "0002", "mallory@evil.example", RoleCc) // Eve's authenticated Cc joins her own conversation only
}

func TestAttackSameSubject(t *testing.T) {
	// Eve copies the subject; when the host counts a whole domain as one
	// customer, Mallory, from Ana's domain, must still be a participant.
	x, ana, _ := victim(t, func(x *Index) { x.Customer = domainCustomer })
	results := attack(t, x, []string{ana.ID},
		ixMail("s1@evil.example", "eve@evil.example", ana.Subject, testT0.Add(time.Hour), ixAuthenticated),
		ixMail("s2@example.com", "mallory@example.com", "Re: "+ana.Subject, testT0.Add(time.Hour), ixAuthenticated),
	)
	for _, res := range results {
		if res.Match != MatchNew || res.Conversation == "0001" {
			t.Errorf("same subject: %+v", ixShort(res))
		}
	}
}

func TestAttackPreclaimedID(t *testing.T) {
	// Eve learns the id of a message Ana is about to send (she is in its
	// Cc) and references it first. Ana's message then finds Eve's
	// conversation, where Ana is a stranger: it is held back for the host,
	// and never joins Eve's conversation.
	x, _, _ := victim(t)
	eve := ixMail("e1@evil.example", "eve@evil.example", "Hola", testT0.Add(time.Hour), func(m *correspondence.Message) {
		m.References = []string{"ana-next@example.com"}
	})
	if res := mustAdd(t, x, eve); res.Conversation != "0002" {
		t.Fatalf("Eve's message: %+v", ixShort(res))
	}
	next := ixMail("ana-next@example.com", "ana@example.com", "Otra cosa", testT0.Add(2*time.Hour), ixAuthenticated, ixCc("eve@evil.example"))
	res := mustAdd(t, x, next)
	if res.Conversation != "0002" || res.Admitted {
		t.Errorf("Ana's message: %+v, want held back from Eve's conversation", ixShort(res))
	}
	wantRole(t, x, "0002", "ana@example.com", RoleNone)
	// The host opens a conversation for it.
	if res, err := x.Open(context.Background(), next); err != nil || res.Conversation != "0003" {
		t.Errorf("Open: %+v, %v", ixShort(res), err)
	}
}
