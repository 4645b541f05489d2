// Package mailgen generates synthetic mailboxes with the shapes real
// threading meets, for tests and benchmarks of package thread and of the
// stages after it.
//
// [Mailbox] returns the messages of a mailbox; [Generate] returns them
// with the conversation each belongs to. Both are deterministic: the same
// size and seed give the same messages. [Raw] writes a message as the
// mail file a client would have received, and [WriteMaildir] writes a
// whole mailbox as a Maildir, so that end-to-end tests can read the same
// mailbox from files.
//
// # Shapes
//
// About 7 % of the messages are singletons (a customer writes once), 60 %
// short exchanges between a customer and a shop (2 to 8 messages,
// replies in the customer's language: "RE:", "AW:", "RES:", "回复："), and
// 30 % long mailing-list threads (10 to 150 messages, deep). Among
// them, as in real mail:
//
//   - replies whose client sets only In-Reply-To (Outlook), only
//     References, or neither (subject-only replies, always between the
//     same people within a few days);
//   - messages that are referenced but missing (about 4 % of list mail
//     and 3 % of first messages of exchanges);
//   - References written newest first, trimmed to the first and last
//     identifiers, or naming the message itself; In-Reply-To rewritten
//     by a list archive;
//   - Date missing (Received only) or skewed by hours;
//   - a few cycles (messages answering each other), duplicates (the same
//     message delivered twice, sometimes with a list tag added to the
//     subject), X.400 Message-IDs and messages without a Message-ID;
//   - patch series whose first mail answers "<yes>" (git send-email's
//     prompt), and help-desk tools that reference a bare ticket
//     identifier, both shared by unrelated conversations;
//   - generic subjects ("Order status", "Estado del pedido") written by
//     many customers to the same shop.
//
// The conversation numbers in [Corpus] say what a careful threader can
// recover from the headers: every message of a conversation is linked to
// the others by references, by a bogus identifier together with the same
// author or subject, or by the same subject and people within a week.
package mailgen

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/cartero/cartero/correspondence"
)

// Corpus is a synthetic mailbox together with its conversations.
type Corpus struct {
	// Messages are in delivery order (by Received time).
	Messages []*correspondence.Message
	// Conversation[i] is the number of the conversation Messages[i]
	// belongs to. Numbers are arbitrary; equal numbers mean one
	// conversation.
	Conversation []int
}

// Mailbox returns a synthetic mailbox of n messages, the same for the
// same n and seed. See [Generate].
func Mailbox(n int, seed int64) []*correspondence.Message {
	return Generate(n, seed).Messages
}

// Generate returns a synthetic mailbox of n messages with the
// conversation of each, the same for the same n and seed.
func Generate(n int, seed int64) Corpus {
	g := newGen(n, seed)
	for len(g.out) < n {
		g.conversation()
	}
	// The last conversation may overrun n: its latest messages are cut,
	// which leaves the earlier ones linked.
	type item struct {
		m    *correspondence.Message
		conv int
	}
	items := make([]item, 0, n)
	for k, m := range g.out {
		items = append(items, item{m, g.conv[k]})
	}
	items = items[:n]
	slices.SortStableFunc(items, func(a, b item) int { return a.m.Received.Compare(b.m.Received) })
	c := Corpus{Messages: make([]*correspondence.Message, n), Conversation: make([]int, n)}
	for k, it := range items {
		c.Messages[k], c.Conversation[k] = it.m, it.conv
	}
	return c
}

// person is a correspondent.
type person struct {
	name, addr string
	lang       *language
	zone       *time.Location
}

func (p person) address() correspondence.Address {
	return correspondence.Address{Name: p.name, Address: p.addr}
}

// shop is a business that customers write to.
type shop struct {
	name, addr, domain string
	lang               *language
	agents             []string
	x400               bool // its gateway writes X.400 Message-IDs
}

// language holds what a client writing in one language puts in mail.
type language struct {
	reply    []string // reply prefixes, as clients write them
	subjects []string // "%d" is an order number; without it the subject is generic
	lines    []string // body sentences
	closing  string
}

