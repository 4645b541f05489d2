package thread

import (
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/cartero/cartero/correspondence"
)

// fuzzRing holds two keys, as during a rotation.
func fuzzRing(t testing.TB) *KeyRing {
	return testRing(t, Key{ID: "B", Secret: testSecretB}, Key{ID: "A", Secret: testSecretA})
}

// fuzzID turns fuzz input into a valid conversation id.
func fuzzID(b []byte) string {
	if len(b) == 0 {
		b = []byte{1}
	}
	if len(b) > maxIDLen {
		b = b[:maxIDLen]
	}
	id := make([]byte, len(b))
	for i, c := range b {
		id[i] = tokenAlphabet[c&31]
	}
	return string(id)
}

// issuedBy reports whether s is, up to case, the Code or the Tag that
// some key of r issues for conv.
func issuedBy(r *KeyRing, s, conv string, tag bool) bool {
	for _, k := range r.keys {
		tok := k.token(conv)
		want := tok.Code
		if tag {
			want = tok.Tag
		}
		if strings.EqualFold(s, want) {
			return true
		}
	}
	return false
}

// alter changes the character at position pos of s to another character
// of the alphabet (not merely another case of the same one).
func alterToken(s string, pos int, delta byte) string {
	v := alphabetValue(s[pos])
	c := tokenAlphabet[(v+1+int(delta)%31)%32]
	return s[:pos] + string(c) + s[pos+1:]
}

// FuzzVerify checks that a Code verifies exactly when it is one the ring
// issued (up to case), and that no single-character change of an issued
// Code verifies.
func FuzzVerify(f *testing.F) {
	r := fuzzRing(f)
	for _, conv := range []string{"0001", "000K7", "ZZZZZZZZZZZZZZZZ"} {
		for _, k := range r.keys {
			code := k.token(conv).Code
			f.Add(code, []byte(conv), uint8(0), uint8(0))
			f.Add(strings.ToLower(code), []byte(conv), uint8(3), uint8(7))
		}
	}
	f.Add("", []byte{}, uint8(0), uint8(0))
	f.Add("0001I"+strings.Repeat("0", codeMACLen), []byte{9, 9}, uint8(40), uint8(200))
	f.Fuzz(func(t *testing.T, s string, idBytes []byte, pos, delta uint8) {
		if conv, err := r.Verify(s); err == nil {
			if !issuedBy(r, s, conv, false) {
				t.Fatalf("Verify(%q) = %q, but no key issued that code", s, conv)
			}
			if !validConvID(conv) {
				t.Fatalf("Verify(%q) returned an invalid id %q", s, conv)
			}
		}

		conv := fuzzID(idBytes)
		for _, k := range r.keys {
			code := k.token(conv).Code
			for _, c := range []string{code, strings.ToLower(code)} {
				if got, err := r.Verify(c); err != nil || got != conv {
					t.Fatalf("issued code %q verified as %q, %v", c, got, err)
				}
			}
			altered := alterToken(code, int(pos)%len(code), delta)
			if got, err := r.Verify(altered); err == nil {
				t.Fatalf("altered code %q (from %q) verified as %q", altered, code, got)
			}
		}
	})
}

