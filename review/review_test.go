package review_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/classify"
	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/review"
	"github.com/cartero/cartero/sla"
	"github.com/cartero/cartero/template"
)

func message(text string) *correspondence.Message {
	return &correspondence.Message{Text: text, Split: correspondence.Split{New: text}}
}

// codes returns "check code" of each finding, with its text when it has
// one.
func codes(fs []review.Finding) []string {
	var out []string
	for _, f := range fs {
		s := f.Check + " " + f.Code
		if f.Text != "" && (f.Check == review.Professional || f.Check == review.Positive || f.Code == "shouting" || f.Code == "jargon" || f.Code == "promise") {
			s += ": " + f.Text
		}
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

const goodES = "Estimada María:\n\n%s\n\nUn cordial saludo,\nLucía Romero\nAtención al cliente"

func TestCheck(t *testing.T) {
	complaint := &classify.Result{Type: classify.Complaint}
	tests := []struct {
		name  string
		in    review.Input
		c     review.Checker
		want  []string
		avoid []string // codes that must not be found
	}{
		{
			name: "clean Spanish reply",
			in: review.Input{
				Draft:    strings.Replace(goodES, "%s", "Su pedido 4471 salió ayer y le llegará el jueves. Puede cambiar la dirección de entrega desde su cuenta hasta el miércoles.", 1),
				Message:  message("Hola, ¿cuándo llegará mi pedido 4471? ¿Puedo cambiar la dirección de entrega?\n\nGracias, María"),
				Customer: template.Customer{Name: "María López", Register: template.Formal},
			},
		},
		{
			name: "unanswered question and request",
			in: review.Input{
				Draft:    strings.Replace(goodES, "%s", "Su pedido 4471 salió ayer y le llegará el jueves.", 1),
				Message:  message("Hola:\n\n¿Cuándo llegará mi pedido 4471? También quisiera saber si puedo cambiar la dirección de entrega.\n\nNecesito además la factura.\n\nMaría"),
				Customer: template.Customer{Name: "María López"},
			},
			want: []string{
				"professional unanswered: Necesito además la factura.",
				"professional unanswered: También quisiera saber si puedo cambiar la dirección de entrega.",
			},
		},
		{
			// The weight of the cat's carrier is not a price.
			name: "how much, and no amount",
			in: review.Input{
				Draft: strings.Replace(goodES, "%s", "Su gata puede viajar en cabina, porque el peso con la caja queda debajo del límite de 7 kg. "+
					"El transporte de animales se paga en el mostrador del aeropuerto.", 1),
				Message:  message("¿Puedo llevar a mi gata en cabina? ¿Cuánto cuesta?"),
				Customer: template.Customer{Name: "María López"},
			},
			want: []string{"professional unanswered: ¿Cuánto cuesta?"},
		},
		{
			// Praise of the prices is no price.
			name: "how much, its words in the draft and no amount anywhere",
			in: review.Input{
				Draft: strings.Replace(goodES, "%s", "Sí, hacemos traducciones públicas con legalización. "+
					"Nuestras tarifas por documento son de las más competitivas y siempre respetamos el presupuesto acordado.\n\n"+
					"El plazo habitual es de cinco días hábiles.", 1),
				Message:  message("¿Hacen traducciones públicas con legalización? ¿Cuál sería el costo por documento? ¿Cuánto demoran?"),
				Customer: template.Customer{Name: "María López"},
			},
			want: []string{"professional unanswered: ¿Cuál sería el costo por documento?"},
		},
		{
			// A paragraph between two answers answers a yes-or-no
			// question in other words only if it takes a side.
			name: "a yes-or-no question and a paragraph that takes no side",
			in: review.Input{
				Draft: strings.Replace(goodES, "%s", "El sábado abrimos a las 10 de la mañana.\n\n"+
					"El parque tiene senderos largos y mucha sombra en verano.\n\n"+
					"La entrada general cuesta 5 euros.", 1),
				Message:  message("¿A qué hora abren el sábado? ¿Se puede ir con perro? ¿Cuánto cuesta la entrada general?"),
				Customer: template.Customer{Name: "María López"},
			},
			want: []string{"professional unanswered: ¿Se puede ir con perro?"},
		},
		{
			// The same paragraph that says what can be done answers it.
			name: "a yes-or-no question and a paragraph that takes a side",
			in: review.Input{
				Draft: strings.Replace(goodES, "%s", "El sábado abrimos a las 10 de la mañana.\n\n"+
					"Los animales pueden pasear por todos los senderos, siempre con correa.\n\n"+
					"La entrada general cuesta 5 euros.", 1),
				Message:  message("¿A qué hora abren el sábado? ¿Se puede ir con perro? ¿Cuánto cuesta la entrada general?"),
				Customer: template.Customer{Name: "María López"},
			},
			avoid: []string{"professional unanswered"},
		},
		{
			// Saying that the question matters, or depends on things,
			// names its subject without answering it.
			name: "a sentence that says the subject is important does not answer it",
			in: review.Input{
				Draft: "Olá, Marta:\n\nO preço para 7 dias é de 280 €, com seguro incluído. A carta de condução de categoria B chega.\n\n" +
					"A quilometragem é um ponto importante a ter em conta quando se planeia a costa alentejana.\n\n" +
					"Com os melhores cumprimentos,\nRui Lopes\nReservas, Alentejo Rent",
				Message:  message("Qual é o preço para 7 dias? A carta de condução normal (categoria B) chega? Gostava de saber se a quilometragem é ilimitada."),
				Customer: template.Customer{Name: "Marta Sousa"},
			},
			want: []string{"professional unanswered: Gostava de saber se a quilometragem é ilimitada."},
		},
		{
			name: "a sentence that says it depends does not answer it",
			in: review.Input{
				Draft: "Hi Tom,\n\nWe replaced the water pump and the thermostat, as the invoice shows.\n\n" +
					"The check engine light can come on for a number of reasons after a cooling system repair.\n\n" +
					"Best regards,\nDana Price\nService adviser, Eastside Motors",
				Message:  message("What did you replace besides the water pump? And the check engine light is on again since this morning, what do I do?"),
				Customer: template.Customer{Name: "Tom Reed"},
			},
			want: []string{"professional unanswered: And the check engine light is on again since this morning, what do I do?"},
		},
		{
			// What the pool is like says nothing of whether it is
			// included.
			name: "whether something is included needs a price, an included or a yes",
			in: review.Input{
				Draft: "Oi, Larissa, tudo bem?\n\nO plano anual sai por R$ 1.188, e dá pra parcelar em 12 vezes sem juros no cartão.\n\n" +
					"Seu namorado pode vir sim: cada aluno tem quatro passes de convidado por mês.\n\n" +
					"A piscina é aquecida e funciona das 6h às 22h, com aulas de natação três vezes por semana.\n\n" +
					"Não pedimos atestado.\n\nAbraços,\nBruno Tavares\nConsultor de Vendas, Academia Forma",
				Message: message("Oi! Quanto fica o plano anual no cartão, dá pra parcelar? Posso levar meu namorado como convidado? " +
					"E a piscina ta incluida ou é cobrada a parte? Preciso de atestado medico?"),
				Customer: template.Customer{Name: "Larissa Fontes"},
			},
			want: []string{"professional unanswered: E a piscina ta incluida ou é cobrada a parte?"},
		},
		{
			name: "whether it is free, in English",
			in: review.Input{
				Draft: "Hi Darnell,\n\nThanks for letting us know. We can send a technician back this Friday, November 20, between 1 and 3 p.m.\n\n" +
					"Our retreatments are scheduled the same way as regular visits, through the office or online.\n\n" +
					"Once the gel bait has dried, it's safe around cats.\n\n" +
					"Best regards,\nAngela Ruiz\nCustomer Service Lead, Sunbelt Pest",
				Message: message("Can someone come back out this week? Is the retreatment free or are you going to charge me again? " +
					"Also I'd like to know if the stuff you used is safe for our cat."),
				Customer: template.Customer{Name: "Darnell Hughes"},
			},
			want: []string{"professional unanswered: Is the retreatment free or are you going to charge me again?"},
		},
		{
			// "his", "before" and "roughly" say nothing of what is asked:
			// the ashes and a time answer it.
			name: "pronouns and hedges are not what is asked",
			in: review.Input{
				Draft: "Dear Ms. Brennan,\n\nI'm so sorry about Biscuit. Individual ashes are usually ready within five to seven days.\n\n" +
					"Our driver, Tom, can collect him from your house this afternoon.\n\n" +
					"Kind regards,\nDana Whitfield\nFamily Care Coordinator, Meadowbrook Pet Cremation",
				Message:  message("Can you collect him from the house? Could you let me know how long it takes before we'd get his ashes back."),
				Customer: template.Customer{Name: "Karen Brennan"},
			},
			avoid: []string{"professional unanswered"},
		},
		{
			// The draft talks about lessons, but says nothing of what
			// one costs.
			name: "price asked, lesson described",
			in: review.Input{
				Draft: "Hi Olivia,\n\nThank you for writing to us. About a third of our students are adults, and several started with no experience at all.\n\n" +
					"Lessons are 45 minutes, once a week, with the same teacher each time.\n\n" +
					"Best regards,\nMarta Quint\nAdmissions, Bellweather Music School",
				Message:  message("Do you teach adults who are complete beginners? I'd like to know what a lesson costs."),
				Customer: template.Customer{Name: "Olivia Grant"},
			},
			want: []string{"professional unanswered: I'd like to know what a lesson costs."},
		},
		{
			// The same question answered.
			name: "price given",
			in: review.Input{
				Draft: "Hi Olivia,\n\nThank you for writing to us. About a third of our students are adults, and several started with no experience at all.\n\n" +
					"Lessons are 45 minutes, once a week, and a lesson costs $55.\n\n" +
					"Best regards,\nMarta Quint\nAdmissions, Bellweather Music School",
				Message:  message("Do you teach adults who are complete beginners? I'd like to know what a lesson costs."),
				Customer: template.Customer{Name: "Olivia Grant"},
			},
			avoid: []string{"professional unanswered"},
		},
		{
			// What the business will do is answered by what it does,
			// in any words.
			name: "what will you do, answered by an action",
			in: review.Input{
				Draft:    strings.Replace(goodES, "%s", "Lamento mucho lo ocurrido con la camisa. Le reponemos la prenda hasta por $900 y se la entregamos el viernes.", 1),
				Message:  message("La camisa volvió con una mancha. Necesito que me digan cómo lo van a resolver."),
				Customer: template.Customer{Name: "María López"},
			},
			avoid: []string{"professional unanswered"},
		},
		{
			name: "what steps, answered by an action",
			in: review.Input{
				Draft:    "Olá, Ana.\n\nPedimos desculpa pelo sucedido. Já falámos com a equipa e vamos acompanhar as próximas visitas na sua rua.\n\nCumprimentos,\nMarta Lopes\nApoio ao cliente",
				Message:  message("O estafeta foi muito grosseiro comigo quando reclamei do atraso, quero saber que providências vocês vão tomar."),
				Customer: template.Customer{Name: "Ana Lopes"},
			},
			avoid: []string{"professional unanswered"},
		},
		{
			name: "what will you do, answered by nothing done",
			in: review.Input{
				Draft:    strings.Replace(goodES, "%s", "Lamento mucho lo ocurrido con la camisa. La tela era muy delicada.", 1),
				Message:  message("La camisa volvió con una mancha. Necesito que me digan cómo lo van a resolver."),
				Customer: template.Customer{Name: "María López"},
			},
			want: []string{"professional unanswered: Necesito que me digan cómo lo van a resolver."},
		},
		{
			// The fallback asks only if what comes before it is turned
			// down.
			name: "a request granted, its fallback moot",
			in: review.Input{
				Draft:    strings.Replace(goodES, "%s", "Ya cambiamos sus cuatro boletos a la función del sábado 5 de diciembre, sin ningún cargo.", 1),
				Message:  message("¿Es posible cambiar los boletos para la función del 5 de diciembre? Si no se puede, quisiera saber si me reembolsan o me dan un vale."),
				Customer: template.Customer{Name: "María López"},
			},
			avoid: []string{"professional unanswered"},
		},
		{
			name: "a request turned down, its fallback asked",
			in: review.Input{
				Draft:    strings.Replace(goodES, "%s", "Lamentablemente no es posible cambiar los boletos a la función del 5 de diciembre: está agotada.", 1),
				Message:  message("¿Es posible cambiar los boletos para la función del 5 de diciembre? Si no se puede, quisiera saber si me reembolsan o me dan un vale."),
				Customer: template.Customer{Name: "María López"},
			},
			want: []string{"professional unanswered: Si no se puede, quisiera saber si me reembolsan o me dan un vale."},
		},
		{
			// A share tells how a price is paid, not what it is.
			name: "price asked, a share given",
			in: review.Input{
				Draft: "Olá, Rui.\n\nNão precisam de carta de marinheiro: todos os nossos barcos saem com skipper certificado.\n\n" +
					"O dia inteiro paga-se em duas partes: 50 % no momento da reserva e o restante no embarque.\n\n" +
					"Cumprimentos,\nMarta Lopes\nReservas, Barcos do Douro",
				Message:  message("Precisamos de carta de marinheiro? Quanto custa o dia inteiro?"),
				Customer: template.Customer{Name: "Rui Costa"},
			},
			want: []string{"professional unanswered: Quanto custa o dia inteiro?"},
		},
		{
			// A share answers how much of something is paid.
			name: "deposit asked, a share given",
			in: review.Input{
				Draft: "Olá, Rui.\n\nNão precisam de carta de marinheiro: todos os nossos barcos saem com skipper certificado.\n\n" +
					"O sinal é de 30 % do valor da reserva, e o restante paga-se no embarque.\n\n" +
					"Cumprimentos,\nMarta Lopes\nReservas, Barcos do Douro",
				Message:  message("Precisamos de carta de marinheiro? De quanto é o sinal?"),
				Customer: template.Customer{Name: "Rui Costa"},
			},
			avoid: []string{"professional unanswered"},
		},
		{
			// Where the parcel goes and what it costs, not how long it
			// takes; and a warranty in years is a length of time.
			name: "how long, not answered by a price",
			in: review.Input{
				Draft: strings.Replace(goodES, "%s", "El envío a Mérida es gratis en compras mayores a $999. "+
					"La licuadora tiene dos años de garantía directa con el fabricante.", 1),
				Message:  message("¿Cuánto tarda el envío a Mérida? ¿Cuánto tiempo de garantía tiene la licuadora?"),
				Customer: template.Customer{Name: "María López"},
			},
			want:  []string{"professional unanswered: ¿Cuánto tarda el envío a Mérida?"},
			avoid: []string{"professional unanswered: ¿Cuánto tiempo de garantía"},
		},
		{
			// Asked without a question mark, and a question about what
			// is included, which a list answers.
			name: "whether it is free, asked as quisiera saber si",
			in: review.Input{
				Draft: strings.Replace(goodES, "%s", "Las clases de nivel inicial son los martes y jueves a las 19:00. "+
					"La clase de prueba es los martes a las 19:00 en el nivel inicial. "+
					"La cuota mensual incluye dos clases por semana y la práctica de los viernes.", 1),
				Message: message("¿Qué días son las clases de nivel inicial? Tambien queria saber si hay clase de prueba gratis. " +
					"¿Qué incluye la cuota mensual?"),
				Customer: template.Customer{Name: "María López"},
			},
			want:  []string{"professional unanswered: Tambien queria saber si hay clase de prueba gratis."},
			avoid: []string{"professional unanswered: ¿Qué incluye"},
		},
		{
			// "No supplement" prices it, and "Y sí" says yes.
			name: "whether it is included, answered by a supplement or a yes after and",
			in: review.Input{
				Draft: "¡Hola, Álvaro!\n\nPuedes pasar al plan Pyme cuando quieras, sin esperar a la renovación.\n\n" +
					"Te damos la habitación 7, con vista al mar, y no tiene suplemento.\n\n" +
					"Y sí, el Pyme genera el modelo 303 con los datos de tus facturas.\n\n" +
					"Un saludo,\nNerea Gil\nSoporte a Clientes, Facturalia",
				Message: message("- ¿Se puede pasar al plan Pyme a mitad de mes?\n- ¿Es posible una habitación con vista al mar, y se cobra aparte?\n" +
					"- ¿El plan Pyme incluye el modelo 303 automático?"),
				Customer: template.Customer{Name: "Álvaro Quintana", Register: template.Informal},
			},
			avoid: []string{"professional unanswered"},
		},
		{
			// Noting what the customer told, or saying sorry for it,
			// repeats the question's words without answering it.
			name: "a sentence that echoes the question does not answer it",
			in: review.Input{
				Draft: strings.Replace(goodES, "%s", "Su maleta llegará al hotel mañana antes de las 14:00. "+
					"Hemos tomado nota de que viaja con su hija de 8 meses.", 1),
				Message:  message("¿Cuándo llega mi maleta? ¿Me pueden dar una silla para mi hija de 8 meses?"),
				Customer: template.Customer{Name: "María López"},
			},
			want: []string{"professional unanswered: ¿Me pueden dar una silla para mi hija de 8 meses?"},
		},
		{
			name: "negative phrasing in three languages",
			in: review.Input{
				Draft:   "Hola Ana:\n\nComo ya le dijimos, usted se equivocó de talla. You failed to read the terms. Não podemos fazer nada.\n\nSaludos,\nLucía Romero\nAtención al cliente",
				Message: message("Quiero cambiar la talla."),
			},
			want: []string{
				"positive negative: Como ya le dijimos",
				"positive negative: Não podemos fazer nada",
				"positive negative: You failed to",
				"positive negative: usted se equivocó",
			},
			avoid: []string{"professional unanswered"},
		},
		{
			// "no" ends the sentence before and does not hedge the next.
			name: "reproach through a colleague or a letter, and should-haves with a pronoun",
			in: review.Input{
				Draft: "Hola Ana:\n\nVolvemos a limpiar los cristales sin cargo. As we explained in our letter in September, prices went up. " +
					"As our technician told you at the time, the pipe was old. Como le dijo nuestro técnico, la pieza no tiene arreglo. " +
					"Usted debió leerla antes de firmar. Si hubiera venido a la segunda prueba, el bajo estaría bien. " +
					"A senhora deveria ter nos avisado disso na entrega.\n\nSaludos,\nLucía Romero\nAtención al cliente",
				Message: message("Quiero cambiar la talla."),
			},
			want: []string{
				"positive negative: As our technician told you",
				"positive negative: As we explained in our letter",
				"positive negative: Como le dijo nuestro técnico",
				"positive negative: Si hubiera venido",
				"positive negative: Usted debió leerla",
				"positive negative: A senhora deveria ter nos avisado",
				"professional unanswered: Quiero cambiar la talla.",
			},
		},
		{
			name: "what is clearly explained elsewhere, instructions not followed, refusals of any discount",
			in: review.Input{
				Draft: "Hola Ana:\n\nAs we've already explained in our newsletter, the hours changed. That's clearly explained on our website. " +
					"Casi siempre pasa porque no se respetaron los cuidados. No vamos a hacer ningún descuento. " +
					"Conforme já lhe tínhamos explicado ao balcão, a peça é frágil. A senhora não tem feito os exercícios em casa. " +
					"We won't be offering any refund. Não vamos dar nenhum desconto.\n\nSaludos,\nLucía Romero\nAtención al cliente",
				Message: message("Hola."),
			},
			want: []string{
				"positive negative: As we've already explained",
				"positive negative: That's clearly explained on",
				"positive negative: porque no se respetaron los cuidados",
				"positive negative: No vamos a hacer ningún descuento",
				"positive negative: Conforme já lhe tínhamos explicado",
				"positive negative: A senhora não tem feito os exercícios",
				"positive negative: We won't be offering any refund",
				"positive negative: Não vamos dar nenhum desconto",
			},
		},
		{
			name: "doubting the customer, knowledge everyone has, and showing the door",
			in: review.Input{
				Draft: "Hola Ana:\n\nI find it hard to believe the lawn was left like that. Nosotros no adivinamos lo que quiere. " +
					"Fue un golpe, como sabe cualquiera que haya tenido un vitral. El patrón lo asigna la empresa; si no le convence, no hace falta que vuelva. " +
					"Não venha dizer que fomos nós. As anyone who has done this kind of research knows, records take time. " +
					"É uma coisa que qualquer pessoa que entende de tapetes sabe. Maybe read the service menu before you book.\n\n" +
					"Saludos,\nLucía Romero\nAtención al cliente",
				Message: message("Hola."),
			},
			want: []string{
				"positive negative: I find it hard to believe",
				"positive negative: Nosotros no adivinamos",
				"positive negative: como sabe cualquiera que",
				"positive negative: si no le convence, no hace falta que vuelva",
				"positive negative: Não venha dizer que",
				"positive negative: As anyone who has done this kind of research knows",
				"positive negative: coisa que qualquer pessoa que entende de tapetes sabe",
				"positive negative: Maybe read the service menu before you",
			},
		},
		{
			// The same words where nobody is blamed.
			name: "no need to send it again, the customer's own research, and a visit not needed",
			in: review.Input{
				Draft: "Hola Ana:\n\nNo hace falta que vuelva a enviarlo: ya lo tenemos. You don't need to come back to the shop; we'll post it. " +
					"Não precisa voltar à loja, enviamos pelo correio. Anyone who has booked with us before knows the way.\n\n" +
					"Saludos,\nLucía Romero\nAtención al cliente",
				Message: message("Hola."),
			},
			avoid: []string{"positive negative"},
		},
		{
			// Charges waived, and reassurance, are the opposite.
			name: "no charge of any kind and nothing done wrong are not negative",
			in: review.Input{
				Draft: "Hola Ana:\n\nNo vamos a hacerle ningún cargo por el cambio. Usted no ha hecho nada mal. " +
					"We won't be charging any fee. Você não tem feito nada de errado.\n\nSaludos,\nLucía Romero\nAtención al cliente",
				Message: message("Hola."),
			},
			avoid: []string{"positive negative"},
		},
		{
			// Owning the mistake, and a colleague's advice that is not a
			// reproach.
			name: "should-haves of the business are not negative",
			in: review.Input{
				Draft: "Hola Ana:\n\nSi hubiéramos revisado el pedido, no habría salido mal: fue culpa nuestra. " +
					"Our technician explained the options and you chose the second one, which we have now fitted.\n\n" +
					"Saludos,\nLucía Romero\nAtención al cliente",
				Message: message("Quiero cambiar la talla."),
			},
			avoid: []string{"positive negative"},
		},
		{
			name: "lecturing and closing the discussion",
			in: review.Input{
				Draft:   "Hola Ana:\n\nLa próxima vez revise bien el pedido antes de confirmarlo. In future you should read the fare conditions. Lembramos que é sua responsabilidade guardar o comprovante. No vamos a discutir más este punto.\n\nSaludos,\nLucía Romero\nAtención al cliente",
				Message: message("Quiero cambiar la talla."),
			},
			want: []string{
				"positive negative: La próxima vez revise",
				"positive negative: In future you should",
				"positive negative: Lembramos que é sua",
				"positive negative: No vamos a discutir",
			},
		},
		{
			name: "what they told you, what you should have done and should know",
			in: review.Input{
				Draft:   "Hola Ana:\n\nComo ya le indicaron en el mostrador, el vuelo salió. You really should have checked the boxes. Como o senhor devia saber, a fidelização termina em março. As you should know, fees apply.\n\nSaludos,\nLucía Romero\nAtención al cliente",
				Message: message("Quiero cambiar la talla."),
			},
			want: []string{
				"positive negative: As you should know",
				"positive negative: Como o senhor devia saber",
				"positive negative: Como ya le indicaron",
				"positive negative: You really should have checked",
			},
		},
		{
			name: "what the customer should have done, whose job it was, advice for the future and denied faults",
			in: review.Input{
				Draft: "Hola Ana:\n\nSi nos hubiera llamado el primer día, lo habríamos resuelto. It is the renter's job to point out damage. " +
					"Le sugerimos que en el futuro guarde el recibo. No podemos estar pendientes de cada caso. " +
					"Ainda assim, teria sido fácil evitar esta situação se tivesse consultado as regras. Portanto não há atraso no seu caso. " +
					"This was all set out in our letter, which you may not have read. Had you checked the box, the fee would not apply.\n\n" +
					"Saludos,\nLucía Romero\nAtención al cliente",
				Message: message("Quiero cambiar la talla."),
			},
			want: []string{
				"positive negative: Had you checked",
				"positive negative: It is the renter's job",
				"positive negative: Le sugerimos que en el futuro",
				"positive negative: No podemos estar pendientes de cada",
				"positive negative: Si nos hubiera llamado",
				"positive negative: não há atraso no seu caso",
				"positive negative: se tivesse consultado",
				"positive negative: teria sido fácil evitar",
				"positive negative: which you may not have read",
			},
		},
		{
			name: "everyone knows, check carefully, calling again and the choice the customer did not make",
			in: review.Input{
				Draft: "Hola Ana:\n\nEs algo que la mayoría de nuestros clientes ya tiene en cuenta. Le recomendamos revisar bien la talla antes de pagar. " +
					"Llamar varias veces al 0800 no acelera la reparación. Si hubieras elegido envío express, esto no habría pasado. " +
					"As is common knowledge, deposits take time. It's always worth checking before booking. " +
					"A full refund isn't something we'll be considering. Como é do conhecimento geral de quem aluga carros, a caução demora. " +
					"Quem cai nesse tipo de golpe acaba arcando com o prejuízo.\n\n" +
					"Saludos,\nLucía Romero\nAtención al cliente",
				Message: message("Quiero cambiar la talla."),
			},
			want: []string{
				"positive negative: As is common knowledge",
				"positive negative: Como é do conhecimento geral",
				"positive negative: It's always worth checking",
				"positive negative: Le recomendamos revisar bien",
				"positive negative: Llamar varias veces al 0800 no acelera",
				"positive negative: Quem cai nesse tipo de golpe",
				"positive negative: Si hubieras elegido",
				"positive negative: isn't something we'll be considering",
				"positive negative: la mayoría de nuestros clientes ya tiene en cuenta",
			},
		},
		{
			name: "the customer's choice, belongings or reading blamed, and the complaint belittled",
			in: review.Input{
				Draft: "Hola Ana:\n\nEso pasa cuando uno compra la tarifa más barata. Pruébelo una semana antes de reclamar. " +
					"Te lo copio por si no lo leíste. Una batería con cuatro años no hace milagros. No es para tanto. " +
					"Un router como el suyo ya no da la velocidad contratada. El manual lo explica muy claro en la primera página. " +
					"That's what happens when you skip the update. In case you didn't read it, the policy is attached. " +
					"We can't work miracles with a phone like yours. There's no reason for so much fuss. " +
					"It's really your job to keep the receipt. It's quite simple if you follow the guide. " +
					"Isso acontece quando se escolhe o plano básico. Não fazemos milagres. Não vemos motivo para tanto aborrecimento. " +
					"A cláusula que aceitou ao contratar é clara. Custa-nos entender como não reparou. Muitos clientes insistem em usar o modo rápido. " +
					"Se você tivesse prestado atenção ao aviso, teria visto.\n\n" +
					"Saludos,\nLucía Romero\nAtención al cliente",
				Message: message("Quiero cambiar la talla."),
			},
			want: []string{
				"positive negative: Custa-nos entender como",
				"positive negative: explica muy claro en la primera página",
				"positive negative: Eso pasa cuando uno",
				"positive negative: In case you didn't read it",
				"positive negative: Isso acontece quando se",
				"positive negative: It's quite simple if you",
				"positive negative: Não fazemos milagres",
				"positive negative: Não vemos motivo para tanto",
				"positive negative: No es para tanto",
				"positive negative: Se você tivesse prestado atenção",
				"positive negative: That's what happens when",
				"positive negative: There's no reason for so much fuss",
				"positive negative: Pruébelo una semana antes de reclamar",
				"positive negative: clientes insistem em",
				"positive negative: como el suyo ya no da",
				"positive negative: can't work miracles",
				"positive negative: It's really your job",
				"positive negative: no hace milagros",
				"positive negative: por si no lo leíste",
				"positive negative: que aceitou ao contratar",
			},
		},
		{
			name: "what the customer should have done, in any verb; insisting; despite a warning",
			in: review.Input{
				Draft: "Hola Ana:\n\nSi la hubieras lavado a mano, no se habría encogido. Usted insiste en un punto ya aclarado. " +
					"Had you bled the radiators, the noise would have stopped. Despite our warning, the box was left outside. " +
					"O senhor devia ter fechado a janela. A senhora deixou-o ali, apesar do nosso aviso. " +
					"Yours is the only complaint we've had this month.\n\n" +
					"Saludos,\nLucía Romero\nAtención al cliente",
				Message: message("Quiero cambiar la talla."),
			},
			want: []string{
				"positive negative: Despite our warning",
				"positive negative: Had you bled",
				"positive negative: O senhor devia ter fechado",
				"positive negative: Si la hubieras lavado",
				"positive negative: Usted insiste en",
				"positive negative: Yours is the only complaint we've had",
				"positive negative: apesar do nosso aviso",
			},
		},
		{
			name: "the business's own should-haves and had-yous that ask are not negative",
			in: review.Input{
				Draft: "Hola Ana:\n\nSi lo hubiéramos enviado antes, habría llegado a tiempo. La tienda debería haber cerrado el pedido. " +
					"Had you received our letter by then? A loja deveria ter fechado a encomenda.\n\n" +
					"Saludos,\nLucía Romero\nAtención al cliente",
				Message: message("Quiero cambiar la talla."),
			},
			avoid: []string{"positive negative"},
		},
		{
			// The same words, when the business speaks of itself or of
			// what comes next.
			name: "a fault owned, a kind next time and a plain reason are not negative",
			in: review.Input{
				Draft: "Hola Ana:\n\nEl técnico debería haber avisado antes de irse. La próxima vez, si necesita algo, escríbanos. " +
					"Nuestro sistema tendría que haber hecho la devolución sola. The courier should have called before leaving. " +
					"If the room was tidier than you expected, that's thanks to our new team. " +
					"A profissional deveria ter avisado a central. Se a casa estiver fechada, deixamos um aviso. " +
					"Before complaining to the ombudsman, you may ask us for a review.\n\n" +
					"Saludos,\nLucía Romero\nAtención al cliente",
				Message: message("Quiero cambiar la talla."),
			},
			avoid: []string{"positive negative"},
		},
		{
			// The same words, when they do not blame, advise or deny.
			name: "plans, recommendations and no problem are not negative",
			in: review.Input{
				Draft: "Hola Ana:\n\nLe recomendamos que guarde el recibo. No hay ningún problema en cambiarla. " +
					"It's the driver's licence number we need. If you had any trouble with the form, call us. " +
					"Se tivesse alguma dúvida, ligue-nos. Next time you visit, we recommend the terrace. " +
					"Le recomendamos revisar el correo de confirmación. Si hubiéramos elegido otro transportista, esto no habría pasado. " +
					"It's always a pleasure to help. La mayoría de nuestros clientes elige el plan anual. " +
					"Llamar al 0800 es la forma más rápida. Isn't this something we could look at together?\n\n" +
					"Saludos,\nLucía Romero\nAtención al cliente",
				Message: message("Quiero cambiar la talla."),
			},
			avoid: []string{"positive negative"},
		},
		{
			name: "an offer of another way is not negative",
			in: review.Input{
				Draft:   "Hi Tom,\n\nMy direct line is 0161 555 0193 if you'd rather talk, or if you'd prefer e-mail, just reply.\n\nBest regards,\nSam Ortiz\nCustomer care",
				Message: message("Can I call you?"),
			},
			avoid: []string{"positive negative"},
		},
		{
			// Telling the customer what comes next, or reminding them of
			// an appointment, is not a lecture.
			name: "next time and reminders said kindly are not negative",
			in: review.Input{
				Draft:   "Hi Tom,\n\nNext time you visit, the new menu will be ready. We'll remind you of your appointment the day before. Le recordamos que su cita es el martes. Da próxima vez que vier, o estacionamento é gratuito.\n\nBest regards,\nSam Ortiz\nCustomer care",
				Message: message("Is the new menu ready?"),
			},
			avoid: []string{"positive negative"},
		},
		{
			name: "bad news said neutrally is not negative",
			in: review.Input{
				Draft:   "Hi Tom,\n\nUnfortunately the blue kettle is sold out and we can't restock it this year. It's not your fault that the link still showed it; we made a mistake there. There's no cost to you for cancelling.\n\nBest regards,\nSam Ortiz\nCustomer care",
				Message: message("Is the blue kettle in stock?"),
			},
			avoid: []string{"positive negative"},
		},
		{
			name: "should-haves of any verb, speculation about the customer, condescension and the customer's restless pet",
			in: review.Input{
				Draft: "Hola Ana:\n\nTendrías que haber usado la dirección de tu cuenta. Como ya se explica en las condiciones, el depósito no se devuelve. " +
					"Es muy probable que el golpe ya estuviera ahí y no lo haya notado. Este horno hay que saber usarlo. " +
					"El plazo es de tres semanas si envía los papeles a tiempo, cosa que muchos clientes no hacen. " +
					"Aunque en la reunión se pidió traer el contrato, lo revisamos igual. Su enfado es un poco exagerado. " +
					"Unlike the last time you stayed with us, the room was left clean. We'd normally expect guests to check out by ten. " +
					"Please don't ask the driver to wait. You gave us an incomplete postcode. The dent was probably already there. " +
					"O Rex não parava quieto durante o banho. A senhora passou o número errado. " +
					"O ruído aparece quando o cliente não faz a manutenção. Esse receio é meio exagerado.\n\n" +
					"Saludos,\nLucía Romero\nAtención al cliente",
				Message: message("Quiero cambiar la talla."),
			},
			want: []string{
				"positive negative: A senhora passou o número errado",
				"positive negative: Aunque en la reunión se pidió",
				"positive negative: Como ya se explica",
				"positive negative: Please don't ask",
				"positive negative: Tendrías que haber usado",
				"positive negative: Unlike the last time you",
				"positive negative: We'd normally expect guests to",
				"positive negative: You gave us an incomplete",
				"positive negative: cosa que muchos clientes",
				"positive negative: es un poco exagerado",
				"positive negative: hay que saber usarlo",
				"positive negative: no lo haya notado",
				"positive negative: não parava quieto",
				"positive negative: quando o cliente não faz",
				"positive negative: was probably already there",
				"positive negative: ya estuviera ahí",
				"positive negative: é meio exagerado",
			},
		},
		{
			name: "reported claims, the business's own should-haves and plain instructions are not negative",
			in: review.Input{
				Draft: "Hi Tom,\n\nYou've told us the scratch was already there, so the charge is on hold. Your parcel should have arrived yesterday. " +
					"Please don't hesitate to call us. Como se indica en nuestra web, abrimos a las nueve. El paquete debería haber llegado ayer. " +
					"Cuando el técnico no hace la visita a tiempo, le devolvemos el cargo. Entendemos que el precio le parezca alto.\n\n" +
					"Best regards,\nSam Ortiz\nCustomer care",
				Message: message("Is the blue kettle in stock?"),
			},
			avoid: []string{"positive negative"},
		},
		{
			name: "no greeting, no closing, team signature, no name",
			in: review.Input{
				Draft:    "Your refund was issued today and should reach your card within five business days.\n\nThe Support Team",
				Message:  message("When will I get my refund?"),
				Customer: template.Customer{Name: "Tom Hale"},
			},
			want: []string{"personal name", "personal team", "polite closing", "polite greeting"},
		},
		{
			name: "an exclamation closes, and a role line under the name",
			in: review.Input{
				Draft:    "¡Hola, Inés!\n\nLa semana completa sale USD 260 por persona.\n\n¡Abrazo!\nNicolás Arrieta\nCoordinador de la escuela, Escuela de Esquí Lago Gris",
				Message:  message("¿Cuánto sale la semana?"),
				Customer: template.Customer{Name: "Inés Rocha"},
			},
			avoid: []string{"polite closing", "personal"},
		},
		{
			name: "a longer exclamation with a closing phrase in it closes",
			in: review.Input{
				Draft:    "¡Hola, Inés!\n\nLa semana completa sale USD 260 por persona.\n\n¡Buen viaje y un abrazo!\n\nNicolás Arrieta\nCoordinador de la escuela, Escuela de Esquí Lago Gris",
				Message:  message("¿Cuánto sale la semana?"),
				Customer: template.Customer{Name: "Inés Rocha"},
			},
			avoid: []string{"polite closing", "personal"},
		},
		{
			name: "a longer exclamation without one does not",
			in: review.Input{
				Draft:    "¡Hola, Inés!\n\nLa semana completa sale USD 260 por persona.\n\n¡Que disfrutes mucho de la nieve este año!\n\nNicolás Arrieta\nCoordinador de la escuela, Escuela de Esquí Lago Gris",
				Message:  message("¿Cuánto sale la semana?"),
				Customer: template.Customer{Name: "Inés Rocha"},
			},
			want: []string{"polite closing"},
		},
		{
			// A given name alone signs; the line under it is the
			// company's name, capitalised words with no role in them.
			name: "a given name alone, and a company's name that is no role",
			in: review.Input{
				Draft:    "Olá, Inês!\n\nA bancada fica pronta em até sete dias úteis.\n\nAbs,\nEdson\nMarmoraria Pedra Forte",
				Message:  message("Quando fica pronta a bancada?"),
				Customer: template.Customer{Name: "Inês Rocha"},
			},
			want:  []string{"personal role"},
			avoid: []string{"polite closing", "personal unsigned"},
		},
		{
			name: "a committee signs as a team",
			in: review.Input{
				Draft:    "Dear Nigel,\n\nPlot 31 becomes free in January, and it's yours if you want it.\n\nBest wishes,\nThe Committee\nHollins Lane Allotment Society",
				Message:  message("Is there a half plot free?"),
				Customer: template.Customer{Name: "Nigel Boyd"},
			},
			want: []string{"personal team"},
		},
		{
			name: "a closing no list holds, known by its comma and the name after it",
			in: review.Input{
				Draft:    "Olá, Inês!\n\nA audição é no dia 16 de dezembro, às 17h, no auditório da escola.\n\nBeijinhos e até terça,\n\nMarta Fontes\nProfessora de guitarra, Academia de Música de Alvalade",
				Message:  message("Quando é a audição?"),
				Customer: template.Customer{Name: "Inês Rocha"},
			},
			avoid: []string{"polite closing", "personal unsigned", "personal role", "clear main-point"},
		},
		{
			name: "a sentence that ends in a comma before a list is no closing",
			in: review.Input{
				Draft:    "Hi Tom,\n\nTo reset your password, these are the steps, in order,\n\nOpen Settings\nChoose Security\nTap Reset\n\nThe Support Team",
				Message:  message("How do I reset my password?"),
				Customer: template.Customer{Name: "Tom Hale"},
			},
			want:  []string{"personal team", "polite closing"},
			avoid: []string{"personal unsigned"},
		},
		{
			name: "unsigned, role missing",
			in: review.Input{
				Draft:   "Olá, João!\n\nPode trocar pelo tamanho 42 em Meus pedidos.\n\nAtenciosamente,\nMariana Costa",
				Message: message("Posso trocar pelo 42?"),
			},
			want: []string{"personal role"},
		},
		{
			// A trade's name alone on the line under the signer's is
			// their role; a company's name alone is not one.
			name: "a trade or a department under the name is a role",
			in: review.Input{
				Draft:    "Hola, Julia:\n\nEl sillón estará listo el viernes.\n\nSaludos cordiales,\nGustavo Ledesma\nRestaurador\nTaller Ledesma",
				Message:  message("¿Cuándo estará listo el sillón?"),
				Customer: template.Customer{Name: "Julia Paz"},
			},
			avoid: []string{"personal role"},
		},
		{
			name: "a department under the name is a role",
			in: review.Input{
				Draft:    "Hello Priya,\n\nYes, we sell gift cards from $50.\n\nWarm regards,\nMarco Bellini\nStudent Services\nSaffron & Salt Cooking School",
				Message:  message("Do you sell gift cards?"),
				Customer: template.Customer{Name: "Priya Raman"},
			},
			avoid: []string{"personal role"},
		},
		{
			name: "a company's name alone under the name is no role",
			in: review.Input{
				Draft:    "Olá, João!\n\nPode trocar pelo tamanho 42 em Meus pedidos.\n\nAtenciosamente,\nMariana Costa\nMarmoraria Pedra Forte",
				Message:  message("Posso trocar pelo 42?"),
				Customer: template.Customer{Name: "João Lima"},
			},
			want: []string{"personal role"},
		},
		{
			name: "a signature without a closing, its company ending in Co.",
			in: review.Input{
				Draft:    "Hi Marcus,\n\nTurnaround is about two weeks at the moment.\n\nDiego Alvarez\nFraming Specialist, Northside Frame Co.",
				Message:  message("How long does framing take?"),
				Customer: template.Customer{Name: "Marcus Lee"},
			},
			want:  []string{"polite closing"},
			avoid: []string{"personal"},
		},
		{
			name: "a company's name alone signs as a team",
			in: review.Input{
				Draft:    "Estimado Raúl:\n\nLos gastos rondan el 6 % del valor.\n\nAtentamente,\nNotaría Pública 112 de Monterrey",
				Message:  message("¿Cuánto son los gastos?"),
				Customer: template.Customer{Name: "Raúl Garza", Register: template.Formal},
			},
			want:  []string{"personal team"},
			avoid: []string{"personal unsigned"},
		},
		{
			name: "register: tú in a formal reply",
			in: review.Input{
				Draft:    strings.Replace(goodES, "%s", "Puedes cambiar la dirección desde tu cuenta.", 1),
				Message:  message("¿Puedo cambiar la dirección?"),
				Customer: template.Customer{Name: "María", Register: template.Formal},
			},
			want: []string{"polite register"},
		},
		{
			// Usted by its place: after "le", or opening a sentence.
			name: "register: usted in an informal reply, without usted",
			in: review.Input{
				Draft:    "Hola, Agustina:\n\nSí, puede congelar la membresía un mes. Le pedimos disculpas por la demora.\n\nSaludos,\nLautaro Díaz\nRecepción, Club Atlético Norte",
				Message:  message("¿Puedo congelar la membresía?"),
				Customer: template.Customer{Name: "Agustina", Register: template.Informal},
			},
			want: []string{"polite register"},
		},
		{
			name: "register: usted opening an exclamation in an informal reply",
			in: review.Input{
				Draft:    "Hola, Agustina:\n\nLa membresía queda congelada un mes. ¡Tenga un buen viaje!\n\nSaludos,\nLautaro Díaz\nRecepción, Club Atlético Norte",
				Message:  message("¿Puedo congelar la membresía?"),
				Customer: template.Customer{Name: "Agustina", Register: template.Informal},
			},
			want: []string{"polite register"},
		},
		{
			name: "register: le for someone else, and tiene of a thing, in an informal reply",
			in: review.Input{
				Draft:    "Hola, Agustina:\n\nYa le mandamos la invitación a tu contador. No tiene nada que ver con tu cuenta. Si querés, te llamamos.\n\nSaludos,\nLautaro Díaz\nRecepción, Club Atlético Norte",
				Message:  message("¿Le pueden mandar la invitación a mi contador?"),
				Customer: template.Customer{Name: "Agustina", Register: template.Informal},
			},
			avoid: []string{"polite register"},
		},
		{
			name: "register: both in one reply",
			in: review.Input{
				Draft:    strings.Replace(goodES, "%s", "Puedes cambiar la dirección desde tu cuenta. No dude en escribirnos.", 1),
				Message:  message("¿Puedo cambiar la dirección?"),
				Customer: template.Customer{Name: "María"},
			},
			want: []string{"polite register"},
		},
		{
			name: "shouting and a curt answer to a complaint",
			in: review.Input{
				Draft:          strings.Replace(goodES, "%s", "NO PODEMOS devolver el dinero.", 1),
				Message:        message("Es inaceptable, el producto llegó roto y quiero mi dinero."),
				Customer:       template.Customer{Name: "María"},
				Classification: complaint,
			},
			want: []string{"polite curt", "polite shouting: NO PODEMOS"},
		},
		{
			name: "acronyms are not shouting",
			in: review.Input{
				Draft:   strings.Replace(goodES, "%s", "Le enviamos la factura en PDF con el IVA desglosado y el IBAN de la cuenta.", 1),
				Message: message("Necesito la factura, María"),
			},
			avoid: []string{"polite shouting"},
		},
		{
			name: "long sentence and jargon",
			in: review.Input{
				Draft:   strings.Replace(goodES, "%s", "Hemos abierto un RMA para su pedido y el equipo de logística revisará el paquete cuando llegue al almacén, comprobará que el producto está completo y sin daños, y después le devolveremos el importe por el mismo medio de pago que usó al comprar.", 1),
				Message: message("¿Cómo devuelvo el producto, María?"),
			},
			c:    review.Checker{Jargon: []review.Term{{Word: "rma", Instead: "una devolución"}}},
			want: []string{"clear jargon: RMA", "clear sentence"},
		},
		{
			// The later sentence repeats more of the question's words,
			// but the first paragraph has already said yes.
			name: "main point made in other words first",
			in: review.Input{
				Draft:   strings.Replace(goodES, "%s", "Sí, nos queda una y se la reservamos hoy mismo.\n\nLa chaqueta Sierra en talla M es de las más vendidas de la temporada. Enviamos a Canarias en 72 horas.", 1),
				Message: message("¿Tienen la chaqueta Sierra en talla M? ¿Hacen envíos a Canarias? María"),
			},
			avoid: []string{"clear main-point", "professional unanswered"},
		},
		{
			name: "main point buried",
			in: review.Input{
				Draft:   strings.Replace(goodES, "%s", "Gracias por escribirnos.\n\nNuestra tienda abrió en 1998 y desde entonces cuidamos cada envío con esmero y mimo.\n\nSu pedido llegará el jueves.", 1),
				Message: message("¿Cuándo llegará mi pedido? María"),
			},
			want: []string{"clear main-point"},
		},
		{
			name: "offer with an unanswered question",
			in: review.Input{
				Draft:   strings.Replace(goodES, "%s", "Su pedido llegará el jueves. Aproveche un 10 % de descuento en su próxima compra con el código SOL10.", 1),
				Message: message("¿Cuándo llegará mi pedido? ¿Me pueden enviar la factura? María"),
			},
			c:    review.Checker{Promotional: true},
			want: []string{"professional unanswered: ¿Me pueden enviar la factura?", "promotional offer"},
		},
		{
			name: "offer when all is answered is fine; promotional is off by default",
			in: review.Input{
				Draft:   strings.Replace(goodES, "%s", "Su pedido llegará el jueves. Aproveche un 10 % de descuento en su próxima compra.", 1),
				Message: message("¿Cuándo llegará mi pedido? María"),
			},
			c: review.Checker{Promotional: true},
		},
		{
			name: "checks switched off",
			in: review.Input{
				Draft:   "ok",
				Message: message("¿Cuándo llega?"),
			},
			c:     review.Checker{Off: []string{review.Polite, review.Personal, review.Professional, review.Clear}},
			avoid: []string{"polite", "personal", "professional", "clear"},
		},
		{
			// The first question is answered in other words, in the
			// paragraph before the answer to the second; the third has
			// nothing of its own in the draft.
			name: "answers in order, in other words",
			in: review.Input{
				Draft:   strings.Replace(goodES, "%s", "La chaqueta lleva una membrana de 20.000 mm y costuras selladas: aguanta lluvia intensa todo el día.\n\nSí, enviamos a Canarias en 3 o 4 días laborables.", 1),
				Message: message("Hola:\n\n¿Es de verdad impermeable la chaqueta Sierra? ¿Envían a Canarias? ¿Y qué plazo de devolución tienen si no me queda bien?\n\nMaría"),
			},
			want:  []string{"professional unanswered: ¿Y qué plazo de devolución tienen si no me queda bien?"},
			avoid: []string{"professional unanswered: ¿Es de verdad impermeable la chaqueta Sierra?", "professional unanswered: ¿Envían a Canarias?"},
		},
		{
			// "¿Cuánto tarda…?" asks for a time: the sentence about the
			// change without one does not answer it, the one with a
			// day does.
			name: "how long needs a time",
			in: review.Input{
				Draft:   strings.Replace(goodES, "%s", "El cambio de talla se hace en cualquiera de nuestras tiendas.", 1),
				Message: message("Hola, ¿puedo cambiar la talla en tienda? ¿Cuánto tarda el cambio? María"),
			},
			want:  []string{"professional unanswered: ¿Cuánto tarda el cambio?"},
			avoid: []string{"professional unanswered: Hola, ¿puedo cambiar la talla en tienda?"},
		},
		{
			name: "how long answered with a day",
			in: review.Input{
				Draft:   strings.Replace(goodES, "%s", "El cambio de talla se hace en cualquiera de nuestras tiendas, y la nueva talla le llega en dos días laborables.", 1),
				Message: message("Hola, ¿puedo cambiar la talla en tienda? ¿Cuánto tarda el cambio? María"),
			},
			avoid: []string{"professional unanswered"},
		},
		{
			// A thank-you in the draft answers no question by its
			// place between two answers.
			name: "thanks answer nothing",
			in: review.Input{
				Draft:   strings.Replace(goodES, "%s", "Muchas gracias por tomarse el tiempo de escribirnos.\n\nLas grabaciones quedan en su cuenta durante un año desde el final del curso.", 1),
				Message: message("¿Van a abrir un nivel avanzado en 2027? ¿Puedo seguir viendo las grabaciones después de que termine el curso? María"),
			},
			want:  []string{"professional unanswered: ¿Van a abrir un nivel avanzado en 2027?"},
			avoid: []string{"professional unanswered: ¿Puedo seguir viendo"},
		},
		{
			name: "acknowledgement answers no question, and is not asked to",
			in: review.Input{
				Draft:           strings.Replace(goodES, "%s", "Hemos recibido su mensaje y le responderemos cuanto antes.", 1),
				Message:         message("¿Cuándo llega mi pedido? ¿Puedo pagar con PayPal? María"),
				Acknowledgement: true,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codes(tt.c.Check(tt.in))
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q\ngot %q", w, got)
				}
			}
			for _, a := range tt.avoid {
				for _, g := range got {
					if strings.HasPrefix(g, a) {
						t.Errorf("unexpected %q", g)
					}
				}
			}
			if tt.want == nil && tt.avoid == nil && len(got) > 0 {
				t.Errorf("want no findings, got %q", got)
			}
		})
	}
}

