package review

import (
	"slices"
	"strings"
)

// negative is a phrasing that blames, reproaches or dismisses the
// customer, and a neutral way to say what it means.
type negative struct {
	pattern string
	instead string
	// unless lists words that, as the last word matched, make the
	// phrasing an innocent one: "you should have received".
	unless string
}

// negatives are the phrasings of each language. Each pattern names the
// customer or the business as the one at fault, or shuts the door: bad
// news said plainly ("Lamentablemente no queda stock") is not one of
// them, nor is a business owning its mistake ("cometimos un error").
var negatives = map[string][]negative{
	"es": {
		// Blame.
		{"usted|ustedes|tu|vos (se|te) (ha|has|han) equivoc*", "detectamos un problema con", ""},
		{"se equivoco|equivocaron usted|ustedes", "detectamos un problema con", ""},
		{"te (has) equivocaste|equivocado", "detectamos un problema con", ""},
		{"usted|ustedes|tu|vos esta|estas|estan equivocad*", "lo revisamos juntos", ""},
		{"estas equivocad*", "lo revisamos juntos", ""},
		{"esta usted equivocad*", "lo revisamos juntos", ""},
		{"(usted|tu) ha|has|han|habia|habias cometido un|una error|equivocacion|fallo", "detectamos un problema con", ""},
		{"usted|tu|vos cometio|cometiste un|una error|equivocacion", "detectamos un problema con", ""},
		{"fue|es un|una error|equivocacion|fallo {suyo|suya|tuyo|tuya|de usted}", "detectamos un problema con", ""},
		{"su|tu error|equivocacion|fallo al|en", "detectamos un problema al", ""},
		{"por|es su|tu culpa", "veamos cómo solucionarlo", ""},
		{"la culpa es|fue {suya|tuya|de usted|del cliente}", "veamos cómo solucionarlo", ""},
		{"no es|fue culpa {nuestra|de la empresa|de nosotros}", "veamos cómo solucionarlo", ""},
		{"no es|fue nuestra culpa", "veamos cómo solucionarlo", ""},
		{"usted|tu|vos no {leyo|leiste|leyeron|ha leido|has leido}", "quizá no quedó claro en", ""},
		{"no {leyo|leiste|ha leido|has leido} {bien|con atencion}", "quizá no quedó claro en", ""},
		{"(usted|tu) no (ha|has) seguido|siguio|seguiste las instrucciones|indicaciones|pasos", "repasemos juntos los pasos", ""},
		{"usted|tu|vos no {entendio|entendiste|ha entendido|has entendido}", "quizá no lo explicamos con claridad", ""},
		{"no (lo) entendio|entendiste bien", "quizá no lo explicamos con claridad", ""},
		{"usted|tu olvido|olvidaste", "falta", ""},
		{"se le olvido", "falta", ""},
		{"te olvidaste", "falta", ""},
		{"deberia|deberias|debio|debiste haber|haberlo|haberla|haberse leido|revisado|comprobado|consultado|llamado|avisado|mirado|fijado|pensado|preguntado|solicitado|pedido|enviado|presentado|traido|aportado|adjuntado", "la próxima vez, puede", ""},
		{"tendria|tendrias|tenia|tenias que haber|haberlo|haberla|haberse leido|revisado|comprobado|consultado|llamado|avisado|mirado|fijado|pensado|preguntado", "la próxima vez, puede", ""},
		{"si (nos|me|lo|la|le|los|las) hubiera|hubieras|hubiese|hubieses|hubieran|hubiesen {leido|revisado|seguido|comprobado|llamado|avisado|consultado|contactado|escrito|esperado|preguntado|mirado|verificado|guardado|presentado|informado|notificado|reclamado|elegido|escogido|seleccionado|contratado|optado|reservado|pedido|comprado|pagado|usado|utilizado|marcado|indicado|declarado|venido|traido|acudido|asistido|respondido|confirmado|firmado|entregado|hecho caso}", "para evitarlo, puede", ""},
		{"{habria|hubiera} sido {facil|sencillo|muy facil|muy sencillo} evitar*", "para evitarlo, puede", ""},
		{"debe|debes|deberia|deberias entender|comprender", "le explicamos", ""},
		{"(usted|tu|vos) debio|debiste revisar|comprobar|leer|solicitar|pedir|consultar|verificar|presentar|guardar|fijarse|fijarte|mirar|avisar|llamar", "la próxima vez, puede", ""},
		{"(usted|tu|vos) debio|debiste leerla|leerlo|leerlas|leerlos|revisarla|revisarlo|revisarlas|revisarlos|comprobarla|comprobarlo|consultarla|consultarlo|consultarnos|avisarnos|llamarnos|preguntarnos|mirarla|mirarlo", "la próxima vez, puede", ""},
		{"el error|fallo fue|es {suyo|tuyo|de usted}", "detectamos un problema con", ""},
		{"fue usted|tu|vos quien|el|la que no", "veamos qué pasó", ""},
		{"tiene|tienes que entender|comprender", "le explicamos", ""},
		// Reproach.
		{"como ya le|te|les dijeron|indicaron|explicaron|informaron|comentaron|mencionaron|advirtieron", "para recapitular,", ""},
		{"como ya le|te|les {dijimos|dije|indicamos|indique|explicamos|informamos|comentamos|mencionamos|repetimos|advertimos|hemos dicho|hemos indicado|hemos explicado|hemos informado|hemos comentado|hemos mencionado|hemos advertido|habiamos dicho|habiamos indicado|habiamos explicado|habiamos informado}", "para recapitular,", ""},
		{"como ya se le|te|les indico|informo|explico|dijo|comunico", "para recapitular,", ""},
		{"tal (y) como ya le|te|les dijimos|indicamos|explicamos|informamos|advertimos", "para recapitular,", ""},
		{"{esta|eso esta|todo esta} claramente|bien explicado|indicado|especificado|detallado en", "como se explica en", ""},
		{"porque no se {respetaron|siguieron|cumplieron|respeto|siguio|cumplio} (las|los|el|la) instrucciones|indicaciones|cuidados|recomendaciones|pasos", "para que dure, recomendamos", ""},
		{"no vamos a {hacer|dar|ofrecer|aplicar|conceder|hacerle|darle|hacerte|darte} ningun|ninguna descuento|reembolso|excepcion|compensacion|rebaja|devolucion|bonificacion", "en este caso no es posible", ""},
		{"como le|te|les {dijimos|explicamos|indicamos|informamos|comentamos|advertimos|avisamos} en {nuestra|nuestro|la|el|mi} {carta|correo|mensaje|email|respuesta|llamada|conversacion|visita}", "para recapitular,", ""},
		{"como le|te|les {dijo|explico|indico|informo|advirtio|aviso} {nuestro|nuestra|el|la} {tecnico|tecnica|mecanico|instalador|operario|repartidor|conductor|asesor|asesora|agente|encargado|encargada|companero|companera|equipo|personal}", "para recapitular,", ""},
		{"ya se lo|la|los|las {dijimos|explicamos|indicamos|hemos dicho|hemos explicado|hemos indicado}", "para recapitular,", ""},
		{"ya te {dijimos|explicamos|indicamos|hemos dicho|hemos explicado|hemos indicado}", "para recapitular,", ""},
		{"se lo|la repito|repetimos|reitero|reiteramos", "para recapitular,", ""},
		{"por enesima vez", "para recapitular,", ""},
		{"no insista|insistas", "entendemos su preocupación", ""},
		{"como es|era obvio|evidente|logico", "como explicamos en", ""},
		{"como {todo el mundo|cualquier cliente|cualquier persona|cualquiera} sabe", "como explicamos en", ""},
		{"como es {sabido|bien sabido|de sobra conocido|de conocimiento general}", "como explicamos en", ""},
		{"la mayoria de {nuestros clientes|los clientes|las personas|la gente} ya {sabe|saben|conoce|conocen|tiene en cuenta|tienen en cuenta|lo sabe|lo saben}", "como explicamos en", ""},
		{"es de sentido comun", "como explicamos en", ""},
		// Dismissal.
		{"no es|fue nuestro|mi problema|asunto", "vamos a ayudarle a resolverlo", ""},
		{"no es problema|asunto nuestro|mio", "vamos a ayudarle a resolverlo", ""},
		{"no es|fue nuestra|mi responsabilidad", "vamos a ayudarle a resolverlo", ""},
		{"no es responsabilidad {nuestra|de la empresa}", "vamos a ayudarle a resolverlo", ""},
		{"no nos hacemos responsables|cargo", "le explicamos qué cubre", ""},
		{"no es|sera responsabilidad {de|del|de la|de los} *", "le explicamos quién se ocupa", ""},
		{"es|era|sera responsabilidad|obligacion|deber|tarea del {titular|cliente|usuario|comprador|consumidor|arrendatario|pasajero|huesped|conductor|paciente|inquilino|socio|asegurado|viajero|remitente|destinatario}", "le explicamos cómo hacerlo", ""},
		{"corresponde|correspondia al {titular|cliente|usuario|comprador|consumidor|arrendatario|pasajero|huesped|conductor|paciente|inquilino|socio|asegurado|viajero} {revisar|comprobar|verificar|avisar|informar|leer|senalar|declarar|guardar|presentar|reclamar|notificar|llamar}", "le explicamos cómo hacerlo", ""},
		{"no abra|abras|presente|presentes mas reclamaciones|quejas|incidencias|reclamos", "seguimos su caso en este mensaje", ""},
		{"no podemos|puedo hacer nada (mas)", "lo que sí podemos hacer es", ""},
		{"no hay|habia nada {que podamos|que pueda|que se pueda|que yo pueda|mas que} hacer", "lo que sí podemos hacer es", ""},
		{"no se puede hacer nada", "lo que sí podemos hacer es", ""},
		{"no podemos|puedo estar pendiente|pendientes|atentos|encima de|a cada|todos|todas", "revisamos su caso", ""},
		{"no hay|existe|hubo (ningun|ninguna) {error|retraso|fallo|problema|demora|equivocacion|cobro indebido} {por nuestra parte|de nuestra parte|en su caso|en tu caso|en nuestro sistema}", "revisamos su caso y encontramos", ""},
		{"no hay nada mas que hablar|decir", "lo que sí podemos hacer es", ""},
		{"eso no nos|me corresponde|concierne|incumbe", "le indicamos quién puede ayudarle", ""},
		{"no es cosa nuestra|mia", "le indicamos quién puede ayudarle", ""},
		{"no vamos|voy a discutir|debatir|hablar", "entendemos su postura", ""},
		{"no hay nada (mas) que discutir|debatir", "entendemos su postura", ""},
		{"no aceptamos|admitimos reclamaciones|reclamos|quejas", "le explicamos cómo reclamar", ""},
		// Lecturing: what the customer must do next time, or how to behave.
		{"{le|te} {sugerimos|recomendamos|pedimos|rogamos|aconsejamos} que {en el futuro|en adelante|la proxima vez|de ahora en adelante|en lo sucesivo}", "para la próxima vez, le sugerimos", ""},
		{"{en el futuro|en adelante|de ahora en adelante|en lo sucesivo} [,] {le|te} {sugerimos|recomendamos|pedimos|rogamos|aconsejamos}", "para la próxima vez, le sugerimos", ""},
		{"la proxima vez {revise|revises|revisa|compruebe|compruebes|lea|leas|fijese|fijate|verifique|verifiques|tenga|tengas|preste|prestes|asegurese|asegurate}", "para la próxima vez, le sugerimos", ""},
		{"{le|te} {sugerimos|recomendamos|aconsejamos|pedimos} {revisar|comprobar|verificar|mirar|leer|consultar|revise|compruebe|verifique|lea|consulte} {bien|con atencion|con cuidado|detenidamente}", "para la próxima vez, le sugerimos", ""},
		{"{llamar|escribir|insistir|reclamar|escribirnos|llamarnos} {varias veces|tantas veces|repetidamente|cada dia|a diario|mas veces} ... no {acelera|agiliza|cambia|adelanta}", "seguimos su caso y le avisaremos", ""},
		{"(usted|tu|vos) debio|debiste senalar|indicar|reportar|informar|declarar|notificar|reclamar|registrar|anotar", "la próxima vez, puede", ""},
		{"es|era su|tu responsabilidad", "le explicamos cómo hacerlo", ""},
		{"le|te recordamos que {es su|es tu|esta informacion|esa informacion|la informacion}", "como detalla", ""},
		{"mantenga|mantengas|mantenga usted el respeto|la educacion|las formas|la compostura", "agradecemos su paciencia", ""},
		// Blaming the customer's choice or belongings, and belittling the complaint.
		{"{eso|esto} {pasa|ocurre|sucede|es lo que pasa|es lo que ocurre|es lo que sucede} {cuando|si|por|al} {uno|usted|tu|vos|se|elige|elegir|compra|comprar|no|lo|la}", "esto puede ocurrir cuando", ""},
		{"{en lugar de|en vez de} {quejarse|quejarte|reclamar|protestar|reclamarnos}", "si después sigue igual, avísenos", ""},
		{"{pruebe|pruebelo|pruebela|pruebalo|probalo|probar|probarlo|espere|espera|esperar|lea|lee|leer|revise|revisa|revisar|tiempo|oportunidad|semana|dias} ... antes de {quejarse|quejarte|reclamar|protestar|reclamarnos}", "si después sigue igual, avísenos", ""},
		{"por si no lo|la {leyo|leiste|vio|viste|leyeron|vieron|ha leido|has leido|habia leido|habias leido}", "le recordamos", ""},
		{"no {hace|hacen|hacemos|da para|podemos hacer|puede hacer|se pueden hacer} milagros", "lo que sí podemos hacer es", ""},
		{"no {es|era|fue} para tanto", "entendemos su molestia", ""},
		{"no {hay|vemos|veo} {motivo|razon|motivos|razones} para {tanto|tanta|tantas|tal|ponerse|enfadarse}", "entendemos su molestia", ""},
		{"{como el suyo|como la suya|como el tuyo|como la tuya|como los suyos|como las suyas} (ya) (simplemente) no {da|dan|es|son|puede|pueden|soporta|soportan|sirve|sirven|aguanta|aguantan}", "los modelos anteriores pueden no admitir", ""},
		{"{explica|explican|indica|indican|dice|pone|aparece|figura|viene|detalla} ... {en la primera pagina|en letra grande|en letras grandes}", "como se detalla en", ""},
		{"{que|las que|los que} {acepto|aceptaste|aceptaron|firmo|firmaste|firmaron} al {contratar|comprar|reservar|suscribirse|suscribirte|firmar|inscribirse|inscribirte}", "según las condiciones de", ""},
		{"{esta|estaba|queda|quedaba} {bien|muy|perfectamente|claramente} {claro|explicito|explicado|especificado|detallado} en {las condiciones|el contrato|los terminos|la web|la pagina}", "como se detalla en", ""},
		{"{tendrias|deberias|tenias} que haber|haberlo|haberla {hecho|enviado|presentado|firmado|traido|aportado|solicitado|pedido|adjuntado|mandado}", "la próxima vez, puede", ""},
		{"{usted|vos} {tendria|deberia|tenia} que haber|haberlo|haberla {hecho|enviado|presentado|firmado|traido|aportado|solicitado|pedido|adjuntado|mandado}", "la próxima vez, puede", ""},
		{"{deberias|debiste} haber|haberlo|haberla {hecho|enviado|presentado|firmado|traido|aportado|solicitado|pedido|adjuntado|mandado}", "la próxima vez, puede", ""},
		{"no vale la pena {discutir|discutirlo|discutirla|seguir discutiendo|insistir|seguir insistiendo}", "entendemos su postura", ""},
		{"{firmar|firmo|firmaste|aceptar|acepto|aceptaste|contratar|contrato|contrataste|comprar|compro|compraste|pagar|pago|pagaste} sin {mirar|leer|revisar|comprobar|fijarse|fijarte}", "le explicamos las condiciones", ""},
		{"{es|fue|ha sido} un descuido {suyo|tuyo|de usted|del cliente|que no podemos}", "le explicamos las condiciones", ""},
		{"{nos cuesta|me cuesta|es dificil} {entender|comprender} {como|por que|que usted|que no}", "entendemos lo ocurrido", ""},
		{"{clientes|gente|usuarios} {insisten|se empenan|se obstinan} en", "para que dure más, le recomendamos", ""},
		{"si {usted|tu|vos} (nos|me|lo|la) {hubiera|hubieras|hubiese|hubieses} {leido|prestado atencion|revisado|seguido|comprobado|llamado|avisado|mirado}", "para evitarlo, puede", ""},
		{"si (nos|me|lo|la|le) {hubiera|hubieras|hubiese|hubieses} prestado atencion", "para evitarlo, puede", ""},
		{"si {la casa|el piso|la cocina|el espacio|el apartamento|el departamento} {estuviera|estuviese|esta|estaba} mas {ordenad*|organizad*|limpi*|recogid*}", "para aprovechar mejor el tiempo, puede ayudar", ""},
		{"si {usted|tu|vos} (nos|me|lo|la|los|las|le) {hubiera|hubieras|hubiese|hubieses} *ado|*ido", "para evitarlo, puede", ""},
		{"si (nos|me|lo|la|los|las|le) {hubieras|hubieses} *ado|*ido", "para evitarlo, puede", ""},
		{"{usted|tu|vos} {insiste|insistes|insistis} en", "entendemos su postura", ""},
		{"a pesar de {nuestro aviso|nuestros avisos|nuestra advertencia|haberle avisado|haberte avisado|que se le aviso|que te avisamos}", "como le indicamos", ""},
		{"a la vista de todos", "como se indica en", ""},
		{"es|era|sera responsabilidad de quien", "le explicamos quién se ocupa", ""},
		{"{la suya|la tuya|su queja|tu queja} es la unica {queja|reclamacion|reclamo}", "gracias por avisarnos", ""},
		{"{tendrias|tenias|tenes} que haber|haberlo|haberla|haberlos|haberlas|habernos|haberme *ado|*ido|*to|*cho", "la próxima vez, puede", ""},
		{"{deberias|debiste} haber|haberlo|haberla|haberlos|haberlas|habernos|haberme *ado|*ido|*to|*cho", "la próxima vez, puede", ""},
		{"{usted|vos} {tendria|deberia|tenia|debio} (que) haber|haberlo|haberla|habernos *ado|*ido|*to|*cho", "la próxima vez, puede", ""},
		{"como ya se {indica|indicaba|explica|explicaba|detalla|especifica|informa|dice|decia|menciona|advierte|avisa|aclara|senala}", "como se explica en", ""},
		{"se {indica|explica|detalla|especifica|aclara|senala|dice} {claramente|bien claro|muy claro|con claridad}", "como se explica en", ""},
		{"{cosa|algo} que {muchos|pocos|algunos|no todos los|la mayoria de los} clientes", "le recomendamos", ""},
		{"hay que saber {usar*|utilizar*|manejar*}", "le explicamos cómo usarlo", ""},
		{"{tiene|tienes|tenes} que saber {usar*|utilizar*|manejar*}", "le explicamos cómo usarlo", ""},
		{"aunque ... se {pidio|indico|aviso|advirtio|explico|recomendo|solicito|insistio}", "como indicamos,", ""},
		{"aunque {le|te|les} {pedimos|indicamos|avisamos|advertimos|explicamos|recomendamos|dijimos}", "como indicamos,", ""},
		{"ya {estuviera|estuvieran|estuviese|estuviesen} {ahi|alli}", "revisamos la prenda y encontramos", ""},
		{"probablemente ya {estaba|estaban} {ahi|alli}", "revisamos la prenda y encontramos", ""},
		{"no {lo|la|los|las} {haya|hayas|hubiera|hubieras|hubiese} {notado|visto}", "revisamos y encontramos", ""},
		{"{es|era|fue|resulta|me parece} [un poco|algo|bastante|muy|un tanto] {exagerado|exagerada|exagerados|exageradas}", "entendemos su preocupación", ""},
		{"{estas|esta|estan} exagerando", "entendemos su preocupación", ""},
		{"no se {estaba|estuvo|quedaba|quedo} {quieto|quieta|quietos|quietas}", "durante el servicio, notamos que", ""},
		{"no {paraba|paro|dejaba|dejo} de moverse", "durante el servicio, notamos que", ""},
		{"{usted|tu|vos} {dio|diste|puso|pusiste|escribio|escribiste|indico|indicaste|ingreso|ingresaste|proporciono|proporcionaste} ... {incompleto|incompleta|equivocado|equivocada|erroneo|erronea|incorrecto|incorrecta}", "los datos que tenemos son", ""},
		{"cuando el|la|los|las {cliente|clientes|usuario|usuaria|usuarios|ciclista|ciclistas|dueno|duena|duenos|propietario|propietaria|huesped|huespedes|paciente|pacientes|alumno|alumna|alumnos|socio|socia|socios|comprador|compradora|inquilino|inquilina} no {hace|hacen|sigue|siguen|respeta|respetan|cumple|cumplen|lee|leen|revisa|revisan}", "para que dure, recomendamos", ""},
		{"a diferencia de la ultima vez que {usted|tu|vos|ustedes}", "esta vez", ""},
		// Doubting the customer's account, and showing them the door.
		{"{me cuesta|nos cuesta|es dificil|resulta dificil} creer", "gracias por contarnos lo que vio", ""},
		{"{como|cosa que|algo que} {sabe|saben} cualquiera que", "como explicamos en", ""},
		{"{como|cosa que|algo que} cualquiera que ... ... sabe", "como explicamos en", ""},
		{"{como|cosa que|algo que} cualquier persona que ... ... sabe", "como explicamos en", ""},
		{"si no {le|te|les} {convence|gusta|parece bien} ... no hace falta que {vuelva|vuelvas|vuelvan|regrese|regreses|regresen}", "nos gustaría que nos dé otra oportunidad", ""},
		{"(nosotros) no {adivinamos|somos adivinos}", "para acertar, necesitamos que nos indique", ""},
		{"el problema es que {usted|ustedes|tu|vos}", "lo que ocurre es que", ""},
		{"no {venga|vengan|vengas} a decir|decirnos que", "revisamos lo ocurrido", ""},
		{"no {se puede|puede|pueden|podes|puedes} culpar|culparnos a|al {nuestro|nuestra|nuestros|nuestras|nosotros|equipo|personal}", "revisamos lo ocurrido", ""},
	},
	"en": {
		// Blame.
		{"you (have) made|make {a mistake|an error}", "we found an issue with", ""},
		{"you've made {a mistake|an error}", "we found an issue with", ""},
		{"your mistake|fault", "let's look at how to fix", ""},
		{"{it's|it is|it was|that's|that is} [all] [entirely] your fault", "let's look at how to fix", ""},
		{"{you are|you're|you were} wrong|mistaken|incorrect", "let's check this together", ""},
		{"you failed|neglected to", "it looks like … hasn't been", ""},
		{"you {didn't|did not|never} {read|follow|check|bother|understand|pay attention}", "it looks like … hasn't been", ""},
		{"you {haven't|have not} read|followed|checked|understood", "it looks like … hasn't been", ""},
		{"you (really|clearly|obviously|honestly) {should have|ought to have|could have} *", "next time, you can", "received got gotten been had seen a an the it this that your any our already"},
		{"{if you'd|if you had} *", "to avoid this, you can", "like liked prefer preferred any been received rather want wish need"},
		{"{which|that} you {may|might} not have {read|seen|noticed|looked at}", "as set out in", ""},
		{"had you (only|just) *", "to avoid this, you can", "any a an the been received got gotten had seen"},
		{"{it's|it is} always {worth|best|wise|a good idea} {checking|reading|confirming|double-checking|to check|to read|to confirm|to double-check}", "for next time, you can", ""},
		{"as {everyone|anyone|any customer|most people|most customers} {knows|know|would know}", "as set out in", ""},
		{"as is {common knowledge|well known|widely known}", "as set out in", ""},
		{"most of our customers already {know|check|read|understand}", "as set out in", ""},
		{"{calling|chasing|emailing|writing|contacting us} {repeatedly|again and again|several times|every day|multiple times} ... {won't|will not|doesn't|does not} {speed|hurry|change}", "we're following your case and will update you", ""},
		{"{could|would} (easily|simply) have been {avoided|prevented} {if you|had you}", "to avoid this, you can", ""},
		{"as you {should|ought to} {know|be aware|have known|have seen}", "to recap,", ""},
		{"the problem is that you", "what happened is", ""},
		{"you {shouldn't have|should not have}", "next time, you can", ""},
		{"you must have misread|misunderstood|missed|ignored|overlooked|forgotten", "this may not have been clear:", ""},
		{"you misread|misunderstood|ignored|overlooked", "this may not have been clear:", ""},
		{"you forgot to", "it seems … is missing", ""},
		{"you {need to|have to|must} understand", "here's how it works:", ""},
		{"user error", "an issue with the setup", ""},
		// Reproach.
		{"as (we|i) (have) already|previously told|said|stated|explained|mentioned|informed|advised|noted", "to recap,", ""},
		{"as already|previously stated|explained|mentioned|noted|advised", "to recap,", ""},
		{"as we've|i've already|previously told|said|stated|explained|mentioned|informed|advised|noted", "to recap,", ""},
		{"{that's|that is|it's|it is|this is|all of this is|all this is} clearly|plainly|all explained|stated|indicated|listed|shown|described on|in", "as explained in", ""},
		{"because the {instructions|aftercare|care instructions|guidelines|directions} {weren't|were not|hadn't been|had not been} followed", "to help it last, we recommend", ""},
		{"you {haven't|have not} been doing|following|keeping up with|practising|practicing the|your exercises|instructions|aftercare|homework", "the exercises between sessions help", ""},
		{"we {will not|won't|are not going to|aren't going to} (be) {give|giving|offer|offering|make|making|issue|issuing} any discount|refund|exception|compensation|reduction", "in this case we can't", ""},
		{"as clearly stated|explained|indicated", "as explained in", ""},
		{"as we|i (have) told you", "to recap,", ""},
		{"as our|the ... {told|informed|advised|warned} you", "to recap,", ""},
		{"as our|the ... explained to you", "to recap,", ""},
		{"as we|i {explained|said|mentioned|stated|wrote|noted|told you} in our|my {letter|email|e-mail|message|reply|call|conversation|previous|last|earlier}", "to recap,", ""},
		{"we|i (have) already told|explained|informed you", "to recap,", ""},
		{"per my|our last|previous email|message", "to recap,", ""},
		{"for the umpteenth|hundredth time", "to recap,", ""},
		{"obviously|clearly you", "as explained in", ""},
		{"calm down", "we understand your frustration", ""},
		// Dismissal.
		{"not our|my problem|fault|responsibility|concern|issue", "we'll help you sort this out", ""},
		{"{isn't|is not|wasn't|was not} our|my problem|fault|responsibility|concern", "we'll help you sort this out", ""},
		{"{there's|there is|there was} nothing [more|else] (that) we|i can|could do", "here's what we can do", ""},
		{"nothing [more|else] (that) we|i can|could do", "here's what we can do", ""},
		{"we|i {can't|cannot|can not|couldn't} do anything", "here's what we can do", ""},
		{"take it up with", "here's who can help:", ""},
		{"we|i {can't|cannot|can not} {keep track of|monitor|watch|check on|be expected to check} every|each|all", "we've looked into your case", ""},
		{"{there is|there's|there was|there has been} no {error|mistake|delay|fault|overcharge} {on our part|on our side|in your case|with your account|in our system}", "we've checked and found", ""},
		{"nothing to do with us", "here's who can help:", ""},
		{"{there's|there is} nothing [more|else|further] to {discuss|dispute|argue about}", "we understand your position", ""},
		{"we|i {won't|will not|aren't going to|are not going to} discuss|argue", "we understand your position", ""},
		{"we {don't|do not} accept complaints|claims", "here's how to raise this", ""},
		// Lecturing: what the customer must do next time, or how to behave.
		{"{in future|in the future|next time} [,] you should|must|need", "next time, you can", ""},
		{"{in future|in the future|next time} [,] please {read|check|make sure|double-check|pay attention}", "next time, you can", ""},
		{"please {read|check|double-check} * {more carefully|properly|next time}", "next time, you can", ""},
		{"please {read|check|double-check} * * {more carefully|properly|next time}", "next time, you can", ""},
		{"{it is|it's|it was|that is|that's} your responsibility", "here's how to", ""},
		{"{it is|it's|it was|it remains} the {customer's|renter's|buyer's|client's|guest's|passenger's|driver's|user's|tenant's|holder's|member's|patient's|policyholder's|cardholder's|hirer's|purchaser's|sender's|recipient's|traveller's|traveler's} {job|responsibility|duty|obligation}", "here's how to", ""},
		{"{in future|in the future|next time|going forward} [,] we {suggest|recommend|ask|advise|would suggest|would recommend|would ask}", "next time, you can", ""},
		{"we {suggest|recommend|advise|ask} (that) (you) {in future|in the future|next time|going forward}", "next time, you can", ""},
		{"we|i (would) remind you that", "as set out in", ""},
		{"{isn't|is not|won't be|will not be|is not going to be} something {we'll|we will|we would|we're|we are|we can} {be considering|consider|be offering|offer|entertain|agree to}", "what we can offer is", ""},
		{"please {be polite|be respectful|be courteous|keep a civil tone|mind your language}", "we appreciate your patience with", ""},
		// Blaming the customer's choice or belongings, and belittling the complaint.
		{"{that's|that is|this is} {what happens|what tends to happen|what you get} {when|if}", "this can happen when", ""},
		{"{instead of|rather than} {complaining|you complain|filing a complaint}", "if it's still not right after that, let us know", ""},
		{"{try|chance|go|look|read|wait|check|time|week|days} ... before {complaining|you complain}", "if it's still not right after that, let us know", ""},
		{"in case you {didn't read|did not read|missed|haven't read|have not read|overlooked|didn't see|did not see} it|this|that", "as a reminder,", ""},
		{"{can't|cannot|can not|don't|do not|won't|will not} {work|perform|do} miracles", "here's what we can do", ""},
		{"{there's|there is|we see} no {reason|need|cause} {for|to} {such|so much|all this|all the|get so|be so} (a) {fuss|upset|drama|anger|upset|angry}", "we understand your frustration", ""},
		{"like yours (just|simply|really|frankly) {isn't|is not|aren't|are not|can't|cannot|won't|doesn't|does not|don't|do not}", "older models may not support", ""},
		{"{spelled|spelt} out in plain english", "as set out in", ""},
		{"{which|as|this|it} is {clearly|plainly} {spelled|spelt|set} out", "as set out in", ""},
		{"{explains|explained|says|states|stated|covers|shows} ... on the (very) first page", "as set out in", ""},
		{"{which|that} you {agreed to|accepted|signed} {when|at|on} {booking|signing|ordering|buying|purchase|sign-up|signup|subscribing}", "as set out in", ""},
		{"{your|the customer's|the client's} {job|responsibility|task|duty} [,] not {ours|mine}", "here's how to", ""},
		{"{is|it's|that's} {really|honestly|simply|frankly|entirely} your {job|responsibility|task|duty}", "here's how to", ""},
		{"{it's|it is|this is|that's|that is} (honestly|really|actually|frankly) (quite|very|pretty|really|fairly) {simple|easy|straightforward} if you", "here's a step-by-step guide:", ""},
		{"{it's|it is|it would be} {unrealistic|unreasonable} to expect", "what we can do is", ""},
		{"{signing|accepting|booking|buying|ordering|paying} without {reading|checking|looking}", "here's what the terms say", ""},
		{"{we|i} find it {hard|difficult} to {understand|see|believe} {how|why} you", "we understand what happened", ""},
		{"{customers|people|users} insist on", "to make it last, we recommend", ""},
		{"if you had (only) {paid attention|been paying attention|looked|read it|read the}", "to avoid this, you can", ""},
		{"{yours is|yours was|you are|you're} the only {complaint|customer|one} [we've|we have] (had|received)", "thank you for letting us know", ""},
		{"despite {our warning|our warnings|being warned|being told|our advice|the warning}", "as we mentioned,", ""},
		{"you {keep|continue} {insisting|to insist}", "we understand your position", ""},
		{"unlike (the) last time {you|your}", "this time", ""},
		{"{we'd|we would|we} (normally|usually|generally|always) expect {customers|guests|clients|people|members|renters|riders|users} to", "we recommend", ""},
		{"please {don't|do not} {ask|insist|keep asking}", "the quickest way is", ""},
		{"{was|were} {probably|likely|most likely|almost certainly} already there", "we checked and found", ""},
		{"you {may not have|might not have|didn't|did not} {noticed|notice}", "we checked and found", ""},
		{"{is|was|seems|sounds} [a bit|a little|rather|somewhat|slightly] {exaggerated|overblown|overdramatic}", "we understand your concern", ""},
		{"{you're|you are} overreacting", "we understand your concern", ""},
		{"{wouldn't|would not|didn't|did not|couldn't|could not} {keep|stay|sit|stand} still", "during the appointment, we noticed", ""},
		{"you {gave|entered|provided|typed|put|wrote|supplied} ... {incomplete|wrong|incorrect}", "the details we have are", ""},
		{"when {the customer|customers|the rider|riders|the owner|owners|people|users|the user} {don't|doesn't|do not|does not|fail to}", "to make it last, we recommend", ""},
		// Doubting the customer's account, and showing them the door.
		{"{i|we} find it {hard|difficult} to believe", "thank you for telling us what you found", ""},
		{"as {anyone|anybody|everyone|everybody} who ... ... {knows|know|would know|will know|can tell you}", "as set out in", ""},
		{"{maybe|perhaps} {read|check|look at} the ... before you", "for next time, you'll find", ""},
		{"{we're|we are|i'm|i am} not mind readers|psychic", "so we get it right, please tell us", ""},
		{"{we|i} {can't|cannot} read (your) minds|mind", "so we get it right, please tell us", ""},
		{"if {you're not|you are not|you aren't} {happy|satisfied|convinced} ... {you don't have to|you don't need to|no need to|don't} come back", "we'd like the chance to put this right", ""},
		{"{don't|do not} {tell us|come telling us|try telling us} {it was|that it was|it's|that it's}", "we've looked into what happened", ""},
		{"{you can't|you cannot} blame {us|our}", "we've looked into what happened", ""},
	},
	"pt": {
		// Blame.
		{"{voce|o senhor|a senhora|tu} {errou|erraste|se enganou|enganou-se|te enganaste|enganaste-te}", "identificamos um problema com", ""},
		{"{voce|tu|o senhor|a senhora} esta|estas enganad*|errad*", "vamos verificar juntos", ""},
		{"estas enganad*|errad*", "vamos verificar juntos", ""},
		{"(voce|tu) cometeu|cometeste um erro|engano", "identificamos um problema com", ""},
		{"o erro|engano foi {seu|sua|teu|tua|do cliente|de voce}", "vamos ver como resolver", ""},
		{"erro|engano {seu|teu|do cliente}", "vamos ver como resolver", ""},
		{"a culpa e|foi {sua|tua|do cliente|de voce}", "vamos ver como resolver", ""},
		{"culpa {sua|tua|do cliente}", "vamos ver como resolver", ""},
		{"por sua|tua culpa", "vamos ver como resolver", ""},
		{"nao e|foi culpa {nossa|da empresa}", "vamos ver como resolver", ""},
		{"nao e|foi nossa culpa", "vamos ver como resolver", ""},
		{"voce|tu nao leu|leste|seguiu|seguiste|entendeu|percebeu|percebeste|prestou", "talvez não tenha ficado claro", ""},
		{"{voce|tu|o senhor|a senhora} {esqueceu|esqueceste|se esqueceu|esqueceu-se}", "falta", ""},
		{"{voce|o senhor|a senhora} deve ter deixado|esquecido|feito|ligado|usado|trocado", "vamos verificar juntos", ""},
		{"{nosso|o nosso} equipamento|sistema|contador|medidor nao erra|falha", "vamos verificar juntos", ""},
		{"o problema e|foi seu|teu|do cliente", "vamos ver como resolver", ""},
		{"damos o assunto por encerrado", "continuamos à disposição", ""},
		{"deveria|deverias|devia|devias ter lido|verificado|conferido|seguido|consultado|prestado|percebido|recusado|guardado|reclamado|esperado", "da próxima vez, pode", ""},
		{"tinha|tinhas|teria que|de ter lido|verificado|conferido|seguido", "da próxima vez, pode", ""},
		{"se (nos|me|o|a|os|as) tivesse|tivesses|tivessem {lido|verificado|conferido|seguido|ligado|consultado|contactado|contatado|avisado|esperado|perguntado|informado|comunicado|guardado|reclamado|olhado|escolhido|selecionado|seleccionado|contratado|optado|reservado|pedido|comprado|pago|usado|marcado|indicado|declarado}", "para evitar isso, pode", ""},
		{"{teria|tinha} sido {facil|simples|muito facil|muito simples} evitar*", "para evitar isso, pode", ""},
		{"voce|tu precisa|precisas|tem|tens que|de entender|compreender|perceber", "explicamos como funciona:", ""},
		// Reproach.
		{"como ja (lhe|te) informamos|dissemos|explicamos|falamos|referimos|mencionamos|avisamos|indicamos", "recapitulando,", ""},
		{"como {lhe|te|lhes} {dissemos|explicamos|informamos|indicamos|avisamos|referimos} {na|no|pela|pelo} (nossa|nosso) {carta|email|e-mail|mensagem|resposta|chamada|ligacao|conversa|visita}", "recapitulando,", ""},
		{"como o|a (nosso|nossa) {tecnico|tecnica|mecanico|instalador|funcionario|funcionaria|motorista|estafeta|entregador|consultor|consultora|equipa|equipe} {lhe|te|lhes} {disse|explicou|informou|avisou|indicou}", "recapitulando,", ""},
		{"como {o senhor|a senhora|voce|tu|} devia|deveria|deve|devias|deverias saber", "recapitulando,", ""},
		{"como ja (lhe|te) {foi|tinha sido|tinhamos} informado|dito|explicado|mencionado|referido", "recapitulando,", ""},
		{"conforme ja {foi|tinha sido} informado|explicado|dito|mencionado", "recapitulando,", ""},
		{"conforme ja informado|informamos|explicado|explicamos|dito|mencionado", "recapitulando,", ""},
		{"conforme ja (lhe|te) {tinhamos|haviamos|tinha} explicado|dito|informado|mencionado|referido|indicado", "recapitulando,", ""},
		{"conforme ja lhe|te dissemos|explicamos|informamos|avisamos|indicamos", "recapitulando,", ""},
		{"esta|isso esta|tudo esta claramente|bem explicado|indicado|descrito no|na|nos|nas", "como explicamos em", ""},
		{"porque {nao foram|nao foi} {seguidas|seguidos|seguida|seguido|respeitados|respeitadas|respeitado|respeitada|cumpridos|cumpridas} as|os instrucoes|cuidados|recomendacoes|indicacoes", "para durar mais, recomendamos", ""},
		{"{a senhora|o senhor|voce|tu} nao tem|tens feito|seguido|cumprido|respeitado os|as exercicios|instrucoes|recomendacoes|cuidados|indicacoes", "os exercícios entre as aulas ajudam", ""},
		{"nao vamos {dar|fazer|oferecer|aplicar|conceder} nenhum|nenhuma desconto|reembolso|excecao|excepcao|compensacao|devolucao|abatimento", "neste caso não é possível", ""},
		{"ja lhe|te dissemos|informamos|explicamos|avisamos", "recapitulando,", ""},
		{"pela enesima vez", "recapitulando,", ""},
		{"como e|era obvio|evidente", "como explicamos em", ""},
		{"como {todo mundo|toda a gente|qualquer cliente|qualquer pessoa} sabe", "como explicamos em", ""},
		{"como e {sabido|do conhecimento geral|do conhecimento de todos|de conhecimento geral}", "como explicamos em", ""},
		{"a maioria dos {nossos clientes|clientes} ja {sabe|sabem|conhece|conhecem|tem em conta|leva em conta|levam em conta}", "como explicamos em", ""},
		{"quem cai|caem {nesse|neste|nesses|nestes|em} {golpe|golpes|fraude|fraudes|tipo de golpe|tipo de fraude}", "analisámos o seu caso", ""},
		// Dismissal.
		{"nao podemos|posso fazer {nada|mais nada}", "o que podemos fazer é", ""},
		{"nao ha|tem nada {que possamos|que a gente possa|que eu possa|que se possa|a} fazer", "o que podemos fazer é", ""},
		{"nao ha|tem mais nada a fazer", "o que podemos fazer é", ""},
		{"nada podemos fazer", "o que podemos fazer é", ""},
		{"nao podemos|posso {estar atentos|estar atentas|estar atento|acompanhar|controlar|vigiar} {cada|todos|todas|todo}", "analisámos o seu caso", ""},
		{"{nao ha|nao existe|nao houve} (nenhum|nenhuma|qualquer) {erro|atraso|falha|problema|demora|engano|cobranca indevida} {da nossa parte|por nossa parte|de nossa parte|no seu caso|no teu caso|no nosso sistema}", "analisámos o seu caso e verificámos", ""},
		{"nao e|foi problema {nosso|meu|da empresa}", "vamos ajudar a resolver", ""},
		{"nao e|foi nosso|meu problema", "vamos ajudar a resolver", ""},
		{"nao e|foi responsabilidade {nossa|minha|da empresa}", "vamos ajudar a resolver", ""},
		{"nao e|foi nossa|minha responsabilidade", "vamos ajudar a resolver", ""},
		{"isso nao nos|me diz respeito", "indicamos quem pode ajudar", ""},
		{"isso nao nos|me compete", "indicamos quem pode ajudar", ""},
		{"nao vamos|vou discutir|debater", "entendemos a sua posição", ""},
		{"nao ha|tem nada (mais) a|para discutir", "entendemos a sua posição", ""},
		{"nao aceitamos reclamacoes|reclamacao|queixas", "explicamos como reclamar", ""},
		// Lecturing: what the customer must do next time, or how to behave.
		{"{da proxima vez|na proxima vez|no futuro} [,] {verifique|confira|leia|revise|tenha|preste|certifique-se|deve|devera}", "da próxima vez, pode", ""},
		{"{e|era} {sua|tua} responsabilidade", "explicamos como fazer", ""},
		{"{e|era|sera} {responsabilidade|obrigacao|dever} do {cliente|locatario|usuario|utilizador|titular|comprador|passageiro|hospede|condutor|paciente|inquilino|socio|segurado|consumidor|remetente|destinatario}", "explicamos como fazer", ""},
		{"cabe|cabia ao {cliente|locatario|usuario|utilizador|titular|comprador|passageiro|hospede|condutor|paciente|inquilino|socio|segurado|consumidor} {verificar|conferir|avisar|informar|ler|comunicar|declarar|guardar|apresentar|reclamar}", "explicamos como fazer", ""},
		{"{sugerimos|recomendamos|pedimos|aconselhamos} que {no futuro|da proxima vez|doravante|futuramente}", "da próxima vez, pode", ""},
		{"{no futuro|da proxima vez|doravante|futuramente} [,] {sugerimos|recomendamos|pedimos|aconselhamos}", "da próxima vez, pode", ""},
		{"{e|era} da {sua|tua} responsabilidade", "explicamos como fazer", ""},
		{"lembramos que {e sua|e da sua|a responsabilidade|esta informacao|essa informacao|reiniciar}", "como indicado em", ""},
		{"{voce|o senhor|a senhora|tu} nao {comunicou|comunicaste|informou|informaste|enviou|enviaste|verificou|verificaste|conferiu|conferiste}", "não recebemos", ""},
		{"{mantenha|mantenham|pedimos que * mantenha} a educacao|o respeito|a calma|a compostura", "agradecemos a sua paciência", ""},
		// Blaming the customer's choice or belongings, and belittling the complaint.
		{"{isso|isto} {acontece|e o que acontece|e o que da|e o que sucede} {quando|se|ao} {voce|se|escolhe|escolher|compra|comprar|nao|o|a|tu}", "isto pode acontecer quando", ""},
		{"{em vez de|ao inves de} {reclamar|se queixar|queixar-se|protestar}", "se depois disso continuar, avise-nos", ""},
		{"{experimente|experimentar|teste|testar|espere|esperar|leia|ler|verifique|verificar|tempo|oportunidade|semana|dias} ... antes de {reclamar|se queixar|queixar-se|protestar}", "se depois disso continuar, avise-nos", ""},
		{"{caso|se|por se} (voce) nao {tenha|tenhas|tiver|tiveres} {lido|visto|reparado}", "lembramos que", ""},
		{"nao {faz|fazem|fazemos|da para fazer|podemos fazer|pode fazer|se fazem} milagres", "o que podemos fazer é", ""},
		{"nao {e|era|foi} para tanto", "compreendemos o seu aborrecimento", ""},
		{"{nao vemos|nao ha|nao existe|nao vejo} {motivo|razao|motivos|razoes} para {tanto|tanta|tamanho|tamanha|se zangar|se chatear}", "compreendemos o seu aborrecimento", ""},
		{"{como o seu|como a sua|como o teu|como a tua|como os seus|como as suas} (ja) (simplesmente) nao {da|dao|e|sao|aguenta|aguentam|suporta|suportam|serve|servem}", "os modelos mais antigos podem não suportar", ""},
		{"{explica|explicam|diz|indica|informa|mostra|refere} ... {logo na primeira pagina|na primeira pagina|em letras grandes}", "como indicado em", ""},
		{"que {aceitou|aceitaste|assinou|assinaste|aceitaram} ao {subscrever|contratar|assinar|reservar|comprar|aderir}", "conforme as condições de", ""},
		{"{esta|estava|fica} {bem|muito|perfeitamente|claramente} {explicito|claro|explicado|especificado|detalhado} {nas condicoes|no contrato|nos termos|no site|no regulamento}", "como indicado em", ""},
		{"{voce|o senhor|a senhora|tu} {tinha|teria|deveria|devia} {que|de} ter {feito|enviado|apresentado|assinado|trazido|pedido|anexado|mandado}", "da próxima vez, pode", ""},
		{"{tinhas|terias|devias|deverias} {que|de} ter {feito|enviado|apresentado|assinado|trazido|pedido|anexado|mandado}", "da próxima vez, pode", ""},
		{"{voce|o senhor|a senhora|tu} {deveria|devia} ter {feito|enviado|apresentado|assinado|trazido|pedido|anexado|mandado}", "da próxima vez, pode", ""},
		{"{devias|deverias} ter {feito|enviado|apresentado|assinado|trazido|pedido|anexado|mandado}", "da próxima vez, pode", ""},
		{"nao vale a pena {discutir|insistir|continuar a discutir|continuar discutindo}", "entendemos a sua posição", ""},
		{"{assinar|assinou|assinaste|aceitar|aceitou|aceitaste|contratar|contratou|comprar|comprou|pagar|pagou} sem {ler|olhar|verificar|conferir}", "explicamos as condições", ""},
		{"{custa-nos|custa-me|e dificil|e-nos dificil} {entender|perceber|compreender} {como|porque|por que|que}", "entendemos o que aconteceu", ""},
		{"{clientes|pessoas|utilizadores|usuarios} insistem em", "para durar mais, recomendamos", ""},
		{"se {voce|o senhor|a senhora|tu} (nos|me|o|a) {tivesse|tivesses} {prestado atencao|lido|verificado|conferido|seguido|olhado|reparado}", "para evitar isso, pode", ""},
		{"se (nos|me|o|a) {tivesse|tivesses|tivessem} prestado atencao", "para evitar isso, pode", ""},
		{"se {a casa|o espaco|a cozinha|o apartamento|o quarto} {estiver|estivesse|for|fosse} mais {organizad*|arrumad*|limp*}", "para aproveitar melhor o tempo, ajuda", ""},
		{"{voce|o senhor|a senhora|tu} {deveria|devia|tinha que|tinha de|teria que|teria de|devias|deverias|tinhas de|tinhas que} ter (nos|me|lhe|lhes|se) *ado|*ido", "da próxima vez, pode", ""},
		{"se {voce|o senhor|a senhora|tu} (nos|me|o|a|os|as|lhe) {tivesse|tivesses} *ado|*ido", "para evitar isso, pode", ""},
		{"{voce|o senhor|a senhora|tu} {insiste|insistes} {em|num|numa|no|na}", "entendemos a sua posição", ""},
		{"apesar {do nosso aviso|dos nossos avisos|de avisado|de avisada|de ter sido avisado|de ter sido avisada|da nossa advertencia}", "como indicámos,", ""},
		{"a vista de todos", "como indicado em", ""},
		{"{a sua|a tua|sua} e a unica {reclamacao|queixa}", "obrigado por nos avisar", ""},
		{"como ja se {indica|explica|detalha|informa|diz|menciona|avisa|refere}", "como explicamos em", ""},
		{"{cliente|clientes} que nao {fazem|faz|leem|le|seguem|segue}", "recomendamos", ""},
		{"ja {estivesse|estivessem} {ali|la|assim}", "verificámos e encontrámos", ""},
		{"provavelmente ja {estava|estavam} {ali|la|assim}", "verificámos e encontrámos", ""},
		{"{e|era|foi|esta} [meio|um pouco|um bocado|bastante|muito|um tanto] {exagerado|exagerada|exagerados|exageradas}", "entendemos a sua preocupação", ""},
		{"{esta|estas} {a exagerar|exagerando}", "entendemos a sua preocupação", ""},
		{"nao {parava|parou|ficava|ficou} {quieta|quieto|quietos|quietas|quietinha|quietinho}", "durante o atendimento, notámos que", ""},
		{"{voce|o senhor|a senhora|tu} {passou|passaste|informou|informaste|deu|deste|indicou|indicaste|digitou|digitaste|preencheu|preencheste|escreveu|escreveste|colocou|colocaste} ... {incompleto|incompleta|errado|errada|incorreto|incorreta}", "os dados que temos são", ""},
		{"quando o|a|os|as {cliente|clientes|usuario|usuaria|usuarios|utilizador|utilizadores|ciclista|ciclistas|dono|dona|donos|proprietario|proprietaria|hospede|hospedes|paciente|pacientes|aluno|aluna|alunos|socio|socia|socios|comprador|compradora|inquilino|inquilina|tutor|tutora|tutores} nao {faz|fazem|segue|seguem|respeita|respeitam|cumpre|cumprem|le|leem|verifica|verificam}", "para durar mais, recomendamos", ""},
		{"ao contrario da ultima vez {que|em que} {voce|voces|o senhor|a senhora|tu}", "desta vez", ""},
		{"{devia|deveria|devias|deverias} ter-nos|ter-me|ter-lhe *ado|*ido", "da próxima vez, pode", ""},
		// Doubting the customer's account, and showing them the door.
		{"{custa-me|custa-nos|e dificil|e-nos dificil} acreditar", "obrigado por nos contar o que viu", ""},
		{"{como|coisa que|algo que} qualquer {pessoa|um|cliente} que ... ... sabe", "como explicamos em", ""},
		{"{como|coisa que|algo que} {sabe|sabem} qualquer {pessoa|um} que", "como explicamos em", ""},
		{"se nao {gostou|gosta|gostar|estiver satisfeito|estiver satisfeita|ficou satisfeito|ficou satisfeita} ... nao {precisa|precisas|precisam} {voltar|de voltar|mais voltar}", "gostaríamos de ter outra oportunidade", ""},
		{"(nos) nao {adivinhamos|somos adivinhos}", "para acertarmos, precisamos que nos indique", ""},
		{"o problema e que {voce|voces|o senhor|a senhora|tu}", "o que acontece é que", ""},
		{"nao {venha|venham|venhas} {dizer|nos dizer|dizer-nos} que", "verificámos o que aconteceu", ""},
		{"nao {da para|pode|podem|se pode} culpar {a nossa|o nosso|os nossos|as nossas|a equipa|a equipe|nos}", "verificámos o que aconteceu", ""},
	},
}

