package correspondence

import (
	"github.com/cartero/cartero/internal/quote"

	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// replySeeds are texts that exercise every rule of the split.
var replySeeds = []string{
	"",
	"\n\n",
	"Hola\r\n\r\n> q1\r\n> q2\r\n\r\nrespuesta\r\n",
	"Sí.\n\nEl lun, 23 nov 2026 a las 10:15, Ana <ana@example.com> escribió:\n> ¿Vale?\n",
	"Ok.\nEl lun, 23 nov 2026 a las 10:15, Atención al Cliente (<\nsoporte@example.com>) escribió:\n> x",
	"Adjunto.\n\nDe: Ana <ana@example.com>\nEnviado el: lunes, 23 de noviembre de 2026 10:15\nPara: x@example.com\nAsunto: y\n\nz",
	"Mira.\n\n---------- Forwarded message ---------\nFrom: a@example.com\n\ncontent",
	"Gracias,\nAna\n\nEnviado desde mi iPhone\n\n> El 17 nov 2026, a las 9:03, L <l@example.com> escribió:\n>\n> h",
	"texto\n-- \nAna\nTel. 600 000 000\nAVISO DE CONFIDENCIALIDAD: este mensaje es confidencial.",
	"> npm install\nnpm ERR!\n> > deep\n>>>\n>",
	"From: Madrid\nTo: Sevilla\nSent: 3 boxes\n--\nmi hermano escribió: «no funciona»",
	"________________________________\nDe: a\nEnviado: lunes 10:15\nPara: b\nAsunto: c",
	"\xff\xfe> \x00\n\u00a0\u202f\n* A <a@b.c> [2026-11-23 10:15]:\n> x",
	"0\r\r",
	"a\r\n\r\n\r",
	"0\r\r\n",
	"0\r\r\n0",
}

// FuzzReply checks the promises of SplitText on any input: no panic; the
// segments, concatenated in order, give back the input exactly; each field
// holds the lines of the segments of its kind, in order; and the fields
// are valid UTF-8 when the input is.
func FuzzReply(f *testing.F) {
	for _, s := range replySeeds {
		f.Add(s)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "reply", "*.eml"))
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			continue
		}
		if m, err := ParseBytes(raw); err == nil {
			f.Add(m.Text)
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		sp := SplitText(text)
		var b strings.Builder
		for _, s := range sp.Segments {
			b.WriteString(s.Text)
		}
		if b.String() != text {
			t.Fatalf("segments give %q, not the input %q", b.String(), text)
		}
		checkFields(t, sp, utf8.ValidString(text))
	})
}

// FuzzReplyHTML checks SplitHTML: no panic, segments that cover the
// rendering, and valid UTF-8 everywhere.
func FuzzReplyHTML(f *testing.F) {
	for _, s := range []string{
		"",
		`<div>Hola</div><div class="gmail_quote"><div class="gmail_attr">El lun, 23 nov 2026 a las 10:15, A &lt;a@b.c&gt; escribió:</div><blockquote class="gmail_quote">q</blockquote><div>r</div></div>`,
		`<p>x</p><hr tabindex="-1"><div id="divRplyFwdMsg"><b>From:</b> a<br><b>Sent:</b> Monday 10:15<br><b>Subject:</b> s</div>`,
		`<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p>De: a</p></div>`,
		`<blockquote type="cite"><blockquote type="cite">x</blockquote></blockquote><pre class="moz-signature">-- ` + "\n" + `A</pre>`,
		`<div class="yahoo_quoted"><div class="gmail_signature">x</div></div><ul><li>a<li>b</ul>`,
		"<span id=OLK_SRC_BODY_SECTION>\xff<div class=moz-cite-prefix>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, html string) {
		sp := SplitHTML(html)
		end := 0
		for _, s := range sp.Segments {
			if s.Start != end || s.End-s.Start != len(s.Text) {
				t.Fatalf("segment [%d,%d) after %d", s.Start, s.End, end)
			}
			end = s.End
		}
		checkFields(t, sp, true)
	})
}

// checkFields checks that each field holds the lines of its segments, and
// that every text is valid UTF-8 when utf is set.
func checkFields(t *testing.T, sp Split, utf bool) {
	t.Helper()
	var kinds [4][]string
	for i, s := range sp.Segments {
		if i > 0 && sp.Segments[i-1].Kind == s.Kind {
			t.Fatalf("segments %d and %d are both %v", i-1, i, s.Kind)
		}
		kinds[s.Kind] = append(kinds[s.Kind], contentLines(s.Text, true)...)
		if utf && !utf8.ValidString(s.Text) {
			t.Fatalf("segment %d is not valid UTF-8", i)
		}
	}
	for k, field := range []string{sp.New, sp.Quoted, sp.Signature, sp.Forwarded} {
		if got := contentLines(field, false); !slices.Equal(got, kinds[k]) {
			t.Fatalf("%v is %q, its segments hold %q", SegmentKind(k), got, kinds[k])
		}
		if utf && !utf8.ValidString(field) {
			t.Fatalf("%v is not valid UTF-8: %q", SegmentKind(k), field)
		}
	}
}

// contentLines returns the lines of s that are not blank, without their
// line ends ("\n", or also "\r\n" when crlf is set): what a field and its
// segments must agree on, whatever the blank lines between segments.
func contentLines(s string, crlf bool) []string {
	var out []string
	for l := range strings.Lines(s) {
		if t, ok := strings.CutSuffix(l, "\n"); ok {
			l = t
			if crlf {
				l = strings.TrimSuffix(l, "\r")
			}
		}
		if !quote.Blank(l) {
			out = append(out, l)
		}
	}
	return out
}
