package header

import (
	"errors"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/cartero/cartero/internal/charset"
)

func TestParseAddressList(t *testing.T) {
	type A = Address
	tests := []struct {
		name string
		in   string
		want []Address
		errs []error
	}{
		// Well-formed lists.
		{"bare address", "juan@example.com", []A{{"", "juan@example.com"}}, nil},
		{"angle address", "<juan@example.com>", []A{{"", "juan@example.com"}}, nil},
		{"name and address", "Juan Perez <juan@example.com>", []A{{"Juan Perez", "juan@example.com"}}, nil},
		{"quoted name", `"Juan Perez" <juan@example.com>`, []A{{"Juan Perez", "juan@example.com"}}, nil},
		{"quoted name with comma", `"Pérez, Juan" <j@x.es>`, []A{{"Pérez, Juan", "j@x.es"}}, nil},
		{"quoted name with dots", `"J. R. Pérez" <j@x.es>`, []A{{"J. R. Pérez", "j@x.es"}}, nil},
		{"unquoted dots", `J. R. Perez <j@x.es>`, []A{{"J. R. Perez", "j@x.es"}}, nil},
		{"escaped quote in name", `"Juan \"Juanito\" Pérez" <j@x.es>`, []A{{`Juan "Juanito" Pérez`, "j@x.es"}}, nil},
		{"list", `Juan <j@x.es>, "María" <m@y.pt>, pedro@z.com`, []A{{"Juan", "j@x.es"}, {"María", "m@y.pt"}, {"", "pedro@z.com"}}, nil},
		{"folded list", "Juan <j@x.es>,\r\n\t\"María\" <m@y.pt>", []A{{"Juan", "j@x.es"}, {"María", "m@y.pt"}}, nil},
		{"comment as name", "j@x.es (Juan Pérez)", []A{{"Juan Pérez", "j@x.es"}}, nil},
		{"comment after angle", "<j@x.es> (Juan Pérez)", []A{{"Juan Pérez", "j@x.es"}}, nil},
		{"comment ignored with name", "Juan <j@x.es> (Ventas)", []A{{"Juan", "j@x.es"}}, nil},
		{"comment inside name", "Juan (Ventas) Pérez <j@x.es>", []A{{"Juan Pérez", "j@x.es"}}, nil},
		{"group", "Team: a@x.es, b@y.es;", []A{{"", "a@x.es"}, {"", "b@y.es"}}, nil},
		{"group then address", "Team: a@x.es; c@z.es", []A{{"", "a@x.es"}, {"", "c@z.es"}}, nil},
		{"empty group", "undisclosed-recipients:;", nil, nil},
		{"empty group with spaces", "Undisclosed recipients: ;", nil, nil},
		{"trailing comma", "a@x.es,", []A{{"", "a@x.es"}}, nil},
		{"empty elements", ",, a@x.es ,, b@y.es,", []A{{"", "a@x.es"}, {"", "b@y.es"}}, nil},
		{"empty", "", nil, nil},
		{"utf-8 address", "josé@ejemplo.es", []A{{"", "josé@ejemplo.es"}}, nil},
		{"idn domain", "Juan <juan@españa.es>", []A{{"Juan", "juan@españa.es"}}, nil},
		{"source route", "<@relay1,@relay2:j@x.es>", []A{{"", "j@x.es"}}, nil},
		{"quoted local part", `"juan perez"@x.es`, []A{{"", `"juan perez"@x.es`}}, nil},
		{"spaces around at", "juan @ x.es", []A{{"", "juan@x.es"}}, nil},

		// Names from various clients.
		{"outlook single quotes", "'Juan Pérez' <j@x.es>", []A{{"Juan Pérez", "j@x.es"}}, nil},
		{"outlook quoted single quotes", `"'Juan Pérez'" <j@x.es>`, []A{{"Juan Pérez", "j@x.es"}}, nil},
		{"encoded name", "=?utf-8?q?Jos=C3=A9_P=C3=A9rez?= <j@x.es>", []A{{"José Pérez", "j@x.es"}}, nil},
		{"encoded name in quotes", `"=?utf-8?q?Jos=C3=A9?=" <j@x.es>`, []A{{"José", "j@x.es"}}, nil},
		{"encoded name latin-1", "=?ISO-8859-1?Q?Jo=E3o_Concei=E7=E3o?= <joao@x.pt>", []A{{"João Conceição", "joao@x.pt"}}, nil},
		{"encoded name split words", "=?UTF-8?B?Sm9zw6k=?= =?UTF-8?B?IFDDqXJleg==?= <j@x.es>", []A{{"José Pérez", "j@x.es"}}, nil},
		{"encoded name and words", "=?utf-8?q?Jos=C3=A9?= Pérez <j@x.es>", []A{{"José Pérez", "j@x.es"}}, nil},
		{"encoded comma in name", "=?utf-8?q?P=C3=A9rez=2C_Juan?= <j@x.es>", []A{{"Pérez, Juan", "j@x.es"}}, nil},
		{"encoded comment", "j@x.es (=?utf-8?q?Jos=C3=A9?=)", []A{{"José", "j@x.es"}}, nil},
		{"raw utf-8 name", "José Pérez <j@x.es>", []A{{"José Pérez", "j@x.es"}}, nil},
		{"raw latin-1 name", "Jos\xe9 P\xe9rez <j@x.es>", []A{{"José Pérez", "j@x.es"}}, nil},
		{"name equals address", `"j@x.es" <j@x.es>`, []A{{"", "j@x.es"}}, nil},
		{"name equals address other case", `J@X.ES <j@x.es>`, []A{{"", "j@x.es"}}, nil},
		{"name is bracketed address", `"<j@x.es>" <j@x.es>`, []A{{"", "j@x.es"}}, nil},
		{"name with extra spaces", "  Juan    Pérez   <j@x.es>", []A{{"Juan Pérez", "j@x.es"}}, nil},
		{"unknown charset in name", "=?x-foo?q?Jos=E9?= <j@x.es>", []A{{"José", "j@x.es"}}, []error{charset.ErrUnknown}},

		// Repairs.
		{"unquoted comma", "Pérez, Juan <j@x.es>", []A{{"Pérez, Juan", "j@x.es"}}, []error{ErrMalformedAddress}},
		{"unquoted comma in list", "Pérez, Juan <j@x.es>, María <m@y.pt>", []A{{"Pérez, Juan", "j@x.es"}, {"María", "m@y.pt"}}, []error{ErrMalformedAddress}},
		{"missing closing bracket", "Juan <j@x.es", []A{{"Juan", "j@x.es"}}, []error{ErrMalformedAddress}},
		{"missing closing bracket in list", "Juan <j@x.es, María <m@y.pt>", []A{{"Juan", "j@x.es"}, {"María", "m@y.pt"}}, []error{ErrMalformedAddress}},
		{"stray closing bracket", "j@x.es>", []A{{"", "j@x.es"}}, []error{ErrMalformedAddress}},
		{"empty angle", "<>", nil, []error{ErrMalformedAddress}},
		{"empty angle in list", "Nadie <>, a@x.es", []A{{"", "a@x.es"}}, []error{ErrMalformedAddress}},
		{"no domain", "postmaster", []A{{"", "postmaster"}}, []error{ErrMalformedAddress}},
		{"no domain in angle", "Juan Pérez <juan>", []A{{"Juan Pérez", "juan"}}, []error{ErrMalformedAddress}},
		{"empty domain", "juan@", []A{{"", "juan@"}}, []error{ErrMalformedAddress}},
		{"missing comma bare", "a@x.es b@y.es", []A{{"", "a@x.es"}, {"", "b@y.es"}}, []error{ErrMalformedAddress}},
		{"missing comma angles", "<a@x.es> <b@y.es>", []A{{"", "a@x.es"}, {"", "b@y.es"}}, []error{ErrMalformedAddress}},
		{"missing comma names", "Juan <a@x.es> María <b@y.es>", []A{{"Juan", "a@x.es"}, {"María", "b@y.es"}}, []error{ErrMalformedAddress}},
		{"missing comma after angle", "<a@x.es> b@y.es", []A{{"", "a@x.es"}, {"", "b@y.es"}}, []error{ErrMalformedAddress}},
		{"name without brackets", "Juan Pérez j@x.es", []A{{"Juan Pérez", "j@x.es"}}, []error{ErrMalformedAddress}},
		{"semicolon separator", "a@x.es; b@y.es", []A{{"", "a@x.es"}, {"", "b@y.es"}}, []error{ErrMalformedAddress}},
		{"unterminated group", "Team: a@x.es, b@y.es", []A{{"", "a@x.es"}, {"", "b@y.es"}}, []error{ErrMalformedAddress}},
		{"mailto", "Juan <mailto:j@x.es>", []A{{"Juan", "j@x.es"}}, []error{ErrMalformedAddress}},
		{"junk words", "hola que tal", nil, []error{ErrMalformedAddress}},
		{"junk after address", "<j@x.es> hola", []A{{"", "j@x.es"}}, []error{ErrMalformedAddress}},
		{"unterminated quote", `"Juan <j@x.es>`, []A{{"Juan", "j@x.es"}}, []error{ErrMalformedAddress}},
		{"unterminated comment", "j@x.es (Juan, m@y.pt", []A{{"Juan", "j@x.es"}, {"", "m@y.pt"}}, []error{ErrMalformedAddress}},
		{"latin-1 in address", "jos\xe9@x.es", []A{{"", "josé@x.es"}}, []error{ErrMalformedAddress}},
		{"folded address", "<juan.perez@\r\n example.com>", []A{{"", "juan.perez@example.com"}}, nil},
		{"nested brackets", "Juan <<j@x.es>>", []A{{"Juan", "j@x.es"}}, []error{ErrMalformedAddress}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseAddressList(tt.in)
			if !slices.Equal(got, tt.want) {
				t.Errorf("ParseAddressList(%q) = %q, want %q", tt.in, got, tt.want)
			}
			checkErrs(t, err, tt.errs)
		})
	}
}

