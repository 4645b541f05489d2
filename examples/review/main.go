// Command review checks a draft reply against the customer's message it
// answers, before it is sent, and prints the findings with the draft
// marked where they apply.
//
//	go run ./examples/review examples/review/testdata/pedido.eml examples/review/testdata/pedido-draft.txt
//	go run ./examples/review -json customer.eml draft.txt
//
// The customer's message is read from a .eml file; the draft from a
// plain-text file. The SLA status is computed from the message's date
// with -policy and -calendar, at -now (the clock by default). With -json
// each finding is one JSON object per line with the keys check,
// severity, message, in, start, end and text (and code, suggestion).
//
// An agent who disagrees with Cartero on a question gives a verdict:
// -questions lists the questions the professional check judges, with
// their offsets in the customer's text, and -addressed or -unaddressed
// take offsets "start-end" of questions the draft does or does not
// answer, which then stand in place of Cartero's judgement:
//
//	go run ./examples/review -questions customer.eml draft.txt
//	go run ./examples/review -addressed 212-268 customer.eml draft.txt
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/classify"
	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/review"
	"github.com/cartero/cartero/sla"
	"github.com/cartero/cartero/template"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, time.Now); err != nil {
		fmt.Fprintln(os.Stderr, "review:", err)
		os.Exit(2)
	}
}

// options are the command's flags.
type options struct {
	json        bool
	now         string
	calendar    string
	policy      string
	locale      string
	name        string
	register    string
	resolved    bool
	ack         bool
	promotional bool
	jargon      string
	off         string
	lang        string
	questions   bool
	addressed   string
	unaddressed string
}

func run(args []string, stdout io.Writer, clock func() time.Time) error {
	var o options
	fs := flag.NewFlagSet("review", flag.ContinueOnError)
	fs.BoolVar(&o.json, "json", false, "print one JSON object per finding")
	fs.StringVar(&o.now, "now", "", "when the draft is sent, RFC 3339 (default: now)")
	fs.StringVar(&o.calendar, "calendar", "Europe/Madrid; mon-fri 09:00-18:00", "business calendar (see package sla)")
	fs.StringVar(&o.policy, "policy", "prompt", "SLA policy: prompt or prompt6h")
	fs.StringVar(&o.locale, "locale", "", "the draft's locale (default: detected)")
	fs.StringVar(&o.name, "name", "", "the customer's name (default: the sender's display name)")
	fs.StringVar(&o.register, "register", "", "formal or informal: how the draft must address the customer")
	fs.BoolVar(&o.resolved, "resolved", false, "the draft resolves the customer's complaint")
	fs.BoolVar(&o.ack, "ack", false, "the draft only acknowledges receipt")
	fs.BoolVar(&o.promotional, "promotional", false, "switch on the promotional check")
	fs.StringVar(&o.jargon, "jargon", "", "comma-separated words customers should not read")
	fs.StringVar(&o.off, "off", "", "comma-separated checks to switch off")
	fs.StringVar(&o.lang, "lang", "", "language of the messages: es, en or pt (default: the draft's)")
	fs.BoolVar(&o.questions, "questions", false, "list the customer's questions the professional check judges, with their offsets, instead of the findings")
	fs.StringVar(&o.addressed, "addressed", "", "comma-separated offsets start-end of questions the draft answers, whatever Cartero judges")
	fs.StringVar(&o.unaddressed, "unaddressed", "", "comma-separated offsets start-end of questions the draft does not answer, whatever Cartero judges")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: review [flags] customer.eml draft.txt")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		fs.Usage()
		return errors.New("want a customer .eml file and a draft text file")
	}
	in, c, err := o.input(fs.Arg(0), fs.Arg(1), clock)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if o.questions {
		return printQuestions(w, c.Questions(in), o.json)
	}
	findings := c.Check(in)
	if o.json {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, f := range findings {
			if err := enc.Encode(f); err != nil {
				return err
			}
		}
		return nil
	}
	printFindings(w, in, findings)
	return nil
}

