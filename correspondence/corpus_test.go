package correspondence

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/emersion/go-message"
	"github.com/jhillyerd/enmime/v2"
)

// moduleDir returns the directory of a module in the module cache.
func moduleDir(t testing.TB, path string) string {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", path).Output()
	if err != nil {
		t.Skipf("cannot locate %s: %v", path, err)
	}
	return strings.TrimSpace(string(out))
}

// enmimeCorpus lists the raw messages of enmime's own test suite.
func enmimeCorpus(t testing.TB) []string {
	t.Helper()
	dir := moduleDir(t, "github.com/jhillyerd/enmime/v2")
	var files []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".raw") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// notmuchCorpus lists the mailing-list mail in ../shared/corpora, or skips.
func notmuchCorpus(t testing.TB) []string {
	t.Helper()
	root := filepath.Join("..", "..", "shared", "corpora", "notmuch")
	if _, err := os.Stat(root); err != nil {
		t.Skipf("shared corpora not present at %s", root)
	}
	var files []string
	_ = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() && !strings.HasPrefix(d.Name(), "README") {
			files = append(files, path)
		}
		return nil
	})
	return files
}

// TestEnmimeCorpus parses every message of enmime's test corpus: none may
// fail, and each must satisfy the invariants.
func TestEnmimeCorpus(t *testing.T) {
	files := enmimeCorpus(t)
	if len(files) < 90 {
		t.Fatalf("found only %d raw messages in enmime's testdata", len(files))
	}
	enmimeFailures := 0
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		m, err := ParseBytes(raw)
		if err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		t.Run(filepath.Base(file), func(t *testing.T) { checkInvariants(t, m) })
		if _, err := enmime.ReadEnvelope(bytes.NewReader(raw)); err != nil {
			enmimeFailures++
		}
	}
	t.Logf("%d messages parsed; enmime.ReadEnvelope failed on %d of them", len(files), enmimeFailures)
}

// TestNotmuchCorpus parses the shared mailing-list corpus.
func TestNotmuchCorpus(t *testing.T) {
	files := notmuchCorpus(t)
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		m, err := ParseBytes(raw)
		if errors.Is(err, ErrEmpty) {
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		checkInvariants(t, m)
	}
}

// TestNoPartLost counts the MIME leaves of every corpus message with an
// independent reader (go-message) and checks that each one became text,
// HTML or an attachment.
func TestNoPartLost(t *testing.T) {
	files := enmimeCorpus(t)
	fixtures, _ := filepath.Glob("testdata/parse/*.eml")
	inbox, _ := filepath.Glob("../examples/triage/testdata/inbox/*.eml")
	files = append(append(files, fixtures...), inbox...)
	compared := 0
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		want, ok := goMessageLeaves(raw)
		if !ok {
			continue // go-message cannot read it; other tests cover it
		}
		ps := parse{p: &Parser{}, m: &Message{Raw: raw}}
		if err := ps.message(raw); err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		got := len(ps.texts) + len(ps.htmls) + len(ps.m.Attachments)
		if got != want {
			t.Errorf("%s: %d leaves accounted for, go-message sees %d", filepath.Base(file), got, want)
		}
		compared++
	}
	if compared < 60 {
		t.Errorf("only %d messages could be compared", compared)
	}
	t.Logf("%d messages compared", compared)
}

func goMessageLeaves(raw []byte) (int, bool) {
	e, err := message.Read(bytes.NewReader(raw))
	if err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err) {
		return 0, false
	}
	n := 0
	err = e.Walk(func(path []int, ent *message.Entity, err error) error {
		if err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err) {
			return err
		}
		if ent.MultipartReader() == nil {
			n++
			_, _ = io.Copy(io.Discard, ent.Body)
		}
		return nil
	})
	return n, err == nil
}
