// Package calholidays gives [sla.Calendar] values the national holidays of
// 48 countries, from the holiday data of github.com/rickar/cal/v2 (and its
// own for Colombia, which that module lacks).
//
// Only the holiday data of github.com/rickar/cal/v2 is used. Its own
// business-hours arithmetic (BusinessCalendar) is not: it starts the
// working day an hour late on days when the clock goes forward, loses a
// day on round-the-clock schedules across a change of the clock, and knows
// one range of hours per day. The sla package does that arithmetic.
//
// # Holiday sets
//
// [Country] returns the set of a country by its ISO 3166-1 code; [New]
// makes a set of any list of github.com/rickar/cal/v2 holidays, such as the
// holidays of a German state:
//
//	es, err := calholidays.Country("es")
//	cal.Holidays = append(cal.Holidays, es)
//
//	bavaria := calholidays.New(de.HolidaysBY)
//
// A [Set] is an [sla.Holidays]. It closes each holiday on the day it is
// observed: the day it falls on, or the substitute day where the country
// moves it off a weekend (the United States, the United Kingdom) or to a
// Monday (Colombia). The dates from [FirstYear] to [LastYear] are worked
// out when the set is made; other years are worked out on each question,
// more slowly.
//
// # Regional holidays
//
// Regional and local holidays (Madrid, Catalonia, a city's patron saint)
// are not national sets. A host adds them as [sla.Dates] of its own, or
// from an iCalendar file with [sla.ReadICalendar], next to the national
// set:
//
//	madrid, err := sla.ReadICalendar(f)
//	cal.Holidays = []sla.Holidays{es, madrid}
package calholidays
