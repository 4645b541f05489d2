package intl

import "strings"

// ListKind is the kind of list, as Intl.ListFormat's type. The zero value
// is And.
type ListKind uint8

// The kinds of list, from ICU in es-ES and en-US.
const (
	And      ListKind = iota // conjunction: "Ana, Luis y Marta"; "Ana, Luis, and Marta"
	Or                       // disjunction: "Ana, Luis o Marta"; "Ana, Luis, or Marta"
	UnitList                 // units: "3 horas y 5 minutos"; "3 hours, 5 minutes" (Unit is taken by relative times)
)

var listKindNames = [...]string{"and", "or", "unit"}

// String returns "and", "or" or "unit".
func (k ListKind) String() string {
	if int(k) < len(listKindNames) {
		return listKindNames[k]
	}
	return "ListKind(" + itoa(int(k)) + ")"
}

// ParseListKind returns the kind named s: "and" or "conjunction", "or" or
// "disjunction", "unit", in any case. Other names give an error that
// matches ErrListKind.
func ParseListKind(s string) (ListKind, error) {
	switch strings.ToLower(s) {
	case "and", "conjunction":
		return And, nil
	case "or", "disjunction":
		return Or, nil
	case "unit":
		return UnitList, nil
	}
	return And, &NameError{Name: s, Err: ErrListKind}
}

// listSeps are the separators of a list of two and before the last item
// of a longer one. All supported locales put ", " between the others.
type listSeps struct{ two, end string }

// List joins items as Intl.ListFormat's long style does: "" for none, the
// item itself for one, and for more the locale's separators, with the
// Oxford comma in en-US and not in en-GB. In Spanish, "y" becomes "e"
// before a word that starts with an i sound and "o" becomes "u" before
// one that starts with an o sound, with ICU's exact rules: "e" before
// i…, I…, hi… and Hi… except hia… and hie… ("Ana e Inés", "Ana e Hilario",
// "agua y hielo"); "u" before o…, O…, ho…, Ho…, 8… and before 11 alone or
// followed by a space ("siete u ocho", "7 u 8", "10 u 11"). Letters with
// accents ("Óscar", "Íñigo") do not count, as in ICU.
func (l Locale) List(items []string, k ListKind) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	n := 0
	for _, s := range items {
		n += len(s) + 4
	}
	var b strings.Builder
	b.Grow(n + 4)
	d, k := l.data(), k.valid()
	for i, s := range items {
		if i > 0 {
			b.WriteString(d.listSep(k, i, len(items)-1, s))
		}
		b.WriteString(s)
	}
	return b.String()
}

// AppendList appends l.List(items, k) to dst.
func (l Locale) AppendList(dst []byte, items []string, k ListKind) []byte {
	d, k := l.data(), k.valid()
	for i, s := range items {
		if i > 0 {
			dst = append(dst, d.listSep(k, i, len(items)-1, s)...)
		}
		dst = append(dst, s...)
	}
	return dst
}

func (k ListKind) valid() ListKind {
	if k > UnitList {
		return And
	}
	return k
}

// listSep returns the separator before item i, s, of a list whose last
// index is last.
func (d *locale) listSep(k ListKind, i, last int, s string) string {
	if i < last {
		return ", "
	}
	sep := d.lists[k].end
	if last == 1 {
		sep = d.lists[k].two
	}
	if d.spanish {
		sep = spanishSep(sep, s)
	}
	return sep
}

// spanishSep applies ICU's rules (listformatter.cpp, shouldChangeToE and
// shouldChangeToU) to the separator before the last item.
func spanishSep(sep, next string) string {
	switch sep {
	case " y ":
		if changeToE(next) {
			return " e "
		}
	case " o ":
		if changeToU(next) {
			return " u "
		}
	}
	return sep
}

func changeToE(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == 'i' || s[0] == 'I' {
		return true
	}
	// hi…, but not hia… nor hie…
	return len(s) >= 2 && (s[0] == 'h' || s[0] == 'H') && (s[1] == 'i' || s[1] == 'I') &&
		(len(s) == 2 || !strings.ContainsRune("aAeE", rune(s[2])))
}

func changeToU(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case 'o', 'O', '8':
		return true
	}
	if len(s) >= 2 && (s[0] == 'h' || s[0] == 'H') && (s[1] == 'o' || s[1] == 'O') {
		return true
	}
	// 11 alone or followed by a space
	return len(s) >= 2 && s[0] == '1' && s[1] == '1' && (len(s) == 2 || s[2] == ' ')
}
