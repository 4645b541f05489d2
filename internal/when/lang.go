package when

import "strings"

// A meaning is what a single word means to the grammar in one language.
// The zero meaning is a word the grammar does not know.
type meaning struct {
	num     int8 // a number word: "dos", "twenty", "vinte"
	unit    unit
	weekday int8 // 1 + time.Weekday
	month   int8 // 1 to 12
	flags   flag
}

type unit uint8

const (
	noUnit unit = iota
	minutes
	hours
	days
	weeks
	months // recognized so that "3 meses" is not read as anything else
	years
)

type flag uint16

const (
	start    flag = 1 << iota // may begin an expression
	business                  // "hábiles", "business", "úteis"
	weak                      // a weekday that needs a word before it ("segunda")
	abbr                      // a month's abbreviation, which may take a dot
	ordinal                   // "st", "nd", "rd", "th" after a number
	am                        // "am"
	pm                        // "pm"
	article                   // "a", "an": one, only after a word that asks for an amount
	capital                   // a month that is another word unless capitalized: "May", "March"
)

// A phrase is a few words, separated by single spaces, that stand for a
// value: a day offset, a part of the day.
type phrase struct {
	s string
	v int
}

// Parts of the day, the values of the part phrases.
const (
	morning   = iota + 1 // 06:00 to 12:00
	early                // first thing: 06:00 to 10:00
	afternoon            // 12:00 to 18:00
	tarde                // the Spanish and Portuguese afternoon: 12:00 to 20:00
	evening              // 18:00 to 24:00
	night                // 20:00 to 24:00
	endOfDay             // a deadline at the end of the day
)

// partHours gives the hours each part of the day spans.
var partHours = [...][2]int{
	morning:   {6, 12},
	early:     {6, 10},
	afternoon: {12, 18},
	tarde:     {12, 20},
	evening:   {18, 24},
	night:     {20, 24},
	endOfDay:  {0, 24},
}

// Values of the clock phrases that follow a time: "de la tarde" is pm.
const (
	clockAM    = iota + 1 // the hour is before noon
	clockPM               // the hour is after noon
	clockNight            // 6 to 12 are evening hours, the others early morning
	clockNoon             // "del mediodía": 12 is noon, 1 to 5 after noon
	clockPlain            // "en punto", "o'clock": nothing changes
)

// Tables are the words of the grammar in one language, as written in
// es.go, en.go and pt.go. Every phrase is folded (lower case, without
// accents) with single spaces; a hyphen may stand between two of its words
// ("meio-dia", "segunda-feira").
type tables struct {
	words map[string]meaning
	// feira may follow a Portuguese weekday.
	feira string
	// pmBelow7 reads a bare hour from 1 to 6 as afternoon ("at 5"), as
	// English speakers mean it.
	pmBelow7 bool
	// strictClock asks a bare hour for "am", "pm", minutes or a day ("at 10
	// tomorrow", "at ten o'clock"), and a day of the month alone for an
	// ordinal ("the 3rd").
	strictClock bool

	amountPre       []string // before an amount of time: "en", "dentro de", "en un plazo máximo de"
	before          []string // a deadline at the start of what follows: "antes de"
	by              []string // a deadline at the end of what follows: "hasta", "by"
	after           []string // a deadline after an expression: "como máximo", "at the latest"
	at              []string // before a clock time: "a las", "at", "às"
	atOne           []string // the same before one o'clock: "a la", "à"
	clockArticle    []string // before a clock time after a deadline: "las" in "antes de las 12"
	clockArticleOne []string // the same before one o'clock: "la"
	clockPost       []phrase // after a clock time: "de la tarde", "in the morning"
	halfPast        []phrase // after an hour: "y media" 30
	noon, midnight  []string // the words, with or without their article or "at"
	dayPre          []string // before a weekday or a date: "el", "este próximo", "on", "na"
	datePre         []string // before a date but not a weekday: "a" in "a 3 de dezembro"
	dateDay         []string // before a day of the month alone: "el día", "the", "dia"
	weekdayPost     []string // after a weekday, with the same meaning: "que viene"
	pastPost        []string // after a weekday, for one that has passed: "pasado"
	dayWords        []phrase // "hoy" 0, "mañana" 1, "pasado mañana" 2
	same            []string // after a day word, part of it: "mismo"
	nowadays        []string // after "hoy", a different meaning: "en día"
	partToday       []phrase // "esta tarde" tarde, "tonight" evening
	partBeforeDay   []phrase // "first thing" early
	partAfterDay    []phrase // "por la mañana" morning
	endOfDayWords   []string // "final del día", "end of day", "EOD"
	endOfDayPre     []string // "al", "the", "ao"
	endOfDayOf      []string // between the end of day and a day: "de", "del", "on"
	weekWords       []phrase // "esta semana" 0, "la próxima semana" 1
	timeDay         []string // between a clock time and a day: "del", "on", "de"
	monthOf         []string // between a day and a month: "de", "of"
	yearOf          []string // between a month and a year: "de", "del"
	fixedAmounts    []phrase // amounts in minutes written without a number: "media hora" 30
	andHalf         []string // after an amount: "y media", "and a half"
	calendarDays    []string // after a unit of days, read as plain days: "naturales"
	rangeSep        []string // between two amounts: "a", "o", "to"
	listSep         []string // between two weekdays of a list or a range: "a", "y", "to"
	rangeStart      []string // before the first time of a range: "de", "from", "das"
	blockCore       []string // before a day or time that is not a promise: "desde", "last"
	blockAmount     []string // before a bare amount that is not a promise: "hace", "for"
	blockAmountEnd  []string // after a bare amount that is not a promise: "de", "ago"
	ago             []string // after any amount, for the past: "atrás", "ago"
}

