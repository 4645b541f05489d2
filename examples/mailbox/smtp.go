package main

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// errMaybeSent is matched by the error of a send whose outcome is unknown:
// the connection failed after the whole message went out but before the
// server said whether it took it (RFC 5321 section 4.1.1.4 warns of this
// window). The message may have been delivered.
var errMaybeSent = errors.New("the server may have taken the message")

// sender sends mail through an SMTP server, one connection per message:
// acknowledgements are few, and a fresh connection never finds itself
// closed by the server's idle timeout.
type sender struct {
	addr string // host:port
	helo string // the name given in EHLO
	// user and pass log in with AUTH PLAIN when the server offers it,
	// over TLS or to a server on loopback only; "" sends without.
	user, pass string
	// tls is "auto" (STARTTLS when offered, the default), "tls" (implicit
	// TLS, port 465) or "none".
	tls      string
	insecure bool // skip certificate checks (self-signed test servers)
	timeout  time.Duration
}

// send sends msg from the envelope sender from to the recipients in to.
// An error that wraps errMaybeSent means the message may have been
// delivered all the same; an *smtp.SMTPError is the server's answer, and
// its Code tells a temporary refusal (4xx) from a permanent one (5xx);
// any other error means nothing was sent.
func (s *sender) send(ctx context.Context, from string, to []string, msg []byte) error {
	c, err := s.dial(ctx, false)
	if err == nil && s.tls == "auto" {
		if ok, _ := c.Extension("STARTTLS"); ok {
			// go-smtp upgrades a connection only as it opens it: a
			// second connection says EHLO, STARTTLS and EHLO again.
			c.Close()
			c, err = s.dial(ctx, true)
		}
	}
	if err != nil {
		return fmt.Errorf("smtp: %w", err)
	}
	defer c.Close()

	_, secure := c.TLSConnectionState()
	if ok, _ := c.Extension("AUTH"); ok && s.user != "" && (secure || loopback(s.addr)) {
		if err := c.Auth(sasl.NewPlainClient("", s.user, s.pass)); err != nil {
			return fmt.Errorf("smtp: AUTH: %w", err)
		}
	}
	if err := c.Mail(from, nil); err != nil {
		return fmt.Errorf("smtp: MAIL FROM:<%s>: %w", from, err)
	}
	for _, rcpt := range to {
		if err := c.Rcpt(rcpt, nil); err != nil {
			return fmt.Errorf("smtp: RCPT TO:<%s>: %w", rcpt, err)
		}
	}
	w, err := c.Data()
	if err != nil {
		return fmt.Errorf("smtp: DATA: %w", err)
	}
	if _, err := w.Write(msg); err != nil {
		// Without the final dot the server discards what it got.
		return fmt.Errorf("smtp: DATA: %w", err)
	}
	if err := w.Close(); err != nil {
		if _, ok := errors.AsType[*smtp.SMTPError](err); ok {
			return fmt.Errorf("smtp: end of DATA: %w", err)
		}
		return fmt.Errorf("smtp: end of DATA: %w: %w", errMaybeSent, err)
	}
	// The message is on its way; a failed QUIT changes nothing.
	_ = c.Quit()
	return nil
}

// client is an SMTP connection that ends when its context does.
type client struct {
	*smtp.Client
	stop func() bool
}

func (c *client) Close() error {
	c.stop()
	return c.Client.Close()
}

// dial connects to the server and says EHLO: over TLS from the start with
// s.tls "tls", after STARTTLS when upgrade is set.
func (s *sender) dial(ctx context.Context, upgrade bool) (*client, error) {
	d := net.Dialer{Timeout: s.timeout}
	conn, err := d.DialContext(ctx, "tcp", s.addr)
	if err != nil {
		return nil, err
	}
	// Ending ctx ends the connection, and with it whatever command waits.
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	host, _, _ := net.SplitHostPort(s.addr)
	config := &tls.Config{ServerName: host, InsecureSkipVerify: s.insecure}
	var c *smtp.Client
	switch {
	case s.tls == "tls":
		c = smtp.NewClient(tls.Client(conn, config))
	case upgrade:
		if c, err = smtp.NewClientStartTLS(conn, config); err != nil {
			stop()
			conn.Close()
			return nil, err
		}
	default:
		c = smtp.NewClient(conn)
	}
	c.CommandTimeout = s.timeout
	c.SubmissionTimeout = s.timeout
	cc := &client{Client: c, stop: stop}
	if !upgrade { // the upgrade said EHLO already, as "localhost"
		if err := c.Hello(s.helo); err != nil {
			cc.Close()
			return nil, err
		}
	}
	return cc, nil
}

// loopback reports whether addr (host:port) is on this machine.
func loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// permanent reports whether err is a permanent refusal (5xx): sending the
// same message again would be refused again.
func permanent(err error) bool {
	e, ok := errors.AsType[*smtp.SMTPError](err)
	return ok && e.Code >= 500
}
