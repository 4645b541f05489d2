// Package sentences splits the plain text of messages into sentences, in
// Spanish, English and Portuguese.
package sentences

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cartero/cartero/internal/fold"
)

// Span is a sentence: the byte offsets of its first and last bytes, white
// space left out.
type Span struct{ Start, End int }

// Split splits text into sentences, in order. Sentences end at ".",
// "!", "?", "…" (a run of them, with a closing quote or bracket) and at
// blank lines; a single line break ends one only after a colon, before a
// list item, after a line of less than three bytes, or in text that has
// a line of words longer than mail clients wrap, so hard-wrapped plain
// text reads as it was written. A dot inside a word (4.5,
// www.example.com) or after a common abbreviation ("Sr.", "etc.", an
// initial) ends nothing, and an opening "¿" or "¡" after other words
// starts a sentence of its own.
func Split(text string) []Span {
	var out []Span
	start := 0
	noWrap := longLine(text)
	emit := func(end int) {
		s, e := start, end
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, Span{s, e})
		}
		start = end
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '?', '!', '.', '…':
			j := i + size
			// Keep runs together ("??", "?!", "...") and a closing
			// quote or bracket with the sentence.
			for j < len(text) && strings.ContainsRune("?!.…)\"'»”", rune(text[j])) {
				j++
			}
			if r == '.' && j < len(text) && !isSpaceByte(text[j]) {
				i = j // 4.5, www.example.com, e.g.
				continue
			}
			if r == '.' && abbreviation(text[start:i]) && !closesList(text[start:i], text[j:]) {
				i = j
				continue
			}
			emit(j)
			i = j
			continue
		case '\n':
			j := i + 1
			blank := false
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r' || text[j] == '\n') {
				if text[j] == '\n' {
					blank = true
				}
				j++
			}
			prev := strings.TrimRight(text[start:i], " \t\r")
			if blank || noWrap || strings.HasSuffix(prev, ":") || listItem(text[j:]) || i-start < 3 || unwrapped(text, i, j) {
				emit(i)
			}
			i = j
			continue
		case '¿', '¡':
			// A question opened mid-sentence ("Hola, ¿…?") starts a
			// sentence of its own.
			if strings.TrimSpace(text[start:i]) != "" && !strings.ContainsAny(text[start:i], "¿¡") {
				emit(i)
			}
		}
		i += size
	}
	emit(len(text))
	return out
}

// Lines of hard-wrapped text are between these lengths, in runes; a line
// outside them was ended by its writer.
const (
	minWrapped = 40
	maxWrapped = 80
)

// unwrapped reports whether the line break at text[i], before the line
// at text[j], ends a sentence that has no end mark: the line before it is
// longer or much shorter than a mail client wraps lines, and the next one
// starts with a capital letter or an opening "¿" or "¡" ("lo tienen en
// verde? es el que quiero\nCuanto tarda el envío?").
func unwrapped(text string, i, j int) bool {
	if j >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	if !unicode.IsUpper(r) && r != '¿' && r != '¡' {
		return false
	}
	n := utf8.RuneCountInString(strings.TrimSpace(text[strings.LastIndexByte(text[:i], '\n')+1 : i]))
	return n > maxWrapped || n < minWrapped
}

// longLine reports whether text has a line of words longer than a mail
// client wraps: then nothing in it was wrapped, and every line break is
// its writer's ("¿hay que reservar dos salas?\nse puede llevar torta\ny
// por ultimo, hay descuento").
func longLine(text string) bool {
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if len(line) > maxWrapped && utf8.RuneCountInString(line) > maxWrapped && strings.Count(strings.TrimSpace(line), " ") >= minWords {
			return true
		}
	}
	return false
}

// minWords is the number of spaces a long line needs to count as words
// a client would have wrapped, not one long address or link.
const minWords = 5

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// listItem reports whether s starts with a bullet or a number and a dot
// or parenthesis.
func listItem(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '-', '*', '+':
		return true
	}
	if strings.HasPrefix(s, "•") || strings.HasPrefix(s, "–") {
		return true
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')')
}

// closesList reports whether an "etc." ends its sentence: it does when
// a capital letter, "¿" or "¡" follows ("so no shrimp, crab etc. Do you
// bring your own equipment?"), as no title or initial does.
func closesList(s, next string) bool {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if fold.String(s[i+1:]) != "etc" {
		return false
	}
	next = strings.TrimLeft(next, " \t")
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsUpper(r) || r == '¿' || r == '¡'
}

// abbreviation reports whether the sentence so far ends in a word that
// takes a dot without ending a sentence.
func abbreviation(s string) bool {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	w := fold.String(s[i+1:])
	switch w {
	case "sr", "sra", "srta", "dr", "dra", "ud", "uds", "vd", "vds", "n", "no", "nº", "num", "tel", "pag", "av", "etc", "mr", "mrs", "ms", "vs", "approx", "dept", "sto", "sta":
		return true
	}
	return len(w) == 1 // initials
}
