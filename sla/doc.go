// Package sla keeps response promises: it works out when each answer to a
// customer is due and where every conversation stands, from business
// calendars and policies, so that a host can show countdowns, warn agents
// before a deadline and report breaches.
//
// Everything here is a pure function of its inputs. A [Calendar] and a
// [Policy] are plain values, a conversation is the list of [Event] values
// the host keeps, and the current instant is always an argument: nothing
// reads the clock, starts a goroutine or sets a timer, and the same inputs
// give the same answer on any machine, in any time zone.
//
// # Calendars
//
// A [Calendar] holds a team's business hours: a time zone, the opening
// [Range] values of each day of the week (several a day, for split shifts
// such as 09:00–14:00 and 16:00–19:00, or a Saturday morning), closed
// dates, [Holidays], and overrides that give a date hours of its own (24
// December, 09:00–13:00). [Calendar.Add] returns the earliest instant at
// which a duration of business time has passed, [Calendar.Elapsed] measures
// the business time between two instants, and [Calendar.Open] and
// [Calendar.NextOpen] tell whether and when the team is at work:
//
//	cal := sla.MustParseCalendar("Europe/Madrid; mon-fri 09:00-18:00")
//	due := cal.Add(received, 10*time.Hour) // Friday 16:00 gives Monday 17:00
//
// Every day's hours are built from its date and the times on its wall
// clock, never as midnight plus a duration, so days of 23 and 25 hours come
// out right. A time of day means the earliest instant at which the wall
// clock reads that time or later: a time the clock skips when it goes
// forward is the instant it jumps, and a time it shows twice when it goes
// back is its first occurrence. A range whose end is not after its start
// crosses midnight (22:00–06:00; 00:00–00:00 is a whole day), and 24:00
// ends a day. A range from the night before runs on into a date unless the
// date is closed or a holiday, which cuts it at midnight. Ranges that
// overlap count once. Instants may be given in any zone; results are in the
// calendar's.
//
// Add and Elapsed count runs of ordinary days (no holiday, closed date,
// override or change of the clock) whole from weekly totals, and walk only
// the other days hour by hour, so adding 2,000 business hours costs little
// more than adding ten. They do not allocate. A nil *Calendar is open all the time, which is how
// calendar-time targets are measured.
//
// # The text form
//
// Configuration files and command lines give calendars in a compact text
// form, read by [ParseCalendar] and written by [Calendar.String]:
//
//	Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00; sat 10:00-13:00; closed 2026-12-25; 2026-12-24 09:00-13:00
//
// Clauses are separated by semicolons or line breaks, and "#" starts a
// comment that runs to the end of its line. The grammar:
//
//	calendar = zone { ";" clause }
//	zone     = IANA time zone name          Europe/Madrid, America/Bogota, UTC
//	clause   = days " " hours               weekly hours of those days
//	         | "closed " date { "," date }  closed dates
//	         | date " " hours               an override: the date's own hours
//	         | "24x7"                       every day from 00:00 to 24:00
//	days     = span { "," span } | "daily"  mon-fri; sat,sun; fri-mon
//	span     = day [ "-" day ]              a span may wrap round the weekend
//	day      = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun"
//	hours    = range { "," range } | "none"
//	range    = time "-" time                09:00-14:00; 22:00-06:00
//	time     = HH:MM or H:MM                from 00:00 to 24:00
//	date     = YYYY-MM-DD
//
// Day names and keywords may be in any case, and white space around commas
// and hyphens does not matter. Clauses for the same day or date add up; an
// override of "none" gives its date no hours of its own. The zone comes
// first and must be a name that time.LoadLocation knows, other than Local.
// String writes the days that share their hours together, from Monday, then
// the closed dates and the overrides in date order; ParseCalendar reads it
// back to an equal calendar ([Calendar.Equal]). Errors are [*ParseError]
// values that tell where the text is wrong and match [ErrSyntax],
// [ErrZone], [ErrClock], [ErrDate] or [ErrRange].
//
// A *Calendar is an encoding.TextMarshaler and TextUnmarshaler in this form,
// so it can be a command-line flag:
//
//	cal := sla.MustParseCalendar("Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00")
//	flag.TextVar(cal, "calendar", cal, "business hours")
//
// # JSON
//
// Hosts keep calendars in their database as JSON ([Calendar.MarshalJSON],
// [Calendar.UnmarshalJSON]), in this shape:
//
//	{"tz": "Europe/Madrid",
//	 "week": {"mon": [["09:00","14:00"],["16:00","19:00"]], "tue": […], …, "sun": []},
//	 "closed": ["2026-12-25"],
//	 "overrides": {"2026-12-24": [["09:00","13:00"]]}}
//
// "closed" lists the local dates on which the calendar is closed,
// "overrides" replaces the hours of a date, and a missing day of the week
// is closed. Unknown keys, zones, dates and times are errors. Neither form
// carries holidays: the host attaches them after decoding.
//
// # Holidays
//
// Holiday sets satisfy [Holidays], a one-method interface that gives the
// first holiday of a span of dates, so that a calendar can skip weeks that
// hold none. A calendar is closed on the holidays of every set in
// Calendar.Holidays. The sets are:
//
//   - the national holidays of 48 countries (es, mx, ar, co, us, gb,
//     br, pt, fr, de, it, …) from the calholidays subpackage, which adapts
//     the holiday data of github.com/rickar/cal/v2 and adds Colombia's;
//   - [Dates], the host's own list of dates ([NewDates]), such as the
//     regional and local holidays of Madrid or Catalonia, or company days
//     off;
//   - the all-day events of an iCalendar file, read by [ReadICalendar], as
//     governments and calendar applications publish them;
//   - [HolidayFunc], any func(Date) bool.
//
// # Policies
//
// A [Policy] is a response promise. Its [Rule] values give [Targets] for
// four metrics, chosen by the conversation's [Attributes] (priority,
// message type, channel, customer tier); the first rule that matches
// applies:
//
//   - [FirstReply]: from the customer's first message to the first public
//     reply;
//   - [NextReply]: from the oldest customer message that has no answer yet
//     to the next public reply, after the first reply;
//   - [PeriodicUpdate]: from each public reply to the next, while the
//     conversation is not solved;
//   - [Resolution]: from the customer's first message, or from a reopening,
//     until the conversation is solved.
//
// Each [Target] is a time in business time (on the policy's calendar, or
// the rule's) or in calendar time, with [Threshold] values that warn when a
// share of the time is used or when some time is left, and the phases in
// which its clock stops. [Prompt] is the built-in promise of written
// customer service, a first answer and an answer to each later message
// within 24 hours, or 6 hours for the better promise; [ParsePolicy] finds it
// by name ("prompt", "prompt6h"):
//
//	p, err := sla.ParsePolicy("prompt6h")
//	p.Calendar = cal
//
// # Events and status
//
// [Policy.Status] works out where a conversation stands at an instant from
// its events and nothing else, so a status can be computed again for any
// past instant. The events:
//
//   - [Inbound], a customer message, starts the first reply and resolution
//     clocks, or a next reply when the earlier messages have been answered.
//     It opens the conversation again from any phase, and a solved one
//     starts a new resolution cycle.
//   - [Reply], a public reply, achieves the first or next reply and the
//     periodic update, and starts the next periodic update.
//   - [Note], an internal note, moves no clock.
//   - [StatusChange] moves the conversation to [Open], [Pending] (waiting on
//     the customer), [OnHold] (waiting on someone else), [Solved] or
//     [Reopened]. Each target stops its clock in the phases it lists;
//     solving achieves the reply clocks and resolution, and drops the
//     periodic update.
//   - [PriorityChange] and [PolicyChange] choose the rule again: running
//     clocks keep their start and take the new target.
//
// Automatic mail (Event.Auto) moves nothing: an out-of-office reply from
// the customer's side does not start or restart a clock, and an automatic
// acknowledgement does not count as a reply. The host sets the flag, for
// example from the classify package's verdict.
//
// For each metric the [Status] gives a [MetricStatus]: its [State]
// ("inactive", "active", "paused", "breached", "achieved" or
// "achieved_late"), the due time, the time elapsed and remaining in the
// target's kind of time, the share used and the warnings crossed. Finished
// cycles stay in Status.History for reports. A Status encodes to JSON with
// states as those strings, durations as Go duration strings and the
// metrics as an object keyed by name:
//
//	{"first_reply": {"metric": "first_reply", "state": "active", "due": "2026-03-30T17:00:00+02:00", "remaining": "3h0m0s", …}}
//
// Events that cannot be used are skipped and recorded in Status.Defects,
// each matching its kind ([ErrNoTime], [ErrUnknownKind], [ErrUnknownTo],
// [ErrUnknownPolicy]) with errors.Is.
//
// # Wake-ups
//
// A status changes without a new event only when a clock crosses a warning
// threshold or its due time. Status.NextChange is the next such instant, or
// zero when nothing will change until the next event, so a host schedules
// one wake-up per conversation instead of polling:
//
//	st := policy.Status(events, now)
//	if !st.NextChange.IsZero() {
//		scheduler.WakeAt(conversationID, st.NextChange) // the host's own
//	}
package sla
