package correspondence

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/cartero/cartero/internal/charset"
	"github.com/cartero/cartero/internal/header"
	"github.com/cartero/cartero/internal/msgid"
)

// parse is the state of one Parse call.
type parse struct {
	p     *Parser
	m     *Message
	parts int
	texts []string // text/plain bodies in order
	htmls []string // text/html bodies in order
}

func (ps *parse) defect(kind error, part, detail string) {
	ps.m.Defects = append(ps.m.Defects, &Defect{Kind: kind, Part: part, Detail: detail})
}

// problem records err, returned by one of the internal decoders, as a
// defect of the kind that matches it best.
func (ps *parse) problem(err error, fallback error, part string) {
	if err == nil {
		return
	}
	kind := fallback
	switch {
	case errors.Is(err, charset.ErrUnknown):
		kind = ErrUnknownCharset
	case errors.Is(err, charset.ErrMalformed):
		kind = ErrBadCharset
	}
	ps.defect(kind, part, err.Error())
}

// message parses a whole message.
func (ps *parse) message(b []byte) error {
	ps.parts = 1 // the message itself is an entity
	h, body, err := ps.header(b, "", true)
	if err != nil {
		return err
	}
	ps.m.Header = h
	ps.envelope(h)
	if mixedLineEndings(b) {
		ps.defect(ErrLineEndings, "", "")
	}
	ct, params := ps.contentType(h, "", "text/plain")
	ps.m.ContentType = ct
	if ct == "multipart/report" {
		ps.m.Report = lowerASCII(params["report-type"])
	}
	if err := ps.body(h, b[body:], ct, params, "", 0, entityCtx{}); err != nil {
		return err
	}
	ps.m.Text = strings.Join(ps.texts, "\n")
	ps.m.HTML = strings.Join(ps.htmls, "\n")
	var rendered string
	ps.m.Split, rendered = splitMessage(ps.m)
	if ps.m.Text == "" && ps.m.HTML != "" {
		// HTML-only mail: the text is the rendering the split was made on.
		ps.m.Text = rendered
	}
	return nil
}

// mixedLineEndings reports whether b ends some lines in CRLF and others in
// a bare LF. Files that use LF throughout (Maildir, mbox) are the local
// convention, not a defect. Only the first 64 KiB are examined.
func mixedLineEndings(b []byte) bool {
	if len(b) > 64<<10 {
		b = b[:64<<10]
	}
	lfs := bytes.Count(b, lf)
	crlfs := bytes.Count(b, crlf)
	return crlfs > 0 && lfs > crlfs
}

