package thread

import (
	"context"
	"fmt"
	"hash/maphash"
	"strings"
	"sync"
	"time"
)

var _ Store = (*MemStore)(nil)

// MemStore is a [Store] that keeps everything in memory, for tests, small
// hosts and hosts that rebuild their index at start. The zero value is an
// empty store ready to use; it is safe for concurrent use and meets the
// whole Store contract within one process. Conversation ids are
// [SerialID] of 1, 2, 3, …
//
// # Memory
//
// A MemStore keeps, for each message id, a 128-bit keyed hash of it
// instead of the id (ids are often 50 bytes or more, and parsed ones
// point into their message's header block, which the store would
// otherwise keep alive); for each conversation, its participants' addresses
// and a few words. With random 128-bit keys per store, the chance that
// two of a billion ids collide is below 10⁻²⁰. BENCHMARKS.md gives the
// bytes per message.
type MemStore struct {
	mu       sync.RWMutex
	seeds    [2]maphash.Seed
	claims   map[memKey]memClaim
	subjects map[memKey]uint32 // subject key → conversation number
	convs    []memConv         // conversation n is convs[n-1]
}

// memKey is a 128-bit hash of a message id or a subject key.
type memKey [2]uint64

type memClaim struct {
	conv  uint32 // conversation number, from 1
	added bool
}

type memConv struct {
	id           string    // SerialID of its number, made once
	last         time.Time // of the last message; zero when none is known
	participants []Participant
}

// prepare readies the zero value; it runs with s.mu held for writing.
func (s *MemStore) prepare() {
	if s.claims == nil {
		s.seeds = [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}
		s.claims = make(map[memKey]memClaim)
		s.subjects = make(map[memKey]uint32)
	}
}

// rlock returns with s.mu held for reading, or false, with s.mu released,
// when s is still empty.
func (s *MemStore) rlock() bool {
	s.mu.RLock()
	if s.claims == nil {
		s.mu.RUnlock()
		return false
	}
	return true
}

func (s *MemStore) idKey(id string) memKey {
	return memKey{maphash.String(s.seeds[0], id), maphash.String(s.seeds[1], id)}
}

func (s *MemStore) subjectHash(customer, subject string) memKey {
	var h0, h1 maphash.Hash
	h0.SetSeed(s.seeds[0])
	h1.SetSeed(s.seeds[1])
	for _, h := range [...]*maphash.Hash{&h0, &h1} {
		h.WriteString("subject\x00")
		h.WriteString(customer)
		h.WriteByte(0)
		h.WriteString(subject)
	}
	return memKey{h0.Sum64(), h1.Sum64()}
}

// conv returns the conversation with id conv, or nil; s.mu is held.
func (s *MemStore) conv(id string) (uint32, *memConv) {
	n, ok := parseSerial(id)
	if !ok || n == 0 || n > uint64(len(s.convs)) {
		return 0, nil
	}
	return uint32(n), &s.convs[n-1]
}

// parseSerial is the inverse of SerialID: it accepts only the strings
// SerialID returns.
func parseSerial(id string) (uint64, bool) {
	if len(id) < 4 || len(id) > 13 || len(id) > 4 && id[0] == '0' || len(id) == 13 && id[0] > 'F' {
		return 0, false
	}
	var n uint64
	for i := 0; i < len(id); i++ {
		v := alphabetValue(id[i])
		if v < 0 || tokenAlphabet[v] != id[i] {
			return 0, false
		}
		n = n<<5 | uint64(v)
	}
	return n, true
}

// Claims implements Store.
func (s *MemStore) Claims(_ context.Context, ids []string) ([]Claim, error) {
	if !s.rlock() {
		return nil, nil
	}
	defer s.mu.RUnlock()
	var out []Claim
	for _, id := range ids {
		if c, ok := s.claims[s.idKey(id)]; ok {
			if out == nil {
				out = make([]Claim, 0, min(len(ids), 4)) // most ids are new
			}
			out = append(out, Claim{ID: id, Conversation: s.convs[c.conv-1].id, Added: c.added})
		}
	}
	return out, nil
}

