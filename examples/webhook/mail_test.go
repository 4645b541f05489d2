package main

import (
	"fmt"
	"math/rand/v2"
	"mime"
	"strings"
	"time"
)

// A corpus of customer mail for load tests: conversations in Spanish,
// English and Portuguese, each message about size bytes long (a customer's
// complaint or question followed by the order details and history they
// paste), some of them customers' follow-ups to their own earlier mail.

// loadMessage is one generated message.
type loadMessage struct {
	id     string // Message-ID, without angle brackets
	thread int    // the conversation it belongs to, numbered from 0
	raw    []byte
}

type language struct {
	domain, to string
	subjects   []string
	openings   []string
	asks       []string
	details    []string
	closings   []string
	followUps  []string
	reply      string // subject prefix of replies
}

var languages = []language{
	{
		domain: "correo.example.es", to: "soporte@tiendasol.example", reply: "RE: ",
		subjects: []string{"Pedido %d sin llegar", "Cobro duplicado en el pedido %d", "Cambio de dirección del pedido %d",
			"Factura del pedido %d con el NIF incorrecto", "Devolución del pedido %d"},
		openings: []string{"Hola, buenos días:", "Buenas tardes:", "Hola:", "Estimados señores:"},
		asks: []string{
			"Hice el pedido %d hace dos semanas y todavía no ha llegado. En la web pone que está enviado pero el seguimiento no se actualiza desde hace días. ¿Cuándo lo voy a recibir?",
			"Me han cobrado dos veces el pedido %d en la tarjeta. Es inaceptable, quiero que me devuelvan el cargo duplicado cuanto antes.",
			"Necesito cambiar la dirección de entrega del pedido %d porque me mudo esta semana. ¿Se puede hacer todavía?",
			"La factura del pedido %d tiene mal el NIF de la empresa. ¿Me pueden enviar una factura rectificativa con los datos correctos?",
			"El producto del pedido %d llegó roto y quiero devolverlo. ¿Cómo tengo que hacer la devolución y quién paga el envío?",
		},
		details: []string{
			"Datos del pedido: número %d, fecha 2 de noviembre, pago con tarjeta terminada en 4821, envío estándar a Calle Mayor 14, 3.º B, 28013 Madrid.",
			"Línea %d: zapatillas de running talla 41, color azul marino, referencia ZR-4471-AZ, cantidad 1, precio 89,95 euros con IVA incluido.",
			"Historial del seguimiento, paso %d: el paquete salió del almacén de Getafe, pasó por el centro logístico de Coslada y desde entonces no hay movimientos.",
			"Mensaje %d del chat: el agente me dijo que abriría una incidencia con la empresa de transporte y que me escribirían en 48 horas, pero nadie me ha contestado.",
		},
		closings:  []string{"Un saludo,", "Gracias de antemano,", "Quedo a la espera de su respuesta.", "Atentamente,"},
		followUps: []string{"Sigo sin noticias del pedido %d y nadie me responde. Necesito una solución ya.", "¿Hay alguna novedad sobre el pedido %d? Llevo días esperando una respuesta."},
	},
	{
		domain: "mail.example.co.uk", to: "support@tiendasol.example", reply: "Re: ",
		subjects: []string{"Order %d has not arrived", "Charged twice for order %d", "VAT invoice for order %d",
			"Change the delivery address of order %d", "Return of order %d"},
		openings: []string{"Hello,", "Hi there,", "Dear support team,", "Good morning,"},
		asks: []string{
			"I placed order %d two weeks ago and it still has not arrived. The tracking page has not changed in a week. When will I get it?",
			"I was charged twice for order %d. This is unacceptable and I want the duplicate charge refunded as soon as possible.",
			"Could you send me a VAT invoice for order %d? Our company details are below. Do I need to ask for one for every order?",
			"I need to change the delivery address of order %d because I am moving this week. Is that still possible?",
			"The item in order %d arrived damaged and I would like to return it. How do I send it back and who pays for the postage?",
		},
		details: []string{
			"Order details: number %d, placed on 2 November, paid by card ending 4821, standard delivery to 14 Harbour Street, Bristol BS1 4QA.",
			"Line %d: running shoes, UK size 8, navy blue, reference ZR-4471-NV, quantity 1, price 79.95 GBP including VAT.",
			"Tracking history, step %d: the parcel left the warehouse in Madrid, reached the hub in Coslada, and there has been no update since then.",
			"Chat message %d: the agent told me a claim would be opened with the courier and that I would hear back within 48 hours, but nobody has written.",
		},
		closings:  []string{"Best regards,", "Thanks in advance,", "Kind regards,", "Looking forward to your reply."},
		followUps: []string{"I still have no news about order %d and nobody answers. I need this sorted out now.", "Is there any update on order %d? I have been waiting for days."},
	},
	{
		domain: "email.example.com.br", to: "atendimento@tiendasol.example", reply: "Res: ",
		subjects: []string{"Encomenda %d não chegou", "Cobrança em dobro no pedido %d", "Nota fiscal do pedido %d",
			"Troca de endereço da encomenda %d", "Devolução do pedido %d"},
		openings: []string{"Olá, bom dia.", "Boa tarde,", "Prezados,", "Olá,"},
		asks: []string{
			"Fiz a encomenda %d há duas semanas e ainda não chegou. O rastreio não muda há dias. Quando vou receber?",
			"Fui cobrada duas vezes pelo pedido %d no cartão. Isso é inaceitável, quero o estorno da cobrança indevida o mais rápido possível.",
			"Podem me enviar a nota fiscal do pedido %d com o CNPJ da empresa? Preciso dela para a contabilidade.",
			"Preciso trocar o endereço de entrega da encomenda %d porque vou me mudar esta semana. Ainda é possível?",
			"O produto do pedido %d chegou quebrado e quero devolver. Como faço a devolução e quem paga o frete?",
		},
		details: []string{
			"Dados do pedido: número %d, feito em 2 de novembro, pago com cartão final 4821, entrega normal na Rua Augusta 1500, apto 42, São Paulo SP.",
			"Item %d: tênis de corrida tamanho 40, cor azul-marinho, referência ZR-4471-AZ, quantidade 1, preço R$ 389,90.",
			"Histórico do rastreio, etapa %d: o pacote saiu do armazém de Madri, passou pelo centro de Coslada e desde então não há atualização.",
			"Mensagem %d do chat: o atendente disse que ia abrir uma reclamação com a transportadora e que eu teria resposta em 48 horas, mas ninguém respondeu.",
		},
		closings:  []string{"Obrigada,", "Atenciosamente,", "Aguardo retorno.", "Abraços,"},
		followUps: []string{"Continuo sem notícias da encomenda %d e ninguém responde. Preciso de uma solução já.", "Alguma novidade sobre o pedido %d? Estou esperando há dias."},
	},
}

