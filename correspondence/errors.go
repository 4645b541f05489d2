package correspondence

import (
	"errors"
	"fmt"
)

// Limits exceeded while parsing. Parse returns them wrapped with the figures
// involved; match them with errors.Is.
var (
	ErrTooLarge       = errors.New("correspondence: message too large")
	ErrHeaderTooLarge = errors.New("correspondence: header too large")
	ErrTooManyParts   = errors.New("correspondence: too many MIME parts")
	ErrTooDeep        = errors.New("correspondence: MIME parts nested too deeply")
)

// ErrEmpty is returned by Parse for input with no header and no body.
var ErrEmpty = errors.New("correspondence: empty message")

// Kinds of defect: non-fatal problems recorded on Message.Defects. A Defect
// matches its kind with errors.Is.
var (
	ErrMalformedHeader   = errors.New("correspondence: malformed header")
	ErrMalformedAddress  = errors.New("correspondence: malformed address")
	ErrMalformedDate     = errors.New("correspondence: malformed date")
	ErrMalformedWord     = errors.New("correspondence: malformed encoded word")
	ErrMalformedParams   = errors.New("correspondence: malformed content parameters")
	ErrUnknownCharset    = errors.New("correspondence: unknown charset")
	ErrBadCharset        = errors.New("correspondence: bytes invalid in their charset")
	ErrBadEncoding       = errors.New("correspondence: bad content transfer encoding")
	ErrMissingBoundary   = errors.New("correspondence: multipart without boundary")
	ErrMissingEnd        = errors.New("correspondence: missing final boundary")
	ErrLineEndings       = errors.New("correspondence: bare LF or mixed line endings")
	Err8BitHeader        = errors.New("correspondence: 8-bit bytes in header")
	ErrMissingHeaderEnd  = errors.New("correspondence: header not followed by a blank line")
	ErrMissingContent    = errors.New("correspondence: part expected but not found")
	ErrDuplicateHeader   = errors.New("correspondence: header field repeated")
	ErrTruncatedEncoding = errors.New("correspondence: encoded content truncated")
)

// Defect is a non-fatal problem found in a message. The message was still
// parsed; the defect says what was wrong and where.
type Defect struct {
	Kind   error  // one of the Err… defect kinds above
	Part   string // MIME part path ("1.2"), "" for the top-level header
	Detail string // what exactly was wrong, for people
}

// Error describes the defect.
func (d *Defect) Error() string {
	msg := d.Kind.Error()
	if d.Part != "" {
		msg += " in part " + d.Part
	}
	if d.Detail != "" {
		msg += ": " + d.Detail
	}
	return msg
}

// Unwrap returns the defect's kind, so errors.Is(d, ErrUnknownCharset) works.
func (d *Defect) Unwrap() error { return d.Kind }

// HeaderError reports a header value that cannot be written safely: it
// holds a CR, LF or other control character, or a name is not a valid field
// name. It matches ErrHeaderInjection.
type HeaderError struct {
	Field  string // the field name
	Reason string
}

// ErrHeaderInjection is matched by every *HeaderError.
var ErrHeaderInjection = errors.New("correspondence: unsafe header value")

func (e *HeaderError) Error() string {
	return fmt.Sprintf("correspondence: unsafe %s header: %s", e.Field, e.Reason)
}

// Unwrap returns ErrHeaderInjection.
func (e *HeaderError) Unwrap() error { return ErrHeaderInjection }
