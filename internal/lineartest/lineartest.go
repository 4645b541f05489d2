// Package lineartest checks that a function takes time in proportion to
// the size of its input, for the tests of Cartero's text scanners.
package lineartest

import (
	"runtime"
	"strings"
	"testing"
	"time"
)

// Check runs f on prefix followed by n repetitions of unit, and on prefix
// followed by 16n repetitions, best of several runs each, and fails t if
// the larger input took more than 100 times as long: a quadratic
// algorithm would take 256 times as long, while memory effects alone can
// make a linear one take several times more than 16.
func Check(t testing.TB, prefix, unit string, n int, f func(string)) {
	t.Helper()
	measure := func(n int) time.Duration {
		in := prefix + strings.Repeat(unit, n)
		runtime.GC()
		best := time.Duration(1 << 62)
		for range 5 {
			start := time.Now()
			f(in)
			best = min(best, time.Since(start))
		}
		return best
	}
	small, large := measure(n), measure(16*n)
	if ratio := float64(large) / float64(small); ratio > 100 {
		t.Errorf("16× the input took %.1f× the time", ratio)
	}
}
