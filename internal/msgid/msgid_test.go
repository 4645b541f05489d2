package msgid

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"plain", "<abc@example.com>", "abc@example.com"},
		{"surrounding space", "  <abc@example.com>\r\n", "abc@example.com"},
		{"outlook", "<DM6PR11MB4react1234@DM6PR11MB4.namprd11.prod.outlook.com>", "DM6PR11MB4react1234@DM6PR11MB4.namprd11.prod.outlook.com"},
		{"gmail", "<CAKxyz+q=ABC_de-f@mail.gmail.com>", "CAKxyz+q=ABC_de-f@mail.gmail.com"},
		{"apple mail", "<5F2C1E0A-1B2C-4D3E-9F00-0123456789AB@icloud.com>", "5F2C1E0A-1B2C-4D3E-9F00-0123456789AB@icloud.com"},
		{"no brackets", "abc@example.com", "abc@example.com"},
		{"no brackets with comment", "abc@example.com (added by relay)", "abc@example.com"},
		{"single word without at", "1234567.890", "1234567.890"},
		{"two words without at", "no id here", ""},
		{"comment before", "(comment) <abc@x>", "abc@x"},
		{"nested comment with brackets", "(a (b <fake@x>) c) <real@x>", "real@x"},
		{"x400", `<"/c=us/admd=telemail/prmd=xyz/o=abc/s=smith/"@mhs.example.com>`, `"/c=us/admd=telemail/prmd=xyz/o=abc/s=smith/"@mhs.example.com`},
		{"folded inside brackets", "<abc.def\r\n @example.com>", "abc.def@example.com"},
		{"spaces inside brackets", "< abc@example.com >", "abc@example.com"},
		{"missing closing bracket", "<abc@example.com", "abc@example.com"},
		{"missing closing bracket then text", "<abc@example.com trailing junk", "abc@example.com"},
		{"double brackets", "<<abc@example.com>>", "abc@example.com"},
		{"first of two", "<a@x> <b@y>", "a@x"},
		{"bracketed wins over word", "junk@word <a@x>", "a@x"},
		{"empty", "", ""},
		{"only space", " \t ", ""},
		{"empty brackets", "<>", ""},
		{"empty brackets then id", "<> < > <abc@x>", "abc@x"},
		{"unterminated comment", "(oops <abc@x>", "abc@x"},
		{"unterminated quote", `"oops <abc@x>`, "abc@x"},
		{"invalid utf-8", "<caf\xe9@x>", "caf\ufffd@x"},
		{"utf-8 kept", "<olá@exemplo.pt>", "olá@exemplo.pt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Parse(tt.in); got != tt.want {
				t.Errorf("Parse(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseList(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"single", "<a@x>", []string{"a@x"}},
		{"space separated", "<a@x> <b@y> <c@z>", []string{"a@x", "b@y", "c@z"}},
		{"folded", "<a@x>\r\n <b@y>\r\n\t<c@z>", []string{"a@x", "b@y", "c@z"}},
		{"comma separated", "<a@x>, <b@y>,<c@z>", []string{"a@x", "b@y", "c@z"}},
		{"glued", "<a@b><c@d>", []string{"a@b", "c@d"}},
		{"duplicates keep first", "<a@x> <b@y> <a@x> <c@z> <b@y>", []string{"a@x", "b@y", "c@z"}},
		{"in-reply-to with text", `Your message of "Mon, 1 Jan 2026 10:00:00 +0100" <id@x>`, []string{"id@x"}},
		{"in-reply-to with trailing text", `<id@x> (Juan Pérez's message of "Mon, 1 Jan")`, []string{"id@x"}},
		{"old style", `<id@x> from juan@example.com at Mon, 1 Jan`, []string{"id@x"}},
		{"comments between", "<a@x> (first) <b@y> (second)", []string{"a@x", "b@y"}},
		{"no brackets words", "a@x b@y", []string{"a@x", "b@y"}},
		{"no brackets with junk", "see a@x and also b@y please", []string{"a@x", "b@y"}},
		{"words ignored when brackets exist", "a@x <b@y> c@z", []string{"b@y"}},
		{"empty ids dropped", "<> <a@x> < > <>", []string{"a@x"}},
		{"x400 among others", `<a@x> <"/c=us/s=smith/"@mhs.example.com>`, []string{"a@x", `"/c=us/s=smith/"@mhs.example.com`}},
		{"folded inside brackets", "<a@x> <very.long.id\r\n @example.com>", []string{"a@x", "very.long.id@example.com"}},
		{"missing final bracket", "<a@x> <b@y", []string{"a@x", "b@y"}},
		{"missing bracket in the middle", "<a@x <b@y> <c@z>", []string{"b@y", "c@z"}},
		{"empty", "", nil},
		{"junk only", "no identifiers here", nil},
		{"quoted string with brackets", `"<fake@x>" <real@y>`, []string{"real@y"}},
		{"unterminated comment", "<a@x> (oops <b@y>", []string{"a@x", "b@y"}},
		{"invalid utf-8", "<a\xff@x>", []string{"a\ufffd@x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ParseList(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseList(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseListBounds(t *testing.T) {
	tests := []struct {
		name string
		n    int
		sep  string
		want int
	}{
		{"under the limit", 50, " ", 50},
		{"at the limit", MaxIDs, "", MaxIDs},
		{"over the limit", 3 * MaxIDs, "\r\n ", MaxIDs},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			for i := 0; i < tt.n; i++ {
				fmt.Fprintf(&b, "<id%d@example.com>%s", i, tt.sep)
			}
			got := ParseList(b.String())
			if len(got) != tt.want {
				t.Fatalf("len(ParseList) = %d, want %d", len(got), tt.want)
			}
			if got[len(got)-1] != fmt.Sprintf("id%d@example.com", tt.want-1) {
				t.Errorf("last id = %q", got[len(got)-1])
			}
		})
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		id, want string
	}{
		{"a@x", "<a@x>"},
		{"", "<>"},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			if got := Format(tt.id); got != tt.want {
				t.Errorf("Format(%q) = %q, want %q", tt.id, got, tt.want)
			}
			if tt.id != "" {
				if got := Parse(Format(tt.id)); got != tt.id {
					t.Errorf("Parse(Format(%q)) = %q", tt.id, got)
				}
			}
		})
	}
}

func TestParseListAllocations(t *testing.T) {
	refs := "<a1@example.com> <b2@example.com>\r\n <c3@example.com>"
	if got := testing.AllocsPerRun(100, func() { ParseList(refs) }); got > 3 {
		t.Errorf("ParseList allocates %v times, want at most 3", got)
	}
	if got := testing.AllocsPerRun(100, func() { Parse("<a1@example.com>") }); got != 0 {
		t.Errorf("Parse allocates %v times, want 0", got)
	}
}

// TestLinear makes sure that inputs which would defeat naive scanning stay
// fast: unterminated comments, quotes and brackets repeated many times.
func TestLinear(t *testing.T) {
	for _, unit := range []string{"(", "\"", "<", "<a ", "((a)", "\\"} {
		t.Run(unit, func(t *testing.T) {
			s := strings.Repeat(unit, 200000)
			ParseList(s)
			Parse(s)
		})
	}
}
