package template_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/template"
	"github.com/cartero/cartero/template/intl"
)

const testLayout = `{{define "greeting"}}{{if .Customer.FirstName}}Hola, {{.Customer.FirstName}}:{{else}}Hola:{{end}}{{end}}
{{define "closing"}}Un saludo,{{end}}
{{define "signature"}}{{.Agent.Name}}
{{.Agent.Role}}{{with .Brand.Name}} · {{.}}{{end}}{{end}}`

const testBody = `Subject: {{.Reply .Subject "Su pedido"}}

{{template "greeting" .}}

Su pedido {{.Data.order}} llega {{.Relative .Data.delivery}}.
{{if .Data.note}}
Nota: {{.Data.note}}
{{end}}
{{with .Data.url}}Siga el envío: {{link . "aquí"}}{{end}}

{{template "closing" .}}
{{template "signature" .}}
`

func parse(t testing.TB, body string) *template.Template {
	t.Helper()
	tmpl, err := template.Parse("order/es.formal", body, testLayout)
	if err != nil {
		t.Fatal(err)
	}
	return tmpl
}

var (
	madrid = mustZone("Europe/Madrid")
	now    = time.Date(2026, 11, 23, 9, 0, 0, 0, madrid)
)

func mustZone(name string) *time.Location {
	z, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return z
}

func input() template.Input {
	return template.Input{
		Customer: template.Customer{Name: "Ana María García", Zone: madrid},
		Agent:    template.Agent{FirstName: "Lucía", LastName: "Romero", Role: "Atención al cliente"},
		Brand:    template.Brand{Name: "Tienda Sol"},
		Subject:  "RE: Re: ¿Dónde está mi pedido?",
		Now:      now,
		Data: map[string]any{
			"order":    "A-1043",
			"delivery": now.Add(25 * time.Hour),
		},
	}
}

func TestRequired(t *testing.T) {
	tmpl := parse(t, testBody)
	want := []string{".Data.order", ".Data.delivery", ".Agent.Name", ".Agent.Role"}
	if got := tmpl.Required(); !reflect.DeepEqual(got, want) {
		t.Errorf("Required = %q, want %q", got, want)
	}
	if err := tmpl.Check(input()); err != nil {
		t.Errorf("Check = %v", err)
	}

	_, err := tmpl.Render(template.Input{Data: map[string]any{"order": ""}})
	var me *template.MissingError
	if !errors.As(err, &me) || !errors.Is(err, template.ErrMissing) {
		t.Fatalf("Render with no data: error %v, want a *MissingError", err)
	}
	if !reflect.DeepEqual(me.Fields, want) {
		t.Errorf("missing = %q, want every required field %q", me.Fields, want)
	}
	if me.Template != "order/es.formal" {
		t.Errorf("MissingError.Template = %q", me.Template)
	}
}

func TestRequiredGuards(t *testing.T) {
	tests := []struct {
		body string
		want []string
	}{
		{"{{.Data.a}}", []string{".Data.a"}},
		{"{{if .Data.a}}{{.Data.a}}{{end}}", nil},
		{"{{if .Data.a}}{{.Data.a.b}}{{end}}", nil},
		{"{{if .Data.a}}x{{else}}{{.Data.b}}{{end}}", []string{".Data.b"}},
		{"{{with .Data.a}}{{.x}}{{$.Data.b}}{{end}}", []string{".Data.b"}},
		{"{{range .Data.items}}{{.}}{{end}}", nil},
		{"{{if and .Data.a .Data.b}}{{.Data.a}}{{.Data.b}}{{end}}", nil},
		{"{{if eq .Data.kind \"x\"}}y{{end}}", nil},
		{"{{.Date .Due \"long\"}}", []string{".Due"}},
		{"{{.Plural .Data.n \"other:#\"}}", []string{".Data.n"}},
		{"{{printf \"%s\" .Customer.Name}}", []string{".Customer.Name"}},
		{"{{.Data.a}}{{.Data.a}}", []string{".Data.a"}},
	}
	for _, tt := range tests {
		tmpl, err := template.Parse("x/en", "Subject: s\n\n"+tt.body)
		if err != nil {
			t.Fatalf("%s: %v", tt.body, err)
		}
		if got := tmpl.Required(); !reflect.DeepEqual(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
			t.Errorf("%s: Required = %q, want %q", tt.body, got, tt.want)
		}
	}
}

func TestRender(t *testing.T) {
	tmpl := parse(t, testBody)
	d, err := tmpl.Render(input())
	if err != nil {
		t.Fatal(err)
	}
	if d.Subject != "Re: ¿Dónde está mi pedido?" {
		t.Errorf("Subject = %q", d.Subject)
	}
	wantText := "Hola, Ana:\n\nSu pedido A-1043 llega mañana a las 10:00.\n\nUn saludo,\nLucía Romero\nAtención al cliente · Tienda Sol\n"
	if d.Text != wantText {
		t.Errorf("Text =\n%s\nwant\n%s", d.Text, wantText)
	}
	wantHTML := "<p>Hola, Ana:</p>\n<p>Su pedido A-1043 llega mañana a las 10:00.</p>\n<p>Un saludo,<br>\nLucía Romero<br>\nAtención al cliente · Tienda Sol</p>\n"
	if !strings.Contains(d.HTML, wantHTML) || !strings.Contains(d.HTML, `<html lang="es">`) {
		t.Errorf("HTML =\n%s\nwant the body\n%s", d.HTML, wantHTML)
	}
	if d.Key != "order" || d.Template != "order/es.formal" || d.Register != template.Formal || d.Locale != language.Spanish {
		t.Errorf("Draft = %+v", d)
	}
}

