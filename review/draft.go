package review

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/internal/fold"
	"github.com/cartero/cartero/internal/sentences"
)

// span is a run of bytes of a text.
type span struct{ start, end int }

func (s span) empty() bool { return s.end <= s.start }

// word is one word of a text: its bytes and its folded form.
type word struct {
	start, end int
	norm       string
	upper      int // letters in capitals
	letters    int
}

// doc is a draft read into its parts: greeting, body, closing and
// signature, with the body's sentences and paragraphs, and every word.
type doc struct {
	text     string
	own      int    // end of the agent's own text; a quoted message follows
	lines    []span // the lines of the own text, without their line breaks
	greeting span   // the greeting, empty when there is none
	closing  span   // the closing line, empty when there is none
	sig      []span // the signature's lines (or the part of the closing line after the closing)
	body     span   // from the end of the greeting to the closing or signature
	sents    []span // sentences of the body
	paras    []span // paragraphs of the body
	words    []word // every word of the own text
}

// truncate cuts s to at most n bytes, at the start of a rune.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func readDraft(text string) *doc {
	d := &doc{text: text, own: len(text)}
	// A quoted copy of the customer's message (a reply written above the
	// quote) is not the agent's text.
	if strings.Contains(text, ">") || strings.Contains(text, ":") {
		for _, seg := range correspondence.SplitText(text).Segments {
			if seg.Kind == correspondence.Quoted || seg.Kind == correspondence.Forwarded {
				d.own = seg.Start
				break
			}
		}
	}
	own := text[:d.own]
	for i := 0; i <= len(own); {
		j := strings.IndexByte(own[i:], '\n')
		if j < 0 {
			j = len(own) - i
		}
		e := i + j
		if e > i && own[e-1] == '\r' {
			e--
		}
		d.lines = append(d.lines, span{i, e})
		i += j + 1
	}
	d.words = words(nil, own, 0)

	first, last := -1, -1
	for i, l := range d.lines {
		if !blankLine(own[l.start:l.end]) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return d
	}
	d.body = span{d.lines[first].start, d.lines[last].end}
	if g, ok := d.greetingIn(d.lines[first]); ok {
		d.greeting = g
		d.body.start = g.end
	}
	d.readEnd(own, first, last)
	d.body = trimSpan(own, d.body)
	if d.body.end < d.body.start {
		d.body.end = d.body.start
	}
	for _, s := range sentences.Split(own[d.body.start:d.body.end]) {
		d.sents = append(d.sents, span{d.body.start + s.Start, d.body.start + s.End})
	}
	d.paras = paragraphs(own, d.body)
	return d
}

func blankLine(s string) bool { return strings.TrimSpace(s) == "" }

func trimSpan(text string, s span) span {
	for s.start < s.end && isSpace(text[s.start]) {
		s.start++
	}
	for s.end > s.start && isSpace(text[s.end-1]) {
		s.end--
	}
	return s
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// greetingIn finds the greeting at the start of line l: the whole line
// when it is short or ends in ":" or ",", else up to the first comma,
// colon or exclamation mark.
func (d *doc) greetingIn(l span) (span, bool) {
	line := d.text[l.start:l.end]
	if _, ok := lexicon.greeting.prefix(d.wordsIn(l)); !ok {
		return span{}, false
	}
	t := strings.TrimRight(line, " \t")
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, ",") || strings.HasSuffix(t, "!") || len(strings.Fields(t)) <= 5 {
		return span{l.start, l.start + len(t)}, true
	}
	if i := strings.IndexAny(line, ",:!"); i > 0 {
		return span{l.start, l.start + i + 1}, true
	}
	return span{l.start, l.end}, true
}

// maxSignatureLines is how many lines after a closing, or at the end of
// a draft without one, can be a signature.
const maxSignatureLines = 6

