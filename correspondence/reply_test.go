package correspondence

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNewReplyRecipients(t *testing.T) {
	support := Address{Name: "Soporte", Address: "soporte@cartero.example"}
	ana := Address{Name: "Ana", Address: "ana@cliente.example"}
	luis := Address{Name: "Luis", Address: "luis@cliente.example"}
	eva := Address{Name: "Eva", Address: "eva@cliente.example"}
	list := Address{Name: "Lista", Address: "lista@cliente.example"}

	tests := []struct {
		name   string
		m      *Message
		opts   ReplyOptions
		to, cc []Address
	}{
		{"to the author", &Message{From: ana, To: []Address{support}, Cc: []Address{luis}},
			ReplyOptions{From: support}, []Address{ana}, nil},
		{"to Reply-To", &Message{From: ana, ReplyTo: []Address{list}, To: []Address{support}},
			ReplyOptions{From: support}, []Address{list}, nil},
		{"all", &Message{From: ana, To: []Address{support, luis}, Cc: []Address{eva}},
			ReplyOptions{From: support, All: true}, []Address{ana}, []Address{luis, eva}},
		{"all without self in any case", &Message{From: ana, To: []Address{{Address: "SOPORTE@cartero.example"}, luis}, Cc: []Address{support}},
			ReplyOptions{From: support, All: true}, []Address{ana}, []Address{luis}},
		{"all without duplicates", &Message{From: ana, To: []Address{luis, ana, {Name: "L", Address: "Luis@Cliente.example"}}, Cc: []Address{luis, eva, eva}},
			ReplyOptions{From: support, All: true}, []Address{ana}, []Address{luis, eva}},
		{"all with Reply-To", &Message{From: ana, ReplyTo: []Address{list}, To: []Address{support, list}, Cc: []Address{luis}},
			ReplyOptions{From: support, All: true}, []Address{list}, []Address{luis}},
		{"own message", &Message{From: support, To: []Address{ana, luis}, Cc: []Address{eva}},
			ReplyOptions{From: support}, []Address{ana, luis}, nil},
		{"own message to all", &Message{From: support, To: []Address{ana}, Cc: []Address{eva}},
			ReplyOptions{From: support, All: true}, []Address{ana}, []Address{eva}},
		{"no author", &Message{To: []Address{support}},
			ReplyOptions{From: support}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReply(tt.m, tt.opts)
			if diff := cmp.Diff(tt.to, r.To); diff != "" {
				t.Errorf("To (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.cc, r.Cc); diff != "" {
				t.Errorf("Cc (-want +got):\n%s", diff)
			}
			if r.From != tt.opts.From {
				t.Errorf("From = %v, want %v", r.From, tt.opts.From)
			}
		})
	}
}