func TestOffsets(t *testing.T) {
	cust := "Hola, ¿me envían la factura?\nY ¿cuándo llega el pedido?"
	in := review.Input{
		Draft:   "Hola Ana:\n\nLe enviamos la factura.\n\nSaludos,\nLucía",
		Message: message(cust),
	}
	for _, f := range review.Check(in) {
		text := in.Draft
		if f.In == review.Customer {
			text = cust
		}
		if f.Start < 0 || f.End > len(text) || f.Start > f.End || text[f.Start:f.End] != f.Text {
			t.Errorf("%s %s: offsets [%d,%d] do not give %q", f.Check, f.Code, f.Start, f.End, f.Text)
		}
	}
}

func TestRules(t *testing.T) {
	legal := review.RuleFunc(func(in *review.Input) []review.Finding {
		if i := strings.Index(in.Draft, "garantizamos"); i >= 0 {
			return []review.Finding{{Check: "legal", Code: "promise", Severity: review.Error, Start: i, End: i + len("garantizamos"), Text: "garantizamos"}}
		}
		return nil
	})
	in := review.Input{Draft: "Hola Ana:\n\nLe garantizamos la entrega.\n\nSaludos,\nLucía Romero\nVentas"}
	c := review.Checker{Rules: []review.Rule{legal}}
	if got := codes(c.Check(in)); !slices.Contains(got, "legal promise: garantizamos") {
		t.Errorf("rule's finding missing: %q", got)
	}
	c.Off = []string{"legal"}
	if got := codes(c.Check(in)); slices.Contains(got, "legal promise: garantizamos") {
		t.Errorf("rule switched off still reports: %q", got)
	}
}

