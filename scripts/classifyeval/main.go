// Command classifyeval measures package classify on Cartero's labelled
// messages, the sample inbox, the automatic-mail fixtures and the
// language test set, and prints the figures of BENCHMARKS.md.
//
//	go run ./scripts/classifyeval            # from the repository root
//	go run ./scripts/classifyeval -errors    # also list every message given the wrong type
//
// It reports, per language: the built-in knowledge alone on the whole
// labelled set; the built-in knowledge with naive Bayes trained by 10-fold
// cross-validation (each fold classified by a model trained on the other
// nine); naive Bayes alone under the same folds, for comparison; and the
// held-out set, written after the cue tables were fixed, classified by the
// built-in knowledge alone and by a model trained on the whole labelled
// set; the sample inbox of examples/triage, its messages parsed from their
// files and typed by hand in classify/testdata/inbox.tsv, classified the
// same two ways. Then automatic mail: the fixtures of classify/testdata/auto
// (the kind each should be is in its name) and the inbox. Then the
// accuracy of language identification.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cartero/cartero/classify"
	"github.com/cartero/cartero/correspondence"
)

type labelled struct {
	ID      string        `json:"id"`
	Lang    string        `json:"lang"`
	Sector  string        `json:"sector"`
	Type    classify.Type `json:"type"`
	Hard    bool          `json:"hard"`
	Subject string        `json:"subject"`
	Text    string        `json:"text"`
}

func main() {
	dir := flag.String("dir", "classify/testdata", "directory of labelled.jsonl, heldout.jsonl and language.tsv")
	folds := flag.Int("folds", 10, "folds of the cross-validation")
	showErrors := flag.Bool("errors", false, "list the messages given the wrong type")
	sweep := flag.Bool("sweep", false, "also cross-validate other smoothing and weight settings")
	inboxDir := flag.String("inbox", "examples/triage/testdata/inbox", "directory of the sample inbox's .eml files, typed in inbox.tsv")
	flag.Parse()

	set, err := read(filepath.Join(*dir, "labelled.jsonl"))
	check(err)
	held, err := read(filepath.Join(*dir, "heldout.jsonl"))
	check(err)

	examples := toExamples(set)
	builtin := make([]classify.Type, len(set))
	var none classify.Model
	for i, ex := range examples {
		builtin[i] = classifyOne(&none, ex.Subject, ex.Text)
	}
	cv, err := classify.CrossValidate(examples, *folds, classify.TrainOptions{})
	check(err)
	nbOnly, err := classify.CrossValidate(examples, *folds, classify.TrainOptions{Weight: 1000})
	check(err)

	fmt.Printf("Labelled set: %d messages (%s), %d hard\n\n", len(set), countBy(set, func(l labelled) string { return l.Lang }), countHard(set))
	table("Built-in knowledge alone (no training)", set, builtin)
	table(fmt.Sprintf("Built-in + naive Bayes, %d-fold cross-validation", *folds), set, cv)
	table(fmt.Sprintf("Naive Bayes alone (weight 1000), %d-fold cross-validation", *folds), set, nbOnly)
	matrices(set, cv, fmt.Sprintf("Built-in + naive Bayes, %d-fold cross-validation", *folds))
	hardTable(set, builtin, cv)

	m, err := classify.Train(examples, classify.TrainOptions{})
	check(err)
	hb := make([]classify.Type, len(held))
	ht := make([]classify.Type, len(held))
	for i, h := range held {
		hb[i] = classifyOne(&none, h.Subject, h.Text)
		ht[i] = classifyOne(m, h.Subject, h.Text)
	}
	fmt.Printf("Held-out set: %d messages (%s), %d hard\n\n", len(held), countBy(held, func(l labelled) string { return l.Lang }), countHard(held))
	table("Held-out, built-in knowledge alone", held, hb)
	table("Held-out, built-in + naive Bayes trained on the whole labelled set", held, ht)
	matrices(held, ht, "Held-out, built-in + naive Bayes trained on the whole labelled set")

	box, msgs, err := readInbox(filepath.Join(*dir, "inbox.tsv"), *inboxDir)
	check(err)
	ib := make([]classify.Type, len(box))
	it := make([]classify.Type, len(box))
	for i, msg := range msgs {
		ib[i] = none.Message(msg).Type
		it[i] = m.Message(msg).Type
	}
	fmt.Printf("Sample inbox: %d messages (%s), parsed from %s\n\n", len(box), countBy(box, func(l labelled) string { return l.Lang }), *inboxDir)
	table("Inbox, built-in knowledge alone", box, ib)
	table("Inbox, built-in + naive Bayes trained on the whole labelled set", box, it)
	matrices(box, it, "Inbox, built-in + naive Bayes trained on the whole labelled set")

	if *sweep {
		fmt.Println("Settings (macro-F1 per language, cross-validated):")
		fmt.Println()
		fmt.Println("| smoothing | weight | es | en | pt | all |")
		fmt.Println("|---|---|---|---|---|---|")
		for _, a := range []float64{0.1, 0.25, 0.5, 1} {
			for _, w := range []float64{0.5, 1, 2} {
				got, err := classify.CrossValidate(examples, *folds, classify.TrainOptions{Smoothing: a, Weight: w})
				check(err)
				fmt.Printf("| %.2f | %.1f |", a, w)
				for _, l := range []string{"es", "en", "pt", ""} {
					fmt.Printf(" %.3f |", evaluate(set, got, l).MacroF1())
				}
				fmt.Println()
			}
		}
		fmt.Println()
	}

	if *showErrors {
		fmt.Println("Cross-validation errors:")
		for i, l := range set {
			if cv[i] != l.Type {
				fmt.Printf("  %s %s want %s got %s (built-in %s): %q %q\n", l.ID, hardMark(l), l.Type, cv[i], builtin[i], l.Subject, l.Text)
			}
		}
		fmt.Println("Built-in errors:")
		for i, l := range set {
			if builtin[i] != l.Type {
				fmt.Printf("  %s %s want %s got %s: %q %q\n", l.ID, hardMark(l), l.Type, builtin[i], l.Subject, l.Text)
			}
		}
		fmt.Println("Held-out errors (trained):")
		for i, l := range held {
			if ht[i] != l.Type {
				fmt.Printf("  %s %s want %s got %s (built-in %s): %q %q\n", l.ID, hardMark(l), l.Type, ht[i], hb[i], l.Subject, l.Text)
			}
		}
		fmt.Println("Inbox errors (built-in or trained):")
		for i, l := range box {
			if ib[i] != l.Type || it[i] != l.Type {
				fmt.Printf("  %s want %s got built-in %s, trained %s: %q %q\n", l.ID, l.Type, ib[i], it[i], l.Subject, l.Text)
			}
		}
		fmt.Println()
	}

	automatic(*dir, box, msgs, m)
	languageID(*dir, set, held, box, *showErrors)
}

