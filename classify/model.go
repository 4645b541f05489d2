package classify

import (
	"context"
	"math"
	"slices"
	"strings"

	"github.com/cartero/cartero/correspondence"
)

// DefaultModelMinConfidence is the confidence a [Model] needs in its best
// type when Model.MinConfidence is zero; below it the type is Other.
const DefaultModelMinConfidence = 0.45

// Model is Cartero's default classifier. It reads the new text of a
// message, its subject and its header, and needs no network and no files.
//
// The zero Model (and a nil *Model) uses the built-in knowledge alone:
// tables of cues in Spanish, English and Portuguese, with negation,
// misspellings, scores and question marks taken into account. [Train]
// returns a Model that also uses what it learned from a host's labelled
// messages; such a model serializes with [Model.MarshalBinary] and loads
// with [Load].
//
// A Model is safe for concurrent use; it is never changed after it is
// built.
type Model struct {
	// MinConfidence is the score the best type needs; below it the
	// type is Other. Zero means DefaultModelMinConfidence.
	MinConfidence float64

	bayes *bayes // what was learned from examples, nil for none
}

// Classify classifies msg; it fails only when ctx has ended.
func (m *Model) Classify(ctx context.Context, msg *correspondence.Message) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	return m.Message(msg), nil
}

// Message classifies msg: the type from its new text (see [TextOf]) and
// subject, automatic mail from its header, the language, the sentiment
// and the urgency. A nil msg gives the Result of an empty message.
func (m *Model) Message(msg *correspondence.Message) Result {
	if msg == nil {
		return m.analyse("", "", nil)
	}
	return m.analyse(msg.Subject, TextOf(msg), msg)
}

// Text classifies a text given on its own, such as a chat line or a web
// form field. The whole text is read: hosts that have quoted history in
// it should give [correspondence.SplitText]'s New text.
func (m *Model) Text(text string) Result {
	return m.analyse("", text, nil)
}

// Message classifies msg with the built-in knowledge: it is the zero
// [Model]'s Message method.
func Message(msg *correspondence.Message) Result {
	return (*Model)(nil).Message(msg)
}

// Text classifies text with the built-in knowledge: it is the zero
// [Model]'s Text method.
func Text(text string) Result {
	return (*Model)(nil).Text(text)
}

// TextOf returns the text of msg that is classified, and that the offsets
// of Reasons found in the text refer to: the new text of the message
// (Split.New), without quoted history, signature or forwarded content.
// For a message built by hand without a Split, it splits msg.Text.
func TextOf(msg *correspondence.Message) string {
	if msg == nil {
		return ""
	}
	if msg.Split.New != "" || len(msg.Split.Segments) > 0 {
		return msg.Split.New
	}
	if msg.Text == "" {
		return ""
	}
	return correspondence.SplitText(msg.Text).New
}

// Weights of the signs that are not words. They are general knowledge
// of how messages are written, like the tables.
const (
	otherBias       = 1.0 // Other wins when nothing else has evidence
	questionWeight  = 1.6 // the first question
	questionMore    = 0.4 // each further question, up to questionCap in all
	questionCap     = 2.4
	shoutWeight     = 0.8 // two words in capitals or more, or "!!"
	scoreWeight     = 3.0 // a number from 0 to 10 standing alone: a score
	subjectFactor   = 1.0 // cues in the subject count as much as in the text
	foreignFactor   = 0.5 // cues of another language than the text's
	typoFactor      = 0.7 // a cue found through a typing error
	negatedFactor   = 0.8 // a negated satisfaction cue, as a complaint cue
	positiveToOther = 0.3 // share of a satisfaction cue that counts for Other
	shortText       = 30  // tokens; in a text this short a lone number anywhere is a score
)

// evidence collects what the cues of one message add up to.
type evidence struct {
	score     [numTypes]float64 // by Type
	pos, neg  float64           // sentiment
	urgent    float64
	reasons   []Reason
	questions int
}

