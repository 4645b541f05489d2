package review

import (
	"slices"
	"strings"

	"github.com/cartero/cartero/internal/fold"
)

// A pattern is a phrase with some freedom, matched against the folded
// words of a text. It is written as words separated by spaces:
//
//	a|b      either word
//	equivoc* any word that starts with "equivoc"
//	*ado     any word that ends in "ado"
//	(a|b)    either word, or none
//	...      up to three words of anything
//	{a b|c}  the words "a b", or "c" (see expand)
//	[a b]    the words "a b", or nothing
//
// Words are folded (lower case, no accents): "usted (se|te) equivoc*".
type pattern struct {
	elems  []elem
	unless []string // last words that cancel a match
}

type elem struct {
	alts     []alt
	optional bool
	gap      bool
}

type alt struct {
	word   string
	prefix bool
	suffix bool
}

// matches reports whether the folded word w is one alt stands for.
func (a alt) matches(w string) bool {
	switch {
	case a.prefix:
		return strings.HasPrefix(w, a.word)
	case a.suffix:
		return strings.HasSuffix(w, a.word)
	}
	return a.word == w
}

// maxGap is how many words "..." skips at most.
const maxGap = 3

// expand writes out the groups of several words of a pattern: "no
// {hay nada|se puede}" is "no hay nada" and "no se puede"; "[a b] c" is
// "a b c" and "c". Groups do not nest.
func expand(src string) []string {
	i := strings.IndexAny(src, "{[")
	if i < 0 {
		return []string{src}
	}
	closer := "}"
	if src[i] == '[' {
		closer = "]"
	}
	j := strings.Index(src[i:], closer)
	if j < 0 {
		return []string{src}
	}
	j += i
	opts := strings.Split(src[i+1:j], "|")
	if src[i] == '[' {
		opts = append(opts, "")
	}
	var out []string
	for _, o := range opts {
		out = append(out, expand(src[:i]+o+src[j+1:])...)
	}
	return out
}

func compilePattern(src string) pattern {
	var p pattern
	for _, f := range strings.Fields(strings.ReplaceAll(fold.String(src), "-", " ")) {
		if f == "..." {
			p.elems = append(p.elems, elem{gap: true})
			continue
		}
		var e elem
		if strings.HasPrefix(f, "(") && strings.HasSuffix(f, ")") {
			e.optional = true
			f = f[1 : len(f)-1]
		}
		for _, a := range strings.Split(f, "|") {
			if strings.HasSuffix(a, "*") {
				e.alts = append(e.alts, alt{word: a[:len(a)-1], prefix: true})
			} else if len(a) > 1 && strings.HasPrefix(a, "*") {
				e.alts = append(e.alts, alt{word: a[1:], suffix: true})
			} else {
				e.alts = append(e.alts, alt{word: a})
			}
		}
		p.elems = append(p.elems, e)
	}
	return p
}

func (e *elem) matches(w string) bool {
	for _, a := range e.alts {
		if a.matches(w) {
			return true
		}
	}
	return false
}

// match matches p against ws from word i; it returns the index after the
// last word matched.
func (p *pattern) match(ws []word, i int) (int, bool) {
	return p.matchFrom(ws, 0, i, i)
}

func (p *pattern) matchFrom(ws []word, ei, wi, last int) (int, bool) {
	if ei == len(p.elems) {
		return last, true
	}
	e := &p.elems[ei]
	if e.gap {
		for k := 0; k <= maxGap && wi+k <= len(ws); k++ {
			if end, ok := p.matchFrom(ws, ei+1, wi+k, last); ok {
				return end, true
			}
		}
		return 0, false
	}
	if wi < len(ws) && e.matches(ws[wi].norm) {
		if end, ok := p.matchFrom(ws, ei+1, wi+1, wi+1); ok {
			return end, true
		}
	}
	if e.optional {
		return p.matchFrom(ws, ei+1, wi, last)
	}
	return 0, false
}

// patternIndex finds the patterns that may start at a word. A pattern
// whose first word is followed by a fixed one is found by the two words
// together: many phrasings start with "it", "no" or "te", and trying
// each of them at every such word of a draft is most of the check's work.
type patternIndex struct {
	one    map[string][]int    // by the first word
	two    map[[2]string][]int // by the first word and the next
	prefix []prefixStart
}

// prefixStart is a pattern that starts with a prefix or a suffix.
type prefixStart struct {
	alt
	i int
}

func indexPatterns(ps []pattern) patternIndex {
	x := patternIndex{one: make(map[string][]int), two: make(map[[2]string][]int)}
	add := func(l []int, i int) []int {
		if len(l) == 0 || l[len(l)-1] != i {
			l = append(l, i)
		}
		return l
	}
	for i := range ps {
		es := ps[i].elems
		for k, e := range es {
			if e.gap {
				continue
			}
			next, fixed := fixedNext(es, k)
			for _, a := range e.alts {
				switch {
				case a.prefix || a.suffix:
					x.prefix = append(x.prefix, prefixStart{a, i})
				case fixed:
					for _, b := range next.alts {
						key := [2]string{a.word, b.word}
						x.two[key] = add(x.two[key], i)
					}
				default:
					x.one[a.word] = add(x.one[a.word], i)
				}
			}
			if !e.optional {
				break
			}
		}
	}
	return x
}

// fixedNext returns the element after es[k] when a match starting at
// es[k] must be followed by one of its words: it is there, neither
// optional nor a gap, and has no prefixes or suffixes.
func fixedNext(es []elem, k int) (*elem, bool) {
	if k+1 >= len(es) {
		return nil, false
	}
	e := &es[k+1]
	if e.gap || e.optional {
		return nil, false
	}
	for _, a := range e.alts {
		if a.prefix || a.suffix {
			return nil, false
		}
	}
	return e, true
}

// candidates appends the indexes of the patterns that may start at word
// i of ws, in the order the patterns are listed.
func (x *patternIndex) candidates(dst []int, ws []word, i int) []int {
	w := ws[i].norm
	start := len(dst)
	dst = append(dst, x.one[w]...)
	sources := min(len(dst)-start, 1)
	if i+1 < len(ws) {
		if l := x.two[[2]string{w, ws[i+1].norm}]; len(l) > 0 {
			dst, sources = append(dst, l...), sources+1
		}
	}
	for _, p := range x.prefix {
		if p.matches(w) {
			dst, sources = append(dst, p.i), sources+1
		}
	}
	if sources > 1 {
		slices.Sort(dst[start:])
		dst = dst[:start+len(slices.Compact(dst[start:]))]
	}
	return dst
}
