package quote

import (
	"strings"
)

// Kind is what a line of a message holds.
type Kind uint8

// The kinds of lines.
const (
	New       Kind = iota // what the author wrote in this message
	Quoted                // quoted history: attribution lines, header blocks and the quoted text
	Signature             // the author's signature, footers added by apps, legal notices
	Forwarded             // a forwarded message, its header block included
)

// Hint is what the structure of an HTML message says about a line of its
// rendering. Hints are ordered as the labels they come from: where
// elements nest, the greater hint wins.
type Hint uint8

// The hints.
const (
	HintNone      Hint = iota
	HintSignature      // inside a signature element (gmail_signature, moz-signature, …)
	HintQuote          // inside a quote element (blockquote type=cite, gmail_attr, yahoo_quoted, …)
	HintRest           // at or after a reply splitter (Outlook's header block, divRplyFwdMsg, …)
)

// Segment is a run of whole lines of one kind: text[Start:End], with the
// line break of its last line, if any.
type Segment struct {
	Kind       Kind
	Start, End int
}

// Options says what else is known about the message.
type Options struct {
	// Forward says the message is a forward: its subject starts with a
	// forward prefix (Fwd:, RV:, Enc:, TR:, WG:, I:). A header block or
	// an "original message" separator then starts forwarded content, as
	// Outlook writes forwards without any forward marker.
	Forward bool
}

// Text splits a plain-text message into segments that cover every line
// of text, in order.
func Text(text string, opts Options) []Segment {
	return split(text, nil, opts)
}

// Bounds that keep the work per line constant.
const (
	maxAttributionLines = 3   // lines an attribution may be wrapped over
	maxBlankBeforeQuote = 3   // blank lines between an attribution and its quote
	maxHeaderLines      = 12  // lines a header block may span
	maxRestCheck        = 6   // non-blank lines read to confirm a reply splitter
	maxDelimiterTail    = 20  // lines after a bare "--" for it to be a signature delimiter
	maxFooterTail       = 3   // lines after a footer ("Sent from my iPhone")
	maxDisclaimerTail   = 60  // lines after the start of a legal notice
	maxClosingTail      = 12  // lines between a closing and the end of the signature
	maxNameBlock        = 8   // lines of a signature block without a closing
	maxLookback         = 400 // lines, blank ones included, read back from the end of a text
)

// line is one line of the text. It is kept small: a text of blank lines
// has as many of them as it has bytes.
type line struct {
	start, end int    // the line without its line break
	body       uint16 // where its content starts, after the quote markers, from start
	depth      uint16 // number of quote markers (>)
	blank      bool
	hint       Hint
	kind       Kind
}

// empty reports whether the line has no content after its quote markers.
func (l *line) empty() bool { return l.blank || l.start+int(l.body) >= l.end }

// splitter is the state of one split.
type splitter struct {
	text    string
	lines   []line
	opts    Options
	scratch []byte
	join    []byte
}

func split(text string, hints []Hint, opts Options) []Segment {
	s := &splitter{text: text, opts: opts, scratch: make([]byte, 0, 1024)}
	s.index(hints)
	s.markQuotes()
	s.markSignatures()
	return s.segments()
}

// index cuts the text into lines and reads their quote markers.
func (s *splitter) index(hints []Hint) {
	t := s.text
	s.lines = make([]line, 0, strings.Count(t, "\n")+1)
	for i := 0; i < len(t); {
		l := line{start: i}
		next := len(t)
		if j := strings.IndexByte(t[i:], '\n'); j >= 0 {
			l.end, next = i+j, i+j+1
		} else {
			l.end = len(t)
		}
		if l.end > l.start && t[l.end-1] == '\r' {
			l.end--
		}
		body, depth := markers(t, l.start, l.end)
		l.body, l.depth = uint16(body-l.start), uint16(depth)
		l.blank = l.depth == 0 && blank(t[l.start:l.end])
		if n := len(s.lines); n < len(hints) {
			l.hint = hints[n]
		}
		s.lines = append(s.lines, l)
		i = next
	}
}

