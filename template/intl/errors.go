package intl

import (
	"errors"
	"strconv"
)

// Problems with the values given to this package. The errors returned wrap
// one of them; match them with errors.Is.
var (
	// ErrSyntax: a number that is not written as [ParseDecimal] reads it.
	ErrSyntax = errors.New("intl: invalid number")
	// ErrRange: a number too large or too long to hold or to write out.
	ErrRange = errors.New("intl: number out of range")
	// ErrCurrency: a currency code that is not three ASCII letters.
	ErrCurrency = errors.New("intl: invalid currency code")
	// ErrPrecision: an amount with more fraction digits than its currency has.
	ErrPrecision = errors.New("intl: too many fraction digits for the currency")
	// ErrStyle, ErrUnit and ErrListKind: names that ParseStyle, ParseUnit and
	// ParseListKind do not know.
	ErrStyle    = errors.New("intl: unknown style")
	ErrUnit     = errors.New("intl: unknown unit")
	ErrListKind = errors.New("intl: unknown list kind")
)

// A NumberError reports a number or an amount that could not be read. It
// matches its Err with errors.Is.
type NumberError struct {
	Input string // the text given, cut to 64 bytes
	Err   error  // ErrSyntax, ErrRange, ErrCurrency or ErrPrecision
}

// Error describes the problem and quotes the input.
func (e *NumberError) Error() string {
	return e.Err.Error() + ": " + strconv.Quote(e.Input)
}

// Unwrap returns e.Err.
func (e *NumberError) Unwrap() error { return e.Err }

func numberError(input string, err error) error {
	if len(input) > 64 {
		input = input[:64]
	}
	return &NumberError{Input: input, Err: err}
}

// A NameError reports a name that ParseStyle, ParseUnit or ParseListKind
// does not know. It matches its Err with errors.Is.
type NameError struct {
	Name string
	Err  error // ErrStyle, ErrUnit or ErrListKind
}

// Error describes the problem and quotes the name.
func (e *NameError) Error() string { return e.Err.Error() + ": " + strconv.Quote(e.Name) }

// Unwrap returns e.Err.
func (e *NameError) Unwrap() error { return e.Err }
