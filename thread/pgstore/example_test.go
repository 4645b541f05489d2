package pgstore_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/sla"
	"github.com/cartero/cartero/thread"
	"github.com/cartero/cartero/thread/pgstore"
)

// A host opens the store, migrates it, loads the shared keys and files an
// arriving message, then logs its SLA event.
func Example() {
	ctx := context.Background()
	store, err := pgstore.Open(ctx, os.Getenv("CARTERO_POSTGRES_DSN"))
	if err != nil {
		log.Fatal(err)
	}
	defer store.Close()
	if err := store.Migrate(ctx); err != nil {
		log.Fatal(err)
	}
	keys, err := store.KeyRing(ctx)
	if err != nil {
		log.Fatal(err)
	}
	index := &thread.Index{Store: store, Keys: keys}

	msg, err := correspondence.Parse(strings.NewReader("From: María Pérez <maria.perez@correo.example>\r\n" +
		"To: soporte@tiendasol.example\r\n" +
		"Subject: ¿Dónde está mi pedido?\r\n" +
		"Message-ID: <pedido-4471@correo.example>\r\n" +
		"Date: Mon, 23 Nov 2026 10:15:00 +0100\r\n" +
		"\r\n" +
		"Hola, mi pedido 4471 no ha llegado.\r\n"))
	if err != nil {
		log.Fatal(err)
	}
	res, err := index.Add(ctx, msg)
	if err != nil {
		log.Fatal(err)
	}
	err = store.AppendEvent(ctx, res.Conversation, sla.Event{At: msg.Date, Kind: sla.Inbound, ID: msg.ID})
	if err != nil {
		log.Fatal(err)
	}
	events, err := store.Events(ctx, res.Conversation)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Match, len(events), events[0].At.Format(time.RFC3339))
}