// autoWant returns the kind of automatic mail a fixture of testdata/auto
// is, by its name, and false for mail written by a person.
func autoWant(name string) (classify.AutoKind, bool) {
	switch {
	case strings.HasPrefix(name, "human-"), name == "auto-submitted-no.eml":
		return 0, false
	case strings.HasPrefix(name, "bounce-"):
		return classify.Bounce, true
	case strings.HasPrefix(name, "ooo-"):
		return classify.OutOfOffice, true
	case strings.HasPrefix(name, "list-"), name == "precedence-bulk.eml", name == "precedence-junk.eml",
		name == "precedence-list.eml":
		return classify.Bulk, true
	}
	return classify.AutoReply, true
}

// automatic measures automatic-mail detection on the fixtures and the
// inbox, and that a Model gives such mail the type Other.
func automatic(dir string, box []labelled, msgs []*correspondence.Message, trained *classify.Model) {
	files, err := filepath.Glob(filepath.Join(dir, "auto", "*.eml"))
	check(err)
	type count struct{ n, right, wrongKind, missed, other int }
	byKind := map[string]*count{}
	var humans, falseAlarms int
	var none classify.Model
	for _, f := range files {
		raw, err := os.ReadFile(f)
		check(err)
		msg, err := correspondence.ParseBytes(raw)
		check(err)
		got := classify.Automatic(msg)
		want, auto := autoWant(filepath.Base(f))
		if !auto {
			humans++
			if got != nil {
				falseAlarms++
				fmt.Printf("  %s: written by a person, taken for %s (%s)\n", filepath.Base(f), got.Kind, got.Reason)
			}
			continue
		}
		c := byKind[want.String()]
		if c == nil {
			c = &count{}
			byKind[want.String()] = c
		}
		c.n++
		switch {
		case got == nil:
			c.missed++
		case got.Kind == want:
			c.right++
		default:
			c.wrongKind++
		}
		if none.Message(msg).Type == classify.Other && trained.Message(msg).Type == classify.Other {
			c.other++
		}
	}
	fmt.Printf("Automatic mail, fixtures of %s (%d automatic, %d written by people):\n\n", filepath.Join(dir, "auto"), len(files)-humans, humans)
	fmt.Println("| kind | fixtures | detected, right kind | wrong kind | missed | type other (built-in and trained) |")
	fmt.Println("|---|---|---|---|---|---|")
	var all count
	for _, k := range []classify.AutoKind{classify.AutoReply, classify.OutOfOffice, classify.Bounce, classify.Bulk} {
		c := byKind[k.String()]
		if c == nil {
			continue
		}
		fmt.Printf("| %s | %d | %d | %d | %d | %d |\n", k, c.n, c.right, c.wrongKind, c.missed, c.other)
		all.n, all.right, all.wrongKind, all.missed, all.other = all.n+c.n, all.right+c.right, all.wrongKind+c.wrongKind,
			all.missed+c.missed, all.other+c.other
	}
	fmt.Printf("| all | %d | %d | %d | %d | %d |\n\n", all.n, all.right, all.wrongKind, all.missed, all.other)
	fmt.Printf("Mail written by people taken for automatic mail: %d of %d fixtures.\n\n", falseAlarms, humans)

	fmt.Printf("Automatic mail in the sample inbox (%d messages):\n\n", len(msgs))
	fmt.Println("| message | kind | signal | type (built-in, trained) |")
	fmt.Println("|---|---|---|---|")
	for i, msg := range msgs {
		if a := classify.Automatic(msg); a != nil {
			fmt.Printf("| %s | %s | %s | %s, %s |\n", box[i].ID, a.Kind, strings.ReplaceAll(a.Reason, "|", "\\|"),
				none.Message(msg).Type, trained.Message(msg).Type)
		}
	}
	fmt.Println()
}

