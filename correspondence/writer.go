package correspondence

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime/quotedprintable"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/emersion/go-message/textproto"
	"github.com/google/uuid"
)

// Writer writes Messages as Internet mail: an RFC 5322 header and a MIME
// body (RFC 2045–2049). The zero value is ready to use. A Writer is safe
// for concurrent use when its Now and Rand are (the defaults are).
//
// # Structure
//
// A message with only Text is written as text/plain, with only HTML as
// text/html, with both as multipart/alternative (text first). Attachments
// marked Inline that have a ContentID go with the HTML, when there is
// HTML, into a multipart/related; every other attachment goes into a
// multipart/mixed around the rest, in order, with Content-Disposition
// inline or attachment as Attachment.Inline says. A message with neither
// Text nor HTML gets an empty text/plain body.
//
// Bodies are UTF-8, sent 7bit when they are ASCII with no line longer than
// 998 bytes and quoted-printable otherwise. Line breaks may be "\n",
// "\r\n" or a lone "\r" and are all written as CRLF; nothing is added at
// the end, so a body without a final line break is read back without one.
// Attachments are base64, except message/rfc822 and multipart ones, which
// are written as they are (7bit or 8bit, line breaks made CRLF) and fall
// back to base64 only when their content cannot travel as text (NUL bytes
// or lines over 998 bytes). Attachment.Params become Content-Type
// parameters, except name, which is made from Filename, and boundary
// outside multipart types; Attachment.Header, Size and Path are not used.
//
// # Header
//
// Fields come in this order: Date, From, Sender, Reply-To, To, Cc,
// Subject, Message-ID, In-Reply-To, References, Auto-Submitted,
// Content-Language, MIME-Version, Content-Type, Content-Transfer-Encoding,
// and then the fields of Message.Header that the Writer does not manage
// itself, in their order and with their values as given (managed fields,
// skipped there: From, To, Cc, Bcc, Subject, Date, Message-ID,
// In-Reply-To, References, Sender, Reply-To, MIME-Version, Auto-Submitted
// and every Content-* field). Bcc is never written.
//
// Display names and subjects are written as RFC 2047 encoded words (Q or
// B, whichever is shorter, never splitting a character) unless they are
// plain ASCII that reads back unchanged (no white space at either end, no
// "=?", no word too long to fold); file names as RFC 2231 parameters, with
// an encoded-word name parameter in Content-Type for older clients. Lines are folded at
// white space to 78 characters wherever the content allows and never
// exceed 998 bytes. Addresses are written as given, so non-ASCII addresses
// are sent as UTF-8 (RFC 6532); the transport must then support SMTPUTF8.
// Message.Channel, Received, ContentType, Report, Defects and Raw are not
// used: the Writer writes e-mail.
//
// # Memory
//
// The header and the text bodies are built in memory (the Message holds
// them anyway); attachments are streamed from [Attachment.Open] through a
// small buffer, except message/rfc822 and multipart attachments, which are
// read whole to choose their transfer encoding. Output goes through a
// small buffer, flushed before Write returns, unless dst is buffered
// already (it has WriteByte and WriteString, as *bufio.Writer,
// *bytes.Buffer and *strings.Builder do; a *bufio.Writer is not flushed).
type Writer struct {
	// Domain is the right-hand side of the Message-IDs the Writer makes;
	// "localhost" when empty. Hosts should set it to a domain they
	// control, so that ids stay unique across hosts and do not look
	// forged to spam filters.
	Domain string

	// Now returns the current time, for the Date of messages that have
	// none; time.Now when nil.
	Now func() time.Time

	// Rand is the source of randomness for Message-IDs (random UUIDs) and
	// MIME boundaries; crypto/rand when nil. Tests set a seeded reader to
	// get the same bytes on every run.
	Rand io.Reader
}

// Write writes m to dst with a zero [Writer].
func Write(dst io.Writer, m *Message) error {
	var w Writer
	return w.Write(dst, m)
}

// Write writes m to dst as one message.
//
// When m.ID is empty, Write makes a Message-ID and stores it in m.ID; when
// m.Date is zero, it takes the time from w.Now, truncated to the second,
// and stores it in m.Date. So after Write the caller knows what was sent;
// both are stored once m has been checked, before anything is written, so
// a caller that retries after a failed write sends the same ids.
//
// Everything is checked before the first byte is written, so an error
// never leaves half a message in dst, with one exception: errors reading
// an attachment or writing to dst happen while writing. A header value
// that holds CR, LF, NUL or another control character (TAB aside), or
// invalid UTF-8, an address that is not an addr-spec, an identifier with
// angle brackets or white space, or an invalid field name is refused with
// a *[HeaderError], which matches [ErrHeaderInjection]. A From address is
// required (RFC 5322); a message without one gets a *HeaderError too.
func (w *Writer) Write(dst io.Writer, m *Message) error {
	out, err := w.prepare(m)
	if err != nil {
		return err
	}
	m.ID, m.Date = out.id, out.date
	if _, buffered := dst.(bufferedWriter); buffered {
		return out.writeTo(dst)
	}
	bw := bufio.NewWriterSize(dst, 4<<10)
	if err := out.writeTo(bw); err != nil {
		return err
	}
	return bw.Flush()
}

