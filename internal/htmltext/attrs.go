package htmltext

import (
	"bytes"

	"golang.org/x/net/html"
)

// attrs holds what the renderer uses from a start tag's attributes. The
// slices point into the tokenizer's buffer and are valid until its next
// token.
type attrs struct {
	hidden    bool // hidden attribute, display:none, visibility:hidden, or max-height:0 with overflow:hidden
	tight     bool // vertical margins set to zero, or a Word paragraph: no blank line around the block
	loose     bool // a vertical margin of a line or so: a blank line around the block
	msoIgnore bool // mso-list:Ignore, the span that holds a Word list marker
	msoLevel  int  // the level N of mso-list:lX levelN on a Word list paragraph
	href      []byte
	alt       []byte
	start     int // ol start
	hasStart  bool
	reversed  bool
	value     int // li value
	hasValue  bool
}

// read reads the attributes of the current start tag of z. When kv is
// not nil, every attribute is also appended to it.
func (at *attrs) read(z *html.Tokenizer, k kind, kv *[]attr) {
	var margins margins
	for more := true; more; {
		var key, val []byte
		key, val, more = z.TagAttr()
		if kv != nil {
			*kv = append(*kv, attr{key, val})
		}
		switch string(key) {
		case "style":
			at.style(val, &margins)
		case "hidden":
			at.hidden = true
		case "class":
			if k == kPara && hasMsoClass(val) {
				margins.mso = true
			}
		case "href":
			if k == kA {
				at.href = val
			}
		case "alt":
			at.alt = val
		case "start":
			at.start, at.hasStart = atoi(val)
		case "reversed":
			at.reversed = true
		case "value":
			at.value, at.hasValue = atoi(val)
		}
	}
	at.tight, at.loose = margins.result()
	at.hidden = at.hidden || margins.displayNone || margins.invisible ||
		(margins.noHeight && margins.overflowHidden)
}

// margins gathers the declarations of a style attribute that decide the
// spacing and visibility of an element. Later declarations win.
type margins struct {
	top, bottom    int8 // marginUnset, marginZero or marginSet
	mso            bool // class Mso*: Word paragraphs have no margins unless a style says so
	displayNone    bool
	invisible      bool
	noHeight       bool
	overflowHidden bool
}

const (
	marginUnset int8 = iota
	marginZero
	marginSet
)

// result says whether the block is tight (no blank line around it) or
// loose (a blank line around it); neither means the element's default.
func (m *margins) result() (tight, loose bool) {
	switch {
	case m.top == marginSet || m.bottom == marginSet:
		return false, true
	case m.top == marginZero && m.bottom == marginZero:
		return true, false
	}
	return m.mso, false
}

// style reads a style attribute.
func (at *attrs) style(s []byte, m *margins) {
	for len(s) > 0 {
		var decl []byte
		if i := bytes.IndexByte(s, ';'); i >= 0 {
			decl, s = s[:i], s[i+1:]
		} else {
			decl, s = s, nil
		}
		colon := bytes.IndexByte(decl, ':')
		if colon < 0 {
			continue
		}
		prop := trimSpace(decl[:colon])
		val := trimSpace(decl[colon+1:])
		if n := len(val) - len("!important"); n >= 0 && equalFold(val[n:], "!important") {
			val = trimSpace(val[:n])
		}
		switch {
		case equalFold(prop, "display"):
			m.displayNone = equalFold(val, "none")
		case equalFold(prop, "visibility"):
			m.invisible = equalFold(val, "hidden")
		case equalFold(prop, "max-height"), equalFold(prop, "height"):
			px, ok := length(val)
			m.noHeight = ok && px == 0
		case equalFold(prop, "overflow"):
			m.overflowHidden = equalFold(val, "hidden")
		case equalFold(prop, "margin"):
			m.top, m.bottom = shorthand(val)
		case equalFold(prop, "margin-top"), equalFold(prop, "margin-block-start"):
			m.top = margin(val)
		case equalFold(prop, "margin-bottom"), equalFold(prop, "margin-block-end"):
			m.bottom = margin(val)
		case equalFold(prop, "mso-margin-top-alt"):
			// Word's record of a web paragraph's spacing, "auto" for the
			// usual one.
			if equalFold(val, "auto") {
				m.top = marginSet
			}
		case equalFold(prop, "mso-margin-bottom-alt"):
			if equalFold(val, "auto") {
				m.bottom = marginSet
			}
		case equalFold(prop, "mso-list"):
			at.msoIgnore = containsFold(val, "ignore")
			if i := indexFold(val, "level"); i >= 0 {
				at.msoLevel, _ = atoi(leadingDigits(val[i+len("level"):]))
			}
		}
	}
}

