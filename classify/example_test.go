package classify_test

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/cartero/cartero/classify"
	"github.com/cartero/cartero/correspondence"
)

func ExampleText() {
	res := classify.Text("¿Por qué me cobraron dos veces? Es inaceptable.")
	fmt.Println(res.Type, res.Language, res.Sentiment)
	for _, r := range res.Reasons {
		fmt.Printf("%s %q at %d-%d: %s %+.1f\n", r.Field, r.Text, r.Start, r.End, r.Type, r.Weight)
	}
	// The question is read, but it asks nothing: its sentence complains.
	// Output:
	// complaint es negative
	// text "Por qué me cobraron" at 2-22: complaint +3.0
	// text "?" at 32-33: inquiry +0.0
	// text "inaceptable" at 37-48: complaint +3.0
}

func ExampleText_survey() {
	// A score makes a survey reply, whatever the sentiment.
	res := classify.Text("Le doy un 3 de 10, el envío tardó mucho")
	fmt.Println(res.Type, res.Sentiment, res.Urgency)
	// Output:
	// survey negative low
}

func ExampleText_negation() {
	for _, s := range []string{
		"No estoy nada contento con la instalación.",
		"Not happy at all with the engineer's visit.",
		"No es una queja: ¿abren el domingo?",
	} {
		fmt.Println(classify.Text(s).Type)
	}
	// Output:
	// complaint
	// complaint
	// inquiry
}

const outOfOffice = "From: Luis Herrera <lherrera@cliente.example>\r\n" +
	"To: soporte@tiendasol.example\r\n" +
	"Subject: =?utf-8?q?Respuesta_autom=C3=A1tica=3A_Re=3A_Pedido_4471?=\r\n" +
	"Auto-Submitted: auto-replied\r\n" +
	"Message-ID: <ooo-1@cliente.example>\r\n" +
	"\r\n" +
	"Estoy fuera de la oficina hasta el 30 de noviembre.\r\n"

func ExampleModel_Classify() {
	msg, err := correspondence.Parse(strings.NewReader(outOfOffice))
	if err != nil {
		fmt.Println(err)
		return
	}
	var model classify.Model // the zero Model uses the built-in knowledge
	res, err := model.Classify(context.Background(), msg)
	if err != nil {
		fmt.Println(err)
		return
	}
	if res.Auto != nil {
		fmt.Println(res.Auto.Kind, "-", res.Auto.Reason)
	}
	// Output:
	// out_of_office - text: estoy fuera de la oficina
}

func ExampleAutomatic() {
	raw := "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\r\n" +
		"Subject: Delivery Status Notification (Failure)\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n" +
		"\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\nAddress not found\r\n" +
		"--b\r\nContent-Type: message/delivery-status\r\n\r\n" +
		"Reporting-MTA: dns; googlemail.com\r\n\r\n" +
		"Final-Recipient: rfc822; ana@correo.example\r\nAction: failed\r\nStatus: 5.1.1\r\n" +
		"--b--\r\n"
	msg, _ := correspondence.Parse(strings.NewReader(raw))
	a := classify.Automatic(msg)
	fmt.Println(a.Kind, a.Recipient, a.Action, a.Status)
	// Output:
	// bounce ana@correo.example failed 5.1.1
}

func ExampleLanguage() {
	for _, s := range []string{"¿Cuándo llega mi paquete?", "quero saber onde esta meu pedido", "ok"} {
		code, _ := classify.Language(s)
		fmt.Println(code)
	}
	// Output:
	// es
	// pt
	// und
}

func ExampleTrain() {
	// A host's own labelled messages: here a shop whose customers answer
	// its rating request with a colour.
	examples := []classify.Example{
		{Type: classify.Survey, Text: "verde"},
		{Type: classify.Survey, Text: "verde, todo bien"},
		{Type: classify.Survey, Text: "amarillo"},
		{Type: classify.Survey, Text: "amarillo, regular"},
		{Type: classify.Complaint, Text: "Es inaceptable, quiero mi dinero"},
		{Type: classify.Inquiry, Text: "¿Cuándo abren?"},
	}
	m, err := classify.Train(examples, classify.TrainOptions{MinCount: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := m.MarshalBinary()
	loaded, err := classify.Load(b)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(classify.Text("amarillo").Type, loaded.Text("amarillo").Type)
	// Output:
	// other survey
}

func ExampleChain() {
	// A hosted model first, Cartero's default when it fails or is unsure.
	remote := classify.Func(func(ctx context.Context, msg *correspondence.Message) (classify.Result, error) {
		return classify.Result{}, errors.New("service unavailable")
	})
	var model classify.Model
	c := classify.Chain{Classifiers: []classify.Classifier{remote, &model}}
	res, err := c.Classify(context.Background(), &correspondence.Message{Text: "Hola, ¿me mandan la factura de octubre?"})
	fmt.Println(res.Type, err)
	// Output:
	// inquiry <nil>
}

func ExampleQuestions() {
	text := "Hola, ¿me pueden decir cuándo llega el pedido 4471? Necesito también la factura con mi NIF. Gracias."
	for _, q := range classify.Questions(text) {
		fmt.Printf("%d-%d request=%v %q\n", q.Start, q.End, q.Request, q.Text)
	}
	// Output:
	// 6-53 request=false "¿me pueden decir cuándo llega el pedido 4471?"
	// 54-94 request=true "Necesito también la factura con mi NIF."
}
