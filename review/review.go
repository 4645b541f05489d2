package review

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/classify"
	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/sla"
	"github.com/cartero/cartero/template"
)

// The built-in checks, by name: the values of [Finding].Check.
const (
	// Prompt: the reply is sent within its SLA target, and any time it
	// promises is one the business calendar can keep.
	Prompt = "prompt"
	// Polite: a greeting and a closing, the register the customer is
	// addressed in, no shouting, no curt answer to a complaint.
	Polite = "polite"
	// Personal: the customer's name, and a signature by a person with a
	// role.
	Personal = "personal"
	// Professional: every question and request in the customer's new
	// text is addressed.
	Professional = "professional"
	// Positive: no blaming, reproaching or dismissive phrasing.
	Positive = "positive"
	// Clear: short sentences and paragraphs, no jargon, the main point
	// answered first.
	Clear = "clear"
	// Promotional: an offer only once every question is answered, and
	// never in a reply to a complaint that is not resolved. Off unless
	// [Checker].Promotional is set.
	Promotional = "promotional"
)

// Severity is how much a finding matters. The zero Severity is [Info].
type Severity uint8

// The severities.
const (
	// Info is worth knowing and needs no change: the reply is on time.
	Info Severity = iota
	// Warning should be looked at before sending: a long sentence, no
	// role under the name.
	Warning
	// Error should be fixed before sending: an unanswered question, a
	// reply past its due time, a phrase that blames the customer.
	Error
)

var severityNames = [...]string{"info", "warning", "error"}

// String returns "info", "warning" or "error".
func (s Severity) String() string {
	if int(s) < len(severityNames) {
		return severityNames[s]
	}
	return fmt.Sprintf("Severity(%d)", s)
}

// MarshalText returns the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity's name.
func (s *Severity) UnmarshalText(b []byte) error {
	for i, n := range severityNames {
		if string(b) == n {
			*s = Severity(i)
			return nil
		}
	}
	return fmt.Errorf("review: unknown severity %q", b)
}

// Where says which text a finding's offsets refer to.
type Where uint8

// The texts.
const (
	// Draft is the draft reply, [Input].Draft.
	Draft Where = iota
	// Customer is the customer's new text: [classify.TextOf] of
	// [Input].Message, without quoted history or signature.
	Customer
)

var whereNames = [...]string{"draft", "customer"}

// String returns "draft" or "customer".
func (w Where) String() string {
	if int(w) < len(whereNames) {
		return whereNames[w]
	}
	return fmt.Sprintf("Where(%d)", w)
}

// MarshalText returns the text's name.
func (w Where) MarshalText() ([]byte, error) { return []byte(w.String()), nil }

// UnmarshalText reads "draft" or "customer".
func (w *Where) UnmarshalText(b []byte) error {
	for i, n := range whereNames {
		if string(b) == n {
			*w = Where(i)
			return nil
		}
	}
	return fmt.Errorf("review: unknown text %q", b)
}

