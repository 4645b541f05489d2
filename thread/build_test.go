package thread

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/internal/goldentest"
	"github.com/cartero/cartero/internal/mailgen"
	"github.com/google/go-cmp/cmp"
)

// update rewrites golden files with the current output: go test -update.
// The flag and golden serve every test file of the package.
var update = flag.Bool("update", false, "rewrite golden files in testdata")

// golden compares got with the golden file at path, or rewrites it with
// -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	goldentest.Check(t, path, got, *update)
}

// m describes a test message compactly: identifiers separated by spaces,
// addresses by commas, dates as "2006-01-02 15:04" in UTC ("" for none).
type m struct {
	id, irt, refs string
	from, to      string
	subject, date string
	received      string // like date
	name          string // From display name
}

func (d m) message() *correspondence.Message {
	msg := &correspondence.Message{
		ID:         d.id,
		InReplyTo:  strings.Fields(d.irt),
		References: strings.Fields(d.refs),
		From:       correspondence.Address{Name: d.name, Address: d.from},
		Subject:    d.subject,
	}
	for a := range strings.SplitSeq(d.to, ",") {
		if a = strings.TrimSpace(a); a != "" {
			msg.To = append(msg.To, correspondence.Address{Address: a})
		}
	}
	msg.Date = date(d.date)
	msg.Received = date(d.received)
	return msg
}

// date parses "2006-01-02 15:04" in UTC; "" is the zero time.
func date(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02 15:04", s)
	if err != nil {
		panic(err)
	}
	return t
}

func messages(ds []m) []*correspondence.Message {
	msgs := make([]*correspondence.Message, len(ds))
	for i, d := range ds {
		msgs[i] = d.message()
	}
	return msgs
}

// shape renders threads as "a(b c(d)) | e": a node is its ID, "?id" for a
// missing message, "*" for a gathering root, "-" for a message without
// an ID; children in parentheses.
func shape(ths []*Thread) string {
	var b strings.Builder
	var node func(n *Node)
	node = func(n *Node) {
		switch {
		case n.Message == nil && n.ID == "":
			b.WriteString("*")
		case n.Message == nil:
			b.WriteString("?" + n.ID)
		case n.ID == "":
			b.WriteString("-")
		default:
			b.WriteString(n.ID)
		}
		if len(n.Children) > 0 {
			b.WriteString("(")
			for k, c := range n.Children {
				if k > 0 {
					b.WriteString(" ")
				}
				node(c)
			}
			b.WriteString(")")
		}
	}
	for k, th := range ths {
		if k > 0 {
			b.WriteString(" | ")
		}
		node(th.Root)
	}
	return b.String()
}

// links returns the link of every node with a message, by ID, for the
// nodes whose ID is unique.
func links(ths []*Thread) map[string]Link {
	out := make(map[string]Link)
	for _, th := range ths {
		for n := range th.Nodes() {
			if n.Message != nil && n.ID != "" {
				out[n.ID] = n.Link
			}
		}
	}
	return out
}

