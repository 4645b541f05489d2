package intl_test

import (
	"errors"
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/template/intl"
)

// Relative composes CLDR strings in ways ICU does not, so its expectations
// are written by hand.
func TestRelative(t *testing.T) {
	madrid, err := time.LoadLocation("Europe/Madrid")
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 3, 12, 11, 0, 0, 0, madrid) // a Thursday
	at := func(day, h, m int) time.Time { return time.Date(2026, 3, day, h, m, 0, 0, madrid) }
	times := []struct {
		name string
		t    time.Time
	}{
		{"20 s", now.Add(20 * time.Second)},
		{"+20 min", now.Add(20 * time.Minute)},
		{"-3 h", now.Add(-3 * time.Hour)},
		{"+5 h 40", now.Add(5*time.Hour + 40*time.Minute)},
		{"today 19:00", at(12, 19, 0)},
		{"tomorrow 1:30", at(13, 1, 30)},
		{"yesterday 18:00", at(11, 18, 0)},
		{"Monday 9:30", at(16, 9, 30)},
		{"Saturday 13:05", at(14, 13, 5)},
		{"last Sunday 10:00", at(8, 10, 0)},
		{"in 8 days", at(20, 10, 0)},
	}
	tests := []struct {
		tag  string
		want []string
	}{
		{"es-ES", []string{"ahora", "dentro de 20 minutos", "hace 3 horas", "dentro de 6 horas", "hoy a las 19:00",
			"mañana a la 1:30", "ayer a las 18:00", "el lunes a las 9:30", "el sábado a las 13:05",
			"el domingo a las 10:00", "el 20 de marzo a las 10:00"}},
		{"es-MX", []string{"ahora", "dentro de 20 minutos", "hace 3 horas", "dentro de 6 horas", "hoy a las 7:00\u202fp.m.",
			"mañana a la 1:30\u202fa.m.", "ayer a las 6:00\u202fp.m.", "el lunes a las 9:30\u202fa.m.",
			"el sábado a la 1:05\u202fp.m.", "el domingo a las 10:00\u202fa.m.", "el 20 de marzo a las 10:00\u202fa.m."}},
		{"es-AR", []string{"ahora", "dentro de 20 minutos", "hace 3 horas", "dentro de 6 horas", "hoy a las 7:00\u202fp.\u202fm.",
			"mañana a la 1:30\u202fa.\u202fm.", "ayer a las 6:00\u202fp.\u202fm.", "el lunes a las 9:30\u202fa.\u202fm.",
			"el sábado a la 1:05\u202fp.\u202fm.", "el domingo a las 10:00\u202fa.\u202fm.", "el 20 de marzo a las 10:00\u202fa.\u202fm."}},
		{"en-US", []string{"now", "in 20 minutes", "3 hours ago", "in 6 hours", "today at 7:00\u202fPM",
			"tomorrow at 1:30\u202fAM", "yesterday at 6:00\u202fPM", "on Monday at 9:30\u202fAM", "on Saturday at 1:05\u202fPM",
			"on Sunday at 10:00\u202fAM", "on March 20 at 10:00\u202fAM"}},
		{"en-GB", []string{"now", "in 20 minutes", "3 hours ago", "in 6 hours", "today at 19:00", "tomorrow at 01:30",
			"yesterday at 18:00", "on Monday at 09:30", "on Saturday at 13:05", "on Sunday at 10:00", "on 20 March at 10:00"}},
		{"pt-BR", []string{"agora", "em 20 minutos", "há 3 horas", "em 6 horas", "hoje às 19:00", "amanhã à 01:30",
			"ontem às 18:00", "na segunda-feira às 09:30", "no sábado às 13:05", "no domingo às 10:00",
			"em 20 de março às 10:00"}},
		{"pt-PT", []string{"agora", "dentro de 20 minutos", "há 3 horas", "dentro de 6 horas", "hoje às 19:00",
			"amanhã à 01:30", "ontem às 18:00", "na segunda-feira às 09:30", "no sábado às 13:05",
			"no domingo às 10:00", "a 20 de março às 10:00"}},
		{"fr-FR", []string{"maintenant", "dans 20 minutes", "il y a 3 heures", "dans 6 heures", "aujourd’hui à 19:00",
			"demain à 01:30", "hier à 18:00", "lundi à 09:30", "samedi à 13:05", "dimanche à 10:00", "le 20 mars à 10:00"}},
		{"de-DE", []string{"jetzt", "in 20 Minuten", "vor 3 Stunden", "in 6 Stunden", "heute um 19:00", "morgen um 01:30",
			"gestern um 18:00", "am Montag um 09:30", "am Samstag um 13:05", "am Sonntag um 10:00", "am 20. März um 10:00"}},
		{"it-IT", []string{"ora", "tra 20 minuti", "3 ore fa", "tra 6 ore", "oggi alle ore 19:00", "domani alle ore 01:30",
			"ieri alle ore 18:00", "lunedì alle ore 09:30", "sabato alle ore 13:05", "domenica alle ore 10:00",
			"20 marzo alle ore 10:00"}},
	}
	for _, tt := range tests {
		t.Run(tt.tag, func(t *testing.T) {
			l := intl.New(language.MustParse(tt.tag), madrid)
			for i, tm := range times {
				if got := l.Relative(tm.t, now); got != tt.want[i] {
					t.Errorf("%s: Relative = %q, want %q", tm.name, got, tt.want[i])
				}
			}
		})
	}
}

