package template

import (
	"bytes"
	"fmt"
	"html"
	htmltemplate "html/template"
	"net/url"
	"reflect"
	"strings"
	"sync"
	texttemplate "text/template"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/internal/subject"
	"github.com/cartero/cartero/template/intl"
)

// Render renders the template for key that the catalog has for in's
// locale and register. When in.Locale is the zero Tag, the locale is
// negotiated from the customer's stored locale and the brand's (see
// [Negotiate]); the register is the customer's, else the brand's.
func Render(c Catalog, key string, in Input) (*Draft, error) {
	tag := in.Locale
	if tag == (language.Tag{}) {
		tag = Negotiate(c.Locales(key), Preferences{Stored: in.Customer.Locale, Default: in.Brand.Locale})
		in.Locale = tag
	}
	t, err := c.Lookup(key, tag, register(in))
	if err != nil {
		return nil, err
	}
	return t.Render(in)
}

func register(in Input) Register {
	if in.Customer.Register != DefaultRegister {
		return in.Customer.Register
	}
	return in.Brand.Register
}

// Check reports every piece of data the template requires that in
// leaves empty, as one *MissingError; nil when nothing is missing.
// Render calls it first, so a reply is never rendered with a hole in it.
func (t *Template) Check(in Input) error {
	v := t.view(&in)
	return t.check(v)
}

func (t *Template) check(v *view) error {
	var missing []string
	root := reflect.ValueOf(v)
	for _, p := range t.required {
		if !present(root, p) {
			missing = append(missing, "."+strings.Join(p, "."))
		}
	}
	if missing != nil {
		return &MissingError{Template: t.Name, Fields: missing}
	}
	return nil
}

// present reports whether the value at path under v is set: it exists
// and is not the zero value of its type.
func present(v reflect.Value, path []string) bool {
	for _, name := range path {
		v = indirect(v)
		if !v.IsValid() {
			return false
		}
		if m := v.MethodByName(name); m.IsValid() {
			mt := m.Type()
			if mt.NumIn() != 0 || mt.NumOut() == 0 {
				return true // a method that takes arguments: not data
			}
			v = m.Call(nil)[0]
			continue
		}
		if v.Kind() == reflect.Pointer {
			v = v.Elem()
		}
		switch v.Kind() {
		case reflect.Struct:
			v = v.FieldByName(name)
		case reflect.Map:
			if v.Type().Key().Kind() != reflect.String {
				return false
			}
			v = v.MapIndex(reflect.ValueOf(name).Convert(v.Type().Key()))
		default:
			return false
		}
	}
	v = indirect(v)
	if !v.IsValid() || v.IsZero() {
		return false
	}
	switch v.Kind() {
	case reflect.Slice, reflect.Map, reflect.String:
		return v.Len() > 0
	}
	if t, ok := v.Interface().(time.Time); ok {
		return !t.IsZero()
	}
	return true
}

// indirect follows interfaces (and nil pointers to nothing).
func indirect(v reflect.Value) reflect.Value {
	for v.IsValid() && v.Kind() == reflect.Interface {
		if v.IsNil() {
			return reflect.Value{}
		}
		v = v.Elem()
	}
	if v.IsValid() && v.Kind() == reflect.Pointer && v.IsNil() {
		return reflect.Value{}
	}
	return v
}

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func getBuf() *bytes.Buffer {
	b := bufPool.Get().(*bytes.Buffer)
	b.Reset()
	return b
}

func putBuf(b *bytes.Buffer) {
	if b.Cap() <= 64<<10 {
		bufPool.Put(b)
	}
}

