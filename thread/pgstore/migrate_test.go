package pgstore_test

import (
	"context"
	"sync"
	"testing"

	"github.com/cartero/cartero/thread"
	"github.com/cartero/cartero/thread/pgstore/pgstoretest"
)

func TestMigrateTwice(t *testing.T) {
	ctx := context.Background()
	dsn := pgstoretest.DSN(t) // migrated once
	s := open(t, dsn)
	conv, err := s.Create(ctx, &thread.Change{ID: "a@x"})
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := s.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if n := count(t, dsn, "schema_version"); n != 1 {
		t.Errorf("%d schema versions recorded, want 1", n)
	}
	if cs, err := s.Claims(ctx, []string{"a@x"}); err != nil || len(cs) != 1 || cs[0].Conversation != conv {
		t.Errorf("after migrating again, Claims = %v, %v", cs, err)
	}
}

// TestMigrateConcurrent migrates a new database from several processes at
// once.
func TestMigrateConcurrent(t *testing.T) {
	ctx := context.Background()
	dsn := pgstoretest.EmptyDSN(t)
	const n = 6
	var wg sync.WaitGroup
	for i := range n {
		s := open(t, dsn)
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := s.Migrate(ctx); err != nil {
				t.Errorf("process %d: %v", i, err)
			}
		}()
	}
	wg.Wait()
	if n := count(t, dsn, "schema_version"); n != 1 {
		t.Errorf("%d schema versions recorded, want 1", n)
	}
	s := open(t, dsn)
	if _, err := s.Create(ctx, &thread.Change{ID: "a@x"}); err != nil {
		t.Errorf("Create after migrating: %v", err)
	}
}

func TestMigrateNewer(t *testing.T) {
	ctx := context.Background()
	dsn := pgstoretest.DSN(t)
	s := open(t, dsn)
	if err := exec(ctx, dsn, "INSERT INTO schema_version (version) VALUES (99)"); err != nil {
		t.Fatal(err)
	}
	if err := s.Migrate(ctx); err == nil {
		t.Error("Migrate accepted a database of a newer version")
	}
}
