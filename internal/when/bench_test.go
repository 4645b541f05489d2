package when

import (
	"strings"
	"testing"
	"time"
)

// Replies of about 150 words, as agents write them, with two or three
// promised times each.
var benchReplies = []struct{ lang, text string }{
	{"es", `Hola, Marta:

Gracias por escribirnos y disculpe las molestias. Hemos revisado su pedido nº 48213 del 12 de noviembre y vemos que el paquete salió de nuestro almacén de Zaragoza el lunes, pero la agencia de transporte lo retuvo por un error en la dirección de entrega. Ya hemos corregido la dirección y hemos pedido a la agencia que lo entregue de nuevo.

Le llamaremos mañana a las 10:00 para confirmar que todo está en orden. Si el paquete no llega antes del viernes, le devolveremos los 34,90 € del envío y le enviaremos un producto nuevo sin coste. Recuerde que tiene 30 días para devoluciones y 2 años de garantía.

Nuestro horario de atención es de lunes a viernes de 9:00 a 18:00; puede responder a este mensaje y le contestaremos en un plazo máximo de 24 horas laborables.

Un saludo,
Javier
Atención al cliente`},
	{"en", `Hi Mark,

Thanks for getting in touch, and sorry for the trouble. We have looked into order #48213 from November 12 and can see that the parcel left our warehouse in Leeds on Monday, but the courier held it because of a mistake in the delivery address. We have corrected the address and asked the courier to try again.

We will call you tomorrow at 10am to make sure everything is in order. If the parcel has not arrived by Friday, we will refund the £4.90 delivery charge and send you a new item free of charge. Remember that you have 30 days to return items and a 2-year warranty.

Our support team is available Monday to Friday, 9am to 5pm; just reply to this message and we will get back to you within 2 business days at the latest.

Kind regards,
James
Customer Support`},
	{"pt", `Olá, Ana,

Obrigado pelo contato e desculpe o transtorno. Verificamos o seu pedido nº 48213 de 12 de novembro e vimos que o pacote saiu do nosso armazém em Campinas na segunda, mas a transportadora o reteve por um erro no endereço de entrega. Já corrigimos o endereço e pedimos à transportadora que faça uma nova tentativa.

Vamos ligar para você amanhã às 10h para confirmar que está tudo certo. Se o pacote não chegar até sexta-feira, devolveremos os R$ 24,90 do frete e enviaremos um produto novo sem custo. Lembre-se de que você tem 30 dias para devoluções e 2 anos de garantia.

Nosso atendimento funciona de segunda a sexta, das 9h às 18h; basta responder a esta mensagem e retornaremos em até 3 dias úteis.

Atenciosamente,
Rafael
Atendimento ao cliente`},
}

func BenchmarkFind(b *testing.B) {
	now := time.Date(2026, 11, 26, 11, 0, 0, 0, time.UTC)
	for _, r := range benchReplies {
		for _, lang := range []string{r.lang, ""} {
			name := r.lang
			if lang == "" {
				name += "/unknown"
			}
			b.Run(name, func(b *testing.B) {
				if n := len(strings.Fields(r.text)); n < 130 || n > 170 {
					b.Fatalf("the reply has %d words, want about 150", n)
				}
				b.ReportAllocs()
				b.SetBytes(int64(len(r.text)))
				for b.Loop() {
					Find(r.text, now, lang)
				}
			})
		}
	}
}
