package header

import "time"

// parseUsualDate reads the form nearly every mail client writes,
// "[Mon, ]23 Nov 2026 10:15[:00] +0100[ (CET)]", without allocating
// (except for the zone of a non-zero offset). It reports false for
// anything else, which the general parser then reads.
func parseUsualDate(s string) (time.Time, bool) {
	i := 0
	if len(s) >= 4 && isAlpha(s[0]) && isAlpha(s[1]) && isAlpha(s[2]) && s[3] == ',' {
		i = skipSpaces(s, 4)
	}
	day, i, ok := digitsAt(s, i, 1, 2)
	if !ok || i >= len(s) || s[i] != ' ' {
		return time.Time{}, false
	}
	i = skipSpaces(s, i)
	if i+3 > len(s) {
		return time.Time{}, false
	}
	month := englishMonth(s[i], s[i+1], s[i+2])
	if month == 0 || i+3 >= len(s) || s[i+3] != ' ' {
		return time.Time{}, false
	}
	i = skipSpaces(s, i+3)
	year, i, ok := digitsAt(s, i, 4, 4)
	if !ok || i >= len(s) || s[i] != ' ' {
		return time.Time{}, false
	}
	i = skipSpaces(s, i)
	hour, i, ok := digitsAt(s, i, 2, 2)
	if !ok || i >= len(s) || s[i] != ':' {
		return time.Time{}, false
	}
	minute, i, ok := digitsAt(s, i+1, 2, 2)
	if !ok {
		return time.Time{}, false
	}
	sec := 0
	if i < len(s) && s[i] == ':' {
		if sec, i, ok = digitsAt(s, i+1, 2, 2); !ok {
			return time.Time{}, false
		}
	}
	if i >= len(s) || s[i] != ' ' {
		return time.Time{}, false
	}
	i = skipSpaces(s, i)
	if i+5 > len(s) || (s[i] != '+' && s[i] != '-') {
		return time.Time{}, false
	}
	z, _, ok := digitsAt(s, i+1, 4, 4)
	zh, zm := z/100, z%100
	if !ok || zh > 14 || zm > 59 { // real offsets lie within ±14:00
		return time.Time{}, false
	}
	off := (zh*60 + zm) * 60
	if s[i] == '-' {
		off = -off
	}
	// Only white space or a comment such as "(CET)" may follow.
	if j := skipSpaces(s, i+5); j < len(s) && (s[j] != '(' || s[len(s)-1] != ')') {
		return time.Time{}, false
	}
	if year < 1970 || day > daysIn(time.Month(month), year) || hour > 23 || minute > 59 || sec > 59 {
		return time.Time{}, false
	}
	return time.Date(year, time.Month(month), day, hour, minute, sec, 0, fixedZone(off)), true
}

func isAlpha(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func skipSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// digitsAt reads min to max decimal digits at s[i].
func digitsAt(s string, i, min, max int) (n, next int, ok bool) {
	j := i
	for j < len(s) && j-i < max && '0' <= s[j] && s[j] <= '9' {
		n = n*10 + int(s[j]-'0')
		j++
	}
	return n, j, j-i >= min && (j == len(s) || s[j] < '0' || s[j] > '9')
}

// englishMonth returns the month of a three-letter English abbreviation in
// any case, or 0.
func englishMonth(a, b, c byte) int {
	switch string([]byte{a | 0x20, b | 0x20, c | 0x20}) {
	case "jan":
		return 1
	case "feb":
		return 2
	case "mar":
		return 3
	case "apr":
		return 4
	case "may":
		return 5
	case "jun":
		return 6
	case "jul":
		return 7
	case "aug":
		return 8
	case "sep":
		return 9
	case "oct":
		return 10
	case "nov":
		return 11
	case "dec":
		return 12
	}
	return 0
}
