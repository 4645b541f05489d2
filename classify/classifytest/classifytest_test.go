package classifytest_test

import (
	"context"
	"errors"
	"testing"

	"github.com/cartero/cartero/classify"
	"github.com/cartero/cartero/classify/classifytest"
	"github.com/cartero/cartero/correspondence"
)

func TestDoubles(t *testing.T) {
	ctx := context.Background()
	want := classify.Result{Type: classify.Survey, Confidence: 1, Scores: classify.Scores{Survey: 1}}
	rec := &classifytest.Recorder{Classifier: classifytest.Fixed(want)}
	msg := &correspondence.Message{Text: "9"}
	got, err := rec.Classify(ctx, msg)
	if err != nil || got.Type != classify.Survey {
		t.Fatalf("Fixed: %+v, %v", got, err)
	}
	if m := rec.Messages(); len(m) != 1 || m[0] != msg {
		t.Errorf("Recorder kept %v", m)
	}
	boom := errors.New("down")
	if _, err := classifytest.Failing(boom).Classify(ctx, msg); !errors.Is(err, boom) {
		t.Errorf("Failing: %v", err)
	}
	done, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := classifytest.Fixed(want).Classify(done, msg); !errors.Is(err, context.Canceled) {
		t.Errorf("Fixed with an ended context: %v", err)
	}
}

func TestCheck(t *testing.T) {
	text := "¿Por qué me cobraron dos veces? Es inaceptable."
	res := classify.Text(text)
	if err := classifytest.Check("", text, res); err != nil {
		t.Fatalf("the Model's result: %v", err)
	}
	broken := []func(r *classify.Result){
		func(r *classify.Result) { r.Confidence = 1.5 },
		func(r *classify.Result) { r.Scores.Other += 0.5 },
		func(r *classify.Result) { r.Type = classify.Type(7) },
		func(r *classify.Result) {
			r.Reasons = []classify.Reason{{Field: classify.InText, Start: 0, End: 1, Text: "\xc2"}}
		},
		func(r *classify.Result) { r.Reasons = []classify.Reason{{Field: classify.InText, Start: 3, End: 400}} },
		func(r *classify.Result) {
			r.Reasons = []classify.Reason{{Field: classify.InText, Start: 1, End: 3, Text: "\xbfP"}}
		},
		func(r *classify.Result) {
			r.Reasons = []classify.Reason{{Field: classify.InSubject, Start: 0, End: 1, Text: "x"}}
		},
		func(r *classify.Result) {
			r.Reasons = []classify.Reason{{Field: classify.InText, Start: 3, End: 6, Text: "xyz"}}
		},
		func(r *classify.Result) { r.Sentiment = -2 },
	}
	for i, f := range broken {
		r := res
		r.Reasons = append([]classify.Reason(nil), res.Reasons...)
		f(&r)
		if err := classifytest.Check("", text, r); !errors.Is(err, classifytest.ErrInvariant) {
			t.Errorf("case %d: Check = %v, want ErrInvariant", i, err)
		}
	}
}
