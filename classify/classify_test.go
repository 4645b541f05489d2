package classify

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/cartero/cartero/correspondence"
)

// checkResult reports a broken invariant of a Result (the same checks as
// classifytest.Check, which this package cannot import).
func checkResult(t testing.TB, subject, text string, r Result) {
	t.Helper()
	var sum float64
	for _, ty := range Types {
		v := r.Scores.Of(ty)
		if !(v >= 0 && v <= 1) {
			t.Fatalf("score of %s = %v", ty, v)
		}
		sum += v
	}
	if sum < 0.999999 || sum > 1.000001 {
		t.Fatalf("scores add up to %v", sum)
	}
	if r.Confidence != r.Scores.Of(r.Type) {
		t.Fatalf("confidence %v, score of %s %v", r.Confidence, r.Type, r.Scores.Of(r.Type))
	}
	if r.Sentiment < -1 || r.Sentiment > 1 {
		t.Fatalf("sentiment %v", r.Sentiment)
	}
	for i, rs := range r.Reasons {
		field := text
		switch rs.Field {
		case InSubject:
			field = subject
		case InHeader:
			continue
		}
		if rs.Start < 0 || rs.End < rs.Start || rs.End > len(field) {
			t.Fatalf("reason %d %+v outside its field of %d bytes", i, rs, len(field))
		}
		if field[rs.Start:rs.End] != rs.Text {
			t.Fatalf("reason %d text %q, field has %q", i, rs.Text, field[rs.Start:rs.End])
		}
		if rs.Start < len(field) && (field[rs.Start]&0xC0) == 0x80 || rs.End < len(field) && (field[rs.End]&0xC0) == 0x80 {
			t.Fatalf("reason %d %+v not on rune boundaries", i, rs)
		}
	}
}

// TestBuiltin checks the built-in knowledge on messages written for this
// test (none of them is in the labelled set): the kinds of phrasing the
// package documents.
func TestBuiltin(t *testing.T) {
	tests := []struct {
		name, text string
		want       Type
	}{
		{"complaint as a question", "¿Por qué me cobraron dos veces? Es inaceptable.", Complaint},
		{"rhetorical question", "¿Cómo es posible que la fibra siga sin funcionar después de tres visitas?", Complaint},
		{"negated satisfaction es", "No estoy nada contento con la instalación.", Complaint},
		{"negated satisfaction en", "I'm not happy at all with how this was handled.", Complaint},
		{"negated satisfaction pt", "Não estou nada satisfeita com o serviço.", Complaint},
		{"typo", "El servicio tecnico es inaceptabel y estoy decepsionado.", Complaint},
		{"no accents", "es una verguenza, el pedido llego roto y nadie responde", Complaint},
		{"capitals", "QUIERO MI DINERO YA. NADIE ME CONTESTA.", Complaint},
		{"polite complaint", "Les agradecería que alguien me explicara por qué sigo sin línea después de dos semanas.", Complaint},
		{"sarcasm", "Thanks for nothing, the parcel is lost again.", Complaint},
		{"inquiry", "Hola, ¿me pueden decir cuándo llega mi paquete? Gracias.", Inquiry},
		{"inquiry en", "Could you send me a copy of my last invoice, please?", Inquiry},
		{"inquiry pt", "Gostaria de saber como faço para alterar a data da reserva.", Inquiry},
		{"inquiry with a past problem", "El mes pasado tuvieron que cambiarme el contador y quedó bien. ¿Cuándo pasan a leerlo?", Inquiry},
		{"negated complaint", "No es una queja, solo una pregunta: ¿abren el domingo?", Inquiry},
		{"survey", "Le doy un 3 de 10, el envío tardó mucho", Survey},
		{"survey lone score", "10", Survey},
		{"survey stars", "★★★★★ Excelente atención", Survey},
		{"survey en", "I'd give you a 9 out of 10, great support.", Survey},
		{"survey negative", "2/10. Terrible, the engineer never came.", Survey},
		{"polite redress es", "Me han cobrado dos veces la cuota de marzo. ¿Podrían devolverme el cargo duplicado, por favor?", Complaint},
		{"polite redress en", "The lamp I ordered arrived damaged. Could you please send a replacement?", Complaint},
		{"polite redress pt", "A cafeteira chegou quebrada e não liga. Podem enviar outra ou fazer o estorno, por favor?", Complaint},
		{"polite letter of complaint", "Buenas tardes. Compré una mesa el día 3 con entrega en 48 horas y, dos semanas después, " +
			"todavía no la he recibido. He llamado tres veces y nadie me da una fecha. Les ruego que me indiquen " +
			"cuándo llegará. Si no es posible, les pido que cancelen el pedido y me devuelvan el dinero.", Complaint},
		{"refund asked after own cancellation", "Cancelé mi reserva por un cambio de planes. ¿Cuánto tarda en llegar el reembolso a la tarjeta?", Inquiry},
		{"refund asked after a cancelled flight", "My flight was cancelled because of the storm. How do I request a refund?", Inquiry},
		{"thanks, then a question", "Muchas gracias por la ayuda. ¿La factura me llega por correo o la descargo de la web?", Inquiry},
		{"topic words alone", "Pedido 5531, factura, envío y cuenta.", Other},
		{"the business's reply es", "Gracias por contactarnos. Hemos revisado su pedido y le confirmamos que el reembolso " +
			"ya está en camino. Disculpe las molestias.", Other},
		{"the business's reply en", "Thanks for reaching out, and sorry for the inconvenience. We've refunded the late " +
			"delivery fee; it should show within five days.", Other},
		{"thanks", "Muchas gracias por todo, ya está resuelto.", Other},
		{"spam", "Exclusive offer! Click here to claim your prize, you have won.", Other},
		{"empty", "", Other},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Text(tt.text)
			checkResult(t, "", tt.text, r)
			if r.Type != tt.want {
				t.Errorf("Text(%q) = %s (%.2f), want %s; reasons %+v", tt.text, r.Type, r.Confidence, tt.want, r.Reasons)
			}
		})
	}
}

