package classify

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"

	"github.com/cartero/cartero/correspondence"
)

// DefaultMinConfidence is the confidence a [Chain] member's answer needs
// to be taken when Chain.MinConfidence is zero.
const DefaultMinConfidence = 0.6

// ErrNoClassifier is returned by a [Chain] or a [Blend] with no members.
var ErrNoClassifier = errors.New("classify: no classifier")

// Chain asks its classifiers in order and takes the first confident
// answer: one whose Type is not Other and whose Confidence is at least
// MinConfidence. When none is confident it returns the most confident
// answer (the first one on ties).
//
// A member that fails is skipped, so a hosted model that is down falls
// back to the next one; its error is logged to Logger when there is one.
// The Chain fails only when every member failed (with their errors
// joined) or when the context ended. The zero Chain has no members and
// fails with [ErrNoClassifier].
//
// A typical chain puts a host's own model first and Cartero's default
// last:
//
//	c := classify.Chain{Classifiers: []classify.Classifier{remote, model}}
type Chain struct {
	Classifiers []Classifier
	// MinConfidence is the confidence an answer needs to be taken;
	// zero means DefaultMinConfidence.
	MinConfidence float64
	// Logger, when set, receives a warning for every member that fails.
	Logger *slog.Logger
}

// Classify asks the members in order; see [Chain].
func (c Chain) Classify(ctx context.Context, msg *correspondence.Message) (Result, error) {
	min := c.MinConfidence
	if min == 0 {
		min = DefaultMinConfidence
	}
	var (
		best     Result
		answered bool
		errs     []error
	)
	for i, cl := range c.Classifiers {
		r, err, stop := ask(ctx, cl, msg, c.Logger, "chain", i)
		if stop != nil {
			return Result{}, stop
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if r.Type != Other && r.Confidence >= min {
			return r, nil
		}
		if !answered || r.Confidence > best.Confidence {
			best, answered = r, true
		}
	}
	if answered {
		return best, nil
	}
	if len(errs) == 0 {
		return Result{}, ErrNoClassifier
	}
	return Result{}, errors.Join(errs...)
}

// Blend asks every classifier and combines their answers: the scores are
// averaged with the given weights, the type is the best of the averaged
// scores (Other when its score is below MinConfidence; the confidence is
// then the score of Other), and the reasons of
// every member are kept. Language, sentiment, urgency and automatic mail
// come from the first member that gave a language other than "und",
// a non-zero sentiment, urgency or Auto respectively.
//
// Members that fail are skipped as in a [Chain]; Blend fails only when all
// of them did or the context ended.
type Blend struct {
	Classifiers []Classifier
	// Weights holds one weight per member; missing or non-positive
	// weights count as 1.
	Weights []float64
	// MinConfidence is the averaged score the best type needs; below it
	// the type is Other. Zero means no minimum.
	MinConfidence float64
	// Logger, when set, receives a warning for every member that fails.
	Logger *slog.Logger
}

// Classify asks every member and combines the answers; see [Blend].
func (b Blend) Classify(ctx context.Context, msg *correspondence.Message) (Result, error) {
	var (
		out   Result
		sum   [numTypes]float64
		total float64
		errs  []error
	)
	for i, cl := range b.Classifiers {
		r, err, stop := ask(ctx, cl, msg, b.Logger, "blend", i)
		if stop != nil {
			return Result{}, stop
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		w := 1.0
		if i < len(b.Weights) && b.Weights[i] > 0 && !math.IsInf(b.Weights[i], 0) {
			w = b.Weights[i]
		}
		total += w
		for k, t := range Types {
			sum[k] += w * clamp01(r.Scores.Of(t))
		}
		out.Reasons = append(out.Reasons, r.Reasons...)
		if (out.Language == "" || out.Language == "und") && r.Language != "" {
			out.Language = r.Language
		}
		if out.Sentiment == 0 {
			out.Sentiment = r.Sentiment
		}
		if out.Urgency == Normal {
			out.Urgency = r.Urgency
		}
		if out.Auto == nil {
			out.Auto = r.Auto
		}
	}
	if total == 0 {
		if len(errs) == 0 {
			return Result{}, ErrNoClassifier
		}
		return Result{}, errors.Join(errs...)
	}
	var norm float64
	for k := range sum {
		norm += sum[k]
	}
	for k, t := range Types {
		v := 0.0
		if norm > 0 {
			v = sum[k] / norm
		}
		out.Scores.set(t, v)
	}
	if norm == 0 {
		out.Scores.Other = 1
	}
	out.Type, out.Confidence = out.Scores.Best()
	if out.Confidence < b.MinConfidence {
		out.Type, out.Confidence = Other, out.Scores.Other
	}
	return out, nil
}

// ask asks member i of a Chain or Blend (kind names which). A failure of
// the member is logged and returned as err, for the caller to collect; a
// cancelled or expired context is returned as stop, which ends the
// whole classification.
func ask(ctx context.Context, cl Classifier, msg *correspondence.Message, log *slog.Logger, kind string, i int) (r Result, err, stop error) {
	if err := ctx.Err(); err != nil {
		return Result{}, nil, err
	}
	r, err = cl.Classify(ctx, msg)
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return Result{}, nil, ctxErr
		}
		if log != nil {
			log.Warn("classify: "+kind+" member failed", "member", i, "err", err)
		}
		return Result{}, fmt.Errorf("classify: %s member %d: %w", kind, i, err), nil
	}
	return r, nil, nil
}
