package htmltext

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Limits on the state that grows with nesting. They keep the work linear
// in the size of the input however deeply a document nests.
const (
	// maxDepth is how many open elements are tracked. Elements nested
	// deeper still break lines, but no longer change quoting, list
	// indentation or hiding, and their end tags are matched by count.
	maxDepth = 256
	// maxQuote is the most "> " markers a line gets.
	maxQuote = 16
	// maxIndent is the deepest list level that still adds indentation.
	maxIndent = 10
	// maxLinkText is how much link text is kept to compare with its URL.
	maxLinkText = 1024
	// maxMarker is how much of a Word list marker is kept.
	maxMarker = 32
)

// Text renders an HTML document or fragment as readable plain text.
//
// The result is valid UTF-8 with "\n" line ends, no trailing spaces on any
// line, no leading or trailing blank lines and never two blank lines in a
// row. The package documentation describes the rendering.
func Text(html string) string {
	return string(render(html))
}

// entry is an open element.
type entry struct {
	key      uint32 // keyOf the element name
	flags    uint16
	brk      uint8 // line ends the element asks for when it closes
	scope    uint8 // the element scopes it bounds (scope* bits)
	num      int   // ol: the number of the next item
	step     int   // ol: +1, or -1 when reversed; 0 for unordered lists
	prevList int   // lists: the index of the enclosing list, or -1
	label    Label // the greatest label of the element and those around it
}

// Entry flags.
const (
	fSpecial  uint16 = 1 << iota // blocks: an inline end tag does not close past it
	fSuppress                    // its content is not shown
	fForeign                     // svg or math, or inside them
	fHead
	fQuote
	fPre
	fList
	fItem
	fDef
	fPara
	fHeading
	fRow
	fCell
	fMso // the span holding a Word list marker
)

// Element scopes, as in the HTML parsing algorithm: an end tag or an
// implied end looks for its element down the stack only until an element
// that bounds its scope.
const (
	scopeDefault uint8 = 1 << iota
	scopeButton
	scopeListItem
	scopeTable
	scopeDefList

	scopeAll   = scopeDefault | scopeButton | scopeListItem | scopeTable | scopeDefList
	scopeBlock = scopeDefault | scopeButton | scopeListItem | scopeDefList
)

// renderer is the state of one rendering.
type renderer struct {
	w        writer
	stack    []entry
	overflow int        // elements opened beyond maxDepth and not yet closed
	filter   [64]uint16 // open elements per key bucket: a zero means a name is not open

	// Open elements by flag.
	suppress, foreign, heads, quotes, pres, lists, items, defs, paras, headings, rows, cells, msos int

	curList int // index of the innermost open list, or -1

	rawSkip  bool // drop the next text token: the content of a script, style, …
	preStart bool // drop a newline right after <pre>

	link     bool     // a link is open and its URL will follow its text
	href     []byte   // the open link's URL, cleaned
	msoText  []byte   // the Word list marker being read
	msoLevel int      // the list level of the current Word list paragraph
	marker   [24]byte // room for list item markers
	stackBuf [32]entry

	lab        *labeling // set by Render with a Labeler
	tightLists bool      // Options.TightLists
}

func render(s string) []byte {
	r := renderer{curList: -1}
	return r.run(s)
}

func (r *renderer) run(s string) []byte {
	r.w.out = make([]byte, 0, len(s)/4+64)
	r.stack = r.stackBuf[:0]
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		rawSkip, preStart := r.rawSkip, r.preStart
		r.rawSkip, r.preStart = false, false
		switch tt {
		case html.ErrorToken:
			r.closeLink()
			return r.w.finish()
		case html.TextToken:
			if !rawSkip {
				r.textToken(z, preStart)
			}
		case html.StartTagToken:
			r.startTag(z, false)
		case html.SelfClosingTagToken:
			r.startTag(z, true)
		case html.EndTagToken:
			r.endTag(z)
		}
		// Comments, including Outlook's conditional comments, and
		// doctypes show nothing.
	}
}

func (r *renderer) textToken(z *html.Tokenizer, preStart bool) {
	if r.suppress > 0 {
		// Text in a head that is not white space ends the head, as in a
		// browser; other hidden text is skipped without decoding it.
		if r.heads == 0 || r.suppress != r.heads {
			return
		}
		b := z.Text()
		if len(trimSpace(b)) == 0 {
			return
		}
		r.popFlag(fHead)
		r.text(b, false)
		return
	}
	r.text(z.Text(), preStart)
}

