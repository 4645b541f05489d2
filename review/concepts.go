package review

import (
	"slices"
	"strings"

	"github.com/cartero/cartero/internal/fold"
)

// concepts group the words that customers and agents use for one thing,
// in the three languages: a question about "la devolución" is answered
// by "el reembolso", one about "delivery" by "llegará". Each entry is the
// start of the words (folded); one that ends in "=" is a whole word.
var concepts = [][]string{
	// delivery
	{"entreg", "llega", "llegu", "lleg", "reparto", "repartid", "mensajer", "transportist", "despach", "deliver",
		"ship", "arriv", "courier", "motoboy", "dispatch", "cheg", "frete", "transportadora", "expedic", "expedid",
		"expedir", "correios",
		"receb", "recib", "receiv", "portes", "encomend"},
	// sending (an invoice, a document, a parcel)
	{"envio", "envia", "envie", "enviad", "enviam", "envien", "send=", "sends", "sent=", "sending", "mandar", "mandam",
		"manden", "mande", "remess", "post=", "posted", "email=", "emailed", "adjunt", "attach", "anex", "segue"},
	// refund and return
	{"reembols", "compens", "indemniz", "indeniz", "devol", "devuel", "abon", "refund", "reimburs", "estorn", "return", "retorn", "devolv",
		"reintegr", "credit=", "credited", "creditad", "acredit"},
	// invoice
	{"factur", "invoice", "recibo", "receipt", "fatura", "comprovante", "justificante", "comprobante", "bill="},
	// cancel
	{"cancel", "anul", "baja=", "unsubscrib", "rescind", "rescis", "desist", "terminat"},
	// change
	{"cambi", "modific", "actualiz", "atualiz", "change", "modif", "updat", "amend", "alter=", "altera", "altere", "altered", "alteration", "troc", "mudar", "mudan", "edit",
		"swap", "exchang", "substitu", "sustitu", "replac", "reemplaz"},
	// price
	{"precio=", "precios=", "coste", "costo", "cost=", "costs", "cuesta", "tarifa", "importe", "price", "pricing", "fee=",
		"fees", "preco", "valor=", "valores=", "custa", "custo=", "custos=", "quanto", "cuanto", "caro=", "caros=",
		"barat", "expens", "cheap",
		"investimento", "inversion", "investment"},
	// charge and payment
	{"cobr", "cargo", "pago", "pagar", "pagu", "pagamos", "charge=", "charges=", "charged", "charging", "pay=", "paid", "payment", "paying", "billed",
		"pagamento", "debit", "debito", "transfer", "tarjeta", "card=", "cards=", "cartao", "boleto", "pix="},
	// access
	{"contrase", "clave", "password", "senha", "acceso=", "accesos=", "acced", "access=", "accessed", "accessing", "acesso=", "acessar", "login",
		"entrar", "bloque", "locked", "lock=", "lockout", "desbloq", "unlock", "usuario", "username", "utilizador"},
	// account
	{"cuenta", "account", "conta=", "contas", "perfil", "profile", "registr", "regist", "suscrip", "subscri", "assinatura"},
	// address
	{"direcc", "domicil", "address", "endere", "morada", "postcode", "zip=", "zipcode", "cep="},
	// size and colour
	{"talla", "tamano", "size", "tamanho", "medida", "sizing"},
	{"color", "colour", "cor=", "cores", "azul", "rojo", "negro", "blanco", "verde", "blue", "red=", "black", "white",
		"green", "preto", "branco", "vermelho"},
	// stock
	{"stock", "disponib", "existencia", "quedan", "agotad", "available", "availab", "estoque", "esgotad",
		"reponer", "reposic", "restock"},
	// warranty
	{"garant", "warrant", "guarante"},
	// booking
	{"reserv", "booking", "book=", "booked", "cita=", "citas", "appointment", "marcacao", "agend", "schedul", "turno"},
	// trips
	{"vuelo", "flight", "voo=", "voos", "embarque", "boarding", "asiento", "seat", "assento", "equipaje", "maleta",
		"luggage", "baggage", "bagag", "mala="},
	// opening hours
	{"horario", "hours", "opening", "abiert", "abre=", "cierra", "open=", "close=", "closes", "funcionamento", "aberto"},
	// phone
	{"telef", "phone", "llamar", "llamad", "call=", "calls", "calling", "ligar", "ligacao", "movil", "mobile", "celular",
		"speak", "spoke", "talk", "hablar", "hable", "falar", "fale=", "contact", "contat", "converse", "conversar"},
	// e-mail
	{"correo", "email", "mail=", "mails="},
	// discount
	{"descuent", "discount", "desconto", "cupon", "coupon", "cupom", "promo", "rebaja", "voucher", "vale="},
	// damage
	{"roto=", "rota=", "rotos=", "rotas=", "danad", "defect", "broken", "damag", "faulty", "quebr", "danific", "estrag",
		"averia", "averiad", "avaria", "fallo", "falla", "malfunction", "arranh", "rayad", "scratch"},
	// tracking
	{"seguim", "track", "rastre", "localiz", "locat", "paradero"},
	// internet
	{"conexi", "internet", "wifi", "fibra", "router", "senal", "signal", "sinal", "connect", "conect", "velocidad",
		"speed", "velocidade", "cobertura", "coverage"},
	// contract and plan
	{"contrat", "contract", "plan=", "planes", "plano", "permanenc", "fidelizac", "subscription"},
	// document
	{"document", "certific", "declaraci", "declarac", "formulario", "form=", "forms", "impreso", "papel", "paperwork",
		"tramit", "procedure", "procedimiento", "procedimento"},
	// notice
	{"avis", "anunci", "notific", "notify", "announc", "warn", "alert", "comunicad", "comunicam"},
	// weight
	{"kilo=", "kilos=", "kilogram", "kgs=", "quilo=", "quilos=", "quilogram", "gramo", "grama", "gram="},
	// by hand
	{"manual", "mano=", "mao="},
	// lodging
	{"hotel", "hosped", "alojam", "accommodation", "lodging"},
	// end of a period or a course
	{"terminar", "termina=", "terminan", "terminara", "terminad", "terminou", "termine=", "final=", "finales", "finaliz", "fin=", "end=", "ends", "ending", "acab", "fim="},
	// time
	{"plazo", "prazo", "tarda", "tardar", "demora", "demor", "deadline", "delay",
		"retras", "atras", "late=", "lateness"},
	// order
	{"pedido", "orden=", "ordenes=", "order", "compra", "encomenda", "purchase", "compre=", "compro=", "bought", "comprei"},
	// product
	{"producto", "product", "produto", "articulo", "artigo", "item"},
	// person in charge
	{"tecnico", "technician", "engineer", "visita", "visit"},
	// repair
	{"arregl", "repar", "fix=", "fixed", "fixing", "ajust", "adjust", "consert", "correg", "corrij", "corrig", "correct"},
	// collecting
	{"recog", "recoj", "collect", "pick=", "picked", "pickup", "recolh", "recolec"},
	// bringing something along
	{"llevar=", "llevo=", "lleve=", "lleven=", "llevamos=", "traer=", "traigo=", "traiga=", "traigan=", "trae=",
		"traen=", "bring", "brought", "levar=", "levo=", "levem=", "levamos=", "trazer", "trago=", "traga=",
		"tragam=", "traz=", "trazem="},
	// parking
	{"aparca", "estaciona", "parking", "park=", "parked", "cochera", "garage", "garagem"},
	// places left
	{"vaga=", "vagas=", "plazas=", "cupo=", "cupos=", "vacanc", "spaces", "lugares="},
	// children
	{"nino", "nina=", "ninos", "ninas", "hijo", "hija", "child", "kid=", "kids", "crianc", "filho", "filha", "son=", "daughter"},
	// pets
	{"mascot", "pet=", "pets", "perro", "perra", "dog=", "dogs", "gato", "gata", "cat=", "cats", "animal", "animai", "cachorr", "cao=", "caes="},
}

