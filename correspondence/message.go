package correspondence

import (
	"bytes"
	"io"
	"strings"
	"time"
)

// Channel is the medium a piece of correspondence travelled on.
type Channel string

// The channels Cartero knows. Hosts may use other values; the zero value
// means e-mail.
const (
	Email  Channel = "email"  // Internet mail, usually from Parse
	Web    Channel = "web"    // a web form or ticket portal
	SMS    Channel = "sms"    // a text message; addresses are E.164 numbers
	Chat   Channel = "chat"   // live chat or a messaging app
	Social Channel = "social" // a social network's direct message or mention
	Letter Channel = "letter" // a scanned or transcribed paper letter
)

// String returns the channel's name; the zero value is "email".
func (c Channel) String() string {
	if c == "" {
		return string(Email)
	}
	return string(c)
}

// Address is a participant: a display name and an address. For e-mail the
// address is an addr-spec ("ana@example.com"); on other channels it is
// whatever identifies the participant there (an E.164 phone number, a chat
// handle, a postal reference).
type Address struct {
	Name    string
	Address string
}

// String formats the address for display: `Name <address>`, or the bare
// address when there is no name. It is not a MIME encoding; the Writer
// encodes addresses itself.
func (a Address) String() string {
	if a.Name == "" {
		return a.Address
	}
	if a.Address == "" {
		return a.Name
	}
	return a.Name + " <" + a.Address + ">"
}

// Field is one header field as it appeared in the message: its name as
// written and its value unfolded (line breaks inside the value removed) but
// otherwise undecoded. Values that held 8-bit bytes are converted to UTF-8.
type Field struct {
	Name  string
	Value string
}

// Header is the list of header fields in the order they appeared.
type Header []Field

// Get returns the value of the first field named key (case-insensitive), or
// "" when there is none.
func (h Header) Get(key string) string {
	for _, f := range h {
		if strings.EqualFold(f.Name, key) {
			return f.Value
		}
	}
	return ""
}

// Values returns the values of every field named key, in order.
func (h Header) Values(key string) []string {
	var vs []string
	for _, f := range h {
		if strings.EqualFold(f.Name, key) {
			vs = append(vs, f.Value)
		}
	}
	return vs
}

// Has reports whether a field named key is present.
func (h Header) Has(key string) bool {
	for _, f := range h {
		if strings.EqualFold(f.Name, key) {
			return true
		}
	}
	return false
}

// Message is one piece of inbound or outbound correspondence on any channel.
//
// E-mail comes from [Parse]; hosts build messages for other channels (and
// outbound mail) directly from their own fields. Every text field holds
// valid UTF-8. Identifiers (ID, InReplyTo, References) are canonical: no
// angle brackets, no surrounding space or comments.
type Message struct {
	Channel Channel

	ID         string   // Message-ID
	InReplyTo  []string // In-Reply-To, in order
	References []string // References, oldest first as written

	From    Address   // the author (the first From address)
	Sender  Address   // Sender, when present
	ReplyTo []Address // Reply-To
	To      []Address
	Cc      []Address
	Bcc     []Address // only on outbound mail and on copies that keep it

	Subject string // decoded

	// Date is the time the author's client says it wrote the message (the
	// Date header); zero when missing or unreadable. A date recovered from
	// a malformed header (one without a zone is taken as UTC) is kept, and
	// an ErrMalformedDate defect says it is a guess.
	Date time.Time
	// Received is when the host received the message. Parse sets it from
	// the newest Received header that carries a readable time; hosts that
	// know better overwrite it.
	Received time.Time

	// AutoSubmitted is the RFC 3834 Auto-Submitted value ("auto-replied",
	// "auto-generated", …), lower-cased; "" for mail written by a person.
	AutoSubmitted string

	// ContentType is the top-level media type ("multipart/report",
	// "text/plain"), lower-cased, without parameters; Report is the
	// report-type parameter of a multipart/report ("delivery-status").
	ContentType string
	Report      string

	// Language is the Content-Language the sender declared, if any.
	Language string

	Text string // plain-text body; from HTML when the mail had only HTML
	HTML string // HTML body, "" when none
	// Split separates the new text from quoted history, signature and forwarded content; Parse fills it from the HTML body when there is one, else from the text.
	Split Split

	// Attachments holds every part that is neither the text nor the HTML
	// body: files, inline images, forwarded messages, calendar invites,
	// delivery reports and alternative bodies in other formats.
	Attachments []*Attachment

	// Header holds every header field of the top-level entity, in order.
	Header Header

	// Defects records every non-fatal problem met while parsing. Each one
	// matches a kind with errors.Is (ErrUnknownCharset, ErrMalformedHeader, …).
	Defects []*Defect

	// Raw is the message exactly as it was read, for hosts that archive it.
	// Parse sets it; attachments of parsed messages refer into it.
	Raw []byte
}

// Attachment is a body part that is not the message's text or HTML body.
type Attachment struct {
	Filename    string            // decoded file name, "" when none was given
	ContentType string            // media type, lower-cased, without parameters
	Params      map[string]string // Content-Type parameters, keys lower-cased
	ContentID   string            // Content-ID without angle brackets
	Inline      bool              // shown in the body (Content-Disposition: inline or referenced by cid:)
	Size        int64             // decoded size in bytes
	Path        string            // position in the MIME tree, "1.2" style; "" when built by hand

	// Header holds the part's own header fields.
	Header Header

	data     []byte // decoded content, when the attachment was built in memory
	encoded  []byte // transfer-encoded content inside Message.Raw
	encoding int    // transfer encoding of encoded (enc… constants)
}

// NewAttachment returns an attachment that holds data in memory, for hosts
// building messages by hand.
func NewAttachment(filename, contentType string, data []byte) *Attachment {
	return &Attachment{
		Filename:    filename,
		ContentType: strings.ToLower(contentType),
		Size:        int64(len(data)),
		data:        data,
	}
}

// Open returns a reader of the attachment's decoded content. Content of
// parsed messages is decoded as it is read, so large attachments are never
// held twice in memory.
func (a *Attachment) Open() io.Reader {
	if a.encoded == nil {
		return bytes.NewReader(a.data)
	}
	return newTransferDecoder(a.encoded, a.encoding)
}

// Bytes returns the attachment's decoded content.
func (a *Attachment) Bytes() []byte {
	if a.encoded == nil {
		return a.data
	}
	buf := bytes.NewBuffer(make([]byte, 0, a.Size))
	_, _ = io.Copy(buf, a.Open()) // never fails: decoding is tolerant, and problems were recorded as defects
	return buf.Bytes()
}