// Render renders the template with in: the subject, the plain text and
// the HTML document. It fails with a *MissingError naming every piece of
// required data that in leaves empty, with an error matching ErrHeader
// when the subject would hold a line break or a control character, and
// with ErrUnsafeURL for links other than http, https and mailto.
//
// Values are written in in.Locale (the template's own locale when that
// is the zero Tag) and in the customer's time zone (the brand's, then
// UTC). Rendering is a pure function of t and in.
func (t *Template) Render(in Input) (*Draft, error) {
	v := t.view(&in)
	if err := t.check(v); err != nil {
		return nil, err
	}
	d := &Draft{Key: t.Key, Template: t.Name, Locale: v.tag, Register: t.Register}

	raw, out := getBuf(), getBuf()
	defer putBuf(raw)
	defer putBuf(out)

	if err := t.subject.Execute(raw, v); err != nil {
		return nil, err
	}
	if err := checkSubject(raw.String()); err != nil {
		return nil, fmt.Errorf("%w: %s: %q", ErrHeader, t.Name, raw.String())
	}
	d.Subject = strings.Join(strings.Fields(raw.String()), " ")

	raw.Reset()
	if err := t.text.Execute(raw, v); err != nil {
		return nil, err
	}
	normalize(out, raw.Bytes())
	d.Text = cleanText(out.String())

	raw.Reset()
	out.Reset()
	if err := t.html.Execute(raw, v); err != nil {
		return nil, err
	}
	normalize(out, raw.Bytes())
	d.HTML = htmlDocument(v.tag, out.Bytes())
	return d, nil
}

// checkSubject refuses control characters (all of them: a subject is one
// line) and invalid UTF-8.
func checkSubject(s string) error {
	if !utf8.ValidString(s) {
		return ErrHeader
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return ErrHeader
		}
	}
	return nil
}

// cleanText drops control characters other than TAB and LF that data
// may have brought into the text body: they have no business in a
// reply, and some mail software chokes on them.
func cleanText(s string) string {
	clean := true
	for _, r := range s {
		if isStrayControl(r) {
			clean = false
			break
		}
	}
	if clean && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		if !isStrayControl(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isStrayControl(r rune) bool {
	return (r < 0x20 && r != '\t' && r != '\n') || r == 0x7f || (r >= 0x80 && r < 0xa0)
}

// htmlDocument wraps the rendered, escaped body in a document: blank-line
// separated paragraphs become <p> elements and the line breaks inside
// them <br>.
func htmlDocument(tag language.Tag, body []byte) string {
	var b strings.Builder
	b.Grow(len(body) + 160)
	b.WriteString("<!DOCTYPE html>\n<html")
	if tag != (language.Tag{}) {
		b.WriteString(` lang="`)
		b.WriteString(html.EscapeString(tag.String()))
		b.WriteByte('"')
	}
	b.WriteString(">\n<head><meta charset=\"utf-8\"></head>\n<body>\n<p>")
	body = bytes.TrimRight(body, "\n")
	for len(body) > 0 {
		line := body
		if i := bytes.IndexByte(body, '\n'); i >= 0 {
			line, body = body[:i], body[i+1:]
		} else {
			body = nil
		}
		if len(line) == 0 {
			b.WriteString("</p>\n<p>")
			continue
		}
		writeHTMLText(&b, line)
		if len(body) > 0 && body[0] != '\n' {
			b.WriteString("<br>\n")
		}
	}
	b.WriteString("</p>\n</body>\n</html>\n")
	return b.String()
}

// writeHTMLText writes escaped output, dropping the control characters
// cleanText drops from the text part (html/template escapes markup, not
// control characters).
func writeHTMLText(b *strings.Builder, line []byte) {
	for len(line) > 0 {
		r, n := utf8.DecodeRune(line)
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteString("\uFFFD")
		case r == '\t' || !isStrayControl(r):
			b.Write(line[:n])
		}
		line = line[n:]
	}
}

// view is the dot of a template: the input plus methods that write
// values in the reader's locale and zone.
type view struct {
	Customer Customer
	Agent    Agent
	Brand    Brand
	Data     map[string]any
	Due      time.Time
	Now      time.Time
	Subject  string

	// Locale is the BCP 47 tag values are written in; Register is the
	// template's register ("formal", "informal" or "").
	Locale   string
	Register string

	tag language.Tag
	loc intl.Locale
}

func (t *Template) view(in *Input) *view {
	tag := in.Locale
	if tag == (language.Tag{}) {
		tag = t.Locale
	}
	zone := in.Customer.Zone
	if zone == nil {
		zone = in.Brand.Zone
	}
	if zone == nil {
		zone = time.UTC
	}
	return &view{
		Customer: in.Customer,
		Agent:    in.Agent,
		Brand:    in.Brand,
		Data:     in.Data,
		Due:      in.Due,
		Now:      in.Now,
		Subject:  in.Subject,
		Locale:   tag.String(),
		Register: t.Register.String(),
		tag:      tag,
		loc:      intl.New(tag, zone),
	}
}

// Reply returns the subject of a reply to a message whose subject is s:
// "Re: " and s without its reply prefixes in any language, as
// [correspondence.NewReply] makes it, or fallback when s is empty.
// Control characters and invalid UTF-8 in s become spaces.
func (v *view) Reply(s, fallback string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == utf8.RuneError {
			return ' '
		}
		return r
	}, s)
	base, _ := subject.StripReply(strings.Join(strings.Fields(s), " "))
	if base == "" {
		return fallback
	}
	return "Re: " + base
}

