package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
	"unicode"
	"unicode/utf8"
)

// Column widths of the table, in characters. Cells are cut to these widths
// and padded to them, so that every block of rows the table flushes lines up
// with the ones before it.
const (
	threadWidth  = len("THREAD")
	dateWidth    = len("2006-01-02 15:04")
	kindWidth    = len("out_of_office")
	fromWidth    = 22
	subjectWidth = 44
	attWidth     = len("ATT")
	defectsWidth = len("DEFECTS")
)

// table writes messages as a human-readable table, one row per message,
// grouped by conversation: each conversation's messages together, in the
// order its first message came, replies indented under it. Grouping needs
// the whole run, so the table keeps one short row per message until the
// end; -json streams instead.
type table struct {
	w      io.Writer
	order  []string            // conversations in order of first appearance
	rows   map[string][]string // rows of each conversation, in input order
	single int                 // rows of messages without a conversation
}

func newTable(w io.Writer) *table {
	return &table{w: w, rows: make(map[string][]string)}
}

// add keeps the row for one message.
func (t *table) add(r record) error {
	date := "-"
	if tt := time.Time(r.Date); !tt.IsZero() {
		date = tt.UTC().Format("2006-01-02 15:04")
	}
	from := r.From.Name
	if from == "" {
		from = r.From.Address
	}
	subject := r.Subject
	if r.Error != "" {
		from, subject = "-", "error: "+r.Error
	}
	conv := r.Thread
	if conv == "" {
		// Not filed (it could not be parsed): a group of its own.
		t.single++
		conv = fmt.Sprintf("\x00%d", t.single)
	}
	rows, seen := t.rows[conv]
	if !seen {
		t.order = append(t.order, conv)
	}
	thread := r.Thread
	if thread == "" {
		thread = "-"
	}
	if seen {
		thread = ""
		subject = "↳ " + subject
	}
	kind := r.Type
	if r.Auto != nil {
		kind = r.Auto.Kind.String()
	}
	if kind == "" {
		kind = "-"
	}
	t.rows[conv] = append(rows, fmt.Sprintf("%s\t%s\t%s\t%s\t%s\t%*d\t%*d\n",
		pad(thread, threadWidth), pad(date, dateWidth), cell(from, fromWidth), cell(subject, subjectWidth),
		pad(kind, kindWidth), attWidth, len(r.Attachments), defectsWidth, len(r.Defects)))
	return nil
}

// flush writes the table, one conversation after another.
func (t *table) flush() error {
	tw := tabwriter.NewWriter(t.w, 0, 8, 2, ' ', 0)
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
		pad("THREAD", threadWidth), pad("DATE", dateWidth), pad("FROM", fromWidth), pad("SUBJECT", subjectWidth),
		pad("TYPE", kindWidth), "ATT", "DEFECTS")
	for _, conv := range t.order {
		for _, row := range t.rows[conv] {
			if _, err := io.WriteString(tw, row); err != nil {
				return err
			}
		}
	}
	t.order, t.rows = nil, make(map[string][]string)
	return tw.Flush()
}

// cell makes s fit a column of the given width: control characters (which
// would end a cell or a line) become spaces, and text that is too long is
// cut with an ellipsis.
func cell(s string, width int) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > width {
		rs := []rune(s)
		s = strings.TrimRight(string(rs[:width-1]), " ") + "…"
	}
	return pad(s, width)
}

// pad fills s with spaces up to width characters.
func pad(s string, width int) string {
	if n := utf8.RuneCountInString(s); n < width {
		s += strings.Repeat(" ", width-n)
	}
	return s
}
