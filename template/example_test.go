package template_test

import (
	"fmt"
	"time"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/template"
)

func ExampleParse() {
	layout := `{{define "greeting"}}{{with .Customer.FirstName}}Hola, {{.}}:{{else}}Hola:{{end}}{{end}}`
	t := template.MustParse("shipping/es", `Subject: Su pedido {{.Data.order}} está en camino

{{template "greeting" .}}

Su pedido {{.Data.order}} llega {{.Relative .Data.delivery}} con {{.List .Data.items}}.
{{with .Data.url}}
Puede seguirlo aquí: {{link .}}
{{end}}
{{.Agent.Name}}, {{.Agent.Role}}
`, layout)
	madrid, _ := time.LoadLocation("Europe/Madrid")
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, madrid)

	fmt.Println(t.Required())
	d, err := t.Render(template.Input{
		Customer: template.Customer{Name: "Inés Ortega", Zone: madrid},
		Agent:    template.Agent{FirstName: "Lucía", LastName: "Romero", Role: "Atención al cliente"},
		Now:      now,
		Data: map[string]any{
			"order":    "A-1043",
			"delivery": now.Add(25 * time.Hour),
			"items":    []string{"una silla", "una mesa", "una lámpara"},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Subject)
	fmt.Print(d.Text)

	_, err = t.Render(template.Input{Data: map[string]any{"order": "A-1043"}})
	fmt.Println(err)
	// Output:
	// [.Data.order .Data.delivery .Data.items .Agent.Name .Agent.Role]
	// Su pedido A-1043 está en camino
	// Hola, Inés:
	//
	// Su pedido A-1043 llega mañana a las 10:00 con una silla, una mesa y una lámpara.
	//
	// Lucía Romero, Atención al cliente
	// template: shipping/es: missing .Data.delivery, .Data.items, .Agent.Name, .Agent.Role
}

func ExampleNegotiate() {
	supported := []language.Tag{language.MustParse("es"), language.MustParse("es-419"), language.MustParse("en"), language.MustParse("pt-BR"), language.MustParse("pt-PT")}
	fmt.Println(template.Negotiate(supported, template.Preferences{Stored: language.MustParse("pt-PT"), Detected: "es"}))
	fmt.Println(template.Negotiate(supported, template.Preferences{Detected: "es", Default: language.MustParse("es-AR")}))
	fmt.Println(template.Negotiate(supported, template.Preferences{Detected: "und", Accept: "fr-FR, en-GB;q=0.8"}))
	fmt.Println(template.Negotiate(supported, template.Preferences{Detected: "de", Default: language.MustParse("es-ES")}))
	// Output:
	// pt-PT
	// es-AR
	// en-GB
	// es-ES
}

func ExampleDraft_Reply() {
	c, err := template.Load(template.Builtin())
	if err != nil {
		fmt.Println(err)
		return
	}
	msg := &correspondence.Message{
		ID:      "1a2b@cliente.example",
		From:    correspondence.Address{Name: "João Silva", Address: "joao@cliente.example"},
		Subject: "Fatura de outubro",
	}
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	d, err := template.Render(c, "acknowledgement", template.Input{
		Locale:   template.Negotiate(c.Locales("acknowledgement"), template.Preferences{Detected: "pt"}),
		Customer: template.Customer{Name: msg.From.Name},
		Agent:    template.Agent{FirstName: "Marta", LastName: "Costa", Role: "Apoio ao cliente"},
		Subject:  msg.Subject,
		Now:      now,
		Due:      now.Add(3 * time.Hour),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := d.Reply(msg, template.ReplyOptions{From: correspondence.Address{Address: "apoio@empresa.example"}, Automatic: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.To[0].Address, "|", r.Subject, "|", r.InReplyTo, "|", r.AutoSubmitted, "|", r.Language)
	// Output:
	// joao@cliente.example | Re: Fatura de outubro | [1a2b@cliente.example] | auto-replied | pt
}
