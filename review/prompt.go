package review

import (
	"regexp"
	"strings"
	"time"

	"github.com/cartero/cartero/internal/when"
	"github.com/cartero/cartero/sla"
)

func (r *run) prompt() {
	r.targets()
	r.promises()
}

// targets reports, for each SLA target that this reply meets, whether it
// is met in time and by how much.
func (r *run) targets() {
	st := r.in.Status
	if st == nil || r.in.Now.IsZero() {
		return
	}
	for _, m := range st.Metrics {
		switch m.Metric {
		case sla.FirstReply, sla.NextReply, sla.PeriodicUpdate:
		case sla.Resolution:
			if !r.in.Resolved {
				continue
			}
		default:
			continue
		}
		name := metricNames[m.Metric.String()].in(r.ui)
		switch m.State {
		case sla.Breached:
			late := r.in.Now.Sub(m.Due)
			if m.Business && r.in.Calendar != nil {
				late = r.in.Calendar.Elapsed(m.Due, r.in.Now)
			}
			r.add(Prompt, "late", Error, Draft, span{}, "", msgLate, duration(late), name, r.moment(m.Due))
		case sla.Active:
			r.add(Prompt, "on-time", Info, Draft, span{}, "", msgOnTime, name, duration(m.Remaining))
		}
	}
}

// moment writes t for a message: the date and time in t's zone.
func (r *run) moment(t time.Time) string { return t.Format("2006-01-02 15:04 MST") }

// promises reports the times the draft promises that the business
// calendar cannot keep: already past, on a day or at an hour it is
// closed, or leaving less than PromiseLead of business time; and those
// later than the resolution target, which the reply leaves running.
func (r *run) promises() {
	now := r.in.Now
	if now.IsZero() {
		return
	}
	cal := r.in.Calendar
	if cal != nil && cal.Location != nil {
		now = now.In(cal.Location)
	}
	d := r.draft
	body := d.text[d.body.start:d.body.end]
	var theirs []when.Expr // the customer's times, read when a draft's time needs them
	read := false
	for _, e := range when.Find(body, now, r.lang) {
		sp := span{d.body.start + e.Start, d.body.start + e.End}
		from, to := e.From, e.To
		if !r.commits(sp) || from.Sub(now) > promiseHorizon || e.Deadline && isDigitByte(d.text[sp.start]) || r.hours(sp) ||
			r.customersDay(e, body, func() []when.Expr {
				if !read {
					theirs, read = when.Find(r.customer, now, r.lang), true
				}
				return theirs
			}) {
			// Not the business's promise: what happened, what the
			// customer is asked to do, how long something takes, an
			// event months away, opening hours, or the day the
			// customer chose.
			continue
		}
		switch {
		case e.BusinessDays > 0:
			continue // business days are the calendar's own
		case e.Business > 0:
			// Business hours are kept by the calendar, unless there are
			// too few of them.
			if e.Business < r.lim.PromiseLead {
				r.add(Prompt, "promise", Error, Draft, sp, "", msgPromiseShort, duration(e.Business))
			}
			continue
		case !e.Deadline && !to.After(now):
			continue // a day gone by tells what happened, it promises nothing
		case !e.Deadline && cal != nil && (from.Equal(to) && !cal.Open(from) || !from.Equal(to) && cal.Elapsed(maxTime(from, now), to) <= 0):
			// An hour, or a day, at which the business is closed.
			r.add(Prompt, "promise", Error, Draft, sp, "", msgPromiseClosed)
			continue
		case e.Deadline && !to.After(now):
			r.add(Prompt, "promise", Error, Draft, sp, "", msgPromisePast)
			continue
		case e.Deadline:
			open := to.Sub(now)
			if cal != nil {
				open = cal.Elapsed(now, to)
			}
			if open < r.lim.PromiseLead {
				r.add(Prompt, "promise", Error, Draft, sp, "", msgPromiseShort, duration(open))
				continue
			}
		}
		if st := r.in.Status; st != nil {
			for _, m := range st.Metrics {
				if m.Metric != sla.Resolution || r.in.Resolved || m.State != sla.Active || m.Due.IsZero() {
					continue
				}
				if from.After(m.Due) {
					name := metricNames[m.Metric.String()].in(r.ui)
					r.add(Prompt, "promise", Warning, Draft, sp, "", msgPromiseLate, name, r.moment(m.Due))
					break
				}
			}
		}
	}
}

