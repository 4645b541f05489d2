package mailgen

import (
	"fmt"
	"mime"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/cartero/cartero/correspondence"
)

// Raw returns m as the mail file a client would have received: a header
// with Return-Path, two Received fields (the newest at m.Received), Date,
// From, To, Cc, Subject, Message-ID, In-Reply-To and References as far
// as m has them, and m.Text as a UTF-8 plain-text body. Non-ASCII
// subjects and names are encoded words, long fields are folded, and lines
// end in LF, as in a Maildir. Reading it back with
// correspondence.ParseHeader gives the same identifiers, addresses,
// subject and times.
func Raw(m *correspondence.Message) []byte {
	var b strings.Builder
	b.Grow(1024 + len(m.Text))
	if m.From.Address != "" {
		b.WriteString("Return-Path: <" + m.From.Address + ">\n")
	}
	if !m.Received.IsZero() {
		r := m.Received.UTC()
		fmt.Fprintf(&b, "Received: from mx2.relay.example (mx2.relay.example [192.0.2.25])\n\tby mail.cartero.example (Postfix) with ESMTPS id %X\n\tfor <inbox@cartero.example>; %s\n",
			r.Unix()&0xffffff, r.Format(time.RFC1123Z))
		fmt.Fprintf(&b, "Received: from client.example (client.example [198.51.100.7])\n\tby mx2.relay.example with ESMTPSA id %x;\n\t%s\n",
			r.Unix()&0xfffff, r.Add(-3*time.Second).Format(time.RFC1123Z))
	}
	if !m.Date.IsZero() {
		b.WriteString("Date: " + m.Date.Format(time.RFC1123Z) + "\n")
	}
	if m.From.Address != "" || m.From.Name != "" {
		field(&b, "From", address(m.From))
	}
	addresses(&b, "To", m.To)
	addresses(&b, "Cc", m.Cc)
	if m.Subject != "" {
		field(&b, "Subject", mime.BEncoding.Encode("utf-8", m.Subject))
	}
	if m.ID != "" {
		b.WriteString("Message-ID: <" + m.ID + ">\n")
	}
	ids(&b, "In-Reply-To", m.InReplyTo)
	ids(&b, "References", m.References)
	b.WriteString("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n")
	b.WriteString(m.Text)
	return []byte(b.String())
}

// address formats one address, its name as an encoded word when needed.
func address(a correspondence.Address) string {
	return (&mail.Address{Name: a.Name, Address: a.Address}).String()
}

func addresses(b *strings.Builder, name string, as []correspondence.Address) {
	if len(as) == 0 {
		return
	}
	parts := make([]string, len(as))
	for k, a := range as {
		parts[k] = address(a)
	}
	field(b, name, strings.Join(parts, ", "))
}

func ids(b *strings.Builder, name string, list []string) {
	if len(list) == 0 {
		return
	}
	parts := make([]string, len(list))
	for k, id := range list {
		parts[k] = "<" + id + ">"
	}
	field(b, name, strings.Join(parts, " "))
}

// field writes "Name: value", folded before spaces to keep lines near 78
// characters.
func field(b *strings.Builder, name, value string) {
	line := len(name) + 2
	b.WriteString(name + ": ")
	for k, word := range strings.Split(value, " ") {
		if k > 0 {
			if line+1+len(word) > 78 {
				b.WriteString("\n")
				line = 0
			}
			b.WriteString(" ")
			line++
		}
		b.WriteString(word)
		line += len(word)
	}
	b.WriteString("\n")
}

// WriteMaildir writes msgs as the files of a Maildir at dir (creating
// dir, cur, new and tmp), one file per message in cur, named after its
// delivery time and place in msgs. It returns the paths in the order of
// msgs.
func WriteMaildir(dir string, msgs []*correspondence.Message) ([]string, error) {
	for _, sub := range []string{"cur", "new", "tmp"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return nil, err
		}
	}
	paths := make([]string, len(msgs))
	for k, m := range msgs {
		p := filepath.Join(dir, "cur", fmt.Sprintf("%d.M%07dP0.mailgen:2,S", m.Received.Unix(), k))
		if err := os.WriteFile(p, Raw(m), 0o644); err != nil {
			return nil, err
		}
		paths[k] = p
	}
	return paths, nil
}
