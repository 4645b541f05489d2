package calholidays_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/cartero/cartero/sla"
	"github.com/cartero/cartero/sla/calholidays"
	"github.com/rickar/cal/v2/es"
)

func d(y int, m time.Month, day int) sla.Date { return sla.Date{Year: y, Month: m, Day: day} }

// between returns the holidays of s in [from, until).
func between(s sla.Holidays, from, until sla.Date) []sla.Date {
	var out []sla.Date
	for {
		h, ok := s.NextHoliday(from, until)
		if !ok {
			return out
		}
		out = append(out, h)
		from = h.AddDays(1)
	}
}

func TestCountry(t *testing.T) {
	tests := []struct {
		code, source string
		year         int
		want         []sla.Date
	}{
		{
			code: "es", year: 2026,
			source: "Spain: the national holidays (Estatuto de los Trabajadores, art. 37.2); those on a Sunday are not moved nationally",
			want: []sla.Date{d(2026, 1, 1), d(2026, 1, 6), d(2026, 4, 3), d(2026, 5, 1), d(2026, 8, 15), d(2026, 10, 12),
				d(2026, 11, 1), d(2026, 12, 6), d(2026, 12, 8), d(2026, 12, 25)},
		},
		{
			code: "co", year: 2026,
			source: "Colombia: Ley 51 de 1983 (Ley Emiliani); the 18 holidays of 2026 as published in the Colombian press",
			want: []sla.Date{d(2026, 1, 1), d(2026, 1, 12), d(2026, 3, 23), d(2026, 4, 2), d(2026, 4, 3), d(2026, 5, 1),
				d(2026, 5, 18), d(2026, 6, 8), d(2026, 6, 15), d(2026, 6, 29), d(2026, 7, 20), d(2026, 8, 7),
				d(2026, 8, 17), d(2026, 10, 12), d(2026, 11, 2), d(2026, 11, 16), d(2026, 12, 8), d(2026, 12, 25)},
		},
		{
			code: "co", year: 2025,
			source: "Colombia 2025: Sagrado Corazón and San Pedro y San Pablo both on Monday 30 June",
			want: []sla.Date{d(2025, 1, 1), d(2025, 1, 6), d(2025, 3, 24), d(2025, 4, 17), d(2025, 4, 18), d(2025, 5, 1),
				d(2025, 6, 2), d(2025, 6, 23), d(2025, 6, 30), d(2025, 7, 20), d(2025, 8, 7), d(2025, 8, 18),
				d(2025, 10, 13), d(2025, 11, 3), d(2025, 11, 17), d(2025, 12, 8), d(2025, 12, 25)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			s, err := calholidays.Country(tt.code)
			if err != nil {
				t.Fatal(err)
			}
			got := between(s, d(tt.year, 1, 1), d(tt.year+1, 1, 1))
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s %d (%s):\n got %v\nwant %v", tt.code, tt.year, tt.source, got, tt.want)
			}
		})
	}

	// Observed days: the United States move a holiday on a weekend to the
	// nearest weekday, into the year before for New Year's Day 2022.
	us, err := calholidays.Country("US")
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []sla.Date{d(2021, 7, 5), d(2021, 12, 31), d(2021, 12, 24)} {
		if got, ok := us.NextHoliday(h, h.AddDays(1)); !ok || got != h {
			t.Errorf("us: %s is not observed", h)
		}
	}
	if _, ok := us.NextHoliday(d(2021, 7, 4), d(2021, 7, 5)); ok {
		t.Error("us: Sunday 4 July 2021 counted besides its observed Monday")
	}

	for _, code := range calholidays.Codes() {
		s, err := calholidays.Country(code)
		if err != nil {
			t.Errorf("Country(%q): %v", code, err)
			continue
		}
		if len(between(s, d(2026, 1, 1), d(2027, 1, 1))) < 5 {
			t.Errorf("%s: fewer than 5 holidays in 2026", code)
		}
	}
	for _, code := range []string{"es", "mx", "ar", "co", "us", "gb", "br", "pt", "fr", "de", "it"} {
		if !slices.Contains(calholidays.Codes(), code) {
			t.Errorf("Codes() lacks %q", code)
		}
	}
	if _, err := calholidays.Country("xx"); !errors.Is(err, calholidays.ErrUnknownCountry) {
		t.Errorf("Country(xx) = %v", err)
	}
}

// TestYearsOutside checks that years worked out on each call agree with
// those worked out in advance.
func TestYearsOutside(t *testing.T) {
	s := calholidays.New(es.Holidays)
	got := between(s, d(2100, 12, 1), d(2101, 2, 1))
	want := []sla.Date{d(2100, 12, 6), d(2100, 12, 8), d(2100, 12, 25), d(2101, 1, 1), d(2101, 1, 6)}
	if !slices.Equal(got, want) {
		t.Errorf("across the last year worked out: %v, want %v", got, want)
	}
	inside := between(s, d(2026, 1, 1), d(2027, 1, 1))
	for _, y := range []int{1990, 2150, 2426} { // the fixed holidays of Spain fall on the same dates every year; Easter moves
		outside := between(s, d(y, 1, 1), d(y+1, 1, 1))
		fixed := func(ds []sla.Date) []sla.Date {
			var out []sla.Date
			for _, h := range ds {
				if h.Month != time.April && h.Month != time.March {
					out = append(out, sla.Date{Month: h.Month, Day: h.Day})
				}
			}
			return out
		}
		if !slices.Equal(fixed(outside), fixed(inside)) {
			t.Errorf("%d: %v, unlike 2026 %v", y, outside, inside)
		}
	}
	if got, ok := s.NextHoliday(d(1999, 12, 26), d(2000, 1, 2)); !ok || got != d(2000, 1, 1) {
		t.Errorf("from 1999 into 2000: %s, %v", got, ok)
	}
}

// TestCalendar is the Madrid example of the sla package: 10 business hours
// from Friday 27 March 2026 16:00 on Mon–Fri 09–18 with the national
// holidays of Spain, across the change to summer time.
func TestCalendar(t *testing.T) {
	es, err := calholidays.Country("es")
	if err != nil {
		t.Fatal(err)
	}
	c := sla.MustParseCalendar("Europe/Madrid; mon-fri 09:00-18:00")
	c.Holidays = []sla.Holidays{es}
	start := time.Date(2026, 3, 27, 16, 0, 0, 0, c.Location)
	want := time.Date(2026, 3, 30, 17, 0, 0, 0, c.Location)
	if got := c.Add(start, 10*time.Hour); !got.Equal(want) || got.Format("-0700 MST") != "+0200 CEST" {
		t.Errorf("Add = %s, want %s", got, want)
	}
}
