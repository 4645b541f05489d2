package thread

import (
	"testing"

	"github.com/cartero/cartero/internal/mailgen"
)

// benchMessages is the size of the benchmark mailbox.
const benchMessages = 100_000

// BenchmarkBuild threads a synthetic mailbox of 100,000 messages
// (mailgen.Mailbox) and reports messages per second and bytes
// allocated per message.
func BenchmarkBuild(b *testing.B) {
	msgs := mailgen.Mailbox(benchMessages, 1)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Build(msgs)
	}
	b.StopTimer()
	b.ReportMetric(float64(benchMessages)*float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkBuildReferencesOnly is BenchmarkBuild without grouping by
// subject, to show what that grouping costs.
func BenchmarkBuildReferencesOnly(b *testing.B) {
	msgs := mailgen.Mailbox(benchMessages, 1)
	bd := Builder{ReferencesOnly: true}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		bd.Build(msgs)
	}
	b.StopTimer()
	b.ReportMetric(float64(benchMessages)*float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}
