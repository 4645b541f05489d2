package review

import (
	"strings"
	"unicode/utf8"

	"github.com/cartero/cartero/template"
)

func (r *run) polite() {
	d := r.draft
	if len(d.words) == 0 {
		return
	}
	if d.greeting.empty() {
		r.add(Polite, "greeting", Warning, Draft, d.firstLine(), "", msgGreeting)
	}
	if d.closing.empty() {
		at := d.body.end
		r.add(Polite, "closing", Warning, Draft, span{at, at}, "", msgClosing)
	}
	if r.lang == "es" {
		r.register()
	}
	r.shouting()
	if r.complaint() {
		if n := d.bodyWords(); n < r.lim.CurtWords {
			r.add(Polite, "curt", Warning, Draft, d.body, "", msgCurt, n)
		}
	}
}

// Spanish forms that address the customer as tú (or vos) and as usted.
// Only forms that cannot be read otherwise are listed: "tiene" and "su"
// may be about anyone, "tienes" and "usted" only about the customer.
var (
	informalForms = set(
		"tu", "tus", "te", "ti", "contigo", "vos", "tuyo", "tuya", "tuyos", "tuyas",
		"puedes", "tienes", "quieres", "necesitas", "debes", "eres", "sabes", "haces", "vas", "has",
		"podras", "recibiras", "tendras", "veras", "quieras", "puedas", "tengas", "necesites", "hayas", "estes",
		"escribenos", "contactanos", "dinos", "cuentanos", "avisanos", "indicanos", "envianos", "llamanos",
		"mandanos", "confirmanos", "perdona", "dudes", "olvides", "preocupes", "haz",
		"podes", "tenes", "queres", "sos", "escribinos", "contanos", "decinos", "fijate",
		"podrias", "quisieras", "hiciste", "pediste", "compraste", "recibiste", "escribiste",
		"contactaste", "enviaste", "pagaste", "realizaste", "reservaste", "indicaste", "comentaste",
	)
	formalForms = set(
		"usted", "ustedes", "escribanos", "contactenos", "diganos", "cuentenos", "avisenos", "indiquenos",
		"envienos", "llamenos", "mandenos", "confirmenos", "disculpe", "perdone", "dude", "hagalo", "acerquese",
		"comuniquese", "dirijase", "pongase", "fijese", "asegurese", "preocupe",
	)
	// formalAfterLe are the verbs that, after "le", speak to the
	// customer as usted: "le pedimos disculpas", "le enviamos".
	formalAfterLe = set(
		"pedimos", "enviamos", "informamos", "confirmamos", "recordamos", "agradecemos", "ofrecemos",
		"reservamos", "devolvemos", "reintegramos", "escribimos", "adjuntamos", "esperamos", "deseamos",
		"mandamos", "damos", "explicamos", "recomendamos", "sugerimos", "invitamos", "llamamos", "avisamos",
		"aseguro", "aseguramos", "pido", "envio", "confirmo", "escribo", "adjunto", "agradezco", "comento",
		"comentamos", "indicamos", "indico", "solicitamos", "rogamos", "abonamos", "reembolsamos",
	)
	// formalOpeners are the verbs that, opening a sentence (or after
	// "sí,"), speak to the customer as usted: "Puede pasar…", "Tenga en
	// cuenta…".
	formalOpeners = set("puede", "tiene", "podra", "debe", "tenga", "recuerde", "consulte", "pase", "venga")
)

// thirdParty are the words after "a" that name someone other than the
// customer.
var thirdParty = set("tu", "su", "el", "la", "los", "las", "nuestro", "nuestra", "nuestros", "nuestras", "un", "una")

