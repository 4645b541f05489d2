// Package msgid extracts message identifiers from the Message-ID,
// In-Reply-To and References header fields, which threading depends on.
//
// Identifiers are canonical: without the angle brackets, without white space
// and comments, and always valid UTF-8, so that the same message is named by
// the same string wherever it is mentioned. Parsing is tolerant of what real
// mail contains: identifiers without brackets, several identifiers glued
// together, free text and comments between them, and folding inside them.
//
// # Conventions
//
// The returned value is always usable; the functions return no errors, since
// a value without an identifier is common and carries no further detail: an
// empty string or a nil list means that none was found. The functions never
// panic, run in time linear in their input and return valid UTF-8 (invalid
// bytes become U+FFFD). [ParseList] returns at most [MaxIDs] identifiers.
package msgid
