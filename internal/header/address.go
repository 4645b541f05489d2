package header

import (
	"fmt"
	"strings"
)

// Address is a mailbox: a display name, possibly empty, and an address.
type Address struct {
	Name    string
	Address string
}

// ParseAddressList parses an address list (From, To, Cc, Reply-To, ...) and
// returns the addresses it could recover, in order.
//
// Names are decoded with [DecodeText], so encoded words are decoded even
// inside quoted strings, and are trimmed of white space and of quotes
// around them ("'Juan Pérez'"). A comment stands in for a missing name
// ("j@x.es (Juan Pérez)"). A name equal to its address is dropped. Groups
// ("Team: a@x, b@y;", "undisclosed-recipients:;") contribute their members.
// Addresses are kept as written, UTF-8 included. Obsolete source routes are
// removed. Empty list elements are skipped silently, as RFC 5322 allows.
//
// The following are repaired and reported with an error that matches
// [ErrMalformedAddress] and quotes the fragment at fault:
//   - an unquoted comma in a name ("Pérez, Juan <j@x.es>"): the words before
//     the comma are joined to the name;
//   - a missing '>' or a stray '>';
//   - an empty address ("<>"), which is skipped;
//   - an address without angle brackets after a name ("Juan j@x.es");
//   - missing commas between addresses ("a@x b@y", "<a@x> <b@y>");
//   - ';' used as a separator, an unterminated group;
//   - a "mailto:" prefix, which is removed;
//   - an address without a domain, which is kept;
//   - words that are not an address, which are dropped;
//   - an unterminated comment or quoted string, read as plain text;
//   - invalid UTF-8 in an address, read as Windows-1252;
//   - an element of more than 256 words, comments and addresses, which is
//     read in pieces of 256, so that hostile input costs linear time.
//
// Problems decoding names are reported as [DecodeText] reports them.
func ParseAddressList(s string) ([]Address, error) {
	if a, ok := parseSingle(s); ok {
		return []Address{a}, nil
	}
	return parseList(s)
}

// parseList is the general address-list parser behind ParseAddressList.
func parseList(s string) ([]Address, error) {
	p := addrParser{s: Unfold(s)}
	if n := strings.Count(p.s, "@"); n > 0 {
		p.out = make([]Address, 0, min(n, 64))
	}
	p.parse()
	return p.out, p.errs.err()
}

// maxElementItems bounds the words, quoted strings, comments and angle
// addresses of one list element. A longer element is read in pieces of this
// many items, and the first is reported as malformed.
const maxElementItems = 256

type itemKind uint8

const (
	itemWord    itemKind = iota // a run of ordinary characters
	itemQuoted                  // a quoted string, without the quotes
	itemComment                 // a comment, without the parentheses
	itemAngle                   // the text between '<' and '>'
)

// item is a lexical element of an address list.
type item struct {
	kind       itemKind
	text       string
	start, end int  // the item's span in the input
	space      bool // preceded by white space or a comment
}

type addrParser struct {
	s     string
	i     int
	start int // where the current element starts
	out   []Address
	errs  errSet
	// carry is a preceding element that held only words, kept in case it
	// is the first half of an unquoted "Last, First <addr>".
	carry      []item
	carryBuf   []item // the storage behind carry, reused
	carryStart int
	inGroup    bool
	noComments bool // an unterminated comment was seen
	noQuotes   bool // an unterminated quoted string was seen
}

func (p *addrParser) fail(format string, args ...any) {
	if p.errs.has(ErrMalformedAddress) {
		return
	}
	p.errs.add(fmt.Errorf("%w: "+format, append([]any{ErrMalformedAddress}, args...)...))
}

