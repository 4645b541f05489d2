package classify

import (
	"context"
	"math"
	"strings"
	"sync"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/internal/subject"
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

// Weights of the signs that are not words, and of how the evidence is
// put together. They are general knowledge of how messages are written,
// like the tables.
const (
	otherBias       = 1.0 // Other wins when nothing else has evidence
	questionWeight  = 2.0 // a question: as strong a request as "could you"
	requestMore     = 0.5 // share of each further request or question, after the strongest
	requestCap      = 3.5 // the most that requests and questions add up to
	redressGate     = 2.0 // failure and dissatisfaction a demand for redress needs to count
	serviceGate     = 3.0 // the business's own formulas that make a message its reply
	shoutWeight     = 0.8 // two words in capitals or more, or "!!"
	scoreWeight     = 3.0 // a number from 0 to 10 standing alone: a score
	autoWeight      = 6.0 // automatic mail: how far Other leads the other types
	subjectFactor   = 1.0 // cues in the subject count as much as in the text
	quotedFactor    = 0.5 // cues in the subject of a reply or a forward, but for a survey
	foreignFactor   = 0.5 // cues of another language than the text's
	typoFactor      = 0.7 // a cue found through a typing error
	negatedFactor   = 0.8 // a negated satisfaction cue, as a complaint cue
	positiveToOther = 0.3 // share of a satisfaction cue that counts for Other
	shortText       = 30  // tokens; in a text this short a lone number anywhere is a score
)

// hit is one cue or sign found in the subject or the text, before the
// message's evidence is weighed.
type hit struct {
	cue        string
	kind       cueKind
	w          float64 // weight, with the factors of the field, a typo and the language
	field      Field
	start, end int   // byte offsets in the field
	sent       int32 // the sentence, numbered over the subject and the text
	negated    bool
	question   bool // a question mark
}

// evidence is what the cues of one message add up to.
type evidence struct {
	score    [numTypes]float64 // by Type
	pos, neg float64           // sentiment
	urgent   float64
	reasons  []Reason
}

// scratch is the memory analyse reads a message with: its tokens, the
// buffer their folded forms are strings over, the cues found and what is
// known of each sentence. Nothing of it outlives analyse, which puts it
// back in scratchPool when it has read its tokens.
type scratch struct {
	toks  []token
	fold  []byte
	hits  []hit
	ms    []match
	sents []sentence
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{toks: make([]token, 0, 256), hits: make([]hit, 0, 64), ms: make([]match, 0, 64),
		sents: make([]sentence, 0, 64)}
}}

// The largest scratch memory put back in scratchPool.
const (
	maxPooledFold      = 64 << 10
	maxPooledTokens    = maxTokens + 256
	maxPooledSentences = 1024
)

