package thread

import (
	"slices"
	"strings"
	"time"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/internal/subject"
)

// Builder threads a batch of messages. Its zero value is ready to use
// and is what [Build] uses; a Builder is safe for concurrent use.
type Builder struct {
	// Window bounds grouping by subject: a message without usable
	// references joins an earlier message with the same subject and
	// the same participants only when it was sent at most Window after
	// it. The same holds for messages that share a bogus identifier
	// (see [BatchWindow]). Zero or negative means [DefaultWindow].
	Window time.Duration

	// ReferencesOnly turns grouping by subject off: messages are then
	// grouped by their Message-ID, In-Reply-To and References alone.
	ReferencesOnly bool
}

// Build threads msgs with the zero [Builder]; see [Builder.Build].
func Build(msgs []*correspondence.Message) []*Thread {
	var b Builder
	return b.Build(msgs)
}

// Build arranges msgs into conversations and returns one [Thread] per
// conversation. Every message appears in exactly one thread, once: two
// messages with the same Message-ID are both kept, the later one as a
// [LinkDuplicate] child of the earlier one. Nil entries are ignored.
//
// The result is deterministic and does not depend on the order of msgs:
// threads are ordered by their earliest message and answers oldest
// first, where a message's time is its Date, or its Received time when
// it has no Date; messages with the same time are ordered by Message-ID
// and then by their threading headers, subject and addresses. Only
// copies that agree in all of these are ordered by their place in msgs,
// which changes nothing but which copy is the parent of the other.
//
// Build reads the messages and never modifies them; the threads point to
// them. It takes time O(n log n) in the number of messages and
// identifiers, and memory linear in it.
func (b *Builder) Build(msgs []*correspondence.Message) []*Thread {
	l := linker{window: DefaultWindow}
	subjects := true
	if b != nil {
		if b.Window > 0 {
			l.window = b.Window
		}
		subjects = !b.ReferencesOnly
	}
	if slices.Contains(msgs, nil) {
		msgs = slices.DeleteFunc(slices.Clone(msgs), func(m *correspondence.Message) bool { return m == nil })
	}
	if len(msgs) == 0 {
		return nil
	}
	l.msgs = msgs
	l.order(subjects)
	l.index()
	l.link()
	l.mark()
	roots := l.roots()
	l.gather(roots)
	if subjects {
		l.bySubject(roots)
	}
	return l.threads()
}

// none marks the absence of a container.
const none int32 = -1

// container is a place in the forest while it is built. It holds no
// pointers, so that the collector need not scan the forest.
type container struct {
	// msg is the index of the message in linker.msgs; for a missing
	// message, ^msg is the index of its identifier in linker.missing.
	msg    int32
	parent int32
	rank   int32 // the smallest rank of a message at or below it; -1: none (pruned)
	tree   int32 // union-find over containers: the same tree
	comp   int32 // union-find over containers: connected by references
	aux    int32 // scratch: the first root of a component; the node index
	link   Link
	weak   bool // stands for a weak identifier (in one cluster's references, after split)
	gather bool // a root without a message that gathers trees of one component
}

// info is what the linker keeps about each message.
type info struct {
	sec    int64 // time, seconds since the Unix epoch
	nsec   int32
	timed  bool   // the message has a Date or Received time
	noRefs bool   // no In-Reply-To or References other than itself
	dup    bool   // another message with the same Message-ID comes first
	rank   int32  // also the index of the message's container
	key    uint64 // hash of the normalized subject and participants; 0: none (see bySubject)
}

// linker holds the state of one Build.
type linker struct {
	window  time.Duration
	msgs    []*correspondence.Message
	info    []info
	byRank  []int32 // message indexes in canonical order
	cs      []container
	missing []string          // identifiers of missing messages
	ids     map[string]int32  // identifier → container
	users   map[int32][]int32 // container of a weak identifier → the messages that refer to it, by rank
	nrefs   int               // References identifiers of all messages
	sink    byte              // see fetchAhead
}