// Date writes the date of t ("24 de noviembre de 2026" in Spanish, long
// style) in the reader's zone; style is "full", "long", "medium" or
// "short".
func (v *view) Date(t any, style string) (string, error) {
	tm, err := toTime(t)
	if err != nil {
		return "", err
	}
	s, err := parseStyle(style)
	if err != nil {
		return "", err
	}
	return v.loc.Date(tm, s), nil
}

// Time writes the time of day of t in the reader's zone.
func (v *view) Time(t any, style string) (string, error) {
	tm, err := toTime(t)
	if err != nil {
		return "", err
	}
	s, err := parseStyle(style)
	if err != nil {
		return "", err
	}
	return v.loc.Time(tm, s), nil
}

// DateTime writes date and time together, as the locale joins them.
func (v *view) DateTime(t any, date, tm string) (string, error) {
	at, err := toTime(t)
	if err != nil {
		return "", err
	}
	ds, err := parseStyle(date)
	if err != nil {
		return "", err
	}
	ts, err := parseStyle(tm)
	if err != nil {
		return "", err
	}
	return v.loc.DateTime(at, ds, ts), nil
}

// parseStyle reads a date or time style name for the methods above.
func parseStyle(s string) (intl.Style, error) {
	st, err := intl.ParseStyle(s)
	if err != nil {
		return st, fmt.Errorf("%w: %v", ErrValue, err)
	}
	return st, nil
}

// Relative says when t is, seen from the input's Now: "mañana a las
// 10:00", "dentro de 3 horas".
func (v *view) Relative(t any) (string, error) {
	tm, err := toTime(t)
	if err != nil {
		return "", err
	}
	return v.loc.Relative(tm, v.Now), nil
}

// Number writes a number with the locale's separators.
func (v *view) Number(x any) (string, error) {
	d, err := toDecimal(x)
	if err != nil {
		return "", err
	}
	return v.loc.Number(d), nil
}

// Money writes an amount with its currency, as the locale does.
func (v *view) Money(x any) (string, error) {
	m, err := toMoney(x)
	if err != nil {
		return "", err
	}
	s, err := v.loc.Money(m)
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrValue, err)
	}
	return s, nil
}

