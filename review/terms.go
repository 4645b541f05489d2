package review

import (
	"strings"
)

// term is a content word of a question: its concept, or its stem.
type term struct {
	norm    string
	concept int // index in concepts + 1, 0 when none
	number  bool
	weight  float64
}

// sentence is a sentence of the draft's body, read for answers.
type sentence struct {
	words    []word
	concepts []int
	ack      bool // acknowledges a question, or its subject, without answering it
	courtesy bool // thanks or apologizes first
	refusal  bool // says no to what was asked
	yesNo    bool // starts with a yes, a no, or a "you can"
	when     bool // holds a time or a date
	money    bool // holds an amount
	share    bool // holds a percentage
	reason   bool // gives a reason or apologizes
	stance   bool // says yes or no, can, must or only, or gives a figure
}

// Generic words weigh less: every reply about an order says "pedido".
const genericWeight = 0.4

// questionTerms returns the content words of a question that asks for
// an answer of kind k. A question about when, how much or why leaves out
// the words that ask it ("¿Cuánto tarda el cambio?" is about "cambio"):
// the answer gives a time, an amount or a reason, not those words; and
// so does a connector that opens it ("Por último, …"). ws are the
// question's words.
func questionTerms(ws []word, k kind) []term {
	var out []term
	var asking map[string]bool
	var cues *phrases
	switch k {
	case kindWhen:
		asking, cues = durationVerbs, &whenCues
	case kindHowMuch, kindPrice:
		asking, cues = priceVerbs, &howMuchCues
	case kindWhy:
		asking, cues = reasonAsks, &whyCues
	}
	for i := 0; i < min(len(ws), 2); i++ {
		// "Por último, …", "E outra coisa: …"
		if n, ok := leadingConnectors.at(ws, i); ok && (i == 0 || joiners[ws[0].norm]) {
			ws = ws[n:]
			break
		}
	}
	skip := 0 // words of a phrase that asks ("how long", "qué plazo")
	for i, w := range ws {
		if cues != nil && skip <= i {
			if n, ok := cues.at(ws, i); ok {
				skip = n
			}
		}
		n := w.norm
		if i < skip || stopwords[n] || len(n) < 3 && !isNumber(n) || asking[n] {
			continue
		}
		t := term{norm: n, concept: conceptOf(n), weight: 1}
		switch {
		case isNumber(n):
			if len(n) < 3 {
				continue // "2 unidades": the number alone says little
			}
			t.number = true
		case generic[n] || t.concept != 0 && genericConcept[t.concept]:
			t.weight = genericWeight
		}
		dup := false
		for _, o := range out {
			if o.concept != 0 && o.concept == t.concept || o.norm == t.norm {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, t)
		}
	}
	return out
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func readSentence(d *doc, s span) sentence {
	ws := d.wordsIn(s)
	se := sentence{words: ws, concepts: make([]int, len(ws))}
	text := d.text[s.start:s.end]
	for i, w := range ws {
		se.concepts[i] = conceptOf(w.norm)
		if timeWords[w.norm] || strings.Contains(w.norm, ":") || clockHour(w.norm) {
			se.when = true
		}
		if i+1 < len(ws) && isNumber(w.norm) && timeUnits[ws[i+1].norm] {
			se.when = true
		}
		if freeWords[w.norm] || currencies[w.norm] && (i > 0 && isNumber(ws[i-1].norm) || i+1 < len(ws) && isNumber(ws[i+1].norm)) {
			se.money = true
		}
		if _, ok := noCost.at(ws, i); ok {
			se.money = true
		}
		if reasonWords[w.norm] && !youAreRight(ws, i) {
			se.reason = true
		}
		if stanceWords[w.norm] || isNumber(w.norm) {
			se.stance = true
		}
	}
	if strings.ContainsAny(text, "€$£") {
		se.money = true
	}
	se.share = strings.Contains(text, "%")
	for i := 0; i+2 < len(text); i++ {
		// A clock time "10:00" or a date "3/12".
		if isDigitByte(text[i]) && (text[i+1] == ':' || text[i+1] == '/') && isDigitByte(text[i+2]) {
			se.when = true
			break
		}
	}
	if _, ok := acknowledging.prefix(ws); ok {
		se.ack = true
	}
	if _, ok := evasive.contains(ws); ok {
		se.ack = true
	}
	if _, ok := courtesies.prefix(ws); ok {
		se.courtesy = true
	}
	if _, ok := refusals.contains(ws); ok {
		se.refusal = true
	}
	yn := ws
	if len(yn) > 1 && joiners[yn[0].norm] {
		yn = yn[1:] // "Y sí, …", "And yes, …"
	}
	if _, ok := yesNo.prefix(yn); ok {
		se.yesNo = true
	} else if len(yn) > 0 && yn[0].norm == "si" {
		// "Sí, …" or "Sí puede…", not "Si desea…".
		w := text[yn[0].start-s.start : yn[0].end-s.start]
		se.yesNo = strings.Contains(w, "í") || strings.Contains(w, "Í") || strings.HasPrefix(text[yn[0].end-s.start:], ",")
	}
	if n := len(ws); n > 1 && trailingYes[ws[n-1].norm] && strings.Contains(text[ws[n-2].end-s.start:ws[n-1].start-s.start], ",") {
		// "Podem trazer o bolo, sim.", "Pueden traer la torta, sí."
		w := text[ws[n-1].start-s.start : ws[n-1].end-s.start]
		se.yesNo = se.yesNo || ws[n-1].norm != "si" || strings.Contains(w, "í") || strings.Contains(w, "Í")
	}
	se.stance = se.stance || se.yesNo || se.refusal || se.when || se.money || se.share
	return se
}

// stanceWords take a side on a yes-or-no question: a no, a yes, what can
// or must be done, what only is, what is needed, allowed or included.
// "Para embarazadas tenemos un masaje prenatal" says none of them, and
// does not answer "¿Puede hacer el circuito de aguas?" by its place.
var stanceWords = set(
	"no", "ni", "nunca", "ningun", "ninguna", "nada", "sin", "puede", "pueden", "podemos", "puedes", "podes",
	"podra", "podran", "podria", "podrian", "debe", "deben", "debes", "necesita", "necesitan", "necesitas",
	"necesario", "necesaria", "obligatorio", "obligatoria", "permite", "permitido", "permitida", "incluye",
	"incluido", "incluida", "solo", "unicamente", "exclusivamente", "falta", "claro",
	"not", "never", "none", "nothing", "without", "yes", "can", "can't", "cannot", "could", "may", "must",
	"need", "needs", "needed", "required", "requires", "allowed", "only", "included", "includes", "welcome",
	"don't", "doesn't", "isn't", "aren't", "won't", "sure",
	"nao", "nenhum", "nenhuma", "sem", "sim", "pode", "podem", "podes", "podera", "poderao", "poderia",
	"deve", "devem", "precisa", "precisam", "preciso", "necessario", "necessaria", "obrigatorio", "obrigatoria", "inclui",
	"so", "somente", "apenas",
)

// trailingYes say yes at the end of a sentence, after a comma.
var trailingYes = set("sim", "si", "yes", "claro")

// youAreRight reports whether ws[i], a "razón", is in "tiene (toda la)
// razón", which grants a point and gives no reason.
func youAreRight(ws []word, i int) bool {
	if n := ws[i].norm; n != "razon" && n != "razao" {
		return false
	}
	for k := max(i-3, 0); k < i; k++ {
		switch ws[k].norm {
		case "tiene", "tienes", "tenes", "tem", "toda":
			return true
		}
	}
	return false
}

// clockHour reports whether a folded word is an hour as Portuguese and
// Spanish write it: "17h", "8h30".
func clockHour(w string) bool {
	h, m, ok := strings.Cut(w, "h")
	return ok && h != "" && len(h) <= 2 && isNumber(h) && (m == "" || len(m) == 2 && isNumber(m))
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// has reports whether the sentence holds a word that matches t.
func (s *sentence) has(t term) bool {
	for i, w := range s.words {
		if t.concept != 0 {
			if s.concepts[i] == t.concept {
				return true
			}
			continue
		}
		if sameStem(t.norm, w.norm) {
			return true
		}
	}
	return false
}

// fits reports whether the sentence has the kind of answer k asks for.
func (s *sentence) fits(k kind) bool {
	switch k {
	case kindWhen:
		return s.when
	case kindHowMuch:
		return s.money || s.share
	case kindPrice:
		return s.money
	case kindYesNo:
		return s.yesNo
	case kindWhy:
		return s.reason
	}
	return false
}

// sameStem reports whether two folded words share a stem: equal, or a
// common start of four letters or more that is most of the shorter one
// ("factura", "facturación"; "envío", "enviamos").
func sameStem(a, b string) bool {
	if a == b {
		return true
	}
	if isNumber(a) || isNumber(b) {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if rest, ok := strings.CutPrefix(b, a); ok && (rest == "s" || rest == "es") {
		return true // "dog", "dogs"
	}
	if len(a) < 4 {
		return false
	}
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	if n == 4 && !(inflections[a[n:]] && inflections[b[n:]]) {
		// A stem of four letters is only shared by the word's own
		// forms: "read" and "ready", "weeks" and "weekends" are apart.
		return false
	}
	short := min(len(a), len(b))
	return n >= 4 && n*5 >= short*3
}

// inflections end a stem of four letters in its word's forms: "book",
// "booked", "booking"; "envío", "enviamos"; "pede", "pedem".
var inflections = set("", "s", "es", "ed", "d", "ing", "er", "ers", "r", "n", "ns", "m", "do", "da", "dos", "das",
	"mos", "ndo", "ria", "ra", "ram", "ron", "ba", "ban", "ste",
	"o", "a", "os", "as", "e", "ar", "ir", "amos", "emos", "imos", "an", "en", "am", "em", "ado", "ada", "ados",
	"adas", "ido", "ida", "idos", "idas", "ando", "iendo", "endo", "indo", "aron", "ieron", "ou", "aram", "eram",
	"iram", "ciones", "cion", "cao", "coes")

// conceptOf returns the concept of a folded word, 0 when it has none.
func conceptOf(w string) int {
	if len(w) < 3 {
		return 0
	}
	for _, c := range conceptIndex[w[:3]] {
		if strings.HasPrefix(w, c.stem) && (!c.exact || w == c.stem) {
			return c.concept
		}
	}
	return 0
}