// order computes each message's time and its rank in the canonical
// order: by time, then Message-ID, then References, In-Reply-To,
// Subject, From, To and Cc, then place in the input.
//
// With subjects, it also computes each message's subject key: this pass
// reads every message anyway, and a pass without map operations lets
// the processor fetch several messages from memory at once.
func (l *linker) order(subjects bool) {
	n := len(l.msgs)
	l.info = make([]info, n)
	l.byRank = make([]int32, n)
	sorted := true
	for i, m := range l.msgs {
		if subjects && i%fetchAhead == 0 {
			l.fetchHeaders(l.msgs[i:min(n, i+fetchAhead)])
		}
		t := m.Date
		if t.IsZero() {
			t = m.Received
		}
		in := &l.info[i]
		if !t.IsZero() {
			in.sec, in.nsec, in.timed = t.Unix(), int32(t.Nanosecond()), true
		} else {
			in.sec = time.Time{}.Unix()
		}
		if subjects && in.timed {
			in.key = subjectKey(m)
		}
		l.byRank[i] = int32(i)
		if i > 0 && sorted && l.compare(int32(i-1), int32(i)) > 0 {
			sorted = false
		}
	}
	if !sorted {
		slices.SortFunc(l.byRank, l.compare)
	}
	for r, i := range l.byRank {
		l.info[i].rank = int32(r)
	}
}

// Prefetching. The strings of a message (its identifiers, subject and
// addresses) are separate allocations spread over the heap, and the work
// on one message is too long for the processor to reach the next
// message's loads by itself: threading a large mailbox spends most of its
// time waiting for memory. So the passes over all messages first read one
// byte of each string they will need for a block of fetchAhead messages,
// a short loop whose loads the processor overlaps, and then do the work
// on that block from the cache. The bytes read are summed into
// linker.sink, so that the loads are not optimized away.

// fetchAhead is how many messages a prefetch covers.
const fetchAhead = 32

// fetchHeaders reads a byte of the subject and of the first two
// addresses of each message.
func (l *linker) fetchHeaders(msgs []*correspondence.Message) {
	var x byte
	for _, m := range msgs {
		if s := m.Subject; s != "" {
			x += s[0]
		}
		if a := m.From.Address; a != "" {
			x += a[0]
		}
		if len(m.To) > 0 && m.To[0].Address != "" {
			x += m.To[0].Address[0]
		}
	}
	l.sink += x
}

// fetchIDs reads a byte of the Message-ID and, with refs, of every
// In-Reply-To and References identifier of the messages ranked from r
// on.
func (l *linker) fetchIDs(r int, refs bool) {
	var x byte
	for _, i := range l.byRank[r:min(len(l.byRank), r+fetchAhead)] {
		m := l.msgs[i]
		if m.ID != "" {
			x += m.ID[0]
		}
		if !refs {
			continue
		}
		for _, id := range m.InReplyTo {
			if id != "" {
				x += id[0]
			}
		}
		for _, id := range m.References {
			if id != "" {
				x += id[0]
			}
		}
	}
	l.sink += x
}

// compare orders messages a and b canonically.
func (l *linker) compare(a, b int32) int {
	x, y := &l.info[a], &l.info[b]
	switch {
	case x.sec != y.sec:
		if x.sec < y.sec {
			return -1
		}
		return 1
	case x.nsec != y.nsec:
		return int(x.nsec) - int(y.nsec)
	}
	ma, mb := l.msgs[a], l.msgs[b]
	if c := strings.Compare(ma.ID, mb.ID); c != 0 {
		return c
	}
	// Copies of one message sent at one time: by their content, so that
	// the copy that takes the message's place does not depend on the
	// input order.
	if c := slices.Compare(ma.References, mb.References); c != 0 {
		return c
	}
	if c := slices.Compare(ma.InReplyTo, mb.InReplyTo); c != 0 {
		return c
	}
	if c := strings.Compare(ma.Subject, mb.Subject); c != 0 {
		return c
	}
	if c := strings.Compare(ma.From.Address, mb.From.Address); c != 0 {
		return c
	}
	if c := strings.Compare(ma.From.Name, mb.From.Name); c != 0 {
		return c
	}
	if c := slices.CompareFunc(ma.To, mb.To, compareAddress); c != 0 {
		return c
	}
	if c := slices.CompareFunc(ma.Cc, mb.Cc, compareAddress); c != 0 {
		return c
	}
	return int(a) - int(b)
}

func compareAddress(a, b correspondence.Address) int {
	if c := strings.Compare(a.Address, b.Address); c != 0 {
		return c
	}
	return strings.Compare(a.Name, b.Name)
}

