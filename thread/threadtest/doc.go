// Package threadtest holds helpers for testing code built on package
// thread.
//
// [TestStore] is the conformance suite every [thread.Store] must pass:
// claims, atomicity, duplicates, the subject key, no aliasing, and
// concurrent use by several Index values, as several processes sharing
// one database would.
package threadtest