func TestBuild(t *testing.T) {
	tests := []struct {
		name  string
		msgs  []m
		want  string
		links map[string]Link // checked when set
	}{
		{
			name: "chain",
			msgs: []m{
				{id: "a", date: "2024-03-04 10:00"},
				{id: "b", irt: "a", refs: "a", date: "2024-03-04 11:00"},
				{id: "c", irt: "b", refs: "a b", date: "2024-03-04 12:00"},
				{id: "d", irt: "a", refs: "a", date: "2024-03-04 11:30"},
			},
			want:  "a(b(c) d)",
			links: map[string]Link{"a": LinkRoot, "b": LinkInReplyTo, "c": LinkInReplyTo},
		},
		{
			name: "References only",
			msgs: []m{
				{id: "a", date: "2024-03-04 10:00"},
				{id: "b", refs: "a", date: "2024-03-04 11:00"},
			},
			want:  "a(b)",
			links: map[string]Link{"b": LinkReferences},
		},
		{
			name: "missing root",
			msgs: []m{
				{id: "b", irt: "x", refs: "x", date: "2024-03-04 11:00"},
				{id: "c", irt: "b", refs: "x b", date: "2024-03-04 12:00"},
			},
			want: "?x(b(c))",
		},
		{
			name: "missing middle, found by References",
			msgs: []m{
				{id: "a", date: "2024-03-04 10:00"},
				{id: "c", irt: "b", refs: "a b", date: "2024-03-04 12:00"},
			},
			want: "a(?b(c))",
		},
		{
			name: "missing messages that nothing answers are left out",
			msgs: []m{
				{id: "a", irt: "y", refs: "w x y", date: "2024-03-04 10:00"},
			},
			want: "?w(?x(?y(a)))",
		},
		{
			name: "In-Reply-To beats the last reference",
			msgs: []m{
				{id: "a", date: "2024-03-04 10:00"},
				{id: "b", irt: "a", refs: "a", date: "2024-03-04 11:00"},
				{id: "c", irt: "b", refs: "a", date: "2024-03-04 12:00"},
			},
			want:  "a(b(c))",
			links: map[string]Link{"c": LinkInReplyTo},
		},
		{
			name: "several In-Reply-To ids: References decides",
			msgs: []m{
				{id: "a", date: "2024-03-04 10:00"},
				{id: "b", irt: "a", date: "2024-03-04 11:00"},
				{id: "c", irt: "a b", refs: "a b", date: "2024-03-04 12:00"},
			},
			want:  "a(b(c))",
			links: map[string]Link{"c": LinkReferences},
		},
		{
			name: "several In-Reply-To ids, no References: the first one there",
			msgs: []m{
				{id: "b", date: "2024-03-04 11:00"},
				{id: "c", irt: "x b", date: "2024-03-04 12:00"},
			},
			want: "b(c)",
		},
		{
			name: "list rewrote In-Reply-To",
			msgs: []m{
				{id: "a@x", date: "2024-03-04 10:00"},
				{id: "b@x", irt: "a@x", refs: "a@x", date: "2024-03-04 11:00"},
				{id: "c@x", irt: "b-Xy1@public.gmane.org", refs: "a@x b@x", date: "2024-03-04 12:00"},
			},
			want:  "a@x(b@x(c@x))",
			links: map[string]Link{"c@x": LinkReferences},
		},
		{
			name: "rewritten In-Reply-To and References newest first",
			msgs: []m{
				{id: "a@x", date: "2024-03-04 10:00"},
				{id: "b@x", irt: "a@x", refs: "a@x", date: "2024-03-04 11:00"},
				{id: "c@x", irt: "b-Xy1@public.gmane.org", refs: "b@x a@x", date: "2024-03-04 12:00"},
			},
			want: "a@x(b@x(c@x))",
		},
		{
			name: "References newest first",
			msgs: []m{
				{id: "root", date: "2016-06-16 22:14"},
				{id: "child", irt: "root", refs: "root", date: "2016-06-17 22:14"},
				{id: "grand", irt: "child", refs: "child root", date: "2016-06-17 22:24"},
			},
			want: "root(child(grand))",
		},
		{
			name: "References newest first, child missing",
			msgs: []m{
				{id: "root", date: "2016-06-16 22:14"},
				{id: "grand", irt: "child", refs: "child root", date: "2016-06-17 22:24"},
			},
			want: "root(?child(grand))",
		},
		{
			name: "two messages answer each other: the older starts",
			msgs: []m{
				{id: "b", irt: "a", date: "2016-06-17 22:14"},
				{id: "a", irt: "b", date: "2016-06-16 22:14"},
			},
			want:  "a(b)",
			links: map[string]Link{"a": LinkRoot, "b": LinkInReplyTo},
		},
		{
			name: "cycle of three",
			msgs: []m{
				{id: "a", irt: "c", date: "2024-03-04 10:00"},
				{id: "b", irt: "a", date: "2024-03-04 11:00"},
				{id: "c", irt: "b", date: "2024-03-04 12:00"},
			},
			want: "a(b(c))",
		},
		{
			name: "References cycle among missing messages",
			msgs: []m{
				{id: "m1", refs: "x@h y@h", date: "2024-03-04 10:00"},
				{id: "m2", refs: "y@h x@h", date: "2024-03-04 11:00"},
			},
			want: "?x@h(?y@h(m1) m2)",
		},
		{
			name: "References cycle through messages",
			msgs: []m{
				{id: "a", refs: "c b", date: "2024-03-04 10:00"},
				{id: "b", refs: "a c", date: "2024-03-04 11:00"},
				{id: "c", refs: "b a", date: "2024-03-04 12:00"},
			},
			want: "a(c(b))",
		},
		{
			name: "self-reference",
			msgs: []m{
				{id: "a", irt: "a", refs: "a", date: "2024-03-04 10:00"},
			},
			want:  "a",
			links: map[string]Link{"a": LinkRoot},
		},
		{
			name: "self-reference beside a real parent",
			msgs: []m{
				{id: "a", date: "2024-03-04 10:00"},
				{id: "b", irt: "b", refs: "a b", date: "2024-03-04 11:00"},
			},
			want: "a(b)",
		},
		{
			name: "duplicates: both copies kept",
			msgs: []m{
				{id: "a", date: "2024-03-04 10:00", subject: "one"},
				{id: "b", irt: "a", date: "2024-03-04 11:00"},
				{id: "a", date: "2024-03-04 10:00", subject: "two"},
			},
			want: "a(a b)",
		},
		{
			name: "duplicates with different References (one mail to several bugs)",
			msgs: []m{
				{id: "r@x", refs: "p1@x", date: "2018-12-20 18:25"},
				{id: "r@x", refs: "p2@x", date: "2018-12-20 18:25"},
				{id: "r@x", refs: "p3@x", date: "2018-12-20 18:25"},
			},
			want: "?p1@x(r@x(r@x r@x))",
		},
		{
			name: "duplicate of a reply",
			msgs: []m{
				{id: "a", date: "2024-03-04 10:00"},
				{id: "b", irt: "a", date: "2024-03-04 11:00"},
				{id: "b", irt: "a", date: "2024-03-04 11:00"},
			},
			want: "a(b(b))",
		},
		{
			name: "messages without Message-ID",
			msgs: []m{
				{date: "2024-03-04 10:00"},
				{irt: "a", date: "2024-03-04 11:00"},
				{id: "a", date: "2024-03-04 09:00"},
			},
			want: "a(-) | -",
		},
		{
			name: "X.400 identifiers",
			msgs: []m{
				{id: `"/c=us/admd=attmail/prmd=acme/o=sales/s=smith/"@mhs.acme.com`, date: "1996-01-02 10:00"},
				{id: "r@x", irt: `"/c=us/admd=attmail/prmd=acme/o=sales/s=smith/"@mhs.acme.com`, date: "1996-01-02 11:00"},
			},
			want: `"/c=us/admd=attmail/prmd=acme/o=sales/s=smith/"@mhs.acme.com(r@x)`,
		},
		{
			name: "bogus <yes>: two series by different people months apart",
			msgs: []m{
				{id: "s1@a", irt: "yes", refs: "yes", from: "stefan@a", name: "Stefan", date: "2009-11-22 00:11"},
				{id: "s2@a", irt: "s1@a", refs: "yes s1@a", from: "stefan@a", name: "Stefan", date: "2009-11-22 00:11"},
				{id: "k@b", irt: "s1@a", refs: "yes s1@a", from: "keith@b", name: "Keith", date: "2009-11-22 00:28"},
				{id: "c0@s", irt: "yes", refs: "yes", from: "suresh@s", name: "Suresh", date: "2010-06-22 15:20"},
				{id: "c1@s", irt: "yes", refs: "yes", from: "suresh-Xy@public.gmane.org", name: "Suresh", date: "2010-06-22 15:22"},
				{id: "d@r", irt: "c1-Xy@public.gmane.org", refs: "c1@s yes", from: "david@r", name: "David", date: "2010-06-23 16:51"},
			},
			want: "?yes(s1@a(s2@a k@b)) | ?yes(c0@s c1@s(d@r))",
		},
		{
			name: "bogus id: the same author an hour and more apart",
			msgs: []m{
				{id: "p1@a", irt: "yes", from: "stefan@a", date: "2009-11-22 00:11"},
				{id: "p2@a", irt: "yes", from: "stefan@a", date: "2009-11-26 08:00"},
			},
			want: "?yes(p1@a) | ?yes(p2@a)",
		},
		{
			name: "bogus id: one conversation by subject and people",
			msgs: []m{
				{id: "t1@shop", irt: "ticket-4471", from: "ana@example.com", to: "soporte@shop", subject: "Pedido 4471", date: "2024-03-04 10:00"},
				{id: "t2@shop", irt: "ticket-4471", from: "soporte@shop", to: "ana@example.com", subject: "RE: Pedido 4471", date: "2024-03-06 10:00"},
			},
			want: "?ticket-4471(t1@shop t2@shop)",
		},
		{
			name: "bogus id: a ticket tool's identifier, and the first message by subject",
			msgs: []m{
				{id: "t0@mail", from: "ana@example.com", to: "soporte@shop", subject: "Pedido 4471", date: "2024-03-04 10:00"},
				{id: "t1@shop", refs: "ticket-4471", from: "soporte@shop", to: "ana@example.com", subject: "RE: Pedido 4471", date: "2024-03-05 10:00"},
				{id: "t2@mail", refs: "ticket-4471", from: "ana@example.com", to: "soporte@shop", subject: "RE: RE: Pedido 4471", date: "2024-03-06 10:00"},
			},
			want:  "t0@mail(?ticket-4471(t1@shop t2@mail))",
			links: map[string]Link{"t1@shop": LinkReferences},
		},
		{
			name: "bogus id: one reviewer answering two series within the hour does not join them",
			msgs: []m{
				{id: "a1@x", irt: "yes", refs: "yes", from: "alice@x", subject: "[PATCH] a", date: "2024-03-04 10:00"},
				{id: "b1@y", irt: "yes", refs: "yes", from: "bob@y", subject: "[PATCH] b", date: "2024-03-04 10:05"},
				{id: "c1@z", irt: "a1@x", refs: "yes a1@x", from: "carol@z", subject: "Re: [PATCH] a", date: "2024-03-04 10:30"},
				{id: "c2@z", irt: "b1@y", refs: "yes b1@y", from: "carol@z", subject: "Re: [PATCH] b", date: "2024-03-04 10:40"},
			},
			want: "?yes(a1@x(c1@z)) | ?yes(b1@y(c2@z))",
		},
		{
			name: "an identifier without @ that a message has is not bogus",
			msgs: []m{
				{id: "12345", from: "ana@example.com", date: "2024-03-04 10:00"},
				{id: "r1@x", irt: "12345", from: "luis@example.com", date: "2024-05-04 10:00"},
				{id: "r2@x", irt: "12345", from: "eva@example.com", date: "2024-09-04 10:00"},
			},
			want: "12345(r1@x r2@x)",
		},
		{
			name: "trees that share references are gathered",
			msgs: []m{
				{id: "a", date: "2024-03-04 10:00"},
				{id: "q", date: "2024-03-04 10:30"},
				{id: "b", irt: "q", refs: "q", date: "2024-03-04 11:00"},
				{id: "z", irt: "b", refs: "a b", date: "2024-03-04 12:00"},
			},
			want:  "*(a q(b(z)))",
			links: map[string]Link{"a": LinkShared, "q": LinkShared, "z": LinkInReplyTo},
		},
		{
			name: "subject: same people within the window",
			msgs: []m{
				{id: "o1", from: "ana@example.com", to: "Ventas@Shop.example", subject: "Order status", date: "2024-03-04 10:00"},
				{id: "o2", from: "ventas@shop.example", to: "ana@example.com", subject: "RE: Order status", date: "2024-03-05 10:00"},
				{id: "o3", from: "ana@example.com", to: "ventas@shop.example", subject: "AW: RE: Order status", date: "2024-03-07 10:00"},
			},
			want:  "o1(o2(o3))",
			links: map[string]Link{"o2": LinkSubject, "o3": LinkSubject},
		},
		{
			name: "subject: never two customers",
			msgs: []m{
				{id: "o1", from: "ana@example.com", to: "ventas@shop.example", subject: "Order status", date: "2024-03-04 10:00"},
				{id: "o2", from: "luis@example.com", to: "ventas@shop.example", subject: "Order status", date: "2024-03-04 10:05"},
				{id: "o3", from: "ventas@shop.example", to: "luis@example.com", subject: "Re: Order status", date: "2024-03-04 11:00"},
			},
			want: "o1 | o2(o3)",
		},
		{
			name: "subject: not after the window",
			msgs: []m{
				{id: "o1", from: "ana@example.com", to: "ventas@shop.example", subject: "Order status", date: "2024-03-04 10:00"},
				{id: "o2", from: "ana@example.com", to: "ventas@shop.example", subject: "Re: Order status", date: "2024-03-11 10:01"},
			},
			want: "o1 | o2",
		},
		{
			name: "subject: the window counts from the latest message",
			msgs: []m{
				{id: "o1", from: "ana@example.com", to: "ventas@shop.example", subject: "Pedido", date: "2024-03-01 10:00"},
				{id: "o2", irt: "o1", from: "ventas@shop.example", to: "ana@example.com", subject: "Re: Pedido", date: "2024-03-07 10:00"},
				{id: "o3", from: "ana@example.com", to: "ventas@shop.example", subject: "RES: Pedido", date: "2024-03-13 10:00"},
			},
			want:  "o1(o2(o3))",
			links: map[string]Link{"o3": LinkSubject},
		},
		{
			name: "subject: not without a time",
			msgs: []m{
				{id: "o1", from: "ana@example.com", to: "ventas@shop.example", subject: "Order status", date: "2024-03-04 10:00"},
				{id: "o2", from: "ana@example.com", to: "ventas@shop.example", subject: "Re: Order status"},
			},
			want: "o2 | o1",
		},
		{
			name: "subject: not without addresses",
			msgs: []m{
				{id: "o1", subject: "Order status", date: "2024-03-04 10:00"},
				{id: "o2", subject: "Re: Order status", date: "2024-03-04 11:00"},
			},
			want: "o1 | o2",
		},
		{
			name: "subject: not for messages with references",
			msgs: []m{
				{id: "o1", from: "ana@example.com", to: "ventas@shop.example", subject: "Order status", date: "2024-03-04 10:00"},
				{id: "o2", irt: "gone@x", from: "ana@example.com", to: "ventas@shop.example", subject: "Re: Order status", date: "2024-03-04 11:00"},
			},
			want: "o1 | ?gone@x(o2)",
		},
		{
			name: "subject: not on an empty subject",
			msgs: []m{
				{id: "o1", from: "ana@example.com", to: "ventas@shop.example", subject: "Re:", date: "2024-03-04 10:00"},
				{id: "o2", from: "ana@example.com", to: "ventas@shop.example", subject: "Re: Re:", date: "2024-03-04 11:00"},
			},
			want: "o1 | o2",
		},
		{
			name: "subject: joins a conversation linked by references",
			msgs: []m{
				{id: "o1", from: "ana@example.com", to: "ventas@shop.example", subject: "Encomenda 5190", date: "2024-03-04 10:00"},
				{id: "o2", irt: "o1", refs: "o1", from: "ventas@shop.example", to: "ana@example.com", subject: "RES: Encomenda 5190", date: "2024-03-04 11:00"},
				{id: "o3", from: "ana@example.com", to: "ventas@shop.example", subject: "RES: RES: Encomenda 5190", date: "2024-03-05 09:00"},
			},
			want: "o1(o2(o3))",
		},
		{
			name: "subject: an earlier tree keeps its answers",
			msgs: []m{
				{id: "o1", from: "ana@example.com", to: "ventas@shop.example", subject: "订单", date: "2024-03-04 10:00"},
				{id: "o2", from: "ana@example.com", to: "ventas@shop.example", subject: "回复：订单", date: "2024-03-04 11:00"},
				// A colleague's answer with a clock running behind.
				{id: "o3", irt: "o2", from: "lin@shop.example", to: "ana@example.com", subject: "回复：订单", date: "2024-03-04 09:30"},
				{id: "other", date: "2024-03-04 09:45"},
			},
			want: "o1(o2(o3)) | other",
		},
		{
			name: "order: threads by their earliest message, answers oldest first",
			msgs: []m{
				{id: "late", date: "2024-03-05 10:00"},
				{id: "r2", irt: "early", date: "2024-03-04 12:00"},
				{id: "r1", irt: "early", date: "2024-03-04 11:00"},
				{id: "early", date: "2024-03-04 10:00"},
				{id: "untimed"},
			},
			want: "untimed | early(r1 r2) | late",
		},
		{
			name: "order: the same time is ordered by Message-ID",
			msgs: []m{
				{id: "c", date: "2024-03-05 10:00"},
				{id: "b", date: "2024-03-05 10:00"},
				{id: "a", date: "2024-03-05 10:00"},
			},
			want: "a | b | c",
		},
		{
			name: "Received when there is no Date",
			msgs: []m{
				{id: "b", date: "2024-03-05 10:00"},
				{id: "a", received: "2024-03-04 00:00"},
			},
			want: "a | b",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msgs := messages(tt.msgs)
			ths := Build(msgs)
			if got := shape(ths); got != tt.want {
				t.Errorf("Build:\ngot  %s\nwant %s", got, tt.want)
			}
			checkInvariants(t, msgs, ths)
			if tt.links != nil {
				got := links(ths)
				for id, want := range tt.links {
					if got[id] != want {
						t.Errorf("link of %s = %v, want %v", id, got[id], want)
					}
				}
			}
			// Neither the grouping nor the order depends on the input
			// order.
			r := rand.New(rand.NewPCG(1, 2))
			for range 5 {
				perm := slices.Clone(msgs)
				r.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
				if got := shape(Build(perm)); got != tt.want {
					t.Errorf("Build of a permutation:\ngot  %s\nwant %s", got, tt.want)
				}
			}
		})
	}
}