func TestRenderDegrades(t *testing.T) {
	in := input()
	in.Customer = template.Customer{Name: "ana@example.com"}
	in.Brand = template.Brand{}
	in.Subject = ""
	d, err := parse(t, testBody).Render(in)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d.Text, "Hola:\n\n") {
		t.Errorf("no name: text starts %q, want \"Hola:\"", d.Text[:20])
	}
	if d.Subject != "Su pedido" {
		t.Errorf("no subject: %q, want the fallback", d.Subject)
	}
	if strings.Contains(d.Text, "<no value>") || strings.Contains(d.Text, " · ") || strings.Contains(d.Text, "\n\n\n") {
		t.Errorf("text shows missing optional data:\n%s", d.Text)
	}
}

func TestRenderEscapes(t *testing.T) {
	in := input()
	in.Customer.Name = `<script>alert(1)</script> "Bob" & Co`
	in.Customer.GivenName = `<b onmouseover="x">Bob</b>`
	in.Data["note"] = "<img src=x onerror=alert(1)>\u202eevil\x00\x1b[31m"
	in.Data["url"] = "https://example.com/track?id=1&x=\"><script>"
	d, err := parse(t, testBody).Render(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<script", "<img", "<b ", "onmouseover=\"", "\x00", "\x1b"} {
		if strings.Contains(d.HTML, bad) {
			t.Errorf("HTML holds %q:\n%s", bad, d.HTML)
		}
	}
	if !strings.Contains(d.HTML, "&lt;b onmouseover=&#34;x&#34;&gt;Bob&lt;/b&gt;") {
		t.Errorf("HTML does not show the escaped name:\n%s", d.HTML)
	}
	if !strings.Contains(d.HTML, `<a href="https://example.com/track?id=1&amp;x=&#34;&gt;&lt;script&gt;">aquí</a>`) {
		t.Errorf("link not escaped as expected:\n%s", d.HTML)
	}
	if strings.ContainsAny(d.Text, "\x00\x1b") {
		t.Errorf("text keeps control characters: %q", d.Text)
	}
	if !strings.Contains(d.Text, "Hola, <b onmouseover=\"x\">Bob</b>:") {
		t.Errorf("text part should show the name as written:\n%s", d.Text)
	}
}

func TestRenderSubjectInjection(t *testing.T) {
	tmpl, err := template.Parse("x/en", "Subject: Order {{.Data.order}}\n\nbody")
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"1\r\nBcc: victim@example.com", "1\nX: y", "1\x00", "1\x1b", "1\u0085x"} {
		_, err := tmpl.Render(template.Input{Data: map[string]any{"order": bad}})
		if !errors.Is(err, template.ErrHeader) {
			t.Errorf("order %q: error %v, want ErrHeader", bad, err)
		}
	}
	// The customer's own subject is cleaned, not refused: it is theirs.
	tmpl, _ = template.Parse("x/en", "Subject: {{.Reply .Subject \"x\"}}\n\nbody")
	d, err := tmpl.Render(template.Input{Subject: "Re: help\r\nBcc: a@b.c"})
	if err != nil || d.Subject != "Re: help Bcc: a@b.c" {
		t.Errorf("Reply subject = %q, %v", d.Subject, err)
	}
}

func TestLinks(t *testing.T) {
	tmpl, err := template.Parse("x/en", "Subject: s\n\n{{if .Data.text}}{{link .Data.url .Data.text}}{{else}}{{link .Data.url}}{{end}}")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		url, text, wantText, wantHTML string
	}{
		{"https://example.com/a", "track", "track (https://example.com/a)", `<a href="https://example.com/a">track</a>`},
		{"http://example.com", "", "http://example.com", `<a href="http://example.com">http://example.com</a>`},
		{"mailto:ayuda@example.com", "write to us", "write to us (ayuda@example.com)", `<a href="mailto:ayuda@example.com">write to us</a>`},
		{"mailto:ayuda@example.com", "", "ayuda@example.com", `<a href="mailto:ayuda@example.com">ayuda@example.com</a>`},
	}
	for _, tt := range tests {
		d, err := tmpl.Render(template.Input{Data: map[string]any{"url": tt.url, "text": tt.text}})
		if err != nil {
			t.Errorf("%s: %v", tt.url, err)
			continue
		}
		if d.Text != tt.wantText+"\n" {
			t.Errorf("%s: text %q, want %q", tt.url, d.Text, tt.wantText)
		}
		if !strings.Contains(d.HTML, tt.wantHTML) {
			t.Errorf("%s: HTML %s, want %s", tt.url, d.HTML, tt.wantHTML)
		}
	}
	for _, bad := range []string{"javascript:alert(1)", "data:text/html,x", "JaVaScRiPt:x", "//evil.example", "https://", "ftp://x.example", "https://user:pw@example.com", "https://example.com/a b", "https://example.com/\x00", "mailto:", "vbscript:x"} {
		_, err := tmpl.Render(template.Input{Data: map[string]any{"url": bad, "text": "x"}})
		if !errors.Is(err, template.ErrUnsafeURL) {
			t.Errorf("%q: error %v, want ErrUnsafeURL", bad, err)
		}
	}
}

