// Webhook receives inbound mail over HTTP, the way mail providers post it,
// and files each message with Cartero's pipeline.
//
// Usage:
//
//	go run ./examples/webhook [-addr HOST:PORT] [-postgres DSN] [-secret SECRET | -unsigned]
//	                          [-max-bytes N] [-request-timeout D] [-shutdown-timeout D]
//	                          [-agents LIST] [-authserv-id LIST] [-calendar CALENDAR] [-policy NAME]
//	                          [-agent "First Last, Role"] [-brand NAME] [-locale TAG]
//
// It accepts POST /inbound with the raw message as the body
// (message/rfc822, text/plain or application/octet-stream) or in the raw,
// email, body-mime or message field of a form (multipart/form-data or
// application/x-www-form-urlencoded), and answers with the message's
// record: the object examples/triage writes with -json. See README.md.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/examples/internal/pipeline"
	"github.com/cartero/cartero/sla"
	"github.com/cartero/cartero/thread"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stderr))
}

// Exit statuses.
const (
	exitOK     = 0
	exitFailed = 1
	exitUsage  = 2
)

// defaultCalendar is the business calendar -calendar defaults to, as in
// examples/triage: a Spanish split shift.
const defaultCalendar = "Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00"

// secretEnv is the environment variable -secret defaults to.
const secretEnv = "CARTERO_WEBHOOK_SECRET"

// config is what the command line says.
type config struct {
	addr            string
	postgres        string
	secret          string
	unsigned        bool
	maxBytes        int64
	requestTimeout  time.Duration
	shutdownTimeout time.Duration
	agents          pipeline.List
	authServIDs     pipeline.List
	calendar        *sla.Calendar
	policy          string
	agent           string
	brand           string
	locale          string
}

func parseFlags(args []string, stderr io.Writer) (*config, error) {
	c := &config{calendar: sla.MustParseCalendar(defaultCalendar)}
	flags := flag.NewFlagSet("webhook", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.StringVar(&c.addr, "addr", "127.0.0.1:8025", "listen on this `HOST:PORT` (port 0: any free port)")
	flags.StringVar(&c.postgres, "postgres", "", "keep conversations and SLA events in the PostgreSQL database at this `DSN` (default: in memory, lost at exit)")
	flags.StringVar(&c.secret, "secret", os.Getenv(secretEnv), "the shared `SECRET` requests are signed with (default: $"+secretEnv+")")
	flags.BoolVar(&c.unsigned, "unsigned", false, "accept requests without a signature (for trying it out on loopback)")
	flags.Int64Var(&c.maxBytes, "max-bytes", 25<<20, "refuse request bodies larger than `N` bytes with 413")
	flags.DurationVar(&c.requestTimeout, "request-timeout", 30*time.Second, "give up filing a message after `D` (503)")
	flags.DurationVar(&c.shutdownTimeout, "shutdown-timeout", 30*time.Second, "on SIGINT or SIGTERM, wait at most `D` for requests in flight")
	flags.Var(&c.agents, "agents", "comma-separated addresses and @domains of the support team (`LIST`): their mail may answer any conversation")
	flags.Var(&c.authServIDs, "authserv-id", "comma-separated authserv-ids of your own mail servers (`LIST`), whose Authentication-Results are trusted")
	flags.TextVar(c.calendar, "calendar", c.calendar, "business hours for SLA clocks, in sla's text form (`CALENDAR`)")
	flags.StringVar(&c.policy, "policy", "prompt", "SLA policy: prompt (first reply in 24 business hours), prompt6h, or prompt and a duration (`NAME`)")
	flags.StringVar(&c.agent, "agent", "", "draft acknowledgements signed by this person (`AGENT`: \"First Last, Role\"); no drafts without it")
	flags.StringVar(&c.brand, "brand", "", "the business's name, for the signature of drafts (`NAME`)")
	flags.StringVar(&c.locale, "locale", "es-ES", "the language drafts are written in when nothing is known of the customer (`TAG`)")
	if err := flags.Parse(args); err != nil {
		return nil, err
	}
	if flags.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q", flags.Arg(0))
	}
	if c.secret == "" && !c.unsigned {
		return nil, errors.New("no -secret (nor $" + secretEnv + "): give one, or -unsigned to accept unsigned requests")
	}
	if c.secret != "" && c.unsigned {
		return nil, errors.New("-secret and -unsigned exclude each other")
	}
	if c.maxBytes <= 0 {
		return nil, errors.New("-max-bytes must be positive")
	}
	if c.requestTimeout <= 0 || c.shutdownTimeout <= 0 {
		return nil, errors.New("timeouts must be positive")
	}
	return c, nil
}

