package subject

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type kind uint8

const (
	none kind = iota
	reply
	forward
)

// prefixes maps each prefix word, lower-cased, to its kind.
var prefixes = map[string]kind{
	// Replies.
	"re":    reply, // Latin "in re"; English, French, Spanish, Italian, …
	"aw":    reply, // German Antwort
	"sv":    reply, // Swedish, Danish, Norwegian, Icelandic svar
	"svar":  reply,
	"antw":  reply, // Dutch antwoord
	"vs":    reply, // Finnish vastaus
	"res":   reply, // Portuguese resposta
	"r":     reply, // Italian risposta
	"rif":   reply, // Italian riferimento
	"odp":   reply, // Polish odpowiedź, Czech odpověď
	"ynt":   reply, // Turkish yanıt
	"atb":   reply, // Latvian atbilde
	"bls":   reply, // Indonesian balas
	"v":     reply, // Hungarian válasz
	"ateb":  reply, // Welsh
	"ответ": reply, // Russian
	"отв":   reply,
	"απ":    reply, // Greek απάντηση
	"σχετ":  reply, // Greek σχετικό
	"השב":   reply, // Hebrew
	"رد":    reply, // Arabic
	"回复":    reply, // Chinese (simplified)
	"答复":    reply,
	"回覆":    reply, // Chinese (traditional)
	"返信":    reply, // Japanese
	"회신":    reply, // Korean

	// Forwards.
	"fw":     forward,
	"fwd":    forward,
	"wg":     forward, // German weitergeleitet
	"tr":     forward, // French transféré
	"enc":    forward, // Portuguese encaminhado
	"rv":     forward, // Spanish reenviado
	"doorst": forward, // Dutch doorgestuurd
	"i":      forward, // Italian inoltrato
	"pd":     forward, // Polish przekazane dalej
	"fs":     forward, // Icelandic framsent
	"vl":     forward, // Finnish välitetty
	"vb":     forward, // Swedish vidarebefordrat
	"ilt":    forward, // Turkish iletildi (İLT lower-cases to ilt)
	"tov":    forward, // Hungarian továbbítás
	"trs":    forward, // Indonesian terusan
	"yml":    forward, // Welsh ymlaen
	"πρθ":    forward, // Greek προώθηση
	"пересл": forward, // Russian
	"הועבר":  forward, // Hebrew
	"转发":     forward, // Chinese (simplified)
	"轉寄":     forward, // Chinese (traditional)
	"轉發":     forward,
	"転送":     forward, // Japanese
	"전달":     forward, // Korean
}

// maxPrefixRunes is the length of the longest prefix word, in runes.
const maxPrefixRunes = 6

// lookup returns the kind of the prefix word w, compared case-insensitively.
func lookup(w string) kind {
	var buf [4 * maxPrefixRunes]byte
	if k, ascii := lookupASCII(w, &buf); ascii {
		return k
	}
	b := buf[:0]
	for _, r := range w {
		b = utf8.AppendRune(b, unicode.ToLower(r))
		if len(b) > len(buf) {
			return none
		}
	}
	return prefixes[string(b)]
}

// lookupASCII looks up an ASCII word without the map: most words are
// ASCII, and a switch on a short string is cheaper than hashing it. It
// reports false when w is not ASCII. buf is scratch space.
func lookupASCII(w string, buf *[4 * maxPrefixRunes]byte) (kind, bool) {
	if len(w) > len(buf) {
		return none, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return none, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:len(w)]) {
	case "re", "aw", "sv", "svar", "antw", "vs", "res", "r", "rif", "odp", "ynt", "atb", "bls", "v", "ateb":
		return reply, true
	case "fw", "fwd", "wg", "tr", "enc", "rv", "doorst", "i", "pd", "fs", "vl", "vb", "ilt", "tov", "trs", "yml":
		return forward, true
	}
	return none, true
}

// prefixAt reports whether s starts with a prefix ("Re:", "AW:",
// "Re[2]:", "RE :", "回复：") and returns its kind and length in bytes.
func prefixAt(s string) (kind, int) {
	// The word: a run of letters.
	i, n := 0, 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
				break
			}
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) {
				break
			}
			i += size
		}
		n++
		if n > maxPrefixRunes {
			return none, 0
		}
	}
	if n == 0 {
		return none, 0
	}
	word := s[:i]
	// An optional count: Re[2], Re(2), Re^2.
	i = skipCount(s, i)
	// Optional white space, then the colon. Most words are not
	// followed by one, so the word is looked up only then.
	i = skipSpace(s, i)
	switch {
	case strings.HasPrefix(s[i:], ":"):
		i++
	case strings.HasPrefix(s[i:], "："):
		i += len("：")
	default:
		return none, 0
	}
	if n == 1 && i < len(s) {
		// One-letter prefixes only before white space or the end.
		r, _ := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			return none, 0
		}
	}
	k := lookup(word)
	if k == none {
		return none, 0
	}
	return k, i
}

