package main

import (
	"bufio"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// split cuts an mbox held in a string, the way file does.
func split(t *testing.T, mbox string, bufSize int, limit int64) (msgs []string, sizes []int64) {
	t.Helper()
	mr := &mboxReader{br: bufio.NewReaderSize(strings.NewReader(mbox), bufSize), limit: limit}
	msgs = []string{}
	for {
		msg, err := mr.next()
		if err != nil {
			if !errors.Is(err, io.EOF) {
				t.Fatalf("next: %v", err)
			}
			return msgs, sizes
		}
		msgs = append(msgs, string(msg))
		sizes = append(sizes, mr.size)
		if len(msgs) > 100 {
			t.Fatal("mboxReader does not stop")
		}
	}
}

func TestMboxSplit(t *testing.T) {
	long := strings.Repeat("x", 100)
	tests := []struct {
		name    string
		mbox    string
		bufSize int   // 0: the default
		limit   int64 // 0: none
		want    []string
		sizes   []int64 // the full sizes, when they differ from the kept ones
	}{
		{
			name: "empty file",
			mbox: "",
			want: []string{},
		},
		{
			name: "one message",
			mbox: "From ana@example.com Mon Jan  1 00:00:00 2024\nSubject: a\n\nhello\n",
			want: []string{"Subject: a\n\nhello\n"},
		},
		{
			name: "two messages, framing blank line dropped",
			mbox: "From a Mon Jan  1 00:00:00 2024\nSubject: a\n\nhello\n\n" +
				"From b Mon Jan  1 00:00:01 2024\nSubject: b\n\nbye\n\n",
			want: []string{"Subject: a\n\nhello\n", "Subject: b\n\nbye\n"},
		},
		{
			name: "only the last blank line is framing",
			mbox: "From a\nSubject: a\n\nhello\n\n\n\nFrom b\nSubject: b\n\nbye\n",
			want: []string{"Subject: a\n\nhello\n\n\n", "Subject: b\n\nbye\n"},
		},
		{
			name: "mboxo escaping",
			mbox: "From a\nSubject: a\n\n>From the start\nbody\n",
			want: []string{"Subject: a\n\nFrom the start\nbody\n"},
		},
		{
			name: "mboxrd escaping removes one level",
			mbox: "From a\nSubject: a\n\n>>From quoted\n>>>From deeper\n> From not escaped\n>Fromage\n",
			want: []string{"Subject: a\n\n>From quoted\n>>From deeper\n> From not escaped\n>Fromage\n"},
		},
		{
			name: "From inside a paragraph is content",
			mbox: "From a\nSubject: a\n\nI wrote this\nFrom my phone\n",
			want: []string{"Subject: a\n\nI wrote this\nFrom my phone\n"},
		},
		{
			name: "From not at the start of a line is content",
			mbox: "From a\nSubject: a\n\nline\n From b\n",
			want: []string{"Subject: a\n\nline\n From b\n"},
		},
		{
			name: "CRLF",
			mbox: "From a\r\nSubject: a\r\n\r\n>From x\r\nhello\r\n\r\nFrom b\r\nSubject: b\r\n\r\nbye\r\n\r\n",
			want: []string{"Subject: a\r\n\r\nFrom x\r\nhello\r\n", "Subject: b\r\n\r\nbye\r\n"},
		},
		{
			name: "last line without newline",
			mbox: "From a\nSubject: a\n\nhello",
			want: []string{"Subject: a\n\nhello"},
		},
		{
			name: "envelope lines without messages",
			mbox: "From a\n\nFrom b\n",
			want: []string{"", ""},
		},
		{
			name:    "lines longer than the buffer",
			bufSize: 16,
			mbox: "From " + long + "\nSubject: " + long + "\n\n>From " + long + "\n" + long + "From x\n\n" +
				"From b\nSubject: b\n",
			want: []string{"Subject: " + long + "\n\nFrom " + long + "\n" + long + "From x\n", "Subject: b\n"},
		},
		{
			name:  "limit keeps one byte more than the limit",
			mbox:  "From a\nSubject: a\n\n" + long + "\n\nFrom b\nSubject: b\n",
			limit: 20,
			want:  []string{"Subject: a\n\nxxxxxxxxx", "Subject: b\n"},
			sizes: []int64{113, 11},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			size := tt.bufSize
			if size == 0 {
				size = 4096
			}
			got, sizes := split(t, tt.mbox, size, tt.limit)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
			wantSizes := tt.sizes
			if wantSizes == nil {
				for _, m := range tt.want {
					wantSizes = append(wantSizes, int64(len(m)))
				}
			}
			if !reflect.DeepEqual(sizes, wantSizes) {
				t.Errorf("sizes %d, want %d", sizes, wantSizes)
			}
		})
	}
}

func TestMboxCount(t *testing.T) {
	mbox := "From a\nSubject: a\n\nhello\n\nFrom b\nSubject: b\n\nbye\n"
	mr := &mboxReader{br: bufio.NewReader(strings.NewReader(mbox)), count: true}
	n := 0
	for {
		msg, err := mr.next()
		if err != nil {
			break
		}
		if len(msg) != 0 {
			t.Errorf("counting pass kept %q", msg)
		}
		n++
	}
	if n != 2 {
		t.Errorf("counted %d messages, want 2", n)
	}
}

