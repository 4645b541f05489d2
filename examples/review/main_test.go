package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cartero/cartero/internal/goldentest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// cases are the sample pairs of testdata, each with the flags it is
// reviewed with: a fixed clock and the calendar of the customer's
// country.
var cases = []struct {
	name string
	args []string
}{
	{"pedido", []string{"-now", "2026-11-23T17:30:00+01:00", "-register", "formal"}},
	{"refund", []string{"-now", "2026-11-23T10:00:00-05:00", "-calendar", "America/New_York; mon-fri 09:00-17:00"}},
	{"troca", []string{"-now", "2026-11-23T10:00:00-03:00", "-calendar", "America/Sao_Paulo; mon-fri 09:00-18:00"}},
}

func TestGolden(t *testing.T) {
	for _, c := range cases {
		for _, mode := range []string{"text", "json"} {
			t.Run(c.name+"/"+mode, func(t *testing.T) {
				args := append([]string(nil), c.args...)
				ext := ".golden.txt"
				if mode == "json" {
					args = append(args, "-json")
					ext = ".golden.jsonl"
				}
				args = append(args, filepath.Join("testdata", c.name+".eml"), filepath.Join("testdata", c.name+"-draft.txt"))
				var out bytes.Buffer
				if err := run(args, &out, time.Now); err != nil {
					t.Fatal(err)
				}
				goldentest.Check(t, filepath.Join("testdata", c.name+ext), out.Bytes(), *update)
			})
		}
	}
}

// TestJSONContract checks the keys that editors script against, and
// that each finding's offsets give back its text.
func TestJSONContract(t *testing.T) {
	var out bytes.Buffer
	args := append(append([]string(nil), cases[0].args...), "-json", "testdata/pedido.eml", "testdata/pedido-draft.txt")
	if err := run(args, &out, time.Now); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) < 5 {
		t.Fatalf("%d findings on a draft with many faults", len(lines))
	}
	checks := map[string]bool{"prompt": true, "polite": true, "personal": true, "professional": true, "positive": true, "clear": true, "promotional": true}
	seen := map[string]bool{}
	for _, l := range lines {
		var f map[string]any
		if err := json.Unmarshal([]byte(l), &f); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"check", "severity", "message", "in", "start", "end", "text"} {
			if _, ok := f[k]; !ok {
				t.Errorf("finding without %q: %s", k, l)
			}
		}
		if !checks[f["check"].(string)] {
			t.Errorf("unknown check %q", f["check"])
		}
		if in := f["in"]; in != "draft" && in != "customer" {
			t.Errorf("in = %v", in)
		}
		seen[f["check"].(string)+" "+f["in"].(string)] = true
	}
	for _, want := range []string{"professional customer", "positive draft"} {
		if !seen[want] {
			t.Errorf("no %s finding in %v", want, seen)
		}
	}
}

func TestUsage(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"only-one.eml"}, &out, time.Now); err == nil {
		t.Error("one file accepted")
	}
	if err := run([]string{"-register", "casual", "testdata/pedido.eml", "testdata/pedido-draft.txt"}, &out, time.Now); err == nil {
		t.Error("bad -register accepted")
	}
	if err := run([]string{"testdata/missing.eml", "testdata/pedido-draft.txt"}, &out, time.Now); err == nil {
		t.Error("missing file accepted")
	}
	for _, bad := range []string{"5", "9-3", "a-b", "-4-10"} {
		if err := run([]string{"-addressed", bad, "testdata/pedido.eml", "testdata/pedido-draft.txt"}, &out, time.Now); err == nil {
			t.Errorf("-addressed %q accepted", bad)
		}
	}
}

// TestVerdicts lists the questions with -questions and gives verdicts on
// them by their offsets: the agent's word stands over Cartero's.
func TestVerdicts(t *testing.T) {
	files := []string{"testdata/pedido.eml", "testdata/pedido-draft.txt"}
	jsonLines := func(args ...string) []map[string]any {
		t.Helper()
		var out bytes.Buffer
		if err := run(append(append(append([]string(nil), cases[0].args...), args...), files...), &out, time.Now); err != nil {
			t.Fatal(err)
		}
		var objs []map[string]any
		for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
			var m map[string]any
			if err := json.Unmarshal([]byte(l), &m); err != nil {
				t.Fatal(err)
			}
			objs = append(objs, m)
		}
		return objs
	}
	spanOf := func(m map[string]any) string { return fmt.Sprintf("%v-%v", m["start"], m["end"]) }
	unanswered := func(args ...string) []string {
		var out []string
		for _, f := range jsonLines(append(args, "-json")...) {
			if f["code"] == "unanswered" {
				out = append(out, spanOf(f))
			}
		}
		return out
	}
	qs := jsonLines("-questions", "-json")
	if len(qs) < 2 {
		t.Fatalf("%d questions", len(qs))
	}
	for _, q := range qs {
		for _, k := range []string{"start", "end", "text", "request"} {
			if _, ok := q[k]; !ok {
				t.Errorf("question without %q: %v", k, q)
			}
		}
	}
	before := unanswered()
	if len(before) == 0 {
		t.Fatal("no unanswered question in the sample: nothing to overrule")
	}
	if got := unanswered("-addressed", strings.Join(before, ",")); len(got) != 0 {
		t.Errorf("with every finding's question addressed, still unanswered: %v", got)
	}
	var answered []string
	for _, q := range qs {
		if sp := spanOf(q); !slices.Contains(before, sp) {
			answered = append(answered, sp)
		}
	}
	if len(answered) == 0 {
		t.Fatal("every question of the sample is unanswered")
	}
	got := unanswered("-unaddressed", answered[0])
	if !slices.Contains(got, answered[0]) || len(got) != len(before)+1 {
		t.Errorf("-unaddressed %s: unanswered %v, want %v and it", answered[0], got, before)
	}
}
