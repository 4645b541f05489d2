package correspondence

import (
	"bytes"
	"io"
	"strings"
)

// Transfer encodings as Cartero classifies them.
const (
	encIdentity = iota // 7bit, 8bit, binary, none
	encBase64
	encQP
	encUnknown // decoded as identity, recorded as a defect
)

func transferEncoding(cte string) int {
	cte = strings.TrimSpace(cte)
	if i := strings.IndexAny(cte, " \t;("); i >= 0 { // "base64 (comment)" and the like
		cte = cte[:i]
	}
	cte = strings.Trim(cte, `"'`)
	switch {
	case cte == "", strings.EqualFold(cte, "7bit"), strings.EqualFold(cte, "8bit"),
		strings.EqualFold(cte, "binary"), strings.EqualFold(cte, "7-bit"), strings.EqualFold(cte, "8-bit"):
		return encIdentity
	case strings.EqualFold(cte, "base64"):
		return encBase64
	case strings.EqualFold(cte, "quoted-printable"), strings.EqualFold(cte, "quoted_printable"),
		strings.EqualFold(cte, "quotedprintable"):
		return encQP
	}
	return encUnknown
}

// b64 maps a base64 character (standard or URL alphabet) to its value;
// 0xFE marks the padding character and 0xFF everything else.
var b64 = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xFF
	}
	const std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(std); i++ {
		t[std[i]] = byte(i)
	}
	t['-'] = 62
	t['_'] = 63
	t['='] = 0xFE
	return t
}()

// base64State decodes base64 in chunks, carrying a partial quantum between
// them. It never fails: characters outside the alphabet (other than white
// space) are skipped and noted in junk, and padding ends a quantum, so
// concatenated blocks decode too.
type base64State struct {
	acc  uint32
	n    int  // sextets in acc
	junk bool // characters outside the alphabet were skipped
}

func (s *base64State) decode(dst, src []byte) []byte {
	acc, n := s.acc, s.n
	i := 0
	for i < len(src) {
		// Fast path: four valid characters at a quantum boundary.
		if n == 0 && i+4 <= len(src) {
			a, b, c, d := b64[src[i]], b64[src[i+1]], b64[src[i+2]], b64[src[i+3]]
			if a|b|c|d < 64 {
				v := uint32(a)<<18 | uint32(b)<<12 | uint32(c)<<6 | uint32(d)
				dst = append(dst, byte(v>>16), byte(v>>8), byte(v))
				i += 4
				continue
			}
		}
		ch := src[i]
		i++
		switch v := b64[ch]; {
		case v < 64:
			acc = acc<<6 | uint32(v)
			n++
			if n == 4 {
				dst = append(dst, byte(acc>>16), byte(acc>>8), byte(acc))
				acc, n = 0, 0
			}
		case v == 0xFE:
			if n == 1 {
				s.junk = true
			}
			dst = flushQuantum(dst, acc, n)
			acc, n = 0, 0
		default:
			if ch != '\r' && ch != '\n' && ch != ' ' && ch != '\t' {
				s.junk = true
			}
		}
	}
	s.acc, s.n = acc, n
	return dst
}

// finish flushes a final partial quantum (padding left out).
func (s *base64State) finish(dst []byte) []byte {
	if s.n == 1 {
		s.junk = true // a lone sextet carries no whole byte
	}
	dst = flushQuantum(dst, s.acc, s.n)
	s.acc, s.n = 0, 0
	return dst
}

func flushQuantum(dst []byte, acc uint32, n int) []byte {
	switch n {
	case 2:
		dst = append(dst, byte(acc>>4))
	case 3:
		dst = append(dst, byte(acc>>10), byte(acc>>2))
	}
	return dst
}

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	}
	return 0, false
}

// decodeQP appends the quoted-printable decoding of src to dst. src must
// end at a line boundary or at the end of the content. Hard line breaks
// are kept as written (CRLF or LF). Malformed escapes are kept literally
// and reported through bad.
func decodeQP(dst, src []byte) (out []byte, bad bool) {
	for len(src) > 0 {
		line := src
		var eol []byte
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
			eol = lf
			if len(line) > 0 && line[len(line)-1] == '\r' {
				line = line[:len(line)-1]
				eol = crlf
			}
		} else {
			src = nil
		}
		// RFC 2045 6.7 (3): trailing white space was added in transport.
		for len(line) > 0 && (line[len(line)-1] == ' ' || line[len(line)-1] == '\t') {
			line = line[:len(line)-1]
		}
		soft := false
		for j := 0; j < len(line); j++ {
			c := line[j]
			if c != '=' {
				dst = append(dst, c)
				continue
			}
			if j == len(line)-1 {
				soft = true
				break
			}
			if j+2 < len(line) {
				hi, ok1 := unhex(line[j+1])
				lo, ok2 := unhex(line[j+2])
				if ok1 && ok2 {
					dst = append(dst, hi<<4|lo)
					j += 2
					continue
				}
			}
			bad = true
			dst = append(dst, '=')
		}
		if eol != nil && !soft {
			dst = append(dst, eol...)
		}
	}
	return dst, bad
}

