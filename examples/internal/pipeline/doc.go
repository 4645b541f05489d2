// Package pipeline is the help-desk pipeline the examples share: it takes
// one inbound message at a time through parsing, classification, threading,
// SLA clocks and a drafted acknowledgement, and describes the outcome in a
// Record, the object examples/triage writes with -json and examples/webhook
// answers with.
//
// # Stages
//
// [Pipeline.Parse] is the pure part: it parses the raw message with
// correspondence and classifies it with classify's default model. It never
// fails and never panics: a message that cannot be parsed gets a Record
// with its Error set and no message. Hosts run it on as many goroutines as
// they like.
//
// [Pipeline.File] is the part with state: it files the message in its
// conversation with a thread.Index, logs the message's SLA event in an
// [Events] log, computes the conversation's sla.Status at the instant it is
// given, and, for a customer's complaint or inquiry, renders the
// acknowledgement with a [Drafter]. [Pipeline.Process] does both.
//
//	p := &pipeline.Pipeline{}
//	rec, _, err := p.Process(ctx, "inbox/1.eml", raw, time.Now())
//	pipeline.NewEncoder(os.Stdout).Encode(rec)
//
// # State
//
// The zero Pipeline keeps conversations and events in memory. A host that
// must survive a restart gives it a thread.Index over a persistent
// thread.Store and an Events log kept next to it; thread/pgstore provides
// both in PostgreSQL. Filing the same message twice files it once, so a
// host can retry a message whose filing failed or whose answer was lost.
//
// # The Record contract
//
// Record's JSON keys are a public contract: keys are only ever added, never
// renamed or removed, and every key is present on every object. See
// examples/triage/README.md for what each key holds.
package pipeline
