package intl

import (
	"strconv"
	"strings"
)

// maxDigits bounds the length of a Decimal written out without an exponent,
// so that formatting any Decimal stays cheap.
const maxDigits = 1000

// Decimal is an exact decimal number: a sign, a coefficient and a number of
// fraction digits. It keeps the fraction digits it was written with, as
// CLDR plural rules need ("1.0" has one visible fraction digit, "1" none),
// and never goes through float64. The zero value is 0. Decimals are
// comparable: two are == when they were written the same way once
// exponents are expanded ("1e3" == "1000", "1.0" != "1").
type Decimal struct {
	coef string // decimal digits without leading zeros; "" for zero
	exp  int32  // ≤ 0: the value is coef × 10^exp
	neg  bool
}

// ParseDecimal reads a decimal number written as
//
//	[+-] digits [. digits] [(e|E) [+-] digits]
//
// such as "1234.5", "-0.50", "+42" or "1e6": at least one digit on each
// side of a decimal point, no spaces, no grouping separators, no NaN or
// infinity. An exponent is expanded ("1.5e3" is 1500, "1e-2" is 0.01).
// Numbers longer than 1,000 digits once written out give an error that
// matches ErrRange; text that does not follow the grammar, ErrSyntax.
func ParseDecimal(s string) (Decimal, error) {
	var d Decimal
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		d.neg = s[i] == '-'
		i++
	}
	intStart := i
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	intPart := s[intStart:i]
	if intPart == "" {
		return Decimal{}, numberError(s, ErrSyntax)
	}
	var frac string
	if i < len(s) && s[i] == '.' {
		i++
		start := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		frac = s[start:i]
		if frac == "" {
			return Decimal{}, numberError(s, ErrSyntax)
		}
	}
	exp := 0
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		eneg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			eneg = s[i] == '-'
			i++
		}
		start := i
		for i < len(s) && isDigit(s[i]) {
			if exp < 1e6 { // anything beyond is out of range anyway
				exp = exp*10 + int(s[i]-'0')
			}
			i++
		}
		if i == start {
			return Decimal{}, numberError(s, ErrSyntax)
		}
		if eneg {
			exp = -exp
		}
	}
	if i != len(s) {
		return Decimal{}, numberError(s, ErrSyntax)
	}
	intPart = strings.TrimLeft(intPart, "0")
	exp -= len(frac)
	// The coefficient is intPart+frac without leading zeros.
	var coef string
	switch {
	case intPart != "":
		coef = intPart + frac
	default:
		coef = strings.TrimLeft(frac, "0")
	}
	if coef == "" {
		if exp > 0 {
			exp = 0
		}
		if -exp > maxDigits {
			return Decimal{}, numberError(s, ErrRange)
		}
		return Decimal{exp: int32(exp), neg: d.neg}, nil
	}
	if len(coef)+exp > maxDigits || -exp > maxDigits || len(coef) > maxDigits {
		return Decimal{}, numberError(s, ErrRange)
	}
	if exp > 0 {
		coef += strings.Repeat("0", exp)
		exp = 0
	}
	d.coef, d.exp = coef, int32(exp)
	return d, nil
}

// MustParseDecimal is like ParseDecimal but panics on an error. It is meant
// for constants in programs and tests.
func MustParseDecimal(s string) Decimal {
	d, err := ParseDecimal(s)
	if err != nil {
		panic(err)
	}
	return d
}

// NewDecimal returns unscaled × 10^-scale: NewDecimal(12345, 2) is 123.45
// and NewDecimal(5, 0) is 5. A negative scale appends zeros. It panics if
// the result would be longer than 1,000 digits.
func NewDecimal(unscaled int64, scale int) Decimal {
	var d Decimal
	u := uint64(unscaled)
	if unscaled < 0 {
		d.neg = true
		u = -u
	}
	if scale > maxDigits || scale < -maxDigits {
		panic("intl: NewDecimal scale out of range")
	}
	if u != 0 {
		d.coef = strconv.FormatUint(u, 10)
		if scale < 0 {
			d.coef += strings.Repeat("0", -scale)
			scale = 0
		}
	} else if scale < 0 {
		scale = 0
	}
	d.exp = int32(-scale)
	return d
}

