package review

import (
	"slices"
	"strings"

	"github.com/cartero/cartero/classify"
	"github.com/cartero/cartero/internal/sentences"
)

// How a draft is found to address a question. The question's content
// words (terms) are looked for in each sentence of the draft's body and
// the one after it: folded, matched by their stem, and by concept, so
// that "devolución" meets "reembolso" and "delivery" meets "llegará".
// A question about when needs a time in the answer, one about how much
// an amount; a yes-or-no question that no sentence matches in words is
// answered by a sentence that starts with yes or no in its place among
// the answers.

// answer is where the draft addresses a question.
type answer struct {
	sent     int     // the sentence of the draft's body, -1 when not addressed
	coverage float64 // share of the question's terms found there
	placed   bool    // found by its place among the answers, not its words
	// borrowed is whether the time, amount or reason is only in the
	// sentence after the one with the question's words.
	borrowed bool

	// Evidence below the thresholds, for the final judgement.
	best    float64 // the highest coverage of any sentence, with the one after it
	bestOwn float64 // the highest share of the terms found in one sentence
	global  float64 // share of the terms found anywhere in the body
	noTerms bool    // the question has no content words
	focus   float64 // share of its own terms, not the message's subject, found anywhere
	terms   int     // how many terms it has
	// end is whether the answer holds the question's last own term,
	// where a question puts what it asks about ("¿Tienen transporte a
	// la colonia Del Valle?"); true when it has none.
	end bool

	kind kind // of answer the question asks for
	// afterthought is whether the question opens with a word that adds
	// it to the ones before ("Also", "Y").
	afterthought bool
	// amount is whether the question asks for an amount outright.
	amount bool
	ownAt  int // the sentence that holds most of its terms, -1 if none
	// nextHolds is whether the sentence after ownAt holds some of them.
	nextHolds bool
	// inclusion is whether it asks whether something is included, free
	// or charged apart ("¿El desayuno está incluido?").
	inclusion bool
	missing   bool // judged not addressed
}

// Thresholds of coverage.
const (
	coverAnswer = 0.5  // of the terms: the sentence addresses the question
	coverTyped  = 0.34 // enough when the sentence also has the kind of answer asked for
	coverAlone  = 0.75 // enough without the kind of answer
	minOwnWords = 2.0  // weight of terms in one sentence that answers a question however long
)

// kind is the kind of answer a question asks for.
type kind uint8

const (
	kindOpen kind = iota
	kindWhen
	kindHowMuch
	kindYesNo
	kindWhy
	// kindPrice asks how much something costs: a share ("el 30 %")
	// answers how much of a deposit, not what a thing costs.
	kindPrice
)

// howMuch reports whether a question of kind k asks how much.
func howMuch(k kind) bool { return k == kindHowMuch || k == kindPrice }

