package sla

import "testing"

// TestDayNumbers checks the fast conversions between dates and day
// numbers against the slow ones, day by day, from before year 1 to past
// year 9999, and at the edges of the fast range.
func TestDayNumbers(t *testing.T) {
	check := func(z int64) {
		d := slowDateOfDay(z)
		if got := dateOfDay(z); got != d {
			t.Fatalf("dateOfDay(%d) = %v, want %v", z, got, d)
		}
		if got := d.day(); got != z {
			t.Fatalf("%v.day() = %d, want %d", d, got, z)
		}
		if got := d.slowDay(); got != z {
			t.Fatalf("%v.slowDay() = %d, want %d", d, got, z)
		}
	}
	for z := int64(-1000000); z <= 3100000; z++ {
		check(z)
	}
	for _, z := range []int64{-nsShift - 1, -nsShift, -nsShift + 1, 299999999, 300000000, 365000000, -20000000} {
		check(z)
	}
	// Dates out of range carry over.
	for _, tt := range []struct {
		d    Date
		want Date
	}{
		{Date{2026, 2, 30}, Date{2026, 3, 2}},
		{Date{2026, 13, 1}, Date{2027, 1, 1}},
		{Date{2026, 0, 1}, Date{2025, 12, 1}},
		{Date{2026, 3, 0}, Date{2026, 2, 28}},
		{Date{2026, 1, 400}, Date{2027, 2, 4}},
	} {
		if got := dateOfDay(tt.d.day()); got != tt.want {
			t.Errorf("%v carries over to %v, want %v", tt.d, got, tt.want)
		}
	}
}
