package sla_test

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cartero/cartero/sla"
)

func date(y int, m time.Month, d int) sla.Date { return sla.Date{Year: y, Month: m, Day: d} }

func TestDates(t *testing.T) {
	s := sla.NewDates(date(2026, 12, 25), date(2026, 1, 1), date(2026, 12, 25), date(2026, 2, 30), date(2027, 1, 6))
	if s.Len() != 3 {
		t.Errorf("Len = %d, want 3 (a duplicate and an invalid date left out)", s.Len())
	}
	tests := []struct {
		from, until sla.Date
		want        sla.Date
		ok          bool
	}{
		{date(2026, 1, 1), date(2026, 1, 2), date(2026, 1, 1), true},
		{date(2026, 1, 2), date(2026, 12, 25), sla.Date{}, false},
		{date(2026, 1, 2), date(2026, 12, 26), date(2026, 12, 25), true},
		{date(2026, 12, 26), date(2030, 1, 1), date(2027, 1, 6), true},
		{date(2027, 1, 7), date(2030, 1, 1), sla.Date{}, false},
		{date(2026, 12, 25), date(2026, 12, 25), sla.Date{}, false},
	}
	for _, tt := range tests {
		got, ok := s.NextHoliday(tt.from, tt.until)
		if got != tt.want || ok != tt.ok {
			t.Errorf("NextHoliday(%s, %s) = %s, %v; want %s, %v", tt.from, tt.until, got, ok, tt.want, tt.ok)
		}
	}
	if !s.Contains(date(2027, 1, 6)) || s.Contains(date(2027, 1, 5)) {
		t.Error("Contains")
	}
	u := s.Union(sla.NewDates(date(2026, 5, 1), date(2026, 1, 1)))
	if got := u.Between(date(2026, 1, 1), date(2028, 1, 1)); !slices.Equal(got, []sla.Date{date(2026, 1, 1), date(2026, 5, 1), date(2026, 12, 25), date(2027, 1, 6)}) {
		t.Errorf("Union = %v", got)
	}
	var zero sla.Dates
	if _, ok := zero.NextHoliday(date(1, 1, 1), date(9999, 12, 31)); ok {
		t.Error("the zero Dates has a holiday")
	}

	f := sla.HolidayFunc(func(d sla.Date) bool { return d.Weekday() == time.Sunday && d.Day <= 7 })
	if got, ok := f.NextHoliday(date(2026, 3, 2), date(2026, 6, 1)); !ok || got != date(2026, 4, 5) {
		t.Errorf("HolidayFunc.NextHoliday = %s, %v", got, ok)
	}
	if _, ok := f.NextHoliday(date(2026, 3, 2), date(2026, 4, 5)); ok {
		t.Error("HolidayFunc found a holiday past until")
	}
}

func TestReadICalendar(t *testing.T) {
	f, err := os.Open("testdata/madrid.ics")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := sla.ReadICalendar(f)
	if err != nil {
		t.Fatal(err)
	}
	got := s.Between(date(2024, 1, 1), date(2028, 1, 1))
	want := []sla.Date{
		date(2024, 5, 2), date(2025, 5, 2), // every year, but 2026
		date(2026, 4, 2), date(2026, 5, 15), date(2026, 11, 9),
		date(2026, 12, 26), date(2026, 12, 27), // DTEND is not included
		date(2027, 5, 2),
	}
	if !slices.Equal(got, want) {
		t.Errorf("dates:\n got %v\nwant %v", got, want)
	}
	if !s.Contains(date(2100, 5, 2)) || s.Contains(date(2023, 5, 2)) {
		t.Error("the yearly holiday does not repeat from its start on")
	}

	// The regional dates close a calendar, with the national ones.
	c := sla.MustParseCalendar("Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00")
	c.Holidays = []sla.Holidays{spain(t), s}
	wed := time.Date(2026, 4, 1, 18, 0, 0, 0, c.Location)
	// Wednesday 18:00-19:00, Thursday (regional) and Friday (national)
	// closed, Monday 09:00 + 1h.
	if got, want := c.Add(wed, 2*time.Hour), time.Date(2026, 4, 6, 10, 0, 0, 0, c.Location); !got.Equal(want) {
		t.Errorf("Add over Holy Week in Madrid = %s, want %s", got, want)
	}
}

