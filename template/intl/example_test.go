package intl_test

import (
	"fmt"
	"time"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/template/intl"
)

func ExampleLocale_Date() {
	madrid, _ := time.LoadLocation("Europe/Madrid")
	es := intl.New(language.MustParse("es-ES"), madrid)
	at := time.Date(2026, 3, 5, 13, 7, 0, 0, time.UTC)
	fmt.Println(es.Date(at, intl.Full))
	fmt.Println(es.DateTime(at, intl.Long, intl.Short))
	fmt.Println(es.Time(at, intl.Long))
	// Output:
	// jueves, 5 de marzo de 2026
	// 5 de marzo de 2026 a las 14:07
	// 14:07:00 CET
}

func ExampleLocale_Money() {
	price, err := intl.ParseMoney("1234.50", "EUR")
	if err != nil {
		panic(err)
	}
	for _, tag := range []string{"es-ES", "es-MX", "en-US", "pt-BR"} {
		s, _ := intl.New(language.MustParse(tag), nil).Money(price)
		fmt.Printf("%s %q\n", tag, s)
	}
	// Output:
	// es-ES "1234,50\u00a0€"
	// es-MX "EUR\u00a01,234.50"
	// en-US "€1,234.50"
	// pt-BR "€\u00a01.234,50"
}

func ExampleLocale_List() {
	es := intl.New(language.Spanish, nil)
	fmt.Println(es.List([]string{"Ana", "Luis", "Inés"}, intl.And))
	fmt.Println(es.List([]string{"siete", "ocho"}, intl.Or))
	fmt.Println(intl.New(language.AmericanEnglish, nil).List([]string{"Ana", "Luis", "Inés"}, intl.And))
	fmt.Println(intl.New(language.BritishEnglish, nil).List([]string{"Ana", "Luis", "Inés"}, intl.And))
	// Output:
	// Ana, Luis e Inés
	// siete u ocho
	// Ana, Luis, and Inés
	// Ana, Luis and Inés
}

func ExampleLocale_Plural() {
	es := intl.New(language.Spanish, nil)
	en := intl.New(language.English, nil)
	for _, s := range []string{"1", "1.0", "2", "1000000"} {
		d := intl.MustParseDecimal(s)
		fmt.Println(s, es.Plural(d), en.Plural(d))
	}
	// Output:
	// 1 one one
	// 1.0 one other
	// 2 other other
	// 1000000 many other
}

func ExampleLocale_Relative() {
	madrid, _ := time.LoadLocation("Europe/Madrid")
	es := intl.New(language.MustParse("es-ES"), madrid)
	now := time.Date(2026, 3, 12, 11, 0, 0, 0, madrid) // a Thursday
	fmt.Println(es.Relative(now.Add(20*time.Minute), now))
	fmt.Println(es.Relative(now.Add(-3*time.Hour), now))
	fmt.Println(es.Relative(time.Date(2026, 3, 13, 1, 0, 0, 0, madrid), now))
	fmt.Println(es.Relative(time.Date(2026, 3, 16, 9, 30, 0, 0, madrid), now))
	fmt.Println(es.Relative(time.Date(2026, 4, 2, 10, 0, 0, 0, madrid), now))
	fmt.Println(es.RelativeUnit(2, intl.Day, false))
	// Output:
	// dentro de 20 minutos
	// hace 3 horas
	// mañana a la 1:00
	// el lunes a las 9:30
	// el 2 de abril a las 10:00
	// pasado mañana
}

func ExampleLocale_Number() {
	for _, tag := range []string{"es-ES", "pt-PT", "fr-FR", "en-US"} {
		l := intl.New(language.MustParse(tag), nil)
		fmt.Printf("%s %q %q\n", tag, l.Int(1000), l.Number(intl.MustParseDecimal("12345.6789")))
	}
	// Output:
	// es-ES "1000" "12.345,679"
	// pt-PT "1000" "12\u00a0345,679"
	// fr-FR "1\u202f000" "12\u202f345,679"
	// en-US "1,000" "12,345.679"
}
