package main

import "strings"

// list is a flag holding comma-separated values; it may be repeated.
type list []string

func (l *list) String() string { return strings.Join(*l, ",") }

func (l *list) Set(s string) error {
	for v := range strings.SplitSeq(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			*l = append(*l, v)
		}
	}
	return nil
}

// matcher reports whether an address (lower-cased) is one of the list's
// addresses or belongs to one of its "@domain" entries; nil for an empty
// list.
func (l list) matcher() func(string) bool {
	if len(l) == 0 {
		return nil
	}
	return func(addr string) bool {
		for _, v := range l {
			v = strings.ToLower(v)
			if addr == v || strings.HasPrefix(v, "@") && strings.HasSuffix(addr, v) {
				return true
			}
		}
		return false
	}
}
