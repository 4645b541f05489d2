package classify

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/cartero/cartero/internal/fold"
)

// Text is read as a list of tokens: words, numbers and a few signs. Words
// are folded (lower case, accents removed, typographic apostrophes made
// straight) so that "Pésimo", "PESIMO" and "pesimo" are one word, and each
// token keeps the byte offsets of what was written, for Reasons.

// tokenKind says what a token is.
type tokenKind uint8

const (
	tWord   tokenKind = iota
	tNumber           // digits only
	tSign             // one of ? ¿ ! ¡ / % ★ ☆ and the like, folded to ASCII where there is one
)

// token is one word, number or sign.
type token struct {
	norm       string // folded form
	hash       uint64 // wordKey of norm
	start, end int32  // byte offsets in the original text
	num        int32  // value of a number, -1 when not a number or too large
	sent       int32  // the sentence it is in, counted from 0 in the text tokenized
	kind       tokenKind
	clause     bool // a clause boundary (. , ; : line break) comes before it
	sentence   bool // a sentence boundary (. ? ! ¿ ¡ line break) comes before it, or it starts the text
	caps       bool // a word of three letters or more written in capitals
	name       bool // a word with a capital after a small letter: a name ("RapidEnvío", "iPhone"), not a cue
	negator    bool // a word that negates the cues after it; set by lexicon.find
}

// maxTokens bounds the work done on one text; what comes after is not
// read. 4,000 tokens is some 25 KB of prose, far more than anyone writes
// in one message to a help desk.
const maxTokens = 4000

// signOf returns the ASCII sign a rune stands for, or 0.
func signOf(r rune) byte {
	switch r {
	case '?', '？':
		return '?'
	case '¿':
		return 'q' // an opening question mark
	case '!', '！':
		return '!'
	case '¡':
		return 'e' // an opening exclamation mark
	case '/':
		return '/'
	case '%':
		return '%'
	case '★', '⭐', '✩', '✪', '✫', '✬', '✭', '✮', '✯', '✰', '☆':
		return '*'
	}
	return 0
}

// isClause reports whether r ends a clause.
func isClause(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '\n', '\r', '(', ')', '"', '«', '»', '“', '”', '…', '-', '–', '—', '|':
		return true
	}
	return false
}

// tokenize appends the tokens of s to toks and returns them. The folded
// forms share one allocation.
func tokenize(toks []token, s string) []token {
	toks, _ = tokenizeBuf(toks, foldBuffer(len(s)), s)
	return toks
}

// foldBuffer returns a buffer large enough for the folded forms of n
// bytes of text: folding never makes a letter more than half as long
// again ("Ⱥ", two bytes, folds to "ⱥ", three).
func foldBuffer(n int) []byte {
	return make([]byte, 0, n+n/2+8)
}

// tokenizeBuf appends the tokens of s to toks and their folded forms to
// buf, and returns both. The tokens' forms are strings over the bytes of
// buf, which are only ever appended to, never written again; a buffer
// from foldBuffer has room for them all.
func tokenizeBuf(toks []token, buf []byte, s string) ([]token, []byte) {
	tz := tokenizer{toks: toks, buf: buf, sent: -1, clause: true, sentence: true}
	limit := len(toks) + maxTokens
	for i := 0; i < len(s) && len(tz.toks) < limit; {
		c := s[i]
		switch cl := asciiClass[c]; cl {
		case aNone:
			i++
		case aLower, aUpper:
			if n := tz.shortWord(s, i); n > 0 {
				i += n
				break
			}
			i = tz.asciiWord(s, i)
		case aDigit:
			i = tz.asciiWord(s, i)
		case aComma, aDot:
			if i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
				// A decimal or thousands separator: "144.00", "1,296".
				i++
				break
			}
			tz.clause = true
			tz.sentence = tz.sentence || cl == aDot
			i++
		case aClause:
			tz.clause = true
			i++
		case aEnd:
			tz.clause, tz.sentence = true, true
			i++
		case aSign:
			tz.sign(c, i, 1)
			i++
		default: // aHigh: the first byte of a rune beyond ASCII
			i = tz.rune(s, i)
		}
	}
	return tz.toks, tz.buf
}