// newContainer appends a container for message i and returns its index.
func (l *linker) newContainer(i int32) int32 {
	c := int32(len(l.cs))
	l.cs = append(l.cs, container{msg: i, parent: none, rank: -1, tree: c, comp: c, aux: none})
	return c
}

// newMissing appends a container for a missing message referred to as
// id and returns its index.
func (l *linker) newMissing(id string) int32 {
	l.missing = append(l.missing, id)
	return l.newContainer(^int32(len(l.missing) - 1))
}

// id returns the identifier of container c: its message's Message-ID,
// the identifier a missing message is referred to by, or "" for a
// gathering root.
func (l *linker) id(c int32) string {
	switch ct := &l.cs[c]; {
	case ct.gather:
		return ""
	case ct.msg >= 0:
		return l.msgs[ct.msg].ID
	default:
		return l.missing[^ct.msg]
	}
}

// index gives every message a container, numbered by the message's
// rank, and registers Message-IDs. The first message of each Message-ID
// in canonical order owns it; later copies are attached below it.
func (l *linker) index() {
	n := len(l.msgs)
	l.cs = make([]container, 0, n+n/4)
	l.ids = make(map[string]int32, n+n/8)
	for r, i := range l.byRank {
		if r%fetchAhead == 0 {
			l.fetchIDs(r, false)
		}
		m := l.msgs[i]
		c := l.newContainer(i)
		l.nrefs += len(m.References)
		if m.ID == "" {
			continue
		}
		if first, ok := l.ids[m.ID]; ok {
			l.info[i].dup = true
			l.attach(c, first, LinkDuplicate)
			continue
		}
		l.ids[m.ID] = c
	}
}

// A weak identifier is one without '@' that no message has. Such
// identifiers come from mistakes ("<yes>" typed at git send-email's
// prompt for the Message-ID to answer) and are shared by mail that has
// nothing else in common. While references are read, each weak
// identifier has one container; split then gives each cluster of the
// messages that refer to it a container of its own.

// split divides the messages that refer to each weak identifier into
// clusters (see cluster) and points their claims and References chains
// at their cluster's container.
func (l *linker) split(claim, start, chain []int32) {
	weak := make([]int32, 0, len(l.users))
	for c := range l.users {
		weak = append(weak, c)
	}
	slices.Sort(weak) // container numbers do not depend on map order
	for _, w := range weak {
		users := l.users[w]
		for k, c := range l.cluster(l.id(w), users) {
			r := l.info[users[k]].rank
			if claim[r] == w {
				claim[r] = c
			}
			for j := start[r]; j < start[r+1]; j++ {
				if chain[j] == w {
					chain[j] = c
				}
			}
		}
	}
}

// BatchWindow bounds how far apart two messages by the same author that
// refer to the same weak identifier may be and still be kept together:
// the span of one run of a tool that sends a series of messages.
const BatchWindow = time.Hour

// cluster splits users, the messages (in canonical order) that refer to
// the weak identifier id, into clusters, gives each one a container, and
// returns the container of each user. Two users are in one cluster when
// they have the same author (address or display name) and are at most
// BatchWindow apart, or when they have the same subject and
// participants, as subject grouping asks, and are at most Window apart;
// and clusters are closed under these links.
func (l *linker) cluster(id string, users []int32) []int32 {
	up := make([]int32, len(users)) // union-find over users
	for k := range up {
		up[k] = int32(k)
	}
	find := func(k int32) int32 {
		for up[k] != k {
			up[k] = up[up[k]]
			k = up[k]
		}
		return k
	}
	last := make(map[string]int32) // key → the latest user with it
	join := func(k int32, key string, window time.Duration) {
		if prev, ok := last[key]; ok && l.within(users[prev], users[k], window) {
			up[find(k)] = find(prev)
		}
		last[key] = k
	}
	for k, i := range users {
		m := l.msgs[i]
		if a := m.From.Address; a != "" {
			join(int32(k), "a"+strings.ToLower(a), BatchWindow)
		}
		if n := strings.TrimSpace(m.From.Name); n != "" {
			join(int32(k), "n"+strings.ToLower(n), BatchWindow)
		}
		if s, p := subject.Normalize(m.Subject), people(m); s != "" && p != "" {
			join(int32(k), "s"+s+"\x00"+p, l.window)
		}
	}
	conts := make(map[int32]int32)
	out := make([]int32, len(users))
	for k := range users {
		root := find(int32(k))
		c, ok := conts[root]
		if !ok {
			c = l.newMissing(id)
			l.cs[c].weak = true
			conts[root] = c
		}
		out[k] = c
	}
	return out
}

