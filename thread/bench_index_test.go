package thread_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/thread"
)

// benchMessages is the size of the benchmark mailbox: a month of mail of
// a mid-sized help desk.
const benchMessages = 100_000

const benchMX = "mx.tiendasol.example"

var benchKeys = thread.MustKeyRing(thread.Key{ID: "A", Secret: []byte("benchmark secret, 32 bytes long.")})

func benchIndex() *thread.Index {
	return &thread.Index{
		Store:       new(thread.MemStore),
		Keys:        benchKeys,
		AuthServIDs: []string{benchMX},
		Agent:       func(a string) bool { return strings.HasSuffix(a, "@tiendasol.example") },
	}
}

// benchEvent is one message of a synthetic help desk's month.
type benchEvent struct {
	conv     int       // the conversation it belongs to, in order of creation
	n        int       // its position in the conversation
	parent   int       // position of the message it answers; -1 for the first
	agent    bool      // written by the shop's staff
	from     string    // author
	cc       []string  // Cc addresses
	stripped bool      // the client dropped In-Reply-To and References
	auth     bool      // our server authenticated it
	at       time.Time // Date
}

var benchSubjects = []string{
	"Pedido %d no ha llegado", "Factura del pedido %d", "Devolución del pedido %d",
	"Cambio de talla, pedido %d", "Order %d not delivered", "Pedido %d chegou danificado",
	"Consulta sobre el pedido %d", "Reembolso pendiente (pedido %d)",
}

var benchReplyPrefixes = []string{"Re: ", "RE: ", "AW: ", "RES: ", "Re: Re: ", "R: "}

// benchScript makes the events of n messages with realistic thread
// shapes: a third of conversations are one message, most are two to
// five, a few run past ten; agents answer most customer messages; some
// replies go to an earlier message than the latest; colleagues in Cc
// join; one reply in twenty has lost its threading headers; nine in ten
// inbound messages are authenticated. Conversations overlap in time and
// the events come sorted by date.
func benchScript(n int, seed int64) []benchEvent {
	rng := rand.New(rand.NewPCG(uint64(seed), 0x636172746572))
	start := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	domains := make([]string, n/50+2)
	for i := range domains {
		domains[i] = fmt.Sprintf("cliente%d.example", i)
	}
	domains[0], domains[1] = "correo.example", "gmail.example" // large shared domains
	customer := func() string {
		d := domains[0]
		switch r := rng.IntN(10); {
		case r < 3:
		case r < 6:
			d = domains[1]
		default:
			d = domains[2+rng.IntN(len(domains)-2)]
		}
		return fmt.Sprintf("cliente%d@%s", rng.IntN(n/3+1), d)
	}
	agents := []string{"lucia", "pedro", "ana.soporte", "marta", "joao"}

	var events []benchEvent
	for conv := 0; len(events) < n; conv++ {
		length := 1
		switch r := rng.IntN(100); {
		case r < 33:
		case r < 58:
			length = 2
		case r < 88:
			length = 3 + rng.IntN(3)
		default:
			length = 6 + rng.IntN(8)
		}
		requester := customer()
		var cc []string
		if rng.IntN(5) == 0 {
			cc = []string{"colega" + requester[strings.IndexByte(requester, '@')-1:]}
		}
		at := start.Add(time.Duration(rng.Int64N(int64(30 * 24 * time.Hour))))
		agent := agents[rng.IntN(len(agents))] + "@tiendasol.example"
		for k := range length {
			e := benchEvent{conv: conv, n: k, parent: k - 1, at: at, auth: rng.IntN(10) != 0}
			switch {
			case k == 0:
				e.from, e.cc = requester, cc
			case k%2 == 1 && rng.IntN(8) != 0:
				e.agent, e.from, e.auth = true, agent, true
			case len(cc) > 0 && rng.IntN(3) == 0:
				e.from = cc[0]
			default:
				e.from = requester
			}
			if k > 1 && rng.IntN(5) == 0 {
				e.parent = rng.IntN(k - 1) // an earlier message
			}
			if k > 0 && !e.agent && rng.IntN(20) == 0 {
				e.stripped = true
			}
			events = append(events, e)
			at = at.Add(time.Duration(5+rng.IntN(3*24*60)) * time.Minute)
		}
	}
	slices.SortStableFunc(events, func(a, b benchEvent) int { return a.at.Compare(b.at) })
	events = events[:n]
	// A reply whose parent was cut, or comes later, answers the latest
	// message before it instead.
	seen := make(map[[2]int]bool)
	latest := make(map[int]int)
	for i := range events {
		e := &events[i]
		if e.parent >= 0 && !seen[[2]int{e.conv, e.parent}] {
			if l, ok := latest[e.conv]; ok {
				e.parent = l
			} else {
				e.parent = -1
			}
		}
		seen[[2]int{e.conv, e.n}] = true
		latest[e.conv] = e.n
	}
	return events
}

