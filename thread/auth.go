package thread

import (
	"errors"
	"strings"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/internal/header"
)

// ErrMalformedAuthResults is returned by ParseAuthResults for a value
// that does not start with an authserv-id or a result.
var ErrMalformedAuthResults = errors.New("thread: malformed Authentication-Results")

// MaxAuthResults is the largest number of results ParseAuthResults keeps
// from one field; real fields hold a handful.
const MaxAuthResults = 64

// maxAuthProperties is the largest number of properties kept per result.
const maxAuthProperties = 16

// AuthResults is one Authentication-Results header field (RFC 8601): the
// checks a mail server ran on a message and what they found.
type AuthResults struct {
	// ServID is the authserv-id, lower-cased: the name of the server that
	// ran the checks. Anyone can write such a field, so only fields whose
	// ServID is the host's own mean anything.
	ServID  string
	Results []AuthResult // in order; none when the field says "none"
}

// AuthResult is the outcome of one method.
type AuthResult struct {
	Method     string // "dkim", "spf", "dmarc", "arc", "auth", …: lower-cased, without a version
	Result     string // "pass", "fail", "softfail", "neutral", "none", "temperror", "permerror", "policy", …: lower-cased
	Reason     string // the reason= text, if any
	Properties []AuthProperty
}

// AuthProperty is one property of a result, such as header.d=example.com.
type AuthProperty struct {
	Name  string // ptype.property, lower-cased: "header.from", "header.d", "header.i", "smtp.mailfrom"
	Value string // as written, without quotes
}

// Property returns the value of the first property named name
// ("header.d"), or "".
func (r *AuthResult) Property(name string) string {
	for _, p := range r.Properties {
		if p.Name == name {
			return p.Value
		}
	}
	return ""
}

// ParseAuthResults parses the value of an Authentication-Results field.
//
// It accepts what mail servers write, not only the RFC 8601 grammar:
// comments and folding anywhere, quoted values, a version after the
// authserv-id or a method, "key=value" words that are not properties
// (Microsoft's action=none), and results that end without a semicolon.
// A result it cannot read is skipped. A field that starts with a result
// instead of an authserv-id (Microsoft 365 writes them so) is read with
// an empty ServID, which [Authenticated] never trusts; only an empty
// value, or one that starts with ';', is refused with
// ErrMalformedAuthResults. It keeps at most
// MaxAuthResults results, runs in time linear in the length of s and
// never panics.
func ParseAuthResults(s string) (AuthResults, error) {
	p := authParser{s: s}
	id, ok := p.servID()
	if !ok {
		return AuthResults{}, ErrMalformedAuthResults
	}
	ar := AuthResults{ServID: strings.ToLower(id)}
	var r authResult
	for len(ar.Results) < MaxAuthResults && p.next(&r) {
		res := AuthResult{Method: r.method, Result: r.result, Reason: r.reason}
		if r.nprops > 0 {
			res.Properties = append([]AuthProperty(nil), r.props[:r.nprops]...)
		}
		ar.Results = append(ar.Results, res)
	}
	return ar, nil
}

// authParser reads an Authentication-Results value. Every method moves
// forward or reports the end, so parsing is linear.
type authParser struct {
	s          string
	i          int
	noComments bool // an unclosed comment was met
}

// skip moves past white space and comments. An unclosed comment would
// swallow the rest of the value, so its '(' is skipped alone and later
// parentheses are read as text; this also keeps the scan linear.
func (p *authParser) skip() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\r', '\n':
			p.i++
		case '(':
			if p.noComments {
				p.i++
				continue
			}
			end := header.SkipComment(p.s, p.i)
			if end < 0 {
				p.noComments = true
				p.i++
				continue
			}
			p.i = end
		default:
			return
		}
	}
}

func (p *authParser) end() bool {
	p.skip()
	return p.i >= len(p.s)
}

// semicolon consumes a ';' if one comes next.
func (p *authParser) semicolon() bool {
	p.skip()
	if p.i < len(p.s) && p.s[p.i] == ';' {
		p.i++
		return true
	}
	return false
}

// equals consumes an '=' if one comes next.
func (p *authParser) equals() bool {
	p.skip()
	if p.i < len(p.s) && p.s[p.i] == '=' {
		p.i++
		return true
	}
	return false
}

