package thread_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/thread"
)

// exampleKeys stands for keys a host loads at start; real secrets are 32
// bytes from crypto/rand, kept out of source code.
var exampleKeys = thread.MustKeyRing(thread.Key{ID: "A", Secret: []byte("example secret, 32 bytes long...")})

var (
	maria  = correspondence.Address{Name: "María Pérez", Address: "maria.perez@correo.example"}
	lucia  = correspondence.Address{Name: "Lucía Gómez", Address: "lucia@tiendasol.example"}
	stamps = bytes.NewReader(bytes.Repeat([]byte{7}, 64)) // fixed randomness for the Message-IDs below
)

func ExampleIndex() {
	ctx := context.Background()
	index := &thread.Index{Keys: exampleKeys} // conversations in memory

	// A customer writes in.
	first := &correspondence.Message{
		ID:      "pedido-4471@correo.example",
		From:    maria,
		To:      []correspondence.Address{{Address: "soporte@tiendasol.example"}},
		Subject: "¿Dónde está mi pedido?",
		Date:    time.Date(2026, 11, 23, 10, 15, 0, 0, time.UTC),
	}
	res, err := index.Add(ctx, first)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Conversation, res.Match, res.Verdict, res.Admitted)

	// An agent answers: the reply carries the conversation's token, and
	// is recorded as sent.
	reply := correspondence.NewReply(first, correspondence.ReplyOptions{From: lucia})
	reply.Date = first.Date.Add(time.Hour)
	if err := res.Token.Stamp(reply, "tiendasol.example", stamps); err != nil {
		fmt.Println(err)
		return
	}
	if err := index.Sent(ctx, res.Conversation, reply); err != nil {
		fmt.Println(err)
		return
	}

	// The customer answers from a client that keeps no threading headers:
	// the reply address finds the conversation.
	answer := &correspondence.Message{
		ID:      "CAF-2@correo.example",
		From:    maria,
		To:      reply.ReplyTo,
		Subject: "RE: " + reply.Subject,
		Date:    first.Date.Add(2 * time.Hour),
	}
	res, _ = index.Add(ctx, answer)
	fmt.Println(res.Conversation, res.Match, res.Verdict, res.Admitted)

	// Someone else replies to the agent's mail: the conversation is found,
	// but the sender is a stranger there, and nothing is stored.
	other := &correspondence.Message{
		ID:         "x1@otro.example",
		From:       correspondence.Address{Address: "alguien@otro.example"},
		InReplyTo:  []string{reply.ID},
		References: []string{first.ID, reply.ID},
		Subject:    "Re: " + reply.Subject,
		Date:       first.Date.Add(3 * time.Hour),
	}
	res, _ = index.Add(ctx, other)
	fmt.Println(res.Conversation, res.Match, res.Verdict, res.Admitted)
	// Output:
	// 0001 new participant-unauthenticated true
	// 0001 token participant-unauthenticated true
	// 0001 token stranger-unauthenticated false
}

func ExampleToken_Stamp() {
	tok, err := exampleKeys.Token("000K7")
	if err != nil {
		fmt.Println(err)
		return
	}
	reply := &correspondence.Message{
		From:    lucia,
		To:      []correspondence.Address{maria},
		Subject: "Re: ¿Dónde está mi pedido?",
	}
	if err := tok.Stamp(reply, "tiendasol.example", bytes.NewReader(make([]byte, 16))); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("Message-ID:", reply.ID)
	fmt.Println("Reply-To:  ", reply.ReplyTo[0].Address)
	fmt.Println("Subject:   ", reply.Subject)
	// Output:
	// Message-ID: 000K7A11MFXKVXV0ATHKH4DMEW.00000000000000000000000000@tiendasol.example
	// Reply-To:   lucia+000K7A11MFXKVXV0ATHKH4DMEW@tiendasol.example
	// Subject:    Re: ¿Dónde está mi pedido? [#000K7-B0EFD05R]
}

