package template_test

import (
	"errors"
	"testing"
	"testing/fstest"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/template"
)

// file makes a template whose text names the file, to see which one a
// lookup found.
func file(name string) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte("Subject: " + name + "\n\n{{template \"greeting\" .}} " + name + "\n")}
}

func layout(greeting string) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte(`{{define "greeting"}}` + greeting + `{{end}}`)}
}

func testCatalog(t *testing.T) *template.Files {
	t.Helper()
	fsys := fstest.MapFS{
		"layout/es.formal.tmpl":      layout("Hola"),
		"layout/es.informal.tmpl":    layout("Hola"),
		"layout/es-AR.informal.tmpl": layout("Che"),
		"layout/en.tmpl":             layout("Hi"),
		"layout/pt-BR.tmpl":          layout("Olá"),
		"layout/pt-PT.tmpl":          layout("Olá"),

		"ack/es.formal.tmpl":      file("es.formal"),
		"ack/es.informal.tmpl":    file("es.informal"),
		"ack/es-419.formal.tmpl":  file("es-419.formal"),
		"ack/es-AR.informal.tmpl": file("es-AR.informal"),
		"ack/en.tmpl":             file("en"),
		"ack/en-GB.tmpl":          file("en-GB"),
		"ack/pt-BR.tmpl":          file("pt-BR"),
		"ack/pt-PT.tmpl":          file("pt-PT"),
		"only/es.informal.tmpl":   file("only es.informal"),
		"survey/pt-BR.tmpl":       file("survey pt-BR"),
		"ignored.txt":             {Data: []byte("not a template")},
	}
	c, err := template.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestLookup(t *testing.T) {
	c := testCatalog(t)
	tests := []struct {
		key, tag string
		reg      template.Register
		want     string
	}{
		{"ack", "es", template.Formal, "ack/es.formal"},
		{"ack", "es", template.DefaultRegister, "ack/es.formal"},
		{"ack", "es-ES", template.Informal, "ack/es.informal"},
		{"ack", "es-MX", template.Formal, "ack/es-419.formal"},
		{"ack", "es-CO", template.Formal, "ack/es-419.formal"},
		{"ack", "es-MX", template.Informal, "ack/es.informal"}, // no es-419.informal: the parent
		{"ack", "es-AR", template.Informal, "ack/es-AR.informal"},
		{"ack", "es-AR", template.Formal, "ack/es-419.formal"},
		{"ack", "en-US", template.Formal, "ack/en"},
		{"ack", "en-GB", template.DefaultRegister, "ack/en-GB"},
		{"ack", "en-AU", template.DefaultRegister, "ack/en-GB"},
		{"ack", "pt", template.DefaultRegister, "ack/pt-BR"},
		{"ack", "pt-PT", template.DefaultRegister, "ack/pt-PT"},
		{"ack", "pt-AO", template.DefaultRegister, "ack/pt-PT"},
		{"only", "es", template.Formal, "only/es.informal"}, // any register rather than nothing
		{"survey", "pt-BR", template.DefaultRegister, "survey/pt-BR"},
		// No pt-PT file, but a pt-PT layout: the pt-BR text with it.
		{"survey", "pt-PT", template.DefaultRegister, "survey/pt-PT"},
		// No es-419.informal file: Spain's, not Argentina's voseo.
		{"ack", "es-CO", template.Informal, "ack/es.informal"},
	}
	for _, tt := range tests {
		t.Run(tt.key+"/"+tt.tag+"/"+tt.reg.String(), func(t *testing.T) {
			tmpl, err := c.Lookup(tt.key, language.MustParse(tt.tag), tt.reg)
			if err != nil {
				t.Fatal(err)
			}
			if tmpl.Name != tt.want {
				t.Errorf("Lookup = %s, want %s", tmpl.Name, tt.want)
			}
		})
	}

	for _, tt := range []struct{ key, tag string }{{"nope", "es"}, {"ack", "ja"}, {"survey", "fr"}} {
		if _, err := c.Lookup(tt.key, language.MustParse(tt.tag), 0); !errors.Is(err, template.ErrNotFound) {
			t.Errorf("Lookup(%s, %s) error = %v, want ErrNotFound", tt.key, tt.tag, err)
		}
	}
}

func TestLoadLayouts(t *testing.T) {
	c := testCatalog(t)
	tmpl, err := c.Lookup("ack", language.MustParse("es-AR"), template.Informal)
	if err != nil {
		t.Fatal(err)
	}
	d, err := tmpl.Render(template.Input{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "Che es-AR.informal\n" {
		t.Errorf("es-AR text = %q, want the es-AR layout's greeting", d.Text)
	}
	tmpl, _ = c.Lookup("ack", language.MustParse("es-MX"), template.Formal)
	if d, _ := tmpl.Render(template.Input{}); d.Text != "Hola es-419.formal\n" {
		t.Errorf("es-419 text = %q, want the es layout's greeting (no es-419 layout)", d.Text)
	}
}

func TestLoadOverride(t *testing.T) {
	host := fstest.MapFS{
		"ack/en.tmpl":    file("host en"),
		"layout/en.tmpl": layout("Hello"),
		"refund/en.tmpl": file("host refund"),
	}
	base := fstest.MapFS{
		"ack/en.tmpl":    file("en"),
		"ack/es.tmpl":    file("es"),
		"layout/en.tmpl": layout("Hi"),
		"layout/es.tmpl": layout("Hola"),
	}
	c, err := template.Load(base, host)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ key, tag, want string }{
		{"ack", "en", "Hello host en\n"},
		{"ack", "es", "Hola es\n"},
		{"refund", "en", "Hello host refund\n"},
	} {
		d, err := template.Render(c, tt.key, template.Input{Locale: language.MustParse(tt.tag)})
		if err != nil {
			t.Fatal(err)
		}
		if d.Text != tt.want {
			t.Errorf("%s/%s = %q, want %q", tt.key, tt.tag, d.Text, tt.want)
		}
	}
	if got := c.Keys(); len(got) != 2 || got[0] != "ack" || got[1] != "refund" {
		t.Errorf("Keys = %q", got)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := map[string]fstest.MapFS{
		"no subject":     {"ack/en.tmpl": {Data: []byte("Hello\n\nbody")}},
		"no blank line":  {"ack/en.tmpl": {Data: []byte("Subject: x\nbody")}},
		"bad syntax":     {"ack/en.tmpl": {Data: []byte("Subject: x\n\n{{if}}")}},
		"bad subject":    {"ack/en.tmpl": {Data: []byte("Subject: {{.X\n\nbody")}},
		"undefined part": {"ack/en.tmpl": {Data: []byte("Subject: x\n\n{{template \"signature\" .}}")}},
		"bad layout":     {"ack/en.tmpl": file("en"), "layout/en.tmpl": {Data: []byte(`{{define "greeting"}}`)}},
		"bad name":       {"ack/not a locale!.tmpl": file("x")},
	}
	for name, fsys := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := template.Load(fsys)
			var se *template.SyntaxError
			if !errors.As(err, &se) || !errors.Is(err, template.ErrSyntax) {
				t.Fatalf("Load error = %v, want a *SyntaxError", err)
			}
			if se.Name == "" {
				t.Error("SyntaxError without the file's name")
			}
		})
	}
}
