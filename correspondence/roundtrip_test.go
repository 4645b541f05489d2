package correspondence

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestRoundTrip writes generated messages and parses them back: Parse must
// give back everything the Writer was given.
func TestRoundTrip(t *testing.T) {
	n := 2500
	if testing.Short() {
		n = 300
	}
	g := &msgGen{r: rand.New(rand.NewPCG(2024, 3))}
	w := testWriter()
	var sent []*Message
	for i := range n {
		m := g.message(sent)
		var b bytes.Buffer
		if err := w.Write(&b, m); err != nil {
			t.Fatalf("message %d: Write: %v", i, err)
		}
		checkWellFormed(t, b.String())
		p, err := Parse(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatalf("message %d: Parse: %v\n%s", i, err, b.Bytes())
		}
		if diff := cmp.Diff(summarizeSent(m), summarizeParsed(p, m), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("message %d changed in a round trip (-written +parsed):\n%s\n%s", i, diff, b.Bytes())
		}
		for _, d := range p.Defects {
			t.Errorf("message %d: defect %v", i, d)
		}
		sent = append(sent, m)
	}
}

// roundTrip is what must survive a round trip.
type roundTrip struct {
	ID, Subject, AutoSubmitted, Language string
	InReplyTo, References                []string
	From                                 Address
	To, Cc, ReplyTo                      []Address
	Date                                 string // the instant, to the second
	Text, HTML                           string
	Attachments                          []roundTripAttachment
}

type roundTripAttachment struct {
	Filename, ContentType, ContentID, Method string
	Inline                                   bool
	Data                                     string // a string, which cmp compares fast
}

func summarizeSent(m *Message) roundTrip {
	s := roundTrip{
		ID: m.ID, Subject: m.Subject, AutoSubmitted: m.AutoSubmitted, Language: m.Language,
		InReplyTo: m.InReplyTo, References: m.References,
		From: m.From, To: m.To, Cc: m.Cc, ReplyTo: m.ReplyTo,
		Date: m.Date.UTC().Format(time.RFC3339),
		Text: strings.ReplaceAll(m.Text, "\r\n", "\n"), HTML: m.HTML,
	}
	// The Writer puts the inline parts of an HTML body first, in a
	// multipart/related, and the other attachments after.
	var related, mixed []roundTripAttachment
	for _, a := range m.Attachments {
		data := a.Bytes()
		if a.ContentType == "message/rfc822" {
			data = crlfLines(data)
		}
		ct := a.ContentType
		if ct == "" {
			ct = "application/octet-stream"
		}
		ra := roundTripAttachment{a.Filename, ct, a.ContentID, a.Params["method"], a.Inline, string(data)}
		if a.Inline && a.ContentID != "" && m.HTML != "" {
			related = append(related, ra)
		} else {
			mixed = append(mixed, ra)
		}
	}
	s.Attachments = append(related, mixed...)
	return s
}

func summarizeParsed(p, sent *Message) roundTrip {
	s := roundTrip{
		ID: p.ID, Subject: p.Subject, AutoSubmitted: p.AutoSubmitted, Language: p.Language,
		InReplyTo: p.InReplyTo, References: p.References,
		From: p.From, To: p.To, Cc: p.Cc, ReplyTo: p.ReplyTo,
		Date: p.Date.UTC().Format(time.RFC3339),
		Text: p.Text, HTML: p.HTML,
	}
	if sent.Text == "" && sent.HTML != "" {
		// Parse renders HTML-only mail as text.
		s.Text = ""
	}
	for _, a := range p.Attachments {
		s.Attachments = append(s.Attachments, roundTripAttachment{a.Filename, a.ContentType, a.ContentID, a.Params["method"], a.Inline, string(a.Bytes())})
	}
	return s
}

// msgGen generates messages in Spanish, English, Portuguese, Chinese,
// Japanese and emoji, with awkward names, files and structures.
type msgGen struct {
	r  *rand.Rand
	id int
}

