package threadtest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/thread"
)

// TestStore checks that the stores newStore returns meet the contract of
// [thread.Store]: claims taken only when free and never moved, atomic
// Create and Append, duplicates reported, participants and times that
// only grow, the subject key, no aliasing, and safety under concurrent
// use, including by several [thread.Index] values at once, as several
// processes would use a shared database. newStore must return a new,
// empty store on every call.
//
// Stores are compared on behaviour only, so the same suite runs against
// [thread.MemStore] and a database store:
//
//	func TestPostgresStore(t *testing.T) {
//		threadtest.TestStore(t, func() thread.Store { return newTestSchema(t) })
//	}
func TestStore(t *testing.T, newStore func() thread.Store) {
	t.Helper()
	for _, tc := range storeTests {
		t.Run(tc.name, func(t *testing.T) { tc.run(t, newStore()) })
	}
}

var storeTests = []struct {
	name string
	run  func(t *testing.T, st thread.Store)
}{
	{"Empty", testEmpty},
	{"Create", testCreate},
	{"DistinctIDs", testDistinctIDs},
	{"CreateConflict", testCreateConflict},
	{"SubjectKey", testSubjectKey},
	{"Append", testAppend},
	{"AppendConflict", testAppendConflict},
	{"AppendIdempotent", testAppendIdempotent},
	{"NoAliasing", testNoAliasing},
	{"ConcurrentCreate", testConcurrentCreate},
	{"ConcurrentSubject", testConcurrentSubject},
	{"ConcurrentAppend", testConcurrentAppend},
	{"IndexRace", testIndexRace},
	{"IndexDuplicateRace", testIndexDuplicateRace},
}

// storeT0 is the time the tests start from.
var storeT0 = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

