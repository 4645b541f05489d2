package classify

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

// cueIndex finds the cues filed under a hash.
type cueIndex struct {
	t     table64
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
	x.t = newTable64(pos)
	return x
}

// get returns the cues filed under h (or, rarely, under a hash that
// differs from h only in its lowest bit: callers compare the words).
func (x *cueIndex) get(h uint64) []*cue {
	if i, ok := x.t.get(h); ok {
		return x.lists[i]
	}
	return nil
}

// nodeIndex finds the prefix node of a hash.
type nodeIndex struct {
	t     table64
	nodes []prefixNode
}

func newNodeIndex(m map[uint64]prefixNode) nodeIndex {
	x := nodeIndex{nodes: make([]prefixNode, 0, len(m))}
	pos := make(map[uint64]int32, len(m))
	for h, n := range m {
		pos[h] = int32(len(x.nodes))
		x.nodes = append(x.nodes, n)
	}
	x.t = newTable64(pos)
	return x
}

func (x *nodeIndex) get(h uint64) (prefixNode, bool) {
	if i, ok := x.t.get(h); ok {
		return x.nodes[i], true
	}
	return prefixNode{}, false
}

// probIndex finds the log-probabilities of a word or n-gram.
type probIndex struct {
	t     table64
	probs [][numLangs]float32
}

func newProbIndex(m map[uint64][numLangs]float32) probIndex {
	x := probIndex{probs: make([][numLangs]float32, 0, len(m))}
	pos := make(map[uint64]int32, len(m))
	for h, p := range m {
		pos[h] = int32(len(x.probs))
		x.probs = append(x.probs, p)
	}
	x.t = newTable64(pos)
	return x
}

func (x *probIndex) get(h uint64) (*[numLangs]float32, bool) {
	if i, ok := x.t.get(h); ok {
		return &x.probs[i], true
	}
	return nil, false
}