// bufferedWriter is implemented by writers that need no buffer in front
// of them: *bufio.Writer, *bytes.Buffer, *strings.Builder.
type bufferedWriter interface {
	io.Writer
	io.ByteWriter
	io.StringWriter
}

func (out *outMessage) writeTo(w io.Writer) error {
	// The top-level header is a flat list of finished fields: written as
	// it is, without a go-message Header, which would index and copy
	// every field only to write it back.
	size := 2
	for _, f := range out.header {
		size += len(f)
	}
	buf := make([]byte, 0, size)
	for _, f := range out.header {
		buf = append(buf, f...)
	}
	buf = append(buf, '\r', '\n')
	if _, err := w.Write(buf); err != nil {
		return err
	}
	return writeEntity(w, out.root)
}

// Line lengths of RFC 5322 section 2.1.1.
const (
	lineWidth  = 78  // preferred maximum, without CRLF
	maxLineLen = 998 // hard maximum, without CRLF
)

// maxEncodedWord is the longest encoded word RFC 2047 allows.
const maxEncodedWord = 75

// outMessage is a message ready to be written: every header line is built
// and checked, every boundary chosen.
type outMessage struct {
	id     string
	date   time.Time
	header [][]byte // folded fields, each ending in CRLF
	root   *outPart
}

// outPart is one MIME entity ready to be written.
type outPart struct {
	header [][]byte // the Content-* fields

	// A multipart has a subtype, a boundary and parts; a multipart/related
	// also has the type of its root part.
	multipart string
	boundary  string
	parts     []*outPart
	rootType  string

	// A leaf has one of these contents.
	text string      // a text body
	att  *Attachment // attachment content read through Open, base64
	raw  []byte      // message/rfc822 or multipart content, CRLF line breaks
	cte  string      // transfer encoding
}

// managedFields are written by the Writer from Message fields; the same
// names in Message.Header are skipped. Content-* is skipped as well.
var managedFields = []string{
	"From", "To", "Cc", "Bcc", "Subject", "Date", "Message-ID", "In-Reply-To",
	"References", "Sender", "Reply-To", "MIME-Version", "Auto-Submitted",
}

func isManagedField(name string) bool {
	if len(name) >= 8 && strings.EqualFold(name[:8], "Content-") {
		return true
	}
	for _, m := range managedFields {
		if strings.EqualFold(name, m) {
			return true
		}
	}
	return false
}

func (w *Writer) rand() io.Reader {
	if w.Rand != nil {
		return w.Rand
	}
	return rand.Reader
}

func (w *Writer) now() time.Time {
	if w.Now != nil {
		return w.Now()
	}
	return time.Now()
}

func (w *Writer) domain() string {
	if w.Domain != "" {
		return w.Domain
	}
	return "localhost"
}

// prepare checks m and builds everything that will be written.
func (w *Writer) prepare(m *Message) (*outMessage, error) {
	out := &outMessage{id: m.ID, date: m.Date}
	if out.date.IsZero() {
		out.date = w.now().Round(0).Truncate(time.Second)
	}
	if out.id == "" {
		id, err := w.newID()
		if err != nil {
			return nil, err
		}
		out.id = id
	}

	var h [][]byte
	add := func(f []byte, err error) error {
		if err != nil {
			return err
		}
		h = append(h, f)
		return nil
	}
	date, err := dateField(out.date)
	if err := add(date, err); err != nil {
		return nil, err
	}
	if err := add(addressField("From", []Address{m.From})); err != nil {
		return nil, err
	}
	if m.Sender != (Address{}) {
		if err := add(addressField("Sender", []Address{m.Sender})); err != nil {
			return nil, err
		}
	}
	for _, l := range []struct {
		name string
		list []Address
	}{{"Reply-To", m.ReplyTo}, {"To", m.To}, {"Cc", m.Cc}} {
		if len(l.list) > 0 {
			if err := add(addressField(l.name, l.list)); err != nil {
				return nil, err
			}
		}
	}
	if m.Subject != "" {
		if err := add(textField("Subject", m.Subject)); err != nil {
			return nil, err
		}
	}
	if err := add(idField("Message-ID", []string{out.id}, false)); err != nil {
		return nil, err
	}
	if len(m.InReplyTo) > 0 {
		if err := add(idField("In-Reply-To", m.InReplyTo, false)); err != nil {
			return nil, err
		}
	}
	if len(m.References) > 0 {
		if err := add(idField("References", m.References, true)); err != nil {
			return nil, err
		}
	}
	if m.AutoSubmitted != "" {
		if err := add(asciiField("Auto-Submitted", m.AutoSubmitted)); err != nil {
			return nil, err
		}
	}
	if m.Language != "" {
		if err := add(asciiField("Content-Language", m.Language)); err != nil {
			return nil, err
		}
	}
	h = append(h, []byte("MIME-Version: 1.0\r\n"))

	root, err := w.body(m)
	if err != nil {
		return nil, err
	}
	h = append(h, root.header...)
	root.header = nil

	for _, f := range m.Header {
		if isManagedField(f.Name) {
			continue
		}
		if err := add(extraField(f.Name, f.Value)); err != nil {
			return nil, err
		}
	}
	out.header = h
	out.root = root
	return out, nil
}

