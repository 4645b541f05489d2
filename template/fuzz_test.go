package template_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/template"
)

// allowed are the elements and attributes a rendered HTML part may hold;
// everything else must have come from data and been escaped.
var allowed = map[string][]string{
	"html": {"lang"}, "head": nil, "meta": {"charset"}, "body": nil, "p": nil, "br": nil, "a": {"href"},
}

// checkHTML reports markup in doc that rendering did not write itself.
func checkHTML(doc string) error {
	z := html.NewTokenizer(strings.NewReader(doc))
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() == io.EOF {
				return nil
			}
			return z.Err()
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			attrs, ok := allowed[tok.Data]
			if !ok {
				return errors.New("element <" + tok.Data + ">")
			}
			for _, a := range tok.Attr {
				if !containsString(attrs, a.Key) {
					return errors.New("attribute " + a.Key + " on <" + tok.Data + ">")
				}
				if a.Key == "href" && !(strings.HasPrefix(a.Val, "https://") || strings.HasPrefix(a.Val, "http://") || strings.HasPrefix(a.Val, "mailto:")) {
					return errors.New("link to " + a.Val)
				}
			}
		case html.CommentToken:
			return errors.New("comment in HTML")
		}
	}
}

// FuzzRender feeds customer-supplied names, subjects and text (markup,
// control characters, right-to-left text, invalid UTF-8) through
// rendering, the reply and the writer, and checks that the mail is
// always written, reads back with the same text, and that the HTML part
// holds no markup that did not come from the template.
func FuzzRender(f *testing.F) {
	c, err := template.Load(template.Builtin())
	if err != nil {
		f.Fatal(err)
	}
	f.Add("María Pérez", "Pedido 4471", "el pedido salió tarde", "https://example.com/x")
	f.Add(`<script>alert("x")</script>`, "=?utf-8?q?x?=\r\nBcc: a@b.c", "<img src=x onerror=alert(1)>", "javascript:alert(1)")
	f.Add("محمد \u202eأحمد", "\u202eRe: طلب", "שלום <b>עולם</b>", "mailto:a@b.c")
	f.Add("\x00\x1b[31m\x7f\u0085", "\xff\xfe", "a\rb\r\nc\n\n\n\nd", "")
	f.Add("&amp; &lt; ]]> <!-- x -->", "{{.Agent.Name}}", "{{template \"x\"}} %!s(MISSING)", "https://a.example/?q=<x>&y=\"z\"")
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, name, subject, text, link string) {
		if len(name)+len(subject)+len(text)+len(link) > 4096 {
			return
		}
		parent := &correspondence.Message{
			ID:      "abc@customer.example",
			From:    correspondence.Address{Name: name, Address: "customer@example.com"},
			Subject: subject,
		}
		for _, key := range []string{"complaint", "survey"} {
			for _, loc := range []string{"es", "en", "pt-PT"} {
				in := template.Input{
					Locale:   tag(loc),
					Customer: template.Customer{Name: name},
					Agent:    template.Agent{FirstName: name, LastName: "Romero", Role: text},
					Brand:    template.Brand{Name: name},
					Subject:  subject,
					Now:      now,
					Due:      now.Add(time.Hour),
					Data: map[string]any{
						"what_happened": text, "solution": name, "compensation": text,
						"survey_url": link, "minutes": len(text),
					},
				}
				d, err := template.Render(c, key, in)
				if err != nil {
					if errors.Is(err, template.ErrMissing) || errors.Is(err, template.ErrUnsafeURL) {
						continue
					}
					t.Fatalf("%s/%s: %v", key, loc, err)
				}
				if err := checkHTML(d.HTML); err != nil {
					t.Fatalf("%s/%s: HTML holds markup from data (%v):\n%s", key, loc, err, d.HTML)
				}
				if !utf8.ValidString(d.Text) || !utf8.ValidString(d.HTML) || strings.ContainsAny(d.Subject, "\r\n") {
					t.Fatalf("%s/%s: invalid draft %q", key, loc, d.Subject)
				}
				r, err := d.Reply(parent, template.ReplyOptions{From: correspondence.Address{Address: "soporte@example.com"}})
				if err != nil {
					t.Fatalf("%s/%s: Reply: %v", key, loc, err)
				}
				var buf bytes.Buffer
				if err := (&correspondence.Writer{Rand: newSeeded(), Now: func() time.Time { return now }}).Write(&buf, r); err != nil {
					t.Fatalf("%s/%s: writing the reply: %v", key, loc, err)
				}
				back, err := correspondence.Parse(&buf)
				if err != nil {
					t.Fatalf("%s/%s: reading the reply back: %v", key, loc, err)
				}
				if len(back.Defects) > 0 {
					t.Fatalf("%s/%s: reply read back with defects %v", key, loc, back.Defects)
				}
				if back.Text != d.Text || back.Subject != d.Subject {
					t.Fatalf("%s/%s: round trip changed the reply:\n%q\n%q", key, loc, back.Subject, d.Subject)
				}
			}
		}
	})
}
