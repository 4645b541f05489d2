package intl

// Time zone names. ICU names a zone after its CLDR metazone ("Central
// European Standard Time" for Madrid, Paris, Berlin and Rome alike); the
// metazones here are those of the zones listed in the package
// documentation. Other zones are shown in the localized GMT format.

// Metazones, indexes in a locale's zone names.
const (
	mzNone = iota - 1
	mzCET
	mzWET
	mzLondon // the GMT metazone, with the British summer time of Europe/London
	mzUTC
	mzEastern
	mzCentral
	mzArgentina
	mzBrasilia
	mzColombia
	mzPeru
	mzChile
	mzUruguay
	mzPacific
	mzMountain
	zoneCount
)

// metazone returns the metazone of an IANA zone name, or mzNone.
func metazone(name string) int {
	switch name {
	case "Europe/Madrid", "Europe/Paris", "Europe/Berlin", "Europe/Rome", "Europe/Brussels", "Europe/Amsterdam",
		"Europe/Luxembourg", "Europe/Vienna", "Europe/Zurich", "Europe/Monaco", "Europe/Andorra", "Europe/Vatican",
		"Europe/San_Marino", "Europe/Malta", "Europe/Prague", "Europe/Warsaw", "Europe/Copenhagen",
		"Europe/Stockholm", "Europe/Oslo", "Europe/Budapest", "Europe/Ljubljana", "Europe/Zagreb",
		"Europe/Belgrade", "Europe/Bratislava", "Europe/Gibraltar", "Europe/Busingen", "Africa/Ceuta", "CET":
		return mzCET
	case "Europe/Lisbon", "Atlantic/Madeira", "Atlantic/Canary", "Atlantic/Faroe", "Portugal", "WET":
		return mzWET
	case "Europe/London", "Europe/Belfast", "Europe/Guernsey", "Europe/Isle_of_Man", "Europe/Jersey", "GB", "GB-Eire":
		return mzLondon
	case "UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/GMT", "Etc/GMT+0", "Etc/GMT-0", "Etc/GMT0", "GMT", "GMT0",
		"Etc/Universal", "Universal", "Etc/Zulu", "Zulu", "Etc/Greenwich", "Greenwich":
		return mzUTC
	case "America/New_York", "America/Detroit", "America/Toronto", "America/Indiana/Indianapolis",
		"America/Kentucky/Louisville", "America/Nassau", "America/Cancun", "US/Eastern", "EST5EDT":
		return mzEastern
	case "America/Mexico_City", "America/Chicago", "America/Winnipeg", "America/Monterrey", "America/Merida",
		"America/Bahia_Banderas", "America/Matamoros", "America/Guatemala", "America/Costa_Rica",
		"America/El_Salvador", "America/Tegucigalpa", "America/Managua", "America/Belize", "US/Central",
		"CST6CDT", "Mexico/General":
		return mzCentral
	case "America/Argentina/Buenos_Aires", "America/Buenos_Aires", "America/Argentina/Cordoba",
		"America/Cordoba", "America/Argentina/Catamarca", "America/Argentina/Jujuy", "America/Argentina/La_Rioja",
		"America/Argentina/Mendoza", "America/Mendoza", "America/Argentina/Rio_Gallegos",
		"America/Argentina/Salta", "America/Argentina/San_Juan", "America/Argentina/Tucuman",
		"America/Argentina/Ushuaia":
		return mzArgentina
	case "America/Sao_Paulo", "America/Bahia", "America/Fortaleza", "America/Recife", "America/Belem",
		"America/Maceio", "America/Araguaina", "America/Santarem", "Brazil/East":
		return mzBrasilia
	case "America/Bogota":
		return mzColombia
	case "America/Lima":
		return mzPeru
	case "America/Santiago", "Chile/Continental":
		return mzChile
	case "America/Montevideo":
		return mzUruguay
	case "America/Los_Angeles", "America/Vancouver", "America/Tijuana", "US/Pacific", "PST8PDT":
		return mzPacific
	case "America/Denver", "America/Phoenix", "America/Boise", "America/Edmonton", "America/Ciudad_Juarez",
		"US/Mountain", "US/Arizona", "MST7MDT":
		return mzMountain
	}
	return mzNone
}