// idRing checks that conversation ids fit in tokens.
func storeIDRing(t *testing.T) *thread.KeyRing {
	t.Helper()
	r, err := thread.NewKeyRing(thread.Key{ID: "1", Secret: []byte("threadtest conformance secret!!!")})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func mustCreate(t *testing.T, st thread.Store, c *thread.Change) string {
	t.Helper()
	conv, err := st.Create(context.Background(), c)
	if err != nil {
		t.Fatalf("Create(%+v): %v", c, err)
	}
	if _, err := storeIDRing(t).Token(conv); err != nil {
		t.Fatalf("Create returned id %q: %v", conv, err)
	}
	return conv
}

func mustAppend(t *testing.T, st thread.Store, conv string, c *thread.Change) {
	t.Helper()
	if err := st.Append(context.Background(), conv, c); err != nil {
		t.Fatalf("Append(%s, %+v): %v", conv, c, err)
	}
}

// claimsOf returns the claims on ids as a map from id to "conv" or
// "conv+added".
func claimsOf(t *testing.T, st thread.Store, ids ...string) map[string]string {
	t.Helper()
	cs, err := st.Claims(context.Background(), ids)
	if err != nil {
		t.Fatalf("Claims: %v", err)
	}
	out := make(map[string]string)
	for _, c := range cs {
		if _, dup := out[c.ID]; dup {
			t.Errorf("Claims returned %q twice", c.ID)
		}
		if !slices.Contains(ids, c.ID) {
			t.Errorf("Claims returned %q, which was not asked for", c.ID)
		}
		v := c.Conversation
		if c.Added {
			v += "+added"
		}
		out[c.ID] = v
	}
	return out
}

func wantClaims(t *testing.T, st thread.Store, want map[string]string, ids ...string) {
	t.Helper()
	got := claimsOf(t, st, ids...)
	for _, id := range ids {
		if got[id] != want[id] {
			t.Errorf("claim on %q = %q, want %q", id, got[id], want[id])
		}
	}
}

func wantRole(t *testing.T, st thread.Store, conv, addr string, want thread.Role) {
	t.Helper()
	got, err := st.Role(context.Background(), conv, addr)
	if err != nil {
		t.Fatalf("Role(%s, %s): %v", conv, addr, err)
	}
	if got != want {
		t.Errorf("Role(%s, %s) = %v, want %v", conv, addr, got, want)
	}
}

func wantLatest(t *testing.T, st thread.Store, customer, subject, conv string, last time.Time) {
	t.Helper()
	got, gotLast, err := st.Latest(context.Background(), customer, subject)
	if err != nil {
		t.Fatalf("Latest(%q, %q): %v", customer, subject, err)
	}
	if got != conv || !gotLast.Equal(last) {
		t.Errorf("Latest(%q, %q) = %s, %v; want %s, %v", customer, subject, got, gotLast, conv, last)
	}
}

func wantConflict(t *testing.T, err error, ids []string, subject bool) {
	t.Helper()
	var ce *thread.ConflictError
	if !errors.As(err, &ce) || !errors.Is(err, thread.ErrConflict) {
		t.Fatalf("got error %v, want a *ConflictError matching ErrConflict", err)
	}
	if !slices.Equal(storeSorted(ce.IDs), storeSorted(ids)) || ce.Subject != subject {
		t.Errorf("conflict on ids %q, subject %v; want %q, %v", ce.IDs, ce.Subject, ids, subject)
	}
}

func storeSorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

func testEmpty(t *testing.T, st thread.Store) {
	ctx := context.Background()
	if cs, err := st.Claims(ctx, []string{"a@x", "b@x"}); err != nil || len(cs) != 0 {
		t.Errorf("Claims on an empty store = %v, %v", cs, err)
	}
	if cs, err := st.Claims(ctx, nil); err != nil || len(cs) != 0 {
		t.Errorf("Claims(nil) = %v, %v", cs, err)
	}
	if _, err := st.Role(ctx, thread.SerialID(1), "ana@example.com"); !errors.Is(err, thread.ErrNotFound) {
		t.Errorf("Role on an empty store: %v, want ErrNotFound", err)
	}
	if _, _, err := st.Latest(ctx, "ana@example.com", "pedido"); !errors.Is(err, thread.ErrNotFound) {
		t.Errorf("Latest on an empty store: %v, want ErrNotFound", err)
	}
	if err := st.Append(ctx, thread.SerialID(1), &thread.Change{ID: "a@x"}); !errors.Is(err, thread.ErrNotFound) {
		t.Errorf("Append to a missing conversation: %v, want ErrNotFound", err)
	}
	if cs, _ := st.Claims(ctx, []string{"a@x"}); len(cs) != 0 {
		t.Errorf("a failed Append claimed %v", cs)
	}
}

func testCreate(t *testing.T, st thread.Store) {
	conv := mustCreate(t, st, &thread.Change{
		ID:         "m1@example.com",
		References: []string{"m0@example.com", "older@example.com"},
		Participants: []thread.Participant{
			{Address: "ana@example.com", Role: thread.RoleRequester},
			{Address: "bob@example.com", Role: thread.RoleCc},
		},
		Time:     storeT0,
		Customer: "ana@example.com",
		Subject:  "pedido 4471",
		Cutoff:   storeT0.Add(-time.Hour),
	})
	wantClaims(t, st, map[string]string{
		"m1@example.com":    conv + "+added",
		"m0@example.com":    conv,
		"older@example.com": conv,
	}, "m1@example.com", "m0@example.com", "older@example.com", "M1@example.com", "other@example.com")
	wantRole(t, st, conv, "ana@example.com", thread.RoleRequester)
	wantRole(t, st, conv, "bob@example.com", thread.RoleCc)
	wantRole(t, st, conv, "eve@example.com", thread.RoleNone)
	wantLatest(t, st, "ana@example.com", "pedido 4471", conv, storeT0)

	// A conversation of a message without an id, without a key.
	conv2 := mustCreate(t, st, &thread.Change{
		Participants: []thread.Participant{{Address: "+34600000000", Role: thread.RoleRequester}},
	})
	if conv2 == conv {
		t.Errorf("two conversations got id %s", conv)
	}
	wantRole(t, st, conv2, "+34600000000", thread.RoleRequester)
	wantLatest(t, st, "ana@example.com", "pedido 4471", conv, storeT0)
}

func testDistinctIDs(t *testing.T, st thread.Store) {
	seen := make(map[string]bool)
	for i := range 200 {
		conv := mustCreate(t, st, &thread.Change{ID: fmt.Sprintf("m%d@example.com", i)})
		if seen[conv] {
			t.Fatalf("id %s returned twice", conv)
		}
		seen[conv] = true
	}
}

func testCreateConflict(t *testing.T, st thread.Store) {
	ctx := context.Background()
	a := mustCreate(t, st, &thread.Change{ID: "a@x", References: []string{"p@x"}})

	// Its own id taken.
	_, err := st.Create(ctx, &thread.Change{ID: "a@x", References: []string{"q@x"},
		Participants: []thread.Participant{{Address: "eve@example.com", Role: thread.RoleRequester}}})
	wantConflict(t, err, []string{"a@x"}, false)
	// A reference taken, as a placeholder.
	_, err = st.Create(ctx, &thread.Change{ID: "b@x", References: []string{"r@x", "p@x"}})
	wantConflict(t, err, []string{"p@x"}, false)
	// Nothing of the failed calls was written.
	wantClaims(t, st, map[string]string{"a@x": a + "+added", "p@x": a}, "a@x", "p@x", "q@x", "b@x", "r@x")

	// The ids are still free for a later conversation.
	b := mustCreate(t, st, &thread.Change{ID: "b@x", References: []string{"r@x", "q@x"}})
	wantClaims(t, st, map[string]string{"b@x": b + "+added", "r@x": b, "q@x": b}, "b@x", "r@x", "q@x")
}

func testSubjectKey(t *testing.T, st thread.Store) {
	ctx := context.Background()
	key := func(c *thread.Change, cutoff time.Time) *thread.Change {
		c.Customer, c.Subject, c.Cutoff = "ana@example.com", "pedido 4471", cutoff
		return c
	}
	a := mustCreate(t, st, key(&thread.Change{ID: "a@x", Time: storeT0}, storeT0.Add(-time.Hour)))
	wantLatest(t, st, "ana@example.com", "pedido 4471", a, storeT0)

	// Held by a live conversation: a conflict, and nothing written.
	_, err := st.Create(ctx, key(&thread.Change{ID: "b@x", Time: storeT0.Add(time.Hour)}, storeT0))
	wantConflict(t, err, nil, true)
	wantClaims(t, st, map[string]string{}, "b@x")
	wantLatest(t, st, "ana@example.com", "pedido 4471", a, storeT0)

	// Appending moves the holder's last time on, which keeps it live.
	mustAppend(t, st, a, &thread.Change{ID: "a2@x", Time: storeT0.Add(48 * time.Hour)})
	wantLatest(t, st, "ana@example.com", "pedido 4471", a, storeT0.Add(48*time.Hour))
	_, err = st.Create(ctx, key(&thread.Change{ID: "b@x", Time: storeT0.Add(50 * time.Hour)}, storeT0.Add(24*time.Hour)))
	wantConflict(t, err, nil, true)

	// Both an id and the key.
	_, err = st.Create(ctx, key(&thread.Change{ID: "a2@x"}, storeT0))
	wantConflict(t, err, []string{"a2@x"}, true)

	// Expired: the new conversation takes the key.
	b := mustCreate(t, st, key(&thread.Change{ID: "b@x", Time: storeT0.Add(200 * time.Hour)}, storeT0.Add(48*time.Hour+time.Second)))
	wantLatest(t, st, "ana@example.com", "pedido 4471", b, storeT0.Add(200*time.Hour))

	// Other customers and other subjects are other keys.
	c := mustCreate(t, st, &thread.Change{ID: "c@x", Time: storeT0, Customer: "bob@example.com", Subject: "pedido 4471", Cutoff: storeT0})
	d := mustCreate(t, st, &thread.Change{ID: "d@x", Time: storeT0, Customer: "ana@example.com", Subject: "factura", Cutoff: storeT0})
	e := mustCreate(t, st, &thread.Change{ID: "e@x", Time: storeT0, Customer: "ana@example.com", Subject: "", Cutoff: storeT0})
	wantLatest(t, st, "bob@example.com", "pedido 4471", c, storeT0)
	wantLatest(t, st, "ana@example.com", "factura", d, storeT0)
	wantLatest(t, st, "ana@example.com", "", e, storeT0)
	wantLatest(t, st, "ana@example.com", "pedido 4471", b, storeT0.Add(200*time.Hour))
	if _, _, err := st.Latest(ctx, "ana@example.com", "Factura"); !errors.Is(err, thread.ErrNotFound) {
		t.Errorf("Latest with another case: %v, want ErrNotFound", err)
	}

	// No customer: no key taken.
	mustCreate(t, st, &thread.Change{ID: "f@x", Time: storeT0.Add(300 * time.Hour), Subject: "factura", Cutoff: storeT0.Add(300 * time.Hour)})
	wantLatest(t, st, "ana@example.com", "factura", d, storeT0)
}

func testAppend(t *testing.T, st thread.Store) {
	a := mustCreate(t, st, &thread.Change{ID: "a@x", References: []string{"p@x"}, Time: storeT0,
		Participants: []thread.Participant{{Address: "ana@example.com", Role: thread.RoleRequester}},
		Customer:     "ana@example.com", Subject: "pedido", Cutoff: storeT0})
	b := mustCreate(t, st, &thread.Change{ID: "b@x", Time: storeT0})

	mustAppend(t, st, b, &thread.Change{
		ID:         "b2@x",
		References: []string{"a@x", "p@x", "z@x", "b@x"},
		Participants: []thread.Participant{
			{Address: "bob@example.com", Role: thread.RoleRequester},
			{Address: "ana@example.com", Role: thread.RoleCc},
		},
		Time: storeT0.Add(time.Hour),
	})
	wantClaims(t, st, map[string]string{
		"a@x":  a + "+added", // claims never move
		"p@x":  a,
		"b@x":  b + "+added",
		"b2@x": b + "+added",
		"z@x":  b,
	}, "a@x", "p@x", "b@x", "b2@x", "z@x")
	wantRole(t, st, b, "bob@example.com", thread.RoleRequester)
	wantRole(t, st, b, "ana@example.com", thread.RoleCc)
	wantRole(t, st, a, "bob@example.com", thread.RoleNone)

	// A placeholder becomes Added when its message arrives.
	mustAppend(t, st, a, &thread.Change{ID: "p@x", Time: storeT0.Add(2 * time.Hour)})
	wantClaims(t, st, map[string]string{"p@x": a + "+added"}, "p@x")
	wantLatest(t, st, "ana@example.com", "pedido", a, storeT0.Add(2*time.Hour))

	// Roles stay as first given; times only move forward.
	mustAppend(t, st, a, &thread.Change{ID: "a3@x", Time: storeT0.Add(-24 * time.Hour),
		Participants: []thread.Participant{{Address: "ana@example.com", Role: thread.RoleAgent}}})
	wantRole(t, st, a, "ana@example.com", thread.RoleRequester)
	wantLatest(t, st, "ana@example.com", "pedido", a, storeT0.Add(2*time.Hour))
	// A change without an id or a time only adds participants.
	mustAppend(t, st, a, &thread.Change{Participants: []thread.Participant{{Address: "lucia@shop.example", Role: thread.RoleAgent}}})
	wantRole(t, st, a, "lucia@shop.example", thread.RoleAgent)
	wantLatest(t, st, "ana@example.com", "pedido", a, storeT0.Add(2*time.Hour))
}

func testAppendConflict(t *testing.T, st thread.Store) {
	a := mustCreate(t, st, &thread.Change{ID: "a@x", References: []string{"p@x"}, Time: storeT0,
		Customer: "ana@example.com", Subject: "pedido", Cutoff: storeT0})
	b := mustCreate(t, st, &thread.Change{ID: "b@x", Time: storeT0})
	for _, id := range []string{"a@x", "p@x"} {
		err := st.Append(context.Background(), b, &thread.Change{
			ID:           id,
			References:   []string{"new@x"},
			Participants: []thread.Participant{{Address: "eve@example.com", Role: thread.RoleCc}},
			Time:         storeT0.Add(time.Hour),
		})
		wantConflict(t, err, []string{id}, false)
	}
	wantClaims(t, st, map[string]string{"a@x": a + "+added", "p@x": a}, "a@x", "p@x", "new@x")
	wantRole(t, st, b, "eve@example.com", thread.RoleNone)
	wantRole(t, st, a, "eve@example.com", thread.RoleNone)
	// Appending to a's own conversation does not raise b; a failed append to a does not raise a.
	err := st.Append(context.Background(), a, &thread.Change{ID: "b@x", Time: storeT0.Add(time.Hour)})
	wantConflict(t, err, []string{"b@x"}, false)
	wantLatest(t, st, "ana@example.com", "pedido", a, storeT0)
}

func testAppendIdempotent(t *testing.T, st thread.Store) {
	ctx := context.Background()
	a := mustCreate(t, st, &thread.Change{ID: "a@x", Time: storeT0, Customer: "ana@example.com", Subject: "pedido", Cutoff: storeT0})
	c := &thread.Change{
		ID:           "a2@x",
		References:   []string{"a@x", "q@x"},
		Participants: []thread.Participant{{Address: "bob@example.com", Role: thread.RoleCc}},
		Time:         storeT0.Add(time.Hour),
	}
	mustAppend(t, st, a, c)
	// Again: a duplicate, and nothing written.
	for _, again := range []*thread.Change{c, {
		ID:           "a2@x",
		References:   []string{"r@x"},
		Participants: []thread.Participant{{Address: "eve@example.com", Role: thread.RoleCc}},
		Time:         storeT0.Add(2 * time.Hour),
	}, {ID: "a@x"}} {
		if err := st.Append(ctx, a, again); !errors.Is(err, thread.ErrDuplicate) {
			t.Errorf("Append of an added message: %v, want ErrDuplicate", err)
		}
	}
	wantClaims(t, st, map[string]string{"a@x": a + "+added", "a2@x": a + "+added", "q@x": a}, "a@x", "a2@x", "q@x", "r@x")
	wantRole(t, st, a, "bob@example.com", thread.RoleCc)
	wantRole(t, st, a, "eve@example.com", thread.RoleNone)
	wantLatest(t, st, "ana@example.com", "pedido", a, storeT0.Add(time.Hour))

	// A change without an id may be appended again.
	noID := &thread.Change{References: []string{"s@x"}, Participants: []thread.Participant{{Address: "sms:+34600111222", Role: thread.RoleCc}}}
	mustAppend(t, st, a, noID)
	mustAppend(t, st, a, noID)
	wantClaims(t, st, map[string]string{"s@x": a}, "s@x")
}

func testNoAliasing(t *testing.T, st thread.Store) {
	refs := []string{"p@x"}
	parts := []thread.Participant{{Address: "ana@example.com", Role: thread.RoleRequester}}
	c := &thread.Change{ID: "a@x", References: refs, Participants: parts, Time: storeT0}
	a := mustCreate(t, st, c)
	refs[0] = "changed@x"
	parts[0] = thread.Participant{Address: "eve@example.com", Role: thread.RoleAgent}
	c.ID = "changed2@x"
	wantClaims(t, st, map[string]string{"a@x": a + "+added", "p@x": a}, "a@x", "p@x", "changed@x", "changed2@x")
	wantRole(t, st, a, "ana@example.com", thread.RoleRequester)
	wantRole(t, st, a, "eve@example.com", thread.RoleNone)

	// Claims returned may be changed by the caller.
	cs, err := st.Claims(context.Background(), []string{"a@x"})
	if err != nil || len(cs) != 1 {
		t.Fatalf("Claims = %v, %v", cs, err)
	}
	cs[0].Conversation, cs[0].Added = "ZZZZ", false
	wantClaims(t, st, map[string]string{"a@x": a + "+added"}, "a@x")

	// So may the ids passed to Claims, after the call.
	ids := []string{"a@x"}
	cs, _ = st.Claims(context.Background(), ids)
	ids[0] = "zzz@x"
	if len(cs) != 1 || cs[0].ID != "a@x" {
		t.Errorf("claims after changing the ids passed: %+v", cs)
	}
}

// parallel runs f(i) for i in [0, n) at once and waits for them.
func storeParallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			f(i)
		}()
	}
	close(start)
	wg.Wait()
}

