package pgstore

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// migrateLock is the key of the advisory lock Migrate holds, so that
// processes starting at once migrate one after the other. It spells
// "Cartero1" in ASCII.
const migrateLock = 0x43617274_65726f31

// migrations are the schema's versions: migrations[i] takes the schema
// from version i to i+1. Released versions are never edited; a change is
// a new version.
var migrations = []string{
	// 1: conversations, claims, participants and subjects as in the
	// relational sketch of thread.Store, the SLA event log and the keys.
	`
CREATE SEQUENCE conversation_ids;

CREATE TABLE conversations (
	id   text PRIMARY KEY,     -- thread.SerialID of a conversation_ids value
	last timestamptz NOT NULL  -- of the latest message; 0001-01-01 when unknown
);

CREATE TABLE claims (
	id           text PRIMARY KEY,  -- a message id
	conversation text NOT NULL REFERENCES conversations,
	added        boolean NOT NULL   -- the message itself was added, not only referred to
);

CREATE TABLE participants (
	conversation text NOT NULL REFERENCES conversations,
	address      text NOT NULL,  -- lower-cased
	role         text NOT NULL,  -- thread.Role's name: requester, cc, agent
	PRIMARY KEY (conversation, address)
);

CREATE TABLE subjects (
	customer     text NOT NULL,
	subject      text NOT NULL,  -- normalized
	conversation text NOT NULL REFERENCES conversations,
	PRIMARY KEY (customer, subject)
);

CREATE TABLE sla_events (
	seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- order of appending
	conversation text NOT NULL,
	id           text NOT NULL,         -- the host's id of the event; '' when none
	at           timestamptz NOT NULL,
	at_ns        smallint NOT NULL,     -- nanoseconds below the microsecond
	at_zone      text NOT NULL,         -- time.Location name: UTC, Europe/Madrid, ...
	at_offset    integer NOT NULL,      -- seconds east of UTC at that instant
	kind         text NOT NULL,         -- sla.Kind's name
	auto         boolean NOT NULL,
	to_phase     text NOT NULL,         -- sla.Phase's name
	policy       text NOT NULL,
	priority     text NOT NULL,
	channel      text NOT NULL,
	type         text NOT NULL,
	tier         text NOT NULL
);
CREATE INDEX sla_events_conversation ON sla_events (conversation, seq);
-- md5 keeps the index small and any id indexable; it only guards retries.
CREATE UNIQUE INDEX sla_events_id ON sla_events (conversation, md5(id)) WHERE id <> '';

CREATE TABLE keys (
	seq     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- newest is highest
	id      text NOT NULL UNIQUE,  -- thread.Key.ID
	secret  bytea NOT NULL,
	created timestamptz NOT NULL DEFAULT now()
);
`,
}

// Migrate creates the Store's tables in a new database, or brings those
// of an older version of Cartero up to date; on a database already up to
// date it changes nothing. It takes the tables' schema from the
// connection's search_path, as every other method does.
//
// Migrate runs in one transaction that holds an advisory lock, so
// processes that start at once may all call it: one migrates, the others
// wait for it and find nothing to do. It fails, changing nothing, on a
// database migrated by a newer version of Cartero.
func (s *Store) Migrate(ctx context.Context) error {
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrateLock)); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
			version integer PRIMARY KEY,
			applied timestamptz NOT NULL DEFAULT now()
		)`); err != nil {
			return err
		}
		var v int
		if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&v); err != nil {
			return err
		}
		if v > len(migrations) {
			return fmt.Errorf("the database has schema version %d, newer than this Cartero's %d", v, len(migrations))
		}
		for ; v < len(migrations); v++ {
			if _, err := tx.Exec(ctx, migrations[v]); err != nil {
				return fmt.Errorf("to schema version %d: %w", v+1, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO schema_version (version) VALUES ($1)`, v+1); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("pgstore: migrating: %w", err)
	}
	return nil
}