// String returns d in plain notation with its fraction digits: "-0.50",
// "1000000". ParseDecimal(d.String()) == d.
func (d Decimal) String() string {
	var buf [32]byte
	return string(d.appendPlain(buf[:0]))
}

// appendPlain appends d in plain notation.
func (d Decimal) appendPlain(dst []byte) []byte {
	if d.neg {
		dst = append(dst, '-')
	}
	intLen := len(d.coef) + int(d.exp)
	if intLen > 0 {
		dst = append(dst, d.coef[:intLen]...)
	} else {
		dst = append(dst, '0')
	}
	if d.exp < 0 {
		dst = append(dst, '.')
		for i := intLen; i < 0; i++ {
			dst = append(dst, '0')
		}
		dst = append(dst, d.coef[max(intLen, 0):]...)
	}
	return dst
}

// Sign returns -1, 0 or +1. Negative zero ("-0") has sign 0.
func (d Decimal) Sign() int {
	switch {
	case d.coef == "":
		return 0
	case d.neg:
		return -1
	}
	return 1
}

// IsZero reports whether d is zero, of either sign and with any number of
// fraction digits.
func (d Decimal) IsZero() bool { return d.coef == "" }

// Scale returns the number of fraction digits d was written with: 2 for
// "1.50", 0 for "1e3".
func (d Decimal) Scale() int { return int(-d.exp) }

// MarshalText returns d.String(), so that Decimals can be JSON strings and
// configuration values.
func (d Decimal) MarshalText() ([]byte, error) { return d.appendPlain(nil), nil }

// UnmarshalText reads a Decimal with ParseDecimal.
func (d *Decimal) UnmarshalText(text []byte) error {
	v, err := ParseDecimal(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// rounded returns the digits of |coef × 10^-scale| rounded half to even to
// at most maxFrac fraction digits, with trailing fraction zeros removed
// down to minFrac, as integer and fraction digits written into buf. A
// negative scale stands for trailing zeros.
func rounded(buf []byte, coef string, scale, minFrac, maxFrac int) (ip, fp []byte) {
	digits := append(buf[:0], coef...)
	for ; scale < 0; scale++ {
		if len(digits) > 0 {
			digits = append(digits, '0')
		}
	}
	if scale > maxFrac {
		drop := scale - maxFrac
		keep := len(digits) - drop
		up := false
		if keep >= 0 {
			first := digits[keep]
			rest := allZero(digits[keep+1:])
			switch {
			case first > '5', first == '5' && !rest:
				up = true
			case first == '5':
				up = keep > 0 && (digits[keep-1]-'0')%2 == 1
			}
			digits = digits[:keep]
		} else {
			digits = digits[:0]
		}
		scale = maxFrac
		if up {
			digits = increment(digits)
		}
	}
	// Pad with leading zeros so that there is at least one integer digit.
	if n := scale + 1 - len(digits); n > 0 {
		for range n {
			digits = append(digits, '0')
		}
		copy(digits[n:], digits[:len(digits)-n])
		for i := range n {
			digits[i] = '0'
		}
	}
	// Strip leading zeros of the integer part (a carry or an empty
	// coefficient can leave some).
	split := len(digits) - scale
	ip, fp = digits[:split], digits[split:]
	for len(ip) > 1 && ip[0] == '0' {
		ip = ip[1:]
	}
	for len(fp) > minFrac && fp[len(fp)-1] == '0' {
		fp = fp[:len(fp)-1]
	}
	for len(fp) < minFrac {
		fp = append(fp, '0')
	}
	return ip, fp
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != '0' {
			return false
		}
	}
	return true
}

// increment adds one to a decimal digit string.
func increment(digits []byte) []byte {
	for i := len(digits) - 1; i >= 0; i-- {
		if digits[i] < '9' {
			digits[i]++
			return digits
		}
		digits[i] = '0'
	}
	digits = append(digits, 0)
	copy(digits[1:], digits)
	digits[0] = '1'
	return digits
}
