// Package classifytest provides test doubles for
// [github.com/cartero/cartero/classify], and a check of the invariants
// every [classify.Result] keeps, for hosts that write classifiers of their
// own.
package classifytest

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sync"

	"github.com/cartero/cartero/classify"
	"github.com/cartero/cartero/correspondence"
)

// Fixed returns a classifier that answers r to every message.
func Fixed(r classify.Result) classify.Classifier {
	return classify.Func(func(ctx context.Context, _ *correspondence.Message) (classify.Result, error) {
		if err := ctx.Err(); err != nil {
			return classify.Result{}, err
		}
		return r, nil
	})
}

// Failing returns a classifier that fails with err on every message, the
// way a hosted model that is down does.
func Failing(err error) classify.Classifier {
	return classify.Func(func(context.Context, *correspondence.Message) (classify.Result, error) {
		return classify.Result{}, err
	})
}

// Recorder wraps a classifier and keeps the messages it was asked about.
// It is safe for concurrent use.
type Recorder struct {
	Classifier classify.Classifier

	mu   sync.Mutex
	msgs []*correspondence.Message
}

// Classify records msg and asks the wrapped classifier.
func (r *Recorder) Classify(ctx context.Context, msg *correspondence.Message) (classify.Result, error) {
	r.mu.Lock()
	r.msgs = append(r.msgs, msg)
	r.mu.Unlock()
	return r.Classifier.Classify(ctx, msg)
}

// Messages returns the messages classified so far, in order.
func (r *Recorder) Messages() []*correspondence.Message {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]*correspondence.Message(nil), r.msgs...)
}

// ErrInvariant is matched by every error [Check] returns.
var ErrInvariant = errors.New("classifytest: broken invariant")

// Check returns an error matching [ErrInvariant] when res breaks one of
// the invariants of a classify.Result for a message with the given
// subject and text (for a *correspondence.Message, its Subject and
// classify.TextOf): a known type; a confidence and scores in [0, 1], the
// scores adding up to 1; a confidence equal to the score of the type;
// and reasons whose offsets lie inside their field, on rune boundaries,
// with Text the bytes between them.
func Check(subject, text string, res classify.Result) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrInvariant}, args...)...)
	}
	if _, err := res.Type.MarshalText(); err != nil {
		return bad("type %d", res.Type)
	}
	if !in01(res.Confidence) {
		return bad("confidence %v", res.Confidence)
	}
	var sum float64
	for _, t := range classify.Types {
		v := res.Scores.Of(t)
		if !in01(v) {
			return bad("score of %s is %v", t, v)
		}
		sum += v
	}
	if math.Abs(sum-1) > 1e-6 {
		return bad("scores add up to %v", sum)
	}
	if math.Abs(res.Scores.Of(res.Type)-res.Confidence) > 1e-9 {
		return bad("confidence %v, score of %s %v", res.Confidence, res.Type, res.Scores.Of(res.Type))
	}
	if s := float64(res.Sentiment); math.IsNaN(s) || s < -1 || s > 1 {
		return bad("sentiment %v", s)
	}
	for i, r := range res.Reasons {
		var field string
		switch r.Field {
		case classify.InText:
			field = text
		case classify.InSubject:
			field = subject
		case classify.InHeader:
			if r.Start != 0 || r.End != 0 {
				return bad("reason %d in a header has offsets %d-%d", i, r.Start, r.End)
			}
			continue
		default:
			return bad("reason %d has field %d", i, r.Field)
		}
		if r.Start < 0 || r.End < r.Start || r.End > len(field) {
			return bad("reason %d (%q) at %d-%d outside its field of %d bytes", i, r.Cue, r.Start, r.End, len(field))
		}
		if !boundary(field, r.Start) || !boundary(field, r.End) {
			return bad("reason %d (%q) at %d-%d not on rune boundaries", i, r.Cue, r.Start, r.End)
		}
		if field[r.Start:r.End] != r.Text {
			return bad("reason %d text %q, field has %q", i, r.Text, field[r.Start:r.End])
		}
		if math.IsNaN(r.Weight) || math.IsInf(r.Weight, 0) {
			return bad("reason %d weight %v", i, r.Weight)
		}
	}
	return nil
}

func in01(v float64) bool { return v >= 0 && v <= 1 }

// boundary reports whether i is where a rune of s starts or s ends, as
// ranging over s decodes it: each byte of invalid UTF-8 is one rune.
func boundary(s string, i int) bool {
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
