package when

import "time"

// A clock is a time of day as written.
type clock struct {
	h, m int
	// sure: nothing but a time of day is written so (minutes, "h", "am",
	// "de la tarde").
	sure bool
	// meridiem: the words said which half of the day.
	meridiem bool
	// guessPM: an hour from 1 to 6 that is after noon unless the morning
	// was named.
	guessPM bool
}

// clock reads a time of day without the words before it: "10", "10:30",
// "10h30", "17 h", "10 a. m.", "5 pm", "diez", "5 de la tarde".
func (p *parser) clock(i int) (c clock, end int, ok bool) {
	words := false
	j := i + 1
	if n, w, isDigits := p.digits(i); isDigits {
		if w > 2 || n > 24 {
			return clock{}, 0, false
		}
		c.h = n
		if p.partOfDate(i) {
			return clock{}, 0, false
		}
		if (p.glued(j, ":") || p.glued(j, ".")) && p.tok(j+1) != nil && p.toks[j+1].glued && p.toks[j+1].width() == 2 {
			if p.toks[j+1].kind != number || p.toks[j+1].val > 59 {
				return clock{}, 0, false
			}
			if p.str(&p.toks[j]) == "." && p.glued(j+2, ".") && p.tok(j+3) != nil && p.toks[j+3].kind == number {
				return clock{}, 0, false // a date: "3.12.2026"
			}
			c.m, c.sure, j = int(p.toks[j+1].val), true, j+2
			if p.glued(j, ":") && p.tok(j+1) != nil && p.toks[j+1].glued && p.toks[j+1].kind == number && p.toks[j+1].width() == 2 {
				j += 2 // seconds
			}
		}
		if p.mean(j).unit == hours {
			// "17 h", "10:00 h", "10h30"
			hadMinutes := c.sure
			c.sure = true
			j++
			if p.toks[j-1].glued && p.tok(j) != nil && p.toks[j].glued && p.toks[j].kind == number {
				if hadMinutes || p.toks[j].width() != 2 || p.toks[j].val > 59 {
					return clock{}, 0, false
				}
				c.m, j = int(p.toks[j].val), j+1
			}
		}
	} else {
		n, e, ok := p.number(i, false)
		if !ok || n > 24 {
			return clock{}, 0, false
		}
		c.h, j, words = n, e, true
		if p.mean(j).unit == hours {
			c.sure = true
			j++
		}
	}
	if !c.sure || c.m == 0 {
		if k, v := p.longestValue(j, halfPast); k >= 0 {
			c.m, j, c.sure = v, k, true
			if v < 0 {
				c.h, c.m = c.h-1, 60+v
			}
		}
	}
	if pm, k, ok := p.meridiem(j); ok {
		if c.h < 1 || c.h > 12 {
			return clock{}, 0, false
		}
		c.h %= 12
		if pm {
			c.h += 12
		}
		c.sure, c.meridiem, j = true, true, k
	} else if k, v := p.longestValue(j, clockPost); k >= 0 {
		c.sure, j = true, k
		switch v {
		case clockAM:
			c.meridiem = true
			if c.h == 12 {
				c.h = 0
			}
		case clockPM:
			c.meridiem = true
			if c.h >= 1 && c.h < 12 {
				c.h += 12
			}
		case clockNight:
			c.meridiem = true
			if c.h >= 6 && c.h <= 12 {
				c.h += 12
			}
		case clockNoon:
			c.meridiem = true
			if c.h >= 1 && c.h <= 5 {
				c.h += 12
			}
		}
	}
	if c.h < 0 || c.h > 24 || c.h == 24 && c.m != 0 {
		return clock{}, 0, false
	}
	if words && p.l.strictClock && !c.sure {
		return clock{}, 0, false
	}
	// Not an amount or a quantity: "a 10 minutos", "as 10 unidades".
	if p.mean(j).unit != noUnit || p.is(j, "%") {
		return clock{}, 0, false
	}
	c.guessPM = p.l.pmBelow7 && !c.meridiem && !words && p.toks[i].width() == 1 && c.h >= 1 && c.h <= 6
	return c, j, true
}

