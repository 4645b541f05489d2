package charset

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name  string
		label string
		in    string
		want  string
		err   error // matched with errors.Is; nil means no error
	}{
		// UTF-8.
		{"utf-8 valid", "utf-8", "Olá, ¿qué tal?", "Olá, ¿qué tal?", nil},
		{"utf-8 upper case", "UTF-8", "João", "João", nil},
		{"utf8 without dash", "utf8", "Ação", "Ação", nil},
		{"utf-8 quoted", `"utf-8"`, "Ação", "Ação", nil},
		{"utf-8 single quoted with spaces", " 'UTF-8' ", "Ação", "Ação", nil},
		{"utf-8 with RFC 2231 language", "utf-8*es", "Señor", "Señor", nil},
		{"utf-8 invalid latin-1 byte", "utf-8", "Caf\xe9 con leche", "Café con leche", ErrMalformed},
		{"utf-8 mixed valid and invalid", "utf-8", "Jos\xe9 y Jos\xc3\xa9", "José y José", ErrMalformed},
		{"utf-8 truncated sequence", "utf-8", "ma\xc3", "maÃ", ErrMalformed},
		{"utf-8 encoded surrogate", "utf-8", "\xed\xa0\x80", "í\u00a0€", ErrMalformed},
		{"cp65001", "cp65001", "€", "€", nil},

		// Windows-1252 and its WHATWG aliases.
		{"iso-8859-1 is windows-1252", "iso-8859-1", "Caf\xe9 \x80 5", "Café € 5", nil},
		{"latin1 curly quotes", "latin1", "\x93hola\x94 \x96 adi\xf3s", "“hola” – adiós", nil},
		{"ISO-8859-1 upper", "ISO-8859-1", "Ni\xf1o", "Niño", nil},
		{"windows-1252", "windows-1252", "Jos\xe9 P\xe9rez", "José Pérez", nil},
		{"windows-1252 undefined byte is C1", "windows-1252", "a\x81b", "a\u0081b", nil},
		{"cp1252", "cp1252", "\xe9", "é", nil},
		{"windows1252", "windows1252", "\xe9", "é", nil},
		{"win-1252", "win-1252", "\xe9", "é", nil},
		{"iso8859-1", "iso8859-1", "\xe9", "é", nil},
		{"iso_8859-1", "iso_8859-1", "\xe9", "é", nil},
		{"8859_1", "8859_1", "\xe9", "é", nil},
		{"iso-8859-1:1987", "ISO_8859-1:1987", "\xe9", "é", nil},
		{"iso-8859-15 euro", "iso-8859-15", "\xa4 100", "€ 100", nil},
		{"iso8859_15", "iso8859_15", "\xa4", "€", nil},
		{"iso-8859-2", "iso-8859-2", "\xb9", "š", nil},
		{"windows-1250", "windows-1250", "\x9a", "š", nil},
		{"iso-8859-3 undefined byte", "iso-8859-3", "a\xa5b", "a\ufffdb", ErrMalformed},

		// US-ASCII that is not.
		{"us-ascii plain", "us-ascii", "Hello", "Hello", nil},
		{"us-ascii with utf-8", "us-ascii", "Olá", "Olá", nil},
		{"us-ascii with latin-1", "us-ascii", "Ol\xe1", "Olá", nil},
		{"ascii with latin-1", "ascii", "Se\xf1or \x80", "Señor €", nil},
		{"ansi_x3.4-1968 with utf-8", "ANSI_X3.4-1968", "Ação", "Ação", nil},

		// DOS, Mac and other single-byte code pages.
		{"cp850", "cp850", "\x82\xa4", "éñ", nil},
		{"ibm850", "IBM850", "\x82", "é", nil},
		{"ibm437", "ibm437", "\x81ber", "über", nil},
		{"cp437", "cp437", "\x81", "ü", nil},
		{"cp858", "cp858", "\xd5", "€", nil},
		{"x-mac-roman", "x-mac-roman", "\x8e", "é", nil},
		{"macintosh", "macintosh", "\x96", "ñ", nil},
		{"koi8-r", "koi8-r", "\xf0\xd2\xc9\xd7\xc5\xd4", "Привет", nil},
		{"koi8-u", "koi8-u", "\xa4", "є", nil},
		{"windows-1251", "windows-1251", "\xcf\xf0\xe8\xe2\xe5\xf2", "Привет", nil},
		{"tis-620", "tis-620", "\xca\xc7\xd1\xca\xb4\xd5", "สวัสดี", nil},
		{"windows-874", "windows-874", "\xca\xc7\xd1\xca\xb4\xd5", "สวัสดี", nil},
		{"ibm037 is ebcdic", "ibm037", "\xc8\x85\x93\x93\x96", "Hello", nil},

		// East Asian multi-byte charsets.
		{"shift_jis", "shift_jis", "\x82\xb1\x82\xf1\x82\xc9\x82\xbf\x82\xcd", "こんにちは", nil},
		{"shift-jis", "shift-jis", "\x93\xfa\x96\x7b", "日本", nil},
		{"sjis", "sjis", "\x93\xfa\x96\x7b", "日本", nil},
		{"cp932", "cp932", "\x93\xfa\x96\x7b", "日本", nil},
		{"shift_jis truncated", "shift_jis", "\x93\xfa\x96", "日\ufffd", ErrMalformed},
		{"euc-jp", "euc-jp", "\xc6\xfc\xcb\xdc", "日本", nil},
		{"iso-2022-jp", "iso-2022-jp", "\x1b$B$3$s$K$A$O\x1b(B", "こんにちは", nil},
		{"ISO-2022-JP mixed with ascii", "ISO-2022-JP", "Re: \x1b$BF|K\\\x1b(B ok", "Re: 日本 ok", nil},
		{"iso-2022-jp ascii only", "iso-2022-jp", "plain text", "plain text", nil},
		{"ks_c_5601-1987", "ks_c_5601-1987", "\xc7\xd1\xb1\xdb", "한글", nil},
		{"euc-kr", "euc-kr", "\xc7\xd1\xb1\xdb", "한글", nil},
		{"gb2312", "gb2312", "\xc4\xe3\xba\xc3", "你好", nil},
		{"x-gbk", "x-gbk", "\xc4\xe3\xba\xc3", "你好", nil},
		{"ms936", "ms936", "\xc4\xe3\xba\xc3", "你好", nil},
		{"gb18030 encodes U+FFFD", "gb18030", "a\x84\x31\xa4\x37b", "a\ufffdb", nil},
		{"hz-gb-2312", "hz-gb-2312", "~{<:Ky2;S{#,~}Bye", "己所不欲，Bye", nil},
		{"big5", "big5", "\xa4\xa4\xa4\xe5", "中文", nil},
		{"big5-hkscs", "big5-hkscs", "\xa4\xa4\xa4\xe5", "中文", nil},

		// UTF-7.
		{"utf-7 smiley", "utf-7", "Hi Mom -+Jjo--!", "Hi Mom -☺-!", nil},
		{"utf-7 japanese", "UTF-7", "+ZeVnLIqe-", "日本語", nil},
		{"utf-7 implicit end", "unicode-1-1-utf-7", "A+ImIDkQ.", "A≢Α.", nil},
		{"utf-7 plus sign", "utf-7", "1 +- 1 = 2", "1 + 1 = 2", nil},
		{"utf-7 surrogate pair", "utf-7", "+2D3eAA-", "😀", nil},
		{"utf-7 accents", "utf-7", "Ol+AOE- Jos+AOk-", "Olá José", nil},
		{"utf-7 ascii only", "utf-7", "plain text", "plain text", nil},
		{"utf-7 unpaired high surrogate", "utf-7", "+2D0-x", "\ufffdx", ErrMalformed},
		{"utf-7 unpaired low surrogate", "utf-7", "+3gA-x", "\ufffdx", ErrMalformed},
		{"utf-7 leftover bits", "utf-7", "+AOF-", "á", ErrMalformed},
		{"utf-7 lone plus", "utf-7", "a + b", "a + b", ErrMalformed},
		{"utf-7 trailing plus", "utf-7", "a+", "a+", ErrMalformed},
		{"utf-7 eight-bit bytes", "utf-7", "caf\xc3\xa9 caf\xe9", "café café", ErrMalformed},

		// UTF-16 and UTF-32.
		{"utf-16 LE BOM", "utf-16", "\xff\xfeh\x00\xe9\x00", "hé", nil},
		{"utf-16 BE BOM", "utf-16", "\xfe\xff\x00h\x00\xe9", "hé", nil},
		{"utf-16 guessed LE", "utf-16", "h\x00o\x00l\x00a\x00", "hola", nil},
		{"utf-16 guessed BE", "utf-16", "\x00h\x00o\x00l\x00a", "hola", nil},
		{"utf-16 undecided is BE", "utf-16", "\x65\xe5\x67\x2c", "日本", nil},
		{"ucs-2", "ucs-2", "h\x00i\x00", "hi", nil},
		{"utf-16le", "utf-16le", "h\x00i\x00", "hi", nil},
		{"utf-16le honours BE BOM", "utf-16le", "\xfe\xff\x00h\x00i", "hi", nil},
		{"utf-16be", "UTF-16BE", "\x00h\x00i", "hi", nil},
		{"utf-16be surrogate pair", "utf-16be", "\xd8\x3d\xde\x00", "😀", nil},
		{"utf-16 odd length", "utf-16be", "\x00h\x00", "h\ufffd", ErrMalformed},
		{"utf-16 unpaired surrogate", "utf-16be", "\xd8\x3d\x00h", "\ufffdh", ErrMalformed},
		{"utf-16 lone low surrogate", "utf-16be", "\xde\x00\x00h", "\ufffdh", ErrMalformed},
		{"utf-16 ascii is not passed through", "utf-16le", "hi", "楨", nil},
		{"utf-32 BE BOM", "utf-32", "\x00\x00\xfe\xff\x00\x00\x00h", "h", nil},
		{"utf-32 LE guessed", "utf-32", "h\x00\x00\x00i\x00\x00\x00", "hi", nil},
		{"utf-32 invalid value", "utf-32be", "\x00\x11\x00\x00", "\ufffd", ErrMalformed},

		// Missing and unknown labels.
		{"empty label utf-8", "", "Olá", "Olá", nil},
		{"empty label mixed", "", "Ol\xe1 se\xc3\xb1or", "Olá señor", nil},
		{"blank label", "  ", "\xe9", "é", nil},
		{"unknown label ascii", "x-unknown", "hello", "hello", ErrUnknown},
		{"unknown label utf-8", "foo-bar", "Olá", "Olá", ErrUnknown},
		{"unknown label mixed", "x-unknown", "Ol\xe1 se\xc3\xb1or", "Olá señor", ErrUnknown},
		{"replacement label iso-2022-kr", "iso-2022-kr", "abc", "abc", ErrUnknown},
		{"junk label", "=?", "abc", "abc", ErrUnknown},
		{"empty input", "utf-8", "", "", nil},
		{"empty input unknown", "nope", "", "", ErrUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode([]byte(tt.in), tt.label)
			if got != tt.want {
				t.Errorf("Decode(%q, %q) = %q, want %q", tt.in, tt.label, got, tt.want)
			}
			checkErr(t, err, tt.err)
			if !utf8.ValidString(got) {
				t.Errorf("Decode(%q, %q) returned invalid UTF-8 %q", tt.in, tt.label, got)
			}
			app, err2 := AppendDecode([]byte("x"), []byte(tt.in), tt.label)
			if string(app) != "x"+tt.want {
				t.Errorf("AppendDecode(%q, %q) = %q, want %q", tt.in, tt.label, app, "x"+tt.want)
			}
			checkErr(t, err2, tt.err)
		})
	}
}

