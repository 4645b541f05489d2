package thread

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/cartero/cartero/correspondence"
	"github.com/google/go-cmp/cmp"
)

// Fixed keys for tests and examples; real secrets come from crypto/rand.
var (
	testSecretA = []byte("cartero test key A, 32 bytes...!")
	testSecretB = []byte("cartero test key B, 32 bytes...!")
)

func testRing(t testing.TB, keys ...Key) *KeyRing {
	t.Helper()
	if len(keys) == 0 {
		keys = []Key{{ID: "A", Secret: testSecretA}}
	}
	r, err := NewKeyRing(keys...)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestSerialID(t *testing.T) {
	for _, tc := range []struct {
		n    uint64
		want string
	}{
		{0, "0000"},
		{1, "0001"},
		{31, "000Z"},
		{32, "0010"},
		{1<<20 - 1, "ZZZZ"},
		{1 << 20, "10000"},
		{1<<64 - 1, "FZZZZZZZZZZZZ"},
	} {
		got := SerialID(tc.n)
		if got != tc.want {
			t.Errorf("SerialID(%d) = %q, want %q", tc.n, got, tc.want)
		}
		if !validConvID(got) {
			t.Errorf("SerialID(%d) = %q is not a valid id", tc.n, got)
		}
		if n, ok := parseSerial(got); !ok || n != tc.n {
			t.Errorf("parseSerial(%q) = %d, %v", got, n, ok)
		}
	}
	for _, s := range []string{"", "001", "01", "000I", "0001 ", "00001", "0a01", "GZZZZZZZZZZZZ", "ZZZZZZZZZZZZZZ"} {
		if n, ok := parseSerial(s); ok {
			t.Errorf("parseSerial(%q) = %d, true; want false", s, n)
		}
	}
}

func TestNewKeyRingErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		keys []Key
	}{
		{"none", nil},
		{"empty id", []Key{{ID: "", Secret: testSecretA}}},
		{"long id", []Key{{ID: "AB", Secret: testSecretA}}},
		{"id outside the alphabet", []Key{{ID: "I", Secret: testSecretA}}},
		{"id punctuation", []Key{{ID: "-", Secret: testSecretA}}},
		{"repeated id", []Key{{ID: "a", Secret: testSecretA}, {ID: "A", Secret: testSecretB}}},
		{"ixResult secret", []Key{{ID: "A", Secret: make([]byte, MinSecretLen-1)}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := NewKeyRing(tc.keys...)
			if !errors.Is(err, ErrBadKey) || r != nil {
				t.Errorf("NewKeyRing = %v, %v; want nil, ErrBadKey", r, err)
			}
		})
	}
	defer func() {
		if recover() == nil {
			t.Error("MustKeyRing with no keys did not panic")
		}
	}()
	MustKeyRing()
}

func TestTokenForms(t *testing.T) {
	r := testRing(t)
	tok, err := r.Token("000K7")
	if err != nil {
		t.Fatal(err)
	}
	if tok.Conversation != "000K7" {
		t.Errorf("Conversation = %q", tok.Conversation)
	}
	if len(tok.Code) != len("000K7")+1+codeMACLen || !strings.HasPrefix(tok.Code, "000K7A") {
		t.Errorf("Code = %q, want 000K7, key A and %d MAC characters", tok.Code, codeMACLen)
	}
	if len(tok.Tag) != len("[#000K7-]")+tagMACLen || !strings.HasPrefix(tok.Tag, "[#000K7-") {
		t.Errorf("Tag = %q", tok.Tag)
	}
	if !isTokenText(tok.Code) || len(tok.Code) > 64-len("soporte.clientes+") {
		t.Errorf("Code %q does not fit a plus address", tok.Code)
	}
	// Deterministic: the same key signs the same token.
	if again, _ := testRing(t).Token("000K7"); again != tok {
		t.Errorf("Token is not deterministic: %+v, then %+v", tok, again)
	}
	// Another key signs another token, and the Tag does not repeat the Code.
	other, _ := testRing(t, Key{ID: "A", Secret: testSecretB}).Token("000K7")
	if other.Code == tok.Code || other.Tag == tok.Tag {
		t.Errorf("different secrets gave %+v and %+v", tok, other)
	}
	if strings.Contains(tok.Code, tok.Tag[len("[#000K7-"):len(tok.Tag)-1]) {
		t.Logf("Code %q happens to contain the Tag MAC of %q", tok.Code, tok.Tag)
	}

	for _, bad := range []string{"", "k7", "0001 ", "000I", strings.Repeat("1", maxIDLen+1), "0-01"} {
		if _, err := r.Token(bad); !errors.Is(err, ErrInvalidID) {
			t.Errorf("Token(%q): %v, want ErrInvalidID", bad, err)
		}
	}
	if _, err := r.Token(strings.Repeat("Z", maxIDLen)); err != nil {
		t.Errorf("Token of a %d-character id: %v", maxIDLen, err)
	}
}

