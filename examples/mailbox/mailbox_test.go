package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-smtp"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/thread/pgstore/pgstoretest"
)

// The end-to-end tests need the mail servers that .ci/mail starts:
//
//	eval "$(.ci/mail)" && go test ./examples/mailbox
//
// They clear both test mailboxes first, so they must not run against
// mailboxes anyone cares about.

// servers returns the test servers' settings, or skips the test.
type servers struct {
	smtp, imap         string
	desk, deskPass     string
	customer, custPass string
}

func needServers(t *testing.T) servers {
	t.Helper()
	s := servers{
		smtp:     os.Getenv("CARTERO_SMTP_ADDR"),
		imap:     os.Getenv("CARTERO_IMAP_ADDR"),
		desk:     os.Getenv("CARTERO_DESK_USER"),
		deskPass: os.Getenv("CARTERO_DESK_PASS"),
		customer: os.Getenv("CARTERO_CUSTOMER_USER"),
		custPass: os.Getenv("CARTERO_CUSTOMER_PASS"),
	}
	if s.smtp == "" || s.imap == "" {
		t.Skip(`CARTERO_SMTP_ADDR and CARTERO_IMAP_ADDR are not set: start the test mail servers with eval "$(.ci/mail)"`)
	}
	if s.desk == "" || s.customer == "" {
		t.Fatal("CARTERO_DESK_USER and CARTERO_CUSTOMER_USER must be set with the server addresses (see .ci/mail)")
	}
	clearMailbox(t, s.imap, s.desk, s.deskPass)
	clearMailbox(t, s.imap, s.customer, s.custPass)
	return s
}

// testMail is one message a test delivers to the desk.
type testMail struct {
	name     string
	id       string // Message-ID, without brackets
	from     string // the From field
	to       string // the To field; the desk when ""
	subject  string
	header   string // more header fields, CRLF-terminated
	text     string
	wantLang string // the acknowledgement's Content-Language prefix; "" when none is wanted
}

func (m testMail) raw(s servers) []byte {
	to := m.to
	if to == "" {
		to = "Atención al cliente <" + s.desk + ">"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "From: %s\r\nTo: %s\r\nSubject: %s\r\nMessage-ID: <%s>\r\n", m.from, to, m.subject, m.id)
	fmt.Fprintf(&b, "Date: %s\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n", time.Now().Format(time.RFC1123Z))
	b.WriteString(m.header)
	b.WriteString("\r\n")
	b.WriteString(strings.ReplaceAll(m.text, "\n", "\r\n"))
	return []byte(b.String())
}

// deliver sends the mails to the desk by SMTP and waits until the desk's
// mailbox holds want messages.
func deliver(t *testing.T, s servers, want int, mails ...testMail) {
	t.Helper()
	for _, m := range mails {
		from := s.customer
		if strings.Contains(m.from, s.desk) {
			from = s.desk
		}
		c, err := smtp.Dial(s.smtp)
		if err != nil {
			t.Fatal(err)
		}
		err = c.SendMail(from, []string{s.desk}, bytes.NewReader(m.raw(s)))
		c.Close()
		if err != nil {
			t.Fatalf("delivering %s: %v", m.name, err)
		}
	}
	waitMessages(t, s.imap, s.desk, s.deskPass, want)
}