var (
	whenCues = newPhrases([]string{
		"cuándo", "cuando", "para cuándo", "hasta cuándo", "qué día", "que dia", "qué fecha", "a qué hora",
		"cuánto tarda", "cuánto tardan", "cuánto tiempo", "en cuánto tiempo", "qué plazo", "plazo",
		"when", "what day", "what date", "what time", "how long", "how soon", "by when", "which day",
		"quando", "que dia", "qual dia", "qual a data", "que horas", "a que horas", "quanto tempo",
		"em quanto tempo", "prazo", "até quando", "qual o prazo", "em que data",
	})
	howMuchCues = newPhrases([]string{
		"cuánto cuesta", "cuánto cuestan", "cuánto vale", "cuánto valen", "cuánto es", "cuánto me", "cuánto cobran",
		"qué precio", "precio", "cuál es el precio", "cuánto sale", "cuánto costaría", "coste", "costo", "cuesta", "cuestan",
		"how much", "what's the price", "what is the price", "what does it cost", "price", "cost", "costs", "fee",
		"what do you charge", "what would you charge", "what will you charge", "what does it come to",
		"quanto custa", "quanto custam", "quanto fica", "quanto é", "qual o valor", "qual é o valor", "qual o preço",
		"preço", "valor", "custo", "custa", "custam", "quanto sai", "quanto saem", "quanto sairia", "quanto ficaria",
		"quanto cobram", "quanto cobra", "quanto me", "cuánto salen", "cuánto saldría", "cuánto cobra", "qto custa",
		"qto sai", "qto fica", "qto é",
	})
	// priceNouns name what a price is for; a question about one asks how
	// much, but the noun is its subject ("¿Cuánto es la cuota?").
	priceNouns = newPhrases([]string{
		"tarifa", "tarifas", "cuota", "cuotas", "mensualidad", "mensalidade", "anualidad", "anuidade", "taxa",
		"taxas", "comisión", "comisiones", "comissão", "comissões", "fees", "charges", "tariff", "rate",
	})
	whyCues = newPhrases([]string{
		"por qué", "qué pasó", "qué ha pasado", "qué ocurrió", "qué sucedió", "a qué se debe",
		"cómo es posible", "why", "what happened", "what actually happened", "what exactly happened", "how come", "how is it possible", "how is that acceptable",
		"how is this acceptable", "porque é que", "o que aconteceu", "o que houve", "o que se passou",
		"como é possível", "qual o motivo", "qual foi o motivo", "explicación", "explicaciones", "explanation",
		"explain", "explicação", "explicações", "explicar", "con qué fundamento", "en base a qué", "on what basis",
		"on what grounds", "com que fundamento", "com base em quê",
	})
	openCues = newPhrases([]string{
		"cómo", "como", "qué", "que", "cuál", "cual", "cuáles", "dónde", "donde", "por qué", "quién", "a quién",
		"how", "what", "which", "where", "why", "who", "whom",
		"qual", "quais", "onde", "porque", "por que", "quem", "o que",
	})
	yesNo = newPhrases([]string{
		"no", "claro", "por supuesto", "desde luego", "efectivamente", "lamentablemente",
		"desafortunadamente", "afortunadamente", "correcto", "exacto", "así es", "no es posible", "es posible",
		"sin problema", "todavía no", "aún no", "perfectamente",
		"yes", "sure", "of course", "absolutely", "unfortunately", "certainly", "indeed", "correct",
		"that's right", "it is possible", "it's possible", "not yet", "definitely", "happily",
		"sim", "não", "claro", "com certeza", "infelizmente", "certamente", "é possível", "ainda não",
		"felizmente", "exatamente", "perfeitamente", "sem problema",
	})
	// refusals say no to a request, which addresses it as much as a yes.
	refusals = newPhrases([]string{
		"no podemos", "no es posible", "no nos es posible", "no puedo", "no se puede", "no corresponde",
		"no procede", "lamentablemente", "desafortunadamente", "no está cubierto", "no cubre", "no cubrimos",
		"we can't", "we cannot", "we can not", "we're unable", "we are unable", "i can't", "i cannot", "i'm unable",
		"not eligible", "not possible", "isn't possible", "unfortunately", "not covered", "isn't covered",
		"we don't cover", "we do not cover",
		"não podemos", "não é possível", "não posso", "infelizmente", "não está coberto", "não cobre", "não dá",
		"não cobrimos", "no es reembolsable", "no son reembolsables", "non-refundable", "not refundable",
		"não é reembolsável", "não são reembolsáveis",
	})
	// acknowledging sentences say that a question was received, not
	// what its answer is.
	acknowledging = newPhrases([]string{
		"gracias por su consulta", "gracias por tu consulta", "gracias por su pregunta", "gracias por tu pregunta",
		"gracias por escribirnos", "gracias por contactar", "gracias por ponerse", "gracias por ponerte",
		"hemos recibido", "recibimos su", "recibimos tu", "entendemos que", "entiendo que", "nos pregunta",
		"me pregunta", "nos preguntas", "nos consulta", "nos consultas", "sobre su consulta", "sobre tu consulta",
		"en cuanto a su consulta", "en relación con su consulta", "entendemos lo", "entiendo lo", "comprendemos que",
		"comprendemos lo", "hemos tomado nota de que", "tomamos nota de que", "vemos que", "veo que",
		"we note that", "i see that", "we see that", "i can see that", "we can see that", "we appreciate that", "i appreciate that",
		"tomámos nota de que", "vejo que", "notamos que", "compreendemos que",
		"thanks for your question", "thank you for your question", "thanks for reaching out", "thank you for reaching out",
		"thanks for getting in touch", "thank you for getting in touch", "thank you for contacting", "thanks for contacting",
		"we received", "we have received", "we've received", "i understand", "we understand", "you asked", "you're asking",
		"you are asking", "regarding your question", "as for your question",
		"obrigado pelo contato", "obrigada pelo contato", "obrigado pelo contacto", "obrigada pelo contacto",
		"agradecemos o seu contato", "agradecemos seu contato", "agradecemos o seu contacto", "recebemos",
		"entendemos que", "entendo que", "você pergunta", "sua pergunta", "a sua pergunta", "quanto à sua pergunta",
	})
	// evasive sentences name what was asked about and say only that it
	// matters, is often asked, or depends: "A quilometragem é um ponto
	// importante", "The light can come on for a number of reasons".
	evasive = newPhrases([]string{
		"es un punto importante", "es un tema importante", "es una cuestión importante", "es una pregunta frecuente",
		"es una duda frecuente", "es una consulta frecuente", "es una pregunta habitual", "es una duda habitual",
		"es una duda común", "es una pregunta común", "depende de varios factores", "depende de muchos factores",
		"depende de diversos factores", "por varios motivos", "por diversos motivos", "un papel muy importante",
		"an important point", "an important topic", "an important question", "an important consideration",
		"a common question", "a frequent question", "a good question", "a great question",
		"depends on several factors", "depends on a number of factors", "depends on many factors",
		"for a number of reasons", "for several reasons", "for various reasons", "walk you through the paperwork",
		"é um ponto importante", "é um tema importante", "é uma questão importante", "é uma dúvida comum",
		"é uma dúvida frequente", "é uma pergunta frequente", "é uma pergunta comum", "depende de vários fatores",
		"depende de muitos fatores", "depende de diversos fatores", "por vários motivos", "por diversos motivos",
		"um papel muito importante", "um papel importante",
	})
)

// typed reports whether a question of kind k needs a time or an amount.
func typed(k kind) bool { return k == kindWhen || howMuch(k) }

