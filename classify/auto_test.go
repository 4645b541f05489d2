package classify

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cartero/cartero/correspondence"
	"github.com/google/go-cmp/cmp"
)

// parseFile parses a fixture with correspondence.Parse.
func parseFile(t testing.TB, path string) *correspondence.Message {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := correspondence.Parse(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return m
}

// TestAutomatic checks every automatic-mail signal on a fixture of its
// own. A nil want means mail written by a person.
func TestAutomatic(t *testing.T) {
	tests := []struct {
		file string
		want *Auto // Reason compared by prefix
	}{
		{"bounce-postfix.eml", &Auto{Kind: Bounce, Reason: "Content-Type: multipart/report; report-type=delivery-status",
			Recipient: "asaez@correo.example", Action: "failed", Status: "5.1.1",
			Diagnostic: "550 5.1.1 <asaez@correo.example>: Recipient address rejected: User unknown in virtual mailbox table"}},
		{"bounce-exchange.eml", &Auto{Kind: Bounce, Reason: "Content-Type: multipart/report; report-type=delivery-status",
			Recipient: "o.bennett@kestrel-logistics.example", Action: "failed", Status: "5.1.10",
			Diagnostic: "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"}},
		{"bounce-gmail.eml", &Auto{Kind: Bounce, Reason: "Content-Type: multipart/report; report-type=delivery-status",
			Recipient: "joao.pereira@exemplo.example", Action: "failed", Status: "5.1.1",
			Diagnostic: "550 5.1.1 The email account that you tried to reach does not exist."}},
		{"bounce-delayed.eml", &Auto{Kind: Bounce, Reason: "Content-Type: multipart/report",
			Recipient: "luis.herrera@correo.example", Action: "delayed", Status: "4.4.7",
			Diagnostic: "connect to mx.correo.example[198.51.100.40]:25: Connection timed out"}},
		{"bounce-qmail-text.eml", &Auto{Kind: Bounce, Reason: "From: MAILER-DAEMON@", Action: "failed", Status: "5.2.1"}},
		{"bounce-postmaster.eml", &Auto{Kind: Bounce, Reason: "From: postmaster@", Action: "failed", Status: "5.2.2"}},
		{"auto-submitted-auto-replied.eml", &Auto{Kind: AutoReply, Reason: "Auto-Submitted: auto-replied"}},
		{"auto-submitted-auto-generated.eml", &Auto{Kind: AutoReply, Reason: "Auto-Submitted: auto-generated"}},
		{"auto-submitted-no.eml", nil},
		{"x-autoreply.eml", &Auto{Kind: AutoReply, Reason: "X-Autoreply: yes"}},
		{"x-autorespond.eml", &Auto{Kind: AutoReply, Reason: "X-Autorespond: "}},
		{"x-autoresponder.eml", &Auto{Kind: AutoReply, Reason: "X-Autoresponder: true"}},
		{"precedence-auto-reply.eml", &Auto{Kind: AutoReply, Reason: "Precedence: auto_reply"}},
		{"precedence-bulk.eml", &Auto{Kind: Bulk, Reason: "Precedence: bulk"}},
		{"precedence-junk.eml", &Auto{Kind: Bulk, Reason: "Precedence: junk"}},
		{"precedence-list.eml", &Auto{Kind: Bulk, Reason: "Precedence: list"}},
		{"list-id.eml", &Auto{Kind: Bulk, Reason: "List-Id: "}},
		{"list-unsubscribe.eml", &Auto{Kind: Bulk, Reason: "List-Unsubscribe: "}},
		{"x-auto-response-suppress.eml", &Auto{Kind: AutoReply, Reason: "X-Auto-Response-Suppress: All"}},
		{"empty-return-path.eml", &Auto{Kind: AutoReply, Reason: "Return-Path: <>"}},
		{"exchange-inbox-rules-loop.eml", &Auto{Kind: AutoReply, Reason: "X-MS-Exchange-Inbox-Rules-Loop: "}},
		{"exchange-generated-source.eml", &Auto{Kind: AutoReply, Reason: "X-MS-Exchange-Generated-Message-Source: "}},
		{"ooo-es-respuesta-automatica.eml", &Auto{Kind: OutOfOffice, Reason: "text: estoy fuera de la oficina"}},
		{"ooo-es-fuera-de-la-oficina.eml", &Auto{Kind: OutOfOffice, Reason: "Subject: Fuera de la oficina"}},
		{"ooo-pt-resposta-automatica.eml", &Auto{Kind: OutOfOffice, Reason: "text: estou de ferias"}},
		{"ooo-en-automatic-reply.eml", &Auto{Kind: OutOfOffice, Reason: "text: i am currently out of the office"}},
		{"ooo-en-out-of-office.eml", &Auto{Kind: OutOfOffice, Reason: "Subject: Out of Office"}},
		{"ooo-fr-reponse-automatique.eml", &Auto{Kind: OutOfOffice, Reason: "text: je suis absent"}},
		{"ooo-de-abwesenheitsnotiz.eml", &Auto{Kind: OutOfOffice, Reason: "Subject: Abwesenheitsnotiz"}},
		{"ooo-it-risposta-automatica.eml", &Auto{Kind: OutOfOffice, Reason: "text: sono fuori ufficio"}},
		{"ooo-vacation-precedence-bulk.eml", &Auto{Kind: OutOfOffice, Reason: "text: estare de vacaciones"}},
		{"ooo-body-only-es.eml", &Auto{Kind: OutOfOffice, Reason: "text: estoy de vacaciones"}},
		{"ooo-body-only-de.eml", &Auto{Kind: OutOfOffice, Reason: "text: ich bin derzeit nicht"}},
		{"human-complaint.eml", nil},
		{"human-mentions-office.eml", nil},
		{"human-reply-all.eml", nil},
	}
	files, _ := filepath.Glob("testdata/auto/*.eml")
	if len(files) != len(tests) {
		t.Errorf("%d fixtures, %d tests: every fixture needs a test", len(files), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			m := parseFile(t, filepath.Join("testdata/auto", tt.file))
			got := Automatic(m)
			if tt.want == nil || got == nil {
				if tt.want != got {
					t.Fatalf("Automatic = %+v, want %+v", got, tt.want)
				}
				return
			}
			if !strings.HasPrefix(got.Reason, tt.want.Reason) {
				t.Errorf("Reason = %q, want it to start with %q", got.Reason, tt.want.Reason)
			}
			got.Reason = tt.want.Reason
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Automatic (-want +got):\n%s", diff)
			}
			// The Model reports the same.
			if r := Message(m); r.Auto == nil || r.Auto.Kind != tt.want.Kind {
				t.Errorf("Model.Message Auto = %+v, want kind %s", r.Auto, tt.want.Kind)
			}
		})
	}
}

