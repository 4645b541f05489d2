// Command mthreadcompare is the Cartero side of scripts/mthreadcompare/run.sh,
// which times threading a Maildir end to end against mblaze's mthread.
//
//	mthreadcompare generate [-n 100000] [-seed 1] [-truth FILE] DIR
//	mthreadcompare thread [-cpuprofile FILE] DIR > listing
//	mthreadcompare compare TRUTH LISTING...
//
// generate writes a synthetic mailbox (internal/mailgen) as a Maildir at
// DIR and prints its number of messages and of conversations; with
// -truth it also writes each file's conversation number to FILE, one
// "path<TAB>number" line per file.
//
// thread reads every file below DIR up to the end of its header and
// parses that with correspondence.ParseHeaderBytes, one worker per
// processor, threads the messages with thread.Build and prints the
// threads as mthread does:
// one line per message (its file) or missing message ("<id>"), indented
// one space per level. The output depends only on the files. Counts and
// timings go to standard error.
//
// compare reads listings in that format (mthread's or thread's) and
// prints, for each, how many threads it has and how many of them are
// exactly one conversation of the truth file.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/internal/mailgen"
	"github.com/cartero/cartero/thread"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch os.Args[1] {
	case "generate":
		err = generate(os.Args[2:])
	case "thread":
		err = threadDir(os.Args[2:])
	case "compare":
		err = compare(os.Args[2:])
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "mthreadcompare:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: mthreadcompare generate [-n N] [-seed S] [-truth FILE] DIR | thread DIR | compare TRUTH LISTING...")
	os.Exit(2)
}

func generate(args []string) error {
	fl := flag.NewFlagSet("generate", flag.ExitOnError)
	n := fl.Int("n", 100000, "number of messages")
	seed := fl.Int64("seed", 1, "generator seed")
	truth := fl.String("truth", "", "write each file's conversation to this file")
	_ = fl.Parse(args)
	if fl.NArg() != 1 {
		usage()
	}
	c := mailgen.Generate(*n, *seed)
	paths, err := mailgen.WriteMaildir(fl.Arg(0), c.Messages)
	if err != nil {
		return err
	}
	if *truth != "" {
		var b strings.Builder
		for k, p := range paths {
			fmt.Fprintf(&b, "%s\t%d\n", p, c.Conversation[k])
		}
		if err := os.WriteFile(*truth, []byte(b.String()), 0o644); err != nil {
			return err
		}
	}
	convs := make(map[int]bool)
	for _, k := range c.Conversation {
		convs[k] = true
	}
	fmt.Printf("%d messages, %d conversations\n", len(c.Messages), len(convs))
	return nil
}