// bareWhen are the words that ask when by themselves, and also join
// clauses.
var bareWhen = set("cuando", "when", "quando")

// questionKind returns the kind of answer q asks for; ws are its words.
func questionKind(q classify.Question, ws []word) kind {
	for len(ws) > 0 && isNumber(ws[0].norm) {
		ws = ws[1:] // a list item's number
	}
	sp, ok := priceCue(ws, &howMuchCues)
	if !ok {
		sp, ok = priceCue(ws, &priceNouns)
	}
	if _, open := openCues.prefix(ws); ok && open && includes(ws) && !amountAsked(ws) {
		// "¿Qué incluye la cuota?", "What does the fee cover?" ask what
		// the fee is for.
		ok = false
	}
	if ok {
		// "¿Por qué me subió la cuota?" asks why, not how much.
		if why, ok := whyCues.contains(ws); !ok || why.start > sp.start {
			if priced(ws) {
				return kindPrice
			}
			return kindHowMuch
		}
		return kindWhy
	}
	for i := range ws {
		// "When is it coming?", not "Can the crew take it away when
		// they come?": a bare "when" asks only near the start.
		if n, ok := whenCues.at(ws, i); ok && (n-i > 1 || i < 4 || !bareWhen[ws[i].norm]) {
			return kindWhen
		}
	}
	if _, ok := whyCues.contains(ws); ok {
		return kindWhy
	}
	if q.Request {
		return kindOpen
	}
	if _, ok := openCues.prefix(ws); ok {
		return kindOpen
	}
	if q.Cue == "?" || whetherCues[q.Cue] || asksWhether(ws) {
		return kindYesNo
	}
	return kindOpen
}

// whetherCues are the folded cues of questions without a question mark
// that ask a yes or no: "is the deposit refundable if we change the
// date", "es posible cambiar la fecha". One that holds a "si", "se", "if"
// or "whether" asks it too (asksWhether).
var whetherCues = set("can", "could", "will", "would", "is", "are", "was", "were", "should", "shall", "am", "has",
	"have", "did", "do", "does", "do you", "is there", "is it possible", "es posible", "se puede", "e possivel",
	"hay alguna forma", "existe alguma forma")

// professional reports the questions and requests of the customer's new
// text that the draft does not address.
func (r *run) professional() {
	if r.in.Acknowledgement || len(r.draft.words) == 0 {
		return
	}
	qs, as := r.answerQuestions()
	for i, q := range qs {
		if !as[i].missing {
			continue
		}
		m := msgUnanswered
		if q.Request {
			m = msgUnansweredRequest
		}
		r.add(Professional, "unanswered", Error, Customer, span{q.Start, q.End}, "", m)
	}
}