// newID makes a Message-ID from a random UUID and the Writer's domain.
func (w *Writer) newID() (string, error) {
	d := w.domain()
	if reason := badID(d); reason != "" || strings.Contains(d, "@") {
		if reason == "" {
			reason = "contains @"
		}
		return "", &HeaderError{Field: "Message-ID", Reason: "Writer.Domain " + reason}
	}
	u, err := uuid.NewRandomFromReader(w.rand())
	if err != nil {
		return "", fmt.Errorf("correspondence: making a Message-ID: %w", err)
	}
	return u.String() + "@" + d, nil
}

// body builds the MIME tree of m and chooses its boundaries.
func (w *Writer) body(m *Message) (*outPart, error) {
	var body *outPart
	switch {
	case m.Text != "" && m.HTML != "":
		body = &outPart{multipart: "alternative", parts: []*outPart{
			textPart("text/plain", m.Text),
			textPart("text/html", m.HTML),
		}}
	case m.HTML != "":
		body = textPart("text/html", m.HTML)
	default:
		body = textPart("text/plain", m.Text)
	}

	var related, mixed []*outPart
	for _, a := range m.Attachments {
		if a == nil {
			continue
		}
		p, err := attachmentPart(a)
		if err != nil {
			return nil, err
		}
		if a.Inline && a.ContentID != "" && m.HTML != "" {
			related = append(related, p)
		} else {
			mixed = append(mixed, p)
		}
	}
	if len(related) > 0 {
		root := "text/html"
		if body.multipart != "" {
			root = "multipart/alternative"
		}
		body = &outPart{multipart: "related", parts: append([]*outPart{body}, related...), rootType: root}
	}
	if len(mixed) > 0 {
		body = &outPart{multipart: "mixed", parts: append([]*outPart{body}, mixed...)}
	}
	if err := w.boundaries(body, body, nil); err != nil {
		return nil, err
	}
	return body, nil
}

// boundaries chooses a boundary for every multipart in the tree of p, one
// that occurs in no content written as text anywhere under root and
// differs from the boundaries around it, and builds the multipart headers.
func (w *Writer) boundaries(p, root *outPart, outer []string) error {
	if p.multipart == "" {
		return nil
	}
	var buf [16]byte
	for try := 0; ; try++ {
		if try == 8 {
			return errors.New("correspondence: no MIME boundary found that is absent from the content")
		}
		if _, err := io.ReadFull(w.rand(), buf[:]); err != nil {
			return fmt.Errorf("correspondence: making a MIME boundary: %w", err)
		}
		p.boundary = hex.EncodeToString(buf[:])
		if !slices.Contains(outer, p.boundary) && !occurs(root, p.boundary) {
			break
		}
	}
	params := [][]string{{"boundary=" + p.boundary}}
	if p.rootType != "" {
		params = append(params, []string{`type="` + p.rootType + `"`})
	}
	ct := newField("Content-Type")
	ct.mediaType("multipart/"+p.multipart, params)
	p.header = [][]byte{ct.bytes()}
	outer = append(outer, p.boundary)
	for _, c := range p.parts {
		if err := w.boundaries(c, root, outer); err != nil {
			return err
		}
	}
	if has8bit(p) {
		p.header = append(p.header, []byte("Content-Transfer-Encoding: 8bit\r\n"))
	}
	return nil
}

// occurs reports whether boundary occurs in a content of the tree of p
// that is written as text (base64 never holds the "-" a delimiter starts
// with).
func occurs(p *outPart, boundary string) bool {
	switch {
	case p.multipart != "":
		return slices.ContainsFunc(p.parts, func(c *outPart) bool { return occurs(c, boundary) })
	case p.raw != nil:
		return p.cte != "base64" && bytes.Contains(p.raw, []byte(boundary))
	case p.att != nil:
		return false
	}
	return strings.Contains(p.text, boundary)
}

// has8bit reports whether a part in the tree of p is sent 8bit, which
// makes every multipart around it 8bit too (RFC 2045 section 6.4).
func has8bit(p *outPart) bool {
	if p.multipart == "" {
		return p.cte == "8bit"
	}
	return slices.ContainsFunc(p.parts, has8bit)
}

// textPart makes a text body part.
func textPart(ctype, s string) *outPart {
	cte := "7bit"
	if !sevenBit(s) {
		cte = "quoted-printable"
	}
	return &outPart{
		text: s,
		cte:  cte,
		header: [][]byte{
			[]byte("Content-Type: " + ctype + "; charset=utf-8\r\n"),
			[]byte("Content-Transfer-Encoding: " + cte + "\r\n"),
		},
	}
}