func TestBuilderOptions(t *testing.T) {
	msgs := messages([]m{
		{id: "o1", from: "ana@example.com", to: "ventas@shop.example", subject: "Order status", date: "2024-03-04 10:00"},
		{id: "o2", from: "ventas@shop.example", to: "ana@example.com", subject: "Re: Order status", date: "2024-03-06 10:00"},
	})
	tests := []struct {
		b    *Builder
		want string
	}{
		{nil, "o1(o2)"},
		{&Builder{}, "o1(o2)"},
		{&Builder{Window: -time.Hour}, "o1(o2)"},
		{&Builder{Window: 24 * time.Hour}, "o1 | o2"},
		{&Builder{Window: 48 * time.Hour}, "o1(o2)"},
		{&Builder{ReferencesOnly: true}, "o1 | o2"},
	}
	for _, tt := range tests {
		if got := shape(tt.b.Build(msgs)); got != tt.want {
			t.Errorf("%+v.Build = %s, want %s", tt.b, got, tt.want)
		}
	}
}

func TestBuildEmpty(t *testing.T) {
	if ths := Build(nil); ths != nil {
		t.Errorf("Build(nil) = %v, want nil", ths)
	}
	if ths := Build([]*correspondence.Message{nil, nil}); ths != nil {
		t.Errorf("Build of nils = %v, want nil", ths)
	}
	a := &correspondence.Message{ID: "a"}
	ths := Build([]*correspondence.Message{nil, a, nil})
	if got := shape(ths); got != "a" {
		t.Errorf("Build with nils = %s, want a", got)
	}
}

