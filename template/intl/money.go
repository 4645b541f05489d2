package intl

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Money is an amount of a currency, held exactly in the currency's minor
// units. The zero value is zero of no currency, which Locale.Money rejects.
type Money struct {
	Currency string // ISO 4217 code: "EUR", "MXN"; three ASCII letters
	Minor    int64  // the amount in minor units: cents for EUR, yen for JPY, fils for KWD
}

// ParseMoney reads an amount written as ParseDecimal reads numbers, in the
// currency with the given ISO 4217 code (letters in any case; the code is
// kept in upper case). The amount may have up to as many fraction digits
// as the currency has (CurrencyDigits), and more only if they are zeros:
// ParseMoney("1234.5", "EUR") is 123450 cents, ParseMoney("1234.5", "JPY")
// is an error that matches ErrPrecision. Amounts beyond int64 minor units
// match ErrRange, bad codes ErrCurrency, bad numbers ErrSyntax.
func ParseMoney(amount, currency string) (Money, error) {
	d, err := ParseDecimal(amount)
	if err != nil {
		return Money{}, err
	}
	m, err := MoneyFromDecimal(d, currency)
	if err != nil {
		return Money{}, numberError(amount, unwrapNumber(err))
	}
	return m, nil
}

func unwrapNumber(err error) error {
	if e, ok := err.(*NumberError); ok {
		return e.Err
	}
	return err
}

// MoneyFromDecimal is ParseMoney for an amount already read.
func MoneyFromDecimal(amount Decimal, currency string) (Money, error) {
	code, ok := currencyCode(currency)
	if !ok {
		return Money{}, numberError(currency, ErrCurrency)
	}
	c := currencyString(code)
	digits := CurrencyDigits(c)
	scale := int(-amount.exp)
	coef := amount.coef
	// Fraction digits beyond the currency's must be zeros.
	for scale > digits {
		if coef != "" {
			if coef[len(coef)-1] != '0' {
				return Money{}, numberError(amount.String(), ErrPrecision)
			}
			coef = coef[:len(coef)-1]
		}
		scale--
	}
	var minor uint64
	if coef != "" {
		if len(coef)+digits-scale > 19 {
			return Money{}, numberError(amount.String(), ErrRange)
		}
		minor, _ = strconv.ParseUint(coef, 10, 64) // at most 19 digits: fits
		for ; scale < digits; scale++ {
			if minor > (1<<64-1)/10 {
				return Money{}, numberError(amount.String(), ErrRange)
			}
			minor *= 10
		}
	}
	limit := uint64(1<<63 - 1)
	if amount.neg {
		limit++
	}
	if minor > limit {
		return Money{}, numberError(amount.String(), ErrRange)
	}
	m := Money{Currency: c, Minor: int64(minor)}
	if amount.neg {
		m.Minor = int64(-minor)
	}
	return m, nil
}

// Amount returns the amount as a Decimal with the currency's fraction
// digits: Money{"EUR", 123450}.Amount() is 1234.50. A code that is not
// three ASCII letters counts as having two fraction digits.
func (m Money) Amount() Decimal {
	digits := 2
	if code, ok := currencyCode(m.Currency); ok {
		digits = CurrencyDigits(string(code[:]))
	}
	return NewDecimal(m.Minor, digits)
}

// String returns the amount and the code, "1234.50 EUR", a form that
// ParseMoney reads back once split at the space.
func (m Money) String() string {
	return m.Amount().String() + " " + m.Currency
}

// CurrencyDigits returns the number of fraction digits of a currency in
// CLDR's supplemental data, as ICU uses them: 0 for JPY, CLP, COP and HUF,
// 3 for KWD, 4 for CLF, 2 for most, and 2 for codes CLDR does not list.
func CurrencyDigits(code string) int {
	switch code {
	case "ADP", "AFN", "ALL", "BIF", "BYR", "CLP", "COP", "DJF", "ESP", "GNF", "HUF", "IDR", "IQD", "IRR",
		"ISK", "ITL", "JPY", "KMF", "KPW", "KRW", "LAK", "LBP", "LUF", "MGA", "MGF", "MMK", "MRO", "PKR",
		"PYG", "RWF", "SLL", "SOS", "STD", "SYP", "TMM", "TRL", "UGX", "UYI", "VND", "VUV", "XAF", "XOF",
		"XPF", "YER", "ZMK", "ZWD":
		return 0
	case "BHD", "JOD", "KWD", "LYD", "OMR", "TND":
		return 3
	case "CLF", "UYW":
		return 4
	}
	return 2
}

