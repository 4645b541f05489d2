package quote

import (
	"strings"
	"testing"
)

// A case is written one line per input line, each after a letter that
// says its expected kind: N new, Q quoted, S signature, F forwarded, and
// a "|". Blank lines belong with the line above them.
type splitCase struct {
	name  string
	lines string
	opts  Options
}

// parseCase returns the text of a case and the kind expected for each of
// its lines.
func parseCase(t *testing.T, c splitCase) (string, []Kind) {
	t.Helper()
	var text strings.Builder
	var kinds []Kind
	for _, l := range strings.Split(strings.Trim(c.lines, "\n"), "\n") {
		l = strings.TrimLeft(l, "\t")
		k, rest, ok := strings.Cut(l, "|")
		if !ok || len(k) != 1 {
			t.Fatalf("bad case line %q", l)
		}
		kinds = append(kinds, map[string]Kind{"N": New, "Q": Quoted, "S": Signature, "F": Forwarded}[k])
		text.WriteString(rest)
		text.WriteByte('\n')
	}
	return text.String(), kinds
}

// lineKinds returns the kind of each line of text according to segs.
func lineKinds(text string, segs []Segment) []Kind {
	var kinds []Kind
	for _, s := range segs {
		for range strings.Lines(text[s.Start:s.End]) {
			kinds = append(kinds, s.Kind)
		}
	}
	return kinds
}

var kindLetters = map[Kind]string{New: "N", Quoted: "Q", Signature: "S", Forwarded: "F"}

func runCases(t *testing.T, cases []splitCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text, want := parseCase(t, c)
			segs := Text(text, c.opts)
			checkSegments(t, text, segs)
			got := lineKinds(text, segs)
			lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
			bad := false
			for i := range lines {
				if i >= len(got) || got[i] != want[i] {
					bad = true
				}
			}
			if bad {
				var b strings.Builder
				for i, l := range lines {
					g := "?"
					if i < len(got) {
						g = kindLetters[got[i]]
					}
					mark := "  "
					if g != kindLetters[want[i]] {
						mark = "!!"
					}
					b.WriteString(mark + " want " + kindLetters[want[i]] + " got " + g + " |" + l + "\n")
				}
				t.Errorf("kinds differ:\n%s", b.String())
			}
		})
	}
}

// checkSegments checks that segments cover text exactly, in order, and
// that neighbours differ in kind.
func checkSegments(t *testing.T, text string, segs []Segment) {
	t.Helper()
	end := 0
	for i, s := range segs {
		if s.Start != end || s.End <= s.Start {
			t.Fatalf("segment %d [%d,%d) does not follow %d", i, s.Start, s.End, end)
		}
		if i > 0 && segs[i-1].Kind == s.Kind {
			t.Fatalf("segments %d and %d have the same kind", i-1, i)
		}
		end = s.End
	}
	if end != len(text) {
		t.Fatalf("segments end at %d, text at %d", end, len(text))
	}
}

