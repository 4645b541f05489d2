package when

import (
	"time"
	"unicode/utf8"
)

// Expr is one time expression found in a text.
type Expr struct {
	// Start and End are the byte offsets of the whole expression in the
	// text, deadline words included: "en un plazo máximo de 24 horas",
	// "mañana antes de las 12:00", "el lunes 3 de diciembre a las 10:00",
	// "mañana a las 10:00 como máximo".
	Start, End int

	// From and To bound the time in which the promise is kept, in now's
	// location. From equals To for an instant ("el lunes a las 10:00").
	// A day runs from its midnight to the next ("mañana"), today from now
	// ("hoy"). For a deadline From is now, or To when To has passed.
	From, To time.Time

	// Business is the amount of time promised when it is counted in
	// business time ("en 2 días hábiles", "within 4 business hours",
	// "em 3 dias úteis", "24 horas laborables"), and zero otherwise. An
	// amount given in days also sets BusinessDays (a week is five), and
	// Business counts each of those days as 24 hours: a caller with a
	// business calendar counts BusinessDays open days rather than adding
	// Business of business time. From and To hold the calendar-time
	// reading, now and now plus the amount, for a caller without one.
	Business     time.Duration
	BusinessDays int

	// Deadline is true when the promise is kept at any time up to To:
	// "by", "within", "before", "antes de", "hasta", "como máximo",
	// "até", an amount of time ("en 24 horas"), the end of the day.
	// It is false for an instant, a named day or a part of one.
	Deadline bool
}

// Find returns the time expressions in text, in order and without
// overlaps, resolved against now in now's location. Only the first
// [MaxText] bytes of text are read.
//
// lang is "es", "en" or "pt", or a BCP 47 tag whose language is one of
// them ("es-AR", "pt-PT", "en_GB"). The region decides how numeric dates
// read: month first ("12/3" is 3 December) for English in the United
// States or without a region, day first otherwise. Any other lang reads
// the text in all three languages, with numeric dates day first.
func Find(text string, now time.Time, lang string) []Expr {
	if len(text) > MaxText {
		text = text[:MaxText]
		// Drop a character cut in two.
		for i := len(text) - 1; i >= 0 && i >= len(text)-utf8.UTFMax; i-- {
			if utf8.RuneStart(text[i]) {
				if !utf8.FullRuneInString(text[i:]) {
					text = text[:i]
				}
				break
			}
		}
	}
	langs, dayFirst := lookup(lang)
	toks, src := tokenize(text, langs)
	p := parser{
		toks:     toks,
		src:      src,
		now:      now,
		loc:      now.Location(),
		today:    dateOf(now),
		dayFirst: dayFirst,
	}
	var out []Expr
	for i := 0; i < len(p.toks); {
		t := &p.toks[i]
		var best reading
		end, skip := -1, false
		for k, l := range langs {
			if t.kind == punct || t.kind == word && l.table[t.mean[k]].flags&start == 0 {
				continue
			}
			if t.kind == number && t.glued && i >= 2 && isNumberPunct(p.str(&p.toks[i-1])) && p.toks[i-2].kind == number {
				continue // the minutes of "10:00", the cents of "34,90"
			}
			p.l, p.k = l, k
			// The longest reading wins; on a tie, the first language and
			// a promise rather than a skip.
			if r, j, s, ok := p.expr(i); ok && (j > end || j == end && skip && !s) {
				best, end, skip = r, j, s
			}
		}
		if end <= i {
			i++
			continue
		}
		if skip {
			i = end
			continue
		}
		if best.to.Before(best.from) {
			best.from = best.to
		}
		if out == nil {
			out = make([]Expr, 0, 4) // a reply seldom promises more
		}
		out = append(out, Expr{
			Start:        int(t.start),
			End:          int(p.toks[end-1].end),
			From:         best.from,
			To:           best.to,
			Business:     best.business,
			BusinessDays: best.businessDays,
			Deadline:     best.deadline,
		})
		i = end
	}
	return out
}