func TestBuildDoesNotModify(t *testing.T) {
	msgs := messages([]m{
		{id: "a", irt: "a", refs: "x a", date: "2024-03-04 10:00"},
		{id: "a", refs: "y", date: "2024-03-04 10:00"},
		{id: "b", irt: "yes", refs: "yes", subject: "Re: x", date: "2024-03-04 10:00"},
	})
	before := make([]correspondence.Message, len(msgs))
	for i, msg := range msgs {
		before[i] = *msg
	}
	Build(msgs)
	for i, msg := range msgs {
		if diff := cmp.Diff(before[i], *msg, cmp.AllowUnexported(correspondence.Attachment{})); diff != "" {
			t.Errorf("message %d changed (-before +after):\n%s", i, diff)
		}
	}
}

func TestThreadMethods(t *testing.T) {
	msgs := messages([]m{
		{id: "a", date: "2024-03-04 10:00"},
		{id: "c", irt: "b", refs: "a b", date: "2024-03-04 12:00"},
		{id: "d", irt: "a", date: "2024-03-04 13:00"},
	})
	ths := Build(msgs)
	if len(ths) != 1 {
		t.Fatalf("got %d threads, want 1", len(ths))
	}
	th := ths[0]
	if got := th.Len(); got != 3 {
		t.Errorf("Len = %d, want 3", got)
	}
	var ids []string
	for _, msg := range th.Messages() {
		ids = append(ids, msg.ID)
	}
	if want := []string{"a", "c", "d"}; !slices.Equal(ids, want) {
		t.Errorf("Messages = %v, want %v", ids, want)
	}
	var walk []string
	for n, depth := range th.Nodes() {
		walk = append(walk, strings.Repeat(".", depth)+n.ID)
	}
	if want := []string{"a", ".b", "..c", ".d"}; !slices.Equal(walk, want) {
		t.Errorf("Nodes = %v, want %v", walk, want)
	}
	// Stopping early.
	count := 0
	for range th.Nodes() {
		count++
		if count == 2 {
			break
		}
	}
	if count != 2 {
		t.Errorf("Nodes did not stop: %d", count)
	}
	var zero Thread
	if zero.Len() != 0 || zero.Messages() != nil {
		t.Errorf("zero Thread: Len %d, Messages %v", zero.Len(), zero.Messages())
	}
}