func checkErr(t *testing.T, err, want error) {
	t.Helper()
	switch {
	case want == nil && err != nil:
		t.Errorf("unexpected error %v", err)
	case want != nil && !errors.Is(err, want):
		t.Errorf("error = %v, want %v", err, want)
	case err != nil && !strings.HasPrefix(err.Error(), "charset: "):
		t.Errorf("error %q lacks the package prefix", err)
	}
}

func TestUnknownError(t *testing.T) {
	tests := []struct {
		name  string
		label string
		want  string
	}{
		{"plain", "x-klingon", "x-klingon"},
		{"trimmed", "  x-klingon \r\n", "x-klingon"},
		{"long label cut", strings.Repeat("a", 200), strings.Repeat("a", 64)},
		{"invalid utf-8", "x-\xff", "x-\ufffd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode([]byte("abc"), tt.label)
			var ue *UnknownError
			if !errors.As(err, &ue) {
				t.Fatalf("Decode error = %v, want *UnknownError", err)
			}
			if ue.Label != tt.want {
				t.Errorf("Label = %q, want %q", ue.Label, tt.want)
			}
			if !errors.Is(err, ErrUnknown) {
				t.Errorf("errors.Is(%v, ErrUnknown) = false", err)
			}
		})
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		label  string
		wantOK bool
		sample string // bytes that must decode to want with the returned encoding
		want   string
	}{
		{"utf-8", true, "é", "é"},
		{"UTF8", true, "é", "é"},
		{"iso-8859-1", true, "\x80", "€"},
		{"latin1", true, "\xe9", "é"},
		{"us-ascii", true, "\xe9", "é"},
		{"cp850", true, "\x82", "é"},
		{"ks_c_5601-1987", true, "\xc7\xd1", "한"},
		{"iso-2022-jp", true, "\x1b$BF|\x1b(B", "日"},
		{"utf-7", true, "+AOk-", "é"},
		{"utf-16", true, "\x00h", "h"},
		{"utf-16", true, "\xff\xfeh\x00", "h"},
		{"hz-gb-2312", true, "~{<:~}", "己"},
		{"  \"Windows-1252\"  ", true, "\xe9", "é"},
		{"x-unknown", false, "", ""},
		{"", false, "", ""},
		{"iso-2022-kr", false, "", ""},
		{"iso-2022-cn", false, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.label, func(t *testing.T) {
			enc, ok := Lookup(tt.label)
			if ok != tt.wantOK {
				t.Fatalf("Lookup(%q) ok = %v, want %v", tt.label, ok, tt.wantOK)
			}
			if !ok {
				if enc != nil {
					t.Errorf("Lookup(%q) = %v with false", tt.label, enc)
				}
				return
			}
			if enc == nil {
				t.Fatalf("Lookup(%q) = nil, true", tt.label)
			}
			got, err := enc.NewDecoder().String(tt.sample)
			if err != nil || got != tt.want {
				t.Errorf("decoding %q = %q, %v, want %q", tt.sample, got, err, tt.want)
			}
		})
	}
}

