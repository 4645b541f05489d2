package header

import (
	"errors"
	"mime"
	"net/mail"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// checkKinds fails unless err is nil or matches one of the package's
// sentinels or a charset sentinel.
func checkKinds(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	for _, k := range kinds {
		if errors.Is(err, k) {
			return
		}
	}
	t.Fatalf("error %v matches no sentinel", err)
}

// hasControl reports whether s has ASCII control characters.
func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] == 0x7f {
			return true
		}
	}
	return false
}

func FuzzDecodeText(f *testing.F) {
	for _, s := range []string{
		"Re: plain",
		"=?utf-8?q?Ol=C3=A1?= =?UTF-8?B?w6E=?=",
		"=?iso-2022-jp?B?GyRCJDMkcyRLJEEkTxsoQg==?=",
		"=?utf-8*es?q?a?==?utf-8?q?b",
		"=?x?b?YQ==Yg==?= caf\xe9",
		"=??q??=",
		"a =? b ?= c",
		"=?utf-7?q?+AOE-?=",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := DecodeText(s)
		if !utf8.ValidString(got) {
			t.Fatalf("DecodeText(%q) = %q: invalid UTF-8", s, got)
		}
		checkKinds(t, err)
		if !strings.Contains(s, "=?") && !strings.ContainsAny(s, "\r\n") && utf8.ValidString(s) && got != s {
			t.Fatalf("DecodeText(%q) = %q, want the input", s, got)
		}
		if !utf8.ValidString(s) {
			return
		}
		for _, enc := range []mime.WordEncoder{mime.QEncoding, mime.BEncoding} {
			e := enc.Encode("utf-8", s)
			if e == s && strings.Contains(s, "=?") {
				continue // left as is, and not ours to keep literal
			}
			back, err := DecodeText(e)
			if err != nil || back != s {
				t.Fatalf("DecodeText(%q) = %q, %v; want %q", e, back, err, s)
			}
		}
	})
}

func FuzzParseMediaType(f *testing.F) {
	for _, s := range []string{
		`text/plain; charset="utf-8"`,
		`multipart/mixed; boundary=----=_Part_1`,
		`attachment; filename*0*=utf-8''Situa%C3; filename*1*=%A7%C3%A3o; filename*2=".pdf"`,
		`attachment; filename*=iso-8859-1''Caf%E9.pdf; filename="x"`,
		`application/pdf; name="=?UTF-8?B?w7FhbmR1LnBkZg==?="`,
		`text; format=flowed delsp=yes; x="a\"b" junk`,
		`attachment; filename="foo`,
		`"text/html"; =x; ;; y`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		mt, params, err := ParseMediaType(s)
		checkKinds(t, err)
		if !utf8.ValidString(mt) || mt != strings.ToLower(mt) {
			t.Fatalf("ParseMediaType(%q) media type %q", s, mt)
		}
		for k, v := range params {
			if k == "" || !utf8.ValidString(k) || !utf8.ValidString(v) || strings.ContainsAny(k, "*;= \t") {
				t.Fatalf("ParseMediaType(%q) param %q=%q", s, k, v)
			}
		}
		// Any text survives the standard library's encoding as a
		// file name.
		if !utf8.ValidString(s) || hasControl(s) || strings.Contains(s, "=?") {
			return
		}
		v := mime.FormatMediaType("attachment", map[string]string{"filename": s})
		if v == "" {
			return
		}
		mt, params, err = ParseMediaType(v)
		if err != nil || mt != "attachment" || params["filename"] != s {
			t.Fatalf("ParseMediaType(%q) = %q, %q, %v; want filename %q", v, mt, params, err, s)
		}
	})
}

func FuzzParseAddressList(f *testing.F) {
	for _, s := range []string{
		`"Pérez, Juan" <j@x.es>, maria@y.pt (María)`,
		`Pérez, Juan <j@x.es`,
		`Team: a@x, b@y; undisclosed-recipients:;`,
		`=?utf-8?q?Jos=C3=A9?= <j@x.es> <k@y> z@w`,
		`"unterminated <a@b>, (comment <c@d>`,
		`<@r1,@r2:j@x> mailto:a@b <>`,
		"jos\xe9@x.es",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		list, err := ParseAddressList(s)
		checkKinds(t, err)
		for _, a := range list {
			if a.Address == "" || !utf8.ValidString(a.Address) || !utf8.ValidString(a.Name) {
				t.Fatalf("ParseAddressList(%q) gave %q", s, a)
			}
			if a.Name != strings.TrimSpace(a.Name) {
				t.Fatalf("ParseAddressList(%q) gave untrimmed name %q", s, a.Name)
			}
		}
		// Any name survives the standard library's formatting.
		if !utf8.ValidString(s) || strings.Contains(s, "=?") {
			return
		}
		const addr = "juan@example.com"
		formatted := (&mail.Address{Name: s, Address: addr}).String()
		got, err := ParseAddressList(formatted)
		want := cleanName(s)
		if sameAddress(want, addr) {
			want = ""
		}
		if err != nil || len(got) != 1 || got[0] != (Address{Name: want, Address: addr}) {
			t.Fatalf("ParseAddressList(%q) = %q, %v; want name %q", formatted, got, err, want)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"Mon, 23 Nov 2026 10:15:00 +0100 (CET)",
		"23 de noviembre de 2026 10:15 -0300",
		"2026-11-23T10:15:00.5+01:00",
		"05/06/26 10:15 PM GMT+2",
		"mar, 24 mar 2026 10h15",
	} {
		f.Add(s, int64(1795425300), int32(3600))
	}
	f.Fuzz(func(t *testing.T, s string, sec int64, off int32) {
		got, err := ParseDate(s)
		checkKinds(t, err)
		if err == nil && got.IsZero() {
			t.Fatalf("ParseDate(%q) = zero time without error", s)
		}
		if !got.IsZero() && (got.Year() < 1970 || got.Year() > 9999) {
			t.Fatalf("ParseDate(%q) = %v: year out of range", s, got)
		}

		// Dates written by common layouts come back.
		const lo, hi = 0, 253402300799 // 1970 to 9999
		sec = lo + (sec%(hi-lo)+(hi-lo))%(hi-lo)
		zone := time.FixedZone("", int(off%(14*3600))/60*60)
		when := time.Unix(sec, 0).In(zone)
		if when.Year() < 1970 || when.Year() > 9999 {
			return
		}
		for _, layout := range []string{time.RFC1123Z, "Mon, 2 Jan 2006 15:04:05 -0700 (MST)", time.RFC3339, "2 Jan 2006 15:04 -07:00"} {
			text := when.Format(layout)
			back, err := ParseDate(text)
			if layout == "2 Jan 2006 15:04 -07:00" {
				when = when.Truncate(time.Minute)
			}
			if err != nil || !back.Equal(when) {
				t.Fatalf("ParseDate(%q) = %v, %v; want %v", text, back, err, when)
			}
		}
	})
}
