package template_test

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/template"
	"github.com/cartero/cartero/thread"
)

func parseFile(t testing.TB, path string) *correspondence.Message {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := correspondence.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// seeded is a deterministic source of "random" bytes for ids.
type seeded struct{ r *rand.ChaCha8 }

func newSeeded() *seeded { return &seeded{rand.NewChaCha8([32]byte{7})} }

func (s *seeded) Read(p []byte) (int, error) { return s.r.Read(p) }

func ackDraft(t testing.TB, c template.Catalog, m *correspondence.Message) *template.Draft {
	t.Helper()
	now := time.Date(2026, 11, 16, 8, 13, 0, 0, madrid)
	d, err := template.Render(c, "acknowledgement", template.Input{
		Locale:   template.Negotiate(c.Locales("acknowledgement"), template.Preferences{Detected: "es", Declared: m.Language}),
		Customer: template.Customer{Name: m.From.Name, Zone: madrid},
		Agent:    template.Agent{FirstName: "Lucía", LastName: "Romero", Role: "Atención al cliente"},
		Brand:    template.Brand{Name: "Tienda Sol"},
		Subject:  m.Subject,
		Now:      now,
		Due:      now.Add(6 * time.Hour),
	})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestReply writes an acknowledgement as a real reply and reads it back
// as mail.
func TestReply(t *testing.T) {
	c, err := template.Load(template.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	m := parseFile(t, "testdata/customer-es.eml")
	d := ackDraft(t, c, m)

	ring := thread.MustKeyRing(thread.Key{ID: "A", Secret: []byte("0123456789abcdef0123456789abcdef")})
	tok, err := ring.Token("000K7")
	if err != nil {
		t.Fatal(err)
	}
	r, err := d.Reply(m, template.ReplyOptions{
		From:      correspondence.Address{Name: "Tienda Sol", Address: "soporte@tiendasol.example"},
		Automatic: true,
		Token:     tok,
		Domain:    "tiendasol.example",
		Rand:      newSeeded(),
	})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w := correspondence.Writer{Domain: "tiendasol.example", Rand: newSeeded(), Now: func() time.Time { return time.Date(2026, 11, 16, 8, 13, 5, 0, madrid) }}
	if err := w.Write(&buf, r); err != nil {
		t.Fatal(err)
	}
	raw := buf.String()
	back, err := correspondence.Parse(strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}

	if back.InReplyTo == nil || back.InReplyTo[0] != m.ID {
		t.Errorf("In-Reply-To = %q, want %q", back.InReplyTo, m.ID)
	}
	if n := len(back.References); n == 0 || back.References[n-1] != m.ID {
		t.Errorf("References = %q, want to end with %q", back.References, m.ID)
	}
	if !strings.HasPrefix(back.ID, tok.Code+".") || !strings.HasSuffix(back.ID, "@tiendasol.example") {
		t.Errorf("Message-ID = %q, want one carrying %s", back.ID, tok.Code)
	}
	if got, err := ring.Verify(strings.SplitN(back.ID, ".", 2)[0]); err != nil || got != "000K7" {
		t.Errorf("Message-ID token verifies as %q, %v", got, err)
	}
	if back.AutoSubmitted != "auto-replied" {
		t.Errorf("Auto-Submitted = %q", back.AutoSubmitted)
	}
	if back.ContentType != "multipart/alternative" {
		t.Errorf("Content-Type = %q, want multipart/alternative", back.ContentType)
	}
	if back.Subject != "Re: Pedido 4471 "+tok.Tag {
		t.Errorf("Subject = %q", back.Subject)
	}
	if back.Language != "es" {
		t.Errorf("Content-Language = %q", back.Language)
	}
	if len(back.To) != 1 || back.To[0].Address != "maria.perez@ortega-asesores.example" {
		t.Errorf("To = %v", back.To)
	}
	if len(back.ReplyTo) != 1 || !strings.HasPrefix(back.ReplyTo[0].Address, "soporte+"+tok.Code) {
		t.Errorf("Reply-To = %v", back.ReplyTo)
	}
	if back.Text != d.Text || back.HTML != d.HTML {
		t.Errorf("bodies did not survive the round trip:\n%q\n%q", back.Text, d.Text)
	}
	if !strings.Contains(d.Text, "Hola, María:") {
		t.Errorf("the acknowledgement does not greet the customer by name:\n%s", d.Text)
	}
}

func TestReplyRefusesAutomaticMail(t *testing.T) {
	c, err := template.Load(template.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"testdata/auto-reply.eml", "../classify/testdata/auto/bounce-postfix.eml", "../classify/testdata/auto/auto-submitted-auto-generated.eml"} {
		m := parseFile(t, path)
		d := ackDraft(t, c, m)
		from := correspondence.Address{Address: "soporte@tiendasol.example"}
		if _, err := d.Reply(m, template.ReplyOptions{From: from, Automatic: true}); !errors.Is(err, template.ErrAutomaticMail) {
			t.Errorf("%s: automatic reply error = %v, want ErrAutomaticMail", path, err)
		}
		// A person may still answer it.
		r, err := d.Reply(m, template.ReplyOptions{From: from})
		if err != nil || r.AutoSubmitted != "" {
			t.Errorf("%s: reply by a person: %v, Auto-Submitted %q", path, err, r.AutoSubmitted)
		}
	}
}

func TestDraftMessage(t *testing.T) {
	c, err := template.Load(template.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	tmpl, err := c.Lookup("shipping", tag("pt-BR"), 0)
	if err != nil {
		t.Fatal(err)
	}
	d, err := tmpl.Render(builtinInput(tmpl, true))
	if err != nil {
		t.Fatal(err)
	}
	m := d.Message(correspondence.Address{Address: "loja@example.com"}, correspondence.Address{Name: "Ana", Address: "ana@example.com"})
	var buf bytes.Buffer
	if err := (&correspondence.Writer{Rand: newSeeded()}).Write(&buf, m); err != nil {
		t.Fatal(err)
	}
	back, err := correspondence.Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if back.Subject != d.Subject || back.Language != "pt-BR" || back.AutoSubmitted != "" || len(back.InReplyTo) != 0 {
		t.Errorf("message read back: subject %q, language %q, auto %q, in-reply-to %q", back.Subject, back.Language, back.AutoSubmitted, back.InReplyTo)
	}
}