// formalAt reports whether word i of the draft speaks to the customer as
// usted by its place: after "le" ("le pedimos disculpas") or opening a
// sentence ("Puede cambiarla", "Sí, puede").
func (d *doc) formalAt(i int) bool {
	w := d.words[i]
	if formalAfterLe[w.norm] {
		if i == 0 || d.words[i-1].norm != "le" {
			return false
		}
		// "le mandamos la invitación a tu contador": someone else.
		for k := i + 1; k < min(i+7, len(d.words)-1); k++ {
			if n := d.words[k].norm; n == "al" || n == "a" && thirdParty[d.words[k+1].norm] {
				return false
			}
		}
		return true
	}
	if !formalOpeners[w.norm] {
		return false
	}
	before := strings.TrimRight(d.text[:w.start], " ")
	if i > 0 && d.words[i-1].norm == "si" {
		before = strings.TrimRight(d.text[:d.words[i-1].start], " ")
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || strings.ContainsRune(".!?:\n¡¿", last)
}

// register reports the words that address a Spanish-speaking customer in
// the wrong register, or in both.
func (r *run) register() {
	d := r.draft
	want := r.in.Customer.Register
	var firstInf, firstFor *word
	for i := range d.words {
		w := &d.words[i]
		if w.start < d.body.start && !d.greeting.empty() && w.start >= d.greeting.end {
			continue
		}
		if w.start >= d.body.end && len(d.sig) > 0 && w.start >= d.sig[0].start {
			break // the signature speaks of the agent
		}
		switch {
		case informalForms[w.norm] && firstInf == nil:
			if w.norm == "te" || w.norm == "tu" || w.norm == "ti" {
				// "te" and "tu" are also French and Portuguese, and "tu"
				// a typo of "su"; only count them in Spanish context.
				if i+1 < len(d.words) && (d.words[i+1].norm == "de" && w.norm == "ti") {
					continue
				}
			}
			firstInf = w
		case (formalForms[w.norm] || d.formalAt(i)) && firstFor == nil:
			if w.norm == "ustedes" {
				continue // plural of tú too in Latin America
			}
			firstFor = w
		}
	}
	switch {
	case want == template.Formal && firstInf != nil:
		r.add(Polite, "register", Warning, Draft, span{firstInf.start, firstInf.end}, "", msgRegisterFormal)
	case want == template.Informal && firstFor != nil:
		r.add(Polite, "register", Warning, Draft, span{firstFor.start, firstFor.end}, "", msgRegisterInformal)
	case want == template.DefaultRegister && firstInf != nil && firstFor != nil:
		w := firstInf
		if firstFor.start > w.start {
			w = firstFor
		}
		r.add(Polite, "register", Warning, Draft, span{w.start, w.end}, "", msgRegisterMixed)
	}
}

// shouting reports runs of words in capitals: two words or more with
// seven letters between them, one of them at least four long, or one
// word of six letters or more. Words with digits (codes) and the
// signature are left out.
func (r *run) shouting() {
	d := r.draft
	end := d.body.end
	if !d.closing.empty() {
		end = d.closing.end
	}
	var run []word
	flush := func() {
		if len(run) == 0 {
			return
		}
		letters, long := 0, 0
		for _, w := range run {
			letters += w.letters
			long = max(long, w.letters)
		}
		if len(run) >= 2 && letters >= 7 && long >= 4 || len(run) == 1 && letters >= 6 {
			r.add(Polite, "shouting", Warning, Draft, span{run[0].start, run[len(run)-1].end}, "", msgShouting)
		}
		run = run[:0]
	}
	for _, w := range d.words {
		if w.start >= end {
			break
		}
		caps := w.letters >= 1 && w.upper == w.letters && w.letters == utf8.RuneCountInString(d.text[w.start:w.end])
		if caps && w.letters == 1 && len(run) == 0 {
			caps = false // "A", "O", "I": a run does not start with one letter
		}
		if caps && len(run) > 0 && strings.ContainsAny(d.text[run[len(run)-1].end:w.start], ".!?\n:;") {
			flush()
		}
		if caps {
			run = append(run, w)
			continue
		}
		flush()
	}
	flush()
}
