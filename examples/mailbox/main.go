// Mailbox answers a help desk's mailbox: it reads new mail over IMAP, runs
// each message through the pipeline (threading, classification, SLA
// clocks, a drafted acknowledgement) and sends the acknowledgement through
// SMTP, as a reply that threads in the customer's mail client.
//
// Usage:
//
//	go run ./examples/mailbox -imap HOST:PORT -smtp HOST:PORT -user USER [-pass PASS]
//	                          [-mailbox INBOX] [-state FILE] [-once] [-poll 1m]
//	                          -agent "First Last, Role" [-brand NAME] [-locale TAG]
//	                          [-calendar CALENDAR] [-policy NAME] ...
//
// It waits for new mail with IDLE when the server has it and polls every
// -poll otherwise; with -once it handles what is there and exits. The
// state file remembers how far it got, so a restart neither handles a
// message twice nor skips one. See README.md.
package main

import (
	"context"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/mail"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/examples/internal/pipeline"
	"github.com/cartero/cartero/sla"
	"github.com/cartero/cartero/thread"
	"github.com/cartero/cartero/thread/pgstore"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK     = 0
	exitFailed = 1 // the mailbox or the SMTP server failed, or the state could not be kept
	exitUsage  = 2
)

// defaultCalendar is the business calendar -calendar defaults to: a
// Spanish split shift, as in examples/triage.
const defaultCalendar = "Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00"

// config is the command line.
type config struct {
	imap     imapConfig
	smtp     sender
	from     correspondence.Address
	state    string
	once     bool
	poll     time.Duration
	retry    time.Duration // the longest wait before reconnecting
	json     bool
	pipe     *pipeline.Pipeline // without its Index's Store and Keys nor Events
	postgres string             // the DSN of the thread store; "" keeps it in memory
	agents   pipeline.List
}

// run is the whole program: it answers the mailbox until ctx ends (or,
// with -once, until the mailbox has no new message), logging on stderr
// and, with -json, writing one pipeline record per message to stdout.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		return exitUsage
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	closeStore, err := openStore(ctx, cfg, log)
	if err != nil {
		fmt.Fprintf(stderr, "mailbox: %v\n", err)
		return exitFailed
	}
	defer closeStore()

	st, err := loadState(cfg.state)
	if err != nil {
		fmt.Fprintf(stderr, "mailbox: %v\n", err)
		return exitFailed
	}
	d := &desk{
		pipe:   cfg.pipe,
		index:  cfg.pipe.Index,
		state:  st,
		box:    st.mailbox(cfg.imap.user, cfg.imap.mailbox),
		send:   &cfg.smtp,
		writer: &correspondence.Writer{Domain: domainOf(cfg.from.Address)},
		from:   cfg.from,
		domain: domainOf(cfg.from.Address),
		ours:   cfg.agents.Matcher(cfg.from.Address, cfg.imap.user),
		log:    log,
		now:    time.Now,
	}
	if cfg.json {
		d.json = pipeline.NewEncoder(stdout)
	}

	backoff := time.Second
	for {
		started := time.Now()
		err := serve(ctx, cfg, d)
		switch {
		case ctx.Err() != nil:
			log.Info("stopped", "acknowledged", d.acknowledged)
			return exitOK
		case err == nil: // -once, done
			log.Info("done", "acknowledged", d.acknowledged, "last_uid", d.box.LastUID)
			return exitOK
		case cfg.once || errors.Is(err, errState):
			fmt.Fprintf(stderr, "mailbox: %v\n", err)
			return exitFailed
		}
		if time.Since(started) > cfg.retry {
			backoff = time.Second // it worked for a while: a new failure
		}
		log.Error("retrying", "in", backoff, "error", err)
		select {
		case <-ctx.Done():
			log.Info("stopped", "acknowledged", d.acknowledged)
			return exitOK
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, cfg.retry)
	}
}