// header parses the header block at the start of b and returns its fields
// and the offset of the body. Lines that cannot be header fields end the
// header early (a missing blank line) and are recorded as defects.
//
// The block is scanned once for its fields, then converted to a string
// once; field names and values are slices of it, and all folded values
// share one more allocation.
func (ps *parse) header(b []byte, part string, top bool) (Header, int, error) {
	limit := ps.p.maxHeaderBytes()
	skip := 0
	if top && bytes.HasPrefix(b, []byte("From ")) {
		// An mbox "From " separator left on a single message.
		if j := bytes.IndexByte(b, '\n'); j >= 0 {
			skip = j + 1
		} else {
			skip = len(b)
		}
	}

	// The fields: where each starts, its colon, where it ends.
	type fieldSpan struct {
		start, colon, end int
		folded            bool
		unfolded          int // length of the unfolded value of a folded field
	}
	spans := make([]fieldSpan, 0, 32)
	const orphan = -1 // colon of a continuation line that precedes every field
	end, body, stop := len(b), len(b), -1
	named := false
	for i := skip; i < len(b); {
		if i-skip > limit {
			return nil, 0, limitError(ErrHeaderTooLarge, fmt.Sprintf("more than %d bytes", limit), limit)
		}
		line, next := nextLine(b, i)
		if len(line) == 0 {
			end, body = i, next // the blank line
			break
		}
		if line[0] == ' ' || line[0] == '\t' {
			if named {
				spans[len(spans)-1].end, spans[len(spans)-1].folded = next, true
			} else {
				spans = append(spans, fieldSpan{start: i, colon: orphan, end: next})
			}
			i = next
			continue
		}
		colon := bytes.IndexByte(line, ':')
		if colon <= 0 || !validFieldName(trimWSPBytes(line[:colon])) {
			end, body, stop = i, i, i // the body starts without a blank line
			break
		}
		spans = append(spans, fieldSpan{start: i, colon: i + colon, end: next})
		named = true
		i = next
	}
	if end-skip > limit {
		return nil, 0, limitError(ErrHeaderTooLarge, fmt.Sprintf("more than %d bytes", limit), limit)
	}

	// One allocation holds the header block followed by the unfolded
	// values of folded fields (never longer than their raw lines), and
	// every Field string points into it. It is not written to once the
	// string is made.
	n, foldedLen := end-skip, 0
	for _, sp := range spans {
		if sp.folded {
			foldedLen += sp.end - sp.colon
		}
	}
	if n+foldedLen == 0 {
		return Header{}, body, ps.missingEnd(b, stop, 0, part, top)
	}
	buf := make([]byte, n, n+foldedLen)
	copy(buf, b[skip:end])
	// A block of valid UTF-8 cut at ASCII bytes (line breaks, colons, white
	// space) gives valid values: none then needs checking on its own.
	valid := utf8.Valid(buf)
	for i, sp := range spans {
		if sp.folded {
			l := len(buf)
			buf = appendUnfolded(buf, buf[sp.colon-skip+1:sp.end-skip])
			spans[i].unfolded = len(buf) - l
		}
	}
	all := unsafe.String(&buf[0], len(buf))
	hs, values := all[:n], all[n:]
	h := make(Header, len(spans))
	next := 0 // the next folded value's start in values
	for k, sp := range spans {
		start, colon, stop := sp.start-skip, sp.colon-skip, sp.end-skip
		if sp.colon == orphan {
			line := header.TrimSpace(hs[start:stop])
			ps.defect(ErrMalformedHeader, part, "continuation line before any field: "+clip([]byte(line)))
			h[k].Value = ps.headerValue(line, part, valid)
			continue
		}
		h[k].Name = trimWSP(hs[start:colon]) // the obsolete "Subject :" form
		if !sp.folded {
			h[k].Value = ps.headerValue(header.TrimSpace(hs[colon+1:stop]), part, valid)
			continue
		}
		l := sp.unfolded
		h[k].Value = ps.headerValue(values[next:next+l], part, valid)
		next += l
	}
	return h, body, ps.missingEnd(b, stop, len(h), part, top)
}

// missingEnd records a header that ends without a blank line.
func (ps *parse) missingEnd(b []byte, stop, fields int, part string, top bool) error {
	switch {
	case stop >= 0 && fields == 0 && !top:
		ps.defect(ErrMissingHeaderEnd, part, "part has no header")
	case stop >= 0:
		line, _ := nextLine(b, stop)
		ps.defect(ErrMissingHeaderEnd, part, "header ends without a blank line at: "+clip(line))
	}
	return nil
}

// trimWSP removes leading and trailing spaces and tabs.
func trimWSP(s string) string {
	for s != "" && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	for s != "" && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	return s
}

func trimWSPBytes(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t') {
		b = b[:len(b)-1]
	}
	return b
}

// appendUnfolded appends a field value written over several lines: each
// line break and the white space around it become one space (RFC 5322
// unfolding, with the folding white space normalized), and the value is
// trimmed.
func appendUnfolded(dst, v []byte) []byte {
	start := len(dst)
	for len(v) > 0 {
		line := v
		if j := bytes.IndexByte(v, '\n'); j >= 0 {
			line, v = v[:j], v[j+1:]
		} else {
			v = nil
		}
		for len(line) > 0 && isFoldSpace(line[0]) {
			line = line[1:]
		}
		for len(line) > 0 && isFoldSpace(line[len(line)-1]) {
			line = line[:len(line)-1]
		}
		if len(line) == 0 {
			continue
		}
		if len(dst) > start {
			dst = append(dst, ' ')
		}
		dst = append(dst, line...)
	}
	return dst
}

func isFoldSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// nextLine returns the line starting at i without its line ending, and the
// offset of the following line.
func nextLine(b []byte, i int) (line []byte, next int) {
	j := bytes.IndexByte(b[i:], '\n')
	if j < 0 {
		return b[i:], len(b)
	}
	line = b[i : i+j]
	if n := len(line); n > 0 && line[n-1] == '\r' {
		line = line[:n-1]
	}
	return line, i + j + 1
}

func validFieldName(name []byte) bool {
	if len(name) == 0 {
		return false
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; c <= ' ' || c >= 0x7f {
			return false
		}
	}
	return true
}

// headerValue converts a raw field value to valid UTF-8: raw UTF-8
// (RFC 6532) is kept, other 8-bit bytes are decoded and recorded.
func (ps *parse) headerValue(v string, part string, valid bool) string {
	if valid || utf8.ValidString(v) {
		return v
	}
	s, _ := charset.Decode([]byte(v), "")
	ps.defect(Err8BitHeader, part, clip([]byte(s)))
	return s
}

// clip shortens raw text for a defect's detail.
func clip(b []byte) string {
	const max = 60
	s := string(b)
	if len(b) > max {
		s = string(b[:max]) + "…"
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// Header fields the envelope reads.
const (
	fOther = iota
	fMessageID
	fInReplyTo
	fReferences
	fFrom
	fSender
	fReplyTo
	fTo
	fCc
	fBcc
	fSubject
	fDate
	fReceived
	fAutoSubmitted
	fContentLanguage
)

// fieldKind classifies a field name with one or two comparisons.
func fieldKind(name string) int {
	is := strings.EqualFold
	switch len(name) {
	case 2:
		switch {
		case is(name, "To"):
			return fTo
		case is(name, "Cc"):
			return fCc
		}
	case 3:
		if is(name, "Bcc") {
			return fBcc
		}
	case 4:
		switch {
		case is(name, "From"):
			return fFrom
		case is(name, "Date"):
			return fDate
		}
	case 6:
		if is(name, "Sender") {
			return fSender
		}
	case 7:
		if is(name, "Subject") {
			return fSubject
		}
	case 8:
		switch {
		case is(name, "Received"):
			return fReceived
		case is(name, "Reply-To"):
			return fReplyTo
		}
	case 10:
		switch {
		case is(name, "Message-ID"):
			return fMessageID
		case is(name, "References"):
			return fReferences
		}
	case 11:
		if is(name, "In-Reply-To") {
			return fInReplyTo
		}
	case 14:
		if is(name, "Auto-Submitted") {
			return fAutoSubmitted
		}
	case 16:
		if is(name, "Content-Language") {
			return fContentLanguage
		}
	}
	return fOther
}

// envelope fills the message's header-derived fields. Fields that may
// appear once take their first occurrence; a repeated one is a defect.
func (ps *parse) envelope(h Header) {
	m := ps.m
	var seen [fContentLanguage + 1]bool
	for _, f := range h {
		kind := fieldKind(f.Name)
		if kind == fOther {
			continue
		}
		first := !seen[kind]
		seen[kind] = true
		switch kind {
		case fReplyTo:
			m.ReplyTo = ps.appendAddresses(m.ReplyTo, f)
			continue
		case fTo:
			m.To = ps.appendAddresses(m.To, f)
			continue
		case fCc:
			m.Cc = ps.appendAddresses(m.Cc, f)
			continue
		case fBcc:
			m.Bcc = ps.appendAddresses(m.Bcc, f)
			continue
		case fReceived:
			// Only the newest, topmost Received field tells when the host
			// got the message; repeated Received fields are normal.
			if first {
				if i := strings.LastIndexByte(f.Value, ';'); i >= 0 {
					if t, err := header.ParseDate(f.Value[i+1:]); err == nil {
						m.Received = t
					}
				}
			}
			continue
		}
		if !first {
			ps.defect(ErrDuplicateHeader, "", f.Name)
			continue
		}
		switch kind {
		case fMessageID:
			m.ID = msgid.Parse(f.Value)
		case fInReplyTo:
			m.InReplyTo = msgid.ParseList(f.Value)
		case fReferences:
			m.References = msgid.ParseList(f.Value)
		case fFrom:
			m.From = ps.firstAddress(f)
		case fSender:
			m.Sender = ps.firstAddress(f)
		case fSubject:
			s, err := header.DecodeText(f.Value)
			ps.problem(err, ErrMalformedWord, "")
			m.Subject = s
		case fDate:
			t, err := header.ParseDate(f.Value)
			if err != nil {
				ps.defect(ErrMalformedDate, "", err.Error())
			}
			m.Date = t
		case fAutoSubmitted:
			v := f.Value
			if i := strings.IndexAny(v, ";( \t"); i >= 0 {
				v = v[:i]
			}
			if v = lowerASCII(v); v != "no" {
				m.AutoSubmitted = v
			}
		case fContentLanguage:
			m.Language = strings.TrimSpace(f.Value)
		}
	}
}

func (ps *parse) appendAddresses(dst []Address, f Field) []Address {
	if a, ok := header.ParsePlainAddress(f.Value); ok {
		return append(dst, Address(a))
	}
	list, err := header.ParseAddressList(f.Value)
	if err != nil {
		ps.problem(err, ErrMalformedAddress, "")
	}
	for _, a := range list {
		dst = append(dst, Address(a))
	}
	return dst
}

// firstAddress is the first address of a field that holds one (From,
// Sender); any others are ignored.
func (ps *parse) firstAddress(f Field) Address {
	if a, ok := header.ParsePlainAddress(f.Value); ok {
		return Address(a)
	}
	list, err := header.ParseAddressList(f.Value)
	if err != nil {
		ps.problem(err, ErrMalformedAddress, "")
	}
	if len(list) == 0 {
		return Address{}
	}
	return Address(list[0])
}

// contentType returns the entity's media type and parameters, with def for
// a missing or unusable Content-Type.
func (ps *parse) contentType(h Header, part, def string) (string, map[string]string) {
	v := h.Get("Content-Type")
	if v == "" {
		return def, nil
	}
	ct, params, err := header.ParseMediaType(v)
	ps.problem(err, ErrMalformedParams, part)
	if ct == "" || strings.IndexByte(ct, '/') < 0 {
		if err == nil {
			ps.defect(ErrMalformedParams, part, "unusable Content-Type "+strconv.Quote(v))
		}
		// Keep the parameters (a charset, a name) with the default type.
		return def, params
	}
	return ct, params
}

// entityCtx says where an entity sits in the MIME tree.
type entityCtx struct {
	alt     *altState // set inside multipart/alternative
	related bool      // inside multipart/related
	digest  bool      // inside multipart/digest: parts default to message/rfc822
}

// altState tracks which bodies one multipart/alternative already gave.
type altState struct{ text, html bool }

// entity parses one MIME part (header and body) of a multipart.
func (ps *parse) entity(b []byte, path string, depth int, ctx entityCtx) error {
	ps.parts++
	if ps.parts > ps.p.maxParts() {
		return limitError(ErrTooManyParts, fmt.Sprintf("more than %d parts", ps.p.maxParts()), ps.p.maxParts())
	}
	h, body, err := ps.header(b, path, false)
	if err != nil {
		return err
	}
	def := "text/plain"
	if ctx.digest {
		def = "message/rfc822"
	}
	ct, params := ps.contentType(h, path, def)
	return ps.body(h, b[body:], ct, params, path, depth, ctx)
}

// body dispatches an entity's body by media type.
func (ps *parse) body(h Header, b []byte, ct string, params map[string]string, path string, depth int, ctx entityCtx) error {
	if strings.HasPrefix(ct, "multipart/") {
		return ps.multipart(h, b, ct, params, path, depth+1, ctx)
	}
	ps.leaf(h, b, ct, params, path, ctx)
	return nil
}

// multipart splits a multipart body at its boundaries and parses each part.
func (ps *parse) multipart(h Header, b []byte, ct string, params map[string]string, path string, depth int, ctx entityCtx) error {
	if depth > ps.p.maxDepth() {
		return limitError(ErrTooDeep, fmt.Sprintf("more than %d levels", ps.p.maxDepth()), ps.p.maxDepth())
	}
	boundary := params["boundary"]
	if boundary == "" {
		boundary = guessBoundary(b)
		if boundary == "" {
			ps.defect(ErrMissingBoundary, path, "no boundary parameter; body kept as text")
			ps.leaf(h, b, "text/plain", params, path, ctx)
			return nil
		}
		ps.defect(ErrMissingBoundary, path, "no boundary parameter; using "+strconv.Quote(boundary)+" found in the body")
	}
	delim := []byte("--" + boundary)
	child := entityCtx{related: ctx.related}
	switch ct {
	case "multipart/alternative":
		child.alt = &altState{}
	case "multipart/related":
		child.related = true
	case "multipart/digest":
		child.digest = true
	}
	start, preambleEnd, closing, ok := findDelimiter(b, 0, delim)
	if !ok {
		ps.defect(ErrMissingBoundary, path, "boundary "+strconv.Quote(boundary)+" not found; body kept as text")
		ps.leaf(h, b, "text/plain", params, path, ctx)
		return nil
	}
	n := 0
	for !closing {
		from := start
		var end, next int
		next, end, closing, ok = findDelimiter(b, from, delim)
		partEnd := end
		if !ok {
			ps.defect(ErrMissingEnd, path, "boundary "+strconv.Quote(boundary))
			partEnd = len(b)
		}
		n++
		childPath := strconv.Itoa(n)
		if path != "" {
			childPath = path + "." + childPath
		}
		if err := ps.entity(b[from:partEnd], childPath, depth, child); err != nil {
			return err
		}
		if !ok {
			break
		}
		start = next
	}
	if n == 0 {
		ps.defect(ErrMissingContent, path, "multipart with no parts")
		if len(bytes.TrimSpace(b[:preambleEnd])) > 0 {
			ps.leaf(h, b[:preambleEnd], "text/plain", params, path, ctx)
		}
	}
	return nil
}

// findDelimiter finds the next delimiter line "--boundary" (or the closing
// "--boundary--") at or after from. It returns the offset just past the
// delimiter line, the offset where the preceding content ends (before the
// line break that belongs to the delimiter), and whether it closes.
func findDelimiter(b []byte, from int, delim []byte) (next, contentEnd int, closing, ok bool) {
	for pos := from; pos < len(b); {
		k := bytes.Index(b[pos:], delim)
		if k < 0 {
			return 0, 0, false, false
		}
		at := pos + k
		pos = at + 1
		if at > 0 && b[at-1] != '\n' {
			continue
		}
		j := at + len(delim)
		closing := bytes.HasPrefix(b[j:], []byte("--"))
		if closing {
			j += 2
		}
		for j < len(b) && (b[j] == ' ' || b[j] == '\t') {
			j++ // transport padding
		}
		switch {
		case j == len(b):
		case b[j] == '\n':
			j++
		case b[j] == '\r' && j+1 < len(b) && b[j+1] == '\n':
			j += 2
		case b[j] == '\r' && j+1 == len(b):
			j++
		case closing:
			// "--boundary--" followed by junk on the same line still closes.
			if e := bytes.IndexByte(b[j:], '\n'); e >= 0 {
				j += e + 1
			} else {
				j = len(b)
			}
		default:
			continue // a longer boundary that merely starts the same way
		}
		end := at
		if end > from && b[end-1] == '\n' {
			end--
			if end > from && b[end-1] == '\r' {
				end--
			}
		}
		return j, end, closing, true
	}
	return 0, 0, false, false
}

// guessBoundary finds a boundary for a multipart that names none: the first
// line that starts with "--" and has a closing or repeated form later.
func guessBoundary(b []byte) string {
	for i := 0; i < len(b) && i < 64<<10; {
		line, next := nextLine(b, i)
		if len(line) > 2 && line[0] == '-' && line[1] == '-' {
			cand := bytes.TrimRight(line[2:], " \t")
			if len(cand) > 0 && len(cand) <= 200 && !bytes.ContainsAny(cand, " \t") {
				cand = bytes.TrimSuffix(cand, []byte("--"))
				if len(cand) > 0 {
					return string(cand)
				}
			}
		}
		i = next
	}
	return ""
}

// leaf files a non-multipart entity as text, HTML or attachment.
func (ps *parse) leaf(h Header, b []byte, ct string, params map[string]string, path string, ctx entityCtx) {
	enc := transferEncoding(h.Get("Content-Transfer-Encoding"))
	if enc == encUnknown {
		ps.defect(ErrBadEncoding, path, "unknown Content-Transfer-Encoding "+strconv.Quote(h.Get("Content-Transfer-Encoding")))
		enc = encIdentity
	}
	disp, dparams := "", map[string]string(nil)
	if v := h.Get("Content-Disposition"); v != "" {
		var err error
		disp, dparams, err = header.ParseMediaType(v)
		ps.problem(err, ErrMalformedParams, path)
	}
	filename := dparams["filename"]
	if filename == "" {
		filename = params["name"]
	}
	isFile := disp == "attachment" || filename != ""

	if !isFile && (ct == "text/plain" || ct == "text/html") {
		taken := false
		if ctx.alt != nil {
			if ct == "text/plain" {
				taken, ctx.alt.text = ctx.alt.text, true
			} else {
				taken, ctx.alt.html = ctx.alt.html, true
			}
		}
		if !taken {
			s := ps.text(b, enc, ct, params, path)
			if ct == "text/plain" {
				ps.texts = append(ps.texts, s)
			} else {
				ps.htmls = append(ps.htmls, s)
			}
			return
		}
	}

	a := &Attachment{
		Filename:    filename,
		ContentType: ct,
		Params:      params,
		ContentID:   msgid.Parse(h.Get("Content-ID")),
		Path:        path,
		Header:      h,
		encoded:     b,
		encoding:    enc,
	}
	if path == "" {
		a.Path = "1"
	}
	a.Inline = disp == "inline" || (disp == "" && ctx.related && a.ContentID != "")
	size, bad := decodedSize(b, enc)
	if bad {
		ps.defect(ErrBadEncoding, a.Path, "undecodable characters skipped")
	}
	a.Size = size
	ps.m.Attachments = append(ps.m.Attachments, a)
}

// text decodes a text body to UTF-8 with "\n" line endings.
func (ps *parse) text(b []byte, enc int, ct string, params map[string]string, path string) string {
	raw := b
	if enc == encBase64 || enc == encQP {
		var bad bool
		raw, bad = decodeTransfer(make([]byte, 0, len(b)), b, enc)
		if bad {
			ps.defect(ErrBadEncoding, partName(path), "undecodable characters skipped")
		}
	}
	label, ok := params["charset"]
	if !ok && ct == "text/html" {
		label = sniffCharset(raw)
	}
	s, err := charset.Decode(raw, label)
	ps.problem(err, ErrBadCharset, partName(path))
	s = normalizeNewlines(s)
	if ct == "text/plain" && strings.EqualFold(params["format"], "flowed") {
		s = unflow(s, strings.EqualFold(params["delsp"], "yes"))
	}
	return s
}

func partName(path string) string {
	if path == "" {
		return "1"
	}
	return path
}

// sniffCharset finds a charset declared in an HTML document's first bytes
// (<meta charset=…> or http-equiv Content-Type), as browsers do.
func sniffCharset(b []byte) string {
	if len(b) > 2048 {
		b = b[:2048]
	}
	for i := 0; i+8 <= len(b); i++ {
		if (b[i]|0x20) != 'c' || !bytes.EqualFold(b[i:i+8], []byte("charset=")) {
			continue
		}
		v := b[i+8:]
		v = bytes.TrimLeft(v, `"' `)
		end := 0
		for end < len(v) && (v[end] == '-' || v[end] == '_' || v[end] == '.' || v[end] == ':' ||
			'0' <= v[end] && v[end] <= '9' || 'a' <= v[end]|0x20 && v[end]|0x20 <= 'z') {
			end++
		}
		if end > 0 {
			return string(v[:end])
		}
	}
	return ""
}