func TestAttributions(t *testing.T) {
	runCases(t, []splitCase{
		{name: "gmail es", lines: `
			N|Sí, el jueves me viene bien.
			N|
			Q|El lun, 23 nov 2026 a las 10:15, Ana Ruiz (<ana@example.com>) escribió:
			Q|> ¿Le viene bien el jueves?
			Q|>`},
		{name: "gmail es wrapped over two lines", lines: `
			N|Sí, el jueves me viene bien.
			N|
			Q|El lun, 23 nov 2026 a las 10:15, Atención al Cliente de Tienda Sol (<
			Q|soporte@tiendasol.example>) escribió:
			Q|
			Q|> ¿Le viene bien el jueves?`},
		{name: "gmail en", lines: `
			N|Thursday works.
			Q|On Mon, Nov 23, 2026 at 10:15 AM Ana Ruiz <ana@example.com> wrote:
			Q|> Does Thursday work?`},
		{name: "gmail en narrow no-break space", lines: "N|Thursday works.\nQ|On Mon, Nov 23, 2026 at 10:15\u202fAM Ana Ruiz <ana@example.com> wrote:\nQ|> Does Thursday work?"},
		{name: "gmail pt", lines: `
			N|Quinta-feira está ótimo.
			Q|Em seg., 23 de nov. de 2026 às 10:15, Ana Ruiz <ana@example.com> escreveu:
			Q|> Quinta-feira serve?`},
		{name: "gmail pt-pt", lines: `
			N|Quinta-feira está ótimo.
			Q|Ana Ruiz <ana@example.com> escreveu no dia segunda, 23/11/2026 à(s) 10:15:
			Q|> Quinta-feira serve?`},
		{name: "gmail fr", lines: "N|Jeudi me convient.\nQ|Le lun. 23 nov. 2026 à 10:15, Ana Ruiz <ana@example.com> a\u00a0écrit\u00a0:\nQ|> Jeudi vous convient ?"},
		{name: "gmail de", lines: `
			N|Donnerstag passt.
			Q|Am Mo., 23. Nov. 2026 um 10:15 Uhr schrieb Ana Ruiz <ana@example.com>:
			Q|> Passt Donnerstag?`},
		{name: "gmail it", lines: `
			N|Giovedì va bene.
			Q|Il giorno lun 23 nov 2026 alle ore 10:15 Ana Ruiz <ana@example.com> ha scritto:
			Q|> Giovedì va bene?`},
		{name: "apple es", lines: `
			N|Perfecto.
			N|
			Q|> El 23 nov 2026, a las 10:15, Ana Ruiz <ana@example.com> escribió:
			Q|>
			Q|> ¿Le viene bien?`},
		{name: "apple en", lines: `
			N|Perfect.
			Q|> On Nov 23, 2026, at 10:15, Ana Ruiz <ana@example.com> wrote:
			Q|>
			Q|> Does it work?`},
		{name: "apple pt", lines: `
			N|Perfeito.
			Q|> Em 23 de nov. de 2026, à(s) 10:15, Ana Ruiz <ana@example.com> escreveu:
			Q|>
			Q|> Serve?`},
		{name: "thunderbird es", lines: `
			N|De acuerdo.
			N|
			Q|El 23/11/26 a las 10:15, Ana Ruiz escribió:
			Q|> ¿Le parece bien?`},
		{name: "thunderbird en", lines: `
			N|Agreed.
			Q|On 23/11/2026 10:15, Ana Ruiz wrote:
			Q|> Agreed?`},
		{name: "thunderbird de", lines: `
			N|Einverstanden.
			Q|Am 23.11.26 um 10:15 schrieb Ana Ruiz:
			Q|> Einverstanden?`},
		{name: "yahoo es, history not quoted", lines: `
			N|Ya lo envié.
			N|
			Q|    El lunes, 23 de noviembre de 2026, 10:15:00 CET, Ana Ruiz <ana@example.com> escribió:
			Q|
			Q|
			Q|¿Nos envía la foto?`},
		{name: "proton en", lines: `
			N|Sent it.
			Q|On Monday, November 23rd, 2026 at 10:15, Ana Ruiz <ana@example.com> wrote:
			Q|
			Q|> Could you send the photo?`},
		{name: "outlook mac en", lines: `
			N|Fine by me.
			Q|On 11/23/26, 10:15 AM, "Ana Ruiz" <ana@example.com> wrote:
			Q|
			Q|    Fine?`},
		{name: "mutt", lines: `
			Q|* Ana Ruiz <ana@example.com> [2026-11-23 10:15]:
			Q|> Which version?
			Q|
			N|v3.`},
		{name: "android samsung separator", lines: `
			N|Gracias.
			N|
			Q|-------- Mensaje original --------
			Q|De: Ana Ruiz <ana@example.com>
			Q|Fecha: 23/11/26 10:15 (GMT+01:00)
			Q|Para: yo@example.com
			Q|Asunto: Pedido`},
		{name: "quotes at depth three", lines: `
			N|Sigue igual.
			Q|> > > El pedido no llegó.
			Q|> > ¿Lo revisan?
			Q|> Lo revisamos.`},
	})
}

