package correspondence

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/jhillyerd/enmime/v2"
)

// madrid is a fixed +01:00 zone, so that tests do not depend on tzdata.
var madrid = time.FixedZone("CET", 3600)

// testNow is the clock of testWriter.
var testNow = time.Date(2024, 3, 5, 10, 30, 15, 123456789, madrid)

// testWriter returns a Writer whose output depends only on its input: a
// fixed clock and seeded randomness.
func testWriter() *Writer {
	return &Writer{
		Domain: "cartero.example",
		Now:    func() time.Time { return testNow },
		Rand:   rand.NewChaCha8([32]byte{'c', 'a', 'r', 't', 'e', 'r', 'o'}),
	}
}

// writeString writes m with a testWriter.
func writeString(t testing.TB, m *Message) string {
	t.Helper()
	var b bytes.Buffer
	if err := testWriter().Write(&b, m); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return b.String()
}

// pngPixel is a 1×1 PNG.
var pngPixel = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82")

// writeCases are the messages with golden files in testdata/write.
func writeCases() []struct {
	name string
	m    *Message
} {
	ana := Address{Name: "Ana García", Address: "ana@cliente.example"}
	support := Address{Name: "Soporte Cartero", Address: "soporte@cartero.example"}
	date := time.Date(2024, 3, 4, 18, 5, 0, 0, madrid)

	original := &Message{
		ID:      "20240301.abc@cliente.example",
		From:    ana,
		To:      []Address{support},
		Subject: "RE: Re: Pedido 1234",
	}
	for i := range 30 {
		original.References = append(original.References, fmt.Sprintf("msg%02d.%d@mail.cliente.example", i, 1709300000+i))
	}
	reply := NewReply(original, ReplyOptions{From: support})
	reply.Date = date
	reply.Text = "Hola Ana:\n\nYa revisamos el pedido.\n"

	auto := NewReply(&Message{
		ID:       "x1@cliente.example",
		From:     ana,
		To:       []Address{support},
		Subject:  "Consulta sobre facturación",
		Language: "es",
	}, ReplyOptions{From: support, Automatic: true})
	auto.ID = "ack-1@cartero.example"
	auto.Date = date
	auto.Text = "Hemos recibido su mensaje. Le responderemos en un plazo de 24 horas.\n"

	return []struct {
		name string
		m    *Message
	}{
		{"plain-ascii", &Message{
			From:    Address{Address: "support@cartero.example"},
			To:      []Address{{Name: "John Smith", Address: "john@example.com"}},
			Subject: "Your order has shipped",
			Text:    "Hello John,\n\nyour order 1234 has shipped.\n\n-- \nSupport\n",
		}},
		{"spanish-qp", &Message{
			From:    support,
			To:      []Address{ana, {Name: "Pérez, Luis", Address: "luis@cliente.example"}},
			Cc:      []Address{{Name: "José \"Pepe\" Núñez", Address: "pepe@cliente.example"}},
			Subject: "Su pedido está en camino",
			Date:    date,
			Text: "Hola Ana:\n\nSu pedido nº 1234 salió del almacén el martes. " +
				"La entrega está prevista para el jueves, entre las 9:00 y las 14:00; " +
				"si no está en casa, el repartidor dejará un aviso.  \n\nUn saludo,\nSoporte",
		}},
		{"spanish-subject", &Message{
			From:    Address{Name: "Atención al cliente — Cartero España", Address: "atencion@cartero.example"},
			To:      []Address{{Name: "María José Fernández de la Peña y Ñúñez", Address: "mjfernandez@cliente.example"}},
			ReplyTo: []Address{{Name: "Atención al cliente", Address: "respuestas@cartero.example"}},
			Subject: "Re: Reclamación nº 5678: el envío llegó dañado y solicito la devolución del importe íntegro",
			Date:    date,
			Text:    "Estimada María José:\n\nLamentamos lo ocurrido.",
		}},
		{"text-html", &Message{
			From:    support,
			To:      []Address{ana},
			Subject: "Confirmación de su cita",
			Date:    date,
			Text:    "Su cita es el lunes a las 10:00.\n",
			HTML:    "<p>Su cita es el <b>lunes</b> a las 10:00.</p>\n",
		}},
		{"html-inline-image", &Message{
			From:    support,
			To:      []Address{ana},
			Subject: "Newsletter",
			Date:    date,
			Text:    "Novedades de marzo",
			HTML:    `<p><img src="cid:logo.1@cartero.example" alt="Cartero"></p><p>Novedades de marzo</p>`,
			Attachments: []*Attachment{
				inlineAtt(NewAttachment("logo.png", "image/png", pngPixel), "logo.1@cartero.example"),
			},
		}},
		{"attachments", &Message{
			From:    support,
			To:      []Address{{Name: "João Conceição", Address: "joao@cliente.example"}},
			Subject: "Documentos do pedido",
			Date:    date,
			Text:    "Seguem os documentos.",
			Attachments: []*Attachment{
				NewAttachment("Presupuesto año 2024.pdf", "application/pdf", []byte("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n")),
				NewAttachment("relatório de manutenção — março de 2024 (versão final revisada).xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.Repeat([]byte{0, 1, 2, 253, 254, 255}, 30)),
				NewAttachment("notes.txt", "text/plain", []byte("plain notes\n")),
			},
		}},
		{"calendar-and-forward", &Message{
			From:    support,
			To:      []Address{ana},
			Subject: "Invitación: revisión del pedido",
			Date:    date,
			Text:    "Le enviamos la invitación y el mensaje original.",
			Attachments: []*Attachment{
				withParams(NewAttachment("invite.ics", "text/calendar", []byte("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n")),
					map[string]string{"method": "REQUEST", "charset": "utf-8"}),
				NewAttachment("original.eml", "message/rfc822", []byte("From: ana@cliente.example\nSubject: Pedido\n\nHola.\n")),
			},
		}},
		{"reply-long-references", reply},
		{"auto-submitted", auto},
	}
}

func inlineAtt(a *Attachment, cid string) *Attachment {
	a.Inline = true
	a.ContentID = cid
	return a
}

func withParams(a *Attachment, p map[string]string) *Attachment {
	a.Params = p
	return a
}

func TestWriteGolden(t *testing.T) {
	for _, tc := range writeCases() {
		t.Run(tc.name, func(t *testing.T) {
			got := writeString(t, tc.m)
			golden(t, filepath.Join("testdata", "write", tc.name+".golden"), []byte(got))
			checkWellFormed(t, got)
		})
	}
}

// checkWellFormed checks what every message the Writer makes must be:
// CRLF line endings only, no header line over 998 bytes, and continuation
// lines only inside a field.
func checkWellFormed(t testing.TB, msg string) {
	t.Helper()
	head, _, ok := strings.Cut(msg, "\r\n\r\n")
	if !ok {
		t.Fatalf("no blank line after the header:\n%s", msg)
	}
	if strings.Contains(strings.ReplaceAll(msg, "\r\n", ""), "\n") || strings.Contains(strings.ReplaceAll(msg, "\r\n", ""), "\r") {
		t.Errorf("bare CR or LF in output:\n%q", msg)
	}
	for i, line := range strings.Split(head, "\r\n") {
		if len(line) > maxLineLen {
			t.Errorf("header line %d is %d bytes long", i+1, len(line))
		}
		if line == "" {
			t.Errorf("empty header line %d", i+1)
			continue
		}
		if line[0] == ' ' || line[0] == '\t' {
			if i == 0 {
				t.Errorf("the header starts with a continuation line")
			}
			continue
		}
		name, _, ok := strings.Cut(line, ":")
		if !ok || !isFieldName(name) {
			t.Errorf("header line %d is neither a field nor a continuation: %q", i+1, line)
		}
	}
}

func TestWriteSetsIDAndDate(t *testing.T) {
	m := &Message{From: Address{Address: "a@example.com"}, Text: "x"}
	out := writeString(t, m)
	if !strings.HasSuffix(m.ID, "@cartero.example") || len(m.ID) != 36+len("@cartero.example") {
		t.Errorf("m.ID = %q, want a UUID at cartero.example", m.ID)
	}
	if want := testNow.Truncate(time.Second); !m.Date.Equal(want) || m.Date.Location() != madrid {
		t.Errorf("m.Date = %v, want %v", m.Date, want)
	}
	for _, want := range []string{"Message-ID: <" + m.ID + ">\r\n", "Date: Tue, 05 Mar 2024 10:30:15 +0100\r\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	// Given values are kept.
	m = &Message{ID: "given@example.com", Date: time.Date(2023, 1, 2, 3, 4, 5, 0, time.UTC), From: Address{Address: "a@example.com"}}
	out = writeString(t, m)
	if m.ID != "given@example.com" || !strings.Contains(out, "Message-ID: <given@example.com>\r\n") ||
		!strings.Contains(out, "Date: Mon, 02 Jan 2023 03:04:05 +0000\r\n") {
		t.Errorf("given ID and Date not kept:\n%s", out)
	}

	// The zero Writer works, with crypto/rand and the real clock.
	var b bytes.Buffer
	m = &Message{From: Address{Address: "a@example.com"}}
	before := time.Now().Add(-time.Second)
	if err := Write(&b, m); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(m.ID, "@localhost") || m.Date.Before(before) || m.Date.After(time.Now()) {
		t.Errorf("zero Writer: ID %q, Date %v", m.ID, m.Date)
	}
}

func TestWriteNoFrom(t *testing.T) {
	var b bytes.Buffer
	m := &Message{To: []Address{{Address: "a@example.com"}}, Text: "x"}
	var he *HeaderError
	if err := testWriter().Write(&b, m); !errors.As(err, &he) || he.Field != "From" {
		t.Errorf("Write without From: %v, want a *HeaderError for From", err)
	}
	if b.Len() != 0 || m.ID != "" || !m.Date.IsZero() {
		t.Errorf("Write without From wrote %d bytes, set ID %q, Date %v", b.Len(), m.ID, m.Date)
	}
}

// validMessage returns a message with every header slot filled.
func validMessage() *Message {
	a := NewAttachment("factura.pdf", "application/pdf", []byte("%PDF"))
	a.ContentID = "f1@example.com"
	a.Params = map[string]string{"x-note": "ok"}
	return &Message{
		ID:            "id@example.com",
		InReplyTo:     []string{"parent@example.com"},
		References:    []string{"root@example.com", "parent@example.com"},
		From:          Address{Name: "From", Address: "from@example.com"},
		Sender:        Address{Name: "Sender", Address: "sender@example.com"},
		ReplyTo:       []Address{{Name: "ReplyTo", Address: "reply@example.com"}},
		To:            []Address{{Name: "To", Address: "to@example.com"}},
		Cc:            []Address{{Name: "Cc", Address: "cc@example.com"}},
		Subject:       "Subject",
		AutoSubmitted: "auto-replied",
		Language:      "es",
		Text:          "text",
		Header:        Header{{Name: "X-Extra", Value: "value"}},
		Attachments:   []*Attachment{a},
	}
}

// headerSlots sets one header value of a message, or of the Writer.
var headerSlots = map[string]func(w *Writer, m *Message, v string){
	"Subject":             func(_ *Writer, m *Message, v string) { m.Subject = "Hola" + v + "Bcc: x@evil.example" },
	"From name":           func(_ *Writer, m *Message, v string) { m.From.Name = "Ana" + v },
	"From address":        func(_ *Writer, m *Message, v string) { m.From.Address = "ana" + v + "@example.com" },
	"Sender name":         func(_ *Writer, m *Message, v string) { m.Sender.Name = "S" + v },
	"Sender address":      func(_ *Writer, m *Message, v string) { m.Sender.Address = "s@example.com" + v },
	"Reply-To name":       func(_ *Writer, m *Message, v string) { m.ReplyTo[0].Name = v + "R" },
	"Reply-To address":    func(_ *Writer, m *Message, v string) { m.ReplyTo[0].Address = "r@exa" + v + "mple.com" },
	"To name":             func(_ *Writer, m *Message, v string) { m.To[0].Name = "T" + v + "T" },
	"To address":          func(_ *Writer, m *Message, v string) { m.To[0].Address = "t@example.com" + v },
	"Cc name":             func(_ *Writer, m *Message, v string) { m.Cc[0].Name = "C" + v },
	"Cc address":          func(_ *Writer, m *Message, v string) { m.Cc[0].Address = v + "c@example.com" },
	"Message-ID":          func(_ *Writer, m *Message, v string) { m.ID = "id" + v + "@example.com" },
	"Writer.Domain":       func(w *Writer, m *Message, v string) { m.ID = ""; w.Domain = "example" + v + ".com" },
	"In-Reply-To":         func(_ *Writer, m *Message, v string) { m.InReplyTo[0] = "p" + v + "@example.com" },
	"References":          func(_ *Writer, m *Message, v string) { m.References[1] = "r@example.com" + v },
	"Auto-Submitted":      func(_ *Writer, m *Message, v string) { m.AutoSubmitted = "auto-replied" + v },
	"Content-Language":    func(_ *Writer, m *Message, v string) { m.Language = "es" + v },
	"extra field name":    func(_ *Writer, m *Message, v string) { m.Header[0].Name = "X-" + v + "Extra" },
	"extra field value":   func(_ *Writer, m *Message, v string) { m.Header[0].Value = "value" + v + "Bcc: x@evil.example" },
	"attachment filename": func(_ *Writer, m *Message, v string) { m.Attachments[0].Filename = "fac" + v + "tura.pdf" },
	"attachment type":     func(_ *Writer, m *Message, v string) { m.Attachments[0].ContentType = "application/pdf" + v },
	"attachment id":       func(_ *Writer, m *Message, v string) { m.Attachments[0].ContentID = "f1" + v + "@example.com" },
	"attachment param":    func(_ *Writer, m *Message, v string) { m.Attachments[0].Params["x-note"] = "ok" + v },
	"attachment param name": func(_ *Writer, m *Message, v string) {
		m.Attachments[0].Params = map[string]string{"x" + v: "ok"}
	},
}

func TestWriteInjection(t *testing.T) {
	// The valid message is written.
	writeString(t, validMessage())

	bad := map[string]string{
		"CRLF":       "\r\n",
		"LF":         "\n",
		"CR":         "\r",
		"NUL":        "\x00",
		"DEL":        "\x7f",
		"ESC":        "\x1b",
		"NEL":        "\u0085",
		"C1":         "\u009b",
		"invalid":    "\xff",
		"truncated":  "\xc3",
		"CRLF+space": "\r\n ",
	}
	for slot, set := range headerSlots {
		for name, v := range bad {
			t.Run(slot+"/"+name, func(t *testing.T) {
				w, m := testWriter(), validMessage()
				set(w, m, v)
				id := m.ID
				var b bytes.Buffer
				err := w.Write(&b, m)
				if !errors.Is(err, ErrHeaderInjection) {
					t.Fatalf("Write = %v, want ErrHeaderInjection", err)
				}
				var he *HeaderError
				if !errors.As(err, &he) || he.Field == "" || he.Reason == "" {
					t.Errorf("Write = %#v, want a *HeaderError with Field and Reason", err)
				}
				if b.Len() != 0 {
					t.Errorf("Write wrote %d bytes before failing", b.Len())
				}
				if m.ID != id || !m.Date.IsZero() {
					t.Errorf("failed Write set ID %q, Date %v", m.ID, m.Date)
				}
			})
		}
	}
}

func TestWriteRefusesMalformed(t *testing.T) {
	tests := []struct {
		name string
		set  func(m *Message)
	}{
		{"address with space", func(m *Message) { m.To[0].Address = "ana garcia@example.com" }},
		{"address in brackets", func(m *Message) { m.To[0].Address = "<ana@example.com>" }},
		{"two addresses", func(m *Message) { m.To[0].Address = "a@example.com,b@example.com" }},
		{"no at", func(m *Message) { m.To[0].Address = "ana" }},
		{"two ats", func(m *Message) { m.To[0].Address = "a@b@example.com" }},
		{"empty local part", func(m *Message) { m.To[0].Address = "@example.com" }},
		{"empty domain", func(m *Message) { m.To[0].Address = "ana@" }},
		{"specials", func(m *Message) { m.To[0].Address = "ana(x)@example.com" }},
		{"phone number", func(m *Message) { m.To[0].Address = "+34600111222" }},
		{"name without address", func(m *Message) { m.Cc[0].Address = "" }},
		{"sender name only", func(m *Message) { m.Sender.Address = "" }},
		{"id with brackets", func(m *Message) { m.ID = "<id@example.com>" }},
		{"id with space", func(m *Message) { m.InReplyTo[0] = "a b@example.com" }},
		{"empty reference", func(m *Message) { m.References[0] = "" }},
		{"field name with colon", func(m *Message) { m.Header[0].Name = "X-A:B" }},
		{"field name with space", func(m *Message) { m.Header[0].Name = "X A" }},
		{"empty field name", func(m *Message) { m.Header[0].Name = "" }},
		{"non-ASCII language", func(m *Message) { m.Language = "español" }},
		{"media type", func(m *Message) { m.Attachments[0].ContentType = "pdf" }},
		{"media type with space", func(m *Message) { m.Attachments[0].ContentType = "application/p df" }},
		{"year", func(m *Message) { m.Date = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) }},
		{"unfoldable value", func(m *Message) { m.Header[0].Value = strings.Repeat("x", 1000) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := validMessage()
			tt.set(m)
			var b bytes.Buffer
			err := testWriter().Write(&b, m)
			if !errors.Is(err, ErrHeaderInjection) {
				t.Fatalf("Write = %v, want a *HeaderError", err)
			}
			if b.Len() != 0 {
				t.Errorf("Write wrote %d bytes before failing", b.Len())
			}
		})
	}
}

func TestWriteAccepts(t *testing.T) {
	tests := []struct {
		name string
		set  func(m *Message)
	}{
		{"tab in subject", func(m *Message) { m.Subject = "a\tb" }},
		{"quoted local part", func(m *Message) { m.To[0].Address = `"ana.garcía"@example.com` }},
		{"UTF-8 address", func(m *Message) { m.To[0].Address = "josé@ejemplo.es" }},
		{"domain literal", func(m *Message) { m.To[0].Address = "ana@[192.0.2.1]" }},
		{"plus address", func(m *Message) { m.To[0].Address = "soporte+t-123@example.com" }},
		{"U+2028 in subject", func(m *Message) { m.Subject = "a\u2028b" }},
		{"long word", func(m *Message) { m.Subject = strings.Repeat("x", 2000) }},
		{"long name", func(m *Message) { m.To[0].Name = strings.Repeat("María ", 200) }},
		{"long file name", func(m *Message) { m.Attachments[0].Filename = strings.Repeat("año ", 300) + ".pdf" }},
		{"long ids", func(m *Message) {
			for range 40 {
				m.References = append(m.References, strings.Repeat("r", 60)+"@example.com")
			}
		}},
		{"id without at", func(m *Message) { m.InReplyTo[0] = "legacy-id" }},
		{"managed fields in Header", func(m *Message) {
			m.Header = append(m.Header, Field{"Bcc", "x\r\n"}, Field{"Content-Type", "text/evil\r\n"}, Field{"subject", "\x00"})
		}},
		{"nil attachment", func(m *Message) { m.Attachments = append(m.Attachments, nil) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := validMessage()
			tt.set(m)
			out := writeString(t, m)
			checkWellFormed(t, out)
			for _, l := range strings.Split(strings.SplitN(out, "\r\n\r\n", 2)[0], "\r\n") {
				if len(l) > lineWidth && !strings.Contains(tt.name, "long word") {
					t.Errorf("line longer than %d: %q", lineWidth, l)
				}
			}
		})
	}
}

// stdMessage is a message as read with net/mail and mime/multipart only.
type stdMessage struct {
	Subject     string
	From        []*mail.Address
	To          []*mail.Address
	Cc          []*mail.Address
	Text, HTML  string
	Attachments []stdAttachment
}

type stdAttachment struct {
	Filename, Name, ContentType, ContentID, Disposition string
	Data                                                []byte
}

var wordDecoder = new(mime.WordDecoder)

// readStd reads a message with the standard library.
func readStd(t testing.TB, raw string) stdMessage {
	t.Helper()
	msg, err := mail.ReadMessage(strings.NewReader(raw))
	if err != nil {
		t.Fatalf("net/mail: %v", err)
	}
	var out stdMessage
	if out.Subject, err = wordDecoder.DecodeHeader(msg.Header.Get("Subject")); err != nil {
		t.Errorf("decoding Subject %q: %v", msg.Header.Get("Subject"), err)
	}
	for _, l := range []struct {
		key  string
		list *[]*mail.Address
	}{{"From", &out.From}, {"To", &out.To}, {"Cc", &out.Cc}} {
		if msg.Header.Get(l.key) == "" {
			continue
		}
		if *l.list, err = msg.Header.AddressList(l.key); err != nil {
			t.Errorf("net/mail: %s %q: %v", l.key, msg.Header.Get(l.key), err)
		}
	}
	readStdPart(t, &out, mailHeader(msg.Header), msg.Body)
	return out
}

type mailHeader mail.Header

func (h mailHeader) Get(k string) string { return mail.Header(h).Get(k) }

type headerGetter interface{ Get(string) string }

func readStdPart(t testing.TB, out *stdMessage, h headerGetter, body io.Reader) {
	t.Helper()
	ct, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil {
		t.Fatalf("Content-Type %q: %v", h.Get("Content-Type"), err)
	}
	if strings.HasPrefix(ct, "multipart/") {
		mr := multipart.NewReader(body, params["boundary"])
		for {
			p, err := mr.NextRawPart()
			if err == io.EOF {
				return
			}
			if err != nil {
				t.Fatalf("multipart: %v", err)
			}
			readStdPart(t, out, p.Header, p)
		}
	}
	var r io.Reader
	switch cte := h.Get("Content-Transfer-Encoding"); cte {
	case "quoted-printable":
		r = quotedprintable.NewReader(body)
	case "base64":
		r = base64.NewDecoder(base64.StdEncoding, body)
	case "7bit", "8bit", "":
		r = body
	default:
		t.Fatalf("unexpected Content-Transfer-Encoding %q", cte)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("decoding %s: %v", ct, err)
	}
	disp, dparams, _ := mime.ParseMediaType(h.Get("Content-Disposition"))
	if disp == "" && (ct == "text/plain" || ct == "text/html") {
		s := strings.ReplaceAll(string(data), "\r\n", "\n")
		if ct == "text/plain" {
			out.Text = s
		} else {
			out.HTML = s
		}
		return
	}
	name, _ := wordDecoder.DecodeHeader(params["name"])
	out.Attachments = append(out.Attachments, stdAttachment{
		Filename:    dparams["filename"],
		Name:        name,
		ContentType: ct,
		ContentID:   strings.Trim(h.Get("Content-ID"), "<>"),
		Disposition: disp,
		Data:        data,
	})
}

func TestWriteReadByStdlib(t *testing.T) {
	for _, tc := range writeCases() {
		t.Run(tc.name, func(t *testing.T) {
			raw := writeString(t, tc.m)
			got := readStd(t, raw)
			want := stdMessage{
				Subject: tc.m.Subject,
				From:    stdAddresses([]Address{tc.m.From}),
				To:      stdAddresses(tc.m.To),
				Cc:      stdAddresses(tc.m.Cc),
				Text:    tc.m.Text,
				HTML:    tc.m.HTML,
			}
			for _, a := range tc.m.Attachments {
				disp := "attachment"
				if a.Inline {
					disp = "inline"
				}
				want.Attachments = append(want.Attachments, stdAttachment{
					Filename: a.Filename, Name: a.Filename, ContentType: a.ContentType,
					ContentID: a.ContentID, Disposition: disp, Data: stdContent(a),
				})
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("read back with net/mail and mime/multipart (-want +got):\n%s", diff)
			}
		})
	}
}

// stdContent is the content of a as it is sent: message/rfc822 with CRLF
// line breaks.
func stdContent(a *Attachment) []byte {
	if a.ContentType == "message/rfc822" {
		return []byte(strings.ReplaceAll(strings.ReplaceAll(string(a.Bytes()), "\r\n", "\n"), "\n", "\r\n"))
	}
	return a.Bytes()
}

func stdAddresses(list []Address) []*mail.Address {
	var out []*mail.Address
	for _, a := range list {
		out = append(out, &mail.Address{Name: a.Name, Address: a.Address})
	}
	return out
}

func TestWriteReadByEnmime(t *testing.T) {
	for _, tc := range writeCases() {
		t.Run(tc.name, func(t *testing.T) {
			raw := writeString(t, tc.m)
			env, err := enmime.ReadEnvelope(strings.NewReader(raw))
			if err != nil {
				t.Fatalf("enmime: %v", err)
			}
			for _, e := range env.Errors {
				t.Errorf("enmime: %v", e)
			}
			if got := env.GetHeader("Subject"); got != tc.m.Subject {
				t.Errorf("Subject = %q, want %q", got, tc.m.Subject)
			}
			from, err := env.AddressList("From")
			if err != nil || len(from) != 1 || from[0].Name != tc.m.From.Name || from[0].Address != tc.m.From.Address {
				t.Errorf("From = %v, %v; want %v", from, err, tc.m.From)
			}
			if len(tc.m.To) > 0 {
				to, err := env.AddressList("To")
				if diff := cmp.Diff(stdAddresses(tc.m.To), to); err != nil || diff != "" {
					t.Errorf("To: %v (-want +got):\n%s", err, diff)
				}
			}
			if got := strings.ReplaceAll(env.Text, "\r\n", "\n"); got != tc.m.Text {
				t.Errorf("Text = %q, want %q", got, tc.m.Text)
			}
			if got := strings.ReplaceAll(env.HTML, "\r\n", "\n"); got != tc.m.HTML {
				t.Errorf("HTML = %q, want %q", got, tc.m.HTML)
			}
			parts := append(append([]*enmime.Part(nil), env.Inlines...), env.Attachments...)
			parts = append(parts, env.OtherParts...)
			if len(parts) != len(tc.m.Attachments) {
				t.Fatalf("enmime found %d attachments, want %d", len(parts), len(tc.m.Attachments))
			}
			for _, a := range tc.m.Attachments {
				var p *enmime.Part
				for _, q := range parts {
					if q.FileName == a.Filename {
						p = q
					}
				}
				if p == nil {
					t.Errorf("attachment %q not found by enmime", a.Filename)
					continue
				}
				if p.ContentType != a.ContentType || p.ContentID != a.ContentID {
					t.Errorf("attachment %q: type %q id %q, want %q %q", a.Filename, p.ContentType, p.ContentID, a.ContentType, a.ContentID)
				}
				if a.ContentType != "text/plain" && a.ContentType != "text/calendar" && !bytes.Equal(p.Content, stdContent(a)) {
					t.Errorf("attachment %q: content %q, want %q", a.Filename, p.Content, stdContent(a))
				}
			}
		})
	}
}

func TestWriteBodies(t *testing.T) {
	tests := []struct {
		name, text, cte, body string
	}{
		{"ascii", "a\nb", "7bit", "a\r\nb"},
		{"trailing newline kept", "a\n", "7bit", "a\r\n"},
		{"no trailing newline added", "a", "7bit", "a"},
		{"empty", "", "7bit", ""},
		{"CRLF and lone CR", "a\r\nb\rc", "7bit", "a\r\nb\r\nc"},
		{"accents", "añ\n", "quoted-printable", "a=C3=B1\r\n"},
		{"trailing space", "a \nb\t", "7bit", "a \r\nb\t"},
		{"trailing space in QP", "ñ \nb\t", "quoted-printable", "=C3=B1=20\r\nb=09"},
		{"NUL", "a\x00b", "quoted-printable", "a=00b"},
		{"lone CR in QP", "a\r\xc3\xb1\n", "quoted-printable", "a\r\n=C3=B1\r\n"},
		{"long line", strings.Repeat("a", 999), "quoted-printable", ""},
		{"998 bytes", strings.Repeat("a", 998), "7bit", strings.Repeat("a", 998)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := writeString(t, &Message{From: Address{Address: "a@example.com"}, Text: tt.text})
			head, body, _ := strings.Cut(out, "\r\n\r\n")
			if !strings.Contains(head+"\r\n", "Content-Transfer-Encoding: "+tt.cte+"\r\n") {
				t.Errorf("header lacks CTE %s:\n%s", tt.cte, head)
			}
			if tt.body != "" || tt.text == "" {
				if body != tt.body {
					t.Errorf("body = %q, want %q", body, tt.body)
				}
			}
			got := readStd(t, out).Text
			want := strings.ReplaceAll(strings.ReplaceAll(tt.text, "\r\n", "\n"), "\r", "\n")
			if got != want {
				t.Errorf("read back %q, want %q", got, want)
			}
		})
	}
}

