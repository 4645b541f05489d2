package when

import "time"

// bareAmountAllowed reports whether an amount of time without a word
// before it may start at i: "Respuesta: 24 h", but not "hace 2 días" nor
// "de 9 a 18 h".
func (p *parser) bareAmountAllowed(i int) bool {
	t := p.tok(i)
	if t == nil || t.kind != number {
		return false
	}
	if prev := p.tok(i - 1); prev != nil {
		if prev.kind == number || p.toks[i].glued && prev.kind == punct || p.str(prev) == "-" || p.str(prev) == "–" || p.str(prev) == "/" {
			return false
		}
	}
	return !p.follows(i, blockAmount)
}

// number reads a count: digits, or words ("veinticuatro", "cuarenta y
// ocho", "twenty-four"). The articles "a" and "an" count as one when
// articles is true.
func (p *parser) number(i int, articles bool) (n, end int, ok bool) {
	t := p.tok(i)
	if t == nil {
		return 0, 0, false
	}
	switch t.kind {
	case number:
		if t.width() > 6 || p.partOfNumber(i) {
			return 0, 0, false
		}
		return int(t.val), i + 1, true
	case word:
		m := p.l.table[t.mean[p.k]]
		if m.num == 0 || m.flags&article != 0 && !articles {
			return 0, 0, false
		}
		n, end = int(m.num), i+1
		if n >= 20 && n%10 == 0 {
			k := end
			if p.glued(k, "-") || p.is(k, "y") || p.is(k, "e") || p.is(k, "and") {
				k++
			}
			if u := p.mean(k); u.num >= 1 && u.num <= 9 && u.flags&article == 0 {
				n, end = n+int(u.num), k+1
			}
		}
		return n, end, true
	}
	return 0, 0, false
}

// partOfNumber reports whether the digits at i belong to something larger
// glued to them: a decimal, a date, a ratio, a time ("10,00", "3.12",
// "1/2", "10:30").
func (p *parser) partOfNumber(i int) bool {
	if prev := p.tok(i - 1); prev != nil && p.toks[i].glued && isNumberPunct(p.str(prev)) {
		if pp := p.tok(i - 2); pp != nil && prev.glued && pp.kind == number {
			return true
		}
	}
	if next := p.tok(i + 1); next != nil && next.glued && isNumberPunct(p.str(next)) {
		if nn := p.tok(i + 2); nn != nil && nn.glued && nn.kind == number {
			return true
		}
	}
	return false
}

// partOfDate reports whether the digits at i begin or end a numeric date.
func (p *parser) partOfDate(i int) bool {
	if next := p.tok(i + 1); next != nil && next.glued && (p.str(next) == "/" || p.str(next) == "-") {
		return true
	}
	prev := p.tok(i - 1)
	return prev != nil && p.toks[i].glued && (p.str(prev) == "/" || p.str(prev) == "-" || p.str(prev) == "." || p.str(prev) == ",")
}

func isNumberPunct(s string) bool {
	return s == "," || s == "." || s == ":" || s == "/"
}

// amount reads an amount of time: "24 horas", "dos días hábiles",
// "media hora", "24 a 48 h", "1,5 horas". Bare amounts must be written
// in digits.
func (p *parser) amount(i int, bare bool) (r reading, end int, ok bool) {
	if !bare {
		if j, v := p.longestValue(i, fixedAmounts); j >= 0 {
			return p.until(p.now.Add(time.Duration(v) * time.Minute)), j, true
		}
	}
	var hundredths, j int
	if n, _, isDigits := p.digits(i); isDigits && (p.glued(i+1, ",") || p.glued(i+1, ".")) {
		// A decimal: "1,5 horas", "2.5 hours".
		f, w, ok := p.digits(i + 2)
		if !ok || !p.toks[i+2].glued || w > 2 || p.toks[i].width() > 4 {
			return reading{}, 0, false
		}
		if w == 1 {
			f *= 10
		}
		hundredths, j = n*100+f, i+3
	} else {
		if bare && !isDigits {
			return reading{}, 0, false
		}
		n, e, ok := p.number(i, !bare)
		if !ok {
			return reading{}, 0, false
		}
		hundredths, j = n*100, e
		// A range: "24 a 48 horas", "24-48h", "one to two days".
		if s := p.longest(j, rangeSep); s >= 0 {
			if m, e, ok := p.number(s, false); ok && m > n && (!isDigits || p.tok(s) != nil && p.toks[s].kind == number) {
				hundredths, j = m*100, e
			}
		}
	}
	// "business days" in English, "días hábiles" in Spanish.
	biz, plain := false, false
	if p.mean(j).flags&business != 0 {
		biz = true
		j++
	} else if k := p.longest(j, calendarDays); k >= 0 {
		plain, j = true, k
	}
	u := p.mean(j).unit
	if u == noUnit || u >= months {
		return reading{}, 0, false
	}
	if u == hours && p.tok(j+1) != nil && p.toks[j+1].glued && p.toks[j+1].kind == number {
		return reading{}, 0, false // a time of day: "10h30"
	}
	j++
	if p.glued(j, ".") && p.is(j-1, "min") {
		j++
	}
	if !biz && !plain {
		if p.mean(j).flags&business != 0 {
			biz = true
			j++
		} else if k := p.longest(j, calendarDays); k >= 0 {
			j = k
		}
	}
	if k := p.longest(j, andHalf); k >= 0 && hundredths%100 == 0 {
		hundredths, j = hundredths+50, k
	}
	if hundredths == 0 || hundredths > 9999*100 {
		return reading{}, 0, false
	}
	step := [...]time.Duration{minutes: time.Minute, hours: time.Hour, days: 24 * time.Hour, weeks: 7 * 24 * time.Hour}[u]
	d := time.Duration(hundredths/100)*step + time.Duration(hundredths%100)*step/100
	r = p.until(p.now.Add(d))
	if p.longest(j, ago) >= 0 {
		return reading{}, 0, false // "3 days ago"
	}
	if biz {
		switch u {
		case minutes, hours:
			r.business = d
		case days:
			r.businessDays = (hundredths + 99) / 100
		case weeks:
			r.businessDays = (5*hundredths + 99) / 100
		}
		if r.businessDays > 0 {
			r.business = time.Duration(r.businessDays) * 24 * time.Hour
		}
	}
	return r, j, true
}
