package classify

import (
	"strings"
	"sync"

	"github.com/cartero/cartero/internal/fold"
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
// A phrase may not start with _ or .. . It matches within one sentence,
// and its words match no name (a word with a capital inside it, as
// tokenize marks them).

// cueKind says what a cue is evidence of.
//
// A complaint is read from three kinds of cue: dissatisfaction said or
// hinted ("inaceptable", "otra vez", "no puedo seguir esperando"), a
// failure told as a fact ("no ha llegado", "charged twice", "chegou
// partida") and a demand for redress ("que me devuelvan", "refund",
// "substituição"). A demand for redress counts only in a message that
// tells of a failure or a dissatisfaction: otherwise it is an ordinary
// request ("¿cuánto me reembolsan si cancelo?"). An inquiry is read from
// request and question forms only ("¿me podrían…?", "could you",
// "gostaria de saber"), not from what the request is about: "pedido",
// "account" and "fatura" are no evidence of anything.
type cueKind uint8

const (
	cComplaint cueKind = iota // dissatisfaction, said or hinted
	cFailure                  // a problem told as a fact
	cRedress                  // a demand for redress: refund, replacement, a charge cancelled
	cInquiry                  // a request or question form
	cSurvey                   // a score, a rating, a survey answer
	cThanks                   // thanks, acknowledgements, a problem solved; counted when nothing is asked
	cOther                    // greetings, marketing, spam, misdirected mail
	cPositive                 // satisfaction; negated, it counts for a complaint
	cUrgent                   // the customer needs an answer soon
	cPhrase                   // a set phrase that is no cue ("por la tarde"): the cues inside it do not count
	cService                  // the business speaking: an apology for it, thanks for writing, an action it took
	numCueKinds
)

// typeOfKind is the type each kind of cue counts for.
var typeOfKind = [numCueKinds]Type{Complaint, Complaint, Complaint, Inquiry, Survey, Other, Other, Other, Other, Other, Other}

// family groups the kinds of cue that are read as one where they
// overlap: of a dissatisfaction, a failure and a demand for redress in
// the same words ("¿por qué me cobraron dos veces?"), the longest counts.
var family = [numCueKinds]cueKind{cComplaint, cComplaint, cComplaint, cInquiry, cSurvey, cThanks, cOther, cPositive,
	cUrgent, cPhrase, cService}

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
	key  uint64 // wordKey of word, for opWord: a word that differs is told at once
}

// cue is one compiled phrase.
type cue struct {
	name   string
	lang   string
	langID int8 // the position of lang in langCodes
	kind   cueKind
	weight float64
	pats   []pat
}

// lexicon is the compiled form of every table.
//
// The lookups are keyed by the wordKey of the first word (and of the
// second, for pairs), or by the FNV-1a hash of every start of a first
// prefix, so that a token's prefixes are looked up as its bytes are
// hashed; matchAt compares the words themselves, so a collision costs a
// comparison and nothing else.
type lexicon struct {
	words  wordIndex // by the hash of a word: the cues it starts alone, whether it starts a pair, whether it negates
	pairs  cueIndex  // by the hash of the first two words
	prefix nodeIndex // by the hash of every start of a first prefix
	starts [(26*26*26 + 63) / 64]uint64
	score  cueIndex   // cues that start with # or ##, by the hash of their second word
	typo   *typoIndex // one-word and one-prefix cues of typoMin letters or more, by their first two letters
	count  int
}