// maxMarkers is the most bytes of quote markers read at the start of a
// line; the rest of a longer run of markers is read as content.
const maxMarkers = 1000

// markers reads the quote markers at the start of t[start:end]: up to
// three spaces, then ">" signs, optionally separated by spaces, then one
// optional space. It returns where the content starts and the depth.
func markers(t string, start, end int) (body, depth int) {
	p := start
	for p < end && p-start < 3 && t[p] == ' ' {
		p++
	}
	if p == end || t[p] != '>' {
		return start, 0
	}
	end = min(end, start+maxMarkers)
	for p < end {
		switch {
		case t[p] == '>':
			depth++
			p++
		case (t[p] == ' ' || t[p] == '\t') && p+1 < end && t[p+1] == '>':
			p++
		default:
			if t[p] == ' ' || t[p] == '\t' {
				p++
			}
			return p, depth
		}
	}
	return p, depth
}

// content returns the text of line i after its quote markers, without
// its line break.
func (s *splitter) content(i int) string {
	l := &s.lines[i]
	return s.text[l.start+int(l.body) : l.end]
}

func (s *splitter) fold(i int) []byte {
	c := s.content(i)
	if len(c) > 4*maxShortLine {
		c = c[:4*maxShortLine]
	}
	return fold(s.scratch[:0], c)
}

// foldPrefix folds the start of line i: enough to tell a footer, a
// closing or the start of a legal notice, which are short or start
// with a few known words.
func (s *splitter) foldPrefix(i int) []byte {
	c := s.content(i)
	if len(c) > 2*maxShortLine {
		c = c[:2*maxShortLine]
	}
	return fold(s.scratch[:0], c)
}

func (s *splitter) fill(from, to int, k Kind) {
	for i := from; i < to; i++ {
		s.lines[i].kind = k
	}
}

// quoteLine reports whether line i belongs to a quote: it has quote
// markers or an HTML quote element around it.
func (s *splitter) quoteLine(i int) bool {
	l := &s.lines[i]
	return l.depth > 0 || l.hint == HintQuote
}

// boundary kinds.
type boundaryKind uint8

const (
	noBoundary boundaryKind = iota
	attributionBoundary
	headerBoundary  // a header block or an "original message" separator
	forwardBoundary // a forward marker
)

// markQuotes finds quoted history and forwarded content.
func (s *splitter) markQuotes() {
	ls := s.lines
	n := len(ls)
	// afterAttribution: the last line with content was an attribution.
	// quoting: a quote has been found, so the message is a reply and
	// every later run of quoted lines is part of the history, however
	// short (the questions of an inline reply).
	afterAttribution, quoting := false, false
	for i := 0; i < n; {
		l := &ls[i]
		switch {
		case l.hint == HintRest:
			if s.rest(i) {
				return
			}
			// Not a reply splitter after all: drop the hint.
			for j := i; j < n && ls[j].hint == HintRest; j++ {
				ls[j].hint = HintNone
			}
			continue
		case l.blank:
			i++
			continue
		case !s.quoteLine(i):
			end, kind, strong := s.boundary(i)
			switch kind {
			case forwardBoundary:
				s.fill(i, n, Forwarded)
				return
			case headerBoundary:
				s.fill(i, n, s.historyKind())
				return
			case attributionBoundary:
				if j := s.nextContent(end); j < n && s.quoteLine(j) {
					s.fill(i, end, Quoted)
					afterAttribution = true
					i = end
					continue
				}
				if strong {
					s.fill(i, n, Quoted)
					return
				}
			}
			afterAttribution = false
			i++
			continue
		}
		end, r := s.quoteRun(i)
		if r.forward {
			s.fill(i, n, Forwarded)
			return
		}
		if afterAttribution || quoting || r.hinted || r.maxDepth >= 2 || r.lines >= 2 || r.attribution {
			s.fill(i, end, Quoted)
			quoting = true
		}
		afterAttribution = false
		i = end
	}
}

