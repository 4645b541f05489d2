package calholidays

import (
	"time"

	"github.com/rickar/cal/v2"
)

// colombia returns the national holidays of Colombia, which
// github.com/rickar/cal/v2 does not define. Law 51 of 1983 (the "Ley
// Emiliani") moves seven fixed holidays and three that follow Easter to the
// next Monday; the other fixed ones and Maundy Thursday and Good Friday
// stay where they fall.
func colombia() []*cal.Holiday {
	// The next Monday, for a holiday that falls on another day.
	monday := []cal.AltDay{
		{Day: time.Tuesday, Offset: 6},
		{Day: time.Wednesday, Offset: 5},
		{Day: time.Thursday, Offset: 4},
		{Day: time.Friday, Offset: 3},
		{Day: time.Saturday, Offset: 2},
		{Day: time.Sunday, Offset: 1},
	}
	fixed := func(name string, m time.Month, d int) *cal.Holiday {
		return &cal.Holiday{Name: name, Type: cal.ObservancePublic, Month: m, Day: d, Func: cal.CalcDayOfMonth}
	}
	moved := func(name string, m time.Month, d int) *cal.Holiday {
		h := fixed(name, m, d)
		h.StartYear = 1984
		h.Observed = monday
		return h
	}
	easter := func(name string, offset int) *cal.Holiday {
		return &cal.Holiday{Name: name, Type: cal.ObservancePublic, Offset: offset, Func: cal.CalcEasterOffset}
	}
	return []*cal.Holiday{
		fixed("Año Nuevo", time.January, 1),
		moved("Día de los Reyes Magos", time.January, 6),
		moved("Día de San José", time.March, 19),
		easter("Jueves Santo", -3),
		easter("Viernes Santo", -2),
		fixed("Día del Trabajo", time.May, 1),
		easter("Día de la Ascensión", 43),      // Thursday, Easter + 39, moved to Monday
		easter("Corpus Christi", 64),           // Thursday, Easter + 60, moved to Monday
		easter("Sagrado Corazón de Jesús", 71), // Friday, Easter + 68, moved to Monday
		moved("San Pedro y San Pablo", time.June, 29),
		fixed("Día de la Independencia", time.July, 20),
		fixed("Batalla de Boyacá", time.August, 7),
		moved("La Asunción de la Virgen", time.August, 15),
		moved("Día de la Raza", time.October, 12),
		moved("Todos los Santos", time.November, 1),
		moved("Independencia de Cartagena", time.November, 11),
		fixed("Inmaculada Concepción", time.December, 8),
		fixed("Navidad", time.December, 25),
	}
}
