package charset

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

var (
	// ErrUnknown reports a charset label that is not recognised.
	ErrUnknown = errors.New("charset: unknown charset")
	// ErrMalformed reports bytes that are not valid in a known charset.
	ErrMalformed = errors.New("charset: malformed input")
)

// UnknownError reports a charset label that is not recognised. It matches
// [ErrUnknown] with [errors.Is].
type UnknownError struct {
	// Label is the label as given, trimmed, made valid UTF-8 and cut to
	// at most 64 bytes.
	Label string
}

// Error implements the error interface.
func (e *UnknownError) Error() string {
	return "charset: unknown charset " + strconv.Quote(e.Label)
}

// Unwrap returns [ErrUnknown].
func (e *UnknownError) Unwrap() error { return ErrUnknown }

func newUnknownError(label string) *UnknownError {
	l := strings.TrimSpace(label)
	if len(l) > maxLabelLen {
		l = l[:maxLabelLen]
	}
	return &UnknownError{Label: strings.ToValidUTF8(l, "\uFFFD")}
}

func malformed(sp spec) error {
	return fmt.Errorf("%w (%s)", ErrMalformed, sp.name)
}

// Lookup returns the encoding for a charset label and reports whether the
// label is known. The label is matched case-insensitively after white space,
// surrounding quotes and an RFC 2231 language suffix are removed. Labels
// follow the WHATWG Encoding Standard, so "iso-8859-1" and "us-ascii" return
// Windows-1252; UTF-8 labels return [golang.org/x/text/encoding/unicode.UTF8];
// "utf-7" returns an encoding implemented by this package; "utf-16" returns
// big-endian UTF-16 that honours a byte order mark, as RFC 2781 asks. Lookup
// never returns a nil encoding with true.
func Lookup(label string) (encoding.Encoding, bool) {
	sp, ok := lookup(label)
	if !ok || sp.enc == nil {
		return nil, false
	}
	return sp.enc, true
}

// IsUTF8 reports whether label names UTF-8 ("utf-8", "UTF8", "cp65001", ...).
// It does not allocate.
func IsUTF8(label string) bool {
	if len(label) > 4*maxLabelLen {
		return false
	}
	var buf [maxLabelLen]byte
	c, ok := compact(&buf, trimLabel(label))
	if !ok {
		return false
	}
	sp, ok := aliases[string(c)]
	return ok && sp.kind == kindUTF8
}

// Decode converts b from the charset named by label to UTF-8.
//
// The result is always valid UTF-8. Input that is pure ASCII in an
// ASCII-compatible charset, and valid input labelled UTF-8, is returned
// without transformation. For an empty label Decode returns the text
// decoded as described in the package documentation and a nil error; for an
// unknown label it does the same and returns an [*UnknownError]. Bytes that
// are invalid in a known charset become U+FFFD (UTF-8 input instead keeps its
// valid sequences and reads other bytes as Windows-1252) and the error
// matches [ErrMalformed]. US-ASCII text with 8-bit bytes is decoded as UTF-8
// when valid, otherwise as Windows-1252, without error.
func Decode(b []byte, label string) (string, error) {
	sp, known := lookup(label)
	if !known {
		if utf8.Valid(b) {
			return string(b), unknownUnlessBlank(label)
		}
		return string(appendFallback(make([]byte, 0, len(b)+len(b)/2), b)), unknownUnlessBlank(label)
	}
	switch sp.kind {
	case kindUTF8:
		if utf8.Valid(b) {
			return string(b), nil
		}
		return string(appendFallback(make([]byte, 0, len(b)+len(b)/2), b)), malformed(sp)
	case kindASCII:
		if utf8.Valid(b) {
			return string(b), nil
		}
	}
	if asciiSafe(b, sp.kind) {
		return string(b), nil
	}
	out, err := sp.appendDecode(make([]byte, 0, len(b)+len(b)/2), b)
	return string(out), err
}

// AppendDecode is like [Decode] but appends the UTF-8 text to dst and
// returns the extended buffer. It does not allocate when the result fits in
// dst and the input needs no transformation.
func AppendDecode(dst, src []byte, label string) ([]byte, error) {
	sp, known := lookup(label)
	if !known {
		if utf8.Valid(src) {
			return append(dst, src...), unknownUnlessBlank(label)
		}
		return appendFallback(dst, src), unknownUnlessBlank(label)
	}
	switch sp.kind {
	case kindUTF8:
		if utf8.Valid(src) {
			return append(dst, src...), nil
		}
		return appendFallback(dst, src), malformed(sp)
	case kindASCII:
		if utf8.Valid(src) {
			return append(dst, src...), nil
		}
	}
	if asciiSafe(src, sp.kind) {
		return append(dst, src...), nil
	}
	return sp.appendDecode(dst, src)
}

