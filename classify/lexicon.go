package classify

import (
	"strings"
	"sync"
)

// The built-in knowledge is a table of cues per language: words and
// phrases that say a message complains, asks, rates or thanks, that it is
// urgent, or how the customer feels. The tables (lexicon_*.go) are data;
// this file compiles them into lookups, once, on first use, and finds the
// cues in a list of tokens.
//
// A phrase is a list of folded words separated by spaces, in which
//
//	word*  matches any word that starts with word ("cobr*": cobraron, cobro)
//	#      matches a number from 0 to 10 (a score)
//	##     matches any number
//	_      matches any one token
//	..     skips up to three tokens
//	? ! /  match those signs; * alone matches a star (★)
//
// A phrase may not start with _ or .. .

// cueKind says what a cue is evidence of.
type cueKind uint8

const (
	cComplaint cueKind = iota // dissatisfaction, a problem blamed, a demand for redress
	cInquiry                  // a question or a request for information or action
	cSurvey                   // a score, a rating, a survey answer
	cOther                    // thanks, greetings, marketing and spam
	cPositive                 // satisfaction; negated, it counts for a complaint
	cUrgent                   // the customer needs an answer soon
	numCueKinds
)

// typeOfKind is the type each kind of cue counts for.
var typeOfKind = [numCueKinds]Type{Complaint, Inquiry, Survey, Other, Other, Other}

// entry is one line of a table: phrases separated by "|", all of one kind
// and weight.
type entry struct {
	kind    cueKind
	weight  float64
	phrases string
}

// table is the knowledge of one language.
type table struct {
	lang string
	// negators are the words that turn the meaning of a cue around when
	// they come shortly before it in the same clause.
	negators string
	entries  []entry
}

// The tables, in the order they are compiled.
//
// Adding a language (French, German and Italian are next) is writing its
// table in a file of its own and listing it here; nothing else changes.
var tables = []*table{&spanishCues, &englishCues, &portugueseCues}

type patOp uint8

const (
	opWord   patOp = iota
	opPrefix       // word*
	opScore        // #
	opNumber       // ##
	opAny          // _
	opGap          // ..
)

type pat struct {
	op   patOp
	word string
}

// cue is one compiled phrase.
type cue struct {
	name   string
	lang   string
	kind   cueKind
	weight float64
	pats   []pat
}

// lexicon is the compiled form of every table.
//
// The lookups are keyed by the FNV-1a hash of the first word or prefix,
// so that a token's prefixes are looked up while its bytes are hashed
// once; matchAt compares the words themselves, so a collision costs a
// comparison and nothing else.
type lexicon struct {
	exact    cueIndex  // by the hash of the first word, when the second is not a word
	pairs    cueIndex  // by the hash of the first two words
	prefix   nodeIndex // by the hash of every start of a first prefix
	score    cueIndex  // cues that start with # or ##, by the hash of their second word
	typo     cueIndex  // one-word and one-prefix cues of typoMin letters or more, by typoKey of their first two letters
	negators cueIndex  // by the hash of the word: cues named after each negator
	count    int
}

// builtin returns the compiled tables; they are compiled on first use.
var builtin = sync.OnceValue(func() *lexicon { return compile(tables) })

// prefixNode is one start of one or more first prefixes: the cues whose
// first prefix it is, and whether longer prefixes start with it. A token
// is walked byte by byte through the nodes and stops at the first start
// that no prefix has, which for most words is the first one looked up.
type prefixNode struct {
	cues []*cue
	more bool
}

// minPrefix is the length of the shortest first prefix, where the walk
// through the nodes starts.
const minPrefix = 3

