// Package pgstoretest gives tests a fresh PostgreSQL database for a
// [pgstore.Store], on the server named by the environment variable
// CARTERO_POSTGRES_DSN, and skips them when it is not set. The script
// .ci/postgres at the root of the Cartero module starts such a server:
//
//	eval "$(.ci/postgres)"
//	go test ./...
//
// Each database is created for one test, named cartero_test_ and random
// hex digits, and dropped when the test ends; the role in the DSN needs
// the CREATEDB privilege.
package pgstoretest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/cartero/cartero/thread/pgstore"
)

// EnvDSN is the environment variable that names the server.
const EnvDSN = "CARTERO_POSTGRES_DSN"

// skipMessage is what tests say when they skip.
const skipMessage = "pgstore: no PostgreSQL server configured; set " + EnvDSN + " (see .ci/postgres)"

// New returns a Store on a new, migrated database that is dropped when t
// ends, after the Store is closed. It skips t when CARTERO_POSTGRES_DSN is
// not set.
func New(t testing.TB) *pgstore.Store {
	t.Helper()
	dsn := DSN(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s, err := pgstore.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

// DSN returns the DSN of a new, migrated database that is dropped when t
// ends, so that a test may open several Stores on it, as several
// processes would. Stores opened on it must be closed before t ends
// (with t.Cleanup, for instance); the database is dropped even if they
// are not. It skips t when CARTERO_POSTGRES_DSN is not set.
func DSN(t testing.TB) string {
	t.Helper()
	dsn := EmptyDSN(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s, err := pgstore.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return dsn
}

// Require skips t unless CARTERO_POSTGRES_DSN names a server, and
// returns its value. A test that makes stores inside subtests, as
// [github.com/cartero/cartero/thread/threadtest.TestStore] does, calls it first, since a subtest cannot skip
// its parent:
//
//	func TestStore(t *testing.T) {
//		pgstoretest.Require(t)
//		threadtest.TestStore(t, func() thread.Store { return pgstoretest.New(t) })
//	}
func Require(t testing.TB) string {
	t.Helper()
	server := os.Getenv(EnvDSN)
	if server == "" {
		t.Skip(skipMessage)
	}
	return server
}

// EmptyDSN is DSN without the migration: the database has no tables,
// for tests of [pgstore.Store.Migrate].
func EmptyDSN(t testing.TB) string {
	t.Helper()
	server := Require(t)
	var b [8]byte
	rand.Read(b[:])
	name := "cartero_test_" + hex.EncodeToString(b[:])

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := exec(ctx, server, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("pgstoretest: creating a database: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		// FORCE ends the sessions of Stores left open.
		if err := exec(ctx, server, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("pgstoretest: dropping database %s: %v", name, err)
		}
	})
	return withDatabase(server, name)
}

// exec runs one statement on a connection of its own.
func exec(ctx context.Context, dsn, sql string) error {
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, sql)
	return err
}

// withDatabase returns dsn with its database replaced by name. dsn is a
// URL or keyword/value settings, where a later setting wins.
func withDatabase(dsn, name string) string {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		if u, err := url.Parse(dsn); err == nil {
			u.Path = "/" + name
			u.RawPath = ""
			return u.String()
		}
	}
	return dsn + " dbname=" + name
}