func TestLinkString(t *testing.T) {
	for l, want := range map[Link]string{
		LinkRoot: "root", LinkInReplyTo: "in-reply-to", LinkReferences: "references",
		LinkInferred: "inferred", LinkDuplicate: "duplicate", LinkSubject: "subject",
		LinkShared: "shared", Link(200): "link(200)",
	} {
		if got := l.String(); got != want {
			t.Errorf("Link(%d).String() = %q, want %q", l, got, want)
		}
	}
}

// TestDeepThread checks that a chain as deep as the input is long is
// threaded in reasonable time and walked without recursion.
func TestDeepThread(t *testing.T) {
	const n = 200000
	msgs := make([]*correspondence.Message, n)
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range msgs {
		msgs[i] = &correspondence.Message{ID: "m" + strconv.Itoa(i) + "@x", Date: base.Add(time.Duration(i) * time.Second)}
		if i > 0 {
			msgs[i].InReplyTo = []string{msgs[i-1].ID}
		}
	}
	// Newest first, and the oldest answering the newest: one long cycle.
	slices.Reverse(msgs)
	msgs[n-1].InReplyTo = []string{msgs[0].ID}
	start := time.Now()
	ths := Build(msgs)
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("Build of a %d-deep chain took %v", n, d)
	}
	if len(ths) != 1 {
		t.Fatalf("got %d threads, want 1", len(ths))
	}
	depth := 0
	for _, d := range ths[0].Nodes() {
		depth = max(depth, d)
	}
	if depth != n-1 {
		t.Errorf("depth %d, want %d", depth, n-1)
	}
	if ths[0].Root.Message != msgs[n-1] {
		t.Errorf("root is %s, want the oldest message %s", ths[0].Root.ID, msgs[n-1].ID)
	}
}