// historyKind is the kind of what follows a header block or an "original
// message" separator: quoted history, or forwarded content in a forward.
func (s *splitter) historyKind() Kind {
	if s.opts.Forward {
		return Forwarded
	}
	return Quoted
}

// nextContent returns the first line at or after i that is not blank,
// looking past at most maxBlankBeforeQuote blank lines; len(lines) when
// there is none.
func (s *splitter) nextContent(i int) int {
	for k := 0; i < len(s.lines) && k <= maxBlankBeforeQuote; i, k = i+1, k+1 {
		if !s.lines[i].blank {
			return i
		}
	}
	return len(s.lines)
}

// boundary reports whether an unquoted line i starts quoted history or
// forwarded content, and where the attribution ends when it is one.
func (s *splitter) boundary(i int) (end int, kind boundaryKind, strong bool) {
	c := s.content(i)
	switch separator(c, s.scratch) {
	case sepForward:
		return i + 1, forwardBoundary, true
	case sepOriginal:
		return i + 1, headerBoundary, true
	case sepRule:
		if j := s.nextContent(i + 1); j < len(s.lines) && s.headerBlock(j) {
			return j, headerBoundary, true
		}
		return i + 1, noBoundary, false
	}
	if s.headerBlock(i) {
		return i + 1, headerBoundary, true
	}
	if end, ok, strong := s.attribution(i); ok {
		return end, attributionBoundary, strong
	}
	return i + 1, noBoundary, false
}

// attribution reports whether an attribution starts at line i, on one
// line or wrapped over a few, and where it ends.
func (s *splitter) attribution(i int) (end int, ok, strong bool) {
	c := s.content(i)
	if len(c) > maxAttribution {
		return i + 1, false, false
	}
	if endsWithColon(c) {
		ok, strong = attribution(s.fold(i))
		return i + 1, ok, strong
	}
	// Wrapped: the first line starts like an attribution and a following
	// line at the same depth ends with the colon.
	if !startsWith(c, words.openerStarts, s.scratch) || !hasOpener(fold(s.scratch[:0], c[:min(len(c), 24)])) {
		return i + 1, false, false
	}
	s.join = append(s.join[:0], c...)
	depth := s.lines[i].depth
	for j := i + 1; j < len(s.lines) && j < i+maxAttributionLines; j++ {
		l := &s.lines[j]
		if l.empty() || l.depth != depth {
			break
		}
		cj := s.content(j)
		if len(s.join)+1+len(cj) > maxAttribution {
			break
		}
		s.join = append(append(s.join, ' '), cj...)
		if endsWithColon(cj) {
			ok, strong = attribution(fold(s.scratch[:0], string(s.join)))
			return j + 1, ok, strong
		}
	}
	return i + 1, false, false
}

// endsWithColon reports whether c ends with a colon (ASCII or
// full-width), spaces and no-break spaces after it aside.
func endsWithColon(c string) bool {
	for {
		n := len(c)
		switch {
		case n > 0 && (c[n-1] == ' ' || c[n-1] == '\t' || c[n-1] == '\r'):
			c = c[:n-1]
		case n > 1 && c[n-2] == 0xc2 && c[n-1] == 0xa0:
			c = c[:n-2]
		case n > 0 && c[n-1] == ':':
			return true
		default:
			return strings.HasSuffix(c, "：")
		}
	}
}

