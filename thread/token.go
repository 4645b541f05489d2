package thread

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"hash"
	"io"
	"strings"
	"sync"

	"github.com/cartero/cartero/correspondence"
)

// Token errors. Verify and VerifyTag return them wrapped or as they are;
// match them with errors.Is.
var (
	// ErrInvalidToken: the string is not a token, or its MAC is wrong.
	ErrInvalidToken = errors.New("thread: invalid token")
	// ErrUnknownKey: a token names a key the ring does not hold (a
	// retired key, or another host's). It matches ErrInvalidToken too.
	ErrUnknownKey = fmt.Errorf("%w: signed with an unknown key", ErrInvalidToken)
	// ErrBadKey: a Key given to NewKeyRing cannot be used.
	ErrBadKey = errors.New("thread: unusable key")
	// ErrInvalidID: a conversation id cannot go in a token. Ids are 1 to
	// 16 characters of the token alphabet; see [Store.Create].
	ErrInvalidID = errors.New("thread: conversation id unfit for a token")
)

// tokenAlphabet is Crockford's base 32: digits and upper-case letters
// without I, L, O and U, so that tokens survive being read aloud, retyped,
// and lower-cased by mail software.
const tokenAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// Sizes of the token forms, in characters of the alphabet (5 bits each).
const (
	codeMACLen = 20 // 100 bits of HMAC-SHA256 in a Code
	tagMACLen  = 8  // 40 bits of HMAC-SHA256 in a Tag
	maxIDLen   = 16 // longest conversation id
	uniqueLen  = 26 // the random part of a Message-ID: 128 bits

	maxTagLen = len("[#") + maxIDLen + len("-") + tagMACLen + len("]")
)

// MinSecretLen is the shortest Key.Secret NewKeyRing accepts, in bytes.
// 32 bytes from crypto/rand are the recommended size.
const MinSecretLen = 16

// macPrefix starts every MAC input, naming the construction so that the
// keys, if hosts ever use them for something else, sign nothing else
// alike. One HMAC gives both forms: the Code carries its first 100 bits,
// the Tag the next 40, so neither reveals anything about the other.
const macPrefix = "cartero/thread token v1:"

// tagMACFrom is the bit of the HMAC where the Tag's MAC starts.
const tagMACFrom = 5 * codeMACLen

// alphabetValue returns the value of a token character, accepting lower
// case, or -1.
func alphabetValue(c byte) int {
	if '0' <= c && c <= '9' {
		return int(c - '0')
	}
	if 'a' <= c && c <= 'z' {
		c -= 'a' - 'A'
	}
	if c < 'A' || c > 'Z' {
		return -1
	}
	if i := strings.IndexByte(tokenAlphabet[10:], c); i >= 0 {
		return 10 + i
	}
	return -1
}

// upperToken returns s, made of token characters, in upper case; it does
// not allocate when s is upper case already.
func upperToken(s string) string {
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return strings.ToUpper(s)
		}
	}
	return s
}

// validConvID reports whether id can go in a token as it is.
func validConvID(id string) bool {
	if id == "" || len(id) > maxIDLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		if v := alphabetValue(id[i]); v < 0 || tokenAlphabet[v] != id[i] {
			return false
		}
	}
	return true
}

// isTokenText reports whether s is made of token characters, either case.
func isTokenText(s string) bool {
	for i := 0; i < len(s); i++ {
		if alphabetValue(s[i]) < 0 {
			return false
		}
	}
	return true
}

// Key is one signing key of a [KeyRing].
type Key struct {
	// ID names the key inside every Code it signs: one character of the
	// token alphabet (0-9 and A-Z without I, L, O, U; either case).
	ID string
	// Secret is the HMAC-SHA256 key: at least MinSecretLen bytes, best 32
	// bytes from crypto/rand, kept out of source code and logs.
	Secret []byte
}

// KeyRing signs conversation tokens with its first key and verifies them
// with any of its keys. To rotate keys, put a new key first and keep the
// old ones after it for as long as replies to mail signed with them should
// still find their conversation (a few months is usual); then drop them.
//
// A KeyRing is immutable and safe for concurrent use.
type KeyRing struct {
	keys []*ringKey
}

type ringKey struct {
	id   byte       // upper case
	pool *sync.Pool // of *macState keyed with the secret
}

// macState is a keyed HMAC with room for its input and output, reused
// through a pool so that signing and verifying do not allocate.
type macState struct {
	h   hash.Hash
	in  [len(macPrefix) + 1 + maxIDLen]byte
	sum [sha256.Size]byte
}