var firstNames = []string{"Marta", "Daniel", "Joana", "Lucía", "Oliver", "Thiago", "Carmen", "Priya", "Beatriz", "Javier", "Emily", "Rafael"}
var lastNames = []string{"Ibáñez", "Okafor", "Ferreira", "Romero", "Hughes", "Almeida", "Vidal", "Shah", "Costa", "Ruiz", "Clarke", "Moreira"}

// generate returns n messages of about size bytes each, in the order they
// are sent; about replyRate of them answer an earlier message of their
// conversation.
func generate(n, size int, replyRate float64, seed uint64) []loadMessage {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	type conv struct {
		index    int
		lang     *language
		name     string
		addr     string
		subject  string
		order    int
		last     string   // the latest message's id
		refs     []string // its references and id
		messages int
	}
	var convs []*conv
	msgs := make([]loadMessage, 0, n)
	start := time.Date(2026, 11, 16, 8, 0, 0, 0, time.UTC)
	for i := range n {
		date := start.Add(time.Duration(i) * 7 * time.Second)
		var c *conv
		reply := len(convs) > 0 && rng.Float64() < replyRate
		if reply {
			c = convs[rng.IntN(len(convs))]
		} else {
			lang := &languages[rng.IntN(len(languages))]
			first, last := firstNames[rng.IntN(len(firstNames))], lastNames[rng.IntN(len(lastNames))]
			c = &conv{
				index: len(convs),
				lang:  lang,
				name:  first + " " + last,
				addr:  fmt.Sprintf("%s.%s%d@%s", asciiLower(first), asciiLower(last), len(convs), lang.domain),
				order: 4000 + len(convs),
			}
			c.subject = fmt.Sprintf(lang.subjects[rng.IntN(len(lang.subjects))], c.order)
			convs = append(convs, c)
		}
		l := c.lang
		id := fmt.Sprintf("%d.%d.%x@%s", date.Unix(), i, rng.Uint32(), l.domain)
		var b strings.Builder
		fmt.Fprintf(&b, "Received: from mail.%s (mail.%s [192.0.2.%d])\r\n\tby mx.tiendasol.example (Postfix) with ESMTPS id %X\r\n\tfor <%s>; %s\r\n",
			l.domain, l.domain, 1+i%250, rng.Uint64(), l.to, date.Add(3*time.Second).Format(time.RFC1123Z))
		fmt.Fprintf(&b, "From: %s <%s>\r\nTo: %s\r\n", mimeWord(c.name), c.addr, l.to)
		subject := c.subject
		if reply {
			subject = l.reply + subject
		}
		fmt.Fprintf(&b, "Subject: %s\r\nDate: %s\r\nMessage-ID: <%s>\r\n", mimeWord(subject), date.Format(time.RFC1123Z), id)
		if reply {
			fmt.Fprintf(&b, "In-Reply-To: <%s>\r\nReferences: <%s>\r\n", c.last, strings.Join(c.refs, "> <"))
		}
		b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
		body := b.Len()
		fmt.Fprintf(&b, "%s\r\n\r\n", l.openings[rng.IntN(len(l.openings))])
		if reply {
			fmt.Fprintf(&b, l.followUps[rng.IntN(len(l.followUps))]+"\r\n\r\n", c.order)
		} else {
			fmt.Fprintf(&b, l.asks[rng.IntN(len(l.asks))]+"\r\n\r\n", c.order)
		}
		fmt.Fprintf(&b, "%s\r\n%s\r\n\r\n", l.closings[rng.IntN(len(l.closings))], c.name)
		// What customers paste below: order details, tracking, chat logs.
		for k := 1; b.Len()-body < size-200; k++ {
			line := fmt.Sprintf(l.details[rng.IntN(len(l.details))], k)
			for len(line) > 76 { // wrap as mail clients do
				cut := strings.LastIndexByte(line[:76], ' ')
				if cut <= 0 {
					cut = 76
				}
				b.WriteString(line[:cut] + "\r\n")
				line = strings.TrimLeft(line[cut:], " ")
			}
			b.WriteString(line + "\r\n\r\n")
		}
		c.refs = append(c.refs, id)
		if len(c.refs) > 10 {
			c.refs = c.refs[len(c.refs)-10:]
		}
		c.last = id
		c.messages++
		msgs = append(msgs, loadMessage{id: id, thread: c.index, raw: []byte(b.String())})
	}
	return msgs
}

// asciiLower makes a name fit the local part of an address.
func asciiLower(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case 'á', 'Á':
			return 'a'
		case 'é':
			return 'e'
		case 'í':
			return 'i'
		case 'ó':
			return 'o'
		case 'ú':
			return 'u'
		case 'ñ':
			return 'n'
		}
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		if r >= 'a' && r <= 'z' {
			return r
		}
		return -1
	}, s)
}

// mimeWord encodes s as an RFC 2047 word when it is not ASCII.
func mimeWord(s string) string { return mime.BEncoding.Encode("UTF-8", s) }
