package when

import (
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"", "Le responderemos en un plazo máximo de 24 horas.", "mañana a las 10:00 como máximo",
		"el lunes 3 de diciembre de 2026 a las 10:00 a. m.", "antes del final del día de mañana",
		"within 2-3 business days", "on December 3, 2027 at 10:00\u202fAM", "by 5pm tomorrow at the latest",
		"até amanhã às 9h30", "na segunda-feira às 09:30", "em 1,5 horas úteis", "03/12/2026 2026-12-03 12/3",
		"de lunes a viernes de 9:00 a 18:00", "a las 24:00", "a las 12 de la noche", "31/02/2026",
		"Le llamamos mañana\n\na las 10", "hoy\u0301 mañana", "\xff\xfe a las 1\xff0", "29 de febrero",
		"el día 31", "in 9999 weeks", "en 1000000 horas", "at 12 midnight", "a la medianoche del 31/12",
	} {
		f.Add(s, int64(0), uint8(0))
	}
	langs := []string{"es", "en-US", "en-GB", "pt-BR", ""}
	zones := []*time.Location{time.UTC, mustLoad("Europe/Madrid"), mustLoad("America/Sao_Paulo"), mustLoad("Australia/Lord_Howe")}
	base := time.Date(2026, 11, 26, 11, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string, offset int64, pick uint8) {
		lang := langs[int(pick)%len(langs)]
		zone := zones[int(pick>>4)%len(zones)]
		now := base.Add(time.Duration(offset%(50*365*24*3600)) * time.Second).In(zone)
		got := Find(text, now, lang)
		prev := 0
		for _, e := range got {
			if e.Start < prev || e.Start >= e.End || e.End > len(text) || e.End > MaxText {
				t.Fatalf("Find(%q) gave span [%d, %d) after %d", text, e.Start, e.End, prev)
			}
			prev = e.End
			if e.To.Before(e.From) {
				t.Errorf("Find(%q) gave %q from %v to %v", text, text[e.Start:e.End], e.From, e.To)
			}
			if e.Deadline && !e.From.Equal(now) && !e.From.Equal(e.To) {
				t.Errorf("Find(%q) gave deadline %q from %v, not now %v", text, text[e.Start:e.End], e.From, now)
			}
			if e.Business < 0 || e.BusinessDays < 0 || (e.Business > 0 || e.BusinessDays > 0) && !e.Deadline ||
				e.BusinessDays > 0 && e.Business != time.Duration(e.BusinessDays)*24*time.Hour {
				t.Errorf("Find(%q) gave %q business %v, %d days", text, text[e.Start:e.End], e.Business, e.BusinessDays)
			}
			if e.From.Location() != now.Location() || e.To.Location() != now.Location() {
				t.Errorf("Find(%q) gave %q out of now's location", text, text[e.Start:e.End])
			}
			// A span starts and ends with a word, a number or a sign, not
			// with space or in the middle of a character.
			first, _ := utf8.DecodeRuneInString(text[e.Start:])
			last, _ := utf8.DecodeLastRuneInString(text[:e.End])
			if unicode.IsSpace(first) || unicode.IsSpace(last) || !utf8.RuneStart(text[e.Start]) {
				t.Errorf("Find(%q) gave span %q", text, text[e.Start:e.End])
			}
		}
		again := Find(text, now, lang)
		if len(again) != len(got) {
			t.Fatalf("Find(%q) gave %d expressions, then %d", text, len(got), len(again))
		}
		for i := range got {
			if got[i] != again[i] {
				t.Fatalf("Find(%q) gave %+v, then %+v", text, got[i], again[i])
			}
		}
	})
}