// word reads a keyword: up to white space, '=', ';', a comment or a quote.
// It returns ";" without consuming it when a semicolon comes next, and ""
// at the end.
func (p *authParser) word() string {
	p.skip()
	if p.i >= len(p.s) {
		return ""
	}
	if p.s[p.i] == ';' {
		return ";"
	}
	if p.s[p.i] == '"' {
		return p.quoted()
	}
	start := p.i
	for p.i < len(p.s) && !isAuthWordEnd(p.s[p.i]) {
		p.i++
	}
	if p.i == start { // a lone '=' or ')'
		p.i++
	}
	return p.s[start:p.i]
}

// value reads a value: like word, but '=' may appear inside it (base64
// in header.b, for one).
func (p *authParser) value() string {
	p.skip()
	if p.i >= len(p.s) {
		return ""
	}
	if p.s[p.i] == ';' {
		return ";"
	}
	if p.s[p.i] == '"' {
		return p.quoted()
	}
	start := p.i
	for p.i < len(p.s) && !isAuthDelim(p.s[p.i]) {
		p.i++
	}
	if p.i == start {
		p.i++
	}
	return p.s[start:p.i]
}

// authDelims and authWordEnds are sets of bytes below 64, as bit masks:
// what ends a value, and what ends a word.
const (
	authDelims   = 1<<' ' | 1<<'\t' | 1<<'\r' | 1<<'\n' | 1<<';' | 1<<'(' | 1<<')' | 1<<'"'
	authWordEnds = authDelims | 1<<'='
)

func isAuthDelim(c byte) bool { return c < 64 && authDelims>>c&1 != 0 }

func isAuthWordEnd(c byte) bool { return c < 64 && authWordEnds>>c&1 != 0 }

// quoted reads a quoted string at p.i and returns its content without
// escapes. An unclosed quote runs to the end.
func (p *authParser) quoted() string {
	p.i++ // the opening quote
	start := p.i
	escaped := false
	for p.i < len(p.s) && p.s[p.i] != '"' {
		if p.s[p.i] == '\\' {
			escaped = true
			p.i++
		}
		p.i++
	}
	end := min(p.i, len(p.s))
	p.i = min(p.i+1, len(p.s))
	v := p.s[start:end]
	if !escaped {
		return v
	}
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		if v[i] == '\\' && i+1 < len(v) {
			i++
		}
		b.WriteByte(v[i])
	}
	return b.String()
}

// servID reads the authserv-id and what follows it up to the first ';'.
// It returns "" when the field starts with a result instead, as Microsoft
// 365 writes it (such a field is read, with an empty ServID that no host
// can trust), and false when the value is empty or starts with ';'.
func (p *authParser) servID() (string, bool) {
	if w := p.word(); w == "" || w == ";" {
		return "", false
	}
	if p.equals() {
		p.i, p.noComments = 0, false
		return "", true
	}
	p.i, p.noComments = 0, false
	id := p.value()
	// Anything before the first ';' (a version number) is skipped.
	for !p.end() && !p.semicolon() {
		p.value()
	}
	return id, true
}

// authResult is one result as the parser reads it, with room for its
// properties, so that Authenticated reads fields without allocating.
// Its strings point into the field value (quoted ones with escapes
// aside); method, result and property names are lower-cased.
type authResult struct {
	method, result, reason string
	props                  [maxAuthProperties]AuthProperty
	nprops                 int
}

// prop returns the value of the first property named name, or "".
func (r *authResult) prop(name string) string {
	for _, p := range r.props[:r.nprops] {
		if p.Name == name {
			return p.Value
		}
	}
	return ""
}

// next reads the next method=result pair into r, skipping resinfo it
// cannot read, and reports whether there was one.
func (p *authParser) next(r *authResult) bool {
	for !p.end() {
		if p.result(r) {
			return true
		}
	}
	return false
}

