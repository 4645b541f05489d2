// The race detector's instrumentation makes timings meaningless.

//go:build !race

package htmltext

import (
	"strings"
	"testing"

	"github.com/cartero/cartero/internal/lineartest"
)

// TestLinear checks that adversarial input takes time in proportion to
// its size.
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	tests := []struct{ name, prefix, unit string }{
		{"stray end tags in deep divs", strings.Repeat("<div>", 300), "</ul></p></td></li>"},
		{"nested lists", "", "<ol><li>x<ul><li>y"},
		{"unclosed inline elements", "", "<b><div></b></div>"},
		{"deep blocks", "", "<div><blockquote>x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lineartest.Check(t, tt.prefix, tt.unit, 5000, func(in string) { Text(in) })
		})
	}
}
