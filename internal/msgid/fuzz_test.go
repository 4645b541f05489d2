package msgid

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParseList(f *testing.F) {
	for _, s := range []string{
		"<a@x> <b@y>",
		"<a@b><c@d>",
		`Your message of "Mon, 1 Jan" <id@x>`,
		"a@x b@y",
		"<abc\r\n @x>",
		`<"/c=us/"@x>`,
		"(c <x@y>) <z@w",
		"<<a@b>>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ids := ParseList(s)
		if len(ids) > MaxIDs {
			t.Fatalf("ParseList returned %d ids", len(ids))
		}
		for i, id := range ids {
			if id == "" || !utf8.ValidString(id) || strings.ContainsAny(id, " \t\r\n") {
				t.Fatalf("ParseList(%q)[%d] = %q", s, i, id)
			}
			if slices.Index(ids, id) != i {
				t.Fatalf("ParseList(%q) has duplicate %q", s, id)
			}
		}
		if id := Parse(s); !utf8.ValidString(id) || strings.ContainsAny(id, " \t\r\n") {
			t.Fatalf("Parse(%q) = %q", s, id)
		}

		// Identifiers read from the words of s must survive formatting.
		var want, formatted []string
		for _, w := range strings.Fields(s) {
			if strings.ContainsAny(w, "<>") || !utf8.ValidString(w) {
				continue
			}
			formatted = append(formatted, Format(w))
			if !slices.Contains(want, w) && len(want) < MaxIDs {
				want = append(want, w)
			}
		}
		if got := ParseList(strings.Join(formatted, " ")); !slices.Equal(got, want) {
			t.Fatalf("round trip of %q: got %q, want %q", want, got, want)
		}
		if len(want) > 0 {
			if got := Parse(formatted[0]); got != want[0] {
				t.Fatalf("Parse(%q) = %q, want %q", formatted[0], got, want[0])
			}
		}
	})
}
