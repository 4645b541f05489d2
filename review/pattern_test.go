package review

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestPatternIndex checks that the index of the negative phrasings offers
// every phrasing that matches, at every word of the labelled drafts and
// customers' texts: a phrasing the index leaves out is never found.
func TestPatternIndex(t *testing.T) {
	files, err := filepath.Glob("testdata/labelled/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatal(files, err)
	}
	set := lexicon.negatives
	var cand []int
	matched := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ws := words(nil, string(b), 0)
		for i := range ws {
			cand = set.index.candidates(cand[:0], ws, i)
			if !slices.IsSorted(cand) {
				t.Fatalf("%s: candidates at %q are not in order: %v", f, ws[i].norm, cand)
			}
			for p := range set.patterns {
				if end, ok := set.patterns[p].match(ws, i); ok && end > i {
					matched++
					if _, found := slices.BinarySearch(cand, p); !found {
						t.Errorf("%s: the phrasing to rewrite as %q matches at %q (offset %d), and the index does not offer it",
							f, set.instead[p], ws[i].norm, ws[i].start)
					}
				}
			}
		}
	}
	if matched == 0 {
		t.Fatal("no phrasing matched anywhere: the test reads nothing")
	}
	t.Logf("%d matches, all offered", matched)
}
