package classify

import (
	"fmt"
	"strings"
)

// Evaluation counts how a classifier's types compare with the right
// ones, so that a host can measure a model on its own labelled messages
// before it relies on it. The zero Evaluation is empty and ready to use.
type Evaluation struct {
	// Confusion[want][got] counts the messages of type want that were
	// given type got.
	Confusion [numTypes][numTypes]int
}

// Add counts one message of type want that was given type got.
func (e *Evaluation) Add(want, got Type) {
	if int(want) < numTypes && int(got) < numTypes {
		e.Confusion[want][got]++
	}
}

// Merge adds the counts of o to e.
func (e *Evaluation) Merge(o Evaluation) {
	for i := range e.Confusion {
		for j := range e.Confusion[i] {
			e.Confusion[i][j] += o.Confusion[i][j]
		}
	}
}

// Total returns the number of messages counted.
func (e Evaluation) Total() int {
	n := 0
	for i := range e.Confusion {
		for j := range e.Confusion[i] {
			n += e.Confusion[i][j]
		}
	}
	return n
}

// Accuracy returns the share of messages given the right type, 0 when
// none were counted.
func (e Evaluation) Accuracy() float64 {
	n, right := 0, 0
	for i := range e.Confusion {
		for j, c := range e.Confusion[i] {
			n += c
			if i == j {
				right += c
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(right) / float64(n)
}

// Precision returns the share of messages given type t that are of type
// t, 0 when none were given t.
func (e Evaluation) Precision(t Type) float64 {
	got := 0
	for i := range e.Confusion {
		got += e.Confusion[i][t]
	}
	if got == 0 {
		return 0
	}
	return float64(e.Confusion[t][t]) / float64(got)
}

// Recall returns the share of messages of type t given type t, 0 when
// there were none.
func (e Evaluation) Recall(t Type) float64 {
	want := 0
	for _, c := range e.Confusion[t] {
		want += c
	}
	if want == 0 {
		return 0
	}
	return float64(e.Confusion[t][t]) / float64(want)
}

// F1 returns the harmonic mean of the precision and recall of type t.
func (e Evaluation) F1(t Type) float64 {
	p, r := e.Precision(t), e.Recall(t)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// MacroF1 returns the mean F1 of the types that occur, as the right type
// or as the type given.
func (e Evaluation) MacroF1() float64 {
	var sum float64
	n := 0
	for _, t := range Types {
		occurs := false
		for i := range e.Confusion {
			if e.Confusion[t][i] > 0 || e.Confusion[i][t] > 0 {
				occurs = true
			}
		}
		if occurs {
			sum += e.F1(t)
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// String returns the confusion matrix as a Markdown table, the right
// types in rows and the types given in columns.
func (e Evaluation) String() string {
	var b strings.Builder
	b.WriteString("| right \\ given |")
	for _, t := range Types {
		fmt.Fprintf(&b, " %s |", t)
	}
	b.WriteString(" recall |\n|---|")
	for range Types {
		b.WriteString("---|")
	}
	b.WriteString("---|\n")
	for _, w := range Types {
		fmt.Fprintf(&b, "| %s |", w)
		for _, g := range Types {
			fmt.Fprintf(&b, " %d |", e.Confusion[w][g])
		}
		fmt.Fprintf(&b, " %.3f |\n", e.Recall(w))
	}
	b.WriteString("| precision |")
	for _, g := range Types {
		fmt.Fprintf(&b, " %.3f |", e.Precision(g))
	}
	b.WriteString(" |\n")
	return b.String()
}

// Evaluate classifies every example with m and counts the types given.
func (m *Model) Evaluate(examples []Example) Evaluation {
	var e Evaluation
	for _, ex := range examples {
		e.Add(ex.Type, m.analyse(ex.Subject, ex.Text, nil).Type)
	}
	return e
}

// CrossValidate measures training on examples by k-fold
// cross-validation: the examples are dealt into folds (each type dealt
// in turn, in the order given, so every fold has its share of each), and
// each fold is classified by a model trained on the other folds only. It
// returns the type given to each example, in the order of examples. folds
// below 2 means 10.
func CrossValidate(examples []Example, folds int, opts TrainOptions) ([]Type, error) {
	if folds < 2 {
		folds = 10
	}
	if len(examples) < folds {
		return nil, fmt.Errorf("%w: %d examples for %d folds", ErrNoExamples, len(examples), folds)
	}
	fold := make([]int, len(examples))
	var next [numTypes]int
	for i, ex := range examples {
		t := ex.Type
		if int(t) >= numTypes {
			return nil, fmt.Errorf("%w: example %d has type %d", ErrUnknownType, i, t)
		}
		fold[i] = next[t] % folds
		next[t]++
	}
	got := make([]Type, len(examples))
	train := make([]Example, 0, len(examples))
	for f := 0; f < folds; f++ {
		train = train[:0]
		for i, ex := range examples {
			if fold[i] != f {
				train = append(train, ex)
			}
		}
		m, err := Train(train, opts)
		if err != nil {
			return nil, err
		}
		for i, ex := range examples {
			if fold[i] == f {
				got[i] = m.analyse(ex.Subject, ex.Text, nil).Type
			}
		}
	}
	return got, nil
}
