package header

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/cartero/cartero/internal/charset"
)

var (
	// ErrMalformedWord reports an RFC 2047 encoded word that could not be
	// decoded as written.
	ErrMalformedWord = errors.New("header: malformed encoded word")
	// ErrMalformedParams reports a media type or parameter list that had to
	// be repaired.
	ErrMalformedParams = errors.New("header: malformed parameters")
	// ErrMalformedAddress reports an address list that had to be repaired.
	ErrMalformedAddress = errors.New("header: malformed address")
	// ErrMalformedDate reports a date that could not be parsed, or whose
	// time zone had to be guessed.
	ErrMalformedDate = errors.New("header: malformed date")
)

// kinds are the sentinels by which errors are told apart when several
// problems are found in one value.
var kinds = [...]error{
	ErrMalformedWord, ErrMalformedParams, ErrMalformedAddress, ErrMalformedDate,
	charset.ErrUnknown, charset.ErrMalformed,
}

// errSet keeps the first error of each kind.
type errSet struct {
	list []error
}

func (e *errSet) add(err error) {
	if err == nil {
		return
	}
	for _, x := range e.list {
		if sameKind(x, err) {
			return
		}
	}
	e.list = append(e.list, err)
}

// has reports whether an error matching kind is already kept, so that
// callers can skip formatting one that add would drop.
func (e *errSet) has(kind error) bool {
	for _, x := range e.list {
		if errors.Is(x, kind) {
			return true
		}
	}
	return false
}

// hasKindOf reports whether an error of the same kind as err is kept.
func (e *errSet) hasKindOf(err error) bool {
	for _, x := range e.list {
		if sameKind(x, err) {
			return true
		}
	}
	return false
}

func sameKind(a, b error) bool {
	for _, k := range kinds {
		if errors.Is(a, k) && errors.Is(b, k) {
			return true
		}
	}
	return false
}

// err returns nil, the single error, or all errors joined.
func (e *errSet) err() error {
	switch len(e.list) {
	case 0:
		return nil
	case 1:
		return e.list[0]
	}
	return errors.Join(e.list...)
}

// maxFragment bounds the input quoted in an error message.
const maxFragment = 64

// fragment returns s cut to a length fit for an error message, as valid
// UTF-8.
func fragment(s string) string {
	if len(s) > maxFragment {
		cut := maxFragment
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "..."
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}