// answerQuestions finds the customer's questions and where the draft
// answers each; it is computed once for the checks that need it.
func (r *run) answerQuestions() ([]classify.Question, []answer) {
	if r.answered {
		return r.questions, r.answers
	}
	r.answered = true
	if r.customer == "" {
		return nil, nil
	}
	r.questions = classify.Questions(r.customer)
	r.answers = make([]answer, len(r.questions))
	if len(r.questions) == 0 {
		return r.questions, r.answers
	}
	d := r.draft
	sents := make([]sentence, len(d.sents))
	for i, s := range d.sents {
		sents[i] = readSentence(d, s)
	}
	kinds := make([]kind, len(r.questions))
	used := make([]bool, len(sents))
	context := r.customerSentences()
	for i, q := range r.questions {
		qws := words(nil, q.Text, 0)
		kinds[i] = questionKind(q, qws)
		terms := questionTerms(qws, kinds[i])
		for j := range terms {
			for _, c := range context {
				if (c.end <= q.Start || c.start >= q.End) && c.has(terms[j]) {
					terms[j].weight *= contextWeight
					break
				}
			}
		}
		hits := matchTerms(terms, sents)
		r.answers[i] = bestAnswer(terms, kinds[i], sents, hits)
		r.answers[i].best, r.answers[i].bestOwn, r.answers[i].global, r.answers[i].ownAt = evidence(terms, hits)
		r.answers[i].noTerms = len(terms) == 0
		r.answers[i].kind = kinds[i]
		r.answers[i].terms = len(terms)
		r.answers[i].focus = focus(terms, hits)
		r.answers[i].end = endHeld(terms, hits, r.answers[i])
		r.answers[i].afterthought = len(qws) > 0 && afterthoughts[qws[0].norm]
		r.answers[i].amount = howMuch(kinds[i]) && amountAsked(qws)
		r.answers[i].nextHolds = r.answers[i].ownAt >= 0 && r.answers[i].ownAt+1 < len(hits) &&
			slices.Contains(hits[r.answers[i].ownAt+1], true)
		r.answers[i].inclusion = (kinds[i] == kindYesNo || howMuch(kinds[i]) && !r.answers[i].amount ||
			kinds[i] == kindOpen && !q.Request && asksWhether(qws)) && inclusionAsked(qws)
	}
	for i := range r.answers {
		// A time or amount lent by the next sentence belongs to the
		// question that sentence answers by its own words: "La cuota se
		// ajusta según la edad. La franquicia es de $350.000" does not
		// say how much the fee rises.
		a := &r.answers[i]
		if !a.borrowed {
			continue
		}
		for j, o := range r.answers {
			if j != i && o.sent == a.sent+1 {
				a.sent, a.coverage, a.borrowed = -1, 0, false
				break
			}
		}
	}
	for i := range r.answers {
		if a := &r.answers[i]; a.sent >= 0 {
			used[a.sent] = true
		}
	}
	// Questions that no sentence matches in words: a yes or no, a time or
	// an amount in an unused sentence, between the answers of the
	// questions before and after, answers them in its place.
	for i := range r.questions {
		if r.answers[i].sent >= 0 || kinds[i] == kindOpen || wordsWithout(r.answers[i]) {
			continue
		}
		lo, hi := 0, len(sents)
		for j := i - 1; j >= 0; j-- {
			if a := r.answers[j]; a.sent >= 0 {
				lo = a.sent + 1
				break
			}
		}
		for j := i + 1; j < len(r.questions); j++ {
			if a := r.answers[j]; a.sent >= 0 && !a.placed {
				hi = a.sent
				break
			}
		}
		for k := lo; k < hi; k++ {
			if used[k] || sents[k].ack || sents[k].courtesy {
				continue
			}
			if sents[k].fits(kinds[i]) {
				r.answers[i].sent, r.answers[i].placed = k, true
				used[k] = true
				break
			}
		}
	}
	r.placeInParagraphs(sents, used)
	w := answerWeights()
	for i := range r.questions {
		x := r.features(i, sents)
		z := 0.0
		for j := range x {
			z += w[j] * x[j]
		}
		a := &r.answers[i]
		// None of the question's words in the draft, not even the
		// message's subject, and no answer by its place; or no time or
		// amount for a question only about one; or no amount anywhere,
		// nor a no, for a question that asks how much; or nothing about
		// price or inclusion where a question about whether something is
		// included is answered: not addressed, whatever else is said.
		a.missing = z > answerThreshold || a.sent < 0 && (a.focus == 0 && a.global == 0 && !a.noTerms || a.noTerms && typed(a.kind)) ||
			a.amount && !anyFits(a.kind, sents) && !anyRefusal(sents) ||
			a.inclusion && !settled(*a, sents) ||
			unstated(*a, sents)
		if a.missing {
			qws := words(nil, r.questions[i].Text, 0)
			// "¿Qué van a hacer al respecto?" is answered by what the
			// business does, whatever its words; "Si no se puede, ¿me
			// devuelven el dinero?" asks only if the question before it
			// is turned down.
			if whatWillYouDo(qws) && anyCommitment(r.draft, sents) ||
				i > 0 && fallback(qws) && !r.answers[i-1].missing && r.answers[i-1].sent >= 0 && !anyRefusal(sents) {
				a.missing = false
			}
		}
		for _, v := range r.in.Verdicts {
			if v.Start == r.questions[i].Start && v.End == r.questions[i].End {
				// The host's judgement stands; a sentence it says does
				// not answer is no answer for main-point either.
				a.missing = !v.Addressed
				if a.missing {
					a.sent = -1
				}
				break
			}
		}
	}
	return r.questions, r.answers
}

// placeInParagraphs answers the questions still unanswered with the
// paragraphs no answer uses, in order: a paragraph of its own between the
// answers of the questions before and after answers a question in other
// words ("How waterproof is it?" — "The fly is rated at 3,000 mm").
func (r *run) placeInParagraphs(sents []sentence, used []bool) {
	d := r.draft
	para := make([]int, len(d.sents)) // the paragraph of each sentence
	for i, s := range d.sents {
		para[i] = -1
		for j, p := range d.paras {
			if s.start >= p.start && s.start < p.end {
				para[i] = j
				break
			}
		}
	}
	taken := make([]bool, len(d.paras))
	for i, u := range used {
		if u && para[i] >= 0 {
			taken[para[i]] = true
		}
	}
	for i := range r.questions {
		if r.answers[i].sent >= 0 || wordsWithout(r.answers[i]) {
			continue
		}
		lo, hi := 0, -1
		for j := i - 1; j >= 0; j-- {
			if a := r.answers[j]; a.sent >= 0 && para[a.sent] >= 0 {
				lo = para[a.sent] + 1
				break
			}
		}
		for j := i + 1; j < len(r.questions); j++ {
			if a := r.answers[j]; a.sent >= 0 && !a.placed && para[a.sent] >= 0 {
				hi = para[a.sent]
				break
			}
		}
	search:
		for p := lo; p < hi; p++ {
			if taken[p] {
				continue
			}
			for k := range sents {
				// A question about when or how much needs the time or
				// the amount there, a yes-or-no question a sentence
				// that takes a side.
				kd := r.answers[i].kind
				if para[k] == p && !sents[k].ack && !sents[k].courtesy && (!typed(kd) || sents[k].fits(kd)) && (kd != kindYesNo || sents[k].stance) {
					r.answers[i].sent, r.answers[i].placed = k, true
					taken[p] = true
					break search
				}
			}
		}
	}
}

// wordsWithout reports whether a question about when or how much has
// its words in one sentence of the draft, and no time or amount there or
// after it: "El reembolso se hace a la misma tarjeta" does not say how
// long it takes, and a time elsewhere does not answer it by its place.
func wordsWithout(a answer) bool {
	return typed(a.kind) && a.sent < 0 && a.bestOwn >= coverAnswer
}

