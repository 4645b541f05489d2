package quote

import "slices"

// The words mail clients write around quoted history, forwards and
// signatures, one table per language. Every entry is lower-case, with
// single spaces and straight apostrophes; matching ignores case and reads
// any run of white space (no-break spaces included) as one space and a
// typographic apostrophe as a straight one. Accents are significant: both
// "escribió" and "escribio" are listed where clients differ. Adding a
// language is adding a table here and listing it in languages.

// language holds the words of one language.
type language struct {
	code string

	// Attribution lines ("El lun, 23 nov 2026 a las 10:15, Ana
	// <ana@example.com> escribió:"): the words they start with and the
	// verb that says someone wrote what follows.
	openers []string
	verbs   []string

	// Header blocks of Outlook and of forwards ("De: … Enviado el: …
	// Para: … Asunto: …"): field names by role.
	from, sent, to, cc, subject, other []string

	// Separators written above a quoted message ("-----Mensaje
	// original-----"), without the dashes.
	separators []string
	// Forward markers ("---------- Mensaje reenviado ---------",
	// "Inicio del mensaje reenviado:"), without dashes or colon.
	forwards []string

	// Footers that clients add below the text ("Enviado desde mi
	// iPhone"): a line that starts with prefix and ends with suffix.
	footers []footer
	// Disclaimers: the words a legal footer starts with.
	disclaimers []string
	// Closing phrases ("Un saludo,"): a closing line is one of these,
	// possibly followed by a few more words.
	closings []string
	// Greetings, which are never names nor closings ("Hola,").
	greetings []string

	// Subject prefixes of forwards ("RV: Pedido 4471"), before the colon.
	forwardPrefixes []string
}

// footer matches a line that starts with prefix and ends with suffix.
type footer struct{ prefix, suffix string }

// languages lists every table.
var languages = []*language{&spanish, &english, &portuguese, &french, &german, &italian}

var spanish = language{
	code:    "es",
	openers: []string{"el", "el día"},
	verbs:   []string{"escribió", "escribio", "ha escrito"},
	from:    []string{"de"},
	sent:    []string{"enviado el", "enviado", "enviada el", "fecha", "fecha de envío"},
	to:      []string{"para"},
	cc:      []string{"cc", "cco", "con copia"},
	subject: []string{"asunto"},
	other:   []string{"importancia", "datos adjuntos", "responder a"},
	separators: []string{
		"mensaje original", "mensaje original recibido",
	},
	forwards: []string{
		"mensaje reenviado", "inicio del mensaje reenviado", "comienzo del mensaje reenviado",
		"mensaje remitido",
	},
	footers: []footer{
		{"enviado desde mi ", ""}, {"enviado desde ", ""}, {"enviado con ", ""},
		{"obtener outlook para ", ""}, {"obtén outlook para ", ""}, {"descargar outlook para ", ""},
		{"enviado desde yahoo mail", ""}, {"enviado desde el correo de ", ""},
	},
	disclaimers: []string{
		"aviso de confidencialidad", "aviso legal", "confidencialidad", "cláusula de confidencialidad",
		"este mensaje y sus archivos adjuntos", "este mensaje y sus anexos", "este mensaje y, en su caso",
		"este mensaje y los archivos", "este correo electrónico y", "este correo y sus", "este mensaje de correo",
		"este mensaje se dirige exclusivamente", "este mensaje va dirigido", "este mensaje contiene información",
		"este mensaje es confidencial", "la información contenida en este", "la información incluida en este",
		"antes de imprimir", "por favor, piense en el medio ambiente", "piensa en el medio ambiente",
		"protección de datos", "en cumplimiento de", "de conformidad con lo dispuesto", "le informamos que sus datos",
		"responsable del tratamiento", "información básica sobre protección de datos",
	},
	closings: []string{
		"gracias", "muchas gracias", "mil gracias", "gracias de antemano", "gracias por adelantado",
		"un saludo", "saludos", "saludos cordiales", "un cordial saludo", "cordial saludo", "cordiales saludos",
		"un afectuoso saludo", "afectuosamente", "cordialmente", "atentamente", "muy atentamente", "atte",
		"un abrazo", "abrazos", "un fuerte abrazo", "besos", "un beso", "slds", "saludos y gracias",
		"quedo a la espera", "quedo atento", "quedo atenta", "quedo a su disposición", "quedo a vuestra disposición",
		"quedamos a la espera", "espero su respuesta", "espero vuestra respuesta", "espero noticias",
		"reciba un cordial saludo", "recibe un saludo", "sin otro particular", "hasta pronto", "hasta luego",
		"que tenga un buen día", "buen día", "feliz día", "buena tarde", "buen fin de semana",
	},
	greetings: []string{
		"hola", "buenos días", "buenas tardes", "buenas noches", "buenas", "estimado", "estimada",
		"estimados", "estimadas", "querido", "querida", "señores", "muy señores míos", "a quien corresponda",
	},
	forwardPrefixes: []string{"rv", "reenv", "fwd"},
}