// TestWriteFolding checks folding and encoded words on long and
// non-ASCII values.
func TestWriteFolding(t *testing.T) {
	subjects := []string{
		"Pedido retrasado",
		strings.Repeat("Pedido retrasado ", 12),
		strings.Repeat("Pedido  retrasado ", 8), // double spaces are never folded
		strings.Repeat("envío ", 40),
		strings.Repeat("注文が届いていません", 12),
		strings.Repeat("😀", 50),
		" leading and trailing ",
		"=?utf-8?q?looks_encoded?=",
		"a\tb",
		strings.Repeat("x", 200),
	}
	for _, s := range subjects {
		m := &Message{
			From:    Address{Name: s, Address: "a@example.com"},
			Subject: s,
		}
		out := writeString(t, m)
		checkWellFormed(t, out)
		head, _, _ := strings.Cut(out, "\r\n\r\n")
		for _, l := range strings.Split(head, "\r\n") {
			if len(l) > lineWidth {
				t.Errorf("line of %d bytes: %q", len(l), l)
			}
			for _, w := range strings.Fields(l) {
				w = strings.TrimSuffix(strings.TrimPrefix(w, "Subject:"), ",")
				if !strings.HasPrefix(w, "=?") {
					continue
				}
				if len(w) > maxEncodedWord {
					t.Errorf("encoded word of %d bytes: %q", len(w), w)
				}
				d, err := wordDecoder.Decode(w)
				if err != nil || !utf8.ValidString(d) {
					t.Errorf("encoded word %q decodes to %q, %v: a character was split", w, d, err)
				}
			}
		}
		got := readStd(t, out)
		if got.Subject != s || got.From[0].Name != s {
			t.Errorf("read back subject %q and name %q, want %q", got.Subject, got.From[0].Name, s)
		}
	}
}

