// Package template turns a reply template, a customer, an agent and some
// data into a finished message in the customer's language: a subject, a
// plain-text body and an HTML body, which [Draft.Reply] makes into a
// correspondence.Message with the right threading headers.
//
// A host answers promptly without sounding like a machine: replies greet
// the customer by name, are signed by a real person with a name and a
// role, speak the customer's language and register, and write dates,
// times, money, numbers and lists the way the customer's locale does.
//
//	c, err := template.Load(template.Builtin())
//	…
//	in := template.Input{
//		Locale:   template.Negotiate(c.Locales("acknowledgement"), template.Preferences{Detected: res.Language, Default: brand.Locale}),
//		Customer: template.Customer{Name: msg.From.Name, Zone: madrid},
//		Agent:    template.Agent{FirstName: "Lucía", LastName: "Romero", Role: "Atención al cliente"},
//		Brand:    brand,
//		Subject:  msg.Subject,
//		Due:      template.Due(status),
//		Now:      now,
//	}
//	draft, err := template.Render(c, "acknowledgement", in)
//	…
//	reply, err := draft.Reply(msg, template.ReplyOptions{From: support, Automatic: true, Token: tok})
//	…
//	err = writer.Write(conn, reply)
//
// # Catalogs
//
// Templates are looked up by key, locale and register through the
// [Catalog] interface. [Load] makes a catalog from files in one or more
// fs.FS (an embed.FS, os.DirFS): "<key>/<locale>[.<register>].tmpl" for
// templates and "layout/<locale>[.<register>].tmpl" for the greeting,
// closing and signature they share. A later file system overrides the
// files of an earlier one, so a host keeps the built-in templates
// ([Builtin]) and replaces or adds its own.
//
// A lookup takes the locale of the key that best matches the one asked
// for (language.Matcher: es-MX and es-CO find es-419, pt-AO finds pt-PT,
// en-AU finds en-GB, a bare "pt" finds pt-BR), then falls back through
// its parents (es-AR, es-419, es) for a file in the register asked for,
// and to a file in any register only when none exists. Layouts fall back
// the same way, each more specific layout redefining only the parts it
// defines.
//
// # Locales
//
// [Negotiate] chooses the locale to write in from what is known about
// the customer, in this order: their stored preference, the language
// detected in their message (classify), the Content-Language of the
// message or the Accept-Language of a web form, and the brand's default.
// The first that a catalog's locale serves well wins, and the customer's
// own tag is kept, so that an Argentinian customer gets es-AR dates and
// money in the text of the Latin-American template. Values are written
// by package [github.com/cartero/cartero/template/intl], which follows
// CLDR 48 exactly for es-ES, es-MX, es-AR, en-US, en-GB, pt-BR, pt-PT,
// fr-FR, de-DE and it-IT.
//
// # Writing templates
//
// A template file reads like a mail message: a "Subject:" line, a blank
// line and the body, both in text/template syntax:
//
//	Subject: {{.Reply .Subject "Hemos recibido su mensaje"}}
//
//	{{template "greeting" .}}
//
//	Gracias por escribirnos. Le responderemos como muy tarde {{.Relative .Due}}.
//	{{with .Data.reference}}
//	Su referencia es {{.}}.
//	{{end}}
//	{{template "closing" .}}
//	{{template "signature" .}}
//
// The body is rendered twice: as text/template for the text part and as
// html/template for the HTML part, where every value is escaped. Blank
// lines separate paragraphs (<p> in HTML, single line breaks become
// <br>); trailing white space, blank lines at either end and runs of
// blank lines that empty optional blocks leave behind are removed, so
// optional blocks are written as whole paragraphs.
//
// The dot has the fields .Customer (Name, GivenName, FirstName),
// .Agent (Name, FirstName, LastName, Role, Signature), .Brand (Name,
// URL, Email, Phone), .Data (the template's own values), .Due, .Now,
// .Subject, .Locale and .Register, and methods that write values in the
// customer's locale and time zone:
//
//	{{.Date T "full|long|medium|short"}}   martes, 24 de noviembre de 2026
//	{{.Time T "short|medium|long|full"}}   10:00
//	{{.DateTime T "long" "short"}}         24 de noviembre de 2026, 10:00
//	{{.Relative T}}                        mañana a las 10:00 (from .Now)
//	{{.Number N}}                          1.234,5
//	{{.Money M}}                           1234,50 €
//	{{.Plural N "one:# artículo" "many:# de artículos" "other:# artículos"}}
//	{{.List L}} / {{.ListOr L}}            Ana, Luis e Inés / siete u ocho
//	{{.Reply .Subject "fallback"}}         Re: Pedido 4471
//	{{link URL "text"}}                    text (URL) / <a href="URL">text</a>
//
// Times are time.Time values or RFC 3339 strings; money is an
// intl.Money (minor units) or a string "1234.50 EUR", never a float;
// numbers are integers, decimal strings or intl.Decimal. Inside
// {{with}} and {{range}} the methods are reached through $.
//
// # Required data
//
// Data a template uses outside any {{if}} or {{with}} that tests it is
// required; data it tests first is optional, and its absence leaves no
// trace ("Hola:" rather than "Hola <no value>"). [Template.Required]
// lists the required paths, and Render (or [Template.Check], before
// anything else happens) fails with a *[MissingError] naming every one
// the input leaves empty.
//
// # Safety
//
// Everything from customers and hosts is escaped in the HTML part by
// html/template, and control characters are dropped from both bodies.
// link emits only absolute http and https URLs and mailto addresses
// ([ErrUnsafeURL] otherwise). Subjects are one line: a subject that would
// hold a line break or another control character is refused with
// [ErrHeader], except that the customer's own subject given to .Reply is
// cleaned. correspondence's writer checks every header again.
//
// # Replies
//
// [Draft.Reply] makes a correspondence.Message answering the customer's
// message: addressed to them, In-Reply-To and References set,
// multipart/alternative (text and HTML), Content-Language the draft's
// locale, and, when a thread.Token is given, a Message-ID, Reply-To and
// subject tag that carry the conversation's token. Automatic replies
// (acknowledgements) carry Auto-Submitted: auto-replied and are never
// made in answer to automatic mail ([ErrAutomaticMail]). [Due] gives the
// time an SLA status promises for the next reply.
//
// # Built-in templates
//
// [Builtin] holds the everyday correspondence of a business in Spanish
// (Spain, formal and informal; Latin America where it differs;
// Argentina, informal, with voseo), English (United States; Britain
// where it differs) and Portuguese (Brazil and Portugal). The keys and
// their data (required data in bold):
//
//   - acknowledgement: we received your message and will answer by
//     **.Due**; .Data.type ("complaint" adds a line of regret),
//     .Data.reference.
//   - inquiry: the answer to a question: **answer**, next_steps.
//   - complaint: apology, what happened and the solution:
//     **what_happened**, **solution**, compensation.
//   - purchase: order confirmation: **order**, **total** (money), items
//     (list), delivery (time), order_url.
//   - booking: booking confirmation: **service**, **start** (time),
//     **reference**, place, guests (number), manage_url.
//   - shipping: shipping notice: **order**, **carrier**, **tracking**,
//     tracking_url, delivery (time).
//   - payment-reminder: **invoice**, **amount** (money), **due_date**
//     (time), pay_url.
//   - survey: satisfaction survey invitation: **survey_url**, minutes.
//   - follow-up: waiting for the customer's reply: **pending**, close_on
//     (time).
//   - resolution: the case is solved: **summary**.
//
// Every template requires .Agent.Name and .Agent.Role for the signature.
package template
