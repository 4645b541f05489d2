package quote

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line matchers. Each looks at one line, or a few, of bounded length, so
// that the split stays linear in the size of the text.

// Bounds on what a matcher reads.
const (
	maxAttribution = 400 // bytes in an attribution, joined lines included
	maxFieldName   = 32  // bytes before the colon of a header field
	maxShortLine   = 120 // bytes in a footer, closing, name or separator line
)

// role is the role of a header field.
type role uint8

const (
	roleNone role = iota
	roleFrom
	roleSent
	roleTo
	roleCc
	roleSubject
	roleOther
)

// dictionary holds the language tables merged into lookup tables.
type dictionary struct {
	roles       map[string]role
	openers     map[string]bool
	verbs       []string
	separators  map[string]bool
	forwards    map[string]bool
	footers     []footer
	disclaimers map[string]bool
	closings    map[string]bool
	greetings   map[string]bool

	// The first words of openers, and of footers and disclaimers: a
	// line that starts with none of them needs no closer look.
	openerStarts, tailStarts, closingStarts map[string]bool
}

// words is the dictionary of every language; it is never modified.
var words = compile(languages)

func compile(langs []*language) *dictionary {
	d := &dictionary{
		roles:       map[string]role{},
		openers:     map[string]bool{},
		separators:  map[string]bool{},
		forwards:    map[string]bool{},
		disclaimers: map[string]bool{},
		closings:    map[string]bool{},
		greetings:   map[string]bool{},

		openerStarts: map[string]bool{},
		tailStarts:   map[string]bool{},

		closingStarts: map[string]bool{},
	}
	first := func(m map[string]bool, phrase string) {
		w, _, _ := strings.Cut(phrase, " ")
		m[w] = true
	}
	set := func(m map[string]bool, list []string) {
		for _, w := range list {
			m[w] = true
		}
	}
	for _, l := range langs {
		for _, f := range []struct {
			names []string
			r     role
		}{{l.from, roleFrom}, {l.sent, roleSent}, {l.to, roleTo}, {l.cc, roleCc}, {l.subject, roleSubject}, {l.other, roleOther}} {
			for _, n := range f.names {
				if r, ok := d.roles[n]; ok && r != f.r {
					panic("quote: header field " + n + " has two roles")
				}
				d.roles[n] = f.r
			}
		}
		set(d.openers, l.openers)
		set(d.separators, l.separators)
		set(d.forwards, l.forwards)
		set(d.disclaimers, l.disclaimers)
		set(d.closings, l.closings)
		set(d.greetings, l.greetings)
		d.verbs = append(d.verbs, l.verbs...)
		d.footers = append(d.footers, l.footers...)
		for _, o := range l.openers {
			first(d.openerStarts, o)
		}
		for _, f := range l.footers {
			first(d.tailStarts, f.prefix)
		}
		for _, w := range l.disclaimers {
			first(d.tailStarts, w)
		}
		for _, w := range l.closings {
			first(d.closingStarts, w)
		}
	}
	return d
}

// fold appends to dst the lower-case form of s, with each run of white
// space as one space and none at either end, typographic apostrophes made
// straight, and invisible characters (zero-width spaces, byte order marks,
// direction marks) left out.
func fold(dst []byte, s string) []byte {
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f':
				space = true
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			r = rune(c)
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			i += size
			switch {
			case unicode.IsSpace(r):
				space = true
				continue
			case r == 0x200B || r == 0x200E || r == 0x200F || r == 0x2060 || r == 0xFEFF || r == 0xAD:
				continue
			case r == '’':
				r = '\''
			default:
				r = unicode.ToLower(r)
			}
		}
		if space && len(dst) > 0 && dst[len(dst)-1] != ' ' {
			dst = append(dst, ' ')
		}
		space = false
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// startsWith reports whether the first word of s, folded and without
// punctuation before it, is in set. It reads no more than the first word.
func startsWith(s string, set map[string]bool, scratch []byte) bool {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || isPunct(s[i])) {
		i++
	}
	j := i
	for j < len(s) && j-i < 40 && s[j] != ' ' && s[j] != '\t' {
		j++
	}
	if j == i {
		return false
	}
	w := trimPunct(fold(scratch[:0], s[i:j]))
	return set[string(w)]
}

