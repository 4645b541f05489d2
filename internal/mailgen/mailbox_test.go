package mailgen

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cartero/cartero/correspondence"
	"github.com/google/go-cmp/cmp"
)

func TestGenerateDeterministic(t *testing.T) {
	a, b := Generate(3000, 7), Generate(3000, 7)
	if diff := cmp.Diff(a, b, cmp.AllowUnexported(correspondence.Attachment{})); diff != "" {
		t.Errorf("same seed, different mailboxes:\n%s", diff)
	}
	c := Mailbox(3000, 8)
	same := 0
	for k := range c {
		if c[k].ID == a.Messages[k].ID {
			same++
		}
	}
	if same > 100 {
		t.Errorf("seeds 7 and 8 share %d of 3000 Message-IDs in place", same)
	}
}

func TestGenerateSize(t *testing.T) {
	for _, n := range []int{0, 1, 2, 17, 1000} {
		c := Generate(n, 1)
		if len(c.Messages) != n || len(c.Conversation) != n {
			t.Errorf("Generate(%d): %d messages, %d conversation numbers", n, len(c.Messages), len(c.Conversation))
		}
		for k := 1; k < len(c.Messages); k++ {
			if c.Messages[k].Received.Before(c.Messages[k-1].Received) {
				t.Fatalf("Generate(%d): message %d delivered before message %d", n, k, k-1)
			}
		}
	}
}

// TestGenerateShapes checks that a mailbox holds every shape the package
// documents, in roughly the documented amounts.
func TestGenerateShapes(t *testing.T) {
	const n = 30000
	c := Generate(n, 1)
	have := make(map[string]int)
	byID := make(map[string]*correspondence.Message)
	for _, m := range c.Messages {
		have[m.ID]++
		byID[m.ID] = m
	}
	sizes := make(map[int]int)
	for _, k := range c.Conversation {
		sizes[k]++
	}
	count := make(map[string]int)
	for k, m := range c.Messages {
		size := sizes[c.Conversation[k]]
		switch {
		case size == 1:
			count["singleton"]++
		case strings.Contains(m.Subject, "[dev]") || strings.Contains(m.Subject, "[users]") || strings.Contains(m.Subject, "[general]"):
			count["list"]++
		default:
			count["exchange"]++
		}
		if have[m.ID] > 1 && m.ID != "" {
			count["duplicate"]++
		}
		if m.ID == "" {
			count["no Message-ID"]++
		}
		if strings.HasPrefix(m.ID, `"/c=`) {
			count["X.400"]++
		}
		if m.Date.IsZero() {
			count["no Date"]++
		}
		if len(m.InReplyTo) == 0 && len(m.References) == 0 && strings.ContainsAny(m.Subject, ":：") && size > 1 {
			count["subject only"]++
		}
		if len(m.InReplyTo) == 1 && len(m.References) == 0 {
			count["In-Reply-To only"]++
		}
		if len(m.InReplyTo) == 0 && len(m.References) > 0 {
			count["References only"]++
		}
		for _, id := range append(slices.Clone(m.InReplyTo), m.References...) {
			if id != "" && have[id] == 0 && strings.Contains(id, "@") && !strings.Contains(id, "gmane") {
				count["missing parent"]++
				break
			}
		}
		if len(m.References) > 1 && len(m.InReplyTo) == 1 && m.References[0] == m.InReplyTo[0] {
			count["newest first"]++
		}
		if slices.Contains(m.References, m.ID) {
			count["self-reference"]++
		}
		if len(m.InReplyTo) == 1 && strings.Contains(m.InReplyTo[0], "gmane") {
			count["rewritten In-Reply-To"]++
		}
		if slices.Contains(m.InReplyTo, "yes") {
			count["<yes>"]++
		}
		if len(m.References) > 0 && strings.HasPrefix(m.References[0], "ticket-") {
			count["ticket"]++
		}
		if len(m.InReplyTo) == 1 {
			// Following In-Reply-To from m leads back to m.
			p := m
			for range 3 {
				if p = byID[p.InReplyTo[0]]; p == nil || len(p.InReplyTo) != 1 || p == m {
					break
				}
			}
			if p == m {
				count["cycle"]++
			}
		}
	}
	generic := make(map[string]map[string]bool) // generic subject → customers
	for _, m := range c.Messages {
		if s := m.Subject; s == "Order status" || s == "Estado del pedido" || s == "Status do pedido" {
			if generic[s] == nil {
				generic[s] = make(map[string]bool)
			}
			generic[s][m.From.Address] = true
		}
	}
	for _, who := range generic {
		count["generic subject senders"] = max(count["generic subject senders"], len(who))
	}
	t.Logf("%d messages, %d conversations: %v", n, len(sizes), count)
	atLeast := map[string]int{
		"singleton": n / 20, "exchange": n / 3, "list": n / 5, "duplicate": 20, "no Message-ID": 10,
		"X.400": 20, "no Date": 10, "subject only": 100, "In-Reply-To only": 300, "References only": 100,
		"missing parent": 200, "newest first": 20, "self-reference": 5, "rewritten In-Reply-To": 50,
		"<yes>": 10, "ticket": 20, "cycle": 4, "generic subject senders": 20,
	}
	for what, min := range atLeast {
		if count[what] < min {
			t.Errorf("%s: %d messages, want at least %d", what, count[what], min)
		}
	}
	if count["list"] > n/2 || count["singleton"] > n/5 {
		t.Errorf("unbalanced mix: %v", count)
	}
}

