package classify

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/internal/fold"
)

// AutoKind is the kind of an automatic message. Kinds marshal to and from
// their names ("auto_reply", "out_of_office", "bounce", "bulk").
type AutoKind uint8

// The kinds of automatic mail.
const (
	// AutoReply is mail a program sent in answer to a message, or
	// generated on its own (RFC 3834 auto-replied and auto-generated):
	// ticket acknowledgements, notifications, mailbox rules.
	AutoReply AutoKind = iota
	// OutOfOffice is an absence notice: "Fuera de la oficina", "Out of
	// Office", "Abwesenheitsnotiz".
	OutOfOffice
	// Bounce is a delivery status notification: a message that could not
	// be delivered (or was delayed), from a mail server.
	Bounce
	// Bulk is mail sent to a list: newsletters, mailing lists, marketing.
	Bulk

	numAutoKinds = 4
)

var autoKindNames = [numAutoKinds]string{"auto_reply", "out_of_office", "bounce", "bulk"}

// ErrUnknownAutoKind is returned when text names no [AutoKind].
var ErrUnknownAutoKind = errors.New("classify: unknown automatic mail kind")

// String returns the kind's name: "auto_reply", "out_of_office", "bounce"
// or "bulk".
func (k AutoKind) String() string {
	if int(k) < numAutoKinds {
		return autoKindNames[k]
	}
	return "AutoKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText returns the kind's name.
func (k AutoKind) MarshalText() ([]byte, error) {
	if int(k) >= numAutoKinds {
		return nil, fmt.Errorf("%w: %d", ErrUnknownAutoKind, k)
	}
	return []byte(autoKindNames[k]), nil
}

// UnmarshalText sets k from its name.
func (k *AutoKind) UnmarshalText(b []byte) error {
	for i, n := range autoKindNames {
		if n == string(b) {
			*k = AutoKind(i)
			return nil
		}
	}
	return fmt.Errorf("%w: %q", ErrUnknownAutoKind, b)
}

// Auto says that a message was sent by a program, of which kind, and what
// gave it away. Hosts record automatic mail but do not answer it (that
// would start a mail loop) and do not let it stop SLA clocks.
type Auto struct {
	Kind AutoKind `json:"kind"`
	// Reason is the strongest signal, as found: a header field and its
	// value ("Auto-Submitted: auto-replied", "Precedence: bulk"), the
	// subject ("Subject: Respuesta automática: …") or words of the text.
	Reason string `json:"reason"`
	// For bounces, what the delivery status notification says about the
	// first failed recipient, when it says it: the recipient's address,
	// the action ("failed", "delayed"), the RFC 3463 status ("5.1.1")
	// and the server's diagnostic.
	Recipient  string `json:"recipient,omitempty"`
	Action     string `json:"action,omitempty"`
	Status     string `json:"status,omitempty"`
	Diagnostic string `json:"diagnostic,omitempty"`
}

// Automatic tells whether msg was sent by a program rather than a person,
// and returns nil when nothing says so. It reads the header (RFC 3834
// Auto-Submitted, X-Autoreply and its variants, Precedence,
// X-Auto-Response-Suppress, List-Id, List-Unsubscribe, an empty
// Return-Path, Exchange loop and NDR headers), the sender (mailer-daemon,
// postmaster), the content type (multipart/report of delivery-status, read
// for the failed recipient and status), the subject, and the first lines
// of the new text for out-of-office notices in Spanish, English,
// Portuguese, French, German and Italian.
//
// The kinds are checked in order: a bounce, then an out-of-office notice,
// then another automatic reply, then bulk mail. A vacation responder that
// marks its notice "Precedence: bulk" is an out-of-office notice.
func Automatic(msg *correspondence.Message) *Auto {
	if msg == nil {
		return nil
	}
	h := msg.Header
	if a := bounce(msg); a != nil {
		return a
	}

	// Signals that the message is automatic, strongest first. The kind
	// is decided afterwards from the subject and the text.
	var reason string
	bulkReason := ""
	kind := AutoReply
	note := func(r string) {
		if reason == "" {
			reason = r
		}
	}
	auto := msg.AutoSubmitted
	if auto == "" {
		auto = strings.ToLower(strings.TrimSpace(h.Get("Auto-Submitted")))
	}
	if auto != "" && !strings.HasPrefix(auto, "no") {
		note("Auto-Submitted: " + auto)
	}
	for _, name := range [...]string{"X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Auto-Reply"} {
		if v, ok := field(h, name); ok && !strings.EqualFold(v, "no") {
			note(name + ": " + v)
		}
	}
	if v, ok := field(h, "Precedence"); ok {
		switch strings.ToLower(v) {
		case "auto_reply", "auto-reply":
			note("Precedence: " + v)
		case "bulk", "junk", "list":
			bulkReason = "Precedence: " + v
		}
	}
	for _, name := range [...]string{"X-MS-Exchange-Inbox-Rules-Loop", "X-MS-Exchange-Generated-Message-Source"} {
		if v, ok := field(h, name); ok {
			note(name + ": " + v)
		}
	}
	if v, ok := field(h, "X-Auto-Response-Suppress"); ok && v != "" && !strings.EqualFold(v, "none") {
		note("X-Auto-Response-Suppress: " + v)
	}
	if bulkReason == "" {
		for _, name := range [...]string{"List-Id", "List-Unsubscribe", "List-Post"} {
			if v, ok := field(h, name); ok {
				bulkReason = name + ": " + v
				break
			}
		}
	}
	if reason == "" && emptyReturnPath(h) {
		note("Return-Path: <>")
	}

	subj := fold.String(msg.Subject)
	text := TextOf(msg)
	ooo := ""
	if p := matchAny(subj, oooSubjects); p != "" {
		ooo = "Subject: " + msg.Subject
	} else if p := matchAny(subj, autoSubjects); p != "" {
		if reason == "" {
			reason = "Subject: " + msg.Subject
		}
		if w := oooText(text); w != "" {
			ooo = "text: " + w
		}
	} else if reason != "" || bulkReason != "" {
		// Headers already say it is automatic: the text tells whether
		// it is an absence notice, and so do weaker subject words.
		if p := matchAny(subj, oooSubjectsWeak); p != "" {
			ooo = "Subject: " + msg.Subject
		} else if w := oooText(text); w != "" {
			ooo = "text: " + w
		}
	} else if len(text) < 600 && strings.IndexByte(text, '?') < 0 && !strings.Contains(text, "¿") {
		// No header and no subject: a short notice that opens with an
		// absence phrase and asks nothing.
		if w := oooText(text); w != "" {
			ooo = "text: " + w
		}
	}
	switch {
	case ooo != "":
		// What makes it an absence notice says more than the header.
		kind, reason = OutOfOffice, ooo
	case reason != "":
		kind = AutoReply
	case bulkReason != "":
		kind, reason = Bulk, bulkReason
	default:
		return nil
	}
	return &Auto{Kind: kind, Reason: reason}
}

// field returns the trimmed value of the first field named name, and
// whether there is one.
func field(h correspondence.Header, name string) (string, bool) {
	for _, f := range h {
		// Field names are ASCII (RFC 5322): of another length, another name.
		if len(f.Name) == len(name) && strings.EqualFold(f.Name, name) {
			return strings.TrimSpace(f.Value), true
		}
	}
	return "", false
}

// emptyReturnPath reports whether the message has a null return path, as
// bounces and RFC 3834 auto-replies must.
func emptyReturnPath(h correspondence.Header) bool {
	v, ok := field(h, "Return-Path")
	if !ok {
		return false
	}
	v = strings.TrimSpace(v)
	return v == "<>" || v == "< >" || v == ""
}

// bounce returns the Auto of a delivery status notification, or nil.
func bounce(msg *correspondence.Message) *Auto {
	h := msg.Header
	var reason string
	switch {
	case msg.ContentType == "multipart/report" && strings.EqualFold(msg.Report, "delivery-status"):
		reason = "Content-Type: multipart/report; report-type=delivery-status"
	case dsnPart(msg) != nil:
		reason = "delivery-status part"
	case h.Has("X-MS-Exchange-Message-Is-Ndr"):
		reason = "X-MS-Exchange-Message-Is-Ndr"
	case daemon(msg.From.Address):
		reason = "From: " + msg.From.Address
	case h.Has("X-Failed-Recipients"):
		reason = "X-Failed-Recipients: " + h.Get("X-Failed-Recipients")
	case emptyReturnPath(h) && matchAny(fold.String(msg.Subject), bounceSubjects) != "":
		reason = "Subject: " + msg.Subject
	default:
		return nil
	}
	a := &Auto{Kind: Bounce, Reason: reason}
	if p := dsnPart(msg); p != nil {
		readDSN(a, string(p.Bytes()))
	}
	if a.Recipient == "" {
		if v := strings.TrimSpace(h.Get("X-Failed-Recipients")); v != "" {
			a.Recipient, _, _ = strings.Cut(v, ",")
			a.Recipient = strings.TrimSpace(a.Recipient)
		}
	}
	if a.Status == "" {
		a.Status = statusIn(msg.Text)
	}
	if a.Action == "" && a.Status != "" {
		switch a.Status[0] {
		case '5':
			a.Action = "failed"
		case '4':
			a.Action = "delayed"
		}
	}
	return a
}

// daemon reports whether addr is a mail system's own address.
func daemon(addr string) bool {
	local, _, _ := strings.Cut(strings.ToLower(addr), "@")
	switch local {
	case "mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon":
		return true
	}
	return false
}

// dsnPart returns the message/delivery-status part, or nil.
func dsnPart(msg *correspondence.Message) *correspondence.Attachment {
	for _, a := range msg.Attachments {
		if a.ContentType == "message/delivery-status" || a.ContentType == "message/global-delivery-status" {
			return a
		}
	}
	return nil
}

// readDSN fills a from the per-recipient fields of an RFC 3464 report:
// the first recipient whose action is failed, else the first recipient.
func readDSN(a *Auto, report string) {
	type rcpt struct{ recipient, action, status, diagnostic string }
	var (
		all []rcpt
		cur rcpt
	)
	flush := func() {
		if cur != (rcpt{}) && cur.recipient != "" {
			all = append(all, cur)
		}
		cur = rcpt{}
	}
	sc := bufio.NewScanner(strings.NewReader(report))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	last := ""
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			flush()
			last = ""
			continue
		}
		if (line[0] == ' ' || line[0] == '\t') && last == "diagnostic-code" {
			cur.diagnostic += " " + strings.TrimSpace(line)
			continue
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		last = strings.ToLower(strings.TrimSpace(name))
		value = strings.TrimSpace(value)
		switch last {
		case "final-recipient", "original-recipient":
			if _, addr, ok := strings.Cut(value, ";"); ok {
				value = addr
			}
			value = strings.Trim(strings.TrimSpace(value), "<>")
			if last == "final-recipient" || cur.recipient == "" {
				cur.recipient = value
			}
		case "action":
			cur.action = strings.ToLower(value)
		case "status":
			if f := strings.Fields(value); len(f) > 0 {
				cur.status = f[0]
			}
		case "diagnostic-code":
			if _, d, ok := strings.Cut(value, ";"); ok {
				value = strings.TrimSpace(d)
			}
			cur.diagnostic = value
		}
	}
	flush()
	if len(all) == 0 {
		return
	}
	pick := all[0]
	for _, r := range all {
		if r.action == "failed" {
			pick = r
			break
		}
	}
	a.Recipient, a.Action, a.Status = pick.recipient, pick.action, pick.status
	if len(pick.diagnostic) > 300 {
		pick.diagnostic = pick.diagnostic[:300]
		for len(pick.diagnostic) > 0 && pick.diagnostic[len(pick.diagnostic)-1]&0xC0 == 0x80 {
			pick.diagnostic = pick.diagnostic[:len(pick.diagnostic)-1]
		}
		if n := len(pick.diagnostic); n > 0 && pick.diagnostic[n-1] >= 0xC0 {
			pick.diagnostic = pick.diagnostic[:n-1]
		}
	}
	a.Diagnostic = pick.diagnostic
}