// checkInvariants fails t unless ths holds every message of msgs exactly
// once, every tree is consistent (parents and children agree, no cycle),
// and every missing message has a message below it.
func checkInvariants(t testing.TB, msgs []*correspondence.Message, ths []*Thread) {
	t.Helper()
	seen := make(map[*correspondence.Message]int)
	nodes := make(map[*Node]bool)
	for ti, th := range ths {
		if th == nil || th.Root == nil {
			t.Fatalf("thread %d is empty", ti)
		}
		if th.Root.Parent != nil || th.Root.Link != LinkRoot {
			t.Errorf("thread %d: root %q has parent %v, link %v", ti, th.Root.ID, th.Root.Parent, th.Root.Link)
		}
		for n := range th.Nodes() {
			if nodes[n] {
				t.Fatalf("thread %d: node %q reached twice (a cycle or a shared node)", ti, n.ID)
			}
			nodes[n] = true
			if n.Message != nil {
				seen[n.Message]++
				if n.Message.ID != n.ID {
					t.Errorf("node ID %q differs from its message's %q", n.ID, n.Message.ID)
				}
			} else if len(n.Children) == 0 {
				t.Errorf("thread %d: missing message %q has nothing below it", ti, n.ID)
			}
			if n.Message == nil && n.ID == "" && len(n.Children) < 2 {
				t.Errorf("thread %d: a gathering root with %d children", ti, len(n.Children))
			}
			for _, c := range n.Children {
				if c.Parent != n {
					t.Errorf("child %q of %q has parent %v", c.ID, n.ID, c.Parent)
				}
				if c.Link == LinkRoot {
					t.Errorf("child %q of %q has link root", c.ID, n.ID)
				}
			}
		}
	}
	want := 0
	for _, msg := range msgs {
		if msg == nil {
			continue
		}
		want++
		if seen[msg] != 1 {
			t.Errorf("message %q appears %d times", msg.ID, seen[msg])
		}
	}
	if len(seen) != want {
		t.Errorf("threads hold %d messages, want %d", len(seen), want)
	}
}