// unstated reports whether a question that asks when, or asks for an
// amount outright, has its words in one sentence of the draft and its
// answer nowhere near: no time or amount there, none just before, none
// just after in a sentence that goes on about the question's subject,
// and, for an amount, no other sentence that names a price, such as one
// to come ("I'll email you the exact price by 6pm").
func unstated(a answer, sents []sentence) bool {
	at := a.ownAt
	if !wordsWithout(a) || a.kind != kindWhen && !a.amount || at < 0 {
		return false
	}
	if sents[at].fits(a.kind) || at > 0 && sents[at-1].fits(a.kind) || a.nextHolds && sents[at+1].fits(a.kind) {
		return false
	}
	if howMuch(a.kind) {
		for i, s := range sents {
			if i != at && slices.Contains(s.concepts, priceConcept) {
				return false
			}
		}
	}
	return true
}

// contextWeight scales the weight of a question's term that the customer
// also uses elsewhere: the subject of the whole message ("the tent",
// "la cuenta") says less about whether this question is answered than
// its own words ("Saturday mornings").
const contextWeight = 0.5

// spanSentence is a sentence of the customer's text.
type spanSentence struct {
	sentence
	start, end int
}

// customerSentences reads the customer's text into sentences.
func (r *run) customerSentences() []spanSentence {
	var out []spanSentence
	for _, sp := range sentences.Split(r.customer) {
		ws := words(nil, r.customer[sp.Start:sp.End], sp.Start)
		s := spanSentence{sentence: sentence{words: ws, concepts: make([]int, len(ws))}, start: sp.Start, end: sp.End}
		for i, w := range ws {
			s.concepts[i] = conceptOf(w.norm)
		}
		out = append(out, s)
	}
	return out
}

// Features of a question's answer, read by the judgement of whether it
// is answered.
const (
	featBias = iota
	featWords
	featPlaced
	featBest
	featBestOwn
	featGlobal
	featRequest
	featYesNo
	featWhenHowMuch
	featWhy
	featLast
	featQuestions
	featRoom
	featRefusal
	featComplaint
	featNoTerms
	featAfterthought
	featFits
	featOrder
	featFocus
	featTerms
	featUnfit
	featEnd
	nFeatures
)

// afterthoughts are the first words of a question added to others ("Also,
// …", "Y otra cosa…", "Ah, …"): the one a draft forgets most.
var afterthoughts = set("also", "and", "plus", "finally", "oh", "one", "y", "e", "ademas", "tambien", "ah",
	"otra", "por", "alem", "tambem", "outra", "mais", "aprovecho", "aproveito", "btw")

// answerThreshold is the score of a question's features above which it
// is judged not addressed: chosen by cross-validation on the sets the
// weights are fit on, for precision and recall alike. Of two thresholds
// that score about the same, the one that misses fewer questions is
// kept: a question left unanswered costs the customer more than a false
// alarm costs the agent.
const answerThreshold = -0.1

// features describes question i and what the draft has for it.
func (r *run) features(i int, sents []sentence) [nFeatures]float64 {
	var x [nFeatures]float64
	q, a := r.questions[i], r.answers[i]
	b := func(ok bool) float64 {
		if ok {
			return 1
		}
		return 0
	}
	k := a.kind
	x[featBias] = 1
	x[featWords] = b(a.sent >= 0 && !a.placed)
	x[featPlaced] = b(a.placed)
	x[featBest] = a.best
	x[featBestOwn] = a.bestOwn
	x[featGlobal] = a.global
	x[featRequest] = b(q.Request)
	x[featYesNo] = b(k == kindYesNo)
	x[featWhenHowMuch] = b(typed(k))
	x[featWhy] = b(k == kindWhy)
	x[featLast] = b(i == len(r.questions)-1 && i > 0)
	x[featQuestions] = min(float64(len(r.questions))/5, 1)
	x[featRoom] = min(float64(len(sents))/float64(2*len(r.questions)), 1)
	x[featRefusal] = b(anyRefusal(sents))
	x[featComplaint] = b(r.complaint())
	x[featNoTerms] = b(a.noTerms)
	x[featAfterthought] = b(a.afterthought)
	if a.sent >= 0 {
		x[featFits] = b(k != kindOpen && sents[a.sent].fits(k) || sents[a.sent].refusal && q.Request)
		in := true
		for j := i - 1; j >= 0; j-- {
			if p := r.answers[j]; p.sent >= 0 {
				in = p.sent <= a.sent
				break
			}
		}
		x[featOrder] = b(in)
	}
	x[featFocus] = a.focus
	x[featEnd] = b(a.sent >= 0 && !a.placed && a.end)
	x[featTerms] = min(float64(a.terms)/6, 1)
	if typed(k) && !anyFits(k, sents) {
		// A question about when or how much, and no time or amount in
		// the draft.
		x[featUnfit] = 1
	}
	return x
}

// anyFits reports whether a sentence of the draft, not one that only
// acknowledges, holds the kind of answer k.
func anyFits(k kind, sents []sentence) bool {
	for _, s := range sents {
		if !s.ack && s.fits(k) {
			return true
		}
	}
	return false
}

