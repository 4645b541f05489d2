package when_test

import (
	"fmt"
	"time"

	"github.com/cartero/cartero/internal/when"
)

func ExampleFind() {
	madrid, err := time.LoadLocation("Europe/Madrid")
	if err != nil {
		panic(err)
	}
	now := time.Date(2026, 11, 26, 11, 0, 0, 0, madrid) // a Thursday
	reply := "Le llamaremos mañana a las 10:00. Si no es posible, le escribiremos " +
		"antes del viernes y, en cualquier caso, tendrá una respuesta en 2 días hábiles."
	for _, e := range when.Find(reply, now, "es-ES") {
		fmt.Printf("%q: %s to %s, deadline %v, business days %d\n", reply[e.Start:e.End],
			e.From.Format("Mon 2 Jan 15:04"), e.To.Format("Mon 2 Jan 15:04"), e.Deadline, e.BusinessDays)
	}
	// Output:
	// "mañana a las 10:00": Fri 27 Nov 10:00 to Fri 27 Nov 10:00, deadline false, business days 0
	// "antes del viernes": Thu 26 Nov 11:00 to Fri 27 Nov 00:00, deadline true, business days 0
	// "en 2 días hábiles": Thu 26 Nov 11:00 to Sat 28 Nov 11:00, deadline true, business days 2
}