// TestNamesAreNoCues checks that a word written with a capital inside
// it is read as a name: "RapidEnvío" is no "rápido".
func TestNamesAreNoCues(t *testing.T) {
	r := Text("Lo envían con RapidEnvío o con FastBox, y pago con PayPal.")
	if len(r.Reasons) != 0 || r.Type != Other {
		t.Errorf("%s; reasons %+v", r.Type, r.Reasons)
	}
	if r := Text("Fue RÁPIDO y el trato, EXCELENTE."); r.Sentiment.String() != "positive" {
		t.Errorf("words in capitals are no names: sentiment %v, reasons %+v", r.Sentiment, r.Reasons)
	}
}

// TestPhrasesInOneSentence checks that a phrase does not run over the
// end of a sentence, and that a decimal point ends none.
func TestPhrasesInOneSentence(t *testing.T) {
	for _, c := range []struct {
		text, cue string
		want      bool
	}{
		{"I was charged $144.00 twice for one plan.", "charged .. twice", true},
		{"The plan was charged. Twice I asked for the invoice.", "charged .. twice", false},
		{"Me cobraron. Dos veces les escribí.", "cobr* .. dos veces", false},
	} {
		got := false
		for _, rs := range Text(c.text).Reasons {
			got = got || rs.Cue == c.cue
		}
		if got != c.want {
			t.Errorf("%q: cue %q found %v, want %v", c.text, c.cue, got, c.want)
		}
	}
}

// TestReplySubject checks that the subject of a reply counts for less:
// the thanks that answer "Re: Cobro duplicado" are no complaint.
func TestReplySubject(t *testing.T) {
	msg := &correspondence.Message{Subject: "Re: Cobro duplicado del pedido 4410",
		Text: "Ya lo he visto en el banco, muchas gracias por la rapidez."}
	if r := Message(msg); r.Type != Other {
		t.Errorf("%s (%.2f); reasons %+v", r.Type, r.Confidence, r.Reasons)
	}
	// A survey's question in the subject still makes a survey reply.
	msg = &correspondence.Message{Subject: "RE: ¿Qué tal fue tu compra? Valóranos del 0 al 10", Text: "Un 7."}
	if r := Message(msg); r.Type != Survey {
		t.Errorf("survey reply: %s; reasons %+v", r.Type, r.Reasons)
	}
}

