package correspondence

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// Default limits of a zero Parser.
const (
	DefaultMaxSize        = 64 << 20 // bytes in a whole message
	DefaultMaxHeaderBytes = 1 << 20  // bytes in one header block
	DefaultMaxParts       = 1000     // MIME entities in one message
	DefaultMaxDepth       = 32       // nesting of multiparts
)

// Parser reads Internet mail. Its zero value is ready to use with the
// default limits; set a field to change one limit. A Parser is safe for
// concurrent use.
//
// Parse holds the whole message in memory (up to MaxSize bytes) plus its
// decoded text and HTML bodies; attachments are decoded only when a host
// reads them.
type Parser struct {
	MaxSize        int64 // largest message accepted; default DefaultMaxSize
	MaxHeaderBytes int   // largest header block (top-level or part); default DefaultMaxHeaderBytes
	MaxParts       int   // most MIME entities; default DefaultMaxParts
	MaxDepth       int   // deepest multipart nesting; default DefaultMaxDepth
}

func (p *Parser) maxSize() int64 {
	if p == nil || p.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return p.MaxSize
}

func (p *Parser) maxHeaderBytes() int {
	if p == nil || p.MaxHeaderBytes <= 0 {
		return DefaultMaxHeaderBytes
	}
	return p.MaxHeaderBytes
}

func (p *Parser) maxParts() int {
	if p == nil || p.MaxParts <= 0 {
		return DefaultMaxParts
	}
	return p.MaxParts
}

func (p *Parser) maxDepth() int {
	if p == nil || p.MaxDepth <= 0 {
		return DefaultMaxDepth
	}
	return p.MaxDepth
}

// Parse reads a whole message from r with the default limits.
func Parse(r io.Reader) (*Message, error) {
	var p Parser
	return p.Parse(r)
}

// ParseHeader reads only the header of a message from r with the default
// limits; see [Parser.ParseHeader].
func ParseHeader(r io.Reader) (*Message, error) {
	var p Parser
	return p.ParseHeader(r)
}

// Parse reads a whole message from r. It returns either a message or an
// error, never both: problems that still leave a usable message are
// recorded in Message.Defects, and only exceeded limits, read errors and
// empty input are errors.
func (p *Parser) Parse(r io.Reader) (*Message, error) {
	raw, err := readAll(r, p.maxSize())
	if err != nil {
		return nil, err
	}
	return p.ParseBytes(raw)
}

// ParseBytes parses a message held in b. The message keeps b as its Raw
// bytes and its attachments refer into it: b must not be modified
// afterwards.
func (p *Parser) ParseBytes(b []byte) (*Message, error) {
	if int64(len(b)) > p.maxSize() {
		return nil, fmt.Errorf("%w: %d bytes (limit %d)", ErrTooLarge, len(b), p.maxSize())
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, ErrEmpty
	}
	ps := parse{p: p, m: &Message{Channel: Email, Raw: b}}
	if err := ps.message(b); err != nil {
		return nil, err
	}
	return ps.m, nil
}

// ParseHeader reads the header of a message from r and stops there: the
// identifiers, addresses, subject and dates are filled in, the bodies are
// not decoded and Raw holds only the header. It is the fast path for
// indexing and threading. It may read somewhat past the header.
func (p *Parser) ParseHeader(r io.Reader) (*Message, error) {
	hdr, err := readHeaderBlock(r, p.maxHeaderBytes())
	if err != nil {
		return nil, err
	}
	return p.ParseHeaderBytes(hdr)
}

// ParseHeaderBytes parses the header of a message held in b (the whole
// message or just its header) without looking at the body. Raw refers to
// the header within b.
func (p *Parser) ParseHeaderBytes(hdr []byte) (*Message, error) {
	if len(bytes.TrimSpace(hdr)) == 0 {
		return nil, ErrEmpty
	}
	ps := parse{p: p, m: &Message{Channel: Email}}
	h, body, err := ps.header(hdr, "", true)
	if err != nil {
		return nil, err
	}
	ps.m.Raw = hdr[:body:body]
	ps.m.Header = h
	ps.envelope(h)
	return ps.m, nil
}