func TestLowerWord(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := range 8 {
			w := uint64(0x6161616161616161) // "aaaaaaaa"
			w = w&^(0xff<<(8*pos)) | uint64(c)<<(8*pos)
			want := w
			if 'A' <= c && c <= 'Z' {
				want = w&^(0xff<<(8*pos)) | uint64(c+'a'-'A')<<(8*pos)
			}
			if got := lowerWord(w); got != want {
				t.Fatalf("lowerWord(%#x) = %#x, want %#x", w, got, want)
			}
		}
	}
}

func TestPeopleHash(t *testing.T) {
	a := &correspondence.Message{From: correspondence.Address{Address: "Ana.Garcia@Example.COM"},
		To: []correspondence.Address{{Address: "soporte@tienda.example"}, {Address: "ana.garcia@example.com"}}}
	b := &correspondence.Message{From: correspondence.Address{Address: "soporte@tienda.example"},
		Cc: []correspondence.Address{{Address: "ana.garcia@example.com"}}}
	c := &correspondence.Message{From: correspondence.Address{Address: "soporte@tienda.example"},
		To: []correspondence.Address{{Address: "luis@example.com"}}}
	d := &correspondence.Message{From: correspondence.Address{Address: "JOSÉ@Correo.example"}}
	e := &correspondence.Message{From: correspondence.Address{Address: "josé@correo.example"}}
	ha, _ := peopleHash(a)
	hb, _ := peopleHash(b)
	hc, _ := peopleHash(c)
	hd, _ := peopleHash(d)
	he, _ := peopleHash(e)
	if people(a) != people(b) || ha != hb {
		t.Errorf("same people: %q %q, hashes %x %x", people(a), people(b), ha, hb)
	}
	if people(a) == people(c) || ha == hc {
		t.Errorf("different people: %q %q, hashes %x %x", people(a), people(c), ha, hc)
	}
	if people(d) != people(e) || hd != he {
		t.Errorf("non-ASCII case: %q %q, hashes %x %x", people(d), people(e), hd, he)
	}
	if _, ok := peopleHash(&correspondence.Message{}); ok || people(&correspondence.Message{}) != "" {
		t.Error("nobody has a hash")
	}
}

