package header

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cartero/cartero/internal/charset"
)

// MaxParams is the largest number of parameters [ParseMediaType] reads; the
// rest of the value is ignored and reported.
const MaxParams = 256

// maxSection is the largest RFC 2231 section number accepted.
const maxSection = 999

// ParseMediaType parses a Content-Type or Content-Disposition value. It
// returns the lower-cased media type ("text/plain") or disposition
// ("attachment") and the parameters, keyed by lower-cased name. The map is
// nil when there are no parameters; it is safe to read. An empty value
// returns "", nil, nil.
//
// Parameter values are decoded: RFC 2231 continuations are joined in
// section order and extended values are decoded from any charset known to
// [charset.Lookup]; an extended value takes precedence over a plain value of
// the same name (RFC 6266 senders give both). RFC 2047 encoded words and raw
// 8-bit text in plain values are decoded as by [DecodeText], except in
// "boundary", which is kept as written (only made valid UTF-8). None of
// these is an error, nor
// are unquoted values holding tspecials ("name=foo@bar.pdf",
// "boundary=----=_Part_1"), comments ("charset=us-ascii (Plain text)"),
// stray and trailing semicolons, or white space around "/" and "=".
//
// The following are repaired and reported with an error that matches
// [ErrMalformedParams]:
//   - a type without a subtype: "text" becomes "text/plain", "multipart"
//     becomes "multipart/mixed", other known top-level types become
//     "application/octet-stream"; other single words are kept, since they
//     are dispositions;
//   - a quoted media type, or none at all before the first parameter;
//   - a parameter without '=', which is dropped;
//   - a missing ';' between parameters ("format=flowed delsp=yes");
//   - white space inside an unquoted value ("name=Factura Marzo.pdf"), kept;
//   - a missing closing quote: the value runs to the end;
//   - text after a closing quote: glued text is appended to the value
//     ("name="informe".pdf"), other text is dropped;
//   - a duplicate parameter: the first wins;
//   - RFC 2231 sections with gaps, duplicates or bad numbers; extended
//     values without the charset'language' prefix, quoted, with bad percent
//     escapes, or in an unknown charset (also matches [charset.ErrUnknown]).
//
// Problems decoding encoded words or charsets inside values match
// [ErrMalformedParams] and also their own kind ([ErrMalformedWord],
// [charset.ErrUnknown], [charset.ErrMalformed]). At most [MaxParams]
// parameters are read. The error describes the first problem found.
//
// In quoted strings a backslash escapes only '"' and '\'; before any other
// character it is kept, which preserves Windows paths.
func ParseMediaType(v string) (mediaType string, params map[string]string, err error) {
	p := paramParser{s: Unfold(v)}
	p.skipCFWS()
	if p.i == len(p.s) {
		return "", nil, nil
	}
	mediaType = p.mediaType()
	p.params()
	p.assemble()
	return mediaType, p.out, p.err
}

// paramParser holds the state of one ParseMediaType call.
type paramParser struct {
	s   string
	i   int
	out map[string]string
	// ext holds the RFC 2231 parts ("name*", "name*0", "name*1*").
	ext []section
	n   int // parameters read
	err error
}

// section is one RFC 2231 part of a parameter.
type section struct {
	name   string
	num    int // -1 for "name*"
	ext    bool
	quoted bool
	value  string
}

// fail records the first problem.
func (p *paramParser) fail(format string, args ...any) {
	if p.err == nil {
		p.err = fmt.Errorf("%w: "+format, append([]any{ErrMalformedParams}, args...)...)
	}
}