var languages = []*language{
	{
		reply:    []string{"RE: ", "Re: ", "RE: RE: "},
		subjects: []string{"Pedido %d retrasado", "Devolución del pedido %d", "Factura del pedido %d", "Estado del pedido", "Cambio de dirección de envío", "Pedido %d incompleto"},
		lines:    []string{"Hola, les escribo por mi pedido.", "Todavía no he recibido el paquete.", "¿Podrían decirme cuándo llegará?", "Adjunto el comprobante de pago.", "Quedo atento a su respuesta."},
		closing:  "Saludos cordiales,",
	},
	{
		reply:    []string{"RES: ", "Re: ", "RES: RES: "},
		subjects: []string{"Encomenda %d não chegou", "Fatura da encomenda %d", "Status do pedido", "Troca do produto %d", "Reclamação sobre a entrega"},
		lines:    []string{"Olá, boa tarde.", "A encomenda ainda não chegou.", "Gostaria de saber o prazo de entrega.", "Segue em anexo a nota fiscal.", "Fico no aguardo."},
		closing:  "Atenciosamente,",
	},
	{
		reply:    []string{"Re: ", "RE: ", "Re[2]: "},
		subjects: []string{"Order %d not delivered", "Refund for order %d", "Order status", "Question about my invoice", "Wrong size in order %d"},
		lines:    []string{"Hello, I am writing about my order.", "The parcel has not arrived yet.", "Could you tell me when it will be delivered?", "I attach the receipt.", "Thanks in advance."},
		closing:  "Best regards,",
	},
	{
		reply:    []string{"AW: ", "AW: AW: ", "Re: "},
		subjects: []string{"Bestellung %d verspätet", "Rückerstattung %d", "Status meiner Bestellung"},
		lines:    []string{"Guten Tag,", "meine Bestellung ist noch nicht angekommen.", "Können Sie mir den Liefertermin nennen?", "Vielen Dank."},
		closing:  "Mit freundlichen Grüßen",
	},
	{
		reply:    []string{"回复：", "答复: ", "回复：回复："},
		subjects: []string{"订单 %d 未送达", "订单状态", "退款 %d"},
		lines:    []string{"您好，", "我的订单还没有到。", "请问什么时候发货？", "谢谢。"},
		closing:  "此致",
	},
	{
		reply:    []string{"Ответ: ", "Re: ", "RE: "},
		subjects: []string{"Заказ %d не доставлен", "Статус заказа", "Возврат %d"},
		lines:    []string{"Здравствуйте,", "мой заказ ещё не пришёл.", "Подскажите, пожалуйста, сроки доставки.", "Спасибо."},
		closing:  "С уважением,",
	},
	{
		reply:    []string{"ΑΠ: ", "ΣΧΕΤ: ", "Re: "},
		subjects: []string{"Παραγγελία %d", "Κατάσταση παραγγελίας"},
		lines:    []string{"Καλησπέρα σας,", "η παραγγελία μου δεν έχει φτάσει ακόμα.", "Ευχαριστώ."},
		closing:  "Με εκτίμηση,",
	},
	{
		reply:    []string{"R: ", "RIF: ", "Re: "},
		subjects: []string{"Ordine %d in ritardo", "Stato dell'ordine"},
		lines:    []string{"Buongiorno,", "il mio ordine non è ancora arrivato.", "Grazie."},
		closing:  "Cordiali saluti,",
	},
	{
		reply:    []string{"Odp: ", "Re: "},
		subjects: []string{"Zamówienie %d", "Status zamówienia"},
		lines:    []string{"Dzień dobry,", "moje zamówienie jeszcze nie dotarło.", "Dziękuję."},
		closing:  "Pozdrawiam,",
	},
	{
		reply:    []string{"SV: ", "Sv: ", "VS: "},
		subjects: []string{"Beställning %d", "Orderstatus"},
		lines:    []string{"Hej,", "min beställning har inte kommit.", "Tack."},
		closing:  "Vänliga hälsningar,",
	},
}

var (
	firstNames = []string{"Ana", "Luis", "María", "João", "Beatriz", "Carlos", "Lucía", "Pedro", "Emma", "Liam", "Jürgen", "Anna", "Wei", "Yuki", "Olga", "Nikos", "Giulia", "Zofia", "Erik", "Fatma", "Chloé", "Sofía"}
	lastNames  = []string{"García", "Silva", "Müller", "Smith", "Rossi", "Kowalska", "Ivanova", "Papadopoulos", "Andersson", "Yılmaz", "Dubois", "López", "Pereira", "Chen", "Tanaka", "O'Brien"}
	zones      = []*time.Location{
		time.FixedZone("", -3*3600), time.FixedZone("", -5*3600), time.FixedZone("", 1*3600),
		time.FixedZone("", 2*3600), time.FixedZone("", 8*3600), time.FixedZone("", 0),
		time.FixedZone("", -6*3600), time.FixedZone("", 3*3600), time.FixedZone("", 5*3600+1800),
	}
	topics = []string{
		"memory leak in the IMAP poller", "flaky test in the parser", "RFC: new plugin API",
		"build fails with Go tip", "proposal to drop the old config format", "crash on empty subject",
		"slow startup with large maildirs", "documentation for the SLA calendars", "wrong charset in replies",
	}
)

