package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// redrawEvery is how often the progress line is redrawn at most.
const redrawEvery = 100 * time.Millisecond

// progress reports on stderr how a run is going. On a terminal it keeps a
// status line up to date (messages per second, how many are left); in every
// case it can end the run with a one-line summary. Error lines go through it
// too, so that they never land in the middle of the status line.
type progress struct {
	w     io.Writer
	live  bool // draw the status line
	start time.Time

	mu      sync.Mutex
	done    int
	total   int // -1 until the counting pass is over
	defects int
	failed  int
	shown   int // width of the status line on screen, 0 when there is none

	stop    chan struct{}
	stopped chan struct{}
}

// startProgress starts reporting on w; when live, a status line is redrawn
// until finish is called.
func startProgress(w io.Writer, live bool) *progress {
	p := &progress{w: w, live: live, start: time.Now(), total: -1}
	if live {
		p.stop = make(chan struct{})
		p.stopped = make(chan struct{})
		go p.loop()
	}
	return p
}

func (p *progress) loop() {
	defer close(p.stopped)
	tick := time.NewTicker(redrawEvery)
	defer tick.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-tick.C:
			p.mu.Lock()
			p.draw()
			p.mu.Unlock()
		}
	}
}

// draw writes the status line over the previous one. p.mu must be held.
func (p *progress) draw() {
	elapsed := time.Since(p.start).Seconds()
	line := fmt.Sprintf("%d messages, %.0f/s", p.done, float64(p.done)/elapsed)
	if p.total >= 0 {
		line += fmt.Sprintf(", %d left", max(p.total-p.done, 0))
	}
	width := len(line)
	if p.shown > width {
		line += strings.Repeat(" ", p.shown-width) // wipe what the longer line left
	}
	fmt.Fprint(p.w, "\r"+line)
	p.shown = width
}

// clear removes the status line. p.mu must be held.
func (p *progress) clear() {
	if p.shown > 0 {
		fmt.Fprint(p.w, "\r"+strings.Repeat(" ", p.shown)+"\r")
		p.shown = 0
	}
}

// setTotal records how many messages the run holds, once that is known.
func (p *progress) setTotal(n int) {
	p.mu.Lock()
	p.total = n
	p.mu.Unlock()
}

// add counts one message written out.
func (p *progress) add(r record) {
	p.mu.Lock()
	p.done++
	p.defects += len(r.Defects)
	if r.Error != "" {
		p.failed++
	}
	p.mu.Unlock()
}

// errorf writes a line about a problem.
func (p *progress) errorf(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	fmt.Fprintf(p.w, "triage: "+format+"\n", args...)
}

// finish stops the status line and, unless quiet, writes the summary.
func (p *progress) finish(quiet bool) {
	if p.live {
		close(p.stop)
		<-p.stopped
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	if !quiet {
		fmt.Fprintf(p.w, "%d messages, %d defects, %d failed in %.2fs\n",
			p.done, p.defects, p.failed, time.Since(p.start).Seconds())
	}
}

// isTerminal reports whether w is a terminal (a character device), where a
// status line redrawn with \r reads well.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
