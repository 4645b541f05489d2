package template

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// Catalog finds templates by key, locale and register. Hosts that keep
// templates in a database implement it; [Load] makes one from files.
type Catalog interface {
	// Lookup returns the template for key that best suits tag and r,
	// falling back to related locales, or an error matching ErrNotFound.
	Lookup(key string, tag language.Tag, r Register) (*Template, error)
	// Locales lists the locales key has templates in, for [Negotiate].
	Locales(key string) []language.Tag
}

var _ Catalog = (*Files)(nil)

// layoutDir is the directory of the layout files; no key may use it.
const layoutDir = "layout"

//go:embed templates
var builtin embed.FS

// Builtin returns the file system of the built-in templates, for
// [Load]: the everyday correspondence of a business in Spanish (Spain,
// Latin America and Argentina; formal and informal), English (United
// States and Britain) and Portuguese (Brazil and Portugal). The package
// documentation lists the keys and the data each one takes.
func Builtin() fs.FS {
	sub, err := fs.Sub(builtin, "templates")
	if err != nil {
		panic(err) // the directory is embedded: cannot happen
	}
	return sub
}

// Files is a Catalog of template files, made by [Load]. It is immutable
// and safe for concurrent use.
type Files struct {
	keys map[string]*keyFiles
}

type variant struct {
	tag language.Tag
	reg Register
}

type keyFiles struct {
	byVariant map[variant]*Template
	locales   []language.Tag
	matcher   language.Matcher
}

// Load parses the template files of the given file systems into a
// catalog. Each file system holds files named
// "<key>/<locale>[.<register>].tmpl" (as "shipping/pt-PT.tmpl" or
// "acknowledgement/es-419.informal.tmpl") and layouts named
// "layout/<locale>[.<register>].tmpl" that define the greeting, closing
// and signature parts. A file in a later file system replaces the file
// of the same name in an earlier one, so
//
//	template.Load(template.Builtin(), os.DirFS("templates"))
//
// keeps the built-in templates and lets the host's directory override
// and add to them, layouts included. Every template is parsed with the
// layouts of its locale and of the locales it falls back to; an error
// in any file is returned as a *SyntaxError naming it.
func Load(fsys ...fs.FS) (*Files, error) {
	sources := map[string]string{}
	for _, f := range fsys {
		err := fs.WalkDir(f, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || !strings.HasSuffix(p, ".tmpl") || strings.Count(p, "/") != 1 {
				return nil
			}
			b, err := fs.ReadFile(f, p)
			if err != nil {
				return err
			}
			sources[p] = string(b)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("template: loading templates: %w", err)
		}
	}

	layouts := map[variant]string{}
	type file struct {
		name, src string
		v         variant
	}
	var files []file
	for name, src := range sources {
		_, key, tag, reg := splitName(name)
		if key == strings.TrimSuffix(name, ".tmpl") {
			return nil, &SyntaxError{Name: name, Err: errors.New(`name is not "<key>/<locale>[.<register>].tmpl"`)}
		}
		if key == layoutDir {
			layouts[variant{tag, reg}] = src
			continue
		}
		files = append(files, file{name, src, variant{tag, reg}})
	}
	slices.SortFunc(files, func(a, b file) int { return strings.Compare(a.name, b.name) })

	c := &Files{keys: map[string]*keyFiles{}}
	srcs := map[string]map[variant]string{} // key → variant → source
	for _, f := range files {
		t, err := Parse(f.name, f.src, layoutChain(layouts, f.v)...)
		if err != nil {
			return nil, err
		}
		k := c.keys[t.Key]
		if k == nil {
			k = &keyFiles{byVariant: map[variant]*Template{}}
			c.keys[t.Key] = k
			srcs[t.Key] = map[variant]string{}
		}
		k.byVariant[f.v] = t
		srcs[t.Key][f.v] = f.src
		if !slices.Contains(k.locales, f.v.tag) {
			k.locales = append(k.locales, f.v.tag)
		}
	}

	// A locale with a layout of its own but no file for a key writes that
	// key with the text it falls back to and its own greeting, closing
	// and signature: a Mexican customer's acknowledgement closes the
	// Latin-American way even though its text is Spain's.
	lvs := make([]variant, 0, len(layouts))
	for lv := range layouts {
		lvs = append(lvs, lv)
	}
	slices.SortFunc(lvs, func(a, b variant) int { return strings.Compare(a.String(), b.String()) })
	for _, key := range c.Keys() {
		k := c.keys[key]
		for _, lv := range lvs {
			if _, ok := k.byVariant[lv]; ok {
				continue
			}
			base := k.find(lv.tag, lv.reg)
			if base == nil || base.Locale == lv.tag {
				continue
			}
			name := key + "/" + lv.String()
			t, err := Parse(name, srcs[key][variant{base.Locale, base.Register}], layoutChain(layouts, variant{lv.tag, base.Register})...)
			if err != nil {
				return nil, err
			}
			t.Register = base.Register
			k.byVariant[variant{lv.tag, base.Register}] = t
			if !slices.Contains(k.locales, lv.tag) {
				k.locales = append(k.locales, lv.tag)
			}
		}
	}
	for _, k := range c.keys {
		k.matcher = language.NewMatcher(k.locales)
	}
	return c, nil
}

