package quote

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestHTML splits the HTML that each client writes. New must come out
// exactly; the other kinds must hold the given line (or be empty for "").
func TestHTML(t *testing.T) {
	tests := []struct {
		name                        string
		html                        string
		opts                        Options
		new, quoted, sig, forwarded string
	}{
		{
			name:   "gmail reply with signature",
			html:   `<div dir="ltr">Hola Marta,<div><br></div><div>El pedido nº 4521 todavía no ha llegado.</div><div><br></div><div>Un saludo,</div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">Javier Soto<div>+34 600 123 456</div></div></div></div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">El lun, 3 jun 2024 a las 10:12, Atención al cliente (&lt;<a href="mailto:ayuda@tienda.es">ayuda@tienda.es</a>&gt;) escribió:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Hola Javier,<div><br></div><div>Su pedido salió el viernes.</div></div></blockquote></div>`,
			new:    "Hola Marta,\n\nEl pedido nº 4521 todavía no ha llegado.\n\nUn saludo,",
			quoted: "> Su pedido salió el viernes.",
			sig:    "Javier Soto",
		},
		{
			name:      "gmail forward",
			html:      `<div dir="ltr">Os lo reenvío.<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>De: <strong class="gmail_sendername" dir="auto">Ana Ruiz</strong> <span dir="auto">&lt;<a href="mailto:ana@cliente.es">ana@cliente.es</a>&gt;</span><br>Date: lun, 3 jun 2024 a las 10:00<br>Subject: Pedido 4521<br>To: &lt;<a href="mailto:ventas@tienda.es">ventas@tienda.es</a>&gt;<br></div><br><br><div dir="ltr">Buenos días, ¿cuándo llega mi pedido?</div></div></div>`,
			new:       "Os lo reenvío.",
			forwarded: "Buenos días, ¿cuándo llega mi pedido?",
		},
		{
			name:   "gmail inline reply",
			html:   `<div dir="ltr">Te respondo abajo.</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">El mar, 1 dic 2026 a las 11:20, Matías &lt;<a href="mailto:m@gestio.example">m@gestio.example</a>&gt; escribió:<br></div><blockquote class="gmail_quote">¿Desde cuándo?</blockquote><div>Desde el viernes.</div><blockquote class="gmail_quote">¿Algún error?</blockquote><div>Sí, un 401.</div></div>`,
			new:    "Te respondo abajo.\n\nDesde el viernes.\n\nSí, un 401.",
			quoted: "> ¿Algún error?",
		},
		{
			name:   "apple mail",
			html:   `<html><body style="word-wrap: break-word;">Hola,<div><br></div><div>Os envío las fotos del producto dañado.</div><div><br></div><div>Un abrazo,</div><div>Marta</div><div><br><div><br><blockquote type="cite"><div>On 3 Jun 2024, at 11:02, Tienda &lt;<a href="mailto:hola@tienda.es">hola@tienda.es</a>&gt; wrote:</div><br class="Apple-interchange-newline"><div><div>Hola Marta:</div><div><br></div><div>¿Nos puede enviar fotos?</div></div></blockquote></div><br></div></body></html>`,
			new:    "Hola,\n\nOs envío las fotos del producto dañado.\n\nUn abrazo,",
			quoted: "> ¿Nos puede enviar fotos?",
			sig:    "Marta",
		},
		{
			name:   "iphone",
			html:   `<html><body dir="auto">Ya lo he recibido, gracias.<div><br></div><div>Marta<br id="lineBreakAtBeginningOfSignature"><div dir="ltr">Enviado desde mi iPhone</div><div dir="ltr"><br><blockquote type="cite">El 3 jun 2024, a las 11:02, Tienda &lt;hola@tienda.es&gt; escribió:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">&#65279;<div>Su paquete está en reparto.</div></div></blockquote></div></body></html>`,
			new:    "Ya lo he recibido, gracias.",
			quoted: "> Su paquete está en reparto.",
			sig:    "Enviado desde mi iPhone",
		},
		{
			name: "thunderbird with signature below the quote",
			html: `<html><body><p>Bom dia,</p><p>Faltam dois artigos.<br>Podem verificar?</p><p>Obrigado,<br>João</p>
<div class="moz-cite-prefix">Em 03/06/2024 10:20, Loja escreveu:<br></div>
<blockquote type="cite" cite="mid:abc@loja.pt"><p>Olá João,</p><p>A sua encomenda foi enviada.</p></blockquote>
<pre class="moz-signature" cols="72">-- 
João Conceição
Tel. 912 345 678</pre></body></html>`,
			new:    "Bom dia,\n\nFaltam dois artigos.\nPodem verificar?\n\nObrigado,",
			quoted: "Em 03/06/2024 10:20, Loja escreveu:",
			sig:    "Tel. 912 345 678",
		},
		{
			name:   "outlook desktop",
			html:   `<html><body lang=ES><div class=WordSection1><p class=MsoNormal>Buenos días,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Adjunto la factura de mayo.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Saludos cordiales,<o:p></o:p></p><p class=MsoNormal><b>Jorge Martínez<o:p></o:p></b></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b><span lang=ES>De:</span></b><span lang=ES> Ana López &lt;ana@cliente.es&gt; <br><b>Enviado el:</b> lunes, 3 de junio de 2024 9:15<br><b>Para:</b> Soporte &lt;<a href="mailto:soporte@tienda.es">soporte@tienda.es</a>&gt;<br><b>Asunto:</b> Factura<o:p></o:p></span></p></div></div><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>¿Me envían la factura?<o:p></o:p></p></div></body></html>`,
			new:    "Buenos días,\n\nAdjunto la factura de mayo.\n\nSaludos cordiales,",
			quoted: "¿Me envían la factura?",
			sig:    "Jorge Martínez",
		},
		{
			name:   "outlook on the web",
			html:   `<div class="elementToProof">Hola,</div><div class="elementToProof"><br></div><div class="elementToProof">No puedo acceder a mi cuenta desde ayer.</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>De:</b> Soporte &lt;soporte@tienda.es&gt;<br><b>Enviado:</b> lunes, 3 de junio de 2024 9:40<br><b>Para:</b> Ana &lt;ana@cliente.es&gt;<br><b>Asunto:</b> Re: Acceso</font><div>&nbsp;</div></div><div><p style="margin-top:0;margin-bottom:0">Hola Ana,</p><p>Restablezca su contraseña.</p></div>`,
			new:    "Hola,\n\nNo puedo acceder a mi cuenta desde ayer.",
			quoted: "Restablezca su contraseña.",
		},
		{
			name:      "outlook on the web forward",
			opts:      Options{Forward: true},
			html:      `<div>Te lo paso.</div><hr tabindex="-1"><div id="divRplyFwdMsg"><b>From:</b> Shop &lt;shop@example.com&gt;<br><b>Sent:</b> Monday, June 3, 2024 9:40 AM<br><b>To:</b> Ana<br><b>Subject:</b> Receipt</div><div>Your receipt.</div>`,
			new:       "Te lo paso.",
			forwarded: "Your receipt.",
		},
		{
			name:   "outlook for mac",
			html:   `<div>Sounds good.</div><div><br></div><span id="OLK_SRC_BODY_SECTION"><div style="font-family:Calibri; font-size:12pt; text-align:left; color:black; BORDER-BOTTOM: medium none; BORDER-LEFT: medium none; PADDING-BOTTOM: 0in; PADDING-LEFT: 0in; PADDING-RIGHT: 0in; BORDER-TOP: #b5c4df 1pt solid; BORDER-RIGHT: medium none; PADDING-TOP: 3pt"><span style="font-weight:bold">From: </span> Ana &lt;ana@example.com&gt;<br><span style="font-weight:bold">Date: </span> Monday, November 23, 2026 at 10:15<br><span style="font-weight:bold">To: </span> Support &lt;support@example.com&gt;<br><span style="font-weight:bold">Subject: </span> Plan</div><div><br></div><div>Shall we go ahead?</div></span>`,
			new:    "Sounds good.",
			quoted: "Shall we go ahead?",
		},
		{
			name:   "yahoo",
			html:   `<div class="ydp9d0c31a2yahoo-style-wrap"><div dir="ltr">ya mandé las fotos.</div><div dir="ltr">Sandra</div></div><div id="yahoo_quoted_8841207365" class="yahoo_quoted"><div><div>Em sexta-feira, 4 de dezembro de 2026 10:00:00 BRT, Bruno &lt;bruno@loja.example&gt; escreveu:</div><div><br></div><div><div dir="ltr"><p>Olá, Sandra!</p><p>Envie as fotos.</p></div></div></div></div>`,
			new:    "ya mandé las fotos.",
			quoted: "Envie as fotos.",
			sig:    "Sandra",
		},
		{
			name:   "proton",
			html:   `<div>Thanks, that worked.</div><div class="protonmail_signature_block"><div class="protonmail_signature_block-proton">Sent with <a href="https://proton.me/">Proton Mail</a> secure email.</div></div><br><div class="protonmail_quote">On Friday, December 4th, 2026 at 12:15, James &lt;james@bank.example&gt; wrote:<br><blockquote class="protonmail_quote" type="cite"><div>Try again now.</div></blockquote></div>`,
			new:    "Thanks, that worked.",
			quoted: "> Try again now.",
			sig:    "Sent with Proton Mail (https://proton.me/) secure email.",
		},
		{
			name: "bordered signature is no splitter",
			html: `<div>Hola, ¿tienen la talla M?</div><div style="border:none;border-top:solid #ccc 1pt;padding:3pt 0 0 0">Visita nuestra web</div><div>Y otra cosa: ¿envían a Canarias?</div>`,
			new:  "Hola, ¿tienen la talla M?\nVisita nuestra web\nY otra cosa: ¿envían a Canarias?",
		},
		{
			name: "tight lists",
			html: `<div>Necesito:</div><ul><li>una cosa</li><li>otra</li></ul><div><br></div><div>Gracias.</div>`,
			new:  "Necesito:\n- una cosa\n- otra\n\nGracias.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, segs := HTML(tt.html, tt.opts)
			checkSegments(t, text, segs)
			if got := Join(text, segs, New); got != tt.new {
				t.Errorf("new text differs (-want +got):\n%s\nrendering:\n%s", cmp.Diff(tt.new, got), text)
			}
			for _, k := range []struct {
				kind Kind
				want string
			}{{Quoted, tt.quoted}, {Signature, tt.sig}, {Forwarded, tt.forwarded}} {
				got := Join(text, segs, k.kind)
				if k.want == "" && got != "" || !strings.Contains(got, k.want) {
					t.Errorf("%s: %q does not hold %q; rendering:\n%s", kindLetters[k.kind], got, k.want, text)
				}
			}
		})
	}
}

func TestHasClass(t *testing.T) {
	for _, tt := range []struct {
		attr string
		want bool
	}{
		{"gmail_quote", true},
		{"gmail_quote gmail_quote_container", true},
		{"x_gmail_quote", true},
		{"ydp4e7d1c3ayahoo_quoted", true},
		{"notgmail_quotes", false},
		{"", false},
	} {
		if got := hasClass(tt.attr, "gmail_quote", "yahoo_quoted"); got != tt.want {
			t.Errorf("hasClass(%q) = %v", tt.attr, got)
		}
	}
}