func TestReadICalendarRules(t *testing.T) {
	wrap := func(event string) string {
		return "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + strings.ReplaceAll(event, "\n", "\r\n") + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	}
	tests := []struct {
		name  string
		event string
		want  []sla.Date // between 2024 and 2031
	}{
		{"count", "DTSTART;VALUE=DATE:20250101\nRRULE:FREQ=YEARLY;COUNT=3", []sla.Date{date(2025, 1, 1), date(2026, 1, 1), date(2027, 1, 1)}},
		{"until", "DTSTART;VALUE=DATE:20250101\nRRULE:FREQ=YEARLY;UNTIL=20270101T000000Z", []sla.Date{date(2025, 1, 1), date(2026, 1, 1), date(2027, 1, 1)}},
		{"29 February", "DTSTART;VALUE=DATE:20240229\nRRULE:FREQ=YEARLY", []sla.Date{date(2024, 2, 29), date(2028, 2, 29)}},
		{"29 February, counted", "DTSTART;VALUE=DATE:20240229\nRRULE:FREQ=YEARLY;COUNT=2", []sla.Date{date(2024, 2, 29), date(2028, 2, 29)}},
		{"two days a year", "DTSTART;VALUE=DATE:20291231\nDTEND;VALUE=DATE:20300102\nRRULE:FREQ=YEARLY", []sla.Date{date(2029, 12, 31), date(2030, 1, 1), date(2030, 12, 31)}},
		{"a week", "DTSTART;VALUE=DATE:20260803\nDURATION:P1W\nEXDATE;VALUE=DATE:20260805,20260806", []sla.Date{date(2026, 8, 3), date(2026, 8, 4), date(2026, 8, 7), date(2026, 8, 8), date(2026, 8, 9)}},
		{"rdate", "DTSTART:20260301\nRDATE;VALUE=DATE:20260310", []sla.Date{date(2026, 3, 1), date(2026, 3, 10)}},
		{"timed", "DTSTART:20260301T100000Z", nil},
		{"cancelled", "DTSTART;VALUE=DATE:20260301\nSTATUS:CANCELLED", nil},
		{"quoted colon", "DTSTART;X-NOTE=\"a:b\";VALUE=DATE:20260302", []sla.Date{date(2026, 3, 2)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := sla.ReadICalendar(strings.NewReader(wrap(tt.event)))
			if err != nil {
				t.Fatal(err)
			}
			if got := s.Between(date(2024, 1, 1), date(2031, 1, 1)); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}

	for _, bad := range []string{
		"DTSTART;VALUE=DATE:20260230",
		"SUMMARY:no start",
		"DTSTART;VALUE=DATE:20260301\nRRULE:FREQ=MONTHLY",
		"DTSTART;VALUE=DATE:20260301\nRRULE:FREQ=YEARLY;INTERVAL=2",
		"DTSTART;VALUE=DATE:20260301\nRRULE:FREQ=YEARLY;BYDAY=MO",
		"DTSTART;VALUE=DATE:20260301\nDTEND;VALUE=DATE:20290301",
		"DTSTART;VALUE=DATE:20260301\nDURATION:PT4H",
		"DTSTART;VALUE=DATE:20260301\nEXDATE:soon",
		"no colon here",
	} {
		_, err := sla.ReadICalendar(strings.NewReader(wrap(bad)))
		var pe *sla.ParseError
		if !errors.Is(err, sla.ErrICalendar) || !errors.As(err, &pe) || pe.Line == 0 {
			t.Errorf("%q: error %v, want a *ParseError with a line that matches ErrICalendar", bad, err)
		}
	}
	if _, err := sla.ReadICalendar(strings.NewReader("BEGIN:VEVENT\nDTSTART:20260301\n")); !errors.Is(err, sla.ErrICalendar) {
		t.Errorf("unended event: %v", err)
	}
	big := strings.Repeat("X", sla.MaxICalendarSize+1)
	if _, err := sla.ReadICalendar(strings.NewReader(big)); !errors.Is(err, sla.ErrTooLarge) {
		t.Errorf("too large: %v", err)
	}
}
