package intl

// Relative-time strings of CLDR 48 (the long style), by Unit. "{0}" stands
// for the number. es-MX's "trimetres" is CLDR's own spelling, kept to match
// ICU.

// A relUnit holds one unit's strings: future and past patterns for the
// plural categories One and Other (the supported locales have no others
// here; Many falls back to Other as in ICU), and the words used with
// numeric "auto" for -2 … +2, empty where CLDR has none.
type relUnit struct {
	future, past [2]string
	auto         [5]string
}

var esRel = [unitCount]relUnit{
	Second:  {[2]string{"dentro de {0} segundo", "dentro de {0} segundos"}, [2]string{"hace {0} segundo", "hace {0} segundos"}, [5]string{2: "ahora"}},
	Minute:  {[2]string{"dentro de {0} minuto", "dentro de {0} minutos"}, [2]string{"hace {0} minuto", "hace {0} minutos"}, [5]string{2: "este minuto"}},
	Hour:    {[2]string{"dentro de {0} hora", "dentro de {0} horas"}, [2]string{"hace {0} hora", "hace {0} horas"}, [5]string{2: "esta hora"}},
	Day:     {[2]string{"dentro de {0} día", "dentro de {0} días"}, [2]string{"hace {0} día", "hace {0} días"}, [5]string{"anteayer", "ayer", "hoy", "mañana", "pasado mañana"}},
	Week:    {[2]string{"dentro de {0} semana", "dentro de {0} semanas"}, [2]string{"hace {0} semana", "hace {0} semanas"}, [5]string{1: "la semana pasada", 2: "esta semana", 3: "la próxima semana"}},
	Month:   {[2]string{"dentro de {0} mes", "dentro de {0} meses"}, [2]string{"hace {0} mes", "hace {0} meses"}, [5]string{1: "el mes pasado", 2: "este mes", 3: "el próximo mes"}},
	Quarter: {[2]string{"dentro de {0} trimestre", "dentro de {0} trimestres"}, [2]string{"hace {0} trimestre", "hace {0} trimestres"}, [5]string{1: "el trimestre pasado", 2: "este trimestre", 3: "el próximo trimestre"}},
	Year:    {[2]string{"dentro de {0} año", "dentro de {0} años"}, [2]string{"hace {0} año", "hace {0} años"}, [5]string{1: "el año pasado", 2: "este año", 3: "el próximo año"}},
}

var esMXRel = [unitCount]relUnit{
	Second:  esRel[Second],
	Minute:  esRel[Minute],
	Hour:    esRel[Hour],
	Day:     esRel[Day],
	Week:    {[2]string{"dentro de {0} semana", "dentro de {0} semanas"}, [2]string{"hace {0} semana", "hace {0} semanas"}, [5]string{1: "la semana pasada", 2: "esta semana", 3: "la semana próxima"}},
	Month:   {[2]string{"en {0} mes", "en {0} meses"}, [2]string{"hace {0} mes", "hace {0} meses"}, [5]string{1: "el mes pasado", 2: "este mes", 3: "el mes próximo"}},
	Quarter: {[2]string{"en {0} trimestre", "dentro de {0} trimetres"}, [2]string{"hace {0} trimestre", "hace {0} trimestres"}, [5]string{1: "el trimestre pasado", 2: "este trimestre", 3: "el próximo trimestre"}},
	Year:    {[2]string{"dentro de {0} año", "dentro de {0} años"}, [2]string{"hace {0} año", "hace {0} años"}, [5]string{1: "el año pasado", 2: "este año", 3: "el año próximo"}},
}

