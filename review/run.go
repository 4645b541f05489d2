package review

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/classify"
)

// run is one check of one draft: the input read once, and the findings.
type run struct {
	c    *Checker
	in   *Input
	lim  Limits
	lang string // the draft's language: "es", "en" or "pt", "" when unknown
	ui   string // the language of messages

	draft    *doc
	customer string // the customer's new text, cut to MaxText

	questions []classify.Question
	answers   []answer // for each question: where the draft answers it
	answered  bool     // answers computed
	class     *classify.Result

	out []Finding
}

func newRun(c *Checker, in *Input) *run {
	r := &run{c: c, in: in, lim: c.Limits.withDefaults()}
	r.draft = readDraft(truncate(in.Draft, r.lim.MaxText))
	if in.Message != nil {
		r.customer = customerText(in, r.lim)
	}
	r.lang = baseOf(in.Locale)
	if r.lang == "" {
		if code, _ := classify.Language(r.draft.text[r.draft.body.start:r.draft.body.end]); supported(code) {
			r.lang = code
		} else if code, _ := classify.Language(r.draft.text); supported(code) {
			r.lang = code
		}
	}
	r.ui = baseOf(c.Language)
	if r.ui == "" {
		r.ui = r.lang
	}
	return r
}

func supported(code string) bool { return code == "es" || code == "en" || code == "pt" }

// baseOf returns the language of t when it is one with tables, else "".
func baseOf(t language.Tag) string {
	if t == language.Und {
		return ""
	}
	b, _ := t.Base()
	if s := b.String(); supported(s) {
		return s
	}
	return ""
}

// add records a finding on the span sp of the text where.
func (r *run) add(check, code string, sev Severity, where Where, sp span, suggestion string, m msg, args ...any) {
	text := r.draft.text
	if where == Customer {
		text = r.customer
	}
	sp.start = min(max(sp.start, 0), len(text))
	sp.end = min(max(sp.end, sp.start), len(text))
	message := m.in(r.ui)
	if len(args) > 0 {
		message = fmt.Sprintf(message, args...)
	}
	r.out = append(r.out, Finding{
		Check:      check,
		Code:       code,
		Severity:   sev,
		Message:    message,
		In:         where,
		Start:      sp.start,
		End:        sp.end,
		Text:       text[sp.start:sp.end],
		Suggestion: suggestion,
	})
}

// classification returns the customer's message's classification.
func (r *run) classification() classify.Result {
	if r.class == nil {
		switch {
		case r.in.Classification != nil:
			r.class = r.in.Classification
		case r.in.Message != nil:
			res := classify.Message(r.in.Message)
			r.class = &res
		default:
			r.class = &classify.Result{}
		}
	}
	return *r.class
}

// complaint reports whether the customer's message is a complaint.
func (r *run) complaint() bool { return r.classification().Type == classify.Complaint }

// firstLine is the span of the draft's first line that is not blank,
// where a greeting goes.
func (d *doc) firstLine() span {
	for _, l := range d.lines {
		if !blankLine(d.text[l.start:l.end]) {
			return trimSpan(d.text, l)
		}
	}
	return span{}
}

// lastLine is the span of the draft's last own line that is not blank,
// where a signature goes.
func (d *doc) lastLine() span {
	for i := len(d.lines) - 1; i >= 0; i-- {
		if l := d.lines[i]; !blankLine(d.text[l.start:l.end]) {
			return trimSpan(d.text, l)
		}
	}
	return span{}
}