// shorthand reads the top and bottom margins out of a margin shorthand.
func shorthand(val []byte) (top, bottom int8) {
	var parts [4][]byte
	n := 0
	for f, rest := field(val); len(f) > 0; f, rest = field(rest) {
		if n == len(parts) {
			return marginUnset, marginUnset
		}
		parts[n] = f
		n++
	}
	switch n {
	case 1, 2:
		top = margin(parts[0])
		return top, top
	case 3, 4:
		return margin(parts[0]), margin(parts[2])
	}
	return marginUnset, marginUnset
}

// minMargin is the smallest vertical margin, in CSS pixels, that reads as
// a blank line.
const minMargin = 8

// margin classifies one margin value.
func margin(val []byte) int8 {
	if equalFold(val, "auto") {
		return marginZero
	}
	px, ok := length(val)
	switch {
	case !ok:
		return marginUnset
	case px < minMargin:
		return marginZero
	}
	return marginSet
}

// length converts a CSS length to CSS pixels, approximately: em and rem
// count as 16px. Percentages count as a large length unless zero.
func length(val []byte) (px float64, ok bool) {
	i := 0
	neg := false
	if i < len(val) && (val[i] == '-' || val[i] == '+') {
		neg = val[i] == '-'
		i++
	}
	var v, scale float64 = 0, 0
	digits := 0
	for ; i < len(val); i++ {
		c := val[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
			if scale == 0 {
				v = v*10 + float64(c-'0')
			} else {
				scale /= 10
				v += float64(c-'0') * scale
			}
			continue
		case c == '.' && scale == 0:
			scale = 1
			continue
		}
		break
	}
	if digits == 0 {
		return 0, false
	}
	if neg {
		return 0, true
	}
	unit := val[i:]
	switch {
	case len(unit) == 0, equalFold(unit, "px"):
		return v, true
	case equalFold(unit, "pt"):
		return v * 4 / 3, true
	case equalFold(unit, "pc"):
		return v * 16, true
	case equalFold(unit, "em"), equalFold(unit, "rem"):
		return v * 16, true
	case equalFold(unit, "ex"), equalFold(unit, "ch"):
		return v * 8, true
	case equalFold(unit, "cm"):
		return v * 96 / 2.54, true
	case equalFold(unit, "mm"):
		return v * 96 / 25.4, true
	case equalFold(unit, "in"):
		return v * 96, true
	}
	if v == 0 {
		return 0, true
	}
	return 100, true // %, vh and the like: something sizeable
}

// hasMsoClass reports whether a class attribute names a Word style
// (MsoNormal, MsoListParagraph, MsoPlainText, …).
func hasMsoClass(val []byte) bool {
	for f, rest := field(val); len(f) > 0; f, rest = field(rest) {
		if hasPrefixFold(f, "mso") {
			return true
		}
	}
	return false
}

// field splits off the first space-separated field of b.
func field(b []byte) (f, rest []byte) {
	for len(b) > 0 && isSpace(b[0]) {
		b = b[1:]
	}
	i := 0
	for i < len(b) && !isSpace(b[i]) {
		i++
	}
	return b[:i], b[i:]
}

// atoi parses a small decimal integer, clamped to ±1e9.
func atoi(b []byte) (int, bool) {
	b = trimSpace(b)
	neg := false
	if len(b) > 0 && (b[0] == '-' || b[0] == '+') {
		neg = b[0] == '-'
		b = b[1:]
	}
	if len(b) == 0 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		if n < 1e9 {
			n = n*10 + int(c-'0')
		}
	}
	n = min(n, 1e9)
	if neg {
		n = -n
	}
	return n, true
}

func leadingDigits(b []byte) []byte {
	for i, c := range b {
		if c < '0' || c > '9' {
			return b[:i]
		}
	}
	return b
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && isSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

// equalFold compares ASCII case-insensitively without converting b to a
// string.
func equalFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range len(b) {
		if lower(b[i]) != lower(s[i]) {
			return false
		}
	}
	return true
}

func hasPrefixFold(b []byte, s string) bool {
	return len(b) >= len(s) && equalFold(b[:len(s)], s)
}

func indexFold(b []byte, s string) int {
	for i := 0; i+len(s) <= len(b); i++ {
		if equalFold(b[i:i+len(s)], s) {
			return i
		}
	}
	return -1
}

func containsFold(b []byte, s string) bool {
	return indexFold(b, s) >= 0
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