// headerBlock reports whether a header block starts at line i: a From
// field followed, on the next lines, by a Sent or Date field with a time
// of day, and a Subject, or a To when the block names an address. A
// block that names no address needs all four fields. So a customer's
// "De: Madrid / Para: Sevilla / Fecha: 12/02/2027" itinerary is no
// header block.
func (s *splitter) headerBlock(i int) bool {
	r, from := headerField(s.content(i), s.scratch)
	if r != roleFrom {
		return false
	}
	depth := s.lines[i].depth
	var sent, to, subject bool
	addr := strings.IndexByte(from, '@') >= 0
	gaps := 0
	for j := i + 1; j < len(s.lines) && j < i+maxHeaderLines; j++ {
		l := &s.lines[j]
		if l.empty() || l.depth != depth {
			break
		}
		r, v := headerField(s.content(j), s.scratch)
		switch r {
		case roleNone:
			// A value wrapped onto the next line.
			if gaps++; gaps > 2 {
				return false
			}
			continue
		case roleFrom:
			return false
		case roleSent:
			_, _, clock := dateEvidence(v)
			sent = sent || clock
		case roleTo, roleCc:
			to = true
			addr = addr || strings.IndexByte(v, '@') >= 0
		case roleSubject:
			subject = true
		}
		if sent && (subject && to || addr && (subject || to)) {
			return true
		}
	}
	return false
}

// run describes a run of quoted lines.
type run struct {
	lines       int  // lines with content
	maxDepth    int  // deepest quote marker count
	hinted      bool // inside an HTML quote element
	forward     bool // starts with a forward marker
	attribution bool // holds an attribution among its first lines
}

// quoteRun reads the run of quoted lines starting at i, with the blank
// lines between them, and returns where it ends.
func (s *splitter) quoteRun(i int) (int, run) {
	var r run
	ls := s.lines
	last := i
	for j := i; j < len(ls); {
		if !s.quoteLine(j) {
			if !ls[j].blank {
				break
			}
			k := j
			for k < len(ls) && ls[k].blank {
				k++
			}
			if k == len(ls) || !s.quoteLine(k) {
				break
			}
			j = k
			continue
		}
		l := &ls[j]
		r.maxDepth = max(r.maxDepth, int(l.depth))
		r.hinted = r.hinted || l.hint == HintQuote
		if !l.empty() {
			r.lines++
			c := s.content(j)
			if r.lines == 1 && l.depth <= 1 && separator(c, s.scratch) == sepForward {
				r.forward = true
			}
			if r.lines <= maxAttributionLines && !r.attribution && endsWithColon(c) && len(c) <= maxAttribution {
				r.attribution, _ = attribution(s.fold(j))
			}
		}
		last = j
		j++
	}
	return last + 1, r
}

// rest handles a reply splitter found in the HTML at line i: when the
// lines after it confirm it (a header field, an attribution or a
// separator), everything from i on is history or forwarded content.
func (s *splitter) rest(i int) bool {
	kind := s.historyKind()
	ok := false
	for j, seen := i, 0; j < len(s.lines) && seen < maxRestCheck; j++ {
		if s.lines[j].empty() {
			continue
		}
		seen++
		c := s.content(j)
		switch separator(c, s.scratch) {
		case sepForward:
			kind, ok = Forwarded, true
		case sepOriginal:
			ok = true
		}
		if r, _ := headerField(c, s.scratch); r != roleNone {
			ok = true
		}
		if !ok && endsWithColon(c) {
			ok, _ = attribution(s.fold(j))
		}
		if kind == Forwarded {
			break
		}
	}
	if ok {
		s.fill(i, len(s.lines), kind)
	}
	return ok
}

// markSignatures finds the signature at the end of each stretch of new
// text.
func (s *splitter) markSignatures() {
	ls := s.lines
	for i := 0; i < len(ls); {
		if ls[i].kind != New {
			i++
			continue
		}
		j := i
		for j < len(ls) && ls[j].kind == New {
			j++
		}
		s.signature(i, j)
		i = j
	}
}

