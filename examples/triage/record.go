package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"time"

	"github.com/cartero/cartero/classify"
	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/thread"
)

// record is one line of -json output. Its keys are a public contract that
// users script against: keys are only ever added, never renamed or removed,
// and every key is present on every line (empty arrays as [], an unknown
// date as null), so that a consumer never has to tell "missing" from
// "empty". The one exception is error, present only on messages that could
// not be read or parsed.
type record struct {
	Source      string       `json:"source"`
	Error       string       `json:"error,omitempty"`
	MessageID   string       `json:"message_id"`
	InReplyTo   []string     `json:"in_reply_to"`
	References  []string     `json:"references"`
	Subject     string       `json:"subject"`
	From        address      `json:"from"`
	To          []address    `json:"to"`
	Date        timestamp    `json:"date"`
	Channel     string       `json:"channel"`
	Text        string       `json:"text"`
	HTML        bool         `json:"html"`
	Attachments []attachment `json:"attachments"`
	Defects     []string     `json:"defects"`

	// What the author just wrote, apart from quoted history, signature
	// and forwarded content.
	Reply     string `json:"reply"`
	Quoted    bool   `json:"quoted"`
	Signature string `json:"signature"`
	Forwarded bool   `json:"forwarded"`

	// What kind of message it is. Type is "complaint", "inquiry",
	// "survey" or "other", and "" with language "" on a message that could
	// not be parsed. Reasons are the cues that fired, with byte offsets
	// into reply (field "text") or subject (field "subject"). Auto is null
	// for mail written by a person.
	Type       string            `json:"type"`
	Confidence float64           `json:"confidence"`
	Reasons    []classify.Reason `json:"reasons"`
	Language   string            `json:"language"`
	Sentiment  float64           `json:"sentiment"`
	Urgency    string            `json:"urgency"`
	Auto       *classify.Auto    `json:"auto"`

	// The conversation: its id, the message this one answers when it is
	// known, how the message was matched ("token", "reference", "tag",
	// "subject", "new", "duplicate") and whether its sender may post
	// there ("participant-authenticated", …, "stranger-unauthenticated").
	// All "" on a message that could not be parsed.
	Thread  string `json:"thread"`
	Parent  string `json:"parent"`
	Match   string `json:"match"`
	Verdict string `json:"verdict"`

	// The conversation's SLA clocks at -now, counting the messages read
	// so far: for each metric ("first_reply", "next_reply", …) its state,
	// due time and remaining business time. The last message of a
	// conversation carries its full status. {} when not parsed.
	SLA map[string]slaMetric `json:"sla"`

	// The suggested reply: the acknowledgement to send at once, in the
	// customer's language, promising the reply due by the SLA, with the
	// template key, the locale it is written in and the rendered subject
	// and text. null for messages that need no answer (automatic mail,
	// replies from the desk, thanks, survey scores) and when -agent is
	// not given.
	Draft *draft `json:"draft"`

	msg *correspondence.Message // until the record is filed
}

// file finds the record's conversation, its SLA status and the draft of
// its acknowledgement, and forgets the message.
func (r *record) file(ctx context.Context, index *thread.Index, clocks *clocks, drafts *drafter) error {
	m := r.msg
	r.msg = nil
	if m == nil {
		return nil
	}
	res, err := index.Add(ctx, m)
	if err != nil {
		return fmt.Errorf("threading: %w", err)
	}
	r.Thread = res.Conversation
	r.Parent = res.Parent
	r.Match = res.Match.String()
	r.Verdict = res.Verdict.String()
	st, inbound := clocks.add(res.Conversation, m, r.Auto != nil, r.Type)
	r.SLA = metrics(st)
	if drafts != nil && needsAnswer(r, inbound) {
		if r.Draft, err = drafts.draft(m, r, st); err != nil {
			return fmt.Errorf("drafting a reply: %w", err)
		}
	}
	return nil
}

type address struct {
	Name    string `json:"name"`
	Address string `json:"address"`
}

type attachment struct {
	Filename    string `json:"filename"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
	Inline      bool   `json:"inline"`
	ContentID   string `json:"content_id"`
}

// timestamp is a time that encodes as an RFC 3339 string in the zone it was
// written in, or as null when it is zero (the date was missing or
// unreadable).
type timestamp time.Time

func (t timestamp) MarshalJSON() ([]byte, error) {
	tt := time.Time(t)
	if tt.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(tt.Format(time.RFC3339))
}

// newRecord describes a parsed message and its classification; src is
// where it came from.
func newRecord(src string, m *correspondence.Message, c classify.Result) record {
	r := emptyRecord(src)
	r.MessageID = m.ID
	r.InReplyTo = append(r.InReplyTo, m.InReplyTo...)
	r.References = append(r.References, m.References...)
	r.Subject = m.Subject
	r.From = address{Name: m.From.Name, Address: m.From.Address}
	for _, a := range m.To {
		r.To = append(r.To, address{Name: a.Name, Address: a.Address})
	}
	r.Date = timestamp(m.Date)
	r.Channel = m.Channel.String()
	r.Text = m.Text
	r.HTML = m.HTML != ""
	r.Reply = m.Split.New
	r.Quoted = m.Split.Quoted != ""
	r.Signature = m.Split.Signature
	r.Forwarded = m.Split.Forwarded != ""
	for _, a := range m.Attachments {
		if a == nil {
			continue
		}
		if a.ContentType == "message/rfc822" {
			r.Forwarded = true // a forward sent as an attached message
		}
		r.Attachments = append(r.Attachments, attachment{
			Filename:    a.Filename,
			ContentType: a.ContentType,
			Size:        a.Size,
			Inline:      a.Inline,
			ContentID:   a.ContentID,
		})
	}
	for _, d := range m.Defects {
		if d == nil {
			continue
		}
		r.Defects = append(r.Defects, d.Error())
	}
	r.Type = c.Type.String()
	r.Confidence = round3(c.Confidence)
	r.Reasons = append(r.Reasons, c.Reasons...)
	for i := range r.Reasons {
		r.Reasons[i].Weight = round3(r.Reasons[i].Weight)
		r.Reasons[i].Sentiment = round3(r.Reasons[i].Sentiment)
	}
	r.Language = c.Language
	r.Sentiment = round3(float64(c.Sentiment))
	r.Urgency = c.Urgency.String()
	r.Auto = c.Auto
	return r
}

// round3 keeps three decimals of a score: enough to read, and stable in
// golden files across platforms.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// failedRecord describes a message that could not be read or parsed: every
// contract key at its zero value, plus the error.
func failedRecord(src string, err error) record {
	r := emptyRecord(src)
	r.Error = err.Error()
	// "open x.eml: permission denied" would repeat the source.
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == src {
		r.Error = pe.Op + ": " + pe.Err.Error()
	}
	return r
}

// emptyRecord has every array allocated, so that it encodes as [] rather
// than null.
func emptyRecord(src string) record {
	return record{
		Source:      src,
		InReplyTo:   []string{},
		References:  []string{},
		To:          []address{},
		Attachments: []attachment{},
		Defects:     []string{},
		Reasons:     []classify.Reason{},
		SLA:         map[string]slaMetric{},
	}
}

// newEncoder writes records as JSON lines. HTML characters are left as they
// are: mail is full of <addresses>, and \u003c would only hinder people
// reading the output.
func newEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}
