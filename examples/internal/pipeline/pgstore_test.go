package pipeline

import (
	"testing"

	"github.com/cartero/cartero/thread"
	"github.com/cartero/cartero/thread/pgstore"
	"github.com/cartero/cartero/thread/pgstore/pgstoretest"
)

var _ Events = (*pgstore.Store)(nil)

// TestProcessInboxPostgres is TestProcessInbox with conversations and
// events in PostgreSQL: the output is triage's, byte for byte.
func TestProcessInboxPostgres(t *testing.T) {
	st := pgstoretest.New(t)
	processInbox(t, func(p *Pipeline) {
		p.Index = &thread.Index{Store: st}
		p.Events = st
	})
}