func testConcurrentCreate(t *testing.T, st thread.Store) {
	const n = 16
	for round := range 20 {
		id := fmt.Sprintf("race%d@x", round)
		var mu sync.Mutex
		var convs []string
		conflicts := 0
		storeParallel(n, func(i int) {
			// Every creator claims the same id, as a reference or as its own.
			c := &thread.Change{ID: fmt.Sprintf("r%d-%d@x", round, i), References: []string{id}}
			if i%2 == 0 {
				c = &thread.Change{ID: id}
			}
			conv, err := st.Create(context.Background(), c)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil:
				convs = append(convs, conv)
			case errors.Is(err, thread.ErrConflict):
				conflicts++
			default:
				t.Errorf("Create: %v", err)
			}
		})
		if len(convs) != 1 || conflicts != n-1 {
			t.Fatalf("round %d: %d creates succeeded (%v) and %d conflicted; want 1 and %d", round, len(convs), convs, conflicts, n-1)
		}
		got := claimsOf(t, st, id)
		if c := got[id]; c != convs[0] && c != convs[0]+"+added" {
			t.Errorf("round %d: %s claimed by %q, want %s", round, id, c, convs[0])
		}
	}
}

func testConcurrentSubject(t *testing.T, st thread.Store) {
	const n = 16
	for round := range 10 {
		subject := fmt.Sprintf("pedido %d", round)
		var mu sync.Mutex
		var convs []string
		storeParallel(n, func(i int) {
			conv, err := st.Create(context.Background(), &thread.Change{
				ID: fmt.Sprintf("s%d-%d@x", round, i), Time: storeT0,
				Customer: "ana@example.com", Subject: subject, Cutoff: storeT0.Add(-time.Hour),
			})
			if err != nil && !errors.Is(err, thread.ErrConflict) {
				t.Errorf("Create: %v", err)
			}
			if err == nil {
				mu.Lock()
				convs = append(convs, conv)
				mu.Unlock()
			}
		})
		if len(convs) != 1 {
			t.Fatalf("round %d: %d conversations took one live subject key: %v", round, len(convs), convs)
		}
		wantLatest(t, st, "ana@example.com", subject, convs[0], storeT0)
	}
}