// currencyCode returns a code in upper case if it is three ASCII letters.
func currencyCode(s string) (code [3]byte, ok bool) {
	if len(s) != 3 {
		return code, false
	}
	for i := range 3 {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
		case 'a' <= c && c <= 'z':
			c -= 'a' - 'A'
		default:
			return code, false
		}
		code[i] = c
	}
	return code, true
}

// Money returns m as Intl.NumberFormat's currency style with the symbol
// display gives it: the locale's pattern ("1234,50 €" in es-ES, "-$1,234.56"
// in en-US, "R$ 1.234,50" in pt-BR), the currency's fraction digits, and
// the locale's symbol for the currency. A currency without a symbol in the
// locale is shown by its code, with ICU's no-break space between a code
// and a digit ("USD 1,234.50" in es-MX). A code that is not three ASCII
// letters gives an error that matches ErrCurrency.
func (l Locale) Money(m Money) (string, error) {
	var buf [64]byte
	b, err := l.AppendMoney(buf[:0], m)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// AppendMoney appends l.Money(m) to dst; on an error it returns dst as it
// was.
func (l Locale) AppendMoney(dst []byte, m Money) ([]byte, error) {
	code, ok := currencyCode(m.Currency)
	if !ok {
		return dst, numberError(m.Currency, ErrCurrency)
	}
	d := l.data()
	sym := d.symbol(code)
	digits := CurrencyDigits(string(code[:]))

	var num [24]byte
	u := uint64(m.Minor)
	if m.Minor < 0 {
		u = -u
	}
	ip, fp := minorDigits(num[:0], u, digits)

	if m.Minor < 0 {
		dst = append(dst, '-')
	}
	if d.currencyAfter {
		dst = d.appendNumber(dst, false, ip, fp)
		dst = append(dst, d.currencySep...)
		if d.currencySep == "" && needsSpace(sym, true) {
			dst = append(dst, nbsp...)
		}
		return append(dst, sym...), nil
	}
	dst = append(dst, sym...)
	dst = append(dst, d.currencySep...)
	if d.currencySep == "" && needsSpace(sym, false) {
		dst = append(dst, nbsp...)
	}
	return d.appendNumber(dst, false, ip, fp), nil
}

// symbol returns the locale's symbol for a currency, or its code.
func (d *locale) symbol(code [3]byte) string {
	for _, s := range d.symbols {
		if s.code[0] == code[0] && s.code[1] == code[1] && s.code[2] == code[2] {
			return s.text
		}
	}
	return currencyString(code)
}

// currencyString returns the code as a string, without allocating for the
// usual codes.
func currencyString(code [3]byte) string {
	switch string(code[:]) {
	case "EUR":
		return "EUR"
	case "USD":
		return "USD"
	case "GBP":
		return "GBP"
	case "MXN":
		return "MXN"
	case "ARS":
		return "ARS"
	case "BRL":
		return "BRL"
	case "CLP":
		return "CLP"
	case "COP":
		return "COP"
	case "PEN":
		return "PEN"
	case "UYU":
		return "UYU"
	case "JPY":
		return "JPY"
	case "CHF":
		return "CHF"
	case "CAD":
		return "CAD"
	}
	return string(code[:])
}

// needsSpace applies CLDR's currency spacing: a no-break space goes
// between a digit and the side of the symbol next to it when that side is
// neither a symbol nor a space (currencyMatch [[:^S:]&[:^Z:]]).
func needsSpace(sym string, after bool) bool {
	var r rune
	if after {
		r, _ = utf8.DecodeRuneInString(sym)
	} else {
		r, _ = utf8.DecodeLastRuneInString(sym)
	}
	return !unicode.IsSymbol(r) && !unicode.In(r, unicode.Zs, unicode.Zl, unicode.Zp)
}

// minorDigits splits an amount in minor units into integer and fraction
// digits, written into buf.
func minorDigits(buf []byte, u uint64, scale int) (ip, fp []byte) {
	digits := strconv.AppendUint(buf[:0], u, 10)
	if n := scale + 1 - len(digits); n > 0 {
		for range n {
			digits = append(digits, '0')
		}
		copy(digits[n:], digits[:len(digits)-n])
		for i := range n {
			digits[i] = '0'
		}
	}
	split := len(digits) - scale
	return digits[:split], digits[split:]
}
