package fold

import "testing"

func TestString(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Pésimo", "pesimo"},
		{"PÉSIMO", "pesimo"},
		{"Ação", "acao"},
		{"Straße", "strasse"},
		{"don’t", "don't"},
		{"Łódź", "lodz"},
		{"ÑANDÚ", "nandu"},
		{"日本", "日本"},
		{"\xff", "\uFFFD"},
	} {
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsWordRune(t *testing.T) {
	for r, want := range map[rune]bool{'a': true, 'Z': true, '7': true, 'ñ': true, '\u0301': true, ' ': false, '?': false, '¿': false, '’': false} {
		if got := IsWordRune(r); got != want {
			t.Errorf("IsWordRune(%q) = %v, want %v", r, got, want)
		}
	}
}
