package header

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// addressFields collects the From, To, Cc and Reply-To values of the mail
// fixtures in the repository and the shared corpora, unfolded.
func addressFields(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, pattern := range []string{
		"../../correspondence/testdata/*/*.eml",
		"../../examples/triage/testdata/inbox/*.eml",
	} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	_ = filepath.WalkDir("../../../shared/corpora", func(path string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() && !strings.HasPrefix(d.Name(), "README") {
			files = append(files, path)
		}
		return nil
	})
	var values []string
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		var cur *string
		for sc.Scan() {
			line := strings.TrimRight(sc.Text(), "\r")
			if line == "" {
				break // end of the header
			}
			if (line[0] == ' ' || line[0] == '\t') && cur != nil {
				*cur += " " + strings.TrimSpace(line)
				continue
			}
			cur = nil
			name, value, ok := strings.Cut(line, ":")
			if !ok {
				continue
			}
			switch strings.ToLower(name) {
			case "from", "to", "cc", "reply-to", "sender":
				values = append(values, strings.TrimSpace(value))
				cur = &values[len(values)-1]
			}
		}
		f.Close()
	}
	return values
}

// TestParseSingleAgrees holds the fast path to the general parser: every
// value it accepts must give exactly what the general parser gives, with
// no error.
func TestParseSingleAgrees(t *testing.T) {
	values := addressFields(t)
	rng := rand.New(rand.NewPCG(3, 5))
	names := []string{"", "Ana", "Ana Ruiz", `"Ruiz, Ana"`, `"Ana"`, "=?utf-8?q?Jos=C3=A9_N=C3=BA=C3=B1ez?=",
		`"=?iso-8859-1?Q?Mar=EDa?="`, "María Pérez", "  spaced   name ", `"a.b@c"`, "J. R. Smith", `'Ana'`,
		"ana@x.example", `"<ana@x.example>"`, "Soporte | Tienda"}
	addrs := []string{"ana@x.example", "a.b+tag@mail.example.com", "x@y", "bad", "a@@b", "ñ@x.example", "a b@x"}
	for i := 0; i < 5000; i++ {
		n, a := names[rng.IntN(len(names))], addrs[rng.IntN(len(addrs))]
		switch rng.IntN(3) {
		case 0:
			values = append(values, a)
		case 1:
			values = append(values, n+" <"+a+">")
		default:
			values = append(values, fmt.Sprintf("%s<%s>", n, a))
		}
	}
	fast := 0
	for _, v := range values {
		a, ok := parseSingle(v)
		if !ok {
			continue
		}
		fast++
		want, err := parseList(v)
		if err != nil || !reflect.DeepEqual([]Address{a}, want) {
			t.Errorf("%q: fast path %+v, general parser %+v (%v)", v, a, want, err)
		}
	}
	if fast < len(values)/3 {
		t.Errorf("fast path took only %d of %d values", fast, len(values))
	}
	t.Logf("fast path took %d of %d values, all read the same by the general parser", fast, len(values))
}

// FuzzParseSingle checks the fast path against the general parser on any
// input.
func FuzzParseSingle(f *testing.F) {
	for _, s := range []string{"ana@x.example", `"Ruiz, Ana" <a@x.example>`, "=?utf-8?q?Jos=C3=A9?= <j@x>", "Ana <a@b>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, ok := parseSingle(s)
		if !ok {
			return
		}
		want, err := parseList(s)
		if err != nil || !reflect.DeepEqual([]Address{a}, want) {
			t.Fatalf("%q: fast path %+v, general parser %+v (%v)", s, a, want, err)
		}
	})
}
