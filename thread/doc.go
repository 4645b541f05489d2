// Package thread keeps a customer's correspondence together: it files each
// inbound message into its conversation, says how it matched, and decides
// whether the sender may post there, so that no stranger ever joins
// someone else's conversation.
//
// # Incremental matching
//
// A help desk files mail as it arrives. An [Index] takes one message at a
// time and returns the conversation it belongs to, how it found it, and
// whether the sender may post there:
//
//	index := &thread.Index{
//		Store:       store,                            // nil: in memory
//		Keys:        keys,                             // signs and verifies tokens
//		AuthServIDs: []string{"mx.tiendasol.example"}, // the host's own mail servers
//	}
//	res, err := index.Add(ctx, msg)
//	// res.Conversation "0001", res.Match "token", res.Parent "…@tiendasol.example",
//	// res.Verdict "participant-authenticated", res.Admitted true, res.Token for the reply
//
// A message finds its conversation, in this order, through its own
// Message-ID ([MatchDuplicate], or [MatchReference] when the conversation
// referred to it before it arrived), a signed token ([MatchToken]), a
// known Message-ID in In-Reply-To or References ([MatchReference]), a
// ticket tag in the subject ([MatchTag]), or the same subject from a
// participant of the same customer within a week ([MatchSubject]);
// otherwise it starts a conversation ([MatchNew]). [Result.Parent] names
// the referenced message it attached to.
//
// The host records its own replies with [Index.Sent] after stamping them
// with the conversation's [Token]. For a stranger's message, which Add
// reports without storing anything, the host quarantines it, starts a
// conversation of its own with [Index.Open], or releases it into the
// conversation it matched with [Index.Admit].
//
// # Tokens
//
// Outbound mail carries its conversation's token three ways, so that
// replies find home even from clients that drop threading headers:
//
//	tok, _ := keys.Token(res.Conversation) // or res.Token
//	reply := correspondence.NewReply(msg, correspondence.ReplyOptions{From: agent})
//	tok.Stamp(reply, "tiendasol.example", nil)
//	// reply.ID      "0001AQSW5HWG52K36WW2XNDPX.<26 random characters>@tiendasol.example"
//	// reply.ReplyTo "lucia+0001AQSW5HWG52K36WW2XNDPX@tiendasol.example"
//	// reply.Subject "Re: ¿Dónde está mi pedido? [#0001-B4F2E3HA]"
//	err = writer.Write(w, reply)
//	err = index.Sent(ctx, res.Conversation, reply)
//
// [Token.MessageID], [Token.Address] and [Token.Subject] give each string
// on its own. The Code, in the Message-ID and the plus address, is the
// conversation id, a key id and 100 bits of an HMAC-SHA256; the Tag is
// the conversation id and 40 other bits of it, short enough to retype.
// (A tag of two or four check characters, as some help desks use, can be
// guessed: 10 or 20 bits fall to a few thousand or a million tries.) Both
// use Crockford's base 32 and survive changes of case. A [KeyRing] signs
// with its first key and verifies with all of them, so keys rotate
// without breaking replies to older mail. A forged or altered token never
// matches; a valid one only finds a conversation, since tokens travel in
// every copy and forward of the mail.
//
// # Who may post
//
// Finding a conversation and admitting a message to it are separate
// steps. The sender (the From address) is a participant when the
// conversation lists it, as its requester, as someone added to it (the To,
// Cc and Reply-To addresses of authenticated messages from participants,
// and of the host's own replies), or as an agent who wrote in it, or when
// [Index.Agent] claims the address for the host; anyone else is a
// stranger. Bcc recipients never become participants. [Verdict] reports
// both facts (participant or stranger, authenticated or not);
// [Result.Admitted] says whether the message was recorded.
//
// [Authenticated] reads the Authentication-Results fields (RFC 8601,
// parsed by [ParseAuthResults]) of the host's own servers, named by
// [Index.AuthServIDs], and nothing else, since anyone can add such a field
// upstream: an aligned DMARC, DKIM or SPF pass authenticates the From
// address, and a DMARC fail or two conflicting DMARC results rule it out.
// Addresses from unauthenticated mail never become participants, with one
// exception: the requester of a new conversation, since replies go to that
// address and only its owner reads them. Agents are admitted only from
// authenticated mail; with [Index.RequireAuthentication] every participant
// must be authenticated.
//
// # Stores
//
// An Index keeps its state behind [Store], five methods a host implements
// over its database; [MemStore] is the in-memory one, safe for concurrent
// use. Every decision is read, then written with one atomic Create or
// Append; message ids are claimed insert-if-absent and never move, and
// participants and times only grow, so a decision stays valid however the
// Store changed in between, and a write that finds an id taken makes the
// Index decide again. Two processes adding replies to one conversation at
// once therefore never create two conversations. [Store] states the whole
// contract, and [github.com/cartero/cartero/thread/threadtest.TestStore]
// checks it for any implementation.
package thread