// analyse classifies a subject and text; msg, when not nil, gives the
// header for automatic mail and priority.
func (m *Model) analyse(subject, text string, msg *correspondence.Message) Result {
	lang, _ := detect(text, subject)
	var ev evidence
	ev.reasons = make([]Reason, 0, 32)
	var buf [256]token
	stoks := tokenize(buf[:0], subject)
	nsub := len(stoks)
	toks := tokenize(stoks[nsub:nsub], text)
	ev.read(stoks, subject, InSubject, lang)
	ev.read(toks, text, InText, lang)

	var res Result
	res.Language = lang
	if lang == Undetermined && msg != nil {
		// Too little text: the language the sender declared, if it is
		// one Cartero knows.
		tag, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(msg.Language)), "-")
		for _, c := range langCodes {
			if tag == c {
				res.Language = c
			}
		}
	}
	if msg != nil {
		res.Auto = Automatic(msg)
		if r, ok := priority(msg.Header); ok {
			ev.urgent += 2
			ev.reasons = append(ev.reasons, Reason{Cue: r, Type: Other, Urgent: true, Field: InHeader})
		}
	}

	logits := ev.score
	logits[Other] += otherBias
	if m != nil && m.bayes != nil {
		m.bayes.add(&logits, &ev, stoks[:nsub], toks, text)
	}
	softmax(&logits)
	for t := range logits {
		res.Scores.set(Type(t), logits[t])
	}
	res.Type, res.Confidence = res.Scores.Best()
	min := DefaultModelMinConfidence
	if m != nil && m.MinConfidence != 0 {
		min = m.MinConfidence
	}
	if res.Confidence < min {
		res.Type, res.Confidence = Other, res.Scores.Other
	}

	s := (ev.pos - ev.neg) / (ev.pos + ev.neg + 2)
	if res.Type == Complaint && s > -0.2 {
		s = -0.2
	}
	res.Sentiment = Sentiment(math.Max(-1, math.Min(1, s)))
	switch {
	case ev.urgent >= 2:
		res.Urgency = High
	case (res.Type == Survey || res.Type == Other) && ev.urgent == 0:
		res.Urgency = Low
	}
	slices.SortStableFunc(ev.reasons, func(a, b Reason) int {
		if a.Field != b.Field {
			return fieldOrder[a.Field] - fieldOrder[b.Field]
		}
		return a.Start - b.Start
	})
	res.Reasons = ev.reasons
	return res
}

// fieldOrder is the order of Reasons: subject, text, header.
var fieldOrder = [numFields]int{InSubject: 0, InText: 1, InHeader: 2}

// priority returns the header field that marks a message urgent.
func priority(h correspondence.Header) (string, bool) {
	for _, f := range h {
		v := strings.TrimSpace(f.Value)
		switch {
		case strings.EqualFold(f.Name, "Importance"):
			if strings.EqualFold(v, "high") {
				return f.Name + ": " + f.Value, true
			}
		case strings.EqualFold(f.Name, "X-Priority"):
			if strings.HasPrefix(v, "1") || strings.HasPrefix(v, "2") {
				return f.Name + ": " + f.Value, true
			}
		case strings.EqualFold(f.Name, "Priority"):
			if strings.EqualFold(v, "urgent") {
				return f.Name + ": " + f.Value, true
			}
		}
	}
	return "", false
}

// read adds the cues found in toks, the tokens of s, to ev.
func (ev *evidence) read(toks []token, s string, field Field, lang string) {
	if len(toks) == 0 {
		return
	}
	lx := builtin()
	var mbuf [64]match
	ms := lx.find(mbuf[:0], toks, lang)
	factor := 1.0
	if field == InSubject {
		factor = subjectFactor
	}
	for _, mt := range ms {
		c := mt.c
		if c.kind == cSurvey && c.pats[0].op == opScore && !scoreContext(toks, mt.from, mt.to) {
			continue
		}
		w := c.weight * factor
		if mt.typo {
			w *= typoFactor
		}
		if lang != "und" && c.lang != lang {
			w *= foreignFactor
		}
		r := Reason{Cue: c.name, Type: typeOfKind[c.kind], Field: field, Negated: mt.negated}
		switch c.kind {
		case cComplaint:
			if mt.negated {
				// "no es una queja", "no problem": not a complaint.
				r.Weight = 0
				break
			}
			r.Weight = w
			r.Sentiment = -w
		case cPositive:
			if mt.negated {
				// "no estoy nada contento": a complaint.
				r.Type = Complaint
				r.Weight = w * negatedFactor
				r.Sentiment = -w
				break
			}
			r.Weight = w * positiveToOther
			r.Sentiment = w
		case cUrgent:
			if mt.negated {
				continue
			}
			r.Weight = 0
			r.Urgent = true
			ev.urgent += w
		case cOther:
			if mt.negated {
				continue
			}
			r.Weight = w
		default:
			r.Weight = w
		}
		ev.score[r.Type] += r.Weight
		if r.Sentiment > 0 {
			ev.pos += r.Sentiment
		} else {
			ev.neg -= r.Sentiment
		}
		r.Start, r.End = toks[mt.from].start, toks[mt.to-1].end
		r.Text = s[r.Start:r.End]
		ev.reasons = append(ev.reasons, r)
	}
	ev.signs(toks, s, field, ms)
}

// scoreContext reports whether a score cue at toks[from:to] reads as a
// score rather than a date ("el 3/10", "on 4 of 10"): it is not part of a
// longer run of numbers and slashes, and no date word comes before it.
func scoreContext(toks []token, from, to int) bool {
	if from > 0 {
		p := toks[from-1]
		if p.norm == "/" || dateWords[p.norm] {
			return false
		}
	}
	if to < len(toks) {
		if n := toks[to]; n.norm == "/" || (n.kind == tNumber && !n.clause) {
			return false
		}
	}
	return true
}

