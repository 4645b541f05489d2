package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

var loadReport = flag.String("loadreport", "", "write the load test's figures to this `FILE`")

// The webhook program, built once for the tests that run it as a process.
var (
	buildOnce sync.Once
	buildDir  string
	binPath   string
	buildErr  error
)

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// webhookBinary builds the program into a temporary directory.
func webhookBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		if buildDir, buildErr = os.MkdirTemp("", "webhook-test-"); buildErr != nil {
			return
		}
		binPath = filepath.Join(buildDir, "webhook")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// freeAddr returns a loopback address nothing listens on, for processes
// that must take turns on it.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// process is the webhook program running as a process of its own.
type process struct {
	cmd    *exec.Cmd
	log    *syncBuffer
	exited chan int
	url    string
}

// startProcess runs the program with args and the test secret, and waits
// until it listens.
func startProcess(t *testing.T, bin string, args ...string) *process {
	t.Helper()
	p := &process{log: &syncBuffer{}, exited: make(chan int, 1)}
	p.cmd = exec.Command(bin, args...)
	p.cmd.Env = append(os.Environ(), secretEnv+"="+testSecret)
	p.cmd.Stderr = p.log
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		p.cmd.Wait()
		p.exited <- p.cmd.ProcessState.ExitCode()
	}()
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			p.cmd.Process.Kill()
			<-p.exited
		}
	})
	p.url = waitURL(t, p.log, p.exited)
	return p
}

// stop sends SIGTERM and waits for the process to exit, returning its exit
// status.
func (p *process) stop(t *testing.T) int {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case status := <-p.exited:
		return status
	case <-time.After(30 * time.Second):
		t.Fatalf("process did not stop after SIGTERM:\n%s", p.log)
		return -1
	}
}

// answer is the outcome of posting one message.
type answer struct {
	status  int // 0: never answered
	match   string
	thread  string
	tries   int
	latency time.Duration // of the answered request
}

// loadFigures are what a load run measured.
type loadFigures struct {
	Messages    int           `json:"messages"`
	Answered    int           `json:"answered"` // with 200
	Clients     int           `json:"clients"`
	AvgBytes    int           `json:"avg_message_bytes"`
	Elapsed     time.Duration `json:"elapsed_ns"`
	PerSecond   float64       `json:"requests_per_second"`
	P50         time.Duration `json:"p50_ns"`
	P99         time.Duration `json:"p99_ns"`
	Max         time.Duration `json:"max_ns"`
	Retries     int           `json:"retries"`
	Restarted   bool          `json:"restarted"`
	RestartTime time.Duration `json:"restart_ns"` // from SIGTERM until the new process listens
}

func (f loadFigures) String() string {
	s := fmt.Sprintf("%d messages of %d bytes on average, %d clients: %d answered 200 in %v, %.0f requests/s, latency p50 %v, p99 %v, max %v, %d retries",
		f.Messages, f.AvgBytes, f.Clients, f.Answered, f.Elapsed.Round(time.Millisecond), f.PerSecond,
		f.P50.Round(10*time.Microsecond), f.P99.Round(10*time.Microsecond), f.Max.Round(10*time.Microsecond), f.Retries)
	if f.Restarted {
		s += fmt.Sprintf("; restarted midway, %v from SIGTERM to the new process listening", f.RestartTime.Round(time.Millisecond))
	}
	return s
}

// load posts msgs to url from clients goroutines, each message until it is
// answered: connection failures and 503 are retried, as a mail provider
// retries its webhook, until the deadline. When half the messages have
// been handed out, midway runs (the clients keep going meanwhile).
func load(t *testing.T, url func() string, msgs []loadMessage, clients int, deadline time.Time, midway func()) ([]answer, loadFigures) {
	t.Helper()
	answers := make([]answer, len(msgs))
	tr := &http.Transport{MaxIdleConnsPerHost: clients, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	var retries atomic.Int64
	next := make(chan int)
	var wg sync.WaitGroup
	for range clients {
		wg.Go(func() {
			for i := range next {
				m := msgs[i]
				a := &answers[i]
				for time.Now().Before(deadline) {
					a.tries++
					req, _ := http.NewRequest("POST", url(), bytes.NewReader(m.raw))
					req.Header.Set("Content-Type", "message/rfc822")
					req.Header.Set(SignatureHeader, sign(m.raw, testSecret))
					start := time.Now()
					resp, err := client.Do(req)
					if err != nil {
						retries.Add(1)
						time.Sleep(20 * time.Millisecond)
						continue
					}
					var rec struct{ Match, Thread, Error string }
					decErr := json.NewDecoder(resp.Body).Decode(&rec)
					resp.Body.Close()
					if resp.StatusCode == http.StatusServiceUnavailable || decErr != nil {
						retries.Add(1)
						time.Sleep(20 * time.Millisecond)
						continue
					}
					*a = answer{status: resp.StatusCode, match: rec.Match, thread: rec.Thread, tries: a.tries, latency: time.Since(start)}
					if resp.StatusCode != http.StatusOK {
						t.Errorf("message %d: status %d: %s", i, resp.StatusCode, rec.Error)
					}
					break
				}
			}
		})
	}
	start := time.Now()
	var midwayDone sync.WaitGroup
	for i := range msgs {
		if time.Now().After(deadline) {
			break
		}
		if i == len(msgs)/2 && midway != nil {
			midwayDone.Go(midway)
		}
		next <- i
	}
	close(next)
	wg.Wait()
	elapsed := time.Since(start)
	midwayDone.Wait()

	f := loadFigures{Messages: len(msgs), Clients: clients, Elapsed: elapsed, Retries: int(retries.Load())}
	var lat []time.Duration
	total := 0
	for i, a := range answers {
		total += len(msgs[i].raw)
		if a.status == http.StatusOK {
			f.Answered++
			lat = append(lat, a.latency)
		}
	}
	f.AvgBytes = total / max(len(msgs), 1)
	f.PerSecond = float64(f.Answered) / elapsed.Seconds()
	if len(lat) > 0 {
		slices.Sort(lat)
		f.P50 = lat[len(lat)/2]
		f.P99 = lat[min(len(lat)-1, len(lat)*99/100)]
		f.Max = lat[len(lat)-1]
	}
	return answers, f
}

// report logs the figures and writes them to -loadreport, if given.
func report(t *testing.T, name string, f loadFigures) {
	t.Helper()
	t.Logf("%s: %v", name, f)
	if *loadReport == "" {
		return
	}
	b, err := json.MarshalIndent(map[string]any{"test": name, "summary": f.String(), "figures": f}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	out, err := os.OpenFile(*loadReport, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	_, err = out.Write(append(b, '\n'))
	err = errors.Join(err, out.Close())
	if err != nil {
		t.Fatal(err)
	}
}

// TestLoadMemory posts generated mail to the program with its in-memory
// store, as a baseline for TestLoadPostgres.
func TestLoadMemory(t *testing.T) {
	n := 1000
	if testing.Short() {
		n = 200
	}
	msgs := generate(n, 20<<10, 0.25, 1)
	p := startProcess(t, webhookBinary(t), "-addr", "127.0.0.1:0")
	_, f := load(t, func() string { return p.url }, msgs, 4, time.Now().Add(20*time.Second), nil)
	report(t, "TestLoadMemory", f)
	if f.Answered != n {
		t.Errorf("%d of %d messages answered 200", f.Answered, n)
	}
	if status := p.stop(t); status != exitOK {
		t.Errorf("exit status %d:\n%s", status, p.log)
	}
}
