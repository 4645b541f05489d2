// Package imports holds only a test: one that keeps the core packages of
// Cartero (correspondence, thread, classify, sla, template, review) free
// of the dependencies of its backends and examples, such as the
// PostgreSQL driver of thread/pgstore and the IMAP and SMTP libraries of
// the examples, so that a program that imports the core links none of
// them.
package imports