func (r *renderer) text(b []byte, preStart bool) {
	switch {
	case r.msos > 0:
		n := min(len(b), maxMarker-len(r.msoText))
		r.msoText = append(r.msoText, b[:max(n, 0)]...)
	case r.pres > 0:
		if preStart && len(b) > 0 && b[0] == '\n' {
			b = b[1:]
		}
		r.preText(b)
	default:
		r.flowText(b)
	}
}

// flowText writes normal text: runs of white space collapse to one space.
func (r *renderer) flowText(b []byte) {
	for i := 0; i < len(b); {
		if isSpace(b[i]) {
			r.w.softSpace()
			i++
			continue
		}
		j := i + 1
		for j < len(b) && !isSpace(b[j]) {
			j++
		}
		r.word(b[i:j])
		i = j
	}
}

// preText writes preformatted text: spaces and line breaks are kept.
func (r *renderer) preText(b []byte) {
	for i := 0; i < len(b); {
		switch c := b[i]; c {
		case '\n':
			r.w.br()
			i++
			continue
		case ' ':
			r.w.hardSpace()
			i++
			continue
		case '\t':
			r.w.textByte('\t')
			i++
			continue
		}
		j := i + 1
		for j < len(b) && b[j] != '\n' && b[j] != ' ' && b[j] != '\t' {
			j++
		}
		r.word(b[i:j])
		i = j
	}
}

// word writes text without ASCII white space, cleaned: invalid UTF-8
// becomes U+FFFD, a non-breaking space becomes a space that does not
// collapse, and control and invisible formatting characters are dropped.
func (r *renderer) word(b []byte) {
	for len(b) > 0 {
		// The longest prefix that needs no change.
		n := 0
		for n < len(b) {
			c := b[n]
			if c > ' ' && c < utf8.RuneSelf-1 {
				n++
				continue
			}
			if c < utf8.RuneSelf {
				break
			}
			ru, size := utf8.DecodeRune(b[n:])
			if (ru == utf8.RuneError && size == 1) || ru <= 0xA0 || dropped(ru) {
				break
			}
			n += size
		}
		if n > 0 {
			r.w.text(b[:n])
			b = b[n:]
			continue
		}
		ru, size := utf8.DecodeRune(b)
		switch {
		case ru == utf8.RuneError && size == 1:
			r.w.text([]byte(string(utf8.RuneError)))
		case ru == 0xA0:
			r.w.hardSpace()
		}
		// Anything else here is a control character (C0, DEL or C1) or
		// an invisible one: dropped.
		b = b[size:]
	}
}

// dropped reports whether a rune is invisible formatting that is left out
// of the text: soft hyphen, combining grapheme joiner, zero-width space,
// word joiner and byte order mark. Newsletters pad their preview text with
// them. Zero-width joiners and non-joiners are kept: some scripts and emoji
// need them.
func dropped(ru rune) bool {
	switch ru {
	case 0xAD, 0x34F, 0x200B, 0x2060, 0xFEFF:
		return true
	}
	return false
}

// alt writes an image's alt text as inline text.
func (r *renderer) alt(b []byte) {
	if len(b) == 0 || r.suppress > 0 {
		return
	}
	r.text(b, false)
}

func (r *renderer) brk(n int) {
	if n > 0 && r.suppress == 0 {
		r.w.brk(n)
	}
}

func (r *renderer) br() {
	if r.suppress == 0 {
		r.w.br()
	}
}

