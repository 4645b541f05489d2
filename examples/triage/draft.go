package main

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

// draftKey is the template triage drafts: the acknowledgement a help desk
// sends at once to a customer who wrote, promising the time of the answer
// from the SLA. The agent who takes the message writes the answer itself
// (templates "inquiry", "complaint" and the rest take the answer as data).
const draftKey = "acknowledgement"

// draft is the suggested reply to one message in -json output.
type draft struct {
	Key     string `json:"key"`
	Locale  string `json:"locale"`
	Subject string `json:"subject"`
	Text    string `json:"text"`
}

// drafter renders acknowledgements for the messages that need an answer.
type drafter struct {
	catalog template.Catalog
	agent   template.Agent
	brand   template.Brand
}

// newDrafter returns a drafter signing as agent ("First Last, Role"), for
// brand, writing in locale when nothing is known of the customer, in the
// zone of the business calendar. It returns nil when agent is empty:
// replies are signed by a person or not drafted.
func newDrafter(agent, brand, locale string, zone *time.Location) (*drafter, error) {
	if strings.TrimSpace(agent) == "" {
		return nil, nil
	}
	name, role, ok := strings.Cut(agent, ",")
	name, role = strings.TrimSpace(name), strings.TrimSpace(role)
	if !ok || name == "" || role == "" {
		return nil, errors.New(`-agent must be "First Last, Role"`)
	}
	first, last, _ := strings.Cut(name, " ")
	tag, err := language.Parse(locale)
	if err != nil {
		return nil, fmt.Errorf("-locale: %w", err)
	}
	c, err := template.Load(template.Builtin())
	if err != nil {
		return nil, err
	}
	return &drafter{
		catalog: c,
		agent:   template.Agent{FirstName: first, LastName: strings.TrimSpace(last), Role: role},
		brand:   template.Brand{Name: strings.TrimSpace(brand), Locale: tag, Zone: zone},
	}, nil
}

// needsAnswer reports whether a message is one a person must answer: a
// customer's complaint or inquiry, not automatic mail, not the desk's own
// reply, not thanks or a survey score.
func needsAnswer(r *record, inbound bool) bool {
	return inbound && r.Auto == nil && (r.Type == "complaint" || r.Type == "inquiry")
}

// draft renders the acknowledgement of m, promising the reply due in st.
// It returns nil when there is nothing to promise (no clock runs).
func (d *drafter) draft(m *correspondence.Message, r *record, st sla.Status) (*draft, error) {
	due := template.Due(st)
	if due.IsZero() {
		return nil, nil
	}
	sent := m.Date
	if sent.IsZero() {
		sent = m.Received
	}
	in := template.Input{
		Locale: template.Negotiate(d.catalog.Locales(draftKey), template.Preferences{
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
	out, err := template.Render(d.catalog, draftKey, in)
	if err != nil {
		return nil, err
	}
	return &draft{Key: out.Key, Locale: out.Locale.String(), Subject: out.Subject, Text: out.Text}, nil
}
