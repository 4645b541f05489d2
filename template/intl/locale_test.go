package intl_test

import (
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/template/intl"
)

func TestNewFallback(t *testing.T) {
	tests := []struct{ in, want string }{
		{"es-ES", "es-ES"}, {"es", "es-ES"}, {"es-CO", "es-MX"}, {"es-419", "es-MX"}, {"es-CL", "es-MX"},
		{"es-US", "es-MX"}, {"es-UY", "es-MX"}, {"es-AR", "es-AR"}, {"es-GQ", "es-ES"}, {"gl", "es-ES"},
		{"pt", "pt-BR"}, {"pt-AO", "pt-PT"}, {"pt-MZ", "pt-PT"}, {"en", "en-US"}, {"en-AU", "en-GB"},
		{"en-IN", "en-GB"}, {"fr", "fr-FR"}, {"fr-CA", "fr-FR"}, {"de-AT", "de-DE"}, {"de-CH", "de-DE"},
		{"it-CH", "it-IT"}, {"ja", "en-US"}, {"und", "en-US"}, {"ca", "en-US"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := intl.New(language.MustParse(tt.in), nil).Tag().String(); got != tt.want {
				t.Errorf("New(%s).Tag() = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestZeroLocale(t *testing.T) {
	var l intl.Locale
	if l.Tag() != language.MustParse("en-US") || l.Zone() != time.UTC {
		t.Fatalf("zero Locale is %s", l)
	}
	at := time.Date(2026, 3, 5, 13, 7, 9, 0, time.FixedZone("X", 3600))
	if got, want := l.DateTime(at, intl.Full, intl.Long), "Thursday, March 5, 2026 at 12:07:09\u202fPM UTC"; got != want {
		t.Errorf("DateTime = %q, want %q", got, want)
	}
	if got, want := l.Int(-1234), "-1,234"; got != want {
		t.Errorf("Int = %q, want %q", got, want)
	}
	if got := intl.New(language.English, nil).String(); got != "en-US UTC" {
		t.Errorf("String = %q", got)
	}
	if n := len(intl.Supported()); n != 10 {
		t.Errorf("Supported has %d locales", n)
	}
}

func TestConcurrentUse(t *testing.T) {
	l := intl.New(language.MustParse("es-MX"), nil)
	done := make(chan string)
	for range 4 {
		go func() {
			s := ""
			for i := range 100 {
				s = l.Number(intl.NewDecimal(int64(i)*1001, 1)) + intl.New(language.MustParse("pt-AO"), nil).Tag().String()
			}
			done <- s
		}()
	}
	for range 4 {
		if s := <-done; s != "9,909.9pt-PT" {
			t.Errorf("got %q", s)
		}
	}
}