// sizer is implemented by in-memory readers (bytes.Reader, strings.Reader,
// bytes.Buffer) that know how much is left.
type sizer interface{ Len() int }

// readAll reads r to the end, refusing more than max bytes. When r knows
// its size the buffer is allocated once, exactly.
func readAll(r io.Reader, max int64) ([]byte, error) {
	size := int64(-1)
	switch v := r.(type) {
	case sizer:
		size = int64(v.Len())
	case *os.File:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			if off, err := v.Seek(0, io.SeekCurrent); err == nil {
				size = fi.Size() - off
			}
		}
	}
	if size > max {
		return nil, fmt.Errorf("%w: %d bytes (limit %d)", ErrTooLarge, size, max)
	}
	capacity := int64(32 << 10)
	if size >= 0 {
		capacity = size + 1 // +1 to see EOF without growing
	}
	buf := make([]byte, 0, capacity)
	for {
		if len(buf) == cap(buf) {
			next := min(int64(cap(buf))*2, max+1)
			if int64(len(buf)) >= next {
				return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
			}
			nb := make([]byte, len(buf), next)
			copy(nb, buf)
			buf = nb
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > max {
			return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, fmt.Errorf("correspondence: reading message: %w", err)
		}
	}
}

// readHeaderBlock reads from r until the blank line that ends the header
// (or the end of input), refusing headers longer than max.
func readHeaderBlock(r io.Reader, max int) ([]byte, error) {
	size := 4 << 10 // most headers fit
	if v, ok := r.(sizer); ok && v.Len() < size {
		size = v.Len() + 1
	}
	buf := make([]byte, 0, size)
	scanned := 0
	for {
		if len(buf) == cap(buf) {
			nb := make([]byte, len(buf), 2*cap(buf))
			copy(nb, buf)
			buf = nb
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if end := headerEnd(buf, scanned); end >= 0 {
			if end > max {
				return nil, fmt.Errorf("%w: more than %d bytes", ErrHeaderTooLarge, max)
			}
			return buf[:end], nil
		}
		scanned = max0(len(buf) - 3)
		if len(buf) > max {
			return nil, fmt.Errorf("%w: more than %d bytes", ErrHeaderTooLarge, max)
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, fmt.Errorf("correspondence: reading message: %w", err)
		}
	}
}

func max0(n int) int {
	if n < 0 {
		return 0
	}
	return n
}

// headerEnd returns the offset just past the blank line that ends the
// header in b, searching from from, or -1. A line-by-line scan beats a
// search for "\n\r\n": its first byte ends every line.
func headerEnd(b []byte, from int) int {
	for i := from; i < len(b); {
		j := bytes.IndexByte(b[i:], '\n')
		if j < 0 {
			return -1
		}
		k := i + j + 1
		if k < len(b) && b[k] == '\n' {
			return k + 1
		}
		if k+1 < len(b) && b[k] == '\r' && b[k+1] == '\n' {
			return k + 2
		}
		i = k
	}
	return -1
}

// limitError wraps one of the limit sentinels with the figures involved.
func limitError(kind error, what string, limit int) error {
	return fmt.Errorf("%w: %s (limit %d)", kind, what, limit)
}

// isLimit reports whether err is one of the limit errors, which abort the
// parse instead of becoming defects.
func isLimit(err error) bool {
	return errors.Is(err, ErrTooLarge) || errors.Is(err, ErrHeaderTooLarge) ||
		errors.Is(err, ErrTooManyParts) || errors.Is(err, ErrTooDeep)
}

// lowerASCII lower-cases s without allocating when it already is.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// ParseHeaderBytes parses the header of a message held in b with the
// default limits; see [Parser.ParseHeaderBytes].
func ParseHeaderBytes(b []byte) (*Message, error) {
	var p Parser
	return p.ParseHeaderBytes(b)
}

// ParseBytes parses a message held in b with the default limits; see
// [Parser.ParseBytes].
func ParseBytes(b []byte) (*Message, error) {
	var p Parser
	return p.ParseBytes(b)
}
