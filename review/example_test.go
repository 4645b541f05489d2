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

// An agent who knows the draft answers a question in other words
// dismisses the finding; the editor keeps that as a verdict, so that the
// finding does not come back when the draft is checked again.
func ExampleChecker_Questions() {
	customer := "Hi,\n\nCan I pay with PayPal? And what happens if it breaks down after a year?\n\nTom"
	draft := "Hi Tom,\n\nWe take PayPal, Visa and Mastercard at checkout. Everything we sell is covered for two years, and we replace it at no cost.\n\nBest regards,\nSam Ortiz\nCustomer care"
	in := review.Input{
		Draft:   draft,
		Message: &correspondence.Message{Text: customer, Split: correspondence.SplitText(customer)},
	}
	var c review.Checker
	for _, q := range c.Questions(in) {
		fmt.Printf("question %d-%d %q\n", q.Start, q.End, q.Text)
	}
	for _, f := range c.Check(in) {
		fmt.Printf("%s/%s %q\n", f.Check, f.Code, f.Text)
		if f.Code == "unanswered" {
			in.Verdicts = append(in.Verdicts, review.Verdict{Start: f.Start, End: f.End, Addressed: true})
		}
	}
	fmt.Println("findings after the verdicts:", len(c.Check(in)))
	// Output:
	// question 5-27 "Can I pay with PayPal?"
	// question 28-76 "And what happens if it breaks down after a year?"
	// professional/unanswered "And what happens if it breaks down after a year?"
	// findings after the verdicts: 0
}