var english = language{
	code:    "en",
	openers: []string{"on"},
	verbs:   []string{"wrote"},
	from:    []string{"from"},
	sent:    []string{"sent", "date", "sent at", "sent on"},
	to:      []string{"to"},
	cc:      []string{"cc", "bcc"},
	subject: []string{"subject"},
	other:   []string{"importance", "attachments", "reply-to", "reply to"},
	separators: []string{
		"original message",
	},
	forwards: []string{
		"forwarded message", "begin forwarded message", "forwarded email",
	},
	footers: []footer{
		{"sent from my ", ""}, {"sent from ", ""}, {"sent with ", ""}, {"sent via ", ""}, {"sent using ", ""},
		{"get outlook for ", ""}, {"download outlook for ", ""}, {"sent from yahoo mail", ""},
	},
	disclaimers: []string{
		"confidentiality notice", "confidentiality", "confidential", "disclaimer", "legal notice",
		"this email and any attachments", "this e-mail and any attachments", "this email and any files",
		"this e-mail and any files", "this message and any attachments", "this message contains confidential",
		"this email is confidential", "this e-mail is confidential", "this message is confidential",
		"this email contains confidential", "this e-mail contains confidential", "this communication",
		"the information contained in this", "the information in this email", "the information in this e-mail",
		"if you are not the intended recipient", "please consider the environment", "think before you print",
		"before printing",
	},
	closings: []string{
		"thanks", "thank you", "many thanks", "thanks a lot", "thanks so much", "thank you so much",
		"thanks in advance", "thank you in advance", "thanks again", "thx", "ty",
		"best", "best regards", "kind regards", "regards", "warm regards", "warmest regards", "kindest regards",
		"with regards", "with best regards", "with kind regards", "all the best", "best wishes", "cheers",
		"sincerely", "yours sincerely", "sincerely yours", "yours faithfully", "yours truly", "cordially",
		"respectfully", "take care", "have a nice day", "have a great day", "looking forward to hearing from you",
		"br", "kr",
	},
	greetings: []string{
		"hi", "hello", "hey", "dear", "good morning", "good afternoon", "good evening", "to whom it may concern",
	},
	forwardPrefixes: []string{"fwd", "fw"},
}

var portuguese = language{
	code:    "pt",
	openers: []string{"em", "no dia", "a"},
	verbs:   []string{"escreveu"},
	from:    []string{"de"},
	sent:    []string{"enviada em", "enviado em", "enviado", "enviada", "data"},
	to:      []string{"para"},
	cc:      []string{"cc", "cco"},
	subject: []string{"assunto"},
	other:   []string{"importância", "anexos", "responder a"},
	separators: []string{
		"mensagem original",
	},
	forwards: []string{
		"mensagem encaminhada", "início da mensagem encaminhada", "inicio da mensagem encaminhada",
		"mensagem reencaminhada", "início da mensagem reencaminhada", "mensagem redirecionada",
	},
	footers: []footer{
		{"enviado do meu ", ""}, {"enviado do ", ""}, {"enviado a partir do ", ""}, {"enviado de ", ""},
		{"enviado com ", ""}, {"obter o outlook para ", ""}, {"obtenha o outlook para ", ""},
		{"baixe o outlook para ", ""},
	},
	disclaimers: []string{
		"aviso de confidencialidade", "aviso legal", "confidencialidade", "esta mensagem pode conter",
		"esta mensagem e seus anexos", "esta mensagem e os seus anexos", "esta mensagem, incluindo",
		"esta mensagem é confidencial", "esta mensagem contém", "este e-mail e quaisquer anexos",
		"este e-mail pode conter", "este email pode conter", "as informações contidas nesta",
		"a informação contida nesta", "as informações contidas neste", "antes de imprimir",
		"pense no meio ambiente", "proteja o meio ambiente",
	},
	closings: []string{
		"obrigado", "obrigada", "muito obrigado", "muito obrigada", "obg", "grato", "grata", "desde já agradeço",
		"desde já obrigado", "desde já obrigada", "agradeço desde já", "abraço", "abraços", "um abraço",
		"grande abraço", "forte abraço", "beijos", "bjs", "cumprimentos", "com os melhores cumprimentos",
		"melhores cumprimentos", "os meus cumprimentos", "com os meus cumprimentos", "atenciosamente", "att",
		"cordialmente", "saudações", "fico no aguardo", "fico a aguardar", "aguardo retorno", "aguardo resposta",
		"aguardo o seu contacto", "aguardo o vosso contacto", "um cordial abraço",
	},
	greetings: []string{
		"olá", "ola", "oi", "bom dia", "boa tarde", "boa noite", "prezado", "prezada", "prezados", "prezadas",
		"caro", "cara", "caros", "exmo", "exma", "exmos", "exmos senhores",
	},
	forwardPrefixes: []string{"enc", "encaminhar", "fwd"},
}

