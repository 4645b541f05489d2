package template

import (
	"bytes"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"path"
	"slices"
	"strings"
	texttemplate "text/template"
	"text/template/parse"

	"golang.org/x/text/language"
)

// Template is one parsed template file: a subject and a body, with the
// layout parts (greeting, closing, signature) of its locale. A Template
// is immutable once parsed and safe for concurrent use.
type Template struct {
	Name     string       // "acknowledgement/es.formal"
	Key      string       // "acknowledgement"
	Locale   language.Tag // the locale it is written in; the zero Tag when unknown
	Register Register     // DefaultRegister for languages without registers

	subject *texttemplate.Template
	text    *texttemplate.Template
	html    *htmltemplate.Template

	// required lists the data paths used outside any {{if}} or {{with}}
	// that tests them: the data the template cannot do without.
	required [][]string
}

// Parse parses the source of a template file named name, with the
// sources of the layouts it uses, from the most general to the most
// specific (a later layout redefines the parts it defines).
//
// A name of the form "key/locale[.register][.tmpl]" (as
// "booking/es-419.informal.tmpl") sets Key, Locale and Register; any
// other name is taken as the key.
//
// The source starts with a "Subject:" line and a blank line; the rest
// is the body. Both are text/template templates. The body is parsed a
// second time as an html/template template for the HTML part, so every
// value printed there is escaped.
func Parse(name, src string, layouts ...string) (*Template, error) {
	t := &Template{}
	t.Name, t.Key, t.Locale, t.Register = splitName(name)
	subj, body, err := splitSource(src)
	if err != nil {
		return nil, &SyntaxError{Name: name, Err: err}
	}

	t.subject, err = texttemplate.New(t.Name).Funcs(textFuncs).Parse(subj)
	if err != nil {
		return nil, &SyntaxError{Name: name, Err: err}
	}
	t.text = texttemplate.New(t.Name).Funcs(textFuncs)
	t.html = htmltemplate.New(t.Name).Funcs(htmlFuncs)
	for i, l := range layouts {
		lname := fmt.Sprintf("%s:layout%d", t.Name, i)
		if _, err := t.text.New(lname).Parse(l); err != nil {
			return nil, &SyntaxError{Name: name, Err: fmt.Errorf("layout: %w", err)}
		}
		if _, err := t.html.New(lname).Parse(l); err != nil {
			return nil, &SyntaxError{Name: name, Err: fmt.Errorf("layout: %w", err)}
		}
	}
	if _, err := t.text.Parse(body); err != nil {
		return nil, &SyntaxError{Name: name, Err: err}
	}
	if _, err := t.html.Parse(body); err != nil {
		return nil, &SyntaxError{Name: name, Err: err}
	}
	if err := checkCalls(t.text); err != nil {
		return nil, &SyntaxError{Name: name, Err: err}
	}

	var a analysis
	a.set = t.text
	a.walk(t.subject.Tree.Root, nil, true, 0)
	a.walk(t.text.Tree.Root, nil, true, 0)
	t.required = a.required
	return t, nil
}

// MustParse is like Parse but panics on error. It is for templates
// compiled into a program, parsed once at start-up.
func MustParse(name, src string, layouts ...string) *Template {
	t, err := Parse(name, src, layouts...)
	if err != nil {
		panic(err)
	}
	return t
}

// splitName reads "key/locale[.register][.tmpl]".
func splitName(name string) (clean, key string, tag language.Tag, r Register) {
	clean = strings.TrimSuffix(name, ".tmpl")
	dir, file := path.Split(clean)
	if dir == "" {
		return clean, clean, language.Tag{}, DefaultRegister
	}
	loc, reg, _ := strings.Cut(file, ".")
	t, err := language.Parse(loc)
	if err != nil {
		return clean, clean, language.Tag{}, DefaultRegister
	}
	rg, err := ParseRegister(reg)
	if err != nil {
		return clean, clean, language.Tag{}, DefaultRegister
	}
	return clean, strings.TrimSuffix(dir, "/"), t, rg
}

// splitSource separates the Subject line from the body.
func splitSource(src string) (subject, body string, err error) {
	src = strings.TrimPrefix(src, "\ufeff")
	line, rest, _ := strings.Cut(src, "\n")
	line = strings.TrimSuffix(line, "\r")
	name, value, ok := strings.Cut(line, ":")
	if !ok || !strings.EqualFold(strings.TrimSpace(name), "Subject") {
		return "", "", errors.New(`the first line must be "Subject: …"`)
	}
	blank, rest, _ := strings.Cut(rest, "\n")
	if strings.TrimSpace(blank) != "" {
		return "", "", errors.New("the Subject line must be followed by a blank line")
	}
	return strings.TrimSpace(value), rest, nil
}

