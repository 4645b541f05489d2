package sla

import (
	"errors"
	"fmt"
	"strconv"
)

// Problems with calendars, in their text or JSON form or built in Go. The
// errors returned wrap one of them; match them with errors.Is.
var (
	ErrSyntax = errors.New("sla: malformed calendar")
	ErrZone   = errors.New("sla: unknown time zone")
	ErrClock  = errors.New("sla: invalid time of day")
	ErrDate   = errors.New("sla: invalid date")
	ErrRange  = errors.New("sla: invalid range")
)

// Problems with iCalendar files read by [ReadICalendar].
var (
	ErrICalendar = errors.New("sla: malformed iCalendar")
	ErrTooLarge  = errors.New("sla: iCalendar file too large")
)

// ErrUnknownPolicy is returned by [ParsePolicy] for a name it does not know,
// and recorded as a defect of a policy-change event that names one.
var ErrUnknownPolicy = errors.New("sla: unknown policy")

// Kinds of defect: problems with the events given to [Policy.Status],
// recorded on Status.Defects. The event is skipped; the status is computed
// from the others.
var (
	ErrNoTime      = errors.New("sla: event without a time")
	ErrUnknownKind = errors.New("sla: unknown event kind")
	ErrUnknownTo   = errors.New("sla: unknown conversation phase")
)

// A ParseError reports where the text form of a calendar, or an iCalendar
// file, is wrong. It matches its Err with errors.Is.
type ParseError struct {
	Input  string // "calendar" or "icalendar"
	Line   int    // 1-based line in an iCalendar file; 0 for the text form of a calendar
	Offset int    // byte offset in the text form of a calendar
	Near   string // the text at fault
	Err    error  // ErrSyntax, ErrZone, ErrClock, ErrDate, ErrRange or ErrICalendar, possibly wrapped
}

// Error describes the problem and where it is.
func (e *ParseError) Error() string {
	where := "offset " + strconv.Itoa(e.Offset)
	if e.Line > 0 {
		where = "line " + strconv.Itoa(e.Line)
	}
	msg := fmt.Sprintf("sla: %s: %s", e.Input, where)
	if e.Near != "" {
		msg += fmt.Sprintf(" (%q)", e.Near)
	}
	return msg + ": " + e.Err.Error()
}

// Unwrap returns the kind of problem.
func (e *ParseError) Unwrap() error { return e.Err }

// A Defect is a problem with one of the events given to [Policy.Status]. The
// status was still computed; the defect says which event was skipped or
// partly ignored, and why. It matches its Kind with errors.Is.
type Defect struct {
	Kind   error  // ErrNoTime, ErrUnknownKind, ErrUnknownTo or ErrUnknownPolicy
	Event  int    // index of the event in the slice given to Status
	Detail string // what exactly was wrong, for people
}

// Error describes the defect.
func (d *Defect) Error() string {
	msg := d.Kind.Error() + " in event " + strconv.Itoa(d.Event)
	if d.Detail != "" {
		msg += ": " + d.Detail
	}
	return msg
}

// Unwrap returns the defect's kind.
func (d *Defect) Unwrap() error { return d.Kind }

// MarshalText returns the description of the defect, so that a Status
// encodes its defects to JSON as strings.
func (d *Defect) MarshalText() ([]byte, error) { return []byte(d.Error()), nil }