func (p *addrParser) parse() {
	s := p.s
	space := false
	var buf [8]item
	items := buf[:0] // the current list element
	for p.i < len(s) {
		if len(items) >= maxElementItems {
			// No address has this many words: read what came so far as
			// one element and go on, so that time and memory stay
			// linear in the input.
			p.fail("more than %d words in one address in %q", maxElementItems, fragment(s[p.start:]))
			p.endElement(items)
			items = items[:0]
			p.start = p.i
		}
		c := s[p.i]
		switch {
		case isSpace(c):
			p.i++
			space = true
			continue
		case c == ',':
			p.endElement(items)
			items = items[:0]
			p.i++
			p.start = p.i
		case c == ';':
			p.endElement(items)
			items = items[:0]
			if p.inGroup {
				p.inGroup = false
			} else {
				p.fail("';' between addresses in %q", fragment(s))
			}
			p.i++
			p.start = p.i
		case c == ':' && !p.inGroup && isGroupName(items):
			p.flushCarry()
			items = items[:0]
			p.inGroup = true
			p.i++
			p.start = p.i
		case c == '(' && !p.noComments:
			end := SkipComment(s, p.i)
			text := ""
			if end < 0 {
				// Unterminated: the comment ends before the next
				// comma, and later parentheses are plain text.
				p.noComments = true
				p.fail("unterminated comment in %q", fragment(s[p.i:]))
				end = p.i + 1
				for end < len(s) && s[end] != ',' {
					end++
				}
				text = s[p.i+1 : end]
			} else {
				text = s[p.i+1 : end-1]
			}
			items = append(items, item{kind: itemComment, text: text, start: p.i, end: end, space: space})
			p.i = end
			space = true
			continue
		case c == '"' && !p.noQuotes:
			end := skipQuoted(s, p.i)
			if end < 0 {
				p.noQuotes = true
				p.fail("unterminated quoted string in %q", fragment(s[p.i:]))
				continue
			}
			items = append(items, item{kind: itemQuoted, text: unescape(s[p.i+1:end-1], strings.IndexByte(s[p.i+1:end-1], '\\') >= 0), start: p.i, end: end, space: space})
			p.i = end
		case c == '<':
			items = p.angle(items, space)
		case c == '>':
			p.fail("stray '>' in %q", fragment(s))
			p.i++
		default:
			start := p.i
			for p.i < len(s) && !p.isWordEnd(s[p.i]) {
				p.i++
			}
			if p.i == start {
				p.i++ // ':' that starts no group
			}
			items = append(items, item{kind: itemWord, text: s[start:p.i], start: start, end: p.i, space: space})
		}
		space = false
	}
	p.endElement(items)
	p.flushCarry()
	if p.inGroup {
		p.fail("unterminated group in %q", fragment(s))
	}
}

func (p *addrParser) isWordEnd(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', ',', ';', '<', '>', ':':
		return true
	case '(':
		return !p.noComments
	case '"':
		return !p.noQuotes
	}
	return false
}

// isGroupName reports whether the current element can be the name of a
// group: words only, none of them an address.
func isGroupName(items []item) bool {
	for _, it := range items {
		if it.kind == itemAngle || it.kind == itemWord && strings.Contains(it.text, "@") {
			return false
		}
	}
	return true
}

// angle reads the text between '<' and '>'. Without a '>', it ends before
// the next ',' (unless the text is a source route, which holds commas) or
// at the end. A second '<' starts it again.
func (p *addrParser) angle(items []item, space bool) []item {
	s := p.s
	open := p.i
	start := p.i + 1
	route := start < len(s) && s[start] == '@'
	k := start
	for ; k < len(s); k++ {
		switch s[k] {
		case '>':
			p.i = k + 1
			return append(items, item{kind: itemAngle, text: s[start:k], start: open, end: k + 1, space: space})
		case '<':
			start = k + 1
		case ',':
			if !route {
				goto unclosed
			}
		case '"':
			if end := skipQuoted(s, k); end > 0 {
				k = end - 1
			}
		}
	}
unclosed:
	p.fail("missing '>' in %q", fragment(s[open:k]))
	p.i = k
	return append(items, item{kind: itemAngle, text: s[start:k], start: open, end: k, space: space})
}

