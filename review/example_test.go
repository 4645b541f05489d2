package review_test

import (
	"fmt"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/review"
	"github.com/cartero/cartero/template"
)

func ExampleCheck() {
	customer := "Hola:\n\n¿Cuándo llegará mi pedido 4471? Necesito también la factura a nombre de mi empresa.\n\nMaría"
	msg := &correspondence.Message{Text: customer, Split: correspondence.SplitText(customer)}
	draft := "Estimada María:\n\nComo ya le dijimos, su pedido 4471 llegará el jueves.\n\nUn cordial saludo,\nLucía Romero\nAtención al cliente"
	for _, f := range review.Check(review.Input{
		Draft:    draft,
		Message:  msg,
		Customer: template.Customer{Name: "María López", Register: template.Formal},
	}) {
		fmt.Printf("%s/%s in %s %q\n  %s\n", f.Check, f.Code, f.In, f.Text, f.Message)
	}
	// Output:
	// positive/negative in draft "Como ya le dijimos"
	//   Frase negativa o que culpa al cliente; pruebe: «para recapitular,».
	// professional/unanswered in customer "Necesito también la factura a nombre de mi empresa."
	//   La respuesta no atiende esta petición del cliente.
}
