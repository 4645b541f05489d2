package correspondence

import (
	"github.com/cartero/cartero/internal/quote/quotetest"

	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// corpusGroups returns the language and the format of a corpus message
// from its name: "es-gmail-html-01" is Spanish and gmail-html; every
// "noquote-…" message is in the noquote format.
func corpusGroups(name string) (lang, format string) {
	lang, rest, _ := strings.Cut(name, "-")
	if i := strings.LastIndexByte(rest, '-'); i >= 0 && strings.Trim(rest[i+1:], "0123456789") == "" {
		rest = rest[:i]
	}
	if strings.HasPrefix(rest, "noquote") {
		rest = "noquote"
	}
	return lang, rest
}

// goldenSplit formats a split for its golden file.
func goldenSplit(sp Split) []byte {
	var b strings.Builder
	for _, f := range []struct{ name, text string }{
		{"new", sp.New}, {"quoted", sp.Quoted}, {"signature", sp.Signature}, {"forwarded", sp.Forwarded},
	} {
		fmt.Fprintf(&b, "=== %s\n", f.name)
		if f.text != "" {
			b.WriteString(f.text)
			b.WriteByte('\n')
		}
	}
	return []byte(b.String())
}

// TestSplitCorpus parses every message of testdata/reply and compares the
// new text Parse found with the hand-written .want beside it. It reports
// the exact-match rate, overall and by language and format, and fails
// below 95%, or when a message without any quote (named "noquote") loses
// anything. A .fwd file holds a line the forwarded content must contain.
// The whole split of each message is kept in testdata/split/NAME.golden
// (go test -update rewrites them).
func TestSplitCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "reply", "*.eml"))
	if len(files) == 0 {
		t.Skip("no corpus in testdata/reply")
	}
	type tally struct{ n, ok int }
	total := tally{}
	byLang, byFormat := map[string]*tally{}, map[string]*tally{}
	count := func(m map[string]*tally, k string, ok bool) {
		if m[k] == nil {
			m[k] = &tally{}
		}
		m[k].n++
		if ok {
			m[k].ok++
		}
	}
	var misses []string
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".eml")
		want, err := os.ReadFile(strings.TrimSuffix(file, ".eml") + ".want")
		if err != nil {
			continue // being written
		}
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		m, err := ParseBytes(raw)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		got, exp := quotetest.Normalize(m.Split.New), quotetest.Normalize(string(want))
		ok := got == exp
		lang, format := corpusGroups(name)
		total.n++
		if ok {
			total.ok++
		} else {
			misses = append(misses, name)
			diff := cmp.Diff(exp, got)
			if format == "noquote" {
				t.Errorf("%s: a message without quotes lost text (-want +got):\n%s", name, diff)
			} else {
				t.Logf("%s: new text differs (-want +got):\n%s", name, diff)
			}
		}
		count(byLang, lang, ok)
		count(byFormat, format, ok)
		if fwd, err := os.ReadFile(strings.TrimSuffix(file, ".eml") + ".fwd"); err == nil {
			line := strings.TrimSpace(string(fwd))
			if m.Split.Forwarded == "" || !strings.Contains(m.Split.Forwarded, line) {
				t.Errorf("%s: forwarded content %q does not hold %q", name, m.Split.Forwarded, line)
			}
		}
		end := 0
		for _, s := range m.Split.Segments {
			if s.Start != end || s.End-s.Start != len(s.Text) {
				t.Fatalf("%s: segment [%d,%d) after %d", name, s.Start, s.End, end)
			}
			end = s.End
		}
		checkFields(t, m.Split, true)
		golden(t, filepath.Join("testdata", "split", name+".golden"), goldenSplit(m.Split))
	}
	if total.n == 0 {
		t.Skip("no .want files yet")
	}
	rate := func(x tally) string { return fmt.Sprintf("%d/%d (%.1f%%)", x.ok, x.n, 100*float64(x.ok)/float64(x.n)) }
	t.Logf("exact new text: %s", rate(total))
	for _, m := range []map[string]*tally{byLang, byFormat} {
		keys := slices.Sorted(func(yield func(string) bool) {
			for k := range m {
				if !yield(k) {
					return
				}
			}
		})
		for _, k := range keys {
			t.Logf("  %-18s %s", k, rate(*m[k]))
		}
	}
	if len(misses) > 0 {
		t.Logf("differing: %s", strings.Join(misses, " "))
	}
	if float64(total.ok) < 0.95*float64(total.n) {
		t.Errorf("exact-match rate %s is below 95%%", rate(total))
	}
}

