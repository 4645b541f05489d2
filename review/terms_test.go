package review

import "testing"

// TestReadSentence checks what a draft's sentence is read to hold.
func TestReadSentence(t *testing.T) {
	tests := []struct {
		text                  string
		reason, when, courtes bool
	}{
		{"Tiene toda la razón: el cargo aparece dos veces.", false, false, false},
		{"Você tem razão, a fatura veio duplicada.", false, false, false},
		{"El pedido tiene retraso porque el almacén cerró.", true, false, false},
		{"La razón del retraso fue una huelga.", true, false, false},
		{"Lamentamos mucho las molestias.", false, false, true},
		{"I'm sorry your rug was ruined.", false, false, true},
		{"The parcel arrives on Friday.", false, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := readDraft(tt.text)
			if len(d.sents) != 1 {
				t.Fatalf("%d sentences", len(d.sents))
			}
			s := readSentence(d, d.sents[0])
			if s.reason != tt.reason || s.when != tt.when || s.courtesy != tt.courtes {
				t.Errorf("reason %v when %v courtesy %v, want %v %v %v", s.reason, s.when, s.courtesy, tt.reason, tt.when, tt.courtes)
			}
		})
	}
}