// within reports whether messages a and b were sent at most window
// apart. Two messages without a time are within any window of each
// other; a message without a time is not within one of a message with
// one.
func (l *linker) within(a, b int32, window time.Duration) bool {
	x, y := &l.info[a], &l.info[b]
	if !x.timed || !y.timed {
		return !x.timed && !y.timed
	}
	if x.sec > y.sec || x.sec == y.sec && x.nsec > y.nsec {
		x, y = y, x
	}
	d := y.sec - x.sec
	if d > int64(window/time.Second)+1 {
		return false
	}
	return time.Duration(d)*time.Second+time.Duration(y.nsec-x.nsec) <= window
}

// resolve returns the container for id as referred to by message i,
// creating one for a missing message, and records i as a user of a weak
// identifier. Every message's own identifier is known by now, so an
// identifier seen here for the first time names a missing message.
func (l *linker) resolve(id string, i int32) int32 {
	c, ok := l.ids[id]
	if !ok {
		c = l.newMissing(id)
		l.ids[id] = c
		l.cs[c].weak = strings.IndexByte(id, '@') < 0
	}
	if l.cs[c].weak {
		if l.users == nil {
			l.users = make(map[int32][]int32)
		}
		if u := l.users[c]; len(u) == 0 || u[len(u)-1] != i {
			l.users[c] = append(u, i)
		}
	}
	return c
}

// real reports whether container c holds a message.
func (l *linker) real(c int32) bool { return l.cs[c].msg >= 0 }

// link places every container that references can place. Each message's
// own word about its parent comes first; the parents that References
// fields imply for other messages fill in the rest. Every link that
// would close a cycle is refused.
func (l *linker) link() {
	n := len(l.msgs)
	claim := make([]int32, n) // by rank: the parent a message names itself
	claimLink := make([]Link, n)
	reversed := make([]bool, n) // by rank: References written newest first
	start := make([]int32, n+1) // by rank: the message's References in chain
	chain := make([]int32, 0, l.nrefs)
	for r, i := range l.byRank {
		if r%fetchAhead == 0 {
			l.fetchIDs(r, true)
		}
		start[r] = int32(len(chain))
		claim[r] = none
		m := l.msgs[i]
		c := int32(r) // the message's container
		self := c     // the container this message's identifier resolves to
		if l.info[i].dup {
			self = l.ids[m.ID]
		}
		// Messages that mention the same identifier are one conversation,
		// except where the identifier is weak: then only the links made
		// through it count (see attach). A message that names itself is
		// not taken at its word.
		for _, id := range m.References {
			if id == "" {
				continue
			}
			if p := l.resolve(id, i); p != self {
				chain = append(chain, p)
				if !l.cs[p].weak {
					l.union(c, p)
				}
			}
		}
		rc := chain[start[r]:]
		var ic int32 = none
		nirt := 0
		for _, id := range m.InReplyTo {
			if id == "" {
				continue
			}
			x := l.resolve(id, i)
			if x == self {
				continue
			}
			if !l.cs[x].weak {
				l.union(c, x)
			}
			if nirt == 0 || !l.real(ic) && l.real(x) {
				ic = x // the first In-Reply-To we have, else the first
			}
			nirt++
		}
		if len(rc) == 0 && nirt == 0 {
			l.info[i].noRefs = true
			continue
		}
		// References written newest first: the In-Reply-To is the first
		// identifier, not the last.
		reversed[r] = nirt == 1 && len(rc) > 1 && rc[0] == ic && rc[len(rc)-1] != ic
		if l.info[i].dup {
			continue // placed with its first copy
		}
		switch {
		case nirt == 1 && (len(rc) == 0 || l.real(ic) || slices.Contains(rc, ic)):
			claim[r], claimLink[r] = ic, LinkInReplyTo
		case len(rc) > 0:
			// An In-Reply-To that names a message we do not have and
			// that References does not mention either was rewritten (by
			// a list or an archive) and is not used.
			claim[r], claimLink[r] = l.fromReferences(rc, nirt == 1), LinkReferences
		default:
			claim[r], claimLink[r] = ic, LinkInReplyTo
		}
	}
	start[n] = int32(len(chain))
	if l.users != nil {
		l.split(claim, start, chain)
	}
	// Own claims, newest first: where claims form a cycle, the link
	// refused is the oldest message's, which then starts the thread.
	for r := n - 1; r >= 0; r-- {
		if p := claim[r]; p != none {
			l.attach(int32(r), p, claimLink[r])
		}
	}
	// Then the parents References imply, oldest message first.
	for r := range n {
		rc := chain[start[r]:start[r+1]]
		for k := 1; k < len(rc); k++ {
			parent, child := rc[k-1], rc[k]
			if reversed[r] {
				parent, child = rc[len(rc)-k], rc[len(rc)-k-1]
			}
			if l.cs[child].parent == none {
				l.attach(child, parent, LinkInferred)
			}
		}
	}
}

