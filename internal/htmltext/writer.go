package htmltext

// writer lays out the text as lines. Breaks are not written when they are
// asked for but when the next visible content arrives, so that adjacent
// blocks share one break, breaks before the first line and after the last
// one vanish, and nothing written is taken back but trailing spaces and
// surplus blank lines.
type writer struct {
	out       []byte
	lineStart int  // where the current line starts in out
	bodyStart int  // where its body starts, after the quote and indentation prefix
	textStart int  // where its text starts, after the list item marker
	end       int  // the end of the last line that was not blank
	inLine    bool // a line has been started and not yet ended
	nl        int  // line ends asked for since the last content: 1 ends the line, 2 also leaves a blank line
	space     bool // a collapsible space is pending
	sep       bool // a table cell started: the next text on the same line is preceded by " | "
	prevBlank bool // the last line written was blank
	hasText   bool // a line with text has been written
	lineQuote int  // the quote depth of the current or last line

	// Set by the renderer: the prefix of the next line.
	quote  int    // quote depth, already capped
	level  int    // list depth, already capped
	marker []byte // the pending list item marker, if any

	// Link text, recorded to decide whether the URL is worth printing.
	capturing bool
	long      bool
	captured  []byte

	// Line labels, kept only by Labeled: labels holds one per line
	// written, the label in force when the line started.
	labeling  bool
	label     Label
	lineLabel Label
	labels    []Label
}

// indentation holds the widest list indentation, 2*maxIndent spaces.
const indentation = "                    "

// brk asks for a line end (n = 1) or a paragraph break (n = 2).
func (w *writer) brk(n int) {
	if n > w.nl {
		w.nl = n
	}
	w.space = false
}

// br is a <br>: it ends the line, and a second one in a row leaves a blank
// line. At most one blank line is ever left, so w.nl stops at 2.
func (w *writer) br() {
	if w.nl < 2 {
		w.nl++
	}
	w.space = false
}

// softSpace is collapsible white space: it shows as one space between two
// pieces of text on the same line and as nothing elsewhere.
func (w *writer) softSpace() {
	if w.inLine && w.nl == 0 {
		w.space = true
	}
}

// hardSpace is a non-breaking space: it is never collapsed, and it makes
// a line on its own, so a paragraph holding only &nbsp; is a blank line.
func (w *writer) hardSpace() {
	w.open(true)
	w.out = append(w.out, ' ')
	w.recordSpace()
}

// text writes visible text, which must be valid UTF-8 without line breaks.
func (w *writer) text(b []byte) {
	w.open(false)
	w.out = append(w.out, b...)
	if w.capturing {
		w.record(b)
	}
}

// textByte writes one visible ASCII byte (a tab in preformatted text).
func (w *writer) textByte(c byte) {
	w.open(false)
	w.out = append(w.out, c)
}

// record adds to the captured link text, up to maxLinkText bytes.
func (w *writer) record(b []byte) {
	if len(w.captured)+len(b) > maxLinkText {
		w.long = true
		return
	}
	w.captured = append(w.captured, b...)
}

// recordSpace adds a space to the captured link text, except at its start.
func (w *writer) recordSpace() {
	if w.capturing && len(w.captured) > 0 {
		if len(w.captured) < maxLinkText {
			w.captured = append(w.captured, ' ')
		} else {
			w.long = true
		}
	}
}

// open readies the current line for content: it performs the pending line
// ends and starts a new line, or writes the pending space or, unless the
// content is a non-breaking space, the pending cell separator.
func (w *writer) open(hard bool) {
	if w.inLine && w.nl == 0 {
		if w.sep && !hard {
			w.sep, w.space = false, false
			w.trim(w.textStart)
			if len(w.out) > w.textStart {
				w.out = append(w.out, " | "...)
			}
			return
		}
		if w.space {
			w.space = false
			w.out = append(w.out, ' ')
			w.recordSpace()
		}
		return
	}
	if w.inLine {
		w.endLine()
	}
	if w.nl > 1 {
		w.blank(min(w.lineQuote, w.quote))
	}
	w.nl, w.space, w.sep = 0, false, false
	w.beginLine()
}

// beginLine writes the prefix of a new line: "> " per quote level, then
// the list indentation and the pending item marker.
func (w *writer) beginLine() {
	w.lineStart = len(w.out)
	for range w.quote {
		w.out = append(w.out, "> "...)
	}
	w.lineQuote = w.quote
	w.lineLabel = w.label
	level := w.level
	if w.marker != nil && level == 0 {
		level = 1 // an li outside any list
	}
	indent := 2 * level
	if w.marker != nil {
		indent -= 2
	}
	w.out = append(w.out, indentation[:min(indent, len(indentation))]...)
	w.bodyStart = len(w.out)
	if w.marker != nil {
		w.out = append(w.out, w.marker...)
		w.marker = nil
	}
	w.textStart = len(w.out)
	w.inLine = true
}

// endLine ends the current line. A line left with nothing but its prefix
// is blank: it is dropped before the first text and after another blank
// line.
func (w *writer) endLine() {
	w.inLine = false
	w.trim(w.lineStart)
	if len(w.out) <= w.bodyStart {
		w.out = w.out[:w.lineStart]
		w.blank(w.lineQuote)
		return
	}
	w.end = len(w.out)
	w.out = append(w.out, '\n')
	w.hasText, w.prevBlank = true, false
	if w.labeling {
		w.labels = append(w.labels, w.lineLabel)
	}
}

// blank writes a blank line, quoted at the given depth, unless it would
// lead the text or follow another blank line.
func (w *writer) blank(quote int) {
	if !w.hasText || w.prevBlank {
		return
	}
	for i := range quote {
		if i > 0 {
			w.out = append(w.out, ' ')
		}
		w.out = append(w.out, '>')
	}
	w.out = append(w.out, '\n')
	w.prevBlank = true
	if w.labeling {
		w.labels = append(w.labels, w.label)
	}
}

// trim removes trailing spaces, tabs and zero-width non-joiners (padding
// that newsletters pair with &nbsp;) from the current line, down to floor.
func (w *writer) trim(floor int) {
	n := len(w.out)
	for n > floor {
		switch c := w.out[n-1]; {
		case c == ' ' || c == '\t':
			n--
			continue
		case c == 0x8c && n-3 >= floor && w.out[n-3] == 0xe2 && w.out[n-2] == 0x80:
			n -= 3
			continue
		}
		break
	}
	w.out = w.out[:n]
}

// appendLink writes " (url)" at the end of the current line, right after
// the link text, whatever breaks are pending.
func (w *writer) appendLink(url []byte) {
	if !w.inLine {
		return
	}
	w.trim(w.textStart)
	w.out = append(w.out, " ("...)
	w.out = append(w.out, url...)
	w.out = append(w.out, ')')
}

// finish ends the last line and drops trailing blank lines.
func (w *writer) finish() []byte {
	if w.inLine {
		w.endLine()
	}
	return w.out[:w.end]
}
