//go:build race

package sla_test

// raceEnabled reports whether the race detector is on; the oracle and the
// timing tests do less under it, where everything runs several times
// slower.
const raceEnabled = true
