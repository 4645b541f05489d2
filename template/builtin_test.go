package template_test

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/internal/goldentest"
	"github.com/cartero/cartero/template"
	"github.com/cartero/cartero/template/intl"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// homes are the locale and zone each built-in template locale is
// rendered in for its golden file.
var homes = map[string]struct {
	tag  string
	zone string
}{
	"es":     {"es-ES", "Europe/Madrid"},
	"es-419": {"es-MX", "America/Mexico_City"},
	"es-AR":  {"es-AR", "America/Argentina/Buenos_Aires"},
	"en":     {"en-US", "America/New_York"},
	"en-GB":  {"en-GB", "Europe/London"},
	"pt-BR":  {"pt-BR", "America/Sao_Paulo"},
	"pt-PT":  {"pt-PT", "Europe/Lisbon"},
}

// money in each home's currency.
var homeCurrency = map[string]string{
	"es": "EUR", "es-419": "MXN", "es-AR": "ARS", "en": "USD", "en-GB": "GBP", "pt-BR": "BRL", "pt-PT": "EUR",
}

// texts are the free-text data of the built-in keys, in each language.
var texts = map[string]map[string]any{
	"es": {
		"answer":        "El modelo A-20 admite cargas de hasta 30 kg.\n\nLe adjuntamos la ficha técnica con todas las medidas.",
		"next_steps":    "Si desea encargarlo, puede hacerlo desde su área de cliente.",
		"what_happened": "el pedido salió del almacén con dos días de retraso por un error en la asignación de la ruta",
		"solution":      "hoy mismo sale un pedido nuevo por mensajería urgente",
		"compensation":  "un descuento del 15 % en la próxima compra",
		"items":         []string{"Silla Nórdica", "Mesa Oslo", "Lámpara Ikebana"},
		"service":       "Cena degustación",
		"place":         "Calle Mayor 12, Madrid",
		"carrier":       "Correos Express",
		"pending":       "una foto del producto dañado",
		"summary":       "el reembolso de 49,90 € ya está en la cuenta",
	},
	"en": {
		"answer":        "The A-20 model takes loads of up to 30 kg.\n\nThe data sheet with every measurement is attached.",
		"next_steps":    "To order one, go to your customer area.",
		"what_happened": "the order left our warehouse two days late because of a routing error",
		"solution":      "a new order ships today by express courier",
		"compensation":  "a 15% discount on the next purchase",
		"items":         []string{"Nordic chair", "Oslo table", "Ikebana lamp"},
		"service":       "Tasting dinner",
		"place":         "12 High Street, London",
		"carrier":       "Royal Mail",
		"pending":       "a photo of the damaged product",
		"summary":       "the refund of $49.90 is now in the account",
	},
	"pt": {
		"answer":        "O modelo A-20 suporta cargas de até 30 kg.\n\nSegue em anexo a ficha técnica com todas as medidas.",
		"next_steps":    "Para encomendar, basta aceder à área de cliente.",
		"what_happened": "a encomenda saiu do armazém com dois dias de atraso devido a um erro na atribuição da rota",
		"solution":      "hoje mesmo sai uma nova encomenda por correio expresso",
		"compensation":  "um desconto de 15% na próxima compra",
		"items":         []string{"Cadeira Nórdica", "Mesa Oslo", "Luminária Ikebana"},
		"service":       "Jantar de degustação",
		"place":         "Rua Augusta 12, Lisboa",
		"carrier":       "CTT Expresso",
		"pending":       "uma foto do produto danificado",
		"summary":       "o reembolso de 49,90 € já está na conta",
	},
}