func (r *renderer) startTag(z *html.Tokenizer, selfClosing bool) {
	name, hasAttr := z.TagName()
	a := atom.Lookup(name)
	k := kindOf(a)
	if k == kRaw {
		r.rawSkip = true
		return
	}
	if r.heads > 0 && !inHead(a) {
		r.popFlag(fHead)
	}
	if r.foreign > 0 {
		if !leavesForeign(a) {
			if !selfClosing {
				r.push(entry{key: keyOf(a, name), flags: fForeign})
			}
			return
		}
		for len(r.stack) > 0 && r.stack[len(r.stack)-1].flags&fForeign != 0 {
			r.pop()
		}
	}

	if k == kVoid || k == kIgnore {
		return
	}
	var at attrs
	var label Label
	if r.lab != nil && r.suppress == 0 {
		label = r.label(z, a, name, hasAttr, k, &at)
	} else if hasAttr && r.suppress == 0 {
		at.read(z, k, nil)
	}
	e := entry{key: keyOf(a, name), flags: fSpecial, label: label}
	brk := 0
	switch k {
	case kBr:
		if !at.hidden {
			r.br()
		}
		return
	case kHr:
		r.closeP()
		if !at.hidden {
			r.brk(2)
		}
		return
	case kImg:
		if !at.hidden {
			r.alt(at.alt)
		}
		return
	case kInline, kA:
		// A browser ignores the slash of <span/>; honouring it keeps
		// XHTML-style markup from piling up open elements.
		if k == kA {
			r.closeLink()
		}
		if selfClosing {
			return
		}
		e.flags = 0
		if k == kA && !at.hidden {
			r.openLink(at.href)
		}
	case kBlock:
		r.closeP()
		brk = at.breaks(1)
		if a == atom.Div {
			r.msoLevel = at.msoLevel
		}
	case kPara:
		r.closeP()
		e.flags |= fPara
		brk = at.breaks(2)
		if r.items > 0 {
			brk = 1
		}
		r.msoLevel = at.msoLevel
	case kHeading:
		r.closeP()
		if n := len(r.stack); n > 0 && r.stack[n-1].flags&fHeading != 0 {
			r.pop()
		}
		// Headings keep their blank lines even without margins: the
		// padding around them in newsletters does the same.
		e.flags |= fHeading
		brk = 2
		if r.items > 0 {
			brk = 1
		}
	case kList:
		r.closeP()
		e.flags |= fList
		e.scope = scopeListItem
		brk = 1
		switch {
		case r.lists > 0:
		case !r.tightLists:
			brk = at.breaks(2)
		case at.loose:
			brk = 2
		}
		if a == atom.Ol {
			e.num, e.step = 1, 1
			if at.hasStart {
				e.num = at.start
				if at.reversed {
					e.step = -1
				}
			}
		}
	case kItem:
		r.closeItem()
		r.closeP()
		e.flags |= fItem
		brk = 1
	case kDef:
		r.closeDef()
		r.closeP()
		e.flags |= fDef
		brk = 1
	case kDefList:
		r.closeP()
		e.scope = scopeDefList
		brk = at.breaks(2)
	case kQuote:
		r.closeP()
		e.flags |= fQuote
		brk = at.breaks(2)
	case kPre:
		r.closeP()
		e.flags |= fPre
		brk = at.breaks(2)
	case kTextarea:
		e.flags |= fPre
	case kTable:
		r.closeP()
		e.scope = scopeAll
		brk = 1
	case kRow:
		r.closeRow()
		e.flags |= fRow
		brk = 1
	case kCell:
		r.closeCell()
		e.flags |= fCell
		e.scope = scopeBlock
	case kCaption:
		e.scope = scopeBlock
		brk = 1
	case kHead:
		if r.heads > 0 {
			return
		}
		e.flags |= fHead | fSuppress
	case kTemplate:
		e.flags |= fSuppress
		e.scope = scopeAll
	case kSvg, kMath:
		if selfClosing {
			return
		}
		// No scope bits: a block end tag inside svg or math closes it,
		// which keeps an unclosed <svg> from hiding the rest.
		e.flags |= fForeign
		if k == kSvg {
			e.flags |= fSuppress
		}
	case kScope:
		e.scope = scopeBlock
	case kButton:
		e.scope = scopeButton
	}
	if at.hidden {
		e.flags |= fSuppress
		brk = 0
	} else if at.msoIgnore {
		e.flags |= fMso
		r.msoText = r.msoText[:0]
	}
	e.brk = uint8(brk)
	r.brk(brk)
	r.push(e)
	if at.hidden || r.suppress > 0 {
		return
	}
	switch k {
	case kItem:
		r.itemMarker(&at)
	case kCell:
		r.w.sep = true
	case kPre, kTextarea:
		r.preStart = true
	}
}

// breaks is the number of line ends around a block whose default is def:
// 1 for a line of its own, 2 for a paragraph with a blank line around it.
func (at *attrs) breaks(def int) int {
	switch {
	case at.loose:
		return 2
	case at.tight:
		return 1
	}
	return def
}

