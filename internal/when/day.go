package when

import "time"

// A date is a day on the calendar of now's location.
type date struct {
	y int
	m time.Month
	d int
}

func dateOf(t time.Time) date {
	y, m, d := t.Date()
	return date{y, m, d}
}

func (d date) add(n int) date {
	return dateOf(time.Date(d.y, d.m, d.d+n, 12, 0, 0, 0, time.UTC))
}

func (d date) weekday() time.Weekday {
	return time.Date(d.y, d.m, d.d, 12, 0, 0, 0, time.UTC).Weekday()
}

// valid reports whether the date exists.
func (d date) valid() bool {
	return d.m >= 1 && d.m <= 12 && d.d >= 1 && d.d <= 31 && d.add(0) == d
}

// weekday reads a weekday with the words around it: "el lunes", "next
// Tuesday", "na próxima segunda-feira", "el martes que viene".
func (p *parser) weekday(i int, cued bool) (d date, end int, ok bool) {
	j := i
	pre := p.longest(i, dayPre)
	if pre >= 0 && p.mean(pre).weekday != 0 {
		j = pre
	}
	m := p.mean(j)
	if m.weekday == 0 {
		return date{}, 0, false
	}
	w := j
	j++
	feira := false
	if p.l.feira != "" {
		if p.glued(j, "-") && p.is(j+1, p.l.feira) {
			j, feira = j+2, true
		} else if p.is(j, p.l.feira) {
			j, feira = j+1, true
		}
	}
	if m.flags&weak != 0 && !feira && !cued && w == i {
		return date{}, 0, false
	}
	if p.longest(j, pastPost) >= 0 {
		return date{}, 0, false
	}
	// A list or a range of days ("de lunes a viernes", "Monday to
	// Friday") is not a promise for one of them.
	if s := p.longest(j, listSep); s >= 0 {
		if p.mean(s).weekday != 0 || p.mean(p.longest(s, dayPre)).weekday != 0 {
			return date{}, 0, false
		}
	}
	for _, sep := range p.l.phrases[listSep] {
		if p.endsWith(w, sep) && p.mean(w-len(sep)-1).weekday != 0 {
			return date{}, 0, false
		}
	}
	if k := p.longest(j, weekdayPost); k >= 0 {
		j = k
	}
	delta := (int(m.weekday-1) - int(p.today.weekday()) + 7) % 7
	if delta == 0 {
		delta = 7
	}
	d = p.today.add(delta)
	// The date may follow: "el lunes 3 de diciembre", "Monday, December 3".
	k := j
	if p.is(k, ",") {
		k++
	}
	if dd, e, ok := p.date(k, true); ok {
		return dd, e, true
	}
	if e := p.longest(k, dateDay); e >= 0 {
		if dd, e, ok := p.date(e, true); ok {
			return dd, e, true
		}
		if dd, e, ok := p.dayOfMonth(e); ok {
			return dd, e, true
		}
	}
	return d, j, true
}

// day reads a day: a day word, a weekday or a date, with the words before
// it. cued says a deadline word came before, which makes weaker forms
// enough ("até segunda", "by 3/12").
func (p *parser) day(i int, cued bool) (d date, end int, ok bool) {
	if !p.mayBeDay(i) {
		return date{}, 0, false
	}
	end = -1
	if j, v := p.longestValue(i, dayWords); j >= 0 {
		if v == 0 && p.longest(j, nowadays) >= 0 {
			return date{}, 0, false
		}
		d, end = p.today.add(v), j
		if k := p.longest(end, same); k >= 0 {
			end = k
		}
		// "hoy lunes", "mañana, martes"
		k := end
		if p.is(k, ",") {
			k++
		}
		if wd := p.mean(k).weekday; wd != 0 && time.Weekday(wd-1) == d.weekday() {
			end = k + 1
			if p.glued(end, "-") && p.is(end+1, p.l.feira) {
				end += 2
			}
		}
	}
	if dd, j, ok := p.weekday(i, cued); ok && j > end {
		d, end = dd, j
	}
	// A date, after the words that may come before it.
	starts := [3]int{i, p.longest(i, dayPre), p.longest(i, datePre)}
	for n, s := range starts {
		if s < 0 {
			continue
		}
		if dd, j, ok := p.date(s, cued || n > 0); ok && j > end {
			d, end = dd, j
		}
		if e := p.longest(s, dateDay); e >= 0 {
			if dd, j, ok := p.date(e, true); ok && j > end {
				d, end = dd, j
			}
			// "the 3rd" alone is not enough in English: "on the 3rd".
			if n > 0 || cued || !p.l.strictClock {
				if dd, j, ok := p.dayOfMonth(e); ok && j > end {
					d, end = dd, j
				}
			}
		}
	}
	return d, end, end >= 0
}