// signature marks the signature of the new text in lines [a, b).
func (s *splitter) signature(a, b int) {
	ls := s.lines
	// A signature element of the HTML: everything from it on, except
	// the closing phrase some people keep in their signature.
	e := b
	for k := a; k < b; k++ {
		if ls[k].hint == HintSignature {
			e = k
			break
		}
	}
	if e < b {
		k := e
		for k < b && (ls[k].blank || ls[k].hint == HintSignature && s.closing(k)) {
			k++
		}
		s.fill(k, b, Signature)
		e = k
	}
	top := s.tail(a, e)
	if top < e {
		s.fill(top, e, Signature)
	}
}

// tail returns where the signature of the new text in lines [a, e)
// starts, or e when there is none. It reads at most a constant number of
// lines back from e, and the lines of [a, e) once forward.
func (s *splitter) tail(a, e int) int {
	ls := s.lines
	top := e

	// A signature delimiter, "-- ". Without its space, as HTML
	// renderings and some clients leave it, it must be followed by a
	// short block.
	total := 0
	for k := a; k < e; k++ {
		if !ls[k].blank {
			total++
		}
	}
	seen := 0
	for k := a; k < e; k++ {
		if ls[k].blank {
			continue
		}
		seen++
		c := s.content(k)
		if ls[k].depth == 0 && (c == "-- " || strings.TrimRight(c, " \t") == "--" && total-seen <= maxDelimiterTail) {
			top = k
			break
		}
	}

	// Footers and legal notices, which may be stacked: each must come
	// close enough to the end or to the one below it.
	n := 0 // lines with content between k and top
	for k := top - 1; k >= a && top-k <= maxLookback && n < maxDisclaimerTail; k-- {
		if ls[k].blank {
			continue
		}
		n++
		if !startsWith(s.content(k), words.tailStarts, s.scratch) {
			continue
		}
		f := s.foldPrefix(k)
		if n <= maxFooterTail+1 && isFooter(f) || isDisclaimer(f, f[len(f):]) {
			top, n = k, 0
		}
	}

	// A closing phrase, then a name and contact lines.
	n = 0
	for k := top - 1; k >= a && top-k <= maxLookback && n < maxClosingTail; k-- {
		if ls[k].blank {
			continue
		}
		n++
		if !s.closing(k) {
			if isPostscript(s.fold(k)) {
				return top
			}
			continue
		}
		first := s.nextNonBlank(k+1, top)
		if first == top {
			return top // nothing but the closing before the signature
		}
		if !isName(s.content(first), s.scratch) && !isContact(s.content(first), s.scratch) {
			return top
		}
		for m := first + 1; m < top; m++ {
			if !ls[m].blank && !s.signatureLike(m) {
				return top
			}
		}
		return first
	}

	// No closing: a name on its own at the end, with contact lines.
	start := -1
	n = 0
	last := top - 1
	for last >= a && ls[last].blank && top-last <= maxLookback {
		last--
	}
	for k := last; k >= a && n < maxNameBlock; k-- {
		if ls[k].blank {
			break
		}
		n++
		if !s.signatureLike(k) {
			break
		}
		if isName(s.content(k), s.scratch) {
			start = k
		}
	}
	if start < 0 {
		return top
	}
	prev := start - 1
	for prev >= a && ls[prev].blank && start-prev <= maxLookback {
		prev--
	}
	if prev < a || ls[prev].blank {
		return top // nothing written before the name
	}
	// Right below the text, the name must follow a full stop, unless a
	// footer or notice found below it confirms the signature.
	if c := s.content(prev); endsWithColon(c) || lastByte(c) == ',' || prev == start-1 && top == e && !endsSentence(c) {
		return top
	}
	return start
}

// closing reports whether line i is a closing phrase.
func (s *splitter) closing(i int) bool {
	if c := s.content(i); lastByte(c) != ',' && !startsWith(c, words.closingStarts, s.scratch) {
		return false
	}
	f := s.foldPrefix(i)
	return isClosing(f, f[len(f):]) || genericClosing(f, f[len(f):])
}