var genWords = [][]string{
	{"hola", "pedido", "envío", "devolución", "factura", "señora", "año", "mañana", "gracias", "¿cuándo", "llegará?", "¡urgente!", "atención", "reclamación", "nº"},
	{"hello", "order", "shipping", "refund", "invoice", "please", "thanks", "when", "will", "it", "arrive?", "ASAP", "(re)send", "a.m.", "e-mail"},
	{"olá", "encomenda", "não", "chegou", "pagamento", "atenção", "obrigado", "condição", "reembolso", "São", "Paulo", "às", "ação"},
	{"注文", "配送", "返品", "请问", "什么时候", "到货", "谢谢", "お問い合わせ", "ありがとうございます", "請求書"},
	{"😀", "👍", "📦", "🚚", "❤️", "✅", "🇪🇸", "👩‍💻"},
}

var genSpecials = []string{`"`, `\`, ",", ".", ":", ";", "@", "(", ")", "<", ">", "[", "]", "=?", "?=", "_", "=", "'", "\t", "  "}

func (g *msgGen) pick(list []string) string { return list[g.r.IntN(len(list))] }

func (g *msgGen) word() string {
	if g.r.IntN(12) == 0 {
		return g.pick(genSpecials)
	}
	lang := genWords[g.r.IntN(len(genWords))]
	if g.r.IntN(3) > 0 {
		lang = genWords[g.r.IntN(2)] // mostly Spanish and English
	}
	return g.pick(lang)
}

func (g *msgGen) words(n int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = g.word()
	}
	return strings.Join(ws, " ")
}

// name returns a display name. Parse cleans names up (white space trimmed
// and collapsed, enclosing or unpaired quotes removed), so generated names
// are clean already; FuzzWrite checks the exact round trip of any name
// through net/mail.
func (g *msgGen) name() string {
	var n string
	switch g.r.IntN(8) {
	case 0:
		return ""
	case 1:
		n = g.words(1 + g.r.IntN(12)) // long, mixed
	default:
		n = g.words(1 + g.r.IntN(3))
	}
	n = strings.Join(strings.Fields(n), " ")
	if strings.Count(n, `"`)%2 == 1 {
		n = strings.ReplaceAll(n, `"`, "'") // a lone quote is taken for a broken quoted string
	}
	if len(n) >= 2 && (n[0] == '"' || n[0] == '\'') && n[len(n)-1] == n[0] {
		n = "x " + n
	}
	return n
}

func (g *msgGen) address() Address {
	const local = "abcdefghijklmnopqrstuvwxyz0123456789._+-"
	var b strings.Builder
	for range 1 + g.r.IntN(20) {
		b.WriteByte(local[g.r.IntN(len(local))])
	}
	b.WriteString("@" + g.pick([]string{"example.com", "cliente.example", "correo.example.es", "mail.example.com.br"}))
	return Address{Name: g.name(), Address: b.String()}
}

func (g *msgGen) addresses(max int) []Address {
	var list []Address
	for range g.r.IntN(max + 1) {
		list = append(list, g.address())
	}
	return list
}

func (g *msgGen) newID() string {
	g.id++
	return fmt.Sprintf("%d.%x@%s", g.id, g.r.Uint64(), g.pick([]string{"example.com", "mail.cliente.example"}))
}

func (g *msgGen) text() string {
	var lines []string
	for range g.r.IntN(12) {
		switch g.r.IntN(10) {
		case 0:
			lines = append(lines, "")
		case 1:
			lines = append(lines, g.words(60+g.r.IntN(200))) // beyond 76 and sometimes 998 bytes
		case 2:
			lines = append(lines, g.words(3)+"   ") // trailing spaces
		case 3:
			lines = append(lines, "> "+g.words(5)) // a quote
		default:
			lines = append(lines, g.words(1+g.r.IntN(15)))
		}
	}
	s := strings.Join(lines, "\n")
	if g.r.IntN(2) == 0 && s != "" {
		s += "\n"
	}
	return s
}

