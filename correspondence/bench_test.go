package correspondence

import (
	"bytes"
	"encoding/base64"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/jhillyerd/enmime/v2"
)

// benchCorpus is the mixed corpus of the parse benchmarks: enmime's test
// messages, Cartero's parser and reply fixtures and the sample inbox.
func benchCorpus(b *testing.B) (msgs [][]byte, size int64) {
	b.Helper()
	files := enmimeCorpus(b)
	fixtures, _ := filepath.Glob("testdata/parse/*.eml")
	replies, _ := filepath.Glob("testdata/reply/*.eml")
	inbox, _ := filepath.Glob("../examples/triage/testdata/inbox/*.eml")
	files = append(append(append(files, fixtures...), replies...), inbox...)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		msgs = append(msgs, raw)
		size += int64(len(raw))
	}
	return msgs, size
}

// benchEach runs parse over every message of the mixed corpus once per
// operation, reporting bytes and messages per second.
func benchEach(b *testing.B, parse func(raw []byte) error) {
	msgs, size := benchCorpus(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, raw := range msgs {
			if err := parse(raw); err != nil && err != ErrEmpty {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(msgs))*float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkParse parses the whole mixed corpus once per operation.
func BenchmarkParse(b *testing.B) {
	benchEach(b, func(raw []byte) error { _, err := ParseBytes(raw); return err })
}

// BenchmarkParseReader is BenchmarkParse through an io.Reader, copying each
// message as Parse does.
func BenchmarkParseReader(b *testing.B) {
	benchEach(b, func(raw []byte) error { _, err := Parse(bytes.NewReader(raw)); return err })
}

// BenchmarkParseHeader reads only the headers of the same corpus.
func BenchmarkParseHeader(b *testing.B) {
	benchEach(b, func(raw []byte) error { _, err := ParseHeaderBytes(raw); return err })
}

// BenchmarkParseHeaderReader is BenchmarkParseHeader through an io.Reader.
func BenchmarkParseHeaderReader(b *testing.B) {
	benchEach(b, func(raw []byte) error { _, err := ParseHeader(bytes.NewReader(raw)); return err })
}

// BenchmarkEnmime is the peer: the same corpus through enmime.ReadEnvelope,
// whose errors on broken messages are not failures here.
func BenchmarkEnmime(b *testing.B) {
	benchEach(b, func(raw []byte) error { _, _ = enmime.ReadEnvelope(bytes.NewReader(raw)); return nil })
}

// largeMessage writes a message of about 40 MB with a 30 MiB attachment to
// a file and returns its path and size.
func largeMessage(tb testing.TB) (string, int64) {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "large.eml")
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	f.WriteString("From: Ana Ruiz <ana.ruiz@correo.example>\r\nTo: soporte@tiendasol.example\r\n" +
		"Subject: Vídeo del fallo\r\nMessage-ID: <large@correo.example>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"big\"\r\n\r\n--big\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\nAdjunto el vídeo del fallo.\r\n--big\r\n" +
		"Content-Type: video/mp4\r\nContent-Disposition: attachment; filename=\"fallo.mp4\"\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n")
	data := bytes.Repeat([]byte("Cartero\x00\xff\x10"), 30<<20/10)
	data = append(data, make([]byte, 30<<20-len(data))...)
	enc := base64.StdEncoding.EncodeToString(data)
	var sb strings.Builder
	for len(enc) > 76 {
		sb.WriteString(enc[:76])
		sb.WriteString("\r\n")
		enc = enc[76:]
	}
	sb.WriteString(enc)
	f.WriteString(sb.String())
	f.WriteString("\r\n--big--\r\n")
	fi, err := f.Stat()
	if err != nil {
		tb.Fatal(err)
	}
	return path, fi.Size()
}

// allocated returns the bytes allocated while f ran.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestLargeMessageMemory holds Parse to at most 1.5 times the message size
// in allocations (an upper bound on its peak heap) for a 40 MB message,
// and checks the attachment still decodes in full.
func TestLargeMessageMemory(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("large message; slow under the race detector")
	}
	path, size := largeMessage(t)
	var m *Message
	alloc := allocated(func() {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if m, err = Parse(f); err != nil {
			t.Fatal(err)
		}
	})
	ratio := float64(alloc) / float64(size)
	t.Logf("message %d bytes; Parse allocated %d bytes (%.2f× the message)", size, alloc, ratio)
	if ratio > 1.5 {
		t.Errorf("Parse allocated %.2f× the message size, want at most 1.5×", ratio)
	}
	if len(m.Attachments) != 1 || m.Attachments[0].Size != 30<<20 {
		t.Fatalf("attachments %+v", m.Attachments)
	}
	n, err := io.Copy(io.Discard, m.Attachments[0].Open())
	if err != nil || n != 30<<20 {
		t.Errorf("attachment read %d bytes, %v", n, err)
	}
}

// benchLarge runs parse on the 40 MB message, read from its file, once per
// operation; B/op bounds the peak heap the parse needs.
func benchLarge(b *testing.B, parse func(r io.Reader) error) {
	path, size := largeMessage(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		err = parse(f)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseLarge parses the 40 MB message with Parse.
func BenchmarkParseLarge(b *testing.B) {
	benchLarge(b, func(r io.Reader) error { _, err := Parse(r); return err })
}

// BenchmarkEnmimeLarge is the same message through enmime.ReadEnvelope.
func BenchmarkEnmimeLarge(b *testing.B) {
	benchLarge(b, func(r io.Reader) error { _, err := enmime.ReadEnvelope(r); return err })
}
