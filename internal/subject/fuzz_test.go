package subject

import (
	"strings"
	"testing"
	"unicode"
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
		// Nor does adding a prefix or a list tag.
		for _, p := range []string{"Re: ", "AW: ", "回复：", "RE : ", "[ventas] ", "Fwd: [x] "} {
			if got := Normalize(p + s); got != n {
				t.Errorf("Normalize(%q) = %q, want %q as for %q", p+s, got, n, s)
			}
		}
		// The fast paths for ASCII agree with the plain rune-by-rune
		// definition.
		if want := referenceNormalize(s); n != want {
			t.Errorf("Normalize(%q) = %q, the plain definition gives %q", s, n, want)
		}
	})
}

// referenceNormalize is Normalize written plainly, rune by rune, without
// the fast paths.
func referenceNormalize(s string) string {
	for {
		t := strings.TrimRightFunc(s, unicode.IsSpace)
		if len(t) < 5 || !strings.EqualFold(t[len(t)-5:], "(fwd)") {
			break
		}
		s = t[:len(t)-5]
	}
	skip := func(i int) int {
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += size
		}
		return i
	}
	i := 0
	for {
		i = skip(i)
		if n := tagAt(s[i:]); n > 0 {
			i += n
			continue
		}
		// A prefix: a known word of letters, an optional count, optional
		// space, a colon; after a one-letter word, space or the end.
		j, runes := i, 0
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += size
			runes++
		}
		if runes == 0 || runes > maxPrefixRunes || lookup(s[i:j]) == none {
			break
		}
		k := skip(skipCount(s, j))
		switch {
		case strings.HasPrefix(s[k:], ":"):
			k++
		case strings.HasPrefix(s[k:], "："):
			k += len("：")
		default:
			k = -1
		}
		if k < 0 {
			break
		}
		if r, _ := utf8.DecodeRuneInString(s[k:]); runes == 1 && k < len(s) && !unicode.IsSpace(r) {
			break
		}
		i = k
	}
	return strings.Join(strings.FieldsFunc(s[i:], unicode.IsSpace), " ")
}