func TestPrompt(t *testing.T) {
	madrid, err := time.LoadLocation("Europe/Madrid")
	if err != nil {
		t.Skip(err)
	}
	cal, err := sla.ParseCalendar("Europe/Madrid; mon-fri 09:00-18:00")
	if err != nil {
		t.Fatal(err)
	}
	policy, err := sla.ParsePolicy("prompt")
	if err != nil {
		t.Fatal(err)
	}
	policy.Calendar = cal
	received := time.Date(2026, 11, 20, 10, 0, 0, 0, madrid) // a Friday
	events := []sla.Event{{At: received, Kind: sla.Inbound}}
	draft := strings.Replace(goodES, "%s", "Su pedido llegará el jueves.", 1)
	for _, tt := range []struct {
		now  time.Time
		want string
	}{
		{received.Add(2 * time.Hour), "prompt on-time"},
		{time.Date(2026, 11, 25, 12, 0, 0, 0, madrid), "prompt late"},
	} {
		st := policy.Status(events, tt.now)
		got := codes(review.Check(review.Input{Draft: draft, Now: tt.now, Status: &st, Calendar: cal, Message: message("¿Cuándo llega mi pedido?")}))
		if !slices.Contains(got, tt.want) {
			t.Errorf("at %v: want %q, got %q", tt.now, tt.want, got)
		}
	}
}

