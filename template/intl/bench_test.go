package intl_test

import (
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/template/intl"
)

// Results go to package-level sinks so that the compiler cannot keep them
// on the stack, as it could for results thrown away.
var (
	sink       string
	sinkLocale intl.Locale
)

func BenchmarkDate(b *testing.B) {
	madrid, err := time.LoadLocation("Europe/Madrid")
	if err != nil {
		b.Fatal(err)
	}
	l := intl.New(language.MustParse("es-ES"), madrid)
	at := time.Date(2026, 3, 5, 13, 7, 9, 0, time.UTC)
	b.Run("Date/Full", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sink = l.Date(at, intl.Full)
		}
	})
	b.Run("DateTime/Full+Full", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sink = l.DateTime(at, intl.Full, intl.Full)
		}
	})
	b.Run("AppendDateTime/Medium+Short", func(b *testing.B) {
		b.ReportAllocs()
		buf := make([]byte, 0, 128)
		for b.Loop() {
			buf = l.AppendDateTime(buf[:0], at, intl.Medium, intl.Short)
		}
	})
	b.Run("Relative", func(b *testing.B) {
		b.ReportAllocs()
		now := at.Add(-26 * time.Hour)
		for b.Loop() {
			sink = l.Relative(at, now)
		}
	})
}

func BenchmarkMoney(b *testing.B) {
	l := intl.New(language.MustParse("es-MX"), nil)
	m := intl.Money{Currency: "USD", Minor: -123456789}
	b.Run("Money", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var err error
			if sink, err = l.Money(m); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("AppendMoney", func(b *testing.B) {
		b.ReportAllocs()
		buf := make([]byte, 0, 64)
		for b.Loop() {
			buf, _ = l.AppendMoney(buf[:0], m)
		}
	})
	b.Run("ParseMoney", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := intl.ParseMoney("-1234567.89", "USD"); err != nil {
				b.Fatal(err)
			}
		}
	})
	d := intl.MustParseDecimal("1234567.891")
	b.Run("Number", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sink = l.Number(d)
		}
	})
}

func BenchmarkList(b *testing.B) {
	l := intl.New(language.MustParse("es-ES"), nil)
	items := []string{"Ana", "Luis", "Marta", "Inés"}
	b.Run("List", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sink = l.List(items, intl.And)
		}
	})
	b.Run("AppendList", func(b *testing.B) {
		b.ReportAllocs()
		buf := make([]byte, 0, 64)
		for b.Loop() {
			buf = l.AppendList(buf[:0], items, intl.And)
		}
	})
	b.Run("New", func(b *testing.B) {
		b.ReportAllocs()
		tag := language.MustParse("es-CO")
		for b.Loop() {
			sinkLocale = intl.New(tag, nil)
		}
	})
}