// gen is the state of one generation.
type gen struct {
	r     *rand.Rand
	out   []*correspondence.Message
	conv  []int
	nconv int
	seq   int

	start time.Time
	span  time.Duration

	customers []person
	members   []person
	shops     []shop
	lists     []string
	used      map[string]bool      // customer address + subject already used
	series    map[string]time.Time // author → the time of their last series
}

func newGen(n int, seed int64) *gen {
	g := &gen{
		r:      rand.New(rand.NewPCG(uint64(seed), 0x636172746572)),
		start:  time.Date(2023, 1, 2, 8, 0, 0, 0, time.UTC),
		used:   make(map[string]bool),
		series: make(map[string]time.Time),
	}
	days := max(30, n/250)
	g.span = time.Duration(days) * 24 * time.Hour
	g.customers = make([]person, max(50, n/4))
	for k := range g.customers {
		g.customers[k] = g.person(k, "example.com")
	}
	g.members = make([]person, max(20, n/60))
	for k := range g.members {
		g.members[k] = g.person(k, "dev.example.org")
	}
	g.shops = []shop{
		{name: "Tienda Sol", addr: "soporte@tiendasol.example", domain: "tiendasol.example", lang: languages[0], agents: []string{"Lucía Gómez", "Andrés Ruiz"}},
		{name: "Luz Paulista", addr: "atendimento@luzpaulista.example", domain: "luzpaulista.example", lang: languages[1], agents: []string{"Beatriz Costa"}},
		{name: "BrightLoop", addr: "support@brightloop.example", domain: "brightloop.example", lang: languages[2], agents: []string{"Sam Lee", "Priya Nair"}},
		{name: "Kaufhaus Nord", addr: "service@kaufhaus-nord.example", domain: "kaufhaus-nord.example", lang: languages[3], agents: []string{"Jonas Weber"}, x400: true},
	}
	g.lists = []string{"dev@lists.cartero.example", "users@lists.cartero.example", "general@lists.example.org"}
	return g
}

// person makes the k-th correspondent of a domain.
func (g *gen) person(k int, domain string) person {
	first := firstNames[g.r.IntN(len(firstNames))]
	last := lastNames[g.r.IntN(len(lastNames))]
	local := strings.ToLower(asciiOnly(first) + "." + asciiOnly(last))
	return person{
		name: first + " " + last,
		addr: fmt.Sprintf("%s%d@%s", local, k, domain),
		lang: languages[g.r.IntN(len(languages))],
		zone: zones[g.r.IntN(len(zones))],
	}
}

// asciiOnly keeps the ASCII letters of s.
func asciiOnly(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "x"
	}
	return b.String()
}

// chance reports true with probability p.
func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

// when returns a random second in the mailbox's span.
func (g *gen) when() time.Time {
	return g.start.Add(time.Duration(g.r.Int64N(int64(g.span/time.Second))) * time.Second)
}

// gap returns a pause between two messages of a conversation: minutes
// to max.
func (g *gen) gap(max time.Duration) time.Duration {
	d := time.Duration(g.r.ExpFloat64() * float64(max) / 4)
	return min(max, time.Minute+d).Truncate(time.Second)
}

// id returns a new Message-ID in one of the shapes clients write.
func (g *gen) id(domain string) string {
	g.seq++
	switch g.seq % 4 {
	case 0:
		return fmt.Sprintf("CA+%08x%06d@mail.gmail.example", g.r.Uint32(), g.seq)
	case 1:
		return fmt.Sprintf("%d.%x.%d@%s", 1672000000+g.seq, g.r.Uint32(), g.seq, domain)
	case 2:
		return fmt.Sprintf("AM%06dPR%08X@eurprd.prod.outlook.example", g.seq, g.r.Uint32())
	default:
		return fmt.Sprintf("%08x-%04x-%d@%s", g.r.Uint32(), g.r.Uint32N(1<<16), g.seq, domain)
	}
}

