//go:build !race

package classify

// raceEnabled reports whether the race detector is on; timing tests skip
// under it, where everything runs several times slower.
const raceEnabled = false