// skipCount skips a reply count written as [n], (n) or ^n at s[i:].
func skipCount(s string, i int) int {
	if i >= len(s) {
		return i
	}
	var closer byte
	switch s[i] {
	case '[':
		closer = ']'
	case '(':
		closer = ')'
	case '^':
	default:
		return i
	}
	j := i + 1
	for j < len(s) && '0' <= s[j] && s[j] <= '9' {
		j++
	}
	if j == i+1 {
		return i
	}
	if closer != 0 {
		if j >= len(s) || s[j] != closer {
			return i
		}
		j++
	}
	return j
}

// tagAt returns the length of a list tag ("[ventas]") at the start of s,
// or 0.
func tagAt(s string) int {
	if s == "" || s[0] != '[' {
		return 0
	}
	j := strings.IndexByte(s, ']')
	if j < 0 {
		return 0
	}
	return j + 1
}

// skipSpace returns the index of the first non-space rune in s at or
// after i.
func skipSpace(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiSpace(c) {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// asciiSpace reports whether the ASCII byte c is white space as
// unicode.IsSpace has it.
func asciiSpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// trimSpace is strings.TrimFunc(s, unicode.IsSpace), faster on ASCII.
func trimSpace(s string) string {
	s = s[skipSpace(s, 0):]
	return trimRightSpace(s)
}

// trimRightSpace is strings.TrimRightFunc(s, unicode.IsSpace), faster
// on ASCII.
func trimRightSpace(s string) string {
	for len(s) > 0 {
		c := s[len(s)-1]
		if c < utf8.RuneSelf {
			if !asciiSpace(c) {
				return s
			}
			s = s[:len(s)-1]
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s)
		if !unicode.IsSpace(r) {
			return s
		}
		s = s[:len(s)-size]
	}
	return s
}

// Normalize returns s with every leading reply or forward prefix and list
// tag removed, any trailing "(fwd)" removed, and each run of white space
// replaced by one space, without leading or trailing space. Case is kept.
// Subjects of the same conversation normalize to the same string; an
// empty result means the subject said nothing beyond its prefixes.
func Normalize(s string) string {
	s = trimFwdSuffix(s)
	i := 0
	for {
		i = skipSpace(s, i)
		if n := tagAt(s[i:]); n > 0 {
			i += n
			continue
		}
		if k, n := prefixAt(s[i:]); k != none {
			i += n
			continue
		}
		break
	}
	return collapseSpace(s[i:])
}

// StripReply removes the reply prefixes at the start of s, together with
// the white space after them, and reports whether it removed any. List
// tags among the prefixes are kept, in front of the rest: "[ventas] RE:
// Re: Pedido" gives "[ventas] Pedido". Forward prefixes stop the search,
// so "Fwd: Re: x" is returned as it is. When nothing is removed, s is
// returned unchanged.
func StripReply(s string) (string, bool) {
	var tags strings.Builder
	removed := false
	i, tagEnd := 0, -1
	for {
		i = skipSpace(s, i)
		if n := tagAt(s[i:]); n > 0 {
			if tags.Len() > 0 && i != tagEnd {
				tags.WriteByte(' ')
			}
			tags.WriteString(s[i : i+n])
			i += n
			tagEnd = i
			continue
		}
		if k, n := prefixAt(s[i:]); k == reply {
			removed = true
			i += n
			continue
		}
		break
	}
	if !removed {
		return s, false
	}
	rest := s[i:]
	if tags.Len() == 0 {
		return rest, true
	}
	if rest != "" {
		tags.WriteByte(' ')
		tags.WriteString(rest)
	}
	return tags.String(), true
}

// trimFwdSuffix removes every trailing "(fwd)", with the space around it.
func trimFwdSuffix(s string) string {
	for {
		t := trimRightSpace(s)
		if len(t) < 5 || !equalFoldASCII(t[len(t)-5:], "(fwd)") {
			return s
		}
		s = t[:len(t)-5]
	}
}

// equalFoldASCII reports whether s equals the lower-case ASCII string
// lower, ignoring ASCII case.
func equalFoldASCII(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// collapseSpace trims s and replaces each run of white space with a single
// space. Bytes that are not white space are copied as they are, invalid
// UTF-8 included.
func collapseSpace(s string) string {
	s = trimSpace(s)
	if !needsCollapse(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			space = true
		} else {
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// needsCollapse reports whether s holds white space other than single
// spaces.
func needsCollapse(s string) bool {
	prev := false
	for i := 0; i < len(s); {
		c := s[i]
		var space bool
		switch {
		case c < utf8.RuneSelf:
			space = asciiSpace(c)
			i++
		case c == 0xc2 || 0xe1 <= c && c <= 0xe3:
			// The first bytes of every white space beyond ASCII
			// (U+0085, U+00A0, U+1680, U+2000 to U+205F, U+3000).
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			c = 0 // not a plain space
			i += size
		default:
			// Part of a rune that is not white space, or an invalid
			// byte; either way not a space, and the rune decoder would
			// look at the next byte on its own too.
			i++
		}
		if !space {
			prev = false
			continue
		}
		if c != ' ' || prev {
			return true
		}
		prev = true
	}
	return false
}
