package htmltext

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Label is a class of content that a [Labeler] gives to elements, such as
// "quoted history" or "signature". Labels are ordered: where labelled
// elements nest, the greatest label wins. The zero Label means none.
type Label uint8

// Labeler gives an element its label from its start tag. name is the
// element's lower-case name; attr returns the value of the attribute with
// the given lower-case name, or "" when the tag has none. The label holds
// for the element and its content; when rest is true it also holds for
// everything after the element, to the end of the document. A Labeler
// that returns 0 and false leaves the element unlabelled.
type Labeler func(name string, attr func(key string) string) (label Label, rest bool)

// Options changes what [Render] does. The zero value renders as [Text]
// does.
type Options struct {
	// Labeler, when set, labels the elements of the document, and Render
	// returns the label of each line.
	Labeler Labeler

	// TightLists starts a list on the line after the text before it,
	// without a blank line, the way a list is typed in plain text ("Two
	// questions:" and then "- one"). People who want a blank line around
	// a list in a mail composer type one, and it is kept, and so is a
	// margin of a line or more in the list's style. Nested lists and list
	// items are laid out as Text lays them out.
	TightLists bool
}

// Render renders html as [Text] does, changed as opts say. With a
// Labeler it also returns the label of each line of the text, in order:
// the greatest of the labels of the elements open around the line's first
// character and the rest labels of the elements before it. A blank line
// gets the label in force where the content after it starts. The
// Labeler is called once for each start tag outside hidden content, in
// document order, and not for elements nested deeper than the renderer
// tracks.
//
// Without a Labeler labels is nil; with one, len(labels) is the number
// of lines of text: 0 for an empty text, and strings.Count(text, "\n")+1
// otherwise.
func Render(html string, opts Options) (text string, labels []Label) {
	r := renderer{curList: -1, tightLists: opts.TightLists}
	if opts.Labeler != nil {
		l := &labeling{labeler: opts.Labeler}
		l.attr = l.value
		r.lab = l
		r.w.labeling = true
	}
	out := r.run(html)
	if opts.Labeler == nil || len(out) == 0 {
		return string(out), nil
	}
	n := bytes.Count(out, []byte{'\n'}) + 1
	labels = r.w.labels
	for len(labels) < n {
		// Never expected: every line written records its label.
		labels = append(labels, r.w.label)
	}
	return string(out), labels[:n:n]
}

// attr is one attribute of a start tag; the slices point into the
// tokenizer's buffer.
type attr struct{ key, val []byte }

// labeling is the state Labeled adds to a rendering.
type labeling struct {
	labeler Labeler
	kv      []attr              // the attributes of the current start tag
	attr    func(string) string // value, made once so that calls do not allocate
	rest    Label               // the greatest rest label so far
}

// value returns the value of the current start tag's attribute key.
func (l *labeling) value(key string) string {
	for _, a := range l.kv {
		if string(a.key) == key {
			return string(a.val)
		}
	}
	return ""
}

// label reads the attributes of the current start tag into at and asks
// the labeler for the element's label.
func (r *renderer) label(z *html.Tokenizer, a atom.Atom, name []byte, hasAttr bool, k kind, at *attrs) Label {
	l := r.lab
	l.kv = l.kv[:0]
	if hasAttr {
		at.read(z, k, &l.kv)
	}
	if at.hidden {
		return 0
	}
	n := a.String()
	if a == 0 {
		n = string(name)
	}
	label, rest := l.labeler(n, l.attr)
	if rest && label > l.rest {
		l.rest = label
		r.relabel()
	}
	return label
}

// relabel sets the label of the lines started from now on.
func (r *renderer) relabel() {
	label := r.lab.rest
	if n := len(r.stack); n > 0 {
		label = max(label, r.stack[n-1].label)
	}
	r.w.label = label
}