// customerMails returns the run's mails: three customers writing in
// Spanish, English and Portuguese, and three that get no acknowledgement:
// an out-of-office notice, a mailing list's newsletter and the desk's own
// copy of an agent's reply.
func customerMails(s servers, run string) []testMail {
	return []testMail{
		{
			name:    "spanish",
			id:      "es-" + run + "@mail.example.es",
			from:    "María Pérez Ortega <" + s.customer + ">",
			subject: "Pedido " + run + " retrasado",
			text: "Hola,\n\nhice el pedido " + run + " hace dos semanas y todavía no ha llegado. " +
				"¿Pueden decirme cuándo lo voy a recibir? Estoy muy molesta con el retraso.\n\n" +
				"Gracias,\nMaría\n",
			wantLang: "es",
		},
		{
			name:    "english",
			id:      "en-" + run + "@mail.example.co.uk",
			from:    "Emily Carter <" + s.customer + ">",
			subject: "Charged twice for order " + run,
			text: "Hello,\n\nI was charged twice for my annual plan this month, order " + run + ". " +
				"Could you please refund the duplicate payment as soon as possible? " +
				"I would also like to know why this happened.\n\nThanks,\nEmily\n",
			wantLang: "en",
		},
		{
			name:    "portuguese",
			id:      "pt-" + run + "@mail.example.com.br",
			from:    "João Gonçalves <" + s.customer + ">",
			subject: "Fatura de outubro " + run,
			text: "Olá,\n\nnão recebi a fatura de outubro do pedido " + run + ". " +
				"Vocês podem me enviar a segunda via por e-mail? Preciso dela para o meu reembolso.\n\n" +
				"Obrigado,\nJoão\n",
			wantLang: "pt",
		},
		{
			name:    "out of office",
			id:      "ooo-" + run + "@mail.example.es",
			from:    "María Pérez Ortega <" + s.customer + ">",
			subject: "Respuesta automática: Pedido " + run,
			header:  "Auto-Submitted: auto-replied\r\nX-Autoreply: yes\r\n",
			text: "Estoy fuera de la oficina hasta el lunes y no tengo acceso al correo. " +
				"¿Es urgente? Escriba a mi compañera.\n",
		},
		{
			name:    "newsletter",
			id:      "list-" + run + "@lists.example.com",
			from:    "Ofertas <" + s.customer + ">",
			subject: "Ofertas de la semana " + run,
			header: "Precedence: bulk\r\nList-Id: Ofertas <ofertas.lists.example.com>\r\n" +
				"List-Unsubscribe: <mailto:unsubscribe@lists.example.com>\r\n",
			text: "¿Todavía no conoce nuestras ofertas? Descuentos de hasta el 50 % en toda la tienda. " +
				"¿Puede reenviar este mensaje a sus amigos?\n",
		},
		{
			name:    "the desk's own mail",
			id:      "desk-" + run + "@cartero.test",
			from:    "Lucía Marín <" + s.desk + ">",
			to:      "María Pérez Ortega <" + s.customer + ">",
			subject: "Re: Pedido " + run + " retrasado",
			header:  "Cc: " + s.desk + "\r\n",
			text: "Hola María:\n\n¿Nos puede confirmar la dirección de entrega del pedido " + run + "? " +
				"No conseguimos entregarlo.\n\nLucía\n",
		},
	}
}

func TestAcknowledgements(t *testing.T) {
	s := needServers(t)
	run := fmt.Sprint(time.Now().UnixNano() % 1e9)
	mails := customerMails(s, run)
	deliver(t, s, len(mails), mails...)

	state := filepath.Join(t.TempDir(), "state.json")
	var stdout bytes.Buffer
	runOnce(t, s, state, &stdout)

	wanted := 0
	for _, m := range mails {
		if m.wantLang != "" {
			wanted++
		}
	}
	acks := waitAcknowledgements(t, s, wanted)
	for _, m := range mails {
		t.Run(m.name, func(t *testing.T) {
			ack := acks["<"+m.id+">"]
			if m.wantLang == "" {
				if ack != nil {
					t.Fatalf("acknowledged %s: %q", m.name, ack.Subject)
				}
				return
			}
			if ack == nil {
				t.Fatalf("no acknowledgement of %s in %s's mailbox", m.id, s.customer)
			}
			checkAcknowledgement(t, s, m, ack)
		})
	}

	// -json writes one record per message, and every message is there.
	records := map[string]bool{}
	dec := json.NewDecoder(&stdout)
	for dec.More() {
		var r struct {
			MessageID string `json:"message_id"`
			Draft     any    `json:"draft"`
		}
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("stdout: %v", err)
		}
		records[r.MessageID] = true
	}
	for _, m := range mails {
		if !records[m.id] {
			t.Errorf("no record of %s on stdout", m.id)
		}
	}
}