// benchMessage builds the message of event e; parent is the message it
// answers, or nil.
func benchMessage(e benchEvent, parent *correspondence.Message, rng *rand.Rand) *correspondence.Message {
	domain := e.from[strings.IndexByte(e.from, '@')+1:]
	m := &correspondence.Message{
		ID:   fmt.Sprintf("%016x.%d.%d@%s", rng.Uint64(), e.conv, e.n, domain),
		From: correspondence.Address{Address: e.from},
		Date: e.at,
	}
	for _, a := range e.cc {
		m.Cc = append(m.Cc, correspondence.Address{Address: a})
	}
	if parent == nil {
		m.Subject = fmt.Sprintf(benchSubjects[e.conv%len(benchSubjects)], 4000+e.conv)
		m.To = []correspondence.Address{{Address: "soporte@tiendasol.example"}}
	} else {
		r := correspondence.NewReply(parent, correspondence.ReplyOptions{From: m.From, All: true})
		m.Subject = benchReplyPrefixes[rng.IntN(len(benchReplyPrefixes))] + strings.TrimPrefix(r.Subject, "Re: ")
		m.To, m.Cc = r.To, append(r.Cc, m.Cc...)
		if !e.stripped {
			m.InReplyTo, m.References = r.InReplyTo, r.References
		}
	}
	// Inbound mail, and copies of the staff's mail kept in the support
	// mailbox, went through the shop's server.
	m.Header = correspondence.Header{{Name: "Received", Value: "from mail." + domain + " by " + benchMX + " with ESMTPS"}}
	if e.auth {
		m.Header = append(m.Header, correspondence.Field{Name: "Authentication-Results", Value: benchMX +
			"; dkim=pass header.d=" + domain + " header.s=s1 header.b=AbCdEf12; spf=pass smtp.mailfrom=bounce@" + domain +
			"; dmarc=pass (p=none) header.from=" + domain})
	}
	return m
}

// benchMailbox returns n messages of a synthetic help desk's month,
// inbound and outbound, in order of date, the same for the same seed.
func benchMailbox(n int, seed int64) []*correspondence.Message {
	rng := rand.New(rand.NewPCG(uint64(seed), 1))
	byPos := make(map[[2]int]*correspondence.Message)
	msgs := make([]*correspondence.Message, 0, n)
	for _, e := range benchScript(n, seed) {
		m := benchMessage(e, byPos[[2]int{e.conv, e.parent}], rng)
		byPos[[2]int{e.conv, e.n}] = m
		msgs = append(msgs, m)
	}
	return msgs
}

// benchOp is one step of the help-desk benchmark: an inbound message for
// Index.Add, or an agent's stamped reply for Index.Sent.
type benchOp struct {
	m    *correspondence.Message
	sent string // conversation of a sent message; "" for inbound
}

// benchHelpDesk returns the mail of benchScript as a host using tokens
// sees it: agents' replies stamped and recorded with Sent, customers'
// replies carrying the token back. It runs the script through an Index
// once to learn the conversation of each stamped reply; a fresh Index
// given the same steps assigns the same conversations.
func benchHelpDesk(n int, seed int64) []benchOp {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(uint64(seed), 2))
	var chachaSeed [32]byte
	chachaSeed[0] = byte(seed)
	random := rand.NewChaCha8(chachaSeed) // the Message-IDs' randomness
	x := benchIndex()
	byPos := make(map[[2]int]*correspondence.Message)
	convOf := make(map[int]string)
	ops := make([]benchOp, 0, n)
	for _, e := range benchScript(n, seed) {
		m := benchMessage(e, byPos[[2]int{e.conv, e.parent}], rng)
		if e.stripped {
			m.To = []correspondence.Address{{Address: "soporte@tiendasol.example"}}
		}
		byPos[[2]int{e.conv, e.n}] = m
		if e.agent && convOf[e.conv] != "" {
			tok, err := benchKeys.Token(convOf[e.conv])
			if err != nil {
				panic(err)
			}
			if err := tok.Stamp(m, "tiendasol.example", random); err != nil {
				panic(err)
			}
			if err := x.Sent(ctx, convOf[e.conv], m); err != nil {
				panic(err)
			}
			ops = append(ops, benchOp{m: m, sent: convOf[e.conv]})
			continue
		}
		res, err := x.Add(ctx, m)
		if err != nil {
			panic(err)
		}
		if res.Admitted && convOf[e.conv] == "" {
			convOf[e.conv] = res.Conversation
		}
		ops = append(ops, benchOp{m: m})
	}
	return ops
}

// storeBytesPerMessage returns the heap an Index's MemStore keeps per
// message after every op has been applied.
func storeBytesPerMessage(ops []benchOp) (float64, error) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	x := benchIndex()
	if err := applyOps(x, ops); err != nil {
		return 0, err
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(x)
	return float64(after.HeapAlloc-before.HeapAlloc) / float64(len(ops)), nil
}