var esESZones = [zoneCount]zoneNames{
	mzCET:       {"hora estándar de Europa central", "hora de verano de Europa central", "CET", "CEST"},
	mzWET:       {"hora estándar de Europa occidental", "hora de verano de Europa occidental", "WET", "WEST"},
	mzLondon:    {"hora del meridiano de Greenwich", "hora de verano británica", "GMT", ""},
	mzUTC:       {"tiempo universal coordinado", "", "UTC", ""},
	mzEastern:   {"hora estándar oriental", "hora de verano oriental", "", ""},
	mzCentral:   {"hora estándar central", "hora de verano central", "", ""},
	mzArgentina: {"hora estándar de Argentina", "hora de verano de Argentina", "", ""},
	mzBrasilia:  {"hora estándar de Brasilia", "hora de verano de Brasilia", "", ""},
	mzColombia:  {"hora estándar de Colombia", "hora de verano de Colombia", "", ""},
	mzPeru:      {"hora estándar de Perú", "hora de verano de Perú", "", ""},
	mzChile:     {"hora estándar de Chile", "hora de verano de Chile", "", ""},
	mzUruguay:   {"hora estándar de Uruguay", "hora de verano de Uruguay", "", ""},
	mzPacific:   {"hora estándar del Pacífico", "hora de verano del Pacífico", "", ""},
	mzMountain:  {"hora estándar de las Montañas Rocosas", "hora de verano de las Montañas Rocosas", "", ""},
}

var esMXZones = [zoneCount]zoneNames{
	mzCET:       {"hora estándar de Europa central", "hora de verano de Europa central", "", ""},
	mzWET:       {"hora estándar de Europa occidental", "hora de verano de Europa occidental", "", ""},
	mzLondon:    {"hora del meridiano de Greenwich", "hora de verano británica", "", ""},
	mzUTC:       {"hora universal coordinada", "", "UTC", ""},
	mzEastern:   {"hora estándar oriental", "hora de verano oriental", "", ""},
	mzCentral:   {"hora estándar central", "hora de verano central", "", ""},
	mzArgentina: {"hora estándar de Argentina", "hora de verano de Argentina", "", ""},
	mzBrasilia:  {"hora estándar de Brasilia", "hora de verano de Brasilia", "", ""},
	mzColombia:  {"hora estándar de Colombia", "hora de verano de Colombia", "", ""},
	mzPeru:      {"hora estándar de Perú", "hora de verano de Perú", "", ""},
	mzChile:     {"hora estándar de Chile", "hora de verano de Chile", "", ""},
	mzUruguay:   {"hora estándar de Uruguay", "hora de verano de Uruguay", "", ""},
	mzPacific:   {"hora estándar del Pacífico", "hora de verano del Pacífico", "", ""},
	mzMountain:  {"hora estándar de la montaña", "hora de verano de la montaña", "", ""},
}

var esARZones = [zoneCount]zoneNames{
	mzCET:       {"hora estándar de Europa central", "hora de verano de Europa central", "", ""},
	mzWET:       {"hora estándar de Europa del Oeste", "hora de verano de Europa del Oeste", "", ""},
	mzLondon:    {"hora del meridiano de Greenwich", "hora de verano británica", "", ""},
	mzUTC:       {"hora universal coordinada", "", "UTC", ""},
	mzEastern:   {"hora estándar oriental", "hora de verano oriental", "", ""},
	mzCentral:   {"hora estándar central", "hora de verano central", "", ""},
	mzArgentina: {"hora estándar de Argentina", "hora de verano de Argentina", "ART", "ARST"},
	mzBrasilia:  {"hora estándar de Brasilia", "hora de verano de Brasilia", "", ""},
	mzColombia:  {"hora estándar de Colombia", "hora de verano de Colombia", "", ""},
	mzPeru:      {"hora estándar de Perú", "hora de verano de Perú", "", ""},
	mzChile:     {"hora estándar de Chile", "hora de verano de Chile", "", ""},
	mzUruguay:   {"hora estándar de Uruguay", "hora de verano de Uruguay", "", ""},
	mzPacific:   {"hora estándar del Pacífico", "hora de verano del Pacífico", "", ""},
	mzMountain:  {"hora estándar de la montaña", "hora de verano de la montaña", "", ""},
}

var enUSZones = [zoneCount]zoneNames{
	mzCET:       {"Central European Standard Time", "Central European Summer Time", "", ""},
	mzWET:       {"Western European Standard Time", "Western European Summer Time", "", ""},
	mzLondon:    {"Greenwich Mean Time", "British Summer Time", "GMT", ""},
	mzUTC:       {"Coordinated Universal Time", "", "UTC", ""},
	mzEastern:   {"Eastern Standard Time", "Eastern Daylight Time", "EST", "EDT"},
	mzCentral:   {"Central Standard Time", "Central Daylight Time", "CST", "CDT"},
	mzArgentina: {"Argentina Standard Time", "Argentina Summer Time", "", ""},
	mzBrasilia:  {"Brasilia Standard Time", "Brasilia Summer Time", "", ""},
	mzColombia:  {"Colombia Standard Time", "Colombia Summer Time", "", ""},
	mzPeru:      {"Peru Standard Time", "Peru Summer Time", "", ""},
	mzChile:     {"Chile Standard Time", "Chile Summer Time", "", ""},
	mzUruguay:   {"Uruguay Standard Time", "Uruguay Summer Time", "", ""},
	mzPacific:   {"Pacific Standard Time", "Pacific Daylight Time", "PST", "PDT"},
	mzMountain:  {"Mountain Standard Time", "Mountain Daylight Time", "MST", "MDT"},
}

