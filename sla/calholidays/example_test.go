package calholidays_test

import (
	"fmt"
	"time"

	"github.com/cartero/cartero/sla"
	"github.com/cartero/cartero/sla/calholidays"
	"github.com/rickar/cal/v2/de"
)

func ExampleCountry() {
	es, err := calholidays.Country("es")
	if err != nil {
		fmt.Println(err)
		return
	}
	cal := sla.MustParseCalendar("Europe/Madrid; mon-fri 09:00-18:00")
	cal.Holidays = []sla.Holidays{es}

	// Ten business hours from Friday 16:00, across the change to summer
	// time, and from the Thursday before Good Friday.
	for _, start := range []time.Time{
		time.Date(2026, 3, 27, 16, 0, 0, 0, cal.Location),
		time.Date(2026, 4, 2, 16, 0, 0, 0, cal.Location),
	} {
		fmt.Println(cal.Add(start, 10*time.Hour).Format("Mon 2 Jan 15:04 MST"))
	}
	// Output:
	// Mon 30 Mar 17:00 CEST
	// Mon 6 Apr 17:00 CEST
}

func ExampleCountry_colombia() {
	co, err := calholidays.Country("co")
	if err != nil {
		fmt.Println(err)
		return
	}
	// The Ley Emiliani moves Saint Joseph's day, Thursday 19 March 2026, to
	// Monday the 23rd.
	d, _ := co.NextHoliday(sla.Date{Year: 2026, Month: 3, Day: 1}, sla.Date{Year: 2026, Month: 4, Day: 1})
	fmt.Println(d, d.Weekday())
	// Output: 2026-03-23 Monday
}

func ExampleNew() {
	// The holidays of Bavaria, from the regional lists of rickar/cal:
	// Epiphany and Corpus Christi, which are not national.
	bavaria := calholidays.New(de.HolidaysBY)
	germany, _ := calholidays.Country("de")
	for _, set := range []*calholidays.Set{bavaria, germany} {
		var days []sla.Date
		from, until := sla.Date{Year: 2026, Month: 1, Day: 2}, sla.Date{Year: 2026, Month: 7, Day: 1}
		for d, ok := set.NextHoliday(from, until); ok; d, ok = set.NextHoliday(d.AddDays(1), until) {
			days = append(days, d)
		}
		fmt.Println(days)
	}
	// Output:
	// [2026-01-06 2026-04-03 2026-04-06 2026-05-01 2026-05-14 2026-05-25 2026-06-04]
	// [2026-04-03 2026-04-06 2026-05-01 2026-05-14 2026-05-25]
}