func TestNewReplySubject(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Pedido", "Re: Pedido"},
		{"Re: Pedido", "Re: Pedido"},
		{"RE: Re: Pedido", "Re: Pedido"},
		{"re:Pedido", "Re: Pedido"},
		{"AW: Bestellung", "Re: Bestellung"},
		{"RES: Pedido", "Re: Pedido"},
		{"Re[3]: Pedido", "Re: Pedido"},
		{"回复：订单", "Re: 订单"},
		{"Fwd: x", "Re: Fwd: x"},
		{"RV: Pedido", "Re: RV: Pedido"},
		{"Re: Fwd: x", "Re: Fwd: x"},
		{"[ventas] Re: Pedido", "Re: [ventas] Pedido"},
		{"  Pedido  ", "Re: Pedido"},
		{"", "Re:"},
		{"Re:", "Re:"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := NewReply(&Message{Subject: tt.in}, ReplyOptions{}).Subject; got != tt.want {
				t.Errorf("reply to %q has subject %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func refIDs(prefix string, n int) []string {
	var out []string
	for i := range n {
		out = append(out, fmt.Sprintf("%s%d@example.com", prefix, i))
	}
	return out
}

func TestNewReplyThreading(t *testing.T) {
	long := refIDs("r", 30)
	tests := []struct {
		name       string
		m          *Message
		max        int
		inReplyTo  []string
		references []string
	}{
		{"first reply", &Message{ID: "a@x"}, 0, []string{"a@x"}, []string{"a@x"}},
		{"no id", &Message{References: []string{"r@x"}}, 0, nil, []string{"r@x"}},
		{"no id at all", &Message{}, 0, nil, nil},
		{"references", &Message{ID: "c@x", References: []string{"a@x", "b@x"}, InReplyTo: []string{"b@x"}}, 0,
			[]string{"c@x"}, []string{"a@x", "b@x", "c@x"}},
		{"in-reply-to instead", &Message{ID: "c@x", InReplyTo: []string{"b@x"}}, 0,
			[]string{"c@x"}, []string{"b@x", "c@x"}},
		{"ambiguous in-reply-to", &Message{ID: "c@x", InReplyTo: []string{"a@x", "b@x"}}, 0,
			[]string{"c@x"}, []string{"c@x"}},
		{"duplicates", &Message{ID: "c@x", References: []string{"a@x", "b@x", "a@x", "", "c@x", "b@x"}}, 0,
			[]string{"c@x"}, []string{"a@x", "b@x", "c@x"}},
		{"trimmed to the default", &Message{ID: "p@x", References: long}, 0,
			[]string{"p@x"}, append(append([]string{long[0]}, long[len(long)-18:]...), "p@x")},
		{"trimmed to 5", &Message{ID: "p@x", References: long}, 5,
			[]string{"p@x"}, []string{long[0], long[27], long[28], long[29], "p@x"}},
		{"trimmed to 2", &Message{ID: "p@x", References: long}, 2,
			[]string{"p@x"}, []string{long[0], "p@x"}},
		{"trimmed to 1", &Message{ID: "p@x", References: long}, 1,
			[]string{"p@x"}, []string{"p@x"}},
		{"exactly the cap", &Message{ID: "p@x", References: long[:19]}, 0,
			[]string{"p@x"}, append(append([]string(nil), long[:19]...), "p@x")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReply(tt.m, ReplyOptions{MaxReferences: tt.max})
			if diff := cmp.Diff(tt.inReplyTo, r.InReplyTo); diff != "" {
				t.Errorf("InReplyTo (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.references, r.References); diff != "" {
				t.Errorf("References (-want +got):\n%s", diff)
			}
			max := tt.max
			if max <= 0 {
				max = DefaultMaxReferences
			}
			if len(r.References) > max {
				t.Errorf("%d references, more than %d", len(r.References), max)
			}
		})
	}
}

func TestNewReplyCopies(t *testing.T) {
	m := &Message{
		Channel:    Web,
		ID:         "m@x",
		From:       Address{Address: "ana@example.com"},
		ReplyTo:    []Address{{Address: "r@example.com"}},
		To:         []Address{{Address: "s@example.com"}},
		Cc:         []Address{{Address: "c@example.com"}},
		References: []string{"a@x"},
		Language:   "pt-BR",
		Subject:    "Pedido",
		Text:       "texto",
	}
	r := NewReply(m, ReplyOptions{From: Address{Address: "s@example.com"}, All: true, Automatic: true})
	if r.Channel != Web || r.Language != "pt-BR" || r.AutoSubmitted != "auto-replied" {
		t.Errorf("Channel %q, Language %q, AutoSubmitted %q", r.Channel, r.Language, r.AutoSubmitted)
	}
	if r.ID != "" || !r.Date.IsZero() || r.Text != "" || r.HTML != "" || len(r.Attachments) != 0 {
		t.Errorf("reply has content of its own: %+v", r)
	}
	if NewReply(m, ReplyOptions{}).AutoSubmitted != "" {
		t.Errorf("a reply by a person is marked Auto-Submitted")
	}
	// The reply shares nothing with m.
	r.To[0].Address = "changed"
	r.Cc[0].Address = "changed"
	r.References[0] = "changed"
	if m.ReplyTo[0].Address != "r@example.com" || m.Cc[0].Address != "c@example.com" || m.References[0] != "a@x" {
		t.Errorf("NewReply's result aliases the original: %+v", m)
	}
}