// checkCalls reports {{template "x"}} calls to parts no layout defines,
// which would otherwise fail only when the template is rendered.
func checkCalls(set *texttemplate.Template) error {
	var missing []string
	var visit func(parse.Node)
	visit = func(n parse.Node) {
		switch n := n.(type) {
		case *parse.ListNode:
			if n == nil {
				return
			}
			for _, c := range n.Nodes {
				visit(c)
			}
		case *parse.IfNode:
			visit(n.List)
			visit(n.ElseList)
		case *parse.WithNode:
			visit(n.List)
			visit(n.ElseList)
		case *parse.RangeNode:
			visit(n.List)
			visit(n.ElseList)
		case *parse.TemplateNode:
			if set.Lookup(n.Name) == nil && !slices.Contains(missing, n.Name) {
				missing = append(missing, n.Name)
			}
		}
	}
	for _, t := range set.Templates() {
		if t.Tree != nil {
			visit(t.Tree.Root)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("no layout defines %q", missing)
	}
	return nil
}

// analysis finds the data a template requires: every field path printed
// or passed to a method outside an {{if}} or {{with}} whose condition
// mentions it. Paths relative to a dot that {{with}} or {{range}} moved
// are not followed; $-rooted paths always are.
type analysis struct {
	set      *texttemplate.Template
	required [][]string
}

const maxCallDepth = 16

// optionalRoot names the fields of the dot that are never required,
// wherever they are used: an empty Subject means a message the business
// starts (.Reply then gives its fallback), and Now, Locale and Register
// are always there in some form.
var optionalRoot = map[string]bool{"Subject": true, "Now": true, "Locale": true, "Register": true}

func (a *analysis) walk(n parse.Node, guards [][]string, rootDot bool, depth int) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			a.walk(c, guards, rootDot, depth)
		}
	case *parse.ActionNode:
		a.use(n.Pipe, guards, rootDot)
	case *parse.IfNode:
		inner := a.guard(n.Pipe, guards, rootDot)
		a.walk(n.List, inner, rootDot, depth)
		a.walk(n.ElseList, guards, rootDot, depth)
	case *parse.WithNode:
		inner := a.guard(n.Pipe, guards, rootDot)
		a.walk(n.List, inner, false, depth)
		a.walk(n.ElseList, guards, rootDot, depth)
	case *parse.RangeNode:
		inner := a.guard(n.Pipe, guards, rootDot)
		a.walk(n.List, inner, false, depth)
		a.walk(n.ElseList, guards, rootDot, depth)
	case *parse.TemplateNode:
		if depth >= maxCallDepth || n.Pipe == nil || !rootDot || !isDot(n.Pipe) {
			return
		}
		if t := a.set.Lookup(n.Name); t != nil && t.Tree != nil {
			a.walk(t.Tree.Root, guards, true, depth+1)
		}
	}
}

// isDot reports whether p is just ".".
func isDot(p *parse.PipeNode) bool {
	if len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return false
	}
	_, ok := p.Cmds[0].Args[0].(*parse.DotNode)
	return ok
}

// guard returns guards extended with the paths in p.
func (a *analysis) guard(p *parse.PipeNode, guards [][]string, rootDot bool) [][]string {
	out := guards[:len(guards):len(guards)]
	paths(p, rootDot, func(path []string, _ bool) { out = append(out, path) })
	return out
}

// use records the paths in p that no guard covers.
func (a *analysis) use(p *parse.PipeNode, guards [][]string, rootDot bool) {
	paths(p, rootDot, func(path []string, method bool) {
		if method {
			return
		}
		if optionalRoot[path[0]] {
			return
		}
		for _, g := range guards {
			if prefixOf(g, path) || prefixOf(path, g) {
				return
			}
		}
		for _, r := range a.required {
			if equalPath(r, path) {
				return
			}
		}
		a.required = append(a.required, path)
	})
}

// paths calls f for each field path in p that starts at the root of the
// data: ".Data.order" when rootDot, "$.Data.order" always. method is true
// for a path called with arguments ({{.Date .Due "long"}}), which names a
// method rather than data.
func paths(p *parse.PipeNode, rootDot bool, f func(path []string, method bool)) {
	if p == nil {
		return
	}
	for _, cmd := range p.Cmds {
		for i, arg := range cmd.Args {
			method := i == 0 && len(cmd.Args) > 1
			switch arg := arg.(type) {
			case *parse.FieldNode:
				if rootDot {
					f(arg.Ident, method)
				}
			case *parse.VariableNode:
				if len(arg.Ident) > 1 && arg.Ident[0] == "$" {
					f(arg.Ident[1:], method)
				}
			case *parse.PipeNode:
				paths(arg, rootDot, f)
			}
		}
	}
}

func prefixOf(prefix, path []string) bool {
	if len(prefix) > len(path) {
		return false
	}
	for i := range prefix {
		if prefix[i] != path[i] {
			return false
		}
	}
	return true
}

func equalPath(a, b []string) bool { return slices.Equal(a, b) }

// Required returns the data paths the template cannot be rendered
// without, as written in it (".Data.tracking", ".Agent.Role"): those
// used outside any {{if}} or {{with}} that tests them.
func (t *Template) Required() []string {
	out := make([]string, len(t.required))
	for i, p := range t.required {
		out[i] = "." + strings.Join(p, ".")
	}
	return out
}

// normalize tidies a rendered body: trailing white space goes from every
// line, runs of blank lines left by empty optional blocks become one,
// and blank lines at either end go. The result ends in one line break.
func normalize(dst *bytes.Buffer, src []byte) {
	blank := 0
	started := false
	for len(src) > 0 {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		line = bytes.TrimRight(line, " \t\r")
		if len(line) == 0 {
			blank++
			continue
		}
		if started && blank > 0 {
			dst.WriteByte('\n')
		}
		blank = 0
		started = true
		dst.Write(line)
		dst.WriteByte('\n')
	}
}