// endElement turns the items of one list element into addresses.
func (p *addrParser) endElement(items []item) {
	if len(items) == 0 {
		return
	}
	frag := p.s[p.start:min(p.i, len(p.s))]
	angles := 0
	for _, it := range items {
		if it.kind == itemAngle {
			angles++
		}
	}
	if angles == 0 {
		p.bare(items, frag)
		return
	}
	var carry []item
	if p.carry != nil {
		carry = p.carry
		p.carry = nil
		p.fail("unquoted comma in name %q", fragment(p.s[p.carryStart:min(p.i, len(p.s))]))
	}
	if angles > 1 {
		p.fail("missing comma between addresses in %q", fragment(frag))
	}
	name := 0 // start of the items before the next angle address
	last := -1
	for k, it := range items {
		if it.kind != itemAngle {
			continue
		}
		n := p.name(carry, items[name:k], false)
		carry = nil
		if n == "" {
			n = p.commentName(items[name:k])
		}
		last = p.emit(n, it.text, frag)
		name = k + 1
	}
	// After the last angle address: a comment names it when it has no
	// name; addresses missing their comma are kept; other words are junk.
	rest := items[name:]
	if last >= 0 && p.out[last].Name == "" {
		if n := p.commentName(rest); n != "" && !sameAddress(n, p.out[last].Address) {
			p.out[last].Name = n
		}
	}
	for _, it := range rest {
		if it.kind == itemWord || it.kind == itemQuoted {
			if hasAt(rest) {
				p.fail("missing comma between addresses in %q", fragment(frag))
				p.bare(rest, frag)
			} else {
				p.fail("text after address in %q", fragment(frag))
			}
			break
		}
	}
}

func hasAt(items []item) bool {
	for _, it := range items {
		if it.kind == itemWord && strings.Contains(it.text, "@") {
			return true
		}
	}
	return false
}

// isPhrase reports whether it is part of a display name. With skipAt, words
// holding an '@', which are addresses, are not.
func isPhrase(it item, skipAt bool) bool {
	switch it.kind {
	case itemQuoted:
		return true
	case itemWord:
		return !skipAt || !strings.Contains(it.text, "@")
	}
	return false
}

// bare handles an element without angle brackets: "j@x.es",
// "j@x.es (Juan)", "Juan j@x.es", "a@x b@y", or words that may be the
// first half of a name split by an unquoted comma.
func (p *addrParser) bare(items []item, frag string) {
	items = joinAt(items)
	if !hasAt(items) {
		first, last := -1, -1
		for k, it := range items {
			if it.kind != itemComment {
				if first < 0 {
					first = k
				}
				last = k
			}
		}
		if first < 0 {
			return
		}
		p.flushCarry()
		p.carryBuf = append(p.carryBuf[:0], items[first:last+1]...)
		p.carry = p.carryBuf
		p.carryStart = p.start
		return
	}
	p.flushCarry()
	n := p.name(nil, items, true)
	addrs := 0
	for _, it := range items {
		switch {
		case it.kind == itemWord && strings.Contains(it.text, "@"):
			addrs++
		case isPhrase(it, true):
			p.fail("name without angle brackets in %q", fragment(frag))
		}
	}
	if addrs > 1 {
		p.fail("missing comma between addresses in %q", fragment(frag))
	}
	if n == "" {
		n = p.commentName(items)
	}
	for _, it := range items {
		if it.kind == itemWord && strings.Contains(it.text, "@") {
			p.emit(n, it.text, frag)
			n = ""
		}
	}
}