func (r *renderer) endTag(z *html.Tokenizer) {
	name, _ := z.TagName()
	a := atom.Lookup(name)
	key := keyOf(a, name)
	if r.foreign > 0 {
		for i := len(r.stack) - 1; i >= 0 && r.stack[i].flags&fForeign != 0; i-- {
			if r.stack[i].key == key {
				r.popTo(i)
				return
			}
		}
	}
	k := kindOf(a)
	switch k {
	case kBr:
		r.br() // </br> is a <br> in a browser too
		return
	case kVoid, kIgnore, kRaw, kHr, kImg:
		return
	}
	if k == kA {
		r.closeLink()
	}
	if r.overflow > 0 {
		// Past maxDepth, an end tag is taken to close the innermost
		// untracked element.
		r.overflow--
		switch k {
		case kInline, kA, kTextarea, kCell, kHead, kTemplate, kSvg, kMath, kScope, kButton:
		case kPara, kHeading, kQuote, kPre, kDefList:
			r.brk(2)
		default:
			r.brk(1)
		}
		return
	}
	i := -1
	switch k {
	case kInline, kA:
		if r.filter[bucket(key)] == 0 {
			return
		}
		for i := len(r.stack) - 1; i >= 0; i-- {
			if r.stack[i].key == key {
				r.popTo(i)
				return
			}
			if r.stack[i].flags&fSpecial != 0 {
				return
			}
		}
		return
	case kPara:
		if i = r.find(key, scopeButton); i < 0 {
			r.brk(2) // a stray </p> is an empty paragraph
			return
		}
	case kItem:
		i = r.find(key, scopeListItem)
	case kDef:
		i = r.find(key, scopeDefault|scopeDefList)
	case kHeading:
		if r.headings > 0 {
			i = r.findFlag(fHeading, scopeDefault)
		}
	case kRow, kCell, kTable, kCaption:
		i = r.find(key, scopeTable)
	case kHead:
		if r.heads > 0 {
			i = r.findFlag(fHead, 0)
		}
	default:
		i = r.find(key, scopeDefault)
	}
	if i >= 0 {
		r.popTo(i)
	}
}

func bucket(key uint32) int {
	return int((key ^ key>>8 ^ key>>16 ^ key>>24) % 64)
}

func (r *renderer) push(e entry) {
	if len(r.stack) >= maxDepth {
		r.overflow++
		return
	}
	if e.flags&fList != 0 {
		e.prevList = r.curList
		r.curList = len(r.stack)
	}
	if r.lab != nil && len(r.stack) > 0 {
		e.label = max(e.label, r.stack[len(r.stack)-1].label)
	}
	r.stack = append(r.stack, e)
	r.filter[bucket(e.key)]++
	r.count(e.flags, 1)
	if r.lab != nil {
		r.relabel()
	}
}

func (r *renderer) pop() {
	n := len(r.stack) - 1
	e := r.stack[n]
	r.stack = r.stack[:n]
	r.filter[bucket(e.key)]--
	r.count(e.flags, -1)
	if r.lab != nil {
		r.relabel()
	}
	if e.flags&fList != 0 {
		r.curList = e.prevList
	}
	if e.flags&fItem != 0 {
		r.w.marker = nil // an item that showed nothing
	}
	if e.flags&fMso != 0 && r.msos == 0 {
		r.msoMarker()
	}
	r.brk(int(e.brk))
}

// popTo closes the element at index i and all the elements inside it.
func (r *renderer) popTo(i int) {
	for len(r.stack) > i {
		r.pop()
	}
}

// count keeps the per-flag counts of open elements, and the writer's
// prefix, up to date.
func (r *renderer) count(f uint16, d int) {
	if f&^fSpecial == 0 {
		return
	}
	if f&fSuppress != 0 {
		r.suppress += d
	}
	if f&fForeign != 0 {
		r.foreign += d
	}
	if f&fHead != 0 {
		r.heads += d
	}
	if f&fQuote != 0 {
		r.quotes += d
		r.w.quote = min(r.quotes, maxQuote)
	}
	if f&fPre != 0 {
		r.pres += d
	}
	if f&fList != 0 {
		r.lists += d
		r.w.level = min(r.lists, maxIndent)
	}
	if f&fItem != 0 {
		r.items += d
	}
	if f&fDef != 0 {
		r.defs += d
	}
	if f&fPara != 0 {
		r.paras += d
	}
	if f&fHeading != 0 {
		r.headings += d
	}
	if f&fRow != 0 {
		r.rows += d
	}
	if f&fCell != 0 {
		r.cells += d
	}
	if f&fMso != 0 {
		r.msos += d
	}
}

