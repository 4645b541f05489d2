// Triage reads a pile of mail and says what is in it.
//
// Usage:
//
//	go run ./examples/triage [-json] [-q] [-max-size BYTES] [-agents LIST] [-authserv-id LIST] [-now TIME] [-calendar CALENDAR] [-policy NAME] [-agent "First Last, Role"] [-brand NAME] [-locale TAG] PATH...
//
// Each PATH is an .eml file, a directory searched for .eml and .mbox files,
// a Maildir (with its nested folders), or an mbox file. Without -json it
// prints a table, one row per message; with -json, one JSON object per
// message in input order. See README.md for the keys.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"runtime"
	"sync"
	"time"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/examples/internal/pipeline"
	"github.com/cartero/cartero/sla"
	"github.com/cartero/cartero/thread"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK     = 0
	exitFailed = 1 // some message could not be read or parsed
	exitUsage  = 2
)

// run is the whole program: it reads the messages under the paths in args
// and writes their triage to stdout, problems and the summary to stderr.
func run(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("triage", flag.ContinueOnError)
	flags.SetOutput(stderr)
	jsonOut := flags.Bool("json", false, "write one JSON object per message instead of a table")
	quiet := flags.Bool("q", false, "write no progress line and no summary on stderr")
	maxSize := flags.Int64("max-size", 0, "reject messages larger than this many `bytes` (0: the parser's default limit)")
	var agents, authServIDs pipeline.List
	flags.Var(&agents, "agents", "comma-separated addresses and @domains of the support team (`LIST`): their mail may answer any conversation")
	now := flags.String("now", "", "the instant SLA status is computed at, RFC 3339 (`TIME`; default: the current time)")
	calendar := sla.MustParseCalendar(defaultCalendar)
	flags.TextVar(calendar, "calendar", calendar, "business hours for SLA clocks, in sla's text form (`CALENDAR`)")
	policyName := flags.String("policy", "prompt", "SLA policy: prompt (first reply in 24 business hours), prompt6h, or prompt and a duration (`NAME`)")
	agent := flags.String("agent", "", "draft acknowledgements signed by this person (`AGENT`: \"First Last, Role\"); no drafts without it")
	brand := flags.String("brand", "", "the business's name, for the signature of drafts (`NAME`)")
	locale := flags.String("locale", "es-ES", "the language drafts are written in when nothing is known of the customer (`TAG`)")
	flags.Var(&authServIDs, "authserv-id", "comma-separated authserv-ids of your own mail servers (`LIST`), whose Authentication-Results are trusted")
	flags.Usage = func() {
		fmt.Fprintln(flags.Output(), "usage: triage [-json] [-q] [-max-size BYTES] [-agents LIST] [-authserv-id LIST] [-now TIME] [-calendar CALENDAR] [-policy NAME] [-agent \"First Last, Role\"] [-brand NAME] [-locale TAG] PATH...")
		fmt.Fprintln(flags.Output(), "PATH is an .eml file, a directory of them, a Maildir or an mbox file.")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if flags.NArg() == 0 {
		fmt.Fprintln(stderr, "triage: no PATH given")
		flags.Usage()
		return exitUsage
	}
	if *maxSize < 0 {
		fmt.Fprintln(stderr, "triage: -max-size must not be negative")
		flags.Usage()
		return exitUsage
	}
	paths := flags.Args()
	at := time.Now()
	if *now != "" {
		t, err := time.Parse(time.RFC3339, *now)
		if err != nil {
			fmt.Fprintf(stderr, "triage: -now: %v\n", err)
			flags.Usage()
			return exitUsage
		}
		at = t
	}
	policy, err := sla.ParsePolicy(*policyName)
	if err != nil {
		fmt.Fprintf(stderr, "triage: -policy: %v\n", err)
		flags.Usage()
		return exitUsage
	}
	policy.Calendar = calendar

	drafts, err := pipeline.NewDrafter(*agent, *brand, *locale, calendar.Location)
	if err != nil {
		// Say which flag is wrong, in the flags' own words.
		if errors.Is(err, pipeline.ErrAgent) {
			err = errors.New(`-agent must be "First Last, Role"`)
		} else if _, lerr := language.Parse(*locale); lerr != nil {
			err = fmt.Errorf("-locale: %w", lerr)
		}
		fmt.Fprintf(stderr, "triage: %v\n", err)
		flags.Usage()
		return exitUsage
	}

	out := bufio.NewWriter(stdout)
	var (
		write func(record) error
		flush = out.Flush
	)
	if *jsonOut {
		enc := pipeline.NewEncoder(out)
		write = func(r record) error { return enc.Encode(r.Record) }
	} else {
		tab := newTable(out)
		write = tab.add
		flush = func() error {
			if err := tab.flush(); err != nil {
				return err
			}
			return out.Flush()
		}
	}

	prog := startProgress(stderr, isTerminal(stderr) && !*quiet)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if prog.live {
		// Knowing how many messages are left takes a pass of its own over
		// the paths: it looks at the first bytes of every file but reads
		// only mbox files through, keeps nothing, and stops if the run
		// ends first.
		go func() {
			n := 0
			for range (enumerator{count: true}).sources(paths) {
				if ctx.Err() != nil {
					return
				}
				n++
			}
			prog.setTotal(n)
		}()
	}

	limit := *maxSize
	if limit == 0 {
		limit = correspondence.DefaultMaxSize
	}
	msgs := enumerator{limit: limit}.sources(paths)
	// Conversations are found in input order, one message at a time, as a
	// help desk files mail as it arrives.
	pl := &pipeline.Pipeline{
		Parser:  correspondence.Parser{MaxSize: *maxSize},
		Index:   &thread.Index{AuthServIDs: authServIDs, Agent: agents.Matcher()},
		Policy:  policy,
		Agent:   agents.Matcher(),
		Drafter: drafts,
	}
	status := exitOK
	var writeErr error
	inOrder(ctx, msgs, runtime.GOMAXPROCS(0), func(src source) record {
		return parse(pl, src)
	}, func(r record) bool {
		if r.Error != "" {
			prog.errorf("%s: %s", r.Source, r.Error)
			status = exitFailed
		}
		// The SLA clocks of each conversation count the messages read
		// so far, at -now.
		err := pl.File(ctx, &r.Record, r.msg, at)
		r.msg = nil
		if err != nil {
			prog.errorf("%s: %v", r.Source, err)
			status = exitFailed
		}
		prog.add(r)
		if writeErr = write(r); writeErr != nil {
			return false
		}
		return true
	})
	if writeErr == nil {
		writeErr = flush()
	}
	prog.finish(*quiet)
	if writeErr != nil {
		fmt.Fprintf(stderr, "triage: writing output: %v\n", writeErr)
		return exitFailed
	}
	return status
}

// inOrder applies f to every source on a pool of workers and hands the
// results to emit in the order of the sources. At most a few sources per
// worker are in flight at once, so memory stays bounded however many
// messages there are. If emit returns false, inOrder stops early.
func inOrder(ctx context.Context, srcs iter.Seq[source], workers int, f func(source) record, emit func(record) bool) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		src  source
		done chan record
	}
	jobs := make(chan job)
	// pending holds a slot per source in flight, in source order; its
	// capacity bounds how far the workers may run ahead of emit.
	pending := make(chan chan record, 2*workers)

	go func() {
		defer close(pending)
		defer close(jobs)
		for src := range srcs {
			if ctx.Err() != nil {
				return
			}
			done := make(chan record, 1)
			select {
			case pending <- done:
			case <-ctx.Done():
				return
			}
			jobs <- job{src, done} // workers never block for long: their sends always have room
		}
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				j.done <- f(j.src) // never blocks: done has room for its one result
			}
		})
	}

	for done := range pending {
		if !emit(<-done) {
			cancel()
			break
		}
	}
	// Let the producer see the cancellation if it is waiting on pending.
	for range pending {
	}
	wg.Wait()
}