// analyse classifies a subject and text; msg, when not nil, gives the
// header for automatic mail and priority.
func (m *Model) analyse(subject, text string, msg *correspondence.Message) Result {
	lang, _ := detect(text, subject)
	var ev evidence
	sc := scratchPool.Get().(*scratch)
	if n := len(subject) + len(text); cap(sc.fold) < n+n/2+8 {
		sc.fold = foldBuffer(max(n, 1024))
	}
	stoks, folded := tokenizeBuf(sc.toks[:0], sc.fold[:0], subject)
	nsub := len(stoks)
	all, _ := tokenizeBuf(stoks, folded, text)
	stoks, toks := all[:nsub:nsub], all[nsub:]
	hits, nsent, ms := read(sc.hits[:0], 0, sc.ms[:0], stoks, InSubject, lang, quotedSubject(subject))
	hits, nsent, ms = read(hits, nsent, ms, toks, InText, lang, false)

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
	extra := 0
	if msg != nil {
		extra = 2 // automatic mail, priority
	}
	if m != nil && m.bayes != nil {
		extra += maxLearnedReasons
	}
	sc.sents = ev.weigh(hits, nsent, sc.sents, subject, text, extra)
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
	// The tokens are read: they and their folded forms are done with.
	if cap(sc.fold) <= maxPooledFold && cap(all) <= maxPooledTokens && cap(hits) <= maxTokens && cap(ms) <= maxTokens {
		sc.toks, sc.hits, sc.ms = all[:0], hits[:0], ms[:0]
		if cap(sc.sents) > maxPooledSentences {
			sc.sents = nil
		}
		scratchPool.Put(sc)
	}
	if res.Auto != nil {
		// A program wrote it: whatever its words, it is no complaint,
		// inquiry or survey reply.
		w := autoWeight + max(0, logits[Complaint]-logits[Other], logits[Inquiry]-logits[Other], logits[Survey]-logits[Other])
		logits[Other] += w
		ev.reasons = append(ev.reasons, Reason{Cue: "automatic mail (" + res.Auto.Kind.String() + ")", Type: Other,
			Weight: w, Field: InHeader, Text: res.Auto.Reason})
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
	sortReasons(ev.reasons)
	res.Reasons = ev.reasons
	return res
}

// sortReasons puts reasons in the order of Result.Reasons: by field, then
// by place, stably. They come nearly in order (the signs of a field after
// its words), which an insertion sort takes in one pass.
func sortReasons(rs []Reason) {
	for i := 1; i < len(rs); i++ {
		r := rs[i]
		key := fieldOrder[r.Field]<<40 | r.Start
		j := i
		for j > 0 && fieldOrder[rs[j-1].Field]<<40|rs[j-1].Start > key {
			j--
		}
		if j < i {
			copy(rs[j+1:i+1], rs[j:i])
			rs[j] = r
		}
	}
}

// fieldOrder is the order of Reasons: subject, text, header.
var fieldOrder = [numFields]int{InSubject: 0, InText: 1, InHeader: 2}

// priority returns the header field that marks a message urgent.
func priority(h correspondence.Header) (string, bool) {
	for _, f := range h {
		// Field names are ASCII (RFC 5322): of another length, another name.
		switch n := f.Name; {
		case len(n) == len("Importance") && strings.EqualFold(n, "Importance"):
			if strings.EqualFold(strings.TrimSpace(f.Value), "high") {
				return f.Name + ": " + f.Value, true
			}
		case len(n) == len("X-Priority") && strings.EqualFold(n, "X-Priority"):
			if v := strings.TrimSpace(f.Value); strings.HasPrefix(v, "1") || strings.HasPrefix(v, "2") {
				return f.Name + ": " + f.Value, true
			}
		case len(n) == len("Priority") && strings.EqualFold(n, "Priority"):
			if strings.EqualFold(strings.TrimSpace(f.Value), "urgent") {
				return f.Name + ": " + f.Value, true
			}
		}
	}
	return "", false
}

// quotedSubject reports whether s is the subject of a reply or a forward
// ("Re:", "RES:", "AW:", "Fwd:", "RV:"): what it says, another wrote.
// Survey cues in it still count, since answering a survey is what makes
// a survey reply.
func quotedSubject(s string) bool {
	if !strings.ContainsAny(s, ":：") {
		return false
	}
	if _, ok := subject.StripReply(s); ok {
		return true
	}
	n := subject.Normalize(s)
	return n != "" && !strings.HasSuffix(s, n)
}

// read appends the cues found in toks, the tokens of a field, to hits,
// and returns them with the sentences read so far; nsent is the number of
// sentences of the fields read before. quoted says the field is the
// subject of a reply or a forward.
//
// ms is room for the matches of the lexicon, returned for the next call.
func read(hits []hit, nsent int32, ms []match, toks []token, field Field, lang string, quoted bool) ([]hit, int32, []match) {
	if len(toks) == 0 {
		return hits, nsent, ms
	}
	lx := builtin()
	ms = lx.find(ms[:0], toks, lang)
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
		if quoted && c.kind != cSurvey {
			w *= quotedFactor
		}
		if mt.typo {
			w *= typoFactor
		}
		if lang != Undetermined && !mt.own {
			w *= foreignFactor
		}
		hits = append(hits, newHit(c.name, c.kind, w, field, toks, mt.from, mt.to-1, nsent))
		hits[len(hits)-1].negated = mt.negated
	}
	hits = signs(hits, nsent, toks, field)
	return hits, nsent + toks[len(toks)-1].sent + 1, ms
}

// newHit returns a hit over toks[i:j+1], the sentences before toks
// numbering nsent.
func newHit(cue string, kind cueKind, w float64, field Field, toks []token, i, j int, nsent int32) hit {
	return hit{cue: cue, kind: kind, w: w, field: field, start: int(toks[i].start), end: int(toks[j].end), sent: nsent + toks[i].sent}
}