// TestRawRoundTrip reads every generated message back from its raw form.
func TestRawRoundTrip(t *testing.T) {
	for _, m := range Mailbox(5000, 3) {
		raw := Raw(m)
		got, err := correspondence.ParseHeaderBytes(raw)
		if err != nil {
			t.Fatalf("%s: %v\n%s", m.ID, err, raw)
		}
		if len(got.Defects) > 0 {
			t.Errorf("%s: defects %v\n%s", m.ID, got.Defects, raw)
		}
		want := correspondence.Message{
			ID: m.ID, InReplyTo: m.InReplyTo, References: m.References,
			From: m.From, To: m.To, Cc: m.Cc, Subject: m.Subject,
		}
		have := correspondence.Message{
			ID: got.ID, InReplyTo: got.InReplyTo, References: got.References,
			From: got.From, To: got.To, Cc: got.Cc, Subject: got.Subject,
		}
		if diff := cmp.Diff(want, have, cmp.AllowUnexported(correspondence.Attachment{})); diff != "" {
			t.Fatalf("%s: read back differently (-want +got):\n%s\n%s", m.ID, diff, raw)
		}
		if !got.Date.Equal(m.Date) || !got.Received.Equal(m.Received) {
			t.Fatalf("%s: times %v, %v; want %v, %v\n%s", m.ID, got.Date, got.Received, m.Date, m.Received, raw)
		}
		for _, line := range strings.Split(string(raw[:len(got.Raw)]), "\n") {
			if len(line) > 998 {
				t.Fatalf("%s: header line of %d bytes", m.ID, len(line))
			}
		}
	}
}

func TestWriteMaildir(t *testing.T) {
	dir := t.TempDir()
	msgs := Mailbox(300, 4)
	paths, err := WriteMaildir(dir, msgs)
	if err != nil {
		t.Fatal(err)
	}
	for _, sub := range []string{"cur", "new", "tmp"} {
		if fi, err := os.Stat(filepath.Join(dir, sub)); err != nil || !fi.IsDir() {
			t.Errorf("%s: %v", sub, err)
		}
	}
	files, err := os.ReadDir(filepath.Join(dir, "cur"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(msgs) || len(paths) != len(msgs) {
		t.Fatalf("%d files, %d paths for %d messages", len(files), len(paths), len(msgs))
	}
	for k, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		got, err := correspondence.ParseHeader(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if got.ID != msgs[k].ID || got.Subject != msgs[k].Subject {
			t.Errorf("%s holds %q %q, want %q %q", p, got.ID, got.Subject, msgs[k].ID, msgs[k].Subject)
		}
	}
}
