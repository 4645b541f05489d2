// Package intl formats dates, times, relative times, numbers, money,
// plural categories and lists for customer correspondence, exactly as ICU
// 78 with CLDR 48 formats them (the engine behind Intl in browsers and
// Node), for ten locales: es-ES, es-MX, es-AR, en-US, en-GB, pt-BR, pt-PT,
// fr-FR, de-DE and it-IT.
//
// The CLDR data it needs (month and day names, date and time patterns,
// time zone names, number symbols, minimum grouping digits, currency
// patterns, symbols and fraction digits, list patterns, relative-time
// strings and plural rules) is written out by hand in Go tables, read by a
// small interpreter of CLDR date patterns and number rules of its own.
// golang.org/x/text alone is not enough: it cannot format dates, its plural
// rules are those of CLDR 32 (no "many" for millions in Spanish), and it
// puts the euro sign first in Spanish. Every table is checked against ICU
// by golden files; see [Verification].
//
//	es := intl.New(language.MustParse("es-ES"), madrid)
//	es.DateTime(t, intl.Long, intl.Short)                   // "5 de marzo de 2026 a las 14:07"
//	es.Money(intl.Money{Currency: "EUR", Minor: 123450})    // "1234,50 €"
//	es.List([]string{"Ana", "Inés"}, intl.And)              // "Ana e Inés"
//	es.Relative(t, now)                                     // "mañana a las 10:00"
//
// A [Locale] is a small value that holds no mutable state: it is safe for
// concurrent use, cheap to copy and to call repeatedly while rendering
// templates. Each method returns a new string; the Append methods
// (AppendDate, AppendMoney, AppendList…) write into a caller's []byte and
// do not allocate. Nothing reads the clock: [Locale.Relative] takes now as
// an argument.
//
// # Locales and fallback
//
// [New] takes any BCP 47 tag and uses the nearest supported locale, chosen
// by golang.org/x/text/language's Matcher; [Locale.Tag] tells which. Tags
// that match a supported locale exactly use it. Spanish of the Americas
// (es-419, es-CO, es-CL, es-PE, es-UY, es-US…) falls back to es-MX, the
// Latin-American Spanish here (es-AR only for es-AR itself); other Spanish
// (es, es-GQ, es-PH) to es-ES. pt falls back to pt-BR, and the Portuguese
// of Africa and Asia (pt-AO, pt-MZ…) to pt-PT. en falls back to en-US, and
// the English of the Commonwealth (en-AU, en-IN, en-CA…) to en-GB, as CLDR
// groups them. fr-CA, fr-CH, de-AT, de-CH and it-CH use fr-FR, de-DE and
// it-IT: the data is that of France, Germany and Italy, not a regional
// variant. Languages the Matcher reads as close to Spanish (gl, eu) use
// es-ES; anything else, en-US. The zero Locale is en-US in UTC.
//
// # Dates and zones
//
// [Locale.Date], [Locale.Time] and [Locale.DateTime] give what
// Intl.DateTimeFormat gives with dateStyle and timeStyle ([Full], [Long],
// [Medium] or [Short]; the zero [Style] is Medium, as in ICU), in the
// Locale's zone (UTC when New is given nil), whatever zone the time.Time
// carries. Date and time are joined as ICU joins them, which depends on
// the date style: "5 de marzo de 2026 a las 14:07", "March 5, 2026 at
// 2:07 PM", "5 mar 2026, 14:07". The 12-hour clocks of en-US, es-MX and
// es-AR put a narrow no-break space (U+202F) before AM/PM, as ICU does.
//
// Full and Long times end with the zone's name: its long or short CLDR
// name ("hora de verano de Europa central", "CEST", "EST"), standard or
// summer time as the zone is at that instant. The names are those of the
// metazones of Europe/Madrid, Europe/Paris, Europe/Berlin, Europe/Rome and
// the rest of Central Europe; Europe/Lisbon and Atlantic/Canary (Western
// Europe); Europe/London (GMT, British Summer Time); UTC; America/New_York
// (US Eastern); America/Mexico_City and America/Chicago (US Central);
// America/Denver and America/Phoenix (Mountain); America/Los_Angeles and
// America/Tijuana (Pacific); America/Argentina/Buenos_Aires and the other
// Argentine zones; America/Sao_Paulo and the zones of Brasília time;
// America/Bogota, America/Lima, America/Santiago and America/Montevideo.
// Where the locale has no short name ICU writes the localized GMT format,
// and so does this package: "GMT+1", "GMT-3", "UTC−3" in French (with a
// real minus sign), "GMT-03:00" in the long form. Zones outside those
// metazones are always written in the GMT format: ICU does the same for
// fixed offsets and Etc/GMT+3, but would print a name for, say, Asia/Tokyo
// in the long form.
//
// # Relative times
//
// [Locale.RelativeUnit] is Intl.RelativeTimeFormat in its long style:
// "dentro de 3 horas", "hace 2 días", and with numeric false the words
// CLDR has for near values ("mañana", "pasado mañana", "el mes pasado").
// [Locale.Relative] says when an instant is, seen from now, the way a
// person writes it in a reply: "ahora", "dentro de 20 minutos", "hace 3
// horas", "hoy a las 16:00", "mañana a la 1:00", "el lunes a las 9:30",
// and beyond six days "el 3 de diciembre a las 10:00" (with the year when
// it is another year's). Calendar days are
// counted in the Locale's zone. ICU has no such function: the rules are
// this package's, documented on the method and tested by hand in all ten
// locales.
//
// # Numbers and money
//
// Numbers are exact: a [Decimal] holds decimal digits and never goes
// through float64; [ParseDecimal] reads "1234.5", "-0.50" or "1e6".
// [Locale.Number] follows Intl.NumberFormat: the locale's separators
// ("1.234,5", "1,234.5", "1 234,5" with a narrow no-break space in French,
// a no-break space in pt-PT), its minimum grouping digits (es-ES, pt-PT and
// it-IT write "1000" but "10.000"), at most three fraction digits. Rounding
// is half to even, ICU's own default; note that ECMA-402 asks for half away
// from zero, so Intl.NumberFormat without roundingMode "halfEven" rounds
// 0.0025 to 0.003 where this package and ICU give 0.002.
//
// [Money] is an amount in minor units of an ISO 4217 currency;
// [ParseMoney] reads a decimal amount and refuses more fraction digits than
// the currency has. [Locale.Money] follows Intl.NumberFormat's currency
// style: the locale's pattern ("1234,50 €", "€1,234.50", "R$ 1.234,50",
// "$ 1.234,50" in es-AR), the currency's fraction digits from CLDR (0 for
// JPY, CLP, COP, HUF; 3 for KWD, BHD; 2 for most: [CurrencyDigits]), and
// the locale's symbol for EUR, USD, GBP, MXN, ARS, BRL, CLP, COP, PEN, UYU,
// JPY, CHF and CAD ("US$" in es-ES, "$" for MXN in es-MX and for ARS in
// es-AR, "$US" in French). Other currencies are written with their code,
// with ICU's no-break space between letters and digits ("CHF 12.00"); for
// those ICU would sometimes use a symbol of its own (A$, ₹).
//
// # Plurals
//
// [Locale.Plural] and [Locale.PluralInt] give the cardinal plural
// [Category] of a number under the CLDR 48 rules, from the operands n, i,
// v, f of its digits as written: "1" is One and "1.0" is Other in English
// (one fraction digit is visible), both are One in Spanish. Spanish,
// Portuguese, French and Italian have Many for exact millions (1000000,
// 2000000), as CLDR has since version 42. The compact exponent e is
// always 0: a Decimal is a plain number. Ordinals are not provided.
//
// # Lists
//
// [Locale.List] joins items as Intl.ListFormat's long style, for
// conjunctions ([And]), disjunctions ([Or]) and units ([UnitList]): "Ana,
// Luis y Marta", "Ana, Luis, and Marta" (the Oxford comma of en-US, not of
// en-GB). Spanish "y" becomes "e" and "o" becomes "u" by ICU's exact rules
// (listformatter.cpp): "Ana e Inés", "agua y hielo", "siete u ocho", "7 u
// 8", "10 u 11".
//
// # Errors
//
// Errors wrap the sentinels [ErrSyntax], [ErrRange], [ErrCurrency],
// [ErrPrecision], [ErrStyle], [ErrUnit] and [ErrListKind] inside a
// [*NumberError] or a [*NameError]; match them with errors.Is. Nothing
// panics on input; only [MustParseDecimal] and [NewDecimal], given bad
// constants, do.
//
// # Verification
//
// The golden files in testdata (dates.jsonl, relative.jsonl, numbers.jsonl,
// money.jsonl, plurals.jsonl, lists.jsonl; one JSON array a line, the
// inputs then ICU's text) were written by scripts/intlgolden/gen.mjs with
// Node's Intl (ICU 78.2, CLDR 48): dates at seventeen instants across 2026
// (both sides of the European and American changes of clock, midnight,
// noon, 1 AM, 1 PM, 23:59, year boundaries) and at wall-clock times in each
// locale's home zone, in every style and eight combinations, in the home
// zone and two foreign ones; the names of every zone above in winter and
// summer; relative times for all units with numeric "always" and "auto";
// numbers, integers, percentages; money in sixteen currencies; plural
// categories with visible fraction digits; lists of 0 to 4 items and the
// Spanish y/e, o/u cases. About 19,000 values in all, and the tests compare
// each byte for byte, no-break spaces included: go test -v prints one line
// per kind, "dates: N values, N agree". The dates use formatToParts,
// which keeps the narrow no-break space that V8's format() turns into a
// plain space before AM/PM.
//
// The tests only read the files; Node is needed only to write them again,
// after a change of CLDR version or of the cases covered:
//
//	node scripts/intlgolden/gen.mjs
//
// and then go test ./template/intl shows any difference.
package intl