// trimSpace trims ASCII and Unicode white space.
func trimSpace(s string) string {
	return strings.TrimFunc(s, isSpaceOrInvisible)
}

func isSpaceOrInvisible(r rune) bool {
	return unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF || r == 0x200E || r == 0x200F
}

// blank reports whether s holds nothing but white space.
// Blank reports whether s shows nothing: white space and invisible
// characters (zero-width spaces and joiners, byte order marks) only. It is
// what the splitter counts as a blank line.
func Blank(s string) bool { return blank(s) }

func blank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
		case c < utf8.RuneSelf:
			return false
		default:
			return trimSpace(s[i:]) == ""
		}
	}
	return true
}

// lastByte returns the last byte of s that is not ASCII white space, or 0.
func lastByte(s string) byte {
	for i := len(s) - 1; i >= 0; i-- {
		if c := s[i]; c != ' ' && c != '\t' && c != '\r' {
			return c
		}
	}
	return 0
}

// cutColon removes a final colon (ASCII or full-width) and the space
// before it from a folded string; ok is false when there is none.
func cutColon(f []byte) ([]byte, bool) {
	switch {
	case len(f) > 0 && f[len(f)-1] == ':':
		f = f[:len(f)-1]
	case len(f) >= 3 && string(f[len(f)-3:]) == "：":
		f = f[:len(f)-3]
	default:
		return f, false
	}
	for len(f) > 0 && f[len(f)-1] == ' ' {
		f = f[:len(f)-1]
	}
	return f, true
}

// attribution reports whether f, a folded line (or a few joined), is the
// line a mail client writes above a quoted message: a colon at the end, a
// verb that says someone wrote, and a date or time. It is strong when it
// also has the client's shape beyond doubt: it starts the way clients
// start it ("El", "On", "Am"…) or names an address, and gives a year or a
// full numeric date and a time of day. A weak attribution counts only
// when quoted lines follow it.
func attribution(f []byte) (ok, strong bool) {
	if len(f) < 8 || len(f) > maxAttribution {
		return false, false
	}
	body, colon := cutColon(f)
	if !colon {
		return false, false
	}
	verb := false
	for _, v := range words.verbs {
		if hasWordSuffix(body, v) || containsWord(body, v) {
			verb = true
			break
		}
	}
	year, date, clock := dateEvidence(body)
	if !verb {
		// Mutt: "* Ana Ruiz <ana@example.com> [2026-11-23 10:15]:".
		mutt := len(body) > 2 && body[0] == '*' && body[1] == ' ' && body[len(body)-1] == ']' &&
			bytes.IndexByte(body, '@') > 0 && bytes.IndexByte(body, '[') > 0
		return mutt, mutt && (year || date)
	}
	if !year && !date && !clock {
		return false, false
	}
	opener := hasOpener(body)
	email := bytes.IndexByte(body, '@') > 0
	return true, (opener || email) && (year || date) && clock
}

// hasOpener reports whether the first word, or the first two, of f are
// an attribution opener ("el", "il giorno").
func hasOpener(f []byte) bool {
	i := bytes.IndexByte(f, ' ')
	if i < 0 {
		return words.openers[string(trimPunct(f))]
	}
	if words.openers[string(trimPunct(f[:i]))] {
		return true
	}
	j := bytes.IndexByte(f[i+1:], ' ')
	if j < 0 {
		j = len(f)
	} else {
		j += i + 1
	}
	return words.openers[string(trimPunct(f[:j]))]
}