// x400 returns a new Message-ID written by an X.400 gateway.
func (g *gen) x400(s shop) string {
	g.seq++
	return fmt.Sprintf(`"/c=de/admd=400net/prmd=%s/o=service/s=weber/i=%d/"@mhs.%s`, strings.SplitN(s.domain, ".", 2)[0], g.seq, s.domain)
}

// message makes a message from from to to at t, delivered a little
// later.
func (g *gen) message(id string, from correspondence.Address, zone *time.Location, to []correspondence.Address, subject string, t time.Time) *correspondence.Message {
	return &correspondence.Message{
		Channel:  correspondence.Email,
		ID:       id,
		From:     from,
		To:       to,
		Subject:  subject,
		Date:     t.In(zone),
		Received: t.Add(time.Duration(5+g.r.IntN(600)) * time.Second).UTC(),
	}
}

// emit adds m to the mailbox as part of conversation conv, and now and
// then a second copy of it.
func (g *gen) emit(m *correspondence.Message, conv int, listTag string) {
	g.out = append(g.out, m)
	g.conv = append(g.conv, conv)
	if g.chance(0.005) {
		dup := *m
		dup.Received = m.Received.Add(time.Duration(1+g.r.IntN(90)) * time.Minute)
		if listTag != "" && !strings.HasPrefix(dup.Subject, listTag) {
			dup.Subject = listTag + " " + dup.Subject
		}
		g.out = append(g.out, &dup)
		g.conv = append(g.conv, conv)
	}
}

// reply sets m's threading headers as an answer to parent, as RFC 5322
// asks: References is the parent's References (or, without them, its
// single In-Reply-To) followed by the parent's Message-ID.
func reply(m, parent *correspondence.Message) {
	m.InReplyTo = []string{parent.ID}
	refs := parent.References
	if len(refs) == 0 && len(parent.InReplyTo) == 1 {
		refs = parent.InReplyTo
	}
	refs = slices.DeleteFunc(slices.Clone(refs), func(id string) bool { return id == parent.ID })
	m.References = append(refs, parent.ID)
}

// trim keeps the first identifier and the last keep-1 of long
// References, as some clients do.
func trim(refs []string, keep int) []string {
	if len(refs) <= keep {
		return refs
	}
	return append([]string{refs[0]}, refs[len(refs)-keep+1:]...)
}

// conversation adds one conversation of a randomly chosen kind.
func (g *gen) conversation() {
	g.nconv++
	conv := g.nconv
	switch x := g.r.Float64() * 100; {
	case x < 35:
		g.singleton(conv)
	case x < 93:
		g.exchange(conv, false)
	case x < 94.5:
		g.exchange(conv, true)
	case x < 99.2:
		g.listThread(conv)
	case x < 99.6:
		g.patchSeries(conv)
	default:
		g.cycle(conv)
	}
}

// subject returns a subject the customer has not used with this shop.
// Generic subjects are used once per customer and shop; the others carry
// an order number.
func (g *gen) subject(c person, s shop) string {
	for {
		tmpl := c.lang.subjects[g.r.IntN(len(c.lang.subjects))]
		subj := tmpl
		if strings.Contains(tmpl, "%d") {
			subj = fmt.Sprintf(tmpl, 1000+g.r.IntN(900000))
		}
		key := c.addr + "\x00" + s.addr + "\x00" + subj
		if !g.used[key] {
			g.used[key] = true
			return subj
		}
	}
}

// body returns a few sentences in the language, signed.
func (g *gen) body(l *language, name string, quote *correspondence.Message) string {
	var b strings.Builder
	for range 2 + g.r.IntN(4) {
		b.WriteString(l.lines[g.r.IntN(len(l.lines))])
		b.WriteString("\n")
	}
	b.WriteString("\n" + l.closing + "\n" + name + "\n")
	if quote != nil && quote.Text != "" {
		// The start of the parent's text, as clients quote it; only the
		// start, so that deep threads do not grow quadratically.
		fmt.Fprintf(&b, "\nOn %s, %s wrote:\n", quote.Date.Format(time.RFC1123Z), quote.From.String())
		for k, line := range strings.Split(strings.TrimRight(quote.Text, "\n"), "\n") {
			if k == 8 {
				b.WriteString("> [...]\n")
				break
			}
			b.WriteString("> " + line + "\n")
		}
	}
	return b.String()
}

