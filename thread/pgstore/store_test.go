package pgstore_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/cartero/cartero/thread"
	"github.com/cartero/cartero/thread/pgstore"
	"github.com/cartero/cartero/thread/pgstore/pgstoretest"
	"github.com/cartero/cartero/thread/threadtest"
)

func TestStore(t *testing.T) {
	pgstoretest.Require(t)
	threadtest.TestStore(t, func() thread.Store { return pgstoretest.New(t) })
}

var t0 = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

// TestOddIDs stores ids and keys PostgreSQL cannot index or hold as they
// are: long, not UTF-8, with NUL bytes.
func TestOddIDs(t *testing.T) {
	ctx := context.Background()
	s := pgstoretest.New(t)
	long := strings.Repeat("x", 5000) + "@example.com"
	long2 := strings.Repeat("x", 5000) + "@example.org" // the same prefix
	odd := []string{long, long2, "bad\xffutf8@x", "nul\x00@x", "ñandú@x"}
	conv, err := s.Create(ctx, &thread.Change{
		ID: long, References: odd[1:], Time: t0,
		Participants: []thread.Participant{{Address: strings.Repeat("a", 3000) + "@x", Role: thread.RoleRequester}},
		Customer:     "nul\x00@x", Subject: strings.Repeat("pedido ", 1000), Cutoff: t0,
	})
	if err != nil {
		t.Fatal(err)
	}
	cs, err := s.Claims(ctx, append(odd, "other@x"))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, c := range cs {
		if c.Conversation != conv || c.Added != (c.ID == long) {
			t.Errorf("claim %+v", c)
		}
		got[c.ID] = true
	}
	for _, id := range odd {
		if !got[id] {
			t.Errorf("no claim on %.20q", id)
		}
	}
	if r, err := s.Role(ctx, conv, strings.Repeat("a", 3000)+"@x"); err != nil || r != thread.RoleRequester {
		t.Errorf("Role = %v, %v", r, err)
	}
	if c, _, err := s.Latest(ctx, "nul\x00@x", strings.Repeat("pedido ", 1000)); err != nil || c != conv {
		t.Errorf("Latest = %v, %v", c, err)
	}
	_, err = s.Create(ctx, &thread.Change{ID: "new@x", References: []string{long2}})
	var ce *thread.ConflictError
	if !errors.As(err, &ce) || len(ce.IDs) != 1 || ce.IDs[0] != long2 {
		t.Errorf("Create with a claimed long reference: %v", err)
	}
	if err := s.Append(ctx, conv, &thread.Change{ID: long}); !errors.Is(err, thread.ErrDuplicate) {
		t.Errorf("Append of the long id again: %v", err)
	}
	if err := s.Append(ctx, "nul\x00", &thread.Change{ID: "z@x"}); !errors.Is(err, thread.ErrNotFound) {
		t.Errorf("Append to an odd conversation id: %v", err)
	}
}

// TestContext checks that every method gives up with the context.
func TestContext(t *testing.T) {
	s := pgstoretest.New(t)
	conv, err := s.Create(context.Background(), &thread.Change{ID: "a@x"})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	calls := map[string]func() error{
		"Claims":  func() error { _, err := s.Claims(ctx, []string{"a@x"}); return err },
		"Role":    func() error { _, err := s.Role(ctx, conv, "ana@example.com"); return err },
		"Latest":  func() error { _, _, err := s.Latest(ctx, "ana@example.com", "x"); return err },
		"Create":  func() error { _, err := s.Create(ctx, &thread.Change{ID: "b@x"}); return err },
		"Append":  func() error { return s.Append(ctx, conv, &thread.Change{ID: "c@x"}) },
		"Events":  func() error { _, err := s.Events(ctx, conv); return err },
		"KeyRing": func() error { _, err := s.KeyRing(ctx); return err },
		"Migrate": func() error { return s.Migrate(ctx) },
	}
	for name, call := range calls {
		err := call()
		if !errors.Is(err, context.Canceled) {
			t.Errorf("%s with a canceled context: %v", name, err)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "pgstore: ") {
			t.Errorf("%s: error %q lacks the package prefix", name, err)
		}
	}
	if cs, err := s.Claims(context.Background(), []string{"b@x", "c@x"}); err != nil || len(cs) != 0 {
		t.Errorf("canceled calls wrote claims: %v, %v", cs, err)
	}
}

func TestOpenFails(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := pgstore.Open(ctx, "postgres://nobody:secret@127.0.0.1:1/none?connect_timeout=2")
	if err == nil || !strings.HasPrefix(err.Error(), "pgstore: ") {
		t.Fatalf("Open of a closed port: %v", err)
	}
	if strings.Contains(err.Error(), "secret") {
		t.Errorf("the error shows the password: %v", err)
	}
	if _, err := pgstore.Open(ctx, "postgres://%zz"); err == nil {
		t.Error("Open of a malformed DSN succeeded")
	}
}
