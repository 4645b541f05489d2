package intl_test

import (
	"errors"
	"testing"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/template/intl"
)

func TestParseMoney(t *testing.T) {
	tests := []struct {
		amount, currency string
		want             intl.Money
		err              error
	}{
		{"1234.50", "EUR", intl.Money{Currency: "EUR", Minor: 123450}, nil},
		{"1234.5", "eur", intl.Money{Currency: "EUR", Minor: 123450}, nil},
		{"-0.01", "USD", intl.Money{Currency: "USD", Minor: -1}, nil},
		{"1234", "JPY", intl.Money{Currency: "JPY", Minor: 1234}, nil},
		{"1234.000", "CLP", intl.Money{Currency: "CLP", Minor: 1234}, nil},
		{"1.5", "KWD", intl.Money{Currency: "KWD", Minor: 1500}, nil},
		{"1e3", "COP", intl.Money{Currency: "COP", Minor: 1000}, nil},
		{"0", "XYZ", intl.Money{Currency: "XYZ", Minor: 0}, nil},
		{"92233720368547758.07", "EUR", intl.Money{Currency: "EUR", Minor: 9223372036854775807}, nil},
		{"-92233720368547758.08", "EUR", intl.Money{Currency: "EUR", Minor: -9223372036854775808}, nil},
		{"92233720368547758.08", "EUR", intl.Money{}, intl.ErrRange},
		{"1e30", "EUR", intl.Money{}, intl.ErrRange},
		{"1234.5", "JPY", intl.Money{}, intl.ErrPrecision},
		{"0.001", "EUR", intl.Money{}, intl.ErrPrecision},
		{"12,50", "EUR", intl.Money{}, intl.ErrSyntax},
		{"1", "EURO", intl.Money{}, intl.ErrCurrency},
		{"1", "€", intl.Money{}, intl.ErrCurrency},
		{"1", "", intl.Money{}, intl.ErrCurrency},
	}
	for _, tt := range tests {
		t.Run(tt.amount+" "+tt.currency, func(t *testing.T) {
			m, err := intl.ParseMoney(tt.amount, tt.currency)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("error = %v, want %v", err, tt.err)
				}
				return
			}
			if err != nil || m != tt.want {
				t.Fatalf("ParseMoney = %+v, %v; want %+v", m, err, tt.want)
			}
			back, err := intl.MoneyFromDecimal(m.Amount(), m.Currency)
			if err != nil || back != m {
				t.Errorf("round trip: %+v, %v", back, err)
			}
		})
	}
}

func TestMoney(t *testing.T) {
	tests := []struct {
		tag  string
		m    intl.Money
		want string
	}{
		{"es-ES", intl.Money{Currency: "EUR", Minor: 123450}, "1234,50\u00a0€"},
		{"es-ES", intl.Money{Currency: "EUR", Minor: 1234500}, "12.345,00\u00a0€"},
		{"es-MX", intl.Money{Currency: "MXN", Minor: -123456}, "-$1,234.56"},
		{"es-MX", intl.Money{Currency: "usd", Minor: 100}, "USD\u00a01.00"},
		{"es-AR", intl.Money{Currency: "ARS", Minor: 100}, "$\u00a01,00"},
		{"en-US", intl.Money{Currency: "CHF", Minor: -5}, "-CHF\u00a00.05"},
		{"pt-BR", intl.Money{Currency: "BRL", Minor: 123450}, "R$\u00a01.234,50"},
		{"fr-FR", intl.Money{Currency: "CAD", Minor: 123450}, "1\u202f234,50\u00a0$CA"},
		{"en-US", intl.Money{Currency: "EUR", Minor: -9223372036854775808}, "-€92,233,720,368,547,758.08"},
		{"de-DE", intl.Money{Currency: "JPY", Minor: 1000000}, "1.000.000\u00a0¥"},
	}
	for _, tt := range tests {
		got, err := intl.New(language.MustParse(tt.tag), nil).Money(tt.m)
		if err != nil || got != tt.want {
			t.Errorf("%s Money(%v) = %q, %v; want %q", tt.tag, tt.m, got, err, tt.want)
		}
	}
	for _, code := range []string{"", "EU", "EURO", "E1R", "€€"} {
		_, err := intl.New(language.Spanish, nil).Money(intl.Money{Currency: code, Minor: 1})
		if !errors.Is(err, intl.ErrCurrency) {
			t.Errorf("Money(%q): %v", code, err)
		}
	}
	if s := (intl.Money{Currency: "KWD", Minor: 1500}).String(); s != "1.500 KWD" {
		t.Errorf("String = %q", s)
	}
}
