package thread

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cartero/cartero/correspondence"
	"github.com/google/go-cmp/cmp"
)

// updateIndex rewrites the golden files under testdata/index:
// go test ./thread -update-index.
var updateIndex = flag.Bool("update-index", false, "rewrite the golden files in testdata/index")

// indexGolden compares got with the golden file at path, or rewrites it
// with -update-index.
func indexGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *updateIndex {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update-index creates it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-golden +got; go test -update-index rewrites it):\n%s", path, diff)
	}
}

// TestParseAuthResultsCorpus parses the fields of testdata/index/authres.txt
// and compares the results with authres.golden.
func TestParseAuthResultsCorpus(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "index", "authres.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	n := 0
	for _, block := range strings.Split(string(raw), "\n\n") {
		var name string
		var value []string
		for _, line := range strings.Split(block, "\n") {
			if strings.HasPrefix(line, "# ") {
				name = strings.TrimPrefix(line, "# ")
			} else if line != "" {
				value = append(value, line)
			}
		}
		if len(value) == 0 {
			continue
		}
		n++
		ar, err := ParseAuthResults(strings.Join(value, "\r\n"))
		fmt.Fprintf(&out, "# %s\n", name)
		if err != nil {
			fmt.Fprintf(&out, "error: %v\n\n", err)
			continue
		}
		fmt.Fprintf(&out, "servid %q\n", ar.ServID)
		for _, r := range ar.Results {
			fmt.Fprintf(&out, "%s=%s", r.Method, r.Result)
			if r.Reason != "" {
				fmt.Fprintf(&out, " reason=%q", r.Reason)
			}
			for _, p := range r.Properties {
				fmt.Fprintf(&out, " %s=%q", p.Name, p.Value)
			}
			out.WriteByte('\n')
		}
		out.WriteByte('\n')
	}
	if n < 10 {
		t.Fatalf("read only %d fields from authres.txt", n)
	}
	got := []byte(out.String())
	indexGolden(t, filepath.Join("testdata", "index", "authres.golden"), got)
}

func TestParseAuthResults(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want AuthResults
		err  error
	}{
		{"", AuthResults{}, ErrMalformedAuthResults},
		{"   (just a comment)  ", AuthResults{}, ErrMalformedAuthResults},
		{"; spf=pass", AuthResults{}, ErrMalformedAuthResults},
		{"mx.example.com", AuthResults{ServID: "mx.example.com"}, nil},
		{"mx.example.com; none", AuthResults{ServID: "mx.example.com"}, nil},
		{"mx.example.com;;; spf=pass;;", AuthResults{ServID: "mx.example.com", Results: []AuthResult{{Method: "spf", Result: "pass"}}}, nil},
		{
			`mx.example.com; dkim=pass header.d=example.com header.d=other.example reason="a \"quoted\" reason" header.b=ab==`,
			AuthResults{ServID: "mx.example.com", Results: []AuthResult{{
				Method: "dkim", Result: "pass", Reason: `a "quoted" reason`,
				Properties: []AuthProperty{{"header.d", "example.com"}, {"header.d", "other.example"}, {"header.b", "ab=="}},
			}}},
			nil,
		},
		{
			"mx.example.com; dmarc=pass header.from=example.com (unclosed; spf=pass",
			AuthResults{ServID: "mx.example.com", Results: []AuthResult{
				{Method: "dmarc", Result: "pass", Properties: []AuthProperty{{"header.from", "example.com"}}},
				{Method: "spf", Result: "pass"},
			}},
			nil,
		},
		{
			`mx.example.com; spf=pass smtp.mailfrom="unclosed`,
			AuthResults{ServID: "mx.example.com", Results: []AuthResult{{
				Method: "spf", Result: "pass", Properties: []AuthProperty{{"smtp.mailfrom", "unclosed"}},
			}}},
			nil,
		},
	} {
		got, err := ParseAuthResults(tc.in)
		if !errors.Is(err, tc.err) || (err == nil) != (tc.err == nil) {
			t.Errorf("ParseAuthResults(%q) error %v, want %v", tc.in, err, tc.err)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("ParseAuthResults(%q) (-want +got):\n%s", tc.in, diff)
		}
	}

	// Limits: results and properties are capped.
	long := "mx.example.com" + strings.Repeat("; spf=pass"+strings.Repeat(" smtp.x=y", 40), 200)
	ar, err := ParseAuthResults(long)
	if err != nil || len(ar.Results) != MaxAuthResults || len(ar.Results[0].Properties) != maxAuthProperties {
		t.Errorf("long field: %d results, %v", len(ar.Results), err)
	}
	if got := ar.Results[0].Property("smtp.x"); got != "y" {
		t.Errorf("Property = %q", got)
	}
	if got := ar.Results[0].Property("smtp.none"); got != "" {
		t.Errorf("Property of a missing name = %q", got)
	}
}