// checkAcknowledgement checks that ack answers m as a mail client
// threads it: In-Reply-To and References name m, the subject is m's with
// "Re: ", the conversation's token is in the Message-ID and the Reply-To,
// and the acknowledgement says it is automatic and in m's language.
func checkAcknowledgement(t *testing.T, s servers, m testMail, ack *correspondence.Message) {
	t.Helper()
	if len(ack.InReplyTo) != 1 || ack.InReplyTo[0] != m.id {
		t.Errorf("In-Reply-To = %q, want [%q]", ack.InReplyTo, m.id)
	}
	if n := len(ack.References); n == 0 || ack.References[n-1] != m.id {
		t.Errorf("References = %q, want it to end with %q", ack.References, m.id)
	}
	if want := "Re: " + m.subject; !strings.HasPrefix(ack.Subject, want) {
		t.Errorf("Subject = %q, want %q and the conversation's tag", ack.Subject, want)
	}
	if got := ack.Header.Get("Auto-Submitted"); got != "auto-replied" {
		t.Errorf("Auto-Submitted = %q, want auto-replied", got)
	}
	if !strings.HasPrefix(ack.Language, m.wantLang) {
		t.Errorf("Content-Language = %q, want %s", ack.Language, m.wantLang)
	}
	if ack.From.Address != s.desk {
		t.Errorf("From = %q, want %s", ack.From.Address, s.desk)
	}
	// The token: the Reply-To is the desk's plus address carrying the
	// conversation's code, and the Message-ID starts with the same code.
	local, domain, _ := strings.Cut(s.desk, "@")
	if len(ack.ReplyTo) != 1 {
		t.Fatalf("Reply-To = %v, want the desk's plus address", ack.ReplyTo)
	}
	code, ok := strings.CutPrefix(ack.ReplyTo[0].Address, local+"+")
	code, ok2 := strings.CutSuffix(code, "@"+domain)
	if !ok || !ok2 || code == "" {
		t.Fatalf("Reply-To = %q, want %s+CODE@%s", ack.ReplyTo[0].Address, local, domain)
	}
	if !strings.HasPrefix(ack.ID, code+".") {
		t.Errorf("Message-ID = %q, want it to start with the code %s", ack.ID, code)
	}
	if !strings.Contains(ack.Text, "Ana López") {
		t.Errorf("the text is not signed by the agent:\n%s", ack.Text)
	}
}

func TestRestart(t *testing.T) {
	s := needServers(t)
	run := fmt.Sprint(time.Now().UnixNano() % 1e9)
	state := filepath.Join(t.TempDir(), "state.json")
	all := customerMails(s, run)
	first, second := []testMail{all[0], all[3]}, []testMail{all[1], all[2]}

	deliver(t, s, 2, first...)
	runOnce(t, s, state, nil)
	waitAcknowledgements(t, s, 1)

	deliver(t, s, 4, second...)
	runOnce(t, s, state, nil)
	acks := waitAcknowledgements(t, s, 3)
	for _, m := range []testMail{all[0], all[1], all[2]} {
		if acks["<"+m.id+">"] == nil {
			t.Errorf("%s was not acknowledged", m.name)
		}
	}

	// Nothing new: nothing sent.
	runOnce(t, s, state, nil)
	// The mailbox recreated: its UIDVALIDITY changes and every message
	// comes back under a new UID. Nothing is acknowledged again.
	st, err := loadState(state)
	if err != nil {
		t.Fatal(err)
	}
	st.Mailboxes[0].UIDValidity++
	if err := st.save(); err != nil {
		t.Fatal(err)
	}
	runOnce(t, s, state, nil)
	st, err = loadState(state)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mailboxes[0].LastUID == 0 {
		t.Error("after the change of UIDVALIDITY, the mailbox was not read again")
	}
	waitAcknowledgements(t, s, 3)
}

func TestPostgresLostState(t *testing.T) {
	dsn := pgstoretest.DSN(t) // skips without CARTERO_POSTGRES_DSN
	s := needServers(t)
	run := fmt.Sprint(time.Now().UnixNano() % 1e9)
	all := customerMails(s, run)
	deliver(t, s, 2, all[0], all[1])
	state := filepath.Join(t.TempDir(), "state.json")
	runOnce(t, s, state, nil, "-postgres", dsn)
	acks := waitAcknowledgements(t, s, 2)

	// The state file is lost: every message is read again, and the
	// thread store knows them all.
	if err := os.Remove(state); err != nil {
		t.Fatal(err)
	}
	runOnce(t, s, state, nil, "-postgres", dsn)
	waitAcknowledgements(t, s, 2)

	// The customer answers the acknowledgement from a client that drops
	// the threading headers: the token in the address finds the
	// conversation, though the process that signed it is gone.
	ack := acks["<"+all[0].id+">"]
	answer := testMail{
		name:    "answer",
		id:      "es2-" + run + "@mail.example.es",
		from:    all[0].from,
		to:      ack.ReplyTo[0].Address,
		subject: "Otra cosa",
		text:    "Perdón, ¿me pueden decir también si el envío tiene número de seguimiento?\n",
	}
	deliver(t, s, 3, answer)
	var stdout bytes.Buffer
	runOnce(t, s, state, &stdout, "-postgres", dsn)
	var first, second struct{ Thread, Match string }
	dec := json.NewDecoder(&stdout)
	for dec.More() {
		var r struct {
			MessageID string `json:"message_id"`
			Thread    string `json:"thread"`
			Match     string `json:"match"`
		}
		if err := dec.Decode(&r); err != nil {
			t.Fatal(err)
		}
		switch r.MessageID {
		case all[0].id:
			first.Thread, first.Match = r.Thread, r.Match
		case answer.id:
			second.Thread, second.Match = r.Thread, r.Match
		}
	}
	if first.Match != "" {
		t.Errorf("the first message was read a third time (match %q)", first.Match)
	}
	if second.Match != "token" {
		t.Errorf("the answer was matched by %q, want token", second.Match)
	}
	if second.Thread == "" || !strings.HasPrefix(ack.ID, second.Thread) {
		t.Errorf("the answer went to conversation %q; the acknowledgement's id is %s", second.Thread, ack.ID)
	}
}

