package classify

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"log/slog"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/cartero/cartero/correspondence"
)

// TestTrainLearns checks that a trained model learns a host's own words
// that the built-in knowledge does not know.
func TestTrainLearns(t *testing.T) {
	var ex []Example
	for i := 0; i < 20; i++ {
		ex = append(ex,
			Example{Type: Survey, Text: fmt.Sprintf("kudos verde %d", i)},
			Example{Type: Complaint, Text: fmt.Sprintf("tarjeta roja expediente %d", i)},
			Example{Type: Inquiry, Text: fmt.Sprintf("solicitud formulario azul %d", i)},
			Example{Type: Other, Text: fmt.Sprintf("boletin interno %d", i)})
	}
	m, err := Train(ex, TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := Text("kudos verde"); got.Type == Survey {
		t.Fatalf("built-in already says survey: %+v", got)
	}
	r := m.Text("kudos verde")
	if r.Type != Survey {
		t.Errorf("trained: %s %+v", r.Type, r.Scores)
	}
	learned := false
	for _, rs := range r.Reasons {
		if rs.Cue == "learned" && rs.Type == Survey && (rs.Text == "kudos" || rs.Text == "verde") {
			learned = true
		}
	}
	if !learned {
		t.Errorf("no learned reason: %+v", r.Reasons)
	}
	checkResult(t, "", "kudos verde", r)
	if r := m.Text("tarjeta roja"); r.Type != Complaint {
		t.Errorf("tarjeta roja: %s", r.Type)
	}
}

func TestTrainErrors(t *testing.T) {
	if _, err := Train(nil, TrainOptions{}); !errors.Is(err, ErrNoExamples) {
		t.Errorf("Train(nil) = %v", err)
	}
	if _, err := Train([]Example{{Type: Type(8), Text: "x"}}, TrainOptions{}); !errors.Is(err, ErrUnknownType) {
		t.Errorf("Train(bad type) = %v", err)
	}
	if _, err := CrossValidate([]Example{{Text: "x"}}, 10, TrainOptions{}); !errors.Is(err, ErrNoExamples) {
		t.Errorf("CrossValidate(1 example) = %v", err)
	}
}

// TestCrossValidateHoldsOut checks that no fold is classified by a model
// that saw it: each example is a word of its own with a random type, so
// a model that had seen it would get it right, and one that had not can
// only guess.
func TestCrossValidateHoldsOut(t *testing.T) {
	var ex []Example
	seed := uint32(7)
	for i := 0; i < 200; i++ {
		seed = seed*1664525 + 1013904223
		ex = append(ex, Example{Type: Type(seed >> 30), Text: fmt.Sprintf("zq%dx", i)})
	}
	m, err := Train(ex, TrainOptions{MinCount: 1, Weight: 5})
	if err != nil {
		t.Fatal(err)
	}
	if acc := m.Evaluate(ex).Accuracy(); acc < 0.9 {
		t.Fatalf("a model that saw every example gets only %.2f right: the test cannot tell", acc)
	}
	got, err := CrossValidate(ex, 5, TrainOptions{MinCount: 1, Weight: 5})
	if err != nil {
		t.Fatal(err)
	}
	var e Evaluation
	for i := range ex {
		e.Add(ex[i].Type, got[i])
	}
	if acc := e.Accuracy(); acc > 0.45 {
		t.Errorf("cross-validated accuracy %.2f on unseen words: a fold was seen", acc)
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	set := readLabelled(t, "testdata/labelled.jsonl")
	m, err := Train(examplesOf(set), TrainOptions{Smoothing: 0.7, Weight: 1.3})
	if err != nil {
		t.Fatal(err)
	}
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Load(b)
	if err != nil {
		t.Fatal(err)
	}
	b2, _ := back.MarshalBinary()
	if !bytes.Equal(b, b2) {
		t.Error("marshal, load, marshal gives other bytes")
	}
	for _, l := range set[:80] {
		x, y := m.Text(l.Text), back.Text(l.Text)
		if x.Type != y.Type || x.Scores != y.Scores {
			t.Fatalf("%s: %+v, loaded %+v", l.ID, x.Scores, y.Scores)
		}
	}
	// The zero Model marshals to a model that loads as the built-in one.
	var zero Model
	zb, err := zero.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	z, err := Load(zb)
	if err != nil || z.bayes != nil {
		t.Fatalf("zero model: %v, %+v", err, z)
	}
	// UnmarshalBinary keeps MinConfidence.
	keep := Model{MinConfidence: 0.7}
	if err := keep.UnmarshalBinary(b); err != nil || keep.MinConfidence != 0.7 || keep.bayes == nil {
		t.Errorf("UnmarshalBinary: %v, %+v", err, keep)
	}
}

func TestLoadBad(t *testing.T) {
	set := readLabelled(t, "testdata/labelled.jsonl")
	m, _ := Train(examplesOf(set[:100]), TrainOptions{})
	good, _ := m.MarshalBinary()
	cases := map[string][]byte{
		"empty":     nil,
		"magic":     append([]byte("NOT-A-MODEL-XXXXXXXXXXXXXXXXXXXXXXX"), good[35:]...),
		"truncated": good[:len(good)/2],
		"flipped":   flip(good, len(good)/2),
		"trailing":  append(append([]byte(nil), good...), 0),
	}
	for name, b := range cases {
		if _, err := Load(b); !errors.Is(err, ErrBadModel) {
			t.Errorf("%s: Load = %v, want ErrBadModel", name, err)
		}
	}
	// A model with a good checksum over bad content is refused too.
	body := append([]byte(nil), good[:len(good)-4]...)
	body[len(modelMagic)] = 9 // version
	if _, err := Load(withCRC(body)); !errors.Is(err, ErrBadModel) {
		t.Errorf("version 9: %v", err)
	}
	m2 := Model{MinConfidence: 0.3}
	if err := m2.UnmarshalBinary(good[:10]); err == nil || m2.MinConfidence != 0.3 {
		t.Errorf("UnmarshalBinary of bad bytes: %v", err)
	}
}

func flip(b []byte, i int) []byte {
	c := append([]byte(nil), b...)
	c[i] ^= 0x40
	return c
}

// TestLoadCost measures what the Model costs to load: compiling the
// built-in tables and building the language model (what the first
// classification does), and loading a model trained on the labelled set.
// The budget is 50 ms and 20 MB.
func TestLoadCost(t *testing.T) {
	if raceEnabled {
		t.Skip("timing under the race detector means nothing")
	}
	set := readLabelled(t, "testdata/labelled.jsonl")
	m, _ := Train(examplesOf(set), TrainOptions{MinCount: 1})
	b, _ := m.MarshalBinary()
	texts := languageTexts(t)

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	lx := compile(tables)
	lm := buildLangModel(texts)
	loaded, err := Load(b)
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	var live runtime.MemStats
	runtime.ReadMemStats(&live)
	allocated := after.TotalAlloc - before.TotalAlloc
	retained := int64(live.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("load: %v; allocated %.2f MB, retained %.2f MB (%d cues, %d n-grams, %d words, %d learned features, model %d bytes)",
		elapsed, float64(allocated)/1e6, float64(retained)/1e6, lx.count, len(lm.grams.probs), len(lm.words.probs), len(loaded.bayes.hashes), len(b))
	if elapsed > 50*time.Millisecond {
		t.Errorf("load took %v, want under 50 ms", elapsed)
	}
	if allocated > 20<<20 {
		t.Errorf("load allocated %d bytes, want under 20 MB", allocated)
	}
	runtime.KeepAlive(lx)
	runtime.KeepAlive(lm)
	runtime.KeepAlive(loaded)
}

func languageTexts(t testing.TB) [numLangs]string {
	var texts [numLangs]string
	for i, code := range langCodes {
		b, err := langData.ReadFile("langdata/" + code + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		texts[i] = string(b)
	}
	return texts
}

func TestEvaluation(t *testing.T) {
	var e Evaluation
	for i := 0; i < 8; i++ {
		e.Add(Complaint, Complaint)
	}
	e.Add(Complaint, Inquiry)
	e.Add(Complaint, Inquiry)
	for i := 0; i < 9; i++ {
		e.Add(Inquiry, Inquiry)
	}
	e.Add(Inquiry, Other)
	e.Add(Type(9), Other) // ignored
	if e.Total() != 20 || e.Accuracy() != 17.0/20 {
		t.Errorf("total %d accuracy %v", e.Total(), e.Accuracy())
	}
	if p, r := e.Precision(Inquiry), e.Recall(Complaint); p != 9.0/11 || r != 0.8 {
		t.Errorf("precision %v recall %v", p, r)
	}
	// Complaint F1 = 2*1*0.8/1.8, inquiry 2*(9/11)*(0.9)/(9/11+0.9), other 0; survey does not occur.
	want := (2*0.8/1.8 + 2*(9.0/11)*0.9/(9.0/11+0.9) + 0) / 3
	if d := e.MacroF1() - want; d > 1e-9 || d < -1e-9 {
		t.Errorf("macro-F1 %v, want %v", e.MacroF1(), want)
	}
	var o Evaluation
	o.Merge(e)
	o.Merge(e)
	if o.Total() != 40 {
		t.Errorf("merged total %d", o.Total())
	}
	if s := e.String(); !strings.Contains(s, "| complaint | 8 | 2 | 0 | 0 | 0.800 |") {
		t.Errorf("String:\n%s", s)
	}
	var empty Evaluation
	if empty.Accuracy() != 0 || empty.MacroF1() != 0 || empty.F1(Survey) != 0 {
		t.Error("empty evaluation")
	}
}

func TestChain(t *testing.T) {
	ctx := context.Background()
	msg := &correspondence.Message{Text: "hola"}
	fixed := func(ty Type, conf float64) Classifier {
		return Func(func(context.Context, *correspondence.Message) (Result, error) {
			var s Scores
			s.set(ty, conf)
			s.set(Other, s.Other+1-conf)
			return Result{Type: ty, Confidence: conf, Scores: s}, nil
		})
	}
	down := errors.New("service down")
	failing := Func(func(context.Context, *correspondence.Message) (Result, error) { return Result{}, down })

	r, err := Chain{Classifiers: []Classifier{fixed(Inquiry, 0.3), fixed(Complaint, 0.9), fixed(Survey, 0.99)}}.Classify(ctx, msg)
	if err != nil || r.Type != Complaint {
		t.Errorf("first confident: %s, %v", r.Type, err)
	}
	r, err = Chain{Classifiers: []Classifier{fixed(Inquiry, 0.3), fixed(Survey, 0.5)}}.Classify(ctx, msg)
	if err != nil || r.Type != Survey {
		t.Errorf("none confident, most confident: %s, %v", r.Type, err)
	}
	var logs bytes.Buffer
	r, err = Chain{Classifiers: []Classifier{failing, fixed(Complaint, 0.9)}, Logger: slog.New(slog.NewTextHandler(&logs, nil))}.Classify(ctx, msg)
	if err != nil || r.Type != Complaint || !strings.Contains(logs.String(), "service down") {
		t.Errorf("fallback: %s, %v, log %q", r.Type, err, logs.String())
	}
	if _, err := (Chain{Classifiers: []Classifier{failing, failing}}).Classify(ctx, msg); !errors.Is(err, down) {
		t.Errorf("all failing: %v", err)
	}
	if _, err := (Chain{}).Classify(ctx, msg); !errors.Is(err, ErrNoClassifier) {
		t.Errorf("empty chain: %v", err)
	}
	done, cancel := context.WithCancel(ctx)
	cancel()
	var m Model
	if _, err := (Chain{Classifiers: []Classifier{&m}}).Classify(done, msg); !errors.Is(err, context.Canceled) {
		t.Errorf("ended context: %v", err)
	}
	// With the Model last.
	r, err = Chain{Classifiers: []Classifier{failing, &m}}.Classify(ctx, &correspondence.Message{Text: "Es inaceptable, exijo una solución."})
	if err != nil || r.Type != Complaint {
		t.Errorf("model fallback: %s, %v", r.Type, err)
	}
}

func TestBlend(t *testing.T) {
	ctx := context.Background()
	msg := &correspondence.Message{Text: "hola"}
	with := func(s Scores, lang string) Classifier {
		return Func(func(context.Context, *correspondence.Message) (Result, error) {
			ty, c := s.Best()
			return Result{Type: ty, Confidence: c, Scores: s, Language: lang, Reasons: []Reason{{Cue: lang}}}, nil
		})
	}
	a := with(Scores{Complaint: 0.6, Inquiry: 0.4}, "und")
	b := with(Scores{Inquiry: 1}, "es")
	r, err := Blend{Classifiers: []Classifier{a, b}}.Classify(ctx, msg)
	if err != nil || r.Type != Inquiry || r.Scores.Inquiry != 0.7 || r.Language != "es" || len(r.Reasons) != 2 {
		t.Errorf("blend: %+v, %v", r, err)
	}
	r, _ = Blend{Classifiers: []Classifier{a, b}, Weights: []float64{9, 1}}.Classify(ctx, msg)
	if r.Type != Complaint || r.Scores.Complaint < 0.5399 || r.Scores.Complaint > 0.5401 {
		t.Errorf("weighted blend: %+v", r.Scores)
	}
	r, _ = Blend{Classifiers: []Classifier{a, b}, MinConfidence: 0.9}.Classify(ctx, msg)
	if r.Type != Other || r.Confidence != r.Scores.Other {
		t.Errorf("below MinConfidence: %+v", r)
	}
	down := errors.New("down")
	failing := Func(func(context.Context, *correspondence.Message) (Result, error) { return Result{}, down })
	if r, err := (Blend{Classifiers: []Classifier{failing, b}}).Classify(ctx, msg); err != nil || r.Type != Inquiry {
		t.Errorf("one failing: %+v %v", r, err)
	}
	if _, err := (Blend{Classifiers: []Classifier{failing}}).Classify(ctx, msg); !errors.Is(err, down) {
		t.Errorf("all failing: %v", err)
	}
	if _, err := (Blend{}).Classify(ctx, msg); !errors.Is(err, ErrNoClassifier) {
		t.Errorf("empty: %v", err)
	}
}

// withCRC appends the checksum a model ends with.
func withCRC(body []byte) []byte {
	return binary.LittleEndian.AppendUint32(body, crc32.ChecksumIEEE(body))
}
