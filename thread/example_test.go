package thread_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/thread"
)

func ExampleBuild() {
	at := func(day, hour int) time.Time { return time.Date(2024, 3, day, hour, 0, 0, 0, time.UTC) }
	ana := correspondence.Address{Name: "Ana García", Address: "ana@example.com"}
	luis := correspondence.Address{Name: "Luis Pérez", Address: "luis@example.com"}
	shop := correspondence.Address{Name: "Tienda Sol", Address: "soporte@tiendasol.example"}
	msgs := []*correspondence.Message{
		{ID: "1@example.com", From: ana, To: []correspondence.Address{shop}, Subject: "Estado del pedido", Date: at(4, 9)},
		{ID: "2@tiendasol.example", InReplyTo: []string{"1@example.com"}, References: []string{"1@example.com"},
			From: shop, To: []correspondence.Address{ana}, Subject: "RE: Estado del pedido", Date: at(4, 11)},
		// Ana answers from a client that sets no threading headers.
		{ID: "3@example.com", From: ana, To: []correspondence.Address{shop}, Subject: "RE: RE: Estado del pedido", Date: at(5, 8)},
		// Luis writes with the same subject: another conversation.
		{ID: "4@example.com", From: luis, To: []correspondence.Address{shop}, Subject: "Estado del pedido", Date: at(5, 9)},
		// An answer to a message that is not here.
		{ID: "5@tiendasol.example", InReplyTo: []string{"0@example.com"}, References: []string{"0@example.com"},
			From: shop, To: []correspondence.Address{luis}, Subject: "RE: Devolución", Date: at(3, 10)},
	}
	for _, th := range thread.Build(msgs) {
		for n, depth := range th.Nodes() {
			what := "(missing)"
			if n.Message != nil {
				what = n.Message.Subject
			}
			fmt.Printf("%s%s %s [%s]\n", strings.Repeat("  ", depth), n.ID, what, n.Link)
		}
	}
	// Output:
	// 0@example.com (missing) [root]
	//   5@tiendasol.example RE: Devolución [in-reply-to]
	// 1@example.com Estado del pedido [root]
	//   2@tiendasol.example RE: Estado del pedido [in-reply-to]
	//     3@example.com RE: RE: Estado del pedido [subject]
	// 4@example.com Estado del pedido [root]
}

func ExampleBuilder() {
	msgs := []*correspondence.Message{
		{ID: "a@x", From: correspondence.Address{Address: "ana@example.com"}, To: []correspondence.Address{{Address: "soporte@tiendasol.example"}},
			Subject: "Pedido 4471", Date: time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)},
		{ID: "b@x", From: correspondence.Address{Address: "ana@example.com"}, To: []correspondence.Address{{Address: "soporte@tiendasol.example"}},
			Subject: "Re: Pedido 4471", Date: time.Date(2024, 3, 4, 9, 0, 0, 0, time.UTC)},
	}
	for _, b := range []thread.Builder{{}, {Window: 48 * time.Hour}, {ReferencesOnly: true}} {
		fmt.Println(len(b.Build(msgs)))
	}
	// Output:
	// 1
	// 2
	// 2
}
