package classify

import (
	"math"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/cartero/cartero/internal/fold"
)

// refTokenize is tokenize written plainly, a rune at a time: tokenize
// reads most words eight bytes at a time and others by faster paths, and
// must give the same tokens.
func refTokenize(s string) []token {
	var toks []token
	clause, sentence := true, true
	sent := int32(-1)
	for i := 0; i < len(s) && len(toks) < maxTokens; {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case fold.IsWordRune(r):
			start := i
			var b []byte
			letters, upper, digits := 0, 0, 0
			inner, lower := false, false
			for i < len(s) {
				r, size := utf8.DecodeRuneInString(s[i:])
				if fold.IsWordRune(r) {
					if unicode.IsLetter(r) {
						letters++
						if unicode.IsUpper(r) {
							upper++
							inner = inner || lower
							lower = false
						} else {
							lower = true
						}
					} else if unicode.IsDigit(r) {
						digits++
					}
					b = fold.Rune(b, r)
					i += size
					continue
				}
				if (r == '\'' || r == '’') && letters > 0 && i+size < len(s) {
					if n, _ := utf8.DecodeRuneInString(s[i+size:]); unicode.IsLetter(n) {
						b = append(b, '\'')
						i += size
						continue
					}
				}
				break
			}
			t := token{norm: string(b), hash: wordKey(string(b)), start: int32(start), end: int32(i), kind: tWord, num: -1,
				clause: clause, sentence: sentence}
			if digits > 0 && letters == 0 {
				t.kind, t.num = tNumber, atoiSmall(b)
			}
			t.caps = letters >= 3 && upper == letters
			t.name = inner && !t.caps
			if sentence {
				sent++
			}
			t.sent = sent
			toks = append(toks, t)
			clause, sentence = false, false
		case signOf(r) != 0:
			if r == '¿' || r == '¡' {
				clause, sentence = true, true
			}
			if sentence {
				sent++
			}
			sg := string(signOf(r))
			toks = append(toks, token{norm: sg, hash: wordKey(sg), start: int32(i), end: int32(i + size), kind: tSign,
				num: -1, clause: clause, sentence: sentence, sent: sent})
			end := sg == "?" || sg == "!"
			clause, sentence = end, end
			i += size
		default:
			if (r == '.' || r == ',') && i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
				i++
				continue
			}
			if isClause(r) {
				clause = true
			}
			if r == '.' || r == '\n' || r == '…' {
				sentence = true
			}
			i += size
		}
	}
	return toks
}

// checkTokenize reports where tokenize and refTokenize differ on s.
func checkTokenize(t testing.TB, s string) {
	t.Helper()
	got, want := tokenize(nil, s), refTokenize(s)
	if len(got) != len(want) {
		t.Fatalf("%q: %d tokens, want %d:\n got %+v\nwant %+v", s, len(got), len(want), got, want)
	}
	for k := range got {
		g, w := got[k], want[k]
		g.negator = false
		if g != w {
			t.Fatalf("%q: token %d\n got %+v\nwant %+v", s, k, g, w)
		}
	}
}

// TestTokenizeLikeReference compares tokenize with refTokenize on
// strings made of the pieces its fast paths tell apart.
func TestTokenizeLikeReference(t *testing.T) {
	pieces := []string{"a", "z", "A", "Z", "e", "O", "x", "0", "9", "12", " ", "  ", "\n", "\r\n", ".", ",", ";", ":",
		"?", "!", "¿", "¡", "/", "%", "'", "’", "-", "(", "\"", "@", "[", "`", "{", "~", "\x7f", "\t",
		"á", "Á", "ñ", "Ñ", "ç", "ü", "ß", "×", "÷", "ÿ", "æ", "Œ", "İ", "Ⱥ", "ǅ", "ﬁ", "\u0301", "…", "★", "日",
		"\xff", "\xc3", "\xc3\x28", "\x80", "hola", "HOLA", "Hola", "rapidEnvío", "iPhone", "don't", "144.00",
		"1,296", "pedido", "inaceptable", "cobraron", "RÁPIDO"}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(24); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		checkTokenize(t, b.String())
	}
	for _, l := range readLabelled(t, "testdata/labelled.jsonl") {
		checkTokenize(t, l.Text)
	}
}

// refDetect is detect written plainly, with eachWord and eachGram, as the
// language model is built: detect reads words by faster paths and must
// give the same answer.
func refDetect(text, extra string) (string, float64) {
	m := languages()
	var score [numLangs]float64
	n := 0.0
	letters := 0
	decided := false
	read := func(s string) {
		if len(s) > langMaxBytes {
			s = s[:langMaxBytes]
		}
		if strings.Contains(s, "¿") || strings.Contains(s, "¡") {
			score[0] += langOpenMark
		}
		eachWord(s, func(w []byte) {
			if decided {
				return
			}
			letters += utf8.RuneCount(w)
			if p, ok := m.words.get(wordHash(w)); ok {
				for l := range score {
					score[l] += langWordWeight * float64(p[l])
				}
				n += langWordWeight
			}
			eachGram(w, func(g uint64) {
				if p, ok := m.grams.get(g); ok {
					for l := range score {
						score[l] += float64(p[l])
					}
					n++
				}
			})
			if n >= 60 && letters >= langFullLetters {
				first, second := math.Inf(-1), math.Inf(-1)
				for _, s := range score {
					if s > first {
						first, second = s, first
					} else if s > second {
						second = s
					}
				}
				decided = (first-second)/(langTemp*math.Sqrt(n)) > langDecided
			}
		})
	}
	read(text)
	if letters < 12 && extra != "" {
		read(extra)
	}
	return decide(score, n, letters)
}

// checkDetect reports where detect and refDetect differ on text.
func checkDetect(t testing.TB, text, extra string) {
	t.Helper()
	gc, gp := detect(text, extra)
	wc, wp := refDetect(text, extra)
	if gc != wc || gp != wp {
		t.Fatalf("detect(%q, %q) = %s %v, want %s %v", text, extra, gc, gp, wc, wp)
	}
}

// TestDetectLikeReference compares detect with refDetect.
func TestDetectLikeReference(t *testing.T) {
	for _, l := range readLabelled(t, "testdata/labelled.jsonl") {
		checkDetect(t, l.Text, l.Subject)
	}
	b, err := os.ReadFile("testdata/language.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		_, text, _ := strings.Cut(line, "\t")
		checkDetect(t, text, "")
	}
	pieces := []string{"la", "the", "não", "ção", "Ñ", "É", "ü", "ß", "×", "÷", "ÿ", " ", "'", "’", "¿", "¡", "9",
		"\xc3", "\xc3\x28", "\xff", "日本", "Ⱥ", "İ", "ñandú", "straße", "QUIERO", "l'envoi", ".", "\n"}
	rng := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 20000; n++ {
		var sb strings.Builder
		for k := rng.IntN(40); k >= 0; k-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		checkDetect(t, sb.String(), "")
	}
}
