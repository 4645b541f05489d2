package pgstore

import (
	"context"
	"crypto/rand"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/cartero/cartero/thread"
)

// firstKeyID is the ID of the key KeyRing creates in an empty table.
const firstKeyID = "1"

// secretLen is the size of the secrets KeyRing creates: 32 bytes, as
// [thread.Key] recommends.
const secretLen = 32

// KeyRing returns a key ring of the keys in the database, newest first:
// it signs with the newest and verifies with all, so every process on the
// database signs and verifies alike. When there is no key, it stores one
// with ID "1" and a secret of 32 bytes from crypto/rand; processes that
// start at once and all find none end up with that same key.
//
// KeyRing reads the table on every call: a host calls it at start, and
// again to pick up keys added since (see the package documentation on
// rotating keys).
func (s *Store) KeyRing(ctx context.Context) (*thread.KeyRing, error) {
	keys, err := s.keys(ctx)
	if err != nil {
		return nil, err
	}
	if len(keys) == 0 {
		secret := make([]byte, secretLen)
		rand.Read(secret)
		// Of processes that get here at once, one inserts and the others
		// find its row on the unique id.
		_, err := s.pool.Exec(ctx, `INSERT INTO keys (id, secret)
			SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM keys)
			ON CONFLICT (id) DO NOTHING`, firstKeyID, secret)
		if err != nil {
			return nil, fmt.Errorf("pgstore: creating a key: %w", err)
		}
		if keys, err = s.keys(ctx); err != nil {
			return nil, err
		}
	}
	r, err := thread.NewKeyRing(keys...)
	if err != nil {
		return nil, fmt.Errorf("pgstore: the keys table: %w", err)
	}
	return r, nil
}

// keys returns the stored keys, newest first.
func (s *Store) keys(ctx context.Context) ([]thread.Key, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, secret FROM keys ORDER BY seq DESC`)
	if err != nil {
		return nil, fmt.Errorf("pgstore: reading keys: %w", err)
	}
	keys, err := pgx.CollectRows(rows, pgx.RowToStructByPos[thread.Key])
	if err != nil {
		return nil, fmt.Errorf("pgstore: reading keys: %w", err)
	}
	return keys, nil
}
