package charset

import (
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// kind says how a charset is decoded and which inputs may skip decoding.
type kind uint8

const (
	// kindStateless is an ASCII-compatible charset decoded by x/text: bytes
	// below 0x80 always mean ASCII.
	kindStateless kind = iota
	// kindUTF8 is UTF-8.
	kindUTF8
	// kindASCII is US-ASCII: 8-bit bytes are read as UTF-8 when valid,
	// otherwise as Windows-1252.
	kindASCII
	// kindWindows1252 is Windows-1252 as browsers decode it (every byte
	// maps to a character).
	kindWindows1252
	// kindISO2022 is a stateful 7-bit charset switched by ESC, SO and SI.
	kindISO2022
	// kindHZ is HZ-GB-2312, switched by "~{" and "~}".
	kindHZ
	// kindUTF7 is UTF-7 (RFC 2152), switched by '+'.
	kindUTF7
	// kindUTF16 and kindUTF32 are the wide Unicode forms.
	kindUTF16
	kindUTF32
	// kindEBCDIC is an IBM charset that does not share ASCII's code points.
	kindEBCDIC
)

// byteOrder is the byte order assumed for UTF-16 and UTF-32 without a BOM.
type byteOrder uint8

const (
	orderGuess byteOrder = iota // RFC 2781: big-endian, unless the data say otherwise
	orderBig
	orderLittle
)

// spec is a resolved label.
type spec struct {
	enc   encoding.Encoding
	name  string // canonical name, used in error messages
	kind  kind
	order byteOrder
}

// maxLabelLen bounds the labels that are looked up; real names are far
// shorter, and a longer one is certainly junk.
const maxLabelLen = 64

var (
	specUTF8    = spec{enc: unicode.UTF8, name: "utf-8", kind: kindUTF8}
	specASCII   = spec{enc: charmap.Windows1252, name: "us-ascii", kind: kindASCII}
	spec1252    = spec{enc: charmap.Windows1252, name: "windows-1252", kind: kindWindows1252}
	specUTF7    = spec{enc: utf7Encoding{}, name: "utf-7", kind: kindUTF7}
	specUTF16   = spec{enc: unicode.UTF16(unicode.BigEndian, unicode.UseBOM), name: "utf-16", kind: kindUTF16, order: orderGuess}
	specUTF16BE = spec{enc: unicode.UTF16(unicode.BigEndian, unicode.UseBOM), name: "utf-16be", kind: kindUTF16, order: orderBig}
	specUTF16LE = spec{enc: unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), name: "utf-16le", kind: kindUTF16, order: orderLittle}
	specUTF32   = spec{enc: utf32.UTF32(utf32.BigEndian, utf32.UseBOM), name: "utf-32", kind: kindUTF32, order: orderGuess}
	specUTF32BE = spec{enc: utf32.UTF32(utf32.BigEndian, utf32.UseBOM), name: "utf-32be", kind: kindUTF32, order: orderBig}
	specUTF32LE = spec{enc: utf32.UTF32(utf32.LittleEndian, utf32.UseBOM), name: "utf-32le", kind: kindUTF32, order: orderLittle}
	specSJIS    = spec{enc: japanese.ShiftJIS, name: "shift_jis"}
	specEUCJP   = spec{enc: japanese.EUCJP, name: "euc-jp"}
	specJIS     = spec{enc: japanese.ISO2022JP, name: "iso-2022-jp", kind: kindISO2022}
	specEUCKR   = spec{enc: korean.EUCKR, name: "euc-kr"}
	specGBK     = spec{enc: simplifiedchinese.GBK, name: "gbk"}
	specGB18030 = spec{enc: simplifiedchinese.GB18030, name: "gb18030"}
	specHZ      = spec{enc: simplifiedchinese.HZGB2312, name: "hz-gb-2312", kind: kindHZ}
	specBig5    = spec{enc: traditionalchinese.Big5, name: "big5"}
)

