package charset

import (
	"bytes"
	"errors"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

func FuzzDecode(f *testing.F) {
	seeds := []struct {
		in    string
		label string
	}{
		{"Olá", "utf-8"},
		{"Caf\xe9", "iso-8859-1"},
		{"Hi Mom -+Jjo--!", "utf-7"},
		{"+2D3eAA-", "utf-7"},
		{"+2D0", "utf-7"},
		{"\xff\xfeh\x00i\x00", "utf-16"},
		{"\x00h\xd8", "utf-16be"},
		{"\x1b$B$3$s\x1b(B", "iso-2022-jp"},
		{"~{<:Ky2;S{#,~}", "hz-gb-2312"},
		{"\x82\xb1\x82", "shift_jis"},
		{"\x84\x31\xa4\x37", "gb18030"},
		{"\x00\x00\xfe\xff\x00\x00\x00h", "utf-32"},
		{"Ol\xe1 se\xc3\xb1or", ""},
		{"abc", "x-unknown"},
		{"\xc8\x85", "ibm037"},
	}
	for _, s := range seeds {
		f.Add([]byte(s.in), s.label)
	}
	f.Fuzz(func(t *testing.T, b []byte, label string) {
		orig := bytes.Clone(b)
		got, err := Decode(b, label)
		if !bytes.Equal(b, orig) {
			t.Fatalf("Decode modified its input")
		}
		if !utf8.ValidString(got) {
			t.Fatalf("Decode(%q, %q) = %q: invalid UTF-8", b, label, got)
		}
		if err != nil && !errors.Is(err, ErrUnknown) && !errors.Is(err, ErrMalformed) {
			t.Fatalf("Decode(%q, %q) error %v matches no sentinel", b, label, err)
		}
		app, err2 := AppendDecode([]byte("prefix"), b, label)
		if string(app) != "prefix"+got || (err == nil) != (err2 == nil) {
			t.Fatalf("AppendDecode(%q, %q) = %q, %v; Decode = %q, %v", b, label, app, err2, got, err)
		}
		sp, known := lookup(label)
		if known && asciiSafe(b, sp.kind) && got != string(b) {
			t.Fatalf("ASCII input %q in %q decoded to %q", b, label, got)
		}
		blank := trimLabel(label) == ""
		if known == errors.Is(err, ErrUnknown) && !blank {
			t.Fatalf("Decode(%q, %q) error %v disagrees with lookup %v", b, label, err, known)
		}

		// Whatever UTF-8 text the input holds must survive UTF-7 and
		// UTF-16 in either byte order.
		if utf8.Valid(b) {
			for _, order := range []unicode.Endianness{unicode.BigEndian, unicode.LittleEndian} {
				e, err := unicode.UTF16(order, unicode.UseBOM).NewEncoder().Bytes(b)
				if err != nil {
					t.Fatalf("UTF-16 encode %q: %v", b, err)
				}
				back, err := Decode(e, "utf-16")
				if err != nil || back != string(b) {
					t.Fatalf("UTF-16 round trip of %q via %q = %q, %v", b, e, back, err)
				}
			}
			enc, _ := Lookup("utf-7")
			e, err := enc.NewEncoder().Bytes(b)
			if err != nil {
				t.Fatalf("UTF-7 encode %q: %v", b, err)
			}
			back, err := Decode(e, "utf-7")
			if err != nil || back != string(b) {
				t.Fatalf("UTF-7 round trip of %q via %q = %q, %v", b, e, back, err)
			}
		}
	})
}
