package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/sla"
	"github.com/cartero/cartero/thread"
)

// The sample inbox of examples/triage and its golden -json output, made
// with testNow, testAgent and the default calendar and policy.
const (
	inboxDir    = "../../triage/testdata/inbox"
	inboxGolden = "../../triage/testdata/inbox.golden.jsonl"
	testNow     = "2026-11-23T09:00:00+01:00"
	testAgent   = "Lucía Romero, Atención al cliente"
	calendar    = "Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00"
)

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	tt, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return tt
}

// triagePipeline is configured as triage is by default.
func triagePipeline(t *testing.T) *Pipeline {
	t.Helper()
	policy := sla.Prompt(24 * time.Hour)
	policy.Calendar = sla.MustParseCalendar(calendar)
	d, err := NewDrafter(testAgent, "", "es-ES", policy.Calendar.Location)
	if err != nil {
		t.Fatal(err)
	}
	return &Pipeline{Policy: policy, Drafter: d}
}

func encode(t *testing.T, r Record) string {
	t.Helper()
	var b bytes.Buffer
	if err := NewEncoder(&b).Encode(r); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestProcessInbox files the sample inbox in order, as triage does, and
// expects triage's golden output line for line.
func TestProcessInbox(t *testing.T) {
	processInbox(t, func(*Pipeline) {})
}

// processInbox files the sample inbox with triage's pipeline, changed by
// setup, and compares with triage's output.
func processInbox(t *testing.T, setup func(*Pipeline)) {
	t.Helper()
	golden, err := os.ReadFile(inboxGolden)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.SplitAfter(string(golden), "\n")
	want = want[:len(want)-1]
	files, err := filepath.Glob(filepath.Join(inboxDir, "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(files)
	if len(files) != len(want) {
		t.Fatalf("%d messages, %d golden lines", len(files), len(want))
	}
	p := triagePipeline(t)
	setup(p)
	now := mustTime(t, testNow)
	for i, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// Triage names messages by the path it was given.
		src := "testdata/inbox/" + filepath.Base(f)
		r, m, err := p.Process(context.Background(), src, raw, now)
		if err != nil {
			t.Errorf("%s: %v", src, err)
		}
		if m == nil {
			t.Errorf("%s: no message", src)
		}
		if got := encode(t, r); got != want[i] {
			t.Errorf("%s:\ngot  %s\nwant %s", src, got, want[i])
		}
	}
}

func TestParse(t *testing.T) {
	const good = "From: Ana <ana@example.com>\r\nTo: soporte@tienda.example\r\nSubject: Pedido 4471\r\n" +
		"Date: Mon, 16 Nov 2026 10:00:00 +0100\r\nMessage-ID: <a1@example.com>\r\n\r\n" +
		"Hola, ¿dónde está mi pedido 4471? Hace dos semanas que espero.\r\n"
	tests := []struct {
		name    string
		parser  correspondence.Parser
		raw     string
		wantErr bool
	}{
		{"message", correspondence.Parser{}, good, false},
		{"empty", correspondence.Parser{}, "", true},
		{"too large", correspondence.Parser{MaxSize: 64}, good, true},
		{"no header", correspondence.Parser{}, "just some words\n", false},
		{"binary", correspondence.Parser{}, "\x00\x01\x02\xff\xfe\r\n\r\n\x00", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &Pipeline{Parser: tt.parser}
			r, m := p.Parse("src", []byte(tt.raw))
			if r.Source != "src" {
				t.Errorf("source %q", r.Source)
			}
			if gotErr := r.Error != ""; gotErr != tt.wantErr {
				t.Fatalf("error %q, want an error: %v", r.Error, tt.wantErr)
			}
			if (m == nil) != tt.wantErr {
				t.Errorf("message %v with error %q", m, r.Error)
			}
			// Parse leaves filing alone.
			if r.Thread != "" || len(r.SLA) != 0 || r.Draft != nil {
				t.Errorf("parse filed the message: %+v", r)
			}
			checkKeys(t, encode(t, r), tt.wantErr)

			// Read agrees with Parse.
			r2, _ := p.Read("src", strings.NewReader(tt.raw))
			if a, b := encode(t, r), encode(t, r2); a != b {
				t.Errorf("Read differs from Parse:\n%s\n%s", b, a)
			}
		})
	}
}

// checkKeys checks that a record has every contract key, and error only
// when it failed.
func checkKeys(t *testing.T, line string, failed bool) {
	t.Helper()
	var obj map[string]any
	if err := json.Unmarshal([]byte(line), &obj); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"source", "message_id", "in_reply_to", "references", "subject", "from", "to",
		"date", "channel", "text", "html", "attachments", "defects", "reply", "quoted", "signature", "forwarded",
		"type", "confidence", "reasons", "language", "sentiment", "urgency", "auto",
		"thread", "parent", "match", "verdict", "sla", "draft"} {
		if _, ok := obj[k]; !ok {
			t.Errorf("no key %q in %s", k, line)
		}
	}
	if _, ok := obj["error"]; ok != failed {
		t.Errorf("error key present: %v, want %v", ok, failed)
	}
	for _, k := range []string{"in_reply_to", "references", "to", "attachments", "defects", "reasons"} {
		if obj[k] == nil {
			t.Errorf("%s is null, want []", k)
		}
	}
}