// FuzzVerifyTag is FuzzVerify for Tags.
func FuzzVerifyTag(f *testing.F) {
	r := fuzzRing(f)
	for _, conv := range []string{"0001", "000K7", "ZZZZZZZZZZZZZZZZ"} {
		for _, k := range r.keys {
			tag := k.token(conv).Tag
			f.Add(tag, []byte(conv), uint8(2), uint8(0))
			f.Add("Re: pedido "+tag, []byte(conv), uint8(5), uint8(9))
		}
	}
	f.Add("[#-]", []byte{}, uint8(0), uint8(0))
	f.Fuzz(func(t *testing.T, s string, idBytes []byte, pos, delta uint8) {
		if conv, err := r.VerifyTag(s); err == nil && !issuedBy(r, s, conv, true) {
			t.Fatalf("VerifyTag(%q) = %q, but no key issued that tag", s, conv)
		}
		// Tags found inside a subject are issued ones too.
		x := &Index{Keys: r}
		if conv := x.findTag(s); conv != "" {
			found := false
			tagsIn(s, func(start, end int) bool {
				found = found || issuedBy(r, s[start:end], conv, true)
				return true
			})
			if !found {
				t.Fatalf("findTag(%q) = %q from no issued tag", s, conv)
			}
		}
		if got := stripTokenTags(s); strings.Contains(got, "[#") && len(got) > len(s) {
			t.Fatalf("stripTokenTags(%q) grew to %q", s, got)
		}

		conv := fuzzID(idBytes)
		for _, k := range r.keys {
			tag := k.token(conv).Tag
			if got, err := r.VerifyTag(strings.ToLower(tag)); err != nil || got != conv {
				t.Fatalf("issued tag %q verified as %q, %v", tag, got, err)
			}
			// Alter the id or the MAC, not the brackets or the dash.
			i := 2 + int(pos)%(len(tag)-3)
			if tag[i] == '-' {
				i++
			}
			altered := alterToken(tag, i, delta)
			if got, err := r.VerifyTag(altered); err == nil {
				t.Fatalf("altered tag %q (from %q) verified as %q", altered, tag, got)
			}
		}
	})
}

// FuzzParseAuthResults checks that the parser never panics, keeps its
// bounds and lower-cases what it promises to, and that Authenticated
// trusts only the listed server.
func FuzzParseAuthResults(f *testing.F) {
	for _, s := range []string{
		"mx.google.com; dkim=pass header.i=@example.com header.s=20230601 header.b=AbCdEf12; spf=pass (google.com: domain of ana@example.com designates 209.85.220.41 as permitted sender) smtp.mailfrom=ana@example.com; dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=example.com",
		"spf=pass (sender IP is 40.107.22.53) smtp.mailfrom=example.com; dkim=pass (signature was verified) header.d=example.com;dmarc=pass action=none header.from=example.com;compauth=pass reason=100",
		`"MX.Example.COM" (ours); dkim/1 = pass reason="good sig; 2048 bits" header.d = example.com ; SPF=SoftFail smtp.mailfrom=<ana@example.com>`,
		"example.com; none",
		"mx.tiendasol.example; =pass; dkim; spf=; (unclosed comment ; dmarc=pass header.from=example.com",
		`x; a=b c.d="e\"f`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ar, err := ParseAuthResults(s)
		if err != nil {
			if ar.ServID != "" || ar.Results != nil {
				t.Fatalf("error %v with a result %+v", err, ar)
			}
			return
		}
		if ar.ServID != strings.ToLower(ar.ServID) {
			t.Fatalf("ServID %q not lower-cased", ar.ServID)
		}
		if len(ar.Results) > MaxAuthResults || len(ar.Results) > strings.Count(s, "=") {
			t.Fatalf("%d results from %d '='", len(ar.Results), strings.Count(s, "="))
		}
		for _, r := range ar.Results {
			if r.Method == "" || r.Method != strings.ToLower(r.Method) || r.Result != strings.ToLower(r.Result) {
				t.Fatalf("result %+v not lower-cased", r)
			}
			if len(r.Properties) > maxAuthProperties {
				t.Fatalf("%d properties", len(r.Properties))
			}
			for _, p := range r.Properties {
				if p.Name != strings.ToLower(p.Name) || !strings.Contains(p.Name, ".") {
					t.Fatalf("property %+v", p)
				}
			}
		}

		m := &correspondence.Message{
			From:   correspondence.Address{Address: "ana@example.com"},
			Header: correspondence.Header{{Name: "Authentication-Results", Value: s}},
		}
		if ar.ServID != "mx.tiendasol.example" && Authenticated(m, []string{"mx.tiendasol.example"}) {
			t.Fatalf("a field of %q authenticated the sender", ar.ServID)
		}
		if Authenticated(m, nil) {
			t.Fatal("authenticated with no trusted server")
		}
	})
}