// tokenizer is the state of tokenizeBuf.
type tokenizer struct {
	toks             []token
	buf              []byte
	sent             int32 // the sentence of the last token
	clause, sentence bool  // a clause or sentence boundary comes before the next token
}

// rune reads what starts with the rune beyond ASCII at s[i]: a word, a
// sign or a break. It returns where the next token may start.
func (tz *tokenizer) rune(s string, i int) int {
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case fold.IsWordRune(r):
		return tz.word(s, i, i, len(tz.buf), wordState{})
	case signOf(r) != 0:
		if r == '¿' || r == '¡' {
			// An opening mark starts a sentence.
			tz.clause, tz.sentence = true, true
		}
		tz.sign(signOf(r), i, size)
	default:
		if isClause(r) {
			tz.clause = true
		}
		if r == '…' {
			tz.sentence = true
		}
	}
	return i + size
}

// sign appends the token of the sign sg, written as the size bytes at i.
func (tz *tokenizer) sign(sg byte, i, size int) {
	from := len(tz.buf)
	tz.buf = append(tz.buf, sg)
	if tz.sentence {
		tz.sent++
	}
	tz.toks = append(tz.toks, token{norm: unsafe.String(&tz.buf[from], 1), hash: wordKeyBytes(tz.buf[from:]),
		start: int32(i), end: int32(i + size), kind: tSign, num: -1, clause: tz.clause, sentence: tz.sentence, sent: tz.sent})
	end := sg == '?' || sg == '!'
	tz.clause, tz.sentence = end, end
}

// wordState is what is known of a word as it is read.
type wordState struct {
	letters, upper, digits int
	inner                  bool // a capital after a small letter
	lower                  bool // the last letter was small
}

// Eight bytes at once.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// shortWord reads the word at s[i] when it is a word of one to seven
// ASCII letters followed by a break or a sign, the most common of all,
// eight bytes at a time, and returns its length; or it returns 0 and
// reads nothing.
func (tz *tokenizer) shortWord(s string, i int) int {
	if i+8 > len(s) || len(tz.buf)+8 > cap(tz.buf) {
		return 0
	}
	x := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[i:]), 8))
	// y has the letters in small letters; a byte of y is from 'a' to 'z'
	// only where x has a letter. The sums carry into the next byte only
	// from a byte of 0x80 or more, which is no letter, and no letter
	// before it is read wrong.
	y := x | 0x20*ones
	letters := (y + (0x80-'a')*ones) &^ (y + (0x80-'z'-1)*ones) &^ x & highs
	n := bits.TrailingZeros64(^letters&highs) >> 3
	if n == 8 {
		return 0
	}
	if cl := asciiClass[s[i+n]]; cl <= aDigit && cl != aNone || cl == aHigh || s[i+n] == '\'' {
		return 0 // the word goes on: a digit, a letter beyond ASCII, an apostrophe
	}
	keep := uint64(1)<<(8*n) - 1
	upper := (^x << 2) & letters & keep // bit 5 clear, moved to bit 7: a capital
	lower := letters & keep &^ upper
	b := tz.buf
	from := len(b)
	b = b[:from+8]
	binary.LittleEndian.PutUint64(b[from:], y)
	tz.buf = b[:from+n]
	f := tz.buf[from:]
	nu := bits.OnesCount64(upper)
	caps := n >= 3 && nu == n
	// A capital after a small letter: a name.
	inner := upper != 0 && lower != 0 && bits.TrailingZeros64(lower) < 63-bits.LeadingZeros64(upper)
	if tz.sentence {
		tz.sent++
	}
	tz.toks = append(tz.toks, token{norm: unsafe.String(&f[0], n), hash: wordKeyTail(uint64(n)*wordKeyMul, y&keep),
		start: int32(i), end: int32(i + n), num: -1, sent: tz.sent, kind: tWord, clause: tz.clause,
		sentence: tz.sentence, caps: caps, name: inner && !caps})
	tz.clause, tz.sentence = false, false
	return n
}

