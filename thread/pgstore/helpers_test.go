package pgstore_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/thread/pgstore"
)

// open opens a Store on dsn with a pool of its own, as another process
// would, closed when t ends.
func open(t testing.TB, dsn string) *pgstore.Store {
	t.Helper()
	switch {
	case !strings.Contains(dsn, "://"):
		dsn += " pool_max_conns=8"
	case strings.Contains(dsn, "?"):
		dsn += "&pool_max_conns=8"
	default:
		dsn += "?pool_max_conns=8"
	}
	s, err := pgstore.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

// count returns the rows of table in the database of dsn.
func count(t testing.TB, dsn, table string) int {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM "+table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// mail parses a message from a customer of the help desk; refs are the
// ids it answers, oldest first.
func mail(t testing.TB, id, from, subject string, at time.Time, refs ...string) *correspondence.Message {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "From: %s\r\nTo: soporte@tiendasol.example\r\nSubject: %s\r\n", from, subject)
	fmt.Fprintf(&b, "Message-ID: <%s>\r\nDate: %s\r\n", id, at.Format(time.RFC1123Z))
	if len(refs) > 0 {
		fmt.Fprintf(&b, "In-Reply-To: <%s>\r\nReferences: <%s>\r\n", refs[len(refs)-1], strings.Join(refs, "> <"))
	}
	b.WriteString("\r\nHola.\r\n")
	m, err := correspondence.Parse(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// exec runs a statement on the database of dsn.
func exec(ctx context.Context, dsn, sql string, args ...any) error {
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, sql, args...)
	return err
}

// queryRow scans the one row sql returns from the database of dsn.
func queryRow(ctx context.Context, dsn, sql string, dest ...any) error {
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	return conn.QueryRow(ctx, sql).Scan(dest...)
}