// A Finding is one thing about a draft that an editor shows inline.
type Finding struct {
	// Check is the check that found it: one of the names above, or a
	// host's own.
	Check string `json:"check"`
	// Code says what in particular, stable across releases:
	// "unanswered", "negative", "greeting", "late" (see the package
	// documentation for the list).
	Code     string   `json:"code"`
	Severity Severity `json:"severity"`
	// Message explains the finding to the agent, in the language of
	// [Checker].Language.
	Message string `json:"message"`
	// In is the text that Start and End refer to; Text is that text's
	// bytes from Start to End. A finding about the whole draft (no
	// greeting, no signature) points at where the fix goes: the first
	// line, the last line, or an empty span at the start.
	In    Where  `json:"in"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Suggestion is a rewrite for the span, in the draft's language,
	// when there is one: a neutral phrasing for a negative one, plain
	// words for jargon.
	Suggestion string `json:"suggestion,omitempty"`
}

// Input is what a draft is checked against.
type Input struct {
	// Draft is the plain text of the reply. A quoted copy of the
	// customer's message below it is left out of every check.
	Draft string

	// Message is the customer's message that the draft answers; nil
	// when the business writes first. Its new text is where questions
	// are looked for.
	Message *correspondence.Message
	// Conversation holds the earlier messages of the conversation,
	// oldest first, for a host's rules; the built-in checks read the
	// customer's name from them when neither Customer nor Message has
	// it.
	Conversation []*correspondence.Message

	// Now is when the draft would be sent: the moment the prompt check
	// measures and promises are read from.
	Now time.Time
	// Status is the conversation's SLA status at Now, before the reply;
	// nil leaves out the check of the targets.
	Status *sla.Status
	// Calendar gives the business hours that promised times must fall
	// in; nil reads every hour as open, so only promises already past,
	// or too close to Now, are found.
	Calendar *sla.Calendar

	// Locale is the draft's language; und detects it from the draft.
	Locale language.Tag
	// Customer is who the draft is for: their Name (and GivenName) are
	// looked for in the draft, and their Register is the formality the
	// draft must keep (DefaultRegister accepts either, but not both).
	// When Name is empty, the display name of Message's sender is used.
	Customer template.Customer

	// Classification is the customer's message's; nil classifies
	// Message with the built-in knowledge ([classify.Message]).
	Classification *classify.Result
	// Resolved says that this reply resolves the customer's complaint.
	Resolved bool
	// Acknowledgement says that the draft only acknowledges receipt and
	// promises an answer: the customer's questions are not expected to
	// be answered yet.
	Acknowledgement bool
	// Verdicts are the host's own judgements of whether the draft
	// addresses the customer's questions. A question with one is judged
	// by it; the others by Cartero.
	Verdicts []Verdict
}

// A Verdict says whether a draft addresses one of the customer's
// questions, in place of Cartero's judgement: an agent who dismissed the
// finding in the editor, or a host's model that reads meaning where
// Cartero reads words.
type Verdict struct {
	// Start and End are the question's offsets in the customer's text,
	// as [Checker.Questions] gives them and as the finding on it has
	// them. A verdict that matches no question is ignored.
	Start, End int
	// Addressed says that the draft answers the question, acts on it or
	// says why it cannot.
	Addressed bool
}

// A Rule is a check of a host's own. Its findings carry their own Check
// name, which [Checker].Off can switch off like a built-in one.
type Rule interface {
	Check(in *Input) []Finding
}

// RuleFunc makes a function a [Rule].
type RuleFunc func(in *Input) []Finding

// Check returns f(in).
func (f RuleFunc) Check(in *Input) []Finding { return f(in) }

// Term is a word a host wants kept out of replies, and the plain words
// to use instead ("" when there are none).
type Term struct {
	Word    string
	Instead string
}

// Limits bound what the clear and prompt checks accept and how much text
// is read. A zero field takes its default.
type Limits struct {
	// SentenceWords is the longest sentence, in words. Default 35.
	SentenceWords int
	// ParagraphWords is the longest paragraph, in words. Default 120.
	ParagraphWords int
	// CurtWords is the fewest words of a reply to a complaint, greeting,
	// closing and signature left out. Default 25.
	CurtWords int
	// PromiseLead is the least business time a promise must leave
	// between Now and the time promised. Default one hour.
	PromiseLead time.Duration
	// MaxText is how many bytes of the draft and of the customer's text
	// are read; the rest is not checked. Default 64 KiB.
	MaxText int
}

// The defaults of Limits.
const (
	DefaultSentenceWords  = 35
	DefaultParagraphWords = 120
	DefaultCurtWords      = 25
	DefaultPromiseLead    = time.Hour
	DefaultMaxText        = 64 << 10
)

func (l Limits) withDefaults() Limits {
	if l.SentenceWords <= 0 {
		l.SentenceWords = DefaultSentenceWords
	}
	if l.ParagraphWords <= 0 {
		l.ParagraphWords = DefaultParagraphWords
	}
	if l.CurtWords <= 0 {
		l.CurtWords = DefaultCurtWords
	}
	if l.PromiseLead <= 0 {
		l.PromiseLead = DefaultPromiseLead
	}
	if l.MaxText <= 0 {
		l.MaxText = DefaultMaxText
	}
	return l
}

// A Checker checks drafts. The zero Checker runs every built-in check but
// the promotional one, with the default limits, and writes its messages
// in the draft's language. A Checker is safe for concurrent use once set
// up.
type Checker struct {
	// Off names the checks not to run: built-in ones ("clear") and the
	// Check names of a host's rules.
	Off []string
	// Promotional switches on the promotional check.
	Promotional bool
	// Jargon lists the words of the host's trade that customers should
	// not have to read ("RMA", "ticket L2"). Matching ignores case and
	// accents.
	Jargon []Term
	// Rules are the host's own checks, run after the built-in ones.
	Rules []Rule
	// Language is the language of the messages; und uses the draft's.
	// Spanish, English and Portuguese have messages; other languages
	// get the English ones.
	Language language.Tag
	// Limits bound the checks; the zero Limits has the defaults.
	Limits Limits
}

// Check checks a draft with the zero [Checker].
func Check(in Input) []Finding {
	var c Checker
	return c.Check(in)
}

// Check returns the findings on in's draft, ordered by text (draft
// first), then by position.
func (c *Checker) Check(in Input) []Finding {
	r := newRun(c, &in)
	for _, ch := range builtins {
		if ch.name == Promotional && !c.Promotional {
			continue
		}
		if c.off(ch.name) {
			continue
		}
		ch.run(r)
	}
	for _, rule := range c.Rules {
		for _, f := range rule.Check(&in) {
			if !c.off(f.Check) {
				r.out = append(r.out, f)
			}
		}
	}
	slices.SortStableFunc(r.out, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.In, b.In), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	return r.out
}

func (c *Checker) off(name string) bool { return slices.Contains(c.Off, name) }

// Questions returns the questions and requests of the customer's new text
// that the professional check judges, with their offsets into that text:
// the ones a host gives [Verdict]s on. It returns none when in has no
// Message.
func (c *Checker) Questions(in Input) []classify.Question {
	if in.Message == nil {
		return nil
	}
	return classify.Questions(customerText(&in, c.Limits.withDefaults()))
}

// customerText is the customer's new text that the checks read.
func customerText(in *Input, lim Limits) string {
	return truncate(classify.TextOf(in.Message), lim.MaxText)
}

// builtins are the built-in checks in the order they run.
var builtins = [...]struct {
	name string
	run  func(*run)
}{
	{Prompt, (*run).prompt},
	{Polite, (*run).polite},
	{Personal, (*run).personal},
	{Professional, (*run).professional},
	{Positive, (*run).positive},
	{Clear, (*run).clear},
	{Promotional, (*run).promotional},
}
