package when_test

import (
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/internal/when"
	"github.com/cartero/cartero/template/intl"
)

// Acknowledgements print the promised time with intl's Relative; every way
// it writes one must read back as the same instant.
func TestRelativeRoundTrip(t *testing.T) {
	locales := []struct {
		tag, zone, sentence string
	}{
		{"es-ES", "Europe/Madrid", "Gracias por escribirnos. Le responderá un agente "},
		{"es-MX", "America/Mexico_City", "Gracias por escribirnos. Le responderá un agente "},
		{"es-AR", "America/Argentina/Buenos_Aires", "Gracias por escribirnos. Le responderá un agente "},
		{"en-US", "America/New_York", "Thanks for writing to us. An agent will reply "},
		{"en-GB", "Europe/London", "Thanks for writing to us. An agent will reply "},
		{"pt-BR", "America/Sao_Paulo", "Obrigado pelo contato. Um atendente vai responder "},
		{"pt-PT", "Europe/Lisbon", "Obrigado pelo contacto. Um assistente vai responder "},
	}
	// Wall-clock times of now, in each locale's zone: an ordinary
	// morning, the evening before the spring and the night before the
	// autumn clock changes, the end of the year, a leap day, midnight.
	nows := [][5]int{
		{2026, 3, 12, 11, 0},
		{2026, 3, 28, 23, 10},
		{2026, 10, 24, 8, 5},
		{2026, 10, 31, 22, 59},
		{2026, 12, 24, 17, 45},
		{2028, 2, 29, 0, 0},
		{2026, 6, 15, 13, 37},
	}
	// Offsets from now: every minute of the first hour, then a step that
	// is prime to the hour and to the day, up to two weeks.
	var offsets []time.Duration
	for m := 1; m < 60; m++ {
		offsets = append(offsets, time.Duration(m)*time.Minute)
	}
	for d := time.Hour; d <= 14*24*time.Hour; d += 53 * time.Minute {
		offsets = append(offsets, d)
	}

	for _, lc := range locales {
		zone, err := time.LoadLocation(lc.zone)
		if err != nil {
			t.Fatal(err)
		}
		loc := intl.New(language.MustParse(lc.tag), zone)
		for _, lang := range []string{lc.tag, ""} {
			t.Run(lc.tag+"/"+lang, func(t *testing.T) {
				failures := 0
				for _, n := range nows {
					now := time.Date(n[0], time.Month(n[1]), n[2], n[3], n[4], 0, 0, zone)
					for _, off := range offsets {
						due := now.Add(off)
						rel := loc.Relative(due, now)
						text := lc.sentence + rel + "."
						got := when.Find(text, now, lang)
						if !checkRelative(t, text, rel, now, due, got) {
							failures++
						}
						if failures > 10 {
							t.Fatal("too many failures")
						}
					}
				}
			})
		}
	}
}

// checkRelative reports whether got holds exactly the expression rel, for
// the instant due: to the minute, except where Relative rounds to the
// hour.
func checkRelative(t *testing.T, text, rel string, now, due time.Time, got []when.Expr) bool {
	t.Helper()
	if len(got) != 1 {
		t.Errorf("Find(%q) at %v found %d expressions, want 1: %+v", text, now, len(got), got)
		return false
	}
	e := got[0]
	if span := text[e.Start:e.End]; span != rel {
		t.Errorf("Find(%q) at %v found %q, want %q", text, now, span, rel)
		return false
	}
	diff := due.Sub(now)
	switch {
	case diff < time.Hour-30*time.Second:
		// "dentro de 20 minutos": exact, since due is on a whole minute.
		if !e.Deadline || !e.To.Equal(due) {
			t.Errorf("Find(%q) at %v = %v (deadline %v), want until %v", text, now, e.To, e.Deadline, due)
			return false
		}
	case diff < 6*time.Hour:
		// "dentro de 3 horas": Relative rounds to the nearest hour.
		want := now.Add((diff + 30*time.Minute) / time.Hour * time.Hour)
		if !e.Deadline || !e.To.Equal(want) {
			t.Errorf("Find(%q) at %v = %v (deadline %v), want until %v", text, now, e.To, e.Deadline, want)
			return false
		}
	default:
		// "mañana a las 10:00": an instant on the wall clock. In the hour
		// that the autumn change repeats, the clock names two instants.
		zone := now.Location()
		const layout = "2006-01-02 15:04"
		if e.Deadline || !e.From.Equal(e.To) || e.To.In(zone).Format(layout) != due.In(zone).Format(layout) {
			t.Errorf("Find(%q) at %v = [%v, %v] (deadline %v), want %v", text, now, e.From, e.To, e.Deadline, due)
			return false
		}
		if d := e.To.Sub(due); d != 0 && d != time.Hour && d != -time.Hour {
			t.Errorf("Find(%q) at %v = %v, want %v", text, now, e.To, due)
			return false
		}
	}
	return true
}