// failWrap records the first problem, wrapping a cause.
func (p *paramParser) failWrap(cause error, format string, args ...any) {
	if p.err == nil {
		p.err = fmt.Errorf("%w: "+format+": %w", append(append([]any{ErrMalformedParams}, args...), cause)...)
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// skipCFWS skips white space and comments. An unclosed comment is left in
// place.
func (p *paramParser) skipCFWS() {
	for p.i < len(p.s) {
		switch c := p.s[p.i]; {
		case isSpace(c):
			p.i++
		case c == '(':
			end := SkipComment(p.s, p.i)
			if end < 0 {
				return
			}
			p.i = end
		default:
			return
		}
	}
}

// SkipComment returns the index just after the RFC 5322 comment (nested
// parentheses, backslash escapes) that starts at s[i], or -1 if it is not
// closed.
func SkipComment(s string, i int) int {
	depth := 0
	for ; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return -1
}

// isTokenChar reports whether c may appear in an RFC 2045 token, allowing
// 8-bit bytes.
func isTokenChar(c byte) bool {
	if c <= ' ' || c == 0x7f {
		return false
	}
	return !strings.ContainsRune(`()<>@,;:\"/[]?=`, rune(c))
}

// isAttrChar reports whether c may appear in a parameter name, RFC 2231
// '*' included.
func isAttrChar(c byte) bool { return isTokenChar(c) }

// mediaType reads the type or disposition at the start of the value.
func (p *paramParser) mediaType() string {
	s := p.s
	start := p.i
	quoted := false
	if s[p.i] == '"' {
		quoted = true
		p.i++
	}
	// Read up to ';', white space, a comment or a quote; white space
	// around '/' is allowed ("text / plain").
	var b strings.Builder
	seg := p.i
	for p.i < len(s) {
		c := s[p.i]
		if c == ';' || c == '(' || c == '"' {
			break
		}
		if isSpace(c) {
			k := p.i
			for k < len(s) && isSpace(s[k]) {
				k++
			}
			prevSlash := p.i > seg && s[p.i-1] == '/'
			if k < len(s) && (s[k] == '/' || prevSlash) {
				b.WriteString(s[seg:p.i])
				p.i, seg = k, k
				continue
			}
			break
		}
		p.i++
	}
	var mt string
	if b.Len() > 0 {
		b.WriteString(s[seg:p.i])
		mt = b.String()
	} else {
		mt = s[seg:p.i]
	}
	if quoted {
		if p.i < len(s) && s[p.i] == '"' {
			p.i++
		}
		p.fail("quoted media type %q", fragment(s[start:p.i]))
	}
	if strings.Contains(mt, "=") {
		// No media type at all: the value starts with a parameter.
		p.i = start
		p.fail("missing media type in %q", fragment(s))
		return ""
	}
	p.skipCFWS()
	switch {
	case p.i == len(s):
	case s[p.i] == ';':
		p.i++
	default:
		p.fail("missing ';' after media type in %q", fragment(s))
	}
	return p.fixMediaType(strings.ToLower(plainText(mt)))
}

// fixMediaType repairs a media type without a subtype and checks its
// characters.
func (p *paramParser) fixMediaType(mt string) string {
	if mt == "" {
		p.fail("missing media type")
		return ""
	}
	typ, sub, slash := strings.Cut(mt, "/")
	if !slash || sub == "" || typ == "" {
		var fixed string
		switch typ {
		case "text":
			fixed = "text/plain"
		case "multipart":
			fixed = "multipart/mixed"
		case "application", "image", "audio", "video", "message", "font", "model":
			fixed = "application/octet-stream"
		case "":
			if slash {
				fixed = "application/octet-stream"
			}
		}
		if fixed != "" {
			p.fail("incomplete media type %q", fragment(mt))
			return fixed
		}
		if slash {
			p.fail("incomplete media type %q", fragment(mt))
		}
	}
	for i := 0; i < len(mt); i++ {
		if c := mt[i]; c != '/' && !isTokenChar(c) || c >= utf8.RuneSelf {
			p.fail("invalid character in media type %q", fragment(mt))
			return mt
		}
	}
	return mt
}

// params reads the parameters.
func (p *paramParser) params() {
	s := p.s
	for {
		p.skipCFWS()
		if p.i >= len(s) {
			return
		}
		if s[p.i] == ';' {
			p.i++
			continue
		}
		if p.n == MaxParams {
			p.fail("more than %d parameters", MaxParams)
			return
		}
		start := p.i
		for p.i < len(s) && isAttrChar(s[p.i]) {
			p.i++
		}
		attr := s[start:p.i]
		p.skipCFWS()
		if p.i >= len(s) || s[p.i] != '=' {
			p.fail("missing '=' in parameter %q", fragment(s[start:min(p.i+1, len(s))]))
			p.skipPast()
			continue
		}
		p.i++ // '='
		p.skipCFWS()
		value, quoted := p.value()
		if attr == "" {
			p.fail("parameter without a name in %q", fragment(s[start:p.i]))
			continue
		}
		p.n++
		p.add(strings.ToLower(attr), value, quoted)
	}
}

// skipPast skips to the next ';' outside quotes, or to the end.
func (p *paramParser) skipPast() {
	s := p.s
	for p.i < len(s) {
		switch s[p.i] {
		case ';':
			p.i++
			return
		case '"':
			if end := skipQuoted(s, p.i); end > 0 {
				p.i = end
				continue
			}
		}
		p.i++
	}
}

// skipQuoted returns the index after the quoted string that starts at s[i],
// or -1 if it is not closed.
func skipQuoted(s string, i int) int {
	for i++; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return -1
}

// value reads a parameter value, quoted or not.
func (p *paramParser) value() (string, bool) {
	s := p.s
	if p.i < len(s) && s[p.i] == '"' {
		return p.quotedValue(), true
	}
	start := p.i
	end := p.i // end of the value without trailing white space
	spaces := false
	for p.i < len(s) && s[p.i] != ';' {
		c := s[p.i]
		if !isSpace(c) {
			p.i++
			end = p.i
			continue
		}
		k := p.i
		for k < len(s) && isSpace(s[k]) {
			k++
		}
		if k < len(s) && isParamStart(s, k) {
			p.i = k
			p.fail("missing ';' before %q", fragment(s[k:]))
			return s[start:end], false
		}
		if k < len(s) && s[k] == '(' {
			if c := SkipComment(s, k); c > 0 {
				rest := c
				for rest < len(s) && isSpace(s[rest]) {
					rest++
				}
				if rest == len(s) || s[rest] == ';' {
					p.i = rest
					return s[start:end], false
				}
			}
		}
		if k < len(s) && s[k] != ';' {
			spaces = true
		}
		p.i = k
	}
	if spaces {
		p.fail("unquoted white space in %q", fragment(s[start:end]))
	}
	return s[start:end], false
}

// isParamStart reports whether s[k:] starts with "name=".
func isParamStart(s string, k int) bool {
	j := k
	for j < len(s) && isAttrChar(s[j]) {
		j++
	}
	if j == k {
		return false
	}
	for j < len(s) && isSpace(s[j]) {
		j++
	}
	return j < len(s) && s[j] == '='
}

// quotedValue reads the quoted string at p.i and what follows it up to the
// next parameter.
func (p *paramParser) quotedValue() string {
	s := p.s
	start := p.i + 1
	escapes := false
	end := -1
	for k := start; k < len(s); k++ {
		c := s[k]
		if c == '\\' && k+1 < len(s) && (s[k+1] == '"' || s[k+1] == '\\') {
			escapes = true
			k++
			continue
		}
		if c == '"' {
			end = k
			break
		}
	}
	if end < 0 {
		p.fail("missing closing quote in %q", fragment(s[p.i:]))
		p.i = len(s)
		return unescape(strings.TrimRight(s[start:], " \t\r\n"), escapes)
	}
	v := unescape(s[start:end], escapes)
	p.i = end + 1
	// Text glued to the closing quote belongs to the value.
	glued := p.i
	for glued < len(s) && s[glued] != ';' && !isSpace(s[glued]) && s[glued] != '"' {
		glued++
	}
	if glued > p.i {
		p.fail("text after quoted value in %q", fragment(s[start-1:glued]))
		v += s[p.i:glued]
		p.i = glued
	}
	p.skipCFWS()
	if p.i < len(s) && s[p.i] != ';' {
		if isParamStart(s, p.i) {
			p.fail("missing ';' before %q", fragment(s[p.i:]))
		} else {
			p.fail("text after quoted value in %q", fragment(s[p.i:]))
			p.skipPast()
		}
	}
	return v
}

// unescape removes the backslashes before '"' and '\'.
func unescape(s string, escapes bool) string {
	if !escapes {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && (s[i+1] == '"' || s[i+1] == '\\') {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// add stores a parameter, or keeps an RFC 2231 part for assemble.
func (p *paramParser) add(attr, value string, quoted bool) {
	name, rest, star := strings.Cut(attr, "*")
	if !star {
		if _, dup := p.out[name]; dup {
			p.fail("duplicate parameter %q", fragment(name))
			return
		}
		if p.out == nil {
			p.out = make(map[string]string, 4)
		}
		p.out[name] = p.plainValue(name, value)
		return
	}
	sec := section{name: name, num: -1, quoted: quoted, value: value}
	switch {
	case rest == "":
		sec.ext = true
	default:
		digits, ext := strings.CutSuffix(rest, "*")
		n, ok := sectionNumber(digits)
		if !ok {
			p.fail("bad parameter section %q", fragment(attr))
			return
		}
		sec.num, sec.ext = n, ext
	}
	if name == "" {
		p.fail("parameter without a name in %q", fragment(attr))
		return
	}
	p.ext = append(p.ext, sec)
}

func sectionNumber(s string) (int, bool) {
	if s == "" || len(s) > 3 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, n <= maxSection
}

// plainValue decodes a plain parameter value.
func (p *paramParser) plainValue(name, v string) string {
	if name == "boundary" {
		return plainText(v)
	}
	if isASCII(v) && !strings.Contains(v, "=?") {
		return v
	}
	d, err := DecodeText(v)
	if err != nil {
		p.failWrap(err, "parameter %q", fragment(name))
	}
	return d
}

// assemble joins the RFC 2231 parts and stores them, replacing plain
// values of the same name.
func (p *paramParser) assemble() {
	if len(p.ext) == 0 {
		return
	}
	// Sort by name, then section; the stable sort keeps duplicates in the
	// order they came, so the first wins.
	slices.SortStableFunc(p.ext, func(a, b section) int {
		return cmp.Or(strings.Compare(a.name, b.name), cmp.Compare(a.num, b.num))
	})
	for i := 0; i < len(p.ext); {
		j := i + 1
		for j < len(p.ext) && p.ext[j].name == p.ext[i].name {
			j++
		}
		group := p.ext[i:j]
		i = j
		name := group[0].name
		var v string
		if group[0].num < 0 {
			// "name*" beats "name*0...".
			if len(group) > 1 {
				p.fail("parameter %q given more than once", fragment(name))
			}
			v = p.decodeSections(name, group[:1])
		} else {
			v = p.decodeSections(name, group)
		}
		if p.out == nil {
			p.out = make(map[string]string, 4)
		}
		p.out[name] = v
	}
}

// decodeSections joins the sections of one parameter, sorted by number,
// and decodes them.
func (p *paramParser) decodeSections(name string, group []section) string {
	var raw []byte
	label := ""
	anyExt := false
	want := 0
	if group[0].num < 0 {
		want = -1
	}
	for k, sec := range group {
		if k > 0 && sec.num == group[k-1].num {
			p.fail("duplicate section %d of parameter %q", sec.num, fragment(name))
			continue
		}
		if sec.num != want {
			p.fail("missing section %d of parameter %q", want, fragment(name))
		}
		want = sec.num + 1
		if !sec.ext {
			raw = append(raw, sec.value...)
			continue
		}
		anyExt = true
		val := sec.value
		if sec.quoted {
			p.fail("quoted extended value of parameter %q", fragment(name))
		}
		if k == 0 && sec.num <= 0 {
			cs, rest, ok := splitExtended(val)
			if ok {
				label, val = cs, rest
			} else {
				p.fail("extended value of parameter %q lacks a charset", fragment(name))
			}
		}
		var bad bool
		raw, bad = appendPercent(raw, val)
		if bad {
			p.fail("bad percent escape in parameter %q", fragment(name))
		}
	}
	if !anyExt {
		// Continuations of a plain value, possibly an encoded word
		// split across sections.
		return p.plainValue(name, string(raw))
	}
	v, err := charset.Decode(raw, label)
	if err != nil {
		p.failWrap(err, "parameter %q", fragment(name))
	}
	if strings.Contains(v, "=?") {
		if d, err := DecodeText(v); err == nil {
			v = d
		}
	}
	return v
}

// splitExtended splits "charset'language'text".
func splitExtended(v string) (label, text string, ok bool) {
	cs, rest, ok := strings.Cut(v, "'")
	if !ok {
		return "", v, false
	}
	_, text, ok = strings.Cut(rest, "'")
	if !ok {
		return "", v, false
	}
	return cs, text, true
}

// appendPercent appends v with %XX escapes decoded. A '%' that starts no
// escape is kept and reported.
func appendPercent(dst []byte, v string) ([]byte, bool) {
	bad := false
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c == '%' {
			if i+2 < len(v) && isHex(v[i+1]) && isHex(v[i+2]) {
				c = unhex(v[i+1])<<4 | unhex(v[i+2])
				i += 2
			} else {
				bad = true
			}
		}
		dst = append(dst, c)
	}
	return dst, bad
}
