package review

import (
	"strings"
	"testing"

	"github.com/cartero/cartero/internal/fold"
)

// norm folds a word the way a message's words are read.
func norm(t *testing.T, w string) string {
	t.Helper()
	ws := words(nil, w, 0)
	if len(ws) != 1 {
		t.Fatalf("%q is %d words", w, len(ws))
	}
	return ws[0].norm
}

func conceptName(c int) string {
	if c == 0 {
		return "none"
	}
	return concepts[c-1][0]
}

// TestConceptSynonyms checks that the words customers and agents use for
// one thing, in Spanish, English and Portuguese and in their inflections,
// fall in one concept.
func TestConceptSynonyms(t *testing.T) {
	tests := []struct {
		name  string
		words []string
	}{
		{"delivery", []string{"entrega", "delivery", "llegará", "chegou", "repartidor", "shipped", "expedición",
			"expedido", "recibí", "motoboy", "entregador"}},
		{"sending", []string{"enviamos", "sent", "mandei", "adjunto", "attached", "anexo"}},
		{"refund", []string{"devolución", "reembolso", "refund", "estorno", "reintegro", "devolvemos"}},
		{"invoice", []string{"factura", "invoice", "fatura", "recibo", "comprovante", "bill"}},
		{"cancel", []string{"cancelar", "anular", "unsubscribe", "rescindir"}},
		{"change", []string{"cambiar", "modificar", "change", "trocar", "alterar", "alteração", "altered",
			"alteration", "alter"}},
		{"price", []string{"precio", "precios", "preço", "price", "costo", "coste", "custo", "custos", "cuesta",
			"cuestan", "valor", "valores", "importe", "tarifa", "caro"}},
		{"payment", []string{"pago", "pagar", "payment", "paid", "cobro", "charged", "charge", "charges",
			"tarjeta", "card", "cards", "cartão", "transferencia", "débito"}},
		{"access", []string{"contraseña", "password", "senha", "acceso", "accesos", "acceder", "access",
			"accessed", "acesso", "acessar", "login", "locked", "lock", "lockout", "desbloquear"}},
		{"address", []string{"dirección", "address", "endereço", "morada", "postcode", "zip", "zipcode", "cep"}},
		{"damage", []string{"roto", "rota", "rotos", "broken", "quebrado", "dañado", "avería", "averiado",
			"avaria", "rayado"}},
		{"weight", []string{"kilo", "kilos", "kilogramos", "kgs", "quilo", "quilos", "gramos"}},
		{"end of a period", []string{"terminar", "termina", "terminado", "terminou", "final", "finalizar",
			"fin", "ends", "acaba", "fim"}},
		{"order", []string{"pedido", "orden", "órdenes", "order", "compra", "encomenda", "purchase", "compré",
			"compro", "comprei", "bought"}},
		{"repair", []string{"arreglar", "reparación", "fix", "ajustamos", "adjusted", "conserto", "corregimos"}},
		{"collecting", []string{"recoger", "recogida", "collect", "pickup", "recolha", "recolección"}},
		{"bringing", []string{"llevar", "traer", "traigo", "bring", "brought", "levar", "trazer", "traga"}},
		{"parking", []string{"aparcamiento", "estacionamiento", "parking", "park", "cochera", "garagem"}},
		{"places left", []string{"vagas", "plazas", "cupos", "vacancies", "spaces", "lugares"}},
		{"children", []string{"niños", "hija", "children", "kids", "crianças", "filho", "daughter"}},
		{"pets", []string{"mascota", "pets", "perro", "dog", "gatos", "cats", "animais", "cachorro", "cão"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := conceptOf(norm(t, tt.words[0]))
			if want == 0 {
				t.Fatalf("%q has no concept", tt.words[0])
			}
			for _, w := range tt.words[1:] {
				if got := conceptOf(norm(t, w)); got != want {
					t.Errorf("%q is in concept %d (%s), %q in %d (%s)",
						w, got, conceptName(got), tt.words[0], want, conceptName(want))
				}
			}
		})
	}
}

// TestConceptCollisions checks that a word is not pulled into the concept
// of an unrelated word whose start it shares: "customer" is not a price
// for starting with "custo", nor "comprender" a purchase.
func TestConceptCollisions(t *testing.T) {
	tests := []struct{ word, threat string }{
		// price
		{"customer", "custo"}, {"customs", "custo"}, {"precisamos", "precio"}, {"precisar", "precio"},
		{"precioso", "precio"}, {"cuestión", "cuesta"}, {"valoramos", "valor"}, {"valoración", "valor"},
		{"carousel", "caro"},
		// payment
		{"cardápio", "card"}, {"cardiólogo", "card"}, {"cardigan", "card"}, {"charger", "charge"},
		// access
		{"accesorio", "acceso"}, {"accessories", "access"}, {"acessório", "acesso"}, {"locker", "lock"},
		// change: an alternative is not a change
		{"alternativa", "alterar"}, {"alternative", "alter"},
		// delivery
		{"expediente", "expedición"},
		// order
		{"ordenador", "orden"}, {"comprender", "compré"}, {"comprendemos", "compré"},
		{"compreendemos", "compré"}, {"compromiso", "compro"}, {"compromisso", "compro"},
		{"comprobante", "compro"},
		// damage: "averiguar" is finding out, a "rotación" is no breakage
		{"averiguar", "avería"}, {"averiguaremos", "avería"}, {"rotación", "roto"},
		// address
		{"zipper", "zip"},
		// weight
		{"kilómetro", "kilo"}, {"kilowatt", "kilo"}, {"quilômetro", "quilo"}, {"quilombo", "quilo"},
		// the end of a period
		{"terminal", "terminar"}, {"términos", "terminar"}, {"finalmente", "final"}, {"finally", "final"},
		// repair: a delivery round is no repair, nor the post a correction
		{"reparto", "reparar"}, {"repartidor", "reparar"}, {"correo", "corregir"},
		// pets
		{"gatillo", "gato"}, {"category", "cat"},
	}
	for _, tt := range tests {
		w, th := norm(t, tt.word), norm(t, tt.threat)
		ct := conceptOf(th)
		if ct == 0 {
			t.Errorf("%q has no concept", tt.threat)
			continue
		}
		if c := conceptOf(w); c == ct {
			t.Errorf("%q is in the concept of %q (%d, %s)", tt.word, tt.threat, c, conceptName(c))
		}
	}
}

// TestConceptStems checks the table itself: every entry can match a word,
// is written folded, and belongs to one concept.
func TestConceptStems(t *testing.T) {
	seen := map[string]int{}
	for i, c := range concepts {
		for _, s := range c {
			stem := strings.TrimSuffix(s, "=")
			if fold.String(s) != s {
				t.Errorf("concept %d: %q is not folded", i+1, s)
			}
			if len(stem) < 3 {
				t.Errorf("concept %d: %q is shorter than 3 bytes and never matches", i+1, s)
			}
			for _, r := range stem {
				if !fold.IsWordRune(r) {
					t.Errorf("concept %d: %q holds %q, which no word holds", i+1, s, r)
					break
				}
			}
			if o, ok := seen[s]; ok {
				t.Errorf("%q is in concepts %d and %d", s, o, i+1)
			}
			seen[s] = i + 1
		}
	}
}
