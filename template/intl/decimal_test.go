package intl_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/template/intl"
)

func TestParseDecimal(t *testing.T) {
	tests := []struct {
		in, want string // want is String(), or "" for an error
		err      error
		scale    int
	}{
		{"0", "0", nil, 0},
		{"-0", "-0", nil, 0},
		{"0.00", "0.00", nil, 2},
		{"1234.5", "1234.5", nil, 1},
		{"-0.50", "-0.50", nil, 2},
		{"+42", "42", nil, 0},
		{"007", "7", nil, 0},
		{"1e6", "1000000", nil, 0},
		{"1.5e3", "1500", nil, 0},
		{"1.50e1", "15.0", nil, 1},
		{"1E-2", "0.01", nil, 2},
		{"0e5", "0", nil, 0},
		{"12.3450", "12.3450", nil, 4},
		{"", "", intl.ErrSyntax, 0},
		{"-", "", intl.ErrSyntax, 0},
		{".5", "", intl.ErrSyntax, 0},
		{"5.", "", intl.ErrSyntax, 0},
		{"1,5", "", intl.ErrSyntax, 0},
		{"1 000", "", intl.ErrSyntax, 0},
		{"1e", "", intl.ErrSyntax, 0},
		{"1e+", "", intl.ErrSyntax, 0},
		{"NaN", "", intl.ErrSyntax, 0},
		{"Inf", "", intl.ErrSyntax, 0},
		{"1e1000", "", intl.ErrRange, 0},
		{"1e999", strings.Repeat("0", 999), nil, 0},
		{"1e-1001", "", intl.ErrRange, 0},
		{"1e99999999999999999999", "", intl.ErrRange, 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := intl.ParseDecimal(tt.in)
			if tt.err != nil {
				var ne *intl.NumberError
				if !errors.Is(err, tt.err) || !errors.As(err, &ne) {
					t.Fatalf("ParseDecimal(%q) error = %v, want %v", tt.in, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			want := tt.want
			if tt.in == "1e999" {
				want = "1" + want
			}
			if d.String() != want || d.Scale() != tt.scale {
				t.Errorf("ParseDecimal(%q) = %s (scale %d), want %s (scale %d)", tt.in, d, d.Scale(), want, tt.scale)
			}
			if back := intl.MustParseDecimal(d.String()); back != d {
				t.Errorf("round trip %q: %v != %v", tt.in, back, d)
			}
		})
	}
}

func TestNewDecimal(t *testing.T) {
	tests := []struct {
		unscaled int64
		scale    int
		want     string
	}{
		{12345, 2, "123.45"}, {5, 0, "5"}, {-5, 3, "-0.005"}, {0, 2, "0.00"}, {7, -3, "7000"}, {0, -3, "0"},
		{-9223372036854775808, 0, "-9223372036854775808"},
	}
	for _, tt := range tests {
		d := intl.NewDecimal(tt.unscaled, tt.scale)
		if d.String() != tt.want || d != intl.MustParseDecimal(tt.want) {
			t.Errorf("NewDecimal(%d, %d) = %s, want %s", tt.unscaled, tt.scale, d, tt.want)
		}
	}
	if s := intl.MustParseDecimal("-0.0").Sign(); s != 0 {
		t.Errorf("Sign(-0.0) = %d", s)
	}
	if !intl.MustParseDecimal("0.000").IsZero() || intl.MustParseDecimal("-3").Sign() != -1 {
		t.Error("IsZero or Sign")
	}
}

func TestDecimalJSON(t *testing.T) {
	var v struct{ Amount intl.Decimal }
	if err := json.Unmarshal([]byte(`{"Amount":"1234.50"}`), &v); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(v)
	if string(b) != `{"Amount":"1234.50"}` {
		t.Errorf("Marshal = %s", b)
	}
	if err := json.Unmarshal([]byte(`{"Amount":"12,5"}`), &v); !errors.Is(err, intl.ErrSyntax) {
		t.Errorf("Unmarshal 12,5: %v", err)
	}
}

// Rounding is half to even, as ICU's default; long numbers stay exact.
func TestNumberRounding(t *testing.T) {
	en := intl.New(language.AmericanEnglish, nil)
	tests := []struct{ in, want string }{
		{"0.0005", "0"}, {"0.0015", "0.002"}, {"0.0025", "0.002"}, {"0.00251", "0.003"}, {"2.0005", "2"},
		{"999.9995", "1,000"}, {"-0.0004", "-0"}, {"9.9999", "10"}, {"1e-1000", "0"},
		{"123456789012345678901234567890.5", "123,456,789,012,345,678,901,234,567,890.5"},
	}
	for _, tt := range tests {
		if got := en.Number(intl.MustParseDecimal(tt.in)); got != tt.want {
			t.Errorf("Number(%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := en.Percent(intl.MustParseDecimal("0.125")); got != "12%" {
		t.Errorf("Percent(0.125) = %q", got)
	}
}
