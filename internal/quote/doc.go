// Package quote separates what the author of a message just wrote from the
// quoted history, the signature and the forwarded content around it.
//
// It is the engine behind SplitText and SplitHTML of
// [github.com/cartero/cartero/correspondence]. [Text] splits plain text; [HTML] renders HTML
// with [htmltext.Render] and splits the rendering, using the elements mail
// clients mark quotes and signatures with as hints. Both return
// [Segment]s: runs of whole lines of one [Kind] that cover the text in
// order. [Join] turns the segments of a kind into text.
//
// # How a message is read
//
// Lines are read once, top to bottom:
//
//   - A forward marker ("---------- Mensaje reenviado ---------", "Begin
//     forwarded message:") starts forwarded content, to the end.
//   - A header block (a From field, then a Sent or Date field with a
//     time, then a Subject, or a To when the block names an address) or
//     an "original message" separator starts quoted history, to the end,
//     since Outlook, Samsung and Yahoo do not mark quoted lines. When
//     [Options].Forward says the message is a forward, it starts
//     forwarded content instead.
//   - An attribution line ("El lun, 23 nov 2026 a las 10:15, Ana
//     escribió:"), possibly wrapped over up to three lines, needs a colon
//     at the end, a verb that says someone wrote, and a date or time.
//     Followed by quoted lines it joins the quote; without them it starts
//     history to the end only when it is strong (it starts the way clients
//     start it or names an address, and gives a year or a full date).
//   - A run of ">" lines is a quote when an attribution leads into it,
//     when it has two lines or more, a line quoted twice, an attribution
//     of its own, or an HTML quote element around it, or when the message
//     already had a quote (the questions of an inline reply). A single
//     "> npm install" inside prose stays new text.
//   - Everything else is new text. At the end of each stretch of new text
//     the signature is found: the "-- " delimiter; footers ("Enviado
//     desde mi iPhone") and legal notices near the end; after a closing
//     phrase ("Un saludo,"), which stays new text, a name and contact
//     lines; without a closing, a name on its own after a full stop or a
//     blank line.
//
// When unsure, text stays new: nothing the author wrote is dropped, and
// everything that is not new is still in another kind.
//
// # Languages
//
// The words are data, in lang.go: one table per language (Spanish,
// English, Portuguese, French, German, Italian) with attribution openers
// and verbs, header field names, separators, forward markers, footers,
// disclaimers, closings, greetings and forward subject prefixes. Adding a
// language is adding a table.
//
// # Limits
//
// The work is linear in the size of the text: each matcher reads a
// bounded part of a line (an attribution at most 400 bytes, a field name
// 32, quote markers 1000), looks ahead or back a constant number of lines,
// and the signature search reads at most a constant number of lines back
// from the end of each stretch of new text. There are no regular
// expressions. Memory is the text, the output, and 24 bytes per line.
package quote