// mail writes a message; to and replyTo may be empty.
func mail(from, to, subject, id, inReplyTo, date, body string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\n", from, to, subject, date)
	if id != "" {
		fmt.Fprintf(&b, "Message-ID: <%s>\r\n", id)
	}
	if inReplyTo != "" {
		fmt.Fprintf(&b, "In-Reply-To: <%s>\r\nReferences: <%s>\r\n", inReplyTo, inReplyTo)
	}
	b.WriteString("Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n")
	return []byte(b.String())
}

var (
	customerMail = mail("Ana Gómez <ana@example.com>", "soporte@tienda.example", "Pedido 4471 sin llegar",
		"q1@example.com", "", "Mon, 16 Nov 2026 10:00:00 +0100",
		"Hola, hice el pedido 4471 hace dos semanas y todavía no ha llegado. ¿Cuándo lo recibiré?\r\nGracias,\r\nAna")
	deskReply = mail("Soporte <soporte@tienda.example>", "ana@example.com", "Re: Pedido 4471 sin llegar",
		"r1@tienda.example", "q1@example.com", "Mon, 16 Nov 2026 12:00:00 +0100",
		"Hola Ana, el pedido 4471 sale hoy del almacén. Un saludo.")
	customerAgain = mail("Ana Gómez <ana@example.com>", "soporte@tienda.example", "Re: Pedido 4471 sin llegar",
		"q2@example.com", "r1@tienda.example", "Tue, 17 Nov 2026 09:30:00 +0100",
		"Sigo esperando el pedido 4471. Es inaceptable, quiero una solución ya o la devolución del dinero.")
)

