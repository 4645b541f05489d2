package header_test

import (
	"fmt"

	"github.com/cartero/cartero/internal/header"
)

func ExampleDecodeText() {
	s, err := header.DecodeText("Re: =?UTF-8?B?SW5mb3JtYWNpww==?= =?UTF-8?B?s24gc29icmU=?= su pedido")
	fmt.Println(s, err)
	// Output: Re: Información sobre su pedido <nil>
}

func ExampleParseMediaType() {
	mt, params, err := header.ParseMediaType(`attachment; filename*=iso-8859-1''Caf%E9.pdf`)
	fmt.Println(mt, params["filename"], err)

	mt, params, err = header.ParseMediaType(`multipart/mixed; boundary=----=_Part_1`)
	fmt.Println(mt, params["boundary"], err)
	// Output:
	// attachment Café.pdf <nil>
	// multipart/mixed ----=_Part_1 <nil>
}

func ExampleParseAddressList() {
	list, err := header.ParseAddressList(`Pérez, Juan <juan@example.es>, maria@example.pt (María Conceição)`)
	for _, a := range list {
		fmt.Printf("%q <%s>\n", a.Name, a.Address)
	}
	fmt.Println(err)
	// Output:
	// "Pérez, Juan" <juan@example.es>
	// "María Conceição" <maria@example.pt>
	// header: malformed address: unquoted comma in name "Pérez, Juan <juan@example.es>"
}

func ExampleParseDate() {
	t, err := header.ParseDate("lun, 23 nov 2026 10:15:00 +0100 (Hora estándar romance)")
	fmt.Println(t, err)

	t, err = header.ParseDate("Mon, 23 Nov 2026 10:15:00")
	fmt.Println(t, err)
	// Output:
	// 2026-11-23 10:15:00 +0100 +0100 <nil>
	// 2026-11-23 10:15:00 +0000 UTC header: malformed date: missing time zone in "Mon, 23 Nov 2026 10:15:00"
}
