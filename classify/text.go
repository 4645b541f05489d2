package classify

import (
	"unicode"
	"unicode/utf8"
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
	start, end int    // byte offsets in the original text
	nf, nt     int32  // byte offsets of norm in the folded buffer, while tokenizing
	hash       uint64 // FNV-1a hash of norm
	kind       tokenKind
	num        int  // value of a number, -1 when not a number or too large
	clause     bool // a clause boundary (. , ; : line break) comes before it
	sentence   bool // a sentence boundary (. ? ! line break) comes before it
	caps       bool // a word of three letters or more written in capitals
}

// maxTokens bounds the work done on one text; what comes after is not
// read. 4,000 tokens is some 25 KB of prose, far more than anyone writes
// in one message to a help desk.
const maxTokens = 4000

// fold returns the folded form of r, appended to b: lower case, without
// accents. Letters that fold to two (ß, æ, œ) give two.
func fold(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	}
	switch r {
	case 'ß':
		return append(b, 's', 's')
	case 'æ', 'Æ':
		return append(b, 'a', 'e')
	case 'œ', 'Œ':
		return append(b, 'o', 'e')
	case '’', '‘', 'ʼ', '`', '´':
		return append(b, '\'')
	}
	r = unicode.ToLower(r)
	if r >= 0xC0 && r <= 0x17F {
		if f := latinFold[r-0xC0]; f != 0 {
			return append(b, f)
		}
	}
	return utf8.AppendRune(b, r)
}

// latinFold maps Latin-1 Supplement and Latin Extended-A lower-case
// letters (from U+00C0) to their base letter; 0 keeps the letter.
var latinFold = [0x180 - 0xC0]byte{
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // U+00C0
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // U+00D0
	'a', 'a', 'a', 'a', 'a', 'a', 0, 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', // U+00E0
	0, 'n', 'o', 'o', 'o', 'o', 'o', 0, 'o', 'u', 'u', 'u', 'u', 'y', 0, 'y', // U+00F0
	0, 'a', 0, 'a', 0, 'a', 0, 'c', 0, 'c', 0, 'c', 0, 'c', 0, 'd', // U+0100
	0, 'd', 0, 'e', 0, 'e', 0, 'e', 0, 'e', 0, 'e', 0, 'g', 0, 'g', // U+0110
	0, 'g', 0, 'g', 0, 'h', 0, 'h', 0, 'i', 0, 'i', 0, 'i', 0, 'i', // U+0120
	0, 'i', 0, 0, 0, 'j', 0, 'k', 0, 0, 'l', 0, 'l', 0, 'l', 0, // U+0130
	'l', 0, 'l', 0, 'n', 0, 'n', 0, 'n', 'n', 0, 0, 0, 'o', 0, 'o', // U+0140
	0, 'o', 0, 0, 0, 'r', 0, 'r', 0, 'r', 0, 's', 0, 's', 0, 's', // U+0150
	0, 's', 0, 't', 0, 't', 0, 't', 0, 'u', 0, 'u', 0, 'u', 0, 'u', // U+0160
	0, 'u', 0, 'u', 0, 'w', 0, 'y', 0, 0, 'z', 0, 'z', 0, 'z', 0, // U+0170
}

// foldString returns s folded.
func foldString(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = fold(b, r)
	}
	return string(b)
}

// isWordRune reports whether r belongs in a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

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
	buf := make([]byte, 0, len(s)+8)
	first := len(toks)
	clause, sentence := true, true
	for i := 0; i < len(s) && len(toks)-first < maxTokens; {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isWordRune(r):
			start := i
			from := len(buf)
			letters, upper, digits := 0, 0, 0
			h := uint64(fnvOffset)
			for i < len(s) {
				if c := s[i]; c < utf8.RuneSelf {
					// ASCII, the common case.
					alnum := true
					switch {
					case 'a' <= c && c <= 'z':
						letters++
					case 'A' <= c && c <= 'Z':
						letters++
						upper++
						c += 'a' - 'A'
					case '0' <= c && c <= '9':
						digits++
					default:
						alnum = false
					}
					if alnum {
						buf = append(buf, c)
						h = (h ^ uint64(c)) * fnvPrime
						i++
						continue
					}
					r, size = rune(c), 1
				} else {
					r, size = utf8.DecodeRuneInString(s[i:])
				}
				if isWordRune(r) {
					if unicode.IsLetter(r) {
						letters++
						if unicode.IsUpper(r) {
							upper++
						}
					} else if unicode.IsDigit(r) {
						digits++
					}
					n := len(buf)
					buf = fold(buf, r)
					for _, c := range buf[n:] {
						h = (h ^ uint64(c)) * fnvPrime
					}
					i += size
					continue
				}
				// An apostrophe between letters stays in the word
				// (don't, l'envoi, d'acqua).
				if (r == '\'' || r == '’') && i+size < len(s) {
					if n, _ := utf8.DecodeRuneInString(s[i+size:]); unicode.IsLetter(n) && letters > 0 {
						buf = append(buf, '\'')
						h = (h ^ uint64('\'')) * fnvPrime
						i += size
						continue
					}
				}
				break
			}
			t := token{start: start, end: i, kind: tWord, num: -1, clause: clause, sentence: sentence,
				nf: int32(from), nt: int32(len(buf)), hash: h}
			if digits > 0 && letters == 0 {
				t.kind = tNumber
				t.num = atoiSmall(buf[from:])
			}
			t.caps = letters >= 3 && upper == letters
			toks = append(toks, t)
			clause, sentence = false, false
		case signOf(r) != 0:
			from := len(buf)
			buf = append(buf, signOf(r))
			toks = append(toks, token{start: i, end: i + size, kind: tSign, num: -1, clause: clause, sentence: sentence,
				nf: int32(from), nt: int32(len(buf)), hash: hashByte(fnvOffset, signOf(r))})
			end := r == '?' || r == '!' || r == '？' || r == '！'
			clause, sentence = end, end
			i += size
		default:
			if isClause(r) {
				clause = true
			}
			if r == '.' || r == '\n' || r == '…' {
				sentence = true
			}
			i += size
		}
	}
	all := string(buf)
	for k := first; k < len(toks); k++ {
		toks[k].norm = all[toks[k].nf:toks[k].nt]
	}
	return toks
}

// atoiSmall returns the value of a run of ASCII digits, or -1 when it is
// not one or exceeds 1,000,000.
func atoiSmall(b []byte) int {
	if len(b) == 0 || len(b) > 7 {
		return -1
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}
