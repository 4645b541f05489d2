package sla

import "time"

// Measure exports Calendar.measure, the walk that does Elapsed and Add at
// once, to the tests.
func Measure(c *Calendar, t, to time.Time, need time.Duration) (time.Duration, time.Time) {
	return c.measure(t, to, need, nil)
}

// Memo is what walks pass on to the next one.
type Memo = memo

// MeasureMemo is Measure with a memo.
func MeasureMemo(c *Calendar, t, to time.Time, need time.Duration, m *Memo) (time.Duration, time.Time) {
	return c.measure(t, to, need, m)
}
