package pgstore

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/cartero/cartero/thread"
)

var _ thread.Store = (*Store)(nil)

// Store is a [thread.Store], an SLA event log and a shared key ring over
// a PostgreSQL database. It is safe for concurrent use, and any number of
// Stores, in one process or many, may share a database. Call
// [Store.Migrate] once before the first use of a new database.
type Store struct {
	pool  *pgxpool.Pool
	owned bool     // Close closes pool
	zones sync.Map // location name → *time.Location, for Events
}

// Open connects to the database dsn names, a URL such as
// "postgres://cartero@db.example:5432/cartero" or keyword/value settings
// (see [pgxpool.ParseConfig] for the pool's own settings, such as
// pool_max_conns), and checks that the server answers. The Store keeps
// its own pool of connections, which Close closes.
func Open(ctx context.Context, dsn string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("pgstore: %w", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("pgstore: %w", err)
	}
	// A wrong address or password fails here rather than at first use.
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("pgstore: connecting: %w", err)
	}
	return &Store{pool: pool, owned: true}, nil
}

// New returns a Store that uses the host's pool. Close leaves the pool
// open: it belongs to the host.
func New(pool *pgxpool.Pool) *Store {
	return &Store{pool: pool}
}

// Close closes the pool when Open made it. It waits for the connections
// in use to be released.
func (s *Store) Close() {
	if s.owned {
		s.pool.Close()
	}
}

// maxKeyLen is the longest text the Store keeps as it is in a key
// column. PostgreSQL refuses index entries over about 2.7 kB; message
// ids and subjects are a few dozen bytes, and longer ones are mail that
// means harm or software that went wrong.
const maxKeyLen = 512

// keyText returns s as the Store keeps it in a key column: s itself, or,
// when s is too long, is not UTF-8 or holds a NUL byte (which PostgreSQL
// text cannot), a readable prefix followed by a SHA-256 of the whole. The
// mapping is the same in every process, so lookups find what other
// processes stored.
func keyText(s string) string {
	if len(s) <= maxKeyLen && utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 {
		return s
	}
	sum := sha256.Sum256([]byte(s))
	prefix := strings.ToValidUTF8(s[:min(len(s), 64)], "\uFFFD")
	prefix = strings.ReplaceAll(prefix, "\x00", "\uFFFD")
	return prefix + "\uFFFDsha256:" + hex.EncodeToString(sum[:])
}

// keyTexts returns the key texts of ids and, when any differs from its
// id, a map from key text back to id.
func keyTexts(ids []string) ([]string, map[string]string) {
	keys := make([]string, len(ids))
	var back map[string]string
	for i, id := range ids {
		keys[i] = keyText(id)
		if keys[i] != id {
			if back == nil {
				back = make(map[string]string)
			}
			back[keys[i]] = id
		}
	}
	return keys, back
}

// Claims implements [thread.Store].
func (s *Store) Claims(ctx context.Context, ids []string) ([]thread.Claim, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	keys, back := keyTexts(ids)
	rows, err := s.pool.Query(ctx, `SELECT id, conversation, added FROM claims WHERE id = ANY($1)`, keys)
	if err != nil {
		return nil, fmt.Errorf("pgstore: reading claims: %w", err)
	}
	var out []thread.Claim
	var c thread.Claim
	_, err = pgx.ForEachRow(rows, []any{&c.ID, &c.Conversation, &c.Added}, func() error {
		if id, ok := back[c.ID]; ok {
			c.ID = id
		}
		out = append(out, c)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("pgstore: reading claims: %w", err)
	}
	return out, nil
}

// Role implements [thread.Store].
func (s *Store) Role(ctx context.Context, conv, address string) (thread.Role, error) {
	var name *string
	var exists bool
	err := s.pool.QueryRow(ctx, `SELECT
		(SELECT role FROM participants WHERE conversation = $1 AND address = $2),
		EXISTS (SELECT 1 FROM conversations WHERE id = $1)`,
		keyText(conv), keyText(address)).Scan(&name, &exists)
	if err != nil {
		return thread.RoleNone, fmt.Errorf("pgstore: reading a role: %w", err)
	}
	if !exists {
		return thread.RoleNone, fmt.Errorf("pgstore: conversation %q: %w", conv, thread.ErrNotFound)
	}
	if name == nil {
		return thread.RoleNone, nil
	}
	var r thread.Role
	if err := r.UnmarshalText([]byte(*name)); err != nil {
		return thread.RoleNone, fmt.Errorf("pgstore: conversation %s: %w", conv, err)
	}
	return r, nil
}

// Latest implements [thread.Store].
func (s *Store) Latest(ctx context.Context, customer, subject string) (string, time.Time, error) {
	var conv string
	var last time.Time
	err := s.pool.QueryRow(ctx, `SELECT s.conversation, c.last
		FROM subjects s JOIN conversations c ON c.id = s.conversation
		WHERE s.customer = $1 AND s.subject = $2`,
		keyText(customer), keyText(subject)).Scan(&conv, &last)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", time.Time{}, fmt.Errorf("pgstore: subject key: %w", thread.ErrNotFound)
	}
	if err != nil {
		return "", time.Time{}, fmt.Errorf("pgstore: reading a subject key: %w", err)
	}
	return conv, last.UTC(), nil
}