// fromReferences picks the parent a message's References names: the
// last identifier that is not weak. When the message's In-Reply-To was
// rewritten (rewritten), the order of References is not to be trusted
// either, and the newest message References names that we have is
// taken instead, if there is one.
func (l *linker) fromReferences(rc []int32, rewritten bool) int32 {
	if rewritten {
		best := none
		for _, c := range rc {
			if l.real(c) && (best == none || l.compare(l.cs[c].msg, l.cs[best].msg) > 0) {
				best = c
			}
		}
		if best != none {
			return best
		}
	}
	for k := len(rc) - 1; k >= 0; k-- {
		if !l.cs[rc[k]].weak {
			return rc[k]
		}
	}
	return rc[len(rc)-1]
}

// findTree returns the representative of c's tree.
func (l *linker) findTree(c int32) int32 {
	cs := l.cs
	for cs[c].tree != c {
		cs[c].tree = cs[cs[c].tree].tree
		c = cs[c].tree
	}
	return c
}

// findComp returns the representative of c's component.
func (l *linker) findComp(c int32) int32 {
	cs := l.cs
	for cs[c].comp != c {
		cs[c].comp = cs[cs[c].comp].comp
		c = cs[c].comp
	}
	return c
}

// union joins the components of a and b.
func (l *linker) union(a, b int32) {
	a, b = l.findComp(a), l.findComp(b)
	if a != b {
		if a < b {
			a, b = b, a
		}
		l.cs[a].comp = b
	}
}

// attach makes p the parent of c, unless c has a parent already, or p is
// c or below it. Containers only gain parents, and only roots do, so c
// is a root and p is below it exactly when both are in the same tree.
// Linked containers are in one component.
func (l *linker) attach(c, p int32, how Link) bool {
	if l.cs[c].parent != none || c == p {
		return false
	}
	tc, tp := l.findTree(c), l.findTree(p)
	if tc == tp {
		return false
	}
	l.cs[c].parent = p
	l.cs[c].link = how
	if tc < tp {
		tc, tp = tp, tc
	}
	l.cs[tc].tree = tp
	l.union(c, p)
	return true
}

// mark gives every container that holds a message, or has one below it,
// the smallest rank below it; the others (missing messages that nothing
// answers) keep rank -1 and are left out of the threads.
func (l *linker) mark() {
	for r, i := range l.byRank {
		for c := l.info[i].rank; c != none && l.cs[c].rank < 0; c = l.cs[c].parent {
			l.cs[c].rank = int32(r)
		}
	}
}

// roots returns the roots of the trees that hold messages, in rank
// order.
func (l *linker) roots() []int32 {
	at := make([]int32, len(l.msgs))
	for k := range at {
		at[k] = none
	}
	for c := range l.cs {
		if l.cs[c].parent == none && l.cs[c].rank >= 0 {
			at[l.cs[c].rank] = int32(c)
		}
	}
	return slices.DeleteFunc(at, func(c int32) bool { return c == none })
}