// customersDay reports whether e, a whole day of the draft's body,
// is a date the customer wrote first, in figures: "Ya te apartamos el
// 12 de diciembre" books the customer's party on the day of it, and
// promises nothing of the business's own time. Days without figures
// ("mañana", "el sábado") count from when each was written, so the
// customer's may not be the draft's.
func (r *run) customersDay(e when.Expr, body string, theirs func() []when.Expr) bool {
	if e.Deadline || e.Business > 0 || e.From.Equal(e.To) || !hasDigit(body[e.Start:e.End]) {
		return false
	}
	for _, c := range theirs() {
		// The customer's "para el 12 de diciembre" ends where the day does.
		if c.Business == 0 && c.To.Equal(e.To) && hasDigit(r.customer[c.Start:c.End]) {
			return true
		}
	}
	return false
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigitByte(s[i]) {
			return true
		}
	}
	return false
}

// promiseHorizon is how far ahead a time can be to be a promise about
// this conversation: a date months away is an event's.
const promiseHorizon = 31 * 24 * time.Hour

// commits reports whether the clause around sp commits the business: a
// verb in the future ("le responderemos", "recibirá", "we'll", "will",
// "vamos", "receberá"), one in the present that promises ("le enviamos",
// "te lo mando", "envio-lhe"), a new date set ("hemos reprogramado",
// "reagendamos", "we've rebooked"), what someone can do for the customer
// ("Dr. Patel can see you"), or a deadline phrase. The clause runs
// between colons and semicolons, and commas before "y", "and", "con"…:
// "ya identificamos el problema: surgió el martes por la noche" commits
// to nothing on Tuesday.
func (r *run) commits(sp span) bool {
	d := r.draft
	for _, s := range d.sents {
		if s.end < sp.start || s.start > sp.end {
			continue
		}
		from, to := r.clauseIn(s, sp)
		ws := d.wordsIn(s)
		for k, w := range ws {
			if w.start >= from && w.end <= to && promising(d.text, ws, k) {
				return true
			}
		}
	}
	return false
}

// promising reports whether ws[k], a word of text, commits the business:
// see commits.
func promising(text string, ws []word, k int) bool {
	w := ws[k]
	written := text[w.start:w.end]
	if future[w.norm] && !pastTense(written) || w.norm == "can" && offers(ws, k) {
		return true
	}
	for _, p := range rescheduling {
		if strings.HasPrefix(w.norm, p) {
			return true
		}
	}
	if notPromising[w.norm] || k > 0 && negations[ws[k-1].norm] || pastTense(written) {
		return false
	}
	for _, suf := range futureEndings {
		if strings.HasSuffix(written, suf) && len(written) > len(suf)+1 {
			return true
		}
	}
	return false
}

// rangeStart is the start of a range of hours just before the end the
// time found is: "das 7h30 às 18h", "from 9 to 5", "entre as 14h00 e
// as 18h00", "between 1 and 3 p.m.".
var rangeStart = regexp.MustCompile(`(?i)(?:^|\s)(?:(?:de|das|desde|from)\s+|(?:entre|between)\s+(?:(?:as|las|la|the)\s+)?)\d{1,2}(?:[:h.]\d{2})?\s*(?:h|am|pm|a\.m\.|p\.m\.)?\s*(?:(?:e|y|and|-|–)\s*)?$`)

// recurring are the words of days that come back: "until 10.30 on
// Saturdays", "aos sábados", "every day".
var recurring = set("saturdays", "sundays", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "weekends",
	"weekdays", "every", "daily", "sabados", "domingos", "segundas", "tercas", "quartas", "quintas", "sextas",
	"diariamente", "cada")

// hours reports whether the time at sp is the end of a range of hours
// with no day ("das 7h30 às 18h"), or hours on days that come back
// ("we'll serve it until 10.30 on Saturdays"): when the business is
// open, not a promise.
func (r *run) hours(sp span) bool {
	d := r.draft
	if rangeStart.MatchString(d.text[max(0, sp.start-24):sp.start]) {
		return true
	}
	from, to := r.clause(sp)
	for _, w := range d.words {
		if w.start >= from && w.end <= to && recurring[w.norm] {
			return true
		}
	}
	return false
}

