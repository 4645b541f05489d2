// Package correspondence is Cartero's message model and its MIME reader and
// writer.
//
// A [Message] is one piece of correspondence on any channel: e-mail, a web
// form or ticket, SMS, chat, a social network message or a scanned letter.
// E-mail comes from [Parse]; hosts build messages for the other channels
// directly from their own fields. Every later stage of Cartero (threading,
// classification, SLA clocks, templates, review) takes a *Message.
//
// # Reading mail
//
// [Parse] reads a message and returns either a *Message or an error, never
// both. Real mail is often broken; the parser recovers from everything it
// can and records what it recovered from in Message.Defects, so nothing a
// customer sent is silently lost:
//
//   - every MIME leaf ends up as the text body, the HTML body, or an
//     [Attachment] (files, inline images, forwarded message/rfc822 parts,
//     text/calendar invites, delivery-status reports, alternative bodies in
//     other formats);
//   - text is decoded from any charset golang.org/x/text knows, with labels
//     read as web browsers read them (ISO-8859-1 and US-ASCII are decoded as
//     Windows-1252); an unknown charset is a defect and the text is still
//     decoded as well as it can be; text fields are always valid UTF-8;
//   - RFC 2047 encoded words are decoded wherever they occur in practice
//     and RFC 2231 parameters in any charset (an ISO-8859-1 file name
//     "Caf%E9.pdf" gives "Café.pdf");
//   - broken structure (missing or unnamed boundaries, unknown transfer
//     encodings, bad base64 or quoted-printable, mixed line endings,
//     continuation errors, 8-bit headers) is recovered and recorded;
//   - HTML-only mail gets a readable plain-text rendering in Message.Text;
//   - format=flowed text (RFC 3676) is joined back into paragraphs.
//
// Each [Defect] matches its kind with errors.Is:
//
//	for _, d := range msg.Defects {
//		if errors.Is(d, correspondence.ErrUnknownCharset) { … }
//	}
//
// The original bytes stay available in Message.Raw for hosts that archive
// mail as a documented record. Attachments refer into them and are decoded
// only when read, through [Attachment.Open] or [Attachment.Bytes].
//
// [ParseHeader] reads only the header, for indexing and threading, without
// decoding any body.
//
// # What the customer just wrote
//
// A reply carries the history it quotes, a signature, perhaps a legal
// footer or a forwarded message. Parse fills Message.Split with the parts:
// Split.New is what the author wrote in this message (inline answers
// between quoted passages kept, in order), and Quoted, Signature and
// Forwarded hold the rest, so that nothing is ever thrown away. Hosts call
// [SplitText] and [SplitHTML] on text from other channels (chat
// transcripts, web forms):
//
//	s := correspondence.SplitText(transcript)
//	fmt.Println(s.New)
//
// The splitter knows the attribution lines, header blocks, separators,
// quote containers, forward markers, mobile footers and disclaimers of the
// common mail clients in Spanish, English, Portuguese, French, German and
// Italian; new languages are tables of words in internal/quote. It errs on
// the side of keeping text as new, and runs in linear time.
//
// # Limits
//
// A [Parser] refuses input that would cost too much, with an error that
// errors.Is matches: [ErrTooLarge] (DefaultMaxSize, 64 MiB),
// [ErrHeaderTooLarge] (DefaultMaxHeaderBytes, 1 MiB per header block),
// [ErrTooManyParts] (DefaultMaxParts, 1,000 entities) and [ErrTooDeep]
// (DefaultMaxDepth, 32 nested multiparts). The zero Parser uses the
// defaults; set a field to change one. Parsing is linear in the size of
// the input for any input within the limits.
//
// # Writing mail
//
// A [Writer] writes a Message as MIME: text and HTML as
// multipart/alternative, inline images as multipart/related, attachments
// as multipart/mixed, non-ASCII names and subjects as encoded words, and a
// Message-ID made with a random UUID under the Writer's domain. Header
// values holding CR, LF or other control characters are refused with a
// [*HeaderError] before anything is written. [NewReply] builds the answer
// to an inbound message: In-Reply-To, References (trimmed to the first and
// the most recent ids when long), "Re: " without stacking prefixes, and
// Auto-Submitted: auto-replied for automatic replies.
package correspondence
