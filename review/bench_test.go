package review_test

import (
	"testing"
	"time"

	"github.com/cartero/cartero/classify"
	"github.com/cartero/cartero/review"
	"github.com/cartero/cartero/sla"
	"github.com/cartero/cartero/template"
)

// A typical pair: a customer's message of three questions and a reply of
// some 150 words.
const (
	benchCustomer = `Hola:

Hice el pedido 4471 el jueves pasado y todavía no ha llegado. ¿Cuándo me
llegará? Quisiera saber también si puedo cambiar la dirección de entrega,
porque esta semana no estaré en casa.

Por último, necesito la factura a nombre de mi empresa, con el NIF
B12345678.

Gracias,
María López`
	benchDraft = `Estimada María:

Gracias por escribirnos y disculpe la espera. Su pedido 4471 salió de nuestro almacén ayer y la empresa de transporte se lo entregará el lunes por la mañana.

Como esta semana no estará en casa, puede cambiar la dirección de entrega desde el enlace de seguimiento que le enviamos por correo, hasta el domingo a las 20:00. Si lo prefiere, responda a este mensaje con la nueva dirección y la cambiamos nosotros.

Le adjuntamos la factura a nombre de su empresa con el NIF que nos indica. Si necesita algún otro dato en la factura, díganos cuál y le enviaremos una nueva.

Un cordial saludo,
Lucía Romero
Atención al cliente · Tienda Sol`
)

func BenchmarkReview(b *testing.B) {
	madrid, err := time.LoadLocation("Europe/Madrid")
	if err != nil {
		b.Skip(err)
	}
	cal, err := sla.ParseCalendar("Europe/Madrid; mon-fri 09:00-18:00")
	if err != nil {
		b.Fatal(err)
	}
	policy, _ := sla.ParsePolicy("prompt")
	policy.Calendar = cal
	now := time.Date(2026, 11, 23, 11, 0, 0, 0, madrid)
	st := policy.Status([]sla.Event{{At: now.Add(-2 * time.Hour), Kind: sla.Inbound}}, now)
	msg := message(benchCustomer)
	in := review.Input{
		Draft:    benchDraft,
		Message:  msg,
		Now:      now,
		Status:   &st,
		Calendar: cal,
		Customer: template.Customer{Name: "María López", Register: template.Formal},
	}
	b.Run("classified", func(b *testing.B) {
		res := classify.Message(msg)
		in := in
		in.Classification = &res
		b.ReportAllocs()
		for b.Loop() {
			review.Check(in)
		}
	})
	b.Run("unclassified", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			review.Check(in)
		}
	})
}
