// Package quotetest holds what the tests of reply extraction and the
// comparison with other splitters share, so that both score the same way.
package quotetest

import "strings"

// Normalize makes two renderings of the same text comparable: "\n" line
// ends, no trailing spaces on any line, no blank lines at either end.
func Normalize(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\u00a0")
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}
