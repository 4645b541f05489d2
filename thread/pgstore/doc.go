// Package pgstore keeps Cartero's conversations in PostgreSQL: a
// [thread.Store] that any number of processes may share, each with its
// own [thread.Index], together with the SLA event log of each
// conversation and the keys that sign conversation tokens. It talks to
// the server with [pgx] through a [pgxpool.Pool]; it is a package of its
// own so that programs that import [thread] do not link a database
// driver.
//
//	store, err := pgstore.Open(ctx, "postgres://cartero@db.example/cartero")
//	…
//	defer store.Close()
//	if err := store.Migrate(ctx); err != nil { … }
//	keys, err := store.KeyRing(ctx)
//	…
//	index := &thread.Index{Store: store, Keys: keys}
//
// [Open] makes a pool of its own from a DSN; [New] uses a pool the host
// already has. Either way the Store is safe for concurrent use.
//
// # Schema
//
// The tables follow the relational sketch of [thread.Store]:
//
//   - conversations (id, last): ids are [thread.SerialID] of the sequence
//     conversation_ids, and last is the time of the latest message
//     (0001-01-01 when no message had a time);
//   - claims (id, conversation, added): one row per message id, the
//     primary key, claimed by at most one conversation;
//   - participants (conversation, address, role), keyed on the first two;
//     roles are stored by name ("requester", "cc", "agent");
//   - subjects (customer, subject, conversation), keyed on the first two:
//     the subject key of each customer's latest conversation;
//   - sla_events: the event log, see Events below;
//   - keys (seq, id, secret, created): the signing keys, see Keys below;
//   - schema_version (version, applied): see Migration.
//
// Message ids, addresses, customers and subjects are stored as they are,
// except those that PostgreSQL cannot index or hold (over 512 bytes, not
// UTF-8, or with NUL bytes): those are stored as a readable prefix and a
// SHA-256 of the whole, the same in every process, and come back from
// [Store.Claims] as they were given. Tables are created in the first
// schema of the connection's search_path; to keep several Stores in one
// database, give each a schema of its own with the search_path setting
// of the DSN.
//
// # Migration
//
// [Store.Migrate] creates the tables in a new database and brings those
// of older versions of Cartero up to date. It is explicit: a host calls
// it at start, or from a deployment step, with a role allowed to create
// tables; the other methods never change the schema. Migrate runs in one
// transaction under an advisory lock, so processes that start at once may
// all call it, and it does nothing on a database already up to date. The
// version applied is recorded in schema_version; a database of a newer
// version makes Migrate fail rather than guess.
//
// # Concurrency
//
// The Store meets the whole contract of [thread.Store] for any number of
// processes, at PostgreSQL's default isolation level, read committed.
// Create and Append are each one transaction, whose writes go to the
// server in one batch. Claims are inserted only where absent (INSERT … ON
// CONFLICT DO NOTHING), so of two processes that claim the same id at
// once one waits for the other and then finds it claimed: Create rolls
// back and returns a *[thread.ConflictError] naming the ids, and the
// Index decides again. The subject key passes to a new conversation only
// when its holder's last message is before the cutoff, checked in the
// same statement that takes it. Append first locks its conversation's row
// as it raises the last time, so appends to one conversation take turns;
// ids and addresses are written in sorted order, so transactions that
// touch the same rows lock them in the same order. A transaction the
// server aborts to break a deadlock is run again, up to four times.
//
// Errors start with "pgstore: " and wrap [thread.ErrNotFound],
// [thread.ErrDuplicate] or the driver's error, except the
// *thread.ConflictError of a refused Create or Append, which is returned
// as it is, as the contract has it. A canceled context ends a call with
// an error that matches the context's.
//
// # Events
//
// [Store.AppendEvent] adds an [sla.Event] to a conversation's log and
// [Store.Events] returns the log in the order it was written, ready for
// [sla.Policy.Status]. An event with an ID (the Message-ID of the message
// it records, say) is logged once per conversation: appending it again
// does nothing, so a host that retries after a failure logs nothing
// twice. Every field comes back as it went in; At keeps its nanoseconds
// and its location.
//
// # Keys
//
// [Store.KeyRing] returns the signing keys kept in the database, newest
// first, so that every process signs with the same key and verifies with
// all of them. On a database without keys it creates one, with a secret
// of 32 bytes from crypto/rand; processes that start at once all end up
// with that one key. To rotate, insert a new key, whose ID is another
// character of the token alphabet, and have the processes call KeyRing
// again (at their next start, say); delete old keys once replies to mail
// signed with them no longer matter, a few months later:
//
//	INSERT INTO keys (id, secret) VALUES ('2', gen_random_bytes(32)); -- pgcrypto
//
// The secrets are as sensitive as the database: whoever reads them can
// sign tokens that let mail into any conversation.
//
// [pgx]: https://github.com/jackc/pgx
package pgstore
