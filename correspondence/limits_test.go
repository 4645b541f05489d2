package correspondence

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"
)

// nested builds a message with depth nested multipart/mixed levels.
func nested(depth int) []byte {
	var b bytes.Buffer
	b.WriteString("From: a@example.com\r\nSubject: nested\r\n")
	for i := 0; i < depth; i++ {
		fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n", i, i)
	}
	b.WriteString("Content-Type: text/plain\r\n\r\nhola\r\n")
	for i := depth - 1; i >= 0; i-- {
		fmt.Fprintf(&b, "--b%d--\r\n", i)
	}
	return b.Bytes()
}

func flat(parts int) []byte {
	var b bytes.Buffer
	b.WriteString("From: a@example.com\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n")
	for i := 0; i < parts; i++ {
		fmt.Fprintf(&b, "--x\r\nContent-Type: text/plain\r\n\r\npart %d\r\n", i)
	}
	b.WriteString("--x--\r\n")
	return b.Bytes()
}

// hideLen hides a reader's Len method, so readAll cannot size its buffer.
type hideLen struct{ io.Reader }

func TestLimits(t *testing.T) {
	bigHeader := []byte("From: a@example.com\r\nX-Pad: " + strings.Repeat("x", 2<<20) + "\r\n\r\nbody")
	tests := []struct {
		name   string
		p      Parser
		input  []byte
		hide   bool
		want   error
		header bool // through ParseHeader
	}{
		{"5000 nested multiparts", Parser{}, nested(5000), false, ErrTooDeep, false},
		{"depth just over a custom limit", Parser{MaxDepth: 3}, nested(4), false, ErrTooDeep, false},
		{"too many parts", Parser{}, flat(DefaultMaxParts + 1), false, ErrTooManyParts, false},
		{"too many parts, custom", Parser{MaxParts: 5}, flat(5), false, ErrTooManyParts, false},
		{"too large, sized reader", Parser{MaxSize: 100}, bytes.Repeat([]byte("a"), 200), false, ErrTooLarge, false},
		{"too large, unsized reader", Parser{MaxSize: 100}, bytes.Repeat([]byte("a"), 200), true, ErrTooLarge, false},
		{"header too large", Parser{}, bigHeader, false, ErrHeaderTooLarge, false},
		{"header too large, header-only", Parser{}, bigHeader, true, ErrHeaderTooLarge, true},
		{"part header too large", Parser{MaxHeaderBytes: 64}, []byte("From: a@example.com\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nX-Pad: " + strings.Repeat("y", 100) + "\r\n\r\nz\r\n--x--\r\n"), false, ErrHeaderTooLarge, false},
		{"empty", Parser{}, []byte("\r\n\r\n"), false, ErrEmpty, false},
		{"empty, header-only", Parser{}, nil, false, ErrEmpty, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r io.Reader = bytes.NewReader(tt.input)
			if tt.hide {
				r = hideLen{r}
			}
			start := time.Now()
			var m *Message
			var err error
			if tt.header {
				m, err = tt.p.ParseHeader(r)
			} else {
				m, err = tt.p.Parse(r)
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if m != nil {
				t.Errorf("got a message and an error")
			}
			if d := time.Since(start); d > time.Second {
				t.Errorf("took %v to refuse", d)
			}
		})
	}
}

// TestLimitsRaised checks that raising a limit lets the same input through.
func TestLimitsRaised(t *testing.T) {
	p := Parser{MaxDepth: 100, MaxParts: 5000}
	m, err := p.ParseBytes(nested(80))
	if err != nil {
		t.Fatal(err)
	}
	if m.Text != "hola" {
		t.Errorf("Text = %q", m.Text)
	}
	m, err = p.ParseBytes(flat(3000))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(m.Text, "part 0\npart 1\n") || !strings.HasSuffix(m.Text, "part 2999") {
		t.Errorf("Text = %.40q…", m.Text)
	}
}

// TestDeepNestingIsFast shows that a bomb of nested multiparts, which ties
// up other parsers for seconds, is refused at once.
func TestDeepNestingIsFast(t *testing.T) {
	if raceEnabled {
		t.Skip("timing is meaningless under the race detector")
	}
	input := nested(5000)
	start := time.Now()
	for i := 0; i < 10; i++ {
		if _, err := ParseBytes(input); !errors.Is(err, ErrTooDeep) {
			t.Fatal(err)
		}
	}
	if per := time.Since(start) / 10; per > 50*time.Millisecond {
		t.Errorf("%v per refusal", per)
	}
}