func TestPromises(t *testing.T) {
	madrid, err := time.LoadLocation("Europe/Madrid")
	if err != nil {
		t.Skip(err)
	}
	cal, err := sla.ParseCalendar("Europe/Madrid; mon-fri 09:00-18:00")
	if err != nil {
		t.Fatal(err)
	}
	friday := time.Date(2026, 11, 20, 17, 30, 0, 0, madrid)
	for _, tt := range []struct {
		lang, text string
		bad        bool
		customer   string // what the customer wrote, when it matters
	}{
		{"es", "Le responderemos en 2 horas.", true, ""},
		{"es", "Le responderemos el sábado a las 10:00.", true, ""},
		{"es", "Le responderemos el lunes a las 10:00.", false, ""},
		{"es", "Le responderemos en 2 días hábiles.", false, ""},
		{"en", "We'll get back to you within 24 hours.", true, ""}, // half an hour of business time
		{"en", "We'll get back to you within 3 business days.", false, ""},
		{"en", "We'll call you tomorrow at 11 am.", true, ""},
		{"pt", "Respondemos até amanhã às 9h.", true, ""},
		{"pt", "Respondemos na segunda-feira às 9h.", false, ""},
		// What someone can do for the customer, and a new date set,
		// promise; what happened, and what the customer can do, do not.
		{"en", "Dr. Patel can see you tomorrow at 7:30 am.", true, ""},
		{"en", "Badge holders can use the bays tomorrow at 7:30 am.", false, ""},
		{"es", "Hemos reprogramado la visita para el domingo a las 10:00.", true, ""},
		{"es", "Ya identificamos el problema: surgió el domingo a las 10:00.", false, ""},
		{"pt", "Te mando o contrato amanhã às 8h.", true, ""},
		{"es", "Si te parece, te marco el domingo a las 10.", true, ""},
		{"pt", "O Anderson passa aí hoje ainda, até as 20h.", true, ""},
		{"es", "Iván pasa por su casa el domingo a las 10:00.", true, ""},
		// A window that ends when the business closes is kept.
		{"pt", "Um técnico passa em sua casa na segunda-feira, entre as 14h00 e as 18h00.", false, ""},
		{"en", "A technician will come on Monday between 1 and 6 pm.", false, ""},
		// Opening hours, hours on days that come back, what the
		// customer may do, a regret and a reminder promise nothing.
		{"pt", "Oferecemos período integral, das 7h30 às 18h.", false, ""},
		{"en", "From this weekend we'll serve breakfast until 10.30 on Saturdays and Sundays.", false, ""},
		{"pt", "Enviamos fotos todos os dias, e pode ligar-nos entre as 9h e as 19h.", false, ""},
		{"es", "La música puede seguir hasta las 2:00, con el permiso que tramitamos.", false, ""},
		{"pt", "Sentimos muito pelo que aconteceu no domingo.", false, ""},
		{"es", "Le recordamos que su recibo vence el domingo.", false, ""},
		// A day refused, or one on which something happened, promises
		// nothing; one offered in the conditional does.
		{"pt", "Sábado não conseguimos, porque as rotas vão de terça a sexta.", false, ""},
		{"es", "El domingo no abrimos, pero el lunes sí.", false, ""},
		{"es", "Ese sábado teníamos dos eventos y se cruzaron las etiquetas.", false, ""},
		{"es", "Ese sábado trabajábamos con media plantilla.", false, ""},
		{"es", "Podríamos pasar el domingo a las 10:00.", true, ""},
		{"es", "Lamento lo que pasó el domingo con el pedido.", false, ""},
		{"es", "Paso el domingo a las 10:00 a recogerlo.", true, ""},
		// A date the customer wrote in figures, booked on their behalf,
		// is theirs; a day without figures, or one they did not name,
		// is the business's promise.
		{"es", "Ya te apartamos el 12 de diciembre en la agenda.", false, "Quiero encargar un pastel para el 12 de diciembre."},
		{"es", "Ya te apartamos el 12 de diciembre en la agenda.", true, "Quiero encargar un pastel para la fiesta."},
		{"es", "Ya te apartamos el 12 de diciembre en la agenda.", true, "Quiero encargar un pastel para el 13 de diciembre."},
		{"es", "Iremos mañana sin falta.", true, "¿Pueden venir mañana?"},
	} {
		draft := "Hola Ana:\n\n" + tt.text + "\n\nSaludos,\nLucía Romero\nVentas"
		in := review.Input{Draft: draft, Now: friday, Calendar: cal, Locale: language.Make(tt.lang)}
		if tt.customer != "" {
			in.Message = message(tt.customer)
		}
		got := codes(review.Check(in))
		found := false
		for _, g := range got {
			found = found || strings.HasPrefix(g, "prompt promise")
		}
		if found != tt.bad {
			t.Errorf("%q on a Friday at 17:30: promise finding %v, want %v (%q)", tt.text, found, tt.bad, got)
		}
	}
}