// result reads one resinfo into r, up to and including its closing ';'.
// It returns false when it is not a method=result pair (including
// "none").
func (p *authParser) result(r *authResult) bool {
	*r = authResult{}
	method := p.word()
	if method == ";" {
		p.semicolon()
		return false
	}
	if !p.equals() {
		p.rest()
		return false
	}
	result := p.word()
	if result == ";" || result == "" {
		p.rest()
		return false
	}
	if slash := strings.IndexByte(method, '/'); slash >= 0 {
		method = method[:slash]
	}
	r.method = strings.ToLower(strings.TrimSpace(method))
	r.result = strings.ToLower(result)
	for !p.end() && !p.semicolon() {
		name := p.word()
		if !p.equals() {
			continue // a stray word; keep reading
		}
		v := p.value()
		if v == ";" {
			continue
		}
		name = strings.ToLower(name)
		switch {
		case name == "reason":
			r.reason = v
		case strings.IndexByte(name, '.') >= 0 && r.nprops < maxAuthProperties:
			r.props[r.nprops] = AuthProperty{Name: name, Value: v}
			r.nprops++
		}
	}
	return r.method != ""
}

// rest skips to just after the next ';' or to the end.
func (p *authParser) rest() {
	for !p.end() && !p.semicolon() {
		p.value()
	}
}

// Authenticated reports whether the host's own mail server authenticated
// the From address of m: whether an Authentication-Results field of m
// whose authserv-id is one of servIDs (compared without regard to case)
// says so. With no servIDs nothing is authenticated.
//
// The From address counts as authenticated when a trusted field reports
// dmarc=pass for the From domain (header.from), or, when no DMARC result
// passed, dkim=pass with a signing domain (header.d, or the domain of
// header.i) or spf=pass with an envelope sender domain (smtp.mailfrom)
// that is the From domain or a parent of it. It never counts when a
// trusted field reports dmarc=fail for the From domain, or reports both a
// DMARC pass and another DMARC result for it: a server evaluates DMARC
// once per message, so two results mean one was written by someone else.
//
// Anyone can add an Authentication-Results field with any authserv-id
// before the message reaches the host. RFC 8601 section 5 requires the
// host's border mail server to remove such fields bearing its own
// authserv-id from incoming mail (OpenDKIM, OpenDMARC, rspamd and the
// large hosted services do); Authenticated relies on that, and the DMARC
// rule above catches a forged pass beside the server's own result.
func Authenticated(m *correspondence.Message, servIDs []string) bool {
	if len(servIDs) == 0 {
		return false
	}
	from := addressDomain(m.From.Address)
	if from == "" {
		return false
	}
	var dmarcPass, dmarcFail, dmarcOther, aligned bool
	var r authResult
	for _, f := range m.Header {
		if !strings.EqualFold(f.Name, "Authentication-Results") {
			continue
		}
		p := authParser{s: f.Value}
		if id, ok := p.servID(); !ok || !trustedServID(id, servIDs) {
			continue
		}
		for n := 0; n < MaxAuthResults && p.next(&r); n++ {
			switch r.method {
			case "dmarc":
				if d := r.prop("header.from"); d != "" && !strings.EqualFold(strings.TrimSpace(d), from) {
					continue
				}
				switch r.result {
				case "pass":
					dmarcPass = true
				case "fail":
					dmarcFail = true
				default:
					dmarcOther = true
				}
			case "dkim":
				if r.result != "pass" {
					continue
				}
				d := r.prop("header.d")
				if d == "" {
					d = addressDomain(r.prop("header.i"))
				}
				aligned = aligned || alignedDomain(d, from)
			case "spf":
				if r.result != "pass" {
					continue
				}
				d := strings.Trim(r.prop("smtp.mailfrom"), "<>")
				if strings.Contains(d, "@") {
					d = addressDomain(d)
				}
				aligned = aligned || alignedDomain(d, from)
			}
		}
	}
	switch {
	case dmarcFail, dmarcPass && dmarcOther:
		return false
	case dmarcPass:
		return true
	}
	return aligned
}

func trustedServID(id string, servIDs []string) bool {
	if id == "" {
		return false
	}
	for _, s := range servIDs {
		if strings.EqualFold(id, s) {
			return true
		}
	}
	return false
}

// alignedDomain reports whether an authenticated domain d vouches for the
// From domain from: it is the same domain or a parent of it (relaxed
// alignment without a public suffix list: whoever can sign for a parent
// domain controls its subdomains). A bare top-level domain never counts.
func alignedDomain(d, from string) bool {
	d = strings.TrimSuffix(lowerAddress(d), ".")
	if d == "" || !strings.Contains(d, ".") {
		return false
	}
	return d == from || strings.HasSuffix(from, "."+d)
}
