package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite testdata/inbox.golden.jsonl from the current output")

const (
	inboxDir    = "testdata/inbox"
	inboxGolden = "testdata/inbox.golden.jsonl"
)

// triage runs the program as the command line would.
// testNow is the instant the tests compute SLA status at, unless they say
// otherwise: the Monday after the sample inbox's week, 09:00 in Madrid.
const testNow = "2026-11-23T09:00:00+01:00"

// testAgent signs the drafts, unless a test says otherwise.
const testAgent = "Lucía Romero, Atención al cliente"

func triage(t *testing.T, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	if !slices.Contains(args, "-now") {
		args = append([]string{"-now", testNow}, args...)
	}
	if !slices.Contains(args, "-agent") {
		args = append([]string{"-agent", testAgent}, args...)
	}
	var out, errb bytes.Buffer
	status = run(args, &out, &errb)
	return out.String(), errb.String(), status
}

// decode reads -json output.
func decode(t *testing.T, out string) []map[string]any {
	t.Helper()
	var objs []map[string]any
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var obj map[string]any
		if err := dec.Decode(&obj); err != nil {
			t.Fatalf("output is not JSON lines: %v\n%s", err, out)
		}
		objs = append(objs, obj)
	}
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line != "" && !json.Valid([]byte(line)) {
			t.Fatalf("line %d is not one JSON object: %q", i+1, line)
		}
	}
	return objs
}

// inboxFiles lists the .eml files of the sample inbox.
func inboxFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(inboxDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.EqualFold(filepath.Ext(p), ".eml") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("sample inbox: %v", err)
	}
	if len(files) == 0 {
		t.Fatalf("sample inbox %s holds no .eml files", inboxDir)
	}
	return files
}

