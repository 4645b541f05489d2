package review

import (
	"slices"
	"strings"
	"testing"

	"github.com/cartero/cartero/classify"
	"github.com/cartero/cartero/internal/fold"
)

// TestReadSentence checks what a draft's sentence is read to hold.
func TestReadSentence(t *testing.T) {
	tests := []struct {
		text                         string
		reason, when, courtes, money bool
	}{
		{"Tiene toda la razón: el cargo aparece dos veces.", false, false, false, false},
		{"Você tem razão, a fatura veio duplicada.", false, false, false, false},
		{"El pedido tiene retraso porque el almacén cerró.", true, false, false, false},
		{"La razón del retraso fue una huelga.", true, false, false, false},
		{"Lamentamos mucho las molestias.", false, false, true, false},
		{"I'm sorry your rug was ruined.", false, false, true, false},
		{"The parcel arrives on Friday.", false, true, false, false},
		// An amount is a number with its currency, or nothing to pay;
		// the word for a price or a charge is not one.
		{"La franquicia es de 350 pesos.", false, false, false, true},
		{"El cambio no tiene coste.", false, false, false, true},
		{"Parking is complimentary for guests.", false, false, false, true},
		{"La recolección no tiene ningún costo para usted.", false, false, false, true},
		{"The first visit costs nothing.", false, false, false, true},
		{"Custa R$ 160.", false, false, false, true},
		{"O peso com a caixa fica abaixo do limite.", false, false, false, false},
		{"El cargo por devolver en otra ciudad se suma al total.", false, false, false, false},
		{"The fee is added to your booking.", false, false, false, false},
		// A share is no amount (see fits).
		{"Le hacemos un 20 % de descuento.", false, false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := readDraft(tt.text)
			if len(d.sents) != 1 {
				t.Fatalf("%d sentences", len(d.sents))
			}
			s := readSentence(d, d.sents[0])
			if s.reason != tt.reason || s.when != tt.when || s.courtesy != tt.courtes || s.money != tt.money {
				t.Errorf("reason %v when %v courtesy %v money %v, want %v %v %v %v", s.reason, s.when, s.courtesy, s.money, tt.reason, tt.when, tt.courtes, tt.money)
			}
		})
	}
}

