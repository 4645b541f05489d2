package subject

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"", "Re: Pedido", "RE : AW: [x] Re[2]: y (fwd)", "回复：订单", "R:(fwd)",
		"Re: Re\u00a0: x", "[a]Re:[b]", "İLT: x", "\xff Re: \xfe", " \u3000 ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if nn := Normalize(n); nn != n {
			t.Errorf("Normalize(%q) = %q, but Normalize(%q) = %q", s, n, n, nn)
		}
		if len(n) > len(s) {
			t.Errorf("Normalize(%q) = %q is longer than its input", s, n)
		}
		if utf8.ValidString(s) && !utf8.ValidString(n) {
			t.Errorf("Normalize(%q) = %q is not valid UTF-8", s, n)
		}
		if strings.HasPrefix(n, " ") || strings.HasSuffix(n, " ") || strings.Contains(n, "  ") {
			t.Errorf("Normalize(%q) = %q has uncollapsed space", s, n)
		}

		r, removed := StripReply(s)
		if !removed && r != s {
			t.Errorf("StripReply(%q) = %q, false; want the input back", s, r)
		}
		if len(r) > len(s) {
			t.Errorf("StripReply(%q) = %q is longer than its input", s, r)
		}
		if utf8.ValidString(s) && !utf8.ValidString(r) {
			t.Errorf("StripReply(%q) = %q is not valid UTF-8", s, r)
		}
		// Stripping reply prefixes never changes the thread.
		if Normalize(r) != n {
			t.Errorf("Normalize(StripReply(%q)) = %q, want %q", s, Normalize(r), n)
		}
	})
}