// negativeSet is the compiled patterns of every language.
type negativeSet struct {
	patterns []pattern
	instead  []string
	lang     []string
	index    patternIndex
}

// hedges are the words that, just before a phrasing, undo it: "no es
// su culpa", "if you haven't read it yet", "se você não recebeu".
var hedges = map[string][]string{
	"es": {"no", "nunca", "jamas", "ni", "si"},
	"en": {"not", "never", "no", "if", "unless", "isn't", "wasn't", "aren't"},
	"pt": {"nao", "nunca", "jamais", "nem", "se", "caso"},
}

// staff are the people of the business who, named just before a
// phrasing, are its subject: "El técnico debería haber avisado" owns a
// mistake, it does not blame the customer.
var staff = set(
	"tecnico", "tecnica", "repartidor", "repartidora", "mensajero", "profesional", "equipo", "agente", "tienda",
	"empresa", "personal", "sistema", "conductor", "chofer", "operario", "instalador", "transportista",
	"technician", "engineer", "driver", "courier", "staff", "team", "agent", "store", "shop", "system", "crew",
	"profissional", "equipa", "equipe", "loja", "motorista", "estafeta", "entregador",
)

// byStaff reports whether the word just before ws[i], with nothing but
// spaces between, names someone of the business.
func byStaff(text string, ws []word, i int) bool {
	return i > 0 && staff[ws[i-1].norm] && strings.TrimSpace(text[ws[i-1].end:ws[i].start]) == ""
}

