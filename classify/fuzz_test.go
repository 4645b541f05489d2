package classify

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"testing"

	"github.com/cartero/cartero/correspondence"
)

// FuzzClassify checks that any subject and text classify without a
// panic, with scores and confidence in [0, 1] adding up to 1, and with
// every reason inside its field, on rune boundaries, its Text the bytes
// between its offsets; that language identification answers a known
// code with a confidence in [0, 1]; and that tokenize and detect read the
// text as refTokenize and refDetect do.
func FuzzClassify(f *testing.F) {
	if file, err := os.Open("testdata/labelled.jsonl"); err == nil {
		sc := bufio.NewScanner(file)
		sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
		for n := 0; sc.Scan() && n < 60; n++ {
			var l labelled
			if json.Unmarshal(sc.Bytes(), &l) == nil {
				f.Add(l.Subject, l.Text)
			}
		}
		file.Close()
	}
	f.Add("", "¿Por qué me cobraron dos veces? Es inaceptable.")
	f.Add("Re: Encuesta", "★★★ 8/10 !!! NO ESTOY NADA CONTENTO")
	f.Add("\xff\xfe", "n\u0303o \u00a0 ¿¿¿ 10 / 10 ## .. _ * inaceptabel")
	f.Add("ß", "İstanbul ǅ ﬁ \u0301\u0301 ’ don’t")
	f.Fuzz(func(t *testing.T, subject, text string) {
		checkTokenize(t, text)
		checkDetect(t, text, subject)
		msg := &correspondence.Message{Subject: subject, Text: text, Split: correspondence.Split{New: text}}
		r := Message(msg)
		checkFuzzResult(t, subject, text, r)
		if m := fuzzModel(); m != nil {
			checkFuzzResult(t, subject, text, m.Message(msg))
		}
		code, conf := Language(text)
		if math.IsNaN(conf) || conf < 0 || conf > 1 {
			t.Fatalf("language confidence %v", conf)
		}
		known := code == Undetermined
		for _, c := range langCodes {
			known = known || c == code
		}
		if !known {
			t.Fatalf("language %q", code)
		}
	})
}

// fuzzModel is a small trained model, so that the learned reasons are
// fuzzed too.
var fuzzModel = func() func() *Model {
	var m *Model
	return func() *Model {
		if m == nil {
			m, _ = Train([]Example{
				{Type: Complaint, Text: "es inaceptable, quiero mi dinero"},
				{Type: Inquiry, Text: "¿cuándo llega mi pedido?"},
				{Type: Survey, Text: "le doy un 9"},
				{Type: Other, Text: "gracias por todo"},
			}, TrainOptions{MinCount: 1})
		}
		return m
	}
}()

func checkFuzzResult(t *testing.T, subject, text string, r Result) {
	t.Helper()
	var sum float64
	for _, ty := range Types {
		v := r.Scores.Of(ty)
		if math.IsNaN(v) || v < 0 || v > 1 {
			t.Fatalf("score of %s = %v", ty, v)
		}
		sum += v
	}
	if math.Abs(sum-1) > 1e-9 {
		t.Fatalf("scores add up to %v", sum)
	}
	if math.IsNaN(r.Confidence) || r.Confidence < 0 || r.Confidence > 1 || r.Confidence != r.Scores.Of(r.Type) {
		t.Fatalf("confidence %v for %s", r.Confidence, r.Type)
	}
	if s := float64(r.Sentiment); math.IsNaN(s) || s < -1 || s > 1 {
		t.Fatalf("sentiment %v", s)
	}
	for i, rs := range r.Reasons {
		field := text
		switch rs.Field {
		case InSubject:
			field = subject
		case InHeader:
			continue
		}
		if rs.Start < 0 || rs.End <= rs.Start || rs.End > len(field) {
			t.Fatalf("reason %d %+v outside its field of %d bytes", i, rs, len(field))
		}
		if !onBoundary(field, rs.Start) || !onBoundary(field, rs.End) {
			t.Fatalf("reason %d %+v not on rune boundaries of %q", i, rs, field)
		}
		if field[rs.Start:rs.End] != rs.Text {
			t.Fatalf("reason %d text %q, field has %q", i, rs.Text, field[rs.Start:rs.End])
		}
		if math.IsNaN(rs.Weight) || math.IsInf(rs.Weight, 0) {
			t.Fatalf("reason %d weight %v", i, rs.Weight)
		}
	}
}

// onBoundary reports whether i is where a rune of s starts or s ends, as
// ranging over s decodes it: each byte of invalid UTF-8 is one rune.
func onBoundary(s string, i int) bool {
	if i == len(s) {
		return true
	}
	for j := range s {
		if j >= i {
			return j == i
		}
	}
	return false
}

// FuzzQuestions checks that every question Questions finds is a span of
// its input, in order and without overlap.
func FuzzQuestions(f *testing.F) {
	for _, s := range []string{
		"Hola, ¿me pueden decir cuándo llega el pedido? Gracias.",
		"Quisiera saber si... ¿¿de verdad?? 4.5 e.g. Sr. Pérez\n\n1. ¿x?\n- please send it",
		"Could you resend the invoice?\r\nWhy?!",
		"\xff¿\xc3?",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, q := range Questions(text) {
			if q.Start < last || q.End <= q.Start || q.End > len(text) {
				t.Fatalf("question %d:%d after %d in a text of %d bytes", q.Start, q.End, last, len(text))
			}
			if text[q.Start:q.End] != q.Text || q.Cue == "" {
				t.Fatalf("question %+v does not match the text", q)
			}
			last = q.End
		}
	})
}