// run is the whole program: it serves until ctx is done, then shuts down
// gracefully.
func run(ctx context.Context, args []string, stderr io.Writer) int {
	c, err := parseFlags(args, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		fmt.Fprintf(stderr, "webhook: %v\n", err)
		return exitUsage
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))

	p, closeStore, err := newPipeline(ctx, c)
	if err != nil {
		fmt.Fprintf(stderr, "webhook: %v\n", err)
		return exitFailed
	}
	defer closeStore()
	h := &handler{pipeline: p, maxBytes: c.maxBytes, timeout: c.requestTimeout, now: time.Now, log: log}
	if c.secret != "" {
		h.secret = []byte(c.secret)
	}

	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		fmt.Fprintf(stderr, "webhook: %v\n", err)
		return exitFailed
	}
	srv := newServer(h, c)
	log.Info("listening", "url", "http://"+ln.Addr().String()+"/inbound", "store", storeName(c))
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	select {
	case err := <-served:
		fmt.Fprintf(stderr, "webhook: %v\n", err)
		return exitFailed
	case <-ctx.Done():
	}
	log.Info("shutting down: finishing the requests in flight")
	sctx, cancel := context.WithTimeout(context.Background(), c.shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		fmt.Fprintf(stderr, "webhook: shutdown: %v\n", err)
		return exitFailed
	}
	log.Info("stopped")
	return exitOK
}

// newServer returns the server for h: POST /inbound, and GET /healthz for
// load balancers. Its timeouts bound how long a slow or idle client can
// hold a connection: the headers must come within 10 s, the whole request
// within a minute (25 MiB at 3.5 Mbit/s), and the answer is written within
// the request timeout and a margin.
func newServer(h http.Handler, c *config) *http.Server {
	mux := http.NewServeMux()
	mux.Handle("/inbound", h)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	return &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      time.Minute + c.requestTimeout,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}

// newPipeline returns the pipeline the command line asks for, and the
// function that releases its store.
func newPipeline(ctx context.Context, c *config) (*pipeline.Pipeline, func(), error) {
	policy, err := sla.ParsePolicy(c.policy)
	if err != nil {
		return nil, nil, fmt.Errorf("-policy: %w", err)
	}
	policy.Calendar = c.calendar
	drafts, err := pipeline.NewDrafter(c.agent, c.brand, c.locale, c.calendar.Location)
	if errors.Is(err, pipeline.ErrAgent) {
		return nil, nil, errors.New(`-agent must be "First Last, Role"`)
	} else if err != nil {
		return nil, nil, err
	}
	p := &pipeline.Pipeline{
		Parser:  correspondence.Parser{MaxSize: c.maxBytes},
		Policy:  policy,
		Agent:   c.agents.Matcher(),
		Drafter: drafts,
	}
	index := &thread.Index{AuthServIDs: c.authServIDs, Agent: c.agents.Matcher()}
	if c.postgres == "" {
		index.Store = &thread.MemStore{}
		p.Index, p.Events = index, &pipeline.MemEvents{}
		return p, func() {}, nil
	}
	closeStore, err := openPostgres(ctx, c.postgres, index, p)
	if err != nil {
		return nil, nil, err
	}
	p.Index = index
	return p, closeStore, nil
}

// storeName says where conversations are kept, for the log.
func storeName(c *config) string {
	if c.postgres == "" {
		return "memory"
	}
	return "postgres"
}