// asciiWord reads the word that starts with the ASCII letter or digit at
// s[i] and returns where it ends. The common case is done here: a run of
// ASCII letters and digits, classed in one sweep and copied at once.
func (tz *tokenizer) asciiWord(s string, i int) int {
	from := len(tz.buf)
	j := i
	var seen uint8 // a bit for each class met
	for j < len(s) {
		cl := asciiClass[s[j]]
		if cl == aNone || cl > aDigit {
			break
		}
		seen |= 1 << cl
		j++
	}
	var w wordState
	buf := tz.buf
	if seen&(1<<aUpper) == 0 {
		if n := len(buf); j-i <= 8 && i+8 <= len(s) && n+8 <= cap(buf) {
			// A short word, copied eight bytes at once; those past its
			// end are written over by what follows.
			v := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[i:]), 8))
			binary.LittleEndian.PutUint64(buf[n:n+8], v)
			buf = buf[:n+j-i]
		} else {
			buf = append(buf, s[i:j]...)
		}
	} else {
		low := false
		for k := i; k < j; k++ {
			c := s[k]
			switch asciiClass[c] {
			case aUpper:
				c += 'a' - 'A'
				w.inner = w.inner || low
				low = false
			case aLower:
				low = true
			}
			buf = append(buf, c)
		}
	}
	tz.buf = buf
	if seen&^(1<<aLower) == 0 && (j == len(s) || s[j] < utf8.RuneSelf && s[j] != '\'') {
		// Small letters only, and the word ends here.
		w.letters = j - i
		tz.add(from, i, j, &w)
		return j
	}
	for k := i; k < j; k++ {
		switch asciiClass[s[k]] {
		case aLower:
			w.letters++
			w.lower = true
		case aUpper:
			w.letters++
			w.upper++
			w.lower = false
		case aDigit:
			w.digits++
		}
	}
	return tz.word(s, i, j, from, w)
}

// word reads the rest, from s[i], of the word that starts at s[start]
// and whose folded form starts at tz.buf[from], and returns where it
// ends: letters and digits of any script, folded, and apostrophes between
// letters.
func (tz *tokenizer) word(s string, start, i, from int, w wordState) int {
	buf := tz.buf
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			switch asciiClass[c] {
			case aLower:
				w.letters++
				w.lower = true
			case aUpper:
				w.letters++
				w.upper++
				w.inner = w.inner || w.lower
				w.lower = false
				c += 'a' - 'A'
			case aDigit:
				w.digits++
			default:
				// An apostrophe between letters stays in the word
				// (don't, l'envoi, d'acqua).
				if c == '\'' && w.letters > 0 && i+1 < len(s) {
					if n, _ := utf8.DecodeRuneInString(s[i+1:]); unicode.IsLetter(n) {
						buf = append(buf, c)
						i++
						continue
					}
				}
				tz.buf = buf
				tz.add(from, start, i, &w)
				return i
			}
			buf = append(buf, c)
			i++
			continue
		}
		if s[i] == 0xC3 && i+1 < len(s) {
			// A letter of Latin-1 with a diacritic, the most common
			// beyond ASCII ("á", "ñ", "Ç"): its base letter.
			if f := latin1[s[i+1]&0x3F]; f.base != 0 && s[i+1]&0xC0 == 0x80 {
				w.letters++
				if f.upper {
					w.upper++
					w.inner = w.inner || w.lower
					w.lower = false
				} else {
					w.lower = true
				}
				buf = append(buf, f.base)
				i += 2
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if fold.IsWordRune(r) {
			if unicode.IsLetter(r) {
				w.letters++
				if unicode.IsUpper(r) {
					w.upper++
					w.inner = w.inner || w.lower
					w.lower = false
				} else {
					w.lower = true
				}
			} else if unicode.IsDigit(r) {
				w.digits++
			}
			buf = fold.Rune(buf, r)
			i += size
			continue
		}
		if r == '’' && w.letters > 0 && i+size < len(s) {
			if n, _ := utf8.DecodeRuneInString(s[i+size:]); unicode.IsLetter(n) {
				buf = append(buf, '\'')
				i += size
				continue
			}
		}
		break
	}
	tz.buf = buf
	tz.add(from, start, i, &w)
	return i
}