// authMessage returns a message from ana@example.com with the given
// Authentication-Results fields, topmost first.
func authMessage(from string, fields ...string) *correspondence.Message {
	m := &correspondence.Message{From: correspondence.Address{Address: from}}
	for _, f := range fields {
		m.Header = append(m.Header, correspondence.Field{Name: "Authentication-Results", Value: f})
	}
	m.Header = append(m.Header, correspondence.Field{Name: "Received", Value: "from mail.example.com by mx.tiendasol.example"})
	return m
}

func TestAuthenticated(t *testing.T) {
	const ours = "mx.tiendasol.example"
	servIDs := []string{"MX.tiendasol.example", "mx2.tiendasol.example"}
	for _, tc := range []struct {
		name   string
		from   string
		fields []string
		want   bool
	}{
		{"dmarc pass", "ana@example.com", []string{ours + "; dmarc=pass header.from=example.com"}, true},
		{"dmarc pass, From domain in another case", "Ana@Example.COM", []string{ours + "; dmarc=pass header.from=example.com"}, true},
		{"dmarc pass without header.from", "ana@example.com", []string{ours + "; dmarc=pass"}, true},
		{"second trusted server", "ana@example.com", []string{"mx2.tiendasol.example; dmarc=pass header.from=example.com"}, true},
		{"dmarc pass for another domain", "ana@example.com", []string{ours + "; dmarc=pass header.from=evil.example"}, false},
		{"dmarc fail", "ana@example.com", []string{ours + "; dmarc=fail header.from=example.com; dkim=pass header.d=example.com"}, false},
		{"dkim pass aligned", "ana@example.com", []string{ours + "; dkim=pass header.d=example.com"}, true},
		{"dkim pass by header.i", "ana@example.com", []string{ours + "; dkim=pass header.i=@example.com"}, true},
		{"dkim pass for a parent domain", "ana@mail.example.com", []string{ours + "; dkim=pass header.d=example.com"}, true},
		{"dkim pass for a subdomain", "ana@example.com", []string{ours + "; dkim=pass header.d=mail.example.com"}, false},
		{"dkim pass for a look-alike", "ana@example.com", []string{ours + "; dkim=pass header.d=ample.com"}, false},
		{"dkim pass for a top-level domain", "ana@example.com", []string{ours + "; dkim=pass header.d=com"}, false},
		{"dkim pass unaligned", "ana@example.com", []string{ours + "; dkim=pass header.d=mailer.example"}, false},
		{"dkim fail", "ana@example.com", []string{ours + "; dkim=fail header.d=example.com"}, false},
		{"spf pass aligned", "ana@example.com", []string{ours + "; spf=pass smtp.mailfrom=bounces@example.com"}, true},
		{"spf pass aligned, domain only", "ana@example.com", []string{ours + "; spf=pass smtp.mailfrom=example.com"}, true},
		{"spf pass aligned, in angle brackets", "ana@example.com", []string{ours + "; spf=pass smtp.mailfrom=<ana@example.com>"}, true},
		{"spf softfail", "ana@example.com", []string{ours + "; spf=softfail smtp.mailfrom=example.com"}, false},
		{"spf pass unaligned", "ana@example.com", []string{ours + "; spf=pass smtp.mailfrom=evil.example"}, false},
		{"dmarc none, dkim aligned", "ana@example.com", []string{ours + "; dkim=pass header.d=example.com; dmarc=none header.from=example.com"}, true},
		{"results in two fields of one server", "ana@example.com", []string{ours + "; dmarc=none header.from=example.com", ours + "; dkim=pass header.d=example.com"}, true},
		{"untrusted server", "ana@example.com", []string{"mx.evil.example; dmarc=pass header.from=example.com"}, false},
		{"untrusted server with a similar name", "ana@example.com", []string{"mx.tiendasol.example.evil.example; dmarc=pass header.from=example.com"}, false},
		{"no authserv-id", "ana@example.com", []string{"dmarc=pass header.from=example.com"}, false},
		{"forged pass below our fail", "ana@example.com", []string{ours + "; dmarc=fail header.from=example.com", ours + "; dmarc=pass header.from=example.com"}, false},
		{"forged pass beside our none", "ana@example.com", []string{ours + "; dmarc=none header.from=example.com", ours + "; dmarc=pass header.from=example.com"}, false},
		{"no fields", "ana@example.com", nil, false},
		{"no From", "", []string{ours + "; dmarc=pass header.from=example.com"}, false},
		{"From without a domain", "ana", []string{ours + "; dmarc=pass"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := authMessage(tc.from, tc.fields...)
			if got := Authenticated(m, servIDs); got != tc.want {
				t.Errorf("Authenticated = %v, want %v", got, tc.want)
			}
			if Authenticated(m, nil) || Authenticated(m, []string{""}) {
				t.Error("authenticated without trusted authserv-ids")
			}
		})
	}
}
