package classify

import (
	"embed"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Language identification reads letters, not meanings: a naive Bayes
// model over the words and the character n-grams (one to three
// characters, words padded with a space) of a few pages of text written
// for Cartero in each language (langdata/*.txt). The words tell the
// closest languages apart on short texts ("quiero" against "quero",
// "donde" against "onde"), the n-grams cover words the pages never used,
// and the opening marks ¿ and ¡ count for Spanish. The model is built on
// first use, in a few milliseconds.

//go:embed langdata/*.txt
var langData embed.FS

// langCodes lists the languages identified, as BCP 47 primary subtags.
var langCodes = [numLangs]string{"es", "en", "pt", "fr", "de", "it"}

const numLangs = 6

// Undetermined is the language code of a text whose language is not
// clear: too short, or too close between two languages.
const Undetermined = "und"

// Tuning of the identifier, checked on the labelled set (not on the
// language test set).
const (
	langAlpha       = 0.1  // smoothing of the counts
	langWordWeight  = 2.5  // a known word counts as much as this many n-grams
	langMinLetters  = 4    // fewer letters than this: und
	langFullLetters = 8    // fewer letters than this lower the confidence
	langMinConf     = 0.6  // a lower confidence: und
	langTemp        = 0.35 // softmax temperature, per square root of features
	langMaxBytes    = 600  // only the start of a long text is read
	langDecided     = 9.0  // stop reading when the lead, over the temperature, is this large
	langOpenMark    = 3.0  // weight of ¿ and ¡ for Spanish
)

// langModel holds log-probabilities of words and n-grams in each
// language.
//
// Keys are FNV-1a hashes (tagged 'w' for words, 'g' for n-grams): a
// collision among a few thousand keys in 64 bits is not a concern, and
// hashing spares building strings.
type langModel struct {
	grams, words probIndex
}

// languages returns the model, building it on first use.
var languages = sync.OnceValue(func() *langModel {
	var texts [numLangs]string
	for i, code := range langCodes {
		b, err := langData.ReadFile("langdata/" + code + ".txt")
		if err != nil {
			panic("classify: missing language data " + code) // the files are embedded
		}
		texts[i] = string(b)
	}
	return buildLangModel(texts)
})

// buildLangModel counts the words and n-grams of one text per language.
func buildLangModel(texts [numLangs]string) *langModel {
	gramCounts := map[uint64]*[numLangs]float64{}
	wordCounts := map[uint64]*[numLangs]float64{}
	var gramTotal, wordTotal [numLangs]float64
	for l, text := range texts {
		for _, line := range strings.Split(text, "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			eachWord(line, func(w []byte) {
				wh := wordHash(w)
				c := wordCounts[wh]
				if c == nil {
					c = new([numLangs]float64)
					wordCounts[wh] = c
				}
				c[l]++
				wordTotal[l]++
				eachGram(w, func(g uint64) {
					c := gramCounts[g]
					if c == nil {
						c = new([numLangs]float64)
						gramCounts[g] = c
					}
					c[l]++
					gramTotal[l]++
				})
			})
		}
	}
	fill := func(src map[uint64]*[numLangs]float64, total [numLangs]float64) probIndex {
		dst := make(map[uint64][numLangs]float32, len(src))
		v := float64(len(src))
		for k, c := range src {
			var p [numLangs]float32
			for l := range c {
				p[l] = float32(math.Log((c[l] + langAlpha) / (total[l] + langAlpha*v)))
			}
			dst[k] = p
		}
		return newProbIndex(dst)
	}
	return &langModel{grams: fill(gramCounts, gramTotal), words: fill(wordCounts, wordTotal)}
}

// eachWord calls fn with every word of s, lower-cased, accents kept; fn
// must not keep the slice.
func eachWord(s string, fn func(w []byte)) {
	var buf [64]byte
	w := buf[:0]
	flush := func() {
		if len(w) > 0 && len(w) <= 48 {
			fn(w)
		}
		w = buf[:0]
	}
	for _, r := range s {
		if unicode.IsLetter(r) || r == '\'' || r == '’' {
			if r == '’' {
				r = '\''
			}
			if len(w) < 56 {
				w = utf8.AppendRune(w, unicode.ToLower(r))
			}
			continue
		}
		flush()
	}
	flush()
}

