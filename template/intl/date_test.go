package intl_test

import (
	"errors"
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/template/intl"
)

func TestParseStyle(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want intl.Style
		err  bool
	}{
		{"full", intl.Full, false}, {"long", intl.Long, false}, {"medium", intl.Medium, false},
		{"short", intl.Short, false}, {"SHORT", intl.Short, false}, {"", intl.Medium, true}, {"tiny", intl.Medium, true},
	} {
		got, err := intl.ParseStyle(tt.in)
		if got != tt.want || (err != nil) != tt.err {
			t.Errorf("ParseStyle(%q) = %v, %v", tt.in, got, err)
		}
		if err != nil && !errors.Is(err, intl.ErrStyle) {
			t.Errorf("ParseStyle(%q): %v does not match ErrStyle", tt.in, err)
		}
		if err == nil && got.String() != tt.want.String() {
			t.Errorf("String() = %q", got.String())
		}
	}
	var zero intl.Style
	if zero != intl.Medium || zero.String() != "medium" {
		t.Errorf("zero Style is %v", zero)
	}
}

// Zones without CLDR names here are shown in the localized GMT format, as
// ICU shows zones that have none.
func TestGMTFormat(t *testing.T) {
	at := time.Date(2026, 7, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		tag  string
		zone *time.Location
		long bool
		want string
	}{
		{"es-ES", time.FixedZone("", -3*3600), true, "9:00:00 (GMT-03:00)"},
		{"es-ES", time.FixedZone("", -3*3600), false, "9:00:00 GMT-3"},
		{"en-GB", time.FixedZone("IST", 5*3600+1800), false, "17:30:00 GMT+5:30"},
		{"en-GB", time.FixedZone("IST", 5*3600+1800), true, "17:30:00 GMT+05:30"},
		{"fr-FR", time.FixedZone("", -4*3600-1800), false, "07:30:00 UTC\u22124:30"},
		{"de-DE", time.FixedZone("", 0), false, "12:00:00 GMT+0"},
		{"pt-BR", time.UTC, true, "12:00:00 Horário Universal Coordenado"},
	}
	for _, tt := range tests {
		l := intl.New(language.MustParse(tt.tag), tt.zone)
		s := intl.Long
		if tt.long {
			s = intl.Full
		}
		if got := l.Time(at, s); got != tt.want {
			t.Errorf("%s %s: Time = %q, want %q", tt.tag, tt.zone, got, tt.want)
		}
	}
}

func TestDateEdges(t *testing.T) {
	l := intl.New(language.MustParse("es-ES"), nil)
	tests := []struct {
		at   time.Time
		s    intl.Style
		want string
	}{
		{time.Date(5, 1, 2, 0, 0, 0, 0, time.UTC), intl.Short, "2/1/05"},
		{time.Date(12345, 1, 2, 0, 0, 0, 0, time.UTC), intl.Long, "2 de enero de 12345"},
		{time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC), intl.Style(99), "2 ene 2026"}, // out of range: Medium
	}
	for _, tt := range tests {
		if got := l.Date(tt.at, tt.s); got != tt.want {
			t.Errorf("Date(%v, %v) = %q, want %q", tt.at, tt.s, got, tt.want)
		}
	}
}