// sevenBit reports whether s can be sent as 7bit: ASCII without NUL and
// without lines longer than maxLineLen.
func sevenBit[T string | []byte](s T) bool {
	n := 0 // length of the current line
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\n' || c == '\r':
			n = 0
		case c == 0 || c >= utf8.RuneSelf:
			return false
		default:
			n++
			if n > maxLineLen {
				return false
			}
		}
	}
	return true
}

// attachmentPart checks a and builds its part.
func attachmentPart(a *Attachment) (*outPart, error) {
	ctype := strings.ToLower(a.ContentType)
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	if !isMediaType(ctype) {
		return nil, &HeaderError{Field: "Content-Type", Reason: strconv.Quote(ctype) + " is not a media type"}
	}
	if reason := badText(a.Filename); reason != "" {
		return nil, &HeaderError{Field: "Content-Disposition", Reason: "file name " + reason}
	}
	if a.ContentID != "" {
		if reason := badID(a.ContentID); reason != "" {
			return nil, &HeaderError{Field: "Content-ID", Reason: reason}
		}
	}
	composite := ctype == "message/rfc822" || strings.HasPrefix(ctype, "multipart/")

	// Content-Type: the type, the name for older clients, then the other
	// parameters in a stable order.
	var params [][]string
	if a.Filename != "" {
		params = append(params, nameParam(a.Filename))
	}
	keys := make([]string, 0, len(a.Params))
	for k := range a.Params {
		k = strings.ToLower(k)
		if k == "name" || k == "boundary" && !strings.HasPrefix(ctype, "multipart/") {
			continue
		}
		keys = append(keys, k)
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	for _, k := range keys {
		v := paramValue(a.Params, k)
		if !isToken(k) || strings.ContainsAny(k, "*'%") {
			return nil, &HeaderError{Field: "Content-Type", Reason: "parameter name " + strconv.Quote(k) + " is not a token"}
		}
		if reason := badText(v); reason != "" {
			return nil, &HeaderError{Field: "Content-Type", Reason: "parameter " + k + " " + reason}
		}
		params = append(params, param(k, v)...)
	}
	ct := newField("Content-Type")
	ct.mediaType(ctype, params)

	p := &outPart{cte: "base64"}
	if composite {
		p.raw = crlfLines(a.Bytes())
		switch {
		case !textSafe(p.raw):
			// A message/rfc822 body must be 7bit or 8bit by RFC 2046, but
			// one with NUL bytes or overlong lines cannot travel as either;
			// base64 keeps it intact, and readers accept it.
		case sevenBit(p.raw):
			p.cte = "7bit"
		default:
			p.cte = "8bit"
		}
	} else {
		p.att = a
	}

	disp := "attachment"
	if a.Inline {
		disp = "inline"
	}
	cd := newField("Content-Disposition")
	var dparams [][]string
	if a.Filename != "" {
		dparams = param("filename", a.Filename)
	}
	cd.mediaType(disp, dparams)

	p.header = [][]byte{ct.bytes(), []byte("Content-Transfer-Encoding: " + p.cte + "\r\n"), cd.bytes()}
	if a.ContentID != "" {
		cid := newField("Content-ID")
		cid.word("<" + a.ContentID + ">")
		p.header = append(p.header, cid.bytes())
	}
	for _, f := range p.header {
		if err := checkLines(f); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// paramValue returns the value of the parameter whose lower-cased name is
// k.
func paramValue(params map[string]string, k string) string {
	if v, ok := params[k]; ok {
		return v
	}
	for key, v := range params {
		if strings.ToLower(key) == k {
			return v
		}
	}
	return ""
}

// textSafe reports whether b can be sent as 7bit or 8bit once its line
// breaks are CRLF: no NUL and no line longer than maxLineLen.
func textSafe(b []byte) bool {
	n := 0
	for _, c := range b {
		switch c {
		case '\n', '\r':
			n = 0
		case 0:
			return false
		default:
			n++
			if n > maxLineLen {
				return false
			}
		}
	}
	return true
}

// crlfLines returns b with every line break ("\n", "\r\n", lone "\r") made
// CRLF; b itself when it has only CRLF.
func crlfLines(b []byte) []byte {
	clean := true
	for i, c := range b {
		if c == '\n' && (i == 0 || b[i-1] != '\r') || c == '\r' && (i+1 == len(b) || b[i+1] != '\n') {
			clean = false
			break
		}
	}
	if clean {
		return b
	}
	out := make([]byte, 0, len(b)+len(b)/32)
	for i := 0; i < len(b); i++ {
		switch c := b[i]; c {
		case '\r':
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
			out = append(out, '\r', '\n')
		case '\n':
			out = append(out, '\r', '\n')
		default:
			out = append(out, c)
		}
	}
	return out
}

// Writing.

// rawHeader turns complete header fields into a go-message header that
// writes them as they are, in order.
func rawHeader(fields [][]byte) textproto.Header {
	var h textproto.Header
	// AddRaw puts each field in front of the ones added before it.
	for i := len(fields) - 1; i >= 0; i-- {
		h.AddRaw(fields[i])
	}
	return h
}

// writeEntity writes the body of p (its header has been written).
func writeEntity(w io.Writer, p *outPart) error {
	switch {
	case p.multipart != "":
		mw := textproto.NewMultipartWriter(w)
		if err := mw.SetBoundary(p.boundary); err != nil {
			return err
		}
		for _, c := range p.parts {
			pw, err := mw.CreatePart(rawHeader(c.header))
			if err != nil {
				return err
			}
			if err := writeEntity(pw, c); err != nil {
				return err
			}
		}
		return mw.Close()
	case p.att != nil:
		if err := writeBase64(w, p.att.Open()); err != nil {
			return fmt.Errorf("correspondence: attachment %q: %w", p.att.Filename, err)
		}
		return nil
	case p.raw != nil && p.cte == "base64":
		return writeBase64(w, bytes.NewReader(p.raw))
	case p.raw != nil:
		_, err := w.Write(p.raw)
		return err
	case p.cte == "quoted-printable":
		// The writer's text mode turns line breaks into CRLF and encodes
		// white space at the end of lines. It is given "\n" only: after a
		// lone "\r" and an encoded byte it takes the next "\n" for the end
		// of a CRLF and drops it.
		text := p.text
		if strings.IndexByte(text, '\r') >= 0 {
			text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
		}
		qw := quotedprintable.NewWriter(w)
		if _, err := io.WriteString(qw, text); err != nil {
			return err
		}
		return qw.Close()
	default:
		return writeCRLF(w, p.text)
	}
}

// writeCRLF writes s with each line break ("\n", "\r\n", lone "\r") as
// CRLF, in one write.
func writeCRLF(w io.Writer, s string) error {
	b := make([]byte, 0, len(s)+strings.Count(s, "\n")+1)
	for s != "" {
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			b = append(b, s...)
			break
		}
		b = append(b, s[:i]...)
		b = append(b, '\r', '\n')
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			i++
		}
		s = s[i+1:]
	}
	_, err := w.Write(b)
	return err
}

// base64Line is the number of bytes encoded on one 76-character line.
const base64Line = 57

// writeBase64 writes what r holds in base64, 76 characters per line, with
// CRLF between lines and none after the last one.
func writeBase64(w io.Writer, r io.Reader) error {
	in := make([]byte, base64Line*64)
	out := make([]byte, 0, (base64Line/3*4+2)*64)
	first := true
	for {
		// Fill the buffer, so that only the last line can be short.
		n, err := 0, error(nil)
		for n < len(in) && err == nil {
			var k int
			k, err = r.Read(in[n:])
			n += k
		}
		out = out[:0]
		for i := 0; i < n; i += base64Line {
			if !first {
				out = append(out, '\r', '\n')
			}
			first = false
			out = base64.StdEncoding.AppendEncode(out, in[i:min(i+base64Line, n)])
		}
		if _, werr := w.Write(out); werr != nil {
			return werr
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// Header fields.

// go-message's textproto.Header.Add folds values itself, but it splits
// words that have no white space by inserting "\r\n " (which changes the
// value), folds inside encoded words and quoted strings without knowing
// them, and canonicalizes field names ("Message-Id"). So the Writer builds
// each field here, folded, and hands it to go-message with AddRaw, which
// writes it as it is.

// fieldBuilder builds one header field, folding it at the spaces between
// the words it is given.
type fieldBuilder struct {
	buf   []byte
	line  int // offset of the current line in buf
	words int // words on the current line
}

func newField(name string) *fieldBuilder {
	f := &fieldBuilder{buf: make([]byte, 0, 80)}
	f.buf = append(f.buf, name...)
	f.buf = append(f.buf, ':')
	return f
}

// col is the length of the current line.
func (f *fieldBuilder) col() int { return len(f.buf) - f.line }

func (f *fieldBuilder) fold() {
	f.buf = append(f.buf, '\r', '\n')
	f.line = len(f.buf)
	f.words = 0
}

// word appends a space and s, folding before the space when s would make
// the line longer than lineWidth and the line already holds a word.
func (f *fieldBuilder) word(s string) {
	if f.words > 0 && f.col()+1+len(s) > lineWidth {
		f.fold()
	}
	f.buf = append(f.buf, ' ')
	f.buf = append(f.buf, s...)
	f.words++
}

// plain appends s as it is, folding it only at single spaces between two
// other characters (see nextChunk).
func (f *fieldBuilder) plain(s string) {
	for s != "" {
		chunk, rest := nextChunk(s)
		f.word(chunk)
		s = rest
	}
}

// encoded appends s as RFC 2047 encoded words, filling the current line
// before folding.
func (f *fieldBuilder) encoded(s string, phrase bool) {
	e := newWordEncoder(s, phrase)
	for e.s != "" {
		room := lineWidth - f.col() - 1
		if f.words > 0 && room < 24 {
			f.fold()
			room = lineWidth - 1
		}
		f.word(e.next(min(room, maxEncodedWord)))
	}
}

// mediaType appends a media type or disposition and its parameters, each
// parameter given as the words it may be folded between.
func (f *fieldBuilder) mediaType(t string, params [][]string) {
	if len(params) == 0 {
		f.word(t)
		return
	}
	f.word(t + ";")
	for i, p := range params {
		for j, w := range p {
			if j == len(p)-1 && i < len(params)-1 {
				w += ";"
			}
			f.word(w)
		}
	}
}

// bytes returns the field, ending in CRLF.
func (f *fieldBuilder) bytes() []byte {
	return append(f.buf, '\r', '\n')
}

// checkLines returns a *HeaderError when a line of the field is longer
// than maxLineLen: a word too long to fold.
func checkLines(field []byte) error {
	for rest := field; len(rest) > 0; {
		line, next, _ := bytes.Cut(rest, []byte("\r\n"))
		if len(line) > maxLineLen {
			name, _, _ := bytes.Cut(field, []byte(":"))
			return &HeaderError{Field: string(name), Reason: fmt.Sprintf("has a word that does not fit in %d bytes per line", maxLineLen)}
		}
		rest = next
	}
	return nil
}

// nextChunk splits s at its first single space that has a character other
// than white space on each side, the only spaces where folding keeps the
// value exactly as it was for every reader (some readers turn a fold and
// the white space around it into one space).
func nextChunk(s string) (chunk, rest string) {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == ' ' && !isWSP(s[i-1]) && !isWSP(s[i+1]) {
			return s[:i], s[i+1:]
		}
	}
	return s, ""
}

func isWSP(c byte) bool { return c == ' ' || c == '\t' }

// dateField formats the Date field in the date's own zone. Zones whose
// offset is not a whole number of minutes (local mean times of old dates)
// cannot be written and are replaced by UTC.
func dateField(t time.Time) ([]byte, error) {
	if _, off := t.Zone(); off%60 != 0 {
		t = t.UTC()
	}
	if y := t.Year(); y < 1900 || y > 9999 {
		return nil, &HeaderError{Field: "Date", Reason: fmt.Sprintf("year %d cannot be written", y)}
	}
	return []byte("Date: " + t.Format("Mon, 02 Jan 2006 15:04:05 -0700") + "\r\n"), nil
}

// addressField checks and formats an address list.
func addressField(name string, list []Address) ([]byte, error) {
	f := newField(name)
	for i, a := range list {
		if reason := badText(a.Name); reason != "" {
			return nil, &HeaderError{Field: name, Reason: "display name " + reason}
		}
		if reason := badAddrSpec(a.Address); reason != "" {
			return nil, &HeaderError{Field: name, Reason: "address " + strconv.Quote(a.Address) + " " + reason}
		}
		sep := ","
		if i == len(list)-1 {
			sep = ""
		}
		if a.Name == "" {
			f.word(a.Address + sep)
			continue
		}
		f.phrase(a.Name)
		f.word("<" + a.Address + ">" + sep)
	}
	b := f.bytes()
	return b, checkLines(b)
}

// phrase appends a display name: as atoms when it is made of them, as a
// quoted string when it is ASCII, as encoded words otherwise.
func (f *fieldBuilder) phrase(name string) {
	switch {
	case !rawASCII(name):
		f.encoded(name, true)
	case isAtomPhrase(name):
		f.plain(name)
	default:
		q := quoteString(name)
		if !chunksFit(q, lineWidth-1) {
			f.encoded(name, true)
			return
		}
		f.plain(q)
	}
}

// rawASCII reports whether s can be written as it is in a header: visible
// ASCII and spaces, nothing that looks like an encoded word, and no white
// space at either end (readers drop it).
func rawASCII(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "=?") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' {
			return false
		}
	}
	return true
}

