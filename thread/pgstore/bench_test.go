package pgstore_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/thread"
	"github.com/cartero/cartero/thread/pgstore/pgstoretest"
)

var benchKeys = thread.MustKeyRing(thread.Key{ID: "A", Secret: []byte("benchmark secret, 32 bytes long.")})

// BenchmarkAdd files a reply to a known conversation: Index.Add reads the
// claims and the sender's role and appends, in three calls to the server.
func BenchmarkAdd(b *testing.B) {
	ctx := context.Background()
	ix := &thread.Index{Store: pgstoretest.New(b), Keys: benchKeys}
	t1 := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	const customer = "María Pérez <maria.perez@correo.example>"
	root := mail(b, "root@correo.example", customer, "Pedido 4471", t1)
	first, err := ix.Add(ctx, root)
	if err != nil {
		b.Fatal(err)
	}
	msgs := make([]*correspondence.Message, b.N)
	for i := range msgs {
		msgs[i] = mail(b, fmt.Sprintf("reply%d@correo.example", i), customer, "Re: Pedido 4471",
			t1.Add(time.Duration(i)*time.Second), root.ID)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for _, m := range msgs {
		res, err := ix.Add(ctx, m)
		if err != nil || res.Conversation != first.Conversation {
			b.Fatalf("Add = %+v, %v", res, err)
		}
	}
}

// BenchmarkAddNew files first messages, each a new conversation.
func BenchmarkAddNew(b *testing.B) {
	ctx := context.Background()
	ix := &thread.Index{Store: pgstoretest.New(b), Keys: benchKeys}
	t1 := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	msgs := make([]*correspondence.Message, b.N)
	for i := range msgs {
		msgs[i] = mail(b, fmt.Sprintf("first%d@correo.example", i), fmt.Sprintf("cliente%d@correo.example", i),
			fmt.Sprintf("Pedido %d", i), t1.Add(time.Duration(i)*time.Second))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for _, m := range msgs {
		if res, err := ix.Add(ctx, m); err != nil || res.Match != thread.MatchNew {
			b.Fatalf("Add = %+v, %v", res, err)
		}
	}
}
