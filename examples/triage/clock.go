package main

// defaultCalendar is the business calendar -calendar defaults to: a
// Spanish split shift.
const defaultCalendar = "Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00"