// TestWriteBoundaryAvoidsContent gives the Writer randomness that makes a
// boundary already present in the text: it must draw another one.
func TestWriteBoundaryAvoidsContent(t *testing.T) {
	first := bytes.Repeat([]byte{0xab}, 16)
	second := bytes.Repeat([]byte{0xcd}, 16)
	rnd := io.MultiReader(bytes.NewReader(first), bytes.NewReader(second))
	w := &Writer{Rand: rnd, Now: func() time.Time { return testNow }}
	text := "--" + strings.Repeat("ab", 16) + "\n"
	m := &Message{ID: "x@example.com", From: Address{Address: "a@example.com"}, Text: text, Attachments: []*Attachment{NewAttachment("a.bin", "", []byte{1})}}
	var b bytes.Buffer
	if err := w.Write(&b, m); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "boundary="+strings.Repeat("cd", 16)) {
		t.Errorf("boundary not redrawn:\n%s", b.String())
	}
	if got := readStd(t, b.String()).Text; got != text {
		t.Errorf("text read back %q, want %q", got, text)
	}

	// Randomness that repeats itself forever is reported, not looped on.
	w = &Writer{Rand: zeroReader{}}
	m = &Message{ID: "x@example.com", From: Address{Address: "a@example.com"}, Text: strings.Repeat("0", 40), HTML: "x"}
	b.Reset()
	if err := w.Write(&b, m); err == nil || b.Len() != 0 {
		t.Errorf("Write with constant randomness = %v, %d bytes", err, b.Len())
	}
}

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