// genericConcepts are the concepts of words every reply holds.
var genericConcept = func() map[int]bool {
	m := map[int]bool{}
	for i, c := range concepts {
		switch c[0] {
		case "pedido", "producto":
			m[i+1] = true
		}
	}
	return m
}()

// The concepts of a price and of a charge or payment.
var (
	priceConcept  = conceptNamed("precio=")
	chargeConcept = conceptNamed("cobr")
)

// conceptNamed returns the concept whose first stem is first.
func conceptNamed(first string) int {
	for i, c := range concepts {
		if c[0] == first {
			return i + 1
		}
	}
	return 0
}

type conceptStem struct {
	stem    string
	concept int
	exact   bool
}

// conceptIndex finds the concept stems by their first three bytes.
var conceptIndex = func() map[string][]conceptStem {
	m := map[string][]conceptStem{}
	for i, c := range concepts {
		for _, s := range c {
			cs := conceptStem{stem: fold.String(s), concept: i + 1}
			if strings.HasSuffix(cs.stem, "=") {
				cs.stem, cs.exact = cs.stem[:len(cs.stem)-1], true
			}
			if len(cs.stem) < 3 {
				continue
			}
			m[cs.stem[:3]] = append(m[cs.stem[:3]], cs)
		}
	}
	for k, l := range m {
		slices.SortStableFunc(l, func(a, b conceptStem) int { return len(b.stem) - len(a.stem) })
		m[k] = l
	}
	return m
}()

