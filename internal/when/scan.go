package when

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cartero/cartero/internal/fold"
)

// MaxText is how much of a text Find reads: an expression that starts
// after the first MaxText bytes is not reported, and one that runs past
// them is read as far as they go.
const MaxText = 64 << 10

// maxNumber caps the value of a run of digits; longer numbers are never
// part of a time expression.
const maxNumber = 1_000_000

type tokenKind uint8

const (
	word   tokenKind = iota // letters, folded
	number                  // ASCII digits
	punct                   // any other character, one per token
)

// A token is a word, a number or a punctuation character of the text. It
// holds no pointers, so that the garbage collector need not look into a
// text's tokens.
type token struct {
	start, end int32 // byte offsets in the text
	a, b       int32 // byte offsets of the folded token in the parser's src
	val        int32 // a number's value, capped at maxNumber
	kind       tokenKind
	glued      bool      // nothing between this token and the one before
	upper      bool      // written with a capital letter first
	mean       [3]uint16 // the token's entry in each language read
}

func (t *token) width() int { return int(t.b - t.a) }

// paragraph is the token put where a blank line separates paragraphs, so
// that no expression spans it.
const paragraph = "\n\n"

// tokenize splits text into tokens and looks each one up in langs. It
// returns the tokens and the folded text they point into: words in lower
// case without accents, numbers and punctuation as they are.
func tokenize(text string, langs []*language) ([]token, string) {
	toks := make([]token, 0, len(text)/4+8)
	var buf strings.Builder
	buf.Grow(len(text) + len(paragraph))
	lines := 0 // line breaks since the last token
	glued := false
	for i := 0; i < len(text); {
		c := text[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			i++
			glued = false
			continue
		case c == '\n' || r == '\u2028' || r == '\u2029':
			lines++
			i += size
			glued = false
			continue
		case c >= utf8.RuneSelf && unicode.IsSpace(r):
			i += size
			glued = false
			continue
		}
		if lines >= 2 && len(toks) > 0 {
			a := int32(buf.Len())
			buf.WriteString(paragraph)
			toks = append(toks, token{start: int32(i), end: int32(i), a: a, b: a + int32(len(paragraph)), kind: punct})
		}
		lines = 0
		t := token{start: int32(i), a: int32(buf.Len()), glued: glued && len(toks) > 0}
		j := i + size
		switch {
		case '0' <= c && c <= '9':
			v := int32(c - '0')
			for j < len(text) && '0' <= text[j] && text[j] <= '9' {
				v = min(v*10+int32(text[j]-'0'), maxNumber)
				j++
			}
			t.kind, t.val = number, v
			buf.WriteString(text[i:j])
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf && unicode.IsLetter(r):
			t.kind, t.upper = word, 'A' <= c && c <= 'Z'
			for j < len(text) && 'a' <= text[j] && text[j] <= 'z' {
				j++
			}
			if 'a' <= c && c <= 'z' && (j == len(text) || !continuesWord(text, j)) {
				buf.WriteString(text[i:j])
				break
			}
			j = foldWord(&buf, text, i)
		default:
			t.kind = punct
			buf.WriteString(text[i:j])
		}
		t.end, t.b = int32(j), int32(buf.Len())
		toks = append(toks, t)
		i = j
		glued = true
	}
	src := buf.String()
	for k := range toks {
		t := &toks[k]
		if t.start == t.end {
			continue // a paragraph
		}
		for n, l := range langs {
			t.mean[n] = l.index.lookup(src[t.a:t.b])
		}
	}
	return toks, src
}

// continuesWord reports whether the word goes on at text[j] with what the
// fast path does not handle: a capital, an accented letter, an apostrophe.
func continuesWord(text string, j int) bool {
	c := text[j]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z' || c == '\'' && j+1 < len(text) && isLetterAt(text, j+1)
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || r == '’'
}

// foldWord writes the word at text[i:] folded to buf and returns where
// the word ends. Combining accents are dropped, like the accents of
// precomposed letters; an apostrophe between letters belongs to the word
// ("o'clock").
func foldWord(buf *strings.Builder, text string, i int) int {
	var tmp [utf8.UTFMax]byte
	j := i
	for j < len(text) {
		c := text[j]
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[j:])
		}
		switch {
		case 'a' <= c && c <= 'z':
			buf.WriteByte(c)
		case isLetter(c, r):
			buf.Write(fold.Rune(tmp[:0], r))
		case c >= utf8.RuneSelf && unicode.Is(unicode.Mn, r):
		case (c == '\'' || r == '’') && j > i && j+n < len(text) && isLetterAt(text, j+n):
			buf.WriteByte('\'')
		default:
			return j
		}
		j += n
	}
	return j
}

func isLetter(c byte, r rune) bool {
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isLetterAt(s string, i int) bool {
	c := s[i]
	r := rune(c)
	if c >= utf8.RuneSelf {
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return isLetter(c, r)
}
