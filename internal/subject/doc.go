// Package subject normalizes e-mail subjects across languages.
//
// Mail clients prefix the subject of a reply or a forward with a word that
// depends on the client's language ("Re:", "AW:", "RES:", "Odp:", "回复：",
// "Fwd:", "WG:", "RV:", "ENC:", "转发："), some count replies ("Re[2]:",
// "Re^2:"), French ones put a space before the colon ("RE :"), and mailing
// lists and ticket systems add tags in brackets ("[ventas] Re: Pedido").
//
// # Threading
//
// [Normalize] removes all of that from the front of a subject, drops a
// trailing "(fwd)", and collapses white space, so that the subjects of one
// conversation compare equal:
//
//	subject.Normalize("AW: [ventas] RE: Re[2]:  Pedido 1234") // "Pedido 1234"
//
// # Replies
//
// [StripReply] removes only reply prefixes, keeping tags and forward
// prefixes, so a reply subject can be built without stacking prefixes:
//
//	s, _ := subject.StripReply("RE: Re: Pedido") // "Pedido"
//	reply := "Re: " + s
//
// # Prefixes
//
// Prefixes match without regard to case and must be followed by ':' or
// the full-width '：', optionally after white space. Reply prefixes: Re,
// AW, SV, Svar, Antw, VS, RES, R, RIF, Odp, YNT, ATB, BLS, V, ATEB, Ответ,
// Отв, ΑΠ, ΣΧΕΤ, השב, رد, 回复, 答复, 回覆, 返信, 회신. Forward prefixes: FW,
// Fwd, WG, TR, ENC, RV, Doorst, I, PD, FS, VL, VB, İLT, TOV, TRS, YML, ΠΡΘ,
// Пересл, הועבר, 转发, 轉寄, 轉發, 転送, 전달. Some words mean a reply in one
// language and a forward in another (VS is a Finnish reply and a Danish or
// Norwegian forward); such words are listed once, as the more common use.
// The one-letter prefixes R, I and V must be followed by white space or the
// end of the subject, so that "I: need help" style subjects are rare to
// misread.
//
// Both functions run in time linear in the length of the subject and
// never return invalid UTF-8 for valid input.
package subject
