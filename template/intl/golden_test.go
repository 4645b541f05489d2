package intl_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the same zone rules on every machine

	"golang.org/x/text/language"

	"github.com/cartero/cartero/template/intl"
)

// The golden files in testdata were written by scripts/intlgolden/gen.mjs
// with Node's Intl (ICU 78, CLDR 48). Every value must agree byte for byte.

// readGolden calls fn with the fields of each line of a golden file.
func readGolden(t *testing.T, name string, fn func(fields []json.RawMessage) (got, want string)) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	values, agree, line := 0, 0, 0
	for sc.Scan() {
		line++
		var fields []json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &fields); err != nil {
			t.Fatalf("%s:%d: %v", name, line, err)
		}
		got, want := fn(fields)
		values++
		if got == want {
			agree++
			continue
		}
		if values-agree <= 20 {
			t.Errorf("%s:%d: %s\n got %q\nwant %q", name, line, sc.Text(), got, want)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if values == 0 {
		t.Fatalf("%s: no values", name)
	}
	t.Logf("%s: %d values, %d agree", strings.TrimSuffix(name, ".jsonl"), values, agree)
}

func str(t *testing.T, m json.RawMessage) string {
	var s string
	if err := json.Unmarshal(m, &s); err != nil {
		t.Fatal(err)
	}
	return s
}

func num(t *testing.T, m json.RawMessage) int {
	n, err := strconv.Atoi(string(m))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func locale(t *testing.T, tag string, zone string) intl.Locale {
	var loc *time.Location
	if zone != "" {
		var err error
		if loc, err = time.LoadLocation(zone); err != nil {
			t.Fatal(err)
		}
	}
	l := intl.New(language.MustParse(tag), loc)
	if l.Tag().String() != tag {
		t.Fatalf("New(%s) uses %s", tag, l.Tag())
	}
	return l
}

func style(t *testing.T, s string) intl.Style {
	st, err := intl.ParseStyle(s)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestGoldenDates(t *testing.T) {
	// ["es-ES","Europe/Madrid","2025-12-31T23:59:59Z","full","","jueves, 1 de enero de 2026"]
	readGolden(t, "dates.jsonl", func(f []json.RawMessage) (string, string) {
		l := locale(t, str(t, f[0]), str(t, f[1]))
		at, err := time.Parse(time.RFC3339, str(t, f[2]))
		if err != nil {
			t.Fatal(err)
		}
		ds, ts := str(t, f[3]), str(t, f[4])
		var got string
		switch {
		case ts == "":
			got = l.Date(at, style(t, ds))
		case ds == "":
			got = l.Time(at, style(t, ts))
		default:
			got = l.DateTime(at, style(t, ds), style(t, ts))
		}
		return got, str(t, f[5])
	})
}

func TestGoldenRelative(t *testing.T) {
	// ["es-ES","second",-3,"always","hace 3 segundos"]
	readGolden(t, "relative.jsonl", func(f []json.RawMessage) (string, string) {
		l := locale(t, str(t, f[0]), "")
		u, err := intl.ParseUnit(str(t, f[1]))
		if err != nil {
			t.Fatal(err)
		}
		return l.RelativeUnit(num(t, f[2]), u, str(t, f[3]) == "always"), str(t, f[4])
	})
}

func TestGoldenNumbers(t *testing.T) {
	// ["es-ES","number","1234.5","1234,5"]
	readGolden(t, "numbers.jsonl", func(f []json.RawMessage) (string, string) {
		l := locale(t, str(t, f[0]), "")
		in, want := str(t, f[2]), str(t, f[3])
		switch kind := str(t, f[1]); kind {
		case "int":
			n, err := strconv.ParseInt(in, 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			return l.Int(n), want
		case "number":
			return l.Number(intl.MustParseDecimal(in)), want
		case "percent":
			return l.Percent(intl.MustParseDecimal(in)), want
		default:
			t.Fatalf("unknown kind %q", kind)
		}
		return "", ""
	})
}

func TestGoldenMoney(t *testing.T) {
	// ["es-ES","EUR","1234.5","1234,50 €"]
	// ["en-US/code","KWD","1","KWD 1.000"]: the fraction digits of every
	// currency ICU knows.
	readGolden(t, "money.jsonl", func(f []json.RawMessage) (string, string) {
		tag, code, amount, want := str(t, f[0]), str(t, f[1]), str(t, f[2]), str(t, f[3])
		if tag == "en-US/code" {
			_, frac, _ := strings.Cut(want, ".")
			return strconv.Itoa(intl.CurrencyDigits(code)), strconv.Itoa(len(frac))
		}
		m, err := intl.ParseMoney(amount, code)
		if err != nil {
			t.Fatal(err)
		}
		got, err := locale(t, tag, "").Money(m)
		if err != nil {
			t.Fatal(err)
		}
		return got, want
	})
}

func TestGoldenPlurals(t *testing.T) {
	// ["es-ES","1000000","many"]
	readGolden(t, "plurals.jsonl", func(f []json.RawMessage) (string, string) {
		l := locale(t, str(t, f[0]), "")
		d := intl.MustParseDecimal(str(t, f[1]))
		got := l.Plural(d).String()
		if !strings.ContainsAny(str(t, f[1]), ".e") {
			n, _ := strconv.ParseInt(str(t, f[1]), 10, 64)
			if c := l.PluralInt(n).String(); c != got {
				t.Errorf("%s: PluralInt(%d) = %s, Plural = %s", l.Tag(), n, c, got)
			}
		}
		return got, str(t, f[2])
	})
}

func TestGoldenLists(t *testing.T) {
	// ["es-ES","conjunction",["Ana","Inés"],"Ana e Inés"]
	readGolden(t, "lists.jsonl", func(f []json.RawMessage) (string, string) {
		l := locale(t, str(t, f[0]), "")
		k, err := intl.ParseListKind(str(t, f[1]))
		if err != nil {
			t.Fatal(err)
		}
		var items []string
		if err := json.Unmarshal(f[2], &items); err != nil {
			t.Fatal(err)
		}
		return l.List(items, k), str(t, f[3])
	})
}
