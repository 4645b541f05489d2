package template_test

import (
	"testing"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/template"
)

func tags(s ...string) []language.Tag {
	out := make([]language.Tag, len(s))
	for i, x := range s {
		out[i] = language.MustParse(x)
	}
	return out
}

func tag(s string) language.Tag {
	if s == "" {
		return language.Tag{}
	}
	return language.MustParse(s)
}

func TestNegotiate(t *testing.T) {
	all := tags("es", "es-419", "es-AR", "en", "en-GB", "pt-BR", "pt-PT")
	tests := []struct {
		name                       string
		supported                  []language.Tag
		stored, detected, declared string
		accept, def                string
		want                       string
	}{
		{name: "stored first", supported: all, stored: "pt-PT", detected: "es", def: "es-ES", want: "pt-PT"},
		{name: "stored es-AR stays es-AR", supported: all, stored: "es-AR", want: "es-AR"},
		{name: "stored in a language we lack", supported: all, stored: "fr", detected: "es", want: "es"},
		{name: "detected", supported: all, detected: "pt", want: "pt"},
		{name: "detected takes brand region", supported: all, detected: "es", def: "es-MX", want: "es-MX"},
		{name: "detected, brand in another language", supported: all, detected: "es", def: "pt-BR", want: "es"},
		{name: "detected und", supported: all, detected: "und", declared: "en-GB", want: "en-GB"},
		{name: "detected takes the declared region", supported: all, detected: "pt", declared: "pt-pt", def: "es-ES", want: "pt-PT"},
		{name: "detected takes the accepted region", supported: all, detected: "es", accept: "es-AR,es;q=0.9", def: "es-MX", want: "es-AR"},
		{name: "declared in another language", supported: all, detected: "pt", declared: "es-MX", want: "pt"},
		{name: "declared list", supported: all, declared: "fr, pt-PT", want: "pt-PT"},
		{name: "accept", supported: all, accept: "fr-CH, fr;q=0.9, es-AR;q=0.8, en;q=0.7", want: "es-AR"},
		{name: "nothing: brand", supported: all, accept: "ja", def: "es-ES", want: "es-ES"},
		{name: "nothing, no brand: first", supported: all, want: "es"},
		{name: "pt-PT where only pt-BR exists", supported: tags("es", "pt-BR"), stored: "pt-PT", want: "pt-PT"},
		{name: "es-AR with only Spain", supported: tags("es", "en"), detected: "es", stored: "es-AR", want: "es-AR"},
		{name: "no supported locales", def: "en-GB", want: "en-GB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := template.Negotiate(tt.supported, template.Preferences{
				Stored: tag(tt.stored), Detected: tt.detected, Declared: tt.declared,
				Accept: tt.accept, Default: tag(tt.def),
			})
			if got.String() != tt.want {
				t.Errorf("Negotiate = %s, want %s", got, tt.want)
			}
		})
	}
}