// Plural chooses among forms written "category:text" by the CLDR plural
// category of n ("one:# artículo", "many:# de artículos", "other:#
// artículos"); "other" is required. "#" in the chosen text becomes n,
// written as Number writes it.
func (v *view) Plural(n any, forms ...string) (string, error) {
	d, err := toDecimal(n)
	if err != nil {
		return "", err
	}
	want := v.loc.Plural(d).String()
	var chosen, other string
	found, haveOther := false, false
	for _, f := range forms {
		cat, text, ok := strings.Cut(f, ":")
		if !ok {
			return "", fmt.Errorf("%w: plural form %q has no category", ErrValue, f)
		}
		cat = strings.TrimSpace(cat)
		if cat == want && !found {
			chosen, found = text, true
		}
		if cat == "other" {
			other, haveOther = text, true
		}
	}
	if !haveOther {
		return "", fmt.Errorf("%w: plural forms without \"other\"", ErrValue)
	}
	if !found {
		chosen = other
	}
	if strings.Contains(chosen, "#") {
		chosen = strings.ReplaceAll(chosen, "#", v.loc.Number(d))
	}
	return chosen, nil
}

// List joins items with the locale's "and": "Ana, Luis e Inés".
func (v *view) List(items any) (string, error) {
	s, err := toStrings(items)
	if err != nil {
		return "", err
	}
	return v.loc.List(s, intl.And), nil
}

// ListOr joins items with the locale's "or": "siete u ocho".
func (v *view) ListOr(items any) (string, error) {
	s, err := toStrings(items)
	if err != nil {
		return "", err
	}
	return v.loc.List(s, intl.Or), nil
}

// The funcs of templates, which must be known when they are parsed. The
// maps are never modified.
var (
	textFuncs = texttemplate.FuncMap{"link": textLink}
	htmlFuncs = htmltemplate.FuncMap{"link": htmlLink}
)

// checkURL allows absolute http and https URLs with a host, and mailto
// addresses.
func checkURL(raw string) (*url.URL, error) {
	for _, r := range raw {
		if r <= ' ' || r == 0x7f || unicode.IsControl(r) {
			return nil, fmt.Errorf("%w: %q", ErrUnsafeURL, raw)
		}
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %q", ErrUnsafeURL, raw)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" || u.User != nil {
			return nil, fmt.Errorf("%w: %q", ErrUnsafeURL, raw)
		}
	case "mailto":
		if u.Opaque == "" || !strings.Contains(u.Opaque, "@") {
			return nil, fmt.Errorf("%w: %q", ErrUnsafeURL, raw)
		}
	default:
		return nil, fmt.Errorf("%w: %q", ErrUnsafeURL, raw)
	}
	return u, nil
}

// linkText returns what a link shows: the text given, else the URL (the
// address alone for mailto).
func linkText(u *url.URL, raw string, text []string) string {
	t := strings.TrimSpace(strings.Join(text, " "))
	if t != "" {
		return t
	}
	if strings.EqualFold(u.Scheme, "mailto") {
		addr, _, _ := strings.Cut(u.Opaque, "?")
		if a, err := url.PathUnescape(addr); err == nil {
			return a
		}
		return addr
	}
	return raw
}

// textLink writes "text (URL)" for the plain-text part, or the URL alone
// (the address alone for mailto) when there is no other text.
func textLink(raw any, text ...string) (string, error) {
	s := fmt.Sprint(raw)
	u, err := checkURL(s)
	if err != nil {
		return "", err
	}
	t := linkText(u, s, text)
	shown := s
	if strings.EqualFold(u.Scheme, "mailto") {
		shown = linkText(u, s, nil)
	}
	if t == shown {
		return shown, nil
	}
	return t + " (" + shown + ")", nil
}

// htmlLink writes an <a> element, escaping both the URL and the text.
func htmlLink(raw any, text ...string) (htmltemplate.HTML, error) {
	s := fmt.Sprint(raw)
	u, err := checkURL(s)
	if err != nil {
		return "", err
	}
	return htmltemplate.HTML(`<a href="` + html.EscapeString(u.String()) + `">` +
		html.EscapeString(linkText(u, s, text)) + `</a>`), nil
}
