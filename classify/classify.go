package classify

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strconv"

	"github.com/cartero/cartero/correspondence"
)

// Classifier tells what a message is. Implementations must be safe for
// concurrent use. A Classifier returns either a Result or an error, never
// both: an error means it had no answer (a remote service failed, the
// context ended), and the Result is then the zero Result.
type Classifier interface {
	Classify(ctx context.Context, msg *correspondence.Message) (Result, error)
}

// Func adapts an ordinary function to a [Classifier], the way
// http.HandlerFunc adapts a function to a Handler.
type Func func(ctx context.Context, msg *correspondence.Message) (Result, error)

// Classify calls f(ctx, msg).
func (f Func) Classify(ctx context.Context, msg *correspondence.Message) (Result, error) {
	return f(ctx, msg)
}

var (
	_ Classifier = Func(nil)
	_ Classifier = (*Model)(nil)
	_ Classifier = Chain{}
	_ Classifier = Blend{}
)

// Type is what kind of message a customer sent. The zero Type is [Other].
// Types marshal to and from their lower-case names ("complaint"), so they
// read well in JSON.
type Type uint8

// The types. The definitions are applied strictly, whatever the tone:
// dissatisfaction makes a complaint even when it is phrased as a question,
// and a score makes a survey reply even when it comes with a complaint.
const (
	// Other is a message that is none of the types below, or that no
	// classifier was confident about: thanks, greetings, spam,
	// acknowledgements, automatic mail, a business's own replies.
	Other Type = iota
	// Complaint is a message in which the customer expresses
	// dissatisfaction with a product, service, charge, delay or
	// treatment and wants redress or acknowledgement. It may contain
	// questions: "¿Por qué me cobraron dos veces? Es inaceptable." is a
	// complaint.
	Complaint
	// Inquiry is a message that asks for information or for an action
	// (order status, how-to, prices, a change of address, cancelling a
	// booking, an invoice) without expressing dissatisfaction. It may
	// mention an earlier problem in passing.
	Inquiry
	// Survey is a reply to a satisfaction survey or a rating request: it
	// gives a score, a rating or an NPS number, or answers the survey's
	// questions, whatever its sentiment ("Le doy un 3 de 10, el envío
	// tardó mucho" is a survey reply).
	Survey

	numTypes = 4
)

// Types lists every type in the order of [Scores].
var Types = [numTypes]Type{Complaint, Inquiry, Survey, Other}

var typeNames = [numTypes]string{"other", "complaint", "inquiry", "survey"}

// ErrUnknownType is returned when text names no [Type].
var ErrUnknownType = errors.New("classify: unknown type")

// String returns the type's lower-case name: "complaint", "inquiry",
// "survey" or "other".
func (t Type) String() string {
	if int(t) < numTypes {
		return typeNames[t]
	}
	return "Type(" + strconv.Itoa(int(t)) + ")"
}

// MarshalText returns the type's name.
func (t Type) MarshalText() ([]byte, error) {
	if int(t) >= numTypes {
		return nil, fmt.Errorf("%w: %d", ErrUnknownType, t)
	}
	return []byte(typeNames[t]), nil
}