// trimPunct removes ASCII punctuation from both ends of a word.
func trimPunct(w []byte) []byte {
	for len(w) > 0 && isPunct(w[0]) {
		w = w[1:]
	}
	for len(w) > 0 && isPunct(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return w
}

func isPunct(c byte) bool {
	switch c {
	case ',', '.', ';', ':', '!', '?', '"', '(', ')', '*', '[', ']', '<', '>', '-', '_', '=', '~', '|', '/', '\'':
		return true
	}
	return false
}

// isWordByte reports whether c continues a word: a letter or digit, or
// any byte of a multi-byte character.
func isWordByte(c byte) bool {
	return c >= utf8.RuneSelf || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// hasWordSuffix reports whether f ends with the word (or words) w.
func hasWordSuffix(f []byte, w string) bool {
	if len(f) < len(w) || string(f[len(f)-len(w):]) != w {
		return false
	}
	return len(f) == len(w) || !isWordByte(f[len(f)-len(w)-1])
}

// containsWord reports whether w occurs in f as whole words.
func containsWord(f []byte, w string) bool {
	s := string(f)
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(w)
		if (i == 0 || !isWordByte(s[i-1])) && (j == len(s) || !isWordByte(s[j])) {
			return true
		}
		from = i + 1
	}
}

// dateEvidence reports whether f holds a year (19xx or 20xx), a full
// numeric date (23/11/2026, 23.11.26, 2026-11-23) or a time of day
// (10:15).
func dateEvidence[T ~string | ~[]byte](f T) (year, date, clock bool) {
	for i := 0; i < len(f); {
		if !isDigit(f[i]) {
			i++
			continue
		}
		a, na := digits(f, i)
		if i > 0 && f[i-1] == ':' {
			i = na
			continue
		}
		if na-i == 4 && (f[i] == '1' && f[i+1] == '9' || f[i] == '2' && f[i+1] == '0') {
			year = true
		}
		if na < len(f) {
			switch sep := f[na]; sep {
			case ':':
				if _, nb := digits(f, na+1); nb-(na+1) == 2 && na-i <= 2 {
					clock = true
				}
			case '/', '.', '-':
				if b, nb := digits(f, na+1); nb > na+1 && nb-(na+1) <= 2 && nb < len(f) && f[nb] == sep {
					if _, nc := digits(f, nb+1); nc-(nb+1) >= 2 && nc-(nb+1) <= 4 && na-i <= 4 && a >= 0 && b >= 0 {
						date = true
					}
				}
			}
		}
		i = na
	}
	return year, date, clock
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// digits reads the run of ASCII digits at f[i:] and returns its value
// (capped) and where it ends.
func digits[T ~string | ~[]byte](f T, i int) (int, int) {
	v := 0
	for i < len(f) && isDigit(f[i]) {
		if v < 1e6 {
			v = v*10 + int(f[i]-'0')
		}
		i++
	}
	return v, i
}

// headerField returns the role of a header field line ("Enviado el:
// lunes, 16 de noviembre de 2026 8:12", "*From:* Ana") and its value.
// Gmail writes the bold field names of Outlook's blocks as *From:*.
func headerField(s string, scratch []byte) (role, string) {
	s = strings.TrimLeft(s, " \t*")
	end := min(len(s), maxFieldName)
	i := strings.IndexByte(s[:end], ':')
	width := 1
	if i < 0 {
		i = strings.Index(s[:end], "：")
		width = len("：")
	}
	if i <= 0 {
		return roleNone, ""
	}
	name := fold(scratch[:0], strings.TrimRight(s[:i], " \t*"))
	r := words.roles[string(name)]
	if r == roleNone {
		return roleNone, ""
	}
	v := strings.TrimLeft(s[i+width:], " \t*")
	return r, strings.TrimRight(v, " \t\r")
}

// separator kinds.
type sepKind uint8

const (
	sepNone     sepKind = iota
	sepOriginal         // -----Mensaje original-----
	sepForward          // ---------- Mensaje reenviado ---------, Inicio del mensaje reenviado:
	sepRule             // a line of underscores or dashes only, Outlook on the web's splitter
)

// separator classifies a line that may separate the text from a quoted or
// forwarded message.
func separator(s string, scratch []byte) sepKind {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	if i == len(s) {
		return sepNone
	}
	if c := s[i]; c != '-' && c != '_' && c != '=' && c != '*' && c < utf8.RuneSelf && !endsWithColon(s) {
		return sepNone
	}
	s = trimSpace(s)
	if len(s) < 2 || len(s) > maxShortLine {
		return sepNone
	}
	lead := 0
	for lead < len(s) && (s[lead] == '-' || s[lead] == '_' || s[lead] == '=' || s[lead] == '*') {
		lead++
	}
	if lead == len(s) {
		if len(s) >= 10 && (s[0] == '_' || s[0] == '-') {
			return sepRule
		}
		return sepNone
	}
	inner := strings.Trim(s, "-_=* \t")
	colon := false
	if strings.HasSuffix(inner, ":") {
		inner, colon = strings.TrimRight(inner[:len(inner)-1], " \t\u00a0"), true
	}
	if lead < 2 && !colon {
		return sepNone
	}
	f := fold(scratch[:0], inner)
	switch {
	case words.forwards[string(f)]:
		return sepForward
	case lead >= 2 && words.separators[string(f)]:
		return sepOriginal
	}
	return sepNone
}

// footer reports whether f, a folded line, is a footer that a client or
// an app adds below the text ("enviado desde mi iphone").
func isFooter(f []byte) bool {
	f = trimPunctLeft(f)
	if len(f) > maxShortLine || countWords(f) > 10 || bytes.IndexByte(f, ',') >= 0 {
		return false // a sentence: "Enviado desde mi casa, porque …"
	}
	s := string(trimDot(f))
	for _, ft := range words.footers {
		if len(s) > len(ft.prefix)+len(ft.suffix) && strings.HasPrefix(s, ft.prefix) && strings.HasSuffix(s, ft.suffix) {
			return true
		}
	}
	return false
}

func trimPunctLeft(f []byte) []byte {
	for len(f) > 0 && (isPunct(f[0]) || f[0] == ' ') {
		f = f[1:]
	}
	return f
}

func trimDot(f []byte) []byte {
	for len(f) > 0 && (f[len(f)-1] == '.' || f[len(f)-1] == '!' || f[len(f)-1] == ' ') {
		f = f[:len(f)-1]
	}
	return f
}

func countWords(f []byte) int {
	n := 0
	in := false
	for _, c := range f {
		if c == ' ' {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// wordPrefixes calls fn with the first 1, 2, … up to max words of f,
// each without the punctuation at its ends, and the rest of f after them,
// until fn returns true.
func wordPrefixes(f []byte, max int, scratch []byte, fn func(prefix, rest []byte) bool) bool {
	p := scratch[:0]
	n := 0
	for i := 0; i < len(f) && n < max; {
		for i < len(f) && f[i] == ' ' {
			i++
		}
		j := i
		for j < len(f) && f[j] != ' ' {
			j++
		}
		if j == i {
			break
		}
		w := trimPunct(f[i:j])
		if len(p) > 0 {
			p = append(p, ' ')
		}
		p = append(p, w...)
		n++
		if fn(p, f[j:]) {
			return true
		}
		if len(w) < j-i && j < len(f) && f[j-1] != '\'' {
			// Punctuation after the word ends the phrase: "gracias, pero".
			return false
		}
		i = j
	}
	return false
}

// isClosing reports whether f, a folded line, is a closing phrase: one
// from the tables, possibly followed by a few words ("Muchas gracias por
// todo,"). maxExtra is how many words may follow the phrase.
func isClosing(f []byte, scratch []byte) bool {
	f = trimPunctLeft(trimLeftInverted(f))
	if len(f) == 0 || len(f) > maxShortLine {
		return false
	}
	const maxExtra = 4
	return wordPrefixes(f, 5, scratch, func(p, rest []byte) bool {
		return words.closings[string(p)] && countWords(rest) <= maxExtra
	})
}

// trimLeftInverted removes Spanish opening marks (¡ ¿).
func trimLeftInverted(f []byte) []byte {
	for {
		switch {
		case len(f) >= 2 && (string(f[:2]) == "¡" || string(f[:2]) == "¿"):
			f = f[2:]
		case len(f) > 0 && f[0] == ' ':
			f = f[1:]
		default:
			return f
		}
	}
}

// isGreeting reports whether f, a folded line, starts with a greeting.
func isGreeting(f []byte, scratch []byte) bool {
	f = trimPunctLeft(trimLeftInverted(f))
	return wordPrefixes(f, 4, scratch, func(p, _ []byte) bool {
		return words.greetings[string(p)]
	})
}

// isDisclaimer reports whether f, a folded line, starts a legal or
// confidentiality notice. A single-word heading ("Confidencialidad")
// counts only alone on its line or before a colon.
func isDisclaimer(f []byte, scratch []byte) bool {
	f = trimPunctLeft(f)
	if len(f) == 0 {
		return false
	}
	return wordPrefixes(f, 8, scratch, func(p, rest []byte) bool {
		if !words.disclaimers[string(p)] {
			return false
		}
		if bytes.IndexByte(p, ' ') >= 0 {
			return true
		}
		if f[len(f)-len(rest)-1] == ':' {
			return true // "confidencialidad: …"
		}
		for len(rest) > 0 && (rest[0] == ' ' || rest[0] == '*') {
			rest = rest[1:]
		}
		return len(rest) == 0 || rest[0] == ':' || rest[0] == '-'
	})
}

// particles are the lower-case words that may sit inside a name.
var particles = map[string]bool{
	"de": true, "del": true, "la": true, "las": true, "los": true, "da": true, "das": true, "do": true,
	"dos": true, "di": true, "du": true, "le": true, "van": true, "von": true, "der": true, "den": true,
	"y": true, "e": true, "i": true, "zu": true, "dei": true, "della": true,
}

// isName reports whether s looks like a person's name on a line of its
// own: one to five words, each capitalized (or a particle such as "de"),
// letters only, and not a closing or a greeting.
func isName(s string, scratch []byte) bool {
	s = strings.TrimLeft(trimSpace(s), "-–—~ ")
	s = strings.TrimRight(s, ",.! ")
	if s == "" || len(s) > 60 {
		return false
	}
	n, caps := 0, 0
	for w := range strings.FieldsSeq(s) {
		n++
		if n > 5 {
			return false
		}
		if particles[w] {
			continue
		}
		first := true
		letters := 0
		for _, r := range w {
			switch {
			case unicode.IsLetter(r):
				if first && !unicode.IsUpper(r) {
					return false
				}
				letters++
			case r == '.' || r == '-' || r == '\'' || r == '’':
				if first {
					return false
				}
			default:
				return false
			}
			first = false
		}
		if letters == 0 {
			return false
		}
		caps++
	}
	if caps == 0 {
		return false
	}
	f := fold(scratch[:0], s)
	return !isClosing(f, f[len(f):]) && !isGreeting(f, f[len(f):])
}

// contactLabels are the words that start a contact line ("Tel.: …").
var contactLabels = map[string]bool{
	"tel": true, "tlf": true, "tfno": true, "telf": true, "teléfono": true, "telefono": true, "telefone": true,
	"phone": true, "mobile": true, "móvil": true, "movil": true, "cel": true, "celular": true, "cell": true,
	"fax": true, "tél": true, "mob": true, "handy": true, "web": true, "email": true, "e-mail": true,
	"mail": true, "correo": true, "dirección": true, "address": true, "endereço": true, "adresse": true,
	"indirizzo": true, "skype": true, "linkedin": true, "whatsapp": true, "tm": true, "t": true, "m": true,
	"www": true, "site": true, "website": true, "cellulare": true, "telefax": true,
}

// isContact reports whether s looks like a line of contact details: an
// address, a URL, a telephone number or a labelled field.
func isContact(s string, scratch []byte) bool {
	s = trimSpace(s)
	if s == "" || len(s) > 200 {
		return false
	}
	if at := strings.IndexByte(s, '@'); at > 0 && strings.IndexByte(s[at:], '.') > 0 {
		return true
	}
	f := fold(scratch[:0], s)
	if strings.Contains(string(f), "http://") || strings.Contains(string(f), "https://") || strings.Contains(string(f), "www.") {
		return true
	}
	nd := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			nd++
		}
	}
	if nd >= 7 && len(s) <= 80 {
		return true
	}
	i := 0
	for i < len(f) && f[i] != ' ' && f[i] != ':' && f[i] != '.' {
		i++
	}
	return i > 0 && contactLabels[string(f[:i])] && i < len(f)
}

// isPostscript reports whether a folded line starts a postscript, which
// the author wrote after signing.
func isPostscript(f []byte) bool {
	for _, p := range [...]string{"pd", "p.d", "ps", "p.s", "pps", "p.p.s", "nb", "n.b", "post scriptum"} {
		if len(f) > len(p) && string(f[:len(p)]) == p && (f[len(p)] == ':' || f[len(p)] == '.' || f[len(p)] == ' ' || f[len(p)] == ',') {
			return true
		}
	}
	return false
}
