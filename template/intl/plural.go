package intl

import "strconv"

// Category is a CLDR plural category. The zero value is Zero.
type Category uint8

// The plural categories. The supported locales use One, Many and Other:
// Many for millions in Spanish, Portuguese, French and Italian (CLDR 42 and
// later: "1 millón de euros" but "1000000" → Many).
const (
	Zero Category = iota
	One
	Two
	Few
	Many
	Other
)

var categoryNames = [...]string{"zero", "one", "two", "few", "many", "other"}

// String returns the category's CLDR name: "zero", "one", "two", "few",
// "many" or "other".
func (c Category) String() string {
	if int(c) < len(categoryNames) {
		return categoryNames[c]
	}
	return "Category(" + strconv.Itoa(int(c)) + ")"
}

// operands are the CLDR plural operands the supported locales' rules use,
// taken from the absolute value of a number. The compact exponent e is
// always 0: Decimals are plain numbers, and an exponent in the text given to
// ParseDecimal is expanded.
type operands struct {
	iZero, iOne bool // i = 0, i = 1
	iMod1e6     int  // i % 1000000
	v           int  // number of visible fraction digits
	f           bool // whether any visible fraction digit is non-zero
}

// millions is CLDR's "many" rule of es, fr, it and pt: e = 0 and i != 0 and
// i % 1000000 = 0 and v = 0 or e != 0..5.
func (o operands) millions() bool { return !o.iZero && o.iMod1e6 == 0 && o.v == 0 }

func decimalOperands(d Decimal) operands {
	intLen := max(len(d.coef)+int(d.exp), 0)
	i := d.coef[:intLen]
	o := operands{iZero: i == "", iOne: i == "1", v: int(-d.exp)}
	o.f = !allZeroString(d.coef[intLen:])
	tail := i[max(len(i)-6, 0):]
	for i := 0; i < len(tail); i++ {
		o.iMod1e6 = o.iMod1e6*10 + int(tail[i]-'0')
	}
	return o
}

func allZeroString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '0' {
			return false
		}
	}
	return true
}

// Plural returns the cardinal plural category of d, as
// Intl.PluralRules.select does with d's fraction digits shown: in en-US
// "1" is One and "1.0" is Other; in es-ES 1000000 is Many.
func (l Locale) Plural(d Decimal) Category { return l.data().plural(decimalOperands(d)) }

// PluralInt returns the cardinal plural category of n.
func (l Locale) PluralInt(n int64) Category {
	u := uint64(n)
	if n < 0 {
		u = -u
	}
	o := operands{iZero: u == 0, iOne: u == 1, iMod1e6: int(u % 1000000)}
	return l.data().plural(o)
}

// The CLDR 48 cardinal rules of the supported locales.

// en, de: one: i = 1 and v = 0.
func pluralEn(o operands) Category {
	if o.iOne && o.v == 0 {
		return One
	}
	return Other
}

// es: one: n = 1; many: millions.
func pluralEs(o operands) Category {
	switch {
	case o.iOne && !o.f:
		return One
	case o.millions():
		return Many
	}
	return Other
}

// fr: one: i = 0,1; many: millions.
func pluralFr(o operands) Category {
	switch {
	case o.iZero || o.iOne:
		return One
	case o.millions():
		return Many
	}
	return Other
}

// pt (Brazil): one: i = 0..1; many: millions.
func pluralPt(o operands) Category { return pluralFr(o) }

// pt-PT and it: one: i = 1 and v = 0; many: millions.
func pluralPtPT(o operands) Category {
	switch {
	case o.iOne && o.v == 0:
		return One
	case o.millions():
		return Many
	}
	return Other
}

func pluralIt(o operands) Category { return pluralPtPT(o) }