// weigh puts the hits together into the scores, the sentiment and the
// urgency, and writes a Reason for each, with what it added.
//
//   - Dissatisfaction and failures count for a complaint. A demand for
//     redress counts too when the message tells of a failure or a
//     dissatisfaction ("Quiero que me devuelvan el dinero"); redress asked
//     about in a question ("¿cuánto me reembolsan?") only when they add up
//     to redressGate ("charged twice… Could you please refund the
//     duplicate?"). A sentence that demands redress asks nothing.
//   - Requests and questions count for an inquiry once per sentence, the
//     strongest sentence in full and each further one by requestMore, up
//     to requestCap, and not in a sentence that is dissatisfied ("¿Cómo es
//     posible que…?") or demands redress: a long, polite letter of
//     complaint does not become an inquiry by the number of its requests.
//   - Thanks, acknowledgements and the Other share of satisfaction count
//     only in a message that asks nothing: in one that asks, they are
//     politeness.
//   - In a message with serviceGate of the business's own formulas (an
//     apology in its name, thanks for writing, an action it took), the
//     failures, requests and redress are the customer's, told back: only
//     those formulas, greetings, marketing and survey cues count.
//
// extra is the number of reasons that will be added after these.
//
// sents is room for what is known of each sentence; weigh returns it for
// the next message.
func (ev *evidence) weigh(hits []hit, nsent int32, sents []sentence, subject, text string, extra int) []sentence {
	if n := int(nsent); n <= cap(sents) {
		sents = sents[:n]
		clear(sents)
	} else {
		sents = make([]sentence, n)
	}
	// A reply the business wrote tells of the customer's failures and
	// requests; they are not the writer's.
	var service float64
	for k := range hits {
		if h := &hits[k]; h.kind == cService && !h.negated {
			service += h.w
		}
	}
	reply := service >= serviceGate
	var grievance float64 // dissatisfaction and failures
	for k := range hits {
		h := &hits[k]
		switch h.kind {
		case cComplaint:
			if !h.negated {
				grievance += h.w
				if h.sent >= 0 {
					sents[h.sent].dissatisfied = true
				}
			}
		case cPositive:
			if h.negated {
				grievance += h.w * negatedFactor
				sents[h.sent].dissatisfied = true
			}
		case cFailure:
			if !h.negated {
				grievance += h.w
			}
		case cInquiry:
			if h.question {
				sents[h.sent].question = true
			}
		}
	}
	// Redress demanded after a failure ("Quiero que me devuelvan el
	// dinero") counts; redress asked about ("¿cuánto me reembolsan?")
	// only in a message of clear grievance.
	if grievance > 0 {
		for k := range hits {
			if h := &hits[k]; h.kind == cRedress && !h.negated {
				if st := &sents[h.sent]; grievance >= redressGate || !st.question {
					st.redress = true
				}
			}
		}
	}
	// The strongest request of each sentence that asks.
	for k := range hits {
		h := &hits[k]
		if h.kind != cInquiry || reply {
			continue
		}
		st := &sents[h.sent]
		if st.dissatisfied || st.redress {
			continue
		}
		if h.w > st.ask {
			st.ask, st.hit = h.w, int32(k)+1
		}
	}
	// Each sentence that asks, strongest first.
	var inquiry float64
	for {
		best := -1
		for i := range sents {
			if sents[i].hit > 0 && !sents[i].counted && (best < 0 || sents[i].ask > sents[best].ask) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		st := &sents[best]
		st.counted = true
		w := st.ask
		if inquiry > 0 {
			w *= requestMore
		}
		w = min(w, requestCap-inquiry)
		if w <= 0 {
			break
		}
		inquiry += w
		st.weight = w
	}

	if cap(ev.reasons) == 0 {
		ev.reasons = make([]Reason, 0, len(hits)+extra)
	}
	for k := range hits {
		h := &hits[k]
		r := Reason{Cue: h.cue, Type: typeOfKind[h.kind], Field: h.field, Negated: h.negated, Start: h.start, End: h.end}
		w := h.w
		if reply && typeOfKind[h.kind] != Survey && h.kind != cService && h.kind != cOther && h.kind != cUrgent {
			w = 0
		}
		switch h.kind {
		case cService:
			if !h.negated {
				r.Weight = w
			}
		case cComplaint, cFailure:
			if !h.negated {
				r.Weight, r.Sentiment = w, -w
			}
		case cRedress:
			if sents[h.sent].redress && !h.negated {
				r.Weight, r.Sentiment = w, -w
			}
		case cPositive:
			if h.negated {
				// "no estoy nada contento": a complaint.
				r.Type = Complaint
				r.Weight, r.Sentiment = w*negatedFactor, -w
				break
			}
			r.Sentiment = w
			if inquiry == 0 {
				r.Weight = w * positiveToOther
			}
		case cThanks:
			// In a message that asks, thanks are politeness.
			if h.negated || inquiry > 0 {
				break
			}
			r.Weight = w
		case cInquiry:
			if st := &sents[h.sent]; st.hit == int32(k)+1 {
				r.Weight = st.weight
			}
		case cUrgent:
			if h.negated {
				continue
			}
			r.Urgent = true
			ev.urgent += w
		case cOther:
			if h.negated {
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
		if h.field == InSubject {
			r.Text = subject[r.Start:r.End]
		} else {
			r.Text = text[r.Start:r.End]
		}
		ev.reasons = append(ev.reasons, r)
	}
	return sents
}

// sentence is what weigh knows of one sentence.
type sentence struct {
	ask          float64 // the weight of its strongest request
	weight       float64 // what that request adds to the inquiry
	hit          int32   // 1 + the index of that request among the hits; 0 for none
	dissatisfied bool    // it says or hints dissatisfaction
	redress      bool    // it demands redress, in a message of grievance
	question     bool    // it ends in a question mark
	counted      bool
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

// signs appends the cues that are not words to hits: questions,
// shouting, scores.
func signs(hits []hit, nsent int32, toks []token, field Field) []hit {
	caps, longCaps := 0, 0
	capsFirst, longFirst := -1, -1
	for i := range toks {
		t := &toks[i]
		switch {
		case t.kind == tSign && t.norm == "?":
			if i > 0 && (toks[i-1].norm == "?" || toks[i-1].norm == "!") && toks[i-1].kind == tSign {
				break // "??", "!?": one question
			}
			hits = append(hits, newHit("question mark", cInquiry, questionWeight, field, toks, i, i, nsent))
			hits[len(hits)-1].question = true
		case t.kind == tSign && t.norm == "!" && i > 0 && toks[i-1].norm == "!" && toks[i-1].end == t.start &&
			(i < 2 || toks[i-2].norm != "!"):
			if field == InText {
				hits = append(hits, newHit("exclamation marks", cComplaint, shoutWeight, field, toks, i-1, i, nsent))
				hits[len(hits)-1].sent = -1
			}
		case t.caps && t.kind == tWord:
			caps++
			if capsFirst < 0 {
				capsFirst = i
			}
			if len(t.norm) >= 5 {
				longCaps++
				if longFirst < 0 {
					longFirst = i
				}
			}
		}
	}
	// Shouting is the whole message's tone, not one sentence's. Short
	// words in capitals are mostly initialisms ("VAT", "NIF", "USD").
	if field == InText && caps >= 2 && caps*3 >= countWords(toks) {
		hits = append(hits, newHit("capitals", cComplaint, shoutWeight, field, toks, capsFirst, capsFirst, nsent))
		hits[len(hits)-1].sent = -1
	} else if field == InText && longCaps >= 3 {
		hits = append(hits, newHit("capitals", cComplaint, shoutWeight/2, field, toks, longFirst, longFirst, nsent))
		hits[len(hits)-1].sent = -1
	}
	if field != InText {
		return hits
	}
	// A number from 0 to 10 standing alone ("9", "10!", "8. Muy bien",
	// "Todo bien, un 8."): a score, when it opens the text or a short
	// text's clause, or follows an article or a word for a score.
	for i := range toks {
		t := &toks[i]
		if t.kind != tNumber || t.num < 0 || t.num > 10 {
			continue
		}
		if i+1 < len(toks) {
			n := &toks[i+1]
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
		hits = append(hits, newHit("score", cSurvey, scoreWeight, field, toks, i, i, nsent))
		break
	}
	return hits
}

// scoreWords come before a score: "un 8", "nota 9", "a 10".
var scoreWords = map[string]bool{
	"un": true, "una": true, "um": true, "uma": true, "a": true, "an": true, "nota": true, "score": true,
	"rating": true, "puntuacion": true, "calificacion": true, "valoracion": true, "pontuacao": true,
	"avaliacao": true, "note": true,
}

// countWords returns the number of words in toks.
func countWords(toks []token) int {
	n := 0
	for i := range toks {
		if toks[i].kind == tWord {
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
