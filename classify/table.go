package classify

import "sort"

// table64 is a read-only hash table from 64-bit hashes to small
// integers, built once: open addressing with linear probing, at most half
// full. It is several times faster than a map for the lookups that
// classification does for every token.
type table64 struct {
	slots []slot
	mask  uint64
}

// slot is one entry; key 0 marks an empty slot, and keys are stored with
// their low bit set. Key and value sit together, so that a lookup
// touches one cache line.
type slot struct {
	key uint64
	val int32
}

// newTable64 builds a table holding every key of m.
func newTable64(m map[uint64]int32) table64 {
	size := 16
	for size < 2*len(m) {
		size *= 2
	}
	t := table64{slots: make([]slot, size), mask: uint64(size - 1)}
	for k, v := range m {
		k |= 1
		i := mix(k) & t.mask
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot{k, v}
	}
	return t
}

// get returns the value of key h.
func (t *table64) get(h uint64) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	h |= 1
	for i := mix(h) & t.mask; ; i = (i + 1) & t.mask {
		switch s := &t.slots[i]; s.key {
		case h:
			return s.val, true
		case 0:
			return 0, false
		}
	}
}

// mix spreads the bits of an FNV hash, whose low bits are weak.
func mix(h uint64) uint64 {
	h ^= h >> 29
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 32
	return h
}

// table32 is a table64 for the lexicon's lookups, half as large: a slot
// keeps 32 bits of the key's hash and its value, eight slots to a cache
// line. Two keys may then share a slot's key, so a value found is a
// candidate: the lexicon compares the words of the cues it finds, and a
// wrong candidate costs a comparison. Keys are told apart when the table
// is built (seed is chosen so that none of them share 32 bits), so that
// a key put in is always found.
type table32 struct {
	slots []slot32
	mask  uint64
	seed  uint64
}

type slot32 struct {
	key uint32 // 0 for an empty slot; never 0 for a key
	val int32
}

// newTable32 builds a table holding every key of m, at most half full.
func newTable32(m map[uint64]int32) table32 {
	size := 16
	for size < 2*len(m) {
		size *= 2
	}
	t := table32{mask: uint64(size - 1)}
	seen := make(map[uint32]bool, len(m))
seeds:
	for ; ; t.seed++ {
		clear(seen)
		for k := range m {
			_, fp := t.place(k)
			if seen[fp] {
				continue seeds
			}
			seen[fp] = true
		}
		break
	}
	t.slots = make([]slot32, size)
	for k, v := range m {
		i, fp := t.place(k)
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot32{fp, v}
	}
	return t
}

// place returns the first slot of key h and the 32 bits of it kept.
func (t *table32) place(h uint64) (uint64, uint32) {
	m := mix(h ^ t.seed)
	return m & t.mask, uint32(m>>32) | 1
}

// get returns the value of a key that may be h. A table is never empty
// (newTable32 makes 16 slots or more), so that get is small enough to be
// inlined.
func (t *table32) get(h uint64) (int32, bool) {
	i, fp := t.place(h)
	for {
		s := t.slots[i]
		if s.key == fp {
			return s.val, true
		}
		if s.key == 0 {
			return 0, false
		}
		i = (i + 1) & t.mask
	}
}

// cueIndex finds the cues filed under a hash.
type cueIndex struct {
	t     table32
	lists [][]*cue
}

// newCueIndex builds the index of m.
func newCueIndex(m map[uint64][]*cue) cueIndex {
	x := cueIndex{lists: make([][]*cue, 0, len(m))}
	pos := make(map[uint64]int32, len(m))
	for h, cs := range m {
		pos[h] = int32(len(x.lists))
		x.lists = append(x.lists, cs)
	}
	x.t = newTable32(pos)
	return x
}

// get returns the cues filed under h (or, rarely, under another hash:
// callers compare the words).
func (x *cueIndex) get(h uint64) []*cue {
	if i, ok := x.t.get(h); ok {
		return x.lists[i]
	}
	return nil
}

// nodeIndex finds the prefix node of a hash (or, rarely, of another
// hash: callers compare the words of the cues).
type nodeIndex struct {
	t     table32
	nodes []prefixNode
}

func newNodeIndex(m map[uint64]prefixNode) nodeIndex {
	x := nodeIndex{nodes: make([]prefixNode, 0, len(m))}
	pos := make(map[uint64]int32, len(m))
	for h, n := range m {
		pos[h] = int32(len(x.nodes))
		x.nodes = append(x.nodes, n)
	}
	x.t = newTable32(pos)
	return x
}

// probIndex finds the log-probabilities of a word or n-gram.
type probIndex struct {
	t     table32
	keys  []uint64 // the key of each position, to tell it from another sharing its 32 bits
	probs [][numLangs]float32
}

func newProbIndex(m map[uint64][numLangs]float32) probIndex {
	x := probIndex{probs: make([][numLangs]float32, 0, len(m)), keys: make([]uint64, 0, len(m))}
	pos := make(map[uint64]int32, len(m))
	for h, p := range m {
		pos[h] = int32(len(x.probs))
		x.probs = append(x.probs, p)
		x.keys = append(x.keys, h)
	}
	x.t = newTable32(pos)
	return x
}

