package classify

import (
	"strings"
	"testing"
)

func TestQuestions(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // the questions' texts, in order; "!" marks a request
	}{
		{"spanish question marks", "Hola, ¿me pueden decir cuándo llega el pedido? Gracias.",
			[]string{"¿me pueden decir cuándo llega el pedido?"}},
		{"spanish two questions", "Buenos días:\n\n¿Tienen la talla 42? ¿Y cuánto cuesta el envío a Canarias?\n\nUn saludo,",
			[]string{"¿Tienen la talla 42?", "¿Y cuánto cuesta el envío a Canarias?"}},
		{"spanish without marks", "Quisiera saber si el modelo A-20 admite 30 kg. Necesito la factura con mi NIF.",
			[]string{"Quisiera saber si el modelo A-20 admite 30 kg.", "!Necesito la factura con mi NIF."}},
		{"spanish interrogative without marks", "cuando llega mi pedido", []string{"cuando llega mi pedido"}},
		{"spanish request", "Les pido, por favor, que me indiquen hoy mismo dónde está el pedido.",
			[]string{"!Les pido, por favor, que me indiquen hoy mismo dónde está el pedido."}},
		{"spanish negated", "No necesito la factura, ya la tengo.", nil},
		{"spanish statement", "El pedido llegó ayer en perfecto estado.", nil},
		{"spanish need stated", "Lo necesito para el fin de semana. Me dijeron que necesito un implante.", nil},
		{"spanish what I need", "Lo que necesito es la factura.", []string{"!Lo que necesito es la factura."}},
		{"spanish greeting with question mark", "Hola, qué tal? Les escribo por el pedido.", nil},
		{"greeting with a name and a question", "Olá Marta, tudo bem? Hi Tom, how are you? Hola María, ¿qué tal?", nil},
		{"informal greetings", "E aí, beleza? E aí, blz? Oi, tudo bom? Hey, how's it going? ¿Qué onda, cómo andás?", nil},
		{"an informal greeting before a question", "E aí, vocês entregam no sábado? Que onda, ¿tienen la talla 42?",
			[]string{"E aí, vocês entregam no sábado?", "¿tienen la talla 42?"}},
		{"greeting with a name, then a question", "Hola Juan, ¿tienen la talla 42? Hi Tom, do you ship to Canada?", []string{"¿tienen la talla 42?", "Hi Tom, do you ship to Canada?"}},
		{"english need stated", "I need it for my expenses.", nil},
		{"english questions that invert without a question mark",
			"Also, will the rent be reduced for the days without heating. Will it pass the check out, they're quite strict. Also do members get free parking.",
			[]string{"Also, will the rent be reduced for the days without heating.", "Will it pass the check out, they're quite strict.", "Also do members get free parking."}},
		{"english statements that open with an auxiliary", "Do not worry about it. Would love to come back. Is what it is. Did not arrive. Could not be happier.", nil},
		{"an if or a whether that hangs on a question", "I'd like to know two things. And if I can access the unit on weekends. Whether the lock is included.",
			[]string{"I'd like to know two things.", "And if I can access the unit on weekends.", "Whether the lock is included."}},
		{"how much or why asked by the last clause, after a comma",
			"quiero hacerme un tatuaje de 10 cm en el antebrazo, cuanto me costaria mas o menos\n" +
				"Comprei dois bilhetes para sábado, quanto fica o estacionamento. We loved the room, how much would three nights in May be.",
			[]string{"quiero hacerme un tatuaje de 10 cm en el antebrazo, cuanto me costaria mas o menos",
				"Comprei dois bilhetes para sábado, quanto fica o estacionamento.", "We loved the room, how much would three nights in May be."}},
		{"as soon as, as for and exclamations after a comma ask nothing",
			"Ya pagué la seña, cuanto antes lo tengan mejor. Recebi a encomenda, quanto ao resto tudo certo. Esperé dos horas, cuánto desorden! Qué onda.", nil},
		{"a colon introduces the questions after it",
			"A few things I need to know before I take this to my director:\n- Can you send the contract?\n- When does it start?\n\nQuisiera saber:\n¿Cuánto cuesta?",
			[]string{"!- Can you send the contract?", "- When does it start?", "¿Cuánto cuesta?"}},
		{"asked for someone else, or in the past tense",
			"His mum wants to know if this has been logged. Também precisava que me dissessem se fazem a entrega. quantas provas são precisas",
			[]string{"His mum wants to know if this has been logged.", "!Também precisava que me dissessem se fazem a entrega.", "quantas provas são precisas"}},
		{"a colon at the end asks", "Quisiera saber:", []string{"Quisiera saber:"}},
		{"a condition is no question", "If not, I will cancel my order. Y si no llega, voy a reclamar. E se não chegar, cancelo. If there is anything left then we add it.", nil},
		{"spanish and portuguese si and se after a connector",
			"Y si se puede agregar a mi contadora como usuaria. Ah y si hacen cupcakes a juego, para la mesa de postres. Y si tienen aparcamiento cerca, que voy con muletas. E se aceitam cartão.",
			[]string{"Y si se puede agregar a mi contadora como usuaria.", "Ah y si hacen cupcakes a juego, para la mesa de postres.", "Y si tienen aparcamiento cerca, que voy con muletas.", "E se aceitam cartão."}},
		{"si and se without a connector are conditions or pronouns", "Si no es molestia. Se me rompió la tapa. Se trata de un error.", nil},
		{"a want followed by what is wanted done", "E quero ver a peça velha. Quiero cambiar de plan. Quiero mucho a mi perro.",
			[]string{"!E quero ver a peça velha.", "!Quiero cambiar de plan."}},
		{"the business named before the verb that asks", "E vocês podem me dar um cupom pelo transtorno.", []string{"!E vocês podem me dar um cupom pelo transtorno."}},
		{"two connectors before a cue", "E é possível fazer uma semana de experiência antes de assinar.", []string{"E é possível fazer uma semana de experiência antes de assinar."}},
		{"who, and not knowing whether", "And who do I talk to about switching, because this one doesn't care. Y no sé si los recogen igual. Também não sei se aceitam Pix. I'm not sure if you deliver on Sundays.",
			[]string{"And who do I talk to about switching, because this one doesn't care.", "Y no sé si los recogen igual.", "Também não sei se aceitam Pix.", "I'm not sure if you deliver on Sundays."}},
		{"interest in knowing, and being grateful if", "Tambien me interesa saber cuanto tardarían. I should also be grateful if you would collect the roses. Podríais encargaros de los autobuses.",
			[]string{"Tambien me interesa saber cuanto tardarían.", "!I should also be grateful if you would collect the roses.", "!Podríais encargaros de los autobuses."}},
		{"spanish greeting question", "¿Qué tal? Les escribo por el pedido 4471.", nil},
		{"spanish hard-wrapped", "Quisiera saber si es posible cambiar la direccion de\nentrega del pedido 4471 a la calle Mayor 12.",
			[]string{"Quisiera saber si es posible cambiar la direccion de\nentrega del pedido 4471 a la calle Mayor 12."}},
		{"spanish list", "Tengo dos dudas:\n1. ¿El precio incluye IVA?\n2. ¿Hacen envíos a Portugal?",
			[]string{"¿El precio incluye IVA?", "¿Hacen envíos a Portugal?"}},
		{"english", "Hi,\n\nCould you send me a VAT invoice for order BL-20931? Also, when will the refund arrive?\n\nThanks in advance,",
			[]string{"!Could you send me a VAT invoice for order BL-20931?", "Also, when will the refund arrive?"}},
		{"english without marks", "I would like to know whether you ship to Canada. Please cancel my second subscription.",
			[]string{"I would like to know whether you ship to Canada.", "!Please cancel my second subscription."}},
		{"english statement", "I was charged twice for the annual plan. This is the second time it happens.", nil},
		{"english thanks", "Thank you, that solved it!", nil},
		{"english covering note", "Please find attached the invoice for order BL-20931, addressed to Kestrel Logistics Ltd.", nil},
		{"portuguese statement with preciso", "Se é preciso montá-la, não faz mal.", nil},
		{"english decimals and abbreviations", "The total was $4.50 vs. the $3.00 quoted. Why?",
			[]string{"Why?"}},
		{"portuguese", "Olá, gostaria de saber o valor do frete para Lisboa. Vocês aceitam MB Way?",
			[]string{"Olá, gostaria de saber o valor do frete para Lisboa.", "Vocês aceitam MB Way?"}},
		{"portuguese request", "Preciso que me enviem a segunda via da fatura de outubro.",
			[]string{"!Preciso que me enviem a segunda via da fatura de outubro."}},
		{"portuguese negated", "Não preciso de mais nada, obrigada.", nil},
		{"portuguese interrogative", "Quando chega a minha encomenda", []string{"Quando chega a minha encomenda"}},
		{"questions after a connector", "Also how do I stop trailers autoplaying. Y otra cosa, cuándo abren el domingo.",
			[]string{"Also how do I stop trailers autoplaying.", "Y otra cosa, cuándo abren el domingo."}},
		{"demands and afterthoughts", "I also want a refund for the days it failed. Quiero también una constancia. Exijo também um desconto. E gostava de saber porque é que ninguém me ligou.",
			[]string{"!I also want a refund for the days it failed.", "!Quiero también una constancia.", "!Exijo também um desconto.", "E gostava de saber porque é que ninguém me ligou."}},
		{"spanish because is no question", "Porque ahí quedó claro lo que me ofrecieron.", nil},
		{"when tells, not asks", "When we arrived at 7.30 we were told there was no record of the booking. Cuando llegué, no había nadie. When will the refund arrive.",
			[]string{"When will the refund arrive."}},
		{"portuguese it is necessary", "É preciso montar a base.", nil},
		{"claims and wants", "Además reclamo la compensación de 250 €. Hice un reclamo en agosto y el reclamo 4521 sigue abierto. Es la tercera vez que reclamo. Também quero o reembolso da diária. I'd also like to check in early on the 23rd.",
			[]string{"!Además reclamo la compensación de 250 €.", "!Também quero o reembolso da diária.", "!I'd also like to check in early on the 23rd."}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Questions(tt.text)
			var texts []string
			for _, q := range got {
				if tt.text[q.Start:q.End] != q.Text {
					t.Errorf("offsets %d:%d give %q, Text is %q", q.Start, q.End, tt.text[q.Start:q.End], q.Text)
				}
				s := q.Text
				if q.Request {
					s = "!" + s
				}
				texts = append(texts, s)
			}
			if strings.Join(texts, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Questions =\n%q\nwant\n%q", texts, tt.want)
			}
		})
	}
}

// TestQuestionsCues checks which cue names a question.
func TestQuestionsCues(t *testing.T) {
	q := Questions("¿Me podrían enviar la factura?")
	if len(q) != 1 || q[0].Cue != "?" {
		t.Fatalf("Questions = %+v", q)
	}
	q = Questions("Could you resend the invoice?")
	if len(q) != 1 || !q[0].Request || q[0].Cue != "could you" {
		t.Fatalf("a request phrased as a question: %+v", q)
	}
}
