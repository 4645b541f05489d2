//go:build !unix

package classify

import "time"

// cpuTime returns 0 where the process's CPU time cannot be read.
func cpuTime() time.Duration { return 0 }
