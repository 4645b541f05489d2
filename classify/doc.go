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
//     marketing and spam.
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
// and phrases that complain, ask, rate or thank, or say that a message is
// urgent, with weights. Text is folded before it is read (capitals,
// accents and typographic apostrophes do not matter), a word one typing
// error away from a long cue still counts, a negation shortly before a cue
// turns it around ("no estoy nada contento", "not happy" count for a
// complaint; "no es una queja" does not), a question in the same sentence
// as a complaint cue is rhetorical, and scores ("8/10", "un 9", "★★★★★",
// a lone "10") count for a survey. Cues of another language than the
// text's count half. French, German and Italian come next: each language
// is one table in a file of its own.
//
// # Training
//
// [Train] learns from a host's own labelled messages ([Example]s) with a
// multinomial naive Bayes model over words, word pairs and subject words,
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
// gave each away: RFC 3834 Auto-Submitted other than "no",
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
// under 10 ms and some 3 MB allocated (1.5 MB kept). A trained model of a
// few thousand features loads from its bytes in well under a
// millisecond. Classifying a 1 KB message takes some 40 µs on one core;
// only the first 4,000 tokens of a text are read, and the first 600 bytes
// for its language. All types marshal to JSON with lower-case names
// ("complaint", "out_of_office").
package classify
