package when

import "time"

// A parser reads the tokens of one text in one language at a time. Every
// method that reads something takes the index of the token to start at and
// returns the index just after what it read, with ok false when it read
// nothing.
type parser struct {
	toks     []token
	src      string // the folded text that tokens point into
	now      time.Time
	loc      *time.Location
	today    date
	dayFirst bool

	l *language
	k int // index of l in token.mean
}

// A reading is what an expression promises.
type reading struct {
	from, to     time.Time
	deadline     bool
	business     time.Duration
	businessDays int
}

// at returns the instant of h:m on day d; h may be 24, the end of the day.
func (p *parser) at(d date, h, m int) time.Time {
	return time.Date(d.y, d.m, d.d, h, m, 0, 0, p.loc)
}

// Token access. Out of range indexes read as nothing.

func (p *parser) tok(i int) *token {
	if i < 0 || i >= len(p.toks) {
		return nil
	}
	return &p.toks[i]
}

// mean returns what token i means; nothing out of range.
func (p *parser) mean(i int) meaning {
	return p.entry(i).meaning
}

func (p *parser) entry(i int) *entry {
	if i < 0 || i >= len(p.toks) {
		return &p.l.table[0]
	}
	return &p.l.table[p.toks[i].mean[p.k]]
}

// is reports whether token i is s.
func (p *parser) is(i int, s string) bool {
	t := p.tok(i)
	return t != nil && p.str(t) == s
}

// glued reports whether token i is s, written right after the token before.
func (p *parser) glued(i int, s string) bool {
	t := p.tok(i)
	return t != nil && t.glued && p.str(t) == s
}

// str returns the folded text of t.
func (p *parser) str(t *token) string { return p.src[t.a:t.b] }

func (p *parser) digits(i int) (n, width int, ok bool) {
	t := p.tok(i)
	if t == nil || t.kind != number {
		return 0, 0, false
	}
	return int(t.val), t.width(), true
}

// matches are the phrases of a list found at a token: where each ends,
// shortest first, and its value.
type matches struct {
	n        int
	end, val [8]int
}

// begins reports whether a phrase of list id may begin at token i.
func (p *parser) begins(i int, id listID) bool {
	return i >= 0 && i < len(p.toks) && p.l.table[p.toks[i].mean[p.k]].first&(1<<id) != 0
}

// advance goes from node n of t down the edge of token j and returns the
// node reached and the index after the token, or -1. A hyphen may stand
// between the words of a phrase ("meio-dia", "segunda-feira").
func (p *parser) advance(t trie, n, j int) (int, int) {
	for j < len(p.toks) {
		if w := p.toks[j].mean[p.k]; w != 0 {
			for _, c := range t[n].children {
				if t[c].word == w {
					return int(c), j + 1
				}
			}
		}
		if n == 0 || !p.glued(j, "-") || j+1 >= len(p.toks) || !p.toks[j+1].glued {
			break
		}
		j++
	}
	return -1, j
}

// walk finds the phrases of list id at token i.
func (p *parser) walk(i int, id listID, m *matches) {
	m.n = 0
	if !p.begins(i, id) {
		return
	}
	t := p.l.tries[id]
	for n, j := p.advance(t, 0, i); n >= 0; n, j = p.advance(t, n, j) {
		if t[n].terminal && m.n < len(m.end) {
			m.end[m.n], m.val[m.n] = j, t[n].value
			m.n++
		}
	}
}

// longest returns the index after the longest phrase of list id at token
// i, or -1.
func (p *parser) longest(i int, id listID) int {
	end, _ := p.longestValue(i, id)
	return end
}

// longestValue is longest with the phrase's value.
func (p *parser) longestValue(i int, id listID) (end, v int) {
	end = -1
	if !p.begins(i, id) {
		return end, 0
	}
	t := p.l.tries[id]
	for n, j := p.advance(t, 0, i); n >= 0; n, j = p.advance(t, n, j) {
		if t[n].terminal {
			end, v = j, t[n].value
		}
	}
	return end, v
}

// endsWith reports whether the tokens before i are the phrase ph.
func (p *parser) endsWith(i int, ph []uint16) bool {
	j := i - len(ph)
	if j < 0 {
		return false
	}
	for k, w := range ph {
		if p.toks[j+k].mean[p.k] != w {
			return false
		}
	}
	return true
}

// follows reports whether a phrase of list id ends just before token i.
func (p *parser) follows(i int, id listID) bool {
	if p.entry(i-1).last&(1<<id) == 0 {
		return false
	}
	for _, ph := range p.l.phrases[id] {
		if p.endsWith(i, ph) {
			return true
		}
	}
	return false
}