func testConcurrentAppend(t *testing.T, st thread.Store) {
	a := mustCreate(t, st, &thread.Change{ID: "a@x", Time: storeT0, Customer: "ana@example.com", Subject: "pedido", Cutoff: storeT0})
	const n = 32
	storeParallel(n, func(i int) {
		err := st.Append(context.Background(), a, &thread.Change{
			ID:           fmt.Sprintf("a%d@x", i),
			References:   []string{"a@x", "shared@x"},
			Participants: []thread.Participant{{Address: fmt.Sprintf("p%d@example.com", i), Role: thread.RoleCc}},
			Time:         storeT0.Add(time.Duration(i) * time.Minute),
		})
		if err != nil {
			t.Errorf("Append: %v", err)
		}
	})
	want := map[string]string{"a@x": a + "+added", "shared@x": a}
	ids := []string{"a@x", "shared@x"}
	for i := range n {
		id := fmt.Sprintf("a%d@x", i)
		want[id] = a + "+added"
		ids = append(ids, id)
		wantRole(t, st, a, fmt.Sprintf("p%d@example.com", i), thread.RoleCc)
	}
	wantClaims(t, st, want, ids...)
	wantLatest(t, st, "ana@example.com", "pedido", a, storeT0.Add((n-1)*time.Minute))
}