// start3 returns the index in lexicon.starts of the first three bytes of
// w, or -1 when they are not three small ASCII letters.
func start3(w string) int {
	if len(w) < 3 {
		return -1
	}
	a, b, c := w[0]-'a', w[1]-'a', w[2]-'a'
	if a >= 26 || b >= 26 || c >= 26 {
		return -1
	}
	return (int(a)*26+int(b))*26 + int(c)
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
	words := map[uint64]*wordEntry{}
	entry := func(h uint64) *wordEntry {
		e := words[h]
		if e == nil {
			e = &wordEntry{}
			words[h] = e
		}
		return e
	}
	pairs := map[uint64][]*cue{}
	score := map[uint64][]*cue{}
	prefix := map[uint64]prefixNode{}
	typos := map[string][]typoCand{} // by the first two bytes
	lx := &lexicon{}
	for _, t := range ts {
		for _, n := range strings.Fields(t.negators) {
			e := entry(wordKey(n))
			e.negator, e.word = true, n
		}
		for _, e := range t.entries {
			for _, phrase := range strings.Split(e.phrases, "|") {
				phrase = strings.TrimSpace(phrase)
				if phrase == "" {
					continue
				}
				c := &cue{name: phrase, lang: t.lang, langID: langID(t.lang), kind: e.kind, weight: e.weight,
					pats: parsePattern(phrase)}
				if len(c.pats) == 0 || c.pats[0].op == opAny || c.pats[0].op == opGap {
					panic("classify: bad built-in phrase " + phrase)
				}
				lx.count++
				first := c.pats[0]
				switch first.op {
				case opWord:
					h := wordKey(first.word)
					if len(c.pats) > 1 && c.pats[1].op == opWord {
						// Many phrases start with the same common word
						// ("no", "me"): look them up by two words.
						e := entry(h)
						e.pairs = true
						e.next |= nextBit(wordKey(c.pats[1].word))
						h = pairKey(h, wordKey(c.pats[1].word))
						pairs[h] = append(pairs[h], c)
					} else {
						e := entry(h)
						e.exact = append(e.exact, c)
					}
				case opPrefix:
					if len(first.word) < minPrefix {
						panic("classify: built-in prefix shorter than minPrefix: " + phrase)
					}
					if k := start3(first.word); k >= 0 {
						lx.starts[k/64] |= 1 << (k % 64)
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
					h := wordKey(c.pats[1].word)
					score[h] = append(score[h], c)
				}
				if len(c.pats) == 1 && len(first.word) >= typoMin {
					k := first.word[:2]
					w := first.word
					typos[k] = append(typos[k], typoCand{word: w, c: c, prefix: first.op == opPrefix,
						n: len(w), l1: w[len(w)-1], l2: w[len(w)-2]})
				}
			}
		}
	}
	lx.words, lx.pairs, lx.score = newWordIndex(words), newCueIndex(pairs), newCueIndex(score)
	lx.prefix = newNodeIndex(prefix)
	lx.typo = newTypoIndex(typos)
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
			ps = append(ps, pat{op: opWord, word: w, key: wordKey(w)})
		case w == "¿":
			ps = append(ps, pat{op: opWord, word: "q", key: wordKey("q")})
		case strings.HasSuffix(w, "*"):
			ps = append(ps, pat{op: opPrefix, word: fold.String(strings.TrimSuffix(w, "*"))})
		default:
			f := fold.String(w)
			ps = append(ps, pat{op: opWord, word: f, key: wordKey(f)})
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
	kind     cueKind // c.kind, and
	own      bool    // whether c is of the text's language, read once for the choice between matches
}

// find appends every cue found in toks to ms. Where cues of one kind
// overlap, the longest is kept, and of equally long ones the one of lang.
func (lx *lexicon) find(ms []match, toks []token, lang string) []match {
	start := len(ms)
	own := langID(lang)
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
		if k := start3(t.norm); k >= 0 && lx.starts[k/64]&(1<<(k%64)) == 0 {
			walking = false // no prefix starts with its first three letters
		}
		for k, p := 0, uint64(fnvOffset); walking && k < len(t.norm); k++ {
			p = (p ^ uint64(t.norm[k])) * fnvPrime
			if k+1 < minPrefix {
				continue
			}
			v, ok := lx.prefix.t.get(p)
			if !ok {
				walking = false
				continue
			}
			n := &lx.prefix.nodes[v]
			for _, c := range n.cues {
				if end := matchAt(c.pats, toks, i); end > 0 {
					ms = append(ms, match{c: c, from: i, to: end})
					found = true
				}
			}
			walking = n.more
		}
		t.negator = false
		if v, ok := lx.words.t.get(h); ok {
			if v&wNegator != 0 {
				t.negator = lx.words.entries[v&wPos].word == t.norm
			}
			if v&wExact != 0 {
				for _, c := range lx.words.entries[v&wPos].exact {
					if end := matchAt(c.pats, toks, i); end > 0 {
						ms = append(ms, match{c: c, from: i, to: end})
						found = true
					}
				}
			}
			if v&wPairs != 0 && i+1 < len(toks) && lx.words.next[v&wPos]&nextBit(toks[i+1].hash) != 0 {
				if v, ok := lx.pairs.t.get(pairKey(h, toks[i+1].hash)); ok {
					// The cues of a list start with the same two words:
					// compared once, then the rest of each.
					cs := lx.pairs.lists[v]
					if end := matchFrom(cs[0].pats[:2], toks, i, i); end > 0 {
						for _, c := range cs {
							if end := matchFrom(c.pats[2:], toks, i+2, i); end > 0 {
								ms = append(ms, match{c: c, from: i, to: end})
								found = true
							}
						}
					}
				}
			}
		}
		if t.kind == tWord && !found && !t.name && len(t.norm) >= typoMin-1 {
			// One typing error away from a long word or prefix.
			if r := lx.typo.get(t.norm); r.lo < r.hi {
				ms = lx.typo.find(ms, r, t.norm, i)
			}
		}
	}
	// Keep the longest of overlapping cues of one kind (or one family, see
	// family), so that "dos veces" inside "cobr* .. dos veces" counts
	// once; of equally long ones at one place, the one of lang. A phrase
	// inside a longer phrase of another kind is read as part of it: "es
	// posible" in "cómo es posible" does not ask, "gracias" in "gracias
	// por nada" does not thank, "tarde" in "por la tarde" is no delay.
	// Urgency is read apart, and thanks stay thanks. The matches are in
	// the order of the text; they are decided longest first.
	found := ms[start:]
	var mbuf [512]uint16
	var covered []uint16 // for each token, a bit for each kind kept over it
	if len(toks) <= len(mbuf) {
		covered = mbuf[:len(toks)]
	} else {
		covered = make([]uint16, len(toks))
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
	// The matches longest first, in the order of the text among equals.
	var obuf [64]int32
	var order []int32
	if len(found) <= len(obuf) {
		order = obuf[:len(found)]
	} else {
		order = make([]int32, len(found))
	}
	for j := range found {
		m := &found[j]
		m.kind, m.own = m.c.kind, m.c.langID == own
		k := j
		for ; k > 0; k-- {
			o := &found[order[k-1]]
			if o.to-o.from >= m.to-m.from {
				break
			}
			order[k] = order[k-1]
		}
		order[k] = int32(j)
	}
	for _, j := range order {
		m := found[j]
		n := m.to - m.from
		bit := uint16(1) << family[m.kind]
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
			if m.own && !m.typo {
				for k := range found {
					o := &found[k]
					if keep[k] && o.from == m.from && o.to == m.to && family[o.kind] == family[m.kind] && !o.own {
						keep[k], keep[j] = false, true
						break
					}
				}
			}
			continue
		}
		inside := false
		if m.kind != cUrgent {
			for _, k := range long {
				o := &found[k]
				if o.from <= m.from && m.to <= o.to && o.to-o.from > n && family[o.kind] != family[m.kind] &&
					!(o.kind == cThanks && m.kind == cPositive) {
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
			long = append(long, int(j))
		}
	}
	kept := found[:0]
	for j, m := range found {
		if keep[j] && m.kind != cPhrase {
			kept = append(kept, m)
		}
	}
	for k := range kept {
		kept[k].negated = negatedAt(toks, kept[k].from)
	}
	return ms[:start+len(kept)]
}

// find appends the matches of the candidates r that w, toks[i], is one
// typing error away from.
func (x *typoIndex) find(ms []match, r typoRange, w string, i int) []match {
	// Words of a length one away from w's: they are by length.
	lo, hi := int(r.lo), int(r.mid)
	for lo < hi {
		if h := int(uint(lo+hi) >> 1); int(x.short[h].n) < len(w)-1 {
			lo = h + 1
		} else {
			hi = h
		}
	}
	last, before := w[len(w)-1], w[len(w)-2]
	for k := lo; k < int(r.mid); k++ {
		tc := x.short[k]
		if int(tc.n) > len(w)+1 {
			break
		}
		// typo changes none of the last two letters but by swapping
		// them: the last one is the target's, or the last two swapped.
		if last != tc.l1 && (last != tc.l2 || before != tc.l1) {
			continue
		}
		if f := &x.full[k]; typo(w, f.word) {
			ms = append(ms, match{c: f.c, from: i, to: i + 1, typo: true})
		}
	}
	for k := int(r.mid); k < int(r.hi); k++ {
		tc := x.short[k]
		for m := int(tc.n) - 1; m <= int(tc.n)+1 && m <= len(w); m++ {
			if c := w[m-1]; c != tc.l1 && (c != tc.l2 || w[m-2] != tc.l1) {
				continue
			}
			if f := &x.full[k]; typo(w[:m], f.word) {
				ms = append(ms, match{c: f.c, from: i, to: i + 1, typo: true})
				break
			}
		}
	}
	return ms
}

// langID returns the position of code in langCodes, or -1.
func langID(code string) int8 {
	for i, c := range langCodes {
		if c == code {
			return int8(i)
		}
	}
	return -1
}

// pairKey returns the key of two neighbouring words from their hashes.
func pairKey(a, b uint64) uint64 {
	return mix(a) ^ b
}

// typoKey returns the key in typoIndex.other of the first two bytes of
// a word.
func typoKey(w string) uint64 {
	return mix(uint64(w[0])<<8 | uint64(w[1]))
}

// negatedAt reports whether one of the three tokens before toks[i], in
// the same clause, is a negator (as find marked them).
func negatedAt(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if toks[j+1].clause {
			return false
		}
		if toks[j].negator {
			return true
		}
	}
	return false
}

// matchAt returns the end of the match of ps at toks[i], or -1. A phrase
// lies within one sentence, and its words are no names ("RapidEnvío" is
// not "rapid*").
func matchAt(ps []pat, toks []token, i int) int {
	return matchFrom(ps, toks, i, i)
}

// matchFrom matches ps at toks[i] for a phrase that starts at toks[start].
func matchFrom(ps []pat, toks []token, i, start int) int {
	if len(ps) == 0 {
		return i
	}
	if i >= len(toks) || i > start && toks[i].sentence {
		return -1
	}
	p := ps[0]
	if p.op == opGap {
		for skip := 0; skip <= 3 && i+skip <= len(toks); skip++ {
			if skip > 0 {
				if s := &toks[i+skip-1]; s.kind == tSign && (s.norm == "?" || s.norm == "!") {
					break
				}
				if i+skip < len(toks) && toks[i+skip].sentence {
					break
				}
			}
			if end := matchFrom(ps[1:], toks, i+skip, start); end > 0 {
				return end
			}
		}
		return -1
	}
	t := &toks[i]
	switch p.op {
	case opWord:
		if t.hash != p.key || t.norm != p.word || t.name {
			return -1
		}
	case opPrefix:
		if t.kind != tWord || t.name || !strings.HasPrefix(t.norm, p.word) {
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
	return matchFrom(ps[1:], toks, i+1, start)
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