func TestWriteAttachmentEncodings(t *testing.T) {
	long := strings.Repeat("x", 1200)
	tests := []struct {
		name    string
		a       *Attachment
		cte     string
		content string // as sent
	}{
		{"rfc822 ascii", NewAttachment("m.eml", "message/rfc822", []byte("Subject: a\n\nb\n")), "7bit", "Subject: a\r\n\r\nb\r\n"},
		{"rfc822 utf-8", NewAttachment("m.eml", "message/rfc822", []byte("Subject: ñ\r\n\r\nb")), "8bit", "Subject: ñ\r\n\r\nb"},
		{"rfc822 long line", NewAttachment("m.eml", "message/rfc822", []byte("Subject: a\r\n\r\n"+long)), "base64", "Subject: a\r\n\r\n" + long},
		{"binary", NewAttachment("b.bin", "application/octet-stream", []byte{0, 1, 2}), "base64", "\x00\x01\x02"},
		{"text file", NewAttachment("a.txt", "text/plain", []byte("a\nb")), "base64", "a\nb"},
		{"empty", NewAttachment("e.bin", "", nil), "base64", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := writeString(t, &Message{From: Address{Address: "a@example.com"}, Text: "x", Attachments: []*Attachment{tt.a}})
			checkWellFormed(t, out)
			if !strings.Contains(out, "Content-Transfer-Encoding: "+tt.cte+"\r\nContent-Disposition: attachment") {
				t.Errorf("no part with CTE %s:\n%s", tt.cte, out)
			}
			if tt.cte == "8bit" && !strings.Contains(out, "Content-Type: multipart/mixed; boundary=") {
				t.Errorf("no multipart:\n%s", out)
			}
			if tt.cte == "8bit" && !strings.Contains(out, "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=") {
				t.Errorf("unexpected top-level header:\n%s", out)
			}
			if tt.cte == "8bit" && !strings.Contains(strings.SplitN(out, "\r\n\r\n", 2)[0], "Content-Transfer-Encoding: 8bit") {
				t.Errorf("multipart holding an 8bit part is not marked 8bit:\n%s", out)
			}
			got := readStd(t, out).Attachments
			if len(got) != 1 || string(got[0].Data) != tt.content {
				t.Errorf("read back %+v, want content %q", got, tt.content)
			}
		})
	}
}

