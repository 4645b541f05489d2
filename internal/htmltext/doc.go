// Package htmltext renders HTML mail as the plain text a person reads in
// a mail client.
//
// [Text] is the whole API. Cartero uses it for messages that come without
// a text/plain body, so that threading, classification and templates
// always have text to work on. The rendering aims at what the sender
// typed: one line per typed line, blank lines where they were left, quotes
// marked, links kept.
//
// # Rendering
//
// Lines and paragraphs:
//
//   - Block elements (div, p, li, tr, table, blockquote, pre, headings,
//     section, article, header, footer, address, dl, dt, dd, ul, ol and the
//     like) start and end lines. Paragraphs (p, blockquote, pre, dl, and
//     lists that are not nested) are also separated by one blank line,
//     unless a style sets their top and bottom margins to zero (as Outlook
//     on the web and Gmail's quotes do), or they are Word paragraphs (class
//     MsoNormal and the other Mso* classes), which have no margins in
//     Outlook. A block whose style sets a vertical margin of 8px or more is
//     a paragraph too. Headings always are.
//   - <br> ends the line; two in a row leave a blank line. So Gmail's and
//     Yahoo's <div><br></div>, Apple Mail's <div> per line and Word's
//     <p class=MsoNormal>&nbsp;</p> spacers come out as the blank lines the
//     sender typed.
//   - Never more than one blank line in a row, also inside <pre>; no blank
//     lines at the start or the end; no spaces, tabs or zero-width
//     non-joiners at the end of a line.
//   - White space collapses to one space, except in <pre> (and listing,
//     xmp, plaintext, textarea), which keeps spaces, tabs and line breaks.
//
// Structure:
//
//   - Headings are paragraphs of their own, without any marker.
//   - List items start with "- " in ul and "1. ", "2. ", … in ol (start,
//     reversed with start, and li value are honoured; the type of
//     numbering is not: it is always decimal). Each level of nesting
//     indents by two spaces, and so do the following lines of an item.
//     Paragraphs inside list items are single lines. Word's imitation
//     lists (mso-list paragraphs with their marker in a mso-list:Ignore
//     span) come out the same way, the bullet glyph of a symbol font
//     replaced by "-".
//   - The lines of a blockquote start with "> ", nested ones with "> > ".
//     Blank lines inside a quote are ">".
//   - Table rows are lines; the cells of a row are separated by " | ",
//     which reads better than a tab in proportional fonts and survives
//     re-wrapping. A separator is only written between cells that show
//     text, so layout tables, spacer cells and image-only cells add no
//     clutter, and a cell that holds blocks or a nested table puts them on
//     lines of their own.
//   - <hr> is a paragraph break; it prints nothing.
//
// Inline content:
//
//   - A link prints its text followed by the URL in parentheses: "texto
//     (https://x.es/y)". The URL is left out when the text already shows
//     it (equal to the URL, or to the URL without its scheme or trailing
//     slash, ignoring case), for fragment-only (#…), javascript:,
//     vbscript: and data: URLs, and for links without text. A mailto: URL
//     prints as the bare address. Spaces and invisible characters in a URL
//     are percent-encoded, so a printed URL can be copied.
//   - An image prints its alt text, and nothing when it has none.
//
// Characters:
//
//   - Entities are decoded, named and numeric (numeric references to
//     C1 controls read as Windows-1252, as browsers do).
//   - A non-breaking space (U+00A0) becomes a plain space, but one that
//     never collapses: "a&nbsp;&nbsp;b" keeps both spaces, and a line
//     holding only &nbsp; is a blank line.
//   - Invalid UTF-8 becomes U+FFFD; control characters and the invisible
//     soft hyphen, combining grapheme joiner, zero-width space, word joiner
//     and byte order mark are dropped. The output is always valid UTF-8.
//
// What is not shown:
//
//   - head, title, style, script, template, noscript, iframe, noembed,
//     noframes and svg, with their content; comments, including Outlook's
//     conditional comments (<!--[if mso]>…<![endif]-->). The content of
//     the "downlevel-revealed" form (<![if !mso]>…<![endif]>) is shown, as
//     in a browser.
//   - Elements with the hidden attribute or a style of display:none,
//     visibility:hidden, or a zero height with overflow:hidden: the
//     preview text that newsletters hide at the top of the body.
//
// Broken markup is read the way browsers read it: unclosed p, li, td and
// tr elements are closed by the next one, a stray end tag that matches no
// open element is ignored, an inline end tag does not close the blocks
// inside it, and a block start tag inside an unclosed svg ends the svg.
//
// # Limits
//
// Text makes one pass over its input with the tokenizer of
// golang.org/x/net/html, and its time is linear in the size of the input.
// Besides the input and the output it holds the largest single token
// (the tokenizer's buffer) and a stack of at most 256 open elements.
// Deeper nesting is still rendered: extra levels still break lines, but
// no longer add quoting, indentation or hiding, and their end tags close
// the innermost untracked element. Lines get at most 16 quote markers and
// at most 10 levels of list indentation.
package htmltext
