package threadtest

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cartero/cartero/thread"
)

// brokenStores each break one rule of the Store contract.
var brokenStores = map[string]func() thread.Store{
	// Create writes what it can before reporting a conflict.
	"partial create": func() thread.Store { return &partialCreate{} },
	// Append takes the message's id from another conversation silently.
	"append steals": func() thread.Store { return &appendSteals{} },
	// A live subject key blocks a new conversation, but an expired one is
	// never handed over.
	"key never expires": func() thread.Store { return &keyNeverExpires{} },
	// Every participant comes back as RoleCc.
	"forgets roles": func() thread.Store { return &forgetsRoles{} },
	// Create checks the claims, then writes them in a second step.
	"check then act": func() thread.Store { return &checkThenAct{} },
	// Appending a message added already passes for a first append.
	"hides duplicates": func() thread.Store { return &hidesDuplicates{} },
}

type hidesDuplicates struct{ thread.MemStore }

func (s *hidesDuplicates) Append(ctx context.Context, conv string, c *thread.Change) error {
	if err := s.MemStore.Append(ctx, conv, c); !errors.Is(err, thread.ErrDuplicate) {
		return err
	}
	return nil
}

type partialCreate struct{ thread.MemStore }

func (s *partialCreate) Create(ctx context.Context, c *thread.Change) (string, error) {
	conv, err := s.MemStore.Create(ctx, c)
	var ce *thread.ConflictError
	if errors.As(err, &ce) {
		rest := *c
		rest.References = slices.DeleteFunc(slices.Clone(c.References), func(id string) bool { return slices.Contains(ce.IDs, id) })
		if slices.Contains(ce.IDs, c.ID) {
			rest.ID = ""
		}
		rest.Customer = ""
		_, _ = s.MemStore.Create(ctx, &rest)
	}
	return conv, err
}

type appendSteals struct{ thread.MemStore }

func (s *appendSteals) Append(ctx context.Context, conv string, c *thread.Change) error {
	err := s.MemStore.Append(ctx, conv, c)
	if errors.Is(err, thread.ErrConflict) {
		rest := *c
		rest.ID = ""
		return s.MemStore.Append(ctx, conv, &rest)
	}
	return err
}

type keyNeverExpires struct{ thread.MemStore }

func (s *keyNeverExpires) Create(ctx context.Context, c *thread.Change) (string, error) {
	if c.Customer != "" {
		if _, _, err := s.Latest(ctx, c.Customer, c.Subject); err == nil {
			rest := *c
			rest.Customer = ""
			return s.MemStore.Create(ctx, &rest)
		}
	}
	return s.MemStore.Create(ctx, c)
}

type forgetsRoles struct{ thread.MemStore }

func (s *forgetsRoles) Role(ctx context.Context, conv, address string) (thread.Role, error) {
	r, err := s.MemStore.Role(ctx, conv, address)
	if r != thread.RoleNone {
		r = thread.RoleCc
	}
	return r, err
}

type checkThenAct struct{ thread.MemStore }

func (s *checkThenAct) Create(ctx context.Context, c *thread.Change) (string, error) {
	ids := append([]string{c.ID}, c.References...)
	cs, err := s.Claims(ctx, ids)
	if err != nil {
		return "", err
	}
	if len(cs) > 0 {
		return "", &thread.ConflictError{IDs: []string{cs[0].ID}}
	}
	time.Sleep(time.Millisecond) // another process acts here
	rest := *c
	rest.ID, rest.References = "", nil
	conv, err := s.MemStore.Create(ctx, &rest)
	if err != nil {
		return "", err
	}
	return conv, s.MemStore.Append(ctx, conv, &thread.Change{ID: c.ID, References: c.References})
}

// TestBrokenStore runs TestStore on the broken store named by the
// environment; TestStoreCatchesBrokenStores runs it in a child process.
func TestBrokenStore(t *testing.T) {
	name := os.Getenv("THREADTEST_BROKEN_STORE")
	if name == "" {
		t.Skip("run by TestStoreCatchesBrokenStores")
	}
	TestStore(t, brokenStores[name])
}

// TestStoreCatchesBrokenStores checks that the suite fails each broken
// store, and names the rule it broke.
func TestStoreCatchesBrokenStores(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a child test process per broken store")
	}
	want := map[string]string{
		"partial create":    "CreateConflict",
		"append steals":     "AppendConflict",
		"key never expires": "SubjectKey",
		"forgets roles":     "Append",
		"check then act":    "ConcurrentCreate",
		"hides duplicates":  "AppendIdempotent",
	}
	names := make([]string, 0, len(brokenStores))
	for name := range brokenStores {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Run(strings.ReplaceAll(name, " ", "_"), func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestBrokenStore$", "-test.count=1", "-test.v")
			cmd.Env = append(os.Environ(), "THREADTEST_BROKEN_STORE="+name)
			out, err := cmd.CombinedOutput()
			if err == nil {
				t.Fatalf("TestStore passed a store where %s:\n%s", name, out)
			}
			if fail := "--- FAIL: TestBrokenStore/" + want[name] + " "; !strings.Contains(string(out), fail) {
				t.Errorf("the suite did not report %q:\n%s", fail, out)
			}
		})
	}
}