var enRel = [unitCount]relUnit{
	Second:  {[2]string{"in {0} second", "in {0} seconds"}, [2]string{"{0} second ago", "{0} seconds ago"}, [5]string{2: "now"}},
	Minute:  {[2]string{"in {0} minute", "in {0} minutes"}, [2]string{"{0} minute ago", "{0} minutes ago"}, [5]string{2: "this minute"}},
	Hour:    {[2]string{"in {0} hour", "in {0} hours"}, [2]string{"{0} hour ago", "{0} hours ago"}, [5]string{2: "this hour"}},
	Day:     {[2]string{"in {0} day", "in {0} days"}, [2]string{"{0} day ago", "{0} days ago"}, [5]string{1: "yesterday", 2: "today", 3: "tomorrow"}},
	Week:    {[2]string{"in {0} week", "in {0} weeks"}, [2]string{"{0} week ago", "{0} weeks ago"}, [5]string{1: "last week", 2: "this week", 3: "next week"}},
	Month:   {[2]string{"in {0} month", "in {0} months"}, [2]string{"{0} month ago", "{0} months ago"}, [5]string{1: "last month", 2: "this month", 3: "next month"}},
	Quarter: {[2]string{"in {0} quarter", "in {0} quarters"}, [2]string{"{0} quarter ago", "{0} quarters ago"}, [5]string{1: "last quarter", 2: "this quarter", 3: "next quarter"}},
	Year:    {[2]string{"in {0} year", "in {0} years"}, [2]string{"{0} year ago", "{0} years ago"}, [5]string{1: "last year", 2: "this year", 3: "next year"}},
}

var ptBRRel = [unitCount]relUnit{
	Second:  {[2]string{"em {0} segundo", "em {0} segundos"}, [2]string{"há {0} segundo", "há {0} segundos"}, [5]string{2: "agora"}},
	Minute:  {[2]string{"em {0} minuto", "em {0} minutos"}, [2]string{"há {0} minuto", "há {0} minutos"}, [5]string{2: "este minuto"}},
	Hour:    {[2]string{"em {0} hora", "em {0} horas"}, [2]string{"há {0} hora", "há {0} horas"}, [5]string{2: "esta hora"}},
	Day:     {[2]string{"em {0} dia", "em {0} dias"}, [2]string{"há {0} dia", "há {0} dias"}, [5]string{"anteontem", "ontem", "hoje", "amanhã", "depois de amanhã"}},
	Week:    {[2]string{"em {0} semana", "em {0} semanas"}, [2]string{"há {0} semana", "há {0} semanas"}, [5]string{1: "semana passada", 2: "esta semana", 3: "próxima semana"}},
	Month:   {[2]string{"em {0} mês", "em {0} meses"}, [2]string{"há {0} mês", "há {0} meses"}, [5]string{1: "mês passado", 2: "este mês", 3: "próximo mês"}},
	Quarter: {[2]string{"em {0} trimestre", "em {0} trimestres"}, [2]string{"há {0} trimestre", "há {0} trimestres"}, [5]string{1: "último trimestre", 2: "este trimestre", 3: "próximo trimestre"}},
	Year:    {[2]string{"em {0} ano", "em {0} anos"}, [2]string{"há {0} ano", "há {0} anos"}, [5]string{1: "ano passado", 2: "este ano", 3: "próximo ano"}},
}

var ptPTRel = [unitCount]relUnit{
	Second:  {[2]string{"dentro de {0} segundo", "dentro de {0} segundos"}, [2]string{"há {0} segundo", "há {0} segundos"}, [5]string{2: "agora"}},
	Minute:  {[2]string{"dentro de {0} minuto", "dentro de {0} minutos"}, [2]string{"há {0} minuto", "há {0} minutos"}, [5]string{2: "este minuto"}},
	Hour:    {[2]string{"dentro de {0} hora", "dentro de {0} horas"}, [2]string{"há {0} hora", "há {0} horas"}, [5]string{2: "esta hora"}},
	Day:     {[2]string{"dentro de {0} dia", "dentro de {0} dias"}, [2]string{"há {0} dia", "há {0} dias"}, [5]string{"anteontem", "ontem", "hoje", "amanhã", "depois de amanhã"}},
	Week:    {[2]string{"dentro de {0} semana", "dentro de {0} semanas"}, [2]string{"há {0} semana", "há {0} semanas"}, [5]string{1: "semana passada", 2: "esta semana", 3: "próxima semana"}},
	Month:   {[2]string{"dentro de {0} mês", "dentro de {0} meses"}, [2]string{"há {0} mês", "há {0} meses"}, [5]string{1: "mês passado", 2: "este mês", 3: "próximo mês"}},
	Quarter: {[2]string{"dentro de {0} trimestre", "dentro de {0} trimestres"}, [2]string{"há {0} trimestre", "há {0} trimestres"}, [5]string{1: "trimestre passado", 2: "este trimestre", 3: "próximo trimestre"}},
	Year:    {[2]string{"dentro de {0} ano", "dentro de {0} anos"}, [2]string{"há {0} ano", "há {0} anos"}, [5]string{1: "ano passado", 2: "este ano", 3: "próximo ano"}},
}

