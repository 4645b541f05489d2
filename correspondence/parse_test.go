package correspondence

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// summary is the golden-file view of a parsed message.
type summary struct {
	ID            string
	InReplyTo     []string `json:",omitempty"`
	References    []string `json:",omitempty"`
	From          Address
	Sender        *Address  `json:",omitempty"`
	ReplyTo       []Address `json:",omitempty"`
	To            []Address `json:",omitempty"`
	Cc            []Address `json:",omitempty"`
	Subject       string
	Date          string
	Received      string `json:",omitempty"`
	AutoSubmitted string `json:",omitempty"`
	ContentType   string
	Report        string `json:",omitempty"`
	Language      string `json:",omitempty"`
	Text          string
	HTML          string `json:",omitempty"`
	Attachments   []attachmentSummary
	Defects       []string
}

type attachmentSummary struct {
	Path        string
	Filename    string
	ContentType string
	ContentID   string `json:",omitempty"`
	Inline      bool
	Size        int64
	SHA256      string // first 16 hex digits of the decoded content
}

func summarize(m *Message) summary {
	s := summary{
		ID: m.ID, InReplyTo: m.InReplyTo, References: m.References,
		From: m.From, ReplyTo: m.ReplyTo, To: m.To, Cc: m.Cc,
		Subject: m.Subject, AutoSubmitted: m.AutoSubmitted,
		ContentType: m.ContentType, Report: m.Report, Language: m.Language,
		Text: m.Text, HTML: m.HTML,
		Attachments: []attachmentSummary{}, Defects: []string{},
	}
	if m.Sender != (Address{}) {
		s.Sender = &m.Sender
	}
	if !m.Date.IsZero() {
		s.Date = m.Date.Format(time.RFC3339)
	}
	if !m.Received.IsZero() {
		s.Received = m.Received.Format(time.RFC3339)
	}
	for _, a := range m.Attachments {
		sum := sha256.Sum256(a.Bytes())
		s.Attachments = append(s.Attachments, attachmentSummary{
			Path: a.Path, Filename: a.Filename, ContentType: a.ContentType,
			ContentID: a.ContentID, Inline: a.Inline, Size: a.Size,
			SHA256: hex.EncodeToString(sum[:8]),
		})
	}
	for _, d := range m.Defects {
		s.Defects = append(s.Defects, d.Error())
	}
	return s
}

func TestParseGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/parse/*.eml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			m := parseFile(t, file)
			checkInvariants(t, m)
			got, err := json.MarshalIndent(summarize(m), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden(t, strings.TrimSuffix(file, ".eml")+".golden", append(got, '\n'))
		})
	}
}

func parseFile(t *testing.T, file string) *Message {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := Parse(f)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return m
}

// checkInvariants asserts what must hold for every parsed message.
func checkInvariants(t *testing.T, m *Message) {
	t.Helper()
	texts := map[string]string{"Subject": m.Subject, "Text": m.Text, "HTML": m.HTML,
		"From": m.From.String(), "Language": m.Language, "ID": m.ID}
	for _, a := range append(append(append([]Address{}, m.To...), m.Cc...), m.ReplyTo...) {
		texts["address "+a.Address] = a.String()
	}
	for _, a := range m.Attachments {
		texts["filename "+a.Path] = a.Filename
		if got := int64(len(a.Bytes())); got != a.Size {
			t.Errorf("attachment %s: Size %d but %d bytes read", a.Path, a.Size, got)
		}
	}
	for _, f := range m.Header {
		texts["header "+f.Name] = f.Name + f.Value
	}
	for name, s := range texts {
		if !utf8.ValidString(s) {
			t.Errorf("%s is not valid UTF-8: %q", name, s)
		}
	}
	for _, d := range m.Defects {
		if d.Kind == nil {
			t.Errorf("defect without kind: %q", d.Detail)
		}
	}
}

func hasDefect(m *Message, kind error) bool {
	for _, d := range m.Defects {
		if errors.Is(d, kind) {
			return true
		}
	}
	return false
}

// TestParseCases checks the behaviour each fixture exists for, beyond the
// golden files.
func TestParseCases(t *testing.T) {
	tests := []struct {
		file  string
		check func(t *testing.T, m *Message)
	}{
		{"rfc2231-latin1-filename.eml", func(t *testing.T, m *Message) {
			wantNames(t, m, "Café.pdf", "Albarán del pedido 4471.pdf")
			if m.From.Name != "José Núñez" {
				t.Errorf("From.Name = %q", m.From.Name)
			}
		}},
		{"latin1-really-cp1252.eml", func(t *testing.T, m *Message) {
			wantContains(t, m.Text, "49,90 € dos veces", "“No es posible”", "María Pérez")
			if m.Subject != "Cobro duplicado €" {
				t.Errorf("Subject = %q", m.Subject)
			}
		}},
		{"split-encoded-words.eml", func(t *testing.T, m *Message) {
			if want := "Fatura de outubro com cobrança indevida — urgente"; m.Subject != want {
				t.Errorf("Subject = %q, want %q", m.Subject, want)
			}
			if m.From.Name != "João Gonçalves" {
				t.Errorf("From.Name = %q", m.From.Name)
			}
			if len(m.To) != 1 || m.To[0].Name != "Atendimento, Banco Sol" {
				t.Errorf("To = %v", m.To)
			}
			wantContains(t, m.Text, "cobrança que não reconheço")
		}},
		{"missing-final-boundary.eml", func(t *testing.T, m *Message) {
			wantDefect(t, m, ErrMissingEnd)
			wantContains(t, m.Text, "Calle Mayor 5")
			wantContains(t, m.HTML, "Calle Mayor 5")
		}},
		{"boundary-missing.eml", func(t *testing.T, m *Message) {
			wantDefect(t, m, ErrMissingBoundary)
			wantContains(t, m.Text, "cancelar a reserva 2231")
			wantNames(t, m, "notas.txt")
		}},
		{"bad-transfer-encoding.eml", func(t *testing.T, m *Message) {
			wantDefect(t, m, ErrBadEncoding)
			wantContains(t, m.Text, "La taza llegó rota.")
			wantNames(t, m, "taza.png")
		}},
		{"mixed-line-endings.eml", func(t *testing.T, m *Message) {
			wantDefect(t, m, ErrLineEndings)
			if m.Subject != "License key not working" || m.ID != "mixed-eol@mail.example.com" {
				t.Errorf("Subject %q ID %q", m.Subject, m.ID)
			}
			if strings.Contains(m.Text, "\r") {
				t.Errorf("text keeps CR: %q", m.Text)
			}
		}},
		{"header-continuation.eml", func(t *testing.T, m *Message) {
			wantDefect(t, m, ErrMalformedHeader)
			wantDefect(t, m, ErrMissingHeaderEnd)
			if m.Subject != "Equipaje perdido en el vuelo AS 203" {
				t.Errorf("Subject = %q", m.Subject)
			}
			wantContains(t, m.Text, "Perdieron mi maleta")
		}},
		{"8bit-latin1-headers.eml", func(t *testing.T, m *Message) {
			wantDefect(t, m, Err8BitHeader)
			if m.Subject != "Reserva para dezembro, três noites" || m.From.Name != "Inês Araújo" {
				t.Errorf("Subject %q From %q", m.Subject, m.From.Name)
			}
			wantContains(t, m.Text, "há quartos disponíveis")
		}},
		{"html-only.eml", func(t *testing.T, m *Message) {
			wantContains(t, m.Text, "¿Dónde está mi pedido 4471?", "Pedido: 4471", "ver envío (https://envios.example/t/4471)")
			if strings.Contains(m.Text, "color:red") || strings.Contains(m.Text, "<") {
				t.Errorf("markup in text: %q", m.Text)
			}
			if m.Subject != "¿Dónde está mi pedido?" {
				t.Errorf("Subject = %q", m.Subject)
			}
		}},
		{"forward-and-invite.eml", func(t *testing.T, m *Message) {
			types := attachmentTypes(m)
			if len(types) != 2 || types[0] != "message/rfc822" || types[1] != "text/calendar" {
				t.Fatalf("attachment types %v", types)
			}
			fwd, err := Parse(m.Attachments[0].Open())
			if err != nil {
				t.Fatal(err)
			}
			if fwd.Subject != "Confirmación del pedido 5120" {
				t.Errorf("forwarded subject %q", fwd.Subject)
			}
			if m.Attachments[1].Params["method"] != "REQUEST" {
				t.Errorf("calendar params %v", m.Attachments[1].Params)
			}
		}},
		{"bounce-postfix.eml", func(t *testing.T, m *Message) {
			if m.ContentType != "multipart/report" || m.Report != "delivery-status" {
				t.Errorf("ContentType %q Report %q", m.ContentType, m.Report)
			}
			if m.AutoSubmitted != "auto-replied" {
				t.Errorf("AutoSubmitted %q", m.AutoSubmitted)
			}
			types := attachmentTypes(m)
			if len(types) != 2 || types[0] != "message/delivery-status" || types[1] != "text/rfc822-headers" {
				t.Errorf("attachment types %v", types)
			}
			wantContains(t, m.Text, "User unknown")
		}},
		{"unknown-charset.eml", func(t *testing.T, m *Message) {
			wantDefect(t, m, ErrUnknownCharset)
			wantContains(t, m.Text, "café address")
		}},
		{"iso-2022-jp.eml", func(t *testing.T, m *Message) {
			if m.Subject != "お問い合わせ" || m.From.Name != "田中" {
				t.Errorf("Subject %q From %q", m.Subject, m.From.Name)
			}
			wantContains(t, m.Text, "ご注文の件でお問い合わせします。")
		}},
		{"flowed-thunderbird.eml", func(t *testing.T, m *Message) {
			wantContains(t, m.Text, "porque la talla no es la correcta. ¿Me pueden", "\n-- \nLucía")
			if m.Language != "es-ES" {
				t.Errorf("Language %q", m.Language)
			}
		}},
		{"many-charsets.eml", func(t *testing.T, m *Message) {
			wantContains(t, m.Text, "Здравствуйте, где мой заказ?", "您好，我的订单在哪里？",
				"您好，我的訂單在哪裡？", "注文はどこですか？", "Ça coûte 10 € — «merci»", "Precio: 20 € ¡gracias!")
			if len(m.Defects) != 0 {
				t.Errorf("defects: %v", m.Defects)
			}
		}},
		{"gmail-inline-image.eml", func(t *testing.T, m *Message) {
			if len(m.Attachments) != 1 {
				t.Fatalf("attachments %d", len(m.Attachments))
			}
			a := m.Attachments[0]
			if !a.Inline || a.ContentID != "ii_foto1" || a.Filename != "foto.png" || a.Size != 70 {
				t.Errorf("inline image %+v", a)
			}
			if !bytes.HasPrefix(a.Bytes(), []byte("\x89PNG")) {
				t.Errorf("image bytes %q", a.Bytes()[:8])
			}
			wantContains(t, m.Text, "tela quebrada")
			wantContains(t, m.HTML, `src="cid:ii_foto1"`)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			tt.check(t, parseFile(t, filepath.Join("testdata/parse", tt.file)))
		})
	}
}

func wantContains(t *testing.T, s string, subs ...string) {
	t.Helper()
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			t.Errorf("%q\ndoes not contain %q", s, sub)
		}
	}
}

func wantDefect(t *testing.T, m *Message, kind error) {
	t.Helper()
	if !hasDefect(m, kind) {
		t.Errorf("no %v defect among %v", kind, m.Defects)
	}
}

func wantNames(t *testing.T, m *Message, names ...string) {
	t.Helper()
	var got []string
	for _, a := range m.Attachments {
		got = append(got, a.Filename)
	}
	if strings.Join(got, "|") != strings.Join(names, "|") {
		t.Errorf("attachment names %q, want %q", got, names)
	}
}

func attachmentTypes(m *Message) []string {
	var types []string
	for _, a := range m.Attachments {
		types = append(types, a.ContentType)
	}
	return types
}

// TestParseHeaderAgrees checks that the header-only parse fills the same
// envelope as the full parse.
func TestParseHeaderAgrees(t *testing.T) {
	files, _ := filepath.Glob("testdata/parse/*.eml")
	for _, file := range files {
		full := parseFile(t, file)
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		h, err := ParseHeader(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: ParseHeader: %v", file, err)
		}
		a, b := summarize(full), summarize(h)
		a.Text, a.HTML, a.Attachments, a.Defects, a.ContentType, a.Report = "", "", nil, nil, "", ""
		b.Text, b.HTML, b.Attachments, b.Defects, b.ContentType, b.Report = "", "", nil, nil, "", ""
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if !bytes.Equal(ja, jb) {
			t.Errorf("%s:\nfull   %s\nheader %s", file, ja, jb)
		}
		if h.Text != "" || len(h.Attachments) != 0 {
			t.Errorf("%s: header-only parse decoded a body", file)
		}
	}
}