func TestRelativeEdges(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	l := intl.New(language.MustParse("es-ES"), ny)
	now := time.Date(2026, 3, 7, 20, 0, 0, 0, ny) // Saturday evening, before the clocks go forward
	tests := []struct {
		name string
		t    time.Time
		want string
	}{
		{"59 s before", now.Add(-59 * time.Second), "ahora"},
		{"1 min", now.Add(time.Minute), "dentro de 1 minuto"},
		{"89 s rounds to 1 min", now.Add(89 * time.Second), "dentro de 1 minuto"},
		{"90 s rounds to 2 min", now.Add(90 * time.Second), "dentro de 2 minutos"},
		{"59 min 40 s is an hour", now.Add(59*time.Minute + 40*time.Second), "dentro de 1 hora"},
		{"-1 h", now.Add(-time.Hour), "hace 1 hora"},
		{"3 h across midnight", now.Add(3 * time.Hour), "dentro de 3 horas"},
		// 02:00 EST does not exist that night: it is 03:00 EDT.
		{"6 h is a day away", now.Add(6 * time.Hour), "mañana a las 3:00"},
		// 23 hours of wall time later is Sunday 20:00 after a 23-hour day.
		{"Sunday across the change of clock", now.Add(23 * time.Hour), "mañana a las 20:00"},
		{"6 days ahead", time.Date(2026, 3, 13, 9, 0, 0, 0, ny), "el viernes a las 9:00"},
		{"7 days ahead", time.Date(2026, 3, 14, 9, 0, 0, 0, ny), "el 14 de marzo a las 9:00"},
		{"6 days back", time.Date(2026, 3, 1, 9, 0, 0, 0, ny), "el domingo a las 9:00"},
		{"7 days back", time.Date(2026, 2, 28, 9, 0, 0, 0, ny), "el 28 de febrero a las 9:00"},
		{"next year", time.Date(2027, 1, 4, 9, 0, 0, 0, ny), "el 4 de enero de 2027 a las 9:00"},
		{"instant given in another zone", time.Date(2026, 3, 8, 14, 0, 0, 0, time.UTC), "mañana a las 10:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := l.Relative(tt.t, now); got != tt.want {
				t.Errorf("Relative = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRelativeUnit(t *testing.T) {
	es := intl.New(language.MustParse("es-ES"), nil)
	tests := []struct {
		n       int
		u       intl.Unit
		numeric bool
		want    string
	}{
		{1, intl.Day, false, "mañana"},
		{2, intl.Day, false, "pasado mañana"},
		{3, intl.Hour, false, "dentro de 3 horas"},
		{-2, intl.Day, true, "hace 2 días"},
		{0, intl.Second, false, "ahora"},
		{0, intl.Day, true, "dentro de 0 días"},
		{-1000000, intl.Year, true, "hace 1.000.000 años"},
		{-9223372036854775808, intl.Second, true, "hace 9.223.372.036.854.775.808 segundos"},
		{1, intl.Unit(200), true, "dentro de 1 segundo"},
	}
	for _, tt := range tests {
		if got := es.RelativeUnit(tt.n, tt.u, tt.numeric); got != tt.want {
			t.Errorf("RelativeUnit(%d, %v, %v) = %q, want %q", tt.n, tt.u, tt.numeric, got, tt.want)
		}
	}
}

func TestParseUnit(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want intl.Unit
		err  bool
	}{
		{"second", intl.Second, false}, {"Days", intl.Day, false}, {"QUARTER", intl.Quarter, false},
		{"years", intl.Year, false}, {"s", 0, true}, {"fortnight", 0, true}, {"", 0, true},
	} {
		got, err := intl.ParseUnit(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("ParseUnit(%q) = %v, %v", tt.in, got, err)
		}
		if err != nil && !errors.Is(err, intl.ErrUnit) {
			t.Errorf("ParseUnit(%q) error %v does not match ErrUnit", tt.in, err)
		}
	}
}
