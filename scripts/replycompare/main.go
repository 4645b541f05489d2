//go:build replycompare

// Command replycompare compares Cartero's reply splitter with other
// splitters on the reply corpus (correspondence/testdata/reply).
//
//	go run -tags replycompare ./scripts/replycompare export DIR
//	go run -tags replycompare ./scripts/replycompare score DIR
//
// export writes, for each message NAME of the corpus, DIR/NAME.txt (the
// plain text a splitter is given: Message.Text, which for HTML-only mail
// is Cartero's rendering, with "> " before quoted lines),
// DIR/NAME.want (the expected new text), DIR/NAME.kind ("text" or
// "html"), DIR/NAME.cartero (Message.Split.New, from the HTML body when
// there is one) and DIR/NAME.cartero-text (SplitText of NAME.txt, the
// same input the other splitters get). The other splitters write
// DIR/NAME.<tool>. score compares every DIR/NAME.<tool> with
// DIR/NAME.want after the same normalization ("\n" line ends, no trailing
// spaces, no blank lines at either end) and prints a table. run.sh does
// all of it.
package main

import (
	"github.com/cartero/cartero/internal/quote/quotetest"

	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/cartero/cartero/correspondence"
)

// tools are the outputs score compares, in the order of the table.
var tools = []struct{ ext, name string }{
	{"cartero", "Cartero (Parse: HTML body when present)"},
	{"cartero-text", "Cartero SplitText(msg.Text)"},
	{"trimmer", "email_reply_trimmer (Discourse)"},
	{"erp", "email-reply-parser (npm)"},
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: replycompare export|score DIR")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "export":
		err = export(os.Args[2])
	case "score":
		err = score(os.Args[2])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "replycompare:", err)
		os.Exit(1)
	}
}

// corpus is the folder of the reply corpus, from the module root.
const corpus = "correspondence/testdata/reply"

func export(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	files, err := filepath.Glob(filepath.Join(corpus, "*.eml"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no messages in %s (run from the module root)", corpus)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".eml")
		want, err := os.ReadFile(strings.TrimSuffix(f, ".eml") + ".want")
		if err != nil {
			continue
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		m, err := correspondence.ParseBytes(raw)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		kind := "text"
		if m.HTML != "" {
			kind = "html"
		}
		for ext, content := range map[string]string{
			"txt":          m.Text,
			"want":         string(want),
			"kind":         kind,
			"cartero":      m.Split.New,
			"cartero-text": correspondence.SplitText(m.Text).New,
		} {
			if err := os.WriteFile(filepath.Join(dir, name+"."+ext), []byte(content), 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// lostText reports whether got misses a line of want: the splitter threw
// away something the customer wrote.
func lostText(got, want string) bool {
	have := map[string]int{}
	for _, l := range strings.Split(got, "\n") {
		have[strings.TrimSpace(l)]++
	}
	for _, l := range strings.Split(want, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if have[l] == 0 {
			return true
		}
		have[l]--
	}
	return false
}

type tally struct{ n, ok int }

func (t tally) String() string {
	if t.n == 0 {
		return "–"
	}
	return fmt.Sprintf("%d/%d (%.1f%%)", t.ok, t.n, 100*float64(t.ok)/float64(t.n))
}

func score(dir string) error {
	wants, err := filepath.Glob(filepath.Join(dir, "*.want"))
	if err != nil || len(wants) == 0 {
		return fmt.Errorf("nothing exported in %s", dir)
	}
	langs := []string{"es", "en", "pt", "fr", "de", "it"}
	type row struct {
		all, text, html, noquote tally
		lang                     map[string]*tally
		lost, noquoteLost        int
		prefix                   int // want is a prefix of the output: only a tail (signature or quote) was left
		missing                  int
	}
	rows := make([]row, len(tools))
	for i := range rows {
		rows[i].lang = map[string]*tally{}
		for _, l := range langs {
			rows[i].lang[l] = &tally{}
		}
	}
	for _, w := range wants {
		base := strings.TrimSuffix(w, ".want")
		name := filepath.Base(base)
		wantRaw, _ := os.ReadFile(w)
		want := quotetest.Normalize(string(wantRaw))
		kindRaw, _ := os.ReadFile(base + ".kind")
		lang, _, _ := strings.Cut(name, "-")
		noquote := strings.Contains(name, "-noquote-")
		for i, tool := range tools {
			r := &rows[i]
			out, err := os.ReadFile(base + "." + tool.ext)
			if err != nil {
				r.missing++
				continue
			}
			got := quotetest.Normalize(string(out))
			ok := got == want
			add := func(t *tally) {
				t.n++
				if ok {
					t.ok++
				}
			}
			add(&r.all)
			if lt := r.lang[lang]; lt != nil {
				add(lt)
			}
			if string(kindRaw) == "html" {
				add(&r.html)
			} else {
				add(&r.text)
			}
			if ok || want != "" && strings.HasPrefix(got, want+"\n") {
				r.prefix++
			}
			lost := lostText(got, want)
			if lost {
				r.lost++
			}
			if noquote {
				add(&r.noquote)
				if lost {
					r.noquoteLost++
				}
			}
		}
	}
	fmt.Printf("Exact match of the new text with the hand-written .want (%d messages)\n\n", len(wants))
	header := []string{"splitter", "all"}
	header = append(header, langs...)
	header = append(header, "text/plain", "text/html", "no-quote exact", "no-quote lost text", "lost text (all)", "new text, then a tail left")
	fmt.Println("| " + strings.Join(header, " | ") + " |")
	fmt.Println("|" + strings.Repeat(" --- |", len(header)))
	for i, tool := range tools {
		r := rows[i]
		if r.all.n == 0 {
			continue
		}
		cells := []string{tool.name, r.all.String()}
		for _, l := range langs {
			cells = append(cells, r.lang[l].String())
		}
		cells = append(cells, r.text.String(), r.html.String(), r.noquote.String(),
			fmt.Sprintf("%d/%d", r.noquoteLost, r.noquote.n), fmt.Sprintf("%d/%d", r.lost, r.all.n),
			fmt.Sprintf("%d/%d", r.prefix-r.all.ok, r.all.n))
		fmt.Println("| " + strings.Join(cells, " | ") + " |")
	}
	fmt.Println()
	fmt.Println(`"lost text": the output lacks a line of the .want (the splitter threw away the customer's words).`)
	fmt.Println(`"new text, then a tail left": not exact, but the output is the .want followed by more lines`)
	fmt.Println(`(a signature, footer or quote that was not cut).`)
	missing := slices.IndexFunc(rows, func(r row) bool { return r.missing > 0 && r.all.n > 0 })
	if missing >= 0 {
		fmt.Printf("%s has no output for %d messages\n", tools[missing].name, rows[missing].missing)
	}
	return nil
}
