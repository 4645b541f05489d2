package msgid

import (
	"strings"
	"unicode/utf8"

	"github.com/cartero/cartero/internal/header"
)

// MaxIDs is the largest number of identifiers [ParseList] returns. Real
// References fields hold a few dozen; the bound keeps a hostile header from
// costing more than it is worth.
const MaxIDs = 1000

// Format returns id in angle brackets, as it is written in a header field.
func Format(id string) string {
	return "<" + id + ">"
}

// Parse returns the first message identifier in a Message-ID field value,
// or "" if there is none.
//
// An identifier in angle brackets wins; white space inside the brackets is
// removed and everything else inside them, such as the quotes and slashes of
// X.400 identifiers, is kept verbatim. Without brackets, the first word
// containing '@' is taken, or the value itself when it is a single word.
// Comments and quoted strings outside brackets are ignored.
func Parse(s string) string {
	if id, ok := plainID(s); ok {
		return id
	}
	return parse(s)
}

// parse is the general scanner behind Parse.
func parse(s string) string {
	sc := scanner{s: s}
	var first, at string
	words := 0
	for {
		kind, text := sc.next()
		switch kind {
		case tokEnd:
			switch {
			case at != "":
				return clean(at)
			case words == 1:
				return clean(first)
			}
			return ""
		case tokID:
			if id := clean(text); id != "" {
				return id
			}
		case tokWord:
			words++
			if words == 1 {
				first = text
			}
			if at == "" && strings.Contains(text, "@") {
				at = text
			}
		}
	}
}

// ParseList returns the message identifiers in an In-Reply-To or References
// field value, in order and without duplicates (the first occurrence is
// kept), at most [MaxIDs] of them.
//
// Identifiers may be separated by white space, commas or nothing at all, and
// free text, quoted strings and comments between them are skipped
// ("Your message of "Mon, 1 Jan" <id@example.com>"). Words without angle
// brackets are taken as identifiers only when the value has no bracketed
// identifier at all and the word contains '@'. Empty identifiers ("<>") are
// dropped. ParseList returns nil when there is no identifier.
func ParseList(s string) []string {
	if ids, ok := plainList(s); ok && len(ids) <= 64 {
		return ids
	}
	return parseList(s)
}

// parseList is the general scanner behind ParseList.
func parseList(s string) []string {
	sc := scanner{s: s}
	var ids, words list
	for len(ids.ids) < MaxIDs {
		kind, text := sc.next()
		switch kind {
		case tokEnd:
			if len(ids.ids) == 0 {
				return words.ids
			}
			return ids.ids
		case tokID:
			ids.add(clean(text))
		case tokWord:
			if len(ids.ids) == 0 && len(words.ids) < MaxIDs && strings.Contains(text, "@") {
				words.add(clean(text))
			}
		}
	}
	return ids.ids
}

// list is an ordered set of identifiers.
type list struct {
	ids  []string
	seen map[string]struct{} // used once the list is too long to search
}

// linearMax is the list length up to which duplicates are found by a linear
// search instead of a map.
const linearMax = 16

func (l *list) add(id string) {
	if id == "" {
		return
	}
	if l.seen != nil {
		if _, dup := l.seen[id]; dup {
			return
		}
		l.seen[id] = struct{}{}
		l.ids = append(l.ids, id)
		return
	}
	for _, x := range l.ids {
		if x == id {
			return
		}
	}
	l.ids = append(l.ids, id)
	if len(l.ids) > linearMax {
		l.seen = make(map[string]struct{}, 2*len(l.ids))
		for _, x := range l.ids {
			l.seen[x] = struct{}{}
		}
	}
}

// clean removes white space from an identifier and makes it valid UTF-8.
// It does not allocate when there is nothing to change.
func clean(id string) string {
	if strings.ContainsAny(id, " \t\r\n") {
		var b strings.Builder
		b.Grow(len(id))
		for i := 0; i < len(id); i++ {
			if !isSpace(id[i]) {
				b.WriteByte(id[i])
			}
		}
		id = b.String()
	}
	if !utf8.ValidString(id) {
		id = strings.ToValidUTF8(id, "\uFFFD")
	}
	return id
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n'
}

type token uint8

const (
	tokEnd  token = iota
	tokID         // the text between angle brackets
	tokWord       // a word outside angle brackets
)

// scanner splits a field value into bracketed identifiers and words,
// skipping comments and quoted strings. An unterminated comment or quoted
// string would swallow the rest of the value, so after the first one the
// scanner stops recognising that construct and reads the characters as
// words; this also keeps the scan linear.
type scanner struct {
	s          string
	i          int
	noComments bool
	noQuotes   bool
	noClose    bool // no '>' follows sc.i
}

func (sc *scanner) next() (token, string) {
	s := sc.s
	for sc.i < len(s) {
		c := s[sc.i]
		switch {
		case isSpace(c) || c == ',' || c == '>' || c == ')':
			sc.i++
		case c == '(' && !sc.noComments:
			if end := header.SkipComment(s, sc.i); end >= 0 {
				sc.i = end
			} else {
				sc.noComments = true
				sc.i++
			}
		case c == '"' && !sc.noQuotes:
			if end := skipQuoted(s, sc.i); end >= 0 {
				sc.i = end
			} else {
				sc.noQuotes = true
				sc.i++
			}
		case c == '<':
			return tokID, sc.bracketed()
		default:
			start := sc.i
			for sc.i < len(s) && !isWordEnd(s[sc.i]) {
				sc.i++
			}
			if sc.i == start { // '(' or '"' that opens nothing
				sc.i++
			}
			return tokWord, s[start:sc.i]
		}
	}
	return tokEnd, ""
}

func isWordEnd(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', ',', '<', '>', '(', ')', '"':
		return true
	}
	return false
}

// bracketed reads an identifier that starts at the '<' at sc.i. A second
// '<' before the '>' starts the identifier again ("<<id@x>>"); without a
// closing '>' the identifier ends at the first white space.
func (sc *scanner) bracketed() string {
	s := sc.s
	open := sc.i + 1
	if !sc.noClose {
		start := open
		for k := open; k < len(s); k++ {
			switch s[k] {
			case '<':
				start = k + 1
			case '>':
				sc.i = k + 1
				return s[start:k]
			}
		}
		// No '>' anywhere after this point: later brackets need not
		// look again.
		sc.noClose = true
	}
	end := open
	for end < len(s) && !isSpace(s[end]) && s[end] != '<' {
		end++
	}
	sc.i = end
	return s[open:end]
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
