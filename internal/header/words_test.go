package header

import (
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/cartero/cartero/internal/charset"
)

func TestUnfold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"nothing to do", "Hola mundo", "Hola mundo"},
		{"crlf space", "Hola\r\n mundo", "Hola mundo"},
		{"crlf tab", "Hola\r\n\tmundo", "Hola\tmundo"},
		{"bare lf", "Hola\n mundo", "Hola mundo"},
		{"bare cr", "Hola\r mundo", "Hola mundo"},
		{"several", "a\r\n b\r\n  c", "a b  c"},
		{"break without white space kept", "a\r\nb", "a\r\nb"},
		{"trailing break kept", "a\r\n", "a\r\n"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Unfold(tt.in); got != tt.want {
				t.Errorf("Unfold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestUnfoldAllocations(t *testing.T) {
	for _, s := range []string{"Re: your order", "a\r\nb"} {
		if n := testing.AllocsPerRun(100, func() { Unfold(s) }); n != 0 {
			t.Errorf("Unfold(%q) allocates %v times", s, n)
		}
	}
}

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
		errs []error // each must match; none means no error
	}{
		// Plain text.
		{"ascii", "Re: your order 1234", "Re: your order 1234", nil},
		{"empty", "", "", nil},
		{"folded", "Re: a long\r\n subject", "Re: a long subject", nil},
		{"raw utf-8", "Olá, situação", "Olá, situação", nil},
		{"raw latin-1", "Informaci\xf3n del pedido", "Información del pedido", nil},
		{"raw windows-1252 quotes", "\x93Urgente\x94", "“Urgente”", nil},
		{"literal =? that is no word", "a =? b ?= c", "a =? b ?= c", nil},
		{"literal =? with 8-bit", "precio =? 10\x80", "precio =? 10€", nil},

		// RFC 2047 as written by common clients.
		{"gmail B", "=?UTF-8?B?wr9RdcOpIHRhbD8=?=", "¿Qué tal?", nil},
		{"apple mail Q", "=?utf-8?Q?Ol=C3=A1?=", "Olá", nil},
		{"outlook windows-1252", "=?Windows-1252?Q?Informaci=F3n_importante?=", "Información importante", nil},
		{"outlook iso-8859-1 with quotes", "=?iso-8859-1?Q?=93Oferta=94_especial?=", "“Oferta” especial", nil},
		{"thunderbird lower-case hex", "=?UTF-8?Q?Re=3a_Pedido_n=c2=ba_123?=", "Re: Pedido nº 123", nil},
		{"lower-case q", "=?utf-8?q?Hola_mundo?=", "Hola mundo", nil},
		{"lower-case b", "=?utf-8?b?w7FhbmR1LnBkZg==?=", "ñandu.pdf", nil},
		{"windows-1252 B", "=?windows-1252?B?UHJlY2lvOiAxMCCA?=", "Precio: 10 €", nil},
		{"prefix text", "Re: =?utf-8?q?Situa=C3=A7=C3=A3o?=", "Re: Situação", nil},
		{"text after", "=?utf-8?q?Hola?= mundo", "Hola mundo", nil},
		{"word between text", "Fwd: =?utf-8?q?Ac=C3=A7=C3=A3o?= urgente", "Fwd: Acção urgente", nil},

		// Adjacent words.
		{"space between words dropped", "=?utf-8?q?Juan?= =?utf-8?q?_P=C3=A9rez?=", "Juan Pérez", nil},
		{"folding between words dropped", "=?utf-8?q?Juan?=\r\n =?utf-8?q?_P=C3=A9rez?=", "Juan Pérez", nil},
		{"words without space", "=?utf-8?q?a?==?utf-8?q?b?=", "ab", nil},
		{"different charsets", "=?iso-8859-1?q?Jos=E9?= =?utf-8?q?_P=C3=A9rez?=", "José Pérez", nil},
		{"text between words kept", "=?utf-8?q?a?= - =?utf-8?q?b?=", "a - b", nil},
		{"split utf-8 in Q", "=?utf-8?q?=C3?= =?utf-8?q?=A1?=", "á", nil},
		{"split utf-8 in B", "=?UTF-8?B?SW5mb3JtYWNpww==?= =?UTF-8?B?s24gc29icmU=?=", "Información sobre", nil},
		{"split utf-8 charset case differs", "=?UTF-8?Q?=C3?= =?utf-8?Q?=B1?=", "ñ", nil},
		{"split shift_jis", "=?shift_jis?B?gg==?= =?shift_jis?B?sQ==?=", "こ", nil},
		{"iso-2022-jp subject", "=?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?=", "こんにちは", nil},
		{"iso-2022-jp two words", "=?ISO-2022-JP?B?GyRCJCpMZCQkGyhC?=\r\n =?ISO-2022-JP?B?GyRCOWckbyQ7GyhC?=", "お問い合わせ", nil},
		{"iso-2022-jp with prefix", "Re: =?iso-2022-jp?B?GyRCRnxLXDhsJE43b0w+GyhC?=", "Re: 日本語の件名", nil},

		// Tolerated deviations.
		{"glued to text", "foo=?utf-8?q?bar?=baz", "foobarbaz", nil},
		{"inside quotes", `"=?utf-8?q?Jos=C3=A9?=" <j@x.es>`, `"José" <j@x.es>`, nil},
		{"language suffix", "=?utf-8*es?Q?Se=C3=B1or?=", "Señor", nil},
		{"language suffix joins run", "=?utf-8*es?Q?=C3?= =?UTF-8?Q?=B1?=", "ñ", nil},
		{"missing padding", "=?utf-8?B?w7E?=", "ñ", nil},
		{"extra padding", "=?utf-8?B?w7E===?=", "ñ", nil},
		{"white space in base64", "=?utf-8?B?w7 Fh?=", "ña", nil},
		{"url-safe base64", "=?utf-8?B?w7_DsQ?=", "ÿñ", nil},
		{"padding in the middle", "=?utf-8?B?YQ==Yg==?=", "ab", nil},
		{"spaces in Q text", "=?utf-8?q?Hola mundo?=", "Hola mundo", nil},
		{"question mark in Q text", "=?utf-8?q?=C2=BFQu=C3=A9??=", "¿Qué?", nil},
		{"bad Q escape kept", "=?utf-8?q?100=_=ZZ?=", "100= =ZZ", nil},
		{"decoded =? is not decoded again", "=?utf-8?q?=3D=3Futf-8=3Fq=3Fx=3F=3D?=", "=?utf-8?q?x?=", nil},

		// Errors.
		{"missing final ?=", "=?utf-8?q?Hola", "Hola", []error{ErrMalformedWord}},
		{"missing final =", "=?utf-8?q?Hola?", "Hola", []error{ErrMalformedWord}},
		{"unknown charset", "=?x-foo?q?caf=C3=A9?=", "café", []error{charset.ErrUnknown}},
		{"unknown charset latin-1 bytes", "=?x-foo?q?caf=E9?=", "café", []error{charset.ErrUnknown}},
		{"invalid utf-8 in word", "=?utf-8?q?caf=E9?=", "café", []error{charset.ErrMalformed}},
		{"invalid base64", "=?utf-8?B?w7E!?= x", "=?utf-8?B?w7E!?= x", []error{ErrMalformedWord}},
		{"invalid base64 between good words", "=?utf-8?q?a?= =?utf-8?B?*?= =?utf-8?q?b?=", "a =?utf-8?B?*?= b", []error{ErrMalformedWord}},
		{"empty charset", "=??q?abc?=", "abc", []error{ErrMalformedWord}},
		{"two kinds", "=?x-foo?q?a?= =?utf-8?q?b", "ab", []error{charset.ErrUnknown, ErrMalformedWord}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeText(tt.in)
			if got != tt.want {
				t.Errorf("DecodeText(%q) = %q, want %q", tt.in, got, tt.want)
			}
			checkErrs(t, err, tt.errs)
		})
	}
}

