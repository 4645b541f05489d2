package template

import (
	"strings"

	"golang.org/x/text/language"
)

// Preferences are what is known about the language a customer reads, in
// the order [Negotiate] weighs it.
type Preferences struct {
	// Stored is the customer's own choice, kept by the host.
	Stored language.Tag
	// Detected is the language of their message, as classify.Language
	// or classify.Result.Language give it ("es"; "und" or "" when
	// unknown).
	Detected string
	// Declared is the Content-Language of their message.
	Declared string
	// Accept is the Accept-Language header of a web form they sent.
	Accept string
	// Default is the brand's language.
	Default language.Tag
}

// Negotiate returns the locale to write to a customer in, given the
// locales available (a catalog's Locales for a key). It takes the first
// preference, in the order of the Preferences fields, that one of the
// supported locales serves well (language.Matcher confidence High or
// better): a stored preference beats the language a message is written
// in, which beats what the mail or the browser declares. The result is
// the customer's own tag, so that values are written their way (es-AR
// dates and money even when the text comes from the es-419 template); a
// tag with only a language, such as a detected one, takes its region
// from the first other preference in the same language that has one (a
// message detected as "pt" and declared "pt-PT" gives pt-PT; "es" with a
// brand in es-MX gives es-MX).
// With no usable preference it returns the brand's default, or the first
// supported locale, or language.Und when there is none.
func Negotiate(supported []language.Tag, p Preferences) language.Tag {
	if len(supported) == 0 {
		if p.Default != (language.Tag{}) {
			return p.Default
		}
		return language.Und
	}
	m := language.NewMatcher(supported)
	declared := parseList(p.Declared)
	accepted, _, _ := language.ParseAcceptLanguage(p.Accept)
	regional := append(append(append([]language.Tag{p.Stored}, declared...), accepted...), p.Default)
	try := func(tags ...language.Tag) (language.Tag, bool) {
		for _, t := range tags {
			if t == (language.Tag{}) || t == language.Und {
				continue
			}
			if _, _, conf := m.Match(t); conf >= language.High {
				return fill(t, regional), true
			}
		}
		return language.Tag{}, false
	}
	if t, ok := try(p.Stored); ok {
		return t
	}
	if d := strings.TrimSpace(p.Detected); d != "" && !strings.EqualFold(d, "und") {
		if t, err := language.Parse(d); err == nil {
			if t, ok := try(t); ok {
				return t
			}
		}
	}
	if t, ok := try(declared...); ok {
		return t
	}
	if t, ok := try(accepted...); ok {
		return t
	}
	if p.Default != (language.Tag{}) && p.Default != language.Und {
		return p.Default
	}
	return supported[0]
}

// fill gives a language-only tag the region of the first tag in from
// that has the same language and a region of its own.
func fill(t language.Tag, from []language.Tag) language.Tag {
	if _, conf := t.Region(); conf == language.Exact {
		return t
	}
	if _, conf := t.Script(); conf == language.Exact {
		return t
	}
	b1, _ := t.Base()
	for _, f := range from {
		if f == (language.Tag{}) || f == language.Und {
			continue
		}
		b2, c2 := f.Base()
		if c2 == language.No || b1 != b2 {
			continue
		}
		if _, conf := f.Region(); conf == language.Exact {
			return f
		}
	}
	return t
}

// parseList reads a Content-Language value: tags separated by commas.
func parseList(s string) []language.Tag {
	var out []language.Tag
	for _, f := range strings.Split(s, ",") {
		if t, err := language.Parse(strings.TrimSpace(f)); err == nil {
			out = append(out, t)
		}
	}
	return out
}
