package main

import (
	"context"
	"fmt"

	"github.com/cartero/cartero/examples/internal/pipeline"
	"github.com/cartero/cartero/thread"
	"github.com/cartero/cartero/thread/pgstore"
)

// openPostgres makes index and p keep conversations, the key ring that
// signs conversation tokens and SLA events in the PostgreSQL database at
// dsn, creating or upgrading its tables first. It returns the function that
// closes the database.
func openPostgres(ctx context.Context, dsn string, index *thread.Index, p *pipeline.Pipeline) (func(), error) {
	st, err := pgstore.Open(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("-postgres: %w", err)
	}
	if err := st.Migrate(ctx); err != nil {
		st.Close()
		return nil, fmt.Errorf("-postgres: %w", err)
	}
	keys, err := st.KeyRing(ctx)
	if err != nil {
		st.Close()
		return nil, fmt.Errorf("-postgres: %w", err)
	}
	index.Store, index.Keys = st, keys
	p.Events = st
	return func() { st.Close() }, nil
}