// generic are words that say little about what a question asks.
var generic = set(
	"problema", "problemas", "problem", "problems", "issue", "issues", "ayuda", "help", "ajuda", "informacion",
	"information", "informacao", "info", "caso", "case", "consulta", "question", "pergunta", "duda", "dudas", "duvida",
	"cliente", "customer", "servicio", "service", "servico", "empresa", "company", "tienda", "store", "loja",
	"gracias", "thanks", "obrigado", "obrigada", "favor", "momento", "moment", "situacion", "situation", "situacao",
	"forma", "manera", "way", "jeito", "ahora", "now", "agora", "todavia", "still", "ainda", "ya", "already", "hoy", "today",
	"hoje", "semana", "week", "dias", "days", "tiempo", "time", "tempo", "vez", "veces", "times", "solucion",
	"solution", "solucao", "respuesta", "answer", "resposta",
)

// stopwords are the words of a question that are not its content:
// function words, and the words that ask.
var stopwords = set(
	// es
	"el", "la", "los", "las", "un", "una", "unos", "unas", "lo", "al", "del", "de", "a", "en", "con", "por", "para",
	"sin", "sobre", "entre", "hasta", "desde", "que", "quien", "como", "cuando", "donde", "cual", "cuales", "cuanto",
	"cuanta", "cuantos", "cuantas", "porque", "pero", "sino", "mas", "muy", "ya", "tambien", "tampoco", "si", "no", "ni",
	"o", "u", "y", "e", "mi", "mis", "su", "sus", "tu", "tus", "nuestro", "nuestra", "nuestros", "nuestras", "me",
	"te", "se", "le", "les", "nos", "os", "yo", "usted", "ustedes", "ellos", "ellas", "el", "ella", "este", "esta",
	"esto", "estos", "estas", "ese", "esa", "eso", "esos", "esas", "aquel", "aquella", "hay", "ser", "es", "son",
	"era", "fue", "sea", "estar", "esta", "estan", "estoy", "estaba", "tener", "tengo", "tiene", "tienen", "tenia",
	"haber", "he", "ha", "han", "hemos", "habia", "hacer", "hago", "hace", "hacen", "hecho", "puedo", "puede",
	"pueden", "podria", "podrian", "podemos", "quisiera", "quiero", "queria", "saber", "gustaria", "necesito",
	"necesitamos", "necesita", "favor", "pido", "solicito", "agradeceria", "agradecere", "desearia", "indiquen",
	"indiqueme", "indiquenme", "diganme", "digan", "dime", "decirme", "confirmen", "confirmenme", "confirmar",
	"informen", "informar", "envienme", "mandenme", "alguna", "algun", "alguno", "algo", "todo", "toda", "todos",
	"todas", "otro", "otra", "otros", "otras", "mismo", "misma", "cada", "vez", "poder", "posible", "hola", "buenas",
	"buenos", "dias", "tardes", "gracias", "saludos", "asi", "aqui", "alli", "entonces", "luego", "solo", "sólo",
	"bien", "mal", "ayer", "hoy", "va", "voy", "vamos", "van", "ir", "debo", "debe", "deberia", "mio", "mia",
	"inmediato", "urgente", "cuanto", "asap", "urgently", "immediately", "imediato", "urgencia", "pronto",
	"despues", "antes", "ademas", "tambien", "aprovecho", "preguntar", "otra", "cosa", "tema", "respecto",
	"seria", "serian", "sera", "seran", "tuve", "tuvo", "tuvimos", "tuvieron", "tendre", "tendra", "tendria",
	"tendriamos", "tendran", "habra", "habria", "podre", "podra", "pude", "pudo", "estaria", "estuve", "estuvo",
	"saben", "sabes", "sabe", "sabeis", "podeis", "mientras", "tanto", "menos", "pasa", "pasara", "alcanza", "basta",
	"suficiente", "incluso", "siquiera", "aceptable", "normal", "tomar", "tomaran", "providencia", "providencias",
	"cosas", "exijo", "exigo", "exigimos", "reclamo", "reclamamos", "dos", "tres", "cuatro", "cinco",
	// en
	"the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "about", "as", "into", "and", "or",
	"but", "if", "so", "than", "then", "that", "this", "these", "those", "it", "its", "it's", "i", "i'm", "i've", "i'd",
	"me", "my", "mine", "we", "our", "us", "you", "your", "yours", "he", "she", "they", "them", "their", "is", "are",
	"was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has", "had", "can", "could",
	"would", "will", "shall", "should", "may", "might", "must", "not", "no", "yes", "what", "when", "where", "which",
	"who", "whom", "why", "how", "there", "here", "any", "some", "all", "please", "kindly", "let", "know", "tell",
	"like", "want", "need", "wonder", "wondering", "just", "also", "too", "very", "really", "get", "got", "there's",
	"what's", "don't", "doesn't", "didn't", "can't", "won't", "isn't", "aren't", "wasn't", "hi", "hello", "thanks",
	"thank", "regards", "possible", "able", "way", "again", "still", "yet", "now", "today", "one", "ones", "else",
	"someone", "anyone", "something", "anything", "whether", "appreciate", "we'd", "we're", "we'll", "i'll",
	"you're", "you'd", "out", "came", "turns", "turned", "really", "many", "much", "more", "less", "every", "each",
	"own", "also", "sure", "ok", "okay", "guys", "actually", "please", "pls", "that's", "she's", "he's", "let's",
	"who's", "where's", "how's", "while", "meanwhile", "would've", "least", "even", "happen", "happens", "enough",
	"acceptable", "normal", "thing", "things", "anyway", "somewhere", "demand", "insist", "expect",
	"two", "three", "four", "five", "his", "her", "him", "hers", "before", "after", "roughly", "approximately",
	"approx", "aproximadamente", "aproximado", "aproximada",
	// pt
	"o", "os", "as", "um", "uma", "uns", "umas", "do", "da", "dos", "das", "no", "na", "nos", "nas", "ao", "aos",
	"pelo", "pela", "pelos", "pelas", "em", "com", "sem", "por", "para", "sobre", "ate", "desde", "que", "quem",
	"qual", "quais", "quando", "onde", "quanto", "quanta", "quantos", "quantas", "porque", "porquê", "mas", "mais",
	"muito", "ja", "tambem", "nao", "nem", "ou", "e", "meu", "minha", "meus", "minhas", "seu", "sua", "seus", "suas",
	"teu", "tua", "nosso", "nossa", "nossos", "nossas", "me", "te", "se", "lhe", "lhes", "eu", "voce", "voces",
	"senhor", "senhora", "ele", "ela", "eles", "elas", "este", "esta", "isto", "estes", "estas", "esse", "essa",
	"isso", "esses", "essas", "aquele", "aquela", "ha", "ser", "sao", "era", "foi", "seja", "estar", "estao", "estou",
	"estava", "ter", "tenho", "tem", "tinha", "fazer", "faco", "faz", "fazem", "feito", "posso", "pode", "podem",
	"poderia", "poderiam", "podemos", "gostaria", "quero", "queria", "preciso", "precisamos", "precisa", "favor",
	"peco", "solicito", "agradeco", "agradecia", "informem", "informar", "digam", "dizer", "confirmem", "confirmar",
	"enviem", "mandem", "algum", "alguma", "alguns", "algumas", "algo", "tudo", "todo", "toda", "todos", "todas",
	"outro", "outra", "outros", "outras", "mesmo", "mesma", "cada", "vez", "possivel", "ola", "oi", "bom", "boa",
	"dia", "tarde", "obrigado", "obrigada", "cumprimentos", "assim", "aqui", "ali", "entao", "depois", "so", "bem",
	"mal", "ontem", "hoje", "vai", "vou", "vamos", "vao", "ir", "devo", "deve", "deveria", "la", "lo", "sei", "saber",
	"depois", "antes", "alem", "tambem", "aproveito", "perguntar", "gostava", "consigo", "conseguem", "consegue",
	"da", "dá", "pra", "voces", "seria", "seriam", "sera", "serao", "tive", "teve", "tivemos", "tiveram", "terei",
	"tera", "teria", "teriamos", "pude", "pode", "poderei", "podera", "estaria", "estive", "esteve", "sabem",
	"sabe", "enquanto", "menos", "passa", "basta", "suficiente", "aceitavel", "normal", "tomar", "providencia",
	"providencias", "coisa", "coisas", "afinal", "exijo", "exigimos", "reclamo", "dois", "duas", "tres",
	"quatro", "cinco",
	// chat spellings: "vcs" (vocês), "qto" (quanto), "pq" (porque)…
	"vc", "vcs", "qto", "qta", "qtos", "qtas", "qdo", "qnd", "pq", "tb", "tbm", "oq", "q", "ud", "uds", "xq", "pls", "plz",
	"u", "ur", "pf", "pfv", "vlw", "msm",
)