// tree creates files (paths ending in / are directories) under a new
// temporary directory and returns it.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// names lists the sources under paths, relative to root, with their error
// when they have one.
func names(t *testing.T, root string, paths ...string) []string {
	t.Helper()
	got := []string{}
	for src := range (enumerator{}).sources(paths) {
		name, err := filepath.Rel(root, src.name)
		if err != nil {
			name = src.name
		}
		name = filepath.ToSlash(name)
		if src.err != nil {
			name += " (error)"
		}
		got = append(got, name)
	}
	return got
}

func TestIsMaildir(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  bool
	}{
		{"cur new tmp", map[string]string{"cur/": "", "new/": "", "tmp/": ""}, true},
		{"cur new", map[string]string{"cur/": "", "new/": ""}, true},
		{"new tmp", map[string]string{"new/": "", "tmp/": ""}, true},
		{"cur only", map[string]string{"cur/": ""}, false},
		{"plain directory", map[string]string{"a.eml": "x", "sub/": ""}, false},
		{"files named like the directories", map[string]string{"cur": "x", "new": "x", "tmp": "x"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isMaildir(tree(t, tt.files)); got != tt.want {
				t.Errorf("isMaildir = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMaildir(t *testing.T) {
	root := tree(t, map[string]string{
		"Mail/cur/1700000002.M2.host:2,S":       "Subject: b\n\nb\n",
		"Mail/cur/1700000001.M1.host:2,RS":      "Subject: a\n\na\n",
		"Mail/cur/.hidden":                      "not mail",
		"Mail/new/1700000003.M3.host":           "Subject: c\n\nc\n",
		"Mail/tmp/1700000004.M4.host":           "being delivered",
		"Mail/dovecot-uidlist":                  "not mail",
		"Mail/maildirfolder/":                   "",
		"Mail/.Sent/cur/1700000005.M5.host:2,S": "Subject: d\n\nd\n",
		"Mail/.Sent/new/":                       "",
		"Mail/.Sent/tmp/":                       "",
		"Mail/.Drafts/cur/":                     "",
		"Mail/.Drafts/new/1700000006.M6.host":   "Subject: e\n\ne\n",
		"Mail/Archive/cur/1700000007.M7.host":   "Subject: f\n\nf\n",
		"Mail/Archive/new/":                     "",
		"Mail/new/1700000008.mbox-like":         "From x\nSubject: g\n\ng\n\nFrom y\nSubject: h\n\nh\n",
	})
	got := names(t, root, filepath.Join(root, "Mail"))
	want := []string{
		"Mail/cur/1700000001.M1.host:2,RS",
		"Mail/cur/1700000002.M2.host:2,S",
		"Mail/new/1700000003.M3.host",
		"Mail/new/1700000008.mbox-like:1",
		"Mail/new/1700000008.mbox-like:2",
		"Mail/.Drafts/new/1700000006.M6.host",
		"Mail/.Sent/cur/1700000005.M5.host:2,S",
		"Mail/Archive/cur/1700000007.M7.host",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestWalkOrder(t *testing.T) {
	root := tree(t, map[string]string{
		"in/b.eml":              "Subject: b\n\n",
		"in/a.eml":              "Subject: a\n\n",
		"in/C.EML":              "Subject: c\n\n",
		"in/notes.txt":          "not mail",
		"in/sub/z.eml":          "Subject: z\n\n",
		"in/sub/deeper/y.eml":   "Subject: y\n\n",
		"in/aa/x.eml":           "Subject: x\n\n",
		"in/export.mbox":        "From a\nSubject: 1\n\n\nFrom b\nSubject: 2\n",
		"in/box/cur/1.host":     "Subject: m\n\n",
		"in/box/new/":           "",
		"in/box/tmp/":           "",
		"in/eml-is-mbox.eml":    "From a\nSubject: 1\n",
		"loose-file":            "Subject: anything\n\n",
		"in/empty-dir/":         "",
		"in/dir.eml/inside.eml": "Subject: dir\n\n",
	})
	got := names(t, root,
		filepath.Join(root, "loose-file"),
		filepath.Join(root, "in"),
		filepath.Join(root, "missing.eml"),
	)
	want := []string{
		"loose-file",
		"in/C.EML",
		"in/a.eml",
		"in/aa/x.eml",
		"in/b.eml",
		"in/box/cur/1.host",
		"in/dir.eml/inside.eml",
		"in/eml-is-mbox.eml:1",
		"in/export.mbox:1",
		"in/export.mbox:2",
		"in/sub/deeper/y.eml",
		"in/sub/z.eml",
		"missing.eml (error)",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestWalkSymlinks(t *testing.T) {
	root := tree(t, map[string]string{
		"in/a.eml":        "Subject: a\n\n",
		"elsewhere/b.eml": "Subject: b\n\n",
	})
	in := filepath.Join(root, "in")
	links := map[string]string{
		filepath.Join(in, "b.eml"):        filepath.Join(root, "elsewhere", "b.eml"),
		filepath.Join(in, "loop"):         in,
		filepath.Join(in, "dangling.eml"): filepath.Join(root, "nowhere"),
	}
	for link, target := range links {
		if err := os.Symlink(target, link); err != nil {
			t.Skipf("symlinks unavailable: %v", err)
		}
	}
	got := names(t, root, in)
	want := []string{"in/a.eml", "in/b.eml", "in/dangling.eml (error)"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestUnreadableSource(t *testing.T) {
	srcs := []source{}
	for src := range (enumerator{}).sources([]string{filepath.Join(t.TempDir(), "nope")}) {
		srcs = append(srcs, src)
	}
	if len(srcs) != 1 || !errors.Is(srcs[0].err, os.ErrNotExist) {
		t.Fatalf("got %+v, want one not-found source", srcs)
	}
}