func (g *msgGen) html(cids []string) string {
	var b strings.Builder
	b.WriteString("<html><body>")
	for range 1 + g.r.IntN(5) {
		fmt.Fprintf(&b, "<p>%s</p>\n", g.words(1+g.r.IntN(30)))
	}
	for _, cid := range cids {
		fmt.Fprintf(&b, `<img src="cid:%s">`, cid)
	}
	b.WriteString("</body></html>")
	return b.String()
}

func (g *msgGen) attachment() *Attachment {
	data := make([]byte, g.r.IntN(3000))
	for i := range data {
		data[i] = byte(g.r.Uint32())
	}
	name := g.words(1+g.r.IntN(4)) + g.pick([]string{".pdf", ".png", ".xlsx", ".zip", ""})
	switch g.r.IntN(10) {
	case 0:
		return NewAttachment(name, "", data) // sent as application/octet-stream
	case 1:
		a := NewAttachment(g.words(1)+".ics", "text/calendar", []byte("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n"))
		a.Params = map[string]string{"method": "REQUEST", "charset": "utf-8"}
		return a
	case 2:
		msg := "From: " + g.address().Address + "\r\nSubject: fwd\r\n\r\n" + strings.ReplaceAll(g.text(), "\n", "\r\n")
		return NewAttachment(g.pick([]string{"", "reenvío.eml"}), "message/rfc822", []byte(msg))
	case 3:
		return NewAttachment(name+".txt", "text/plain", []byte(g.text()))
	case 4:
		return NewAttachment("", "application/octet-stream", data)
	}
	return NewAttachment(name, g.pick([]string{"application/pdf", "image/png", "application/zip"}), data)
}

func (g *msgGen) message(sent []*Message) *Message {
	var m *Message
	if len(sent) > 0 && g.r.IntN(4) == 0 {
		prev := sent[g.r.IntN(len(sent))]
		m = NewReply(prev, ReplyOptions{From: g.address(), All: g.r.IntN(2) == 0, Automatic: g.r.IntN(5) == 0, MaxReferences: g.r.IntN(25)})
	} else {
		m = &Message{
			From:    g.address(),
			ReplyTo: g.addresses(1),
			To:      g.addresses(3),
			Cc:      g.addresses(2),
			Subject: g.words(g.r.IntN(20)),
		}
		if g.r.IntN(3) == 0 {
			m.InReplyTo = []string{g.newID()}
			m.References = []string{g.newID(), m.InReplyTo[0]}
		}
	}
	if g.r.IntN(2) == 0 {
		m.ID = g.newID()
	}
	if g.r.IntN(4) > 0 {
		zone := time.FixedZone("", (g.r.IntN(105)-48)*15*60)
		m.Date = time.Unix(946684800+g.r.Int64N(1<<30), 0).In(zone)
	}
	if g.r.IntN(10) == 0 {
		m.AutoSubmitted = "auto-generated"
	}
	if g.r.IntN(5) == 0 {
		m.Language = g.pick([]string{"es", "pt-BR", "en", "es-MX, en"})
	}
	if g.r.IntN(4) > 0 {
		m.Text = g.text()
	}
	var cids []string
	if g.r.IntN(2) == 0 {
		for range g.r.IntN(3) {
			a := NewAttachment(g.pick([]string{"", "logo.png", "firma año.png"}), "image/png", pngPixel)
			a.Inline = true
			a.ContentID = g.newID()
			cids = append(cids, a.ContentID)
			m.Attachments = append(m.Attachments, a)
		}
		m.HTML = g.html(cids)
	}
	for range g.r.IntN(4) {
		m.Attachments = append(m.Attachments, g.attachment())
	}
	g.r.Shuffle(len(m.Attachments), func(i, j int) { m.Attachments[i], m.Attachments[j] = m.Attachments[j], m.Attachments[i] })
	return m
}