var enGBZones = [zoneCount]zoneNames{
	mzCET:       {"Central European Standard Time", "Central European Summer Time", "CET", "CEST"},
	mzWET:       {"Western European Standard Time", "Western European Summer Time", "WET", "WEST"},
	mzLondon:    {"Greenwich Mean Time", "British Summer Time", "GMT", "BST"},
	mzUTC:       {"Coordinated Universal Time", "", "UTC", ""},
	mzEastern:   {"Eastern Standard Time", "Eastern Daylight Time", "", ""},
	mzCentral:   {"Central Standard Time", "Central Daylight Time", "", ""},
	mzArgentina: {"Argentina Standard Time", "Argentina Summer Time", "", ""},
	mzBrasilia:  {"Brasilia Standard Time", "Brasilia Summer Time", "", ""},
	mzColombia:  {"Colombia Standard Time", "Colombia Summer Time", "", ""},
	mzPeru:      {"Peru Standard Time", "Peru Summer Time", "", ""},
	mzChile:     {"Chile Standard Time", "Chile Summer Time", "", ""},
	mzUruguay:   {"Uruguay Standard Time", "Uruguay Summer Time", "", ""},
	mzPacific:   {"Pacific Standard Time", "Pacific Daylight Time", "", ""},
	mzMountain:  {"Mountain Standard Time", "Mountain Daylight Time", "", ""},
}

var ptBRZones = [zoneCount]zoneNames{
	mzCET:       {"Horário Padrão da Europa Central", "Horário de Verão da Europa Central", "", ""},
	mzWET:       {"Horário Padrão da Europa Ocidental", "Horário de Verão da Europa Ocidental", "", ""},
	mzLondon:    {"Horário do Meridiano de Greenwich", "Horário de Verão Britânico", "", ""},
	mzUTC:       {"Horário Universal Coordenado", "", "UTC", ""},
	mzEastern:   {"Horário Padrão do Leste", "Horário de Verão do Leste", "", ""},
	mzCentral:   {"Horário Padrão Central", "Horário de Verão Central", "", ""},
	mzArgentina: {"Horário Padrão da Argentina", "Horário de Verão da Argentina", "", ""},
	mzBrasilia:  {"Horário Padrão de Brasília", "Horário de Verão de Brasília", "BRT", "BRST"},
	mzColombia:  {"Horário Padrão da Colômbia", "Horário de Verão da Colômbia", "", ""},
	mzPeru:      {"Horário Padrão do Peru", "Horário de Verão do Peru", "", ""},
	mzChile:     {"Horário Padrão do Chile", "Horário de Verão do Chile", "", ""},
	mzUruguay:   {"Horário Padrão do Uruguai", "Horário de Verão do Uruguai", "", ""},
	mzPacific:   {"Horário Padrão do Pacífico", "Horário de Verão do Pacífico", "", ""},
	mzMountain:  {"Horário Padrão das Montanhas", "Horário de Verão das Montanhas", "", ""},
}

var ptPTZones = [zoneCount]zoneNames{
	mzCET:       {"Hora padrão da Europa Central", "Hora de verão da Europa Central", "CET", "CEST"},
	mzWET:       {"Hora padrão da Europa Ocidental", "Hora de verão da Europa Ocidental", "WET", "WEST"},
	mzLondon:    {"Hora de Greenwich", "Hora de verão Britânica", "", ""},
	mzUTC:       {"Hora Coordenada Universal", "", "UTC", ""},
	mzEastern:   {"Hora padrão oriental norte-americana", "Hora de verão oriental norte-americana", "", ""},
	mzCentral:   {"Hora padrão central norte-americana", "Hora de verão central norte-americana", "", ""},
	mzArgentina: {"Hora padrão da Argentina", "Hora de verão da Argentina", "", ""},
	mzBrasilia:  {"Hora padrão de Brasília", "Hora de verão de Brasília", "", ""},
	mzColombia:  {"Hora padrão da Colômbia", "Hora de verão da Colômbia", "", ""},
	mzPeru:      {"Hora padrão do Peru", "Hora de verão do Peru", "", ""},
	mzChile:     {"Hora padrão do Chile", "Hora de verão do Chile", "", ""},
	mzUruguay:   {"Hora padrão do Uruguai", "Hora de verão do Uruguai", "", ""},
	mzPacific:   {"Hora padrão do Pacífico norte-americana", "Hora de verão do Pacífico norte-americana", "", ""},
	mzMountain:  {"Hora padrão de montanha norte-americana", "Hora de verão de montanha norte-americana", "", ""},
}

