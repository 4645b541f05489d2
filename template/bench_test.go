package template

import (
	"bytes"
	htmltemplate "html/template"
	"io"
	"strings"
	"testing"
	texttemplate "text/template"
	"time"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/template/intl"
)

// benchInput is a typical reply: a complaint answered in Spanish, with
// a name, an agent, a brand, money and a date.
func benchInput() Input {
	madrid, err := time.LoadLocation("Europe/Madrid")
	if err != nil {
		panic(err)
	}
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, madrid)
	return Input{
		Locale:   language.MustParse("es-ES"),
		Customer: Customer{Name: "María Pérez Ortega", Zone: madrid},
		Agent:    Agent{FirstName: "Lucía", LastName: "Romero", Role: "Atención al cliente", Signature: "Tel. 910 000 000"},
		Brand:    Brand{Name: "Tienda Sol", URL: "https://tiendasol.example"},
		Subject:  "Pedido 4471 retrasado",
		Now:      now,
		Due:      now.Add(6 * time.Hour),
		Data: map[string]any{
			"what_happened": "el pedido salió del almacén con dos días de retraso por un error en la asignación de la ruta",
			"solution":      "hoy mismo sale un pedido nuevo por mensajería urgente, sin coste",
			"compensation":  "un descuento del 15 % en la próxima compra",
			"total":         intl.Money{Currency: "EUR", Minor: 4990},
		},
	}
}

func benchTemplate(b *testing.B) (*Template, Input) {
	c, err := Load(Builtin())
	if err != nil {
		b.Fatal(err)
	}
	in := benchInput()
	t, err := c.Lookup("complaint", in.Locale, Formal)
	if err != nil {
		b.Fatal(err)
	}
	return t, in
}

// BenchmarkRender renders subject, text and HTML of a typical reply.
func BenchmarkRender(b *testing.B) {
	t, in := benchTemplate(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := t.Render(in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBare executes the same template sources with the same data
// (the same dot, so values are formatted the same way) with nothing but
// text/template and html/template: the floor Render is measured against.
func BenchmarkBare(b *testing.B) {
	c, err := Load(Builtin())
	if err != nil {
		b.Fatal(err)
	}
	in := benchInput()
	t, _ := c.Lookup("complaint", in.Locale, Formal)
	subj, body, layouts := sources(b, t)
	st := texttemplate.Must(texttemplate.New("s").Funcs(textFuncs).Parse(subj))
	tt := texttemplate.New("t").Funcs(textFuncs)
	ht := htmltemplate.New("h").Funcs(htmlFuncs)
	for _, l := range layouts {
		texttemplate.Must(tt.New("").Parse(l))
		htmltemplate.Must(ht.New("").Parse(l))
	}
	texttemplate.Must(tt.Parse(body))
	htmltemplate.Must(ht.Parse(body))
	var sb, tb, hb bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		v := t.view(&in)
		sb.Reset()
		tb.Reset()
		hb.Reset()
		if err := st.Execute(&sb, v); err != nil {
			b.Fatal(err)
		}
		if err := tt.Execute(&tb, v); err != nil {
			b.Fatal(err)
		}
		if err := ht.Execute(&hb, v); err != nil {
			b.Fatal(err)
		}
		_, _, _ = sb.String(), tb.String(), hb.String()
	}
}

// sources returns the subject, body and layout sources of a built-in
// template.
func sources(b *testing.B, t *Template) (subject, body string, layouts []string) {
	src, err := readBuiltin(t.Name + ".tmpl")
	if err != nil {
		b.Fatal(err)
	}
	subject, body, err = splitSource(src)
	if err != nil {
		b.Fatal(err)
	}
	files := map[variant]string{}
	for _, name := range []string{"es.formal", "es.informal", "es-419.formal", "es-419.informal"} {
		if s, err := readBuiltin("layout/" + name + ".tmpl"); err == nil {
			_, _, tag, reg := splitName("layout/" + name)
			files[variant{tag, reg}] = s
		}
	}
	return subject, body, layoutChain(files, variant{t.Locale, t.Register})
}

func readBuiltin(name string) (string, error) {
	f, err := Builtin().Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var sb strings.Builder
	_, err = io.Copy(&sb, f)
	return sb.String(), err
}

// BenchmarkReply turns a rendered draft into a reply to a customer's
// message and writes it as MIME (multipart/alternative, encoded headers,
// quoted-printable bodies).
func BenchmarkReply(b *testing.B) {
	t, in := benchTemplate(b)
	d, err := t.Render(in)
	if err != nil {
		b.Fatal(err)
	}
	parent := &correspondence.Message{
		ID:         "000101dd7599$d87d7425$f238f89b$@ortega-asesores.example",
		References: []string{"a@example.com", "b@example.com"},
		From:       correspondence.Address{Name: "María Pérez Ortega", Address: "maria.perez@ortega-asesores.example"},
		Subject:    "Pedido 4471 retrasado",
	}
	w := correspondence.Writer{Domain: "tiendasol.example", Now: func() time.Time { return in.Now }}
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		r, err := d.Reply(parent, ReplyOptions{From: correspondence.Address{Name: "Tienda Sol", Address: "soporte@tiendasol.example"}})
		if err != nil {
			b.Fatal(err)
		}
		buf.Reset()
		if err := w.Write(&buf, r); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}

// BenchmarkRenderReply is the whole path: render, reply, write.
func BenchmarkRenderReply(b *testing.B) {
	t, in := benchTemplate(b)
	parent := &correspondence.Message{ID: "x@example.com", From: correspondence.Address{Address: "maria@example.com"}, Subject: "Pedido"}
	w := correspondence.Writer{Domain: "tiendasol.example", Now: func() time.Time { return in.Now }}
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		d, err := t.Render(in)
		if err != nil {
			b.Fatal(err)
		}
		r, err := d.Reply(parent, ReplyOptions{From: correspondence.Address{Address: "soporte@tiendasol.example"}})
		if err != nil {
			b.Fatal(err)
		}
		buf.Reset()
		if err := w.Write(&buf, r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad parses every built-in template with its layouts.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(Builtin()); err != nil {
			b.Fatal(err)
		}
	}
}
