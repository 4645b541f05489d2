package review

import "unicode/utf8"

func (r *run) clear() {
	d := r.draft
	for _, s := range d.sents {
		if n := len(d.wordsIn(s)); n > r.lim.SentenceWords {
			r.add(Clear, "sentence", Warning, Draft, s, "", msgSentence, n)
		}
	}
	for _, p := range d.paras {
		if n := len(d.wordsIn(p)); n > r.lim.ParagraphWords {
			r.add(Clear, "paragraph", Warning, Draft, p, "", msgParagraph, n)
		}
	}
	r.jargon()
	r.mainPoint()
}

// jargon reports each use of a host's term in the draft's own text.
func (r *run) jargon() {
	d := r.draft
	own := d.text[:d.own]
	for _, t := range r.c.Jargon {
		w := foldedWords(t.Word)
		if w == "" {
			continue
		}
		for i := 0; i < len(own); {
			if i == 0 || !isWordRuneAt(own, prevRune(own, i)) {
				if end, ok := matchFolded(own, i, w); ok {
					if t.Instead != "" {
						r.add(Clear, "jargon", Warning, Draft, span{i, end}, t.Instead, msgJargonInstead, own[i:end], t.Instead)
					} else {
						r.add(Clear, "jargon", Warning, Draft, span{i, end}, "", msgJargon, own[i:end])
					}
					i = end
					continue
				}
			}
			_, size := utf8.DecodeRuneInString(own[i:])
			i += size
		}
	}
}

// mainPoint reports a draft that answers the customer's first question
// only after its first paragraph (courtesies aside).
func (r *run) mainPoint() {
	if r.in.Acknowledgement {
		return
	}
	qs, as := r.answerQuestions()
	if len(as) == 0 || as[0].sent < 0 || as[0].placed {
		return
	}
	d := r.draft
	first := span{-1, -1}
	for _, p := range d.paras {
		if !r.courtesy(p) {
			first = p
			break
		}
	}
	s := d.sents[as[0].sent]
	if first.start < 0 || s.start <= first.end {
		return
	}
	// A first paragraph that says yes or no, or speaks of what the
	// question asks about, answers it in its own words even when a later
	// sentence repeats more of the question's.
	terms := questionTerms(words(nil, qs[0].Text, 0), as[0].kind)
	for _, sp := range d.sents {
		if sp.start < first.start || sp.end > first.end {
			continue
		}
		se := readSentence(d, sp)
		if se.ack || se.courtesy {
			continue
		}
		if se.yesNo || se.refusal {
			return
		}
		for _, t := range terms {
			if t.weight == 1 && se.has(t) {
				return
			}
		}
	}
	r.add(Clear, "main-point", Warning, Draft, s, "", msgMainPoint)
}

// courtesy reports whether a paragraph only thanks, apologizes or
// acknowledges.
func (r *run) courtesy(p span) bool {
	for _, s := range r.draft.sents {
		if s.start < p.start || s.end > p.end {
			continue
		}
		ws := r.draft.wordsIn(s)
		if _, ok := acknowledging.prefix(ws); ok {
			continue
		}
		if _, ok := courtesies.prefix(ws); ok {
			continue
		}
		return false
	}
	return true
}

// courtesies open a sentence that thanks, apologizes or hopes without
// saying anything about a question: such a sentence neither makes the
// main point nor answers a question by its place alone.
var courtesies = newPhrases([]string{
	"gracias", "muchas gracias", "mil gracias", "le agradecemos", "te agradecemos", "agradecemos", "lamentamos",
	"lamento", "sentimos", "siento", "disculpe", "disculpa", "disculpá", "perdone", "perdona", "perdón",
	"le pedimos disculpas", "te pedimos disculpas", "pedimos disculpas", "le ofrecemos una disculpa",
	"espero que", "esperamos que",
	"thank you", "thanks", "many thanks", "we're sorry", "we are sorry", "i'm sorry", "i am sorry", "sorry",
	"we apologize", "we apologise", "i apologize", "i apologise", "apologies", "our apologies", "i hope", "we hope",
	"obrigado", "obrigada", "muito obrigado", "muito obrigada", "agradecemos", "lamentamos", "sentimos muito",
	"pedimos desculpa", "pedimos desculpas", "desculpe", "peço desculpa", "perdão", "esperamos que", "espero que",
})
