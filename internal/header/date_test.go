package header

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"net/mail"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	zone := func(h, m int) *time.Location { return time.FixedZone("", h*3600+m*60) }
	cet, cest, brt := zone(1, 0), zone(2, 0), zone(-3, 0)
	date := func(y int, mo time.Month, d, h, mi, s int, loc *time.Location) time.Time {
		return time.Date(y, mo, d, h, mi, s, 0, loc)
	}
	want := date(2026, time.November, 23, 10, 15, 0, cet)
	tests := []struct {
		name    string
		in      string
		want    time.Time // compared with Equal and by offset
		wantErr bool
	}{
		// RFC 5322.
		{"rfc 5322", "Mon, 23 Nov 2026 10:15:00 +0100", want, false},
		{"no day of week", "23 Nov 2026 10:15:00 +0100", want, false},
		{"no seconds", "Mon, 23 Nov 2026 10:15 +0100", want, false},
		{"two-digit year", "Mon, 23 Nov 26 10:15:00 +0100", want, false},
		{"one-digit day", "Tue, 3 Nov 2026 10:15:00 +0100", date(2026, 11, 3, 10, 15, 0, cet), false},
		{"negative zone", "Mon, 23 Nov 2026 10:15:00 -0300", date(2026, 11, 23, 10, 15, 0, brt), false},
		{"half-hour zone", "Mon, 23 Nov 2026 10:15:00 +0530", date(2026, 11, 23, 10, 15, 0, zone(5, 30)), false},
		{"minus zero", "Mon, 23 Nov 2026 10:15:00 -0000", date(2026, 11, 23, 10, 15, 0, time.UTC), false},
		{"folded", "Mon, 23 Nov 2026\r\n 10:15:00 +0100", want, false},
		{"leap second", "Wed, 31 Dec 2025 23:59:60 +0000", date(2025, 12, 31, 23, 59, 59, time.UTC), false},

		// Comments and named zones.
		{"zone comment", "Mon, 23 Nov 2026 10:15:00 +0100 (CET)", want, false},
		{"outlook spanish comment", "Mon, 23 Nov 2026 11:15:00 +0200 (Hora de verano romance)", date(2026, 11, 23, 11, 15, 0, cest), false},
		{"GMT", "Mon, 23 Nov 2026 09:15:00 GMT", date(2026, 11, 23, 9, 15, 0, time.UTC), false},
		{"UT", "Mon, 23 Nov 2026 09:15:00 UT", date(2026, 11, 23, 9, 15, 0, time.UTC), false},
		{"UTC", "Mon, 23 Nov 2026 09:15:00 UTC", date(2026, 11, 23, 9, 15, 0, time.UTC), false},
		{"Z", "Mon, 23 Nov 2026 09:15:00 Z", date(2026, 11, 23, 9, 15, 0, time.UTC), false},
		{"EST", "Mon, 23 Nov 2026 04:15:00 EST", date(2026, 11, 23, 4, 15, 0, zone(-5, 0)), false},
		{"EDT", "Mon, 23 Nov 2026 05:15:00 EDT", date(2026, 11, 23, 5, 15, 0, zone(-4, 0)), false},
		{"CST", "Mon, 23 Nov 2026 03:15:00 CST", date(2026, 11, 23, 3, 15, 0, zone(-6, 0)), false},
		{"CDT", "Mon, 23 Nov 2026 04:15:00 CDT", date(2026, 11, 23, 4, 15, 0, zone(-5, 0)), false},
		{"MST", "Mon, 23 Nov 2026 02:15:00 MST", date(2026, 11, 23, 2, 15, 0, zone(-7, 0)), false},
		{"MDT", "Mon, 23 Nov 2026 03:15:00 MDT", date(2026, 11, 23, 3, 15, 0, zone(-6, 0)), false},
		{"PST", "Mon, 23 Nov 2026 01:15:00 PST", date(2026, 11, 23, 1, 15, 0, zone(-8, 0)), false},
		{"PDT", "Mon, 23 Nov 2026 02:15:00 PDT", date(2026, 11, 23, 2, 15, 0, zone(-7, 0)), false},
		{"CET", "Mon, 23 Nov 2026 10:15:00 CET", want, false},
		{"CEST", "Mon, 23 Nov 2026 11:15:00 CEST", date(2026, 11, 23, 11, 15, 0, cest), false},
		{"BST", "Mon, 23 Nov 2026 10:15:00 BST", want, false},
		{"BRT", "Mon, 23 Nov 2026 06:15:00 BRT", date(2026, 11, 23, 6, 15, 0, brt), false},
		{"lower-case zone", "Mon, 23 Nov 2026 10:15:00 cet", want, false},
		{"named zone with comment", "Mon, 23 Nov 2026 10:15:00 CET (Central European Time)", want, false},
		{"GMT offset", "Mon, 23 Nov 2026 11:15:00 GMT+0200", date(2026, 11, 23, 11, 15, 0, cest), false},
		{"UTC short offset", "Mon, 23 Nov 2026 06:15:00 UTC-3", date(2026, 11, 23, 6, 15, 0, brt), false},
		{"colon offset", "Mon, 23 Nov 2026 11:15:00 +02:00", date(2026, 11, 23, 11, 15, 0, cest), false},
		{"two-digit offset", "Mon, 23 Nov 2026 11:15:00 +02", date(2026, 11, 23, 11, 15, 0, cest), false},
		{"zone only in comment", "Mon, 23 Nov 2026 10:15:00 (CET)", want, false},

		// Layouts and sloppiness.
		{"lower-case", "mon, 23 nov 2026 10:15:00 +0100", want, false},
		{"upper-case", "MON, 23 NOV 2026 10:15:00 +0100", want, false},
		{"full month", "Monday, 23 November 2026 10:15:00 +0100", want, false},
		{"month with dot", "23 Nov. 2026 10:15:00 +0100", want, false},
		{"extra commas", "Mon,, 23 Nov, 2026, 10:15:00 +0100", want, false},
		{"extra spaces", "Mon,  23   Nov  2026   10:15:00   +0100", want, false},
		{"no space after comma", "Mon,23 Nov 2026 10:15:00 +0100", want, false},
		{"one-digit hour", "Mon, 23 Nov 2026 9:15:00 +0100", date(2026, 11, 23, 9, 15, 0, cet), false},
		{"wrong weekday", "Fri, 23 Nov 2026 10:15:00 +0100", want, false},
		{"dashes", "Mon, 23-Nov-2026 10:15:00 +0100", want, false},
		{"asctime with zone", "Mon Nov 23 10:15:00 +0100 2026", want, false},
		{"am pm", "Mon, 23 Nov 2026 10:15:00 PM +0100", date(2026, 11, 23, 22, 15, 0, cet), false},
		{"12 am", "Mon, 23 Nov 2026 12:15:00 AM +0100", date(2026, 11, 23, 0, 15, 0, cet), false},
		{"spanish", "lun, 23 nov 2026 10:15:00 +0100", want, false},
		{"spanish long", "23 de noviembre de 2026 10:15 +0100", want, false},
		{"spanish tuesday in march", "mar, 24 mar 2026 10:15:00 -0300", date(2026, 3, 24, 10, 15, 0, brt), false},
		{"portuguese", "seg, 23 nov 2026 10:15:00 -0300", date(2026, 11, 23, 10, 15, 0, brt), false},
		{"portuguese december", "qui, 3 dez 2026 10:15:00 -0300", date(2026, 12, 3, 10, 15, 0, brt), false},
		{"portuguese february", "5 fev 2026 10:15 -0300", date(2026, 2, 5, 10, 15, 0, brt), false},
		{"iso 8601", "2026-11-23T10:15:00+01:00", want, false},
		{"iso 8601 Z", "2026-11-23T09:15:00Z", date(2026, 11, 23, 9, 15, 0, time.UTC), false},
		{"iso 8601 fraction", "2026-11-23T10:15:00.250+01:00", want.Add(250 * time.Millisecond), false},
		{"iso 8601 basic zone", "2026-11-23T10:15:00+0100", want, false},
		{"iso 8601 space", "2026-11-23 10:15:00 +0100", want, false},
		{"slashes year first", "2026/11/23 10:15:00 +0100", want, false},
		{"slashes day first", "23/11/2026 10:15 +0100", want, false},
		{"slashes month first", "11/23/2026 10:15 +0100", want, false},
		{"dots", "23.11.2026 10:15 +0100", want, false},
		{"three-digit year", "Mon, 23 Nov 126 10:15:00 +0100", want, false},

		// Guesses, reported.
		{"missing zone", "Mon, 23 Nov 2026 10:15:00", date(2026, 11, 23, 10, 15, 0, time.UTC), true},
		{"asctime", "Mon Nov 23 10:15:00 2026", date(2026, 11, 23, 10, 15, 0, time.UTC), true},
		{"unknown zone", "Mon, 23 Nov 2026 10:15:00 XYZ", date(2026, 11, 23, 10, 15, 0, time.UTC), true},
		{"bad offset", "Mon, 23 Nov 2026 10:15:00 +9900", date(2026, 11, 23, 10, 15, 0, time.UTC), true},
		{"missing time", "Mon, 23 Nov 2026 +0100", date(2026, 11, 23, 0, 0, 0, cet), true},
		{"ambiguous day and month", "05/06/2026 10:15 +0100", date(2026, 6, 5, 10, 15, 0, cet), true},

		// Failures.
		{"empty", "", time.Time{}, true},
		{"garbage", "garbage", time.Time{}, true},
		{"no year", "Mon, 23 Nov 10:15:00 +0100", time.Time{}, true},
		{"no month", "Mon, 23 2026 10:15:00 +0100", time.Time{}, true},
		{"no such day", "Mon, 31 Nov 2026 10:15:00 +0100", time.Time{}, true},
		{"february 30", "30 Feb 2026 10:15:00 +0100", time.Time{}, true},
		{"hour 25", "23 Nov 2026 25:15:00 +0100", time.Time{}, true},
		{"minute 60", "23 Nov 2026 10:60:00 +0100", time.Time{}, true},
		{"before 1970", "Mon, 23 Nov 1969 10:15:00 +0100", time.Time{}, true},
		{"two-digit year before 1970", "Mon, 23 Nov 69 10:15:00 +0100", time.Time{}, true},
		{"year 0", "Mon, 23 Nov 0000 10:15:00 +0100", time.Time{}, true},
		{"year 10000", "23 Nov 10000 10:15:00 +0100", time.Time{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if (err != nil) != tt.wantErr {
				t.Errorf("ParseDate(%q) error = %v, want error %v", tt.in, err, tt.wantErr)
			}
			if err != nil && !errors.Is(err, ErrMalformedDate) {
				t.Errorf("ParseDate(%q) error %v does not match ErrMalformedDate", tt.in, err)
			}
			_, gotOff := got.Zone()
			_, wantOff := tt.want.Zone()
			if !got.Equal(tt.want) || gotOff != wantOff || got.IsZero() != tt.want.IsZero() {
				t.Errorf("ParseDate(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestParseDateIgnoresLocal checks that named zones do not depend on the
// local time zone, which time.Parse consults.
func TestParseDateIgnoresLocal(t *testing.T) {
	for _, tz := range []string{"UTC", "America/New_York", "Europe/Madrid"} {
		t.Run(tz, func(t *testing.T) {
			loc, err := time.LoadLocation(tz)
			if err != nil {
				t.Skipf("no zone data: %v", err)
			}
			old := time.Local
			time.Local = loc
			defer func() { time.Local = old }()
			got, err := ParseDate("Mon, 23 Nov 2026 10:15:00 EST")
			if err != nil {
				t.Fatal(err)
			}
			if _, off := got.Zone(); off != -5*3600 {
				t.Errorf("EST offset = %d with local zone %s", off, tz)
			}
		})
	}
}

// TestFieldParserMatchesNetMail checks that the field-by-field parser, used
// when net/mail fails, agrees with net/mail wherever net/mail succeeds.
func TestFieldParserMatchesNetMail(t *testing.T) {
	tests := []string{
		"Mon, 23 Nov 2026 10:15:00 +0100",
		"23 Nov 2026 10:15:00 +0100",
		"Mon, 23 Nov 2026 10:15 -0300",
		"Mon, 2 Nov 26 10:15:00 +0100",
		"Sun, 01 Mar 2026 00:00:00 +0000",
		"Fri, 31 Dec 1999 23:59:59 -1200",
		"Mon, 23 Nov 2026 10:15:00 +0100 (CET)",
		"Mon, 23 Nov 2026 10:15:00 GMT",
		"Mon, 23 Nov 2026 10:15:00 UT",
		"Mon, 23 Nov 2026 10:15:00 EST",
		"Mon, 23 Nov 2026 10:15:00 PDT",
	}
	for _, s := range tests {
		t.Run(s, func(t *testing.T) {
			viaMail, err := mail.ParseDate(s)
			if err != nil {
				t.Fatalf("net/mail: %v", err)
			}
			viaMail, ok := fixZone(s, viaMail)
			if !ok {
				t.Fatalf("fixZone(%q) failed", s)
			}
			var d dateParser
			d.parse(s)
			viaFields, err := d.result(s)
			if err != nil {
				t.Fatalf("field parser: %v", err)
			}
			_, off1 := viaMail.Zone()
			_, off2 := viaFields.Zone()
			if !viaMail.Equal(viaFields) || off1 != off2 {
				t.Errorf("net/mail %v, field parser %v", viaMail, viaFields)
			}
		})
	}
}

// TestUsualDateAgrees holds the fast path to the general parser: every
// date it accepts must be read identically by the field-by-field parser.
func TestUsualDateAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	months := []string{"Jan", "feb", "MAR", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	accepted := 0
	for i := 0; i < 20000; i++ {
		s := fmt.Sprintf("%s%d %s %d %02d:%02d%s %c%02d%02d%s",
			[]string{"", "Mon, ", "Tue,  ", "sun, "}[rng.IntN(4)],
			1+rng.IntN(31), months[rng.IntN(12)], 1960+rng.IntN(100),
			rng.IntN(25), rng.IntN(61), []string{"", fmt.Sprintf(":%02d", rng.IntN(61))}[rng.IntN(2)],
			"+-"[rng.IntN(2)], rng.IntN(15), []int{0, 30, 45, 60}[rng.IntN(4)],
			[]string{"", " (CET)", "  (Hora de verano romance)", " GMT", "x"}[rng.IntN(5)])
		fast, ok := parseUsualDate(s)
		if !ok {
			continue
		}
		accepted++
		var d dateParser
		d.parse(s)
		slow, err := d.result(s)
		if err != nil || !fast.Equal(slow) {
			t.Fatalf("%q: fast path %v, general parser %v (%v)", s, fast, slow, err)
		}
		if _, off := fast.Zone(); off != func() int { _, o := slow.Zone(); return o }() {
			t.Fatalf("%q: zones differ", s)
		}
	}
	if accepted < 5000 {
		t.Errorf("fast path accepted only %d dates", accepted)
	}
	t.Logf("fast path accepted %d of 20000 generated dates, all read the same by the general parser", accepted)
}
