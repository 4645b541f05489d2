// The race detector's instrumentation makes timings meaningless.

//go:build !race

package htmltext

import (
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestLinear checks that adversarial input takes time in proportion to
// its size: 16× the input must take far less than the 256× the time a
// quadratic algorithm would. (Memory effects alone can make it several
// times more than 16×.)
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
			measure := func(n int) time.Duration {
				in := tt.prefix + strings.Repeat(tt.unit, n)
				runtime.GC()
				best := time.Duration(1 << 62)
				for range 7 {
					start := time.Now()
					Text(in)
					best = min(best, time.Since(start))
				}
				return best
			}
			small, large := measure(5000), measure(80000)
			if ratio := float64(large) / float64(small); ratio > 100 {
				t.Errorf("16× the input took %.1f× the time", ratio)
			}
		})
	}
}