// UnmarshalText sets t from its name, as [ParseType] reads it.
func (t *Type) UnmarshalText(b []byte) error {
	v, err := ParseType(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// ParseType returns the type named s ("complaint", "inquiry", "survey" or
// "other"), or an error matching [ErrUnknownType].
func ParseType(s string) (Type, error) {
	for i, n := range typeNames {
		if n == s {
			return Type(i), nil
		}
	}
	return Other, fmt.Errorf("%w: %q", ErrUnknownType, s)
}

// Scores holds a score in [0, 1] for every type; they add up to 1.
type Scores struct {
	Complaint float64 `json:"complaint"`
	Inquiry   float64 `json:"inquiry"`
	Survey    float64 `json:"survey"`
	Other     float64 `json:"other"`
}

// Of returns the score of type t.
func (s Scores) Of(t Type) float64 {
	switch t {
	case Complaint:
		return s.Complaint
	case Inquiry:
		return s.Inquiry
	case Survey:
		return s.Survey
	}
	return s.Other
}

// set sets the score of type t.
func (s *Scores) set(t Type, v float64) {
	switch t {
	case Complaint:
		s.Complaint = v
	case Inquiry:
		s.Inquiry = v
	case Survey:
		s.Survey = v
	default:
		s.Other = v
	}
}

// Best returns the type with the highest score and that score. Ties go to
// the type listed first in [Types].
func (s Scores) Best() (Type, float64) {
	best, max := Other, -1.0
	for _, t := range Types {
		if v := s.Of(t); v > max {
			best, max = t, v
		}
	}
	return best, max
}

// Sentiment is how the customer feels, from -1 (very negative) through 0
// (neutral) to 1 (very positive). It marshals to JSON as a number; String
// gives its label.
type Sentiment float64

// String returns "negative", "neutral" or "positive".
func (s Sentiment) String() string {
	switch {
	case s <= -0.2:
		return "negative"
	case s >= 0.2:
		return "positive"
	}
	return "neutral"
}

// Urgency is how soon the customer needs an answer, as the message tells
// it. The zero Urgency is [Normal].
type Urgency uint8

// The urgencies.
const (
	// Normal is the default: no cue says otherwise.
	Normal Urgency = iota
	// Low is a message that needs no prompt answer: thanks, a survey
	// reply, a greeting.
	Low
	// High is a message that says it is urgent ("urgente", "asap", "sin
	// servicio desde ayer") or carries a high-priority header.
	High

	numUrgencies = 3
)

var urgencyNames = [numUrgencies]string{"normal", "low", "high"}

// ErrUnknownUrgency is returned when text names no [Urgency].
var ErrUnknownUrgency = errors.New("classify: unknown urgency")

// String returns "normal", "low" or "high".
func (u Urgency) String() string {
	if int(u) < numUrgencies {
		return urgencyNames[u]
	}
	return "Urgency(" + strconv.Itoa(int(u)) + ")"
}

// MarshalText returns the urgency's name.
func (u Urgency) MarshalText() ([]byte, error) {
	if int(u) >= numUrgencies {
		return nil, fmt.Errorf("%w: %d", ErrUnknownUrgency, u)
	}
	return []byte(urgencyNames[u]), nil
}

// UnmarshalText sets u from its name.
func (u *Urgency) UnmarshalText(b []byte) error {
	for i, n := range urgencyNames {
		if n == string(b) {
			*u = Urgency(i)
			return nil
		}
	}
	return fmt.Errorf("%w: %q", ErrUnknownUrgency, b)
}

// Field says which part of a message a [Reason] was found in.
type Field uint8

// The fields.
const (
	// InText is the text classified: the new text of the message (see
	// [TextOf]), or the string given to [Model.Text].
	InText Field = iota
	// InSubject is the message's Subject.
	InSubject
	// InHeader is a header field; Start and End are then zero.
	InHeader

	numFields = 3
)

var fieldNames = [numFields]string{"text", "subject", "header"}

// ErrUnknownField is returned when text names no [Field].
var ErrUnknownField = errors.New("classify: unknown field")

// String returns "text", "subject" or "header".
func (f Field) String() string {
	if int(f) < numFields {
		return fieldNames[f]
	}
	return "Field(" + strconv.Itoa(int(f)) + ")"
}

// MarshalText returns the field's name.
func (f Field) MarshalText() ([]byte, error) {
	if int(f) >= numFields {
		return nil, fmt.Errorf("%w: %d", ErrUnknownField, f)
	}
	return []byte(fieldNames[f]), nil
}

// UnmarshalText sets f from its name.
func (f *Field) UnmarshalText(b []byte) error {
	for i, n := range fieldNames {
		if n == string(b) {
			*f = Field(i)
			return nil
		}
	}
	return fmt.Errorf("%w: %q", ErrUnknownField, b)
}

// Reason is one cue that fired: a word or phrase, a sign such as a
// question mark or a score, a header, or a word a trained model has
// learned. It lets an agent see why a message got its type.
type Reason struct {
	// Cue names the cue: the phrase as the built-in tables write it
	// ("cobr* .. dos veces"), a sign ("question mark", "score"), a header
	// ("Importance: high"), automatic mail ("automatic mail (bounce)",
	// with the signal as Auto.Reason gives it in Text) or, for a trained
	// model, "learned".
	Cue string `json:"cue"`
	// Type is the type the cue counts for, and Weight how much it added
	// to that type's evidence. Cues that only move the sentiment or the
	// urgency count for Other with a weight of zero. Cues read that added
	// nothing have a weight of zero too: a second request in a sentence
	// that already asks, a question in a sentence that complains, thanks
	// in a message that asks.
	Type   Type    `json:"type"`
	Weight float64 `json:"weight"`
	// Sentiment is what the cue added to the sentiment, negative or
	// positive; Urgent is set on cues that make the message urgent.
	Sentiment float64 `json:"sentiment,omitempty"`
	Urgent    bool    `json:"urgent,omitempty"`
	// Negated is set when a negation before the cue turned it around:
	// "no estoy nada contento" counts for a complaint, "no es una queja"
	// does not.
	Negated bool `json:"negated,omitempty"`
	// Field says where the cue is, and Start and End are byte offsets of
	// Text in that field: in the text classified or in the Subject (zero
	// for a header).
	Field Field  `json:"field"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Result is what a classifier says about a message.
type Result struct {
	// Type is the message's type: the best-scoring one, or Other when
	// even that one is not confident.
	Type Type `json:"type"`
	// Confidence is how sure the classifier is of Type, in [0, 1].
	Confidence float64 `json:"confidence"`
	// Scores holds the score of every type.
	Scores Scores `json:"scores"`
	// Reasons lists the cues that fired, in the order of the text:
	// subject first, then the text, then headers.
	Reasons []Reason `json:"reasons"`
	// Language is the language of the text: "es", "en", "pt", "fr", "de",
	// "it", or "und" when it is not clear.
	Language string `json:"language"`
	// Sentiment is how the customer feels, in [-1, 1].
	Sentiment Sentiment `json:"sentiment"`
	// Urgency is how soon the customer needs an answer.
	Urgency Urgency `json:"urgency"`
	// Auto says what kind of automatic mail the message is, with the
	// signal that gave it away; nil for mail written by a person.
	Auto *Auto `json:"auto"`
}

// clamp01 keeps v in [0, 1], reading NaN as 0.
func clamp01(v float64) float64 {
	if math.IsNaN(v) || v < 0 {
		return 0
	}
	if v > 1 {
		return 1
	}
	return v
}