func ExampleKeyRing() {
	// Mail signed with key A last year...
	old := thread.Key{ID: "A", Secret: []byte("example secret, 32 bytes long...")}
	tok, _ := thread.MustKeyRing(old).Token("0042")

	// ...still finds its conversation after the host moved to key B,
	// for as long as A stays in the ring.
	current := thread.Key{ID: "B", Secret: []byte("the next secret, 32 bytes long..")}
	ring := thread.MustKeyRing(current, old)
	conv, err := ring.Verify(tok.Code)
	fmt.Println(conv, err)
	conv, err = ring.VerifyTag(tok.Tag)
	fmt.Println(conv, err)

	// Once A is retired, it does not.
	_, err = thread.MustKeyRing(current).Verify(tok.Code)
	fmt.Println(errors.Is(err, thread.ErrUnknownKey))

	// An altered token never verifies.
	_, err = ring.Verify("0043" + tok.Code[4:])
	fmt.Println(errors.Is(err, thread.ErrInvalidToken))
	// Output:
	// 0042 <nil>
	// 0042 <nil>
	// true
	// true
}

func ExampleAuthenticated() {
	m := &correspondence.Message{
		From: maria,
		Header: correspondence.Header{
			// Added by the shop's own server: trusted.
			{Name: "Authentication-Results", Value: "mx.tiendasol.example; dkim=pass header.d=correo.example; dmarc=pass header.from=correo.example"},
			// Written by whoever sent the message: ignored.
			{Name: "Authentication-Results", Value: "mx.otro.example; dmarc=pass header.from=banco.example"},
		},
	}
	fmt.Println(thread.Authenticated(m, []string{"mx.tiendasol.example"}))
	fmt.Println(thread.Authenticated(m, []string{"mx.otro.example"}))
	fmt.Println(thread.Authenticated(m, nil))
	// Output:
	// true
	// false
	// false
}

func ExampleParseAuthResults() {
	ar, err := thread.ParseAuthResults(`mx.tiendasol.example;
	dkim=pass (2048-bit key) header.d=correo.example header.s=s1;
	spf=softfail (not permitted) smtp.mailfrom=maria.perez@correo.example;
	dmarc=pass (p=reject) header.from=correo.example`)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ar.ServID)
	for _, r := range ar.Results {
		fmt.Println(r.Method, r.Result, r.Properties)
	}
	// Output:
	// mx.tiendasol.example
	// dkim pass [{header.d correo.example} {header.s s1}]
	// spf softfail [{smtp.mailfrom maria.perez@correo.example}]
	// dmarc pass [{header.from correo.example}]
}

func ExampleIndex_Open() {
	ctx := context.Background()
	index := &thread.Index{Keys: exampleKeys}
	first := &correspondence.Message{ID: "p1@correo.example", From: maria, Subject: "Pedido 4471",
		Date: time.Date(2026, 11, 23, 10, 15, 0, 0, time.UTC)}
	if _, err := index.Add(ctx, first); err != nil {
		fmt.Println(err)
		return
	}

	// A stranger answers María's message. The host keeps it out of her
	// conversation and opens one of its own for it.
	stranger := &correspondence.Message{ID: "s1@otro.example", From: correspondence.Address{Address: "alguien@otro.example"},
		InReplyTo: []string{first.ID}, References: []string{first.ID}, Subject: "Re: Pedido 4471", Date: first.Date.Add(time.Hour)}
	res, _ := index.Add(ctx, stranger)
	if !res.Admitted {
		res, _ = index.Open(ctx, stranger)
	}
	fmt.Println(res.Conversation, res.Match, res.Token.Tag)
	// Output:
	// 0002 new [#0002-668A6X86]
}

func ExampleResult() {
	index := &thread.Index{Keys: exampleKeys, AuthServIDs: []string{"mx.tiendasol.example"}}
	res, _ := index.Add(context.Background(), &correspondence.Message{
		ID:      "p1@correo.example",
		From:    maria,
		Subject: "Pedido 4471",
		Date:    time.Date(2026, 11, 23, 10, 15, 0, 0, time.UTC),
		Header: correspondence.Header{{Name: "Authentication-Results",
			Value: "mx.tiendasol.example; dmarc=pass header.from=correo.example"}},
	})
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	_ = enc.Encode(res)
	// Output:
	// {
	//   "conversation": "0001",
	//   "match": "new",
	//   "verdict": "participant-authenticated",
	//   "admitted": true,
	//   "token": {
	//     "conversation": "0001",
	//     "code": "0001AQSW5HWG52K36WW2XNDPX",
	//     "tag": "[#0001-B4F2E3HA]"
	//   }
	// }
}