// compile builds the lookups of the given tables.
func compile(ts []*table) *lexicon {
	exact := map[uint64][]*cue{}
	pairs := map[uint64][]*cue{}
	score := map[uint64][]*cue{}
	prefix := map[uint64]prefixNode{}
	typos := map[uint64][]*cue{}
	negators := map[uint64][]*cue{}
	lx := &lexicon{}
	for _, t := range ts {
		for _, n := range strings.Fields(t.negators) {
			h := hashString(fnvOffset, n)
			negators[h] = append(negators[h], &cue{name: n, lang: t.lang})
		}
		for _, e := range t.entries {
			for _, phrase := range strings.Split(e.phrases, "|") {
				phrase = strings.TrimSpace(phrase)
				if phrase == "" {
					continue
				}
				c := &cue{name: phrase, lang: t.lang, kind: e.kind, weight: e.weight, pats: parsePattern(phrase)}
				if len(c.pats) == 0 || c.pats[0].op == opAny || c.pats[0].op == opGap {
					panic("classify: bad built-in phrase " + phrase)
				}
				lx.count++
				first := c.pats[0]
				switch first.op {
				case opWord:
					h := hashString(fnvOffset, first.word)
					if len(c.pats) > 1 && c.pats[1].op == opWord {
						// Many phrases start with the same common word
						// ("no", "me"): look them up by two words.
						h = pairKey(h, hashString(fnvOffset, c.pats[1].word))
						pairs[h] = append(pairs[h], c)
					} else {
						exact[h] = append(exact[h], c)
					}
				case opPrefix:
					if len(first.word) < minPrefix {
						panic("classify: built-in prefix shorter than minPrefix: " + phrase)
					}
					h := uint64(fnvOffset)
					for k := 0; k < len(first.word); k++ {
						h = (h ^ uint64(first.word[k])) * fnvPrime
						if k+1 < minPrefix {
							continue
						}
						n := prefix[h]
						if k+1 == len(first.word) {
							n.cues = append(n.cues, c)
						} else {
							n.more = true
						}
						prefix[h] = n
					}
				default:
					if len(c.pats) < 2 || c.pats[1].op != opWord {
						panic("classify: a built-in score phrase needs a word after the number: " + phrase)
					}
					h := hashString(fnvOffset, c.pats[1].word)
					score[h] = append(score[h], c)
				}
				if len(c.pats) == 1 && len(first.word) >= typoMin {
					k := typoKey(first.word)
					typos[k] = append(typos[k], c)
				}
			}
		}
	}
	lx.exact, lx.pairs, lx.score = newCueIndex(exact), newCueIndex(pairs), newCueIndex(score)
	lx.prefix = newNodeIndex(prefix)
	lx.typo, lx.negators = newCueIndex(typos), newCueIndex(negators)
	return lx
}

// parsePattern compiles one phrase.
func parsePattern(phrase string) []pat {
	var ps []pat
	for _, w := range strings.Fields(phrase) {
		switch {
		case w == "#":
			ps = append(ps, pat{op: opScore})
		case w == "##":
			ps = append(ps, pat{op: opNumber})
		case w == "_":
			ps = append(ps, pat{op: opAny})
		case w == "..":
			ps = append(ps, pat{op: opGap})
		case w == "?" || w == "!" || w == "/" || w == "%" || w == "*":
			ps = append(ps, pat{op: opWord, word: w})
		case w == "¿":
			ps = append(ps, pat{op: opWord, word: "q"})
		case strings.HasSuffix(w, "*"):
			ps = append(ps, pat{op: opPrefix, word: foldString(strings.TrimSuffix(w, "*"))})
		default:
			ps = append(ps, pat{op: opWord, word: foldString(w)})
		}
	}
	return ps
}

// match is one cue found in a list of tokens: tokens [from, to).
type match struct {
	c        *cue
	from, to int
	typo     bool
	negated  bool
}