// statusIn returns the first RFC 3463 status code ("5.1.1") in a
// bounce's text, or "".
func statusIn(s string) string {
	for i := 0; i+5 <= len(s); i++ {
		c := s[i]
		if (c != '4' && c != '5') || s[i+1] != '.' || (i > 0 && (isDigit(s[i-1]) || s[i-1] == '.')) {
			continue
		}
		j := i + 2
		n := 0
		for j < len(s) && isDigit(s[j]) && n < 3 {
			j++
			n++
		}
		if n == 0 || j >= len(s) || s[j] != '.' {
			continue
		}
		j++
		m := 0
		for j < len(s) && isDigit(s[j]) && m < 3 {
			j++
			m++
		}
		if m == 0 || (j < len(s) && (isDigit(s[j]) || s[j] == '.')) {
			continue
		}
		return s[i:j]
	}
	return ""
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// matchAny returns the first of phrases found in the folded text s, or "".
func matchAny(s string, phrases []string) string {
	for _, p := range phrases {
		if strings.Contains(s, p) {
			return p
		}
	}
	return ""
}

// oooText returns the absence phrase that the first lines of text open
// with, as written, or "".
func oooText(text string) string {
	var buf [512]byte
	b := buf[:0]
	space := true
	for i, r := range text {
		if i >= 400 {
			break
		}
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' {
			if !space {
				b = append(b, ' ')
			}
			space = true
			continue
		}
		b = fold.Rune(b, r)
		space = false
	}
	return matchAny(string(b), oooPhrases)
}

