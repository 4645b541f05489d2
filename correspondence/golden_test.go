package correspondence

import (
	"flag"
	"testing"

	"github.com/cartero/cartero/internal/goldentest"
)

// update rewrites golden files with the current output: go test -update.
var update = flag.Bool("update", false, "rewrite golden files in testdata")

// golden compares got with the golden file at path, or rewrites it with
// -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	goldentest.Check(t, path, got, *update)
}