// classifyOne classifies a labelled message as a host would classify a
// message of its own, its text taken as the new text.
func classifyOne(m *classify.Model, subject, text string) classify.Type {
	msg := &correspondence.Message{Subject: subject, Text: text, Split: correspondence.Split{New: text}}
	return m.Message(msg).Type
}

func hardMark(l labelled) string {
	if l.Hard {
		return "[hard]"
	}
	return ""
}

func read(path string) ([]labelled, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var l labelled
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, l)
	}
	return out, sc.Err()
}

// readInbox reads the hand-typed inbox list (file, type, language,
// justification, tab-separated; # starts a comment) and parses each file
// of dir it names, as a host would receive it.
func readInbox(list, dir string) ([]labelled, []*correspondence.Message, error) {
	b, err := os.ReadFile(list)
	if err != nil {
		return nil, nil, err
	}
	var out []labelled
	var msgs []*correspondence.Message
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return nil, nil, fmt.Errorf("%s:%d: want file, type, language and why", list, n+1)
		}
		ty, err := classify.ParseType(f[1])
		if err != nil {
			return nil, nil, fmt.Errorf("%s:%d: %w", list, n+1, err)
		}
		raw, err := os.ReadFile(filepath.Join(dir, f[0]))
		if err != nil {
			return nil, nil, err
		}
		msg, err := correspondence.ParseBytes(raw)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", f[0], err)
		}
		out = append(out, labelled{ID: f[0], Lang: f[2], Type: ty, Subject: msg.Subject, Text: classify.TextOf(msg)})
		msgs = append(msgs, msg)
	}
	return out, msgs, nil
}

func toExamples(set []labelled) []classify.Example {
	ex := make([]classify.Example, len(set))
	for i, l := range set {
		ex[i] = classify.Example{Type: l.Type, Subject: l.Subject, Text: l.Text}
	}
	return ex
}

func evaluate(set []labelled, got []classify.Type, lang string) classify.Evaluation {
	var e classify.Evaluation
	for i, l := range set {
		if lang == "" || l.Lang == lang {
			e.Add(l.Type, got[i])
		}
	}
	return e
}

func table(title string, set []labelled, got []classify.Type) {
	fmt.Println(title + ":")
	fmt.Println()
	fmt.Println("| language | messages | accuracy | macro-F1 | F1 complaint | F1 inquiry | F1 survey | F1 other |")
	fmt.Println("|---|---|---|---|---|---|---|---|")
	for _, l := range []string{"es", "en", "pt", ""} {
		e := evaluate(set, got, l)
		name := l
		if l == "" {
			name = "all"
		}
		fmt.Printf("| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |\n", name, e.Total(), e.Accuracy(), e.MacroF1(),
			e.F1(classify.Complaint), e.F1(classify.Inquiry), e.F1(classify.Survey), e.F1(classify.Other))
	}
	fmt.Println()
}

