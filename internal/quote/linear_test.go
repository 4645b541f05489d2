// The race detector's instrumentation makes timings meaningless.

//go:build !race

package quote

import (
	"testing"

	"github.com/cartero/cartero/internal/lineartest"
)

// TestLinear checks that adversarial input takes time in proportion to
// its size.
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	tests := []struct{ name, unit string }{
		{"nested quotes", "> > > > > > > > texto\n>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>\n"},
		{"quotes and answers", "> pregunta\nrespuesta\n"},
		{"attributions", "El lun, 23 nov 2026 a las 10:15, Ana <ana@example.com> escribió:\n"},
		{"wrapped attribution starts", "El lun, 23 nov 2026 a las 10:15, Ana\nsigue\n"},
		{"header fields", "De: Ana <ana@example.com>\nPara: b@example.com\nAsunto: x\n"},
		{"rules", "________________________________\nDe: x\n"},
		{"delimiters", "--\n"},
		{"signature lines", "Ana García\nTel. 600 000 000\n"},
		{"closings", "Gracias,\nAna\n"},
		{"blank lines", "\n \n"},
		{"footers", "Enviado desde mi iPhone\n"},
		{"disclaimers", "AVISO LEGAL: este mensaje es confidencial.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lineartest.Check(t, "", tt.unit, 2000, func(in string) { Text(in, Options{}) })
		})
	}
}
