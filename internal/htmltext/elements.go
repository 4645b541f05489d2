package htmltext

import "golang.org/x/net/html/atom"

// kind is what an element does to the rendering.
type kind uint8

const (
	kInline   kind = iota // phrasing content and unknown elements
	kVoid                 // void elements that render nothing
	kIgnore               // html, body, tbody, …: neither tracked nor rendered
	kRaw                  // script, style, title, …: the tokenizer reads their content as raw text, which is dropped
	kBr                   // br
	kHr                   // hr
	kImg                  // img: its alt text
	kA                    // a: a link
	kBlock                // div and the other blocks that only end the line
	kPara                 // p
	kHeading              // h1–h6
	kList                 // ul, ol, menu, dir
	kItem                 // li
	kDef                  // dt, dd
	kDefList              // dl
	kQuote                // blockquote
	kPre                  // pre, listing, xmp, plaintext
	kTextarea             // textarea: inline, whitespace kept
	kTable                // table
	kRow                  // tr
	kCell                 // td, th
	kCaption              // caption
	kHead                 // head
	kTemplate             // template: inert content
	kSvg                  // svg: foreign content, dropped
	kMath                 // math: foreign content, rendered
	kScope                // applet, marquee, object: a scope boundary
	kButton               // button
)

func kindOf(a atom.Atom) kind {
	switch a {
	case atom.A:
		return kA
	case atom.Br:
		return kBr
	case atom.Hr:
		return kHr
	case atom.Img:
		return kImg
	case atom.Area, atom.Base, atom.Basefont, atom.Bgsound, atom.Col, atom.Embed,
		atom.Frame, atom.Input, atom.Keygen, atom.Link, atom.Meta, atom.Param,
		atom.Source, atom.Track, atom.Wbr:
		return kVoid
	case atom.Html, atom.Body, atom.Tbody, atom.Thead, atom.Tfoot, atom.Colgroup, atom.Frameset:
		return kIgnore
	case atom.Script, atom.Style, atom.Title, atom.Noscript, atom.Iframe, atom.Noembed, atom.Noframes:
		return kRaw
	case atom.Address, atom.Article, atom.Aside, atom.Center, atom.Details, atom.Dialog,
		atom.Div, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form,
		atom.Header, atom.Hgroup, atom.Legend, atom.Main, atom.Nav, atom.Search,
		atom.Section, atom.Summary:
		return kBlock
	case atom.P:
		return kPara
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return kHeading
	case atom.Ul, atom.Ol, atom.Menu, atom.Dir:
		return kList
	case atom.Li:
		return kItem
	case atom.Dt, atom.Dd:
		return kDef
	case atom.Dl:
		return kDefList
	case atom.Blockquote:
		return kQuote
	case atom.Pre, atom.Listing, atom.Xmp, atom.Plaintext:
		return kPre
	case atom.Textarea:
		return kTextarea
	case atom.Table:
		return kTable
	case atom.Tr:
		return kRow
	case atom.Td, atom.Th:
		return kCell
	case atom.Caption:
		return kCaption
	case atom.Head:
		return kHead
	case atom.Template:
		return kTemplate
	case atom.Svg:
		return kSvg
	case atom.Math:
		return kMath
	case atom.Applet, atom.Marquee, atom.Object:
		return kScope
	case atom.Button:
		return kButton
	}
	return kInline
}

// inHead reports whether an element may appear in head; any other start
// tag ends the head, as it does in a browser.
func inHead(a atom.Atom) bool {
	switch a {
	case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta, atom.Title,
		atom.Noscript, atom.Noframes, atom.Style, atom.Script, atom.Template, atom.Head:
		return true
	}
	return false
}

// leavesForeign reports whether a start tag inside svg or math closes the
// foreign content, as the HTML parsing algorithm says. It keeps a stray
// unclosed <svg> from hiding the rest of a message.
func leavesForeign(a atom.Atom) bool {
	switch a {
	case atom.B, atom.Big, atom.Blockquote, atom.Body, atom.Br, atom.Center, atom.Code,
		atom.Dd, atom.Div, atom.Dl, atom.Dt, atom.Em, atom.Embed, atom.H1, atom.H2,
		atom.H3, atom.H4, atom.H5, atom.H6, atom.Head, atom.Hr, atom.I, atom.Img,
		atom.Li, atom.Listing, atom.Menu, atom.Meta, atom.Nobr, atom.Ol, atom.P,
		atom.Pre, atom.Ruby, atom.S, atom.Small, atom.Span, atom.Strong, atom.Strike,
		atom.Sub, atom.Sup, atom.Table, atom.Tt, atom.U, atom.Ul, atom.Var:
		return true
	}
	return false
}

// keyOf identifies an element name on the stack of open elements: its atom,
// or for names without one (o:p, custom elements) a hash with the top bit
// set, which no atom has.
func keyOf(a atom.Atom, name []byte) uint32 {
	if a != 0 {
		return uint32(a)
	}
	h := uint32(2166136261)
	for _, c := range name {
		h ^= uint32(c)
		h *= 16777619
	}
	return h | 1<<31
}
