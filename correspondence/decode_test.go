package correspondence

import (
	"bytes"
	"encoding/base64"
	"io"
	"math/rand/v2"
	"mime/quotedprintable"
	"strings"
	"testing"
)

func TestTransferEncoding(t *testing.T) {
	tests := map[string]int{
		"": encIdentity, "7bit": encIdentity, "8BIT": encIdentity, "binary": encIdentity,
		"base64": encBase64, " Base64 ": encBase64, "base64 (comment)": encBase64, `"base64"`: encBase64,
		"quoted-printable": encQP, "Quoted-Printable": encQP,
		"x-uuencode": encUnknown, "8-bit-ish": encUnknown,
	}
	for in, want := range tests {
		if got := transferEncoding(in); got != want {
			t.Errorf("transferEncoding(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestBase64Tolerant(t *testing.T) {
	tests := []struct {
		in, want string
		junk     bool
	}{
		{"SG9sYQ==", "Hola", false},
		{"SG9s\r\nYQ==\r\n", "Hola", false},
		{"SG9sYQ", "Hola", false},               // padding left out
		{"SG9sYQ==SG9sYQ==", "HolaHola", false}, // concatenated blocks
		{"SG9s!YQ==", "Hola", true},             // junk skipped
		{"SG9sY", "Hol", true},                  // a lone sextet
		{"w7FhbmR1", "ñandu", false},
		{"-_8", "\xfb\xff", false}, // URL alphabet
	}
	for _, tt := range tests {
		got, bad := decodeTransfer(nil, []byte(tt.in), encBase64)
		if string(got) != tt.want || bad != tt.junk {
			t.Errorf("base64 %q = %q, %v; want %q, %v", tt.in, got, bad, tt.want, tt.junk)
		}
	}
}

func TestQuotedPrintableTolerant(t *testing.T) {
	tests := []struct {
		in, want string
		bad      bool
	}{
		{"Hola=20mundo", "Hola mundo", false},
		{"caf=C3=A9", "café", false},
		{"caf=c3=a9", "café", false}, // lower-case hex
		{"soft=\r\nbreak", "softbreak", false},
		{"soft= \r\nbreak", "softbreak", false}, // white space after the soft break
		{"trailing   \r\nnext", "trailing\r\nnext", false},
		{"a=\nb\nc", "ab\nc", false},
		{"50% = half", "50% = half", true},
		{"bad=ZZ", "bad=ZZ", true},
		{"end=", "end", false},
		{"x=4", "x=4", true},
	}
	for _, tt := range tests {
		got, bad := decodeQP(nil, []byte(tt.in))
		if string(got) != tt.want || bad != tt.bad {
			t.Errorf("qp %q = %q, %v; want %q, %v", tt.in, got, bad, tt.want, tt.bad)
		}
	}
}

// TestStreamingMatchesBulk checks that the chunked decoder behind
// Attachment.Open yields exactly what the one-shot decoder does, and what
// decodedSize predicts, across chunk boundaries.
func TestStreamingMatchesBulk(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 40; i++ {
		data := make([]byte, rng.IntN(3*decodeChunk))
		for j := range data {
			data[j] = byte(rng.IntN(256))
			if rng.IntN(20) == 0 {
				data[j] = '\n'
			}
		}
		var qp bytes.Buffer
		w := quotedprintable.NewWriter(&qp)
		w.Write(data)
		w.Close()
		b64 := base64.StdEncoding.EncodeToString(data)
		if i%2 == 0 {
			b64 = wrap(b64, 76)
		}
		for _, c := range []struct {
			enc int
			src []byte
		}{{encQP, qp.Bytes()}, {encBase64, []byte(b64)}, {encIdentity, data}} {
			bulk, _ := decodeTransfer(nil, c.src, c.enc)
			streamed, err := io.ReadAll(newTransferDecoder(c.src, c.enc))
			if err != nil {
				t.Fatal(err)
			}
			size, _ := decodedSize(c.src, c.enc)
			if !bytes.Equal(bulk, streamed) || int64(len(bulk)) != size {
				t.Fatalf("encoding %d, %d bytes: bulk %d, streamed %d, size %d", c.enc, len(data), len(bulk), len(streamed), size)
			}
			if c.enc == encBase64 && !bytes.Equal(bulk, data) {
				t.Fatalf("base64 round trip differs")
			}
		}
	}
}

func wrap(s string, n int) string {
	var b strings.Builder
	for len(s) > n {
		b.WriteString(s[:n])
		b.WriteString("\r\n")
		s = s[n:]
	}
	b.WriteString(s)
	return b.String()
}

func TestUnflow(t *testing.T) {
	tests := []struct {
		name, in string
		delsp    bool
		want     string
	}{
		{"joins soft breaks", "Hola, quiero \ndevolver el pedido.\nGracias.", false, "Hola, quiero devolver el pedido.\nGracias."},
		{"delsp", "Hola, quie \nro.", true, "Hola, quiero."},
		{"signature separator", "Texto\n-- \nLucía", false, "Texto\n-- \nLucía"},
		{"space stuffing", " From here\n >not a quote", false, "From here\n>not a quote"},
		{"quotes", "> citado \n> sigue\nnuevo", false, "> citado sigue\nnuevo"},
		{"depth change ends paragraph", "> a \n>> b", false, "> a \n>> b"},
		{"blank lines kept", "a\n\n\nb", false, "a\n\n\nb"},
		{"nothing to do", "plain text\nlines", false, "plain text\nlines"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unflow(tt.in, tt.delsp); got != tt.want {
				t.Errorf("unflow(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
