package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/examples/internal/pipeline"
	"github.com/cartero/cartero/template"
	"github.com/cartero/cartero/thread"
)

// desk handles the messages of one mailbox: it files each one through the
// pipeline and sends the acknowledgement the pipeline drafted, keeping
// its progress in the state file.
//
// # Delivery guarantees
//
// Every message is filed at least once: the state file's LastUID moves
// past a message only after the message was filed and its
// acknowledgement, if any, was sent, so a crash or a failure in between
// makes the next pass file it again. Filing again is harmless: the
// thread.Index reports the message as a duplicate and the pipeline logs
// its SLA event once.
//
// Every acknowledgement is sent at most once: the message's key (its
// Message-ID) is saved in the state file before the acknowledgement goes
// out, and a message whose key is there is never acknowledged again. If
// the program dies between saving the key and the end of the SMTP
// transaction, that acknowledgement is lost rather than sent twice. When
// the SMTP server refuses the message for the time being (4xx) or the
// connection fails before the whole message went out, the key is removed
// again and the message is retried on the next pass; when it refuses it
// for good (5xx), or the connection fails after the message went out and
// before the server answered, the message counts as acknowledged.
type desk struct {
	pipe   *pipeline.Pipeline
	index  *thread.Index
	state  *state
	box    *mailboxState
	send   *sender
	writer *correspondence.Writer
	from   correspondence.Address // the address acknowledgements are sent from
	domain string                 // the right-hand side of their Message-IDs
	ours   func(addr string) bool // the desk's own addresses
	log    *slog.Logger
	json   *json.Encoder // the records, one JSON object per message; nil writes none
	now    func() time.Time

	acknowledged int // acknowledgements sent in this run
}

// outcome says what became of a message, for the log.
type outcome struct {
	action string // "acknowledged", "filed", "skipped"
	reason string
}

// handle files the message with UID uid, received at date, and sends its
// acknowledgement. It returns an error when the message must be tried
// again later; the state then still says it was not handled.
func (d *desk) handle(ctx context.Context, uid uint32, date time.Time, raw []byte) error {
	src := fmt.Sprintf("%s/%d", d.box.Mailbox, uid)
	rec, m := d.pipe.Parse(src, raw)
	res, err := d.pipe.FileResult(ctx, &rec, m, d.now())
	if err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	out := outcome{action: "filed"}
	if m == nil {
		out = outcome{"skipped", "unreadable: " + rec.Error}
	} else if reason := d.noAcknowledgement(&rec, m, res, date); reason != "" {
		out.reason = reason
	} else {
		out, err = d.acknowledge(ctx, &rec, m, res)
		if err != nil {
			return fmt.Errorf("%s: %w", src, err)
		}
	}

	d.box.LastUID = uid
	d.box.LastDate = date
	if err := d.state.save(); err != nil {
		return err
	}
	if d.json != nil {
		if err := d.json.Encode(rec); err != nil {
			return fmt.Errorf("writing the record: %w", err)
		}
	}
	attrs := []any{"uid", uid, "message_id", rec.MessageID, "from", rec.From.Address, "type", rec.Type, "language", rec.Language, "thread", rec.Thread, "match", rec.Match}
	if out.reason != "" {
		attrs = append(attrs, "reason", out.reason)
	}
	d.log.Info(out.action, attrs...)
	return nil
}

// noAcknowledgement returns why m gets no acknowledgement, or "" when it
// gets one.
func (d *desk) noAcknowledgement(rec *pipeline.Record, m *correspondence.Message, res thread.Result, date time.Time) string {
	switch {
	case rec.Auto != nil:
		return "automatic mail: " + rec.Auto.Kind.String()
	case d.ours != nil && d.ours(strings.ToLower(m.From.Address)):
		return "the desk's own mail"
	case res.Match == thread.MatchDuplicate:
		return "filed before"
	case !res.Admitted:
		return "the sender is not a participant of conversation " + res.Conversation + ": left for an agent"
	case rec.Draft == nil:
		return "needs no acknowledgement (" + rec.Type + ")"
	case d.state.acknowledged(messageKey(m)):
		return "acknowledged before"
	case !d.box.Before.IsZero() && !date.After(d.box.Before):
		return "arrived before the mailbox's UIDVALIDITY changed"
	}
	return ""
}

// acknowledge sends the drafted acknowledgement of m, stamped with its
// conversation's token, and records it in the conversation.
func (d *desk) acknowledge(ctx context.Context, rec *pipeline.Record, m *correspondence.Message, res thread.Result) (outcome, error) {
	draft := &template.Draft{
		Key:     rec.Draft.Key,
		Locale:  language.Make(rec.Draft.Locale),
		Subject: rec.Draft.Subject,
		Text:    rec.Draft.Text,
	}
	reply, err := draft.Reply(m, template.ReplyOptions{
		From:      d.from,
		Automatic: true,
		Token:     res.Token,
		Domain:    d.domain,
	})
	if errors.Is(err, template.ErrAutomaticMail) {
		// The classifier's verdict and the template's own check differ:
		// the stricter one wins.
		return outcome{"filed", err.Error()}, nil
	}
	if err != nil {
		return outcome{}, fmt.Errorf("building the acknowledgement: %w", err)
	}
	var buf bytes.Buffer
	if err := d.writer.Write(&buf, reply); err != nil {
		return outcome{}, fmt.Errorf("writing the acknowledgement: %w", err)
	}
	var to []string
	for _, a := range append(append([]correspondence.Address(nil), reply.To...), reply.Cc...) {
		to = append(to, a.Address)
	}
	if len(to) == 0 {
		return outcome{"filed", "no address to answer"}, nil
	}

	key := messageKey(m)
	d.state.acknowledge(key)
	if err := d.state.save(); err != nil {
		d.state.forget(key)
		return outcome{}, err
	}
	err = d.send.send(ctx, d.from.Address, to, buf.Bytes())
	switch {
	case err == nil:
	case errors.Is(err, errMaybeSent):
		d.log.Warn("the acknowledgement may not have been sent; it is not sent again", "message_id", m.ID, "error", err)
	case permanent(err):
		return outcome{"filed", "the acknowledgement was refused: " + err.Error()}, nil
	default:
		d.state.forget(key)
		if serr := d.state.save(); serr != nil {
			return outcome{}, errors.Join(err, serr)
		}
		return outcome{}, fmt.Errorf("sending the acknowledgement: %w", err)
	}
	d.acknowledged++
	if res.Conversation != "" {
		if err := d.index.Sent(ctx, res.Conversation, reply); err != nil {
			// The reply went out; the conversation only misses its id,
			// and the customer's answer still finds it by token.
			d.log.Warn("recording the acknowledgement in its conversation", "thread", res.Conversation, "error", err)
		}
	}
	return outcome{"acknowledged", "in " + rec.Draft.Locale + " as " + reply.ID}, nil
}

// messageKey is what the state file remembers of an acknowledged message:
// its Message-ID, or a hash of the message when it has none.
func messageKey(m *correspondence.Message) string {
	if m.ID != "" {
		return "<" + m.ID + ">"
	}
	sum := sha256.Sum256(m.Raw)
	return "sha256:" + hex.EncodeToString(sum[:])
}
