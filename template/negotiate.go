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
// tag with only a language takes its region from the brand's default
// when both share the language ("es" with a brand in es-MX gives es-MX).
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
	try := func(tags ...language.Tag) (language.Tag, bool) {
		for _, t := range tags {
			if t == (language.Tag{}) || t == language.Und {
				continue
			}
			if _, _, conf := m.Match(t); conf >= language.High {
				return fill(t, p.Default), true
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
	if t, ok := try(parseList(p.Declared)...); ok {
		return t
	}
	if tags, _, err := language.ParseAcceptLanguage(p.Accept); err == nil {
		if t, ok := try(tags...); ok {
			return t
		}
	}
	if p.Default != (language.Tag{}) && p.Default != language.Und {
		return p.Default
	}
	return supported[0]
}

// fill gives a language-only tag the region of def when they share the
// language.
func fill(t, def language.Tag) language.Tag {
	if _, conf := t.Region(); conf == language.Exact {
		return t
	}
	if _, conf := t.Script(); conf == language.Exact {
		return t
	}
	b1, _ := t.Base()
	b2, c2 := def.Base()
	if c2 == language.No || b1 != b2 {
		return t
	}
	if _, conf := def.Region(); conf != language.Exact {
		return t
	}
	return def
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
