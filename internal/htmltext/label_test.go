package htmltext

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// testLabeler labels class="q" elements 2, class="s" elements 1, and
// everything from an <hr class="rest"> on 3.
func testLabeler(name string, attr func(string) string) (Label, bool) {
	switch {
	case name == "hr" && attr("class") == "rest":
		return 3, true
	case attr("class") == "q":
		return 2, false
	case attr("class") == "s":
		return 1, false
	}
	return 0, false
}

func TestRenderLabels(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // each line as "label|text"
	}{
		{
			name: "nesting keeps the greatest label",
			in:   `<div>new</div><div class="q">quoted<div class="s">still quoted</div></div><div class="s">signature</div>`,
			want: []string{"0|new", "2|quoted", "2|still quoted", "1|signature"},
		},
		{
			name: "rest label",
			in:   `<p>new</p><hr class="rest"><div>after</div><div class="s">signature after the rule</div>`,
			want: []string{"0|new", "3|", "3|after", "3|signature after the rule"},
		},
		{
			name: "blockquote lines",
			in:   `<div>a</div><blockquote class="q"><p>b</p><p>c</p></blockquote><div>d</div>`,
			want: []string{"0|a", "2|", "2|> b", "2|>", "2|> c", "0|", "0|d"},
		},
		{
			name: "labels in hidden content are not asked for",
			in:   `<div style="display:none"><hr class="rest"></div><div>visible</div>`,
			want: []string{"0|visible"},
		},
		{
			name: "empty",
			in:   `<div class="q"></div>`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, labels := Render(tt.in, Options{Labeler: testLabeler})
			if text != Text(tt.in) {
				t.Fatalf("Render gave %q, Text %q", text, Text(tt.in))
			}
			var got []string
			if text != "" {
				for i, l := range strings.Split(text, "\n") {
					got = append(got, string(rune('0'+labels[i]))+"|"+l)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("labels differ (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRenderAttributes(t *testing.T) {
	var seen []string
	Render(`<div id="x" class="a b" data-v="1">t</div><p>u</p>`, Options{Labeler: func(name string, attr func(string) string) (Label, bool) {
		seen = append(seen, name+":"+attr("id")+":"+attr("class")+":"+attr("data-v")+":"+attr("missing"))
		return 0, false
	}})
	want := []string{"div:x:a b:1:", "p::::"}
	if diff := cmp.Diff(want, seen); diff != "" {
		t.Errorf("labeler calls differ (-want +got):\n%s", diff)
	}
}

func TestRenderTightLists(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<div>Necesito:</div><ul><li>a</li><li>b</li></ul><div>Gracias.</div>`, "Necesito:\n- a\n- b\nGracias."},
		{`<div>Necesito:</div><ul><li>a</li></ul><div><br></div><div>Gracias.</div>`, "Necesito:\n- a\n\nGracias."},
		{`<p class=MsoNormal>Solicito:</p><ul style="margin-top:0cm"><li>a</li></ul>`, "Solicito:\n- a"},
		{`<div>x</div><ol style="margin-top:1em"><li>a</li></ol>`, "x\n\n1. a"},
		{`<div>x</div><ul><li>a<ul><li>b</li></ul></li></ul>`, "x\n- a\n  - b"},
	}
	for _, tt := range tests {
		if got, _ := Render(tt.in, Options{TightLists: true}); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
	if got, labels := Render(`<ul><li>a</li></ul>`, Options{}); got != Text(`<ul><li>a</li></ul>`) || labels != nil {
		t.Errorf("zero options: %q %v", got, labels)
	}
}

// FuzzRender checks that labelling never changes the text and gives one
// label per line.
func FuzzRender(f *testing.F) {
	for _, s := range []string{
		`<div class="q">a<hr class="rest">b</div><p class="s">c`,
		"<blockquote class=q><pre>a\n\n b</pre></blockquote>",
		"<ul><li>x<ol><li>y</ol></ul><table><tr><td class=s>z",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		text, labels := Render(in, Options{Labeler: testLabeler})
		if text != Text(in) {
			t.Fatalf("Render and Text differ for %q", in)
		}
		lines := 0
		if text != "" {
			lines = strings.Count(text, "\n") + 1
		}
		if len(labels) != lines {
			t.Fatalf("%d labels for %d lines", len(labels), lines)
		}
	})
}