// readEnd finds the closing and the signature among the last lines.
func (d *doc) readEnd(text string, first, last int) {
	// The closing: the last line, among the last few, that starts with a
	// closing phrase and is followed only by a short signature.
	nonBlank := 0
	for i := last; i > first || (i == first && d.greeting.empty()); i-- {
		l := d.lines[i]
		line := text[l.start:l.end]
		if blankLine(line) {
			continue
		}
		nonBlank++
		if nonBlank > maxSignatureLines+1 {
			break
		}
		end, ok := lexicon.closing.prefix(d.wordsIn(l))
		if ok && closingLine(line) || !ok && d.valediction(text, i, last) {
			d.closing = span{l.start, l.end}
			rest := ""
			if ok {
				rest = strings.TrimLeft(line[end-l.start:], " ,.!:-–—")
			}
			if rest != "" && len(strings.Fields(rest)) <= 4 && !strings.ContainsAny(rest, ".!?") {
				// "Saludos, Lucía": the name shares the closing's line.
				d.closing.end = l.end - len(rest)
				d.sig = append(d.sig, span{l.end - len(rest), l.end})
			}
			for _, m := range d.lines[i+1 : last+1] {
				if !blankLine(text[m.start:m.end]) {
					d.sig = append(d.sig, trimSpan(text, m))
				}
			}
			d.body.end = l.start
			return
		}
	}
	// No closing: a block of short lines at the end, after a blank line
	// or a finished sentence, is the signature.
	start := last + 1
	for i := last; i > first && last-i < maxSignatureLines; i-- {
		line := strings.TrimSpace(text[d.lines[i].start:d.lines[i].end])
		if line == "" || !signatureLine(line) {
			break
		}
		start = i
	}
	if start > last {
		return
	}
	prev := strings.TrimSpace(text[d.lines[start-1].start:d.lines[start-1].end])
	if prev != "" && !strings.ContainsAny(prev[len(prev)-1:], ".!?:") {
		// The lines continue a sentence, or a list.
		return
	}
	for _, m := range d.lines[start : last+1] {
		d.sig = append(d.sig, trimSpan(text, m))
	}
	d.body.end = d.lines[start].start
}

// valediction reports whether line i, which no closing phrase starts,
// closes the draft by its form: a short line, of one clause or two, that
// ends with a comma, with a signature after it that starts with a name
// ("Warmly,", "Te mando un abrazo y quedo pendiente,", "See you soon,
// and best wishes,"). Closings are too many to list.
func (d *doc) valediction(text string, i, last int) bool {
	line := strings.TrimSpace(text[d.lines[i].start:d.lines[i].end])
	body, ok := strings.CutSuffix(line, ",")
	if !ok {
		// "¡Abrazo!", "Cheers!": an exclamation of a word or three, or
		// a longer one that holds a closing phrase ("¡Buen viaje y un
		// abrazo!").
		body, ok = strings.CutSuffix(line, "!")
		n := len(strings.Fields(body))
		if ok && n > 3 {
			_, held := lexicon.closing.contains(d.wordsIn(d.lines[i]))
			ok = held && n <= 8
		}
	}
	if !ok || len(strings.Fields(body)) > 12 || strings.ContainsAny(body, ".!?:;") || strings.Count(body, ",") > 1 {
		return false
	}
	sig := 0
	for _, m := range d.lines[i+1 : last+1] {
		l := strings.TrimSpace(text[m.start:m.end])
		if l == "" {
			continue
		}
		if sig == 0 && !nameLine(l) || sig > 0 && !roleLine(l) {
			return false
		}
		sig++
	}
	return sig > 0 && sig <= maxSignatureLines
}

// nameLine reports whether a line can be a person's name: two to four
// words, each capitalised, no digits; or a given name alone ("Edson").
func nameLine(line string) bool {
	fs := strings.Fields(line)
	if len(fs) == 1 {
		r, _ := utf8.DecodeRuneInString(line)
		return unicode.IsUpper(r) && lexicon.names[fold.String(line)]
	}
	if len(fs) < 2 || len(fs) > 4 {
		return false
	}
	for _, f := range fs {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) || strings.ContainsAny(f, "0123456789@") {
			return false
		}
	}
	return true
}

// roleLine reports whether a line can follow a name in a signature: a
// role and a company ("Professora de guitarra, Academia de Música de
// Alvalade"), a phone, an address; not a sentence.
func roleLine(line string) bool {
	n := len(strings.Fields(line))
	return n <= 10 && (signatureLine(line) || !strings.ContainsAny(line[len(line)-1:], ".?!:"))
}

// closingLine reports whether a line that starts with a closing phrase
// is short enough to be one: "Gracias por escribirnos. Su pedido llega
// el jueves." is not.
func closingLine(line string) bool {
	n := len(strings.Fields(line))
	if n > 12 {
		return false
	}
	t := strings.TrimRight(line, " .!")
	return !strings.ContainsAny(t, ".!?") || n <= 4
}

