package msgid

import (
	"strings"

	"github.com/cartero/cartero/internal/header"
)

// plainID returns the inside of a value that is exactly one "<id>" with
// nothing the general scanner would treat specially (white space, quotes,
// comments, nested brackets, 8-bit bytes), or reports false.
func plainID(s string) (string, bool) {
	s = header.TrimSpace(s)
	if len(s) < 3 || s[0] != '<' || s[len(s)-1] != '>' {
		return "", false
	}
	id := s[1 : len(s)-1]
	for i := 0; i < len(id); i++ {
		switch c := id[i]; {
		case c <= ' ', c >= 0x7f, c == '<', c == '>', c == '"', c == '(', c == ')', c == '\\':
			return "", false
		}
	}
	return id, true
}

// plainList splits a value made only of "<id>" items separated by white
// space (the way clients write References), or reports false.
// Duplicates are dropped as ParseList drops them.
func plainList(s string) ([]string, bool) {
	s = header.TrimSpace(s)
	if s == "" {
		return nil, false
	}
	ids := make([]string, 0, strings.Count(s, "<"))
	for s != "" {
		end := strings.IndexByte(s, '>')
		if end < 0 {
			return nil, false
		}
		id, ok := plainID(s[:end+1])
		if !ok || len(ids) == MaxIDs {
			return nil, false
		}
		dup := false
		for _, x := range ids {
			if x == id {
				dup = true
				break
			}
		}
		if !dup {
			ids = append(ids, id)
		}
		s = s[end+1:]
		if s != "" {
			if s[0] != ' ' && s[0] != '\t' && s[0] != '\r' && s[0] != '\n' {
				return nil, false
			}
			s = header.TrimSpace(s)
		}
	}
	return ids, true
}