// TestYesNoSentence checks where a sentence says yes or no: at its start,
// or in a "sí", "sim" or "yes" after a comma at its end.
func TestYesNoSentence(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Sí, puede traer la torta.", true},
		{"Pueden traer la torta, sí.", true},
		{"Podem trazer o bolo, sim.", true},
		{"You can bring the cake, yes.", true},
		{"Pueden traer la torta si avisan antes.", false},
		{"Podem trazer o bolo.", false},
		{"Le avisamos si llega.", false},
	} {
		d := readDraft(tt.text)
		if len(d.sents) != 1 {
			t.Fatalf("%q: %d sentences", tt.text, len(d.sents))
		}
		if got := readSentence(d, d.sents[0]).yesNo; got != tt.want {
			t.Errorf("%q: yes or no %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestQuestionAsks checks two readings of a price question: whether it
// asks for an amount outright, so that a draft with no amount, no "free"
// and no refusal leaves it unanswered; and whether it asks whether
// something is included, free or charged apart, so that the sentence
// answering it must name a price, a charge or an inclusion, or say yes
// or no.
func TestQuestionAsks(t *testing.T) {
	tests := []struct {
		q                 string
		amount, inclusion bool
	}{
		{"¿Cuánto cuesta la matrícula?", true, false},
		{"¿Cuál sería el costo por documento?", true, false},
		{"¿Qué precio tiene la clase suelta?", true, false},
		{"How much would the monthly premium be?", true, false},
		{"What's the fee for a second key?", true, false},
		// Both readings; asking the amount outright is the one used.
		{"What do you charge for a chimney sweep?", true, true},
		{"Quanto custa o pack de cinco aulas?", true, false},
		{"Qual o valor da sessão particular?", true, false},
		{"¿Tiene algún costo cambiar la fecha?", false, false},
		{"O valor vai mudar em 2027?", false, false},
		{"En cuanto al precio, ¿incluye el IVA?", false, true},
		{"Is breakfast included in the price?", false, true},
		{"Quanto ao preço, já inclui o IVA?", false, true},
		{"What does the fee cover?", false, false},
		{"¿Qué incluye la cuota mensual?", false, true},
		{"¿El desayuno está incluido?", false, true},
		{"Is the retreatment free or are you going to charge me again?", false, true},
		{"Incluyen el equipo o lo tenemos que alquilar aparte?", false, true},
		{"A piscina é cobrada à parte?", false, true},
		{"Is there a charge for a second car?", false, true},
		{"Is it cruelty free?", false, false},
		{"Is the gluten free bread vegan?", false, false},
		{"¿Hacen envíos a Canarias?", false, false},
	}
	for _, tt := range tests {
		ws := words(nil, tt.q, 0)
		if got := amountAsked(ws); got != tt.amount {
			t.Errorf("amountAsked(%q) = %v, want %v", tt.q, got, tt.amount)
		}
		if got := inclusionAsked(ws); got != tt.inclusion {
			t.Errorf("inclusionAsked(%q) = %v, want %v", tt.q, got, tt.inclusion)
		}
	}
}

// TestQuestionKind checks the kind of answer a question asks for: one
// about what a price covers asks what, one about whether it covers
// something still asks about the price, "what it costs" asks how much and
// "what actually happened" why.
func TestQuestionKind(t *testing.T) {
	for q, want := range map[string]kind{
		"¿Qué incluye la cuota mensual?":          kindOpen,
		"What does the fee cover?":                kindOpen,
		"¿La cuota incluye el IVA?":               kindHowMuch,
		"¿Cuánto es la cuota?":                    kindHowMuch,
		"I'd like to know what a lesson costs?":   kindPrice,
		"¿Me dice lo que cuesta la clase?":        kindPrice,
		"Quanto custa o dia inteiro?":             kindPrice,
		"¿De cuánto es la seña?":                  kindHowMuch,
		"How much can I overpay each year?":       kindHowMuch,
		"¿Tienen otra fecha al mismo precio?":     kindYesNo,
		"Can you redo it at no cost?":             kindYesNo,
		"Podem refazer sem qualquer custo?":       kindYesNo,
		"¿Cuánto cuesta sin IVA?":                 kindPrice,
		"Can you tell me what actually happened?": kindWhy,
		"Quanto sai mais ou menos?":               kindHowMuch,
		"¿Cuánto salen las clases?":               kindHowMuch,
		"Qto fica a revisão?":                     kindHowMuch,
	} {
		if got := questionKind(classify.Question{Text: q, Cue: "?"}, words(nil, q, 0)); got != want {
			t.Errorf("questionKind(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestQuestionKindUnmarked checks that a question without a question
// mark asks a yes or no when it opens with an auxiliary or asks
// whether, and asks what it says otherwise.
func TestQuestionKindUnmarked(t *testing.T) {
	for _, tt := range []struct {
		q, cue string
		want   kind
	}{
		{"is the deposit refundable if we change the date", "is", kindYesNo},
		{"Also do you sell the leftover cards", "do you", kindYesNo},
		{"Y si aceptan transferencia", "si", kindYesNo},
		{"Quisiera saber si trabajan con tela que traigamos nosotros.", "quisiera saber", kindYesNo},
		{"Gostaria de saber se o pacote inclui o almoço.", "gostaria de saber", kindYesNo},
		{"Quisiera saber el horario del sábado.", "quisiera saber", kindOpen},
		{"I'd like to know how the lessons work.", "i'd like to know", kindOpen},
		{"Necesito la factura con RFC.", "necesito", kindOpen},
	} {
		q := classify.Question{Text: tt.q, Cue: tt.cue, Request: tt.cue == "necesito"}
		if got := questionKind(q, words(nil, tt.q, 0)); got != tt.want {
			t.Errorf("questionKind(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestAnswerSentence checks which sentence of the draft is found to
// answer each question, -1 for none.
func TestAnswerSentence(t *testing.T) {
	tests := []struct {
		name, customer, draft string
		want                  []int
	}{
		{
			// The amount after a sentence about the fee belongs to the
			// question that sentence answers by its own words.
			name:     "an amount that answers another question",
			customer: "¿Cuánto aumentaría la cuota? ¿Hay franquicia por ser conductora novel?",
			draft:    "La cuota se ajusta según la edad. La franquicia para conductores nuevos es de 350 pesos por siniestro.",
			want:     []int{-1, 1},
		},
		{
			name:     "an amount after the fee's sentence, for no other question",
			customer: "¿Cuánto aumentaría la cuota?",
			draft:    "La cuota se ajusta según la edad. Para usted serán 12 euros más al mes.",
			want:     []int{0},
		},
		{
			// The refund's sentence holds no time; the delivery's time is
			// not its answer by place.
			name:     "words without a time are not placed by a time elsewhere",
			customer: "¿Cuánto tarda el reembolso a la tarjeta?",
			draft:    "Su pedido sale hoy y llega el viernes. El reembolso se hace a la misma tarjeta.",
			want:     []int{-1},
		},
		{
			name:     "a time in its place answers a question in other words",
			customer: "¿Cuánto tarda?",
			draft:    "Gracias por escribirnos. Llega el viernes.",
			want:     []int{1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := Input{Draft: tt.draft}
			r := newRun(&Checker{}, &in)
			r.customer = tt.customer
			_, as := r.answerQuestions()
			var got []int
			for _, a := range as {
				got = append(got, a.sent)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("answers in sentences %v, want %v", got, tt.want)
			}
		})
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"hola mundo 42", []string{"hola", "mundo", "42"}},
		{"¿Cuándo LLEGA el Pedido?", []string{"cuando", "llega", "el", "pedido"}},
		{"don't you’re l'eau", []string{"don't", "you're", "l'eau"}},
		{"segunda-feira, às 14h", []string{"segunda", "feira", "as", "14h"}},
		{"Straße ÑANDÚ", []string{"strasse", "nandu"}},
		{"end' 'start", []string{"end", "start"}},
		{"85.000 pesos, $1,800 y 10.30", []string{"85000", "pesos", "1800", "y", "10", "30"}},
		{"1.5 y 2,50 o 10.000.000.", []string{"1", "5", "y", "2", "50", "o", "10000000"}},
		{"a.123 1.2345", []string{"a", "123", "1", "2345"}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, w := range words(nil, tt.in, 0) {
			got = append(got, w.norm)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	ws := words(nil, "PEDIDO pedido Pedido 7", 10)
	for i, want := range []struct{ start, end, letters, upper int }{{10, 16, 6, 6}, {17, 23, 6, 0}, {24, 30, 6, 1}, {31, 32, 0, 0}} {
		w := ws[i]
		if w.start != want.start || w.end != want.end || w.letters != want.letters || w.upper != want.upper {
			t.Errorf("word %d: %+v, want %+v", i, w, want)
		}
	}
}

// FuzzWords checks that every word read is the folded form of its own
// span, and that words do not overlap.
func FuzzWords(f *testing.F) {
	f.Add("¿Cuándo LLEGA el Pedido? don’t l'eau Straße")
	f.Add("\xff\xfe'a’")
	f.Add("85.000 1,800. 1.2345 ,123 9.")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, w := range words(nil, s, 0) {
			if w.start < prev || w.end <= w.start || w.end > len(s) {
				t.Fatalf("word %+v out of place after %d in %q", w, prev, s)
			}
			// Within a word, a point or a comma separates thousands.
			if want := fold.String(strings.NewReplacer(".", "", ",", "").Replace(s[w.start:w.end])); w.norm != want {
				t.Fatalf("word %q read as %q, folded it is %q", s[w.start:w.end], w.norm, want)
			}
			prev = w.end
		}
	})
}

// TestQuestionTermsChat checks that the spellings of chat ("vcs",
// "qto", "pq") are no part of what a question asks about.
func TestQuestionTermsChat(t *testing.T) {
	for q, want := range map[string]string{
		"Vcs consertam essa marca?":             "consertam marca",
		"Qto custa a revisão pq a loja fechou?": "custa revisao loja fechou",
		"Tb queria saber se vc entrega":         "entrega",
	} {
		var got []string
		for _, tm := range questionTerms(words(nil, q, 0), kindYesNo) {
			got = append(got, tm.norm)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("questionTerms(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestSameStem checks which folded words share a stem: a word's other
// forms do, a longer word that only starts like a short one does not.
func TestSameStem(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"factura", "facturacion", true},
		{"envio", "enviamos", true},
		{"book", "booked", true},
		{"book", "booking", true},
		{"pago", "pagos", true},
		{"dog", "dogs", true},
		{"read", "ready", false},
		{"week", "weekends", false},
		{"weeks", "weekends", false},
		{"cake", "cakes", true},
		{"12", "120", false},
	} {
		if got := sameStem(tt.a, tt.b); got != tt.want {
			t.Errorf("sameStem(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := sameStem(tt.b, tt.a); got != tt.want {
			t.Errorf("sameStem(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}