// wordHash returns the key of a word.
func wordHash(w []byte) uint64 {
	h := hashByte(fnvOffset, 'w')
	for _, c := range w {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// eachGram calls fn with the keys of the n-grams of one to three
// characters of a word padded with a space on each side.
func eachGram(w []byte, fn func(g uint64)) {
	var buf [64]byte
	p := append(append(append(buf[:0], ' '), w...), ' ')
	// Rune start offsets.
	var starts [60]int
	n := 0
	for i := 0; i < len(p) && n < len(starts)-1; {
		starts[n] = i
		n++
		_, size := utf8.DecodeRune(p[i:])
		i += size
	}
	starts[n] = len(p)
	for i := 0; i < n; i++ {
		h := hashByte(fnvOffset, 'g')
		for size := 1; size <= 3 && i+size <= n; size++ {
			for _, c := range p[starts[i+size-1]:starts[i+size]] {
				h = (h ^ uint64(c)) * fnvPrime
			}
			if size == 1 && p[starts[i]] == ' ' {
				continue
			}
			fn(h)
		}
	}
}

// Language identifies the language of text among Spanish ("es"), English
// ("en"), Portuguese ("pt"), French ("fr"), German ("de") and Italian
// ("it"), with a confidence in [0, 1]. It returns [Undetermined] ("und")
// when the text is too short or the evidence too close to call. It is
// meant for what customers write, from a single sentence up.
func Language(text string) (code string, confidence float64) {
	return detect(text, "")
}

// detect identifies the language of text, reading extra too when text
// alone has few letters.
func detect(text, extra string) (string, float64) {
	m := languages()
	var st langState
	st.read(m, text)
	if st.letters < 12 && extra != "" {
		st.read(m, extra)
	}
	return decide(st.score, st.n, st.letters)
}

// decide turns the evidence read from a text (log-likelihood scores per
// language, the weight of the evidence and the letters read) into a
// language and a confidence.
func decide(score [numLangs]float64, n float64, letters int) (string, float64) {
	if letters < langMinLetters || n == 0 {
		return Undetermined, 0
	}
	// A posterior with a temperature that grows with the evidence, so
	// that confidence means the same on a line and on a page.
	t := langTemp * math.Sqrt(n)
	max := math.Inf(-1)
	for _, s := range score {
		if s > max {
			max = s
		}
	}
	var sum float64
	best := 0
	for l, s := range score {
		e := math.Exp((s - max) / t)
		if s == max {
			best = l
		}
		score[l] = e
		sum += e
	}
	conf := score[best] / sum
	// A word or two is little evidence, however clear its letters.
	if letters < langFullLetters {
		conf *= float64(letters) / langFullLetters
	}
	if conf < langMinConf {
		return Undetermined, conf
	}
	return langCodes[best], conf
}

// langState is what detect has read so far.
type langState struct {
	score   [numLangs]float64
	n       float64 // features read
	letters int
	decided bool
}

// read reads the words of s as eachWord splits them, up to langMaxBytes.
func (st *langState) read(m *langModel, s string) {
	if len(s) > langMaxBytes {
		s = s[:langMaxBytes]
	}
	if strings.Contains(s, "¿") || strings.Contains(s, "¡") {
		st.score[0] += langOpenMark
	}
	var buf [64]byte
	w := buf[:0]
	for i := 0; i < len(s) && !st.decided; {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', c == '\'':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				st.word(m, w)
				w = buf[:0]
				continue
			}
			if len(w) < 56 {
				w = append(w, c)
			}
			continue
		}
		if c == 0xC3 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// Latin-1, the most common beyond ASCII: lower-cased by table.
			if l := latin1Lower[s[i+1]&0x3F]; l != 0 {
				if len(w) < 56 {
					w = append(w, 0xC3, l)
				}
			} else {
				st.word(m, w)
				w = buf[:0]
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == '’' {
			r = '\''
		} else if !unicode.IsLetter(r) {
			st.word(m, w)
			w = buf[:0]
			continue
		}
		if len(w) < 56 {
			w = utf8.AppendRune(w, unicode.ToLower(r))
		}
	}
	st.word(m, w)
}

// word adds what the model knows of the word w and its n-grams (as
// eachGram makes them) to the score, and decides when the answer can no
// longer change much: a long text is decided by its first sentences.
func (st *langState) word(m *langModel, w []byte) {
	if len(w) == 0 || len(w) > 48 || st.decided {
		return
	}
	st.letters += utf8.RuneCount(w)
	if p, ok := m.words.get(wordHash(w)); ok {
		for l := range st.score {
			st.score[l] += langWordWeight * float64(p[l])
		}
		st.n += langWordWeight
	}
	// The word padded with a space on each side, and where its runes
	// start.
	var pbuf [64]byte
	p := append(append(append(pbuf[:0], ' '), w...), ' ')
	var starts [60]int32
	k := 0
	for i := 0; i < len(p) && k < len(starts)-1; {
		starts[k] = int32(i)
		k++
		if p[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRune(p[i:])
			i += size
		}
	}
	starts[k] = int32(len(p))
	for i := 0; i < k; i++ {
		h := hashByte(fnvOffset, 'g')
		for size := 1; size <= 3 && i+size <= k; size++ {
			for _, c := range p[starts[i+size-1]:starts[i+size]] {
				h = (h ^ uint64(c)) * fnvPrime
			}
			if size == 1 && p[starts[i]] == ' ' {
				continue
			}
			if q, ok := m.grams.get(h); ok {
				for l := range st.score {
					st.score[l] += float64(q[l])
				}
				st.n++
			}
		}
	}
	if st.n >= 60 && st.letters >= langFullLetters {
		first, second := math.Inf(-1), math.Inf(-1)
		for _, s := range st.score {
			if s > first {
				first, second = s, first
			} else if s > second {
				second = s
			}
		}
		st.decided = (first-second)/(langTemp*math.Sqrt(st.n)) > langDecided
	}
}

// latin1Lower gives, for the letters U+00C0 to U+00FF by the low six bits
// of their second byte in UTF-8, the second byte of their lower-case
// form (whose first is 0xC3 too), and 0 for the signs × and ÷.
var latin1Lower = func() (t [64]byte) {
	for i := range t {
		r := rune(0xC0 + i)
		if l := unicode.ToLower(r); unicode.IsLetter(r) && l >= 0xC0 && l <= 0xFF {
			t[i] = byte(0x80 | (l-0xC0)&0x3F)
		}
	}
	return t
}()