// clause returns the bounds of the clause of the sentence that holds sp.
func (r *run) clause(sp span) (from, to int) {
	for _, s := range r.draft.sents {
		if s.end >= sp.start && s.start <= sp.end {
			return r.clauseIn(s, sp)
		}
	}
	return sp.start, sp.end
}

// clauseIn returns the bounds of the clause of sentence s around sp.
func (r *run) clauseIn(s, sp span) (from, to int) {
	text := r.draft.text
	from, to = s.start, s.end
	if i := lastClauseBreak(text[s.start:max(s.start, sp.start)]); i >= 0 {
		from = s.start + i + 1
	}
	end := min(sp.end, s.end)
	if i := clauseBreak(text[end:s.end]); i >= 0 {
		to = end + i
	}
	return from, to
}

// clauseJoins are the words that, after a comma, start a clause of its
// own: "enviamos fotos todos los días, y puede llamarnos entre las 9 y
// las 19" promises nothing at 19.
var clauseJoins = []string{"y", "e", "and", "but", "pero", "mas", "con", "com", "with"}

// clauseBreak returns the offset in s of the first colon, semicolon or
// comma before a clause's join, -1 when there is none.
func clauseBreak(s string) int {
	for i := 0; i < len(s); i++ {
		if joinsAt(s, i) {
			return i
		}
	}
	return -1
}

// lastClauseBreak is clauseBreak from the end of s.
func lastClauseBreak(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if joinsAt(s, i) {
			return i
		}
	}
	return -1
}

func joinsAt(s string, i int) bool {
	switch s[i] {
	case ':', ';':
		return true
	case ',':
		rest := strings.TrimLeft(s[i+1:], " ")
		for _, j := range clauseJoins {
			if w, ok := strings.CutPrefix(rest, j); ok && (w == "" || w[0] == ' ') {
				return true
			}
		}
	}
	return false
}

// future are the words of a commitment; futureEndings the endings of
// the Spanish and Portuguese future tense, accents included, and of the
// present that promises ("le enviamos mañana"); rescheduling the stems
// of the verbs that set a new date.
var (
	future = set("will", "we'll", "i'll", "you'll", "it'll", "shall", "going", "vamos", "voy", "vou", "vai", "van",
		"va", "compromiso", "comprometemos", "promise", "guarantee", "garantizamos", "garantimos",
		"mando", "envio", "llamo", "ligo", "respondo", "confirmo", "aviso", "escribo", "escrevo", "paso", "passo",
		"marco", "hablo", "falo", "pasa", "passa")
	futureEndings = []string{"rá", "rán", "remos", "ré", "rás", "réis", "rão", "rei", "amos", "emos", "imos"}
	rescheduling  = []string{"reagend", "reprogram", "rebook", "reschedul", "agendamos", "programamos"}
	// notPromising are verbs in the present that regret, thank, remind
	// or understand: "Sentimos lo que pasó el domingo" promises nothing
	// on Sunday.
	notPromising = set("sentimos", "lamentamos", "pedimos", "agradecemos", "entendemos", "comprendemos",
		"compreendemos", "sabemos", "recordamos", "lembramos", "creemos", "cremos", "vemos")
)

// negations, just before a verb, make it promise nothing: "Sábado não
// conseguimos", "el domingo no abrimos".
var negations = set("no", "nao", "not", "never", "nunca")

// pastTense reports whether a Spanish verb is in the imperfect, whose
// "-íamos" and "-ábamos" end as the present's "-amos" does ("Ese sábado
// teníamos dos eventos"), or in the preterite, which folds to a present
// that promises ("lo que pasó el domingo", "envió"): it tells what
// happened. The conditional ("podríamos") offers, and stays a promise.
func pastTense(w string) bool {
	return strings.HasSuffix(w, "ábamos") || strings.HasSuffix(w, "íamos") && !strings.HasSuffix(w, "ríamos") ||
		strings.HasSuffix(w, "ó")
}

// offers reports whether the "can" at ws[k] offers the customer
// something: "Dr. Patel can see you", not "you can call" or "holders can
// use the bays".
func offers(ws []word, k int) bool {
	if k > 0 && ws[k-1].norm == "you" {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+3; j++ {
		if ws[j].norm == "you" {
			return true
		}
	}
	return false
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