// change is a thread.Change in the columns the Store writes.
type change struct {
	ids     []string // key texts: the own id first when there is one, then the references
	added   []bool   // parallel to ids
	back    map[string]string
	addrs   []string // participants' key texts, sorted
	roles   []string // parallel to addrs
	hasOwn  bool     // ids[0] is the message's own id
	ownText string
}

// prepare reads c into columns. Ids and addresses are deduplicated and
// sorted, so that transactions that touch the same rows lock them in the
// same order.
func prepare(c *thread.Change) (*change, error) {
	ch := &change{}
	refs := make([]string, 0, len(c.References))
	for _, id := range c.References {
		if id != "" && id != c.ID {
			refs = append(refs, id)
		}
	}
	refKeys, back := keyTexts(refs)
	slices.Sort(refKeys)
	refKeys = slices.Compact(refKeys)
	if c.ID != "" {
		ch.hasOwn = true
		ch.ownText = keyText(c.ID)
		if ch.ownText != c.ID {
			if back == nil {
				back = make(map[string]string)
			}
			back[ch.ownText] = c.ID
		}
		// A reference that maps to the own id's key text is the own id.
		refKeys = slices.DeleteFunc(refKeys, func(k string) bool { return k == ch.ownText })
		ch.ids = append(ch.ids, ch.ownText)
		ch.added = append(ch.added, true)
	}
	ch.ids = append(ch.ids, refKeys...)
	for range refKeys {
		ch.added = append(ch.added, false)
	}
	ch.back = back

	ps := make([]thread.Participant, 0, len(c.Participants))
	for _, p := range c.Participants {
		if p.Address != "" {
			ps = append(ps, thread.Participant{Address: keyText(p.Address), Role: p.Role})
		}
	}
	// Stable, so that of two entries for one address the first wins.
	slices.SortStableFunc(ps, func(a, b thread.Participant) int { return strings.Compare(a.Address, b.Address) })
	for i, p := range ps {
		if i > 0 && ps[i-1].Address == p.Address {
			continue
		}
		role, err := p.Role.MarshalText()
		if err != nil {
			return nil, fmt.Errorf("pgstore: participant %q: %w", p.Address, err)
		}
		ch.addrs = append(ch.addrs, p.Address)
		ch.roles = append(ch.roles, string(role))
	}
	return ch, nil
}

// id returns the caller's id for key text k.
func (ch *change) id(k string) string {
	if id, ok := ch.back[k]; ok {
		return id
	}
	return k
}

const (
	insertParticipants = `INSERT INTO participants (conversation, address, role)
		SELECT $1, a, r FROM unnest($2::text[], $3::text[]) AS u(a, r)
		ON CONFLICT DO NOTHING`
)

// Create implements [thread.Store]. It runs one transaction: the claims
// are inserted where absent, and any id found claimed, or a subject key
// held by a live conversation, rolls it back and is reported in a
// *[thread.ConflictError].
func (s *Store) Create(ctx context.Context, c *thread.Change) (string, error) {
	ch, err := prepare(c)
	if err != nil {
		return "", err
	}
	var conv string
	var conflict *thread.ConflictError
	err = s.tx(ctx, func(tx pgx.Tx) error {
		conflict = nil
		var n int64
		if err := tx.QueryRow(ctx, `SELECT nextval('conversation_ids')`).Scan(&n); err != nil {
			return err
		}
		conv = thread.SerialID(uint64(n))

		b := &pgx.Batch{}
		b.Queue(`INSERT INTO conversations (id, last) VALUES ($1, $2)`, conv, c.Time)
		b.Queue(`INSERT INTO claims (id, conversation, added)
			SELECT id, $1, added FROM unnest($2::text[], $3::bool[]) AS u(id, added)
			ON CONFLICT (id) DO NOTHING
			RETURNING id`, conv, ch.ids, ch.added)
		b.Queue(insertParticipants, conv, ch.addrs, ch.roles)
		if c.Customer != "" {
			// The key passes to the new conversation only when its holder's
			// last message is before the cutoff. A holder created by a
			// transaction that committed after this statement began is
			// invisible to the subquery, which then yields NULL: a
			// conflict, never a theft.
			b.Queue(`INSERT INTO subjects AS s (customer, subject, conversation) VALUES ($1, $2, $3)
				ON CONFLICT (customer, subject) DO UPDATE SET conversation = EXCLUDED.conversation
				WHERE (SELECT c.last FROM conversations c WHERE c.id = s.conversation) < $4
				RETURNING 1`, keyText(c.Customer), keyText(c.Subject), conv, c.Cutoff)
		}
		br := tx.SendBatch(ctx, b)
		defer br.Close()
		if _, err := br.Exec(); err != nil {
			return err
		}
		rows, err := br.Query()
		if err != nil {
			return err
		}
		claimed, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			return err
		}
		if len(claimed) < len(ch.ids) {
			conflict = &thread.ConflictError{}
			for _, k := range ch.ids {
				if !slices.Contains(claimed, k) {
					conflict.IDs = append(conflict.IDs, ch.id(k))
				}
			}
		}
		if _, err := br.Exec(); err != nil {
			return err
		}
		if c.Customer != "" {
			ct, err := br.Exec()
			if err != nil {
				return err
			}
			if ct.RowsAffected() == 0 {
				if conflict == nil {
					conflict = &thread.ConflictError{}
				}
				conflict.Subject = true
			}
		}
		if err := br.Close(); err != nil {
			return err
		}
		if conflict != nil {
			return conflict
		}
		return nil
	})
	if conflict != nil && errors.Is(err, conflict) {
		return "", conflict
	}
	if err != nil {
		return "", fmt.Errorf("pgstore: creating a conversation: %w", err)
	}
	return conv, nil
}