// TestSMTPDown checks that a message whose acknowledgement could not be
// sent is neither skipped nor marked acknowledged: the next run sends it.
func TestSMTPDown(t *testing.T) {
	s := needServers(t)
	id := fmt.Sprint(time.Now().UnixNano() % 1e9)
	all := customerMails(s, id)
	deliver(t, s, 1, all[0])
	state := filepath.Join(t.TempDir(), "state.json")

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	down := s
	down.smtp = l.Addr().String()
	l.Close() // nothing listens there now
	var stderr bytes.Buffer
	args := []string{
		"-imap", s.imap, "-smtp", down.smtp, "-user", s.desk, "-pass", s.deskPass,
		"-state", state, "-once", "-agent", "Ana López, Atención al cliente",
	}
	if code := run(context.Background(), args, io.Discard, &stderr); code != exitFailed {
		t.Fatalf("run with the SMTP server down exited with %d, want %d:\n%s", code, exitFailed, &stderr)
	}
	if !strings.Contains(stderr.String(), "connection refused") {
		t.Errorf("stderr does not say why:\n%s", &stderr)
	}
	st, err := loadState(state)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Acknowledged) != 0 || st.Mailboxes[0].LastUID != 0 {
		t.Errorf("after a failed send the state says %+v, %q", *st.Mailboxes[0], st.Acknowledged)
	}

	runOnce(t, s, state, nil)
	acks := waitAcknowledgements(t, s, 1)
	if acks["<"+all[0].id+">"] == nil {
		t.Error("the message was not acknowledged once the server was back")
	}
}