// NewKeyRing returns a key ring that signs with keys[0] and verifies with
// every key. It returns an error matching ErrBadKey when there is no key,
// a key's ID is not one token character or is repeated, or a secret is
// shorter than MinSecretLen. The secrets are copied.
func NewKeyRing(keys ...Key) (*KeyRing, error) {
	if len(keys) == 0 {
		return nil, fmt.Errorf("%w: no keys", ErrBadKey)
	}
	r := &KeyRing{keys: make([]*ringKey, 0, len(keys))}
	for _, k := range keys {
		if len(k.ID) != 1 || alphabetValue(k.ID[0]) < 0 {
			return nil, fmt.Errorf("%w: key id %q is not one character of %s", ErrBadKey, k.ID, tokenAlphabet)
		}
		id := tokenAlphabet[alphabetValue(k.ID[0])]
		if r.key(id) != nil {
			return nil, fmt.Errorf("%w: key id %q repeated", ErrBadKey, k.ID)
		}
		if len(k.Secret) < MinSecretLen {
			return nil, fmt.Errorf("%w: key %q has a %d-byte secret, fewer than %d", ErrBadKey, k.ID, len(k.Secret), MinSecretLen)
		}
		secret := append([]byte(nil), k.Secret...)
		r.keys = append(r.keys, &ringKey{id: id, pool: &sync.Pool{New: func() any {
			return &macState{h: hmac.New(sha256.New, secret)}
		}}})
	}
	return r, nil
}

// MustKeyRing is like NewKeyRing but panics on error; it is meant for
// keys fixed at program start.
func MustKeyRing(keys ...Key) *KeyRing {
	r, err := NewKeyRing(keys...)
	if err != nil {
		panic(err)
	}
	return r
}

func (r *KeyRing) key(id byte) *ringKey {
	for _, k := range r.keys {
		if k.id == id {
			return k
		}
	}
	return nil
}

// sum returns HMAC-SHA256(secret, macPrefix + key id + conv), for conv a
// valid id.
func (k *ringKey) sum(conv string) [sha256.Size]byte {
	st := k.pool.Get().(*macState)
	st.h.Reset()
	n := copy(st.in[:], macPrefix)
	st.in[n] = k.id
	n += 1 + copy(st.in[n+1:], conv)
	st.h.Write(st.in[:n])
	sum := [sha256.Size]byte(st.h.Sum(st.sum[:0]))
	k.pool.Put(st)
	return sum
}

// encodeBits writes into dst len(dst) characters of the token alphabet,
// five bits of sum each, most significant first, starting at bit from.
func encodeBits(dst []byte, sum *[sha256.Size]byte, from int) {
	for i := range dst {
		p := from + 5*i
		w := uint16(sum[p/8])<<8 | uint16(sum[p/8+1])
		dst[i] = tokenAlphabet[w>>(11-p%8)&31]
	}
}

// Token is a conversation's signed token in the forms outbound mail
// carries, so that replies find their conversation even when mail clients
// drop the threading headers. Neither form is secret, and neither lets
// anyone post to the conversation: the Index still asks whether the
// sender takes part in it.
type Token struct {
	Conversation string `json:"conversation"`

	// Code is the long form, for Message-IDs and plus addresses: the
	// conversation id, the key id and 100 bits of MAC, as in
	// "000K7A11MFXKVXV0ATHKH4DMEW" (conversation 000K7, key A). Mail
	// software may change its case; it still verifies.
	Code string `json:"code"`

	// Tag is the short form for subjects, readable and easy to retype:
	// the conversation id and 40 other bits of the MAC, as in
	// "[#000K7-B0EFD05R]".
	Tag string `json:"tag"`
}

// Token returns the token of conversation conv, signed with the ring's
// first key. conv must be a valid id (1 to 16 characters of the token
// alphabet, upper case); otherwise Token returns an error matching
// ErrInvalidID.
func (r *KeyRing) Token(conv string) (Token, error) {
	if !validConvID(conv) {
		return Token{}, fmt.Errorf("%w: %q", ErrInvalidID, conv)
	}
	return r.keys[0].token(conv), nil
}

func (k *ringKey) token(conv string) Token {
	return k.tokenFrom(conv, k.sum(conv))
}

