// Package header decodes the values of the header fields of customer mail:
// unstructured text with RFC 2047 encoded words ([DecodeText]), media types
// and dispositions with RFC 2231 parameters ([ParseMediaType]), address lists
// ([ParseAddressList]) and dates ([ParseDate]).
//
// Every function accepts what real mail contains, not only what the RFCs
// allow: encoded words glued to text or inside quoted strings, any charset
// known to [github.com/cartero/cartero/internal/charset], raw 8-bit text,
// unquoted parameter values, unquoted commas in display names, dates in
// a dozen dialects. Each function documents the recoveries it makes.
//
// # Conventions
//
// The returned value is always usable; a non-nil error describes a problem
// the caller records as a defect. Errors match one of the sentinels of this
// package ([ErrMalformedWord], [ErrMalformedParams], [ErrMalformedAddress],
// [ErrMalformedDate]) with [errors.Is], and also [charset.ErrUnknown] or
// [charset.ErrMalformed] when a charset was at fault. The functions never
// panic, run in time linear in their input (sorting RFC 2231 sections
// aside) and return valid UTF-8.
//
// Header values may be passed folded or unfolded; the functions unfold them
// with [Unfold] first.
package header
