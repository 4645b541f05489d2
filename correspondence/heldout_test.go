package correspondence

import (
	"github.com/cartero/cartero/internal/quote/quotetest"

	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSplitHeldOut measures reply extraction on mail it was not tuned on:
// the sample inbox of examples/triage, written before the splitter and
// hand-labelled (each NN-*.want holds the new text of NN-*.eml) under the
// marking rules of testdata/reply/README.md.
func TestSplitHeldOut(t *testing.T) {
	wants, _ := filepath.Glob("../examples/triage/testdata/inbox/*.want")
	if len(wants) < 40 {
		t.Fatalf("found %d labelled inbox messages", len(wants))
	}
	exact := 0
	for _, want := range wants {
		m := parseFile(t, strings.TrimSuffix(want, ".want")+".eml")
		w, err := os.ReadFile(want)
		if err != nil {
			t.Fatal(err)
		}
		if quotetest.Normalize(m.Split.New) == quotetest.Normalize(string(w)) {
			exact++
		} else {
			t.Logf("%s differs:\n--- got\n%s\n--- want\n%s", filepath.Base(want), quotetest.Normalize(m.Split.New), quotetest.Normalize(string(w)))
		}
	}
	rate := float64(exact) / float64(len(wants))
	t.Logf("held-out exact match: %d/%d (%.1f%%)", exact, len(wants), 100*rate)
	if rate < 0.9 {
		t.Errorf("held-out exact match %.1f%%, want at least 90%%", 100*rate)
	}
}