// isAtomPhrase reports whether s is atoms separated by single spaces.
func isAtomPhrase(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		}
		if !isAtext(c) {
			return false
		}
		prevSpace = false
	}
	return !prevSpace && chunksFit(s, lineWidth-1)
}

// chunksFit reports whether every chunk of s (see nextChunk) is at most n
// bytes long.
func chunksFit(s string, n int) bool {
	for s != "" {
		var chunk string
		chunk, s = nextChunk(s)
		if len(chunk) > n {
			return false
		}
	}
	return true
}

// isAtext reports whether c is an RFC 5322 atext character.
func isAtext(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("!#$%&'*+-/=?^_`{|}~", c) >= 0
}

// quoteString returns s as a quoted string.
func quoteString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '"' || c == '\\' {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	b.WriteByte('"')
	return b.String()
}

// textField checks and formats an unstructured field such as Subject:
// as it is when it is plain ASCII that folds well, as encoded words
// otherwise.
func textField(name, s string) ([]byte, error) {
	if reason := badText(s); reason != "" {
		return nil, &HeaderError{Field: name, Reason: reason}
	}
	f := newField(name)
	first, _ := nextChunk(s)
	// Tabs inside are kept by every reader; at the ends they are not,
	// and rawASCII refuses those.
	if rawASCII(strings.ReplaceAll(s, "\t", " ")) && len(name)+2+len(first) <= lineWidth && chunksFit(s, lineWidth-1) {
		f.plain(s)
	} else {
		f.encoded(s, false)
	}
	b := f.bytes()
	return b, checkLines(b)
}