// variantTexts are the texts that differ by register or region.
var variantTexts = map[string]map[string]any{
	"es.informal": {
		"answer":     "El modelo A-20 admite cargas de hasta 30 kg.\n\nTe adjuntamos la ficha técnica con todas las medidas.",
		"next_steps": "Si quieres encargarlo, puedes hacerlo desde tu área de cliente.",
	},
	"es-AR.informal": {
		"answer":     "El modelo A-20 admite cargas de hasta 30 kg.\n\nTe adjuntamos la ficha técnica con todas las medidas.",
		"next_steps": "Si querés encargarlo, podés hacerlo desde tu área de cliente.",
		"place":      "Av. Corrientes 1234, Buenos Aires",
		"carrier":    "Andreani",
		"summary":    "el reembolso de $ 49.900 ya está en la cuenta",
	},
	"es-419": {
		"place":   "Av. Reforma 222, Ciudad de México",
		"carrier": "Estafeta",
		"summary": "el reembolso de $499.00 ya está en la cuenta",
	},
	"en-GB": {
		"summary": "the refund of £49.90 is now in the account",
	},
	"en": {
		"place":   "12 Main Street, Boston",
		"carrier": "UPS",
	},
	"pt-BR": {
		"answer":        "O modelo A-20 suporta cargas de até 30 kg.\n\nSegue em anexo a ficha técnica com todas as medidas.",
		"next_steps":    "Para fazer o pedido, é só acessar a sua área de cliente.",
		"what_happened": "o pedido saiu do depósito com dois dias de atraso por um erro na definição da rota",
		"solution":      "hoje mesmo sai um novo pedido por entrega expressa",
		"place":         "Av. Paulista 1000, São Paulo",
		"carrier":       "Correios (Sedex)",
		"summary":       "o reembolso de R$ 49,90 já está na sua conta",
	},
}

// builtinData is the data of each built-in key, complete (all optional
// fields set) or minimal (only what the key requires).
func builtinData(key, locale string, reg template.Register, now time.Time, full bool) map[string]any {
	cur := homeCurrency[locale]
	lang, _, _ := strings.Cut(locale, "-")
	tx := map[string]any{}
	for _, m := range []map[string]any{texts[lang], variantTexts[locale], variantTexts[lang+"."+reg.String()], variantTexts[locale+"."+reg.String()]} {
		for k, v := range m {
			tx[k] = v
		}
	}
	at := func(days, hour, min int) time.Time {
		d := now.AddDate(0, 0, days)
		return time.Date(d.Year(), d.Month(), d.Day(), hour, min, 0, 0, now.Location())
	}
	var req, opt map[string]any
	switch key {
	case "acknowledgement":
		req = map[string]any{}
		opt = map[string]any{"type": "complaint", "reference": "#000K7-B0EFD05R"}
	case "inquiry":
		req = map[string]any{"answer": tx["answer"]}
		opt = map[string]any{"next_steps": tx["next_steps"]}
	case "complaint":
		req = map[string]any{"what_happened": tx["what_happened"], "solution": tx["solution"]}
		opt = map[string]any{"compensation": tx["compensation"]}
	case "purchase":
		req = map[string]any{"order": "A-1043", "total": intl.Money{Currency: cur, Minor: 123450}}
		opt = map[string]any{"items": tx["items"], "delivery": at(3, 14, 0), "order_url": "https://shop.example.com/orders/A-1043"}
	case "booking":
		req = map[string]any{"service": tx["service"], "start": at(5, 21, 30), "reference": "RB-2291"}
		opt = map[string]any{"place": tx["place"], "guests": 4, "manage_url": "https://book.example.com/RB-2291"}
	case "shipping":
		req = map[string]any{"order": "A-1043", "carrier": tx["carrier"], "tracking": "3230 0187 5521"}
		opt = map[string]any{"tracking_url": "https://track.example.com/?n=323001875521", "delivery": at(2, 0, 0)}
	case "payment-reminder":
		req = map[string]any{"invoice": "F-2026-0815", "amount": intl.Money{Currency: cur, Minor: 1000000}, "due_date": at(-3, 0, 0)}
		opt = map[string]any{"pay_url": "https://pay.example.com/F-2026-0815"}
	case "survey":
		req = map[string]any{"survey_url": "https://survey.example.com/s/8d2f"}
		opt = map[string]any{"minutes": 2}
	case "follow-up":
		req = map[string]any{"pending": tx["pending"]}
		opt = map[string]any{"close_on": at(7, 0, 0)}
	case "resolution":
		req = map[string]any{"summary": tx["summary"]}
		opt = map[string]any{}
	default:
		return nil
	}
	if full {
		for k, v := range opt {
			req[k] = v
		}
	}
	return req
}

