package imports

import (
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/cartero/cartero"

// heavy are the module paths the core must not depend on.
var heavy = []string{
	"github.com/jackc/pgx",
	"github.com/emersion/go-imap",
	"github.com/emersion/go-smtp",
}

// deps returns the packages pkg depends on, itself included, tests left
// out.
func deps(t *testing.T, pkg string) []string {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", pkg).Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("go list -deps %s: %v\n%s", pkg, err, ee.Stderr)
		}
		t.Fatalf("go list -deps %s: %v", pkg, err)
	}
	return strings.Fields(string(out))
}

// heavyIn returns the packages of deps that come from a heavy module.
func heavyIn(deps []string) []string {
	var found []string
	for _, d := range deps {
		for _, h := range heavy {
			if d == h || strings.HasPrefix(d, h+"/") {
				found = append(found, d)
				break
			}
		}
	}
	return found
}

func TestCoreIsLight(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	tests := []struct {
		pkg   string
		heavy bool // whether it must depend on a heavy module: proves the check sees imports
	}{
		{"correspondence", false},
		{"thread", false},
		{"thread/threadtest", false},
		{"classify", false},
		{"sla", false},
		{"template", false},
		{"review", false},
		{"thread/pgstore", true},
	}
	for _, tc := range tests {
		t.Run(strings.ReplaceAll(tc.pkg, "/", "_"), func(t *testing.T) {
			found := heavyIn(deps(t, module+"/"+tc.pkg))
			switch {
			case tc.heavy && len(found) == 0:
				t.Errorf("%s depends on none of %q, yet it should: the check cannot see imports", tc.pkg, heavy)
			case !tc.heavy && len(found) > 0:
				t.Errorf("%s depends on %q; backends and examples that need them go in their own packages", tc.pkg, found)
			}
		})
	}
}

func TestHeavyIn(t *testing.T) {
	got := heavyIn([]string{
		"github.com/jackc/pgx/v5/pgxpool",
		"github.com/emersion/go-imap/v2/imapclient",
		"github.com/emersion/go-smtp",
		"github.com/emersion/go-message/mail",
		"github.com/jackc/pgxfake",
		"fmt",
	})
	want := []string{"github.com/jackc/pgx/v5/pgxpool", "github.com/emersion/go-imap/v2/imapclient", "github.com/emersion/go-smtp"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("heavyIn = %q, want %q", got, want)
	}
}