func matrices(set []labelled, got []classify.Type, title string) {
	for _, l := range []string{"", "es", "en", "pt"} {
		name := "all languages"
		if l != "" {
			name = l
		}
		fmt.Printf("Confusion matrix, %s (%s):\n\n", title, name)
		fmt.Println(evaluate(set, got, l).String())
	}
}

func hardTable(set []labelled, builtin, cv []classify.Type) {
	fmt.Println("Hard cases against the rest (accuracy):")
	fmt.Println()
	fmt.Println("| | messages | built-in | built-in + naive Bayes (cross-validated) |")
	fmt.Println("|---|---|---|---|")
	for _, hard := range []bool{true, false} {
		var b, c classify.Evaluation
		for i, l := range set {
			if l.Hard == hard {
				b.Add(l.Type, builtin[i])
				c.Add(l.Type, cv[i])
			}
		}
		name := "hard"
		if !hard {
			name = "not hard"
		}
		fmt.Printf("| %s | %d | %.3f | %.3f |\n", name, b.Total(), b.Accuracy(), c.Accuracy())
	}
	fmt.Println()
}

func countBy(set []labelled, key func(labelled) string) string {
	n := map[string]int{}
	for _, l := range set {
		n[key(l)]++
	}
	var keys []string
	for k := range n {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %d", k, n[k]))
	}
	return strings.Join(parts, ", ")
}

func countHard(set []labelled) int {
	n := 0
	for _, l := range set {
		if l.Hard {
			n++
		}
	}
	return n
}

func languageID(dir string, set, held, box []labelled, showErrors bool) {
	f, err := os.Open(filepath.Join(dir, "language.tsv"))
	check(err)
	defer f.Close()
	type row struct{ want, got string }
	var rows []row
	var errs []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		want, text, ok := strings.Cut(line, "\t")
		if !ok {
			check(fmt.Errorf("language.tsv: no tab in %q", line))
		}
		got, _ := classify.Language(text)
		rows = append(rows, row{want, got})
		if got != want {
			errs = append(errs, fmt.Sprintf("  want %s got %s: %s", want, got, text))
		}
	}
	check(sc.Err())
	fmt.Printf("Language identification, language test set (%d sentences of 20 characters or more):\n\n", len(rows))
	fmt.Println("| language | sentences | right | und | wrong language | accuracy |")
	fmt.Println("|---|---|---|---|---|---|")
	all := [3]int{}
	for _, l := range []string{"es", "en", "pt", "fr", "de", "it"} {
		var n, right, und int
		for _, r := range rows {
			if r.want != l {
				continue
			}
			n++
			switch r.got {
			case l:
				right++
			case classify.Undetermined:
				und++
			}
		}
		all[0] += n
		all[1] += right
		all[2] += und
		fmt.Printf("| %s | %d | %d | %d | %d | %.3f |\n", l, n, right, und, n-right-und, float64(right)/float64(n))
	}
	fmt.Printf("| all | %d | %d | %d | %d | %.3f |\n\n", all[0], all[1], all[2], all[0]-all[1]-all[2], float64(all[1])/float64(all[0]))
	if showErrors {
		fmt.Println(strings.Join(errs, "\n"))
		fmt.Println()
	}
	// The labelled and held-out messages, whose language is labelled too.
	var n, right, und int
	for _, l := range append(append([]labelled(nil), set...), held...) {
		if len([]rune(l.Text)) < 20 {
			continue
		}
		got, _ := classify.Language(l.Text)
		n++
		switch got {
		case l.Lang:
			right++
		case classify.Undetermined:
			und++
		default:
			if showErrors {
				fmt.Printf("  message %s want %s got %s: %q\n", l.ID, l.Lang, got, l.Text)
			}
		}
	}
	fmt.Printf("Language identification on the labelled and held-out messages of 20 characters or more: %d/%d right (%.3f), %d und, %d wrong.\n",
		right, n, float64(right)/float64(n), und, n-right-und)
	// The inbox's new texts, the bounce's included (a server's English).
	n, right, und = 0, 0, 0
	for _, l := range box {
		got, _ := classify.Language(l.Text)
		n++
		switch got {
		case l.Lang:
			right++
		case classify.Undetermined:
			und++
		default:
			if showErrors {
				fmt.Printf("  inbox %s want %s got %s\n", l.ID, l.Lang, got)
			}
		}
	}
	fmt.Printf("Language identification on the new texts of the sample inbox: %d/%d right (%.3f), %d und, %d wrong.\n",
		right, n, float64(right)/float64(n), und, n-right-und)
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "classifyeval:", err)
		os.Exit(1)
	}
}
