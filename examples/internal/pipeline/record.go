package pipeline

import (
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"math"
	"time"

	"github.com/cartero/cartero/classify"
	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/sla"
)

// Record is what the pipeline says about one message: the object triage
// -json writes per line and the webhook answers with. Its keys are a public
// contract that users script against: keys are only ever added, never
// renamed or removed, and every key is present on every object (empty arrays
// as [], an unknown date as null), so that a consumer never has to tell
// "missing" from "empty". The one exception is error, present only on
// messages that could not be read or parsed.
type Record struct {
	Source      string       `json:"source"`
	Error       string       `json:"error,omitempty"`
	MessageID   string       `json:"message_id"`
	InReplyTo   []string     `json:"in_reply_to"`
	References  []string     `json:"references"`
	Subject     string       `json:"subject"`
	From        Address      `json:"from"`
	To          []Address    `json:"to"`
	Date        Timestamp    `json:"date"`
	Channel     string       `json:"channel"`
	Text        string       `json:"text"`
	HTML        bool         `json:"html"`
	Attachments []Attachment `json:"attachments"`
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
	// All "" on a message that could not be parsed or filed.
	Thread  string `json:"thread"`
	Parent  string `json:"parent"`
	Match   string `json:"match"`
	Verdict string `json:"verdict"`

	// The conversation's SLA clocks at the instant the record was filed
	// for, counting the events logged so far: for each metric
	// ("first_reply", "next_reply", …) its state, due time and remaining
	// business time. {} when not filed.
	SLA map[string]Metric `json:"sla"`

	// The suggested reply: the acknowledgement to send at once, in the
	// customer's language, promising the reply due by the SLA. null for
	// messages that need no answer (automatic mail, replies from the desk,
	// thanks, survey scores) and when the pipeline has no Drafter.
	Draft *Draft `json:"draft"`
}

// Address is a mailbox in a Record.
type Address struct {
	Name    string `json:"name"`
	Address string `json:"address"`
}

// Attachment is an attachment in a Record.
type Attachment struct {
	Filename    string `json:"filename"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
	Inline      bool   `json:"inline"`
	ContentID   string `json:"content_id"`
}

// Metric is one SLA metric in a Record.
type Metric struct {
	State     string    `json:"state"`
	Due       Timestamp `json:"due"`
	Remaining string    `json:"remaining"`
}

// Draft is the suggested reply to one message in a Record.
type Draft struct {
	Key     string `json:"key"`
	Locale  string `json:"locale"`
	Subject string `json:"subject"`
	Text    string `json:"text"`
}

// Timestamp is a time that encodes as an RFC 3339 string in the zone it was
// written in, or as null when it is zero (the date was missing or
// unreadable).
type Timestamp time.Time

// MarshalJSON implements json.Marshaler.
func (t Timestamp) MarshalJSON() ([]byte, error) {
	tt := time.Time(t)
	if tt.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(tt.Format(time.RFC3339))
}

// UnmarshalJSON implements json.Unmarshaler, so that clients can read
// records back.
func (t *Timestamp) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*t = Timestamp{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	tt, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return err
	}
	*t = Timestamp(tt)
	return nil
}

// NewRecord returns the record of a message known only by its source: every
// contract key at its zero value, every array allocated so that it encodes
// as [] rather than null.
func NewRecord(src string) Record {
	return Record{
		Source:      src,
		InReplyTo:   []string{},
		References:  []string{},
		To:          []Address{},
		Attachments: []Attachment{},
		Defects:     []string{},
		Reasons:     []classify.Reason{},
		SLA:         map[string]Metric{},
	}
}

// Failed returns the record of a message that could not be read or parsed:
// every contract key at its zero value, plus the error.
func Failed(src string, err error) Record {
	r := NewRecord(src)
	r.Error = err.Error()
	// "open x.eml: permission denied" would repeat the source.
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == src {
		r.Error = pe.Op + ": " + pe.Err.Error()
	}
	return r
}

// describe returns the record of a parsed message and its classification;
// src is where it came from.
func describe(src string, m *correspondence.Message, c classify.Result) Record {
	r := NewRecord(src)
	r.MessageID = m.ID
	r.InReplyTo = append(r.InReplyTo, m.InReplyTo...)
	r.References = append(r.References, m.References...)
	r.Subject = m.Subject
	r.From = Address{Name: m.From.Name, Address: m.From.Address}
	for _, a := range m.To {
		r.To = append(r.To, Address{Name: a.Name, Address: a.Address})
	}
	r.Date = Timestamp(m.Date)
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
		r.Attachments = append(r.Attachments, Attachment{
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

// metrics is a status in a Record.
func metrics(st sla.Status) map[string]Metric {
	out := make(map[string]Metric, len(st.Metrics))
	for _, ms := range st.Metrics {
		out[ms.Metric.String()] = Metric{
			State:     ms.State.String(),
			Due:       Timestamp(ms.Due),
			Remaining: ms.Remaining.String(),
		}
	}
	return out
}

// NewEncoder writes records as JSON, one object per line. HTML characters
// are left as they are: mail is full of <addresses>, and \u003c would only
// hinder people reading the output.
func NewEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}
