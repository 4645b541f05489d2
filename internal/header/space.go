package header

// TrimSpace removes leading and trailing header white space: space, tab,
// CR and LF. Unlike strings.TrimSpace it leaves other Unicode spaces
// (which are content in a header) alone, and it costs no lookup table.
func TrimSpace(s string) string {
	i, j := 0, len(s)
	for i < j && isHeaderSpace(s[i]) {
		i++
	}
	for j > i && isHeaderSpace(s[j-1]) {
		j--
	}
	return s[i:j]
}

func isHeaderSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// trimWSP removes leading and trailing spaces and tabs.
func trimWSP(s string) string {
	i, j := 0, len(s)
	for i < j && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	for j > i && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	return s[i:j]
}