var french = language{
	code:    "fr",
	openers: []string{"le"},
	verbs:   []string{"a écrit", "écrit"},
	from:    []string{"de", "expéditeur"},
	sent:    []string{"envoyé", "envoyé le", "date"},
	to:      []string{"à", "a", "pour", "destinataire"},
	cc:      []string{"cc", "copie à"},
	subject: []string{"objet", "sujet"},
	other:   []string{"importance", "pièces jointes", "répondre à"},
	separators: []string{
		"message d'origine", "message original", "message initial",
	},
	forwards: []string{
		"message transféré", "début du message réexpédié", "début du message transféré", "message transmis",
		"message réexpédié",
	},
	footers: []footer{
		{"envoyé de mon ", ""}, {"envoyé depuis mon ", ""}, {"envoyé de ", ""}, {"envoyé depuis ", ""},
		{"envoyé avec ", ""}, {"télécharger outlook pour ", ""}, {"obtenir outlook pour ", ""},
	},
	disclaimers: []string{
		"avis de confidentialité", "confidentialité", "avertissement", "ce message et ses pièces jointes",
		"ce message et toutes les pièces jointes", "ce message et les pièces jointes", "ce courriel et ses pièces jointes",
		"ce courriel est confidentiel", "ce message est confidentiel", "ce message contient des informations",
		"les informations contenues dans ce", "l'information contenue dans ce", "avant d'imprimer",
		"pensez à l'environnement",
	},
	closings: []string{
		"cordialement", "bien cordialement", "très cordialement", "bien à vous", "merci", "merci beaucoup",
		"merci d'avance", "merci par avance", "merci encore", "salutations",
		"sincères salutations", "meilleures salutations", "salutations distinguées", "bonne journée",
		"bonne soirée", "amicalement", "amitiés", "bises", "à bientôt", "respectueusement", "veuillez agréer",
		"dans l'attente de votre réponse", "je vous remercie",
	},
	greetings: []string{
		"bonjour", "bonsoir", "salut", "madame", "monsieur", "madame, monsieur", "chère", "cher", "chers",
	},
	forwardPrefixes: []string{"tr", "trans", "fwd"},
}

