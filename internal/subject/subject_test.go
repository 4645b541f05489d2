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

// TestEveryPrefix covers each prefix threading must understand, in the
// forms clients write it: any case, a space or a full-width colon, a
// reply count, list tags before and after it, and a trailing "(fwd)".
func TestEveryPrefix(t *testing.T) {
	words := []struct {
		word  string
		reply bool // a reply prefix; else a forward prefix
	}{
		{"Re", true}, {"FW", false}, {"Fwd", false}, {"AW", true}, {"WG", false},
		{"SV", true}, {"VS", true}, {"VB", false}, {"Antw", true}, {"Doorst", false},
		{"RV", false}, {"ENC", false}, {"TR", false}, {"RIF", true}, {"R", true},
		{"I", false}, {"Odp", true}, {"PD", false}, {"YNT", true}, {"İLT", false},
		{"ILT", false}, {"FS", false}, {"VL", false}, {"RES", true},
		{"回复", true}, {"答复", true}, {"转发", false}, {"回覆", true}, {"轉寄", false},
		{"返信", true}, {"転送", false}, {"Ответ", true}, {"ΑΠ", true}, {"ΣΧΕΤ", true},
	}
	for _, w := range words {
		forms := []string{
			w.word + ": Pedido 4471",
			strings.ToUpper(w.word) + ": Pedido 4471",
			strings.ToLower(w.word) + ": Pedido 4471",
			w.word + " : Pedido 4471",              // French spacing
			w.word + "： Pedido 4471",               // full-width colon
			w.word + "[2]: Pedido 4471",            // counted
			w.word + "(3): Pedido 4471",            // counted
			"[ventas] " + w.word + ": Pedido 4471", // list tag before
			w.word + ": [ventas] Pedido 4471",      // list tag after
			"[ventas]" + w.word + ": Re: [#4471] Pedido 4471",
			w.word + ": Pedido 4471 (fwd)",
			w.word + ": " + w.word + ": Pedido 4471 (FWD) ",
		}
		if len([]rune(w.word)) > 1 {
			forms = append(forms, w.word+":Pedido 4471", w.word+"：Pedido 4471")
		}
		for _, in := range forms {
			if got := Normalize(in); got != "Pedido 4471" {
				t.Errorf("Normalize(%q) = %q, want %q", in, got, "Pedido 4471")
			}
		}
		in := w.word + ": Pedido 4471"
		got, removed := StripReply(in)
		if w.reply && (got != "Pedido 4471" || !removed) {
			t.Errorf("StripReply(%q) = %q, %v; want the reply prefix removed", in, got, removed)
		}
		if !w.reply && (got != in || removed) {
			t.Errorf("StripReply(%q) = %q, %v; want a forward prefix kept", in, got, removed)
		}
	}
	// One-letter prefixes need white space after the colon, full-width
	// or not, so that "I:O" stays as it is.
	for _, in := range []string{"R：Pedido", "I:Pedido", "I：Pedido"} {
		if got := Normalize(in); got != in {
			t.Errorf("Normalize(%q) = %q, want it unchanged", in, got)
		}
	}
}

// TestLookupASCII checks that the switch for ASCII words agrees with the
// table of prefixes.
func TestLookupASCII(t *testing.T) {
	var buf [4 * maxPrefixRunes]byte
	n := 0
	for w, want := range prefixes {
		ascii := true
		for i := 0; i < len(w); i++ {
			if w[i] >= 0x80 {
				ascii = false
			}
		}
		if !ascii {
			continue
		}
		n++
		for _, form := range []string{w, strings.ToUpper(w)} {
			if got, ok := lookupASCII(form, &buf); !ok || got != want {
				t.Errorf("lookupASCII(%q) = %v, %v; want %v", form, got, ok, want)
			}
		}
	}
	for _, w := range []string{"", "x", "ree", "pedido", "refs"} {
		if got, ok := lookupASCII(w, &buf); !ok || got != none {
			t.Errorf("lookupASCII(%q) = %v, %v; want none", w, got, ok)
		}
	}
	if _, ok := lookupASCII("回复", &buf); ok {
		t.Error("lookupASCII took a non-ASCII word")
	}
	// The switch has exactly the table's ASCII words.
	if n != 31 {
		t.Errorf("%d ASCII prefixes in the table; update lookupASCII's switch", n)
	}
}
