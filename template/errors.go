package template

import (
	"errors"
	"strings"
)

var (
	// ErrNotFound is returned when a catalog has no template for a key in
	// any locale the lookup may fall back to.
	ErrNotFound = errors.New("template: no such template")

	// ErrSyntax is matched by every *SyntaxError.
	ErrSyntax = errors.New("template: invalid template")

	// ErrMissing is matched by every *MissingError.
	ErrMissing = errors.New("template: missing data")

	// ErrUnsafeURL is returned when a template links to anything but an
	// absolute http or https URL or a mailto address.
	ErrUnsafeURL = errors.New("template: unsafe link")

	// ErrHeader is returned when a rendered subject holds a line break or
	// another control character, which would let data inject header
	// fields into the outbound message.
	ErrHeader = errors.New("template: unsafe subject")

	// ErrValue is returned when a value given to a formatting method has
	// the wrong type or cannot be read (a money string without a
	// currency, a time that is not RFC 3339).
	ErrValue = errors.New("template: invalid value")

	// ErrAutomaticMail is returned by [Draft.Reply] when asked for an
	// automatic reply to a message that software sent: answering
	// automatic mail automatically starts mail loops (RFC 3834).
	ErrAutomaticMail = errors.New("template: no automatic reply to automatic mail")
)

// SyntaxError reports a template file that cannot be used: a missing
// Subject line, a text/template or html/template parse error, a layout
// that does not define the parts a template calls.
type SyntaxError struct {
	Name string // the file, as "acknowledgement/es.formal.tmpl"
	Err  error  // what is wrong
}

func (e *SyntaxError) Error() string { return "template: " + e.Name + ": " + e.Err.Error() }

// Unwrap returns the underlying error; errors.Is(e, ErrSyntax) holds too.
func (e *SyntaxError) Unwrap() []error { return []error{ErrSyntax, e.Err} }

// MissingError lists every piece of data a template requires that the
// input leaves empty, so that a host can ask for all of it at once,
// before anything is sent.
type MissingError struct {
	Template string   // the template's name, as "shipping/pt-BR"
	Fields   []string // as written in templates: ".Data.tracking", ".Agent.Role"
}

func (e *MissingError) Error() string {
	return "template: " + e.Template + ": missing " + strings.Join(e.Fields, ", ")
}

// Is reports whether target is ErrMissing.
func (e *MissingError) Is(target error) bool { return target == ErrMissing }