var frRel = [unitCount]relUnit{
	Second:  {[2]string{"dans {0} seconde", "dans {0} secondes"}, [2]string{"il y a {0} seconde", "il y a {0} secondes"}, [5]string{2: "maintenant"}},
	Minute:  {[2]string{"dans {0} minute", "dans {0} minutes"}, [2]string{"il y a {0} minute", "il y a {0} minutes"}, [5]string{2: "cette minute-ci"}},
	Hour:    {[2]string{"dans {0} heure", "dans {0} heures"}, [2]string{"il y a {0} heure", "il y a {0} heures"}, [5]string{2: "cette heure-ci"}},
	Day:     {[2]string{"dans {0} jour", "dans {0} jours"}, [2]string{"il y a {0} jour", "il y a {0} jours"}, [5]string{"avant-hier", "hier", "aujourd’hui", "demain", "après-demain"}},
	Week:    {[2]string{"dans {0} semaine", "dans {0} semaines"}, [2]string{"il y a {0} semaine", "il y a {0} semaines"}, [5]string{1: "la semaine dernière", 2: "cette semaine", 3: "la semaine prochaine"}},
	Month:   {[2]string{"dans {0} mois", "dans {0} mois"}, [2]string{"il y a {0} mois", "il y a {0} mois"}, [5]string{1: "le mois dernier", 2: "ce mois-ci", 3: "le mois prochain"}},
	Quarter: {[2]string{"dans {0} trimestre", "dans {0} trimestres"}, [2]string{"il y a {0} trimestre", "il y a {0} trimestres"}, [5]string{1: "le trimestre dernier", 2: "ce trimestre", 3: "le trimestre prochain"}},
	Year:    {[2]string{"dans {0} an", "dans {0} ans"}, [2]string{"il y a {0} an", "il y a {0} ans"}, [5]string{1: "l’année dernière", 2: "cette année", 3: "l’année prochaine"}},
}

var deRel = [unitCount]relUnit{
	Second:  {[2]string{"in {0} Sekunde", "in {0} Sekunden"}, [2]string{"vor {0} Sekunde", "vor {0} Sekunden"}, [5]string{2: "jetzt"}},
	Minute:  {[2]string{"in {0} Minute", "in {0} Minuten"}, [2]string{"vor {0} Minute", "vor {0} Minuten"}, [5]string{2: "in dieser Minute"}},
	Hour:    {[2]string{"in {0} Stunde", "in {0} Stunden"}, [2]string{"vor {0} Stunde", "vor {0} Stunden"}, [5]string{2: "in dieser Stunde"}},
	Day:     {[2]string{"in {0} Tag", "in {0} Tagen"}, [2]string{"vor {0} Tag", "vor {0} Tagen"}, [5]string{"vorgestern", "gestern", "heute", "morgen", "übermorgen"}},
	Week:    {[2]string{"in {0} Woche", "in {0} Wochen"}, [2]string{"vor {0} Woche", "vor {0} Wochen"}, [5]string{1: "letzte Woche", 2: "diese Woche", 3: "nächste Woche"}},
	Month:   {[2]string{"in {0} Monat", "in {0} Monaten"}, [2]string{"vor {0} Monat", "vor {0} Monaten"}, [5]string{1: "letzten Monat", 2: "diesen Monat", 3: "nächsten Monat"}},
	Quarter: {[2]string{"in {0} Quartal", "in {0} Quartalen"}, [2]string{"vor {0} Quartal", "vor {0} Quartalen"}, [5]string{1: "letztes Quartal", 2: "dieses Quartal", 3: "nächstes Quartal"}},
	Year:    {[2]string{"in {0} Jahr", "in {0} Jahren"}, [2]string{"vor {0} Jahr", "vor {0} Jahren"}, [5]string{1: "letztes Jahr", 2: "dieses Jahr", 3: "nächstes Jahr"}},
}

