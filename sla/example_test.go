package sla_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/cartero/cartero/sla"
)

func ExampleCalendar_Add() {
	// A Spanish office: a split shift, and Saturday mornings.
	cal := sla.MustParseCalendar("Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00; sat 10:00-13:00")
	received := time.Date(2026, 5, 8, 13, 0, 0, 0, cal.Location) // a Friday

	for _, d := range []time.Duration{time.Hour, 3 * time.Hour, 5 * time.Hour} {
		fmt.Printf("%v: %s\n", d, cal.Add(received, d).Format("Mon 15:04"))
	}
	// Output:
	// 1h0m0s: Fri 14:00
	// 3h0m0s: Fri 18:00
	// 5h0m0s: Sat 11:00
}

func ExampleCalendar_Elapsed() {
	cal := sla.MustParseCalendar("Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00")
	from := time.Date(2026, 3, 27, 12, 0, 0, 0, cal.Location) // Friday noon
	to := time.Date(2026, 3, 30, 12, 0, 0, 0, cal.Location)   // Monday noon, after the change to summer time
	fmt.Println(cal.Elapsed(from, to), to.Sub(from))
	// Output: 8h0m0s 71h0m0s
}

func ExampleCalendar_NextOpen() {
	cal := sla.MustParseCalendar("America/Mexico_City; mon-fri 08:00-18:00; closed 2026-09-16")
	t := time.Date(2026, 9, 15, 19, 30, 0, 0, cal.Location)
	fmt.Println(cal.Open(t), cal.NextOpen(t).Format("Mon 2 Jan 15:04"))
	// Output: false Thu 17 Sep 08:00
}

func ExampleParseCalendar() {
	cal, err := sla.ParseCalendar(`
		Europe/Madrid
		mon-thu 08:00-15:00      # summer hours
		fri 08:00-14:00
		closed 2026-08-15, 2026-12-25
		2026-12-24 09:00-13:00`)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(cal)

	_, err = sla.ParseCalendar("Europe/Madrid; mon-fri 9-17")
	fmt.Println(err)
	// Output:
	// Europe/Madrid; mon-thu 08:00-15:00; fri 08:00-14:00; closed 2026-08-15,2026-12-25; 2026-12-24 09:00-13:00
	// sla: calendar: offset 15 ("mon-fri 9-17"): sla: invalid time of day "9" (want HH:MM from 00:00 to 24:00)
}

func ExampleCalendar_MarshalJSON() {
	cal := sla.MustParseCalendar("America/Bogota; mon-fri 08:00-12:00,14:00-18:00; closed 2026-12-25")
	b, err := json.Marshal(cal)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(b))

	var back sla.Calendar
	err = json.Unmarshal(b, &back)
	fmt.Println(back.String(), err)
	// Output:
	// {"tz":"America/Bogota","week":{"mon":[["08:00","12:00"],["14:00","18:00"]],"tue":[["08:00","12:00"],["14:00","18:00"]],"wed":[["08:00","12:00"],["14:00","18:00"]],"thu":[["08:00","12:00"],["14:00","18:00"]],"fri":[["08:00","12:00"],["14:00","18:00"]],"sat":[],"sun":[]},"closed":["2026-12-25"],"overrides":{}}
	// America/Bogota; mon-fri 08:00-12:00,14:00-18:00; closed 2026-12-25 <nil>
}

func ExamplePolicy_Status() {
	cal := sla.MustParseCalendar("Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00")
	policy, err := sla.ParsePolicy("prompt6h")
	if err != nil {
		fmt.Println(err)
		return
	}
	policy.Calendar = cal
	at := func(day, hour, min int) time.Time { return time.Date(2026, 5, day, hour, min, 0, 0, cal.Location) }

	events := []sla.Event{
		{At: at(4, 10, 0), Kind: sla.Inbound},
		{At: at(4, 10, 5), Kind: sla.Reply, Auto: true}, // an acknowledgement is no answer
		{At: at(4, 17, 30), Kind: sla.Reply},
		{At: at(5, 9, 30), Kind: sla.Inbound},
		{At: at(5, 9, 45), Kind: sla.Inbound, Auto: true}, // out of office: no clock moves
	}
	st := policy.Status(events, at(5, 12, 0))
	for _, m := range st.Metrics {
		fmt.Printf("%-11s %-8s due %s, %v left\n", m.Metric, m.State, m.Due.Format("Mon 15:04"), m.Remaining)
	}
	fmt.Println("wake up at", st.NextChange.Format("Mon 15:04"))
	// Output:
	// first_reply achieved due Mon 18:00, 30m0s left
	// next_reply  active   due Tue 17:30, 3h30m0s left
	// wake up at Tue 14:00
}

func ExamplePolicy_Status_json() {
	cal := sla.MustParseCalendar("Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00")
	policy, _ := sla.ParsePolicy("prompt")
	policy.Calendar = cal
	received := time.Date(2026, 3, 27, 16, 0, 0, 0, cal.Location)
	st := policy.Status([]sla.Event{{At: received, Kind: sla.Inbound}}, received.Add(time.Hour))

	// Just the state, due time and time left of each metric.
	type brief struct {
		State     sla.State `json:"state"`
		Due       time.Time `json:"due,omitzero"`
		Remaining string    `json:"remaining"`
	}
	out := map[sla.Metric]brief{}
	for _, m := range st.Metrics {
		out[m.Metric] = brief{m.State, m.Due, m.Remaining.String()}
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(out)
	// Output:
	// {
	//   "first_reply": {
	//     "state": "active",
	//     "due": "2026-04-01T14:00:00+02:00",
	//     "remaining": "23h0m0s"
	//   },
	//   "next_reply": {
	//     "state": "inactive",
	//     "remaining": "24h0m0s"
	//   }
	// }
}

func ExampleParsePolicy() {
	for _, name := range []string{"prompt", "prompt6h", "weekly"} {
		p, err := sla.ParsePolicy(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(p.Name, p.Rules[0].Targets.FirstReply.Within)
	}
	// Output:
	// prompt 24h0m0s
	// prompt6h 6h0m0s
	// sla: unknown policy "weekly" (built in: prompt, prompt6h, or prompt and a duration)
}

func ExampleReadICalendar() {
	ics := `BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:San Isidro
DTSTART;VALUE=DATE:20260515
END:VEVENT
BEGIN:VEVENT
SUMMARY:Fiesta de la Comunidad de Madrid
DTSTART;VALUE=DATE:20250502
RRULE:FREQ=YEARLY
END:VEVENT
END:VCALENDAR
`
	madrid, err := sla.ReadICalendar(strings.NewReader(ics))
	if err != nil {
		fmt.Println(err)
		return
	}
	from, until := sla.Date{Year: 2026, Month: 1, Day: 1}, sla.Date{Year: 2028, Month: 1, Day: 1}
	fmt.Println(madrid.Between(from, until))

	cal := sla.MustParseCalendar("Europe/Madrid; mon-fri 09:00-17:00")
	cal.Holidays = []sla.Holidays{madrid}
	thursday := time.Date(2026, 5, 14, 16, 0, 0, 0, cal.Location)
	fmt.Println(cal.Add(thursday, 2*time.Hour).Format("Mon 2 Jan 15:04"))
	// Output:
	// [2026-05-02 2026-05-15 2027-05-02]
	// Mon 18 May 10:00
}
