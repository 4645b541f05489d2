package reviewtest

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/cartero/cartero/review"
)

// Counts are the matches of findings and labels: a finding that matches
// a label is a true positive, one that matches none a false positive, a
// label that no finding matches a false negative.
type Counts struct{ TP, FP, FN int }

// Precision is TP / (TP + FP), 1 when nothing was found.
func (c Counts) Precision() float64 {
	if c.TP+c.FP == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// Recall is TP / (TP + FN), 1 when nothing was expected.
func (c Counts) Recall() float64 {
	if c.TP+c.FN == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

func (c *Counts) add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// Miss is a label no finding matched, or a finding no label matched.
type Miss struct {
	Pair    string
	Label   *Label          // a label not found
	Finding *review.Finding // a finding not labelled
}

func (m Miss) String() string {
	if m.Label != nil {
		return fmt.Sprintf("%s: missed %s %s %q", m.Pair, m.Label.Check, m.Label.Code, m.Label.Span)
	}
	return fmt.Sprintf("%s: extra %s %s %q", m.Pair, m.Finding.Check, m.Finding.Code, m.Finding.Text)
}

// Score is the counts of a labelled set, by check, by check and code,
// and by language.
type Score struct {
	Pairs  int
	Checks map[string]*Counts // by check
	Codes  map[string]*Counts // by "check code"
	Langs  map[string]map[string]*Counts
	Misses []Miss
}

// Scored reports whether a finding is scored: one that reports a fault,
// not one that says all is well (code "on-time").
func Scored(f review.Finding) bool { return f.Code != "on-time" }

// Evaluate reviews every pair and scores the findings.
func Evaluate(ps []Pair) *Score {
	s := &Score{}
	for _, p := range ps {
		in, c := p.Input()
		s.Add(p, c.Check(in))
	}
	return s
}

// Add scores the findings of one pair.
func (s *Score) Add(p Pair, found []review.Finding) {
	if s.Checks == nil {
		s.Checks, s.Codes, s.Langs = map[string]*Counts{}, map[string]*Counts{}, map[string]map[string]*Counts{}
	}
	s.Pairs++
	lang, _ := p.Locale.Base()
	count := func(check, code string, c Counts) {
		for _, m := range []struct {
			m   map[string]*Counts
			key string
		}{{s.Checks, check}, {s.Codes, check + " " + code}} {
			if m.m[m.key] == nil {
				m.m[m.key] = &Counts{}
			}
			m.m[m.key].add(c)
		}
		lm := s.Langs[lang.String()]
		if lm == nil {
			lm = map[string]*Counts{}
			s.Langs[lang.String()] = lm
		}
		if lm[check] == nil {
			lm[check] = &Counts{}
		}
		lm[check].add(c)
	}
	found = slices.DeleteFunc(slices.Clone(found), func(f review.Finding) bool { return !Scored(f) })
	used := make([]bool, len(found))
	hits := make([]bool, len(p.Expect))
	for i := range p.Expect {
		l := &p.Expect[i]
		hit := -1
		for j, f := range found {
			if used[j] || f.Check != l.Check || f.Code != l.Code {
				continue
			}
			if l.Start >= 0 && (f.In != l.In || f.End <= l.Start || f.Start >= l.End) {
				continue
			}
			hit = j
			break
		}
		if hit >= 0 {
			used[hit], hits[i] = true, true
			count(l.Check, l.Code, Counts{TP: 1})
			continue
		}
		count(l.Check, l.Code, Counts{FN: 1})
		s.Misses = append(s.Misses, Miss{Pair: p.ID, Label: l})
	}
	for j, f := range found {
		if !used[j] && !within(f, p.Expect, hits) {
			count(found[j].Check, found[j].Code, Counts{FP: 1})
			s.Misses = append(s.Misses, Miss{Pair: p.ID, Finding: &found[j]})
		}
	}
}

// within reports whether f lies inside the span of a label of its kind
// that another finding matched: a phrase reported in two pieces ("teria
// sido fácil evitar", "se tivesse consultado") is one finding, not a
// finding and a false alarm.
func within(f review.Finding, ls []Label, hits []bool) bool {
	for i, l := range ls {
		if hits[i] && l.Start >= 0 && f.Check == l.Check && f.Code == l.Code && f.In == l.In && f.Start >= l.Start && f.End <= l.End {
			return true
		}
	}
	return false
}

// Write prints the scores as a table: per check, then per code.
func (s *Score) Write(w io.Writer) {
	fmt.Fprintf(w, "%d pairs\n\n", s.Pairs)
	fmt.Fprintf(w, "%-26s %5s %5s %5s %9s %7s\n", "check", "TP", "FP", "FN", "precision", "recall")
	write := func(m map[string]*Counts) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			c := m[k]
			fmt.Fprintf(w, "%-26s %5d %5d %5d %9.3f %7.3f\n", k, c.TP, c.FP, c.FN, c.Precision(), c.Recall())
		}
	}
	write(s.Checks)
	fmt.Fprintln(w)
	write(s.Codes)
	langs := make([]string, 0, len(s.Langs))
	for l := range s.Langs {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		fmt.Fprintf(w, "\n%s\n", l)
		write(s.Langs[l])
	}
}

// Code returns the counts of a check and code ("professional
// unanswered").
func (s *Score) Code(checkCode string) Counts {
	if c := s.Codes[checkCode]; c != nil {
		return *c
	}
	return Counts{}
}

// MissesOf returns the misses of the checks named, as lines.
func (s *Score) MissesOf(checks ...string) []string {
	var out []string
	for _, m := range s.Misses {
		check := ""
		if m.Label != nil {
			check = m.Label.Check
		} else {
			check = m.Finding.Check
		}
		if len(checks) == 0 || slices.Contains(checks, check) {
			out = append(out, strings.ReplaceAll(m.String(), "\n", "⏎"))
		}
	}
	return out
}