// meridiem reads "am", "pm", "a.m.", "a. m.", "p.m.".
func (p *parser) meridiem(i int) (isPM bool, end int, ok bool) {
	t := p.tok(i)
	if t == nil || t.kind != word {
		return false, 0, false
	}
	if f := p.l.table[t.mean[p.k]].flags; f&(am|pm) != 0 {
		// A dot after "pm" ends the sentence.
		return f&pm != 0, i + 1, true
	}
	if p.str(t) != "a" && p.str(t) != "p" {
		return false, 0, false
	}
	j := i + 1
	if !p.glued(j, ".") {
		return false, 0, false
	}
	j++
	if !p.is(j, "m") {
		return false, 0, false
	}
	j++
	if p.glued(j, ".") {
		j++
	}
	return p.str(t) == "p", j, true
}

// timeOfDay reads a time of day with the words that introduce it: "a las
// 10", "at 5 pm", "às 10h", "al mediodía", "10:30". After a deadline word
// (cued) an article is enough: "antes de las 12". intro reports that such
// words were there.
func (p *parser) timeOfDay(i int, cued bool) (c clock, end int, intro, ok bool) {
	if !p.mayBeTime(i) {
		return clock{}, 0, false, false
	}
	if j := p.longest(i, noon); j >= 0 {
		return clock{h: 12, sure: true, meridiem: true}, j, true, true
	}
	if j := p.longest(i, midnight); j >= 0 {
		return clock{h: 24, sure: true, meridiem: true}, j, true, true
	}
	end = -1
	for n, id := range [4]listID{at, atOne, clockArticle, clockArticleOne} {
		if n >= 2 && !cued {
			continue
		}
		var m matches
		p.walk(i, id, &m)
		for _, j := range m.end[:m.n] {
			// Not the end of a range: "de 9 a 18", "das 9h às 18h".
			if p.afterClock(i) {
				continue
			}
			// "a la 1", "à 1h": the singular goes with one o'clock.
			if k, e, ok := p.clock(j); ok && e > end && (n%2 == 0 || k.h%12 == 1 || k.sure) {
				c, end, intro = k, e, true
			}
		}
	}
	if k, e, ok := p.clock(i); ok && k.sure && e > end && p.tok(i).kind == number {
		c, end, intro = k, e, false
	}
	return c, end, intro, end >= 0
}

// afterClock reports whether token i follows a time of day, as the end
// of a range does: "de 9 a 18", "das 9h às 18h", "9:00 a 18:00", "from
// 9am to 5pm". A day of the month is not a time: "on March 19 at 10".
func (p *parser) afterClock(i int) bool {
	prev := p.tok(i - 1)
	if prev == nil {
		return false
	}
	j := i - 1
	marked := false
	if prev.kind == word && prev.glued && (p.l.table[prev.mean[p.k]].flags&(am|pm) != 0 || p.l.table[prev.mean[p.k]].unit == hours) {
		j, marked = j-1, true
	}
	n, w, ok := p.digits(j)
	if !ok || w > 2 || n > 59 {
		return false
	}
	if p.glued(j-1, ":") || p.glued(j-1, ".") {
		// The minutes of "9:00" or "9.30", not the day of "3.12".
		h, _, ok := p.digits(j - 2)
		return ok && h <= 24 && !p.glued(j-3, ".") && !p.glued(j-3, "/")
	}
	return n <= 24 && (marked || p.follows(j, rangeStart))
}

// timeAfterDay reads the time that follows a day: "a las 10", "at 10am",
// "10:00".
func (p *parser) timeAfterDay(i int) (c clock, end int, intro, ok bool) {
	c, end, intro, ok = p.timeOfDay(i, false)
	if ok && (c.sure || intro) {
		return c, end, intro, true
	}
	return clock{}, 0, false, false
}

// clockOn returns the instant of c on day d. After an afternoon or an
// evening, hours before noon are read as after noon ("esta tarde a las
// 5").
func (p *parser) clockOn(d date, c clock, part int) time.Time {
	h := c.h
	switch {
	case !c.meridiem && h < 12 && (part == afternoon || part == tarde || part == evening || part == night):
		h += 12
	case c.guessPM && part != morning && part != early:
		h += 12
	}
	return p.at(d, h, c.m)
}