// TestGeneratedConversations checks that Build recovers the
// conversations of synthetic mailboxes exactly, through missing parents,
// rewritten and reversed references, cycles, duplicates, bogus shared
// identifiers and subject-only replies.
func TestGeneratedConversations(t *testing.T) {
	for _, tt := range []struct {
		n    int
		seed int64
	}{{1000, 1}, {20000, 2}, {50000, 3}} {
		t.Run(fmt.Sprintf("%d/%d", tt.n, tt.seed), func(t *testing.T) {
			c := mailgen.Generate(tt.n, tt.seed)
			ths := Build(c.Messages)
			checkInvariants(t, c.Messages, ths)
			conv := make(map[*correspondence.Message]int, tt.n)
			for k, msg := range c.Messages {
				conv[msg] = c.Conversation[k]
			}
			threadOf := make(map[int]int) // conversation → thread
			sizes := make(map[int]int)    // conversation → messages
			for _, k := range c.Conversation {
				sizes[k]++
			}
			bad := 0
			for ti, th := range ths {
				ms := th.Messages()
				first := conv[ms[0]]
				for _, msg := range ms {
					if conv[msg] != first && bad < 10 {
						bad++
						t.Errorf("thread %d joins conversations %d and %d (%q, %q)", ti, first, conv[msg], ms[0].Subject, msg.Subject)
					}
				}
				if prev, ok := threadOf[first]; ok && bad < 10 {
					bad++
					t.Errorf("conversation %d (%q) is split over threads %d and %d", first, ms[0].Subject, prev, ti)
				}
				threadOf[first] = ti
			}
			if len(ths) != len(sizes) {
				t.Errorf("%d threads for %d conversations", len(ths), len(sizes))
			}
		})
	}
}

// TestMaildirEndToEnd writes a synthetic mailbox as a Maildir, reads it
// back with the header-only parser, threads it and checks that every
// conversation comes back whole, as scripts/mthreadcompare does at scale.
func TestMaildirEndToEnd(t *testing.T) {
	c := mailgen.Generate(3000, 5)
	paths, err := mailgen.WriteMaildir(t.TempDir(), c.Messages)
	if err != nil {
		t.Fatal(err)
	}
	conv := make(map[string]int) // file → conversation
	for k, p := range paths {
		conv[p] = c.Conversation[k]
	}
	var msgs []*correspondence.Message
	file := make(map[*correspondence.Message]string)
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		msg, err := correspondence.ParseHeader(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		msgs = append(msgs, msg)
		file[msg] = p
	}
	ths := Build(msgs)
	checkInvariants(t, msgs, ths)
	seen := make(map[int]bool)
	for _, th := range ths {
		ms := th.Messages()
		k := conv[file[ms[0]]]
		if seen[k] {
			t.Errorf("conversation %d is split", k)
		}
		seen[k] = true
		for _, msg := range ms {
			if conv[file[msg]] != k {
				t.Errorf("%s and %s are threaded together but belong to conversations %d and %d",
					file[ms[0]], file[msg], k, conv[file[msg]])
			}
		}
	}
}