// aliases maps labels reduced to their ASCII letters and digits (see
// compact) to the charsets they name. It holds the charsets that mail uses
// most, so that they resolve with a single lookup, and the spellings that
// neither the WHATWG nor the IANA index knows. It is never written to.
var aliases = map[string]spec{
	// UTF-8.
	"utf8": specUTF8, "unicode11utf8": specUTF8, "unicode20utf8": specUTF8,
	"xunicode20utf8": specUTF8, "cp65001": specUTF8, "utf8bom": specUTF8,

	// US-ASCII: mislabelled 8-bit text is common.
	"usascii": specASCII, "ascii": specASCII, "ansix341968": specASCII,
	"ansix341986": specASCII, "us": specASCII, "iso646us": specASCII,
	"cp367": specASCII, "ibm367": specASCII, "csascii": specASCII,
	"isoir6": specASCII, "iso646irv1991": specASCII, "646": specASCII,
	"cp20127": specASCII, "usascii7": specASCII, "7bit": specASCII,

	// Latin-1 and Windows-1252, which browsers treat as one.
	"iso88591": spec1252, "88591": spec1252, "latin1": spec1252, "l1": spec1252,
	"iso885911987": spec1252, "isoir100": spec1252, "ibm819": spec1252,
	"cp819": spec1252, "csisolatin1": spec1252, "cp28591": spec1252,
	"windows1252": spec1252, "win1252": spec1252, "cp1252": spec1252,
	"xcp1252": spec1252, "ms1252": spec1252, "ansi1252": spec1252,
	"winlatin1": spec1252, "8bit": spec1252,
	"iso885915": {enc: charmap.ISO8859_15, name: "iso-8859-15"},
	"885915":    {enc: charmap.ISO8859_15, name: "iso-8859-15"},
	"latin9":    {enc: charmap.ISO8859_15, name: "iso-8859-15"},
	"cp28605":   {enc: charmap.ISO8859_15, name: "iso-8859-15"},
	"iso88592":  {enc: charmap.ISO8859_2, name: "iso-8859-2"},
	"latin2":    {enc: charmap.ISO8859_2, name: "iso-8859-2"},
	"macroman":  {enc: charmap.Macintosh, name: "macintosh"},
	"xmacroman": {enc: charmap.Macintosh, name: "macintosh"},
	"tis620":    {enc: charmap.Windows874, name: "windows-874"},
	"cp874":     {enc: charmap.Windows874, name: "windows-874"},
	"koi8":      {enc: charmap.KOI8R, name: "koi8-r"},
	"koi8ru":    {enc: charmap.KOI8U, name: "koi8-u"},

	// DOS and IBM code pages missing from the indexes.
	"cp858": {enc: charmap.CodePage858, name: "ibm00858"}, "ibm858": {enc: charmap.CodePage858, name: "ibm00858"},
	"ibm00858": {enc: charmap.CodePage858, name: "ibm00858"},
	"cp037":    {enc: charmap.CodePage037, name: "ibm037", kind: kindEBCDIC},
	"ibm037":   {enc: charmap.CodePage037, name: "ibm037", kind: kindEBCDIC},
	"cp1047":   {enc: charmap.CodePage1047, name: "ibm1047", kind: kindEBCDIC},
	"ibm1047":  {enc: charmap.CodePage1047, name: "ibm1047", kind: kindEBCDIC},
	"cp1140":   {enc: charmap.CodePage1140, name: "ibm01140", kind: kindEBCDIC},
	"ibm01140": {enc: charmap.CodePage1140, name: "ibm01140", kind: kindEBCDIC},

	// Japanese.
	"shiftjis": specSJIS, "sjis": specSJIS, "xsjis": specSJIS, "mskanji": specSJIS,
	"csshiftjis": specSJIS, "windows31j": specSJIS, "cp932": specSJIS,
	"ms932": specSJIS, "xmscp932": specSJIS, "shiftjis2004": specSJIS,
	"eucjp": specEUCJP, "xeucjp": specEUCJP, "cseucpkdfmtjapanese": specEUCJP,
	"iso2022jp": specJIS, "csiso2022jp": specJIS, "iso2022jp1": specJIS,
	"iso2022jp2": specJIS, "iso2022jp3": specJIS, "iso2022jp2004": specJIS,
	"csiso2022jp2": specJIS, "cp50220": specJIS, "cp50221": specJIS,
	"cp50222": specJIS, "jis": specJIS,

	// Korean: the x/text EUC-KR decoder covers the Windows extension (UHC).
	"euckr": specEUCKR, "xeuckr": specEUCKR, "cseuckr": specEUCKR,
	"ksc56011987": specEUCKR, "ksc5601": specEUCKR, "ksc56011989": specEUCKR,
	"cp949": specEUCKR, "ms949": specEUCKR, "uhc": specEUCKR,
	"windows949": specEUCKR, "xwindows949": specEUCKR, "korean": specEUCKR,

	// Chinese.
	"gb2312": specGBK, "gb231280": specGBK, "csgb2312": specGBK, "euccn": specGBK,
	"xeuccn": specGBK, "gbk": specGBK, "xgbk": specGBK, "cp936": specGBK,
	"ms936": specGBK, "windows936": specGBK, "chinese": specGBK,
	"gb18030": specGB18030, "cp54936": specGB18030, "gb180302000": specGB18030,
	"hzgb2312": specHZ, "hz": specHZ,
	"big5": specBig5, "big5hkscs": specBig5, "cnbig5": specBig5, "xxbig5": specBig5,
	"csbig5": specBig5, "cp950": specBig5, "ms950": specBig5,

	// The Unicode forms.
	"utf7": specUTF7, "unicode11utf7": specUTF7, "csunicode11utf7": specUTF7,
	"xunicode20utf7": specUTF7, "unicode20utf7": specUTF7,
	"utf16": specUTF16, "ucs2": specUTF16, "unicode": specUTF16,
	"csunicode": specUTF16, "iso10646ucs2": specUTF16,
	"utf16be": specUTF16BE, "unicodefffe": specUTF16BE, "ucs2be": specUTF16BE,
	"utf16le": specUTF16LE, "unicodefeff": specUTF16LE, "ucs2le": specUTF16LE,
	"utf32": specUTF32, "ucs4": specUTF32, "iso10646ucs4": specUTF32,
	"utf32be": specUTF32BE, "ucs4be": specUTF32BE,
	"utf32le": specUTF32LE, "ucs4le": specUTF32LE,
}