func TestHeaderBlocks(t *testing.T) {
	runCases(t, []splitCase{
		{name: "outlook es", lines: `
			N|Adjunto la factura.
			N|
			Q|De: Ana Ruiz <ana@example.com>
			Q|Enviado el: lunes, 23 de noviembre de 2026 10:15
			Q|Para: soporte@example.com
			Q|Asunto: Factura
			Q|
			Q|Hola, ¿me envían la factura?`},
		{name: "outlook en", lines: `
			N|Attached.
			Q|From: Ana Ruiz <ana@example.com>
			Q|Sent: Monday, November 23, 2026 10:15 AM
			Q|To: support@example.com
			Q|Subject: Invoice`},
		{name: "outlook de", lines: `
			N|Anbei.
			Q|Von: Ana Ruiz <ana@example.com>
			Q|Gesendet: Montag, 23. November 2026 10:15
			Q|An: support@example.com
			Q|Betreff: Rechnung`},
		{name: "outlook fr", lines: `
			N|Ci-joint.
			Q|De : Ana Ruiz <ana@example.com>
			Q|Envoyé : lundi 23 novembre 2026 10:15
			Q|À : support@example.com
			Q|Objet : Facture`},
		{name: "outlook it", lines: `
			N|In allegato.
			Q|Da: Ana Ruiz <ana@example.com>
			Q|Inviato: lunedì 23 novembre 2026 10:15
			Q|A: support@example.com
			Q|Oggetto: Fattura`},
		{name: "outlook pt", lines: `
			N|Segue anexo.
			Q|De: Ana Ruiz <ana@example.com>
			Q|Enviada em: segunda-feira, 23 de novembro de 2026 10:15
			Q|Para: suporte@example.com
			Q|Assunto: Fatura`},
		{name: "outlook web es with rule", lines: `
			N|Adjunto.
			N|
			Q|________________________________
			Q|De: Ana Ruiz <ana@example.com>
			Q|Enviado: lunes, 23 de noviembre de 2026 10:15
			Q|Para: soporte@example.com
			Q|Asunto: Factura`},
		{name: "outlook without addresses needs four fields", lines: `
			N|Hecho.
			Q|De: Ana Ruiz
			Q|Enviado el: lunes, 23 de noviembre de 2026 10:15
			Q|Para: Soporte
			Q|Asunto: Factura`},
		{name: "gmail bold fields", lines: `
			Q|> *From:* Ana Ruiz <ana@example.com>
			Q|> *Sent:* Monday, November 23, 2026 10:15 AM
			Q|> *To:* support@example.com
			Q|> *Subject:* Invoice
			Q|
			N|Done.`},
		{name: "separator es", lines: `
			N|Hecho.
			Q|-----Mensaje original-----
			Q|De: Ana`},
		{name: "separator en", lines: "N|Done.\nQ|-----Original Message-----\nQ|From: Ana"},
		{name: "separator pt", lines: "N|Feito.\nQ|-----Mensagem original-----\nQ|De: Ana"},
		{name: "separator thunderbird", lines: "N|Hecho.\nQ|-------- Mensaje original --------\nQ|Asunto: x"},
		{name: "separator proton", lines: "N|Done.\nQ|------- Original Message -------\nQ|On Monday…"},
		{name: "separator de", lines: "N|Erledigt.\nQ|-----Ursprüngliche Nachricht-----\nQ|Von: Ana"},
		{name: "separator fr", lines: "N|Fait.\nQ|-----Message d'origine-----\nQ|De : Ana"},
		{name: "separator it", lines: "N|Fatto.\nQ|-----Messaggio originale-----\nQ|Da: Ana"},
		{name: "outlook forward by subject", opts: Options{Forward: true}, lines: `
			N|Te lo reenvío.
			N|
			F|________________________________
			F|De: Ana Ruiz <ana@example.com>
			F|Enviado: lunes, 23 de noviembre de 2026 10:15
			F|Para: soporte@example.com
			F|Asunto: Factura`},
	})
}

func TestForwards(t *testing.T) {
	for _, marker := range []string{
		"---------- Forwarded message ---------",
		"---------- Mensaje reenviado ---------",
		"---------- Mensagem encaminhada ---------",
		"Início da mensagem encaminhada:",
		"Begin forwarded message:",
		"Inicio del mensaje reenviado:",
		"-------- Message transféré --------",
		"---------- Weitergeleitete Nachricht ----------",
		"---------- Messaggio inoltrato ---------",
		"-------- Forwarded Message --------",
		"----- Forwarded Message -----",
		"Début du message réexpédié :",
		"Anfang der weitergeleiteten Nachricht:",
	} {
		runCases(t, []splitCase{{name: marker, lines: `
			N|Mira lo que me mandaron.
			N|
			F|` + marker + `
			F|From: Tienda <pedidos@example.com>
			F|Date: Mon, Nov 23, 2026 at 10:15 AM
			F|Subject: Pedido
			F|
			F|> Su pedido ha salido.`}})
	}
	runCases(t, []splitCase{
		{name: "apple forward quoted in html rendering", lines: `
			N|Os reenvío la confirmación.
			N|
			F|> Begin forwarded message:
			F|>
			F|> From: Tienda <pedidos@example.com>`},
		{name: "forward inside history stays history", lines: `
			N|Gracias.
			Q|El lun, 23 nov 2026 a las 10:15, Ana <ana@example.com> escribió:
			Q|> Te reenvío esto.
			Q|> > ---------- Forwarded message ---------
			Q|> > From: X`},
	})
}

