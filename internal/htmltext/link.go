package htmltext

import "unicode/utf8"

// openLink starts a link. Its URL is printed after its text when the link
// closes, unless the URL is not worth printing: empty, a fragment of the
// same page, or script or inline data.
func (r *renderer) openLink(href []byte) {
	if cap(r.href) < len(href) {
		r.href = make([]byte, 0, len(href)+len(href)/4)
	}
	r.href = cleanURL(r.href[:0], href)
	u := r.href
	if len(u) == 0 || u[0] == '#' || hasPrefixFold(u, "javascript:") ||
		hasPrefixFold(u, "vbscript:") || hasPrefixFold(u, "data:") {
		return
	}
	r.link = true
	r.w.capturing = true
	if r.w.captured == nil {
		r.w.captured = make([]byte, 0, 256)
	}
	r.w.captured = r.w.captured[:0]
	r.w.long = false
}

// closeLink ends the open link, if any, and prints its URL in parentheses
// after its text unless the text already says it. A link without text (an
// image without alt text, usually) prints nothing.
func (r *renderer) closeLink() {
	if !r.link {
		return
	}
	r.link = false
	r.w.capturing = false
	text := trimSpace(r.w.captured)
	if len(text) == 0 || (!r.w.long && sameLink(text, r.href)) {
		return
	}
	u := r.href
	if hasPrefixFold(u, "mailto:") {
		if addr := mailAddress(u); len(addr) > 0 {
			u = addr
		}
	}
	r.w.appendLink(u)
}

// sameLink reports whether a link's text shows its URL: equal to it, or to
// it without its scheme or trailing slash, or to the address of a mailto:
// URL. Case is ignored.
func sameLink(text, url []byte) bool {
	if hasPrefixFold(url, "mailto:") {
		url = mailAddress(url)
	}
	return equalFoldBytes(bareURL(text), bareURL(url))
}

func bareURL(u []byte) []byte {
	for _, scheme := range [...]string{"https://", "http://", "mailto:"} {
		if hasPrefixFold(u, scheme) {
			u = u[len(scheme):]
			break
		}
	}
	for len(u) > 0 && u[len(u)-1] == '/' {
		u = u[:len(u)-1]
	}
	return u
}

// mailAddress is the address of a mailto: URL: what follows the scheme, up
// to the query.
func mailAddress(u []byte) []byte {
	u = u[len("mailto:"):]
	for i, c := range u {
		if c == '?' {
			return u[:i]
		}
	}
	return u
}

// cleanURL appends an href to dst as a browser reads it: without leading
// and trailing spaces and control characters, without tabs and newlines
// inside. Invalid UTF-8 becomes U+FFFD, other control characters are
// dropped, and spaces and invisible characters are percent-encoded, as a
// browser would send them, so that the printed URL can be copied.
func cleanURL(dst, href []byte) []byte {
	for len(href) > 0 && href[0] <= ' ' {
		href = href[1:]
	}
	for len(href) > 0 && href[len(href)-1] <= ' ' {
		href = href[:len(href)-1]
	}
	for len(href) > 0 {
		c := href[0]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				dst = append(dst, "%20"...)
			case c > ' ' && c != 0x7f:
				dst = append(dst, c)
			}
			href = href[1:]
			continue
		}
		ru, size := utf8.DecodeRune(href)
		switch {
		case ru == utf8.RuneError && size == 1:
			dst = utf8.AppendRune(dst, utf8.RuneError)
		case ru == 0xA0 || dropped(ru):
			for _, b := range href[:size] {
				dst = append(dst, '%', hex[b>>4], hex[b&15])
			}
		case ru > 0xA0:
			dst = append(dst, href[:size]...)
		}
		href = href[size:]
	}
	return dst
}

const hex = "0123456789ABCDEF"

func equalFoldBytes(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if lower(a[i]) != lower(b[i]) {
			return false
		}
	}
	return true
}
