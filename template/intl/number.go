package intl

import "strconv"

// Number returns d as Intl.NumberFormat's decimal style gives it: the
// locale's separators and minimum grouping digits ("1000" but "10.000" in
// es-ES), at most three fraction digits rounded half to even as ICU
// rounds, no trailing fraction zeros, and "-0" for a negative number that
// rounds to zero, as ICU writes it.
func (l Locale) Number(d Decimal) string {
	var buf [64]byte
	return string(l.AppendNumber(buf[:0], d))
}

// AppendNumber appends l.Number(d) to dst.
func (l Locale) AppendNumber(dst []byte, d Decimal) []byte {
	var digits [64]byte
	ip, fp := rounded(digits[:0], d.coef, int(-d.exp), 0, 3)
	return l.data().appendNumber(dst, d.neg, ip, fp)
}

// Int returns n as Intl.NumberFormat's decimal style gives it.
func (l Locale) Int(n int64) string {
	var buf [32]byte
	return string(l.AppendInt(buf[:0], n))
}

// AppendInt appends l.Int(n) to dst.
func (l Locale) AppendInt(dst []byte, n int64) []byte {
	var digits [20]byte
	u := uint64(n)
	if n < 0 {
		u = -u
	}
	return l.data().appendNumber(dst, n < 0, strconv.AppendUint(digits[:0], u, 10), nil)
}

// Percent returns d as a percentage, as Intl.NumberFormat's percent style
// gives it: 0.25 is "25 %" in es-ES and "25%" in en-US, rounded half to
// even to a whole percentage.
func (l Locale) Percent(d Decimal) string {
	var digits [64]byte
	ip, _ := rounded(digits[:0], d.coef, int(-d.exp)-2, 0, 0)
	loc := l.data()
	var buf [64]byte
	b := loc.appendNumber(buf[:0], d.neg, ip, nil)
	return string(append(b, loc.percent...))
}

// appendNumber appends a sign, integer digits with grouping separators, and
// fraction digits after the decimal separator.
func (d *locale) appendNumber(dst []byte, neg bool, ip, fp []byte) []byte {
	if neg {
		dst = append(dst, '-')
	}
	if len(ip) >= 3+d.minGrouping {
		first := len(ip) % 3
		if first == 0 {
			first = 3
		}
		dst = append(dst, ip[:first]...)
		for i := first; i < len(ip); i += 3 {
			dst = append(dst, d.group...)
			dst = append(dst, ip[i:i+3]...)
		}
	} else {
		dst = append(dst, ip...)
	}
	if len(fp) > 0 {
		dst = append(dst, d.decimal...)
		dst = append(dst, fp...)
	}
	return dst
}