func unknownUnlessBlank(label string) error {
	if strings.Trim(label, " \t\r\n\"'") == "" {
		return nil
	}
	return newUnknownError(label)
}

// asciiSafe reports whether b decodes to itself in a charset of kind k.
func asciiSafe(b []byte, k kind) bool {
	switch k {
	case kindUTF16, kindUTF32, kindEBCDIC:
		return false
	}
	if !isASCII(b) {
		return false
	}
	switch k {
	case kindISO2022:
		return bytes.IndexByte(b, 0x1b) < 0 && bytes.IndexByte(b, 0x0e) < 0 && bytes.IndexByte(b, 0x0f) < 0
	case kindHZ:
		return bytes.IndexByte(b, '~') < 0
	case kindUTF7:
		return bytes.IndexByte(b, '+') < 0
	}
	return true
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendDecode decodes src, which needs a real transformation, onto dst.
func (sp spec) appendDecode(dst, src []byte) ([]byte, error) {
	switch sp.kind {
	case kindUTF8:
		return appendFallback(dst, src), malformed(sp)
	case kindASCII, kindWindows1252:
		return appendWindows1252(dst, src), nil
	case kindUTF16:
		out, bad := appendUTF16(dst, src, sp.order)
		return out, malformedIf(bad, sp)
	case kindUTF32:
		out, bad := appendUTF32(dst, src, sp.order)
		return out, malformedIf(bad, sp)
	case kindUTF7:
		d := &utf7Decoder{}
		out, _, err := transform.Append(d, dst, src)
		if err != nil {
			return appendFallback(dst, src), malformed(sp)
		}
		return out, malformedIf(d.malformed, sp)
	}
	return sp.appendX(dst, src)
}

func malformedIf(bad bool, sp spec) error {
	if bad {
		return malformed(sp)
	}
	return nil
}

// appendX decodes with the x/text decoder of sp. Those decoders replace
// invalid input with U+FFFD instead of failing, so a U+FFFD in the output
// that the input did not encode means the input was malformed.
func (sp spec) appendX(dst, src []byte) (out []byte, err error) {
	start := len(dst)
	defer func() {
		// Decoding untrusted mail must not bring the program down
		// even if a decoder has a bug.
		if r := recover(); r != nil {
			out, err = appendFallback(dst[:start], src), malformed(sp)
		}
	}()
	out, _, err = transform.Append(sp.enc.NewDecoder(), dst, src)
	if err != nil {
		return appendFallback(dst[:start], src), malformed(sp)
	}
	got := out[start:]
	if !utf8.Valid(got) {
		fixed := bytes.ToValidUTF8(got, []byte("\uFFFD"))
		return append(out[:start], fixed...), malformed(sp)
	}
	if n := bytes.Count(got, []byte("\uFFFD")); n > 0 && n > sp.encodedReplacements(src) {
		return out, malformed(sp)
	}
	return out, nil
}

// encodedReplacements counts the U+FFFD characters that src really encodes
// (GB18030, for one, can encode U+FFFD).
func (sp spec) encodedReplacements(src []byte) int {
	enc, err := sp.enc.NewEncoder().Bytes([]byte("\uFFFD"))
	if err != nil || len(enc) == 0 {
		return 0
	}
	return bytes.Count(src, enc)
}

// appendFallback appends b, keeping valid UTF-8 sequences and reading every
// other byte as Windows-1252.
func appendFallback(dst, b []byte) []byte {
	for len(b) > 0 {
		c := b[0]
		if c < utf8.RuneSelf {
			dst = append(dst, c)
			b = b[1:]
			continue
		}
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			dst = utf8.AppendRune(dst, windows1252(c))
			b = b[1:]
			continue
		}
		dst = append(dst, b[:size]...)
		b = b[size:]
	}
	return dst
}

// appendWindows1252 appends b decoded as Windows-1252.
func appendWindows1252(dst, b []byte) []byte {
	for _, c := range b {
		if c < utf8.RuneSelf {
			dst = append(dst, c)
		} else {
			dst = utf8.AppendRune(dst, windows1252(c))
		}
	}
	return dst
}

// windows1252 decodes one Windows-1252 byte the way browsers do: the five
// bytes the code page leaves undefined map to the C1 controls of the same
// value.
func windows1252(c byte) rune {
	r := charmap.Windows1252.DecodeByte(c)
	if r == utf8.RuneError {
		return rune(c)
	}
	return r
}