// singleton is one message from a customer that nobody answers here.
func (g *gen) singleton(conv int) {
	c := g.customers[g.r.IntN(len(g.customers))]
	s := g.shops[g.r.IntN(len(g.shops))]
	id := g.id("example.com")
	if g.chance(0.03) {
		id = "" // a web form that sets no Message-ID
	}
	m := g.message(id, c.address(), c.zone, []correspondence.Address{{Name: s.name, Address: s.addr}}, g.subject(c, s), g.when())
	m.Text = g.body(c.lang, c.name, nil)
	g.emit(m, conv, "")
}

// exchange is a conversation between a customer and a shop. With ticket,
// the shop's help-desk tool references a bare ticket identifier instead
// of the messages.
func (g *gen) exchange(conv int, ticket bool) {
	c := g.customers[g.r.IntN(len(g.customers))]
	s := g.shops[g.r.IntN(len(g.shops))]
	base := g.subject(c, s)
	t := g.when()
	n := 2 + g.r.IntN(7)
	g.seq++
	ticketID := fmt.Sprintf("ticket-%d", g.seq)
	toShop := []correspondence.Address{{Name: s.name, Address: s.addr}}
	rootGone := !ticket && g.chance(0.03)
	var msgs []*correspondence.Message
	for k := range n {
		fromShop := k%2 == 1
		if k > 1 && g.chance(0.2) {
			fromShop = !fromShop // someone writes twice in a row
		}
		var m *correspondence.Message
		if fromShop {
			id := g.id(s.domain)
			if s.x400 && g.chance(0.5) {
				id = g.x400(s)
			}
			agent := s.agents[g.r.IntN(len(s.agents))]
			m = g.message(id, correspondence.Address{Name: agent + " (" + s.name + ")", Address: s.addr}, zones[0], []correspondence.Address{c.address()}, "", t)
			m.Text = g.body(s.lang, agent, nil)
		} else {
			m = g.message(g.id("example.com"), c.address(), c.zone, toShop, "", t)
			m.Text = g.body(c.lang, c.name, nil)
		}
		lang := c.lang
		if fromShop {
			lang = s.lang
		}
		m.Subject = base
		if k > 0 {
			m.Subject = lang.reply[g.r.IntN(len(lang.reply))] + base
			parent := msgs[len(msgs)-1]
			if k > 2 && g.chance(0.15) {
				parent = msgs[g.r.IntN(len(msgs))]
			}
			m.Text += "\n" + strings.Repeat("> ...\n", 2)
			switch x := g.r.Float64(); {
			case ticket:
				m.References = []string{ticketID}
				if !fromShop && g.chance(0.5) {
					m.InReplyTo = []string{parent.ID}
					m.References = []string{ticketID, parent.ID}
				}
			case x < 0.07 && !rootGone:
				// A client that writes no threading headers at all.
			case x < 0.17:
				m.InReplyTo = []string{parent.ID} // Outlook
			case x < 0.22:
				reply(m, parent)
				m.InReplyTo = nil
			default:
				reply(m, parent)
				m.References = trim(m.References, 10)
			}
		}
		msgs = append(msgs, m)
		if !(k == 0 && rootGone) {
			g.emit(m, conv, "")
		}
		t = t.Add(g.gap(72 * time.Hour))
	}
}