// TestWatch runs the program as a service, waiting with IDLE or polling,
// and stops it as SIGINT or SIGTERM would.
func TestWatch(t *testing.T) {
	for _, mode := range []string{"idle", "poll"} {
		t.Run(mode, func(t *testing.T) {
			s := needServers(t)
			id := fmt.Sprint(time.Now().UnixNano() % 1e9)
			all := customerMails(s, id)
			state := filepath.Join(t.TempDir(), "state.json")
			args := []string{
				"-imap", s.imap, "-smtp", s.smtp, "-smtp-tls", "none",
				"-user", s.desk, "-pass", s.deskPass, "-state", state,
				"-agent", "Ana López, Atención al cliente",
				"-idle=" + fmt.Sprint(mode == "idle"), "-poll", "200ms",
			}
			if mode == "idle" {
				args[len(args)-1] = "30s" // IDLE must say when mail arrives
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var stderr lockedBuffer
			done := make(chan int)
			go func() { done <- run(ctx, args, io.Discard, &stderr) }()
			defer func() {
				if t.Failed() {
					t.Logf("run:\n%s", stderr.String())
				}
			}()

			deliver(t, s, 2, all[2], all[4])
			waitAcknowledgements(t, s, 1)
			deliver(t, s, 3, all[1])
			waitAcknowledgements(t, s, 2)

			cancel()
			select {
			case code := <-done:
				if code != exitOK {
					t.Errorf("run exited with %d after the signal", code)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("run did not stop within 10s of the signal")
			}
			log := stderr.String()
			if want := "idle=" + fmt.Sprint(mode == "idle"); !strings.Contains(log, want) {
				t.Errorf("the log does not say %s", want)
			}
		})
	}
}

// lockedBuffer is a bytes.Buffer safe for a writer and a reader on
// different goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// runOnce runs the program with -once against the test servers.
func runOnce(t *testing.T, s servers, state string, stdout *bytes.Buffer, extra ...string) {
	t.Helper()
	args := []string{
		"-imap", s.imap, "-smtp", s.smtp, "-smtp-tls", "none",
		"-user", s.desk, "-pass", s.deskPass,
		"-state", state, "-once",
		"-agent", "Ana López, Atención al cliente", "-brand", "Tienda Sol",
	}
	args = append(args, extra...)
	if stdout != nil {
		args = append(args, "-json")
	} else {
		stdout = new(bytes.Buffer)
	}
	var stderr bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if code := run(ctx, args, stdout, &stderr); code != exitOK {
		t.Fatalf("run exited with %d:\n%s", code, stderr.String())
	}
	t.Logf("run:\n%s", stderr.String())
}

// waitAcknowledgements waits until the customer's mailbox holds want
// messages, then a little longer to see that no more come, and returns
// them by the Message-ID they answer.
func waitAcknowledgements(t *testing.T, s servers, want int) map[string]*correspondence.Message {
	t.Helper()
	waitMessages(t, s.imap, s.customer, s.custPass, want)
	time.Sleep(300 * time.Millisecond)
	msgs := fetchAll(t, s.imap, s.customer, s.custPass)
	out := make(map[string]*correspondence.Message)
	for _, m := range msgs {
		if len(m.InReplyTo) != 1 {
			t.Errorf("a message in the customer's mailbox answers %q", m.InReplyTo)
			continue
		}
		id := "<" + m.InReplyTo[0] + ">"
		if out[id] != nil {
			t.Errorf("%s acknowledged twice", id)
		}
		out[id] = m
	}
	if len(msgs) != want {
		var subjects []string
		for _, m := range msgs {
			subjects = append(subjects, m.Subject)
		}
		t.Fatalf("the customer's mailbox holds %d messages, want %d: %q", len(msgs), want, subjects)
	}
	return out
}

// dialIMAP logs in and selects INBOX; it returns the number of messages
// there.
func dialIMAP(t *testing.T, addr, user, pass string) (*imapclient.Client, uint32) {
	t.Helper()
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Login(user, pass).Wait(); err != nil {
		c.Close()
		t.Fatalf("login as %s: %v", user, err)
	}
	data, err := c.Select("INBOX", nil).Wait()
	if err != nil {
		c.Close()
		t.Fatal(err)
	}
	return c, data.NumMessages
}

// clearMailbox deletes every message in user's INBOX.
func clearMailbox(t *testing.T, addr, user, pass string) {
	t.Helper()
	c, n := dialIMAP(t, addr, user, pass)
	defer c.Close()
	if n == 0 {
		return
	}
	all := imap.SeqSet{}
	all.AddRange(1, 0)
	if err := c.Store(all, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}, nil).Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.Expunge().Close(); err != nil {
		t.Fatal(err)
	}
}

// waitMessages waits until user's INBOX holds at least want messages.
func waitMessages(t *testing.T, addr, user, pass string, want int) {
	t.Helper()
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(user, pass).Wait(); err != nil {
		t.Fatalf("login as %s: %v", user, err)
	}
	deadline := time.Now().Add(15 * time.Second)
	for {
		data, err := c.Status("INBOX", &imap.StatusOptions{NumMessages: true}).Wait()
		if err != nil {
			t.Fatal(err)
		}
		if int(*data.NumMessages) >= want {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s's mailbox holds %d messages after 15s, want %d", user, *data.NumMessages, want)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// fetchAll returns every message in user's INBOX, parsed.
func fetchAll(t *testing.T, addr, user, pass string) []*correspondence.Message {
	t.Helper()
	c, n := dialIMAP(t, addr, user, pass)
	defer c.Close()
	if n == 0 {
		return nil
	}
	all := imap.SeqSet{}
	all.AddRange(1, 0)
	section := &imap.FetchItemBodySection{Peek: true}
	bufs, err := c.Fetch(all, &imap.FetchOptions{BodySection: []*imap.FetchItemBodySection{section}}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	var out []*correspondence.Message
	for _, b := range bufs {
		m, err := correspondence.ParseBytes(b.FindBodySection(section))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, m)
	}
	return out
}