// anyRefusal reports whether a sentence of the draft says no.
func anyRefusal(sents []sentence) bool {
	for _, s := range sents {
		if s.refusal {
			return true
		}
	}
	return false
}

// askAmount are the words that, just before a price's word, ask for the
// amount itself: "¿Cuánto cuesta?", "¿Cuál sería el costo?", "What's the
// fee?", "Qual o valor?".
var askAmount = set("cuanto", "cuanta", "cuantos", "cuantas", "quanto", "quanta", "quantos", "quantas", "what",
	"what's", "que", "cual", "qual")

// whatWords ask what, and how much only before a price.
var whatWords = set("what", "what's", "que", "cual", "qual")

// regardingPT follow "quanto" when it means "as for": "quanto ao preço".
var regardingPT = set("a", "ao", "aos", "as")

// amountAsked reports whether a question asks for an amount outright,
// not whether something costs anything ("¿Tiene algún costo?", "Is it
// included in the price?"), which a yes or no answers.
func amountAsked(ws []word) bool {
	for i := range ws {
		n := ws[i].norm
		if n == "how" && i+1 < len(ws) && ws[i+1].norm == "much" {
			return true
		}
		if !askAmount[n] || i > 0 && ws[i-1].norm == "en" {
			continue // "en cuanto al precio" is about the price
		}
		if i+1 < len(ws) && (n == "quanto" || n == "quanta") && regardingPT[ws[i+1].norm] {
			continue // "quanto ao preço" too
		}
		if whatWords[n] && includes(ws[i+1:]) {
			continue // "What does the fee cover?" asks what, not how much
		}
		for j := i; j <= i+3 && j < len(ws); j++ {
			if _, ok := howMuchCues.at(ws, j); ok {
				return true
			}
			if _, ok := priceNouns.at(ws, j); ok {
				return true
			}
		}
	}
	return false
}

// matchTerms returns, for each sentence of the draft's body, which of a
// question's terms it holds: hits[sentence][term].
func matchTerms(terms []term, sents []sentence) [][]bool {
	hits := make([][]bool, len(sents))
	flat := make([]bool, len(sents)*len(terms))
	for i := range sents {
		hits[i] = flat[i*len(terms) : (i+1)*len(terms)]
		if sents[i].ack {
			continue
		}
		for j, t := range terms {
			hits[i][j] = sents[i].has(t)
		}
	}
	return hits
}

// focus returns the share of a question's own terms, those of full
// weight, that the draft's body holds; 1 when it has none.
func focus(terms []term, hits [][]bool) float64 {
	n, seen := 0, 0
	for j, t := range terms {
		if t.weight < 1 {
			continue
		}
		n++
		for i := range hits {
			if hits[i][j] {
				seen++
				break
			}
		}
	}
	if n == 0 {
		return 1
	}
	return float64(seen) / float64(n)
}

// endHeld reports whether the sentence that answers a question, or the
// one after it, holds the question's last own term: not one of the
// message's subject, nor a generic word.
func endHeld(terms []term, hits [][]bool, a answer) bool {
	if a.sent < 0 {
		return false
	}
	for j := len(terms) - 1; j >= 0; j-- {
		if terms[j].weight < 1 {
			continue
		}
		return hits[a.sent][j] || a.sent+1 < len(hits) && hits[a.sent+1][j]
	}
	return true
}

// evidence measures how much of a question's terms the draft holds: in
// the best sentence with the one after it, in the best sentence alone, and
// anywhere in the body; ownAt is the sentence that holds most of them by
// itself, -1 when none holds any.
func evidence(terms []term, hits [][]bool) (best, own, global float64, ownAt int) {
	ownAt = -1
	total := 0.0
	for _, t := range terms {
		total += t.weight
	}
	if total == 0 {
		return 0, 0, 0, ownAt
	}
	seen := 0.0
	for j, t := range terms {
		for i := range hits {
			if hits[i][j] {
				seen += t.weight
				break
			}
		}
	}
	for i := range hits {
		got, mine := 0.0, 0.0
		for j, t := range terms {
			if hits[i][j] {
				got += t.weight
				mine += t.weight
			} else if i+1 < len(hits) && hits[i+1][j] {
				got += t.weight
			}
		}
		if mine/total > own {
			ownAt = i
		}
		best, own = max(best, got/total), max(own, mine/total)
	}
	return best, own, seen / total, ownAt
}