// date reads a date: "3 de diciembre", "December 3rd, 2026", "3/12",
// "2026-12-03". strong says words before it make a numeric day and month
// without a year a date.
func (p *parser) date(i int, strong bool) (d date, end int, ok bool) {
	n, w, isDigits := p.digits(i)
	if !isDigits {
		// Month first: "December 3", "Dec. 3rd, 2026".
		mo := p.mean(i)
		if mo.month == 0 || mo.flags&capital != 0 && !p.toks[i].upper {
			return date{}, 0, false
		}
		j := i + 1
		if mo.flags&abbr != 0 && p.glued(j, ".") {
			j++
		}
		day, dw, ok := p.digits(j)
		if !ok || dw > 2 || p.partOfNumber(j) || p.partOfDate(j) {
			return date{}, 0, false
		}
		if p.is(j+1, ":") {
			return date{}, 0, false
		}
		j++
		if p.mean(j).flags&ordinal != 0 && p.toks[j].glued {
			j++
		}
		d, j = p.year(date{m: time.Month(mo.month), d: day}, j)
		return d, j, d.valid()
	}
	if p.tok(i-1) != nil && p.toks[i].glued && isNumberPunct(p.str(&p.toks[i-1])) {
		return date{}, 0, false
	}
	// Numeric: "2026-12-03", "03/12/2026", "3/12".
	if sep := p.tok(i + 1); sep != nil && sep.glued && (p.str(sep) == "/" || p.str(sep) == "-" || p.str(sep) == ".") {
		b, bw, ok := p.digits(i + 2)
		if !ok || !p.toks[i+2].glued || bw > 2 {
			return date{}, 0, false
		}
		j := i + 3
		c, cw := 0, 0
		if p.glued(j, p.str(sep)) {
			var ok bool
			c, cw, ok = p.digits(j + 1)
			if !ok || !p.toks[j+1].glued || cw != 2 && cw != 4 && !(w == 4 && cw <= 2) {
				return date{}, 0, false
			}
			j += 2
		}
		if next := p.tok(j); next != nil && next.glued && (next.kind == number || isNumberPunct(p.str(next)) && p.tok(j+1) != nil && p.toks[j+1].kind == number) {
			return date{}, 0, false
		}
		switch {
		case w == 4 && cw > 0 && cw <= 2:
			d = date{n, time.Month(b), c}
		case w > 2:
			return date{}, 0, false
		case cw == 0 && (!strong || p.str(sep) != "/"):
			return date{}, 0, false
		default:
			day, mo := n, b
			if !p.dayFirst {
				day, mo = b, n
			}
			d = date{c, time.Month(mo), day}
			if cw == 2 {
				d.y += 2000
			}
			if cw == 0 {
				d, ok = p.next(date{m: time.Month(mo), d: day})
				return d, j, ok
			}
		}
		return d, j, d.valid()
	}
	// Day first: "3 de diciembre", "3rd of December 2026", "3 dic".
	if w > 2 || p.partOfNumber(i) {
		return date{}, 0, false
	}
	j := i + 1
	if p.mean(j).flags&ordinal != 0 && p.toks[j].glued {
		j++
	}
	if k := p.longest(j, monthOf); k >= 0 && p.mean(k).month != 0 {
		j = k
	}
	mo := p.mean(j)
	if mo.month == 0 || mo.flags&capital != 0 && !p.toks[j].upper {
		return date{}, 0, false
	}
	j++
	if mo.flags&abbr != 0 && p.glued(j, ".") {
		j++
	}
	d, j = p.year(date{m: time.Month(mo.month), d: n}, j)
	return d, j, d.valid()
}

// year reads the year after a day and a month, or supplies the next one
// in which the date comes.
func (p *parser) year(d date, i int) (date, int) {
	j := i
	if k := p.longest(j, yearOf); k >= 0 {
		j = k
	}
	if y, w, ok := p.digits(j); ok && w == 4 && y >= 1900 && y < 2200 && !p.partOfNumber(j) && !p.is(j+1, ":") {
		d.y = y
		return d, j + 1
	}
	d, ok := p.next(d)
	if !ok {
		return date{}, i
	}
	return d, i
}

// next returns the first day on or after today with d's month and day.
func (p *parser) next(d date) (date, bool) {
	d.y = p.today.y
	if d.m < p.today.m || d.m == p.today.m && d.d < p.today.d {
		d.y++
	}
	for range 8 { // 29 February comes within 8 years
		if d.valid() {
			return d, true
		}
		d.y++
	}
	return date{}, false
}

// dayOfMonth reads a day of the month alone, after "el día" or "the":
// "3", "3rd". It is the next such day on or after today.
func (p *parser) dayOfMonth(i int) (d date, end int, ok bool) {
	n, w, isDigits := p.digits(i)
	if !isDigits || w > 2 || n < 1 || n > 31 || p.partOfNumber(i) || p.partOfDate(i) {
		return date{}, 0, false
	}
	j := i + 1
	if p.mean(j).flags&ordinal != 0 && p.toks[j].glued {
		j++
	} else if p.l.strictClock {
		return date{}, 0, false // English wants "the 3rd"
	}
	if p.mean(j).unit != noUnit || p.is(j, "%") || p.is(j, ":") {
		return date{}, 0, false
	}
	d = date{p.today.y, p.today.m, n}
	if n < p.today.d {
		d.m++
		if d.m > 12 {
			d.m, d.y = 1, d.y+1
		}
	}
	for range 3 {
		if d.valid() {
			return d, j, true
		}
		d.m++
		if d.m > 12 {
			d.m, d.y = 1, d.y+1
		}
	}
	return date{}, 0, false
}