func threadDir(args []string) error {
	fl := flag.NewFlagSet("thread", flag.ExitOnError)
	profile := fl.String("cpuprofile", "", "write a CPU profile to this file")
	_ = fl.Parse(args)
	if fl.NArg() != 1 {
		usage()
	}
	if *profile != "" {
		f, err := os.Create(*profile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	// A batch job that keeps every message: the collector runs less
	// often (GOGC=400) unless the environment says otherwise.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	start := time.Now()

	// One goroutine lists the folders and hands out batches of files; a
	// bounded pool, one worker per processor, reads and parses them as
	// they come. The results are then sorted by path, so that the order
	// does not depend on scheduling.
	batches := make(chan []file, 64)
	var dirs []int // descriptors of the folders, closed at the end
	var listErr error
	go func() {
		defer close(batches)
		listErr = list(fl.Arg(0), &dirs, batches)
	}()
	type result struct {
		path string
		msg  *correspondence.Message
		err  error
	}
	workers := runtime.GOMAXPROCS(0)
	results := make([][]result, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			buf := make([]byte, 16<<10)
			for batch := range batches {
				for _, f := range batch {
					hdr, b, err := readHeader(f, buf)
					buf = b
					var m *correspondence.Message
					if err == nil {
						m, err = correspondence.ParseHeaderBytes(hdr)
					}
					if m != nil {
						// Raw would point into buf, which is reused; and
						// the list of header fields is not needed for
						// threading: dropping it lets later messages
						// reuse its memory.
						m.Raw, m.Header = nil, nil
					}
					results[w] = append(results[w], result{f.path, m, err})
				}
			}
		})
	}
	wg.Wait()
	for _, fd := range dirs {
		closeDir(fd)
	}
	if listErr != nil {
		return listErr
	}
	var all []result
	for _, r := range results {
		all = append(all, r...)
	}
	slices.SortFunc(all, func(a, b result) int { return strings.Compare(a.path, b.path) })
	fileOf := make(map[*correspondence.Message]string, len(all))
	kept := make([]*correspondence.Message, 0, len(all))
	failed := 0
	for _, r := range all {
		if r.err != nil {
			failed++
			fmt.Fprintf(os.Stderr, "%s: %v\n", r.path, r.err)
			continue
		}
		fileOf[r.msg] = r.path
		kept = append(kept, r.msg)
	}
	parsed := time.Now()

	ths := thread.Build(kept)
	built := time.Now()

	w := bufio.NewWriterSize(os.Stdout, 1<<16)
	for _, th := range ths {
		for n, depth := range th.Nodes() {
			w.WriteString(strings.Repeat(" ", depth))
			switch {
			case n.Message != nil:
				w.WriteString(fileOf[n.Message])
			case n.ID != "":
				w.WriteString("<" + n.ID + ">")
			default:
				w.WriteString("<>") // a root that gathers trees
			}
			w.WriteByte('\n')
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	done := time.Now()
	fmt.Fprintf(os.Stderr, "%d files (%d unreadable), %d threads; list, read and parse %v (%d workers), thread.Build %v, print %v, total %v\n",
		len(all), failed, len(ths), parsed.Sub(start).Round(time.Millisecond), workers,
		built.Sub(parsed).Round(time.Millisecond), done.Sub(built).Round(time.Millisecond), done.Sub(start).Round(time.Millisecond))
	return nil
}

func compare(args []string) error {
	if len(args) < 2 {
		usage()
	}
	b, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	conv := make(map[string]string) // path → conversation
	size := make(map[string]int)    // conversation → files
	for line := range strings.Lines(string(b)) {
		p, c, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if !ok {
			return fmt.Errorf("%s: bad line %q", args[0], line)
		}
		conv[p] = c
		size[c]++
	}
	fmt.Printf("truth: %d files, %d conversations\n", len(conv), len(size))
	for _, listing := range args[1:] {
		b, err := os.ReadFile(listing)
		if err != nil {
			return err
		}
		// Threads: a line without indentation starts one. Lines that
		// are not files of the truth ("<id>" of missing messages) are
		// skipped.
		var threads [][]string
		for line := range strings.Lines(string(b)) {
			line = strings.TrimSuffix(line, "\n")
			p := strings.TrimLeft(line, " ")
			if len(p) == len(line) {
				threads = append(threads, nil)
			}
			if _, ok := conv[p]; ok && len(threads) > 0 {
				threads[len(threads)-1] = append(threads[len(threads)-1], p)
			}
		}
		nonEmpty, exact, mixed, files := 0, 0, 0, 0
		seen := make(map[string]int) // conversation → threads holding it
		for _, th := range threads {
			if len(th) == 0 {
				continue
			}
			nonEmpty++
			files += len(th)
			c := conv[th[0]]
			same := true
			cs := make(map[string]bool)
			for _, p := range th {
				cs[conv[p]] = true
				if conv[p] != c {
					same = false
				}
			}
			for c := range cs {
				seen[c]++
			}
			if !same {
				mixed++
			} else if len(th) == size[c] {
				exact++
			}
		}
		split := 0
		for _, k := range seen {
			if k > 1 {
				split++
			}
		}
		fmt.Printf("%s: %d threads holding %d files; %d are exactly one conversation, %d join conversations, %d conversations are split\n",
			listing, nonEmpty, files, exact, mixed, split)
	}
	return nil
}

// file is a file to read: its path, and its name in the folder open
// as dir (see openDir).
type file struct {
	path string
	dir  int
	name string
}

// batchSize is how many files list hands out at once.
const batchSize = 256

// list sends the regular files below dir to batches, folder by folder in
// the order the system lists them, and appends the descriptors of the
// folders it opens to dirs.
func list(dir string, dirs *[]int, batches chan<- []file) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	fd := -1
	var batch []file
	for {
		entries, err := f.ReadDir(batchSize)
		for _, e := range entries {
			p := filepath.Join(dir, e.Name())
			switch {
			case e.IsDir():
				if err := list(p, dirs, batches); err != nil {
					return err
				}
			case e.Type().IsRegular():
				if fd < 0 {
					if fd, err = openDir(dir); err != nil {
						return err
					}
					*dirs = append(*dirs, fd)
				}
				batch = append(batch, file{p, fd, e.Name()})
			}
		}
		if len(batch) > 0 {
			batches <- batch
			batch = nil
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// headerEnd reports whether b holds the blank line that ends a header.
func headerEnd(b []byte) bool {
	return bytes.Contains(b, []byte("\n\n")) || bytes.Contains(b, []byte("\n\r\n"))
}

// pathError is an error with the operation and file it concerns.
type pathError struct {
	op, path string
	err      error
}

func (e *pathError) Error() string { return e.op + " " + e.path + ": " + e.err.Error() }
func (e *pathError) Unwrap() error { return e.err }
