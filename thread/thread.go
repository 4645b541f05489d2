package thread

import (
	"iter"
	"strconv"

	"github.com/cartero/cartero/correspondence"
)

// Thread is one conversation: a tree of the messages that belong together.
type Thread struct {
	// Root is the start of the conversation. It may be a node without a
	// message: the first message was referenced but is not among those
	// threaded, or the thread gathers trees that share references but no
	// common ancestor (see [LinkShared]).
	Root *Node
}

// Node is one place in a thread: a message, or a message that others
// refer to but that is missing.
type Node struct {
	// Message is the message at this place, or nil when the message is
	// missing: it was referenced but is not among those threaded.
	Message *correspondence.Message

	// ID is the Message-ID of the message, canonical as in
	// correspondence.Message; for a missing message it is the identifier
	// it was referenced by. It is "" for a message without a Message-ID
	// and for a root that only gathers trees ([LinkShared]).
	ID string

	// Parent is the node this one answers; nil for the root.
	Parent *Node

	// Children are the answers to this node, oldest first.
	Children []*Node

	// Link says how the node was attached to its parent; LinkRoot for
	// the root.
	Link Link
}

// Link says why a node was attached to its parent.
type Link uint8

// The ways a node is attached to its parent.
const (
	// LinkRoot: the node has no parent.
	LinkRoot Link = iota
	// LinkInReplyTo: the message's own In-Reply-To names the parent.
	LinkInReplyTo
	// LinkReferences: the message's own References names the parent:
	// its last identifier that is not bogus or, when a list rewrote the
	// message's In-Reply-To, the newest message References names.
	LinkReferences
	// LinkInferred: another message's References put this node under
	// the parent. Missing messages get their place this way, and so do
	// messages that lost their own threading headers.
	LinkInferred
	// LinkDuplicate: the message is another copy of its parent; both
	// have the same Message-ID.
	LinkDuplicate
	// LinkSubject: the node starts a tree without usable references
	// (a message without references, or the missing message a bogus
	// identifier stands for), whose first message has the same subject
	// and the same participants as the parent and was sent within the
	// Builder's Window after it.
	LinkSubject
	// LinkShared: the parent is a root without a message that gathers
	// trees whose messages share references but have no common
	// ancestor that could be placed.
	LinkShared
)

var linkNames = [...]string{
	LinkRoot:       "root",
	LinkInReplyTo:  "in-reply-to",
	LinkReferences: "references",
	LinkInferred:   "inferred",
	LinkDuplicate:  "duplicate",
	LinkSubject:    "subject",
	LinkShared:     "shared",
}

// String returns the link's name in lower case ("in-reply-to",
// "subject"), as it appears in JSON output.
func (l Link) String() string {
	if int(l) < len(linkNames) {
		return linkNames[l]
	}
	return "link(" + strconv.Itoa(int(l)) + ")"
}

// Len returns the number of messages in the thread; missing messages
// are not counted.
func (t *Thread) Len() int {
	n := 0
	for nd := range t.Nodes() {
		if nd.Message != nil {
			n++
		}
	}
	return n
}

// Messages returns the thread's messages in tree order: each message
// before its answers, answers oldest first. Missing messages are
// skipped.
func (t *Thread) Messages() []*correspondence.Message {
	var ms []*correspondence.Message
	for nd := range t.Nodes() {
		if nd.Message != nil {
			ms = append(ms, nd.Message)
		}
	}
	return ms
}

// Nodes returns an iterator over every node of the thread in tree
// order, with its depth (0 for the root). Missing messages are
// included.
func (t *Thread) Nodes() iter.Seq2[*Node, int] {
	return func(yield func(*Node, int) bool) {
		if t == nil || t.Root == nil {
			return
		}
		// An explicit stack: list threads can be thousands deep.
		type frame struct {
			n     *Node
			depth int
		}
		stack := []frame{{t.Root, 0}}
		for len(stack) > 0 {
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !yield(f.n, f.depth) {
				return
			}
			for i := len(f.n.Children) - 1; i >= 0; i-- {
				stack = append(stack, frame{f.n.Children[i], f.depth + 1})
			}
		}
	}
}