// until is a deadline at t: any time from now until t.
func (p *parser) until(t time.Time) reading {
	return reading{from: earliest(p.now, t), to: t, deadline: true}
}

func earliest(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func latest(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// point is a promise for the instant t.
func point(t time.Time) reading { return reading{from: t, to: t} }

// window is a promise for some time between from and to, starting now at
// the earliest.
func (p *parser) window(from, to time.Time) reading {
	from = earliest(latest(from, p.now), to)
	return reading{from: from, to: to}
}

// dayWindow is the promise of a whole day.
func (p *parser) dayWindow(d date) reading {
	from, to := p.at(d, 0, 0), p.at(d.add(1), 0, 0)
	if d == p.today {
		return p.window(from, to)
	}
	return reading{from: from, to: to}
}

// partWindow is the promise of a part of a day.
func (p *parser) partWindow(d date, part int) reading {
	if part == endOfDay {
		return p.until(p.at(d.add(1), 0, 0))
	}
	h := partHours[part]
	from, to := p.at(d, h[0], 0), p.at(d, h[1], 0)
	if d == p.today {
		return p.window(from, to)
	}
	return reading{from: from, to: to}
}

// expr reads a whole expression at i: a deadline word, what it applies
// to, and a deadline word after it. When the longest thing at i is a day
// or a time after a word that makes it no promise ("desde el lunes", "la
// mañana"), skip is true: the caller passes over it.
func (p *parser) expr(i int) (best reading, end int, skip, ok bool) {
	end = -1
	try := func(r reading, j int) {
		if j > end {
			best, end = r, j
		}
	}
	var m matches
	p.walk(i, amountPre, &m)
	for _, j := range m.end[:m.n] {
		if r, j, ok := p.amount(j, false); ok {
			try(r, j)
		}
	}
	if p.bareAmountAllowed(i) {
		if r, j, ok := p.amount(i, true); ok && p.longest(j, blockAmountEnd) < 0 && !p.glued(j, "/") {
			try(r, j)
		}
	}
	p.walk(i, before, &m)
	for _, j := range m.end[:m.n] {
		if r, j, ok := p.core(j, true); ok {
			if !r.deadline {
				r = p.until(r.from)
			}
			try(r, j)
		}
	}
	p.walk(i, by, &m)
	for _, j := range m.end[:m.n] {
		if r, j, ok := p.core(j, true); ok {
			try(p.until(r.to), j)
		}
	}
	blocked := -1
	if r, j, ok := p.core(i, false); ok {
		if p.follows(i, blockCore) {
			blocked = j
		} else {
			try(r, j)
		}
	}
	if blocked > end {
		return reading{}, blocked, true, true
	}
	if end < 0 {
		return reading{}, 0, false, false
	}
	j := end
	if p.is(j, ",") {
		j++
	}
	if k := p.longest(j, after); k >= 0 {
		best.from, best.deadline, end = earliest(p.now, best.to), true, k
	}
	return best, end, false, true
}

// Lists whose phrases may begin a day or a time of day.
const (
	dayStarts  = 1<<dayWords | 1<<dayPre | 1<<datePre | 1<<dateDay
	timeStarts = 1<<noon | 1<<midnight | 1<<at | 1<<atOne | 1<<clockArticle | 1<<clockArticleOne
)

// mayBeDay reports whether a day may begin at token i, to spare the
// parser the work of finding out that none does.
func (p *parser) mayBeDay(i int) bool {
	t, e := p.tok(i), p.entry(i)
	return t != nil && (t.kind == number || e.first&dayStarts != 0 || e.weekday != 0 || e.month != 0)
}

// mayBeTime is mayBeDay for a time of day.
func (p *parser) mayBeTime(i int) bool {
	t, e := p.tok(i), p.entry(i)
	return t != nil && (t.kind == number || e.first&timeStarts != 0)
}

// core reads what a deadline word applies to: a day, a time, a day and a
// time, a part of a day, a week.
func (p *parser) core(i int, cued bool) (best reading, end int, ok bool) {
	end = -1
	try := func(r reading, j int) {
		if j > end {
			best, end = r, j
		}
	}

	// "esta tarde", "tonight", with a time: "esta tarde a las 5".
	if j, part := p.longestValue(i, partToday); j >= 0 {
		try(p.partWindow(p.today, part), j)
		if c, k, _, ok := p.timeAfterDay(j); ok {
			try(point(p.clockOn(p.today, c, part)), k)
		}
	}
	// "first thing tomorrow", "a primera hora del lunes"
	if j, part := p.longestValue(i, partBeforeDay); j >= 0 {
		if d, k, ok := p.day(j, true); ok {
			// "first thing tomorrow morning"
			if e, _ := p.longestValue(k, partAfterDay); e >= 0 && part != endOfDay {
				k = e
			}
			try(p.partWindow(d, part), k)
		}
	}
	if d, j, ok := p.day(i, cued); ok {
		try(p.dayWindow(d), j)
		k := j
		if p.is(k, ",") {
			k++
		}
		if c, e, _, ok := p.timeAfterDay(k); ok {
			try(point(p.clockOn(d, c, 0)), e)
		}
		part, after := 0, k
		if e, v := p.longestValue(k, partAfterDay); e >= 0 {
			try(p.partWindow(d, v), e)
			if c, e, _, ok := p.timeAfterDay(e); ok {
				try(point(p.clockOn(d, c, v)), e)
			}
			part, after = v, e
		}
		// "mañana antes de las 12:00", "tomorrow afternoon by 3",
		// "tomorrow by end of day"
		for _, k := range [2]int{k, after} {
			for n, id := range [2]listID{before, by} {
				var m matches
				p.walk(k, id, &m)
				for _, e := range m.end[:m.n] {
					if c, end, _, ok := p.timeOfDay(e, true); ok {
						try(p.until(p.clockOn(d, c, part)), end)
					} else if c, end, ok := p.clock(e); ok && p.l.strictClock && p.tok(e).kind == number && p.endsPhrase(end) {
						// After a day, a bare hour is enough in English:
						// "tomorrow by 3".
						try(p.until(p.clockOn(d, c, part)), end)
					}
					if e, v := p.longestValue(e, partAfterDay); e >= 0 && part == 0 {
						r := p.partWindow(d, v)
						t := r.to
						if n == 0 && !r.deadline {
							t = r.from
						}
						try(p.until(t), e)
					}
					if e := p.endOfDayAt(e); e >= 0 {
						try(p.partWindow(d, endOfDay), e)
					}
				}
			}
		}
		if e := p.endOfDayAt(k); e >= 0 {
			try(p.partWindow(d, endOfDay), e)
		}
	}
	if c, j, intro, ok := p.timeOfDay(i, cued); ok {
		if intro && (c.sure || !p.l.strictClock) || cued && (c.sure || intro) {
			try(point(p.clockOn(p.today, c, 0)), j)
		}
		// A day after the time: "a las 10 del lunes", "at 10am tomorrow".
		k := j
		if e := p.longest(j, timeDay); e >= 0 {
			k = e
		}
		for _, s := range [2]int{k, j} {
			if d, e, ok := p.day(s, true); ok && (c.sure || intro) {
				try(point(p.clockOn(d, c, 0)), e)
			}
			if e, part := p.longestValue(s, partToday); e >= 0 && (c.sure || intro) {
				try(point(p.clockOn(p.today, c, part)), e)
			}
		}
	}
	if j := p.endOfDayAt(i); j >= 0 {
		d := p.today
		k := j
		if e := p.longest(j, endOfDayOf); e >= 0 {
			k = e
		}
		for _, s := range [2]int{k, j} {
			if dd, e, ok := p.day(s, true); ok && e > j {
				d, j = dd, e
				break
			}
		}
		try(p.partWindow(d, endOfDay), j)
	}
	if j, v := p.longestValue(i, weekWords); j >= 0 {
		monday := p.today.add(-((int(p.today.weekday()) + 6) % 7) + 7)
		if v == 0 {
			try(p.window(p.now, p.at(monday, 0, 0)), j)
		} else {
			try(reading{from: p.at(monday, 0, 0), to: p.at(monday.add(7), 0, 0)}, j)
		}
	}
	return best, end, end >= 0
}

// endsPhrase reports whether nothing that could belong to the same phrase
// follows token i-1: the end of the text, punctuation, or a deadline word
// ("tomorrow by 3 at the latest").
func (p *parser) endsPhrase(i int) bool {
	t := p.tok(i)
	return t == nil || t.kind == punct || p.begins(i, after)
}

// endOfDayAt reads "el final del día", "end of day", "o fim do
// expediente".
func (p *parser) endOfDayAt(i int) int {
	j := p.longest(i, endOfDayWords)
	if pre := p.longest(i, endOfDayPre); pre >= 0 {
		j = max(j, p.longest(pre, endOfDayWords))
	}
	return j
}
