package classify

import (
	"errors"
	"fmt"
	"math"
	"sort"
)

// Example is one labelled message to learn from: its type, and its
// subject and new text (without quoted history).
type Example struct {
	Type    Type   `json:"type"`
	Subject string `json:"subject,omitempty"`
	Text    string `json:"text"`
}

// TrainOptions configures [Train]. The zero value uses the defaults.
type TrainOptions struct {
	// Smoothing is the additive (Lidstone) smoothing of the word counts;
	// zero means DefaultSmoothing.
	Smoothing float64
	// Weight is how much what was learned counts against the built-in
	// knowledge: 0.5 counts it half as much as the default, 2 twice as
	// much. Zero means 1.
	Weight float64
	// MinCount drops features seen in fewer than MinCount examples, to
	// keep the model small; zero keeps every feature seen twice or more,
	// and 1 keeps all.
	MinCount int
}

// DefaultSmoothing is the smoothing [Train] uses when none is given. It
// was chosen by cross-validation on Cartero's labelled set (see
// BENCHMARKS.md).
const DefaultSmoothing = 1.0

// learnedScale converts the naive Bayes log-posterior, divided by the
// square root of the number of features it read, into the scale of the
// built-in cues' weights.
const learnedScale = 1.5

// ErrNoExamples is returned by [Train] when there is nothing to learn
// from.
var ErrNoExamples = errors.New("classify: no examples")

// bayes is a multinomial naive Bayes model over binary word, word pair
// and subject word features, stored as 64-bit hashes.
type bayes struct {
	alpha  float64
	weight float64
	docs   [numTypes]uint32
	hashes []uint64            // sorted
	counts [][numTypes]uint32  // documents of each type that have the feature
	index  table64             // hash → position in hashes
	logp   [][numTypes]float32 // log P(feature | type)
	prior  [numTypes]float64   // log P(type)
}

// Train learns from examples and returns a Model that uses what it
// learned together with the built-in knowledge. The examples should
// cover every type the host wants told apart; a type without examples is
// left to the built-in knowledge alone.
func Train(examples []Example, opts TrainOptions) (*Model, error) {
	if len(examples) == 0 {
		return nil, ErrNoExamples
	}
	b := &bayes{alpha: opts.Smoothing, weight: opts.Weight}
	if b.alpha <= 0 || math.IsNaN(b.alpha) || math.IsInf(b.alpha, 0) {
		b.alpha = DefaultSmoothing
	}
	if b.weight <= 0 || math.IsNaN(b.weight) || math.IsInf(b.weight, 0) {
		b.weight = 1
	}
	min := opts.MinCount
	if min <= 0 {
		min = 2
	}
	counts := map[uint64]*[numTypes]uint32{}
	seen := map[uint64]bool{}
	var toks []token
	for i, ex := range examples {
		if int(ex.Type) >= numTypes {
			return nil, fmt.Errorf("%w: example %d has type %d", ErrUnknownType, i, ex.Type)
		}
		b.docs[ex.Type]++
		clear(seen)
		toks = tokenize(toks[:0], ex.Subject)
		n := len(toks)
		toks = tokenize(toks, ex.Text)
		features(toks[:n], toks[n:], func(h uint64, _ int) {
			if seen[h] {
				return
			}
			seen[h] = true
			c := counts[h]
			if c == nil {
				c = new([numTypes]uint32)
				counts[h] = c
			}
			c[ex.Type]++
		})
	}
	for h, c := range counts {
		var n uint32
		for _, v := range c {
			n += v
		}
		if int(n) < min {
			continue
		}
		b.hashes = append(b.hashes, h)
	}
	sort.Slice(b.hashes, func(i, j int) bool { return b.hashes[i] < b.hashes[j] })
	b.counts = make([][numTypes]uint32, len(b.hashes))
	for i, h := range b.hashes {
		b.counts[i] = *counts[h]
	}
	b.finish()
	return &Model{bayes: b}, nil
}

// finish computes the lookups and probabilities from the counts.
func (b *bayes) finish() {
	pos := make(map[uint64]int32, len(b.hashes))
	for i, h := range b.hashes {
		pos[h] = int32(i)
	}
	b.index = newTable64(pos)
	var total [numTypes]float64
	for _, c := range b.counts {
		for t, v := range c {
			total[t] += float64(v)
		}
	}
	v := float64(len(b.hashes))
	b.logp = make([][numTypes]float32, len(b.hashes))
	for i, c := range b.counts {
		for t := range c {
			b.logp[i][t] = float32(math.Log((float64(c[t]) + b.alpha) / (total[t] + b.alpha*v)))
		}
	}
	var docs float64
	for _, d := range b.docs {
		docs += float64(d)
	}
	for t, d := range b.docs {
		// Every type keeps some prior, even one without examples.
		b.prior[t] = math.Log((float64(d) + 1) / (docs + numTypes))
	}
}

