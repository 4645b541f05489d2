package correspondence

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse checks that any input gives a message or an error (never both,
// never a panic), that every text field is valid UTF-8, and that writing a
// parsed message and parsing it again gives back the same content.
func FuzzParse(f *testing.F) {
	fixtures, _ := filepath.Glob("testdata/parse/*.eml")
	for _, file := range fixtures {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("From: a@example.com\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n\r\nhola\r\n--x--"))
	f.Add([]byte("Subject: =?utf-8?q?caf=C3?= =?utf-8?q?=A9?=\n\nbody"))
	p := Parser{MaxSize: 1 << 20, MaxParts: 200, MaxDepth: 20}
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := p.ParseBytes(raw)
		if (m == nil) == (err == nil) {
			t.Fatalf("message %v and error %v", m != nil, err)
		}
		if err != nil {
			if !isLimit(err) && !errors.Is(err, ErrEmpty) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		for name, s := range map[string]string{"Subject": m.Subject, "Text": m.Text, "HTML": m.HTML,
			"From": m.From.String(), "ID": m.ID} {
			if !utf8.ValidString(s) {
				t.Fatalf("%s is not valid UTF-8: %q", name, s)
			}
		}
		for _, a := range m.Attachments {
			if !utf8.ValidString(a.Filename) {
				t.Fatalf("filename not valid UTF-8: %q", a.Filename)
			}
			if int64(len(a.Bytes())) != a.Size {
				t.Fatalf("attachment %s: size %d, %d bytes", a.Path, a.Size, len(a.Bytes()))
			}
		}
		if h, err := p.ParseHeader(bytes.NewReader(raw)); err == nil {
			if h.Subject != m.Subject || h.ID != m.ID || h.From != m.From {
				t.Fatalf("header-only parse differs: %q/%q %q/%q", h.Subject, m.Subject, h.ID, m.ID)
			}
		}
		checkRewrite(t, m)
	})
}

// checkRewrite writes m (without its extra header fields) and parses the
// result: the content must survive. Messages the Writer refuses to write
// (unsafe header values) are fine as long as the refusal is a HeaderError.
func checkRewrite(t *testing.T, m1 *Message) {
	out := *m1
	out.Header = nil
	var buf bytes.Buffer
	if err := Write(&buf, &out); err != nil {
		if !errors.Is(err, ErrHeaderInjection) {
			t.Fatalf("Write: %v", err)
		}
		return
	}
	m2, err := Parse(&buf)
	if err != nil {
		t.Fatalf("Parse of written message: %v\n%s", err, buf.Bytes())
	}
	if m1.ID == "" {
		m1.ID = out.ID // the Writer made one up
	}
	if m2.Subject != m1.Subject || m2.ID != m1.ID || m2.From != m1.From {
		t.Fatalf("envelope changed: %q %q %v → %q %q %v", m1.Subject, m1.ID, m1.From, m2.Subject, m2.ID, m2.From)
	}
	if m2.Text != m1.Text || m2.HTML != m1.HTML {
		t.Fatalf("bodies changed:\n%q\n%q\n→\n%q\n%q", m1.Text, m1.HTML, m2.Text, m2.HTML)
	}
	if len(m2.Attachments) != len(m1.Attachments) {
		t.Fatalf("%d attachments → %d", len(m1.Attachments), len(m2.Attachments))
	}
	// The Writer puts inline parts first, in the multipart/related, and
	// sends messages and multiparts with CRLF line endings.
	a1, a2 := attachmentKeys(m1), attachmentKeys(m2)
	for i := range a1 {
		if a1[i] != a2[i] {
			t.Fatalf("attachment changed:\n%q\n→\n%q", a1[i], a2[i])
		}
	}
}

func attachmentKeys(m *Message) []string {
	keys := make([]string, len(m.Attachments))
	for i, a := range m.Attachments {
		b := a.Bytes()
		if a.ContentType == "message/rfc822" || strings.HasPrefix(a.ContentType, "multipart/") {
			b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
			b = bytes.ReplaceAll(b, []byte("\r"), []byte("\n"))
		}
		keys[i] = a.Filename + "\x00" + a.ContentType + "\x00" + string(b)
	}
	slices.Sort(keys)
	return keys
}