// leadingConnectors join a question to the ones before it; they are not
// what it asks about.
var leadingConnectors = newPhrases([]string{
	"por último", "por ultimo", "por fin", "por fim", "finalmente", "finally", "lastly", "last of all",
	"por otro lado", "por outro lado", "otra cosa", "outra coisa", "one more thing", "last thing",
	"otra pregunta", "outra pergunta", "another question", "one more question", "one last thing",
	"por cierto", "de paso", "a propósito", "a proposito", "además", "ademas", "aparte", "encima",
	"by the way", "besides", "in addition", "on top of that", "separately", "while i'm at it",
	"além disso", "alem disso", "aliás", "alias", "por sinal", "de resto",
})

// joiners may come before a leading connector: "And one more thing, …".
var joiners = set("y", "e", "and", "ah", "oh", "also", "ademas", "alem")

// The words that ask how long, how much and why; the answer gives a time,
// an amount or a reason instead.
var (
	durationVerbs = set("tarda", "tardan", "tardaria", "tardara", "demora", "demoran", "demoram", "demore",
		"lleva", "llevan", "leva", "levam", "take", "takes", "taking", "last", "lasts")
	priceVerbs = set("cuesta", "cuestan", "costaria", "costara", "custa", "custam", "custaria", "cost", "costs",
		"vale", "valen", "sale", "salen", "fica", "ficaria")
	reasonAsks = set("explicacion", "explicaciones", "explanation", "explain", "explicacao", "explicacoes",
		"explicar", "motivo", "reason", "razon", "razao")
)

