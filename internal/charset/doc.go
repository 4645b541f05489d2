// Package charset converts the text of customer mail from the charset it
// claims to be in into valid UTF-8.
//
// Labels are resolved the way browsers resolve them (the WHATWG Encoding
// Standard, through [golang.org/x/text/encoding/htmlindex]), so "iso-8859-1",
// "latin1" and "us-ascii" all mean Windows-1252, which is what senders really
// use. Names that browsers do not know fall back to the IANA registry and to a
// table of aliases seen in real mail ("cp850", "win-1252", "8859_1", "sjis",
// "ks_c_5601-1987", ...). UTF-7, UTF-16 and UTF-32 are decoded by this package
// itself so that byte order marks, byte-order guessing and malformed input are
// handled the same way everywhere.
//
// # Conventions
//
// The returned value is always usable; a non-nil error describes a problem the
// caller records as a defect. [Decode] never panics, always returns valid
// UTF-8 and runs in time linear in its input. Errors match [ErrUnknown] or
// [ErrMalformed] with [errors.Is].
//
// # Unknown and missing labels
//
// Text without a label, or with a label that is not recognised, is kept as is
// when it is valid UTF-8. Otherwise every valid UTF-8 sequence is kept and
// every other byte is read as Windows-1252, which recovers the usual mixture
// of UTF-8 and Latin-1 found in mislabelled mail.
package charset
