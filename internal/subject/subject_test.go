package subject

import (
	"strings"
	"testing"
	"time"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", ""},
		{"Pedido 1234", "Pedido 1234"},
		{"Re: Pedido 1234", "Pedido 1234"},
		{"RE: Re: re: Pedido", "Pedido"},
		{"Re:Pedido", "Pedido"},
		{"Re[2]: Pedido", "Pedido"},
		{"Re(3): Pedido", "Pedido"},
		{"Re^2: Pedido", "Pedido"},
		{"RE : Commande", "Commande"},        // French space before the colon
		{"TR\u00a0: Commande", "Commande"},   // and a no-break space
		{"AW: WG: Bestellung", "Bestellung"}, // German
		{"SV: VS: Tilaus", "Tilaus"},         // Swedish, Finnish
		{"Antw: Doorst: Bestelling", "Bestelling"},
		{"RES: ENC: Pedido", "Pedido"}, // Portuguese
		{"RV: RE: Pedido", "Pedido"},   // Spanish Outlook
		{"R: I: Ordine", "Ordine"},     // Italian
		{"RIF: Ordine", "Ordine"},
		{"Odp: PD: Zamówienie", "Zamówienie"}, // Polish
		{"YNT: İLT: Sipariş", "Sipariş"},      // Turkish
		{"ynt: ilt: Sipariş", "Sipariş"},
		{"ATB: Pasūtījums", "Pasūtījums"}, // Latvian
		{"V: TOV: Rendelés", "Rendelés"},  // Hungarian
		{"FS: Pöntun", "Pöntun"},          // Icelandic
		{"VL: Tilaus", "Tilaus"},
		{"Ответ: Заказ", "Заказ"},              // Russian
		{"ΑΠ: ΣΧΕΤ: Παραγγελία", "Παραγγελία"}, // Greek
		{"απ: Παραγγελία", "Παραγγελία"},
		{"回复：订单", "订单"}, // Chinese, full-width colon
		{"答复: 转发: 订单", "订单"},
		{"回覆：轉寄：訂單", "訂單"},
		{"返信: 転送: 注文", "注文"}, // Japanese
		{"회신: 전달: 주문", "주문"}, // Korean
		{"Fwd: Re: Pedido", "Pedido"},
		{"FW: Pedido", "Pedido"},
		{"[ventas] Re: Pedido", "Pedido"},
		{"Re: [ventas] Re: Pedido", "Pedido"},
		{"[ventas][urgente] AW: Pedido", "Pedido"},
		{"Pedido (fwd)", "Pedido"},
		{"Pedido (FWD) (fwd)", "Pedido"},
		{"Re:   Pedido \t 1234  ", "Pedido 1234"},
		{"Re: Re:", ""},
		{"Re:", ""},
		{"Re", "Re"},
		{"Remesa: enero", "Remesa: enero"}, // a word, not a prefix
		{"Tre: x", "Tre: x"},               // "re" inside a word
		{"I: need help", "need help"},      // one-letter prefix before a space
		{"I:O error", "I:O error"},         // but not before other text
		{"R:2", "R:2"},
		{"Info: x", "Info: x"},
		{"Pedido: Re: algo", "Pedido: Re: algo"}, // only leading prefixes
		{"[unclosed Re: x", "[unclosed Re: x"},
		{"Re[: x", "Re[: x"},
		{"Re[]: x", "Re[]: x"},
		{"  Pedido", "Pedido"},
		{"Pedido\u3000de\u00a0prueba", "Pedido de prueba"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestStripReply(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		removed bool
	}{
		{"", "", false},
		{"Pedido", "Pedido", false},
		{"Re: Pedido", "Pedido", true},
		{"RE: Re: Pedido", "Pedido", true},
		{"re:Pedido", "Pedido", true},
		{"AW: Bestellung", "Bestellung", true},
		{"RES: Pedido", "Pedido", true},
		{"Re[2]: Pedido", "Pedido", true},
		{"回复：订单", "订单", true},
		{"Fwd: x", "Fwd: x", false},
		{"RV: Pedido", "RV: Pedido", false}, // a Spanish forward, not a reply
		{"Re: Fwd: Re: x", "Fwd: Re: x", true},
		{"[ventas] Pedido", "[ventas] Pedido", false},
		{"[ventas] Re: Pedido", "[ventas] Pedido", true},
		{"Re: [ventas] Re: Pedido", "[ventas] Pedido", true},
		{"Re: [a] [b] Pedido", "[a] [b] Pedido", true},
		{"Re:", "", true},
		{"Re: [ventas]", "[ventas]", true},
		{"  Re:  Pedido  ", "Pedido  ", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, removed := StripReply(tt.in)
			if got != tt.want || removed != tt.removed {
				t.Errorf("StripReply(%q) = %q, %v; want %q, %v", tt.in, got, removed, tt.want, tt.removed)
			}
		})
	}
}

// TestLinear checks that long runs of near-prefixes do not make the
// functions quadratic.
func TestLinear(t *testing.T) {
	inputs := []string{
		strings.Repeat("Re: ", 100000) + "x",
		strings.Repeat("[", 100000),
		strings.Repeat("Re ", 100000),
		strings.Repeat("(fwd)", 100000),
		strings.Repeat(" ", 100000) + "x",
		"Re" + strings.Repeat(" ", 100000),
	}
	for _, in := range inputs {
		start := time.Now()
		Normalize(in)
		StripReply(in)
		// Linear work on these inputs takes about a millisecond; quadratic
		// work would take minutes.
		if d := time.Since(start); d > time.Second {
			t.Errorf("%d-byte input took %v", len(in), d)
		}
	}
}

func BenchmarkNormalize(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Normalize("RE: AW: [ventas] Re[2]: Pedido 1234 retrasado")
	}
}