// TestAutomaticIsOther checks that automatic mail is Other, whatever its
// words.
func TestAutomaticIsOther(t *testing.T) {
	raw := "From: Soporte <no-reply@tienda.example>\r\nTo: ana@correo.example\r\n" +
		"Subject: Hemos recibido su reclamación\r\nAuto-Submitted: auto-generated\r\n\r\n" +
		"Su reclamación por el cobro duplicado ha sido registrada. ¿Necesita algo más? Responderemos en 48 horas.\r\n"
	msg, err := correspondence.ParseBytes([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	r := Message(msg)
	checkResult(t, msg.Subject, TextOf(msg), r)
	if r.Auto == nil || r.Type != Other || r.Urgency != Low {
		t.Errorf("auto %+v, type %s, urgency %s; reasons %+v", r.Auto, r.Type, r.Urgency, r.Reasons)
	}
	if last := r.Reasons[len(r.Reasons)-1]; last.Field != InHeader || last.Type != Other || last.Weight <= 0 {
		t.Errorf("last reason %+v, want the automatic mail", last)
	}
}

func TestSentimentUrgency(t *testing.T) {
	if r := Text("Es inaceptable, estoy harto."); r.Sentiment.String() != "negative" {
		t.Errorf("complaint sentiment %v", r.Sentiment)
	}
	if r := Text("Excelente atención, muy contenta, gracias."); r.Sentiment.String() != "positive" {
		t.Errorf("praise sentiment %v", r.Sentiment)
	}
	if r := Text("Necesito que me activen la línea hoy mismo, es urgente."); r.Urgency != High {
		t.Errorf("urgent message: urgency %s", r.Urgency)
	}
	if r := Text("Muchas gracias por todo."); r.Urgency != Low {
		t.Errorf("thanks: urgency %s", r.Urgency)
	}
	if r := Text("¿Abren el sábado?"); r.Urgency != Normal {
		t.Errorf("question: urgency %s", r.Urgency)
	}
	msg := &correspondence.Message{Subject: "Consulta", Text: "¿Abren el sábado?",
		Header: correspondence.Header{{Name: "Importance", Value: "High"}}}
	r := Message(msg)
	if r.Urgency != High {
		t.Errorf("Importance: High: urgency %s", r.Urgency)
	}
	if last := r.Reasons[len(r.Reasons)-1]; last.Field != InHeader || !last.Urgent {
		t.Errorf("last reason %+v, want the header", last)
	}
}

// TestQuotedHistory checks that quoted history does not decide the type.
func TestQuotedHistory(t *testing.T) {
	raw := "From: Ana <ana@correo.example>\r\nTo: soporte@tiendasol.example\r\n" +
		"Subject: Re: Encuesta de satisfacción\r\nMessage-ID: <a@correo.example>\r\n\r\n" +
		"9\r\n\r\n" +
		"El lun, 23 nov 2026 a las 10:15, Soporte <soporte@tiendasol.example> escribió:\r\n" +
		"> Lamentamos que su pedido llegara roto y con retraso. ¿Cómo valora del 0 al 10\r\n" +
		"> la solución? Es inaceptable que esto pase, nos disculpamos.\r\n"
	msg, err := correspondence.ParseBytes([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if TextOf(msg) != "9" {
		t.Fatalf("TextOf = %q", TextOf(msg))
	}
	r := Message(msg)
	checkResult(t, msg.Subject, TextOf(msg), r)
	if r.Type != Survey {
		t.Errorf("type %s, want survey; reasons %+v", r.Type, r.Reasons)
	}
	for _, rs := range r.Reasons {
		if rs.Field == InText && rs.End > len(TextOf(msg)) {
			t.Errorf("reason %+v outside the new text", rs)
		}
	}
	// A message built by hand is split too.
	hand := &correspondence.Message{Text: "Gracias, ya lo tengo.\n\nOn Mon, 23 Nov 2026 at 10:15, Support <s@x.example> wrote:\n> Your refund is unacceptable late, we are sorry.\n> Really terrible.\n"}
	if got := Message(hand).Type; got != Other {
		t.Errorf("hand-built reply: %s, want other", got)
	}
}

func TestReasonsOrder(t *testing.T) {
	msg := &correspondence.Message{Subject: "Reclamación", Text: "Es inaceptable. ¿Hasta cuándo?",
		Header: correspondence.Header{{Name: "X-Priority", Value: "1 (Highest)"}}}
	r := Message(msg)
	checkResult(t, msg.Subject, TextOf(msg), r)
	last := -1
	for _, rs := range r.Reasons {
		o := fieldOrder[rs.Field]*1_000_000 + rs.Start
		if o < last {
			t.Fatalf("reasons out of order: %+v", r.Reasons)
		}
		last = o
	}
	if r.Reasons[0].Field != InSubject || r.Reasons[0].Text != "Reclamación" {
		t.Errorf("first reason %+v, want the subject", r.Reasons[0])
	}
}

func TestLanguage(t *testing.T) {
	tests := map[string]string{
		"¿Cuándo llega mi paquete?":             "es",
		"quiero saber donde esta mi pedido":     "es",
		"quero saber onde esta meu pedido":      "pt",
		"When will my parcel arrive?":           "en",
		"Quand est-ce que ma commande arrive ?": "fr",
		"Wann kommt meine Bestellung an?":       "de",
		"Quando arriva il mio ordine?":          "it",
		"ok":                                    Undetermined,
		"9":                                     Undetermined,
		"":                                      Undetermined,
		"taxi":                                  Undetermined,
	}
	for text, want := range tests {
		if got, conf := Language(text); got != want || conf < 0 || conf > 1 {
			t.Errorf("Language(%q) = %s, %v; want %s", text, got, conf, want)
		}
	}
}

func TestTextMarshal(t *testing.T) {
	for _, ty := range Types {
		b, err := ty.MarshalText()
		if err != nil || string(b) != ty.String() {
			t.Fatalf("%d: %q %v", ty, b, err)
		}
		var back Type
		if err := back.UnmarshalText(b); err != nil || back != ty {
			t.Errorf("%s: back %s, %v", ty, back, err)
		}
	}
	if _, err := ParseType("rant"); !errors.Is(err, ErrUnknownType) {
		t.Errorf("ParseType(rant) = %v", err)
	}
	if _, err := Type(9).MarshalText(); !errors.Is(err, ErrUnknownType) {
		t.Errorf("Type(9).MarshalText = %v", err)
	}
	for u := Urgency(0); u < numUrgencies; u++ {
		b, _ := u.MarshalText()
		var back Urgency
		if err := back.UnmarshalText(b); err != nil || back != u {
			t.Errorf("urgency %s: %v", u, err)
		}
	}
	for f := Field(0); f < numFields; f++ {
		b, _ := f.MarshalText()
		var back Field
		if err := back.UnmarshalText(b); err != nil || back != f {
			t.Errorf("field %s: %v", f, err)
		}
	}
	var u Urgency
	if err := u.UnmarshalText([]byte("asap")); !errors.Is(err, ErrUnknownUrgency) {
		t.Errorf("Urgency asap: %v", err)
	}
	var f Field
	if err := f.UnmarshalText([]byte("body")); !errors.Is(err, ErrUnknownField) {
		t.Errorf("Field body: %v", err)
	}
	if Type(9).String() != "Type(9)" || Urgency(9).String() != "Urgency(9)" || Field(9).String() != "Field(9)" {
		t.Error("String of unknown values")
	}
}

func TestResultJSON(t *testing.T) {
	raw := "From: MAILER-DAEMON@mx.example\r\nSubject: Undelivered Mail Returned to Sender\r\n\r\nsorry\r\n"
	msg, err := correspondence.ParseBytes([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	r := Message(msg)
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"type":"other"`, `"auto":{"kind":"bounce","reason":"From: MAILER-DAEMON@mx.example"`,
		`"language":`, `"sentiment":`, `"urgency":"low"`, `"scores":{"complaint":`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON %s lacks %s", b, want)
		}
	}
	var back Result
	if err := json.Unmarshal(b, &back); err != nil || back.Auto.Kind != Bounce || back.Type != r.Type {
		t.Errorf("round trip: %+v, %v", back, err)
	}
	b, _ = json.Marshal(Text("¿Por qué me cobraron dos veces? Es inaceptable."))
	if !strings.Contains(string(b), `"auto":null`) || !strings.Contains(string(b), `"type":"complaint"`) ||
		!strings.Contains(string(b), `"field":"text"`) {
		t.Errorf("JSON %s", b)
	}
}

func TestClassifyContext(t *testing.T) {
	var m Model
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := m.Classify(ctx, &correspondence.Message{Text: "hola"}); !errors.Is(err, context.Canceled) {
		t.Errorf("Classify with an ended context: %v", err)
	}
	r, err := m.Classify(context.Background(), nil)
	if err != nil || r.Type != Other {
		t.Errorf("Classify(nil) = %+v, %v", r, err)
	}
}

func TestMinConfidence(t *testing.T) {
	text := "Tengo un problema con la factura."
	loose := Model{MinConfidence: 0.01}
	strict := Model{MinConfidence: 0.99}
	a, b := loose.Text(text), strict.Text(text)
	if a.Type == Other {
		t.Fatalf("loose: %+v", a)
	}
	if b.Type != Other || b.Confidence != b.Scores.Other || b.Scores != a.Scores {
		t.Errorf("strict: %+v, loose %+v", b, a)
	}
}

func TestTypo(t *testing.T) {
	for _, c := range []struct {
		w, target string
		want      bool
	}{
		{"inaceptabel", "inaceptable", true}, {"decepsionado", "decepcionado", true},
		{"damaged", "damage", false}, {"complaints", "complaint", false}, {"inaceptables", "inaceptable", false},
		{"inacptable", "inaceptable", true}, {"inaceptable", "inaceptable", false},
	} {
		if got := typo(c.w, c.target); got != c.want {
			t.Errorf("typo(%q, %q) = %v", c.w, c.target, got)
		}
	}
}

func TestEditOne(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"inaceptable", "inaceptabel", true}, {"inaceptable", "inaceptble", true}, {"inaceptable", "inacceptable", true},
		{"inaceptable", "inaseptable", true}, {"inaceptable", "inaceptable", false}, {"inaceptable", "inacpetbale", false},
		{"abc", "abcde", false}, {"", "a", true},
	} {
		if got := editOne(c.a, c.b); got != c.want {
			t.Errorf("editOne(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

func TestTokenize(t *testing.T) {
	s := "¡PÉSIMO! Don’t 8/10 ★★ n.º 4471, São"
	toks := tokenize(nil, s)
	var got []string
	for _, tk := range toks {
		got = append(got, tk.norm)
		if s[tk.start:tk.end] == "" {
			t.Errorf("empty token %+v", tk)
		}
	}
	want := "e pesimo ! don't 8 / 10 * * n º 4471 sao"
	if strings.Join(got, " ") != want {
		t.Errorf("tokens %q, want %q", strings.Join(got, " "), want)
	}
	if !toks[1].caps || toks[4].num != 8 {
		t.Errorf("caps %v, num %d", toks[1].caps, toks[4].num)
	}
}

// TestTablesCompile checks every built-in phrase parses and that no
// phrase is listed twice with the same kind in one language.
func TestTablesCompile(t *testing.T) {
	lx := compile(tables)
	if lx.count < 1000 {
		t.Errorf("%d cues", lx.count)
	}
	for _, tb := range tables {
		seen := map[string]bool{}
		for _, e := range tb.entries {
			for _, p := range strings.Split(e.phrases, "|") {
				key := string(rune('0'+e.kind)) + strings.TrimSpace(p)
				if seen[key] {
					t.Errorf("%s: %q listed twice as kind %d", tb.lang, p, e.kind)
				}
				seen[key] = true
				if p != strings.TrimSpace(p) && !strings.HasSuffix(p, " ") {
					t.Errorf("%s: %q has stray space", tb.lang, p)
				}
			}
		}
	}
}

// TestTokenHash checks that the hash tokenize computes is the wordKey of
// the folded form, which the lookups rely on.
func TestTokenHash(t *testing.T) {
	for _, tk := range tokenize(nil, "¿Qué TAL? Don’t ñandú 8/10 ★ straße İstanbul") {
		if want := wordKey(tk.norm); tk.hash != want {
			t.Errorf("token %q: hash %x, want %x", tk.norm, tk.hash, want)
		}
	}
}

func TestDeclaredLanguage(t *testing.T) {
	if got := Message(&correspondence.Message{Text: "9", Language: "pt-BR"}).Language; got != "pt" {
		t.Errorf("short text with Content-Language pt-BR: %q", got)
	}
	if got := Message(&correspondence.Message{Text: "9", Language: "nl"}).Language; got != Undetermined {
		t.Errorf("short text with Content-Language nl: %q", got)
	}
	if got := Message(&correspondence.Message{Text: "¿Cuándo llega mi paquete?", Language: "en"}).Language; got != "es" {
		t.Errorf("Spanish text declared English: %q", got)
	}
}