func (s *splitter) nextNonBlank(i, limit int) int {
	for i < limit && s.lines[i].blank {
		i++
	}
	return i
}

// signatureLike reports whether line i could be part of a signature
// block: a name, contact details, a short line such as a job title or a
// company, a footer or a legal notice.
func (s *splitter) signatureLike(i int) bool {
	c := trimSpace(s.content(i))
	if isContact(c, s.scratch) || isName(c, s.scratch) {
		return true
	}
	f := s.fold(i)
	if isFooter(f) || isDisclaimer(f, f[len(f):]) {
		return true
	}
	if isPostscript(f) || isGreeting(f, f[len(f):]) || len(c) > 70 || countWords(f) > 9 {
		return false
	}
	return !endsSentence(c) || abbreviationEnd(c)
}

// endsSentence reports whether a line ends like a sentence.
func endsSentence(c string) bool {
	switch lastByte(c) {
	case '.', '!', '?', ':':
		return true
	}
	return strings.HasSuffix(strings.TrimRight(c, " \t"), "…")
}

// abbreviationEnd reports whether a line ends with an abbreviation such as
// "S.L." or "Ltd.", as company names do.
func abbreviationEnd(c string) bool {
	c = strings.TrimRight(c, " \t")
	if !strings.HasSuffix(c, ".") {
		return false
	}
	w := c[strings.LastIndexAny(c, " \t")+1:]
	return strings.Count(w, ".") >= 2 || len(w) <= 5 && w[0] >= 'A' && w[0] <= 'Z'
}

// genericClosing reports whether a folded line reads as a closing though
// it is in no table: a few words ending with a comma, not a greeting.
func genericClosing(f []byte, scratch []byte) bool {
	return len(f) > 1 && f[len(f)-1] == ',' && countWords(f) <= 3 && !isGreeting(f, scratch)
}

// segments merges the lines into segments. A blank line belongs with the
// line before it, leading blank lines with the first line that is not.
func (s *splitter) segments() []Segment {
	ls := s.lines
	if len(ls) == 0 {
		return nil
	}
	prev := New
	for i := range ls {
		if !ls[i].blank {
			prev = ls[i].kind
			break
		}
	}
	var segs []Segment
	for i := range ls {
		l := &ls[i]
		if l.blank {
			l.kind = prev
		}
		prev = l.kind
		end := len(s.text)
		if i+1 < len(ls) {
			end = ls[i+1].start
		}
		if n := len(segs); n > 0 && segs[n-1].Kind == l.kind {
			segs[n-1].End = end
			continue
		}
		segs = append(segs, Segment{Kind: l.kind, Start: l.start, End: end})
	}
	return segs
}

// Join returns the text of the segments of kind k: each segment without
// its leading and trailing blank lines, with "\n" line ends, and one blank
// line between segments.
func Join(text string, segs []Segment, k Kind) string {
	var b strings.Builder
	for _, sg := range segs {
		if sg.Kind != k {
			continue
		}
		t := text[sg.Start:sg.End]
		if strings.IndexByte(t, '\r') >= 0 {
			t = strings.ReplaceAll(t, "\r\n", "\n")
		}
		if t = trimBlankLines(t); t == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(t)
	}
	return b.String()
}

// trimBlankLines removes the blank lines at both ends of t, which has
// "\n" line ends, and the line break of its last line.
func trimBlankLines(t string) string {
	for {
		i := strings.IndexByte(t, '\n')
		if i < 0 {
			if blank(t) {
				return ""
			}
			break
		}
		if !blank(t[:i]) {
			break
		}
		t = t[i+1:]
	}
	t = strings.TrimSuffix(t, "\n")
	for {
		i := strings.LastIndexByte(t, '\n')
		if !blank(t[i+1:]) {
			break
		}
		if i < 0 {
			return ""
		}
		t = t[:i]
	}
	return t
}
