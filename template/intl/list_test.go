package intl_test

import (
	"errors"
	"testing"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/template/intl"
)

func TestSpanishConjunctions(t *testing.T) {
	es := intl.New(language.MustParse("es-MX"), nil)
	tests := []struct {
		items []string
		k     intl.ListKind
		want  string
	}{
		{[]string{"Ana", "Luis", "Inés"}, intl.And, "Ana, Luis e Inés"},
		{[]string{"agua", "hielo"}, intl.And, "agua y hielo"},
		{[]string{"Ana", "Hilario"}, intl.And, "Ana e Hilario"},
		{[]string{"Ana", "hiato"}, intl.And, "Ana y hiato"},
		{[]string{"Íñigo", "Íñigo"}, intl.And, "Íñigo y Íñigo"},
		{[]string{"siete", "ocho"}, intl.Or, "siete u ocho"},
		{[]string{"7", "8"}, intl.Or, "7 u 8"},
		{[]string{"10", "11"}, intl.Or, "10 u 11"},
		{[]string{"10", "11 de mayo"}, intl.Or, "10 u 11 de mayo"},
		{[]string{"10", "110"}, intl.Or, "10 o 110"},
		{[]string{"Ana", "Óscar"}, intl.Or, "Ana o Óscar"},
		{[]string{"papel", "hoja"}, intl.Or, "papel u hoja"},
		{[]string{"Ana", "Inés"}, intl.Or, "Ana o Inés"},
		{[]string{"3 horas", "5 minutos"}, intl.UnitList, "3 horas y 5 minutos"},
		{[]string{"Ana", "Inés"}, intl.ListKind(9), "Ana e Inés"}, // out of range: And
	}
	for _, tt := range tests {
		if got := es.List(tt.items, tt.k); got != tt.want {
			t.Errorf("List(%q, %v) = %q, want %q", tt.items, tt.k, got, tt.want)
		}
	}
	// Only Spanish changes its conjunctions.
	if got := intl.New(language.Italian, nil).List([]string{"Anna", "Ivo"}, intl.And); got != "Anna e Ivo" {
		t.Errorf("it: %q", got)
	}
}

func TestParseListKind(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want intl.ListKind
		err  bool
	}{
		{"and", intl.And, false}, {"Conjunction", intl.And, false}, {"or", intl.Or, false},
		{"disjunction", intl.Or, false}, {"unit", intl.UnitList, false}, {"narrow", intl.And, true},
	} {
		got, err := intl.ParseListKind(tt.in)
		if got != tt.want || (err != nil) != tt.err || (err != nil && !errors.Is(err, intl.ErrListKind)) {
			t.Errorf("ParseListKind(%q) = %v, %v", tt.in, got, err)
		}
	}
}