var frZones = [zoneCount]zoneNames{
	mzCET:       {"heure normale d’Europe centrale", "heure d’été d’Europe centrale", "", ""},
	mzWET:       {"heure normale d’Europe de l’Ouest", "heure d’été d’Europe de l’Ouest", "", ""},
	mzLondon:    {"heure moyenne de Greenwich", "heure d’été britannique", "", ""},
	mzUTC:       {"temps universel coordonné", "", "UTC", ""},
	mzEastern:   {"heure normale de l’Est nord-américain", "heure d’été de l’Est nord-américain", "", ""},
	mzCentral:   {"heure normale du centre nord-américain", "heure d’été du centre nord-américain", "", ""},
	mzArgentina: {"heure normale d’Argentine", "heure d’été de l’Argentine", "", ""},
	mzBrasilia:  {"heure normale de Brasilia", "heure d’été de Brasilia", "", ""},
	mzColombia:  {"heure normale de Colombie", "heure d’été de Colombie", "", ""},
	mzPeru:      {"heure normale du Pérou", "heure d’été du Pérou", "", ""},
	mzChile:     {"heure normale du Chili", "heure d’été du Chili", "", ""},
	mzUruguay:   {"heure normale de l’Uruguay", "heure d’été de l’Uruguay", "", ""},
	mzPacific:   {"heure normale du Pacifique nord-américain", "heure d’été du Pacifique nord-américain", "", ""},
	mzMountain:  {"heure normale des Rocheuses", "heure d’été des Rocheuses", "", ""},
}

var deZones = [zoneCount]zoneNames{
	mzCET:       {"Mitteleuropäische Normalzeit", "Mitteleuropäische Sommerzeit", "MEZ", "MESZ"},
	mzWET:       {"Westeuropäische Normalzeit", "Westeuropäische Sommerzeit", "WEZ", "WESZ"},
	mzLondon:    {"Mittlere Greenwich-Zeit", "Britische Sommerzeit", "", ""},
	mzUTC:       {"Koordinierte Weltzeit", "", "UTC", ""},
	mzEastern:   {"Nordamerikanische Ostküsten-Normalzeit", "Nordamerikanische Ostküsten-Sommerzeit", "", ""},
	mzCentral:   {"Nordamerikanische Zentral-Normalzeit", "Nordamerikanische Zentral-Sommerzeit", "", ""},
	mzArgentina: {"Argentinische Normalzeit", "Argentinische Sommerzeit", "", ""},
	mzBrasilia:  {"Brasília-Normalzeit", "Brasília-Sommerzeit", "", ""},
	mzColombia:  {"Kolumbianische Normalzeit", "Kolumbianische Sommerzeit", "", ""},
	mzPeru:      {"Peruanische Normalzeit", "Peruanische Sommerzeit", "", ""},
	mzChile:     {"Chilenische Normalzeit", "Chilenische Sommerzeit", "", ""},
	mzUruguay:   {"Uruguayische Normalzeit", "Uruguayische Sommerzeit", "", ""},
	mzPacific:   {"Nordamerikanische Westküsten-Normalzeit", "Nordamerikanische Westküsten-Sommerzeit", "", ""},
	mzMountain:  {"Rocky-Mountains-Normalzeit", "Rocky-Mountains-Sommerzeit", "", ""},
}

var itZones = [zoneCount]zoneNames{
	mzCET:       {"Ora standard dell’Europa centrale", "Ora legale dell’Europa centrale", "CET", "CEST"},
	mzWET:       {"Ora standard dell’Europa occidentale", "Ora legale dell’Europa occidentale", "WET", "WEST"},
	mzLondon:    {"Ora del meridiano di Greenwich", "Ora legale del Regno Unito", "", ""},
	mzUTC:       {"Tempo coordinato universale", "", "UTC", ""},
	mzEastern:   {"Ora standard orientale USA", "Ora legale orientale USA", "", ""},
	mzCentral:   {"Ora standard centrale USA", "Ora legale centrale USA", "", ""},
	mzArgentina: {"Ora standard dell’Argentina", "Ora legale dell’Argentina", "", ""},
	mzBrasilia:  {"Ora standard di Brasilia", "Ora legale di Brasilia", "", ""},
	mzColombia:  {"Ora standard della Colombia", "Ora legale della Colombia", "", ""},
	mzPeru:      {"Ora standard del Perù", "Ora legale del Perù", "", ""},
	mzChile:     {"Ora standard del Cile", "Ora legale del Cile", "", ""},
	mzUruguay:   {"Ora standard dell’Uruguay", "Ora legale dell’Uruguay", "", ""},
	mzPacific:   {"Ora standard del Pacifico USA", "Ora legale del Pacifico USA", "", ""},
	mzMountain:  {"Ora standard Montagne Rocciose USA", "Ora legale Montagne Rocciose USA", "", ""},
}