// checkErrs checks that err matches every error in want, or is nil when
// want is empty, and that its message has the package prefix.
func checkErrs(t *testing.T, err error, want []error) {
	t.Helper()
	if len(want) == 0 {
		if err != nil {
			t.Errorf("unexpected error: %v", err)
		}
		return
	}
	if err == nil {
		t.Errorf("no error, want %v", want)
		return
	}
	for _, w := range want {
		if !errors.Is(err, w) {
			t.Errorf("error %q does not match %v", err, w)
		}
	}
	for _, line := range strings.Split(err.Error(), "\n") {
		if !strings.HasPrefix(line, "header: ") {
			t.Errorf("error %q lacks the package prefix", line)
		}
	}
}

func TestDecodeTextAllocations(t *testing.T) {
	tests := []struct {
		in  string
		max float64
	}{
		{"Re: your order 1234 has shipped", 0},
		{"Olá, situação", 0},
		{"=?utf-8?q?Ol=C3=A1?= mundo", 2},
		{"=?iso-8859-1?q?Informaci=F3n?=", 2},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if n := testing.AllocsPerRun(100, func() { _, _ = DecodeText(tt.in) }); n > tt.max {
				t.Errorf("DecodeText(%q) allocates %v times, want at most %v", tt.in, n, tt.max)
			}
		})
	}
}

// TestLinearTime feeds each parser inputs built to trigger backtracking and
// checks that eight times the input costs about eight times the time, not
// sixty-four. The best of five runs, after a collection, is compared with
// a wide margin, and short runs are not judged, so that a busy machine or
// the race detector does not fail it.
func TestLinearTime(t *testing.T) {
	units := []string{
		"=?",
		"=?utf-8?q?",
		"=?utf-8?q?a?= ",
		"=?" + strings.Repeat("a", 60) + "?",
		"(",
		"\"",
		"<",
		"a; ",
		"name*1*=%; ",
		"a b ",
		"a@b ",
		", ",
		"x:",
		"=?x?b?",
	}
	run := func(s string) time.Duration {
		runtime.GC()
		best := time.Duration(1<<63 - 1)
		for range 5 {
			start := time.Now()
			_, _ = DecodeText(s)
			_, _, _ = ParseMediaType(s)
			_, _, _ = ParseMediaType("text/plain; " + s)
			_, _ = ParseAddressList(s)
			_, _ = ParseDate(s)
			best = min(best, time.Since(start))
		}
		return best
	}
	const n = 2500
	for _, u := range units {
		small := run(strings.Repeat(u, n))
		large := run(strings.Repeat(u, 8*n))
		if large > 200*time.Millisecond && large > 24*small {
			t.Errorf("%q: %d repetitions took %v, %d took %v", u, n, small, 8*n, large)
		}
	}
}
