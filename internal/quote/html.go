package quote

import (
	"strings"

	"github.com/cartero/cartero/internal/htmltext"
)

// HTML renders an HTML message as plain text with [htmltext.Render] and
// splits the rendering, using the quote, splitter and signature elements
// of the mail clients as hints. Lists start on the line after the text
// that introduces them, as people type them. The segments are offsets
// into the returned text.
func HTML(html string, opts Options) (string, []Segment) {
	text, labels := htmltext.Render(html, htmltext.Options{Labeler: labelElement, TightLists: true})
	hints := make([]Hint, len(labels))
	for i, l := range labels {
		hints[i] = Hint(l)
	}
	return text, split(text, hints, opts)
}

// labelElement gives the elements that mail clients use to mark quotes,
// reply splitters and signatures the label of their hint.
func labelElement(name string, attr func(string) string) (htmltext.Label, bool) {
	switch name {
	case "blockquote":
		// Apple Mail, Thunderbird, Proton and many webmails write
		// type="cite"; Gmail a gmail_quote class.
		if attr("type") == "cite" || hasClass(attr("class"), "gmail_quote", "protonmail_quote") {
			return htmltext.Label(HintQuote), false
		}
	case "hr":
		// Outlook on the web and Outlook for iOS and Android: the rule
		// above the header block of the message answered.
		if attr("tabindex") == "-1" {
			return htmltext.Label(HintRest), true
		}
	case "pre":
		if hasClass(attr("class"), "moz-signature") {
			return htmltext.Label(HintSignature), false
		}
	case "div", "span", "section", "table", "p":
		switch id := attr("id"); {
		case id == "divRplyFwdMsg", id == "x_divRplyFwdMsg", id == "appendonsend", id == "x_appendonsend",
			id == "mail-editor-reference-message-container",
			strings.HasPrefix(id, "OLK_SRC_BODY_SECTION"):
			return htmltext.Label(HintRest), true
		case id == "Signature", id == "ms-outlook-mobile-signature":
			return htmltext.Label(HintSignature), false
		}
		class := attr("class")
		switch {
		case hasClass(class, "gmail_attr", "moz-cite-prefix", "yahoo_quoted", "protonmail_quote"):
			return htmltext.Label(HintQuote), false
		case hasClass(class, "gmail_signature", "gmail_signature_prefix", "moz-signature"):
			return htmltext.Label(HintSignature), false
		}
		if name == "div" && outlookSplitter(attr("style")) {
			return htmltext.Label(HintRest), true
		}
	}
	return 0, false
}

// hasClass reports whether a class attribute holds one of names. A class
// may carry a prefix that webmails add when they quote a message again
// ("x_gmail_quote", "ydp1a2b3c4dyahoo_quoted").
func hasClass(attr string, names ...string) bool {
	if attr == "" {
		return false
	}
	for c := range strings.FieldsSeq(attr) {
		for _, n := range names {
			if strings.HasSuffix(c, n) && (len(c) == len(n) || n == "yahoo_quoted" || c[len(c)-len(n)-1] == '_') {
				return true
			}
		}
	}
	return false
}

// outlookSplitter reports whether a style is that of the div Outlook
// writes around the header block of the message answered: no border but
// a thin solid top one, and a little padding above.
// ("border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm")
func outlookSplitter(style string) bool {
	if len(style) > 512 {
		return false
	}
	s := strings.ToLower(strings.ReplaceAll(style, " ", ""))
	i := strings.Index(s, "border-top:")
	if i < 0 {
		return false
	}
	top := s[i+len("border-top:"):]
	if j := strings.IndexByte(top, ';'); j >= 0 {
		top = top[:j]
	}
	return strings.Contains(top, "solid") && (strings.Contains(s, "border:none") || strings.Contains(s, "padding:3"))
}

// ForwardSubject reports whether a subject says its message is a forward:
// it starts with a forward prefix ("Fwd:", "RV:", "Enc:", "TR:", "WG:",
// "I:"), after any list tags in brackets.
func ForwardSubject(subject string) bool {
	s := strings.TrimSpace(subject)
	for strings.HasPrefix(s, "[") {
		i := strings.IndexByte(s, ']')
		if i < 0 {
			return false
		}
		s = strings.TrimSpace(s[i+1:])
	}
	i := 0
	for i < len(s) && i <= 12 && (s[i]|0x20 >= 'a' && s[i]|0x20 <= 'z') {
		i++
	}
	if i == 0 || i > 12 {
		return false
	}
	w := strings.ToLower(s[:i])
	rest := strings.TrimLeft(s[i:], " ")
	if !strings.HasPrefix(rest, ":") {
		return false
	}
	for _, l := range languages {
		for _, p := range l.forwardPrefixes {
			if w == p {
				return true
			}
		}
	}
	return false
}