func TestInline(t *testing.T) {
	runCases(t, []splitCase{
		{name: "answers between quotes", lines: `
			N|Hola, te contesto abajo.
			N|
			Q|El mar, 1 dic 2026 a las 11:20, Matías <matias@example.com> escribió:
			Q|> ¿Desde cuándo?
			Q|
			N|Desde el viernes.
			N|
			Q|> ¿Cambiaste la contraseña?
			N|No.
			N|
			Q|> Saludos,
			Q|> Matías
			Q|
			N|Gracias!
			S|Fede`},
		{name: "bottom posting", lines: `
			Q|On Mon, Nov 23, 2026 at 10:15 AM Ana <ana@example.com> wrote:
			Q|> Could you check?
			Q|> Thanks
			Q|
			N|Checked, all fine.`},
		{name: "two-line quote without attribution", lines: `
			Q|> ¿Llegó el paquete?
			Q|> ¿Y la factura?
			Q|
			N|Sí, las dos cosas.`},
	})
}

func TestSignatures(t *testing.T) {
	runCases(t, []splitCase{
		{name: "delimiter", lines: `
			N|Hola, adjunto el recibo.
			N|
			S|-- 
			S|Ana Ruiz
			S|Tienda Sol`},
		{name: "closing then name and contact", lines: `
			N|El pedido no ha llegado.
			N|
			N|Un saludo,
			S|María Pérez Ortega
			S|Ortega Asesores
			S|Tel. 600 000 471`},
		{name: "bare name", lines: `
			N|La luz se cortó anoche.
			S|Rodrigo Fuentes`},
		{name: "bare name after a blank line", lines: `
			N|Really appreciate the quick fix.
			N|
			S|Emily`},
		{name: "mobile footers", lines: `
			N|Recibido.
			N|
			S|Enviado desde mi iPhone`},
		{name: "footer after closing and name", lines: `
			N|Gracias,
			S|María
			S|
			S|Enviado desde mi iPhone
			S|
			Q|> El 17 nov 2026, a las 9:03, Lucía <soporte@example.com> escribió:
			Q|> Hola`},
		{name: "disclaimer", lines: `
			N|Necesito la factura.
			N|
			N|Saludos,
			S|Ignacio Serrano
			S|Metalúrgica Serrano, S.L.
			S|
			S|AVISO DE CONFIDENCIALIDAD: Este mensaje y, en su caso, los ficheros anexos son confidenciales.
			S|Antes de imprimir este correo, piense en el medio ambiente.`},
		{name: "disclaimers in other languages", lines: `
			N|Ok.
			N|
			S|Esta mensagem pode conter informação confidencial.
			S|Ce message et ses pièces jointes sont confidentiels.
			S|Diese E-Mail enthält vertrauliche Informationen.
			S|Questo messaggio e i suoi allegati sono riservati.
			S|CONFIDENTIALITY NOTICE: this e-mail is confidential.`},
		{name: "postscript keeps everything", lines: `
			N|Gracias,
			N|Ana
			N|
			N|PD: adjunto la foto.`},
		{name: "closing before prose is no signature", lines: `
			N|Gracias.
			N|Otra cosa: el pedido llegó roto y quiero devolverlo.`},
		{name: "short answer after a quote is no signature", lines: `
			Q|> ¿Prefiere la mañana?
			Q|> ¿O la tarde?
			Q|
			N|Mañana`},
	})
	for _, closing := range []string{"Gracias,", "Obrigado,", "Thanks,", "Cordialement,", "Viele Grüße,", "Cordiali saluti,", "Un saludo", "Muchas gracias por todo,"} {
		runCases(t, []splitCase{{name: closing, lines: "N|El pedido no llegó.\nN|\nN|" + closing + "\nS|Ana Ruiz\nS|Tienda Sol"}})
	}
	for _, footer := range []string{
		"Enviado desde mi iPhone", "Enviado do meu iPhone", "Sent from my Galaxy", "Envoyé de mon iPhone",
		"Von meinem iPhone gesendet", "Inviato da iPhone", "Obtener Outlook para iOS", "Get Outlook for Android",
		"Enviado desde Yahoo Mail para Android", "Sent with Proton Mail secure email.", "Enviado do meu smartphone Samsung Galaxy.",
	} {
		runCases(t, []splitCase{{name: footer, lines: "N|Recibido, gracias.\nN|\nS|" + footer}})
	}
}