// dateWords come before a date: a number after them is not a score.
var dateWords = map[string]bool{
	"el": true, "del": true, "desde": true, "hasta": true, "dia": true, "fecha": true, "al": true,
	"on": true, "since": true, "until": true, "by": true, "from": true, "date": true, "dated": true,
	"em": true, "no": true, "na": true, "do": true, "da": true, "ate": true, "data": true, "dias": true,
	"le": true, "du": true, "am": true, "il": true, "dal": true, "pedido": true, "order": true,
	"factura": true, "invoice": true, "fatura": true, "encomenda": true, "ref": true, "n": true,
}

// signs adds the cues that are not words: questions, shouting, scores.
// complaints holds the token ranges of the complaint cues found: a
// question in the same sentence as one is rhetorical ("¿Cómo es posible
// que…?") and does not count for an inquiry.
func (ev *evidence) signs(toks []token, s string, field Field, complaints []match) {
	add := func(cue string, t Type, w float64, i, j int) {
		ev.score[t] += w
		r := Reason{Cue: cue, Type: t, Weight: w, Field: field, Start: toks[i].start, End: toks[j].end}
		r.Text = s[r.Start:r.End]
		if t == Complaint {
			r.Sentiment = -w
			ev.neg += w
		}
		ev.reasons = append(ev.reasons, r)
	}
	questions, rhetorical := 0, 0
	firstQ := -1
	caps := 0
	capsFirst := -1
	sentence := 0 // index of the first token of the current sentence
	for i, t := range toks {
		if t.sentence {
			sentence = i
		}
		switch {
		case t.kind == tSign && t.norm == "?":
			if complaintIn(complaints, sentence, i) {
				rhetorical++
				break
			}
			questions++
			if firstQ < 0 {
				firstQ = i
			}
		case t.kind == tSign && t.norm == "q":
			// An opening mark starts the sentence that its "?" ends.
			sentence = i
			if firstQ < 0 {
				firstQ = i
			}
		case t.kind == tSign && t.norm == "!" && i > 0 && toks[i-1].norm == "!" && toks[i-1].end == t.start &&
			(i < 2 || toks[i-2].norm != "!"):
			if field == InText {
				add("exclamation marks", Complaint, shoutWeight, i-1, i)
			}
		case t.caps && t.kind == tWord:
			caps++
			if capsFirst < 0 {
				capsFirst = i
			}
		}
	}
	if field == InText && caps >= 2 && caps*3 >= countWords(toks) {
		add("capitals", Complaint, shoutWeight, capsFirst, capsFirst)
	} else if field == InText && caps >= 3 {
		add("capitals", Complaint, shoutWeight/2, capsFirst, capsFirst)
	}
	if questions > 0 && firstQ >= 0 {
		w := questionWeight + questionMore*float64(questions-1)
		if w > questionCap {
			w = questionCap
		}
		add("question mark", Inquiry, w, firstQ, firstQ)
	}
	ev.questions += questions + rhetorical
	if field != InText {
		return
	}
	// A number from 0 to 10 standing alone ("9", "10!", "8. Muy bien",
	// "Todo bien, un 8."): a score, when it opens the text or a short
	// text's clause, or follows an article or a word for a score.
	for i, t := range toks {
		if t.kind != tNumber || t.num < 0 || t.num > 10 {
			continue
		}
		if i+1 < len(toks) {
			n := toks[i+1]
			if !n.clause && !(n.kind == tSign && (n.norm == "!" || n.norm == "*")) {
				continue
			}
			if n.kind == tNumber || n.norm == "/" || n.norm == "%" {
				continue
			}
		}
		opens := i == 0 || (t.clause && (i < 8 || len(toks) <= shortText) && toks[i-1].kind != tNumber)
		if !opens && !(i > 0 && !t.clause && scoreWords[toks[i-1].norm]) {
			continue
		}
		add("score", Survey, scoreWeight, i, i)
		break
	}
}

// scoreWords come before a score: "un 8", "nota 9", "a 10".
var scoreWords = map[string]bool{
	"un": true, "una": true, "um": true, "uma": true, "a": true, "an": true, "nota": true, "score": true,
	"rating": true, "puntuacion": true, "calificacion": true, "valoracion": true, "pontuacao": true,
	"avaliacao": true, "note": true,
}

// complaintIn reports whether a complaint cue lies in toks[from:to].
func complaintIn(ms []match, from, to int) bool {
	for _, m := range ms {
		if m.c.kind == cComplaint && !m.negated && m.from < to && m.to > from {
			return true
		}
	}
	return false
}

// countWords returns the number of words in toks.
func countWords(toks []token) int {
	n := 0
	for _, t := range toks {
		if t.kind == tWord {
			n++
		}
	}
	return n
}

// softmax turns logits into probabilities, in place.
func softmax(v *[numTypes]float64) {
	max := math.Inf(-1)
	for _, x := range v {
		if x > max {
			max = x
		}
	}
	var sum float64
	for i, x := range v {
		e := math.Exp(x - max)
		v[i] = e
		sum += e
	}
	for i := range v {
		v[i] /= sum
	}
}
