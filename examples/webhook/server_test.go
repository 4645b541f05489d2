package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the server's log and the test to
// share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var listenURL = regexp.MustCompile(`url=(http://\S+/inbound)`)

// waitURL returns the URL the server logs it listens on.
func waitURL(t *testing.T, log interface{ String() string }, exited <-chan int) string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if m := listenURL.FindStringSubmatch(log.String()); m != nil {
			return m[1]
		}
		select {
		case status := <-exited:
			t.Fatalf("server exited with status %d:\n%s", status, log)
		case <-time.After(10 * time.Millisecond):
		}
	}
	t.Fatalf("server does not say where it listens:\n%s", log)
	return ""
}

// TestRun runs the program on loopback, in memory: it serves the testdata
// over real HTTP, and a request still being sent when the program is told
// to stop is served before it exits.
func TestRun(t *testing.T) {
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	var log syncBuffer
	exited := make(chan int, 1)
	go func() { exited <- run(ctx, []string{"-addr", "127.0.0.1:0", "-secret", testSecret}, &log) }()
	url := waitURL(t, &log, exited)

	health, err := http.Get(strings.TrimSuffix(url, "/inbound") + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	health.Body.Close()
	if health.StatusCode != 200 {
		t.Errorf("healthz: %d", health.StatusCode)
	}

	raw := readTestdata(t, "03-vat-invoice-question.eml")
	send := func(body io.Reader) (int, map[string]any, error) {
		req, _ := http.NewRequest("POST", url, body)
		req.Header.Set("Content-Type", "message/rfc822")
		req.Header.Set(SignatureHeader, sign(raw, testSecret))
		req.ContentLength = int64(len(raw))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0, nil, err
		}
		defer resp.Body.Close()
		var obj map[string]any
		err = json.NewDecoder(resp.Body).Decode(&obj)
		return resp.StatusCode, obj, err
	}
	if status, obj, err := send(bytes.NewReader(raw)); err != nil || status != 200 || obj["match"] != "new" {
		t.Fatalf("status %d, %v, %v", status, obj, err)
	}

	// A request in flight: half its body sent when the program is told
	// to stop, the rest after.
	pr, pw := io.Pipe()
	type answer struct {
		status int
		obj    map[string]any
		err    error
	}
	answered := make(chan answer, 1)
	go func() {
		status, obj, err := send(pr)
		answered <- answer{status, obj, err}
	}()
	pw.Write(raw[:len(raw)/2])
	time.Sleep(100 * time.Millisecond) // the server is reading the body
	stop()
	time.Sleep(100 * time.Millisecond) // the server is shutting down
	select {
	case status := <-exited:
		t.Fatalf("exited with status %d with a request in flight", status)
	default:
	}
	pw.Write(raw[len(raw)/2:])
	pw.Close()
	a := <-answered
	if a.err != nil || a.status != 200 || a.obj["match"] != "duplicate" {
		t.Errorf("request in flight: status %d, %v, %v", a.status, a.obj, a.err)
	}
	select {
	case status := <-exited:
		if status != exitOK {
			t.Errorf("exit status %d\n%s", status, &log)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("server did not stop")
	}
	if _, _, err := send(bytes.NewReader(raw)); err == nil {
		t.Error("server still answers after shutdown")
	}
	if !strings.Contains(log.String(), "stopped") {
		t.Errorf("log:\n%s", &log)
	}
}

func TestRunUsage(t *testing.T) {
	t.Setenv(secretEnv, "")
	for _, args := range [][]string{{"-frobnicate"}, {}, {"-unsigned", "-policy", "whenever"}, {"-unsigned", "-agent", "Lucía"}} {
		var log syncBuffer
		status := run(context.Background(), args, &log)
		if status == exitOK {
			t.Errorf("%q: exit status %d\n%s", args, status, &log)
		}
	}
	var log syncBuffer
	if status := run(context.Background(), []string{"-unsigned", "-addr", "256.0.0.1:99999"}, &log); status != exitFailed {
		t.Errorf("bad address: status %d\n%s", status, &log)
	}
}
