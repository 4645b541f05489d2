package pgstore_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/thread"
	"github.com/cartero/cartero/thread/pgstore"
	"github.com/cartero/cartero/thread/pgstore/pgstoretest"
)

// processes opens n Stores on one new database, each with its own pool,
// as n processes of a host would.
func processes(t *testing.T, n int) (string, []*pgstore.Store) {
	dsn := pgstoretest.DSN(t)
	stores := make([]*pgstore.Store, n)
	for i := range stores {
		stores[i] = open(t, dsn)
	}
	return dsn, stores
}

// addAll adds msgs at once, message i through an Index on stores[i%len],
// and returns their results.
func addAll(t *testing.T, stores []*pgstore.Store, msgs []*correspondence.Message) []thread.Result {
	t.Helper()
	results := make([]thread.Result, len(msgs))
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i, m := range msgs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ix := &thread.Index{Store: stores[i%len(stores)]}
			<-start
			res, err := ix.Add(context.Background(), m)
			if err != nil {
				t.Errorf("Add %s: %v", m.ID, err)
			}
			results[i] = res
		}()
	}
	close(start)
	wg.Wait()
	return results
}

// wantOneConversation checks that all msgs went to one conversation,
// which claims each as added.
func wantOneConversation(t *testing.T, st thread.Store, msgs []*correspondence.Message, results []thread.Result) {
	t.Helper()
	conv := results[0].Conversation
	var ids []string // once each: a message may be delivered twice
	for i, res := range results {
		if res.Conversation != conv {
			t.Fatalf("message %s went to %q, message %s to %q", msgs[i].ID, res.Conversation, msgs[0].ID, conv)
		}
		if !slices.Contains(ids, msgs[i].ID) {
			ids = append(ids, msgs[i].ID)
		}
	}
	cs, err := st.Claims(context.Background(), ids)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != len(ids) {
		t.Errorf("%d of %d messages claimed", len(cs), len(ids))
	}
	for _, c := range cs {
		if c.Conversation != conv || !c.Added {
			t.Errorf("claim %+v, want added to %s", c, conv)
		}
	}
}

// TestConcurrentReplies adds the replies of one conversation from two
// processes at once, many at a time in each.
func TestConcurrentReplies(t *testing.T) {
	dsn, stores := processes(t, 2)
	t1 := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	const customer = "María Pérez <maria.perez@correo.example>"
	root := mail(t, "root@correo.example", customer, "Pedido 4471", t1)
	if _, err := (&thread.Index{Store: stores[0]}).Add(context.Background(), root); err != nil {
		t.Fatal(err)
	}
	const n = 48
	msgs := make([]*correspondence.Message, n)
	for i := range msgs {
		id := fmt.Sprintf("reply%d@correo.example", i)
		at := t1.Add(time.Duration(i+1) * time.Minute)
		switch i % 3 {
		case 0: // to the first message
			msgs[i] = mail(t, id, customer, "Re: Pedido 4471", at, root.ID)
		case 1: // to a reply that may not be there yet
			msgs[i] = mail(t, id, customer, "Re: Pedido 4471", at, root.ID, fmt.Sprintf("reply%d@correo.example", i-1))
		case 2: // to a message never received, by its subject
			msgs[i] = mail(t, id, customer, "RE: pedido 4471", at, fmt.Sprintf("lost%d@correo.example", i))
		}
	}
	results := addAll(t, stores, msgs)
	wantOneConversation(t, stores[1], append(msgs, root), append(results, thread.Result{Conversation: results[0].Conversation}))
	if n := count(t, dsn, "conversations"); n != 1 {
		t.Errorf("%d conversations, want 1", n)
	}
}

// TestConcurrentFirstMessages adds the first message of a conversation
// and its replies at once from two processes, round after round: each
// round must make one conversation.
func TestConcurrentFirstMessages(t *testing.T) {
	dsn, stores := processes(t, 2)
	const rounds, n = 12, 10 // the first message comes once through each process
	t1 := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	for round := range rounds {
		customer := fmt.Sprintf("Cliente %d <cliente%d@correo.example>", round, round)
		subject := fmt.Sprintf("Pedido %d", round)
		root := fmt.Sprintf("first%d@correo.example", round)
		msgs := make([]*correspondence.Message, n)
		for i := range msgs {
			at := t1.Add(time.Duration(i) * time.Minute)
			id := fmt.Sprintf("m%d-%d@correo.example", round, i)
			switch i % 5 {
			case 0: // the first message, once from each process
				msgs[i] = mail(t, root, customer, subject, t1)
			case 1: // a reply to it
				msgs[i] = mail(t, id, customer, "Re: "+subject, at, root)
			case 2: // a reply to a reply
				msgs[i] = mail(t, id, customer, "Re: "+subject, at, root, fmt.Sprintf("m%d-%d@correo.example", round, i-1))
			case 3, 4: // the customer again, same subject, no references
				msgs[i] = mail(t, id, customer, subject, at)
			}
		}
		results := addAll(t, stores, msgs)
		wantOneConversation(t, stores[0], msgs, results)
		news := 0
		for _, res := range results {
			if res.Match == thread.MatchNew {
				news++
			}
		}
		if news != 1 {
			t.Errorf("round %d: %d messages started a conversation, want 1", round, news)
		}
	}
	if n := count(t, dsn, "conversations"); n != rounds {
		t.Errorf("%d conversations, want %d", n, rounds)
	}
}
