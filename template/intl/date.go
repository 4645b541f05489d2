package intl

import (
	"strings"
	"time"
)

// Style is the length of a date or a time, as in CLDR and
// Intl.DateTimeFormat's dateStyle and timeStyle. The zero value is Medium,
// ICU's default style.
type Style uint8

// The styles, from ICU in es-ES for 5 March 2026 at 14:07:09 in Madrid.
const (
	Medium Style = iota // "5 mar 2026", "14:07:09"
	Full                // "jueves, 5 de marzo de 2026", "14:07:09 (hora estándar de Europa central)"
	Long                // "5 de marzo de 2026", "14:07:09 CET"
	Short               // "5/3/26", "14:07"
)

var styleNames = [...]string{Medium: "medium", Full: "full", Long: "long", Short: "short"}

// String returns the style's name: "full", "long", "medium" or "short".
func (s Style) String() string {
	if int(s) < len(styleNames) {
		return styleNames[s]
	}
	return "Style(" + itoa(int(s)) + ")"
}

// ParseStyle returns the style named s: "full", "long", "medium" or
// "short", in any case. Other names give an error that matches ErrStyle.
func ParseStyle(s string) (Style, error) {
	for i, name := range styleNames {
		if strings.EqualFold(s, name) {
			return Style(i), nil
		}
	}
	return Medium, &NameError{Name: s, Err: ErrStyle}
}

// valid maps an out-of-range style to Medium rather than panicking.
func (s Style) valid() Style {
	if s > Short {
		return Medium
	}
	return s
}

// Date returns the date of t in l's zone, as Intl.DateTimeFormat's
// dateStyle s gives it.
func (l Locale) Date(t time.Time, s Style) string {
	var buf [96]byte
	return string(l.AppendDate(buf[:0], t, s))
}

// AppendDate appends l.Date(t, s) to dst.
func (l Locale) AppendDate(dst []byte, t time.Time, s Style) []byte {
	d := l.data()
	return d.appendPattern(dst, d.datePat[s.valid()], t.In(l.Zone()))
}

// Time returns the time of t in l's zone, as Intl.DateTimeFormat's
// timeStyle s gives it. Full and Long add the zone's name the way ICU
// does: its long or short CLDR name, or the localized GMT format
// ("GMT-03:00", "GMT-3") where the locale has none.
func (l Locale) Time(t time.Time, s Style) string {
	var buf [96]byte
	return string(l.AppendTime(buf[:0], t, s))
}

// AppendTime appends l.Time(t, s) to dst.
func (l Locale) AppendTime(dst []byte, t time.Time, s Style) []byte {
	d := l.data()
	return d.appendPattern(dst, d.timePat[s.valid()], t.In(l.Zone()))
}

// DateTime returns the date and time of t in l's zone, joined as ICU joins
// dateStyle date and timeStyle tm ("5 de marzo de 2026 a las 14:07").
func (l Locale) DateTime(t time.Time, date, tm Style) string {
	var buf [128]byte
	return string(l.AppendDateTime(buf[:0], t, date, tm))
}

// AppendDateTime appends l.DateTime(t, date, tm) to dst.
func (l Locale) AppendDateTime(dst []byte, t time.Time, date, tm Style) []byte {
	d := l.data()
	t = t.In(l.Zone())
	date = date.valid()
	dst = d.appendPattern(dst, d.datePat[date], t)
	dst = append(dst, d.glue[date]...)
	return d.appendPattern(dst, d.timePat[tm.valid()], t)
}