// trimLabel removes white space and quotes around a label and an RFC 2231
// language suffix ("utf-8*es").
func trimLabel(label string) string {
	s := strings.Trim(label, " \t\r\n\"'")
	if i := strings.IndexByte(s, '*'); i >= 0 {
		s = strings.TrimRight(s[:i], " \t\r\n\"'")
	}
	return s
}

// compact writes the ASCII letters and digits of s, lower-cased, into buf
// and returns them. It reports false when s is too long to be a label.
func compact(buf *[maxLabelLen]byte, s string) ([]byte, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		default:
			continue
		}
		if n == len(buf) {
			return nil, false
		}
		buf[n] = c
		n++
	}
	return buf[:n], true
}

// lookup resolves a label. It reports false for empty and unknown labels.
func lookup(label string) (spec, bool) {
	if len(label) > 4*maxLabelLen {
		return spec{}, false
	}
	var buf [maxLabelLen]byte
	l := trimLabel(label)
	c, ok := compact(&buf, l)
	if !ok || len(c) == 0 {
		return spec{}, false
	}
	if sp, ok := aliases[string(c)]; ok {
		return sp, true
	}
	l = strings.ToLower(l)
	if e, err := htmlindex.Get(l); err == nil && e != nil && e != encoding.Replacement {
		return classify(e)
	}
	if e, err := ianaindex.IANA.Encoding(l); err == nil && e != nil {
		return classify(e)
	}
	return lookupPattern(string(c))
}

// lookupPattern resolves the families of names that are spelt in many ways:
// "iso8859-N", "8859_N", "windows-125N", "win-125N", "cpNNN" and "ibmNNN".
func lookupPattern(c string) (spec, bool) {
	for _, p := range [...]string{"isoiec8859", "iso8859", "8859"} {
		if n, ok := strings.CutPrefix(c, p); ok && isDigits(n) {
			// "iso88591" has lost its dash; a year suffix as in
			// "iso-8859-1:1987" cannot be told apart, so try the
			// longest known part number first.
			for _, part := range [...]string{n, trimYear(n)} {
				if e, err := htmlindex.Get("iso-8859-" + part); err == nil && e != encoding.Replacement {
					return classify(e)
				}
			}
			return spec{}, false
		}
	}
	for _, p := range [...]string{"windows", "win", "xcp", "cp", "ms", "ansi", "ibm", "csibm"} {
		n, ok := strings.CutPrefix(c, p)
		if !ok || !isDigits(n) {
			continue
		}
		for _, name := range [...]string{"windows-" + n, "ibm" + n, "cp" + n} {
			if e, err := htmlindex.Get(name); err == nil && e != encoding.Replacement {
				return classify(e)
			}
			if e, err := ianaindex.IANA.Encoding(name); err == nil && e != nil {
				return classify(e)
			}
		}
	}
	return spec{}, false
}

// trimYear drops a four-digit year glued to an ISO 8859 part number
// ("11987" from "1:1987").
func trimYear(n string) string {
	if len(n) > 4 {
		return n[:len(n)-4]
	}
	return n
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// classify builds a spec for an encoding returned by one of the x/text
// indexes.
func classify(e encoding.Encoding) (spec, bool) {
	name, err := htmlindex.Name(e)
	if err != nil {
		name, err = ianaindex.IANA.Name(e)
		if err != nil {
			name = "unknown"
		}
	}
	name = strings.ToLower(name)
	switch name {
	case "utf-8":
		return specUTF8, true
	case "windows-1252":
		return spec1252, true
	case "utf-16", "utf-16be", "utf-16le":
		return aliases[strings.ReplaceAll(name, "-", "")], true
	case "iso-2022-jp":
		return specJIS, true
	case "hz-gb-2312":
		return specHZ, true
	case "us-ascii":
		return specASCII, true
	}
	if cm, ok := e.(*charmap.Charmap); ok {
		if cm == charmap.CodePage037 || cm == charmap.CodePage1047 || cm == charmap.CodePage1140 {
			return spec{enc: e, name: name, kind: kindEBCDIC}, true
		}
	}
	return spec{enc: e, name: name, kind: kindStateless}, true
}
