package main

import (
	"cmp"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"slices"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// inbox is one IMAP connection with one mailbox selected.
type inbox struct {
	c       *imapclient.Client
	data    *imap.SelectData
	idle    bool          // the server has IDLE
	arrived chan struct{} // signalled when the server reports new messages
	stop    func() bool   // stops closing the connection at the context's end
}

// imapConfig says where the mailbox is and how to log in.
type imapConfig struct {
	addr, user, pass, mailbox string
	tls                       bool // implicit TLS (port 993) instead of plain text
	idle                      bool // use IDLE when the server has it
	insecure                  bool // skip certificate checks (self-signed test servers)
	timeout                   time.Duration
}

// openInbox connects, logs in and selects the mailbox read-write (so that
// the view is current; nothing is changed: messages are fetched with
// BODY.PEEK and stay unread for the agents). The connection is closed when
// ctx ends, which unblocks whatever command is waiting.
func openInbox(ctx context.Context, cfg imapConfig) (*inbox, error) {
	b := &inbox{arrived: make(chan struct{}, 1)}
	opts := &imapclient.Options{
		Dialer: &net.Dialer{Timeout: cfg.timeout},
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(d *imapclient.UnilateralDataMailbox) {
				if d.NumMessages != nil {
					select {
					case b.arrived <- struct{}{}:
					default:
					}
				}
			},
		},
	}
	var (
		c   *imapclient.Client
		err error
	)
	if cfg.tls {
		host, _, _ := net.SplitHostPort(cfg.addr)
		opts.TLSConfig = &tls.Config{ServerName: host, InsecureSkipVerify: cfg.insecure}
		c, err = imapclient.DialTLS(cfg.addr, opts)
	} else {
		c, err = imapclient.DialInsecure(cfg.addr, opts)
	}
	if err != nil {
		return nil, fmt.Errorf("imap: %w", err)
	}
	b.c = c
	b.stop = context.AfterFunc(ctx, func() { c.Close() })
	if err := c.WaitGreeting(); err != nil {
		b.close()
		return nil, fmt.Errorf("imap: %w", err)
	}
	if c.Caps().Has(imap.CapLoginDisabled) {
		b.close()
		return nil, errors.New("imap: the server refuses LOGIN on this connection (LOGINDISABLED): use -imap-tls")
	}
	if err := c.Login(cfg.user, cfg.pass).Wait(); err != nil {
		b.close()
		return nil, fmt.Errorf("imap: login as %s: %w", cfg.user, err)
	}
	caps := c.Caps()
	b.idle = cfg.idle && (caps.Has(imap.CapIdle) || caps.Has(imap.CapIMAP4rev2))
	if b.data, err = c.Select(cfg.mailbox, nil).Wait(); err != nil {
		b.close()
		return nil, fmt.Errorf("imap: select %s: %w", cfg.mailbox, err)
	}
	if b.data.UIDValidity == 0 {
		b.close()
		return nil, fmt.Errorf("imap: %s has no UIDVALIDITY: messages cannot be tracked across connections", cfg.mailbox)
	}
	return b, nil
}

// close logs out, when the connection still works, and closes it.
func (b *inbox) close() {
	b.stop()
	done := make(chan struct{})
	go func() {
		b.c.Logout().Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
	}
	b.c.Close()
}

// newMessage is a message not handled yet.
type newMessage struct {
	uid  uint32
	size int64
}

// since returns the messages whose UID is above last, in UID order.
func (b *inbox) since(last uint32) ([]newMessage, error) {
	var set imap.UIDSet
	set.AddRange(imap.UID(last+1), 0) // last+1:*
	msgs, err := b.c.Fetch(set, &imap.FetchOptions{UID: true, RFC822Size: true}).Collect()
	if err != nil {
		return nil, fmt.Errorf("imap: listing new messages: %w", err)
	}
	var out []newMessage
	for _, m := range msgs {
		// "n:*" names the last message even when its UID is below n.
		if uint32(m.UID) > last {
			out = append(out, newMessage{uid: uint32(m.UID), size: m.RFC822Size})
		}
	}
	slices.SortFunc(out, func(a, b newMessage) int { return cmp.Compare(a.uid, b.uid) })
	return out, nil
}

// errGone is returned by fetch for a message expunged since it was listed.
var errGone = errors.New("imap: message expunged")

// fetch returns the whole message with UID uid and its INTERNALDATE,
// without setting \Seen.
func (b *inbox) fetch(uid uint32) ([]byte, time.Time, error) {
	section := &imap.FetchItemBodySection{Peek: true}
	msgs, err := b.c.Fetch(imap.UIDSetNum(imap.UID(uid)), &imap.FetchOptions{
		UID:          true,
		InternalDate: true,
		BodySection:  []*imap.FetchItemBodySection{section},
	}).Collect()
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("imap: fetching UID %d: %w", uid, err)
	}
	for _, m := range msgs {
		if uint32(m.UID) == uid {
			return m.FindBodySection(section), m.InternalDate, nil
		}
	}
	return nil, time.Time{}, errGone
}

// wait returns when the server reports new messages, after poll at the
// latest, or when ctx ends. With IDLE the server says when mail arrives
// and poll is only a safety net; without it, wait is a timer and a NOOP.
func (b *inbox) wait(ctx context.Context, poll time.Duration) error {
	timer := time.NewTimer(poll)
	defer timer.Stop()
	if !b.idle {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-timer.C:
		}
		if err := b.c.Noop().Wait(); err != nil {
			return fmt.Errorf("imap: NOOP: %w", err)
		}
		return nil
	}
	// Anything reported before IDLE starts is picked up by the next
	// look at the mailbox anyway.
	select {
	case <-b.arrived:
	default:
	}
	cmd, err := b.c.Idle()
	if err != nil {
		return fmt.Errorf("imap: IDLE: %w", err)
	}
	select {
	case <-ctx.Done():
	case <-b.arrived:
	case <-timer.C:
	case <-b.c.Closed():
	}
	if err := cmd.Close(); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("imap: IDLE: %w", err)
	}
	if err := cmd.Wait(); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("imap: IDLE: %w", err)
	}
	return ctx.Err()
}