func TestWriteStructure(t *testing.T) {
	att := func() *Attachment { return NewAttachment("a.pdf", "application/pdf", []byte("x")) }
	img := func() *Attachment { return inlineAtt(NewAttachment("i.png", "image/png", pngPixel), "i@x") }
	tests := []struct {
		name string
		m    *Message
		want string // the tree of content types
	}{
		{"nothing", &Message{}, "text/plain"},
		{"text", &Message{Text: "t"}, "text/plain"},
		{"html", &Message{HTML: "h"}, "text/html"},
		{"both", &Message{Text: "t", HTML: "h"}, "multipart/alternative(text/plain text/html)"},
		{"attachment only", &Message{Attachments: []*Attachment{att()}}, "multipart/mixed(text/plain application/pdf)"},
		{"inline with html", &Message{HTML: "h", Attachments: []*Attachment{img()}}, "multipart/related(text/html image/png)"},
		{"inline without html", &Message{Text: "t", Attachments: []*Attachment{img()}}, "multipart/mixed(text/plain image/png)"},
		{"everything", &Message{Text: "t", HTML: "h", Attachments: []*Attachment{att(), img()}},
			"multipart/mixed(multipart/related(multipart/alternative(text/plain text/html) image/png) application/pdf)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.m.From = Address{Address: "a@example.com"}
			out := writeString(t, tt.m)
			msg, err := mail.ReadMessage(strings.NewReader(out))
			if err != nil {
				t.Fatal(err)
			}
			if got := mimeTree(t, msg.Header.Get("Content-Type"), msg.Body); got != tt.want {
				t.Errorf("structure %s, want %s", got, tt.want)
			}
		})
	}
}

