package correspondence_test

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cartero/cartero/correspondence"
)

const consulta = "From: =?utf-8?q?Mar=C3=ADa_P=C3=A9rez?= <maria.perez@correo.example>\r\n" +
	"To: Soporte <soporte@tiendasol.example>\r\n" +
	"Subject: =?utf-8?q?=C2=BFD=C3=B3nde_est=C3=A1_mi_pedido=3F?=\r\n" +
	"Date: Mon, 23 Nov 2026 10:15:00 +0100\r\n" +
	"Message-ID: <pedido-4471@correo.example>\r\n" +
	"MIME-Version: 1.0\r\n" +
	"Content-Type: multipart/mixed; boundary=b\r\n" +
	"\r\n" +
	"--b\r\n" +
	"Content-Type: text/plain; charset=iso-8859-1\r\n" +
	"Content-Transfer-Encoding: quoted-printable\r\n" +
	"\r\n" +
	"Hola, =BFme pueden decir cu=E1ndo llega el pedido 4471?\r\n" +
	"--b\r\n" +
	"Content-Type: application/pdf\r\n" +
	"Content-Disposition: attachment; filename*=iso-8859-1''Factura%20a%F1o%202026.pdf\r\n" +
	"Content-Transfer-Encoding: base64\r\n" +
	"\r\n" +
	"JVBERi0xLjQK\r\n" +
	"--b--\r\n"

func ExampleParse() {
	msg, err := correspondence.Parse(strings.NewReader(consulta))
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(msg.From.Name, "<"+msg.From.Address+">")
	fmt.Println(msg.Subject)
	fmt.Println(msg.Date.Format("2006-01-02 15:04 -0700"))
	fmt.Println(msg.ID)
	fmt.Println(msg.Text)
	for _, a := range msg.Attachments {
		fmt.Printf("%s (%s, %d bytes)\n", a.Filename, a.ContentType, a.Size)
	}
	// Output:
	// María Pérez <maria.perez@correo.example>
	// ¿Dónde está mi pedido?
	// 2026-11-23 10:15 +0100
	// pedido-4471@correo.example
	// Hola, ¿me pueden decir cuándo llega el pedido 4471?
	// Factura año 2026.pdf (application/pdf, 9 bytes)
}

func ExampleParser() {
	// A parser with a lower size limit, for a web form that accepts pasted mail.
	p := correspondence.Parser{MaxSize: 1 << 10}
	_, err := p.Parse(strings.NewReader(strings.Repeat("x", 2<<10)))
	fmt.Println(errors.Is(err, correspondence.ErrTooLarge))
	// Output:
	// true
}

func ExampleDefect() {
	raw := "From: tom.wilson@mail.example.com\r\n" +
		"Subject: Invoice\r\n" +
		"Content-Type: text/plain; charset=x-klingon-8\r\n" +
		"\r\n" +
		"Please send the invoice.\r\n"
	msg, err := correspondence.Parse(strings.NewReader(raw))
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, d := range msg.Defects {
		fmt.Println(errors.Is(d, correspondence.ErrUnknownCharset))
	}
	fmt.Println(msg.Text)
	// Output:
	// true
	// Please send the invoice.
}

func ExampleAttachment_Open() {
	msg, err := correspondence.Parse(strings.NewReader(consulta))
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	// Attachments are decoded as they are read.
	b, _ := io.ReadAll(msg.Attachments[0].Open())
	fmt.Printf("%q\n", b)
	// Output:
	// "%PDF-1.4\n"
}

func ExampleParseHeader() {
	// Only the header is read and decoded: the fast path for indexing.
	msg, err := correspondence.ParseHeader(strings.NewReader(consulta))
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(msg.ID, msg.Subject, len(msg.Attachments))
	// Output:
	// pedido-4471@correo.example ¿Dónde está mi pedido? 0
}