func TestSeverityText(t *testing.T) {
	for _, s := range []review.Severity{review.Info, review.Warning, review.Error} {
		b, _ := s.MarshalText()
		var back review.Severity
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("%v: round trip gave %v, %v", s, back, err)
		}
	}
	var w review.Where
	if err := w.UnmarshalText([]byte("customer")); err != nil || w != review.Customer {
		t.Errorf("Where: %v %v", w, err)
	}
	if err := w.UnmarshalText([]byte("elsewhere")); err == nil || errors.Is(err, nil) {
		t.Error("unknown Where accepted")
	}
}

func TestVerdicts(t *testing.T) {
	customer := "Hola:\n\n¿Cuándo llegará mi pedido 4471? Necesito también la factura a nombre de mi empresa.\n\nMaría"
	in := review.Input{
		Draft:    strings.Replace(goodES, "%s", "Su pedido 4471 llegará el jueves.", 1),
		Message:  message(customer),
		Customer: template.Customer{Name: "María López", Register: template.Formal},
	}
	var c review.Checker
	qs := c.Questions(in)
	if len(qs) != 2 || customer[qs[1].Start:qs[1].End] != qs[1].Text {
		t.Fatalf("questions %+v", qs)
	}
	unanswered := func(in review.Input) []string {
		var out []string
		for _, f := range c.Check(in) {
			if f.Code == "unanswered" {
				out = append(out, customer[f.Start:f.End])
			}
		}
		return out
	}
	if got := unanswered(in); !slices.Equal(got, []string{qs[1].Text}) {
		t.Fatalf("without verdicts: %q", got)
	}
	tests := []struct {
		name     string
		verdicts []review.Verdict
		want     []string
	}{
		{"the agent dismisses the finding", []review.Verdict{{Start: qs[1].Start, End: qs[1].End, Addressed: true}}, nil},
		{"the host's model finds the first unanswered", []review.Verdict{{Start: qs[0].Start, End: qs[0].End}},
			[]string{qs[0].Text, qs[1].Text}},
		{"both judged by the host", []review.Verdict{{Start: qs[0].Start, End: qs[0].End},
			{Start: qs[1].Start, End: qs[1].End, Addressed: true}}, []string{qs[0].Text}},
		{"a verdict on no question is ignored", []review.Verdict{{Start: qs[1].Start + 1, End: qs[1].End, Addressed: true}},
			[]string{qs[1].Text}},
	}
	for _, tt := range tests {
		in := in
		in.Verdicts = tt.verdicts
		if got := unanswered(in); !slices.Equal(got, tt.want) {
			t.Errorf("%s: unanswered %q, want %q", tt.name, got, tt.want)
		}
	}
	if qs := c.Questions(review.Input{Draft: in.Draft}); qs != nil {
		t.Errorf("questions without a message: %+v", qs)
	}
}

// TestOffers checks that each way of making an offer is found in a reply
// to a complaint that is not resolved, and that the same sentences
// without an offer are not.
func TestOffers(t *testing.T) {
	c := review.Checker{Promotional: true}
	for _, tt := range []struct {
		sentence string
		offer    bool
	}{
		{"You might like our new glass range.", true},
		{"This week you can get 20% off your next order.", true},
		{"Why not upgrade to express delivery?", true},
		{"Le encantará nuestra nueva colección de invierno.", true},
		{"Assinando o Entrega+, você tem frete grátis ilimitado.", true},
		{"Your next order will ship from our new warehouse.", false},
		{"We have sent the replacement by express delivery.", false},
	} {
		in := review.Input{
			Draft:   "Hi Tom,\n\nI'm sorry the kettle arrived dented; we're looking into it with the courier. " + tt.sentence + "\n\nBest regards,\nSam Ortiz\nCustomer care",
			Message: message("My kettle arrived dented and I am very unhappy. I want a replacement."),
		}
		got := slices.Contains(codes(c.Check(in)), "promotional offer")
		if got != tt.offer {
			t.Errorf("%q: offer found %v, want %v", tt.sentence, got, tt.offer)
		}
	}
}
