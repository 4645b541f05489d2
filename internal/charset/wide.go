package charset

import (
	"unicode/utf16"
	"unicode/utf8"
)

// guessWindow is how much of a UTF-16 or UTF-32 text without a byte order
// mark is examined to guess its byte order.
const guessWindow = 4096

// appendUTF16 decodes UTF-16. A byte order mark overrides order; without one,
// orderGuess picks the order that puts the zero bytes of ASCII text in the
// high half (big-endian when undecided, per RFC 2781). It reports whether the
// input had an unpaired surrogate or an odd trailing byte.
func appendUTF16(dst, b []byte, order byteOrder) ([]byte, bool) {
	if len(b) >= 2 {
		switch {
		case b[0] == 0xfe && b[1] == 0xff:
			order, b = orderBig, b[2:]
		case b[0] == 0xff && b[1] == 0xfe:
			order, b = orderLittle, b[2:]
		}
	}
	if order == orderGuess {
		order = guessUTF16(b)
	}
	unit := func(b []byte) rune {
		if order == orderLittle {
			return rune(b[0]) | rune(b[1])<<8
		}
		return rune(b[0])<<8 | rune(b[1])
	}
	bad := false
	for len(b) >= 2 {
		u := unit(b)
		b = b[2:]
		switch {
		case !utf16.IsSurrogate(u):
		case u < 0xdc00 && len(b) >= 2 && isLowSurrogate(unit(b)):
			u = utf16.DecodeRune(u, unit(b))
			b = b[2:]
		default:
			u, bad = utf8.RuneError, true
		}
		dst = utf8.AppendRune(dst, u)
	}
	if len(b) > 0 {
		dst = utf8.AppendRune(dst, utf8.RuneError)
		bad = true
	}
	return dst, bad
}

func isLowSurrogate(u rune) bool { return 0xdc00 <= u && u < 0xe000 }

func guessUTF16(b []byte) byteOrder {
	if len(b) > guessWindow {
		b = b[:guessWindow]
	}
	even, odd := 0, 0
	for i := 0; i+1 < len(b); i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	if odd > even {
		return orderLittle
	}
	return orderBig
}

// appendUTF32 decodes UTF-32 the way appendUTF16 decodes UTF-16. It reports
// whether the input had values that are not Unicode scalar values or a
// truncated unit.
func appendUTF32(dst, b []byte, order byteOrder) ([]byte, bool) {
	if len(b) >= 4 {
		switch {
		case b[0] == 0 && b[1] == 0 && b[2] == 0xfe && b[3] == 0xff:
			order, b = orderBig, b[4:]
		case b[0] == 0xff && b[1] == 0xfe && b[2] == 0 && b[3] == 0:
			order, b = orderLittle, b[4:]
		}
	}
	if order == orderGuess {
		order = guessUTF32(b)
	}
	bad := false
	for len(b) >= 4 {
		r := unit32(b, order)
		b = b[4:]
		if !utf8.ValidRune(r) {
			r, bad = utf8.RuneError, true
		}
		dst = utf8.AppendRune(dst, r)
	}
	if len(b) > 0 {
		dst = utf8.AppendRune(dst, utf8.RuneError)
		bad = true
	}
	return dst, bad
}

func unit32(b []byte, order byteOrder) rune {
	if order == orderLittle {
		return rune(uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24)
	}
	return rune(uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24)
}

// guessUTF32 picks the byte order under which more units are Unicode scalar
// values.
func guessUTF32(b []byte) byteOrder {
	if len(b) > guessWindow {
		b = b[:guessWindow]
	}
	big, little := 0, 0
	for ; len(b) >= 4; b = b[4:] {
		if utf8.ValidRune(unit32(b, orderBig)) {
			big++
		}
		if utf8.ValidRune(unit32(b, orderLittle)) {
			little++
		}
	}
	if little > big {
		return orderLittle
	}
	return orderBig
}
