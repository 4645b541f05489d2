// Package review checks a draft reply before an agent sends it: against
// the customer's message it answers, the conversation's SLA status and
// the business calendar. It returns findings that an editor can show
// inline, each with byte offsets into the draft, or into the customer's
// text for a question the draft leaves unanswered.
//
//	findings := review.Check(review.Input{
//		Draft:    draft.Text,
//		Message:  msg,
//		Now:      now,
//		Status:   &status,
//		Calendar: calendar,
//		Customer: template.Customer{Name: "María López", Register: template.Formal},
//	})
//
// Review is pure: it reads its input and the clock it is given, and
// nothing else. It reads Spanish, English and Portuguese; adding a
// language is adding its words to the tables of lexicon.go, negative.go,
// concepts.go and answer.go, and its messages to messages.go.
//
// # Checks
//
// Written customer service comes down to five Ps — prompt, polite,
// personal, professional, promotional — and two rules: never speak
// negatively, and write short, clear sentences. Each check has a name
// (the Finding's Check) and reports findings with a Code:
//
//   - prompt: "late" when the reply misses an SLA target it meets (with
//     how late), "on-time" (Info) with the time to spare, and "promise"
//     for a promised time the calendar cannot keep — already past, on a
//     day or at an hour the business is closed, a deadline that leaves
//     less than [Limits].PromiseLead of business time — or one later than
//     the resolution target. A time is a promise when its clause commits
//     the business; opening hours ("das 7h30 às 18h", "until 10.30 on
//     Saturdays"), what happened and what the customer may do are not.
//   - polite: "greeting" and "closing" when either is missing, "register"
//     for a Spanish draft that addresses the customer as tú when they
//     are usted (or the reverse, or both) — known by forms that speak
//     only to the customer ("tienes", "usted", "escríbanos") and by place
//     ("le pedimos disculpas", a sentence that opens "Puede…") —,
//     "shouting" for words in
//     capitals, "curt" for a reply to a complaint of fewer than
//     [Limits].CurtWords words.
//   - personal: "name" when the customer's name is nowhere in the draft;
//     "unsigned", "team" (signed by a team or a company only) and "role"
//     (a name without a role or department).
//   - professional: "unanswered" for each question or request of the
//     customer's new text (found by [classify.Questions]) that the draft
//     does not address; the span is the question in the customer's text.
//     The draft's sentences are matched to each question by its own words
//     (those the customer uses elsewhere count for less), stems, concepts
//     and the kind of answer asked for (a question about when needs a
//     time, about how much an amount, about why a reason), or by their
//     place among the answers; a logistic regression fit on the labelled
//     set weighs that evidence. A question none of whose words, nor the
//     message's subject, is in the draft is unanswered whatever the rest
//     says, and so is one that asks how much when the draft has no
//     amount, no "free" and no refusal, one that asks when or for an
//     amount whose words are in a sentence with no time or amount in it
//     or next to it, and one that asks whether something is included,
//     free or charged apart when the sentence that answers it names no
//     price, charge or inclusion and says no yes or no. A question that
//     asks what the business will do about what happened ("¿Qué van a
//     hacer?", "what are you going to do about it") is answered by any
//     commitment in the draft, and one asked in case the question before
//     it is turned down ("Si no se puede, …", "If not, …") is moot when
//     that one is answered and the draft refuses nothing. Not reported
//     for an acknowledgement.
//   - positive: "negative" for blaming, reproaching or dismissive
//     phrasing ("usted se equivocó", "como ya le dijimos", "you failed
//     to", "não podemos fazer nada"), and for lecturing ("la próxima vez
//     revise", "in future you should", "é sua responsabilidade"), for
//     blaming the customer's choice or belongings ("that's what happens
//     when…", "un router como el suyo ya no da…") and for belittling the
//     complaint ("no es para tanto", "não fazemos milagres"), with a
//     neutral rewrite as the Suggestion. Bad news said plainly, and a
//     business owning its mistake ("el técnico debería haber avisado"),
//     are not negative.
//   - clear: "sentence" and "paragraph" beyond [Limits].SentenceWords and
//     [Limits].ParagraphWords, "jargon" for the host's [Term]s, and
//     "main-point" when the customer's first question is answered only
//     after the draft's first paragraph (courtesies aside), and that
//     paragraph neither says yes or no nor speaks of what it asks about.
//   - promotional (off by default): "offer" for a commercial offer while a
//     question is unanswered, or in reply to a complaint that is not
//     resolved.
//
// [Checker].Off switches checks off by name; [Checker].Rules adds a
// host's own through the one-method [Rule] interface.
//
// A host can also judge the customer's questions itself: [Checker.Questions]
// lists the ones the professional check judges, with their offsets, and
// a [Verdict] in [Input].Verdicts decides one of them in place of
// Cartero's judgement. An editor records one when an agent dismisses an
// "unanswered" finding, so that it does not come back on the next check;
// a host with a model of meaning (Cartero matches words, see below) gives
// one for every question. The other checks that depend on the answers,
// main-point and promotional, follow the verdicts.
//
// # How questions are found answered
//
// The customer's questions are those of [classify.Questions]. Each one's
// content words — function words and the words that ask left out — are
// looked for in each sentence of the draft's body with the sentence after
// it, by stem ("factura" meets "facturación") and by concept, a table of
// the words that customers and agents use for one thing in the three
// languages ("devolución", "reembolso", "refund", "estorno"). A sentence
// that covers half of the question's words answers it. A question about
// when needs a time or a date in the answer unless the answer repeats
// most of its words, one about how much an amount; a share ("50 %")
// answers how much of a deposit or a discount, not what a thing costs. A
// yes-or-no question — one with a question mark, or one that opens with
// an auxiliary ("is the deposit refundable…") or asks whether
// ("quisiera saber si…") — that no sentence answers in its words is
// answered by a sentence that starts with a yes, a no or a "you can" in
// its place among the answers of the questions around it, or by a
// paragraph of its own there that takes a side: says yes or no, can,
// must or only, or gives a figure. Stems of four letters are shared only
// by their word's own forms ("book", "booking"; not "read", "ready").
// Sentences that only acknowledge the question ("Hemos recibido su
// consulta sobre…"), or only say that its subject is important or
// depends on many things ("A quilometragem é um ponto importante"),
// answer nothing. A question about whether
// something is included or free ("¿El desayuno está incluido?") needs a
// price, a charge, an "included", a yes or a no where it is answered, or,
// unanswered, in the sentence that holds its words. The words that ask
// are left out of a question about when, how much or why
// ("¿Cuánto tarda el cambio?" is about "cambio"), and its time, amount or
// reason must be in the sentence with its words. The judgement is a
// logistic model over that evidence (how much of the question is
// covered, and where; whether the answer holds the question's last own
// word, where a question puts what it asks about; the kind of answer),
// fit on the labelled, held-out and fresh sets of testdata/labelled. The
// measured precision and recall are in BENCHMARKS.md, from
// scripts/revieweval, including sets that nothing was tuned on before
// they were scored.
//
// # Limits
//
// Only the first [Limits].MaxText bytes (64 KiB by default) of the draft
// and of the customer's text are read. The work is linear in their length
// and in the number of questions times the number of the draft's
// sentences.
package review
