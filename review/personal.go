package review

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cartero/cartero/internal/fold"
)

func (r *run) personal() {
	d := r.draft
	if len(d.words) == 0 {
		return
	}
	if name := r.customerName(); name != "" && !r.namesCustomer(name) {
		sp := d.greeting
		if sp.empty() {
			sp = d.firstLine()
		}
		r.add(Personal, "name", Warning, Draft, sp, "", msgName, name)
	}
	r.signature()
}

// customerName returns the customer's name: the input's, or the display
// name of the message's sender, or of the conversation's customer.
func (r *run) customerName() string {
	c := r.in.Customer
	if c.Name != "" || c.GivenName != "" {
		return strings.TrimSpace(c.Name + " " + c.GivenName)
	}
	if m := r.in.Message; m != nil && m.From.Name != "" {
		return m.From.Name
	}
	if m := r.in.Message; m != nil && m.From.Address != "" {
		for i := len(r.in.Conversation) - 1; i >= 0; i-- {
			c := r.in.Conversation[i]
			if c != nil && c.From.Name != "" && strings.EqualFold(c.From.Address, m.From.Address) {
				return c.From.Name
			}
		}
	}
	return ""
}

// namesCustomer reports whether the draft uses a part of name of two
// letters or more (a given name, a surname) outside the signature.
func (r *run) namesCustomer(name string) bool {
	parts := strings.FieldsFunc(fold.String(name), func(r rune) bool { return !fold.IsWordRune(r) && r != '\'' })
	d := r.draft
	for _, w := range d.words {
		if len(d.sig) > 0 && w.start >= d.sig[0].start {
			break
		}
		for _, p := range parts {
			if utf8.RuneCountInString(p) >= 2 && w.norm == p {
				return true
			}
		}
	}
	return false
}

// signature reports a draft that is not signed by a named person with a
// role.
func (r *run) signature() {
	d := r.draft
	if len(d.sig) == 0 {
		at := d.lastLine()
		r.add(Personal, "unsigned", Warning, Draft, span{at.end, at.end}, "", msgUnsigned)
		return
	}
	person, role, team := -1, false, false
	for i, l := range d.sig {
		line := d.text[l.start:l.end]
		if contactLine(line) {
			continue
		}
		head, tail := cutRole(line)
		hw := words(nil, head, 0)
		lw := words(nil, line, 0)
		switch {
		case person < 0 && !team && personName(head, hw):
			// "Lucía Romero, Atención al cliente": the role shares the line.
			person = i
			role = tail != "" && !allCompany(words(nil, tail, 0))
		case person < 0:
			// "Equipo de Soporte", or a company's name alone: "Notaría
			// Pública 112 de Monterrey".
			team = team || hasWord(lw, lexicon.team) || len(lw) > 1 && (hasWord(lw, lexicon.company) || properName(line, lw))
		case hasWord(lw, lexicon.role) || len(lw) == 1 && agentNoun(lw[0].norm) ||
			len(hw) > 0 && !hasWord(hw, lexicon.company) && (tail != "" || !properName(head, hw)):
			// "Atención al cliente · Tienda Sol", "Personal Banker,
			// Crescent Bank": a line under the name that is not only the
			// company's name, nor a line of capitalised words alone with
			// no role in it ("Bicis Gràcia", "Marmoraria Pedra Forte").
			role = true
		}
	}
	last := d.sig[len(d.sig)-1]
	sigSpan := span{d.sig[0].start, last.end}
	switch {
	case person < 0 && team:
		r.add(Personal, "team", Warning, Draft, sigSpan, "", msgTeam)
	case person < 0:
		r.add(Personal, "unsigned", Warning, Draft, sigSpan, "", msgUnsigned)
	case !role:
		r.add(Personal, "role", Info, Draft, d.sig[person], "", msgRole)
	}
}

// agentSuffixes end the nouns of a trade: "Restaurador", "Estofador",
// "Cerrajero", "Florista", "Carpinteiro", "Therapist", "Electrician".
var agentSuffixes = []string{"dor", "dora", "ista", "ero", "eiro", "eira", "ist", "ician", "ologo", "ologa",
	"euta"}

// agentNoun reports whether a folded word names someone by their trade.
// A line under the signer's name that is only such a word is their role;
// a company's name of one word rarely is one.
func agentNoun(w string) bool {
	for _, s := range agentSuffixes {
		if len(w) > len(s)+2 && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// cutRole splits "Lucía Romero, Atención al cliente" (or with "|", "·",
// " - ", " – ") into the name and the role.
func cutRole(line string) (head, tail string) {
	for _, sep := range []string{",", " | ", "|", " · ", " - ", " – ", " — ", " / "} {
		if i := strings.Index(line, sep); i > 0 {
			return strings.TrimSpace(line[:i]), strings.TrimSpace(line[i+len(sep):])
		}
	}
	return strings.TrimSpace(line), ""
}

// personName reports whether a signature line (its part before a role)
// is a person's name: one to four words with capitals, that start with
// a given name or hold no word of a team or a company.
func personName(line string, ws []word) bool {
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	if lexicon.names[ws[0].norm] && !(len(ws) > 1 && lexicon.team[ws[1].norm]) {
		return true
	}
	if !properName(line, ws) {
		return false
	}
	if w := ws[0]; len(ws) == 1 && w.upper == w.letters && w.letters > 1 {
		return false // "ACME"
	}
	if hasWord(ws, lexicon.team) || hasWord(ws, lexicon.company) || hasWord(ws, lexicon.role) {
		return false
	}
	if _, ok := lexicon.closing.prefix(ws); ok {
		return false
	}
	return true
}

// properName reports whether every word of a line, particles aside,
// starts with a capital.
func properName(line string, ws []word) bool {
	for _, w := range ws {
		first, _ := utf8.DecodeRuneInString(line[w.start:])
		if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !particles[w.norm] {
			return false
		}
	}
	return len(ws) > 0
}

// particles are the small words inside names: "María de la Fuente".
var particles = set("de", "da", "do", "dos", "das", "del", "la", "van", "von", "y", "e")

// contactLine reports whether a signature line gives a way to reach
// someone: a phone number, an address, a web page.
func contactLine(line string) bool {
	if strings.ContainsAny(line, "@") || strings.Contains(line, "://") || strings.Contains(strings.ToLower(line), "www.") {
		return true
	}
	digits := 0
	for i := 0; i < len(line); i++ {
		if line[i] >= '0' && line[i] <= '9' {
			digits++
		}
	}
	return digits >= 6
}

// allCompany reports whether every word but particles is a company's.
func allCompany(ws []word) bool {
	for _, w := range ws {
		if !lexicon.company[w.norm] && !particles[w.norm] {
			return false
		}
	}
	return len(ws) > 0
}

func hasWord(ws []word, m map[string]bool) bool {
	for _, w := range ws {
		if m[w.norm] {
			return true
		}
	}
	return false
}