func (o *options) input(emlPath, draftPath string, clock func() time.Time) (review.Input, review.Checker, error) {
	var in review.Input
	var c review.Checker
	f, err := os.Open(emlPath)
	if err != nil {
		return in, c, err
	}
	defer f.Close()
	msg, err := correspondence.Parse(f)
	if err != nil {
		return in, c, fmt.Errorf("%s: %w", emlPath, err)
	}
	draft, err := os.ReadFile(draftPath)
	if err != nil {
		return in, c, err
	}
	now := clock()
	if o.now != "" {
		if now, err = time.Parse(time.RFC3339, o.now); err != nil {
			return in, c, fmt.Errorf("-now: %w", err)
		}
	}
	cal, err := sla.ParseCalendar(o.calendar)
	if err != nil {
		return in, c, fmt.Errorf("-calendar: %w", err)
	}
	policy, err := sla.ParsePolicy(o.policy)
	if err != nil {
		return in, c, fmt.Errorf("-policy: %w", err)
	}
	policy.Calendar = cal
	res := classify.Message(msg)
	var status *sla.Status
	if at := firstNonZero(msg.Date, msg.Received); !at.IsZero() && res.Auto == nil {
		st := policy.Status([]sla.Event{{At: at, Kind: sla.Inbound, Channel: msg.Channel, Type: res.Type.String(), ID: msg.ID}}, now)
		status = &st
	}
	reg, err := template.ParseRegister(o.register)
	if err != nil {
		return in, c, fmt.Errorf("-register: %w", err)
	}
	in = review.Input{
		Draft:           strings.ReplaceAll(string(draft), "\r\n", "\n"),
		Message:         msg,
		Now:             now,
		Status:          status,
		Calendar:        cal,
		Customer:        template.Customer{Name: o.name, Register: reg},
		Classification:  &res,
		Resolved:        o.resolved,
		Acknowledgement: o.ack,
	}
	if o.locale != "" {
		if in.Locale, err = language.Parse(o.locale); err != nil {
			return in, c, fmt.Errorf("-locale: %w", err)
		}
	}
	if o.lang != "" {
		if c.Language, err = language.Parse(o.lang); err != nil {
			return in, c, fmt.Errorf("-lang: %w", err)
		}
	}
	c.Promotional = o.promotional
	for _, j := range split(o.jargon) {
		c.Jargon = append(c.Jargon, review.Term{Word: j})
	}
	c.Off = split(o.off)
	for _, v := range []struct {
		flag, list string
		addressed  bool
	}{{"-addressed", o.addressed, true}, {"-unaddressed", o.unaddressed, false}} {
		for _, sp := range split(v.list) {
			start, end, err := parseSpan(sp)
			if err != nil {
				return in, c, fmt.Errorf("%s: %w", v.flag, err)
			}
			in.Verdicts = append(in.Verdicts, review.Verdict{Start: start, End: end, Addressed: v.addressed})
		}
	}
	return in, c, nil
}

// parseSpan reads offsets written "start-end".
func parseSpan(s string) (start, end int, err error) {
	a, b, ok := strings.Cut(s, "-")
	if ok {
		start, err = strconv.Atoi(a)
		if err == nil {
			end, err = strconv.Atoi(b)
		}
	}
	if !ok || err != nil || start < 0 || end <= start {
		return 0, 0, fmt.Errorf("%q: want offsets start-end, as -questions lists them", s)
	}
	return start, end, nil
}

// question is how -questions prints a question with -json.
type question struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Request bool   `json:"request"`
}

// printQuestions lists the questions the professional check judges.
func printQuestions(w io.Writer, qs []classify.Question, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, q := range qs {
			if err := enc.Encode(question{q.Start, q.End, q.Text, q.Request}); err != nil {
				return err
			}
		}
		return nil
	}
	if len(qs) == 0 {
		fmt.Fprintln(w, "No questions.")
		return nil
	}
	for _, q := range qs {
		fmt.Fprintf(w, "%d-%d %q\n", q.Start, q.End, q.Text)
	}
	return nil
}

func firstNonZero(ts ...time.Time) time.Time {
	for _, t := range ts {
		if !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

func split(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// printFindings prints the draft with each finding's span marked
// "[[…]]¹", the customer's questions that are not answered, and then the
// findings, numbered.
func printFindings(w io.Writer, in review.Input, fs []review.Finding) {
	type mark struct{ at, n int }
	var opens, closes []mark
	var points []mark
	for i, f := range fs {
		if f.In != review.Draft {
			continue
		}
		if f.Start == f.End {
			points = append(points, mark{f.Start, i + 1})
			continue
		}
		opens = append(opens, mark{f.Start, i + 1})
		closes = append(closes, mark{f.End, i + 1})
	}
	sort.SliceStable(closes, func(a, b int) bool { return closes[a].at < closes[b].at })
	fmt.Fprintln(w, "Draft:")
	fmt.Fprintln(w)
	text := in.Draft
	for i := 0; i <= len(text); i++ {
		for len(closes) > 0 && closes[0].at == i {
			fmt.Fprintf(w, "]]%s", superscript(closes[0].n))
			closes = closes[1:]
		}
		for len(points) > 0 && points[0].at == i {
			fmt.Fprintf(w, "⟦%s⟧", superscript(points[0].n))
			points = points[1:]
		}
		for len(opens) > 0 && opens[0].at == i {
			fmt.Fprint(w, "[[")
			opens = opens[1:]
		}
		if i < len(text) {
			w.Write([]byte{text[i]})
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w)
	if len(fs) == 0 {
		fmt.Fprintln(w, "No findings.")
		return
	}
	fmt.Fprintln(w, "Findings:")
	for i, f := range fs {
		fmt.Fprintf(w, "%3d. %-7s %s/%s: %s\n", i+1, f.Severity, f.Check, f.Code, f.Message)
		if f.In == review.Customer {
			fmt.Fprintf(w, "     customer wrote: %q\n", f.Text)
		}
	}
}

var superscripts = []rune("⁰¹²³⁴⁵⁶⁷⁸⁹")

func superscript(n int) string {
	s := []rune(fmt.Sprint(n))
	for i, r := range s {
		s[i] = superscripts[r-'0']
	}
	return string(s)
}
