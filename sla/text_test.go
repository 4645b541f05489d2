package sla_test

import (
	"encoding/json"
	"errors"
	"flag"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/cartero/cartero/sla"
)

func TestParseCalendar(t *testing.T) {
	d := func(y int, m time.Month, day int) sla.Date { return sla.Date{Year: y, Month: m, Day: day} }
	r := func(a, b sla.Clock) sla.Range { return sla.Range{Start: a, End: b} }
	h := sla.Hour
	split := []sla.Range{r(9*h, 14*h), r(16*h, 19*h)}
	tests := []struct {
		in    string
		want  sla.Calendar
		print string // the canonical text form, when it differs from in
	}{
		{
			in: "Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00; sat 10:00-13:00; closed 2026-12-25; 2026-12-24 09:00-13:00",
			want: sla.Calendar{
				Week:      [7][]sla.Range{1: split, 2: split, 3: split, 4: split, 5: split, 6: {r(10*h, 13*h)}},
				Closed:    []sla.Date{d(2026, 12, 25)},
				Overrides: map[sla.Date][]sla.Range{d(2026, 12, 24): {r(9*h, 13*h)}},
			},
		},
		{
			in:    "UTC;24x7",
			want:  sla.Calendar{Week: [7][]sla.Range{{r(0, 24*h)}, {r(0, 24*h)}, {r(0, 24*h)}, {r(0, 24*h)}, {r(0, 24*h)}, {r(0, 24*h)}, {r(0, 24*h)}}},
			print: "UTC; mon-sun 00:00-24:00",
		},
		{
			in:    "America/New_York\n# nights, and Saturday\nMON, Wed - Fri  22:00 - 6:00 ;\n  sat 8:30-12:00  # mornings\n2026-07-03 none",
			want:  sla.Calendar{Week: [7][]sla.Range{1: {r(22*h, 6*h)}, 3: {r(22*h, 6*h)}, 4: {r(22*h, 6*h)}, 5: {r(22*h, 6*h)}, 6: {r(8*h+30, 12*h)}}, Overrides: map[sla.Date][]sla.Range{d(2026, 7, 3): {}}},
			print: "America/New_York; mon,wed-fri 22:00-06:00; sat 08:30-12:00; 2026-07-03 none",
		},
		{
			in:    "Asia/Kathmandu; fri-mon 10:00-11:00; sun 12:00-13:00; closed 2026-01-02,2026-01-01",
			want:  sla.Calendar{Week: [7][]sla.Range{{r(10*h, 11*h), r(12*h, 13*h)}, {r(10*h, 11*h)}, 5: {r(10*h, 11*h)}, 6: {r(10*h, 11*h)}}, Closed: []sla.Date{d(2026, 1, 2), d(2026, 1, 1)}},
			print: "Asia/Kathmandu; mon,fri-sat 10:00-11:00; sun 10:00-11:00,12:00-13:00; closed 2026-01-02,2026-01-01",
		},
		{
			in:    "Europe/Lisbon; daily 00:00-00:00",
			want:  sla.Calendar{Week: [7][]sla.Range{{r(0, 0)}, {r(0, 0)}, {r(0, 0)}, {r(0, 0)}, {r(0, 0)}, {r(0, 0)}, {r(0, 0)}}},
			print: "Europe/Lisbon; mon-sun 00:00-00:00",
		},
		{in: "UTC", want: sla.Calendar{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c, err := sla.ParseCalendar(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			zone := strings.TrimSpace(strings.SplitN(strings.SplitN(tt.in, ";", 2)[0], "\n", 2)[0])
			tt.want.Location = mustLoad(t, zone)
			if !c.Equal(&tt.want) {
				t.Errorf("ParseCalendar(%q)\n got %s\nwant %s", tt.in, c, &tt.want)
			}
			print := tt.print
			if print == "" {
				print = tt.in
			}
			if got := c.String(); got != print {
				t.Errorf("String() = %q, want %q", got, print)
			}
			back, err := sla.ParseCalendar(c.String())
			if err != nil || !back.Equal(c) {
				t.Errorf("ParseCalendar(String()) = %v, %v", back, err)
			}
		})
	}
}

func TestParseCalendarErrors(t *testing.T) {
	tests := []struct {
		in     string
		want   error
		offset int
	}{
		{"", sla.ErrSyntax, 0},
		{"mon-fri 09:00-17:00", sla.ErrZone, 0},
		{"Local; mon 09:00-10:00", sla.ErrZone, 0},
		{"Mars/Olympus; mon 09:00-10:00", sla.ErrZone, 0},
		{"UTC; mon-fry 09:00-17:00", sla.ErrSyntax, 5},
		{"UTC; mon 09:00-17:00; tue 9-17", sla.ErrClock, 22},
		{"UTC; mon 09:00", sla.ErrRange, 5},
		{"UTC; mon 09:00-25:00", sla.ErrClock, 5},
		{"UTC; mon 24:00-01:00", sla.ErrRange, 5},
		{"UTC; mon 09:60-10:00", sla.ErrClock, 5},
		{"UTC; closed 2026-02-30", sla.ErrDate, 5},
		{"UTC; closed 26-02-03", sla.ErrDate, 5},
		{"UTC; 2026-13-01 09:00-10:00", sla.ErrDate, 5},
		{"UTC; mon", sla.ErrSyntax, 5},
		{"UTC; mon 09:00-10:00 11:00-12:00", sla.ErrSyntax, 5},
		{"UTC; 24x7 09:00-10:00", sla.ErrSyntax, 5},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c, err := sla.ParseCalendar(tt.in)
			if !errors.Is(err, tt.want) || c != nil {
				t.Fatalf("ParseCalendar(%q) = %v, %v; want %v", tt.in, c, err, tt.want)
			}
			var pe *sla.ParseError
			if !errors.As(err, &pe) || pe.Offset != tt.offset {
				t.Errorf("error %v: want a *ParseError at offset %d", err, tt.offset)
			}
		})
	}
}