func (x *probIndex) get(h uint64) (*[numLangs]float32, bool) {
	if i, ok := x.t.get(h); ok && x.keys[i] == h {
		return &x.probs[i], true
	}
	return nil, false
}

// typoCand is a cue that a word may be a typing error of: its first word
// or prefix.
type typoCand struct {
	word   string
	c      *cue
	prefix bool
	n      int  // len(word)
	l1, l2 byte // the last letter of word, and the one before
}

// typoIndex finds the typo candidates of a word: the cues whose first
// word or prefix starts with the same two letters. The candidates of all
// starts lie in one array, in a few bytes each (the whole of each in
// full, apart), so that those of a word are read in a sweep of a cache
// line or two.
type typoIndex struct {
	az    [26 * 26]typoRange // by two small ASCII letters
	other table32            // by typoKey, for other starts: an index in ranges
	rs    []typoRange
	short []typoShort
	full  []typoCand
}

// typoRange is the candidates of one start: short[lo:mid] are words, by
// length, and short[mid:hi] prefixes.
type typoRange struct{ lo, mid, hi uint16 }

// typoShort is what a candidate is told from most words by.
type typoShort struct {
	n      uint8 // the length of its word or prefix
	l1, l2 byte  // its last letter, and the one before
	prefix bool
}

func newTypoIndex(m map[string][]typoCand) *typoIndex {
	x := &typoIndex{}
	pos := map[uint64]int32{}
	starts := make([]string, 0, len(m))
	for start := range m {
		starts = append(starts, start)
	}
	sort.Strings(starts)
	for _, start := range starts {
		cs := append([]typoCand(nil), m[start]...)
		sort.SliceStable(cs, func(i, j int) bool {
			if cs[i].prefix != cs[j].prefix {
				return !cs[i].prefix
			}
			return cs[i].n < cs[j].n
		})
		r := typoRange{lo: uint16(len(x.short)), mid: uint16(len(x.short))}
		for _, c := range cs {
			if c.n > 255 {
				panic("classify: built-in typo candidate too long: " + c.word)
			}
			x.short = append(x.short, typoShort{n: uint8(c.n), l1: c.l1, l2: c.l2, prefix: c.prefix})
			x.full = append(x.full, c)
			if !c.prefix {
				r.mid++
			}
		}
		r.hi = uint16(len(x.short))
		if k := start2(start); k >= 0 {
			x.az[k] = r
		} else {
			pos[typoKey(start)] = int32(len(x.rs))
			x.rs = append(x.rs, r)
		}
	}
	if len(x.short) > 1<<16-1 {
		panic("classify: too many built-in typo candidates")
	}
	x.other = newTable32(pos)
	return x
}

// get returns the candidates of w, of two bytes or more.
func (x *typoIndex) get(w string) typoRange {
	if k := start2(w); k >= 0 {
		return x.az[k]
	}
	if i, ok := x.other.get(typoKey(w[:2])); ok {
		return x.rs[i]
	}
	return typoRange{}
}

// start2 returns the index in typoIndex.az of the first two bytes of w,
// or -1 when they are not two small ASCII letters.
func start2(w string) int {
	a, b := w[0]-'a', w[1]-'a'
	if a >= 26 || b >= 26 {
		return -1
	}
	return int(a)*26 + int(b)
}

// wordEntry is what a word is to the lexicon.
type wordEntry struct {
	exact   []*cue // the cues it starts, followed by no other word
	pairs   bool   // it starts a cue with another word after it
	negator bool   // it negates the cues shortly after it
	word    string // the word, for a negator
	next    uint64 // for pairs, a bit for each second word (see nextBit)
}

// nextBit returns the bit of wordEntry.next for a second word's key.
func nextBit(h uint64) uint64 { return 1 << (h >> 58) }

// The flags of a wordIndex value, beside the entry's position.
const (
	wExact   = 1 << 30
	wPairs   = 1 << 29
	wNegator = 1 << 28
	wPos     = wNegator - 1
)

// wordIndex finds the entry of a word's hash (or, rarely, of another
// hash: callers compare). The value says what the entry has, so that
// most words are decided without reading it.
type wordIndex struct {
	t       table32
	entries []wordEntry
	next    []uint64 // entries[i].next, packed apart to be read without the entry
}

func newWordIndex(m map[uint64]*wordEntry) wordIndex {
	x := wordIndex{entries: make([]wordEntry, 0, len(m))}
	pos := make(map[uint64]int32, len(m))
	for h, e := range m {
		v := int32(len(x.entries))
		if len(e.exact) > 0 {
			v |= wExact
		}
		if e.pairs {
			v |= wPairs
		}
		if e.negator {
			v |= wNegator
		}
		pos[h] = v
		x.entries = append(x.entries, *e)
		x.next = append(x.next, e.next)
	}
	x.t = newTable32(pos)
	return x
}