// add adds what the model learned about the tokens of a subject and a
// text to logits, and the words that counted most as reasons.
func (b *bayes) add(logits *[numTypes]float64, ev *evidence, stoks, toks []token, text string) {
	if len(b.hashes) == 0 {
		return
	}
	var lp [numTypes]float64
	n := 0
	// The text words found, for the reasons below.
	type found struct {
		tok int
		i   int32
	}
	var fbuf [256]found
	words := fbuf[:0]
	// Each feature counts once, as it was counted in training: a number
	// or a word written ten times is one feature.
	var sbuf [128]uint64
	seen := sbuf[:]
	if words := (len(b.hashes) + 63) / 64; words > len(sbuf) {
		seen = make([]uint64, words)
	}
	features(stoks, toks, func(h uint64, tok int) {
		i, ok := b.index.get(h)
		if !ok || seen[i>>6]&(1<<(i&63)) != 0 {
			return
		}
		seen[i>>6] |= 1 << (i & 63)
		n++
		for t := range lp {
			lp[t] += float64(b.logp[i][t])
		}
		if tok >= 0 {
			words = append(words, found{tok, i})
		}
	})
	if n == 0 {
		return
	}
	scale := b.weight * learnedScale / math.Sqrt(float64(n))
	var mean float64
	for t := range lp {
		mean += lp[t]
	}
	mean /= numTypes
	best, bestV := 0, math.Inf(-1)
	for t := range lp {
		d := (lp[t]-mean)*scale + b.prior[t] - b.prior[Other]
		logits[t] += d
		if logits[t] > bestV {
			best, bestV = t, logits[t]
		}
	}
	// The learned words that speak most for the winning type.
	type top struct {
		w float64
		i int
	}
	var tops [maxLearnedReasons]top
	for _, f := range words {
		ti, i := f.tok, f.i
		var m float64
		for t := range lp {
			m += float64(b.logp[i][t])
		}
		w := (float64(b.logp[i][best]) - m/numTypes) * scale
		for k := range tops {
			if w > tops[k].w {
				copy(tops[k+1:], tops[k:len(tops)-1])
				tops[k] = top{w, ti}
				break
			}
		}
	}
	for _, tp := range tops {
		if tp.w < 0.05 {
			continue
		}
		t := toks[tp.i]
		ev.reasons = append(ev.reasons, Reason{Cue: "learned", Type: Type(best), Weight: round3(tp.w),
			Field: InText, Start: int(t.start), End: int(t.end), Text: text[t.start:t.end]})
	}
}

// maxLearnedReasons is the number of learned words a Result lists at most.
const maxLearnedReasons = 3

// round3 rounds v to three decimals, for readable reasons.
func round3(v float64) float64 { return math.Round(v*1000) / 1000 }

// Feature hashing: FNV-1a over a tag byte and the folded words.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hashByte(h uint64, c byte) uint64 {
	h ^= uint64(c)
	h *= fnvPrime
	return h
}

// featureWord returns the form of a token used as a feature: numbers from
// 0 to 10 read as one word, other numbers as another.
func featureWord(t *token) string {
	if t.kind == tNumber {
		if t.num >= 0 && t.num <= 10 {
			return "#"
		}
		return "##"
	}
	return t.norm
}

// features calls fn with the hash of every feature of a subject's and a
// text's tokens: each word, each pair of neighbouring words in a clause,
// and each subject word. For text words, fn also gets the token's index
// (-1 for the others).
func features(stoks, toks []token, fn func(h uint64, tok int)) {
	for i := range stoks {
		fn(hashString(hashByte(fnvOffset, 's'), featureWord(&stoks[i])), -1)
	}
	for i := range toks {
		w := featureWord(&toks[i])
		h := hashString(hashByte(fnvOffset, 'w'), w)
		fn(h, i)
		if i > 0 && !toks[i].clause {
			p := hashString(hashByte(fnvOffset, 'p'), featureWord(&toks[i-1]))
			fn(hashString(hashByte(p, ' '), w), -1)
		}
	}
}
