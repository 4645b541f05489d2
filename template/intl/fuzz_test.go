package intl_test

import (
	"errors"
	"testing"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/template/intl"
)

var fuzzLocales = func() []intl.Locale {
	var ls []intl.Locale
	for _, tag := range intl.Supported() {
		ls = append(ls, intl.New(tag, nil))
	}
	return ls
}()

// FuzzParseDecimal checks that ParseDecimal never panics, that what it
// accepts round-trips through String, and that every locale formats it.
func FuzzParseDecimal(f *testing.F) {
	for _, s := range []string{"0", "-0.50", "1234.5", "1e6", "1.5e-3", "+42", "999.9995", "1e999", "1e-1000",
		"", ".5", "1e", "--1", "0x10", "1_000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := intl.ParseDecimal(s)
		if err != nil {
			if !errors.Is(err, intl.ErrSyntax) && !errors.Is(err, intl.ErrRange) {
				t.Fatalf("ParseDecimal(%q): unexpected error %v", s, err)
			}
			return
		}
		back, err := intl.ParseDecimal(d.String())
		if err != nil || back != d {
			t.Fatalf("round trip %q → %q → %v, %v", s, d.String(), back, err)
		}
		for _, l := range fuzzLocales {
			if l.Number(d) == "" || l.Percent(d) == "" {
				t.Fatalf("%s: empty output for %q", l.Tag(), s)
			}
			c := l.Plural(d)
			if c > intl.Other {
				t.Fatalf("Plural(%q) = %v", s, c)
			}
		}
	})
}

// FuzzMoney checks that ParseMoney and Locale.Money never panic, that a
// parsed amount round-trips through Amount, and that Money fails only for
// a bad currency code.
func FuzzMoney(f *testing.F) {
	f.Add("1234.50", "EUR", int64(0))
	f.Add("-0.01", "usd", int64(-1))
	f.Add("1234", "JPY", int64(-9223372036854775808))
	f.Add("1.5", "KWD", int64(9223372036854775807))
	f.Add("92233720368547758.08", "EUR", int64(5))
	f.Add("1e3", "€", int64(100))
	f.Fuzz(func(t *testing.T, amount, currency string, minor int64) {
		m, err := intl.ParseMoney(amount, currency)
		if err == nil {
			back, err := intl.ParseMoney(m.Amount().String(), m.Currency)
			if err != nil || back != m {
				t.Fatalf("round trip %q %q → %+v → %+v, %v", amount, currency, m, back, err)
			}
		} else if !errors.Is(err, intl.ErrSyntax) && !errors.Is(err, intl.ErrRange) &&
			!errors.Is(err, intl.ErrCurrency) && !errors.Is(err, intl.ErrPrecision) {
			t.Fatalf("ParseMoney(%q, %q): unexpected error %v", amount, currency, err)
		}
		raw := intl.Money{Currency: currency, Minor: minor}
		for _, l := range fuzzLocales {
			s, err := l.Money(raw)
			if (err != nil) != errors.Is(err, intl.ErrCurrency) || (err == nil) == (s == "") {
				t.Fatalf("%s Money(%+v) = %q, %v", l.Tag(), raw, s, err)
			}
		}
		_ = intl.New(language.Make(currency), nil).Tag()
	})
}