// openStore gives the pipeline its thread store, SLA event log and token
// keys: in PostgreSQL with -postgres, shared by every process on the
// database and kept across restarts; otherwise in memory, for this run.
//
// In memory, conversation ids start again at 0001 on every run, so the
// tokens are signed with a key made for the run: a token from an earlier
// run must not name this run's conversation 0001. Replies to
// acknowledgements sent before a restart then start new conversations.
func openStore(ctx context.Context, cfg *config, log *slog.Logger) (func(), error) {
	if cfg.postgres == "" {
		secret := make([]byte, 32)
		rand.Read(secret)
		keys, err := thread.NewKeyRing(thread.Key{ID: "1", Secret: secret})
		if err != nil {
			return nil, err
		}
		cfg.pipe.Index.Keys = keys
		cfg.pipe.Events = &pipeline.MemEvents{}
		log.Info("conversations are kept in memory for this run; use -postgres to keep them")
		return func() {}, nil
	}
	store, err := pgstore.Open(ctx, cfg.postgres)
	if err != nil {
		return nil, err
	}
	if err := store.Migrate(ctx); err != nil {
		store.Close()
		return nil, err
	}
	keys, err := store.KeyRing(ctx)
	if err != nil {
		store.Close()
		return nil, err
	}
	cfg.pipe.Index.Store = store
	cfg.pipe.Index.Keys = keys
	cfg.pipe.Events = store
	return store.Close, nil
}

// serve connects to the mailbox and handles its new messages, waiting for
// more unless cfg.once. It returns nil only with -once, when all is done.
func serve(ctx context.Context, cfg *config, d *desk) error {
	b, err := openInbox(ctx, cfg.imap)
	if err != nil {
		return err
	}
	defer b.close()
	if err := d.begin(b.data.UIDValidity); err != nil {
		return err
	}
	d.log.Info("watching", "mailbox", cfg.imap.mailbox, "uidvalidity", b.data.UIDValidity, "last_uid", d.box.LastUID, "idle", b.idle)
	for {
		if err := d.drain(ctx, b, cfg.pipe.Parser.MaxSize); err != nil {
			return err
		}
		if cfg.once {
			return nil
		}
		if err := b.wait(ctx, cfg.poll); err != nil {
			return err
		}
	}
}

// begin checks the mailbox's UIDVALIDITY against the state. When it
// changed, the mailbox was recreated and its UIDs mean other messages:
// it is read again from the start, and the messages that arrived before
// the last one handled are filed without acknowledgement (see
// desk.noAcknowledgement).
func (d *desk) begin(validity uint32) error {
	switch d.box.UIDValidity {
	case validity:
		return nil
	case 0:
		d.log.Info("first run on this mailbox: every message in it is new")
	default:
		d.log.Warn("the mailbox's UIDVALIDITY changed: reading it again from the start; messages that arrived before the last one handled are filed but not acknowledged",
			"old", d.box.UIDValidity, "new", validity, "before", d.box.LastDate)
		if d.box.LastDate.After(d.box.Before) {
			d.box.Before = d.box.LastDate
		}
	}
	d.box.UIDValidity, d.box.LastUID, d.box.LastDate = validity, 0, time.Time{}
	if err := d.state.save(); err != nil {
		return err
	}
	return nil
}

// handleTimeout bounds the handling of one message once it has begun: the
// pipeline's store, the SMTP transaction and the state file.
const handleTimeout = 2 * time.Minute

// drain handles every message above the state's LastUID, in UID order.
func (d *desk) drain(ctx context.Context, b *inbox, maxSize int64) error {
	if maxSize <= 0 {
		maxSize = correspondence.DefaultMaxSize
	}
	msgs, err := b.since(d.box.LastUID)
	if err != nil {
		return err
	}
	for _, nm := range msgs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if nm.size > maxSize {
			d.log.Warn("skipped", "uid", nm.uid, "reason", fmt.Sprintf("%d bytes, over the %d-byte limit", nm.size, maxSize))
			d.box.LastUID = nm.uid
			if err := d.state.save(); err != nil {
				return err
			}
			continue
		}
		raw, date, err := b.fetch(nm.uid)
		if errors.Is(err, errGone) {
			d.log.Info("skipped", "uid", nm.uid, "reason", "expunged before it was read")
			continue
		}
		if err != nil {
			return err
		}
		// A signal lets the message in hand finish: filed, acknowledged
		// and saved in the state, rather than cut off half-way.
		hctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), handleTimeout)
		err = d.handle(hctx, nm.uid, date, raw)
		cancel()
		if err != nil {
			return err
		}
	}
	return nil
}

