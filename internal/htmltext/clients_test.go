package htmltext

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// update rewrites golden files with the current output: go test -update.
var update = flag.Bool("update", false, "rewrite golden files in testdata")

// TestClients renders the HTML that mail clients write for what a person
// typed, and expects the text back as it was typed.
func TestClients(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			name: "gmail reply",
			in: `<div dir="ltr">Hola Marta,<div><br></div><div>Gracias por la respuesta. El pedido n&ordm; 4521 todav&iacute;a no ha llegado.</div><div><br></div><div>Un saludo,</div><div>Javier</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">El lun, 3 jun 2024 a las 10:12, Atenci&oacute;n al cliente (&lt;<a href="mailto:ayuda@tienda.es">ayuda@tienda.es</a>&gt;) escribi&oacute;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Hola Javier,<div><br></div><div>Su pedido sali&oacute; el viernes por <a href="https://seur.es/track?id=99">mensajer&iacute;a</a>.</div></div>
</blockquote></div>
`,
			want: `Hola Marta,

Gracias por la respuesta. El pedido nº 4521 todavía no ha llegado.

Un saludo,
Javier

El lun, 3 jun 2024 a las 10:12, Atención al cliente (<ayuda@tienda.es>) escribió:
> Hola Javier,
>
> Su pedido salió el viernes por mensajería (https://seur.es/track?id=99).`,
		},
		{
			name: "gmail list and signature",
			in:   `<div dir="ltr"><div>Necesito cambiar:</div><ul><li>la talla de la camiseta</li><li>el color de las zapatillas</li></ul><div>&iquest;Es posible?</div><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature"><div dir="ltr">Luc&iacute;a G&oacute;mez<div>+34 600 123 456</div></div></div></div>`,
			want: `Necesito cambiar:

- la talla de la camiseta
- el color de las zapatillas

¿Es posible?

--
Lucía Gómez
+34 600 123 456`,
		},
		{
			name: "gmail forward",
			in:   `<div dir="ltr"><br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>De: <strong class="gmail_sendername" dir="auto">Ana Ruiz</strong> <span dir="auto">&lt;<a href="mailto:ana@cliente.es">ana@cliente.es</a>&gt;</span><br>Date: lun, 3 jun 2024 a las 10:00<br>Subject: Pedido 4521<br>To: &lt;<a href="mailto:ventas@tienda.es">ventas@tienda.es</a>&gt;<br></div><br><br><div dir="ltr">Buenos d&iacute;as, &iquest;cu&aacute;ndo llega mi pedido?</div></div></div>`,
			want: `---------- Forwarded message ---------
De: Ana Ruiz <ana@cliente.es>
Date: lun, 3 jun 2024 a las 10:00
Subject: Pedido 4521
To: <ventas@tienda.es>

Buenos días, ¿cuándo llega mi pedido?`,
		},
		{
			name: "outlook desktop",
			in: `<div class=WordSection1><p class=MsoNormal>Buenos d&iacute;as,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Adjunto la factura de mayo. Quedo atento a:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>&middot;<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>la confirmaci&oacute;n del pago<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>el n&uacute;mero de albar&aacute;n<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Saludos cordiales,<o:p></o:p></p><p class=MsoNormal><b>Jorge Mart&iacute;nez<o:p></o:p></b></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b><span lang=ES>De:</span></b><span lang=ES> Ana L&oacute;pez &lt;ana@cliente.es&gt; <br><b>Enviado el:</b> lunes, 3 de junio de 2024 9:15<br><b>Para:</b> Soporte &lt;<a href="mailto:soporte@tienda.es">soporte@tienda.es</a>&gt;<br><b>Asunto:</b> Factura<o:p></o:p></span></p></div></div>`,
			want: `Buenos días,

Adjunto la factura de mayo. Quedo atento a:
- la confirmación del pago
  - el número de albarán

Saludos cordiales,
Jorge Martínez

De: Ana López <ana@cliente.es>
Enviado el: lunes, 3 de junio de 2024 9:15
Para: Soporte <soporte@tienda.es>
Asunto: Factura`,
		},
		{
			name: "outlook desktop numbered list",
			in:   `<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Abrir la caja<o:p></o:p></p><p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Enchufar<o:p></o:p></p>`,
			want: "1. Abrir la caja\n2. Enchufar",
		},
		{
			name: "outlook desktop spacing from the web",
			in:   `<p class=MsoNormal style='mso-margin-top-alt:auto;mso-margin-bottom-alt:auto'>Uno<o:p></o:p></p><p class=MsoNormal style='mso-margin-top-alt:auto;mso-margin-bottom-alt:auto'>Dos<o:p></o:p></p>`,
			want: "Uno\n\nDos",
		},
		{
			name: "outlook web",
			in:   `<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Hola,</div><div class="elementToProof" style="font-family: Aptos, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div><div class="elementToProof" style="font-family: Aptos, sans-serif; font-size: 12pt;">No puedo acceder a mi cuenta desde ayer.</div><div class="elementToProof"><br></div><div class="elementToProof">Gracias</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>De:</b> Soporte &lt;soporte@tienda.es&gt;<br><b>Enviado:</b> lunes, 3 de junio de 2024 9:40<br><b>Para:</b> Ana &lt;ana@cliente.es&gt;<br><b>Asunto:</b> Re: Acceso</font><div>&nbsp;</div></div><div><p style="margin-top:0;margin-bottom:0">Hola Ana,</p><p style="margin-top:0;margin-bottom:0">&nbsp;</p><p style="margin-top:0;margin-bottom:0">Restablezca su contrase&ntilde;a en <a href="https://cuenta.tienda.es/reset" data-auth="NotApplicable">este enlace</a>.</p></div>`,
			want: `Hola,

No puedo acceder a mi cuenta desde ayer.

Gracias

De: Soporte <soporte@tienda.es>
Enviado: lunes, 3 de junio de 2024 9:40
Para: Ana <ana@cliente.es>
Asunto: Re: Acceso

Hola Ana,

Restablezca su contraseña en este enlace (https://cuenta.tienda.es/reset).`,
		},
		{
			name: "apple mail",
			in:   `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">Hola,<div class=""><br class=""></div><div class="">Os env&iacute;o las fotos del producto da&ntilde;ado.</div><div class=""><br class=""></div><div class="">Un abrazo,</div><div class="">Marta</div><div class=""><br class=""><div><br class=""><blockquote type="cite" class=""><div class="">On 3 Jun 2024, at 11:02, Tienda &lt;<a href="mailto:hola@tienda.es" class="">hola@tienda.es</a>&gt; wrote:</div><br class="Apple-interchange-newline"><div class=""><div class="">Hola Marta:</div><div class=""><br class=""></div><div class="">&iquest;Nos puede enviar fotos?</div></div></blockquote></div><br class=""></div></body></html>`,
			want: `Hola,

Os envío las fotos del producto dañado.

Un abrazo,
Marta

> On 3 Jun 2024, at 11:02, Tienda <hola@tienda.es> wrote:
>
> Hola Marta:
>
> ¿Nos puede enviar fotos?`,
		},
		{
			name: "iphone mail",
			in:   `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">Ya lo he recibido, gracias.<div><br></div><div>Marta<br id="lineBreakAtBeginningOfSignature"><div dir="ltr">Enviado desde mi iPhone</div><div dir="ltr"><br><blockquote type="cite">El 3 jun 2024, a las 11:02, Tienda &lt;hola@tienda.es&gt; escribió:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">&#65279;<div>Su paquete está en reparto.</div></div></blockquote></div></body></html>`,
			want: `Ya lo he recibido, gracias.

Marta
Enviado desde mi iPhone

> El 3 jun 2024, a las 11:02, Tienda <hola@tienda.es> escribió:
>
> Su paquete está en reparto.`,
		},
		{
			name: "thunderbird",
			in: `<html>
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
  </head>
  <body>
    <p>Bom dia,</p>
    <p>O meu pedido chegou incompleto: faltam dois artigos.<br>
      Podem verificar?</p>
    <p>Obrigado,<br>
      Jo&atilde;o</p>
    <div class="moz-cite-prefix">Em 03/06/2024 10:20, Loja escreveu:<br>
    </div>
    <blockquote type="cite" cite="mid:abc@loja.pt">
      <p>Ol&aacute; Jo&atilde;o,</p>
      <p>A sua encomenda foi enviada. A fatura est&aacute; dispon&iacute;vel na sua &aacute;rea de cliente.</p>
      <blockquote type="cite">
        <p>Quando chega a encomenda?</p>
      </blockquote>
    </blockquote>
    <pre class="moz-signature" cols="72">-- 
Jo&atilde;o Concei&ccedil;&atilde;o
Tel. 912 345 678</pre>
  </body>
</html>
`,
			want: `Bom dia,

O meu pedido chegou incompleto: faltam dois artigos.
Podem verificar?

Obrigado,
João

Em 03/06/2024 10:20, Loja escreveu:

> Olá João,
>
> A sua encomenda foi enviada. A fatura está disponível na sua área de cliente.
>
> > Quando chega a encomenda?

--
João Conceição
Tel. 912 345 678`,
		},
		{
			name: "thunderbird plain paragraphs",
			in:   "<html><body>Hello,<br>\n<br>\nThe invoice is attached.<br>\n<br>\nRegards,<br>\nPeter<br>\n</body></html>",
			want: "Hello,\n\nThe invoice is attached.\n\nRegards,\nPeter",
		},
		{
			name: "yahoo",
			in:   `<html><head></head><body><div class="ydp3b1c2d3eyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">Hi,</div><div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">I was charged twice for order #88231.</div><div dir="ltr" data-setdir="false">Please refund one of the charges.</div><div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Thanks,</div><div dir="ltr" data-setdir="false">Mike</div></div><div><br></div><div id="yahoo_quoted_1234" class="yahoo_quoted"><div style="font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>On Monday, June 3, 2024 at 10:00:00 AM GMT+2, Shop Support &lt;support@shop.com&gt; wrote:</div><div><br></div><div><br></div><div><div id="yiv123"><div dir="ltr">Hello Mike, thanks for writing.</div></div></div></div></div></body></html>`,
			want: `Hi,

I was charged twice for order #88231.
Please refund one of the charges.

Thanks,
Mike

On Monday, June 3, 2024 at 10:00:00 AM GMT+2, Shop Support <support@shop.com> wrote:

Hello Mike, thanks for writing.`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, tt.in, Text(tt.in), tt.want)
		})
	}
}

// TestGolden renders the complete messages in testdata/*.html and compares
// the text with the .txt file beside each.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/*.html")
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			in, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got := []byte(Text(string(in)) + "\n")
			golden := strings.TrimSuffix(path, ".html") + ".txt"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (go test -update creates it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s (go test -update rewrites it)\n--- got\n%s\n--- want\n%s", path, golden, got, want)
			}
		})
	}
}
