package pipeline

import "strings"

// List is a flag holding comma-separated values, such as the support
// team's addresses; it may be repeated.
type List []string

func (l *List) String() string { return strings.Join(*l, ",") }

// Set adds the comma-separated values of s.
func (l *List) Set(s string) error {
	for v := range strings.SplitSeq(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			*l = append(*l, v)
		}
	}
	return nil
}

// Matcher reports whether an address (lower-cased) is one of the list's
// addresses or of also, or belongs to one of their "@domain" entries. It
// returns nil when there is no address at all: "unknown", which
// [Pipeline.Agent] and thread.Index.Agent tell from "nobody".
func (l List) Matcher(also ...string) func(string) bool {
	var exact, domains []string
	for _, v := range append(append([]string(nil), l...), also...) {
		if v = strings.ToLower(strings.TrimSpace(v)); v == "" {
			continue
		}
		if strings.HasPrefix(v, "@") {
			domains = append(domains, v)
		} else {
			exact = append(exact, v)
		}
	}
	if len(exact)+len(domains) == 0 {
		return nil
	}
	return func(addr string) bool {
		for _, v := range exact {
			if addr == v {
				return true
			}
		}
		for _, v := range domains {
			if strings.HasSuffix(addr, v) {
				return true
			}
		}
		return false
	}
}
