package header

import "testing"

func BenchmarkDecodeText(b *testing.B) {
	cases := []struct {
		name, in string
	}{
		{"ascii", "Re: Your order #12345 has shipped"},
		{"utf-8 raw", "Re: Situação do seu pedido nº 12345"},
		{"q utf-8", "Re: =?utf-8?q?Situa=C3=A7=C3=A3o_do_seu_pedido_n=C2=BA_12345?="},
		{"b utf-8 two words", "=?UTF-8?B?SW5mb3JtYWNpww==?= =?UTF-8?B?s24gc29icmU=?="},
		{"q latin-1", "=?iso-8859-1?Q?Informaci=F3n_importante?="},
		{"iso-2022-jp", "=?ISO-2022-JP?B?GyRCJCpMZCQkGyhC?= =?ISO-2022-JP?B?GyRCOWckbyQ7GyhC?="},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.in)))
			for b.Loop() {
				_, _ = DecodeText(c.in)
			}
		})
	}
}

func BenchmarkParseMediaType(b *testing.B) {
	cases := []struct {
		name, in string
	}{
		{"bare", "text/plain"},
		{"charset", `text/plain; charset="utf-8"`},
		{"boundary", `multipart/alternative; boundary="000000000000a1b2c3d4e5f6"`},
		{"disposition", `attachment; filename="factura-2026-11.pdf"; size=48213`},
		{"encoded word", `application/pdf; name="=?UTF-8?B?w7FhbmR1LnBkZg==?="`},
		{"rfc 2231", `attachment; filename*0*=utf-8''Situa%C3; filename*1*=%A7%C3%A3o; filename*2=".pdf"`},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _, _ = ParseMediaType(c.in)
			}
		})
	}
}

func BenchmarkParseAddressList(b *testing.B) {
	cases := []struct {
		name, in string
	}{
		{"bare", "juan@example.com"},
		{"named", `"Juan Perez" <juan@example.com>`},
		{"list", `Juan Perez <juan@example.com>, "Maria Lopez" <maria@example.com>, pedro@example.com`},
		{"encoded", `=?utf-8?q?Jos=C3=A9_P=C3=A9rez?= <jose@example.com>`},
		{"unquoted comma", `Pérez, Juan <juan@example.com>`},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = ParseAddressList(c.in)
			}
		})
	}
}

func BenchmarkParseDate(b *testing.B) {
	cases := []struct {
		name, in string
	}{
		{"rfc 5322", "Mon, 23 Nov 2026 10:15:00 +0100"},
		{"comment", "Mon, 23 Nov 2026 10:15:00 +0100 (CET)"},
		{"named zone", "Mon, 23 Nov 2026 10:15:00 EST"},
		{"iso 8601", "2026-11-23T10:15:00+01:00"},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = ParseDate(c.in)
			}
		})
	}
}