func TestParseAddressListAllocations(t *testing.T) {
	tests := []struct {
		in  string
		max float64
	}{
		{"juan@example.com", 1},
		{`"Juan Perez" <juan@example.com>`, 1},
		{`Juan Perez <juan@example.com>, maria@example.com`, 2},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if n := testing.AllocsPerRun(100, func() { _, _ = ParseAddressList(tt.in) }); n > tt.max {
				t.Errorf("ParseAddressList(%q) allocates %v times, want at most %v", tt.in, n, tt.max)
			}
		})
	}
}

// TestParseAddressListLongElement checks that an element of more words than
// any address holds is reported, that the addresses around it survive, and
// that it costs memory in proportion to one element, not to the input.
func TestParseAddressListLongElement(t *testing.T) {
	words := strings.Repeat("palabra ", 10*maxElementItems)
	tests := []struct {
		name string
		in   string
		want []Address
	}{
		{"junk between addresses", "a@x.es, " + words + ", b@y.es",
			[]Address{{Address: "a@x.es"}, {Address: "b@y.es"}}},
		{"address after a long name and a stray comma", "x, " + words + "<c@z.es>",
			[]Address{{Address: "x"}, {Address: "c@z.es"}}},
		{"addresses without commas", strings.Repeat("d@x.es ", 2*maxElementItems),
			slices.Repeat([]Address{{Address: "d@x.es"}}, 2*maxElementItems)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseAddressList(tt.in)
			if !errors.Is(err, ErrMalformedAddress) {
				t.Errorf("err = %v, want ErrMalformedAddress", err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d addresses, want %d: %q", len(got), len(tt.want), got)
			}
			for k := range got {
				if got[k].Address != tt.want[k].Address {
					t.Errorf("address %d = %q, want %q", k, got[k].Address, tt.want[k].Address)
				}
			}
		})
	}
	in := strings.Repeat("a b ", 1<<14)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, _ = ParseAddressList(in)
	runtime.ReadMemStats(&after)
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 4*uint64(len(in)) {
		t.Errorf("a %d-byte element allocated %d bytes", len(in), alloc)
	}
}