// TestTokenVectors pins the token construction to values computed
// independently of this package (Python's hmac module): the MAC is
// HMAC-SHA256(secret, "cartero/thread token v1:" + key id + conversation
// id); the Code carries its bits 0 to 99 and the Tag its bits 100 to 139,
// five bits a character, most significant first, in the token alphabet.
func TestTokenVectors(t *testing.T) {
	for _, tc := range []struct {
		key       Key
		conv      string
		code, tag string
	}{
		{Key{ID: "A", Secret: testSecretA}, "0001", "0001AZYAMX9MFY2EX0GRGJJZ6", "[#0001-RK58PCKF]"},
		{Key{ID: "A", Secret: []byte("example secret, 32 bytes long...")}, "000K7", "000K7A11MFXKVXV0ATHKH4DMEW", "[#000K7-B0EFD05R]"},
		{Key{ID: "b", Secret: testSecretB}, "ZZZZZZZZZZZZZZZZ", "ZZZZZZZZZZZZZZZZBQB8QXYPFG81N08ZDRZ73", "[#ZZZZZZZZZZZZZZZZ-9Z9XHK9J]"},
	} {
		got, err := testRing(t, tc.key).Token(tc.conv)
		if err != nil {
			t.Fatal(err)
		}
		if want := (Token{tc.conv, tc.code, tc.tag}); got != want {
			t.Errorf("Token(%s) with key %s = %+v, want %+v", tc.conv, tc.key.ID, got, want)
		}
	}
}

func TestVerify(t *testing.T) {
	old := Key{ID: "A", Secret: testSecretA}
	cur := Key{ID: "B", Secret: testSecretB}
	before := testRing(t, old)
	rotated := testRing(t, cur, old) // signs with B, still accepts A
	after := testRing(t, cur)        // A retired

	oldTok, _ := before.Token("0042")
	newTok, _ := rotated.Token("0042")
	if newTok.Code[4] != 'B' {
		t.Fatalf("rotated ring signed %q, not with key B", newTok.Code)
	}
	for _, tc := range []struct {
		name string
		ring *KeyRing
		code string
		want string
		err  error
	}{
		{"issued", before, oldTok.Code, "0042", nil},
		{"lower case", before, strings.ToLower(oldTok.Code), "0042", nil},
		{"old key after rotation", rotated, oldTok.Code, "0042", nil},
		{"new key after rotation", rotated, newTok.Code, "0042", nil},
		{"retired key", after, oldTok.Code, "", ErrUnknownKey},
		{"new key before rotation", before, newTok.Code, "", ErrUnknownKey},
		{"empty", before, "", "", ErrInvalidToken},
		{"too ixResult", before, oldTok.Code[1:], "", ErrInvalidToken},
		{"other conversation", before, "0043" + oldTok.Code[4:], "", ErrInvalidToken},
		{"longer id", before, "00042" + oldTok.Code[4:], "", ErrInvalidToken},
		{"key id changed", rotated, oldTok.Code[:4] + "B" + oldTok.Code[5:], "", ErrInvalidToken},
		{"not the alphabet", before, oldTok.Code[:10] + "I" + oldTok.Code[11:], "", ErrInvalidToken},
		{"truncated MAC", before, oldTok.Code[:len(oldTok.Code)-1], "", ErrInvalidToken},
		{"extra character", before, oldTok.Code + "0", "", ErrInvalidToken},
		{"tag instead", before, oldTok.Tag, "", ErrInvalidToken},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.ring.Verify(tc.code)
			if got != tc.want || !errors.Is(err, tc.err) || (tc.err == nil) != (err == nil) {
				t.Errorf("Verify(%q) = %q, %v; want %q, %v", tc.code, got, err, tc.want, tc.err)
			}
		})
	}

	// Every single-character change of the MAC or the id fails.
	for i := range len(oldTok.Code) {
		for _, c := range []byte(tokenAlphabet) {
			if c == oldTok.Code[i] || i == 4 {
				continue
			}
			code := oldTok.Code[:i] + string(c) + oldTok.Code[i+1:]
			if conv, err := rotated.Verify(code); err == nil {
				t.Errorf("altered code %q verified as %s", code, conv)
			}
		}
	}
}

