package template

import (
	"fmt"
	"strings"
	"time"

	"golang.org/x/text/language"
)

// Register is the level of formality of a reply. It matters in languages
// that mark it in grammar: Spanish usted (formal) and tú or vos
// (informal). Templates of languages without registers serve both.
type Register uint8

const (
	// DefaultRegister lets the brand decide, and formal when the brand
	// has not decided either.
	DefaultRegister Register = iota
	Formal
	Informal
)

var registerNames = [...]string{"", "formal", "informal"}

// String returns "formal", "informal" or "" for DefaultRegister.
func (r Register) String() string {
	if int(r) < len(registerNames) {
		return registerNames[r]
	}
	return fmt.Sprintf("Register(%d)", r)
}

// MarshalText returns r's name.
func (r Register) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText reads "formal", "informal" or "".
func (r *Register) UnmarshalText(b []byte) error {
	v, err := ParseRegister(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// ParseRegister reads a register name; "" is DefaultRegister, and the
// Spanish names "usted" and "tú" are accepted too.
func ParseRegister(s string) (Register, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return DefaultRegister, nil
	case "formal", "usted":
		return Formal, nil
	case "informal", "tú", "tu", "vos":
		return Informal, nil
	}
	return DefaultRegister, fmt.Errorf("%w: register %q", ErrValue, s)
}

// Customer is the person a reply is written to. Every field is optional:
// templates greet without a name when there is none.
type Customer struct {
	// Name is the full name as the customer writes it ("Ana María
	// García"), usually the display name of their From address.
	Name string
	// GivenName is the name to greet them by; when empty, FirstName
	// takes the first word of Name.
	GivenName string

	// Locale is the customer's stored language preference; the zero Tag
	// when unknown. See [Negotiate].
	Locale language.Tag
	// Register is their preferred formality, when known.
	Register Register
	// Zone is their time zone; dates and times in replies are written in
	// it. The brand's zone, then UTC, when nil.
	Zone *time.Location
}

// FirstName returns the name to greet the customer by: GivenName, or the
// first word of Name. A Name that is an e-mail address or looks like one
// gives "" rather than greeting someone as "ana.garcia@example.com".
func (c Customer) FirstName() string {
	if c.GivenName != "" {
		return strings.TrimSpace(c.GivenName)
	}
	name := strings.TrimSpace(c.Name)
	if strings.ContainsAny(name, "@<>") {
		return ""
	}
	if i := strings.IndexAny(name, " \t"); i >= 0 {
		name = name[:i]
	}
	return strings.Trim(name, `"',.;:`)
}

// Agent is the person who signs a reply. Good written service is signed
// by a real person with a name and a role, so the built-in templates
// require FirstName (or LastName) and Role.
type Agent struct {
	FirstName string
	LastName  string
	Role      string // "Atención al cliente", "Customer care"
	// Signature is optional text under the name and role: a direct
	// phone number, working hours.
	Signature string
}

// Name returns the first and last name joined by a space.
func (a Agent) Name() string {
	switch {
	case a.FirstName == "":
		return strings.TrimSpace(a.LastName)
	case a.LastName == "":
		return strings.TrimSpace(a.FirstName)
	}
	return strings.TrimSpace(a.FirstName) + " " + strings.TrimSpace(a.LastName)
}

// Brand is the business that writes. Its Locale and Register are the
// defaults when nothing is known about the customer.
type Brand struct {
	Name  string
	URL   string
	Email string
	Phone string

	Locale   language.Tag   // the language the brand writes in by default
	Register Register       // the brand's voice in languages with registers
	Zone     *time.Location // the brand's home zone
}

// Input is everything a template is rendered with.
type Input struct {
	Customer Customer
	Agent    Agent
	Brand    Brand

	// Locale is the locale to write in, usually the result of
	// [Negotiate]. When it is the zero Tag, Render uses the customer's
	// stored Locale, then the brand's, then the first locale the catalog
	// has for the key.
	Locale language.Tag

	// Subject is the subject of the customer's message being answered,
	// for "Re:" subjects; empty for messages the business starts.
	Subject string

	// Due is the time promised for the next reply, from an SLA status
	// (see [Due]); acknowledgements require it.
	Due time.Time
	// Now is the time of rendering, for relative times ("mañana a las
	// 10:00"). Rendering is pure: it never reads the clock, so a zero Now
	// is the zero time.
	Now time.Time

	// Data holds the values particular to a template, by the names the
	// template uses (.Data.order, .Data.tracking_url). Values may be
	// strings, numbers, time.Time, intl.Money, intl.Decimal and slices
	// of strings; see the package documentation for what each built-in
	// template requires.
	Data map[string]any
}

// Draft is a rendered reply, ready to be reviewed and written as mail.
type Draft struct {
	Key      string       // the template key, as "acknowledgement"
	Template string       // the file the text came from, as "acknowledgement/es-419.formal"
	Locale   language.Tag // the locale values were written in (the customer's, as es-AR)
	Register Register     // the register of the template used; DefaultRegister when it has none

	Subject string // one line, checked for control characters
	Text    string // the plain-text body, ending in a line break
	HTML    string // a complete HTML document with everything from data escaped
}
