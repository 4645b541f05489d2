package review

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cartero/cartero/internal/fold"
)

// phrases is a set of phrases matched against the folded words of a
// text, found by their first word; the longest match wins.
type phrases struct {
	first map[string][][]string
}

func newPhrases(lists ...[]string) phrases {
	p := phrases{first: make(map[string][][]string)}
	for _, l := range lists {
		for _, s := range l {
			var ws []string
			for _, w := range words(nil, s, 0) {
				ws = append(ws, w.norm)
			}
			if len(ws) == 0 {
				continue
			}
			list := p.first[ws[0]]
			if slices.ContainsFunc(list, func(o []string) bool { return slices.Equal(o, ws) }) {
				continue
			}
			list = append(list, ws)
			slices.SortStableFunc(list, func(a, b []string) int { return len(b) - len(a) })
			p.first[ws[0]] = list
		}
	}
	return p
}

// at reports whether one of the phrases starts at ws[i]; n is the index
// after its last word.
func (p phrases) at(ws []word, i int) (n int, ok bool) {
	for _, ph := range p.first[ws[i].norm] {
		if i+len(ph) > len(ws) {
			continue
		}
		k := 1
		for k < len(ph) && ws[i+k].norm == ph[k] {
			k++
		}
		if k == len(ph) {
			return i + k, true
		}
	}
	return 0, false
}

// prefix reports whether ws starts with one of the phrases; end is the
// byte offset where it ends.
func (p phrases) prefix(ws []word) (end int, ok bool) {
	if len(ws) == 0 {
		return 0, false
	}
	if n, ok := p.at(ws, 0); ok {
		return ws[n-1].end, true
	}
	return 0, false
}

// contains returns the span of the first phrase in ws.
func (p phrases) contains(ws []word) (span, bool) {
	for i := range ws {
		if n, ok := p.at(ws, i); ok {
			return span{ws[i].start, ws[n-1].end}, true
		}
	}
	return span{}, false
}

// isWordRuneAt reports whether the rune at s[i] belongs in a word.
func isWordRuneAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return fold.IsWordRune(r)
}

func prevRune(s string, i int) int {
	_, size := utf8.DecodeLastRuneInString(s[:i])
	return i - size
}

// matchFolded reports whether the folded text of s from i starts with
// phrase (a run of white space matching one space) and ends there at a
// word boundary; end is where the match ends in s.
func matchFolded(s string, i int, phrase string) (end int, ok bool) {
	var buf [8]byte
	j := 0
	for j < len(phrase) {
		if i >= len(s) {
			return 0, false
		}
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			if phrase[j] != ' ' {
				return 0, false
			}
			for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
				i++
			}
			j++
			continue
		}
		var f []byte
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[0] = c
			f = buf[:1]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			f = fold.Rune(buf[:0], r)
			i += size
		}
		if len(f) > len(phrase)-j || string(f) != phrase[j:j+len(f)] {
			return 0, false
		}
		j += len(f)
	}
	if i < len(s) && isWordRuneAt(s, i) && fold.IsWordRune(lastRune(phrase)) {
		return 0, false
	}
	return i, true
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// foldedWords returns the folded words of a term, joined by single
// spaces, for matchFolded.
func foldedWords(s string) string { return strings.Join(strings.Fields(fold.String(s)), " ") }