// parseFlags reads the command line; errors are reported on stderr.
func parseFlags(args []string, stderr io.Writer) (*config, error) {
	flags := flag.NewFlagSet("mailbox", flag.ContinueOnError)
	flags.SetOutput(stderr)
	cfg := &config{}
	flags.StringVar(&cfg.imap.addr, "imap", os.Getenv("CARTERO_IMAP_ADDR"), "the IMAP server, `HOST:PORT` ($CARTERO_IMAP_ADDR gives the default)")
	flags.BoolVar(&cfg.imap.tls, "imap-tls", false, "connect to IMAP with TLS (port 993) instead of plain text")
	flags.StringVar(&cfg.smtp.addr, "smtp", os.Getenv("CARTERO_SMTP_ADDR"), "the SMTP server acknowledgements are sent through, `HOST:PORT` ($CARTERO_SMTP_ADDR gives the default)")
	flags.StringVar(&cfg.imap.user, "user", os.Getenv("CARTERO_DESK_USER"), "the mailbox's `USER` name, for IMAP and for SMTP AUTH when offered ($CARTERO_DESK_USER gives the default)")
	pass := flags.String("pass", "", "the password; better given as $CARTERO_DESK_PASS, which keeps it out of the process list")
	from := flags.String("from", "", "the `ADDRESS` acknowledgements come from, as \"Name <address>\" or an address (default -user, named -brand)")
	flags.Var(&cfg.agents, "agents", "comma-separated addresses and @domains of the support team (`LIST`): their mail is the desk's own, never acknowledged")
	var authServIDs pipeline.List
	flags.Var(&authServIDs, "authserv-id", "comma-separated authserv-ids of your own mail servers (`LIST`), whose Authentication-Results are trusted")
	flags.StringVar(&cfg.imap.mailbox, "mailbox", "INBOX", "the `MAILBOX` to answer")
	flags.StringVar(&cfg.state, "state", "mailbox-state.json", "the `FILE` that keeps how far the mailbox was read")
	flags.BoolVar(&cfg.once, "once", false, "handle the messages there are and exit")
	flags.BoolVar(&cfg.imap.idle, "idle", true, "wait with IDLE when the server has it; -idle=false polls every -poll instead")
	flags.DurationVar(&cfg.poll, "poll", time.Minute, "how often to look for new mail when the server has no IDLE, and the longest IDLE (`INTERVAL`)")
	flags.DurationVar(&cfg.retry, "retry", time.Minute, "the longest wait before reconnecting after an error (`INTERVAL`)")
	timeout := flags.Duration("timeout", 30*time.Second, "the time allowed to connect and for each SMTP command (`DURATION`)")
	flags.StringVar(&cfg.smtp.tls, "smtp-tls", "auto", "TLS for SMTP (`MODE`): auto (STARTTLS when offered), tls (implicit, port 465) or none")
	flags.BoolVar(&cfg.imap.insecure, "insecure-tls", false, "accept any TLS certificate (self-signed test servers only)")
	flags.BoolVar(&cfg.json, "json", false, "write one pipeline record (the triage -json object) per message to stdout")
	flags.StringVar(&cfg.postgres, "postgres", "", "keep conversations, SLA events and token keys in PostgreSQL (`DSN`; default: in memory, for this run only)")
	maxSize := flags.Int64("max-size", 0, "skip messages larger than this many `bytes` (0: the parser's default limit)")
	calendar := sla.MustParseCalendar(defaultCalendar)
	flags.TextVar(calendar, "calendar", calendar, "business hours for SLA clocks, in sla's text form (`CALENDAR`)")
	policyName := flags.String("policy", "prompt", "SLA policy: prompt (first reply in 24 business hours), prompt6h, or prompt and a duration (`NAME`)")
	agent := flags.String("agent", "", "acknowledgements are signed by this person (`AGENT`: \"First Last, Role\"); required")
	brand := flags.String("brand", "", "the business's name, for the signature of acknowledgements (`NAME`)")
	locale := flags.String("locale", "es-ES", "the language acknowledgements are written in when nothing is known of the customer (`TAG`)")
	flags.Usage = func() {
		fmt.Fprintln(flags.Output(), `usage: mailbox -imap HOST:PORT -smtp HOST:PORT -user USER -agent "First Last, Role" [flags]`)
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return nil, err
	}
	usage := func(format string, a ...any) (*config, error) {
		err := fmt.Errorf(format, a...)
		fmt.Fprintf(stderr, "mailbox: %v\n", err)
		flags.Usage()
		return nil, err
	}
	if flags.NArg() > 0 {
		return usage("unexpected arguments: %q", flags.Args())
	}
	cfg.imap.pass = *pass
	if cfg.imap.pass == "" {
		cfg.imap.pass = os.Getenv("CARTERO_DESK_PASS")
	}
	switch {
	case cfg.imap.addr == "":
		return usage("-imap is required")
	case cfg.smtp.addr == "":
		return usage("-smtp is required")
	case cfg.imap.user == "":
		return usage("-user is required")
	case cfg.poll <= 0 || cfg.retry <= 0 || *timeout <= 0:
		return usage("-poll, -retry and -timeout must be positive")
	case cfg.smtp.tls != "auto" && cfg.smtp.tls != "tls" && cfg.smtp.tls != "none":
		return usage("-smtp-tls must be auto, tls or none")
	case *maxSize < 0:
		return usage("-max-size must not be negative")
	case strings.TrimSpace(*agent) == "":
		return usage(`-agent is required: acknowledgements are signed by a person ("First Last, Role")`)
	}
	if *from == "" {
		*from = cfg.imap.user
	}
	addr, err := mail.ParseAddress(*from)
	if err != nil {
		return usage("-from: %q is not an address", *from)
	}
	cfg.from = correspondence.Address{Name: addr.Name, Address: addr.Address}
	if cfg.from.Name == "" {
		cfg.from.Name = strings.TrimSpace(*brand)
	}
	cfg.imap.timeout = *timeout
	cfg.smtp.timeout = *timeout
	cfg.smtp.user, cfg.smtp.pass = cfg.imap.user, cfg.imap.pass
	cfg.smtp.helo = domainOf(cfg.from.Address)
	cfg.smtp.insecure = cfg.imap.insecure

	policy, err := sla.ParsePolicy(*policyName)
	if err != nil {
		return usage("-policy: %v", err)
	}
	policy.Calendar = calendar
	drafter, err := pipeline.NewDrafter(*agent, *brand, *locale, calendar.Location)
	if err != nil {
		return usage("%v", err)
	}

	ours := cfg.agents.Matcher(cfg.from.Address, cfg.imap.user)
	// The Index's Store and Keys and the Events log are set by run.
	cfg.pipe = &pipeline.Pipeline{
		Parser:  correspondence.Parser{MaxSize: *maxSize},
		Index:   &thread.Index{AuthServIDs: authServIDs, Agent: ours},
		Policy:  policy,
		Agent:   ours,
		Drafter: drafter,
	}
	return cfg, nil
}

// domainOf returns the domain of an address, or "localhost".
func domainOf(addr string) string {
	if at := strings.LastIndexByte(addr, '@'); at >= 0 && at < len(addr)-1 {
		return strings.ToLower(addr[at+1:])
	}
	return "localhost"
}