// testIndexRace adds a first message and replies to it, all at once,
// through separate Index values over the store, as separate processes
// would: they must all end up in one conversation.
func testIndexRace(t *testing.T, st thread.Store) {
	const n = 12
	for round := range 10 {
		root := fmt.Sprintf("root%d@mail.example.com", round)
		msgs := make([]*correspondence.Message, n)
		for i := range msgs {
			m := &correspondence.Message{
				ID:      fmt.Sprintf("reply%d-%d@mail.example.com", round, i),
				From:    correspondence.Address{Address: "ana@example.com"},
				To:      []correspondence.Address{{Address: "soporte@tiendasol.example"}},
				Subject: fmt.Sprintf("Re: Pedido %d", round),
				Date:    storeT0.Add(time.Duration(i) * time.Minute),
			}
			switch i % 3 {
			case 0: // the first message itself, delivered many times
				m.ID, m.Subject, m.Date = root, fmt.Sprintf("Pedido %d", round), storeT0
			case 1:
				m.InReplyTo, m.References = []string{root}, []string{root}
			case 2: // a reply to a reply that may not have arrived yet
				parent := fmt.Sprintf("reply%d-%d@mail.example.com", round, i-1)
				m.InReplyTo, m.References = []string{parent}, []string{root, parent}
			}
			msgs[i] = m
		}
		results := make([]thread.Result, n)
		storeParallel(n, func(i int) {
			ix := &thread.Index{Store: st}
			res, err := ix.Add(context.Background(), msgs[i])
			if err != nil {
				t.Errorf("Add %s: %v", msgs[i].ID, err)
			}
			results[i] = res
		})
		for i, res := range results {
			if res.Conversation != results[0].Conversation {
				t.Fatalf("round %d: message %s went to %s, message %s to %s", round, msgs[i].ID, res.Conversation, msgs[0].ID, results[0].Conversation)
			}
			if !res.Admitted {
				t.Errorf("round %d: message %s not admitted: %+v", round, msgs[i].ID, res)
			}
		}
	}
}

