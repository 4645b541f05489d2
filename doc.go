// Package cartero is an embeddable Go SDK for customer correspondence: it
// reads what customers write, keeps conversations together, keeps response
// promises, answers in the customer's language and sorts what comes in.
//
// Cartero is a set of small packages that compose in pipeline order. Each
// stage takes the previous stage's output; none imports a later stage, and
// the host keeps storage, time and I/O.
//
//	raw mail ─Parse─▶ Message ─▶ thread ─▶ classify ─▶ sla ─▶ template ─▶ review ─▶ send
//
// # Parse
//
// Package [github.com/cartero/cartero/correspondence] holds the message
// model shared by every stage, for e-mail, web forms, SMS, chat and
// letters alike, and reads and writes MIME:
//
//	msg, err := correspondence.Parse(r)
//	if err != nil {
//		// Only exceeded limits, read errors and empty input fail; keep the
//		// raw bytes and report.
//	}
//	for _, d := range msg.Defects {
//		log.Printf("%s: %v", msg.ID, d) // recovered problems travel with the message
//	}
//	fmt.Println(msg.From.Name, msg.Subject, msg.Text)
//	fmt.Println(msg.Split.New) // only what the customer just wrote
//
// Replies are built from the message they answer and written as MIME:
//
//	reply := correspondence.NewReply(msg, correspondence.ReplyOptions{From: agent})
//	reply.Text = "Hola, Ana: …"
//	err = (&correspondence.Writer{Domain: "support.example.com"}).Write(w, reply)
//
// # Thread
//
// Package [github.com/cartero/cartero/thread] files each message into its
// conversation as it arrives, says how it matched, and whether the sender
// may post there:
//
//	index := &thread.Index{Keys: keys, AuthServIDs: []string{"mx.example.com"}}
//	res, err := index.Add(ctx, msg)
//	if !res.Admitted {
//		// A stranger: quarantine, or index.Open a conversation of its own.
//	}
//
// # Classify
//
// Package [github.com/cartero/cartero/classify] tells complaints from
// inquiries and survey replies, spots automatic mail, and finds the
// language and the customer's mood, with the reasons for each answer:
//
//	res := classify.Message(msg) // or any Classifier, such as a trained classify.Model
//	if res.Auto != nil {
//		// Do not answer automatic mail, and let it move no SLA clock.
//	}
//
// # SLA
//
// Package [github.com/cartero/cartero/sla] computes when answers are due on
// business calendars, from a conversation's events and the current time:
//
//	cal := sla.MustParseCalendar("Europe/Madrid; mon-fri 09:00-14:00,16:00-19:00")
//	policy, _ := sla.ParsePolicy("prompt") // first reply within 24 business hours
//	policy.Calendar = cal
//	status := policy.Status(events, now)
//	wake := status.NextChange // schedule one wake-up per conversation
//
// # Reply
//
// Package [github.com/cartero/cartero/template] renders localized,
// personal replies from templates and writes them as threaded mail:
//
//	cat, _ := template.Load(template.Builtin()) // plus the host's own files
//	draft, err := template.Render(cat, "acknowledgement", template.Input{
//		Locale:   template.Negotiate(cat.Locales("acknowledgement"), template.Preferences{Detected: res.Language, Declared: msg.Language}),
//		Customer: template.Customer{Name: msg.From.Name},
//		Agent:    template.Agent{FirstName: "Lucía", LastName: "Romero", Role: "Atención al cliente"},
//		Subject:  msg.Subject,
//		Due:      template.Due(status), // "mañana a las 10:00"
//		Now:      now,
//	})
//	reply, err := draft.Reply(msg, template.ReplyOptions{From: support, Automatic: true, Token: tok})
//	err = writer.Write(conn, reply)
//
// # Review
//
// Package [github.com/cartero/cartero/review] checks a draft against the
// customer's message before an agent sends it — prompt, polite, personal,
// professional (every question answered), positive language, clear and,
// when asked, promotional — and returns findings with byte offsets an
// editor can mark:
//
//	findings := review.Check(review.Input{
//		Draft: draft.Text, Message: msg, Now: now, Status: &status, Calendar: cal,
//		Customer: template.Customer{Name: msg.From.Name, Register: template.Formal},
//	})
//
// The program in examples/triage runs the pipeline over a mailbox;
// examples/review reviews one draft.
package cartero
