// Package when finds the times that a reply promises ("le responderemos
// en 24 horas", "mañana a las 10:00", "by Friday", "até amanhã às 9h") and
// resolves them against the present, so that a reviewer can hold them
// against a business calendar.
//
// # Expressions
//
// [Find] reads Spanish, English and Portuguese, in any case and with or
// without accents ("manana", "amanha", "sabado"). It knows
//
//   - amounts of time, in digits or in words: "en 24 horas", "en un plazo
//     máximo de 48 h", "within 2 business days", "em até 3 dias úteis",
//     "in the next twenty-four hours", "dentro de media hora", "24 a 48
//     horas", "1,5 horas", and "24 h" or "48h" alone;
//   - day words: "hoy", "mañana", "pasado mañana", "today", "tomorrow",
//     "amanhã", "depois de amanhã"; parts of days: "esta tarde",
//     "tonight", "hoje à noite", "mañana por la mañana", "first thing
//     tomorrow"; the end of a day: "al final del día", "EOD tomorrow",
//     "até o fim do expediente"; weeks: "esta semana", "next week";
//   - weekdays: "el lunes", "el próximo martes", "el martes que viene",
//     "next Tuesday", "na segunda-feira", "até sexta";
//   - dates: "el 3 de diciembre", "el lunes 3 de diciembre de 2026",
//     "Dec 3rd", "3 December", "on the 3rd", "dia 3 de dezembro",
//     "03/12/2026", "2026-12-03", and "3/12" after a word such as "el",
//     "on", "antes del" or "até";
//   - times of day: "a las 10", "a la 1", "a las 5 de la tarde", "a las
//     10:00 a. m.", "at 10:30 a.m.", "by 5 pm", "before noon", "às 10h30",
//     "ao meio-dia", alone (today) or with a day ("a las 10 del lunes",
//     "at 10am tomorrow");
//   - deadline words, before what they apply to ("antes de", "hasta",
//     "como máximo", "by", "no later than", "até", "o mais tardar") or
//     after it ("como máximo", "at the latest", "no máximo"), which
//     belong to the expression.
//
// It reads every way [github.com/cartero/cartero/template/intl.Locale.Relative]
// writes a future time in these languages: "dentro de 3 horas", "mañana a
// las 10:00", "el lunes a las 9:30 a. m.", "on December 3, 2027 at 10:00
// AM", "a 20 de março às 10:00".
//
// # Resolution
//
// Everything is resolved in now's location. A weekday is the next one
// after today: today's weekday is a week away unless "hoy" or "today" is
// said with it. A date without a year is the next one on or after today.
// Numeric dates read day first, except in American English and in English
// without a region. A time of day alone is today's. A day runs from
// midnight to midnight, and today from now; a morning from 06:00 to
// 12:00, "first thing" to 10:00, an afternoon to 18:00 (the Spanish and
// Portuguese "tarde" to 20:00), an evening from 18:00 and a night from
// 20:00.
//
// A deadline runs from now. "Before" a day or a part of one ends at its
// start; "by", "hasta" and "até" a day end at its end. An amount of time
// is a deadline too: "en 24 horas" is any time in the next 24 hours.
//
// In English a bare hour needs minutes, "am" or "pm", "o'clock" or a day
// ("at 10 tomorrow"), and one from 1 to 6 is after noon ("at 5" is
// 17:00). In Spanish and Portuguese "a las 5" and "às 5" are 05:00, as
// the 24-hour clock is the written norm.
//
// # What is not a promise
//
// Amounts in months or years are ignored ("3 años de garantía"), and so
// are amounts, days and times that other words make into something else:
// "hace 2 días", "3 days ago", "24 horas de atención", "24 horas por
// dia", "de 9 a 18 h", "das 9h às 18h", "de lunes a viernes", "el lunes
// pasado", "desde el lunes", "a partir de amanhã", "la mañana" (the
// morning, not tomorrow), "hoy en día". Numbers that belong to prices,
// versions, percentages, order or phone numbers are never read.
//
// Tense is not read: in "le escribimos el lunes" the Monday is next
// Monday all the same. A caller looks at the sentence around an [Expr] to
// tell a promise from an account of what happened.
//
// # Limits
//
// Find is a pure function of its arguments. It reads at most [MaxText]
// bytes and runs in time linear in them; it never panics, and the spans it
// returns are in order, do not overlap and lie within the text. When the
// language is not known, each position is read in the three languages and
// the longest reading wins, which is less precise than naming the
// language.
package when