// The words of automatic mail, folded (lower case, no accents). Adding a
// language is adding its words to each list.
var (
	// oooSubjects are subject words that alone make an absence notice.
	oooSubjects = []string{
		"fuera de la oficina", "fuera de oficina", "out of office", "out of the office", "ooo:",
		"fora do escritorio", "ausente do escritorio", "ausencia do escritorio",
		"absent du bureau", "absence du bureau", "message d'absence",
		"abwesenheitsnotiz", "abwesenheitsnachricht", "nicht im buro",
		"fuori ufficio", "fuori sede", "assente dall'ufficio",
	}
	// oooSubjectsWeak are subject words that make an absence notice when
	// the header already says the message is automatic.
	oooSubjectsWeak = []string{
		"ausencia", "ausente", "vacaciones", "vacation", "on leave", "away", "absence", "absent",
		"ferias", "licenca", "conges", "abwesend", "urlaub", "assenza", "ferie",
	}
	// autoSubjects are the subject prefixes of automatic replies.
	autoSubjects = []string{
		"respuesta automatica", "contestacion automatica", "automatic reply", "auto reply", "auto-reply",
		"autoreply", "auto response", "auto-response", "autoresponse", "automated response", "automatic response",
		"resposta automatica", "reponse automatique", "automatische antwort", "risposta automatica",
		"[auto]",
	}
	// bounceSubjects are the subjects of bounces sent without a report.
	bounceSubjects = []string{
		"undeliverable", "undelivered mail", "delivery status notification", "delivery failure",
		"mail delivery failed", "returned mail", "delivery has failed", "failure notice",
		"no se puede entregar", "no entregado", "error de entrega", "nao foi possivel entregar",
		"falha na entrega", "mensagem nao entregue", "non remis", "echec de la remise", "unzustellbar",
		"nicht zustellbar", "non recapitabile", "mancato recapito",
	}
	// oooPhrases open the text of absence notices.
	oooPhrases = []string{
		"estoy fuera de la oficina", "estare fuera de la oficina", "me encuentro fuera de la oficina",
		"estoy de vacaciones", "me encuentro de vacaciones", "estare de vacaciones", "estoy ausente",
		"me encuentro ausente", "estare ausente", "fuera de la oficina hasta", "no estare en la oficina",
		"gracias por su mensaje. estoy fuera", "actualmente no me encuentro",
		"i am out of the office", "i'm out of the office", "i am currently out of the office",
		"i'm currently out of the office", "i will be out of the office", "i'll be out of the office",
		"i am on vacation", "i'm on vacation", "i am on annual leave", "i'm on annual leave", "i am away",
		"i'm away", "i am currently away", "i'm currently away", "i am on leave", "i'm on leave",
		"out of the office until", "out of office until", "i am out of office", "i'm out of office",
		"estou fora do escritorio", "estou ausente", "estarei ausente", "estou de ferias", "estarei de ferias",
		"encontro-me ausente", "encontro-me de ferias", "estou de licenca", "ausente ate",
		"je suis absent", "je suis actuellement absent", "je serai absent", "je suis en conges",
		"je suis en vacances", "absent du bureau", "absente du bureau",
		"ich bin nicht im buro", "ich bin bis", "ich bin derzeit nicht", "ich bin zurzeit nicht",
		"ich bin im urlaub", "ich bin abwesend", "ich bin derzeit abwesend", "ich bin zurzeit abwesend",
		"vielen dank fur ihre nachricht. ich bin",
		"sono fuori ufficio", "saro fuori ufficio", "sono in ferie", "saro in ferie", "sono assente",
		"saro assente", "sono attualmente fuori",
	}
)