// layoutChain returns the layouts for a template of variant v, from the
// most general locale to v's own: each may redefine parts of the one
// before.
func layoutChain(layouts map[variant]string, v variant) []string {
	var chain []string
	for _, tag := range ancestry(v.tag) {
		if src, ok := layouts[variant{tag, v.reg}]; ok {
			chain = append(chain, src)
		} else if src, ok := layouts[variant{tag, DefaultRegister}]; ok {
			chain = append(chain, src)
		} else if v.reg == DefaultRegister {
			if src, ok := layouts[variant{tag, Formal}]; ok {
				chain = append(chain, src)
			}
		}
	}
	slices.Reverse(chain)
	return chain
}

// ancestry returns tag and the locales it falls back to, most specific
// first: es-AR, es-419, es; pt-AO, pt-PT, pt, pt-BR. A bare language is
// followed by its most likely region (pt by pt-BR: x/text's likely
// subtags), and international English (en-001, the parent of en-AU,
// en-IN, en-IE and the rest) by British English.
func ancestry(tag language.Tag) []language.Tag {
	var out []language.Tag
	for t := tag; t != language.Und && len(out) < 8; t = t.Parent() {
		out = append(out, t)
		switch t.String() {
		case "en-001", "en-150":
			out = append(out, language.BritishEnglish)
			continue
		}
		if t.Parent() == language.Und {
			if r, conf := t.Region(); conf != language.No {
				if likely, err := language.Compose(t, r); err == nil && likely != t {
					out = append(out, likely)
				}
			}
		}
	}
	return out
}

// Keys lists the catalog's template keys in order.
func (c *Files) Keys() []string {
	keys := make([]string, 0, len(c.keys))
	for k := range c.keys {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Locales lists the locales key has templates in, in the order of their
// file names.
func (c *Files) Locales(key string) []language.Tag {
	if k := c.keys[key]; k != nil {
		return slices.Clone(k.locales)
	}
	return nil
}

// Templates returns every template of key, in the order of their names.
func (c *Files) Templates(key string) []*Template {
	k := c.keys[key]
	if k == nil {
		return nil
	}
	out := make([]*Template, 0, len(k.byVariant))
	for _, t := range k.byVariant {
		out = append(out, t)
	}
	slices.SortFunc(out, func(a, b *Template) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// Lookup returns the template for key that suits tag and register r.
// It tries tag and the locales it falls back to (es-AR, es-419, es;
// pt-AO, pt-PT, pt, pt-BR; en-AU, en-001, en-GB, en), first in register
// r (DefaultRegister prefers files without a register, then formal
// ones), then without one. When none of them has the key, the locale
// that language.Matcher finds closest among the key's locales (with
// High confidence) is tried the same way; then files in any register.
func (c *Files) Lookup(key string, tag language.Tag, r Register) (*Template, error) {
	k := c.keys[key]
	if k == nil {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, key)
	}
	if t := k.find(tag, r); t != nil {
		return t, nil
	}
	return nil, fmt.Errorf("%w: %q in %s", ErrNotFound, key, tag)
}

func (k *keyFiles) find(tag language.Tag, r Register) *Template {
	order := []Register{r, DefaultRegister}
	if r == DefaultRegister {
		order = []Register{DefaultRegister, Formal}
	}
	chain := ancestry(tag)
	known := false
	for _, t := range chain {
		if slices.Contains(k.locales, t) {
			known = true
			break
		}
	}
	if !known && k.matcher != nil {
		_, i, conf := k.matcher.Match(tag)
		if conf < language.High {
			return nil
		}
		chain = ancestry(k.locales[i])
	}
	for _, t := range chain {
		for _, reg := range order {
			if tmpl, ok := k.byVariant[variant{t, reg}]; ok {
				return tmpl
			}
		}
	}
	for _, t := range chain {
		for _, reg := range []Register{Formal, Informal} {
			if tmpl, ok := k.byVariant[variant{t, reg}]; ok {
				return tmpl
			}
		}
	}
	return nil
}

// names, for messages.
func (v variant) String() string {
	if v.reg == DefaultRegister {
		return v.tag.String()
	}
	return v.tag.String() + "." + v.reg.String()
}