// TestDesk checks how the desk's replies are told from the customer's
// mail, and that it survives a new Pipeline over the same state.
func TestDesk(t *testing.T) {
	now := mustTime(t, "2026-11-17T12:00:00+01:00")
	steps := []struct {
		raw       []byte
		restart   bool // a new Pipeline over the same store and events
		match     string
		wantDraft bool
		kind      sla.Kind
	}{
		{customerMail, false, "new", true, sla.Inbound},
		{deskReply, true, "reference", false, sla.Reply},
		// The desk's reply was not filed (its sender is not authenticated),
		// so the customer's answer to it is found by its subject.
		{customerAgain, true, "subject", true, sla.Inbound},
		{customerAgain, true, "duplicate", true, sla.Inbound},
	}
	for _, agent := range []struct {
		name string
		f    func(string) bool
	}{
		{"first message's recipients", nil},
		{"agent list", func(a string) bool { return strings.HasSuffix(a, "@tienda.example") }},
	} {
		t.Run(agent.name, func(t *testing.T) {
			store := &thread.MemStore{}
			events := &MemEvents{}
			d, err := NewDrafter("Lucía Romero, Soporte", "Tienda", "es-ES", time.UTC)
			if err != nil {
				t.Fatal(err)
			}
			newPipeline := func() *Pipeline {
				return &Pipeline{
					Index:   &thread.Index{Store: store, Agent: agent.f},
					Events:  events,
					Agent:   agent.f,
					Drafter: d,
				}
			}
			p := newPipeline()
			var conv string
			for i, s := range steps {
				if s.restart {
					p = newPipeline()
				}
				r, _, err := p.Process(context.Background(), fmt.Sprint(i), s.raw, now)
				if err != nil {
					t.Fatalf("step %d: %v", i, err)
				}
				if i == 0 {
					conv = r.Thread
				}
				if r.Thread != conv || r.Match != s.match {
					t.Errorf("step %d: thread %q match %q, want %q %q", i, r.Thread, r.Match, conv, s.match)
				}
				if (r.Draft != nil) != s.wantDraft {
					t.Errorf("step %d: draft %v, want one: %v", i, r.Draft, s.wantDraft)
				}
				if len(r.SLA) == 0 {
					t.Errorf("step %d: no SLA status", i)
				}
			}
			logged, err := events.Events(context.Background(), conv)
			if err != nil {
				t.Fatal(err)
			}
			var kinds []sla.Kind
			for _, e := range logged {
				kinds = append(kinds, e.Kind)
			}
			want := []sla.Kind{sla.Note, sla.Inbound, sla.Reply, sla.Inbound}
			if !strings.HasPrefix(logged[0].ID, DeskNotePrefix) || !strings.Contains(logged[0].ID, `"soporte@tienda.example"`) {
				t.Errorf("desk note %q", logged[0].ID)
			}
			if !slices.Equal(kinds, want) {
				t.Errorf("events %v, want %v (a duplicate logs nothing)", kinds, want)
			}
		})
	}
}

func TestZeroPipeline(t *testing.T) {
	var p Pipeline
	r, m, err := p.Process(context.Background(), "x", customerMail, mustTime(t, "2026-11-16T11:00:00+01:00"))
	if err != nil || m == nil {
		t.Fatalf("err %v, message %v", err, m)
	}
	if r.Thread == "" || r.Match != "new" || r.Draft != nil {
		t.Errorf("thread %q match %q draft %v", r.Thread, r.Match, r.Draft)
	}
	fr, ok := r.SLA["first_reply"]
	if !ok || fr.State == "" || time.Time(fr.Due).IsZero() {
		t.Errorf("sla %+v", r.SLA)
	}
	// An unparsable message is reported, not filed.
	r, m, err = p.Process(context.Background(), "y", nil, time.Now())
	if err != nil || m != nil || r.Error == "" || r.Thread != "" {
		t.Errorf("empty message: err %v, message %v, record %+v", err, m, r)
	}
}

func TestNewDrafter(t *testing.T) {
	tests := []struct {
		agent, locale string
		wantNil       bool
		wantErr       bool
	}{
		{"", "es-ES", true, false},
		{"   ", "es-ES", true, false},
		{"Lucía Romero, Soporte", "es-ES", false, false},
		{"Lucía, Soporte", "pt-BR", false, false},
		{"Lucía Romero", "es-ES", true, true},
		{", Soporte", "es-ES", true, true},
		{"Lucía Romero, Soporte", "!!", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.agent+"/"+tt.locale, func(t *testing.T) {
			d, err := NewDrafter(tt.agent, "", tt.locale, time.UTC)
			if (err != nil) != tt.wantErr || (d == nil) != tt.wantNil {
				t.Errorf("drafter %v, error %v", d, err)
			}
		})
	}
}

