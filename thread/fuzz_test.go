package thread

import (
	"slices"
	"testing"
	"time"

	"github.com/cartero/cartero/correspondence"
)

// fuzzBytes hands out the bytes of a fuzz input, then zeros.
type fuzzBytes []byte

func (b *fuzzBytes) next() byte {
	if len(*b) == 0 {
		return 0
	}
	c := (*b)[0]
	*b = (*b)[1:]
	return c
}

// pick returns one of choices, chosen by the next byte.
func pick[T any](b *fuzzBytes, choices []T) T {
	return choices[int(b.next())%len(choices)]
}

var (
	// A small pool, so that identifiers collide: duplicates, cycles,
	// self-references and shared weak identifiers are common.
	fuzzIDs = []string{
		"a@x", "b@x", "c@x", "d@x", "e@x", "f@x", "g@x", "h@x",
		"yes", "ticket-1", `"/c=us/admd=x/s=smith/"@mhs.example`, "",
	}
	fuzzSubjects = []string{
		"", "Order status", "Re: Order status", "AW: RE: Order status", "Pedido 1",
		"RES: Pedido 1", "Re:", "[ventas] Re[2]: Pedido 1", "回复：订单", "订单 (fwd)",
	}
	fuzzPeople = []string{"", "ana@example.com", "luis@example.com", "soporte@shop.example", "Soporte@Shop.example"}
	fuzzNames  = []string{"", "Ana", "Luis", "Soporte"}
)

// fuzzMailbox decodes a fuzz input into at most 64 messages.
func fuzzMailbox(data []byte) []*correspondence.Message {
	b := fuzzBytes(data)
	n := int(b.next()) % 65
	base := time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)
	msgs := make([]*correspondence.Message, 0, n)
	for range n {
		ctl := b.next()
		if ctl == 255 {
			msgs = append(msgs, nil)
			continue
		}
		msg := &correspondence.Message{ID: pick(&b, fuzzIDs)}
		for range int(ctl) % 3 {
			msg.InReplyTo = append(msg.InReplyTo, pick(&b, fuzzIDs))
		}
		for range int(ctl/3) % 5 {
			msg.References = append(msg.References, pick(&b, fuzzIDs))
		}
		switch h := b.next(); {
		case h < 16:
			// no time
		case h < 32:
			msg.Received = base.Add(time.Duration(h) * time.Minute)
		default:
			// Hours apart, so that windows of an hour and a week both
			// matter.
			msg.Date = base.Add(time.Duration(h-32) * 3 * time.Hour / 2)
		}
		msg.Subject = pick(&b, fuzzSubjects)
		msg.From = correspondence.Address{Name: pick(&b, fuzzNames), Address: pick(&b, fuzzPeople)}
		if to := pick(&b, fuzzPeople); to != "" {
			msg.To = []correspondence.Address{{Address: to}}
		}
		msgs = append(msgs, msg)
	}
	return msgs
}

// FuzzBuild threads random mailboxes full of cycles, duplicates,
// self-references and shared bogus identifiers: Build must not panic or
// hang, must place every message exactly once in acyclic trees, and must
// not depend on the input order.
func FuzzBuild(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{3, 4, 0, 1, 40, 1, 2, 2, 7, 1, 0, 1, 2, 41, 2, 3, 1, 4, 2, 3, 3, 0, 42, 3, 3})
	f.Add([]byte{2, 1, 8, 8, 40, 1, 1, 0, 1, 8, 8, 200, 2, 1, 0})    // two "<yes>" users far apart
	f.Add([]byte{4, 0, 0, 40, 1, 1, 2, 0, 0, 41, 2, 2, 1, 0, 0, 42}) // one Message-ID three times
	f.Add([]byte{2, 0, 11, 40, 1, 1, 2, 0, 11, 41, 2, 2, 1})         // no Message-IDs, subject only
	f.Add([]byte{5, 14, 0, 1, 2, 3, 4, 40, 1, 1, 1, 14, 1, 2, 3, 4, 0, 41, 0, 0, 0, 255, 7, 2, 3, 0, 50, 4, 3, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		msgs := fuzzMailbox(data)
		done := make(chan []*Thread, 1)
		go func() { done <- Build(msgs) }()
		hang := time.NewTimer(10 * time.Second)
		var ths []*Thread
		select {
		case ths = <-done:
			hang.Stop()
		case <-hang.C:
			t.Fatalf("Build of %d messages did not finish", len(msgs))
		}
		checkInvariants(t, msgs, ths)
		// Parent pointers lead to the root in fewer steps than there are
		// nodes.
		for _, th := range ths {
			size := 0
			for range th.Nodes() {
				size++
			}
			for n := range th.Nodes() {
				steps := 0
				for p := n; p.Parent != nil; p = p.Parent {
					if steps++; steps > size {
						t.Fatalf("parents of %q do not lead to the root", n.ID)
					}
				}
			}
		}
		want := shape(ths)
		rev := slices.Clone(msgs)
		slices.Reverse(rev)
		if got := shape(Build(rev)); got != want {
			t.Errorf("Build depends on the input order:\nforward  %s\nreversed %s", want, got)
		}
		// Grouping by subject only joins threads: each thread built from
		// references alone lies within one thread.
		in := make(map[*correspondence.Message]int)
		for k, th := range ths {
			for _, msg := range th.Messages() {
				in[msg] = k
			}
		}
		for _, th := range (&Builder{ReferencesOnly: true}).Build(msgs) {
			ms := th.Messages()
			for _, msg := range ms[1:] {
				if in[msg] != in[ms[0]] {
					t.Errorf("ReferencesOnly keeps %q and %q together, the default Builder does not", ms[0].ID, msg.ID)
				}
			}
		}
	})
}
