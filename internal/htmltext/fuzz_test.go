package htmltext

import (
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzText checks the promises of Text on any input: no panic, valid
// UTF-8, the documented line layout, text that survives a second rendering
// as preformatted text, and nothing of a script element's content in the
// text.
func FuzzText(f *testing.F) {
	seeds := []string{
		"",
		"<p>Hola<br>mundo</p>",
		"<ul><li>a<ol start=3><li>b</ol></ul>",
		"<blockquote><pre>a\n\n b</pre></blockquote>",
		`<a href="https://x.es">x.es</a><img alt="&aacute;">`,
		"<table><tr><td>a<td>&nbsp;<td>b</table>",
		"<svg><p>x</svg><template>y</template>",
		"<!--[if mso]>x<![endif]--><![if !mso]>y<![endif]>",
		`<p class=MsoNormal><span style='mso-list:Ignore'>1.&nbsp;</span>z</p>`,
		"<div style=\"display:none\">a</div>\xff\x00&#150;",
		"<plaintext><b>",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := Text(in)
		checkLayout(t, in, out)

		// Text is a fixed point of rendering as preformatted text.
		pre := "<pre>" + html.EscapeString(out) + "</pre>"
		if again := Text(pre); again != out {
			t.Errorf("Text(%q) = %q, but as <pre> it renders as %q", in, out, again)
		}

		// Script content never shows. The secret sits in a script that
		// the input cannot close early: the input has no "</script".
		if strings.Contains(strings.ToLower(in), "</script") {
			return
		}
		const secret = "cartero-secret-9f2c"
		wrapped := "<p>a</p><script>" + in + secret + "</script><p>b</p>"
		if out := Text(wrapped); strings.Contains(out, secret) {
			t.Errorf("Text(%q) = %q, shows script content", wrapped, out)
		}
	})
}

// checkLayout checks the invariants of the output of Text.
func checkLayout(t *testing.T, in, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("Text(%q) = %q, not valid UTF-8", in, out)
	}
	if out == "" {
		return
	}
	// Quoted blank lines (">") cannot be told from text here, so only
	// unquoted ones are checked.
	lines := strings.Split(out, "\n")
	blank := func(l string) bool { return l == "" }
	if blank(lines[0]) || blank(lines[len(lines)-1]) {
		t.Fatalf("Text(%q) = %q, starts or ends with a blank line", in, out)
	}
	for i, l := range lines {
		if strings.HasSuffix(l, " ") || strings.HasSuffix(l, "\t") {
			t.Fatalf("Text(%q) = %q, line %d ends with white space", in, out, i+1)
		}
		if strings.ContainsAny(l, "\r\x00") {
			t.Fatalf("Text(%q) = %q, line %d has control characters", in, out, i+1)
		}
		if i > 0 && blank(l) && blank(lines[i-1]) {
			t.Fatalf("Text(%q) = %q, two blank lines in a row at line %d", in, out, i+1)
		}
	}
}