func TestLookupIdentity(t *testing.T) {
	if enc, _ := Lookup("utf-8"); enc != unicode.UTF8 {
		t.Errorf("Lookup(utf-8) = %v, want unicode.UTF8", enc)
	}
	if enc, _ := Lookup("ISO-8859-1"); enc != charmap.Windows1252 {
		t.Errorf("Lookup(ISO-8859-1) = %v, want charmap.Windows1252", enc)
	}
}

func TestIsUTF8(t *testing.T) {
	tests := []struct {
		label string
		want  bool
	}{
		{"utf-8", true},
		{"UTF-8", true},
		{"utf8", true},
		{`"utf-8"`, true},
		{" Utf-8 ", true},
		{"utf-8*en", true},
		{"unicode-1-1-utf-8", true},
		{"cp65001", true},
		{"utf-16", false},
		{"utf-7", false},
		{"iso-8859-1", false},
		{"", false},
		{strings.Repeat("utf8", 100), false},
	}
	for _, tt := range tests {
		t.Run(tt.label, func(t *testing.T) {
			if got := IsUTF8(tt.label); got != tt.want {
				t.Errorf("IsUTF8(%q) = %v, want %v", tt.label, got, tt.want)
			}
		})
	}
}

func TestUTF7RoundTrip(t *testing.T) {
	tests := []string{
		"",
		"plain ASCII, with punctuation: (yes) 'no' - ok?",
		"1 + 1 = 2 ~ {x} [y] \\ \"q\" !#$%&*;<=>@^_`|",
		"Olá, José. ¿Qué tal? Ação, coração",
		"日本語のテキスト",
		"emoji 😀👍 mixed with text-",
		"\ufffd and \u0000 and \x7f",
		"+++",
		"a+b-c",
	}
	enc, _ := Lookup("utf-7")
	for _, s := range tests {
		t.Run(s, func(t *testing.T) {
			e, err := enc.NewEncoder().String(s)
			if err != nil {
				t.Fatalf("encode %q: %v", s, err)
			}
			for i := 0; i < len(e); i++ {
				if e[i] >= utf8.RuneSelf {
					t.Fatalf("encoding of %q has 8-bit bytes: %q", s, e)
				}
			}
			got, err := Decode([]byte(e), "utf-7")
			if err != nil || got != s {
				t.Errorf("Decode(%q) = %q, %v, want %q", e, got, err, s)
			}
		})
	}
}

