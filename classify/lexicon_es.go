package classify

// spanishCues is how customers write in Spanish, in Spain and Latin
// America: Spain's "vosotros" forms and Latin America's "ustedes" forms,
// "ordenador" and "computadora", "móvil" and "celular".
var spanishCues = table{
	lang:     "es",
	negators: "no ni nunca jamas nada tampoco sin ningun ninguna ninguno nadie apenas",
	entries: []entry{
		// Dissatisfaction said outright.
		{cComplaint, 3, "inaceptable|intolerable|inadmisible|indignante|indignad*|vergonzoso|vergonzosa|verguenza|" +
			"estafa|estafad*|estafar|timo|timad*|tomadura de pelo|cachondeo|pesimo|pesima|nefasto|nefasta|" +
			"lamentable|deplorable|penoso|penosa|harto|harta|hartos|hartas|decepcionad*|decepcion|decepcionante|" +
			"enfadad*|enojad*|furios*|cabread*|indignacion|frustrad*|frustrante|queja|quejas|quejarme|" +
			"reclamacion|reclamaciones|reclamo|reclamar|hoja de reclamaciones|libro de reclamaciones|" +
			"denuncia|denunciar|denunciare|a consumo|en consumo|oficina del consumidor|profeco|facua|abogado|abogados|" +
			"malisimo|malisima|horrible|horrorosa|horroroso|terrible|desastre|desastroso|desastrosa|" +
			"incompetent*|falta de respeto|burla|una burla|no hay derecho|no es de recibo|" +
			"sinverguenza*|abusivo|abusiva|abuso|un robo|robo|me han robado|nos han robado|engano|enganad*|enganar|" +
			"ridicul*|absurd*|el peor|la peor|peor servicio|mal servicio|pesimo servicio|mala atencion|pesima atencion|" +
			"mala educacion|maleducad*|groser*|prepotente|poco profesional|muy poco serio|poco serio|nada serio|" +
			"me arrepiento|nunca mas|no vuelvo a|no volvere a|vaya servicio|que servicio|fatal|" +
			"estoy molest*|muy molest*|me molesta|me parece fatal|me parece increible|me parece indignante|" +
			"gracias por nada|asqueros*|muy mal|que mal|fatal servicio|falta de profesionalidad|" +
			"poca profesionalidad|irrespetuos*|inutil|inutiles|no pienso pagar|no voy a pagar|me ignoran|" +
			"nos ignoran|publicidad enganosa|enganos*|por que me cobr*|por que me han cobrado|" +
			"por que me estan cobrando|es lo minimo|lo minimo que|que clase de|vaya tela|de verguenza|" +
			"no se a quien mas|ya no se que hacer|estoy cansad* de|me estoy cansando|perdiendo la paciencia|" +
			"perdido la paciencia|me habeis hecho perder|me han hecho perder|caducad*|me voy a otra compania|" +
			"me cambio de compania|me voy a ir a la competencia"},
		// Dissatisfaction hinted at, frustration with time and repeats,
		// blame, broken promises, demands that presume a grievance.
		{cComplaint, 2, "una explicacion|alguien me explique|alguien me explicara|que me expliquen|" +
			"sigue sin|siguen sin|" +
			"despues de ## llamadas|despues de _ llamadas|tras _ llamadas|pese a pedirlo|a pesar de pedirlo|" +
			"he llamado varias veces|he escrito ## veces|he escrito _ veces|" +
			"no es razonable|no me parece razonable|ya esta bien|basta ya|impresentable|" +
			"no es normal|no me parece normal|no me parece bien|no me parece serio|no puede ser|" +
			"es increible que|increible que|como es posible|como puede ser|es normal que|hasta cuando|cuantas veces|" +
			"no entiendo como|no entiendo por que|no es la primera vez|otra vez|una vez mas|de nuevo|ya es la|" +
			"una y otra vez|tercera vez|segunda vez|cuarta vez|varias veces|mil veces|sigo esperando|sigo sin|" +
			"seguimos sin|" +
			"todavia sigo|aun sigo|todavia no me|aun no me|sin respuesta|ninguna respuesta|ni una respuesta|" +
			"nadie me|nadie responde|nadie contesta|nadie nos|nadie da|nadie se|ni caso|no me hacen caso|" +
			"me colgaron|me colgo|me cuelgan|llevo ## dias|llevo ## semanas|llevo ## meses|llevo _ dias|" +
			"llevo _ semanas|llevo _ meses|llevo mas de|llevamos|ya van|van ## dias|van ## semanas|" +
			"no puedo seguir esperando|no podemos seguir esperando|no puedo esperar mas|no podemos esperar mas|" +
			"no puedo esperar|no podemos esperar|" +
			"exijo|exigo|exigimos|exijo que|merezco|merecemos|indemnizacion|indemnizar|compensacion|compensen|" +
			"quiero mi dinero|devuelvan mi dinero|devolucion de mi dinero|" +
			"sin avisar|sin avisarme|sin avisarnos|sin previo aviso|sin ningun aviso|" +
			"sin ninguna explicacion|sin dar explicaciones|esperaba mas|esperaba otra|ni siquiera|" +
			"para colmo|el colmo|encima|y encima|por culpa de|culpa suya|culpa vuestra|su error|vuestro error|" +
			"error suyo|error vuestro|error de ustedes|no es culpa mia|no fue culpa mia|no es culpa nuestra|" +
			"no fue culpa nuestra|" +
			"no sirve para nada|no sirve de nada|una pena|que pena|desilusion*|insatisfech*|disgustad*|" +
			"mal trato|me trataron mal|nos trataron mal|trato pesimo|falso|mentira|mintieron|me mintieron|" +
			"me enganaron|tomando el pelo|no cumplen|no cumplieron|incumpl*|promesa|prometieron|me prometieron"},
		// Dissatisfaction hedged.
		{cComplaint, 1, "lamentablemente|desgraciadamente|por desgracia|me temo que|con todo respeto|" +
			"con todos mis respetos|me sorprende|me sorprendio|sorprendid*|no me explico|no es aceptable|" +
			"ninguna solucion|sin solucion|ni una solucion"},

		// A failure told as a fact: a wrong charge, the service or the
		// product failing, a delay. A clear one counts 2; one an inquiry
		// may mention in passing, 1.
		{cFailure, 2, "lleg* .. roto|lleg* .. rota|lleg* .. rotos|lleg* .. rotas|lleg* .. danad*|lleg* .. en mal estado|" +
			"vino roto|vino rota|vino danad*|vinieron rotos|me siguen cobrando|siguen cobrando|no coincide|" +
			"no es correcto|" +
			"cobro indebido|cobros indebidos|cargo indebido|cobr* .. dos veces|cobr* .. doble|doble cobro|" +
			"doble cargo|cargo duplicado|cargos duplicados|cobro duplicado|cobrado de mas|cobraron de mas|" +
			"me cobran de mas|cobrando de mas|no autorice|sin mi autorizacion|sin mi consentimiento|" +
			"por error|por equivocacion|es un error|parece un error|ha sido un error|fue un error|" +
			"## dias de retraso|dias de retraso|semanas de retraso|una semana de retraso|" +
			"todavia no lo he recibido|todavia no la he recibido|aun no lo he recibido|aun no la he recibido"},
		{cFailure, 1, "no funciona|no funcionan|dejo de funcionar|deja de funcionar|no sirve|no me sirve|" +
			"roto|rota|rotos|rotas|danad*|defectuos*|estropead*|averiad*|mal estado|mala calidad|equivocad*|incorrect*|" +
			"retraso|retrasos|con retraso|retrasad*|tarde|tardo|tardan|tardaron|tardanza|demora|demorad*|" +
			"nunca llego|nunca llega|no ha llegado|no me ha llegado|no llego|no me llego|no llega|perdid*|extraviad*|" +
			"no se mueve|sigue igual|no me deja|no puedo entrar|no puedo acceder|" +
			"no me devolvieron|no me han devuelto|cancelaron|cancelado sin|me cortaron|cortaron|corte de|" +
			"cobraron|me cobraron|me han cobrado|me cobran|recargo|error|errores|un error|problema|problemas|" +
			"no he recibido|no hemos recibido|no lo he recibido|no la he recibido|no los he recibido|" +
			"no las he recibido|todavia no|aun no"},

		// Redress: it counts in a message of grievance.
		{cRedress, 2, "reembolso|reembolsen|reembolsar|reembolsarme|reembolso completo|que me devuelvan|" +
			"me devuelvan|devuelvan el dinero|devuelvan el importe|devolverme el dinero|devolucion del importe|" +
			"devolucion del dinero|devolverme|devolvernos|reintegro|reintegren|reposicion|reemplazo|sustitucion|" +
			"que me lo cambien|" +
			"me lo cambien|anulen el cargo|anulen el cobro|anular el cargo|anular el cobro|anulen el recargo|" +
			"anular el recargo|que me abonen|me abonen"},
		{cRedress, 1, "devolucion|devolver|solucionen|que lo solucionen"},

		// Set phrases whose words are no cues.
		{cPhrase, 0, "la tarde|por la tarde|esta tarde|buenas tardes|de la tarde|a la tarde|mas tarde|" +
			"sin problema|ningun problema|no hay problema"},

		// Satisfaction. Negated ("no estoy nada contento"), it counts for
		// a complaint.
		{cPositive, 2, "contento|contenta|contentos|satisfech*|encantad*|genial|excelente|perfecto|perfecta|" +
			"estupendo|estupenda|maravillos*|fantastic*|buenisimo|buenisima|feliz|felices|agradecid*|" +
			"muy bien|muy buena|muy bueno|buen servicio|buena atencion|gran servicio|de lujo|impecable|" +
			"recomiendo|los recomiendo|se lo recomiendo|aceptable|correcto|correcta|bien atendid*|amabl*|" +
			"resuelto|resuelta|solucionado|solucionada|funciona bien|funciona perfectamente|de diez"},
		{cPositive, 1, "gracias|muchas gracias|mil gracias|agradezco|bien|buena|bueno|rapid*|eficaz|eficiente"},

		// Requests and questions. What they are about ("pedido",
		// "factura", "envío") is no evidence: an inquiry asks.
		{cInquiry, 2, "quisiera saber|me gustaria saber|queria saber|quiero saber|necesito saber|quisiera|" +
			"me gustaria|queria preguntar|queria consultar|quisiera consultar|consulta|consultar|una pregunta|" +
			"una duda|tengo una duda|tengo dudas|me podrian|podrian|podrias|podeis|pueden|me pueden|me puedes|" +
			"se puede|es posible|seria posible|como puedo|como hago|como se|como podria|que tengo que|" +
			"que debo|cuanto cuesta|cuanto vale|cuanto sale|cuanto tarda|cuanto tiempo|cuando llega|" +
			"cuando llegara|cuando me|cuando puedo|donde puedo|donde esta|donde se|en que estado|" +
			"estado de mi|estado del|necesito|necesitaria|solicito|solicitar|solicitud|les agradeceria|" +
			"os agradeceria|le agradeceria|agradeceria|me indiquen|me indicais|indicarme|informarme|" +
			"me informen|me confirmen|confirmarme|me envien|enviarme|mandarme|me manden|me mandan|" +
			"hay alguna forma|hay forma|existe la posibilidad|saber si|para saber|me ayudan|ayudarme|" +
			"me ayudais|me pueden ayudar|favor de|tienen|teneis|hacen envios|aceptan|admiten|" +
			"les pido|le pido|os pido|les ruego|le ruego|os ruego|quiero que|quisiera que|me gustaria que|" +
			"necesito que"},
		{cInquiry, 1, "por favor|porfa|cambiar|modificar|actualizar|cancelar|anular|dar de baja|darme de baja|" +
			"dar de alta|darme de alta|reservar|renovar|contratar|informacion|info"},

		// Scores, ratings and survey answers.
		{cSurvey, 4.5, "le doy un #|le doy #|doy un #|les doy un #|le pongo un #|pongo un #|le pondria un #|" +
			"le daria un #|daria un #|un # de 10|# de 10|# sobre 10|# / 10|# de diez|# sobre diez|# de 5|# sobre 5|" +
			"# estrellas|# estrella|# puntos|un # sobre"},
		{cSurvey, 3, "mi nota es|mi puntuacion es|mi valoracion es|nota # |del 0 al 10|del 1 al 10|del 1 al 5|" +
			"de 0 a 10|de 1 a 10|encuesta de satisfaccion|encuesta|cuestionario|nps|valora tu|valore su|" +
			"valora nuestra|valoras|califica tu|califique|puntua|como valoras|como valora|que tal fue|" +
			"que tal te atendimos|que tal tu|como te atendimos|su opinion nos importa"},
		{cSurvey, 2, "puntuacion|puntuo|puntuaria|calificacion|califico|calificaria|valoracion|valoro|" +
			"valoraria|valorar|recomendaria|recomendarian|os recomendaria|les recomendaria|" +
			"la recomendaria|lo recomendaria|satisfaccion|su opinion|mi opinion|opinion|" +
			"su experiencia|pregunta 1|pregunta 2|respuesta 1|* * *"},
		{cSurvey, 1, "nota|mi experiencia|experiencia|sugerencia|sugerencias|como mejorar|podrian mejorar|a mejorar|mejoraria"},

		// Thanks, acknowledgements, a problem solved: what a message is
		// when it asks for nothing; in one that asks, politeness.
		{cThanks, 2, "gracias por todo|muchas gracias por todo|gracias por la ayuda|gracias por su ayuda|" +
			"gracias por vuestra ayuda|gracias por la rapidez|gracias por responder|gracias por contestar|" +
			"ya esta resuelto|ya se ha resuelto|ya lo he resuelto|ya me llego|ya llego|ya lo recibi|" +
			"ya lo tengo|todo correcto|todo bien|recibido|queda claro|entendido|de acuerdo|" +
			"lo tendre en cuenta"},

		// Greetings, marketing, spam and misdirected mail.
		{cOther, 2, "oferta exclusiva|haga clic|haz clic|pulse aqui|click aqui|promocion|descuento exclusivo|" +
			"posicionamiento web|seo|criptomoneda*|bitcoin|inversion segura|ha ganado|has ganado|ganador|" +
			"premio|felicidades|feliz navidad|felices fiestas|prospero ano|colaboracion|propuesta comercial|" +
			"nuestros servicios|le ofrecemos|te ofrecemos|darse de baja de|para no recibir|marketing|" +
			"agencia de|ventas online|aumentar sus ventas|aumentar tus ventas|agendar una llamada|" +
			"primer mes gratis|clientes potenciales|su pagina web|tu pagina web|perdon por las molestias|" +
			"no era para ustedes|no era para vosotros|olvidad mi correo|olviden mi correo"},

		// The business speaking to its customer: an apology in its name,
		// thanks for writing, an action it reports, its closing. A
		// message with two of them is the business's reply.
		{cService, 1.5, "disculpe las molestias|disculpen las molestias|disculpe el error|disculpe la demora|" +
			"disculpe el retraso|sentimos las molestias|sentimos mucho|lamentamos|" +
			"le pedimos disculpas|les pedimos disculpas|le ofrecemos una disculpa|les ofrecemos una disculpa|" +
			"nuestras disculpas|gracias por escribirnos|gracias por contactarnos|gracias por comunicarse|" +
			"gracias por ponerse en contacto|gracias por contactar con|le agradecemos|les agradecemos|" +
			"hemos revisado|he revisado|hemos comprobado|hemos verificado|le hemos devuelto|hemos devuelto|" +
			"hemos solicitado|hemos abierto|hemos corregido|le confirmamos|" +
			"confirmamos que|le informamos|les informamos|le adjunto|le adjuntamos|le enviamos|" +
			"quedamos a su disposicion|estamos a su disposicion|quedo a sus ordenes|quedamos a sus ordenes|" +
			"tiene razon|estimado cliente|estimada clienta"},

		// Urgency.
		{cUrgent, 2, "urgente|urgentemente|urgencia|lo antes posible|cuanto antes|inmediatamente|de inmediato|" +
			"ya mismo|hoy mismo|a la mayor brevedad|con urgencia|emergencia|sin servicio|sin luz|sin internet|" +
			"sin agua|sin linea|sin gas|sin cobertura|no puedo trabajar|bloquead*|asap|critico|lo necesito hoy|" +
			"para manana|antes del viernes|antes de manana"},
	},
}