var german = language{
	code:    "de",
	openers: []string{"am"},
	verbs:   []string{"schrieb", "hat geschrieben"},
	from:    []string{"von", "absender"},
	sent:    []string{"gesendet", "gesendet am", "datum"},
	to:      []string{"an", "empfänger"},
	cc:      []string{"cc", "kopie", "bcc"},
	subject: []string{"betreff"},
	other:   []string{"wichtigkeit", "anlagen", "antwort an"},
	separators: []string{
		"ursprüngliche nachricht", "original-nachricht", "originalnachricht", "ursprüngliche e-mail",
	},
	forwards: []string{
		"weitergeleitete nachricht", "anfang der weitergeleiteten nachricht", "anfang der weitergeleiteten e-mail",
		"weitergeleitete e-mail",
	},
	footers: []footer{
		{"von meinem ", " gesendet"}, {"gesendet von meinem ", ""}, {"gesendet von ", ""}, {"gesendet mit ", ""},
		{"outlook für ", " herunterladen"}, {"mit ", " gesendet"},
	},
	disclaimers: []string{
		"vertraulichkeitshinweis", "haftungsausschluss", "diese e-mail enthält vertrauliche",
		"diese e-mail kann vertrauliche", "diese nachricht enthält vertrauliche", "diese e-mail ist vertraulich",
		"diese e-mail und alle anhänge", "diese e-mail und ihre anhänge", "diese e-mail einschließlich",
		"der inhalt dieser e-mail", "wenn sie nicht der richtige adressat", "sollten sie nicht der",
		"bitte denken sie an die umwelt",
	},
	closings: []string{
		"viele grüße", "viele grüsse", "vielen dank", "danke", "danke schön", "dankeschön", "besten dank",
		"beste grüße", "beste grüsse", "liebe grüße", "liebe grüsse", "herzliche grüße", "herzliche grüsse",
		"schöne grüße", "schöne grüsse", "freundliche grüße", "freundliche grüsse", "mit freundlichen grüßen",
		"mit freundlichen grüssen", "mit besten grüßen", "mit besten grüssen", "mit freundlichem gruß",
		"mit freundlichem gruss", "gruß", "gruss", "grüße", "grüsse", "lg", "vg", "mfg", "bis bald",
	},
	greetings: []string{
		"hallo", "guten tag", "guten morgen", "guten abend", "sehr geehrte", "sehr geehrter",
		"sehr geehrte damen und herren", "liebe", "lieber", "hi",
	},
	forwardPrefixes: []string{"wg", "wtrlt", "fwd"},
}

var italian = language{
	code:    "it",
	openers: []string{"il", "il giorno", "in data"},
	verbs:   []string{"ha scritto", "scritto", "scrisse"},
	from:    []string{"da", "mittente"},
	sent:    []string{"inviato", "inviato il", "data"},
	to:      []string{"a", "destinatario"},
	cc:      []string{"cc", "ccn"},
	subject: []string{"oggetto"},
	other:   []string{"importanza", "allegati", "rispondi a"},
	separators: []string{
		"messaggio originale",
	},
	forwards: []string{
		"messaggio inoltrato", "inizio messaggio inoltrato", "inizio del messaggio inoltrato",
	},
	footers: []footer{
		{"inviato da ", ""}, {"inviato dal mio ", ""}, {"inviato con ", ""}, {"scarica outlook per ", ""},
		{"ottieni outlook per ", ""},
	},
	disclaimers: []string{
		"avviso di riservatezza", "riservatezza", "informativa privacy", "questo messaggio e i suoi allegati",
		"questo messaggio e gli eventuali allegati", "questa e-mail e gli eventuali allegati",
		"questa email e gli eventuali allegati", "questo messaggio è confidenziale", "questo messaggio contiene",
		"le informazioni contenute in questo", "le informazioni contenute nella", "prima di stampare",
		"ai sensi del",
	},
	closings: []string{
		"cordiali saluti", "distinti saluti", "saluti", "un saluto", "cari saluti", "un caro saluto",
		"saluti cordiali", "grazie", "grazie mille", "molte grazie", "grazie in anticipo", "grazie ancora",
		"a presto", "buona giornata", "buona serata", "un abbraccio", "ciao", "cordialmente",
		"in attesa di un vostro riscontro", "in attesa di riscontro", "resto in attesa", "rimango in attesa",
	},
	greetings: []string{
		"ciao", "buongiorno", "buonasera", "salve", "gentile", "gentili", "egregio", "egregi", "spettabile",
		"caro", "cara",
	},
	forwardPrefixes: []string{"i", "inoltro", "fwd"},
}

// Greetings returns the greetings of the language whose code is given
// ("es"), lower-case, as a new slice; nil for a language without a table.
func Greetings(code string) []string {
	for _, l := range languages {
		if l.code == code {
			return slices.Clone(l.greetings)
		}
	}
	return nil
}

// Closings returns the closing phrases of the language whose code is
// given ("es"), lower-case, as a new slice; nil for a language without a
// table.
func Closings(code string) []string {
	for _, l := range languages {
		if l.code == code {
			return slices.Clone(l.closings)
		}
	}
	return nil
}
