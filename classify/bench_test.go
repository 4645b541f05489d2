package classify

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/cartero/cartero/correspondence"
)

// benchMessages returns messages of about 1 KB of new text each (at most
// 1,024 bytes, cut at a space), made of the labelled set's texts in turn,
// with a subject and an ordinary header.
func benchMessages(b *testing.B) []*correspondence.Message {
	set := readLabelled(b, "testdata/labelled.jsonl")
	var msgs []*correspondence.Message
	for i := 0; i < len(set); i += 7 {
		var sb strings.Builder
		for j := i; sb.Len() < 1024; j = (j + 1) % len(set) {
			sb.WriteString(set[j].Text)
			sb.WriteString("\n\n")
		}
		text := sb.String()[:1024]
		if k := strings.LastIndexByte(text, ' '); k > 900 {
			text = text[:k]
		}
		for !utf8.ValidString(text) {
			text = text[:len(text)-1]
		}
		msgs = append(msgs, &correspondence.Message{
			Subject: set[i].Subject,
			Text:    text,
			Split:   correspondence.Split{New: text},
			Header: correspondence.Header{
				{Name: "From", Value: "Ana <ana@correo.example>"},
				{Name: "To", Value: "soporte@tiendasol.example"},
				{Name: "Subject", Value: set[i].Subject},
				{Name: "Message-ID", Value: "<x@correo.example>"},
				{Name: "Content-Type", Value: "text/plain; charset=utf-8"},
			},
		})
	}
	return msgs
}

func benchClassify(b *testing.B, m *Model) {
	msgs := benchMessages(b)
	var n int64
	for _, msg := range msgs {
		n += int64(len(msg.Text))
	}
	m.Message(msgs[0]) // build the tables outside the timing
	b.SetBytes(n / int64(len(msgs)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; b.Loop(); i++ {
		m.Message(msgs[i%len(msgs)])
	}
	reportRates(b, cpuTime()-cpu)
}

// reportRates reports messages per second of elapsed time and, where the
// process's CPU time can be read, CPU nanoseconds per message: on a
// shared machine the second says what one message costs when the
// benchmark has to wait for a core.
func reportRates(b *testing.B, cpu time.Duration) {
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkClassify classifies 1 KB messages with the built-in knowledge.
func BenchmarkClassify(b *testing.B) { benchClassify(b, nil) }

// BenchmarkClassifyTrained classifies 1 KB messages with a model trained
// on the labelled set.
func BenchmarkClassifyTrained(b *testing.B) {
	m, err := Train(examplesOf(readLabelled(b, "testdata/labelled.jsonl")), TrainOptions{})
	if err != nil {
		b.Fatal(err)
	}
	benchClassify(b, m)
}

// BenchmarkLanguage identifies the language of 1 KB messages.
func BenchmarkLanguage(b *testing.B) {
	msgs := benchMessages(b)
	Language("hola")
	b.ReportAllocs()
	cpu := cpuTime()
	for i := 0; b.Loop(); i++ {
		Language(msgs[i%len(msgs)].Text)
	}
	reportRates(b, cpuTime()-cpu)
}

// BenchmarkLoad loads a model trained on the labelled set from its bytes.
func BenchmarkLoad(b *testing.B) {
	m, _ := Train(examplesOf(readLabelled(b, "testdata/labelled.jsonl")), TrainOptions{})
	data, _ := m.MarshalBinary()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuild compiles the built-in tables and builds the language
// model: the work of the first classification in a process.
func BenchmarkBuild(b *testing.B) {
	texts := languageTexts(b)
	b.ReportAllocs()
	for b.Loop() {
		compile(tables)
		buildLangModel(texts)
	}
}