func TestGolden(t *testing.T) {
	inboxFiles(t)
	out, errOut, status := triage(t, "-json", inboxDir)

	failed := 0
	for _, obj := range decode(t, out) {
		if _, ok := obj["error"]; ok {
			failed++
		}
	}
	if want := map[bool]int{false: exitOK, true: exitFailed}[failed > 0]; status != want {
		t.Errorf("exit status %d with %d failed messages, want %d\nstderr:\n%s", status, failed, want, errOut)
	}

	if *update {
		if err := os.WriteFile(inboxGolden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	golden, err := os.ReadFile(inboxGolden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got, want := out, string(golden); got != want {
		gotLines, wantLines := strings.Split(got, "\n"), strings.Split(want, "\n")
		for i := range max(len(gotLines), len(wantLines)) {
			var g, w string
			if i < len(gotLines) {
				g = gotLines[i]
			}
			if i < len(wantLines) {
				w = wantLines[i]
			}
			if g != w {
				t.Fatalf("output differs from %s at line %d (run go test -update if the change is intended):\ngot:  %s\nwant: %s", inboxGolden, i+1, g, w)
			}
		}
	}
}

func TestInboxOneObjectPerFile(t *testing.T) {
	files := inboxFiles(t)
	out, errOut, _ := triage(t, "-json", "-q", inboxDir)
	if errOut != "" && !strings.Contains(out, `"error":`) {
		t.Errorf("stderr without failed messages:\n%s", errOut)
	}
	count := map[string]int{}
	for _, obj := range decode(t, out) {
		src, _ := obj["source"].(string)
		if _, err := os.Stat(src); err != nil {
			// A file that starts with an mbox envelope line is read as an
			// mbox: its one message is PATH:1.
			if i := strings.LastIndex(src, ":"); i > 0 {
				src = src[:i]
			}
		}
		count[src]++
	}
	for _, f := range files {
		if count[f] != 1 {
			t.Errorf("%s produced %d objects, want 1", f, count[f])
		}
		delete(count, f)
	}
	for src, n := range count {
		t.Errorf("%d objects from %s, which is not an .eml file of the inbox", n, src)
	}
}

// contractKeys are the keys of every -json object: a public contract.
// Keys may be added here, never removed or renamed.
var contractKeys = []string{
	"source", "message_id", "in_reply_to", "references", "subject", "from", "to",
	"date", "channel", "text", "html", "attachments", "defects",
	"reply", "quoted", "signature", "forwarded",
	"type", "confidence", "reasons", "language", "sentiment", "urgency", "auto",
	"thread", "parent", "match", "verdict",
	"sla",
	"draft",
}

var (
	addressKeys    = []string{"name", "address"}
	attachmentKeys = []string{"filename", "content_type", "size", "inline", "content_id"}
)

// checkKeys reports whether obj has exactly the keys want.
func checkKeys(t *testing.T, what string, obj map[string]any, want []string) {
	t.Helper()
	got := make([]string, 0, len(obj))
	for k := range obj {
		got = append(got, k)
	}
	slices.Sort(got)
	want = slices.Sorted(slices.Values(want))
	if !slices.Equal(got, want) {
		t.Errorf("%s has keys %q, want %q", what, got, want)
	}
}

func checkContract(t *testing.T, obj map[string]any) {
	t.Helper()
	src, ok := obj["source"].(string)
	if !ok || src == "" {
		t.Errorf("object without a source: %v", obj)
	}
	keys := contractKeys
	if _, failed := obj["error"]; failed {
		if s, ok := obj["error"].(string); !ok || s == "" {
			t.Errorf("%s: error is %#v, want a non-empty string", src, obj["error"])
		}
		keys = append(slices.Clip(keys), "error")
	}
	checkKeys(t, src, obj, keys)

	for _, k := range []string{"source", "message_id", "subject", "channel", "text", "reply", "signature"} {
		if _, ok := obj[k].(string); !ok {
			t.Errorf("%s: %s is %#v, want a string", src, k, obj[k])
		}
	}
	for _, k := range []string{"html", "quoted", "forwarded"} {
		if _, ok := obj[k].(bool); !ok {
			t.Errorf("%s: %s is %#v, want a bool", src, k, obj[k])
		}
	}
	switch d := obj["date"].(type) {
	case nil:
	case string:
		if _, err := time.Parse(time.RFC3339, d); err != nil {
			t.Errorf("%s: date %q is not RFC 3339: %v", src, d, err)
		}
	default:
		t.Errorf("%s: date is %#v, want a string or null", src, d)
	}
	if from, ok := obj["from"].(map[string]any); ok {
		checkKeys(t, src+" from", from, addressKeys)
	} else {
		t.Errorf("%s: from is %#v, want an object", src, obj["from"])
	}
	checkClassification(t, src, obj)
	checkSLA(t, src, obj)
	checkDraft(t, src, obj)
	for _, k := range []string{"in_reply_to", "references", "to", "attachments", "defects"} {
		arr, ok := obj[k].([]any)
		if !ok {
			t.Errorf("%s: %s is %#v, want an array", src, k, obj[k])
			continue
		}
		for i, v := range arr {
			what := fmt.Sprintf("%s %s[%d]", src, k, i)
			switch k {
			case "to":
				if a, ok := v.(map[string]any); ok {
					checkKeys(t, what, a, addressKeys)
				} else {
					t.Errorf("%s is %#v, want an object", what, v)
				}
			case "attachments":
				if a, ok := v.(map[string]any); ok {
					checkKeys(t, what, a, attachmentKeys)
				} else {
					t.Errorf("%s is %#v, want an object", what, v)
				}
			default:
				if _, ok := v.(string); !ok {
					t.Errorf("%s is %#v, want a string", what, v)
				}
			}
		}
	}
}

// TestContractKeys guards the public JSON contract: every object has every
// key, with the right type, and no other key (but error on failures).
func TestContractKeys(t *testing.T) {
	extra := tree(t, map[string]string{
		"attached.eml": "From: Ana <ana@example.com>\nTo: help@example.com, Bo <bo@example.com>\n" +
			"Subject: report\nDate: Tue, 2 Jan 2024 03:04:05 +0100\nMessage-ID: <a@example.com>\n" +
			"In-Reply-To: <q@example.com>\nReferences: <p@example.com> <q@example.com>\n" +
			"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n" +
			"--b\nContent-Type: text/plain\n\nsee attached\n" +
			"--b\nContent-Type: application/pdf; name=r.pdf\nContent-Disposition: attachment; filename=r.pdf\n" +
			"Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b--\n",
		"empty.eml": "",
	})
	paths := []string{extra}
	if _, err := os.Stat(inboxDir); err == nil {
		paths = append(paths, inboxDir)
	}
	out, _, _ := triage(t, append([]string{"-json", "-q"}, paths...)...)
	objs := decode(t, out)
	if len(objs) < 2 {
		t.Fatalf("got %d objects, want at least 2", len(objs))
	}
	sawAttachment := false
	for _, obj := range objs {
		checkContract(t, obj)
		if a, _ := obj["attachments"].([]any); len(a) > 0 {
			sawAttachment = true
		}
	}
	if !sawAttachment {
		t.Error("no message with an attachment, so the attachment keys went unchecked")
	}
}

// canonical returns the objects without their source, encoded, sorted.
// canonical gives the records in a form that does not depend on the order
// the messages were read in: without their source, and with the keys that
// follow from arrival order (the conversation's id, whether a message
// started it or joined it, the verdict on its sender, and the SLA clocks
// counting the messages read so far) replaced by the message ids of the
// whole conversation.
func canonical(t *testing.T, objs []map[string]any) []string {
	t.Helper()
	members := map[any][]string{}
	for _, obj := range objs {
		id, _ := obj["message_id"].(string)
		members[obj["thread"]] = append(members[obj["thread"]], id)
	}
	var all []string
	for _, obj := range objs {
		conv := slices.Sorted(slices.Values(members[obj["thread"]]))
		delete(obj, "source")
		for _, k := range []string{"thread", "parent", "match", "verdict", "sla", "draft"} {
			delete(obj, k)
		}
		obj["conversation"] = conv
		b, err := json.Marshal(obj)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, string(b))
	}
	slices.Sort(all)
	return all
}

func ids(objs []map[string]any) []string {
	var ids []string
	for _, obj := range objs {
		id, _ := obj["message_id"].(string)
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// TestMaildirAndMbox checks that the inbox reads the same whether its
// messages sit in .eml files, in a Maildir or in an mbox.
func TestMaildirAndMbox(t *testing.T) {
	files := inboxFiles(t)
	out, _, _ := triage(t, "-json", "-q", inboxDir)
	want := decode(t, out)
	wantIDs := ids(want)

	root := t.TempDir()
	maildir := filepath.Join(root, "Maildir")
	var mbox bytes.Buffer
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// Spread the messages over the Maildir and one Maildir++ folder.
		dir := maildir
		if i%3 == 2 {
			dir = filepath.Join(maildir, ".Sent")
		}
		sub, name := "cur", fmt.Sprintf("17000000%02d.M%dP1.host:2,S", i, i)
		if i%2 == 1 {
			sub, name = "new", fmt.Sprintf("17000000%02d.M%dP1.host", i, i)
		}
		for _, d := range []string{"cur", "new", "tmp"} {
			if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, sub, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		mbox.Write(mboxrdEntry(data))
	}
	mboxPath := filepath.Join(root, "inbox.mbox")
	if err := os.WriteFile(mboxPath, mbox.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	t.Run("Maildir", func(t *testing.T) {
		out, _, _ := triage(t, "-json", "-q", maildir)
		got := decode(t, out)
		if g, w := ids(got), wantIDs; !slices.Equal(g, w) {
			t.Errorf("message ids %q, want %q", g, w)
		}
		// The files are byte for byte the inbox's: everything but the
		// source must match.
		if g, w := canonical(t, got), canonical(t, want); !slices.Equal(g, w) {
			t.Errorf("records differ:\ngot  %s\nwant %s", g, w)
		}
	})
	t.Run("mbox", func(t *testing.T) {
		out, _, _ := triage(t, "-json", "-q", mboxPath)
		got := decode(t, out)
		if g, w := ids(got), wantIDs; !slices.Equal(g, w) {
			t.Errorf("message ids %q, want %q", g, w)
		}
		for i, obj := range got {
			if want := fmt.Sprintf("%s:%d", mboxPath, i+1); obj["source"] != want {
				t.Errorf("source %v, want %s", obj["source"], want)
			}
		}
	})
}

var fromLine = regexp.MustCompile(`(?m)^(>*From )`)

// mboxrdEntry frames a message for an mboxrd file.
func mboxrdEntry(msg []byte) []byte {
	var b bytes.Buffer
	if !bytes.HasPrefix(msg, []byte("From ")) {
		b.WriteString("From triage@example.com Mon Jan  1 00:00:00 2024\n")
	} else if i := bytes.IndexByte(msg, '\n'); i >= 0 {
		// The message carries its own envelope line.
		b.Write(msg[:i+1])
		msg = msg[i+1:]
	}
	b.Write(fromLine.ReplaceAll(msg, []byte(">$1")))
	if !bytes.HasSuffix(msg, []byte("\n")) {
		b.WriteString("\n")
	}
	b.WriteString("\n")
	return b.Bytes()
}

func TestFailures(t *testing.T) {
	dir := tree(t, map[string]string{
		"empty.eml": "",
		"big.eml":   "Subject: big\n\n" + strings.Repeat("0123456789\n", 20),
		"good.eml":  "From: ana@example.com\nSubject: fine\nMessage-ID: <ok@example.com>\n\nhello\n",
		"box.mbox":  "From a\n\nFrom b\nSubject: fine\nMessage-ID: <m@example.com>\n\nhello\n",
		"huge.mbox": "From a\nSubject: big\n\n" + strings.Repeat("0123456789\n", 20),
	})
	missing := filepath.Join(dir, "missing.eml")
	out, errOut, status := triage(t, "-json", "-max-size", "100", dir, missing)
	if status != exitFailed {
		t.Errorf("exit status %d, want %d", status, exitFailed)
	}
	objs := decode(t, out)
	wantFailed := map[string]bool{
		filepath.Join(dir, "big.eml"):     true,
		filepath.Join(dir, "box.mbox:1"):  true,
		filepath.Join(dir, "box.mbox:2"):  false,
		filepath.Join(dir, "empty.eml"):   true,
		filepath.Join(dir, "good.eml"):    false,
		filepath.Join(dir, "huge.mbox:1"): true,
		missing:                           true,
	}
	if len(objs) != len(wantFailed) {
		t.Fatalf("got %d objects, want %d:\n%s", len(objs), len(wantFailed), out)
	}
	for _, obj := range objs {
		checkContract(t, obj)
		src := obj["source"].(string)
		failed, known := wantFailed[src]
		if !known {
			t.Errorf("unexpected source %s", src)
			continue
		}
		_, hasErr := obj["error"]
		if hasErr != failed {
			t.Errorf("%s: error key present = %v, want %v", src, hasErr, failed)
		}
		if failed && !strings.Contains(errOut, src+": ") {
			t.Errorf("no line on stderr for %s:\n%s", src, errOut)
		}
		if failed && obj["channel"] != "" {
			t.Errorf("%s: failed message has channel %v, want the zero value", src, obj["channel"])
		}
	}
	for _, obj := range objs {
		switch obj["source"] {
		case filepath.Join(dir, "big.eml"), filepath.Join(dir, "huge.mbox:1"):
			if e, _ := obj["error"].(string); !strings.Contains(e, "too large: 234 bytes") {
				t.Errorf("%s: error %q, want it too large with its full size", obj["source"], e)
			}
		}
	}
	if !strings.Contains(errOut, "7 messages, ") || !strings.Contains(errOut, " 5 failed in ") {
		t.Errorf("summary does not count the failures:\n%s", errOut)
	}

	// Without the limit the large message reads fine.
	out, _, status = triage(t, "-json", filepath.Join(dir, "big.eml"))
	if status != exitOK || strings.Contains(out, `"error"`) {
		t.Errorf("without -max-size: status %d, output %s", status, out)
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"no paths", nil, exitUsage},
		{"only flags", []string{"-json"}, exitUsage},
		{"unknown flag", []string{"-frobnicate", "x.eml"}, exitUsage},
		{"negative limit", []string{"-max-size", "-1", "x.eml"}, exitUsage},
		{"bad limit", []string{"-max-size", "lots", "x.eml"}, exitUsage},
		{"bad time", []string{"-now", "monday", "x.eml"}, exitUsage},
		{"bad policy", []string{"-policy", "whenever", "x.eml"}, exitUsage},
		{"bad calendar", []string{"-calendar", "Mars/Olympus; mon 09:00-17:00", "x.eml"}, exitUsage},
		{"help", []string{"-h"}, exitOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, status := triage(t, tt.args...)
			if status != tt.want {
				t.Errorf("exit status %d, want %d", status, tt.want)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
			if !strings.Contains(errOut, "usage:") {
				t.Errorf("stderr has no usage line:\n%s", errOut)
			}
		})
	}
}

var summaryLine = regexp.MustCompile(`^\d+ messages, \d+ defects, \d+ failed in \d+\.\d\ds\n$`)

func TestSummary(t *testing.T) {
	dir := tree(t, map[string]string{
		"a.eml": "From: ana@example.com\nSubject: a\n\nhello\n",
		"b.eml": "From: bo@example.com\nSubject: b\n\nhello\n",
	})
	_, errOut, status := triage(t, "-json", dir)
	if status != exitOK {
		t.Errorf("exit status %d, want 0", status)
	}
	if !summaryLine.MatchString(errOut) || !strings.HasPrefix(errOut, "2 messages, ") {
		t.Errorf("stderr %q, want only the summary line", errOut)
	}
	if strings.Contains(errOut, "\r") {
		t.Errorf("progress line written to a non-terminal: %q", errOut)
	}

	_, errOut, _ = triage(t, "-q", dir)
	if errOut != "" {
		t.Errorf("-q: stderr %q, want nothing", errOut)
	}
}

func TestTable(t *testing.T) {
	long := strings.Repeat("very long subject ", 10)
	dir := tree(t, map[string]string{
		"1.eml": "From: Ana Lima <ana@example.com>\nSubject: Where is my order?\n" +
			"Date: Tue, 2 Jan 2024 23:30:00 -0300\n\nhello\n",
		"2.eml": "From: bo@example.com\nSubject: " + long + "\n\nhello\n",
		"3.eml": "",
	})
	out, _, status := triage(t, "-q", dir)
	if status != exitFailed {
		t.Errorf("exit status %d, want %d", status, exitFailed)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("got %d lines, want a header and 3 rows:\n%s", len(lines), out)
	}
	if !strings.HasPrefix(lines[0], "THREAD  DATE") || !strings.HasSuffix(lines[0], "TYPE           ATT  DEFECTS") {
		t.Errorf("header %q", lines[0])
	}
	for _, want := range []string{"2024-01-03 02:30", "Ana Lima", "Where is my order?"} {
		if !strings.Contains(lines[1], want) {
			t.Errorf("row %q lacks %q", lines[1], want)
		}
	}
	if !strings.Contains(lines[2], "bo@example.com") || !strings.Contains(lines[2], "…") || strings.Contains(lines[2], long) {
		t.Errorf("row %q: want the address as sender and the subject cut short", lines[2])
	}
	if !strings.Contains(lines[3], "error: ") {
		t.Errorf("row %q: want the error", lines[3])
	}
	// Every row lines up with the header.
	col := strings.Index(lines[0], "SUBJECT")
	for _, l := range lines[1:] {
		if []rune(l)[col-1] != ' ' || []rune(l)[col] == ' ' {
			t.Errorf("row %q does not line up with the header %q", l, lines[0])
		}
	}
	for _, l := range lines {
		if n := len([]rune(l)); n != len([]rune(lines[0])) {
			t.Errorf("row %q is %d characters wide, header %d", l, n, len([]rune(lines[0])))
		}
	}
}

func TestTableGroupsConversations(t *testing.T) {
	var out bytes.Buffer
	tab := newTable(&out)
	for i, conv := range []string{"0001", "0002", "0001", "", "0002", "0001"} {
		r := emptyRecord("x")
		r.Thread = conv
		r.From.Address = strings.Repeat("a", i*7) + "@example.com"
		r.Subject = fmt.Sprintf("subject %d", i)
		if err := tab.add(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := tab.flush(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	head := []rune(lines[0])
	subj := strings.Index(lines[0], "SUBJECT")
	typ := strings.Index(lines[0], "TYPE")
	var got []string
	for _, l := range lines[1:] {
		r := []rune(l)
		if len(r) != len(head) {
			t.Fatalf("row %q is %d characters wide, header %d", l, len(r), len(head))
		}
		thread := strings.TrimSpace(string(r[:subj][:len("THREAD")]))
		if thread == "" {
			thread = "-"
		}
		got = append(got, thread+" "+strings.TrimSpace(string(r[subj:typ])))
	}
	want := []string{
		"0001 subject 0", "- ↳ subject 2", "- ↳ subject 5",
		"0002 subject 1", "- ↳ subject 4",
		"- subject 3",
	}
	if !slices.Equal(got, want) {
		t.Errorf("rows:\n%s\nwant (thread, subject):\n%s", out.String(), strings.Join(want, "\n"))
	}
	for i, l := range lines {
		if len([]rune(l)) != len([]rune(lines[0])) {
			t.Errorf("line %d is %d characters wide, header %d", i, len([]rune(l)), len([]rune(lines[0])))
		}
	}
}

func TestInOrder(t *testing.T) {
	const n = 500
	srcs := func(yield func(source) bool) {
		for i := range n {
			if !yield(source{name: fmt.Sprint(i)}) {
				return
			}
		}
	}
	slow := func(src source) record {
		time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
		return emptyRecord(src.name)
	}

	var got []string
	inOrder(context.Background(), srcs, 8, slow, func(r record) bool {
		got = append(got, r.Source)
		return true
	})
	if len(got) != n {
		t.Fatalf("got %d results, want %d", len(got), n)
	}
	for i, s := range got {
		if s != fmt.Sprint(i) {
			t.Fatalf("result %d is %s: out of order", i, s)
		}
	}

	got = got[:0]
	inOrder(context.Background(), srcs, 8, slow, func(r record) bool {
		got = append(got, r.Source)
		return len(got) < 10
	})
	if len(got) != 10 {
		t.Errorf("emit stopped after 10 but got %d results", len(got))
	}
}

func TestProgressLine(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, start: time.Now().Add(-2 * time.Second), total: -1}
	p.done = 100
	p.draw()
	if got := buf.String(); !regexp.MustCompile(`^\r100 messages, \d+/s$`).MatchString(got) {
		t.Errorf("before the count is known: %q", got)
	}
	buf.Reset()
	p.total, p.done, p.shown = 1000, 9, 40
	p.draw()
	if got := buf.String(); !regexp.MustCompile(`^\r9 messages, \d+/s, 991 left {4,}$`).MatchString(got) {
		t.Errorf("a shorter line must wipe the longer one: %q", got)
	}
	buf.Reset()
	p.errorf("%s: %s", "x.eml", "broken")
	if got := buf.String(); !regexp.MustCompile(`^\r +\rtriage: x\.eml: broken\n$`).MatchString(got) {
		t.Errorf("error line: %q", got)
	}
}

// checkClassification checks the keys classify adds.
func checkClassification(t *testing.T, src string, obj map[string]any) {
	t.Helper()
	_, failed := obj["error"]
	typ, _ := obj["type"].(string)
	if !slices.Contains([]string{"complaint", "inquiry", "survey", "other"}, typ) && (!failed || typ != "") {
		t.Errorf("%s: type is %#v", src, obj["type"])
	}
	if c, ok := obj["confidence"].(float64); !ok || c < 0 || c > 1 {
		t.Errorf("%s: confidence is %#v, want a number in [0, 1]", src, obj["confidence"])
	}
	if s, ok := obj["sentiment"].(float64); !ok || s < -1 || s > 1 {
		t.Errorf("%s: sentiment is %#v, want a number in [-1, 1]", src, obj["sentiment"])
	}
	for _, k := range []string{"language", "urgency"} {
		if _, ok := obj[k].(string); !ok {
			t.Errorf("%s: %s is %#v, want a string", src, k, obj[k])
		}
	}
	reasons, ok := obj["reasons"].([]any)
	if !ok {
		t.Errorf("%s: reasons is %#v, want an array", src, obj["reasons"])
	}
	for i, v := range reasons {
		r, ok := v.(map[string]any)
		if !ok {
			t.Errorf("%s reasons[%d] is %#v, want an object", src, i, v)
			continue
		}
		field, _ := r["field"].(string)
		var in string
		switch field {
		case "text":
			in, _ = obj["reply"].(string)
		case "subject":
			in, _ = obj["subject"].(string)
		case "header":
			continue
		default:
			t.Errorf("%s reasons[%d]: field %#v", src, i, r["field"])
			continue
		}
		start, _ := r["start"].(float64)
		end, _ := r["end"].(float64)
		text, _ := r["text"].(string)
		if start < 0 || end < start || int(end) > len(in) || in[int(start):int(end)] != text {
			t.Errorf("%s reasons[%d]: [%v:%v] of the %s is not %q", src, i, start, end, field, text)
		}
	}
	switch a := obj["auto"].(type) {
	case nil:
	case map[string]any:
		kind, _ := a["kind"].(string)
		reason, _ := a["reason"].(string)
		if !slices.Contains([]string{"auto_reply", "out_of_office", "bounce", "bulk"}, kind) || reason == "" {
			t.Errorf("%s: auto is %#v, want a kind and a reason", src, a)
		}
	default:
		t.Errorf("%s: auto is %#v, want an object or null", src, a)
	}
}

// TestConversations checks the conversations of the sample inbox against
// the ones its messages were written in.
func TestConversations(t *testing.T) {
	out, _, status := triage(t, "-json", "-q", "testdata/inbox")
	if status != exitOK {
		t.Fatalf("exit status %d", status)
	}
	want := [][]string{
		{"01", "09", "27", "29"}, {"04", "11", "18"}, {"05", "20"}, {"06", "12", "33"},
		{"07", "22", "41"}, {"10", "24", "31"}, {"14", "17", "44"}, {"25", "30"},
		{"36", "39", "40"},
	}
	conv := map[string]string{} // message number → conversation
	match := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r struct{ Source, Thread, Match string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		n := filepath.Base(r.Source)[:2]
		conv[n], match[n] = r.Thread, r.Match
		if r.Thread == "" {
			t.Errorf("%s has no conversation", r.Source)
		}
	}
	grouped := map[string]bool{}
	for _, g := range want {
		for _, n := range g {
			grouped[n] = true
			if conv[n] != conv[g[0]] {
				t.Errorf("message %s is in conversation %q, message %s in %q: want one", n, conv[n], g[0], conv[g[0]])
			}
			if n != g[0] && match[n] != "reference" {
				t.Errorf("message %s matched by %q, want reference", n, match[n])
			}
		}
		if match[g[0]] != "new" {
			t.Errorf("message %s matched by %q, want new", g[0], match[g[0]])
		}
	}
	owner := map[string]string{}
	for n, c := range conv {
		if grouped[n] {
			continue
		}
		if match[n] != "new" {
			t.Errorf("message %s matched by %q, want new", n, match[n])
		}
		if o, ok := owner[c]; ok {
			t.Errorf("messages %s and %s share conversation %s", o, n, c)
		}
		owner[c] = n
	}
}

// checkSLA checks the key sla adds.
func checkSLA(t *testing.T, src string, obj map[string]any) {
	t.Helper()
	metrics, ok := obj["sla"].(map[string]any)
	if !ok {
		t.Errorf("%s: sla is %#v, want an object", src, obj["sla"])
		return
	}
	for name, v := range metrics {
		m, ok := v.(map[string]any)
		if !ok {
			t.Errorf("%s: sla %s is %#v, want an object", src, name, v)
			continue
		}
		checkKeys(t, src+" sla "+name, m, []string{"state", "due", "remaining"})
		if s, _ := m["state"].(string); !slices.Contains([]string{"inactive", "active", "paused", "achieved", "breached", "achieved_late"}, s) {
			t.Errorf("%s: sla %s state %#v", src, name, m["state"])
		}
		if d, ok := m["due"].(string); ok {
			if _, err := time.Parse(time.RFC3339, d); err != nil {
				t.Errorf("%s: sla %s due %q: %v", src, name, d, err)
			}
		} else if m["due"] != nil {
			t.Errorf("%s: sla %s due %#v, want a time or null", src, name, m["due"])
		}
		if r, _ := m["remaining"].(string); r == "" {
			t.Errorf("%s: sla %s remaining %#v", src, name, m["remaining"])
		} else if _, err := time.ParseDuration(r); err != nil {
			t.Errorf("%s: sla %s remaining %q: %v", src, name, r, err)
		}
	}
}

// TestSLA checks the SLA clocks of a few conversations of the sample
// inbox, worked out by hand on the default calendar (Madrid, Monday to
// Friday 09:00-14:00 and 16:00-19:00) at testNow.
func TestSLA(t *testing.T) {
	type metric struct{ State, Due, Remaining string }
	read := func(args ...string) map[string]map[string]metric {
		out, _, status := triage(t, append(args, "-json", "-q", "testdata/inbox")...)
		if status != exitOK {
			t.Fatalf("exit status %d", status)
		}
		got := map[string]map[string]metric{}
		for _, obj := range decode(t, out) {
			b, _ := json.Marshal(obj["sla"])
			var m map[string]metric
			if err := json.Unmarshal(b, &m); err != nil {
				t.Fatal(err)
			}
			got[filepath.Base(obj["source"].(string))[:2]] = m
		}
		return got
	}
	got := read()
	for _, c := range []struct {
		msg, metric string
		want        metric
	}{
		// Ordered Monday 16 at 08:12 Madrid, before opening: 24 business
		// hours (three days of 8 hours) end Wednesday 18 at 19:00. The
		// first answer came Tuesday 17 at 09:03.
		{"01", "first_reply", metric{"breached", "2026-11-18T19:00:00+01:00", "-16h0m0s"}},
		{"09", "first_reply", metric{"achieved", "2026-11-18T19:00:00+01:00", "15h56m44s"}},
		// The customer wrote again on Thursday 19 at 13:20 Madrid and was
		// answered the same day.
		{"27", "next_reply", metric{"active", "2026-11-23T19:00:00+01:00", "8h0m0s"}},
		{"29", "next_reply", metric{"achieved", "2026-11-23T19:00:00+01:00", "20h29m51s"}},
		// A bounce starts no clock.
		{"03", "first_reply", metric{"inactive", "", "24h0m0s"}},
	} {
		m := got[c.msg][c.metric]
		if m != c.want {
			t.Errorf("message %s %s: %+v, want %+v", c.msg, c.metric, m, c.want)
		}
	}

	// A stricter policy: 6 business hours from Monday 09:00 are five
	// until 14:00 and one after the break, to 17:00.
	strict := read("-policy", "prompt6h")
	if m := strict["01"]["first_reply"]; m.Due != "2026-11-16T17:00:00+01:00" {
		t.Errorf("-policy prompt6h: message 01 first reply due %s, want 2026-11-16T17:00:00+01:00", m.Due)
	}
	// Open around the clock, 24 hours are a day.
	allDay := read("-calendar", "UTC; mon-sun 00:00-24:00")
	if m := allDay["01"]["first_reply"]; m.Due != "2026-11-17T07:12:31Z" {
		t.Errorf("-calendar 24x7: message 01 first reply due %s, want 2026-11-17T07:12:31Z", m.Due)
	}
}

// checkDraft checks the shape of the draft key: null, or an object with
// exactly key, locale, subject and text.
func checkDraft(t *testing.T, src string, obj map[string]any) {
	t.Helper()
	switch d := obj["draft"].(type) {
	case nil:
	case map[string]any:
		checkKeys(t, src+" draft", d, []string{"key", "locale", "subject", "text"})
		for _, k := range []string{"key", "locale", "subject", "text"} {
			if s, _ := d[k].(string); s == "" {
				t.Errorf("%s: draft %s is %#v, want a non-empty string", src, k, d[k])
			}
		}
	default:
		t.Errorf("%s: draft is %#v, want an object or null", src, obj["draft"])
	}
}

func TestDrafts(t *testing.T) {
	out, errOut, status := triage(t, "-json", "-q", "-brand", "Tienda Sol", inboxDir)
	if status != exitOK {
		t.Fatalf("exit status %d\n%s", status, errOut)
	}
	type draftOut struct{ Key, Locale, Subject, Text string }
	drafts := map[string]*draftOut{}
	objs := decode(t, out)
	for _, obj := range objs {
		name := filepath.Base(obj["source"].(string))
		var d *draftOut
		if obj["draft"] != nil {
			b, _ := json.Marshal(obj["draft"])
			if err := json.Unmarshal(b, &d); err != nil {
				t.Fatal(err)
			}
		}
		drafts[name[:2]] = d

		typ, _ := obj["type"].(string)
		needs := obj["auto"] == nil && (typ == "complaint" || typ == "inquiry")
		if d != nil && !needs {
			t.Errorf("%s (%s, auto %v): drafted a reply to a message that needs none", name, typ, obj["auto"] != nil)
		}
		if d == nil {
			continue
		}
		if d.Key != "acknowledgement" {
			t.Errorf("%s: draft key %q", name, d.Key)
		}
		if !strings.HasPrefix(d.Subject, "Re: ") {
			t.Errorf("%s: draft subject %q is not a reply to the customer's", name, d.Subject)
		}
		if !strings.Contains(d.Text, "Lucía Romero\nAtención al cliente · Tienda Sol") {
			t.Errorf("%s: draft not signed by the agent:\n%s", name, d.Text)
		}
		lang, _ := obj["language"].(string)
		if base, _, _ := strings.Cut(d.Locale, "-"); lang != "und" && base != lang {
			t.Errorf("%s: message in %q, draft in %q", name, lang, d.Locale)
		}
		if from, _ := obj["from"].(map[string]any); from != nil {
			if first, _, _ := strings.Cut(from["name"].(string), " "); first != "" && !strings.Contains(d.Text, first) {
				t.Errorf("%s: draft does not greet %q:\n%s", name, first, d.Text)
			}
		}
	}

	// Messages of the sample inbox: the order that arrived late (Spanish),
	// the Brazilian invoice question, the English double charge; no draft
	// for the bounce, the out-of-office notice or the desk's replies.
	for _, want := range []struct{ msg, locale, phrase string }{
		{"01", "es-ES", "Hola, María:"},
		{"04", "pt", "Olá"},
		{"06", "en", "Hello Emily,"},
	} {
		d := drafts[want.msg]
		if d == nil {
			t.Errorf("message %s: no draft", want.msg)
			continue
		}
		if !strings.HasPrefix(d.Locale, want.locale) || !strings.Contains(d.Text, want.phrase) {
			t.Errorf("message %s: draft in %s:\n%s\nwant %s with %q", want.msg, d.Locale, d.Text, want.locale, want.phrase)
		}
	}
	for _, msg := range []string{"03", "09", "21"} {
		if drafts[msg] != nil {
			t.Errorf("message %s: drafted %+v, want none", msg, drafts[msg])
		}
	}

	// Without -agent there is nobody to sign: no drafts at all.
	out, _, _ = triage(t, "-json", "-q", "-agent", "", inboxDir)
	for _, obj := range decode(t, out) {
		if obj["draft"] != nil {
			t.Fatalf("%s: drafted without -agent", obj["source"])
		}
	}
	if _, _, status := triage(t, "-json", "-agent", "Lucía", inboxDir); status != exitUsage {
		t.Errorf("-agent without a role: exit status %d, want %d", status, exitUsage)
	}
}