func TestVerifyTag(t *testing.T) {
	old := Key{ID: "A", Secret: testSecretA}
	cur := Key{ID: "B", Secret: testSecretB}
	before := testRing(t, old)
	rotated := testRing(t, cur, old)
	after := testRing(t, cur)
	tok, _ := before.Token("00K7")

	for _, tc := range []struct {
		ring *KeyRing
		tag  string
		want string
	}{
		{before, tok.Tag, "00K7"},
		{before, strings.ToLower(tok.Tag), "00K7"},
		{rotated, tok.Tag, "00K7"},
		{after, tok.Tag, ""},
		{before, "[#00K8" + tok.Tag[6:], ""},
		{before, "[#0K7" + tok.Tag[6:], ""},
		{before, tok.Tag[1:], ""},
		{before, tok.Tag[:len(tok.Tag)-1], ""},
		{before, "[#00K7]", ""},
		{before, "[#-" + tok.Tag[len(tok.Tag)-5:], ""},
		{before, "", ""},
	} {
		got, err := tc.ring.VerifyTag(tc.tag)
		if got != tc.want || (err == nil) != (tc.want != "") {
			t.Errorf("VerifyTag(%q) = %q, %v; want %q", tc.tag, got, err, tc.want)
		}
		if err != nil && !errors.Is(err, ErrInvalidToken) {
			t.Errorf("VerifyTag(%q): %v, want ErrInvalidToken", tc.tag, err)
		}
	}

	// Every single-character change fails.
	for i := 2; i < len(tok.Tag)-1; i++ {
		for _, c := range []byte(tokenAlphabet) {
			if c == tok.Tag[i] || tok.Tag[i] == '-' {
				continue
			}
			tag := tok.Tag[:i] + string(c) + tok.Tag[i+1:]
			if conv, err := rotated.VerifyTag(tag); err == nil {
				t.Errorf("altered tag %q verified as %s", tag, conv)
			}
		}
	}
}