func TestMemEvents(t *testing.T) {
	ctx := context.Background()
	var s MemEvents
	at := time.Date(2026, 11, 16, 10, 0, 0, 0, time.UTC)
	appends := []struct {
		conv string
		e    sla.Event
	}{
		{"A", sla.Event{At: at, Kind: sla.Inbound, ID: "1"}},
		{"A", sla.Event{At: at.Add(time.Hour), Kind: sla.Reply, ID: "2"}},
		{"A", sla.Event{At: at.Add(2 * time.Hour), Kind: sla.Inbound, ID: "1"}}, // logged already
		{"B", sla.Event{At: at, Kind: sla.Inbound, ID: "1"}},                    // another conversation
		{"A", sla.Event{At: at.Add(-time.Hour), Kind: sla.Note}},                // no ID: always logged
		{"A", sla.Event{At: at.Add(-time.Hour), Kind: sla.Note}},
	}
	for _, a := range appends {
		if err := s.AppendEvent(ctx, a.conv, a.e); err != nil {
			t.Fatal(err)
		}
	}
	got, _ := s.Events(ctx, "A")
	var ids []string
	for _, e := range got {
		ids = append(ids, e.Kind.String()+e.ID)
	}
	if want := []string{"inbound1", "reply2", "note", "note"}; !slices.Equal(ids, want) {
		t.Errorf("A: %v, want %v", ids, want)
	}
	got[0].ID = "changed"
	if again, _ := s.Events(ctx, "A"); again[0].ID != "1" {
		t.Error("Events returned the log itself")
	}
	if b, _ := s.Events(ctx, "B"); len(b) != 1 {
		t.Errorf("B: %v", b)
	}
	if c, err := s.Events(ctx, "C"); len(c) != 0 || err != nil {
		t.Errorf("C: %v, %v", c, err)
	}
}

// TestConcurrent files the sample inbox from several goroutines at once,
// twice over: every message is filed once, in one conversation.
func TestConcurrent(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(inboxDir, "*.eml"))
	var raws [][]byte
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		raws = append(raws, raw, raw)
	}
	p := triagePipeline(t)
	now := mustTime(t, testNow)
	var (
		mu   sync.Mutex
		news = map[string]int{}
		dups = map[string]int{}
		wg   sync.WaitGroup
		next = make(chan []byte)
	)
	for range 8 {
		wg.Go(func() {
			for raw := range next {
				r, _, err := p.Process(context.Background(), "x", raw, now)
				if err != nil {
					t.Error(err)
					continue
				}
				mu.Lock()
				switch r.Match {
				case "new":
					news[r.MessageID]++
				case "duplicate":
					dups[r.MessageID]++
				}
				mu.Unlock()
			}
		})
	}
	for _, raw := range raws {
		next <- raw
	}
	close(next)
	wg.Wait()
	// Of two copies of a message, at most one starts a conversation, and
	// at most one is a duplicate. (Strangers' messages are not admitted,
	// so their second copy is no duplicate.)
	for id, n := range news {
		if n != 1 {
			t.Errorf("%s started %d conversations", id, n)
		}
	}
	for id, n := range dups {
		if n != 1 {
			t.Errorf("%s: %d duplicates, want 1", id, n)
		}
	}
	if len(dups) < len(files)/2 {
		t.Errorf("%d duplicates of %d messages", len(dups), len(files))
	}
}

func TestTimestampJSON(t *testing.T) {
	for _, in := range []Timestamp{{}, Timestamp(time.Date(2026, 11, 16, 10, 0, 0, 0, time.FixedZone("", 3600)))} {
		b, err := json.Marshal(in)
		if err != nil {
			t.Fatal(err)
		}
		var out Timestamp
		if err := json.Unmarshal(b, &out); err != nil {
			t.Fatal(err)
		}
		if !time.Time(out).Equal(time.Time(in)) {
			t.Errorf("%s came back as %v", b, time.Time(out))
		}
	}
}