// bestAnswer returns the sentence (with the one after it) of the draft
// that best addresses a question with these terms.
func bestAnswer(terms []term, k kind, sents []sentence, hits [][]bool) answer {
	if len(terms) == 0 {
		// Nothing to look for ("¿Me pueden ayudar?"): any answer will do,
		// but "¿Cuánto tarda?" needs a time and "I'd like an explanation"
		// a reason.
		for i := range sents {
			if !typed(k) && k != kindWhy || !sents[i].ack && sents[i].fits(k) {
				return answer{sent: i, coverage: 1}
			}
		}
		return answer{sent: -1}
	}
	total := 0.0
	for _, t := range terms {
		total += t.weight
	}
	best, bestOwn, bestItself := answer{sent: -1}, 0.0, false
	for i := range sents {
		if sents[i].ack {
			continue
		}
		got, own := 0.0, 0.0
		for j, t := range terms {
			if hits[i][j] {
				got += t.weight
				own += t.weight
			} else if i+1 < len(sents) && !sents[i+1].ack && !sents[i+1].courtesy && hits[i+1][j] {
				got += t.weight
			}
		}
		if sents[i].courtesy && (own < minOwnWords || !sents[i].refusal && (k == kindYesNo || !sents[i].fits(k))) {
			// A thank-you, an apology or a hope that repeats the
			// question's words does not answer it ("We hope to welcome
			// you back" posts nothing back), unless it says no, or gives
			// the time, amount or reason asked for.
			continue
		}
		cov := got / total
		ok, borrowed := false, false
		switch k {
		case kindWhen, kindHowMuch, kindPrice, kindWhy:
			// The time, amount or reason is in the sentence with the
			// question's words or the one after it, not the one before
			// ("Mañana le abonamos el importe. Le enviaremos una tarjeta
			// nueva." does not say when the card arrives).
			fit := own > 0 && (sents[i].fits(k) || i+1 < len(sents) && sents[i+1].fits(k))
			// When is answered by a time, how much by an amount (or "free").
			ok = cov >= coverAlone && (!typed(k) || fit) || cov >= coverTyped && fit
			borrowed = !sents[i].fits(k) && (typed(k) || cov < coverAlone)
		default:
			// Half the question's words, or two of its words in one
			// sentence of a long question.
			ok = cov >= coverAnswer || own >= minOwnWords && cov >= coverTyped
		}
		// The sentence that holds most of the words itself wins a tie
		// with the one before it, which reaches them through it; then
		// the one that holds the kind of answer itself.
		itself := k != kindOpen && sents[i].fits(k)
		if ok && (cov > best.coverage || cov == best.coverage && (own > bestOwn || own == bestOwn && itself && !bestItself)) {
			best, bestOwn, bestItself = answer{sent: i, coverage: cov, borrowed: borrowed}, own, itself
		}
	}
	return best
}

// inclusionCues ask whether something is included, free or charged
// apart; a question that holds one is answered by a price, a "free", an
// "included", a yes or a no, not by what the thing is like.
var inclusionCues = newPhrases([]string{
	"incluido", "incluida", "incluidos", "incluidas", "incluye", "incluyen", "aparte", "por separado",
	"se cobra", "se cobran", "cobran", "cobrado", "cobrada", "gratis", "gratuito", "gratuita", "costo extra",
	"cargo extra", "costo adicional", "cargo adicional",
	"included", "include", "includes", "separately", "extra", "is there a charge", "charge for", "charge me",
	"incluído", "incluída", "incluídos", "incluídas", "inclusa", "inclusas", "inclusos", "inclui", "incluem",
	"à parte", "a parte", "cobram", "cobra", "grátis", "custo extra", "custo adicional",
})

// notPrice are the words before "free" that make it "without" something
// other than a price: "cruelty free", "gluten free".
var notPrice = set("cruelty", "gluten", "sugar", "lactose", "dairy", "nut", "peanut", "fat", "alcohol", "smoke",
	"scent", "fragrance", "hands", "plastic", "allergen", "feel", "toll", "duty", "tax")

// inclusionAsked reports whether a question asks whether something is
// included, free or charged apart: "Is the retreatment free or are you
// going to charge me again?", "¿Incluyen el equipo o hay que alquilarlo
// aparte?", "A piscina está incluída ou é cobrada à parte?".
func inclusionAsked(ws []word) bool {
	for i := range ws {
		if ws[i].norm == "free" && (i == 0 || !notPrice[ws[i-1].norm]) {
			return true
		}
		if _, ok := inclusionCues.at(ws, i); ok {
			return true
		}
	}
	return false
}

// including reports whether a folded word says what something includes
// or covers.
func including(w string) bool {
	return strings.HasPrefix(w, "inclu") || strings.HasPrefix(w, "cover") || coverVerbs[w]
}

// includes reports whether a question asks what something includes or
// covers.
func includes(ws []word) bool {
	for _, w := range ws {
		if including(w.norm) {
			return true
		}
	}
	return false
}

// whether are the words that ask a yes or no inside a sentence:
// "Quería saber si hay clase de prueba gratis".
var whether = set("si", "se", "if", "whether")

// asksWhether reports whether a question without a question mark asks
// a yes or no: "quisiera saber si…", "I'd like to know if…".
func asksWhether(ws []word) bool {
	for _, w := range ws {
		if whether[w.norm] {
			return true
		}
	}
	return false
}

// coverVerbs say that something is covered by a price, a plan or a
// policy.
var coverVerbs = set("cubre", "cubren", "cubierto", "cubierta", "cubiertos", "cubiertas", "cobre", "cobrem",
	"coberto", "coberta", "cobertos", "cobertas")

// extraWords say that something is charged on top.
var extraWords = set("supplement", "supplements", "surcharge", "suplemento", "suplementos", "recargo", "recargos",
	"sobretaxa", "acrescimo", "adicional", "additional")