// find appends every cue found in toks to ms. Where cues of one kind
// overlap, the longest is kept, and of equally long ones the one of lang.
func (lx *lexicon) find(ms []match, toks []token, lang string) []match {
	start := len(ms)
	for i := range toks {
		t := &toks[i]
		found := false
		if t.kind == tNumber && i+1 < len(toks) {
			for _, c := range lx.score.get(toks[i+1].hash) {
				if end := matchAt(c.pats, toks, i); end > 0 {
					ms = append(ms, match{c: c, from: i, to: end})
					found = true
				}
			}
		}
		h := t.hash
		walking := t.kind == tWord
		for k, p := 0, uint64(fnvOffset); walking && k < len(t.norm); k++ {
			p = (p ^ uint64(t.norm[k])) * fnvPrime
			if k+1 < minPrefix {
				continue
			}
			n, ok := lx.prefix.get(p)
			if !ok {
				walking = false
				continue
			}
			for _, c := range n.cues {
				if end := matchAt(c.pats, toks, i); end > 0 {
					ms = append(ms, match{c: c, from: i, to: end})
					found = true
				}
			}
			walking = n.more
		}
		for _, c := range lx.exact.get(h) {
			if end := matchAt(c.pats, toks, i); end > 0 {
				ms = append(ms, match{c: c, from: i, to: end})
				found = true
			}
		}
		if i+1 < len(toks) {
			for _, c := range lx.pairs.get(pairKey(h, toks[i+1].hash)) {
				if end := matchAt(c.pats, toks, i); end > 0 {
					ms = append(ms, match{c: c, from: i, to: end})
					found = true
				}
			}
		}
		if t.kind == tWord && !found && len(t.norm) >= typoMin-1 {
			// One typing error away from a long word or prefix.
			for _, c := range lx.typo.get(typoKey(t.norm)) {
				p := c.pats[0]
				if p.op == opWord {
					if d := len(t.norm) - len(p.word); d >= -1 && d <= 1 && typo(t.norm, p.word) {
						ms = append(ms, match{c: c, from: i, to: i + 1, typo: true})
					}
					continue
				}
				for n := len(p.word) - 1; n <= len(p.word)+1 && n <= len(t.norm); n++ {
					if typo(t.norm[:n], p.word) {
						ms = append(ms, match{c: c, from: i, to: i + 1, typo: true})
						break
					}
				}
			}
		}

	}
	// Keep the longest of overlapping cues of one kind, so that "dos
	// veces" inside "cobr* .. dos veces" counts once; of equally long ones
	// at one place, the one of lang. A phrase inside a longer phrase of
	// another kind is read as part of it: "es posible" in "cómo es
	// posible" does not ask, "gracias" in "gracias por nada" does not
	// thank. Urgency is read apart, and thanks stay thanks. The matches
	// are in the order of the text; they are decided longest first.
	found := ms[start:]
	var mbuf [512]uint8
	var covered []uint8 // for each token, a bit for each kind kept over it
	if len(toks) <= len(mbuf) {
		covered = mbuf[:len(toks)]
	} else {
		covered = make([]uint8, len(toks))
	}
	var kbuf [64]bool
	var keep []bool
	if len(found) <= len(kbuf) {
		keep = kbuf[:len(found)]
	} else {
		keep = make([]bool, len(found))
	}
	var lbuf [32]int
	long := lbuf[:0] // kept matches of two tokens or more
	longest := 0
	for _, m := range found {
		longest = max(longest, m.to-m.from)
	}
	for n := longest; n >= 1; n-- {
		for j, m := range found {
			if m.to-m.from != n {
				continue
			}
			bit := uint8(1) << m.c.kind
			overlap := false
			for t := m.from; t < m.to; t++ {
				if covered[t]&bit != 0 {
					overlap = true
					break
				}
			}
			if overlap {
				// An equally long phrase of the same kind at the same
				// place: prefer the text's language.
				if m.c.lang == lang && !m.typo {
					for k := range found {
						o := found[k]
						if keep[k] && o.from == m.from && o.to == m.to && o.c.kind == m.c.kind && o.c.lang != lang {
							keep[k], keep[j] = false, true
							break
						}
					}
				}
				continue
			}
			inside := false
			if m.c.kind != cUrgent {
				for _, k := range long {
					o := found[k]
					if o.from <= m.from && m.to <= o.to && o.to-o.from > n && o.c.kind != m.c.kind &&
						!(o.c.kind == cOther && m.c.kind == cPositive) {
						inside = true
						break
					}
				}
			}
			if inside {
				continue
			}
			keep[j] = true
			for t := m.from; t < m.to; t++ {
				covered[t] |= bit
			}
			if n >= 2 {
				long = append(long, j)
			}
		}
	}
	kept := found[:0]
	for j, m := range found {
		if keep[j] {
			kept = append(kept, m)
		}
	}
	for k := range kept {
		kept[k].negated = lx.negatedAt(toks, kept[k].from)
	}
	return ms[:start+len(kept)]
}