// builtinInput is a complete input for a built-in template.
func builtinInput(tmpl *template.Template, full bool) template.Input {
	locale := tmpl.Locale.String()
	home := homes[locale]
	zone := mustZone(home.zone)
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, zone)
	in := template.Input{
		Locale:  language.MustParse(home.tag),
		Agent:   template.Agent{FirstName: "Lucía", LastName: "Romero", Role: "Atención al cliente"},
		Now:     now,
		Due:     now.Add(25 * time.Hour),
		Subject: "Re: Consulta sobre mi pedido A-1043",
		Data:    builtinData(tmpl.Key, locale, tmpl.Register, now, full),
	}
	if full {
		in.Customer = template.Customer{Name: "Ana María García", Zone: zone}
		in.Agent.Signature = "Tel. +34 910 000 000 · L-V 9:00-18:00"
		in.Brand = template.Brand{Name: "Tienda Sol", URL: "https://tienda.example.com", Email: "ayuda@tienda.example.com", Phone: "+34 910 000 000"}
	} else {
		in.Customer = template.Customer{Zone: zone}
		in.Subject = ""
	}
	return in
}

// TestBuiltin renders every built-in template in every locale and
// register, with complete data and with only the data it requires, and
// compares each with its golden file.
func TestBuiltin(t *testing.T) {
	c, err := template.Load(template.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	wantKeys := []string{"acknowledgement", "booking", "complaint", "follow-up", "inquiry", "payment-reminder", "purchase", "resolution", "shipping", "survey"}
	if got := c.Keys(); strings.Join(got, " ") != strings.Join(wantKeys, " ") {
		t.Fatalf("keys = %q, want %q", got, wantKeys)
	}
	for _, key := range c.Keys() {
		for _, tmpl := range c.Templates(key) {
			t.Run(tmpl.Name, func(t *testing.T) {
				if _, ok := homes[tmpl.Locale.String()]; !ok {
					t.Fatalf("template in unexpected locale %s", tmpl.Locale)
				}
				var out strings.Builder
				for _, full := range []bool{true, false} {
					in := builtinInput(tmpl, full)
					d, err := tmpl.Render(in)
					if err != nil {
						t.Fatalf("full=%v: %v", full, err)
					}
					checkDraft(t, d)
					fmt.Fprintf(&out, "==== %s data, %s\nSubject: %s\n\n%s\n---- html\n%s\n", map[bool]string{true: "complete", false: "required"}[full], d.Locale, d.Subject, d.Text, d.HTML)
				}
				goldentest.Check(t, filepath.Join("testdata", "builtin", tmpl.Name+".golden"), []byte(out.String()), *update)
			})
		}
	}
}

// checkDraft checks what every rendered draft must be.
func checkDraft(t *testing.T, d *template.Draft) {
	t.Helper()
	for _, part := range []string{d.Subject, d.Text, d.HTML} {
		for _, bad := range []string{"<no value>", "%!", "{{", "}}"} {
			if strings.Contains(part, bad) {
				t.Errorf("draft holds %q:\n%s", bad, part)
			}
		}
	}
	if d.Subject == "" || len(d.Subject) > 120 {
		t.Errorf("subject %q", d.Subject)
	}
	if strings.Contains(d.Text, "\n\n\n") || strings.HasPrefix(d.Text, "\n") {
		t.Errorf("text has stray blank lines:\n%s", d.Text)
	}
	if !strings.Contains(d.Text, "Lucía Romero\nAtención al cliente") {
		t.Errorf("text not signed by the agent with name and role:\n%s", d.Text)
	}
}

// TestBuiltinRequired checks that each built-in template refuses to
// render without its required data, naming it, and that it requires a
// signature with a name and a role.
func TestBuiltinRequired(t *testing.T) {
	c, err := template.Load(template.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range c.Keys() {
		for _, tmpl := range c.Templates(key) {
			req := tmpl.Required()
			for _, must := range []string{".Agent.Name", ".Agent.Role"} {
				if !containsString(req, must) {
					t.Errorf("%s: does not require %s (requires %q)", tmpl.Name, must, req)
				}
			}
			in := builtinInput(tmpl, false)
			for k := range in.Data {
				if !containsString(req, ".Data."+k) {
					t.Errorf("%s: test data %q is not required by the template (requires %q)", tmpl.Name, k, req)
				}
			}
			for _, r := range req {
				if strings.HasPrefix(r, ".Data.") {
					if _, ok := in.Data[strings.TrimPrefix(r, ".Data.")]; !ok {
						t.Errorf("%s: requires %s, which the test data lacks", tmpl.Name, r)
					}
				}
			}
		}
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
