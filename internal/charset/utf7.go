package charset

import (
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// utf7Encoding is UTF-7 (RFC 2152), which x/text does not provide.
type utf7Encoding struct{}

var _ encoding.Encoding = utf7Encoding{}

// NewDecoder returns a decoder that turns malformed input into U+FFFD.
func (utf7Encoding) NewDecoder() *encoding.Decoder {
	return &encoding.Decoder{Transformer: &utf7Decoder{}}
}

// NewEncoder returns an encoder that writes only the characters of RFC 2152
// set D and white space directly and everything else in base64.
func (utf7Encoding) NewEncoder() *encoding.Encoder {
	return &encoding.Encoder{Transformer: &utf7Encoder{}}
}

// String returns the name of the encoding.
func (utf7Encoding) String() string { return "UTF-7" }

const base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// base64Value returns the value of a base64 character, or -1.
func base64Value(c byte) int {
	switch {
	case 'A' <= c && c <= 'Z':
		return int(c - 'A')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 26
	case '0' <= c && c <= '9':
		return int(c-'0') + 52
	case c == '+':
		return 62
	case c == '/':
		return 63
	}
	return -1
}

// utf7State is the part of the decoder that a step may change.
type utf7State struct {
	bits      uint32 // pending base64 bits, the low nbits of them
	nbits     uint8
	shifted   bool // inside a "+...-" sequence
	fresh     bool // nothing decoded yet since the '+'
	high      rune // pending high surrogate, or 0
	malformed bool
}

// utf7Decoder decodes UTF-7. Malformed input (stray 8-bit bytes, unpaired
// surrogates, leftover bits) is decoded as well as possible and recorded in
// malformed.
type utf7Decoder struct {
	utf7State
}

func (d *utf7Decoder) Reset() { d.utf7State = utf7State{} }

// Transform implements transform.Transformer. Each step decodes one input
// byte (or one 8-bit sequence) into at most 8 output bytes on a copy of the
// state, which is kept only when the output fits, so ErrShortDst never loses
// input.
func (d *utf7Decoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	var tmp [2 * utf8.UTFMax]byte
	for nSrc < len(src) {
		st := d.utf7State
		out, n := tmp[:0], 1
		c := src[nSrc]
		switch {
		case st.shifted && base64Value(c) >= 0:
			st.fresh = false
			st.bits = st.bits<<6 | uint32(base64Value(c))
			st.nbits += 6
			if st.nbits >= 16 {
				st.nbits -= 16
				u := rune(st.bits >> st.nbits & 0xffff)
				st.bits &= 1<<st.nbits - 1
				out = st.unit(out, u)
			}
		case st.shifted && st.fresh:
			// "+-" is a plus sign; a '+' followed by anything else
			// was meant literally.
			st.shifted, st.fresh = false, false
			out = append(out, '+')
			if c != '-' {
				st.malformed = true
				n = 0
			}
		case st.shifted:
			out = st.end(out)
			if c != '-' {
				n = 0 // c is a direct character
			}
		case c == '+':
			st.shifted, st.fresh = true, true
		case c < utf8.RuneSelf:
			out = append(out, c)
		default:
			// 8-bit bytes never occur in UTF-7; keep what mislabelled
			// UTF-8 or Windows-1252 text meant.
			if !atEOF && !utf8.FullRune(src[nSrc:]) {
				return nDst, nSrc, transform.ErrShortSrc
			}
			st.malformed = true
			r, size := utf8.DecodeRune(src[nSrc:])
			if r == utf8.RuneError && size == 1 {
				r = windows1252(c)
			}
			out, n = utf8.AppendRune(out, r), size
		}
		if len(out) > len(dst)-nDst {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], out)
		nSrc += n
		d.utf7State = st
	}
	if atEOF && d.shifted {
		st := d.utf7State
		var out []byte
		if st.fresh {
			st.malformed = true
			out = append(tmp[:0], '+')
			st.shifted, st.fresh = false, false
		} else {
			out = st.end(tmp[:0])
		}
		if len(out) > len(dst)-nDst {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], out)
		d.utf7State = st
	}
	return nDst, nSrc, nil
}