var itRel = [unitCount]relUnit{
	Second:  {[2]string{"tra {0} secondo", "tra {0} secondi"}, [2]string{"{0} secondo fa", "{0} secondi fa"}, [5]string{2: "ora"}},
	Minute:  {[2]string{"tra {0} minuto", "tra {0} minuti"}, [2]string{"{0} minuto fa", "{0} minuti fa"}, [5]string{2: "questo minuto"}},
	Hour:    {[2]string{"tra {0} ora", "tra {0} ore"}, [2]string{"{0} ora fa", "{0} ore fa"}, [5]string{2: "quest’ora"}},
	Day:     {[2]string{"tra {0} giorno", "tra {0} giorni"}, [2]string{"{0} giorno fa", "{0} giorni fa"}, [5]string{"l’altro ieri", "ieri", "oggi", "domani", "dopodomani"}},
	Week:    {[2]string{"tra {0} settimana", "tra {0} settimane"}, [2]string{"{0} settimana fa", "{0} settimane fa"}, [5]string{1: "settimana scorsa", 2: "questa settimana", 3: "settimana prossima"}},
	Month:   {[2]string{"tra {0} mese", "tra {0} mesi"}, [2]string{"{0} mese fa", "{0} mesi fa"}, [5]string{1: "mese scorso", 2: "questo mese", 3: "mese prossimo"}},
	Quarter: {[2]string{"tra {0} trimestre", "tra {0} trimestri"}, [2]string{"{0} trimestre fa", "{0} trimestri fa"}, [5]string{1: "trimestre scorso", 2: "questo trimestre", 3: "trimestre prossimo"}},
	Year:    {[2]string{"tra {0} anno", "tra {0} anni"}, [2]string{"{0} anno fa", "{0} anni fa"}, [5]string{1: "anno scorso", 2: "quest’anno", 3: "anno prossimo"}},
}

// relWords are the words Relative puts around a time: the "at" before it
// (a different one before one o'clock in Spanish and Portuguese) and the
// word before a weekday, Sunday first.
type relWords struct {
	at, atOne string
	on        [7]string
	// onDate goes before a date further than a week away, written with
	// dayMonth in the same year ("el 3 de diciembre") and with the long
	// date style in another ("el 3 de diciembre de 2027").
	onDate, dayMonth string
}

var (
	esWords   = relWords{at: "a las", atOne: "a la", on: [7]string{"el ", "el ", "el ", "el ", "el ", "el ", "el "}, onDate: "el ", dayMonth: "d 'de' MMMM"}
	enWords   = relWords{at: "at", atOne: "at", on: [7]string{"on ", "on ", "on ", "on ", "on ", "on ", "on "}, onDate: "on ", dayMonth: "MMMM d"}
	enGBWords = relWords{at: "at", atOne: "at", on: [7]string{"on ", "on ", "on ", "on ", "on ", "on ", "on "}, onDate: "on ", dayMonth: "d MMMM"}
	ptWords   = relWords{at: "às", atOne: "à", on: [7]string{"no ", "na ", "na ", "na ", "na ", "na ", "no "}, onDate: "em ", dayMonth: "d 'de' MMMM"}
	ptPTWords = relWords{at: "às", atOne: "à", on: [7]string{"no ", "na ", "na ", "na ", "na ", "na ", "no "}, onDate: "a ", dayMonth: "d 'de' MMMM"}
	frWords   = relWords{at: "à", atOne: "à", onDate: "le ", dayMonth: "d MMMM"}
	deWords   = relWords{at: "um", atOne: "um", on: [7]string{"am ", "am ", "am ", "am ", "am ", "am ", "am "}, onDate: "am ", dayMonth: "d. MMMM"}
	itWords   = relWords{at: "alle ore", atOne: "alle ore", dayMonth: "d MMMM"}
)