// errNotFound and errDuplicate end an Append transaction; Append reports
// them with the conversation and the message.
var (
	errNotFound  = errors.New("no conversation")
	errDuplicate = errors.New("duplicate")
)

// Append implements [thread.Store]. It runs one transaction, which first
// locks the conversation's row while it raises its last time, so that
// appends to one conversation take their turns.
func (s *Store) Append(ctx context.Context, conv string, c *thread.Change) error {
	ch, err := prepare(c)
	if err != nil {
		return err
	}
	var conflict *thread.ConflictError
	err = s.tx(ctx, func(tx pgx.Tx) error {
		conflict = nil
		b := &pgx.Batch{}
		b.Queue(`UPDATE conversations SET last = GREATEST(last, $2) WHERE id = $1`, keyText(conv), c.Time)
		if ch.hasOwn {
			// A reference of this conversation becomes added; the claim of
			// another conversation stays as it is, locked until the end.
			b.Queue(`INSERT INTO claims (id, conversation, added) VALUES ($1, $2, true)
				ON CONFLICT (id) DO UPDATE SET added = true
				WHERE claims.conversation = EXCLUDED.conversation AND NOT claims.added
				RETURNING 1`, ch.ownText, conv)
		}
		refs := ch.ids
		if ch.hasOwn {
			refs = refs[1:]
		}
		if len(refs) > 0 {
			b.Queue(`INSERT INTO claims (id, conversation, added)
				SELECT id, $1, false FROM unnest($2::text[]) AS u(id)
				ON CONFLICT (id) DO NOTHING`, conv, refs)
		}
		if len(ch.addrs) > 0 {
			b.Queue(insertParticipants, conv, ch.addrs, ch.roles)
		}
		br := tx.SendBatch(ctx, b)
		defer br.Close()
		ct, err := br.Exec()
		if err != nil {
			return err
		}
		if ct.RowsAffected() == 0 {
			return errNotFound
		}
		if ch.hasOwn {
			ct, err := br.Exec()
			if err != nil {
				return err
			}
			if ct.RowsAffected() == 0 {
				if err := br.Close(); err != nil {
					return err
				}
				// Claims never move and this one is locked: what it says
				// now is final.
				var holder string
				var added bool
				if err := tx.QueryRow(ctx, `SELECT conversation, added FROM claims WHERE id = $1`, ch.ownText).Scan(&holder, &added); err != nil {
					return err
				}
				if holder != conv {
					conflict = &thread.ConflictError{IDs: []string{c.ID}}
					return conflict
				}
				return errDuplicate
			}
		}
		return br.Close()
	})
	switch {
	case err == nil:
		return nil
	case conflict != nil && errors.Is(err, conflict):
		return conflict
	case errors.Is(err, errNotFound):
		return fmt.Errorf("pgstore: conversation %q: %w", conv, thread.ErrNotFound)
	case errors.Is(err, errDuplicate):
		return fmt.Errorf("pgstore: message %q in conversation %s: %w", c.ID, conv, thread.ErrDuplicate)
	}
	return fmt.Errorf("pgstore: appending to conversation %s: %w", conv, err)
}

// maxAttempts bounds how often tx runs a transaction that PostgreSQL
// aborted to break a deadlock or a serialization failure.
const maxAttempts = 4

// tx runs fn in a transaction and commits it when fn returns nil. It runs
// it again when the server aborted it for a deadlock, which rows locked
// in an unusual order can cause (messages that refer to each other).
func (s *Store) tx(ctx context.Context, fn func(pgx.Tx) error) error {
	for attempt := 1; ; attempt++ {
		err := pgx.BeginFunc(ctx, s.pool, fn)
		if err == nil || attempt == maxAttempts || ctx.Err() != nil || !retryable(err) {
			return err
		}
	}
}

// retryable reports whether err is a transaction the server aborted to
// let others go on, which can run again as it is.
func retryable(err error) bool {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return false
	}
	switch pe.Code {
	case "40001", "40P01": // serialization_failure, deadlock_detected
		return true
	}
	return false
}
