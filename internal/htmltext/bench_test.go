package htmltext

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkText renders a 20 KB marketing newsletter: nested layout
// tables, inline styles, conditional comments and a hidden preview text.
func BenchmarkText(b *testing.B) {
	benchmarkFile(b, "newsletter.html")
}

// BenchmarkTextOutlook renders a reply from Outlook desktop, whose Word
// HTML carries a large style sheet in its head.
func BenchmarkTextOutlook(b *testing.B) {
	benchmarkFile(b, "outlook-desktop.html")
}

func benchmarkFile(b *testing.B, name string) {
	in, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		b.Fatal(err)
	}
	s := string(in)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Text(s)
	}
}
