package thread

import (
	"bufio"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cartero/cartero/correspondence"
	"github.com/google/go-cmp/cmp"
)

// notmuchCorpora are the corpora of notmuch's test suite that
// scripts/notmuchthreads/run.sh recorded notmuch's threads of.
var notmuchCorpora = []string{"default", "lkml", "threading", "broken", "duplicate", "attachment", "html", "mangling"}

// notmuchRoot returns the folder of the shared notmuch corpora, or skips.
func notmuchRoot(t testing.TB) string {
	t.Helper()
	root := filepath.Join("..", "..", "shared", "corpora", "notmuch")
	if _, err := os.Stat(root); err != nil {
		t.Skipf("shared corpora not present at %s: the notmuch comparison needs ../shared/corpora beside the checkout", root)
	}
	return root
}

// loadCorpus parses every file below dir with the header-only parser,
// in path order. names gives each message the name notmuch gives it: its
// Message-ID, or "notmuch-sha1-" and the SHA-1 of the file when it has
// none.
func loadCorpus(t testing.TB, dir string) (msgs []*correspondence.Message, names map[*correspondence.Message]string) {
	t.Helper()
	names = make(map[*correspondence.Message]string)
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		msg, err := correspondence.ParseHeaderBytes(b)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		msgs = append(msgs, msg)
		names[msg] = msg.ID
		if msg.ID == "" {
			sum := sha1.Sum(b)
			names[msg] = "notmuch-sha1-" + hex.EncodeToString(sum[:])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) == 0 {
		t.Fatalf("no messages in %s", dir)
	}
	return msgs, names
}

// readThreads reads a golden file of scripts/notmuchthreads/run.sh: one
// paragraph of Message-IDs per thread.
func readThreads(t testing.TB, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (scripts/notmuchthreads/run.sh writes it)", err)
	}
	defer f.Close()
	var threads [][]string
	var cur []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "#"):
		case line == "":
			if cur != nil {
				threads = append(threads, cur)
				cur = nil
			}
		default:
			cur = append(cur, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if cur != nil {
		threads = append(threads, cur)
	}
	return canonical(threads)
}

// canonical sorts each thread's names, removes repeated names (copies of
// one message), and sorts the threads.
func canonical(threads [][]string) [][]string {
	for k, th := range threads {
		th = slices.Clone(th)
		slices.Sort(th)
		threads[k] = slices.Compact(th)
	}
	slices.SortFunc(threads, func(a, b []string) int { return slices.Compare(a, b) })
	return threads
}

// groups returns the names of the messages of each thread.
func groups(ths []*Thread, names map[*correspondence.Message]string) [][]string {
	var out [][]string
	for _, th := range ths {
		var g []string
		for _, msg := range th.Messages() {
			g = append(g, names[msg])
		}
		out = append(out, g)
	}
	return canonical(out)
}

// notmuchDifference is a deliberate difference from notmuch's threads:
// some notmuch threads that Build groups otherwise.
type notmuchDifference struct {
	corpus string
	reason string
	// notmuch names one message of each notmuch thread involved.
	notmuch []string
	// build lists the threads Build makes of the messages of those
	// notmuch threads, each in full except the last, which holds the
	// rest: rest messages, among them the one listed.
	build [][]string
	rest  int
	// subject is set when the difference comes from grouping by subject,
	// so that it disappears with Builder.ReferencesOnly.
	subject bool
}

// notmuchDifferences lists every deliberate difference from notmuch's
// groupings on the notmuch corpora. Every other thread must be the same.
var notmuchDifferences = []notmuchDifference{
	{
		corpus: "lkml",
		reason: `Three unrelated conversations answer "<yes>", typed at git send-email's prompt: ` +
			`Stefan Schmidt's maildir-flags patches (22 November 2009), his Makefile patch, which is missing, ` +
			`answered on 26 November 2009, and Suresh Jayaraman's CIFS series (22 June 2010). notmuch joins them ` +
			`through the shared identifier; Build keeps "<yes>" apart for messages that share nothing else (different ` +
			`authors, days or months apart, different subjects).`,
		notmuch: []string{"1258848661-4660-1-git-send-email-stefan@datenfreihafen.org"},
		build: [][]string{
			{
				"1258848661-4660-1-git-send-email-stefan@datenfreihafen.org",
				"1258848661-4660-2-git-send-email-stefan@datenfreihafen.org",
				"20091122183338.GB5735@excalibur.local",
				"20091122195246.GC5735@excalibur.local",
				"4b09891e.YhJ/aJZOBwneOaFr%michiel@michielbuddingh.net",
				"yunvdh3pfm9.fsf@aiko.keithp.com",
			},
			{
				"1259224970-sup-5259@cannonball",
				"b8197bcb0911260341o480edc2bof8a30f0b724dd96@mail.gmail.com",
			},
			{"1277220005-3322-1-git-send-email-sjayaraman@suse.de"}, // the CIFS series
		},
		rest: 40,
	},
	{
		corpus: "threading",
		reason: `Two fixtures of notmuch's tests, "ghost-root" and "parent-priority", each start with a message ` +
			`from Alice to Daniel with the subject "root message", sent at the same minute and without references. ` +
			`notmuch never groups by subject; Build groups such messages as Gmail does (same subject, same people, ` +
			`within a week).`,
		notmuch: []string{"000-real-root@example.org", "B00-root@example.org"},
		build:   [][]string{{"000-real-root@example.org"}},
		rest:    9,
		subject: true,
	},
}

