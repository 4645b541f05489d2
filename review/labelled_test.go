package review_test

import (
	"path/filepath"
	"testing"

	"github.com/cartero/cartero/review/reviewtest"
)

// TestLabelled scores the checks on the labelled set and fails when a
// figure falls below what BENCHMARKS.md reports: the floors are the
// measured figures rounded down, so that a change that makes the checks
// worse is caught. Negative phrasing (precision at least 0.9) and
// unanswered questions (precision and recall at least 0.85) are held to
// their targets.
func TestLabelled(t *testing.T) {
	files, err := filepath.Glob("testdata/labelled/[a-z][a-z].txt")
	if err != nil || len(files) != 3 {
		t.Fatalf("labelled files: %v %v", files, err)
	}
	var pairs []reviewtest.Pair
	for _, f := range files {
		ps, err := reviewtest.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pairs = append(pairs, ps...)
	}
	if len(pairs) < 150 {
		t.Fatalf("%d pairs, want at least 150", len(pairs))
	}
	s := reviewtest.Evaluate(pairs)
	for _, f := range []struct {
		code              string
		precision, recall float64
	}{
		{"professional unanswered", 0.85, 0.85},
		{"positive negative", 0.90, 0.80},
		{"prompt promise", 0.85, 0.70},
		{"personal name", 0.95, 0.95},
		{"polite greeting", 0.95, 0.95},
		{"clear sentence", 0.85, 0.95},
	} {
		c := s.Code(f.code)
		t.Logf("%-24s TP %3d FP %3d FN %3d precision %.3f recall %.3f", f.code, c.TP, c.FP, c.FN, c.Precision(), c.Recall())
		if c.Precision() < f.precision || c.Recall() < f.recall {
			t.Errorf("%s: precision %.3f (floor %.2f), recall %.3f (floor %.2f)", f.code, c.Precision(), f.precision, c.Recall(), f.recall)
		}
	}
}

// TestOtherSets reads the held-out and fresh sets, so that a change to
// the format or a broken label is caught; they are scored by
// scripts/revieweval, not held to floors.
func TestOtherSets(t *testing.T) {
	for set, want := range map[string]int{"heldout": 51, "fresh": 45, "fresh2": 48, "fresh3": 48, "fresh4": 48, "fresh5": 48, "fresh6": 48, "fresh7": 48, "fresh8": 48, "fresh9": 48, "fresh10": 48, "fresh11": 48} {
		files, err := filepath.Glob("testdata/labelled/" + set + "-*.txt")
		if err != nil || len(files) != 3 {
			t.Fatalf("%s files: %v %v", set, files, err)
		}
		n := 0
		for _, f := range files {
			ps, err := reviewtest.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			n += len(ps)
		}
		if n != want {
			t.Errorf("%s: %d pairs, want %d", set, n, want)
		}
	}
}

// TestSecondReader checks that the second reader's labels in
// testdata/labelled/second are of the same pairs, with the same texts, as
// the sets they label; scripts/revieweval -reader scores them.
func TestSecondReader(t *testing.T) {
	files, err := filepath.Glob("testdata/labelled/second/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("second reader's files: %v %v", files, err)
	}
	for _, f := range files {
		theirs, err := reviewtest.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ours, err := reviewtest.ReadFile(filepath.Join("testdata/labelled", filepath.Base(f)))
		if err != nil {
			t.Fatal(err)
		}
		if len(theirs) != len(ours) {
			t.Fatalf("%s: %d pairs, the set has %d", f, len(theirs), len(ours))
		}
		for i, p := range theirs {
			if o := ours[i]; p.ID != o.ID || p.Customer != o.Customer || p.Draft != o.Draft {
				t.Errorf("%s: pair %s differs from the set's %s", f, p.ID, o.ID)
			}
		}
	}
}