// TestSplitPathological splits inputs built to make a careless splitter
// slow. The issue's two cases (5 MB of nested quotes, a 100,000-line
// signature) run at full size; the other shapes at 1 MB, so that the test
// stays fast under the race detector. Each must take well under a
// second; the test allows 2 s for loaded machines. internal/quote checks
// that the time grows linearly with the size.
func TestSplitPathological(t *testing.T) {
	repeat := func(unit string, size int) string { return strings.Repeat(unit, size/len(unit)+1)[:size] }
	var nested strings.Builder
	for nested.Len() < 5<<20 {
		for d := 1; d <= 200 && nested.Len() < 5<<20; d++ {
			nested.WriteString(strings.Repeat("> ", d))
			nested.WriteString("texto citado\n")
		}
	}
	var sig strings.Builder
	sig.WriteString("Hola, adjunto la factura.\n\nUn saludo,\n-- \n")
	for i := range 100000 {
		fmt.Fprintf(&sig, "Ana García Ruiz %d\n", i)
	}
	var names strings.Builder
	names.WriteString("Hola.\n\nGracias,\n")
	for range 100000 {
		names.WriteString("Ana García\nTel. 600 000 000\n")
	}
	const mb = 1 << 20
	tests := []struct{ name, text string }{
		{"5 MB of nested quotes", nested.String()},
		{"100,000-line signature", sig.String()},
		{"100,000 name and phone lines", names.String()},
		{"one deep line", repeat(">", mb)},
		{"deep lines", repeat(strings.Repeat(">", 5000)+"\n", mb)},
		{"alternating quotes and answers", repeat("> pregunta\nrespuesta\n", mb)},
		{"attribution-like lines", repeat("El lun, 23 nov 2026 a las 10:15, Ana <ana@example.com> escribió:\n", mb)},
		{"wrapped attribution starts", repeat("El lun, 23 nov 2026 a las 10:15, Ana\n", mb)},
		{"header fields", repeat("De: Ana <ana@example.com>\nPara: b@example.com\n", mb)},
		{"separators", repeat("________________________________\n", mb)},
		{"delimiters", repeat("--\n", mb)},
		{"blank lines", repeat("\n", mb)},
		{"closings", repeat("Gracias,\n", mb)},
		{"names", repeat("Ana García\n", mb)},
		{"long line", repeat("palabra ", mb)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			sp := SplitText(tt.text)
			d := time.Since(start)
			t.Logf("%d bytes in %v", len(tt.text), d)
			if d > 2*time.Second {
				t.Errorf("took %v", d)
			}
			if n := len(sp.New) + len(sp.Quoted) + len(sp.Signature) + len(sp.Forwarded); n == 0 && strings.TrimSpace(tt.text) != "" {
				t.Errorf("lost the text")
			}
		})
	}
	t.Run("html", func(t *testing.T) {
		html := strings.Repeat(`<blockquote type="cite"><div class="gmail_quote">`, 2000) + repeat("<div>texto</div>", mb)
		start := time.Now()
		SplitHTML(html)
		d := time.Since(start)
		t.Logf("%d bytes in %v", len(html), d)
		if d > 2*time.Second {
			t.Errorf("took %v", d)
		}
	})
}

func ExampleSplitText() {
	sp := SplitText(`Hola Lucía:

Sigue sin llegar el pedido 4471. ¿Pueden revisarlo?

Un saludo,
María Pérez
Tel. 600 000 471

El lun, 23 nov 2026 a las 10:15, Lucía Marín <soporte@tiendasol.example> escribió:
> Hola María:
>
> El pedido sale hoy.
`)
	fmt.Printf("new:\n%s\n\nsignature:\n%s\n\nquoted:\n%s\n", sp.New, sp.Signature, sp.Quoted)
	for _, s := range sp.Segments {
		fmt.Printf("%v [%d,%d) ", s.Kind, s.Start, s.End)
	}
	fmt.Println()
	// Output:
	// new:
	// Hola Lucía:
	//
	// Sigue sin llegar el pedido 4471. ¿Pueden revisarlo?
	//
	// Un saludo,
	//
	// signature:
	// María Pérez
	// Tel. 600 000 471
	//
	// quoted:
	// El lun, 23 nov 2026 a las 10:15, Lucía Marín <soporte@tiendasol.example> escribió:
	// > Hola María:
	// >
	// > El pedido sale hoy.
	// new [0,79) signature [79,111) quoted [111,236)
}

func ExampleSplitHTML() {
	sp := SplitHTML(`<div dir="ltr">Thanks, that fixed it.<div><br></div><div>Best,</div><div>Dana</div></div>` +
		`<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Nov 23, 2026 at 10:15 AM Priya &lt;priya@ledgerly.example&gt; wrote:<br></div>` +
		`<blockquote class="gmail_quote"><div>Could you reconnect the bank feed?</div></blockquote></div>`)
	fmt.Printf("%q\n%q\n", sp.New, sp.Signature)
	// Output:
	// "Thanks, that fixed it.\n\nBest,"
	// "Dana"
}

func TestSplitMessage(t *testing.T) {
	tests := []struct {
		name string
		m    Message
		want Split
	}{
		{
			name: "html body",
			m:    Message{Text: "ignored", HTML: "<p>Hola</p>"},
			want: Split{New: "Hola"},
		},
		{
			name: "html that shows nothing falls back to the text",
			m:    Message{Text: "Hola", HTML: `<img src="cid:x">`},
			want: Split{New: "Hola"},
		},
		{
			name: "outlook forward by subject",
			m:    Message{Subject: "RV: Pedido", Text: "Te lo paso.\n\n-----Mensaje original-----\nDe: Tienda <t@example.com>\nEnviado el: lunes, 23 de noviembre de 2026 10:15\nPara: yo@example.com\nAsunto: Pedido\n\nSu pedido."},
			want: Split{New: "Te lo paso.", Forwarded: "-----Mensaje original-----\nDe: Tienda <t@example.com>\nEnviado el: lunes, 23 de noviembre de 2026 10:15\nPara: yo@example.com\nAsunto: Pedido\n\nSu pedido."},
		},
		{
			name: "the same block in a reply is history",
			m:    Message{Subject: "RE: RV: Pedido", Text: "Gracias.\n\n-----Mensaje original-----\nDe: Tienda"},
			want: Split{New: "Gracias.", Quoted: "-----Mensaje original-----\nDe: Tienda"},
		},
		{name: "empty", m: Message{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := splitMessage(&tt.m)
			got.Segments = nil
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("split differs (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSegmentKindString(t *testing.T) {
	for k, want := range map[SegmentKind]string{New: "new", Quoted: "quoted", Signature: "signature", Forwarded: "forwarded", 7: "SegmentKind(7)"} {
		if got := k.String(); got != want {
			t.Errorf("%d: %q, want %q", int(k), got, want)
		}
	}
}