// appendPattern interprets a CLDR date pattern. It understands the fields
// the locale tables use: y, yy, M, MM, MMM, MMMM, d, dd, EEEE, H, HH, h,
// hh, m, mm, s, ss, a, z and zzzz, and literal text between apostrophes
// (two apostrophes stand for one). Any other letter is copied as it is.
func (d *locale) appendPattern(dst []byte, pat string, t time.Time) []byte {
	for i := 0; i < len(pat); {
		c := pat[i]
		switch {
		case c == '\'':
			i++
			if i < len(pat) && pat[i] == '\'' {
				dst = append(dst, '\'')
				i++
				continue
			}
			for i < len(pat) {
				if pat[i] == '\'' {
					if i+1 < len(pat) && pat[i+1] == '\'' {
						dst = append(dst, '\'')
						i += 2
						continue
					}
					i++
					break
				}
				dst = append(dst, pat[i])
				i++
			}
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			n := 1
			for i+n < len(pat) && pat[i+n] == c {
				n++
			}
			dst = d.appendField(dst, c, n, t)
			i += n
		default:
			dst = append(dst, c)
			i++
		}
	}
	return dst
}

func (d *locale) appendField(dst []byte, c byte, n int, t time.Time) []byte {
	switch c {
	case 'y':
		y := t.Year()
		if y <= 0 { // ICU counts years of the era: 1 BC is year 1
			y = 1 - y
		}
		if n == 2 {
			return appendPad2(dst, y%100)
		}
		return appendInt(dst, y)
	case 'M':
		m := int(t.Month())
		switch {
		case n >= 4:
			return append(dst, d.months[m-1]...)
		case n == 3:
			return append(dst, d.monthsAbbr[m-1]...)
		case n == 2:
			return appendPad2(dst, m)
		}
		return appendInt(dst, m)
	case 'd':
		return appendNum(dst, t.Day(), n)
	case 'E':
		return append(dst, d.weekdays[t.Weekday()]...)
	case 'H':
		return appendNum(dst, t.Hour(), n)
	case 'h':
		return appendNum(dst, hour12(t.Hour()), n)
	case 'm':
		return appendNum(dst, t.Minute(), n)
	case 's':
		return appendNum(dst, t.Second(), n)
	case 'a':
		if t.Hour() < 12 {
			return append(dst, d.am...)
		}
		return append(dst, d.pm...)
	case 'z':
		return d.appendZone(dst, t, n >= 4)
	}
	for range n {
		dst = append(dst, c)
	}
	return dst
}

func hour12(h int) int {
	if h %= 12; h == 0 {
		return 12
	}
	return h
}

// appendZone appends the specific name of t's zone (z or zzzz), or the
// localized GMT format where the locale has no such name.
func (d *locale) appendZone(dst []byte, t time.Time, long bool) []byte {
	_, offset := t.Zone()
	if mz := metazone(t.Location().String()); mz != mzNone {
		k := 0
		if t.IsDST() {
			k = 1
		}
		if !long {
			k += 2
		}
		if s := d.zones[mz][k]; s != "" {
			return append(dst, s...)
		}
	}
	return d.appendGMT(dst, offset, long)
}

// appendGMT appends the localized GMT format of an offset: "GMT+1",
// "GMT-3", "GMT+5:30" when short; "GMT+01:00", "GMT-03:00" when long.
func (d *locale) appendGMT(dst []byte, offset int, long bool) []byte {
	if offset == 0 {
		return append(dst, d.gmtZero...)
	}
	dst = append(dst, d.gmt...)
	if offset < 0 {
		dst = append(dst, d.gmtMinus...)
		offset = -offset
	} else {
		dst = append(dst, '+')
	}
	h, m := offset/3600, offset/60%60
	if long {
		dst = appendPad2(dst, h)
		dst = append(dst, ':')
		return appendPad2(dst, m)
	}
	dst = appendInt(dst, h)
	if m != 0 {
		dst = append(dst, ':')
		dst = appendPad2(dst, m)
	}
	return dst
}

func appendNum(dst []byte, v, width int) []byte {
	if width >= 2 {
		return appendPad2(dst, v)
	}
	return appendInt(dst, v)
}

func appendPad2(dst []byte, v int) []byte {
	if v < 10 {
		dst = append(dst, '0')
	}
	return appendInt(dst, v)
}

func appendInt(dst []byte, v int) []byte {
	if v < 0 {
		dst = append(dst, '-')
		v = -v
	}
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return append(dst, b[i:]...)
}

func itoa(v int) string { return string(appendInt(nil, v)) }
