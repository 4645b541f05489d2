package intl

import "golang.org/x/text/language"

// This file holds the CLDR 48 data of the supported locales, written by
// hand and checked value by value against ICU by the golden tests. The
// tables are never modified.

// Indexes in locales; en-US comes first because it is the default.
const (
	enUS = iota
	esES
	esMX
	esAR
	enGB
	ptBR
	ptPT
	frFR
	deDE
	itIT
)

// localeTags are the tags of locales, in the same order.
var localeTags = [...]language.Tag{
	enUS: language.MustParse("en-US"),
	esES: language.MustParse("es-ES"),
	esMX: language.MustParse("es-MX"),
	esAR: language.MustParse("es-AR"),
	enGB: language.MustParse("en-GB"),
	ptBR: language.MustParse("pt-BR"),
	ptPT: language.MustParse("pt-PT"),
	frFR: language.MustParse("fr-FR"),
	deDE: language.MustParse("de-DE"),
	itIT: language.MustParse("it-IT"),
}

// A locale is everything this package knows about one supported locale.
type locale struct {
	id string

	// Dates: CLDR patterns (see date.go for the letters understood) by
	// Style, and the text between date and time by date Style.
	months, monthsAbbr [12]string
	weekdays           [7]string // Sunday first
	am, pm             string
	datePat, timePat   [4]string
	glue               [4]string
	zones              *[zoneCount]zoneNames
	gmt, gmtZero       string // localized GMT format: "GMT" prefix, the text for offset 0
	gmtMinus           string // the minus sign of the GMT format

	// Numbers: symbols, the minimum grouping digits, the text after a
	// percentage, and the currency pattern.
	decimal, group string
	minGrouping    int
	percent        string
	currencyAfter  bool   // "1.234,50 €" rather than "€1,234.50"
	currencySep    string // between symbol and number in the pattern
	symbols        []symbol

	plural func(o operands) Category
	rel    *[unitCount]relUnit
	lists  [3]listSeps // by ListKind
	// spanish applies ICU's y→e and o→u rules to lists.
	spanish bool
	words   *relWords
}

// A symbol is a currency's symbol in one locale.
type symbol struct{ code, text string }

// zoneNames are a zone's names: long standard, long daylight, short
// standard, short daylight. An empty short name falls back to the
// localized GMT format.
type zoneNames [4]string

const (
	nbsp  = "\u00a0" // no-break space
	nnbsp = "\u202f" // narrow no-break space
)

