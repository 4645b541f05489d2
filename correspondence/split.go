package correspondence

import (
	"strconv"
	"strings"

	"github.com/cartero/cartero/internal/quote"
)

// SegmentKind says what a [Segment] of a message holds.
type SegmentKind int

// The kinds of segments.
const (
	// New is what the author wrote in this message, inline answers
	// between quotes included.
	New SegmentKind = iota
	// Quoted is quoted history: earlier messages, with the attribution
	// lines ("El lun, 23 nov 2026 a las 10:15, Ana escribió:") and
	// header blocks ("De: … Enviado el: …") that introduce them.
	Quoted
	// Signature is the author's signature, footers that apps add ("Sent
	// from my iPhone") and legal or confidentiality notices.
	Signature
	// Forwarded is forwarded content, its header block included: the
	// author chose to send it, so it is content rather than history.
	Forwarded
)

var segmentKinds = [...]string{"new", "quoted", "signature", "forwarded"}

// String returns the kind's name in lower case: "new", "quoted",
// "signature" or "forwarded".
func (k SegmentKind) String() string {
	if k >= 0 && int(k) < len(segmentKinds) {
		return segmentKinds[k]
	}
	return "SegmentKind(" + strconv.Itoa(int(k)) + ")"
}

// Segment is a run of whole lines of one kind. Text is the lines exactly
// as they were, line breaks included; Start and End are the byte offsets
// of Text in the text the split was computed on (for [SplitHTML], its
// plain-text rendering).
type Segment struct {
	Kind       SegmentKind
	Text       string
	Start, End int
}

// Split separates what the author of a message just wrote from the
// quoted history, the signature and forwarded content beneath it.
//
// Each field holds the segments of its kind, in order, without leading
// or trailing blank lines, with "\n" line ends and one blank line between
// segments; "" when there are none. Nothing is left out: every line of
// the text is in exactly one of Segments, and the Segments concatenated
// give back the text.
type Split struct {
	// New is what the author wrote in this message. Answers written
	// between quoted passages are kept, in order.
	New string
	// Quoted is the quoted history, attribution lines and header blocks
	// included.
	Quoted string
	// Signature holds signatures, footers added by apps and legal
	// notices. A closing phrase ("Un saludo,") stays in New; the name
	// and what follows it are the signature.
	Signature string
	// Forwarded is forwarded content, its header block included. A note
	// written above a forward is New.
	Forwarded string
	// Segments covers every line of the text, in order.
	Segments []Segment
}

// SplitText splits a plain-text message or chat transcript into what its
// author just wrote, quoted history, signature and forwarded content.
//
// It recognizes the attribution lines and header blocks that Gmail,
// Outlook, Apple Mail, Thunderbird, Yahoo, Proton and the Android and iOS
// mail apps write in Spanish, English, Portuguese, French, German and
// Italian; "-----Original Message-----" style separators; forward
// markers; "> " quoting at any depth; the "-- " signature delimiter,
// footers such as "Enviado desde mi iPhone", legal notices, and name and
// contact blocks at the end of the text. It errs towards keeping text as
// New: a ">" line on its own inside prose, a "From:/To:" pair without the
// rest of a header block, or a "wrote:" without a date are the author's.
//
// SplitText runs in time linear in the length of text.
func SplitText(text string) Split {
	return newSplit(text, quote.Text(text, quote.Options{}))
}

// SplitHTML splits an HTML message. It renders the HTML as plain text
// (the rendering of [Message].Text for HTML-only mail) and splits the
// rendering as [SplitText] does, also using the elements that mail
// clients mark their quotes, reply headers and signatures with: Gmail's
// gmail_quote, gmail_attr and gmail_signature, blockquote type="cite"
// (Apple Mail, Thunderbird), moz-cite-prefix and moz-signature,
// Outlook's divRplyFwdMsg, OLK_SRC_BODY_SECTION and the bordered block
// above its header fields, yahoo_quoted and protonmail_quote. The fields
// and the offsets of the segments refer to the rendering, one paragraph
// per line.
func SplitHTML(html string) Split {
	return newSplit(quote.HTML(html, quote.Options{}))
}

// splitMessage splits a parsed message: its HTML body when it has one
// that shows any text, else its text. A subject with a forward prefix
// (Fwd:, RV:, Enc:, TR:, WG:) makes a header block without a forward
// marker, as Outlook writes forwards, start forwarded content rather than
// history. It also returns the plain-text
// rendering of the HTML body ("" when the HTML was not used), which is
// the text the segments refer to.
func splitMessage(m *Message) (Split, string) {
	opts := quote.Options{Forward: quote.ForwardSubject(m.Subject)}
	if m.HTML != "" {
		text, segs := quote.HTML(m.HTML, opts)
		if strings.TrimSpace(text) != "" || strings.TrimSpace(m.Text) == "" {
			return newSplit(text, segs), text
		}
	}
	return newSplit(m.Text, quote.Text(m.Text, opts)), ""
}

func newSplit(text string, segs []quote.Segment) Split {
	sp := Split{
		New:       quote.Join(text, segs, quote.New),
		Quoted:    quote.Join(text, segs, quote.Quoted),
		Signature: quote.Join(text, segs, quote.Signature),
		Forwarded: quote.Join(text, segs, quote.Forwarded),
	}
	if len(segs) > 0 {
		sp.Segments = make([]Segment, len(segs))
		for i, s := range segs {
			sp.Segments[i] = Segment{Kind: SegmentKind(s.Kind), Text: text[s.Start:s.End], Start: s.Start, End: s.End}
		}
	}
	return sp
}
