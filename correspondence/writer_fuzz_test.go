package correspondence

import (
	"bytes"
	"errors"
	"net/mail"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// unsafeHeaderText reports whether s must be refused in a header: invalid
// UTF-8 or a control character other than TAB. It restates the rule
// independently of the Writer's own check.
func unsafeHeaderText(s string) bool {
	if !utf8.ValidString(s) {
		return true
	}
	for _, r := range s {
		if r < 0x20 && r != '\t' || r == 0x7f || 0x80 <= r && r <= 0x9f {
			return true
		}
	}
	return false
}

// FuzzWrite writes messages with arbitrary subjects, names, text and file
// names. The Writer either refuses them with a *HeaderError, writing
// nothing, or writes a message that net/mail reads back with the same
// subject, names, text and file name, whose header holds only the fields
// the Writer means to write, with no line over 998 bytes.
func FuzzWrite(f *testing.F) {
	f.Add("Pedido 1234", "Ana García", "Soporte", "Hola,\n¿dónde está mi pedido?\n", "factura año 2024.pdf")
	f.Add("Re: "+strings.Repeat("envío retrasado ", 10), `José "Pepe" Núñez`, "Pérez, Luis", strings.Repeat("x", 1200), "")
	f.Add("=?utf-8?q?not_encoded?=", "  spaced  ", "a\tb", "a\r\nb\rc", `a"b\c.txt`)
	f.Add("subject\r\nBcc: evil@example.com", "x\nBcc: y", "z", "text", "f\r\n.pdf")
	f.Add(strings.Repeat("注文", 60), strings.Repeat("😀", 30), "Ω", "\x00\xff", strings.Repeat("文書", 70)+".pdf")
	f.Add(" ", "\u0085", "\x7f", "", "\xc3")
	f.Fuzz(func(t *testing.T, subject, fromName, toName, text, filename string) {
		m := &Message{
			ID:      "fuzz@cartero.example",
			Date:    time.Date(2024, 3, 5, 10, 30, 0, 0, madrid),
			From:    Address{Name: fromName, Address: "from@example.com"},
			To:      []Address{{Name: toName, Address: "to@example.com"}},
			Subject: subject,
			Text:    text,
		}
		if filename != "" {
			m.Attachments = []*Attachment{NewAttachment(filename, "application/octet-stream", []byte(text))}
		}
		unsafe := unsafeHeaderText(subject) || unsafeHeaderText(fromName) || unsafeHeaderText(toName) || unsafeHeaderText(filename)

		var b bytes.Buffer
		err := testWriter().Write(&b, m)
		if err != nil {
			var he *HeaderError
			if !errors.As(err, &he) {
				t.Fatalf("Write = %v, want a *HeaderError or success", err)
			}
			if !unsafe {
				t.Fatalf("Write refused safe values: %v", err)
			}
			if b.Len() != 0 {
				t.Fatalf("Write wrote %d bytes before refusing", b.Len())
			}
			return
		}
		if unsafe {
			t.Fatalf("Write accepted unsafe values:\n%s", b.String())
		}
		out := b.String()
		checkWellFormed(t, out)

		// No field other than the Writer's own.
		allowed := map[string]bool{"Date": true, "From": true, "To": true, "Subject": true, "Message-ID": true,
			"MIME-Version": true, "Content-Type": true, "Content-Transfer-Encoding": true}
		head, _, _ := strings.Cut(out, "\r\n\r\n")
		for _, line := range strings.Split(head, "\r\n") {
			if line[0] == ' ' || line[0] == '\t' {
				continue
			}
			if name, _, _ := strings.Cut(line, ":"); !allowed[name] {
				t.Fatalf("unexpected field %q in:\n%s", name, head)
			}
		}

		// Read back with the standard library.
		msg, err := mail.ReadMessage(strings.NewReader(out))
		if err != nil {
			t.Fatalf("net/mail: %v\n%s", err, out)
		}
		if got, err := wordDecoder.DecodeHeader(msg.Header.Get("Subject")); err != nil || got != subject {
			t.Fatalf("Subject read back as %q (%v), want %q\n%s", got, err, subject, head)
		}
		for _, c := range []struct {
			field string
			want  Address
		}{{"From", m.From}, {"To", m.To[0]}} {
			a, err := mail.ParseAddress(msg.Header.Get(c.field))
			if err != nil || a.Name != c.want.Name || a.Address != c.want.Address {
				t.Fatalf("%s read back as %v (%v), want %v\n%s", c.field, a, err, c.want, head)
			}
		}
		std := readStd(t, out)
		want := strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
		if std.Text != want {
			t.Fatalf("Text read back as %q, want %q", std.Text, want)
		}
		if filename != "" {
			if len(std.Attachments) != 1 || std.Attachments[0].Filename != filename || std.Attachments[0].Name != filename ||
				string(std.Attachments[0].Data) != text {
				t.Fatalf("attachment read back as %+v, want %q", std.Attachments, filename)
			}
		}
	})
}
