package header

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/cartero/cartero/internal/charset"
)

// Unfold removes the line breaks (CRLF, LF or CR) that are followed by a
// space or a tab, which is how RFC 5322 folds long header lines. It returns
// s itself, without allocating, when there is nothing to unfold.
func Unfold(s string) string {
	i := strings.IndexByte(s, '\n')
	if j := strings.IndexByte(s, '\r'); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i < 0 {
		return s
	}
	var b []byte
	last := 0 // s[last:i] is still to be copied
	for ; i < len(s); i++ {
		c := s[i]
		if c != '\r' && c != '\n' {
			continue
		}
		n := 1
		if c == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			n = 2
		}
		if i+n >= len(s) || !isWSP(s[i+n]) {
			i += n - 1
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(s))
		}
		b = append(b, s[last:i]...)
		last = i + n
		i += n - 1
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

func isWSP(c byte) bool { return c == ' ' || c == '\t' }

// isLWSP reports whether s is only white space, line breaks included.
func isLWSP(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\r', '\n':
		default:
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// maxCharsetLen bounds the charset name of an encoded word; longer names
// mean the "=?" was not the start of one.
const maxCharsetLen = 64

// DecodeText decodes unstructured header text (a Subject, a display name, a
// file name) that may contain RFC 2047 encoded words, and returns it as
// valid UTF-8.
//
// Beyond RFC 2047, DecodeText accepts encoded words anywhere, also glued to
// other text and inside quoted strings; white space between adjacent encoded
// words is dropped and, when they share a charset, their bytes are joined
// before the charset is decoded, so a character split across two words
// survives. Q and B are case-insensitive; base64 may lack padding, have
// extra padding, white space or URL-safe characters; the charset may carry
// an RFC 2231 language ("utf-8*es"); the final "?=" may be missing at the end
// of the value; Q text may hold spaces and '?'. An unknown charset is decoded
// as [charset.Decode] does and the error matches [charset.ErrUnknown]. Raw
// 8-bit text is kept when it is valid UTF-8 and read as Windows-1252
// otherwise. A word that cannot be decoded at all is kept as literal text and
// the error matches [ErrMalformedWord].
//
// Pure ASCII text without "=?" is returned as is, without allocating.
func DecodeText(s string) (string, error) {
	s = Unfold(s)
	if !strings.Contains(s, "=?") {
		return plainText(s), nil
	}
	d := wordDecoder{s: s}
	return d.decode()
}

// plainText returns text without encoded words as valid UTF-8.
func plainText(s string) string {
	if isASCII(s) || utf8.ValidString(s) {
		return s
	}
	out, _ := charset.AppendDecode(make([]byte, 0, len(s)+len(s)/2), []byte(s), "")
	return string(out)
}

// appendText appends literal text, reading invalid UTF-8 as Windows-1252.
func appendText(out []byte, s string) []byte {
	if utf8.ValidString(s) {
		return append(out, s...)
	}
	out, _ = charset.AppendDecode(out, []byte(s), "")
	return out
}

// word is an encoded word found in the text.
type word struct {
	charset string // without an RFC 2231 language
	enc     byte   // 'q' or 'b'
	text    string
	end     int  // index after the word
	open    bool // the final "?=" is missing
}

// parseWord parses the encoded word that starts with the "=?" at s[i].
func parseWord(s string, i int) (word, bool) {
	p := i + 2
	q := -1
	for k := p; k < len(s) && k <= p+maxCharsetLen; k++ {
		c := s[k]
		if c == '?' {
			q = k
			break
		}
		if c <= ' ' || c == '=' || c >= utf8.RuneSelf {
			return word{}, false
		}
	}
	if q < 0 || q+2 >= len(s) || s[q+2] != '?' {
		return word{}, false
	}
	w := word{charset: s[p:q], enc: s[q+1] | 0x20}
	if w.enc != 'q' && w.enc != 'b' {
		return word{}, false
	}
	if k := strings.IndexByte(w.charset, '*'); k >= 0 {
		w.charset = w.charset[:k]
	}
	start := q + 3
	if k := strings.Index(s[start:], "?="); k >= 0 {
		w.text, w.end = s[start:start+k], start+k+2
		return w, true
	}
	w.text, w.end, w.open = strings.TrimSuffix(s[start:], "?"), len(s), true
	return w, true
}

// wordDecoder decodes text with encoded words. Decoded bytes of a run of
// adjacent words in one charset gather in raw until the run ends.
type wordDecoder struct {
	s     string
	out   []byte
	raw   []byte
	label string // charset of the run in raw
	inRun bool
	errs  errSet
}

func (d *wordDecoder) decode() (string, error) {
	s := d.s
	last := 0 // start of the literal text not yet written
	for i := 0; ; {
		j := strings.Index(s[i:], "=?")
		if j < 0 {
			break
		}
		j += i
		w, ok := parseWord(s, j)
		if !ok {
			i = j + 2
			continue
		}
		if d.out == nil {
			// The decoded text is never longer than the input except
			// for charset expansion, and raw never holds more than
			// the encoded text, so one allocation serves both.
			buf := make([]byte, 2*len(s))
			d.out, d.raw = buf[:0:len(s)], buf[len(s):len(s)]
		}
		lit := s[last:j]
		if w.enc == 'b' && !validBase64(w.text) {
			d.flush()
			d.out = appendText(d.out, lit)
			d.out = appendText(d.out, s[j:w.end])
			d.malformed("invalid base64 in %q", s[j:w.end])
			last, i = w.end, w.end
			continue
		}
		adjacent := d.inRun && isLWSP(lit)
		if adjacent && strings.EqualFold(d.label, w.charset) {
			d.raw = appendPayload(d.raw, w)
		} else {
			d.flush()
			if !adjacent {
				d.out = appendText(d.out, lit)
			}
			d.raw = appendPayload(d.raw[:0], w)
			d.label, d.inRun = w.charset, true
		}
		if w.open {
			d.malformed(`missing "?=" in %q`, s[j:w.end])
		}
		if w.charset == "" {
			d.malformed("empty charset in %q", s[j:w.end])
		}
		last, i = w.end, w.end
	}
	if d.out == nil {
		return plainText(s), nil
	}
	d.flush()
	d.out = appendText(d.out, s[last:])
	return string(d.out), d.errs.err()
}

// malformed records the first malformed word.
func (d *wordDecoder) malformed(format, word string) {
	if !d.errs.has(ErrMalformedWord) {
		d.errs.add(fmt.Errorf("%w: "+format, ErrMalformedWord, fragment(word)))
	}
}

// flush decodes the current run onto out.
func (d *wordDecoder) flush() {
	if !d.inRun {
		return
	}
	var err error
	d.out, err = charset.AppendDecode(d.out, d.raw, d.label)
	if err != nil && !d.errs.hasKindOf(err) {
		d.errs.add(fmt.Errorf("header: encoded word: %w", err))
	}
	d.raw, d.inRun, d.label = d.raw[:0], false, ""
}

// appendPayload appends the bytes that the text of w encodes.
func appendPayload(dst []byte, w word) []byte {
	if w.enc == 'b' {
		return appendBase64(dst, w.text)
	}
	return appendQ(dst, w.text)
}

// appendQ decodes RFC 2047 Q text. An '=' that does not start a hex escape
// is kept.
func appendQ(dst []byte, t string) []byte {
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '_':
			c = ' '
		case c == '=' && i+2 < len(t) && isHex(t[i+1]) && isHex(t[i+2]):
			c = unhex(t[i+1])<<4 | unhex(t[i+2])
			i += 2
		}
		dst = append(dst, c)
	}
	return dst
}