// Evidence of the kind of answer.
var (
	timeWords = set(
		"hoy", "manana", "pasado", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "enero",
		"febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
		"noviembre", "diciembre", "semana", "mes", "plazo", "antes", "tarde", "proximo", "proxima", "inmediato",
		"inmediatamente", "enseguida", "pronto", "ayer", "horas", "dias", "semanas", "minutos", "habiles", "laborables",
		"today", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
		"february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
		"week", "month", "within", "before", "by", "next", "soon", "shortly", "immediately", "yesterday", "hours",
		"days", "weeks", "minutes", "noon", "am", "pm", "tonight", "overnight",
		"hoje", "amanha", "segunda", "terca", "quarta", "quinta", "sexta", "segunda-feira", "terca-feira",
		"quarta-feira", "quinta-feira", "sexta-feira", "janeiro", "fevereiro", "marco", "maio", "junho", "julho",
		"setembro", "outubro", "novembro", "dezembro", "mes", "prazo", "antes", "logo", "imediatamente", "breve",
		"ontem", "uteis", "ja", "ya", "already", "ainda", "util", "habil", "laborable", "seguinte", "siguiente",
		"dia", "day", "hora", "hour", "month", "months", "meses", "year", "years", "ano", "anos", "momento", "moment", "instante", "now", "ahora", "agora",
	)
	timeUnits = set("h", "horas", "hora", "dias", "dia", "semanas", "semana", "minutos", "min", "hours", "hour",
		"days", "day", "weeks", "week", "minutes", "mins", "hrs", "meses", "months", "anos", "years")
	reasonWords = set(
		"porque", "debido", "debio", "causa", "causado", "causada", "motivo", "razon", "ya", "pues", "error",
		"fallo", "because", "due", "caused",
		"cause", "reason", "since", "result", "mistake", "fault",
		"devido", "motivo", "razao", "pois", "erro", "falha",
		"happened", "ocurrio", "paso", "aconteceu", "so", "therefore", "hence", "basa", "based", "baseia",
	)
	// currencies name an amount's unit; with a number next to them they
	// are an amount ("25 euros", "USD 40"), alone they are not ("el peso
	// de la caja").
	currencies = set(
		"euros", "euro", "eur", "dolares", "dolar", "usd", "pesos", "peso", "reais", "real", "brl", "libras", "gbp",
		"dollars", "dollar", "pounds", "pound", "cents", "centimos", "centavos", "pence", "p", "mxn", "ars",
		"percent", "porcentaje", "ciento", "cento",
	)
	// freeWords give a price of nothing.
	freeWords = set("gratis", "gratuito", "gratuita", "gratuitos", "gratuitas", "free", "gratuitamente",
		"complimentary", "graca")
	// noCost says that something costs nothing: "sin coste", "no extra
	// charge", "sem custo".
	noCost = newPhrases([]string{
		"sin coste", "sin costo", "sin cargo", "sin costes", "sin costos", "sin cargos", "sin costo adicional",
		"sin recargo", "no tiene coste", "no tiene costo", "no tiene cargo", "no cobramos", "no se cobra",
		"no cost", "no charge", "no extra charge", "no additional charge", "no extra cost", "at no cost",
		"free of charge", "we don't charge", "we do not charge", "won't be charged", "will not be charged",
		"sem custo", "sem custos", "sem encargos", "sem cobranca", "nao tem custo", "nao cobramos", "nao e cobrado",
		"de graca", "sem qualquer custo", "sem nenhum custo", "ningun costo", "ningun coste", "ningun cargo",
		"no cuesta nada", "nada que pagar", "costs nothing", "doesn't cost anything", "does not cost anything",
		"nothing to pay", "nenhum custo", "nao custa nada", "nada a pagar",
	})
)