func TestTokenStrings(t *testing.T) {
	tok, _ := testRing(t).Token("00K7")
	other, _ := testRing(t).Token("00K8")

	if got, want := tok.MessageID("U1", "tiendasol.example"), tok.Code+".U1@tiendasol.example"; got != want {
		t.Errorf("MessageID = %q, want %q", got, want)
	}

	for _, tc := range []struct{ in, want string }{
		{"soporte@tiendasol.example", "soporte+" + tok.Code + "@tiendasol.example"},
		{"soporte+es@tiendasol.example", "soporte+es+" + tok.Code + "@tiendasol.example"},
		{"soporte+" + other.Code + "@tiendasol.example", "soporte+" + tok.Code + "@tiendasol.example"},
		{"soporte+" + strings.ToLower(other.Code) + "@tiendasol.example", "soporte+" + tok.Code + "@tiendasol.example"},
		{"soporte", "soporte"},
		{`"so porte"@tiendasol.example`, `"so porte"@tiendasol.example`},
		{"", ""},
	} {
		if got := tok.Address(tc.in); got != tc.want {
			t.Errorf("Address(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}

	for _, tc := range []struct{ in, want string }{
		{"Pedido 4471", "Pedido 4471 " + tok.Tag},
		{"Re: Pedido 4471 " + tok.Tag, "Re: Pedido 4471 " + tok.Tag},
		{"Re: Pedido 4471 " + other.Tag, "Re: Pedido 4471 " + tok.Tag},
		{other.Tag + " Re: Pedido", "Re: Pedido " + tok.Tag},
		{"Pedido [#123] y [#A-B]", "Pedido [#123] y [#A-B] " + tok.Tag},
		{"", tok.Tag},
		{"  ", tok.Tag},
	} {
		if got := tok.Subject(tc.in); got != tc.want {
			t.Errorf("Subject(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := tok.Subject(tok.Subject("Pedido")); got != "Pedido "+tok.Tag {
		t.Errorf("stamping twice gave %q", got)
	}
}

func TestStamp(t *testing.T) {
	tok, _ := testRing(t).Token("00K7")
	random := bytes.NewReader(bytes.Repeat([]byte{0xA5}, 16))
	m := &correspondence.Message{
		ID:      "old@x",
		From:    correspondence.Address{Name: "Lucía Gómez", Address: "lucia@tiendasol.example"},
		To:      []correspondence.Address{{Address: "ana@example.com"}},
		Subject: "Re: Pedido 4471",
	}
	if err := tok.Stamp(m, "tiendasol.example", random); err != nil {
		t.Fatal(err)
	}
	want := &correspondence.Message{
		ID:      tok.Code + ".MPJTB9D5MPJTB9D5MPJTB9D5MM@tiendasol.example",
		From:    correspondence.Address{Name: "Lucía Gómez", Address: "lucia@tiendasol.example"},
		ReplyTo: []correspondence.Address{{Name: "Lucía Gómez", Address: "lucia+" + tok.Code + "@tiendasol.example"}},
		To:      []correspondence.Address{{Address: "ana@example.com"}},
		Subject: "Re: Pedido 4471 " + tok.Tag,
	}
	if diff := cmp.Diff(want, m); diff != "" {
		t.Errorf("stamped message (-want +got):\n%s", diff)
	}

	// The Writer accepts what Stamp made.
	m.Text = "Hola"
	var buf bytes.Buffer
	if err := (&correspondence.Writer{}).Write(&buf, m); err != nil {
		t.Fatalf("writing a stamped message: %v", err)
	}
	back, err := correspondence.Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if back.ID != m.ID || back.Subject != m.Subject || back.ReplyTo[0].Address != m.ReplyTo[0].Address {
		t.Errorf("read back %q %q %v", back.ID, back.Subject, back.ReplyTo)
	}

	// An existing Reply-To is stamped instead of From; domain defaults.
	m2 := &correspondence.Message{
		From:    correspondence.Address{Address: "lucia@tiendasol.example"},
		ReplyTo: []correspondence.Address{{Name: "Soporte", Address: "soporte@tiendasol.example"}},
	}
	if err := tok.Stamp(m2, "", nil); err != nil {
		t.Fatal(err)
	}
	if m2.ReplyTo[0].Address != "soporte+"+tok.Code+"@tiendasol.example" || !strings.HasSuffix(m2.ID, "@localhost") || m2.Subject != tok.Tag {
		t.Errorf("stamped %+v", m2)
	}
	if err := (Token{}).Stamp(m2, "", nil); !errors.Is(err, ErrInvalidToken) {
		t.Errorf("stamping with a zero Token: %v", err)
	}
	if err := tok.Stamp(m2, "", bytes.NewReader(nil)); err == nil {
		t.Error("Stamp with an empty random source did not fail")
	}
}

func TestStripTags(t *testing.T) {
	tok, _ := testRing(t).Token("00K7")
	for _, tc := range []struct{ in, want string }{
		{"Pedido " + tok.Tag, "Pedido"},
		{tok.Tag + " Pedido", "Pedido"},
		{"Pedido " + tok.Tag + " urgente", "Pedido urgente"},
		{"Pedido\t" + tok.Tag + "  " + tok.Tag + " urgente " + tok.Tag, "Pedido urgente"},
		{tok.Tag, ""},
		{"Pedido [#00K7-ABCDEFG]", "Pedido [#00K7-ABCDEFG]"},
		{"Pedido [#00K7-ABCDEFGHJ]", "Pedido [#00K7-ABCDEFGHJ]"},
		{"Pedido [#00K7-ABCDEFGH", "Pedido [#00K7-ABCDEFGH"},
		{"[#[#00K7-ABCDEFGH]", "[#"},
		{"x[#00K7-ABCDEFGH]y", "x y"},
		{"[# " + strings.Repeat("x", 100) + "] [#00K7-ABCDEFGH]", "[# " + strings.Repeat("x", 100) + "]"},
		{"Pedido", "Pedido"},
	} {
		if got := stripTokenTags(tc.in); got != tc.want {
			t.Errorf("stripTokenTags(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