// base64Value returns the 6-bit value of a base64 character, standard or
// URL-safe, or 0xff.
func base64Value(c byte) byte {
	switch {
	case 'A' <= c && c <= 'Z':
		return c - 'A'
	case 'a' <= c && c <= 'z':
		return c - 'a' + 26
	case '0' <= c && c <= '9':
		return c - '0' + 52
	case c == '+' || c == '-':
		return 62
	case c == '/' || c == '_':
		return 63
	}
	return 0xff
}

// validBase64 reports whether appendBase64 accepts t.
func validBase64(t string) bool {
	for i := 0; i < len(t); i++ {
		switch c := t[i]; c {
		case '=', ' ', '\t', '\r', '\n':
		default:
			if base64Value(c) == 0xff {
				return false
			}
		}
	}
	return true
}

// appendBase64 decodes base64 leniently: white space is skipped, URL-safe
// characters are accepted, padding may be missing or repeated, and padding
// in the middle (from words joined by a careless encoder) restarts the
// decoding. Other characters are skipped; validBase64 tells about them.
func appendBase64(dst []byte, t string) []byte {
	var acc uint32
	var n uint
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == '=' {
			acc, n = 0, 0
			continue
		}
		v := base64Value(c)
		if v == 0xff {
			continue
		}
		acc = acc<<6 | uint32(v)
		n += 6
		if n >= 8 {
			n -= 8
			dst = append(dst, byte(acc>>n))
			acc &= 1<<n - 1
		}
	}
	return dst
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}