// listThread is a mailing-list discussion: deep, with the breakage list
// mail shows.
func (g *gen) listThread(conv int) {
	list := g.lists[g.r.IntN(len(g.lists))]
	tag := "[" + strings.SplitN(list, "@", 2)[0] + "]"
	to := []correspondence.Address{{Address: list}}
	g.seq++
	topic := fmt.Sprintf("%s %s (#%d)", tag, topics[g.r.IntN(len(topics))], g.seq)
	size := 10 + int(g.r.ExpFloat64()*30)
	size = min(size, 150)
	t := g.when()
	type node struct {
		m    *correspondence.Message
		gone bool
	}
	var nodes []node
	for k := range size {
		a := g.members[g.r.IntN(len(g.members))]
		m := g.message(g.id(strings.SplitN(a.addr, "@", 2)[1]), a.address(), a.zone, to, topic, t)
		m.Text = g.body(languages[2], a.name, nil)
		gone := g.chance(0.04)
		if k > 0 {
			// Mostly the latest message, else one of the recent ones:
			// deep threads with side branches.
			p := len(nodes) - 1
			if g.chance(0.4) {
				p = max(0, p-int(g.r.ExpFloat64()*4))
			}
			parent := nodes[p]
			m.Subject = "Re: " + topic
			m.Text = g.body(languages[2], a.name, parent.m)
			reply(m, parent.m)
			switch x := g.r.Float64(); {
			case x < 0.01:
				slices.Reverse(m.References) // newest first
			case x < 0.03:
				// The archive rewrote In-Reply-To.
				local := strings.SplitN(parent.m.ID, "@", 2)[0]
				m.InReplyTo = []string{local + "-Xq7sYw@public.gmane.example"}
			case x < 0.08 && !parent.gone:
				m.References = nil // Outlook
			case x < 0.2:
				m.References = trim(m.References, 5)
			case x < 0.203:
				m.References = append(m.References, m.ID) // itself
			}
			switch x := g.r.Float64(); {
			case x < 0.005:
				m.Date = time.Time{}
			case x < 0.015:
				m.Date = m.Date.Add(time.Duration(g.r.IntN(10)-5) * time.Hour)
			}
		}
		nodes = append(nodes, node{m, gone})
		if !gone {
			g.emit(m, conv, tag)
		}
		t = t.Add(g.gap(24 * time.Hour))
	}
}

// patchSeries is a series sent with git send-email to a list, its first
// mail answering "<yes>", and the reviews.
func (g *gen) patchSeries(conv int) {
	var a person
	t := g.when()
	for {
		a = g.members[g.r.IntN(len(g.members))]
		if last, ok := g.series[a.addr]; !ok || t.Sub(last).Abs() > 2*time.Hour {
			break
		}
	}
	g.series[a.addr] = t
	list := g.lists[0]
	to := []correspondence.Address{{Address: list}}
	g.seq++
	what := fmt.Sprintf("%s (#%d)", topics[g.r.IntN(len(topics))], g.seq)
	k := 2 + g.r.IntN(7)
	chained := g.chance(0.5) // patches answer the cover letter
	var patches []*correspondence.Message
	for i := 0; i <= k; i++ {
		m := g.message(fmt.Sprintf("%d-%d-%d-git-send-email-%s", 1700000000+g.seq, 4000+g.seq%1000, i+1, a.addr), a.address(), a.zone, to,
			fmt.Sprintf("[PATCH %d/%d] %s", i, k, what), t.Add(time.Duration(i)*7*time.Second))
		m.Text = "Signed-off-by: " + a.name + " <" + a.addr + ">\n---\n diff --git a/x b/x\n"
		m.InReplyTo = []string{"yes"}
		m.References = []string{"yes"}
		if chained && i > 0 {
			m.InReplyTo = []string{patches[0].ID}
			m.References = []string{"yes", patches[0].ID}
		}
		patches = append(patches, m)
		g.emit(m, conv, "")
	}
	for range g.r.IntN(7) {
		p := patches[g.r.IntN(len(patches))]
		rv := g.members[g.r.IntN(len(g.members))]
		m := g.message(g.id(strings.SplitN(rv.addr, "@", 2)[1]), rv.address(), rv.zone,
			[]correspondence.Address{a.address(), {Address: list}}, "Re: "+p.Subject, p.Date.Add(g.gap(48*time.Hour)))
		m.Text = g.body(languages[2], rv.name, p)
		reply(m, p)
		g.emit(m, conv, "")
	}
}

// cycle is two or three messages that each claim to answer the next: a
// client that wrote the wrong In-Reply-To.
func (g *gen) cycle(conv int) {
	list := g.lists[1]
	g.seq++
	topic := fmt.Sprintf("[users] %s (#%d)", topics[g.r.IntN(len(topics))], g.seq)
	t := g.when()
	n := 2 + g.r.IntN(2)
	ms := make([]*correspondence.Message, n)
	for k := range ms {
		a := g.members[g.r.IntN(len(g.members))]
		ms[k] = g.message(g.id("dev.example.org"), a.address(), a.zone, []correspondence.Address{{Address: list}}, "Re: "+topic, t)
		ms[k].Text = g.body(languages[2], a.name, nil)
		t = t.Add(g.gap(6 * time.Hour))
	}
	for k, m := range ms {
		m.InReplyTo = []string{ms[(k+n-1)%n].ID}
		m.References = []string{ms[(k+n-1)%n].ID}
		g.emit(m, conv, "")
	}
}