// gather puts the trees of each component under one root. Trees of one
// component share references, so they are one conversation; they stay
// apart after linking only when a References chain was refused a link
// because the message it would have placed had named its own parent.
func (l *linker) gather(roots []int32) {
	for _, r := range roots {
		rep := l.findComp(r)
		first := l.cs[rep].aux
		if first == none {
			l.cs[rep].aux = r
			continue
		}
		if !l.cs[first].gather {
			g := l.newContainer(none)
			l.cs[g].gather = true
			l.cs[g].rank = l.cs[first].rank
			l.attach(first, g, LinkShared)
			l.cs[rep].aux = g
			first = g
		}
		l.attach(r, first, LinkShared)
	}
}

// bySubject attaches each tree without usable references to the latest
// earlier message with the same normalized subject and the same
// participants, when it is at most Window older. A tree without usable
// references starts with a message without references, or with a weak
// identifier; the tree takes the subject, participants and time of its
// first message.
//
// Messages are keyed by a hash of the subject and the participants; a
// link is made only after comparing both exactly, so a collision of
// hashes can at worst hide a link, never make one.
func (l *linker) bySubject(roots []int32) {
	cand := make([]int32, len(l.msgs)) // by rank of the message that speaks for it: candidate root
	for r := range cand {
		cand[r] = none
	}
	any := false
	for _, c := range roots {
		if l.cs[c].parent != none {
			continue
		}
		switch {
		case l.cs[c].msg >= 0:
			if i := l.cs[c].msg; l.info[i].noRefs {
				cand[l.info[i].rank] = c
				any = true
			}
		case l.cs[c].weak:
			cand[l.cs[c].rank] = c // the tree's first message
			any = true
		}
	}
	if !any {
		return
	}
	last := make(map[uint64]int32, len(l.msgs)/2) // the latest message with the key
	for r, i := range l.byRank {
		key := l.info[i].key
		if key == 0 || l.info[i].dup {
			continue
		}
		prev, seen := last[key]
		last[key] = i
		c := cand[r]
		if !seen || c == none || l.cs[c].parent != none || !l.within(prev, i, l.window) {
			continue
		}
		m, pm := l.msgs[i], l.msgs[prev]
		if subject.Normalize(pm.Subject) != subject.Normalize(m.Subject) || people(pm) != people(m) {
			continue
		}
		p := l.info[prev].rank
		if l.attach(c, p, LinkSubject) {
			// The tree below c may hold messages older than any above p.
			for a := p; a != none && l.cs[a].rank > l.cs[c].rank; a = l.cs[a].parent {
				l.cs[a].rank = l.cs[c].rank
			}
		}
	}
}

// subjectKey returns a hash of a message's normalized subject and
// participants, or 0 when it has either none.
func subjectKey(m *correspondence.Message) uint64 {
	if m.Subject == "" {
		return 0
	}
	s := subject.Normalize(m.Subject)
	if s == "" {
		return 0
	}
	h, ok := peopleHash(m)
	if !ok {
		return 0
	}
	return mix(stringHash(s)^h) | 1
}

// people returns the addresses of a message's author and recipients (From,
// To, Cc), lower-cased, without duplicates, sorted and joined, or "" when
// it has none.
func people(m *correspondence.Message) string {
	var buf [8]string
	as := buf[:0]
	add := func(a correspondence.Address) {
		if a.Address != "" {
			as = append(as, strings.ToLower(a.Address))
		}
	}
	add(m.From)
	for _, a := range m.To {
		add(a)
	}
	for _, a := range m.Cc {
		add(a)
	}
	if len(as) == 0 {
		return ""
	}
	slices.Sort(as)
	as = slices.Compact(as)
	// NUL cannot appear in an address read from mail; a host's address
	// holding one would only make two lists compare unequal.
	return strings.Join(as, "\x00")
}

// peopleHash returns a hash of the set people returns, without
// allocating for ASCII addresses, and false when there is nobody.
func peopleHash(m *correspondence.Message) (uint64, bool) {
	var buf [8]uint64
	hs := buf[:0]
	if a := m.From.Address; a != "" {
		hs = append(hs, addressHash(a))
	}
	for k := range m.To {
		if a := m.To[k].Address; a != "" {
			hs = append(hs, addressHash(a))
		}
	}
	for k := range m.Cc {
		if a := m.Cc[k].Address; a != "" {
			hs = append(hs, addressHash(a))
		}
	}
	switch len(hs) {
	case 0:
		return 0, false
	case 1:
	case 2:
		if hs[0] > hs[1] {
			hs[0], hs[1] = hs[1], hs[0]
		}
	default:
		slices.Sort(hs)
	}
	var h uint64
	for k, x := range hs {
		if k > 0 && x == hs[k-1] {
			continue
		}
		h = mix(h ^ x)
	}
	return h, true
}