// find returns the index of the innermost open element with the key, or -1
// if there is none in the given scope.
func (r *renderer) find(key uint32, scope uint8) int {
	if r.filter[bucket(key)] == 0 {
		return -1
	}
	for i := len(r.stack) - 1; i >= 0; i-- {
		e := &r.stack[i]
		if e.key == key {
			return i
		}
		if e.scope&scope != 0 {
			return -1
		}
	}
	return -1
}

// findFlag is find for the innermost element with a flag; the caller
// checks first that one is open.
func (r *renderer) findFlag(flag uint16, scope uint8) int {
	for i := len(r.stack) - 1; i >= 0; i-- {
		e := &r.stack[i]
		if e.flags&flag != 0 {
			return i
		}
		if e.scope&scope != 0 {
			return -1
		}
	}
	return -1
}

func (r *renderer) popFlag(flag uint16) {
	if i := r.findFlag(flag, 0); i >= 0 {
		r.popTo(i)
	}
}

// closeP closes an open p, as the blocks that cannot sit inside one do.
func (r *renderer) closeP() {
	if r.paras > 0 {
		if i := r.find(uint32(atom.P), scopeButton); i >= 0 {
			r.popTo(i)
		}
	}
}

// closeItem closes the open li of the same list, as a new li does.
func (r *renderer) closeItem() {
	if r.items > 0 {
		if i := r.findFlag(fItem, scopeListItem); i >= 0 {
			r.popTo(i)
		}
	}
}

// closeDef closes the open dt or dd of the same dl.
func (r *renderer) closeDef() {
	if r.defs > 0 {
		if i := r.findFlag(fDef, scopeDefList); i >= 0 {
			r.popTo(i)
		}
	}
}

// closeRow closes the open row of the same table, as a new tr does.
func (r *renderer) closeRow() {
	if r.rows > 0 {
		if i := r.findFlag(fRow, scopeTable); i >= 0 {
			r.popTo(i)
			return
		}
	}
	if r.cells > 0 {
		if i := r.findFlag(fCell, scopeTable); i >= 0 {
			r.popTo(i)
		}
	}
}

// closeCell closes the open cell of the same row, as a new td does.
func (r *renderer) closeCell() {
	if r.cells == 0 {
		return
	}
	for i := len(r.stack) - 1; i >= 0; i-- {
		e := &r.stack[i]
		if e.flags&fCell != 0 {
			r.popTo(i)
			return
		}
		if e.flags&fRow != 0 || e.scope&scopeTable != 0 {
			return
		}
	}
}

// itemMarker sets the marker of a new list item: "- ", or its number in an
// ordered list.
func (r *renderer) itemMarker(at *attrs) {
	m := r.marker[:0]
	if r.curList >= 0 && r.stack[r.curList].step != 0 {
		l := &r.stack[r.curList]
		if at.hasValue {
			l.num = at.value
		}
		m = strconv.AppendInt(m, int64(l.num), 10)
		m = append(m, ". "...)
		l.num += l.step
	} else {
		m = append(m, "- "...)
	}
	r.w.marker = m
}

// msoMarker writes the list marker of a Word list paragraph, read from its
// mso-list:Ignore span: a bullet glyph (·, o, §, …, in a symbol font)
// becomes "- ", a number or letter such as "1." or "a)" is kept; the
// padding of non-breaking spaces becomes one space, and the level sets the
// indentation.
func (r *renderer) msoMarker() {
	m := trimSpace(r.msoText)
	for len(m) >= 2 && m[0] == 0xC2 && m[1] == 0xA0 {
		m = trimSpace(m[2:])
	}
	for n := len(m); n >= 2 && m[n-2] == 0xC2 && m[n-1] == 0xA0; n = len(m) {
		m = trimSpace(m[:n-2])
	}
	r.msoText = r.msoText[:0]
	if r.suppress > 0 {
		return
	}
	for range 2 * (min(max(r.msoLevel, 1), maxIndent) - 1) {
		r.w.hardSpace()
	}
	if n := len(m); n >= 2 && (m[n-1] == '.' || m[n-1] == ')') {
		r.word(m)
	} else {
		r.w.text([]byte{'-'})
	}
	r.w.hardSpace()
}