func applyOps(x *thread.Index, ops []benchOp) error {
	ctx := context.Background()
	for _, op := range ops {
		var err error
		if op.sent != "" {
			err = x.Sent(ctx, op.sent, op.m)
		} else {
			_, err = x.Add(ctx, op.m)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// runIndexBench applies ops in a loop, b.N of them in all, starting over
// with a new Index when it runs out.
func runIndexBench(b *testing.B, ops []benchOp, memory func() (float64, error)) {
	perMsg, err := memory()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	x := benchIndex()
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		j := i % len(ops)
		if j == 0 && i > 0 {
			b.StopTimer()
			x = benchIndex()
			runtime.GC()
			b.StartTimer()
		}
		op := ops[j]
		var err error
		if op.sent != "" {
			err = x.Sent(ctx, op.sent, op.m)
		} else {
			_, err = x.Add(ctx, op.m)
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
	b.ReportMetric(perMsg, "store-B/msg")
}

// The benchmark mailboxes take a second to make; the benchmark functions
// run several times per process, so they are made once.
var (
	benchAddOps      = sync.OnceValue(func() []benchOp { return addOps(benchMailbox(benchMessages, 1)) })
	benchHelpDeskOps = sync.OnceValue(func() []benchOp { return benchHelpDesk(benchMessages, 1) })
	benchAddMemory   = sync.OnceValues(func() (float64, error) { return storeBytesPerMessage(benchAddOps()) })
	benchHelpMemory  = sync.OnceValues(func() (float64, error) { return storeBytesPerMessage(benchHelpDeskOps()) })
)

func addOps(msgs []*correspondence.Message) []benchOp {
	ops := make([]benchOp, len(msgs))
	for i, m := range msgs {
		ops[i] = benchOp{m: m}
	}
	return ops
}

// BenchmarkIndexAdd files a month of a help desk's mail, inbound and
// outbound alike, with Index.Add and the in-memory store, as a host
// importing a mailbox does.
func BenchmarkIndexAdd(b *testing.B) {
	runIndexBench(b, benchAddOps(), benchAddMemory)
}

// BenchmarkIndexHelpDesk is the live path: inbound mail through Add
// (token, reference, tag and subject matches, authentication), agents'
// stamped replies through Sent.
func BenchmarkIndexHelpDesk(b *testing.B) {
	runIndexBench(b, benchHelpDeskOps(), benchHelpMemory)
}

func BenchmarkVerify(b *testing.B) {
	tok, _ := benchKeys.Token("000K7")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := benchKeys.Verify(tok.Code); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkToken(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := benchKeys.Token("000K7"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseAuthResults(b *testing.B) {
	const v = "mx.google.com; dkim=pass header.i=@example.com header.s=20230601 header.b=AbCdEf12; " +
		"spf=pass (google.com: domain of ana@example.com designates 209.85.220.41 as permitted sender) smtp.mailfrom=ana@example.com; " +
		"dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=example.com"
	b.SetBytes(int64(len(v)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := thread.ParseAuthResults(v); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBenchMailbox checks that the benchmark mailboxes are what their
// comments say: deterministic, of the size asked, and shaped like a help
// desk's mail, with every kind of match represented.
func TestBenchMailbox(t *testing.T) {
	const n = 5000
	a, b := benchMailbox(n, 7), benchMailbox(n, 7)
	if len(a) != n {
		t.Fatalf("%d messages, want %d", len(a), n)
	}
	for i := range a {
		if a[i].ID != b[i].ID || a[i].Subject != b[i].Subject || !a[i].Date.Equal(b[i].Date) {
			t.Fatalf("message %d differs between two runs with one seed", i)
		}
		if i > 0 && a[i].Date.Before(a[i-1].Date) {
			t.Fatalf("message %d out of date order", i)
		}
	}
	if c := benchMailbox(n, 8); c[0].ID == a[0].ID {
		t.Error("another seed gave the same mailbox")
	}

	ctx := context.Background()
	count := func(ops []benchOp) map[string]int {
		x := benchIndex()
		counts := make(map[string]int)
		for _, op := range ops {
			if op.sent != "" {
				if err := x.Sent(ctx, op.sent, op.m); err != nil {
					t.Fatal(err)
				}
				counts["sent"]++
				continue
			}
			res, err := x.Add(ctx, op.m)
			if err != nil {
				t.Fatal(err)
			}
			counts[res.Match.String()]++
			if !res.Admitted {
				counts["not admitted"]++
			}
		}
		return counts
	}
	imported := count(addOps(a))
	helpDesk := count(benchHelpDesk(n, 7))
	t.Logf("Add only:  %v", imported)
	t.Logf("help desk: %v", helpDesk)
	for _, kind := range []string{"new", "reference", "subject"} {
		if imported[kind] < n/100 {
			t.Errorf("Add only: %d %s matches", imported[kind], kind)
		}
	}
	for _, kind := range []string{"new", "token", "tag", "sent"} {
		if helpDesk[kind] < n/200 {
			t.Errorf("help desk: %d %s matches", helpDesk[kind], kind)
		}
	}
	if helpDesk["new"] > n/2 || imported["new"] > n/2 {
		t.Errorf("most messages start conversations: %v, %v", imported, helpDesk)
	}
}