func TestCalendarJSON(t *testing.T) {
	const doc = `{"tz":"Europe/Madrid","week":{"mon":[["09:00","14:00"],["16:00","19:00"]],"tue":[["09:00","14:00"],["16:00","19:00"]],"wed":[["09:00","14:00"],["16:00","19:00"]],"thu":[["09:00","14:00"],["16:00","19:00"]],"fri":[["09:00","14:00"],["16:00","19:00"]],"sat":[["10:00","13:00"]],"sun":[]},"closed":["2026-12-25"],"overrides":{"2026-12-24":[["09:00","13:00"]],"2026-12-31":[]}}`
	c := sla.MustParseCalendar("Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00; sat 10:00-13:00; closed 2026-12-25; 2026-12-24 09:00-13:00; 2026-12-31 none")
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != doc {
		t.Errorf("Marshal:\n got %s\nwant %s", b, doc)
	}
	var back sla.Calendar
	if err := json.Unmarshal([]byte(doc), &back); err != nil {
		t.Fatal(err)
	}
	if !back.Equal(c) {
		t.Errorf("Unmarshal: got %s, want %s", &back, c)
	}
	if _, ok := back.Overrides[sla.Date{Year: 2026, Month: 12, Day: 31}]; !ok {
		t.Error("an empty override was lost")
	}

	// A missing weekday is closed; holidays survive decoding.
	keep := sla.Calendar{Holidays: []sla.Holidays{sla.NewDates()}}
	if err := json.Unmarshal([]byte(`{"tz":"UTC","week":{"mon":[["09:00","17:00"]]}}`), &keep); err != nil {
		t.Fatal(err)
	}
	if len(keep.Week[time.Monday]) != 1 || len(keep.Week[time.Tuesday]) != 0 || len(keep.Holidays) != 1 {
		t.Errorf("decoded %s with %d holiday sets", &keep, len(keep.Holidays))
	}

	for _, bad := range []string{
		`{"tz":"Nowhere/Land"}`,
		`{"week":{}}`,
		`{"tz":"UTC","week":{"mon":[["09:00"]]}}`,
		`{"tz":"UTC","week":{"mon":[["09:00","17:00","18:00"]]}}`,
		`{"tz":"UTC","week":{"mon":[["24:00","17:00"]]}}`,
		`{"tz":"UTC","week":{"lun":[]}}`,
		`{"tz":"UTC","closed":["2026-02-30"]}`,
		`{"tz":"UTC","overrides":{"2026-1-1":[]}}`,
		`{"tz":"UTC","holidays":"es"}`,
		`{"tz":"UTC"} {}`,
	} {
		var c sla.Calendar
		if err := json.Unmarshal([]byte(bad), &c); err == nil {
			t.Errorf("Unmarshal(%s) = nil, want an error", bad)
		}
	}
}

