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
	dateWidth    = len("2006-01-02 15:04")
	fromWidth    = 22
	subjectWidth = 44
	attWidth     = len("ATT")
	defectsWidth = len("DEFECTS")

	// tableBlock is how many rows the table holds before writing them out:
	// a tabwriter keeps everything until it is flushed, and a run over a
	// large mailbox should not.
	tableBlock = 256
)

// table writes messages as a human-readable table, one row per message.
type table struct {
	tw   *tabwriter.Writer
	rows int
}

func newTable(w io.Writer) *table {
	t := &table{tw: tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)}
	fmt.Fprintf(t.tw, "%s\t%s\t%s\t%s\t%s\n",
		pad("DATE", dateWidth), pad("FROM", fromWidth), pad("SUBJECT", subjectWidth), "ATT", "DEFECTS")
	return t
}

// add writes the row for one message.
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
	fmt.Fprintf(t.tw, "%s\t%s\t%s\t%*d\t%*d\n",
		pad(date, dateWidth), cell(from, fromWidth), cell(subject, subjectWidth),
		attWidth, len(r.Attachments), defectsWidth, len(r.Defects))
	t.rows++
	if t.rows%tableBlock == 0 {
		return t.tw.Flush()
	}
	return nil
}

// flush writes the rows not yet written.
func (t *table) flush() error { return t.tw.Flush() }

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