// addressHash hashes an address lower-cased as people lower-cases it,
// eight bytes at a time.
func addressHash(a string) uint64 {
	for i := 0; i < len(a); i++ {
		if a[i] >= 0x80 {
			a = strings.ToLower(a)
			break
		}
	}
	h := mix(uint64(len(a)))
	for ; len(a) >= 8; a = a[8:] {
		w := uint64(a[0]) | uint64(a[1])<<8 | uint64(a[2])<<16 | uint64(a[3])<<24 |
			uint64(a[4])<<32 | uint64(a[5])<<40 | uint64(a[6])<<48 | uint64(a[7])<<56
		h = mix(h ^ lowerWord(w))
	}
	var w uint64
	for k := 0; k < len(a); k++ {
		w |= uint64(a[k]) << (8 * k)
	}
	return mix(h ^ lowerWord(w))
}

// stringHash hashes s eight bytes at a time.
func stringHash(s string) uint64 {
	h := mix(uint64(len(s)) + 0x9e3779b97f4a7c15)
	for ; len(s) >= 8; s = s[8:] {
		h = mix(h ^ (uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56))
	}
	var w uint64
	for k := 0; k < len(s); k++ {
		w |= uint64(s[k]) << (8 * k)
	}
	return mix(h ^ w)
}

// lowerWord lower-cases the ASCII letters among eight bytes.
func lowerWord(w uint64) uint64 {
	const low7 = 0x7f7f7f7f7f7f7f7f
	const high = 0x8080808080808080
	x := w & low7
	ge := x + 0x3f3f3f3f3f3f3f3f // high bit set where the byte is 'A' or more
	gt := x + 0x2525252525252525 // high bit set where the byte is above 'Z'
	upper := ge &^ gt &^ w & high
	return w | upper>>2
}

// mix scrambles the bits of x (the finalizer of MurmurHash3).
func mix(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

// threads turns the forest into Threads, ordered by rank.
func (l *linker) threads() []*Thread {
	// Counting sort of the kept containers by rank. Containers with the
	// same rank lie on one path, so siblings never tie.
	n := len(l.msgs)
	start := make([]int32, n+1)
	kept := 0
	for c := range l.cs {
		if r := l.cs[c].rank; r >= 0 {
			start[r+1]++
			kept++
		}
	}
	for r := 1; r <= n; r++ {
		start[r] += start[r-1]
	}
	sorted := make([]int32, kept)
	kids := make([]int32, kept) // children per node
	for c := range l.cs {
		if r := l.cs[c].rank; r >= 0 {
			sorted[start[r]] = int32(c)
			start[r]++
		}
	}
	nodes := make([]Node, kept)
	roots := 0
	for k, c := range sorted {
		ct := &l.cs[c]
		ct.aux = int32(k)
		nd := &nodes[k]
		nd.ID = l.id(c)
		nd.Link = ct.link
		if ct.msg >= 0 {
			nd.Message = l.msgs[ct.msg]
		}
		if ct.parent == none {
			roots++
		}
	}
	for _, c := range sorted {
		if p := l.cs[c].parent; p != none {
			kids[l.cs[p].aux]++
		}
	}
	backing := make([]*Node, kept-roots)
	off := 0
	for k := range nodes {
		if nk := int(kids[k]); nk > 0 {
			nodes[k].Children = backing[off : off : off+nk]
			off += nk
		}
	}
	ths := make([]Thread, 0, roots)
	out := make([]*Thread, 0, roots)
	for k, c := range sorted {
		nd := &nodes[k]
		if p := l.cs[c].parent; p != none {
			pn := &nodes[l.cs[p].aux]
			pn.Children = append(pn.Children, nd)
			nd.Parent = pn
			continue
		}
		ths = append(ths, Thread{Root: nd})
		out = append(out, &ths[len(ths)-1])
	}
	return out
}