// asciiField checks and formats a field whose value must be visible
// ASCII, such as Content-Language and Auto-Submitted.
func asciiField(name, s string) ([]byte, error) {
	if reason := badText(s); reason != "" {
		return nil, &HeaderError{Field: name, Reason: reason}
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return nil, &HeaderError{Field: name, Reason: "is not ASCII"}
		}
	}
	f := newField(name)
	f.plain(strings.Trim(s, " \t"))
	b := f.bytes()
	return b, checkLines(b)
}

// extraField checks and formats a field of Message.Header, whose value is
// written as given.
func extraField(name, value string) ([]byte, error) {
	if !isFieldName(name) {
		return nil, &HeaderError{Field: strconv.Quote(name), Reason: "invalid field name"}
	}
	if reason := badText(value); reason != "" {
		return nil, &HeaderError{Field: name, Reason: reason}
	}
	f := newField(name)
	f.plain(strings.Trim(value, " \t"))
	b := f.bytes()
	return b, checkLines(b)
}

// idField checks and formats a list of message identifiers. With
// onePerLine, a list too long for one line gets one id per line.
func idField(name string, ids []string, onePerLine bool) ([]byte, error) {
	total := len(name) + 1
	for _, id := range ids {
		if reason := badID(id); reason != "" {
			return nil, &HeaderError{Field: name, Reason: "id " + strconv.Quote(id) + " " + reason}
		}
		total += len(id) + 3
	}
	f := newField(name)
	for i, id := range ids {
		if onePerLine && total > lineWidth && i > 0 {
			f.fold()
		}
		f.word("<" + id + ">")
	}
	b := f.bytes()
	return b, checkLines(b)
}