// add appends the token of the word s[start:end], whose folded form is
// tz.buf[from:].
func (tz *tokenizer) add(from, start, end int, w *wordState) {
	f := tz.buf[from:]
	kind, num := tWord, int32(-1)
	if w.digits > 0 && w.letters == 0 {
		kind, num = tNumber, atoiSmall(f)
	}
	caps := w.letters >= 3 && w.upper == w.letters
	if tz.sentence {
		tz.sent++
	}
	tz.toks = append(tz.toks, token{norm: unsafe.String(&f[0], len(f)), hash: wordKeyBytes(f), start: int32(start),
		end: int32(end), num: num, sent: tz.sent, kind: kind, clause: tz.clause, sentence: tz.sentence, caps: caps,
		name: w.inner && !caps})
	tz.clause, tz.sentence = false, false
}

// atoiSmall returns the value of a run of ASCII digits, or -1 when it is
// not one or exceeds 1,000,000.
func atoiSmall(b []byte) int32 {
	if len(b) == 0 || len(b) > 7 {
		return -1
	}
	n := int32(0)
	for _, c := range b {
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int32(c-'0')
	}
	return n
}

// The classes of ASCII bytes: in words, breaks and signs.
const (
	aNone   uint8 = iota // a space, or a byte of a multi-byte rune
	aLower               // a-z
	aUpper               // A-Z
	aDigit               // 0-9
	aClause              // ; : ( ) " - | and a carriage return end a clause
	aComma               // , ends a clause, but for a thousands separator
	aEnd                 // a line feed ends a sentence
	aDot                 // . ends a sentence, but for a decimal point
	aSign                // ? ! / %
	aHigh                // the first byte of a rune beyond ASCII
)

// asciiClass is the class of each byte. The bytes that follow the first
// of a rune beyond ASCII are aHigh too; tokenizeBuf never reads them as
// the first.
var asciiClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = aLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = aUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = aDigit
	}
	for _, c := range ";:()\"-|\r" {
		t[c] = aClause
	}
	t[','], t['\n'], t['.'] = aComma, aEnd, aDot
	for _, c := range "?!/%" {
		t[c] = aSign
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = aHigh
	}
	return t
}()

// wordKey returns the key of a folded word in the lexicon's lookups: a
// hash that reads eight bytes at a time, since every token needs one.
func wordKey(w string) uint64 {
	return wordKeyBytes(unsafe.Slice(unsafe.StringData(w), len(w)))
}

// wordKeyBytes returns the wordKey of w.
func wordKeyBytes(w []byte) uint64 {
	if len(w) <= 8 && cap(w) >= 8 {
		// Most words: their bytes and those past the end, read at once
		// and masked off.
		return wordKeyTail(uint64(len(w))*wordKeyMul, binary.LittleEndian.Uint64(w[:8])&(1<<(8*len(w))-1))
	}
	return wordKeyLong(w)
}

const wordKeyMul = 0x9e3779b97f4a7c15

// wordKeyTail mixes the last up to eight bytes v of a word into h.
func wordKeyTail(h, v uint64) uint64 {
	if v == 0 {
		return h
	}
	h = (h ^ v) * wordKeyMul
	return h ^ h>>29
}

// wordKeyLong returns the wordKey of w, eight bytes at a time.
func wordKeyLong(w []byte) uint64 {
	h := uint64(len(w)) * wordKeyMul
	for len(w) >= 8 {
		h = (h ^ binary.LittleEndian.Uint64(w)) * wordKeyMul
		h ^= h >> 29
		w = w[8:]
	}
	var v uint64
	for i, c := range w {
		v |= uint64(c) << (8 * i)
	}
	return wordKeyTail(h, v)
}

// latin1 is what tokenize needs of the letters U+00C0 to U+00FF, encoded
// 0xC3 0x80 to 0xC3 0xBF, by their second byte's low six bits: the base
// letter they fold to (0 for those folded otherwise, and signs), and
// whether they are capitals.
var latin1 = func() (t [64]struct {
	base  byte
	upper bool
}) {
	for i := range t {
		r := rune(0xC0 + i)
		if f := fold.Rune(nil, r); len(f) == 1 && f[0] < utf8.RuneSelf && unicode.IsLetter(r) {
			t[i].base, t[i].upper = f[0], unicode.IsUpper(r)
		}
	}
	return t
}()