// pairKey returns the key of two neighbouring words from their hashes.
func pairKey(a, b uint64) uint64 {
	return mix(a) ^ b
}

// typoKey returns the key of the typo index: the first two bytes of w.
func typoKey(w string) uint64 {
	return mix(uint64(w[0])<<8 | uint64(w[1]))
}

// negatedAt reports whether one of the three tokens before toks[i], in
// the same clause, is a negator.
func (lx *lexicon) negatedAt(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if toks[j+1].clause {
			return false
		}
		for _, n := range lx.negators.get(hashString(fnvOffset, toks[j].norm)) {
			if n.name == toks[j].norm {
				return true
			}
		}
	}
	return false
}

// matchAt returns the end of the match of ps at toks[i], or -1.
func matchAt(ps []pat, toks []token, i int) int {
	if len(ps) == 0 {
		return i
	}
	if i >= len(toks) {
		return -1
	}
	p := ps[0]
	if p.op == opGap {
		for skip := 0; skip <= 3 && i+skip <= len(toks); skip++ {
			if skip > 0 && (toks[i+skip-1].kind == tSign && (toks[i+skip-1].norm == "?" || toks[i+skip-1].norm == "!")) {
				break
			}
			if end := matchAt(ps[1:], toks, i+skip); end > 0 {
				return end
			}
		}
		return -1
	}
	t := &toks[i]
	switch p.op {
	case opWord:
		if t.norm != p.word {
			return -1
		}
	case opPrefix:
		if t.kind != tWord || !strings.HasPrefix(t.norm, p.word) {
			return -1
		}
	case opScore:
		if t.kind != tNumber || t.num < 0 || t.num > 10 {
			return -1
		}
	case opNumber:
		if t.kind != tNumber {
			return -1
		}
	case opAny:
	}
	return matchAt(ps[1:], toks, i+1)
}

// typoMin is the length of the shortest cue word a typing error is
// looked for in: shorter words have too many real neighbours.
const typoMin = 8

// typo reports whether w is target with one typing error: a letter
// added, left out or changed before the last two letters, or two
// neighbouring letters swapped anywhere. A change at the very end is
// more often another form of the word ("damage", "damaged") than a typo,
// and the built-in tables list the forms they mean.
func typo(w, target string) bool {
	if !editOne(w, target) {
		return false
	}
	i := 0
	for i < len(w) && i < len(target) && w[i] == target[i] {
		i++
	}
	if len(w) == len(target) && i+1 < len(w) && w[i] == target[i+1] && w[i+1] == target[i] {
		return true // a transposition
	}
	n := len(w)
	if len(target) > n {
		n = len(target)
	}
	return i < n-2
}

// editOne reports whether a and b differ by exactly one edit: an
// insertion, a deletion, a substitution or a transposition of neighbours.
func editOne(a, b string) bool {
	if a == b {
		return false
	}
	la, lb := len(a), len(b)
	if la-lb > 1 || lb-la > 1 {
		return false
	}
	i := 0
	for i < la && i < lb && a[i] == b[i] {
		i++
	}
	switch {
	case la == lb:
		if a[i+1:] == b[i+1:] {
			return true
		}
		return i+1 < la && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case la > lb:
		return a[i+1:] == b[i:]
	default:
		return a[i:] == b[i+1:]
	}
}
