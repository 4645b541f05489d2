// Package reviewtest reads Cartero's labelled sets of customer messages
// and draft replies, runs package review on them, and scores its
// findings against the labels: precision and recall per check.
//
// The format is described in review/testdata/labelled/README.md.
package reviewtest

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/classify"
	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/review"
	"github.com/cartero/cartero/sla"
	"github.com/cartero/cartero/template"
)

// Pair is one labelled pair: a customer's text, a draft reply, and the
// findings a reviewer expects.
type Pair struct {
	ID       string
	Locale   language.Tag
	Type     classify.Type
	Register template.Register
	Name     string // the customer's name
	Resolved bool
	// Acknowledgement marks a draft that only acknowledges receipt.
	Acknowledgement bool
	Promotional     bool
	Now             time.Time // when the draft is sent; zero for the default
	Jargon          []string
	Customer, Draft string
	Expect          []Label
}

// Label is one expected finding.
type Label struct {
	Check, Code string
	// Span is the text labelled, "" for a finding about the whole
	// draft; In is the text it is in.
	Span       string
	In         review.Where
	Start, End int // Span's offsets in its text, -1 when there is no span
	Line       int // where the label is in its file
}

// DefaultNow is when drafts are sent unless a pair says otherwise: a
// Wednesday at ten in the morning, in the pair's zone.
var defaultNow = struct{ y, m, d, h int }{2026, 11, 18, 10}

// Zones of the locales: the calendar of every pair is Monday to Friday,
// 09:00–18:00 in its locale's zone.
var zones = map[string]string{
	"es-ES": "Europe/Madrid", "es-MX": "America/Mexico_City", "es-AR": "America/Argentina/Buenos_Aires",
	"en-US": "America/New_York", "en-GB": "Europe/London", "pt-BR": "America/Sao_Paulo", "pt-PT": "Europe/Lisbon",
}

// ReadFile reads the pairs of a labelled file.
func ReadFile(path string) ([]Pair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ps, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ps, nil
}

// Read reads labelled pairs.
func Read(r io.Reader) ([]Pair, error) {
	var (
		out     []Pair
		p       *Pair
		section string
		text    []string
		n       int
	)
	finish := func() error {
		if p == nil {
			return nil
		}
		body := strings.TrimRight(strings.Join(text, "\n"), "\n")
		switch section {
		case "customer":
			p.Customer = body
		case "draft":
			p.Draft = body
		}
		text = text[:0]
		return nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		n++
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "=== "):
			if err := finish(); err != nil {
				return nil, err
			}
			out = append(out, Pair{ID: strings.TrimSpace(line[4:])})
			p, section = &out[len(out)-1], "header"
		case p == nil:
			if strings.TrimSpace(line) != "" {
				return nil, fmt.Errorf("line %d: text before the first pair", n)
			}
		case strings.HasPrefix(line, "--- "):
			if err := finish(); err != nil {
				return nil, err
			}
			section = strings.TrimSpace(line[4:])
			if section != "customer" && section != "draft" && section != "expect" {
				return nil, fmt.Errorf("line %d: unknown section %q", n, section)
			}
		case section == "header":
			if strings.TrimSpace(line) == "" {
				continue
			}
			k, v, ok := strings.Cut(line, ":")
			if !ok {
				return nil, fmt.Errorf("line %d: header without a colon", n)
			}
			if err := p.header(strings.TrimSpace(k), strings.TrimSpace(v)); err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
		case section == "expect":
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			l, err := parseLabel(line)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
			l.Line = n
			p.Expect = append(p.Expect, l)
		default:
			text = append(text, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if err := finish(); err != nil {
		return nil, err
	}
	for i := range out {
		if err := out[i].locate(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (p *Pair) header(k, v string) error {
	var err error
	switch k {
	case "locale":
		p.Locale, err = language.Parse(v)
	case "type":
		p.Type, err = classify.ParseType(v)
	case "register":
		p.Register, err = template.ParseRegister(v)
	case "customer":
		p.Name = v
	case "resolved":
		p.Resolved = v == "yes"
	case "kind":
		p.Acknowledgement = v == "acknowledgement"
	case "promotional":
		p.Promotional = v == "on"
	case "now":
		p.Now, err = time.Parse(time.RFC3339, v)
	case "jargon":
		for _, j := range strings.Split(v, ",") {
			if j = strings.TrimSpace(j); j != "" {
				p.Jargon = append(p.Jargon, j)
			}
		}
	default:
		return fmt.Errorf("unknown header %q", k)
	}
	return err
}

func parseLabel(line string) (Label, error) {
	head, span, hasSpan := strings.Cut(line, ":")
	f := strings.Fields(head)
	if len(f) != 2 {
		return Label{}, fmt.Errorf("label %q: want \"check code[: span]\"", line)
	}
	l := Label{Check: f[0], Code: f[1], Start: -1, End: -1}
	if hasSpan {
		l.Span = strings.TrimSpace(span)
	}
	if l.Check == review.Professional {
		l.In = review.Customer
	}
	return l, nil
}

// locate finds each label's span in its text; the n-th label with the
// same span text is its n-th occurrence.
func (p *Pair) locate() error {
	seen := map[string]int{}
	for i := range p.Expect {
		l := &p.Expect[i]
		if l.Span == "" {
			continue
		}
		text := p.Draft
		if l.In == review.Customer {
			text = p.Customer
		}
		key := l.In.String() + "\x00" + l.Span
		from := 0
		for k := 0; ; k++ {
			j := strings.Index(text[from:], l.Span)
			if j < 0 {
				return fmt.Errorf("%s line %d: span %q is not in the %s text", p.ID, l.Line, l.Span, l.In)
			}
			if k == seen[key] {
				l.Start, l.End = from+j, from+j+len(l.Span)
				break
			}
			from += j + len(l.Span)
		}
		seen[key]++
	}
	return nil
}

// Zone returns the pair's time zone.
func (p *Pair) Zone() *time.Location {
	if name, ok := zones[p.Locale.String()]; ok {
		if loc, err := time.LoadLocation(name); err == nil {
			return loc
		}
	}
	return time.UTC
}

// Input returns the input and the checker that review a pair.
func (p *Pair) Input() (review.Input, review.Checker) {
	loc := p.Zone()
	now := p.Now
	if now.IsZero() {
		now = time.Date(defaultNow.y, time.Month(defaultNow.m), defaultNow.d, defaultNow.h, 0, 0, 0, loc)
	}
	cal, err := sla.ParseCalendar(loc.String() + "; mon-fri 09:00-18:00")
	if err != nil {
		panic(err) // the zones above are known
	}
	msg := &correspondence.Message{
		Text:  p.Customer,
		Split: correspondence.Split{New: p.Customer},
	}
	res := classify.Result{Type: p.Type}
	in := review.Input{
		Draft:           p.Draft,
		Message:         msg,
		Now:             now,
		Calendar:        cal,
		Locale:          p.Locale,
		Customer:        template.Customer{Name: p.Name, Register: p.Register},
		Classification:  &res,
		Resolved:        p.Resolved,
		Acknowledgement: p.Acknowledgement,
	}
	c := review.Checker{Promotional: p.Promotional}
	for _, j := range p.Jargon {
		c.Jargon = append(c.Jargon, review.Term{Word: j})
	}
	return in, c
}
