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
// # Thread, classify, SLA, reply, review
//
// The later stages follow the same shape: thread attaches each message to
// its conversation and decides whether the sender may post to it; classify
// tells complaints from inquiries and survey replies, spots automatic mail
// and the language; sla computes due times on business calendars; template
// renders localized replies; review checks a draft before it is sent. The
// program in examples/triage runs the pipeline over a mailbox.
package cartero
