package main

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/cartero/cartero/examples/internal/pipeline"
	"github.com/cartero/cartero/sla"
	"github.com/cartero/cartero/thread"
	"github.com/cartero/cartero/thread/pgstore"
	"github.com/cartero/cartero/thread/pgstore/pgstoretest"
)

// postgresHandler returns a handler filing into the database at dsn, as
// the program does with -postgres.
func postgresHandler(t *testing.T, dsn string, args ...string) *handler {
	t.Helper()
	c, err := parseFlags(append([]string{"-secret", testSecret, "-postgres", dsn}, args...), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	p, closeStore, err := newPipeline(t.Context(), c)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(closeStore)
	return &handler{pipeline: p, secret: []byte(testSecret), maxBytes: c.maxBytes, timeout: c.requestTimeout,
		now: func() time.Time { return testNow }, log: slog.New(slog.DiscardHandler)}
}

// openStore opens the database at dsn to look at what was filed.
func openStore(t *testing.T, dsn string) *pgstore.Store {
	t.Helper()
	st, err := pgstore.Open(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// waitIdle waits a while for the other sessions of the database at dsn to
// end, the autovacuum workers that thousands of inserts wake up among
// them: a role that is not a superuser cannot end those, so dropping the
// database while they run fails.
func waitIdle(t *testing.T, dsn string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Log(err)
		return
	}
	defer conn.Close(context.Background())
	for ctx.Err() == nil {
		var n int
		err := conn.QueryRow(ctx, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()").Scan(&n)
		if err != nil || n == 0 {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestPostgresPipeline files the testdata into PostgreSQL through two
// handlers in turn, as two runs of the program would: the second finds
// the first one's conversations, events and desk.
func TestPostgresPipeline(t *testing.T) {
	dsn := pgstoretest.DSN(t)
	files, _ := filepath.Glob("testdata/*.eml")
	slices.Sort(files)
	agent := []string{"-agent", "Lucía Romero, Atención al cliente"}

	first := postgresHandler(t, dsn, agent...)
	var ids []string
	threads := map[string]string{}
	for _, f := range files[:2] {
		status, obj := post(t, first, readTestdata(t, filepath.Base(f)))
		if status != 200 {
			t.Fatalf("%s: status %d: %v", f, status, obj)
		}
		ids = append(ids, obj["message_id"].(string))
		threads[obj["message_id"].(string)] = obj["thread"].(string)
	}
	if threads[ids[0]] != threads[ids[1]] {
		t.Errorf("reply filed in %s, its parent in %s", threads[ids[1]], threads[ids[0]])
	}

	// A second run over the same database.
	second := postgresHandler(t, dsn, agent...)
	for i, f := range files {
		status, obj := post(t, second, readTestdata(t, filepath.Base(f)))
		if status != 200 {
			t.Fatalf("%s: status %d: %v", f, status, obj)
		}
		id := obj["message_id"].(string)
		if i < 2 {
			if obj["match"] != "duplicate" || obj["thread"] != threads[id] {
				t.Errorf("%s again: match %v thread %v, want duplicate %s", f, obj["match"], obj["thread"], threads[id])
			}
		} else {
			ids = append(ids, id)
			if obj["match"] != "new" {
				t.Errorf("%s: match %v", f, obj["match"])
			}
		}
		if obj["draft"] == nil {
			t.Errorf("%s: no draft", f)
		}
	}

	// A reply from the desk's own mailbox, in the second run: the desk is
	// known from the first run's note, so the reply stops the clock.
	reply := strings.NewReplacer(
		"From: =?UTF-8?Q?Marta_Ib=C3=A1=C3=B1ez?= <marta.ibanez@correo.example.es>", "From: Tienda Sol <soporte@tiendasol.example>",
		"To: Tienda Sol Soporte <soporte@tiendasol.example>", "To: marta.ibanez@correo.example.es",
		"20261117184002.4471.marta@correo.example.es", "desk-reply-1@tiendasol.example",
	).Replace(string(readTestdata(t, "02-re-pedido-4471-retrasado.eml")))
	status, obj := post(t, second, []byte(reply))
	if status != 202 || obj["draft"] != nil || obj["thread"] != threads[ids[0]] {
		t.Errorf("desk reply: status %d, thread %v, draft %v", status, obj["thread"], obj["draft"])
	}

	st := openStore(t, dsn)
	claims, err := st.Claims(t.Context(), ids)
	if err != nil {
		t.Fatal(err)
	}
	if len(claims) != len(ids) {
		t.Errorf("%d claims for %d messages", len(claims), len(ids))
	}
	for _, c := range claims {
		if !c.Added {
			t.Errorf("%s not added", c.ID)
		}
	}
	events, err := st.Events(t.Context(), threads[ids[0]])
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, e := range events {
		kinds = append(kinds, e.Kind.String())
	}
	if want := []string{"note", "inbound", "inbound", "reply"}; !slices.Equal(kinds, want) {
		t.Errorf("events %v, want %v", kinds, want)
	}
	if len(events) > 0 && (!strings.HasPrefix(events[0].ID, pipeline.DeskNotePrefix) || events[0].Kind != sla.Note) {
		t.Errorf("first event %+v, want the desk note", events[0])
	}
}

// TestLoadPostgres runs the program as a process on loopback with a fresh
// database, posts generated customer mail from a few clients, restarts the
// program halfway with SIGTERM while the clients retry, and checks that
// every message answered 200 is in the store, once.
func TestLoadPostgres(t *testing.T) {
	dsn := pgstoretest.EmptyDSN(t) // the program creates the tables
	t.Cleanup(func() { waitIdle(t, dsn) })
	n, clients := 2000, 4
	if testing.Short() {
		n = 400
	}
	msgs := generate(n, 20<<10, 0.25, 2)
	bin := webhookBinary(t)
	addr := freeAddr(t)
	args := []string{"-addr", addr, "-postgres", dsn, "-agent", "Lucía Romero, Atención al cliente"}
	proc := startProcess(t, bin, args...)
	url := proc.url

	var restart time.Duration
	restarted := false
	midway := func() {
		start := time.Now()
		if status := proc.stop(t); status != exitOK {
			t.Errorf("first process: exit status %d:\n%s", status, proc.log)
		}
		if strings.Contains(proc.log.String(), "level=ERROR") {
			t.Errorf("first process logged errors:\n%s", proc.log)
		}
		proc = startProcess(t, bin, args...)
		restart = time.Since(start)
		restarted = true
	}
	answers, f := load(t, func() string { return url }, msgs, clients, time.Now().Add(30*time.Second), midway)
	f.Restarted, f.RestartTime = restarted, restart
	report(t, "TestLoadPostgres", f)
	if status := proc.stop(t); status != exitOK {
		t.Errorf("second process: exit status %d:\n%s", status, proc.log)
	}
	if strings.Contains(proc.log.String(), "level=ERROR") {
		t.Errorf("second process logged errors:\n%s", proc.log)
	}
	if !restarted {
		t.Error("the program was not restarted")
	}
	if f.Answered < n {
		t.Errorf("%d of %d messages answered 200 before the deadline", f.Answered, n)
	}

	// Every message answered 200 is in the store, added to the
	// conversation of its thread, and no thread has two conversations.
	st := openStore(t, dsn)
	var ids []string
	for i, a := range answers {
		if a.status == 200 {
			ids = append(ids, msgs[i].id)
		}
	}
	claims, err := st.Claims(context.Background(), ids)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]thread.Claim{}
	for _, c := range claims {
		byID[c.ID] = c
	}
	convOf := map[int]string{}   // thread → conversation
	threadOf := map[string]int{} // conversation → thread
	for i, a := range answers {
		if a.status != 200 {
			continue
		}
		m := msgs[i]
		c, ok := byID[m.id]
		if !ok || !c.Added {
			t.Errorf("message %d (%s) answered 200 but not in the store: %+v", i, m.id, c)
			continue
		}
		if a.thread != c.Conversation {
			t.Errorf("message %d answered thread %s, stored in %s", i, a.thread, c.Conversation)
		}
		if conv, ok := convOf[m.thread]; ok && conv != c.Conversation {
			t.Errorf("thread %d filed in conversations %s and %s", m.thread, conv, c.Conversation)
		}
		convOf[m.thread] = c.Conversation
		if th, ok := threadOf[c.Conversation]; ok && th != m.thread {
			t.Errorf("conversation %s holds threads %d and %d", c.Conversation, th, m.thread)
		}
		threadOf[c.Conversation] = m.thread
	}

	// Each message's SLA event is logged once.
	logged := map[string]int{}
	for conv := range threadOf {
		events, err := st.Events(context.Background(), conv)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range events {
			if e.Kind != sla.Note {
				logged[e.ID]++
			}
		}
	}
	twice := 0
	for _, id := range ids {
		if logged[id] != 1 {
			twice++
			if twice < 10 {
				t.Errorf("message %s: %d SLA events, want 1", id, logged[id])
			}
		}
	}
	dups := 0
	for _, a := range answers {
		if a.match == "duplicate" {
			dups++
		}
	}
	t.Logf("%d conversations, %d messages answered 200 (%d of them as duplicates of a request whose answer was lost), %d events checked",
		len(threadOf), len(ids), dups, len(logged))
}
