package correspondence

import (
	"os"
	"path/filepath"
	"testing"
)

// replyBodies returns the text and HTML bodies of the reply corpus in
// testdata/reply.
func replyBodies(b *testing.B) (texts, htmls []string) {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata", "reply", "*.eml"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		m, err := ParseBytes(raw)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, m.Text)
		if m.HTML != "" {
			htmls = append(htmls, m.HTML)
		}
	}
	if len(texts) == 0 {
		b.Skip("no corpus in testdata/reply")
	}
	return texts, htmls
}

// BenchmarkReply splits the plain-text bodies of the reply corpus:
// typical replies of a help desk, a few kilobytes each.
func BenchmarkReply(b *testing.B) {
	texts, _ := replyBodies(b)
	benchmarkSplit(b, texts, SplitText)
}

// BenchmarkReplyHTML splits the HTML bodies of the reply corpus,
// rendering included.
func BenchmarkReplyHTML(b *testing.B) {
	_, htmls := replyBodies(b)
	benchmarkSplit(b, htmls, SplitHTML)
}

func benchmarkSplit(b *testing.B, bodies []string, split func(string) Split) {
	var size int64
	for _, s := range bodies {
		size += int64(len(s))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range bodies {
			split(s)
		}
	}
}