// expected applies the deliberate differences for corpus to notmuch's
// threads, checking that each still describes notmuch's threads and
// accounts for all their messages. withSubject leaves out the
// differences that come from grouping by subject.
func expected(t *testing.T, corpus string, notmuch [][]string, withSubject bool) [][]string {
	t.Helper()
	want := slices.Clone(notmuch)
	for _, d := range notmuchDifferences {
		if d.corpus != corpus || d.subject && !withSubject {
			continue
		}
		var rest []string
		for _, id := range d.notmuch {
			k := slices.IndexFunc(want, func(th []string) bool { return slices.Contains(th, id) })
			if k < 0 {
				t.Fatalf("difference %q: no notmuch thread holds %s", d.reason, id)
			}
			rest = append(rest, want[k]...)
			want = slices.Delete(want, k, k+1)
		}
		for _, part := range d.build[:len(d.build)-1] {
			for _, id := range part {
				i := slices.Index(rest, id)
				if i < 0 {
					t.Fatalf("difference %q: %s is not in the notmuch threads", d.reason, id)
				}
				rest = slices.Delete(rest, i, i+1)
			}
			want = append(want, part)
		}
		if last := d.build[len(d.build)-1]; !slices.Contains(rest, last[0]) || len(rest) != d.rest {
			t.Fatalf("difference %q: the rest of the notmuch threads has %d messages, want %d holding %s",
				d.reason, len(rest), d.rest, last[0])
		}
		want = append(want, rest)
	}
	return canonical(want)
}

// TestNotmuch compares Build's groupings with notmuch's on notmuch's test
// corpora, and checks the invariants there.
func TestNotmuch(t *testing.T) {
	root := notmuchRoot(t)
	for _, corpus := range notmuchCorpora {
		t.Run(corpus, func(t *testing.T) {
			msgs, names := loadCorpus(t, filepath.Join(root, corpus))
			notmuch := readThreads(t, filepath.Join("testdata", "notmuch", corpus+".golden"))
			ths := Build(msgs)
			checkInvariants(t, msgs, ths)
			got := groups(ths, names)
			if diff := cmp.Diff(expected(t, corpus, notmuch, true), got); diff != "" {
				t.Errorf("groupings differ from notmuch's beyond the listed differences (-want +got):\n%s", diff)
			}
			same := 0
			for _, th := range got {
				if slices.ContainsFunc(notmuch, func(n []string) bool { return slices.Equal(n, th) }) {
					same++
				}
			}
			t.Logf("%s: %d files; notmuch %d threads, Build %d threads, %d identical", corpus, len(msgs), len(notmuch), len(got), same)
			// notmuch does not group by subject: without it, only the
			// differences that do not come from subjects remain.
			ref := groups((&Builder{ReferencesOnly: true}).Build(msgs), names)
			if diff := cmp.Diff(expected(t, corpus, notmuch, false), ref); diff != "" {
				t.Errorf("ReferencesOnly: groupings differ from notmuch's beyond the listed differences (-want +got):\n%s", diff)
			}
		})
	}
}

// TestNotmuchTrees records the shape of Build's trees on the notmuch
// corpora, so that changes to the tree structure show up in review.
func TestNotmuchTrees(t *testing.T) {
	root := notmuchRoot(t)
	for _, corpus := range notmuchCorpora {
		t.Run(corpus, func(t *testing.T) {
			msgs, names := loadCorpus(t, filepath.Join(root, corpus))
			var b strings.Builder
			for k, th := range Build(msgs) {
				if k > 0 {
					b.WriteString("\n")
				}
				for n, depth := range th.Nodes() {
					b.WriteString(strings.Repeat("  ", depth))
					switch {
					case n.Message != nil:
						b.WriteString(names[n.Message])
					case n.ID == "":
						b.WriteString("*")
					default:
						b.WriteString("?" + n.ID)
					}
					fmt.Fprintf(&b, " (%s)\n", n.Link)
				}
			}
			golden(t, filepath.Join("testdata", "trees", corpus+".golden"), []byte(b.String()))
		})
	}
}