// listID names one of a language's lists of phrases, the fields of
// tables of the same names.
type listID uint8

const (
	amountPre listID = iota
	before
	by
	after
	at
	atOne
	clockArticle
	clockArticleOne
	clockPost
	halfPast
	noon
	midnight
	dayPre
	datePre
	dateDay
	weekdayPost
	pastPost
	dayWords
	same
	nowadays
	partToday
	partBeforeDay
	partAfterDay
	endOfDayWords
	endOfDayPre
	endOfDayOf
	weekWords
	timeDay
	monthOf
	yearOf
	fixedAmounts
	andHalf
	calendarDays
	rangeSep
	listSep
	rangeStart
	blockCore
	blockAmount
	blockAmountEnd
	ago
	listCount
)

// starters are the lists whose phrases may begin an expression.
var starters = [...]listID{amountPre, before, by, at, atOne, noon, midnight, dayPre, datePre, dateDay, endOfDayWords,
	endOfDayPre, dayWords, partToday, partBeforeDay, weekWords}

// A language is the tables in the form the parser reads: every token of a
// text is looked up once in index, and its entry in table says what the
// word means and which phrases it begins or ends.
type language struct {
	feira                 string
	pmBelow7, strictClock bool

	index wordIndex
	table []entry
	// Each list's phrases, as a trie over words' entries for reading
	// forwards and as sequences of entries for reading backwards.
	tries   [listCount]trie
	phrases [listCount][][]uint16
}

// A wordIndex maps words to their entries: an open-addressing hash table,
// which every token of a text is looked up in, and so faster than a map
// for short words.
type wordIndex struct {
	keys []string
	vals []uint16
	// lengths has bit n of lengths[c] set when a word of n bytes that
	// starts with c is in the index, to spare most lookups.
	lengths [256]uint64
}

func newWordIndex(words map[string]uint16) wordIndex {
	size := 1
	for size < 4*len(words) {
		size *= 2
	}
	x := wordIndex{keys: make([]string, size), vals: make([]uint16, size)}
	for w, v := range words {
		i := hash(w) & uint32(size-1)
		for x.keys[i] != "" {
			i = (i + 1) & uint32(size-1)
		}
		x.keys[i], x.vals[i] = w, v
		x.lengths[w[0]] |= 1 << min(len(w), 63)
	}
	return x
}

// hash is FNV-1a.
func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// lookup returns the entry of s, 0 if there is none.
func (x *wordIndex) lookup(s string) uint16 {
	if x.lengths[s[0]]&(1<<min(len(s), 63)) == 0 {
		return 0
	}
	mask := uint32(len(x.keys) - 1)
	for i := hash(s) & mask; ; i = (i + 1) & mask {
		switch x.keys[i] {
		case s:
			return x.vals[i]
		case "":
			return 0
		}
	}
}

// An entry is a word's meaning, with the lists that have a phrase that
// begins or ends with it.
type entry struct {
	meaning
	first, last uint64
}

// A trie holds phrases word by word; node 0 is the root.
type trie []trieNode

type trieNode struct {
	word     uint16 // the entry of the word that leads here
	terminal bool   // a phrase ends here
	value    int    // the value of the phrase that ends here
	children []int32
}

