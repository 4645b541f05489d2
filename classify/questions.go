package classify

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cartero/cartero/internal/fold"
	"github.com/cartero/cartero/internal/sentences"
)

// Question is one question or request a customer makes in their text:
// something a reply must address.
type Question struct {
	// Start and End are byte offsets of the question in the text given
	// to Questions; Text is text[Start:End].
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Request is true for a request for an action ("envíenme la
	// factura", "could you cancel it") rather than for information.
	Request bool `json:"request,omitempty"`
	// Cue is what gave it away, folded: "?", "quisiera saber", "could
	// you".
	Cue string `json:"cue"`
}

// maxQuestionText bounds the text Questions reads: the start of a very
// long message holds what the customer asks.
const maxQuestionText = 64 << 10

// Questions finds the questions and requests in text, the new text of a
// customer's message (correspondence.Split.New), in Spanish, English and
// Portuguese, in order. A question is a sentence that ends in "?" (from
// its "¿" in Spanish, so "Hola, ¿me ayudan?" gives "¿me ayudan?") or one
// that asks without a question mark: "quisiera saber si…", "necesito la
// factura", "could you…", "please send…", "gostaria de saber…",
// "preciso que…", or one that starts with an interrogative word ("cuándo
// llega el pedido"), with an auxiliary before its subject ("Will the rent
// be reduced.") or with an "and whether" ("Y si se puede pagar con
// tarjeta"). Requests are those that ask for an action.
// Sentences are split at ".", "!", "?", "…" and blank lines; a single
// line break ends a sentence only after a colon, or before a list item,
// so hard-wrapped plain text reads as the customer wrote it. Greetings
// and thanks ("¿Qué tal?", "Thanks in advance") are not questions, nor
// is a sentence ending in a colon that introduces questions after it.
func Questions(text string) []Question {
	if len(text) > maxQuestionText {
		text = text[:maxQuestionText]
		for len(text) > 0 && !utf8.ValidString(text[len(text)-1:]) && !utf8.RuneStart(text[len(text)-1]) {
			text = text[:len(text)-1]
		}
	}
	var out []Question
	for _, s := range sentences.Split(text) {
		q, ok := question(text, s.Start, s.End)
		if !ok {
			continue
		}
		if n := len(out); n > 0 && introduces(out[n-1]) {
			// "Quisiera saber:" is answered by what the questions after it
			// ask.
			out = out[:n-1]
		}
		out = append(out, q)
	}
	return out
}

// introduces reports whether a question ends in a colon: "Quisiera
// saber:", "A few things I need to know:" introduce the questions that
// follow and ask nothing of their own.
func introduces(q Question) bool {
	return strings.HasSuffix(strings.TrimSpace(q.Text), ":")
}

// askCue is a phrase that makes a sentence a question or request.
type askCue struct {
	phrase  string // folded, at a word boundary
	start   bool   // only at the start of the sentence
	request bool
}

// askCues are the phrases of every language, the most specific first
// within each, so that the one that names the question is found first.
var askCues = []askCue{
	// Spanish.
	{phrase: "quisiera saber"}, {phrase: "queria saber"}, {phrase: "me gustaria saber"}, {phrase: "necesito saber"},
	{phrase: "quiero saber"}, {phrase: "desearia saber"}, {phrase: "agradeceria saber"}, {phrase: "para preguntar"},
	{phrase: "quisiera preguntar"}, {phrase: "queria preguntar"}, {phrase: "quiero preguntar"},
	{phrase: "me podrian", request: true}, {phrase: "me pueden", request: true}, {phrase: "me podria", request: true},
	{phrase: "me puede", request: true}, {phrase: "podrian", request: true}, {phrase: "podria", request: true},
	{phrase: "pueden", start: true, request: true}, {phrase: "puede", start: true, request: true},
	{phrase: "necesito que", request: true}, {phrase: "necesitamos que", request: true}, {phrase: "necesito", request: true},
	{phrase: "necesitamos", request: true}, {phrase: "les pido", request: true}, {phrase: "le pido", request: true},
	{phrase: "te pido", request: true}, {phrase: "solicito", request: true}, {phrase: "quisiera", request: true},
	{phrase: "me gustaria", request: true}, {phrase: "agradeceria", request: true}, {phrase: "les agradeceria", request: true},
	{phrase: "favor de", request: true}, {phrase: "indiquenme", request: true}, {phrase: "diganme", request: true},
	{phrase: "envienme", request: true}, {phrase: "confirmenme", request: true}, {phrase: "me confirman", request: true},
	{phrase: "me indican", request: true}, {phrase: "me envian", request: true}, {phrase: "me dicen", request: true},
	{phrase: "quiero cancelar", request: true}, {phrase: "quiero cambiar", request: true}, {phrase: "quiero que", request: true},
	{phrase: "quiero tambien", request: true}, {phrase: "exijo", request: true}, {phrase: "exigo", request: true},
	{phrase: "exigimos", request: true}, {phrase: "reclamo", request: true}, {phrase: "reclamamos", request: true},
	{phrase: "quiero el", request: true}, {phrase: "quiero la", request: true}, {phrase: "quiero mi", request: true},
	{phrase: "quiero un", request: true}, {phrase: "quiero una", request: true}, {phrase: "quisiera tambien", request: true},
	{phrase: "como puedo", start: true}, {phrase: "como hago", start: true}, {phrase: "cuando", start: true},
	{phrase: "donde", start: true}, {phrase: "cuanto", start: true}, {phrase: "cuanta", start: true},
	{phrase: "cuantos", start: true}, {phrase: "cuantas", start: true}, {phrase: "por que", start: true},
	{phrase: "que", start: true}, {phrase: "cual", start: true}, {phrase: "cuales", start: true},
	{phrase: "hay alguna forma", start: true}, {phrase: "es posible", start: true}, {phrase: "se puede", start: true},
	{phrase: "me interesa saber"}, {phrase: "nos interesa saber"}, {phrase: "me interesaria saber"}, {phrase: "no se si"},
	{phrase: "nos gustaria", request: true}, {phrase: "podriais", request: true}, {phrase: "podeis", start: true, request: true},
	// English.
	{phrase: "i would like to know"}, {phrase: "i'd like to know"}, {phrase: "i want to know"}, {phrase: "i need to know"},
	{phrase: "i was wondering"}, {phrase: "i am wondering"}, {phrase: "i'm wondering"}, {phrase: "wondering if"},
	{phrase: "let me know", request: true}, {phrase: "could you", request: true}, {phrase: "can you", request: true},
	{phrase: "would you", request: true}, {phrase: "will you", request: true}, {phrase: "please", request: true},
	{phrase: "kindly", request: true}, {phrase: "i need", request: true}, {phrase: "we need", request: true},
	{phrase: "i would like", request: true}, {phrase: "i'd like", request: true}, {phrase: "i want to", request: true},
	{phrase: "i request", request: true}, {phrase: "i also want", request: true}, {phrase: "i also need", request: true},
	{phrase: "i'd also like", request: true}, {phrase: "i would also like", request: true},
	{phrase: "we would like", request: true}, {phrase: "we'd like", request: true}, {phrase: "we'd also like", request: true},
	{phrase: "i want my", request: true}, {phrase: "i expect", request: true},
	{phrase: "i'd need", request: true}, {phrase: "we'd need", request: true}, {phrase: "i'd also need", request: true},
	{phrase: "we'd also need", request: true}, {phrase: "i would need", request: true}, {phrase: "we would need", request: true},
	{phrase: "be grateful if", request: true}, {phrase: "who", start: true}, {phrase: "i don't know if"},
	{phrase: "i don't know whether"}, {phrase: "not sure if"}, {phrase: "not sure whether"},
	{phrase: "wants to know if"}, {phrase: "wants to know whether"}, {phrase: "would like to know if"},
	{phrase: "i want a", request: true}, {phrase: "i want an", request: true}, {phrase: "i demand", request: true},
	{phrase: "send me", start: true, request: true}, {phrase: "tell me", start: true, request: true}, {phrase: "i'd appreciate", request: true}, {phrase: "i would appreciate", request: true},
	{phrase: "how do i", start: true}, {phrase: "how can i", start: true}, {phrase: "how", start: true},
	{phrase: "what", start: true}, {phrase: "when", start: true}, {phrase: "where", start: true},
	{phrase: "why", start: true}, {phrase: "which", start: true}, {phrase: "is it possible", start: true},
	{phrase: "is there", start: true}, {phrase: "do you", start: true}, {phrase: "does", start: true},
	// Portuguese.
	{phrase: "gostaria de saber"}, {phrase: "gostava de saber"}, {phrase: "queria saber"}, {phrase: "preciso saber"}, {phrase: "quero saber"},
	{phrase: "poderiam", request: true}, {phrase: "poderia", request: true}, {phrase: "podem", start: true, request: true},
	{phrase: "pode", start: true, request: true}, {phrase: "preciso que", request: true}, {phrase: "preciso", request: true},
	{phrase: "precisamos", request: true}, {phrase: "solicito", request: true}, {phrase: "gostaria", request: true},
	{phrase: "agradeco se", request: true}, {phrase: "agradecia", request: true}, {phrase: "por favor", request: true},
	{phrase: "me informem", request: true}, {phrase: "me digam", request: true}, {phrase: "me enviem", request: true},
	{phrase: "quero cancelar", request: true}, {phrase: "quero trocar", request: true}, {phrase: "quero que", request: true},
	{phrase: "quero tambem", request: true}, {phrase: "exijo", request: true}, {phrase: "gostava", request: true},
	{phrase: "exigimos", request: true}, {phrase: "reclamo", request: true}, {phrase: "quero o", request: true},
	{phrase: "quero a", request: true}, {phrase: "quero um", request: true}, {phrase: "quero uma", request: true},
	{phrase: "quero meu", request: true}, {phrase: "quero minha", request: true}, {phrase: "quero o meu", request: true},
	{phrase: "quero a minha", request: true}, {phrase: "me interessa saber"}, {phrase: "nao sei se"}, {phrase: "gostariamos", request: true},
	{phrase: "como faco", start: true}, {phrase: "como posso", start: true}, {phrase: "quando", start: true},
	{phrase: "onde", start: true}, {phrase: "quanto", start: true}, {phrase: "quanta", start: true},
	{phrase: "quantos", start: true}, {phrase: "quantas", start: true}, {phrase: "precisava que", request: true},
	{phrase: "precisava de saber"}, {phrase: "precisava saber"},
	{phrase: "qual", start: true}, {phrase: "quais", start: true}, {phrase: "porque e que", start: true},
	{phrase: "por que", start: true}, {phrase: "e possivel", start: true}, {phrase: "existe alguma forma", start: true},
}

// courtesies are folded sentence starts that look like questions or
// requests in short sentences but only greet or thank: "¿Qué tal?",
// "Gracias por todo".
var courtesies = []string{
	"que tal", "como estan", "como esta", "como estas", "how are you", "how are things", "tudo bem", "como vai",
	"como andas", "como andan", "como te va", "como le va", "how's it going", "how have you been", "tudo bom",
	"td bem", "tudo certo", "beleza", "blz", "como vao", "como estao",
	"gracias", "muchas gracias", "thanks", "thank you", "obrigad", "muito obrigad",
	"un saludo", "saludos", "regards", "best", "cumprimentos", "atenciosamente",
	"que tengan", "que tenga", "have a", "tenham um", "que dios", "que deus", "que onda", "que hubo", "quiubo",
}

// notAsking are folded sentence starts that never ask anything a reply
// must address, however long the sentence: covering notes and hopes.
var notAsking = []string{
	"please find attached", "please see attached", "attached please find", "adjunto", "les adjunto", "le adjunto",
	"segue em anexo", "em anexo segue", "envio em anexo", "i hope", "hope you", "espero que esten", "espero que este",
	"quedo atent", "quedo a la espera", "quedamos a la espera", "fico no aguardo", "aguardo", "i look forward",
	"looking forward",
}

// connectors are folded words that join a question to the one before
// it ("Y otra cosa, ¿…", "Also how do I…"); a question's interrogative
// word comes after them.
var connectors = []string{
	"y tambien", "y ademas", "y otra cosa", "otra cosa", "ademas", "tambien", "y", "ah", "pero", "entonces",
	"por ultimo", "and also", "also", "and", "finally", "plus", "but", "so", "one more thing", "oh",
	"e tambem", "alem disso", "tambem", "e", "mas", "entao", "por fim", "outra coisa",
}

// question reports whether text[start:end] is a question or request.
func question(text string, start, end int) (Question, bool) {
	s := text[start:end]
	folded := fold.String(s)
	body := strings.TrimLeft(folded, "¿¡-*•–0123456789.) \t")
	for _, g := range []string{"hola", "hi", "hello", "hey", "ola", "oi", "buenas", "buenos dias", "bom dia", "boa tarde",
		"boa noite", "good morning", "good afternoon", "e ai", "que onda"} {
		// "Hola, ¿qué tal?" greets as much as "¿Qué tal?", and so
		// do "Olá Marta, tudo bem?" and "E aí, beleza?".
		if rest, ok := strings.CutPrefix(body, g); ok && rest != "" && (rest[0] == ',' || rest[0] == ' ') {
			if name, after, ok := strings.Cut(rest, ","); ok && len(strings.Fields(name)) <= 3 {
				rest = after
			}
			body = strings.TrimLeft(rest, ", ¿¡")
			break
		}
	}
	for _, n := range courtesies {
		if strings.HasPrefix(body, n) && len(body) < len(n)+40 {
			return Question{}, false
		}
	}
	for _, n := range notAsking {
		if strings.HasPrefix(body, n) {
			return Question{}, false
		}
	}
	if strings.HasSuffix(strings.TrimRight(s, "\"')»” "), "?") {
		q := Question{Start: start, End: end, Text: s, Cue: "?"}
		if !strings.Contains(s, "¿") {
			// A request phrased as a question is both: note the cue.
			if c, ok := findCue(body); ok && c.request {
				q.Request, q.Cue = true, c.phrase
			}
		}
		return q, true
	}
	if c, ok := findCue(body); ok {
		return Question{Start: start, End: end, Text: s, Request: c.request, Cue: c.phrase}, true
	}
	return Question{}, false
}

// findCue returns the first cue in body, a folded sentence, that is not
// negated ("no necesito", "don't need").
func findCue(body string) (askCue, bool) {
	// The sentence, and where it starts after up to two connectors ("Ah,
	// y si…") and a pronoun of address ("E vocês podem…").
	openings := []string{body}
	opening := strings.TrimLeft(body, ", ")
	for range 2 {
		cut := false
		for _, c := range connectors {
			if rest, ok := strings.CutPrefix(opening, c); ok && boundary(rest, 0) {
				opening = strings.TrimLeft(rest, ",:¿ ")
				openings = append(openings, opening)
				cut = true
				break
			}
		}
		if !cut {
			break
		}
	}
	for _, y := range addressed {
		if rest, ok := strings.CutPrefix(opening, y); ok && boundary(rest, 0) {
			openings = append(openings, strings.TrimLeft(rest, ", "))
			break
		}
	}
	for _, c := range askCues {
		if c.start {
			for _, b := range openings {
				if strings.HasPrefix(b, c.phrase) && boundary(b, len(c.phrase)) && !clause(c, b[len(c.phrase):]) {
					return c, true
				}
			}
			continue
		}
		for from := 0; from < len(body); {
			i := strings.Index(body[from:], c.phrase)
			if i < 0 {
				break
			}
			i += from
			if (i == 0 || !isWordByte(body[i-1])) && boundary(body, i+len(c.phrase)) && !negated(c, body[:i]) && !stated(c, body[:i], body[i+len(c.phrase):]) {
				return c, true
			}
			from = i + len(c.phrase)
		}
	}
	if c, ok := trailing(body); ok {
		return c, true
	}
	return unmarked(opening, len(openings) > 1 && opening != body)
}

// trailingCues ask how much, or why, at the start of the last clause of
// a sentence, after a comma: "quiero un tatuaje de 10 cm, cuánto me
// costaría más o menos", "I was charged twice, why".
var trailingCues = []string{"cuanto", "cuanta", "cuantos", "cuantas", "quanto", "quanta", "quantos", "quantas",
	"how much", "how many", "how long", "por que", "porque e que", "why"}

// notAsked are the words after a trailing cue that make it no question:
// "cuanto antes", "o quanto antes", "quanto ao prazo", "how long ago".
var notAsked = []string{"antes", "mas", "mais", "menos", "a", "al", "ao", "aos", "as", "before", "ago", "sooner",
	"possible", "more", "less"}

// trailing returns the cue of a question asked by the last clause of a
// sentence, after its last comma.
func trailing(body string) (askCue, bool) {
	i := strings.LastIndex(body, ",")
	if i < 0 {
		return askCue{}, false
	}
	clause := strings.TrimSpace(body[i+1:])
	if strings.HasSuffix(clause, "!") {
		return askCue{}, false // "…, cuánto descaso!"
	}
	for _, c := range trailingCues {
		rest, ok := strings.CutPrefix(clause, c)
		if !ok || !boundary(clause, len(c)) {
			continue
		}
		next, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
		next = strings.TrimRight(next, ".,;:")
		if next == "" || slices.Contains(notAsked, next) {
			return askCue{}, false
		}
		return askCue{phrase: c, start: true}, true
	}
	return askCue{}, false
}

// addressed are the pronouns that name the business before the verb
// that asks: "E vocês podem me dar um cupom", "Ustedes pueden…".
var addressed = []string{"voces", "vcs", "vc", "voce", "ustedes", "vosotros", "you guys"}

// auxiliaries open an English question by inverting with its subject:
// "Will the rent be reduced", "Is our voucher still valid".
var auxiliaries = []string{"can", "could", "will", "would", "is", "are", "was", "were", "should", "shall", "am",
	"has", "have", "did", "do"}

// subjects follow an auxiliary that opens a question.
var subjects = []string{"i", "we", "you", "they", "it", "he", "she", "there", "the", "my", "our", "your", "this",
	"that", "these", "those", "a", "an", "any", "someone", "anyone", "somebody", "anybody", "everything"}

// reasonsAfter start the clause that gives a reason after a comma, not
// the main clause of a condition: "Y si tienen aparcamiento cerca, que
// voy con muletas".
var reasonsAfter = []string{"que ", "porque", "para ", "pues", "ya que", "because", "since", "as ", "pois", "ja que",
	"por ", "for "}

// unmarked returns the cue of a question that has neither a question
// mark nor a phrase that asks, from how it opens: an auxiliary before
// its subject ("Will it pass the check, they're strict."), a "whether",
// or an "if" that hangs on a question before it ("Y si se puede agregar
// a mi contadora", "And if I can access the unit on weekends"), or a
// want followed by what is wanted done ("E quero ver a peça velha").
// joined is whether the opening came after a connector ("y", "also",
// "e"), which an "if", "si" or "se" needs: without one it opens a
// condition or is a pronoun. A condition with its main clause after a
// comma is no question either.
func unmarked(opening string, joined bool) (askCue, bool) {
	first, rest, _ := strings.Cut(opening, " ")
	second, _, _ := strings.Cut(rest, " ")
	second = strings.TrimRight(second, ",.;:!")
	for _, a := range auxiliaries {
		if first != a {
			continue
		}
		if slices.Contains(subjects, second) || (a == "do" || a == "did") && second != "" && second != "not" && second != "let" {
			return askCue{phrase: a, start: true}, true
		}
	}
	switch first {
	case "if", "whether", "si", "se":
		if first != "whether" && !joined || strings.HasSuffix(strings.TrimSpace(rest), ":") {
			break // "If there is anything left then…", "Se me rompió", "So, if it does this:"
		}
		comma := strings.Index(rest, ",")
		if comma < 0 {
			return askCue{phrase: first, start: true}, true
		}
		after := strings.TrimLeft(rest[comma+1:], " ")
		for _, r := range reasonsAfter {
			if strings.HasPrefix(after, r) {
				return askCue{phrase: first, start: true}, true
			}
		}
	case "quiero", "quero", "queremos", "quisiera", "queria":
		if len(second) >= 3 && (strings.HasSuffix(second, "ar") || strings.HasSuffix(second, "er") || strings.HasSuffix(second, "ir")) {
			return askCue{phrase: first, start: true, request: true}, true
		}
	}
	return askCue{}, false
}

// clause reports whether a sentence that starts with "when" tells when
// something happened rather than asks it: "When we arrived we were told
// …", "Cuando llegué, …".
func clause(c askCue, rest string) bool {
	switch c.phrase {
	case "when", "cuando", "quando":
	default:
		return false
	}
	if strings.Contains(rest, ",") {
		return true
	}
	rest = strings.TrimLeft(rest, " ")
	for _, p := range []string{"i ", "we ", "they ", "he ", "she ", "my ", "our ", "it ", "i'", "we'", "they'"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

func boundary(s string, i int) bool { return i >= len(s) || !isWordByte(s[i]) }

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'' || c >= 0x80
}

// stated reports whether a cue of need is a statement of what the
// customer needs something for, or of what they were told, rather than
// a request: "lo necesito para el lunes", "I need it for my expenses",
// "me dijeron que necesito un implante", "preciso dele até sexta"; and
// whether a "reclamo" is the noun or a statement ("hice un reclamo", "la
// tercera vez que reclamo") rather than "I claim".
func stated(c askCue, before, after string) bool {
	before = " " + strings.TrimRight(before, " ")
	switch c.phrase {
	case "necesito", "necesitamos", "i need", "we need", "preciso", "precisamos":
	case "reclamo":
		for _, p := range []string{" un", " el", " mi", " su", " del", " al", " este", " ese", " otro", " o", " meu", " seu", " do", " no", " num", " que", " lo"} {
			if strings.HasSuffix(before, p) {
				return true
			}
		}
		return false
	default:
		return false
	}
	if strings.HasSuffix(before, " lo que") || strings.HasSuffix(before, " o que") {
		return false // "lo que necesito es la factura" asks
	}
	for _, p := range []string{" lo", " la", " los", " las", " que", " os", " as"} {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	after = strings.TrimLeft(after, " ")
	for _, p := range []string{"it ", "it.", "them ", "this for", "that for", "dele", "dela", "disso", "isso"} {
		if strings.HasPrefix(after, p) || after == strings.TrimSpace(p) {
			return true
		}
	}
	return false
}

// negated reports whether the words just before a cue negate it.
func negated(c askCue, before string) bool {
	before = " " + strings.TrimRight(before, " ")
	for _, n := range []string{" no", " not", " don't", " dont", " nao", " ya no", " never", " nunca"} {
		if strings.HasSuffix(before, n) {
			return true
		}
	}
	// "é preciso" (it is necessary) states; "preciso" asks. Folded, "é"
	// is the "e" that joins sentences, which negates nothing else.
	return strings.HasPrefix(c.phrase, "precis") && strings.HasSuffix(before, " e")
}