func mimeTree(t *testing.T, contentType string, body io.Reader) string {
	ct, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(ct, "multipart/") {
		return ct
	}
	if ct == "multipart/related" && params["type"] == "" {
		t.Errorf("multipart/related without a type parameter")
	}
	var kids []string
	mr := multipart.NewReader(body, params["boundary"])
	for {
		p, err := mr.NextRawPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		kids = append(kids, mimeTree(t, p.Header.Get("Content-Type"), p))
	}
	return ct + "(" + strings.Join(kids, " ") + ")"
}

func TestWriteHeaderOrder(t *testing.T) {
	m := validMessage()
	m.Header = Header{
		{Name: "X-Cartero-Token", Value: "t1"},
		{Name: "Bcc", Value: "hidden@example.com"},
		{Name: "content-type", Value: "text/evil"},
		{Name: "List-Unsubscribe", Value: "<mailto:baja@example.com>"},
		{Name: "Date", Value: "yesterday"},
	}
	m.Bcc = []Address{{Address: "bcc@example.com"}}
	m.Date = time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	out := writeString(t, m)
	head, _, _ := strings.Cut(out, "\r\n\r\n")
	var names []string
	for _, l := range strings.Split(head, "\r\n") {
		if l[0] != ' ' {
			name, _, _ := strings.Cut(l, ":")
			names = append(names, name)
		}
	}
	want := []string{"Date", "From", "Sender", "Reply-To", "To", "Cc", "Subject", "Message-ID", "In-Reply-To", "References",
		"Auto-Submitted", "Content-Language", "MIME-Version", "Content-Type", "X-Cartero-Token", "List-Unsubscribe"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("header fields (-want +got):\n%s", diff)
	}
	if strings.Contains(out, "bcc@example.com") || strings.Contains(out, "hidden@example.com") {
		t.Errorf("Bcc written:\n%s", out)
	}
}
