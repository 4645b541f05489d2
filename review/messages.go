package review

import (
	"fmt"
	"time"
)

// msg is a message of a finding in each language, a format for
// fmt.Sprintf.
type msg struct{ es, en, pt string }

func (m msg) in(lang string) string {
	switch lang {
	case "es":
		return m.es
	case "pt":
		return m.pt
	}
	return m.en
}

var (
	msgLate = msg{
		"La respuesta llega %s tarde para el objetivo de %s (vencía %s).",
		"This reply is %s late for the %s target (it was due %s).",
		"A resposta chega %s atrasada para o objetivo de %s (vencia %s).",
	}
	msgOnTime = msg{
		"A tiempo para el objetivo de %s: quedan %s.",
		"On time for the %s target: %s to spare.",
		"Dentro do objetivo de %s: faltam %s.",
	}
	msgPromisePast = msg{
		"Esta hora prometida ya ha pasado.",
		"This promised time has already passed.",
		"Este prazo prometido já passou.",
	}
	msgPromiseClosed = msg{
		"El equipo no trabaja a esta hora prometida: el calendario está cerrado.",
		"Nobody works at this promised time: the business calendar is closed.",
		"Ninguém trabalha neste horário prometido: o calendário está fechado.",
	}
	msgPromiseShort = msg{
		"Este plazo deja solo %s de horario laboral: no se puede cumplir.",
		"This deadline leaves only %s of business hours: it cannot be kept.",
		"Este prazo deixa só %s de horário útil: não pode ser cumprido.",
	}
	msgPromiseLate = msg{
		"Este plazo es posterior al objetivo de %s (vence %s).",
		"This deadline is later than the %s target (due %s).",
		"Este prazo é posterior ao objetivo de %s (vence %s).",
	}
	msgGreeting = msg{
		"Empiece con un saludo y el nombre del cliente.",
		"Start with a greeting and the customer's name.",
		"Comece com uma saudação e o nome do cliente.",
	}
	msgClosing = msg{
		"Termine con una despedida antes de la firma.",
		"End with a closing before the signature.",
		"Termine com uma despedida antes da assinatura.",
	}
	msgRegisterFormal = msg{
		"Trate al cliente de usted: esta forma es de tú.",
		"Address the customer formally (usted): this is informal.",
		"Trate o cliente com formalidade: esta forma é informal.",
	}
	msgRegisterInformal = msg{
		"Trate al cliente de tú: esta forma es de usted.",
		"Address the customer informally (tú): this is formal.",
		"Trate o cliente com informalidade: esta forma é formal.",
	}
	msgRegisterMixed = msg{
		"La respuesta mezcla tú y usted: use un solo trato.",
		"The reply mixes tú and usted: keep to one.",
		"A resposta mistura formas de tratamento: use apenas uma.",
	}
	msgShouting = msg{
		"Las mayúsculas se leen como gritos.",
		"Capitals read as shouting.",
		"Maiúsculas soam como gritos.",
	}
	msgCurt = msg{
		"Respuesta demasiado breve para una queja (%d palabras): reconozca el problema y explique qué va a pasar.",
		"Too short a reply to a complaint (%d words): acknowledge the problem and say what happens next.",
		"Resposta curta demais para uma reclamação (%d palavras): reconheça o problema e explique o que vai acontecer.",
	}
	msgName = msg{
		"Use el nombre del cliente (%s).",
		"Use the customer's name (%s).",
		"Use o nome do cliente (%s).",
	}
	msgUnsigned = msg{
		"Firme con su nombre y su cargo.",
		"Sign with your name and role.",
		"Assine com o seu nome e cargo.",
	}
	msgTeam = msg{
		"Firme una persona con nombre y cargo, no solo el equipo.",
		"Sign as a named person with a role, not only as the team.",
		"Assine como uma pessoa com nome e cargo, não só como equipe.",
	}
	msgRole = msg{
		"Añada su cargo o departamento bajo el nombre.",
		"Add your role or department under the name.",
		"Acrescente o cargo ou departamento abaixo do nome.",
	}
	msgUnanswered = msg{
		"La respuesta no atiende esta pregunta del cliente.",
		"The reply does not address this question.",
		"A resposta não atende esta pergunta do cliente.",
	}
	msgUnansweredRequest = msg{
		"La respuesta no atiende esta petición del cliente.",
		"The reply does not address this request.",
		"A resposta não atende este pedido do cliente.",
	}
	msgNegative = msg{
		"Frase negativa o que culpa al cliente; pruebe: «%s».",
		"Negative or blaming phrasing; try: “%s”.",
		"Frase negativa ou que culpa o cliente; experimente: «%s».",
	}
	msgSentence = msg{
		"Frase larga (%d palabras): divídala.",
		"Long sentence (%d words): split it.",
		"Frase longa (%d palavras): divida-a.",
	}
	msgParagraph = msg{
		"Párrafo largo (%d palabras): divídalo.",
		"Long paragraph (%d words): split it.",
		"Parágrafo longo (%d palavras): divida-o.",
	}
	msgJargon = msg{
		"Jerga interna: «%s».",
		"Internal jargon: “%s”.",
		"Jargão interno: «%s».",
	}
	msgJargonInstead = msg{
		"Jerga interna: «%s»; mejor «%s».",
		"Internal jargon: “%s”; say “%s”.",
		"Jargão interno: «%s»; melhor «%s».",
	}
	msgMainPoint = msg{
		"Lo principal que preguntó el cliente se responde aquí: póngalo al principio.",
		"The customer's main question is answered only here: put it first.",
		"A principal pergunta do cliente só é respondida aqui: coloque-a no início.",
	}
	msgOfferUnanswered = msg{
		"Oferta comercial con preguntas del cliente aún sin responder.",
		"A commercial offer while the customer's questions are unanswered.",
		"Oferta comercial com perguntas do cliente ainda sem resposta.",
	}
	msgOfferComplaint = msg{
		"Oferta comercial en respuesta a una queja no resuelta.",
		"A commercial offer in reply to a complaint that is not resolved.",
		"Oferta comercial em resposta a uma reclamação não resolvida.",
	}
)

// metricNames are the names of the SLA metrics in messages.
var metricNames = map[string]msg{
	"first_reply":     {"primera respuesta", "first reply", "primeira resposta"},
	"next_reply":      {"siguiente respuesta", "next reply", "próxima resposta"},
	"periodic_update": {"actualización periódica", "periodic update", "atualização periódica"},
	"resolution":      {"resolución", "resolution", "resolução"},
}

// duration writes d in hours and minutes: "2 h 5 min", "40 min", "3 d 2 h".
func duration(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	d = d.Round(time.Minute)
	days, h, m := int(d/(24*time.Hour)), int(d%(24*time.Hour)/time.Hour), int(d%time.Hour/time.Minute)
	switch {
	case days > 0 && h > 0:
		return fmt.Sprintf("%d d %d h", days, h)
	case days > 0:
		return fmt.Sprintf("%d d", days)
	case h > 0 && m > 0:
		return fmt.Sprintf("%d h %d min", h, m)
	case h > 0:
		return fmt.Sprintf("%d h", h)
	}
	return fmt.Sprintf("%d min", m)
}
