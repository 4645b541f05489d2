package header

import (
	"maps"
	"testing"

	"github.com/cartero/cartero/internal/charset"
)

func TestParseMediaType(t *testing.T) {
	type params = map[string]string
	tests := []struct {
		name   string
		in     string
		want   string
		params params
		errs   []error
	}{
		// Well-formed values.
		{"empty", "", "", nil, nil},
		{"blank", "  \r\n ", "", nil, nil},
		{"plain", "text/plain", "text/plain", nil, nil},
		{"charset", `text/plain; charset="utf-8"`, "text/plain", params{"charset": "utf-8"}, nil},
		{"upper case", `Text/HTML; Charset=UTF-8`, "text/html", params{"charset": "UTF-8"}, nil},
		{"multipart", `multipart/alternative; boundary="000000000000a1b2c3"`, "multipart/alternative", params{"boundary": "000000000000a1b2c3"}, nil},
		{"folded", "multipart/mixed;\r\n\tboundary=\"----=_NextPart_000_0012_01DA\"", "multipart/mixed", params{"boundary": "----=_NextPart_000_0012_01DA"}, nil},
		{"several", `text/plain; charset=utf-8; format=flowed; delsp=yes`, "text/plain", params{"charset": "utf-8", "format": "flowed", "delsp": "yes"}, nil},
		{"disposition", `attachment; filename="factura.pdf"`, "attachment", params{"filename": "factura.pdf"}, nil},
		{"disposition inline", `INLINE`, "inline", nil, nil},
		{"disposition with dates", `attachment; filename="a.pdf"; size=1234; creation-date="Mon, 23 Nov 2026 10:15:00 +0100"`, "attachment", params{"filename": "a.pdf", "size": "1234", "creation-date": "Mon, 23 Nov 2026 10:15:00 +0100"}, nil},
		{"escaped quote", `attachment; filename="say \"hola\".txt"`, "attachment", params{"filename": `say "hola".txt`}, nil},
		{"escaped backslash", `attachment; filename="a\\b.txt"`, "attachment", params{"filename": `a\b.txt`}, nil},
		{"windows path backslashes", `attachment; filename="C:\Users\juan\doc.pdf"`, "attachment", params{"filename": `C:\Users\juan\doc.pdf`}, nil},
		{"comment after type", `text/plain (texto); charset=us-ascii`, "text/plain", params{"charset": "us-ascii"}, nil},
		{"comment after value", `text/plain; charset=us-ascii (Plain text)`, "text/plain", params{"charset": "us-ascii"}, nil},
		{"spaces around slash", `text / plain; charset=utf-8`, "text/plain", params{"charset": "utf-8"}, nil},
		{"spaces around equals", `text/plain; charset = "utf-8"`, "text/plain", params{"charset": "utf-8"}, nil},
		{"stray semicolons", `text/plain;; charset=utf-8;`, "text/plain", params{"charset": "utf-8"}, nil},
		{"empty value", `text/plain; charset=""`, "text/plain", params{"charset": ""}, nil},

		// Unquoted tspecials are accepted.
		{"unquoted at sign", `application/pdf; name=foo@bar.pdf`, "application/pdf", params{"name": "foo@bar.pdf"}, nil},
		{"unquoted boundary with equals", `multipart/mixed; boundary=----=_Part_1_2345.678`, "multipart/mixed", params{"boundary": "----=_Part_1_2345.678"}, nil},
		{"unquoted slash", `multipart/related; type=text/html`, "multipart/related", params{"type": "text/html"}, nil},
		{"unquoted parentheses in file name", `attachment; filename=foto (1).jpg`, "attachment", params{"filename": "foto (1).jpg"}, []error{ErrMalformedParams}},

		// RFC 2231.
		{"extended latin-1", `attachment; filename*=iso-8859-1''Caf%E9.pdf`, "attachment", params{"filename": "Café.pdf"}, nil},
		{"extended utf-8", `attachment; filename*=utf-8''%E2%82%AC.txt`, "attachment", params{"filename": "€.txt"}, nil},
		{"extended with language", `attachment; filename*=UTF-8'es'Se%C3%B1or.doc`, "attachment", params{"filename": "Señor.doc"}, nil},
		{"extended windows-1252", `attachment; filename*=windows-1252''%93informe%94.pdf`, "attachment", params{"filename": "“informe”.pdf"}, nil},
		{"extended shift_jis", `attachment; filename*=shift_jis''%93%FA%96%7B.txt`, "attachment", params{"filename": "日本.txt"}, nil},
		{"extended beats plain", `attachment; filename="Caf.pdf"; filename*=utf-8''Caf%C3%A9.pdf`, "attachment", params{"filename": "Café.pdf"}, nil},
		{"extended beats plain after", `attachment; filename*=utf-8''Caf%C3%A9.pdf; filename="Caf.pdf"`, "attachment", params{"filename": "Café.pdf"}, nil},
		{"continuations", `attachment; filename*0="informe_"; filename*1="anual"; filename*2=".pdf"`, "attachment", params{"filename": "informe_anual.pdf"}, nil},
		{"extended continuations", `attachment; filename*0*=utf-8''Situa%C3; filename*1*=%A7%C3%A3o; filename*2=".pdf"`, "attachment", params{"filename": "Situação.pdf"}, nil},
		{"continuations out of order", `attachment; filename*1="b.pdf"; filename*0="a"`, "attachment", params{"filename": "ab.pdf"}, nil},
		{"continued encoded word", `attachment; filename*0="=?UTF-8?B?w7Fh"; filename*1="bmR1LnBkZg==?="`, "attachment", params{"filename": "ñandu.pdf"}, nil},
		{"continuation beats plain", `attachment; filename="short"; filename*0="long"; filename*1="name.txt"`, "attachment", params{"filename": "longname.txt"}, nil},
		{"continuation gap", `attachment; filename*0="a"; filename*2="c"`, "attachment", params{"filename": "ac"}, []error{ErrMalformedParams}},
		{"continuation without zero", `attachment; filename*1="b"`, "attachment", params{"filename": "b"}, []error{ErrMalformedParams}},
		{"duplicate section", `attachment; filename*0="a"; filename*0="b"`, "attachment", params{"filename": "a"}, []error{ErrMalformedParams}},
		{"bad section number", `attachment; filename*x="a"; size=1`, "attachment", params{"size": "1"}, []error{ErrMalformedParams}},
		{"extended without charset", `attachment; filename*=Caf%C3%A9.pdf`, "attachment", params{"filename": "Café.pdf"}, []error{ErrMalformedParams}},
		{"extended quoted", `attachment; filename*="utf-8''%E2%82%AC.txt"`, "attachment", params{"filename": "€.txt"}, []error{ErrMalformedParams}},
		{"extended bad percent", `attachment; filename*=utf-8''100%.txt`, "attachment", params{"filename": "100%.txt"}, []error{ErrMalformedParams}},
		{"extended unknown charset", `attachment; filename*=x-foo''Caf%C3%A9.pdf`, "attachment", params{"filename": "Café.pdf"}, []error{ErrMalformedParams, charset.ErrUnknown}},
		{"extended empty charset", `attachment; filename*=''Caf%E9.pdf`, "attachment", params{"filename": "Café.pdf"}, nil},

		// RFC 2047 and raw 8-bit values.
		{"encoded word quoted", `application/pdf; name="=?UTF-8?B?w7FhbmR1LnBkZg==?="`, "application/pdf", params{"name": "ñandu.pdf"}, nil},
		{"encoded word unquoted", `application/pdf; name==?UTF-8?Q?Factura_n=C2=BA1.pdf?=`, "application/pdf", params{"name": "Factura nº1.pdf"}, nil},
		{"outlook encoded file name", `attachment; filename="=?iso-8859-1?Q?Informaci=F3n.docx?="`, "attachment", params{"filename": "Información.docx"}, nil},
		{"raw utf-8", `attachment; filename="Situação.pdf"`, "attachment", params{"filename": "Situação.pdf"}, nil},
		{"raw latin-1", "attachment; filename=\"Informaci\xf3n.pdf\"", "attachment", params{"filename": "Información.pdf"}, nil},
		{"boundary not decoded", `multipart/mixed; boundary="=?utf-8?q?x?="`, "multipart/mixed", params{"boundary": "=?utf-8?q?x?="}, nil},
		{"bad encoded word in value", `attachment; filename="=?utf-8?B?***?="`, "attachment", params{"filename": "=?utf-8?B?***?="}, []error{ErrMalformedParams, ErrMalformedWord}},

		// Repairs.
		{"type without subtype text", `text; charset=utf-8`, "text/plain", params{"charset": "utf-8"}, []error{ErrMalformedParams}},
		{"type without subtype multipart", `multipart; boundary=x`, "multipart/mixed", params{"boundary": "x"}, []error{ErrMalformedParams}},
		{"type without subtype image", `image`, "application/octet-stream", nil, []error{ErrMalformedParams}},
		{"empty subtype", `text/`, "text/plain", nil, []error{ErrMalformedParams}},
		{"empty type", `/pdf`, "application/octet-stream", nil, []error{ErrMalformedParams}},
		{"quoted media type", `"text/html"; charset=utf-8`, "text/html", params{"charset": "utf-8"}, []error{ErrMalformedParams}},
		{"no media type", `charset=utf-8`, "", params{"charset": "utf-8"}, []error{ErrMalformedParams}},
		{"no media type before semicolon", `; charset=utf-8`, "", params{"charset": "utf-8"}, []error{ErrMalformedParams}},
		{"missing semicolon after type", `text/plain charset=utf-8`, "text/plain", params{"charset": "utf-8"}, []error{ErrMalformedParams}},
		{"missing semicolon between params", `text/plain; format=flowed delsp=yes`, "text/plain", params{"format": "flowed", "delsp": "yes"}, []error{ErrMalformedParams}},
		{"missing semicolon after quoted", `text/plain; charset="utf-8" format=flowed`, "text/plain", params{"charset": "utf-8", "format": "flowed"}, []error{ErrMalformedParams}},
		{"unquoted spaces", `attachment; filename=Factura Marzo.pdf`, "attachment", params{"filename": "Factura Marzo.pdf"}, []error{ErrMalformedParams}},
		{"missing closing quote", `attachment; filename="informe.pdf`, "attachment", params{"filename": "informe.pdf"}, []error{ErrMalformedParams}},
		{"missing closing quote swallows", `attachment; filename="informe.pdf; size=10`, "attachment", params{"filename": "informe.pdf; size=10"}, []error{ErrMalformedParams}},
		{"missing equals", `attachment; filename; size=3`, "attachment", params{"size": "3"}, []error{ErrMalformedParams}},
		{"missing equals at end", `attachment; filename`, "attachment", nil, []error{ErrMalformedParams}},
		{"missing name", `text/plain; =utf-8; format=flowed`, "text/plain", params{"format": "flowed"}, []error{ErrMalformedParams}},
		{"glued after quote", `attachment; filename="informe".pdf`, "attachment", params{"filename": "informe.pdf"}, []error{ErrMalformedParams}},
		{"garbage after quote", `attachment; filename="informe.pdf" junk junk; size=3`, "attachment", params{"filename": "informe.pdf", "size": "3"}, []error{ErrMalformedParams}},
		{"duplicate first wins", `attachment; filename="a.pdf"; FILENAME="b.pdf"`, "attachment", params{"filename": "a.pdf"}, []error{ErrMalformedParams}},
		{"trailing garbage", `text/plain; charset=utf-8; ???`, "text/plain", params{"charset": "utf-8"}, []error{ErrMalformedParams}},
		{"8-bit media type", "text/pl\xe1in", "text/pláin", nil, []error{ErrMalformedParams}},
		{"quote as a name", `text/plain; "charset"=utf-8; format=flowed`, "text/plain", params{"format": "flowed"}, []error{ErrMalformedParams}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mt, params, err := ParseMediaType(tt.in)
			if mt != tt.want {
				t.Errorf("ParseMediaType(%q) media type = %q, want %q", tt.in, mt, tt.want)
			}
			if !maps.Equal(params, tt.params) {
				t.Errorf("ParseMediaType(%q) params = %q, want %q", tt.in, params, tt.params)
			}
			checkErrs(t, err, tt.errs)
		})
	}
}

func TestParseMediaTypeAllocations(t *testing.T) {
	tests := []struct {
		in  string
		max float64
	}{
		{"text/plain", 0},
		{`text/plain; charset="utf-8"`, 2},
		{`multipart/alternative; boundary="000000000000a1b2c3"`, 2},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if n := testing.AllocsPerRun(100, func() { _, _, _ = ParseMediaType(tt.in) }); n > tt.max {
				t.Errorf("ParseMediaType(%q) allocates %v times, want at most %v", tt.in, n, tt.max)
			}
		})
	}
}