// hedged reports whether one of the two words before ws[i], in its
// sentence, undoes a phrasing of lang: "at no charge. As we explained…"
// is not hedged by the "no" of the sentence before.
func hedged(text string, ws []word, i int, lang string) bool {
	for k := i - 1; k >= max(0, i-2); k-- {
		if strings.ContainsAny(text[ws[k].end:ws[k+1].start], ".!?;:\n") {
			return false
		}
		if slices.Contains(hedges[lang], ws[k].norm) {
			return true
		}
	}
	return false
}

func compileNegatives() *negativeSet {
	s := &negativeSet{}
	for _, lang := range []string{"es", "en", "pt"} {
		for _, n := range negatives[lang] {
			for _, src := range expand(n.pattern) {
				p := compilePattern(src)
				p.unless = strings.Fields(n.unless)
				s.patterns = append(s.patterns, p)
				s.instead = append(s.instead, n.instead)
				s.lang = append(s.lang, lang)
			}
		}
	}
	s.index = indexPatterns(s.patterns)
	return s
}

// positive reports the negative phrasings of the draft.
func (r *run) positive() {
	set := lexicon.negatives
	ws := r.draft.words
	var cand []int
	for i := 0; i < len(ws); i++ {
		cand = set.index.candidates(cand[:0], ws, i)
		for _, p := range cand {
			end, ok := set.patterns[p].match(ws, i)
			if !ok || end <= i || hedged(r.draft.text, ws, i, set.lang[p]) || byStaff(r.draft.text, ws, i) || slices.Contains(set.patterns[p].unless, ws[end-1].norm) {
				continue
			}
			sp := span{ws[i].start, ws[end-1].end}
			r.add(Positive, "negative", Warning, Draft, sp, set.instead[p], msgNegative, set.instead[p])
			i = end - 1
			break
		}
	}
}