// testIndexDuplicateRace adds one message through many Index values at
// once: one creates the conversation and the others find it a duplicate.
func testIndexDuplicateRace(t *testing.T, st thread.Store) {
	const n = 12
	for round := range 10 {
		m := &correspondence.Message{
			ID:      fmt.Sprintf("dup%d@mail.example.com", round),
			From:    correspondence.Address{Address: "ana@example.com"},
			Subject: "Pedido",
			Date:    storeT0.Add(time.Duration(round) * 30 * 24 * time.Hour),
		}
		matches := make([]thread.Match, n)
		convs := make([]string, n)
		storeParallel(n, func(i int) {
			ix := &thread.Index{Store: st}
			res, err := ix.Add(context.Background(), m)
			if err != nil {
				t.Errorf("Add: %v", err)
			}
			matches[i], convs[i] = res.Match, res.Conversation
		})
		news := 0
		for i := range n {
			if convs[i] != convs[0] {
				t.Fatalf("round %d: one message in conversations %s and %s", round, convs[0], convs[i])
			}
			switch matches[i] {
			case thread.MatchNew:
				news++
			case thread.MatchDuplicate:
			default:
				t.Errorf("round %d: match %v, want new or duplicate", round, matches[i])
			}
		}
		if news != 1 {
			t.Errorf("round %d: %d adds reported a new conversation, want 1", round, news)
		}
	}
}