// tokenFrom builds the token of conv from its MAC, sum.
func (k *ringKey) tokenFrom(conv string, sum [sha256.Size]byte) Token {
	// Code and Tag share one allocation.
	var buf [maxIDLen + 1 + codeMACLen + maxTagLen]byte
	n := copy(buf[:], conv)
	buf[n] = k.id
	encodeBits(buf[n+1:n+1+codeMACLen], &sum, 0)
	codeLen := n + 1 + codeMACLen
	m := codeLen + copy(buf[codeLen:], "[#")
	m += copy(buf[m:], conv)
	buf[m] = '-'
	encodeBits(buf[m+1:m+1+tagMACLen], &sum, tagMACFrom)
	buf[m+1+tagMACLen] = ']'
	s := string(buf[:m+2+tagMACLen])
	return Token{Conversation: conv, Code: s[:codeLen], Tag: s[codeLen:]}
}

// splitCode splits a Code into its conversation id, key id and MAC,
// checking only its shape.
func splitCode(s string) (id string, key byte, mac string, ok bool) {
	n := len(s)
	if n < 1+1+codeMACLen || n > maxIDLen+1+codeMACLen || !isTokenText(s) {
		return "", 0, "", false
	}
	return s[:n-1-codeMACLen], s[n-1-codeMACLen], s[n-codeMACLen:], true
}

// Verify returns the conversation id of a Code, in upper case. It returns
// an error matching ErrInvalidToken when code is not a Code or its MAC is
// wrong, and one that also matches ErrUnknownKey when it names a key the
// ring does not hold. Case does not matter; nothing else may differ from
// what Token issued.
func (r *KeyRing) Verify(code string) (string, error) {
	conv, _, err := r.verify(code)
	return conv, err
}

// verified is a Code that verified: the key that signed it and its MAC,
// from which the token of its conversation is made without another HMAC
// when that key is the signing key.
type verified struct {
	key *ringKey
	sum [sha256.Size]byte
}

// verify is Verify, also returning what it computed.
func (r *KeyRing) verify(code string) (string, verified, error) {
	id, kid, mac, ok := splitCode(code)
	if !ok {
		return "", verified{}, ErrInvalidToken
	}
	k := r.key(tokenAlphabet[alphabetValue(kid)])
	if k == nil {
		return "", verified{}, ErrUnknownKey
	}
	id = upperToken(id)
	var want, got [codeMACLen]byte
	sum := k.sum(id)
	encodeBits(want[:], &sum, 0)
	for i := range got {
		got[i] = tokenAlphabet[alphabetValue(mac[i])]
	}
	if subtle.ConstantTimeCompare(want[:], got[:]) != 1 {
		return "", verified{}, ErrInvalidToken
	}
	return id, verified{key: k, sum: sum}, nil
}

// splitTag splits a Tag ("[#ID-MAC]") into its conversation id and MAC,
// checking only its shape.
func splitTag(s string) (id, mac string, ok bool) {
	n := len(s)
	if n < 2+1+1+tagMACLen+1 || n > 2+maxIDLen+1+tagMACLen+1 ||
		s[0] != '[' || s[1] != '#' || s[n-1] != ']' || s[n-2-tagMACLen] != '-' {
		return "", "", false
	}
	id, mac = s[2:n-2-tagMACLen], s[n-1-tagMACLen:n-1]
	if !isTokenText(id) || !isTokenText(mac) {
		return "", "", false
	}
	return id, mac, true
}

// VerifyTag returns the conversation id of a Tag such as "[#000K7-B0EFD05R]",
// in upper case, or an error matching ErrInvalidToken. A Tag names no
// key, so it is checked against every key of the ring; case does not
// matter.
func (r *KeyRing) VerifyTag(tag string) (string, error) {
	id, mac, ok := splitTag(tag)
	if !ok {
		return "", ErrInvalidToken
	}
	id = upperToken(id)
	var got [tagMACLen]byte
	for i := range got {
		got[i] = tokenAlphabet[alphabetValue(mac[i])]
	}
	found := false
	for _, k := range r.keys {
		var want [tagMACLen]byte
		sum := k.sum(id)
		encodeBits(want[:], &sum, tagMACFrom)
		// Every key is tried, so that timing does not tell which one
		// matched.
		if subtle.ConstantTimeCompare(want[:], got[:]) == 1 {
			found = true
		}
	}
	if !found {
		return "", ErrInvalidToken
	}
	return id, nil
}

// tagsIn calls yield with the position of each bracketed group of s shaped
// like a Tag, in order, until yield returns false.
func tagsIn(s string, yield func(start, end int) bool) {
	for i := 0; ; {
		j := strings.Index(s[i:], "[#")
		if j < 0 {
			return
		}
		start := i + j
		window := s[start:min(len(s), start+maxTagLen)]
		k := strings.IndexByte(window, ']')
		if k < 0 {
			i = start + 2
			continue
		}
		end := start + k + 1
		if _, _, ok := splitTag(s[start:end]); ok {
			if !yield(start, end) {
				return
			}
			i = end
		} else {
			i = start + 2
		}
	}
}

