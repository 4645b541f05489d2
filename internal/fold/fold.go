// Package fold folds text for matching words written in Spanish, English
// and Portuguese: lower case, accents removed, typographic apostrophes
// made straight, so that "Pésimo", "PESIMO" and "pesimo" are one word.
// Folding keeps one byte for each accented Latin letter, so a folded
// ASCII word is no longer than what was written.
package fold

import (
	"unicode"
	"unicode/utf8"
)

// Rune appends the folded form of r to b. Letters that fold to two (ß, æ,
// œ) give two.
func Rune(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	}
	switch r {
	case 'ß':
		return append(b, 's', 's')
	case 'æ', 'Æ':
		return append(b, 'a', 'e')
	case 'œ', 'Œ':
		return append(b, 'o', 'e')
	case '’', '‘', 'ʼ', '`', '´':
		return append(b, '\'')
	}
	r = unicode.ToLower(r)
	if r >= 0xC0 && r <= 0x17F {
		if f := latin[r-0xC0]; f != 0 {
			return append(b, f)
		}
	}
	return utf8.AppendRune(b, r)
}

// latin maps Latin-1 Supplement and Latin Extended-A lower-case letters
// (from U+00C0) to their base letter; 0 keeps the letter.
var latin = [0x180 - 0xC0]byte{
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // U+00C0
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // U+00D0
	'a', 'a', 'a', 'a', 'a', 'a', 0, 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', // U+00E0
	0, 'n', 'o', 'o', 'o', 'o', 'o', 0, 'o', 'u', 'u', 'u', 'u', 'y', 0, 'y', // U+00F0
	0, 'a', 0, 'a', 0, 'a', 0, 'c', 0, 'c', 0, 'c', 0, 'c', 0, 'd', // U+0100
	0, 'd', 0, 'e', 0, 'e', 0, 'e', 0, 'e', 0, 'e', 0, 'g', 0, 'g', // U+0110
	0, 'g', 0, 'g', 0, 'h', 0, 'h', 0, 'i', 0, 'i', 0, 'i', 0, 'i', // U+0120
	0, 'i', 0, 0, 0, 'j', 0, 'k', 0, 0, 'l', 0, 'l', 0, 'l', 0, // U+0130
	'l', 0, 'l', 0, 'n', 0, 'n', 0, 'n', 'n', 0, 0, 0, 'o', 0, 'o', // U+0140
	0, 'o', 0, 0, 0, 'r', 0, 'r', 0, 'r', 0, 's', 0, 's', 0, 's', // U+0150
	0, 's', 0, 't', 0, 't', 0, 't', 0, 'u', 0, 'u', 0, 'u', 0, 'u', // U+0160
	0, 'u', 0, 'u', 0, 'w', 0, 'y', 0, 0, 'z', 0, 'z', 0, 'z', 0, // U+0170
}

// String returns s folded.
func String(s string) string {
	return string(Append(make([]byte, 0, len(s)), s))
}

// Append appends s folded to b.
func Append(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		b = Rune(b, r)
		i += size
	}
	return b
}

// IsWordRune reports whether r belongs in a word: a letter, a digit or a
// combining mark.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}