// unit appends the UTF-16 code unit u, pairing surrogates.
func (st *utf7State) unit(out []byte, u rune) []byte {
	switch {
	case 0xd800 <= u && u < 0xdc00:
		if st.high != 0 {
			out = utf8.AppendRune(out, utf8.RuneError)
			st.malformed = true
		}
		st.high = u
		return out
	case isLowSurrogate(u):
		if st.high == 0 {
			st.malformed = true
			return utf8.AppendRune(out, utf8.RuneError)
		}
		r := utf16.DecodeRune(st.high, u)
		st.high = 0
		return utf8.AppendRune(out, r)
	}
	if st.high != 0 {
		out = utf8.AppendRune(out, utf8.RuneError)
		st.high = 0
		st.malformed = true
	}
	return utf8.AppendRune(out, u)
}

// end closes a shifted sequence. Up to five zero bits may be left over;
// anything else is malformed.
func (st *utf7State) end(out []byte) []byte {
	if st.high != 0 {
		out = utf8.AppendRune(out, utf8.RuneError)
		st.high = 0
		st.malformed = true
	}
	if st.nbits >= 6 || st.bits != 0 {
		st.malformed = true
	}
	st.bits, st.nbits, st.shifted, st.fresh = 0, 0, false, false
	return out
}

// utf7Direct reports whether c is written as itself by the encoder: RFC 2152
// set D and white space. The optional direct characters are encoded because
// some of them are special in mail headers.
func utf7Direct(c rune) bool {
	switch {
	case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		return true
	}
	switch c {
	case '\'', '(', ')', ',', '-', '.', '/', ':', '?', ' ', '\t', '\r', '\n':
		return true
	}
	return false
}

// utf7Encoder encodes UTF-8 into UTF-7. Invalid UTF-8 is encoded as U+FFFD.
type utf7Encoder struct {
	bits    uint32
	nbits   uint8
	shifted bool
}

func (e *utf7Encoder) Reset() { *e = utf7Encoder{} }

// Transform implements transform.Transformer with the same step discipline
// as the decoder.
func (e *utf7Encoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	var tmp [16]byte
	for nSrc < len(src) {
		st := *e
		out := tmp[:0]
		r, size := rune(src[nSrc]), 1
		if r >= utf8.RuneSelf {
			if !atEOF && !utf8.FullRune(src[nSrc:]) {
				return nDst, nSrc, transform.ErrShortSrc
			}
			r, size = utf8.DecodeRune(src[nSrc:])
		}
		switch {
		case r == '+' && !st.shifted:
			out = append(out, '+', '-')
		case utf7Direct(r):
			out = st.flush(out)
			out = append(out, byte(r))
		default:
			if !st.shifted {
				out = append(out, '+')
				st.shifted = true
			}
			if r1, r2 := utf16.EncodeRune(r); r1 != utf8.RuneError {
				out = st.push(out, r1)
				out = st.push(out, r2)
			} else {
				out = st.push(out, r)
			}
		}
		if len(out) > len(dst)-nDst {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], out)
		nSrc += size
		*e = st
	}
	if atEOF && e.shifted {
		st := *e
		out := st.flush(tmp[:0])
		if len(out) > len(dst)-nDst {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], out)
		*e = st
	}
	return nDst, nSrc, nil
}

// push adds a 16-bit unit and writes the complete base64 characters.
func (e *utf7Encoder) push(out []byte, u rune) []byte {
	e.bits = e.bits<<16 | uint32(u)&0xffff
	e.nbits += 16
	for e.nbits >= 6 {
		e.nbits -= 6
		out = append(out, base64Chars[e.bits>>e.nbits&0x3f])
	}
	e.bits &= 1<<e.nbits - 1
	return out
}

// flush pads the pending bits, writes them and closes the shifted sequence
// with '-', which is always allowed and keeps a following '-' or base64
// character unambiguous.
func (e *utf7Encoder) flush(out []byte) []byte {
	if !e.shifted {
		return out
	}
	if e.nbits > 0 {
		out = append(out, base64Chars[e.bits<<(6-e.nbits)&0x3f])
	}
	e.bits, e.nbits, e.shifted = 0, 0, false
	return append(out, '-')
}