var (
	lf   = []byte{'\n'}
	crlf = []byte{'\r', '\n'}
)

// decodeTransfer decodes src in one go, appending to dst.
func decodeTransfer(dst, src []byte, enc int) (out []byte, bad bool) {
	switch enc {
	case encBase64:
		var s base64State
		dst = s.decode(dst, src)
		dst = s.finish(dst)
		return dst, s.junk
	case encQP:
		return decodeQP(dst, src)
	}
	return append(dst, src...), false
}

// decodedSize returns the size src decodes to and whether it was malformed,
// without keeping the decoded bytes.
func decodedSize(src []byte, enc int) (n int64, bad bool) {
	if enc != encBase64 && enc != encQP {
		return int64(len(src)), false
	}
	d := transferDecoder{src: src, enc: enc}
	var buf [decodeChunk]byte
	for {
		k, err := d.Read(buf[:])
		n += int64(k)
		if err != nil {
			return n, d.bad || d.b64.junk
		}
	}
}

const decodeChunk = 16 << 10

// transferDecoder decodes in-memory encoded content as it is read, a chunk
// at a time, so that large attachments are never decoded whole.
type transferDecoder struct {
	src []byte
	enc int
	b64 base64State
	bad bool
	buf []byte // decoded, not yet returned
	off int
}

func newTransferDecoder(src []byte, enc int) io.Reader {
	if enc != encBase64 && enc != encQP {
		return bytes.NewReader(src)
	}
	return &transferDecoder{src: src, enc: enc}
}

func (d *transferDecoder) Read(p []byte) (int, error) {
	for d.off == len(d.buf) {
		if len(d.src) == 0 && d.enc != encBase64 {
			return 0, io.EOF
		}
		d.buf, d.off = d.buf[:0], 0
		switch d.enc {
		case encBase64:
			if len(d.src) == 0 {
				d.buf = d.b64.finish(d.buf)
				d.enc = encIdentity // finished
				if len(d.buf) == 0 {
					return 0, io.EOF
				}
				break
			}
			n := min(len(d.src), decodeChunk)
			d.buf = d.b64.decode(d.buf, d.src[:n])
			d.src = d.src[n:]
		case encQP:
			// Cut at a line boundary so that escapes and trailing white
			// space are never split; a longer line is taken whole.
			n := len(d.src)
			if n > decodeChunk {
				if i := bytes.LastIndexByte(d.src[:decodeChunk], '\n'); i >= 0 {
					n = i + 1
				} else if i := bytes.IndexByte(d.src[decodeChunk:], '\n'); i >= 0 {
					n = decodeChunk + i + 1
				}
			}
			var bad bool
			d.buf, bad = decodeQP(d.buf, d.src[:n])
			d.bad = d.bad || bad
			d.src = d.src[n:]
		}
	}
	n := copy(p, d.buf[d.off:])
	d.off += n
	return n, nil
}

// normalizeNewlines turns CRLF and lone CR into LF.
func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// unflow joins the soft line breaks of RFC 3676 format=flowed text: a line
// ending in a space continues on the next line of the same quote depth.
// With delsp=yes the trailing space is deleted as well. Space-stuffing is
// removed and the signature separator "-- " is never joined.
func unflow(s string, delsp bool) string {
	if !strings.Contains(s, " \n") {
		// Nothing to join; only space-stuffing could remain.
		if !strings.Contains(s, "\n ") && !strings.HasPrefix(s, " ") {
			return s
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	lines := strings.Split(s, "\n")
	prevDepth, joining := 0, false
	for i, line := range lines {
		depth := 0
		for depth < len(line) && line[depth] == '>' {
			depth++
		}
		content := line[depth:]
		content = strings.TrimPrefix(content, " ") // space-stuffing
		if joining && depth != prevDepth {
			joining = false // a quote depth change ends the paragraph
		}
		if !joining {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(line[:depth])
			if depth > 0 && content != "" {
				b.WriteByte(' ')
			}
		}
		flowed := strings.HasSuffix(content, " ") && content != "-- "
		if flowed && delsp {
			content = content[:len(content)-1]
		}
		b.WriteString(content)
		joining = flowed
		prevDepth = depth
	}
	return b.String()
}