var locales = [...]locale{
	enUS: {
		id:         "en-US",
		months:     enMonths,
		monthsAbbr: [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
		weekdays:   enWeekdays,
		am:         "AM", pm: "PM",
		datePat: [4]string{Medium: "MMM d, y", Full: "EEEE, MMMM d, y", Long: "MMMM d, y", Short: "M/d/yy"},
		timePat: time12,
		glue:    [4]string{Medium: ", ", Full: " at ", Long: " at ", Short: ", "},
		zones:   &enUSZones,
		gmt:     "GMT", gmtZero: "GMT+0", gmtMinus: "-",
		decimal: ".", group: ",", minGrouping: 1, percent: "%",
		symbols: []symbol{{"EUR", "€"}, {"USD", "$"}, {"GBP", "£"}, {"MXN", "MX$"}, {"BRL", "R$"}, {"JPY", "¥"}, {"CAD", "CA$"}},
		plural:  pluralEn,
		rel:     &enRel,
		lists:   [3]listSeps{And: {" and ", ", and "}, Or: {" or ", ", or "}, UnitList: {", ", ", "}},
		words:   &enWords,
	},
	esES: {
		id:         "es-ES",
		months:     esMonths,
		monthsAbbr: [12]string{"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"},
		weekdays:   esWeekdays,
		am:         "a." + nnbsp + "m.", pm: "p." + nnbsp + "m.",
		datePat: [4]string{Medium: "d MMM y", Full: "EEEE, d 'de' MMMM 'de' y", Long: "d 'de' MMMM 'de' y", Short: "d/M/yy"},
		timePat: [4]string{Medium: "H:mm:ss", Full: "H:mm:ss (zzzz)", Long: "H:mm:ss z", Short: "H:mm"},
		glue:    esGlue,
		zones:   &esESZones,
		gmt:     "GMT", gmtZero: "GMT+0", gmtMinus: "-",
		decimal: ",", group: ".", minGrouping: 2, percent: nbsp + "%",
		currencyAfter: true, currencySep: nbsp,
		symbols: []symbol{{"EUR", "€"}, {"USD", "US$"}},
		plural:  pluralEs,
		rel:     &esRel,
		lists:   esLists,
		spanish: true,
		words:   &esWords,
	},
	esMX: {
		id:         "es-MX",
		months:     esMonths,
		monthsAbbr: [12]string{"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"},
		weekdays:   esWeekdays,
		am:         "a.m.", pm: "p.m.",
		datePat: [4]string{Medium: "d MMM y", Full: "EEEE, d 'de' MMMM 'de' y", Long: "d 'de' MMMM 'de' y", Short: "dd/MM/yy"},
		timePat: time12,
		glue:    esGlue,
		zones:   &esMXZones,
		gmt:     "GMT", gmtZero: "GMT+0", gmtMinus: "-",
		decimal: ".", group: ",", minGrouping: 1, percent: "%",
		symbols: []symbol{{"MXN", "$"}},
		plural:  pluralEs,
		rel:     &esMXRel,
		lists:   esLists,
		spanish: true,
		words:   &esWords,
	},
	esAR: {
		id:         "es-AR",
		months:     esMonths,
		monthsAbbr: [12]string{"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"},
		weekdays:   esWeekdays,
		am:         "a." + nnbsp + "m.", pm: "p." + nnbsp + "m.",
		datePat: [4]string{Medium: "d MMM y", Full: "EEEE, d 'de' MMMM 'de' y", Long: "d 'de' MMMM 'de' y", Short: "d/M/yy"},
		timePat: time12,
		glue:    esGlue,
		zones:   &esARZones,
		gmt:     "GMT", gmtZero: "GMT+0", gmtMinus: "-",
		decimal: ",", group: ".", minGrouping: 1, percent: "%",
		currencySep: nbsp,
		symbols:     []symbol{{"ARS", "$"}, {"USD", "US$"}},
		plural:      pluralEs,
		rel:         &esRel,
		lists:       esLists,
		spanish:     true,
		words:       &esWords,
	},
	enGB: {
		id:         "en-GB",
		months:     enMonths,
		monthsAbbr: [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"},
		weekdays:   enWeekdays,
		am:         "am", pm: "pm",
		datePat: [4]string{Medium: "d MMM y", Full: "EEEE, d MMMM y", Long: "d MMMM y", Short: "dd/MM/y"},
		timePat: time24,
		glue:    [4]string{Medium: ", ", Full: " at ", Long: " at ", Short: ", "},
		zones:   &enGBZones,
		gmt:     "GMT", gmtZero: "GMT+0", gmtMinus: "-",
		decimal: ".", group: ",", minGrouping: 1, percent: "%",
		symbols: []symbol{{"EUR", "€"}, {"USD", "US$"}, {"GBP", "£"}, {"MXN", "MX$"}, {"BRL", "R$"}, {"JPY", "JP¥"}, {"CAD", "CA$"}},
		plural:  pluralEn,
		rel:     &enRel,
		lists:   [3]listSeps{And: {" and ", " and "}, Or: {" or ", " or "}, UnitList: {", ", ", "}},
		words:   &enGBWords,
	},
	ptBR: {
		id:         "pt-BR",
		months:     ptMonths,
		monthsAbbr: ptMonthsAbbr,
		weekdays:   ptWeekdays,
		am:         "AM", pm: "PM",
		datePat: [4]string{Medium: "d 'de' MMM 'de' y", Full: "EEEE, d 'de' MMMM 'de' y", Long: "d 'de' MMMM 'de' y", Short: "dd/MM/y"},
		timePat: time24,
		glue:    ptGlue,
		zones:   &ptBRZones,
		gmt:     "GMT", gmtZero: "GMT+0", gmtMinus: "-",
		decimal: ",", group: ".", minGrouping: 1, percent: "%",
		currencySep: nbsp,
		symbols:     ptSymbols,
		plural:      pluralPt,
		rel:         &ptBRRel,
		lists:       ptLists,
		words:       &ptWords,
	},
	ptPT: {
		id:         "pt-PT",
		months:     ptMonths,
		monthsAbbr: ptMonthsAbbr,
		weekdays:   ptWeekdays,
		am:         "a.m.", pm: "p.m.",
		datePat: [4]string{Medium: "dd/MM/y", Full: "EEEE, d 'de' MMMM 'de' y", Long: "d 'de' MMMM 'de' y", Short: "dd/MM/yy"},
		timePat: time24,
		glue:    ptGlue,
		zones:   &ptPTZones,
		gmt:     "GMT", gmtZero: "GMT+0", gmtMinus: "-",
		decimal: ",", group: nbsp, minGrouping: 2, percent: "%",
		currencyAfter: true, currencySep: nbsp,
		symbols: ptSymbols,
		plural:  pluralPtPT,
		rel:     &ptPTRel,
		lists:   ptLists,
		words:   &ptPTWords,
	},
	frFR: {
		id:         "fr-FR",
		months:     [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		monthsAbbr: [12]string{"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."},
		weekdays:   [7]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
		am:         "AM", pm: "PM",
		datePat: [4]string{Medium: "d MMM y", Full: "EEEE d MMMM y", Long: "d MMMM y", Short: "dd/MM/y"},
		timePat: time24,
		glue:    [4]string{Medium: ", ", Full: " à ", Long: " à ", Short: " "},
		zones:   &frZones,
		gmt:     "UTC", gmtZero: "UTC+0", gmtMinus: "\u2212",
		decimal: ",", group: nnbsp, minGrouping: 1, percent: nbsp + "%",
		currencyAfter: true, currencySep: nbsp,
		symbols: []symbol{{"EUR", "€"}, {"USD", "$US"}, {"GBP", "£GB"}, {"MXN", "$MX"}, {"ARS", "$AR"}, {"BRL", "R$"},
			{"CLP", "$CL"}, {"COP", "$CO"}, {"UYU", "$UY"}, {"CAD", "$CA"}},
		plural: pluralFr,
		rel:    &frRel,
		lists:  [3]listSeps{And: {" et ", " et "}, Or: {" ou ", " ou "}, UnitList: {" et ", " et "}},
		words:  &frWords,
	},
	deDE: {
		id:         "de-DE",
		months:     [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
		monthsAbbr: [12]string{"Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."},
		weekdays:   [7]string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"},
		am:         "AM", pm: "PM",
		datePat: [4]string{Medium: "dd.MM.y", Full: "EEEE, d. MMMM y", Long: "d. MMMM y", Short: "dd.MM.yy"},
		timePat: time24,
		glue:    [4]string{Medium: ", ", Full: " um ", Long: " um ", Short: ", "},
		zones:   &deZones,
		gmt:     "GMT", gmtZero: "GMT+0", gmtMinus: "-",
		decimal: ",", group: ".", minGrouping: 1, percent: nbsp + "%",
		currencyAfter: true, currencySep: nbsp,
		symbols: []symbol{{"EUR", "€"}, {"USD", "$"}, {"GBP", "£"}, {"MXN", "MX$"}, {"BRL", "R$"}, {"JPY", "¥"}, {"CAD", "CA$"}},
		plural:  pluralEn,
		rel:     &deRel,
		lists:   [3]listSeps{And: {" und ", " und "}, Or: {" oder ", " oder "}, UnitList: {", ", " und "}},
		words:   &deWords,
	},
	itIT: {
		id:         "it-IT",
		months:     [12]string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
		monthsAbbr: [12]string{"gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"},
		weekdays:   [7]string{"domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"},
		am:         "AM", pm: "PM",
		datePat: [4]string{Medium: "d MMM y", Full: "EEEE d MMMM y", Long: "d MMMM y", Short: "dd/MM/yy"},
		timePat: time24,
		glue:    [4]string{Medium: ", ", Full: " alle ore ", Long: " alle ore ", Short: ", "},
		zones:   &itZones,
		gmt:     "GMT", gmtZero: "GMT+0", gmtMinus: "-",
		decimal: ",", group: ".", minGrouping: 2, percent: "%",
		currencyAfter: true, currencySep: nbsp,
		symbols: []symbol{{"EUR", "€"}, {"GBP", "£"}, {"CAD", "CA$"}},
		plural:  pluralIt,
		rel:     &itRel,
		lists:   [3]listSeps{And: {" e ", " e "}, Or: {" o ", " o "}, UnitList: {" e ", " e "}},
		words:   &itWords,
	},
}

// Shared by several locales.
var (
	time12 = [4]string{Medium: "h:mm:ss" + nnbsp + "a", Full: "h:mm:ss" + nnbsp + "a zzzz", Long: "h:mm:ss" + nnbsp + "a z", Short: "h:mm" + nnbsp + "a"}
	time24 = [4]string{Medium: "HH:mm:ss", Full: "HH:mm:ss zzzz", Long: "HH:mm:ss z", Short: "HH:mm"}

	enMonths   = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	enWeekdays = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

	esMonths   = [12]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"}
	esWeekdays = [7]string{"domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"}
	esGlue     = [4]string{Medium: ", ", Full: ", ", Long: " a las ", Short: ", "}
	esLists    = [3]listSeps{And: {" y ", " y "}, Or: {" o ", " o "}, UnitList: {" y ", " y "}}

	ptMonths     = [12]string{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"}
	ptMonthsAbbr = [12]string{"jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."}
	ptWeekdays   = [7]string{"domingo", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado"}
	ptGlue       = [4]string{Medium: ", ", Full: " às ", Long: " às ", Short: ", "}
	ptSymbols    = []symbol{{"EUR", "€"}, {"USD", "US$"}, {"GBP", "£"}, {"MXN", "MX$"}, {"BRL", "R$"}, {"JPY", "JP¥"}, {"CAD", "CA$"}}
	ptLists      = [3]listSeps{And: {" e ", " e "}, Or: {" ou ", " ou "}, UnitList: {" e ", " e "}}
)