func TestTraps(t *testing.T) {
	runCases(t, []splitCase{
		{name: "itinerary", lines: `
			N|Please change my ticket:
			N|From: Madrid
			N|To: Sevilla
			N|Date: 12/02/2027
			N|
			N|Thank you.`},
		{name: "itinerary with every field", lines: `
			N|Los datos del viaje:
			N|De: Madrid
			N|Para: Sevilla
			N|Fecha: 12/02/2027
			N|Asunto: excursión
			N|
			N|¿Hay plazas?`},
		{name: "shell line", lines: `
			N|It fails right away:
			N|
			N|> npm install cartero
			N|npm ERR! code ERESOLVE
			N|
			N|Any idea?`},
		{name: "two shell lines far apart", lines: `
			N|It fails:
			N|> npm install
			N|npm ERR! code ERESOLVE
			N|Then:
			N|> ls -la
			N|total 16`},
		{name: "dashes in a sentence", lines: `
			N|El pedido 79012 -- que pagué el día 1 -- no llegó.
			N|--
			N|Esto sigue siendo mi texto y es largo.
			N|Línea 2.
			N|Línea 3.
			N|Línea 4.
			N|Línea 5.
			N|Línea 6.
			N|Línea 7.
			N|Línea 8.
			N|Línea 9.
			N|Línea 10.
			N|Línea 11.
			N|Línea 12.
			N|Línea 13.
			N|Línea 14.
			N|Línea 15.
			N|Línea 16.
			N|Línea 17.
			N|Línea 18.
			N|Línea 19.
			N|Línea 20.
			N|Línea 21.`},
		{name: "sent boxes", lines: `
			N|From: our warehouse
			N|Sent: 3 boxes
			N|To: your store
			N|Subject to availability, the rest follows.`},
		{name: "someone wrote in prose", lines: `
			N|Mi hermano escribió: «no funciona».
			N|Ayer a las 10:15 mi hermano escribió:
			N|que no le funciona la tarjeta.`},
		{name: "wrote with a date but nothing quoted", lines: `
			N|El lunes a las 10:15 mi hermano escribió:
			N|no funciona.`},
		{name: "wrote with a full date but no time", lines: `
			N|El 23/11/2026 mi hermano escribió:
			N|que no le funciona la tarjeta.`},
		{name: "pine attribution with quotes", lines: `
			N|Sí.
			Q|On Mon, 23 Nov 2026, Ana Ruiz wrote:
			Q|
			Q|> ¿Vale?`},
		{name: "thanks alone", lines: "N|Gracias!"},
		{name: "sent from in a sentence", lines: `
			N|Les escribo otra vez por lo del router.
			N|Enviado desde mi casa, porque el móvil no tiene cobertura.`},
		{name: "hard-wrapped line ending in a name", lines: `
			N|Ayer vino a casa el técnico de
			N|Iberdrola`},
		{name: "subject line in prose", lines: `
			N|Subject: the claim I sent last week.
			N|It was about the roof.`},
	})
}

func TestForwardSubject(t *testing.T) {
	for s, want := range map[string]bool{
		"Fwd: Pedido": true, "RV: Pedido": true, "Enc: Fatura": true, "TR: Facture": true, "WG: Rechnung": true,
		"I: Fattura": true, "FW: x": true, "[ventas] RV: x": true, "Re: Fwd: x": false, "Pedido": false,
		"Reenvío: x": false, "RE: RV: x": false, "": false,
	} {
		if got := ForwardSubject(s); got != want {
			t.Errorf("ForwardSubject(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestJoin(t *testing.T) {
	text := "\r\nHola\r\n\r\n> q\r\n> q2\r\n\r\nrespuesta\r\n\r\n"
	segs := Text(text, Options{})
	if got, want := Join(text, segs, New), "Hola\n\nrespuesta"; got != want {
		t.Errorf("New = %q, want %q", got, want)
	}
	if got := Join("", nil, New); got != "" {
		t.Errorf("empty: %q", got)
	}
}