// FuzzIndexAdd adds arbitrary messages, which may carry the victim
// conversation's real ids, token and tag, to an index holding that
// conversation, and checks the security rules: only its participants (or
// an authenticated agent) are admitted to it, Add never makes the sender
// a participant of an existing conversation, and nothing fails.
func FuzzIndexAdd(f *testing.F) {
	f.Add("eve@evil.example", "Re: Pedido", "m1@x", "ana1@example.com", "soporte@tiendasol.example", "", uint8(0))
	f.Add("ANA@example.com", "Re: Pedido", "m2@x", "", "", "mx.tiendasol.example; dmarc=pass header.from=example.com", uint8(1))
	f.Add("lucia@tiendasol.example", "x", "", "", "", "mx.tiendasol.example; dkim=pass header.d=tiendasol.example", uint8(2))
	f.Add("bob@example.com", "Pedido", "ana1@example.com", "", "eve@evil.example", "", uint8(3))
	f.Add("+34600111222", "", "", "", "", "", uint8(4))
	f.Fuzz(func(t *testing.T, from, subject, id, refs, to, authres string, which uint8) {
		for _, s := range []string{from, subject, id, refs, to} {
			if !utf8.ValidString(s) {
				return // Message fields are valid UTF-8
			}
		}
		ctx := context.Background()
		x := testIndex(t)
		ana := ixMail("ana1@example.com", "ana@example.com", "Pedido", testT0, ixCc("bob@example.com"), ixAuthenticated)
		res, err := x.Add(ctx, ana)
		if err != nil {
			t.Fatal(err)
		}
		lucia := correspondence.NewReply(ana, correspondence.ReplyOptions{From: correspondence.Address{Address: "lucia@tiendasol.example"}})
		lucia.Date = testT0.Add(time.Hour)
		if err := res.Token.Stamp(lucia, "tiendasol.example", strings.NewReader(strings.Repeat("x", 16))); err != nil {
			t.Fatal(err)
		}
		if err := x.Sent(ctx, res.Conversation, lucia); err != nil {
			t.Fatal(err)
		}

		m := &correspondence.Message{
			ID:      id,
			From:    correspondence.Address{Address: from},
			Subject: subject,
			Date:    testT0.Add(2 * time.Hour),
		}
		m.References = strings.Fields(refs)
		for _, a := range strings.Fields(to) {
			m.Cc = append(m.Cc, correspondence.Address{Address: a})
		}
		if authres != "" {
			m.Header = append(m.Header, correspondence.Field{Name: "Authentication-Results", Value: authres})
		}
		// Give the message what a snooper could copy from the conversation.
		switch which % 5 {
		case 1:
			m.InReplyTo = []string{lucia.ID}
		case 2:
			m.To = lucia.ReplyTo
		case 3:
			m.Subject += " " + res.Token.Tag
		case 4:
			m.References = append(m.References, ana.ID)
		}

		sender := lowerAddress(from)
		before, err := x.store().Role(ctx, "0001", sender)
		if err != nil {
			t.Fatal(err)
		}
		got, err := x.Add(ctx, m)
		if err != nil {
			t.Fatalf("Add: %v", err)
		}
		if got.Conversation == "0001" && got.Admitted {
			agent := shopAgent(sender) && Authenticated(m, x.AuthServIDs)
			if before == RoleNone && !agent || before == RoleAgent && !agent {
				t.Fatalf("%q (role %v) admitted to the victim conversation: %+v", from, before, ixShort(got))
			}
		}
		if got.Conversation != "0001" && got.Match != MatchNew {
			t.Fatalf("matched a conversation that does not exist: %+v", ixShort(got))
		}
		if after, _ := x.store().Role(ctx, "0001", sender); after != before {
			t.Fatalf("Add changed the role of its own sender %q from %v to %v", sender, before, after)
		}
	})
}