// signatureLine reports whether a line can be part of a signature: a
// few words, not a sentence.
func signatureLine(line string) bool {
	n := len(strings.Fields(line))
	if n == 0 || n > 7 {
		return false
	}
	switch line[len(line)-1] {
	case '?', '!', ':':
		return false
	case '.':
		// "Tienda Sol S.L.", "Framing Specialist, Northside Frame Co."
		fs := strings.Fields(line)
		return n <= 2 || lexicon.company[strings.TrimSuffix(fold.String(fs[len(fs)-1]), ".")]
	}
	return true
}

// paragraphs splits s of text at blank lines.
func paragraphs(text string, s span) []span {
	var out []span
	start := s.start
	for i := s.start; i < s.end; {
		j := strings.IndexByte(text[i:s.end], '\n')
		if j < 0 {
			break
		}
		// A line break followed by a blank line ends a paragraph.
		k := i + j + 1
		e := k
		for e < s.end && (text[e] == ' ' || text[e] == '\t' || text[e] == '\r') {
			e++
		}
		if e < s.end && text[e] == '\n' {
			if p := trimSpan(text, span{start, i + j}); !p.empty() {
				out = append(out, p)
			}
			for e < s.end && isSpace(text[e]) {
				e++
			}
			start = e
			i = e
			continue
		}
		i = k
	}
	if p := trimSpan(text, span{start, s.end}); !p.empty() {
		out = append(out, p)
	}
	return out
}

// words appends the words of s to ws; offset is added to their offsets.
// A word is a run of letters, digits and marks, with an apostrophe
// inside it ("don't"); a hyphen separates words ("segunda-feira").
func words(ws []word, s string, offset int) []word {
	if ws == nil {
		ws = make([]word, 0, len(s)/6+1) // words run five or six bytes with their space
	}
	var buf []byte
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		if !fold.IsWordRune(r) {
			i += size
			continue
		}
		start := i
		w := word{start: offset + start}
		// Most words are written folded already: lower-case ASCII
		// letters and digits. They are their own folded form, and only
		// the others are copied to buf and folded.
		folded := true
		buf = buf[:0]
		for i < len(s) {
			r, size = decodeRune(s, i)
			if !fold.IsWordRune(r) {
				if (r == '.' || r == ',') && w.letters == 0 && thousands(s, i+1) {
					// "85.000", "$1,800": one number, written without
					// its separators.
					if folded {
						buf, folded = append(buf, s[start:i]...), false
					}
					i++
					continue
				}
				if (r == '\'' || r == '’') && i+size < len(s) {
					if n, _ := utf8.DecodeRuneInString(s[i+size:]); unicode.IsLetter(n) {
						if r != '\'' && folded {
							buf, folded = append(buf, s[start:i]...), false
						}
						if !folded {
							buf = fold.Rune(buf, r)
						}
						i += size
						continue
					}
				}
				break
			}
			switch {
			case 'a' <= r && r <= 'z':
				w.letters++
			case '0' <= r && r <= '9':
			default:
				if unicode.IsLetter(r) {
					w.letters++
					if unicode.IsUpper(r) {
						w.upper++
					}
				}
				if folded {
					buf, folded = append(buf, s[start:i]...), false
				}
			}
			if !folded {
				buf = fold.Rune(buf, r)
			}
			i += size
		}
		w.end = offset + i
		if folded {
			w.norm = s[start:i]
		} else {
			w.norm = string(buf)
		}
		ws = append(ws, w)
	}
	return ws
}

// decodeRune returns the rune at s[i] and its size, without a call for
// ASCII.
// thousands reports whether s[i:] starts with a group of three digits
// that no other digit follows: what comes after a thousands separator.
func thousands(s string, i int) bool {
	if i+3 > len(s) || i == 0 || !isDigitByte(s[i-2]) {
		return false
	}
	for _, c := range []byte(s[i : i+3]) {
		if !isDigitByte(c) {
			return false
		}
	}
	return i+3 == len(s) || !isDigitByte(s[i+3])
}

func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// wordsIn returns the words of d within s.
func (d *doc) wordsIn(s span) []word {
	lo, hi := 0, len(d.words)
	for lo < hi {
		m := (lo + hi) / 2
		if d.words[m].start < s.start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	i := lo
	for i < len(d.words) && d.words[i].end <= s.end {
		i++
	}
	return d.words[lo:i]
}

// bodyWords counts the words of the body.
func (d *doc) bodyWords() int { return len(d.wordsIn(d.body)) }
