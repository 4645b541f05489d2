package header

import (
	"strings"
	"unicode/utf8"
)

// parseSingle reads the two forms nearly every From and To field takes —
// a bare address, or a display name (plain or quoted) followed by an
// address in angle brackets — without the general tokenizer. It reports
// false for anything else (lists, groups, comments, escapes, unusual
// characters, anything that would need a repair), which the general
// parser then reads; a test holds the two to the same answers.
//
// ParsePlainAddress lets a caller that collects addresses into its own
// slice take the common case without allocating.
func ParsePlainAddress(s string) (Address, bool) { return parseSingle(s) }

func parseSingle(s string) (Address, bool) {
	s = TrimSpace(s)
	if s == "" {
		return Address{}, false
	}
	if s[len(s)-1] != '>' {
		if !plainAddrSpec(s) {
			return Address{}, false
		}
		return Address{Address: s}, true
	}
	lt := strings.LastIndexByte(s, '<')
	if lt < 0 {
		return Address{}, false
	}
	addr := s[lt+1 : len(s)-1]
	if !plainAddrSpec(addr) {
		return Address{}, false
	}
	name := trimWSP(s[:lt])
	if name == "" {
		return Address{Address: addr}, true
	}
	if name[0] == '"' {
		if len(name) < 2 || name[len(name)-1] != '"' || !plainPhrase(name[1:len(name)-1], true) {
			return Address{}, false
		}
	} else if !plainPhrase(name, false) {
		return Address{}, false
	}
	d, err := DecodeText(name)
	if err != nil {
		return Address{}, false
	}
	name = cleanName(d)
	if sameAddress(name, addr) {
		name = ""
	}
	return Address{Name: name, Address: addr}, true
}

// plainAddrSpec reports whether a is local@domain in printable ASCII with
// none of the characters that need the general parser.
func plainAddrSpec(a string) bool {
	at := -1
	for i := 0; i < len(a); i++ {
		c := a[i]
		if c <= ' ' || c >= 0x7f {
			return false
		}
		switch c {
		case '(', ')', '<', '>', '[', ']', ',', ';', ':', '"', '\\':
			return false
		case '@':
			if at >= 0 {
				return false
			}
			at = i
		}
	}
	return at > 0 && at < len(a)-1
}

// plainPhrase reports whether a display name (inside quotes when quoted)
// holds no character that the general parser treats specially. Bytes that
// are not UTF-8 ("\xa0" from a Latin-1 client) are left to it too: read
// as Latin-1, they may be spaces it folds its own way.
func plainPhrase(n string, quoted bool) bool {
	if !utf8.ValidString(n) {
		return false
	}
	for i := 0; i < len(n); i++ {
		switch c := n[i]; {
		case c < ' ' && c != '\t', c == 0x7f, c == '"', c == '\\':
			return false
		case !quoted && strings.IndexByte("()<>[],;:@.", c) >= 0:
			return false
		}
	}
	return true
}
