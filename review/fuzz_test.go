package review_test

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/cartero/cartero/review"
	"github.com/cartero/cartero/sla"
)

// FuzzCheck checks that any draft and customer text give findings whose
// offsets are inside their text and give back their Text, without a
// panic, and the same findings twice.
func FuzzCheck(f *testing.F) {
	f.Add(benchDraft, benchCustomer)
	f.Add("Hola:\n\nCOMO YA LE DIJIMOS, usted se equivocó.\n\nSaludos,", "¿Cuándo llega? Necesito la factura")
	f.Add("Hi,\n\nWe'll reply within 2 hours.\n\nThe Team", "Could you call me tomorrow at 9?")
	f.Add("Olá!\n\n> texto citado\n\nAtenciosamente,\nEquipe", "Gostaria de saber o prazo.")
	f.Add("", "")
	f.Add("\xff\xfe¿¡", "¿?¿?")
	cal, err := sla.ParseCalendar("UTC; mon-fri 09:00-18:00")
	if err != nil {
		f.Fatal(err)
	}
	now := time.Date(2026, 11, 20, 17, 30, 0, 0, time.UTC)
	c := review.Checker{Promotional: true, Jargon: []review.Term{{Word: "RMA"}, {Word: "ticket L2", Instead: "caso"}}}
	f.Fuzz(func(t *testing.T, draft, customer string) {
		in := review.Input{Draft: draft, Message: message(customer), Now: now, Calendar: cal}
		got := c.Check(in)
		again := c.Check(in)
		if len(got) != len(again) {
			t.Fatalf("%d findings, then %d", len(got), len(again))
		}
		for i, f := range got {
			text := draft
			if f.In == review.Customer {
				text = customer
			}
			if f.Start < 0 || f.End < f.Start || f.End > len(text) || text[f.Start:f.End] != f.Text {
				t.Fatalf("%s %s: [%d,%d] %q outside or not its text", f.Check, f.Code, f.Start, f.End, f.Text)
			}
			if utf8.ValidString(text) && !utf8.ValidString(f.Text) {
				t.Fatalf("%s %s: span %q cuts a rune", f.Check, f.Code, f.Text)
			}
			if f.Message == "" {
				t.Fatalf("%s %s: no message", f.Check, f.Code)
			}
			if again[i] != f {
				t.Fatalf("finding %d differs: %+v, then %+v", i, f, again[i])
			}
		}
	})
}