func TestValues(t *testing.T) {
	src := "Subject: s\n\n{{.Money .Data.total}} | {{.Number .Data.n}} | {{.Plural .Data.n \"one:# artículo\" \"many:# de artículos\" \"other:# artículos\"}} | {{.List .Data.names}} | {{.ListOr .Data.hours}} | {{.Date .Data.when \"long\"}} | {{.DateTime .Data.when \"medium\" \"short\"}} | {{.Time .Data.when \"short\"}}"
	tmpl, err := template.Parse("x/es", src)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		locale string
		data   map[string]any
		want   string
	}{
		{"es-ES", map[string]any{"total": "1234.50 EUR", "n": 1, "names": []string{"Ana", "Luis", "Inés"}, "hours": []any{7, 8}, "when": "2026-11-24T10:00:00Z"},
			"1234,50\u00a0€ | 1 | 1 artículo | Ana, Luis e Inés | 7 u 8 | 24 de noviembre de 2026 | 24 nov 2026, 11:00 | 11:00"},
		{"es-ES", map[string]any{"total": intl.Money{Currency: "EUR", Minor: 1000000}, "n": "1000000", "names": []string{"Ana"}, "hours": []string{"siete", "ocho"}, "when": time.Date(2026, 7, 1, 8, 5, 0, 0, time.UTC)},
			"10.000,00\u00a0€ | 1.000.000 | 1.000.000 de artículos | Ana | siete u ocho | 1 de julio de 2026 | 1 jul 2026, 10:05 | 10:05"},
		{"es-MX", map[string]any{"total": "MXN 1234.5", "n": 2, "names": []string{"Ana", "Hilario"}, "hours": []string{"uno", "otro"}, "when": "2026-11-24"},
			"$1,234.50 | 2 | 2 artículos | Ana e Hilario | uno u otro | 23 de noviembre de 2026 | 23 nov 2026, 6:00\u202fp.m. | 6:00\u202fp.m."},
	}
	for _, tt := range tests {
		in := template.Input{Locale: language.MustParse(tt.locale), Data: tt.data, Customer: template.Customer{Zone: madrid}}
		if tt.locale == "es-MX" {
			in.Customer.Zone = mustZone("America/Mexico_City")
		}
		d, err := tmpl.Render(in)
		if err != nil {
			t.Errorf("%s: %v", tt.locale, err)
			continue
		}
		if got := strings.TrimSuffix(d.Text, "\n"); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.locale, got, tt.want)
		}
	}

	bad := []map[string]any{
		{"total": 12.5},
		{"total": "12.50"},
		{"total": "12.50 euros"},
		{"total": "EUR 1.2.3"},
	}
	for _, data := range bad {
		data["n"], data["names"], data["hours"], data["when"] = 1, []string{"a"}, []string{"b"}, now
		if _, err := tmpl.Render(template.Input{Data: data}); !errors.Is(err, template.ErrValue) {
			t.Errorf("total %v: error %v, want ErrValue", data["total"], err)
		}
	}
	if _, err := tmpl.Render(template.Input{Data: map[string]any{"total": "1 EUR", "n": 1, "names": 3, "hours": []string{"a"}, "when": now}}); !errors.Is(err, template.ErrValue) {
		t.Errorf("names 3: error %v, want ErrValue", err)
	}
	if _, err := tmpl.Render(template.Input{Data: map[string]any{"total": "1 EUR", "n": 1, "names": []string{"a"}, "hours": []string{"b"}, "when": "yesterday"}}); !errors.Is(err, template.ErrValue) {
		t.Errorf("when yesterday: error %v, want ErrValue", err)
	}
}

func TestPluralForms(t *testing.T) {
	tmpl, _ := template.Parse("x/en", "Subject: s\n\n{{.Plural .Data.n \"one:# item\"}}")
	if _, err := tmpl.Render(template.Input{Data: map[string]any{"n": 1}}); !errors.Is(err, template.ErrValue) {
		t.Errorf("forms without other: %v, want ErrValue", err)
	}
	tmpl, _ = template.Parse("x/en", "Subject: s\n\n{{.Plural .Data.n \"item\" \"other:#\"}}")
	if _, err := tmpl.Render(template.Input{Data: map[string]any{"n": 1}}); !errors.Is(err, template.ErrValue) {
		t.Errorf("form without category: %v, want ErrValue", err)
	}
}
