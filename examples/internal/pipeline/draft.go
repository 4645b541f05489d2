package pipeline

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/sla"
	"github.com/cartero/cartero/template"
)

// DraftKey is the template a Drafter renders: the acknowledgement a help
// desk sends at once to a customer who wrote, promising the time of the
// answer from the SLA. The agent who takes the message writes the answer
// itself (templates "inquiry", "complaint" and the rest take the answer as
// data).
const DraftKey = "acknowledgement"

// ErrAgent is returned by NewDrafter for an agent that is not written as
// "First Last, Role".
var ErrAgent = errors.New(`pipeline: agent must be "First Last, Role"`)

// Drafter renders acknowledgements for the messages that need an answer. It
// is safe for concurrent use.
type Drafter struct {
	catalog template.Catalog
	agent   template.Agent
	brand   template.Brand
}

// NewDrafter returns a Drafter signing as agent ("First Last, Role"), for
// brand, writing in locale (a BCP 47 tag) when nothing is known of the
// customer, in zone, the zone of the business calendar. It returns nil, nil
// when agent is empty: replies are signed by a person or not drafted.
func NewDrafter(agent, brand, locale string, zone *time.Location) (*Drafter, error) {
	if strings.TrimSpace(agent) == "" {
		return nil, nil
	}
	name, role, ok := strings.Cut(agent, ",")
	name, role = strings.TrimSpace(name), strings.TrimSpace(role)
	if !ok || name == "" || role == "" {
		return nil, ErrAgent
	}
	first, last, _ := strings.Cut(name, " ")
	tag, err := language.Parse(locale)
	if err != nil {
		return nil, fmt.Errorf("pipeline: locale: %w", err)
	}
	c, err := template.Load(template.Builtin())
	if err != nil {
		return nil, err
	}
	return &Drafter{
		catalog: c,
		agent:   template.Agent{FirstName: first, LastName: strings.TrimSpace(last), Role: role},
		brand:   template.Brand{Name: strings.TrimSpace(brand), Locale: tag, Zone: zone},
	}, nil
}

// needsAnswer reports whether a message is one a person must answer: a
// customer's complaint or inquiry, not automatic mail, not the desk's own
// reply, not thanks or a survey score.
func needsAnswer(r *Record, inbound bool) bool {
	return inbound && r.Auto == nil && (r.Type == "complaint" || r.Type == "inquiry")
}

// draft renders the acknowledgement of m, promising the reply due in st.
// It returns nil when there is nothing to promise (no clock runs).
func (d *Drafter) draft(m *correspondence.Message, r *Record, st sla.Status) (*Draft, error) {
	due := template.Due(st)
	if due.IsZero() {
		return nil, nil
	}
	sent := m.Date
	if sent.IsZero() {
		sent = m.Received
	}
	in := template.Input{
		Locale: template.Negotiate(d.catalog.Locales(DraftKey), template.Preferences{
			Detected: r.Language,
			Declared: m.Language,
			Default:  d.brand.Locale,
		}),
		Customer: template.Customer{Name: m.From.Name},
		Agent:    d.agent,
		Brand:    d.brand,
		Subject:  m.Subject,
		Due:      due,
		Now:      sent,
		Data:     map[string]any{"type": r.Type},
	}
	out, err := template.Render(d.catalog, DraftKey, in)
	if err != nil {
		return nil, err
	}
	return &Draft{Key: out.Key, Locale: out.Locale.String(), Subject: out.Subject, Text: out.Text}, nil
}