// Checks.

// badText says why s cannot go into a header, or returns "": it must be
// valid UTF-8 without control characters other than TAB (C0, DEL, C1).
func badText(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\r' || c == '\n':
				return "contains a line break"
			case c == 0:
				return "contains a NUL byte"
			case c < ' ' && c != '\t' || c == 0x7f:
				return fmt.Sprintf("contains the control character %#02x", c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return "is not valid UTF-8"
		}
		if r <= 0x9f {
			return fmt.Sprintf("contains the control character %U", r)
		}
		i += size
	}
	return ""
}

// badID says why id cannot be written as a message identifier, or
// returns "".
func badID(id string) string {
	if id == "" {
		return "is empty"
	}
	if reason := badText(id); reason != "" {
		return reason
	}
	if strings.ContainsAny(id, "<> \t") {
		return "contains angle brackets or white space"
	}
	return ""
}

// badAddrSpec says why a is not a plausible addr-spec
// (local-part@domain, RFC 5322 section 3.4.1, UTF-8 allowed as in RFC
// 6532), or returns "".
func badAddrSpec(a string) string {
	if a == "" {
		return "is empty"
	}
	if reason := badText(a); reason != "" {
		return reason
	}
	if strings.ContainsAny(a, " \t<>,") {
		return "contains white space, angle brackets or a comma"
	}
	at := strings.LastIndexByte(a, '@')
	if at < 0 {
		return "has no @"
	}
	local, domain := a[:at], a[at+1:]
	switch {
	case local == "" || domain == "":
		return "is not local-part@domain"
	case local[0] == '"':
		// A quoted string: escapes and anything visible inside.
		end := -1
		for i := 1; i < len(local); i++ {
			if local[i] == '\\' {
				i++
				continue
			}
			if local[i] == '"' {
				end = i
				break
			}
		}
		if end != len(local)-1 {
			return "has a malformed quoted local part"
		}
	default:
		if !dotAtomText(local) {
			return "has a local part with specials or more than one @"
		}
	}
	if domain[0] == '[' {
		if domain[len(domain)-1] != ']' || strings.ContainsAny(domain[1:len(domain)-1], `[]\`) {
			return "has a malformed domain literal"
		}
	} else if !dotAtomText(domain) {
		return "has a domain with specials"
	}
	return ""
}

// dotAtomText reports whether s is made of atext, dots and non-ASCII
// characters.
func dotAtomText(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != '.' && c < utf8.RuneSelf && !isAtext(c) {
			return false
		}
	}
	return true
}

// isFieldName reports whether s is a valid header field name: visible
// ASCII other than ':'.
func isFieldName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c > '~' || c == ':' {
			return false
		}
	}
	return true
}

// isToken reports whether s is an RFC 2045 token.
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c > '~' || strings.IndexByte(`()<>@,;:\"/[]?=`, c) >= 0 {
			return false
		}
	}
	return true
}

// isMediaType reports whether s is type/subtype.
func isMediaType(s string) bool {
	t, sub, ok := strings.Cut(s, "/")
	return ok && isToken(t) && isToken(sub)
}

// Parameters (RFC 2045, RFC 2231).

// maxParamWord is the longest parameter word the Writer makes, so that
// with "; " and the fold it stays within lineWidth.
const maxParamWord = 72