// MessageID returns a Message-ID (without angle brackets) that carries
// the Code: Code + "." + unique + "@" + domain. unique must make the id
// unique among the host's messages; [Token.Stamp] uses 128 random bits.
func (t Token) MessageID(unique, domain string) string {
	return t.Code + "." + unique + "@" + domain
}

// Address returns addr as a plus address that carries the Code:
// "support@example.com" becomes "support+<Code>@example.com". A Code
// already there is replaced. Addresses without '@' or with a quoted local
// part are returned as they are. The host's mail server must deliver plus
// addresses to the base mailbox (Postfix recipient_delimiter = +, the
// default of most hosted mail).
func (t Token) Address(addr string) string {
	at := strings.LastIndexByte(addr, '@')
	if at <= 0 || strings.HasPrefix(addr, `"`) || t.Code == "" {
		return addr
	}
	local := addr[:at]
	if d, ok := plusDetail(addr); ok {
		if _, _, _, code := splitCode(d); code {
			local = local[:len(local)-len(d)-1]
		}
	}
	return local + "+" + t.Code + addr[at:]
}

// Subject returns s with the Tag at its end, after one space. Tags of any
// conversation already in s are removed first, so a subject carries one
// tag however many times it was stamped.
func (t Token) Subject(s string) string {
	s = strings.TrimRight(stripTokenTags(s), " \t")
	if s == "" {
		return t.Tag
	}
	return s + " " + t.Tag
}

// stripTokenTags returns s without the Tag-shaped groups in it and the white
// space around them; the text on both sides of a tag is joined with one
// space. Tagging and normalizing subjects so do not depend on tags.
func stripTokenTags(s string) string {
	var b strings.Builder
	last := 0
	join := func(piece string) {
		if piece == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(piece)
	}
	tagsIn(s, func(start, end int) bool {
		if last == 0 {
			b.Grow(len(s))
			join(strings.TrimRight(s[:start], " \t"))
		} else {
			join(strings.Trim(s[last:start], " \t"))
		}
		last = end
		return true
	})
	if last == 0 {
		return s
	}
	join(strings.TrimLeft(s[last:], " \t"))
	return b.String()
}

// Stamp puts the token on outbound message m in the three places a reply
// carries it back:
//
//   - m.ID becomes a Message-ID carrying the Code (replacing any id m
//     had), with 128 bits read from random (crypto/rand when nil) to make
//     it unique and domain as its right-hand side ("localhost" when "", as
//     for [correspondence.Writer]);
//   - m.ReplyTo becomes the plus addresses of its addresses, or of m.From
//     when it has none, so replies are sent to "support+<Code>@…";
//   - m.Subject gets the Tag (see [Token.Subject]).
//
// Stamp the message after building it (with [correspondence.NewReply] or
// by hand) and before writing it; then record it with [Index.Sent]. It
// returns an error only when t is the zero Token or random fails.
func (t Token) Stamp(m *correspondence.Message, domain string, random io.Reader) error {
	if t.Code == "" || t.Tag == "" {
		return fmt.Errorf("%w: stamping with an empty token", ErrInvalidToken)
	}
	if random == nil {
		random = rand.Reader
	}
	var raw [16]byte
	if _, err := io.ReadFull(random, raw[:]); err != nil {
		return fmt.Errorf("thread: making a Message-ID: %w", err)
	}
	if domain == "" {
		domain = "localhost"
	}
	var unique [uniqueLen]byte
	var acc uint32
	bits, j := 0, 0
	for i := range unique {
		if bits < 5 {
			if j < len(raw) {
				acc = acc<<8 | uint32(raw[j])
				j++
			} else {
				acc <<= 8
			}
			bits += 8
		}
		bits -= 5
		unique[i] = tokenAlphabet[acc>>bits&31]
	}
	m.ID = t.MessageID(string(unique[:]), domain)

	replyTo := m.ReplyTo
	if len(replyTo) == 0 && m.From.Address != "" {
		replyTo = []correspondence.Address{m.From}
	}
	stamped := make([]correspondence.Address, len(replyTo))
	for i, a := range replyTo {
		stamped[i] = correspondence.Address{Name: a.Name, Address: t.Address(a.Address)}
	}
	if len(stamped) > 0 {
		m.ReplyTo = stamped
	}
	m.Subject = t.Subject(m.Subject)
	return nil
}
