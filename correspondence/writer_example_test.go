package correspondence_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/cartero/cartero/correspondence"
)

func ExampleWriter_Write() {
	w := &correspondence.Writer{
		Domain: "tiendasol.example",
		// Seeded so that the example prints the same ids on every run;
		// leave Rand nil to use crypto/rand.
		Rand: rand.NewChaCha8([32]byte{}),
	}
	m := &correspondence.Message{
		From:    correspondence.Address{Name: "Soporte Tienda Sol", Address: "soporte@tiendasol.example"},
		To:      []correspondence.Address{{Name: "María Pérez", Address: "maria.perez@correo.example"}},
		Subject: "Su pedido 4471 ya está en camino",
		Date:    time.Date(2026, 11, 23, 12, 0, 0, 0, time.FixedZone("CET", 3600)),
		Text:    "Hola, María:\n\nSu pedido salió hoy del almacén.\n",
	}
	var b strings.Builder
	if err := w.Write(&b, m); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Print(strings.ReplaceAll(b.String(), "\r\n", "\n"))
	fmt.Println("---")
	fmt.Println("sent as", m.ID)
	// Output:
	// Date: Mon, 23 Nov 2026 12:00:00 +0100
	// From: Soporte Tienda Sol <soporte@tiendasol.example>
	// To: =?utf-8?b?TWFyw61hIFDDqXJleg==?= <maria.perez@correo.example>
	// Subject: =?utf-8?q?Su_pedido_4471_ya_est=C3=A1_en_camino?=
	// Message-ID: <d9877ece-6d36-4aac-9a6f-419ec627c76b@tiendasol.example>
	// MIME-Version: 1.0
	// Content-Type: text/plain; charset=utf-8
	// Content-Transfer-Encoding: quoted-printable
	//
	// Hola, Mar=C3=ADa:
	//
	// Su pedido sali=C3=B3 hoy del almac=C3=A9n.
	// ---
	// sent as d9877ece-6d36-4aac-9a6f-419ec627c76b@tiendasol.example
}

func ExampleNewReply() {
	const inbound = "From: =?utf-8?q?Mar=C3=ADa_P=C3=A9rez?= <maria.perez@correo.example>\r\n" +
		"To: Soporte <soporte@tiendasol.example>\r\n" +
		"Cc: Luis <luis@correo.example>\r\n" +
		"Subject: RE: Re: Pedido 4471\r\n" +
		"Message-ID: <r2-4471@correo.example>\r\n" +
		"In-Reply-To: <a1-4471@tiendasol.example>\r\n" +
		"References: <q1-4471@correo.example> <a1-4471@tiendasol.example>\r\n" +
		"Content-Language: es\r\n" +
		"\r\n" +
		"¿Alguna novedad?\r\n"
	msg, err := correspondence.Parse(strings.NewReader(inbound))
	if err != nil {
		fmt.Println("error:", err)
		return
	}

	reply := correspondence.NewReply(msg, correspondence.ReplyOptions{
		From: correspondence.Address{Name: "Soporte", Address: "soporte@tiendasol.example"},
		All:  true,
	})
	reply.Text = "Hola, María: su pedido sale mañana.\n"

	fmt.Println("To:", reply.To)
	fmt.Println("Cc:", reply.Cc)
	fmt.Println("Subject:", reply.Subject)
	fmt.Println("In-Reply-To:", reply.InReplyTo)
	fmt.Println("References:", reply.References)
	fmt.Println("Language:", reply.Language)
	// Output:
	// To: [María Pérez <maria.perez@correo.example>]
	// Cc: [Luis <luis@correo.example>]
	// Subject: Re: Pedido 4471
	// In-Reply-To: [r2-4471@correo.example]
	// References: [q1-4471@correo.example a1-4471@tiendasol.example r2-4471@correo.example]
	// Language: es
}
