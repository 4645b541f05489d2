package review

import (
	"github.com/cartero/cartero/internal/quote"
)

// The words the checks look for, in Spanish, English and Portuguese.
// Every list is folded when it is compiled, so entries are written as
// people write them. Adding a language is adding its words to each
// list.

// lexicon is every list compiled. It is built once and only read.
var lexicon = newLexicon()

type tables struct {
	greeting  phrases
	closing   phrases
	team      map[string]bool // words that make a signature line a team's
	role      map[string]bool // words that make a line a role
	company   map[string]bool // words of a company's name
	names     map[string]bool // given names
	negatives *negativeSet
	offers    phrases
}

func newLexicon() *tables {
	return &tables{
		greeting: newPhrases(quote.Greetings("es"), quote.Greetings("en"), quote.Greetings("pt"), []string{
			"buen día", "buenos dias", "apreciado", "apreciada", "apreciados", "distinguido", "distinguida",
			"sr", "sra", "señor", "señora", "don", "doña", "hola de nuevo", "hola otra vez",
			"hi there", "hello again", "greetings", "good day", "mr", "mrs", "ms", "dr",
			"olá de novo", "olá novamente", "querido", "querida", "estimado", "estimada", "senhor", "senhora",
			"sr.", "sra.", "exmo.", "exma.", "exmo sr", "exma sra", "caro cliente", "cara cliente",
		}),
		closing: newPhrases(quote.Closings("es"), quote.Closings("en"), quote.Closings("pt"), []string{
			"quedamos a su disposición", "quedamos a tu disposición", "quedo a tu disposición", "quedamos a vuestra disposición",
			"estamos a su disposición", "estamos a tu disposición", "seguimos a su disposición", "seguimos a tu disposición",
			"quedamos atentos", "quedo atento", "quedo atenta", "quedamos pendientes", "a su disposición", "a tu disposición",
			"a tu disposición para lo que necesites", "no dude en", "no dudes en", "reciba un saludo", "recibe un saludo",
			"reciba un cordial saludo", "recibe un cordial saludo", "un saludo cordial", "saludos cordiales", "cordiales saludos",
			"gracias por su paciencia", "gracias por tu paciencia", "gracias por su comprensión", "gracias por tu comprensión",
			"gracias de nuevo", "gracias nuevamente", "muchas gracias por", "gracias por confiar", "gracias por elegirnos",
			"un abrazo", "saludos", "atte.", "best regards", "kind regards", "warm regards", "many thanks", "thanks again",
			"thank you again", "thank you for your patience", "thanks for your patience", "thank you for your understanding",
			"please don't hesitate", "please do not hesitate", "don't hesitate", "do not hesitate", "feel free to",
			"all the best", "take care", "speak soon", "with thanks", "yours", "best",
			"ficamos à disposição", "ficamos a disposição", "estamos à disposição", "fico à disposição", "seguimos à disposição",
			"permanecemos à disposição", "continuamos à disposição", "não hesite", "obrigado pela", "obrigada pela",
			"obrigado pela compreensão", "agradecemos a sua", "agradecemos sua", "agradecemos a compreensão", "um abraço",
			"saudações", "com os melhores cumprimentos", "melhores cumprimentos", "cumprimentos", "atenciosamente",
		}),
		team: set(
			// es
			"equipo", "departamento", "servicio", "servicios", "atencion", "soporte", "area", "central", "oficina",
			"gestion", "administracion", "direccion", "comision", "directiva", "junta", "comite", "secretaria",
			// en
			"team", "department", "dept", "desk", "service", "services", "support", "care", "helpdesk", "staff",
			"office", "customer", "customers", "relations", "relaciones", "relacoes", "committee", "board",
			"management", "reception", "admissions", "bookings",
			// pt
			"equipe", "equipa", "departamento", "servico", "servicos", "atendimento", "apoio", "suporte", "sac",
			"ouvidoria", "central", "comissao", "diretoria", "direcao", "secretaria", "gerencia",
		),
		role: set(
			// es
			"agente", "asesor", "asesora", "atencion", "cliente", "clientes", "responsable", "gestor", "gestora",
			"especialista", "coordinador", "coordinadora", "director", "directora", "jefe", "jefa", "supervisor",
			"supervisora", "tecnico", "tecnica", "soporte", "servicio", "departamento", "equipo", "analista",
			"consultor", "consultora", "representante", "ventas", "facturacion", "reservas", "recepcion",
			"administracion", "calidad", "postventa", "operaciones", "logistica", "encargado", "encargada",
			"gerente", "ejecutivo", "ejecutiva", "comercial", "cobros", "reclamaciones", "incidencias", "envios",
			"devoluciones", "cuentas", "secretaria", "asistente", "administrativo", "administrativa", "socio",
			"fundador", "fundadora", "ceo", "cto", "abogado", "abogada", "enfermera", "enfermero", "medico",
			"medica", "farmaceutico", "farmaceutica", "tienda", "experiencia", "comunidad", "profesor", "profesora",
			"instructor", "instructora", "entrenador", "entrenadora", "mecanico", "mecanica", "veterinario",
			"veterinaria", "dentista", "doctor", "doctora", "tesorero", "tesorera", "presidente", "presidenta",
			"propietario", "propietaria", "duena", "dueno", "guia", "monitor", "monitora", "administrador",
			"administradora", "recepcionista", "bibliotecario", "bibliotecaria", "traductor", "traductora",
			"instalador", "instaladora", "fotografo", "fotografa", "peluquero", "peluquera", "estilista", "tutor",
			"tutora", "organizadora", "organizador", "vocal", "chef", "liquidador", "liquidadora", "siniestros", "perito",
			"perita", "corredor", "corredora", "aclaraciones", "reintegros", "coordinacion", "unidad",
			// en
			"manager", "specialist", "agent", "advisor", "adviser", "representative", "rep", "support", "service", "services",
			"customer", "care", "lead", "head", "officer", "coordinator", "billing", "sales", "accounts",
			"relations", "success", "associate", "consultant", "executive", "engineer", "desk", "department",
			"bookings", "reservations", "claims", "team", "assistant", "supervisor", "director", "owner", "founder",
			"concierge", "technician", "returns", "operations", "helpdesk", "analyst", "experience", "escalations",
			"retention", "member", "host", "front", "guest", "patient", "pharmacist", "nurse", "registrar", "chef",
			"instructor", "teacher", "trainer", "mechanic", "vet", "veterinary", "dentist", "doctor", "secretary",
			"treasurer", "president", "chair", "chairman", "chairwoman", "planner", "organiser", "organizer",
			"guide", "receptionist", "librarian", "translator", "installer", "photographer", "stylist", "partner",
			"administrator", "principal", "tutor", "coach", "nursery",
			// pt
			"atendente", "consultor", "consultora", "gerente", "assistente", "coordenador", "coordenadora",
			"supervisor", "supervisora", "atendimento", "suporte", "vendas", "cobranca", "faturamento",
			"faturacao", "sinistros", "relacionamento", "ouvidoria", "sac", "apoio", "servico", "equipe",
			"equipa", "tecnico", "tecnica", "analista", "especialista", "responsavel", "diretor", "diretora",
			"gestor", "gestora", "comercial", "reservas", "rececao", "recepcao", "operacoes", "logistica",
			"qualidade", "experiencia", "professor", "professora", "instrutor", "instrutora", "treinador",
			"treinadora", "mecanico", "mecanica", "veterinario", "veterinaria", "dentista", "medico", "medica",
			"tesoureiro", "tesoureira", "presidente", "proprietario", "proprietaria", "guia", "monitor", "monitora",
			"administrador", "administradora", "rececionista", "recepcionista", "bibliotecario", "bibliotecaria",
			"tradutor", "tradutora", "instalador", "instaladora", "fotografo", "fotografa", "cabeleireiro",
			"cabeleireira", "estilista", "tatuador", "tatuadora", "socio", "socia", "fundador", "fundadora",
			"secretario", "secretaria", "chef", "corretor", "corretora", "perito", "perita", "gestao", "balcao",
		),
		company: set(
			"s.a", "s.l", "sa", "sl", "slu", "ltd", "ltda", "inc", "llc", "plc", "gmbh", "corp", "co", "lda",
			"tienda", "shop", "store", "loja", "hotel", "hoteles", "banco", "bank", "seguros", "insurance",
			"telecom", "airlines", "aerolineas", "linhas", "energia", "energy", "clinica", "clinic", "farmacia",
			"pharmacy", "grupo", "group", "online", "moda", "viajes", "travel", "viagens", "express", "logistics",
			"mobile", "movil", "movel", "fibra", "net", "academy", "academia", "gym", "gimnasio", "inn", "air",
			"airways", "aerolinea", "aerolineas", "bancos", "outfitters", "foods", "motors", "auto", "autos",
			"seguradora", "hoteis", "resort", "spa", "salud", "saude", "health", "water", "aguas", "gas", "power",
		),
		names:     givenNames(),
		negatives: compileNegatives(),
		offers: newPhrases([]string{
			// es
			"descuento", "cupón", "código promocional", "código de descuento", "oferta", "promoción", "le recomendamos también",
			"te recomendamos también", "le puede interesar", "te puede interesar", "le podría interesar", "te podría interesar",
			"suscríbase", "suscríbete", "newsletter", "boletín", "mejora a", "actualice a", "pásese a", "pásate a",
			"nuestra nueva colección", "nuestros nuevos", "no se pierda", "no te pierdas", "aproveche", "aprovecha",
			"envío gratis en su próxima", "envío gratis en tu próxima", "rebajas", "black friday", "programa de fidelidad",
			"le encantará nuestro", "le encantará nuestra", "te va a encantar", "¿por qué no prueba", "por qué no probás",
			// en
			"discount", "coupon", "promo code", "voucher code", "special offer", "exclusive offer", "our offer",
			"you might also like", "you may also like", "you may be interested", "you might be interested",
			"subscribe", "sign up for our", "upgrade to", "check out our", "don't miss", "take advantage",
			"our new collection", "loyalty program", "loyalty programme", "free shipping on your next",
			"off your next", "off your first", "you might like our", "you may like our", "you'll love our", "why not try",
			"why not upgrade",
			// pt
			"desconto", "cupom", "cupão", "código promocional", "promoção", "oferta especial", "aproveite",
			"pode interessar", "também recomendamos", "recomendamos também", "assine", "inscreva-se", "subscreva",
			"faça upgrade", "não perca", "nossa nova coleção", "a nossa nova coleção", "programa de fidelidade",
			"frete grátis na sua próxima", "portes grátis", "frete grátis ilimitado", "vai adorar", "vai gostar do nosso",
			"vai gostar da nossa",
		}),
	}
}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
