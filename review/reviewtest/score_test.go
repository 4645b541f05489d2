package reviewtest

import (
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/review"
)

func TestScoreAdd(t *testing.T) {
	draft := "Ainda assim, teria sido fácil evitar esta situação se tivesse consultado as regras. O problema é seu."
	phrase := "teria sido fácil evitar esta situação se tivesse consultado"
	at := func(s string) (int, int) {
		i := strings.Index(draft, s)
		return i, i + len(s)
	}
	finding := func(s string) review.Finding {
		start, end := at(s)
		return review.Finding{Check: review.Positive, Code: "negative", In: review.Draft, Start: start, End: end, Text: s}
	}
	start, end := at(phrase)
	p := Pair{ID: "t", Locale: language.MustParse("pt-PT"), Draft: draft, Expect: []Label{
		{Check: review.Positive, Code: "negative", Span: phrase, In: review.Draft, Start: start, End: end},
	}}
	for _, tt := range []struct {
		name      string
		found     []review.Finding
		want      Counts
		wantClear Counts // of "clear sentence"
	}{
		{"one finding", []review.Finding{finding("teria sido fácil evitar")}, Counts{TP: 1}, Counts{}},
		// A labelled phrase found in two pieces is one finding.
		{"two pieces of one phrase", []review.Finding{finding("teria sido fácil evitar"), finding("se tivesse consultado")}, Counts{TP: 1}, Counts{}},
		{"a piece and a phrase outside", []review.Finding{finding("se tivesse consultado"), finding("O problema é seu")}, Counts{TP: 1, FP: 1}, Counts{}},
		{"nothing found", nil, Counts{FN: 1}, Counts{}},
		// A finding of another code inside the phrase is a false alarm.
		{"another code", []review.Finding{finding("teria sido fácil evitar"), {Check: review.Clear, Code: "sentence", In: review.Draft, Start: start, End: start + 5}}, Counts{TP: 1}, Counts{FP: 1}},
	} {
		s := &Score{}
		s.Add(p, tt.found)
		got := s.Code("positive negative")
		if got != tt.want {
			t.Errorf("%s: positive negative %+v, want %+v", tt.name, got, tt.want)
		}
		if got := s.Code("clear sentence"); got != tt.wantClear {
			t.Errorf("%s: clear sentence %+v, want %+v", tt.name, got, tt.wantClear)
		}
	}
}
