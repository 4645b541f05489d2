// Package thread keeps the messages of one conversation together: in a
// batch, by rebuilding threads from the headers of a mailbox ([Build]),
// and one message at a time, the way a help desk files mail as it
// arrives ([Index]), without ever letting a stranger into someone else's
// conversation.
//
// A [Thread] is a tree of [Node] values: each message below the message
// it answers, answers oldest first. A message that others refer to but
// that is missing has a node without a message, so that the shape of the
// conversation survives the gap. [Node.Link] says why each node is where
// it is.
//
// # Threading a batch
//
// [Build] arranges a batch of messages, a mailbox or an export, into
// threads:
//
//	for _, th := range thread.Build(msgs) {
//		for n, depth := range th.Nodes() {
//			fmt.Println(strings.Repeat("  ", depth), n.ID)
//		}
//	}
//
// A [Builder] holds the options; its zero value is what Build uses. Every
// message appears in exactly one thread, once, whatever its headers say.
// The threads and their order depend only on the messages, not on the
// order they are given in, and Build reads the messages, never the
// clock: a message's time is its Date, or its Received time when it has
// no Date.
//
// # References
//
// Messages are linked by their Message-ID, In-Reply-To and References
// fields as Jamie Zawinski's algorithm links them, with the repairs real
// mail needs:
//
//   - A message's own word about its parent comes first: its In-Reply-To
//     when it names exactly one identifier, else the last identifier of
//     its References that is not weak (see below). The parents that one message's References imply for
//     others are used only for nodes that have no parent yet: missing
//     messages, and messages that lost their own headers
//     ([LinkInferred]).
//   - Mailing lists and archives rewrite In-Reply-To and leave References
//     alone. An In-Reply-To that names a message that is not there and
//     that References does not mention is taken as rewritten: the parent
//     is then the newest message named in References that is there.
//   - References written newest first (the In-Reply-To is the first
//     identifier, not the last) are read in that order.
//   - Every link that would close a cycle (References cycles,
//     self-references, messages that answer each other) is refused, with
//     a check on the trees built so far that costs nearly nothing however
//     deep the thread. Where messages' own claims form a cycle, the oldest
//     message of it starts the thread. Nothing is dropped.
//   - Messages that mention the same identifier are one conversation, as
//     notmuch has it, even when no tree can be drawn through all their
//     references: such trees are gathered under a root without a message
//     ([LinkShared]).
//   - Two messages with the same Message-ID are both kept. The first in
//     time takes the place its headers give it; later copies hang below
//     it ([LinkDuplicate]). Identifiers are compared exactly, in the
//     canonical form of correspondence.Message, so X.400 identifiers with
//     quotes and slashes work like any other, and a message without a
//     Message-ID is threaded by its own references.
//
// # Bogus identifiers
//
// Some identifiers are shared by mail that has nothing else in common.
// git send-email asks which Message-ID the first mail answers, and people
// type "yes": unrelated patch series then all answer "<yes>", and notmuch
// and mthread join them into one thread. Help-desk tools write bare
// ticket numbers ("<ticket-4471>") in References. An identifier without
// '@' that no message has is weak: the messages that refer to it are
// kept together only when they have something else in common, namely the
// same author (address or display name) within [BatchWindow], which is one
// run of a tool, or the same subject and people within the Builder's
// Window, as grouping by subject asks. Each such cluster gets its own
// missing parent, and a link through a weak identifier counts only when
// it is made: an answer to two series does not join them.
//
// # Subjects
//
// A tree without usable references, that is one that starts with a
// message without In-Reply-To and References (or naming only itself) or
// with a weak identifier, joins an earlier conversation as Gmail would:
// when the latest earlier message with the same subject and the same
// people as the tree's first message was sent at most a week before it
// (the Builder's Window), the tree is attached below that message
// ([LinkSubject]).
// Subjects are compared after removing reply and forward prefixes in many
// languages ("Re:", "AW:", "RES:", "Odp:", "回复：", "Ответ:", "ΑΠ:",
// counted forms such as "Re[2]:"), list tags and a trailing "(fwd)". The
// people are the set of From, To and Cc addresses, compared without case:
// two customers who both write "Order status" to the same shop are never
// joined, and neither are messages without a time or without any
// address. Builder.ReferencesOnly turns this off.
//
// # Differences from notmuch
//
// On the notmuch test corpora Build groups messages as notmuch 0.37 does,
// with two deliberate exceptions, each listed in the tests with its
// reason: on lkml, the thread notmuch makes of everything that answers
// "<yes>" is three conversations here (two notmuch patch threads of
// November 2009 and a CIFS series of June 2010); and in notmuch's
// threading fixtures, two messages from Alice to Daniel with the subject
// "root message", sent in the same minute without references, are one
// conversation here because of their subject.
//
// # Cost
//
// Build takes time O(n log n) in the number of messages and identifiers
// and allocates about 250 bytes per message besides the messages
// themselves, a quarter of it for the nodes it returns. It runs in the
// calling goroutine and threads more than half a million messages a
// second; BENCHMARKS.md has the figures.
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