// param returns the parameter key=value, as a token, a quoted string, or
// an RFC 2231 extended value for anything else; a long extended value is
// split into numbered continuations, returned as separate parameters of
// one word each.
func param(key, value string) [][]string {
	if isToken(value) && len(key)+1+len(value) <= maxParamWord {
		return [][]string{{key + "=" + value}}
	}
	if printableASCII(value) {
		if q := quoteString(value); len(key)+1+len(q) <= maxParamWord {
			return [][]string{{key + "=" + q}}
		}
	}
	pct := percentEncode(value)
	if w := key + "*=utf-8''" + pct; len(w) <= maxParamWord {
		return [][]string{{w}}
	}
	var words [][]string
	for n := 0; value != ""; n++ {
		head := fmt.Sprintf("%s*%d*=", key, n)
		if n == 0 {
			head += "utf-8''"
		}
		// Take whole characters while they fit.
		i, size := 0, 0
		for i < len(value) {
			_, rs := utf8.DecodeRuneInString(value[i:])
			l := len(percentEncode(value[i : i+rs]))
			if i > 0 && len(head)+size+l > maxParamWord {
				break
			}
			i += rs
			size += l
		}
		words = append(words, []string{head + percentEncode(value[:i])})
		value = value[i:]
	}
	return words
}

// nameParam returns the words of the Content-Type name parameter, which
// older clients read instead of the RFC 2231 filename: the name itself
// when it is short ASCII, RFC 2047 encoded words in a quoted string
// otherwise.
func nameParam(filename string) []string {
	if printableASCII(filename) {
		if q := quoteString(filename); len("name=")+len(q) <= maxParamWord {
			return []string{"name=" + q}
		}
	}
	e := newWordEncoder(filename, true)
	var words []string
	for e.s != "" {
		words = append(words, e.next(maxParamWord-len(`name="`)-2))
	}
	words[0] = `name="` + words[0]
	words[len(words)-1] += `"`
	return words
}

func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' {
			return false
		}
	}
	return true
}

// percentEncode encodes s as an RFC 2231 extended value: attribute-chars
// as they are, every other byte as %XX.
func percentEncode(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isAttributeChar(c) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// isAttributeChar reports whether c may appear unencoded in an RFC 2231
// extended value.
func isAttributeChar(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("!#$&+-.^_`|~", c) >= 0
}

// Encoded words (RFC 2047).

// wordEncoder cuts a string into encoded words.
type wordEncoder struct {
	s      string // what is left to encode
	b      bool   // base64 ("B"), otherwise "Q"
	phrase bool   // the words go into a phrase (display name), where Q may leave fewer characters as they are
}

// newWordEncoder encodes s with Q or B, whichever gives the shorter
// result.
func newWordEncoder(s string, phrase bool) *wordEncoder {
	q := 0
	for i := 0; i < len(s); i++ {
		if qPlain(s[i], phrase) || s[i] == ' ' {
			q++
		} else {
			q += 3
		}
	}
	return &wordEncoder{s: s, b: base64.StdEncoding.EncodedLen(len(s)) < q, phrase: phrase}
}

// qPlain reports whether the Q encoding leaves c as it is. In a phrase
// only the characters of RFC 2047 section 5 (3) are allowed; elsewhere
// any visible ASCII but "=", "?" and "_".
func qPlain(c byte, phrase bool) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	case phrase:
		return strings.IndexByte("!*+-/", c) >= 0
	}
	return '!' <= c && c <= '~' && c != '=' && c != '?' && c != '_'
}

// next returns the next encoded word, at most max bytes long unless its
// first character alone needs more, and consumes what it encodes. It
// never splits a UTF-8 sequence.
func (e *wordEncoder) next(max int) string {
	const overhead = len("=?utf-8?q??=")
	budget := max - overhead
	n := 0 // bytes of e.s taken
	if e.b {
		for n < len(e.s) {
			_, size := utf8.DecodeRuneInString(e.s[n:])
			if n > 0 && base64.StdEncoding.EncodedLen(n+size) > budget {
				break
			}
			n += size
		}
		w := base64.StdEncoding.AppendEncode([]byte("=?utf-8?b?"), []byte(e.s[:n]))
		e.s = e.s[n:]
		return string(append(w, "?="...))
	}
	const hex = "0123456789ABCDEF"
	w := make([]byte, 0, max)
	w = append(w, "=?utf-8?q?"...)
	used := 0
	for n < len(e.s) {
		_, size := utf8.DecodeRuneInString(e.s[n:])
		l := 0
		for i := n; i < n+size; i++ {
			if c := e.s[i]; qPlain(c, e.phrase) || c == ' ' {
				l++
			} else {
				l += 3
			}
		}
		if n > 0 && used+l > budget {
			break
		}
		for i := n; i < n+size; i++ {
			switch c := e.s[i]; {
			case c == ' ':
				w = append(w, '_')
			case qPlain(c, e.phrase):
				w = append(w, c)
			default:
				w = append(w, '=', hex[c>>4], hex[c&15])
			}
		}
		used += l
		n += size
	}
	e.s = e.s[n:]
	return string(append(w, "?="...))
}