// TestCalendarFlag uses a calendar as a command-line flag, as the triage
// example does.
func TestCalendarFlag(t *testing.T) {
	fs := flag.NewFlagSet("triage", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	c := sla.MustParseCalendar("Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00")
	fs.TextVar(c, "calendar", c, "business hours")
	if got := fs.Lookup("calendar").DefValue; got != "Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00" {
		t.Errorf("default shown as %q", got)
	}
	if err := fs.Parse([]string{"-calendar", "America/Mexico_City; mon-sat 08:00-20:00"}); err != nil {
		t.Fatal(err)
	}
	if got := c.String(); got != "America/Mexico_City; mon-sat 08:00-20:00" {
		t.Errorf("after the flag: %s", got)
	}
	if err := fs.Parse([]string{"-calendar", "mon-sat 08:00-20:00"}); err == nil {
		t.Error("a calendar without a zone was accepted")
	}
}

func TestDateAndClock(t *testing.T) {
	d := sla.Date{Year: 2024, Month: 2, Day: 28}
	if got := d.AddDays(1).String(); got != "2024-02-29" {
		t.Errorf("AddDays(1) = %s", got)
	}
	if got := d.AddDays(-365 - 365).String(); got != "2022-02-28" {
		t.Errorf("AddDays(-730) = %s", got)
	}
	if got := d.Weekday(); got != time.Wednesday {
		t.Errorf("Weekday = %s", got)
	}
	if d.Compare(d.AddDays(1)) != -1 || !d.Before(d.AddDays(1)) || d.Compare(d) != 0 {
		t.Error("Compare")
	}
	if got := (sla.Date{Year: 33, Month: 4, Day: 3}).String(); got != "0033-04-03" {
		t.Errorf("String = %s", got)
	}
	for _, s := range []string{"2026-00-10", "2026-01-32", "2025-02-29", "2026/01/01", "20260101", "+026-01-01"} {
		if _, err := sla.ParseDate(s); !errors.Is(err, sla.ErrDate) {
			t.Errorf("ParseDate(%q) = %v", s, err)
		}
	}
	// Day numbers agree with the time package over four centuries.
	t0 := time.Date(1800, 1, 1, 12, 0, 0, 0, time.UTC)
	start := sla.DateOf(t0)
	for i := 0; i < 146097*1; i += 97 {
		want := sla.DateOf(t0.AddDate(0, 0, i))
		if got := start.AddDays(i); got != want {
			t.Fatalf("AddDays(%d) = %s, want %s", i, got, want)
		}
		if got := want.Weekday(); got != t0.AddDate(0, 0, i).Weekday() {
			t.Fatalf("%s: Weekday = %s", want, got)
		}
	}
	for _, s := range []string{"9:05", "09:05", "00:00", "24:00"} {
		c, err := sla.ParseClock(s)
		if err != nil {
			t.Errorf("ParseClock(%q): %v", s, err)
		}
		if len(s) == 4 {
			s = "0" + s
		}
		if c.String() != s {
			t.Errorf("ParseClock(%q) = %s", s, c)
		}
	}
	for _, s := range []string{"24:01", "25:00", "9:5", "0900", "-1:00", "a:00"} {
		if _, err := sla.ParseClock(s); !errors.Is(err, sla.ErrClock) {
			t.Errorf("ParseClock(%q) = %v", s, err)
		}
	}
}