// add adds the phrase of words with value v.
func (t *trie) add(words []uint16, v int) {
	if len(*t) == 0 {
		*t = append(*t, trieNode{})
	}
	n := 0
next:
	for _, w := range words {
		for _, c := range (*t)[n].children {
			if (*t)[c].word == w {
				n = int(c)
				continue next
			}
		}
		*t = append(*t, trieNode{word: w})
		(*t)[n].children = append((*t)[n].children, int32(len(*t)-1))
		n = len(*t) - 1
	}
	(*t)[n].terminal, (*t)[n].value = true, v
}

// compile builds a language from its tables.
func compile(t tables) *language {
	l := &language{
		feira:       t.feira,
		pmBelow7:    t.pmBelow7,
		strictClock: t.strictClock,
		table:       []entry{{}},
	}
	index := make(map[string]uint16, len(t.words))
	entry := func(w string) *entry {
		k, ok := index[w]
		if !ok {
			k = uint16(len(l.table))
			index[w] = k
			l.table = append(l.table, entry{})
		}
		return &l.table[k]
	}
	for w, m := range t.words {
		e := entry(w)
		e.meaning = m
		if m.weekday != 0 || m.month != 0 {
			e.flags |= start
		}
	}
	plain := [listCount][]string{amountPre: t.amountPre, before: t.before, by: t.by, after: t.after, at: t.at,
		atOne: t.atOne, clockArticle: t.clockArticle, clockArticleOne: t.clockArticleOne, noon: t.noon,
		midnight: t.midnight, dayPre: t.dayPre, datePre: t.datePre, dateDay: t.dateDay, weekdayPost: t.weekdayPost,
		pastPost: t.pastPost, same: t.same, nowadays: t.nowadays, endOfDayWords: t.endOfDayWords,
		endOfDayPre: t.endOfDayPre, endOfDayOf: t.endOfDayOf, timeDay: t.timeDay, monthOf: t.monthOf,
		yearOf: t.yearOf, andHalf: t.andHalf, calendarDays: t.calendarDays, rangeSep: t.rangeSep,
		listSep: t.listSep, rangeStart: t.rangeStart, blockCore: t.blockCore, blockAmount: t.blockAmount,
		blockAmountEnd: t.blockAmountEnd, ago: t.ago}
	valued := [listCount][]phrase{clockPost: t.clockPost, halfPast: t.halfPast, dayWords: t.dayWords,
		partToday: t.partToday, partBeforeDay: t.partBeforeDay, partAfterDay: t.partAfterDay,
		weekWords: t.weekWords, fixedAmounts: t.fixedAmounts}
	for id := range listCount {
		list := valued[id]
		for _, s := range plain[id] {
			list = append(list, phrase{s: s})
		}
		for _, ph := range list {
			words := strings.Fields(ph.s)
			ids := make([]uint16, len(words))
			for k, w := range words {
				entry(w)
				ids[k] = index[w]
			}
			l.tries[id].add(ids, ph.v)
			l.phrases[id] = append(l.phrases[id], ids)
			l.table[ids[0]].first |= 1 << id
			l.table[ids[len(ids)-1]].last |= 1 << id
		}
	}
	for _, id := range starters {
		for _, ph := range l.phrases[id] {
			l.table[ph[0]].flags |= start
		}
	}
	l.index = newWordIndex(index)
	return l
}

// languages are the languages Find knows, in the order in which it prefers
// them when a text's language is unknown. Like the tables, it is never
// modified.
var languages = [...]*language{spanish, english, portuguese}

// lookup returns the languages to read a text in for a BCP 47 tag, and
// whether numeric dates put the day first.
func lookup(tag string) ([]*language, bool) {
	base, rest, _ := strings.Cut(strings.ReplaceAll(tag, "_", "-"), "-")
	region := ""
	for rest != "" {
		var sub string
		sub, rest, _ = strings.Cut(rest, "-")
		if len(sub) == 2 || len(sub) == 3 && sub[0] >= '0' && sub[0] <= '9' {
			region = strings.ToUpper(sub)
			break
		}
	}
	all := languages[:]
	switch strings.ToLower(base) {
	case "es":
		return all[0:1], true
	case "en":
		return all[1:2], !monthFirst(region)
	case "pt":
		return all[2:3], true
	}
	return all, true
}

// monthFirst reports whether English in region writes numeric dates month
// first: the United States and the places that follow its usage, and
// English without a region.
func monthFirst(region string) bool {
	switch region {
	case "", "US", "PH", "PR", "GU", "VI", "AS", "MP", "UM", "FM", "MH", "PW":
		return true
	}
	return false
}
