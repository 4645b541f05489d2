package msgid

import (
	"slices"
	"testing"
)

var fastSeeds = []string{
	"<a@b>", " <CAF3x9+Yq@mail.gmail.example> ", "<a@b> <c@d>\t<a@b>", "<a@b><c@d>", "<\"x\"@y>",
	"<a b@c>", "<>", "a@b", "<a@b> (comment)", "<001a01dc5b1e$2f6e4a10$8e4ade30$@correo.example>",
}

// FuzzFastPaths holds the fast paths to the general scanner on any input.
func FuzzFastPaths(f *testing.F) {
	for _, s := range fastSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkFast(t, s)
	})
}

func TestFastPathsAgree(t *testing.T) {
	for _, s := range fastSeeds {
		checkFast(t, s)
	}
}

func checkFast(t *testing.T, s string) {
	t.Helper()
	if id, ok := plainID(s); ok {
		if want := parse(s); id != want {
			t.Fatalf("Parse(%q): fast path %q, scanner %q", s, id, want)
		}
	}
	if ids, ok := plainList(s); ok {
		if want := parseList(s); !slices.Equal(ids, want) {
			t.Fatalf("ParseList(%q): fast path %q, scanner %q", s, ids, want)
		}
	}
}
