// Package classify tells a host what each inbound message is, so that it
// can route, prioritize and answer it: a complaint, an inquiry, a survey
// reply or something else, whether a program sent it (an auto-reply, an
// out-of-office notice, a bounce, bulk mail), its language, the
// customer's sentiment and the urgency.
//
// # Classifying
//
// A [Classifier] takes a context and a [correspondence.Message] and returns
// a [Result]. Cartero's default is [Model]; its zero value is ready to use:
//
//	var model classify.Model
//	res, err := model.Classify(ctx, msg) // fails only when ctx has ended
//	fmt.Println(res.Type, res.Confidence, res.Language, res.Sentiment, res.Urgency)
//	if res.Auto != nil {
//		// Automatic mail: record it, do not answer it, do not let it
//		// stop an SLA clock.
//	}
//
// [Message] and [Text] are shortcuts that use the zero Model, for code
// that needs no context:
//
//	res := classify.Text("¿Por qué me cobraron dos veces? Es inaceptable.")
//
// Classification reads the subject and the new text of the message
// ([TextOf]: Split.New, without the quoted history, the signature or
// forwarded content), so that what an agent wrote earlier in the thread
// never decides the type; and the header, for automatic mail and priority.
//
// # Types
//
// The types are applied strictly, whatever the tone of the message:
//
//   - [Complaint]: the customer expresses dissatisfaction with a product,
//     service, charge, delay or treatment and wants redress or
//     acknowledgement. It may contain questions: "¿Por qué me cobraron dos
//     veces? Es inaceptable." is a complaint, and so is a polite message
//     that hides one ("Les agradecería que alguien me explicara por qué…").
//   - [Inquiry]: asks for information or for an action (order status,
//     how-to, prices, a change of address, cancelling a booking, an
//     invoice) without expressing dissatisfaction, even when it mentions a
//     past problem.
//   - [Survey]: a reply to a satisfaction survey or rating request: it
//     gives a score, a rating or an NPS number, or answers the survey's
//     questions, whatever the sentiment ("Le doy un 3 de 10, el envío
//     tardó mucho" is a survey reply).
//   - [Other]: nothing confident — thanks, greetings, acknowledgements,
//     marketing and spam; automatic mail (auto-replies, out-of-office
//     notices, bounces, bulk mail), whatever its words; and the business's
//     own replies, when a mailbox holds them too.
//
// [Result].Scores holds the score of every type; Confidence is the score
// of the type given. When the best score is below Model.MinConfidence the
// type is Other.
//
// # Why
//
// Every Result lists its [Reason]s: the cues that fired, with the type
// they count for, their weight, and where they are (the field and byte
// offsets of the text as written), so that an agent can see why:
//
//	for _, r := range res.Reasons {
//		fmt.Printf("%s %q %s %+.1f\n", r.Field, r.Text, r.Type, r.Weight)
//	}
//
// # The built-in knowledge
//
// The zero Model knows how customers write in Spanish (Spain and Latin
// America), English and Portuguese (Brazil and Portugal): tables of words
// and phrases with weights, of these kinds:
//
//   - dissatisfaction, said or hinted ("inaceptable", "otra vez", "no
//     puedo seguir esperando", "disappointed", "o problema não foi meu");
//   - a failure told as a fact ("no ha llegado", "charged twice", "looks
//     like a mistake", "chegou partida");
//   - a demand for redress ("que me devuelvan", "refund", "substituição",
//     "cancelamento da multa");
//   - request and question forms ("¿me podrían…?", "quisiera saber",
//     "could you", "gostaria de", "necesito", a question mark);
//   - scores and survey words, thanks and acknowledgements, marketing,
//     satisfaction, urgency, and the formulas of a business answering its
//     customer ("disculpe las molestias", "thanks for reaching out",
//     "verificamos que").
//
// What a request is about is no evidence of anything: "pedido",
// "account", "fatura" and "envío" appear in complaints and inquiries
// alike. The evidence is put together by rules of how customers write:
//
//   - Dissatisfaction and failures make a complaint. A demand for redress
//     counts only in a message that tells of a failure or a
//     dissatisfaction, and a redress asked about in a question ("¿cuánto
//     me reembolsan?") only after a clear one: a polite request for the
//     redress of a failure ("my card was charged twice… Could you please
//     refund the duplicate?") is a complaint, a refund asked about after
//     a change of plans an inquiry.
//   - Requests and questions count once per sentence, the strongest
//     sentence in full and the others in part, and not in a sentence that
//     complains or demands redress, so that a long letter of complaint
//     full of polite requests stays a complaint, and an inquiry that
//     mentions a past problem stays an inquiry.
//   - Thanks and satisfaction count for Other only in a message that asks
//     for nothing.
//   - A message with two of the business's own formulas is its reply: the
//     failures and requests it tells back are the customer's, not the
//     writer's.
//
// Text is folded before it is read (capitals, accents and typographic
// apostrophes do not matter); a phrase lies within one sentence, and a
// word with a capital inside it is a name, never a cue ("RapidEnvío" is
// not "rápido"); a word one typing error away from a long cue still
// counts; a negation shortly before a cue turns it around ("no estoy
// nada contento", "not happy" count for a complaint; "no es una queja"
// does not); a question in the same sentence as a complaint is
// rhetorical; cues in the subject of a reply or a forward count half
// (survey cues in full: answering a survey is what makes a survey
// reply); and scores ("8/10", "un 9", "★★★★★", a lone "10") count for a
// survey. Cues of another language than the text's count half. French,
// German and Italian come next: each language is one table in a file of
// its own.
//
// # Training
//
// [Train] learns from a host's own labelled messages ([Example]s) with a
// multinomial naive Bayes model over words, word pairs and subject words
// (each counted once per message, in training and in classifying),
// smoothed additively, and returns a Model that adds what it learned to
// the built-in knowledge. [CrossValidate] measures training on the host's
// data by k-fold cross-validation before the host relies on it, and
// [Evaluation] gives the accuracy, the macro-F1 and the confusion matrix.
// A trained model serializes with [Model.MarshalBinary] and loads with
// [Load]; the built-in knowledge is code and is never written.
//
//	m, err := classify.Train(examples, classify.TrainOptions{})
//	b, err := m.MarshalBinary()
//	…
//	m, err = classify.Load(b)
//
// # Automatic mail
//
// [Automatic] (and Result.Auto) tells auto-replies, out-of-office notices,
// bounces and bulk mail from mail written by people, with the signal that
// gave each away (a Model then gives the type Other): RFC 3834 Auto-Submitted other than "no",
// X-Autoreply/X-Autorespond/X-Autoresponder, Precedence bulk, junk, list or
// auto_reply, X-Auto-Response-Suppress, List-Id and List-Unsubscribe, an
// empty Return-Path, mailer-daemon and postmaster senders, Exchange loop
// and NDR headers, multipart/report delivery-status notifications (read
// for the failed recipient, the action, the status and the diagnostic),
// and out-of-office subjects and texts in Spanish, English, Portuguese,
// French, German and Italian ("Respuesta automática", "Fuera de la
// oficina", "Resposta automática", "Automatic reply", "Out of Office",
// "Réponse automatique", "Abwesenheitsnotiz", "Risposta automatica").
//
// # Language, sentiment, urgency
//
// [Language] identifies Spanish, English, Portuguese, French, German and
// Italian from a single sentence, with a compact model of words and
// character n-grams built on first use from a few pages of text that ship
// with the package, and answers [Undetermined] ("und") when unsure.
// Result.Sentiment is in [-1, 1], from the cues' polarity; Result.Urgency
// is [High] when the text or a priority header says so, [Low] for survey
// replies and other messages that need no prompt answer.
//
// # Questions and requests
//
// [Questions] finds what a customer asks in the new text of a message,
// in Spanish, English and Portuguese, with byte offsets: sentences that
// end in "?" (from the "¿" in Spanish), and those that ask without a
// question mark ("quisiera saber si…", "necesito la factura", "could
// you…", "please…", "gostaria de saber…", "preciso que…", or a sentence
// that starts with an interrogative word, with an auxiliary before its
// subject as in "Will the rent be reduced.", or with an "and whether"
// as in "Y si se puede pagar con tarjeta"). Requests for an action are
// marked. Greetings, thanks and covering notes ("¿Qué tal?", "E aí,
// beleza?", "Please find attached…") are left out, and so are negated
// cues ("no necesito") and conditions ("Y si no llega, voy a reclamar").
// Every one of them is something a reply must address; package review
// checks that a draft does.
//
// # Plugging in another classifier
//
// A host can use its own classifier (a hosted model, a large language
// model) through the interface, with [Func] as an adapter, and combine it
// with the Model: a [Chain] takes the first confident answer and falls
// back when a member fails or is unsure; a [Blend] averages the members'
// scores with weights.
//
//	remote := classify.Func(func(ctx context.Context, msg *correspondence.Message) (classify.Result, error) {
//		return callService(ctx, msg)
//	})
//	c := classify.Chain{Classifiers: []classify.Classifier{remote, &model}}
//
// Package [github.com/cartero/cartero/classify/classifytest] has test
// doubles and a check of a Result's invariants for hosts' own
// classifiers.
//
// # Cost
//
// A Model needs no network and no files: the tables and the language
// text are part of the package, compiled into lookups on first use, in
// about 10 ms and some 3 MB allocated (1.4 MB kept). A trained model of a
// few thousand features loads from its bytes in well under a
// millisecond. Classifying a 1 KB message takes some 22 µs of one core
// (45,000 messages a second) and one allocation, its Reasons; only the
// first 4,000 tokens of a text are read, and the first 600 bytes for its
// language. All types marshal to JSON with lower-case names
// ("complaint", "out_of_office").
package classify
