package pgstore_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/sla"
	"github.com/cartero/cartero/thread/pgstore/pgstoretest"
)

func TestEvents(t *testing.T) {
	ctx := context.Background()
	s := pgstoretest.New(t)
	madrid, err := time.LoadLocation("Europe/Madrid")
	if err != nil {
		t.Skip(err)
	}
	events := []sla.Event{
		{At: time.Date(2026, 11, 23, 10, 15, 0, 123456789, madrid), Kind: sla.Inbound, Channel: correspondence.Email,
			Type: "question", Tier: "gold", ID: "pedido-4471@correo.example"},
		{At: time.Date(2026, 7, 1, 9, 0, 0, 0, madrid), Kind: sla.Reply, Auto: true, ID: "ack@tiendasol.example"},
		{At: time.Date(2026, 11, 23, 11, 0, 0, 1, time.UTC), Kind: sla.StatusChange, To: sla.Pending},
		{At: time.Date(2026, 11, 23, 12, 0, 0, 999, time.FixedZone("", -3*3600)), Kind: sla.PriorityChange, Priority: "urgent"},
		{At: time.Date(2026, 11, 23, 13, 0, 0, 0, time.FixedZone("CET", 3600)), Kind: sla.PolicyChange, Policy: "vip"},
		{At: time.Date(2026, 11, 23, 13, 0, 0, 0, time.FixedZone("Mars/Olympus", 7777)), Kind: sla.Note},
		{Kind: sla.StatusChange, To: sla.Reopened, Channel: "sms", Tier: "ñ"}, // no time: Status reports it
		{At: time.Date(2026, 11, 23, 14, 0, 0, 0, madrid), Kind: sla.Inbound}, // no ID, twice
		{At: time.Date(2026, 11, 23, 14, 0, 0, 0, madrid), Kind: sla.Inbound},
	}
	for _, e := range events {
		if err := s.AppendEvent(ctx, "0001", e); err != nil {
			t.Fatal(err)
		}
	}
	// Retries of events with an ID change nothing, even with other fields.
	retry := events[0]
	retry.Type = "complaint"
	for _, e := range []sla.Event{retry, events[1]} {
		if err := s.AppendEvent(ctx, "0001", e); err != nil {
			t.Fatal(err)
		}
	}
	// The same ID in another conversation is another event.
	if err := s.AppendEvent(ctx, "0002", events[0]); err != nil {
		t.Fatal(err)
	}

	got, err := s.Events(ctx, "0001")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(events, got); diff != "" {
		t.Errorf("Events (-appended +read):\n%s", diff)
	}
	// Equal instants are not enough: the wall clock and zone come back too.
	for i := range min(len(got), len(events)) {
		w, g := events[i].At, got[i].At
		if w.Format(time.RFC3339Nano+" MST") != g.Format(time.RFC3339Nano+" MST") || w.Location().String() != g.Location().String() {
			t.Errorf("event %d: At %s (%s), want %s (%s)", i, g.Format(time.RFC3339Nano+" MST"), g.Location(), w.Format(time.RFC3339Nano+" MST"), w.Location())
		}
	}
	if got, err := s.Events(ctx, "0002"); err != nil || len(got) != 1 {
		t.Errorf("Events of the other conversation = %v, %v", got, err)
	}
	if got, err := s.Events(ctx, "0003"); err != nil || len(got) != 0 {
		t.Errorf("Events of a conversation without events = %v, %v", got, err)
	}

	for _, bad := range []sla.Event{{Kind: 0}, {Kind: 99}, {Kind: sla.StatusChange, To: 42}} {
		err := s.AppendEvent(ctx, "0001", bad)
		if !errors.Is(err, sla.ErrUnknownKind) && !errors.Is(err, sla.ErrUnknownTo) {
			t.Errorf("AppendEvent(%+v) = %v, want an unknown kind or phase", bad, err)
		}
	}
}

// TestEventRetries logs the same events from many goroutines at once.
func TestEventRetries(t *testing.T) {
	ctx := context.Background()
	dsn := pgstoretest.DSN(t)
	a, b := open(t, dsn), open(t, dsn)
	at := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := a
			if i%2 == 1 {
				s = b
			}
			for _, id := range []string{"m1@x", "m2@x", "m3@x"} {
				if err := s.AppendEvent(ctx, "0001", sla.Event{At: at, Kind: sla.Inbound, ID: id}); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	got, err := a.Events(ctx, "0001")
	if err != nil || len(got) != 3 {
		t.Errorf("Events = %v, %v; want 3 events", got, err)
	}
}