// Role implements Store.
func (s *MemStore) Role(_ context.Context, conv, address string) (Role, error) {
	if !s.rlock() {
		return RoleNone, fmt.Errorf("conversation %q: %w", conv, ErrNotFound)
	}
	defer s.mu.RUnlock()
	_, c := s.conv(conv)
	if c == nil {
		return RoleNone, fmt.Errorf("conversation %q: %w", conv, ErrNotFound)
	}
	for _, p := range c.participants {
		if p.Address == address {
			return p.Role, nil
		}
	}
	return RoleNone, nil
}

// Latest implements Store.
func (s *MemStore) Latest(_ context.Context, customer, subject string) (string, time.Time, error) {
	if !s.rlock() {
		return "", time.Time{}, ErrNotFound
	}
	defer s.mu.RUnlock()
	n, ok := s.subjects[s.subjectHash(customer, subject)]
	if !ok {
		return "", time.Time{}, ErrNotFound
	}
	return s.convs[n-1].id, s.convs[n-1].last, nil
}

// raise moves the last time forward to t.
func (c *memConv) raise(t time.Time) {
	if t.After(c.last) {
		c.last = t.Round(0) // without a monotonic reading
	}
}

// Create implements Store.
func (s *MemStore) Create(_ context.Context, c *Change) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.prepare()
	if uint64(len(s.convs)) >= 1<<32-1 {
		return "", fmt.Errorf("thread: MemStore holds %d conversations, its limit", len(s.convs))
	}

	// Check everything before writing anything.
	var conflict *ConflictError
	keys := make([]memKey, 0, 1+len(c.References))
	check := func(id string) {
		k := s.idKey(id)
		if _, taken := s.claims[k]; taken {
			if conflict == nil {
				conflict = &ConflictError{}
			}
			conflict.IDs = append(conflict.IDs, id)
		}
		keys = append(keys, k)
	}
	if c.ID != "" {
		check(c.ID)
	}
	for _, id := range c.References {
		if id != "" && id != c.ID {
			check(id)
		}
	}
	var subject memKey
	if c.Customer != "" {
		subject = s.subjectHash(c.Customer, c.Subject)
		if n, held := s.subjects[subject]; held {
			if !s.convs[n-1].last.Before(c.Cutoff) {
				if conflict == nil {
					conflict = &ConflictError{}
				}
				conflict.Subject = true
			}
		}
	}
	if conflict != nil {
		return "", conflict
	}

	n := uint32(len(s.convs) + 1)
	s.convs = append(s.convs, memConv{id: SerialID(uint64(n))})
	conv := &s.convs[n-1]
	for i, k := range keys {
		s.claims[k] = memClaim{conv: n, added: i == 0 && c.ID != ""}
	}
	conv.participants = appendParticipants(conv.participants, c.Participants)
	conv.raise(c.Time)
	if c.Customer != "" {
		s.subjects[subject] = n
	}
	return conv.id, nil
}

// Append implements Store.
func (s *MemStore) Append(_ context.Context, conv string, c *Change) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.prepare()
	n, mc := s.conv(conv)
	if mc == nil {
		return fmt.Errorf("conversation %q: %w", conv, ErrNotFound)
	}
	if c.ID != "" {
		k := s.idKey(c.ID)
		if cl, taken := s.claims[k]; taken && cl.conv != n {
			return &ConflictError{IDs: []string{c.ID}}
		} else if taken && cl.added {
			return fmt.Errorf("message %q in conversation %s: %w", c.ID, conv, ErrDuplicate)
		}
		s.claims[k] = memClaim{conv: n, added: true}
	}
	for _, id := range c.References {
		if id == "" || id == c.ID {
			continue
		}
		k := s.idKey(id)
		if _, taken := s.claims[k]; !taken {
			s.claims[k] = memClaim{conv: n}
		}
	}
	mc.participants = appendParticipants(mc.participants, c.Participants)
	mc.raise(c.Time)
	return nil
}

// appendParticipants adds to list the participants of add whose address
// it lacks, copying the addresses so the store keeps no caller memory.
func appendParticipants(list, add []Participant) []Participant {
	for _, p := range add {
		if p.Address == "" {
			continue
		}
		found := false
		for _, q := range list {
			if q.Address == p.Address {
				found = true
				break
			}
		}
		if !found {
			if list == nil {
				list = make([]Participant, 0, len(add))
			}
			list = append(list, Participant{Address: strings.Clone(p.Address), Role: p.Role})
		}
	}
	return list
}