// settles reports whether a sentence can answer whether something is
// included or free: it names an amount, a price, a charge or what is
// included, or says yes or no.
func settles(s sentence) bool {
	if s.money || s.share || s.yesNo || s.refusal {
		return true
	}
	if _, ok := inclusionCues.contains(s.words); ok {
		return true
	}
	for i, w := range s.words {
		if c := s.concepts[i]; c == priceConcept || c == chargeConcept || including(w.norm) || extraWords[w.norm] {
			return true
		}
	}
	return false
}

// settled reports whether the sentence that answers a question about
// whether something is included settles it; with no answer, the
// sentence that holds the question's own words stands for it: "Our
// retreatments are scheduled the same way as regular visits" does not
// say whether the retreatment is free.
func settled(a answer, sents []sentence) bool {
	switch {
	case a.sent >= 0:
		return settles(sents[a.sent])
	case a.ownAt >= 0:
		return settles(sents[a.ownAt])
	}
	return true
}

// whatYouDo are the phrases that ask what the business will do about
// what happened, which any commitment answers.
var whatYouDo = newPhrases([]string{
	"qué van a hacer", "qué vais a hacer", "qué piensan hacer", "qué pensáis hacer", "van a hacer algo",
	"cómo lo van a resolver", "cómo la van a resolver", "cómo lo van a solucionar", "cómo van a resolver",
	"cómo van a solucionar", "cómo lo van a arreglar",
	"o que vão fazer", "o que vocês vão fazer", "o que vcs vão fazer", "o que pretendem fazer", "vão fazer alguma coisa",
	"como vão resolver", "como vai resolver", "como vão resolver isso",
	"what you're going to do", "what you are going to do", "what are you going to do", "what will you do",
	"what you intend to do", "what do you intend to do", "what you plan to do", "what do you plan to do",
	"how will you fix", "how are you going to fix", "how will you resolve", "how will you make this right",
	"how are you going to make this right", "qué medidas van a tomar", "qué medidas piensan tomar",
	"que providência vão tomar", "que providência vocês vão tomar", "que providências vão tomar",
	"que providências vocês vão tomar", "que medidas vão tomar", "what steps will you take",
	"what steps are you going to take", "what action will you take", "what are you doing about",
})

// whatWillYouDo reports whether a question, in words ws, asks what the
// business will do about what happened.
func whatWillYouDo(ws []word) bool {
	_, ok := whatYouDo.contains(ws)
	return ok
}

// anyCommitment reports whether a sentence of the draft, not one that
// only acknowledges or thanks, commits the business to an action or
// reports one done: a verb in the future or a present that promises
// ("le reponemos", "vamos a", "we'll"), as a promised time needs.
func anyCommitment(d *doc, sents []sentence) bool {
	for _, s := range sents {
		if s.ack || s.courtesy {
			continue
		}
		for k := range s.words {
			if promising(d.text, s.words, k) {
				return true
			}
		}
	}
	return false
}

// fallbacks open a question asked in case the one before it is turned
// down: "Si no se puede, …", "If not, …", "Caso não seja possível, …".
var fallbacks = newPhrases([]string{
	"si no", "de lo contrario", "en caso contrario", "caso contrario", "si eso no", "if not", "if that's not",
	"if that is not", "if you can't", "if you cannot", "if it can't", "if it cannot", "otherwise", "failing that",
	"se não", "caso não", "caso contrário", "senão", "se isso não",
})

// notFallbacks open with the words of a fallback but only hedge: "Si no
// me equivoco", "se não for pedir muito".
var notFallbacks = newPhrases([]string{
	"si no me equivoco", "si no es molestia", "si no es mucha molestia", "se não me engano", "se não for incómodo",
	"se não for incômodo", "se não for pedir muito", "si no es mucho pedir",
})

// fallback reports whether a question, in words ws, is asked in case the
// one before it is turned down.
func fallback(ws []word) bool {
	if len(ws) > 1 && joiners[ws[0].norm] {
		ws = ws[1:]
	}
	if _, ok := notFallbacks.prefix(ws); ok {
		return false
	}
	_, ok := fallbacks.prefix(ws)
	return ok
}

// priceCue returns the span of the first phrase of cues in ws that asks
// about a price: not one said to be none or the same ("sin costo", "sem
// qualquer custo", "at no cost", "al mismo precio", "the same price").
func priceCue(ws []word, cues *phrases) (span, bool) {
	for i := range ws {
		if n, ok := cues.at(ws, i); ok && (i == 0 || !unpriced[ws[i-1].norm]) {
			return span{ws[i].start, ws[n-1].end}, true
		}
	}
	return span{}, false
}

// unpriced are the words before a price's word that say it is none, or
// the one already paid.
var unpriced = set("sin", "sem", "no", "without", "ningun", "ninguna", "nenhum", "nenhuma", "qualquer", "mismo",
	"misma", "mesmo", "mesma", "same")

// priced reports whether a question that asks how much names a price
// ("¿Cuánto cuesta…?", "What's the fee?", "Qual o valor?"), not only how
// much ("¿De cuánto es la seña?", "How much can I overpay?").
func priced(ws []word) bool {
	for _, w := range ws {
		switch w.norm {
		case "cuanto", "cuanta", "quanto", "quanta":
			continue
		}
		if conceptOf(w.norm) == priceConcept {
			return true
		}
	}
	return false
}