// TestUTF7SmallBuffers drives the transformers one byte at a time into tiny
// destination buffers, as a streaming reader might.
func TestUTF7SmallBuffers(t *testing.T) {
	tests := []struct {
		name string
		t    func() transform.Transformer
		in   string
		want string
	}{
		{"decode", func() transform.Transformer { return &utf7Decoder{} }, "Hi +2D3eAA- Jos+AOk- caf\xc3\xa9 a+", "Hi 😀 José café a+"},
		{"encode", func() transform.Transformer { return &utf7Encoder{} }, "Hi 😀 José café a+", "Hi +2D3eAA- Jos+AOk- caf+AOk- a+-"},
	}
	for _, tt := range tests {
		for size := 8; size <= 16; size++ {
			t.Run(tt.name, func(t *testing.T) {
				got := drive(t, tt.t(), []byte(tt.in), size)
				if got != tt.want {
					t.Errorf("dst size %d: got %q, want %q", size, got, tt.want)
				}
			})
		}
	}
}

func drive(t *testing.T, tr transform.Transformer, src []byte, size int) string {
	t.Helper()
	var out []byte
	dst := make([]byte, size)
	avail := 0 // bytes of src offered so far
	for steps := 0; steps < 10000; steps++ {
		if avail < len(src) {
			avail++
		}
		atEOF := avail == len(src)
		nDst, nSrc, err := tr.Transform(dst, src[:avail], atEOF)
		out = append(out, dst[:nDst]...)
		src, avail = src[nSrc:], avail-nSrc
		switch err {
		case nil:
			if atEOF {
				return string(out)
			}
		case transform.ErrShortDst, transform.ErrShortSrc:
			if nDst == 0 && nSrc == 0 && err == transform.ErrShortDst && size >= 8 {
				t.Fatalf("no progress with a %d-byte buffer", size)
			}
		default:
			t.Fatalf("Transform: %v", err)
		}
	}
	t.Fatal("transformer did not finish")
	return ""
}

func TestDecodeAllocations(t *testing.T) {
	ascii := []byte("Re: your order 12345 has shipped")
	utf := []byte("Olá, a sua encomenda já foi enviada")
	tests := []struct {
		name  string
		label string
		in    []byte
		max   float64
	}{
		{"utf-8", "utf-8", utf, 1},
		{"ascii in latin-1", "ISO-8859-1", ascii, 1},
		{"ascii in shift_jis", "shift_jis", ascii, 1},
		{"ascii in iso-2022-jp", "iso-2022-jp", ascii, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := testing.AllocsPerRun(100, func() {
				if _, err := Decode(tt.in, tt.label); err != nil {
					t.Fatal(err)
				}
			})
			if got > tt.max {
				t.Errorf("Decode allocates %v times, want at most %v", got, tt.max)
			}
		})
	}
	dst := make([]byte, 0, 128)
	if got := testing.AllocsPerRun(100, func() { _, _ = AppendDecode(dst[:0], utf, "UTF-8") }); got != 0 {
		t.Errorf("AppendDecode allocates %v times, want 0", got)
	}
}