// joinAt joins the words around an '@' written with white space
// ("juan @ x.es", `"juan perez"@x.es`).
func joinAt(items []item) []item {
	needs := false
	for k := 1; k < len(items); k++ {
		if atJoin(items[k-1], items[k]) {
			needs = true
			break
		}
	}
	if !needs {
		return items
	}
	out := make([]item, 0, len(items))
	for _, it := range items {
		if n := len(out); n > 0 && atJoin(out[n-1], it) {
			prev := &out[n-1]
			left := prev.text
			if prev.kind == itemQuoted {
				left = `"` + strings.ReplaceAll(strings.ReplaceAll(left, `\`, `\\`), `"`, `\"`) + `"`
			}
			prev.text = left + it.text
			prev.kind = itemWord
			prev.end = it.end
			continue
		}
		out = append(out, it)
	}
	return out
}

func atJoin(a, b item) bool {
	if b.kind != itemWord || a.kind != itemWord && a.kind != itemQuoted {
		return false
	}
	return strings.HasPrefix(b.text, "@") || a.kind == itemWord && strings.HasSuffix(a.text, "@")
}

// flushCarry handles a word-only element that no address followed: a single
// word is an address without a domain ("postmaster"); more words are junk.
func (p *addrParser) flushCarry() {
	if p.carry == nil {
		return
	}
	carry := p.carry
	p.carry = nil
	if len(carry) == 1 && carry[0].kind == itemWord {
		p.emit("", carry[0].text, carry[0].text)
		return
	}
	p.fail("words without an address in %q", fragment(p.s[carry[0].start:carry[len(carry)-1].end]))
}

// name builds a display name from the phrase items, after the words of a
// carried element.
func (p *addrParser) name(carry, items []item, skipAt bool) string {
	n := p.join(items, skipAt)
	if carry != nil {
		c := p.join(carry, false)
		if n != "" {
			n = c + ", " + n
		} else {
			n = c
		}
	}
	if n == "" {
		return ""
	}
	d, err := DecodeText(n)
	p.errs.add(err)
	return cleanName(d)
}

// join joins the phrase items with single spaces where the input had white
// space. It does not allocate for a single item, nor for plain words that
// the input already separates with single spaces.
func (p *addrParser) join(items []item, skipAt bool) string {
	count, first, simple := 0, -1, true
	prevEnd := -1
	for k, it := range items {
		if !isPhrase(it, skipAt) {
			continue
		}
		count++
		if first < 0 {
			first = k
		} else if it.kind != itemWord || items[first].kind != itemWord ||
			it.start != prevEnd+1 || p.s[prevEnd] != ' ' {
			simple = false
		}
		prevEnd = it.end
	}
	switch {
	case count == 0:
		return ""
	case count == 1:
		return items[first].text
	case simple:
		return p.s[items[first].start:prevEnd]
	}
	var b strings.Builder
	for _, it := range items {
		if !isPhrase(it, skipAt) {
			continue
		}
		if b.Len() > 0 && it.space {
			b.WriteByte(' ')
		}
		b.WriteString(it.text)
	}
	return b.String()
}

// commentName returns the first non-empty comment among items, decoded.
func (p *addrParser) commentName(items []item) string {
	for _, it := range items {
		if it.kind != itemComment {
			continue
		}
		d, err := DecodeText(unescape(it.text, strings.IndexByte(it.text, '\\') >= 0))
		if n := cleanName(d); n != "" {
			p.errs.add(err)
			return n
		}
	}
	return ""
}

// emit appends an address and returns its index, or -1 when it was empty.
func (p *addrParser) emit(name, addr, frag string) int {
	a := p.cleanAddress(addr, frag)
	if a == "" {
		p.fail("empty address in %q", fragment(frag))
		return -1
	}
	if sameAddress(name, a) {
		name = ""
	}
	p.out = append(p.out, Address{Name: name, Address: a})
	return len(p.out) - 1
}

func sameAddress(name, addr string) bool {
	return strings.EqualFold(name, addr) || strings.EqualFold(strings.Trim(name, "<>"), addr)
}

// cleanAddress trims an address, removes white space, a "mailto:" prefix and
// a source route, and reports what it had to repair.
func (p *addrParser) cleanAddress(a, frag string) string {
	a = strings.TrimSpace(a)
	if strings.ContainsAny(a, " \t\r\n") && !strings.Contains(a, `"`) {
		a = strings.Join(strings.Fields(a), "")
	}
	if len(a) >= 7 && strings.EqualFold(a[:7], "mailto:") {
		p.fail("mailto: in address %q", fragment(frag))
		a = strings.TrimSpace(a[7:])
	}
	if strings.HasPrefix(a, "@") {
		if _, rest, ok := strings.Cut(a, ":"); ok {
			a = rest // "@relay1,@relay2:j@x.es"
		}
	}
	if a == "" {
		return ""
	}
	if !isASCII(a) {
		if v := plainText(a); v != a {
			p.fail("invalid UTF-8 in address %q", fragment(frag))
			a = v
		}
	}
	at := strings.LastIndexByte(a, '@')
	if at <= 0 || at == len(a)-1 {
		p.fail("address without a domain %q", fragment(a))
	}
	return a
}

// cleanName trims white space and surrounding quotes from a decoded name and
// collapses runs of white space.
func cleanName(n string) string {
	n = strings.TrimSpace(n)
	for len(n) >= 2 {
		q := n[0]
		if (q != '"' && q != '\'') || n[len(n)-1] != q {
			break
		}
		n = strings.TrimSpace(n[1 : len(n)-1])
	}
	if strings.Count(n, `"`) == 1 {
		// Left over from an unterminated quoted string.
		n = strings.TrimSpace(strings.Trim(n, `"`))
	}
	if strings.ContainsAny(n, "\t\r\n") || strings.Contains(n, "  ") {
		n = strings.Join(strings.Fields(n), " ")
	}
	return n
}
