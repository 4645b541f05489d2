package pgstore_test

import (
	"context"
	"sync"
	"testing"

	"github.com/cartero/cartero/thread"
	"github.com/cartero/cartero/thread/pgstore/pgstoretest"
)

// TestKeyRingOnce has processes that start at once each ask for the key
// ring of a database without keys: one key is made, and all sign with it.
func TestKeyRingOnce(t *testing.T) {
	ctx := context.Background()
	dsn, stores := processes(t, 3)
	const n = 12
	codes := make([]string, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			r, err := stores[i%len(stores)].KeyRing(ctx)
			if err != nil {
				t.Error(err)
				return
			}
			tok, err := r.Token("000K7")
			if err != nil {
				t.Error(err)
				return
			}
			codes[i] = tok.Code
		}()
	}
	close(start)
	wg.Wait()
	for i, c := range codes {
		if c != codes[0] {
			t.Errorf("process %d signs %q, process 0 %q", i, c, codes[0])
		}
	}
	if n := count(t, dsn, "keys"); n != 1 {
		t.Errorf("%d keys stored, want 1", n)
	}
	var secretLen int
	if err := queryRow(ctx, dsn, "SELECT length(secret) FROM keys", &secretLen); err != nil {
		t.Fatal(err)
	}
	if secretLen < 32 || secretLen < thread.MinSecretLen {
		t.Errorf("secret of %d bytes", secretLen)
	}
}

// TestKeyRingRotation adds a key: the ring signs with it and still
// verifies tokens signed with the old one.
func TestKeyRingRotation(t *testing.T) {
	ctx := context.Background()
	dsn := pgstoretest.DSN(t)
	s := open(t, dsn)
	old, err := s.KeyRing(ctx)
	if err != nil {
		t.Fatal(err)
	}
	oldTok, _ := old.Token("0001")
	if err := exec(ctx, dsn, "INSERT INTO keys (id, secret) VALUES ('2', $1)", []byte("a second secret of 32 bytes, ok.")); err != nil {
		t.Fatal(err)
	}
	r, err := s.KeyRing(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tok, _ := r.Token("0001")
	if tok.Code == oldTok.Code || tok.Code[4] != '2' {
		t.Errorf("after rotation the ring signs %q (before, %q), want key 2", tok.Code, oldTok.Code)
	}
	if conv, err := r.Verify(oldTok.Code); err != nil || conv != "0001" {
		t.Errorf("Verify of a token of the old key = %q, %v", conv, err)
	}
	// A second store on the database sees the same ring.
	other, err := open(t, dsn).KeyRing(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if tok2, _ := other.Token("0001"); tok2 != tok {
		t.Errorf("another process signs %+v, want %+v", tok2, tok)
	}
}