func TestAutomaticNil(t *testing.T) {
	if a := Automatic(nil); a != nil {
		t.Errorf("Automatic(nil) = %+v", a)
	}
	if a := Automatic(&correspondence.Message{Text: "Hola, ¿cuándo abren?"}); a != nil {
		t.Errorf("Automatic(hand-built) = %+v", a)
	}
}

func TestStatusIn(t *testing.T) {
	for s, want := range map[string]string{
		"said: 550 5.1.1 <x@y>":       "5.1.1",
		"error 4.4.7 timeout":         "4.4.7",
		"version 15.5.1.2 and 5.2.2":  "5.2.2",
		"no status here, only 550":    "",
		"5.1.":                        "",
		"code 5.1.10;":                "5.1.10",
		"ip 192.5.1.1 is not a code":  "",
		"x5.1.1 is glued to a letter": "5.1.1",
	} {
		if got := statusIn(s); got != want {
			t.Errorf("statusIn(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestAutoKindText(t *testing.T) {
	for k := AutoKind(0); k < numAutoKinds; k++ {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back AutoKind
		if err := back.UnmarshalText(b); err != nil || back != k || k.String() != string(b) {
			t.Errorf("%d: %q, %v, %d", k, b, err, back)
		}
	}
	if _, err := AutoKind(9).MarshalText(); err == nil {
		t.Error("AutoKind(9) marshalled")
	}
	var k AutoKind
	if err := k.UnmarshalText([]byte("vacation")); err == nil {
		t.Error("unknown kind accepted")
	}
}
