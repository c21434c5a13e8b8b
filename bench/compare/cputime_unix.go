//go:build unix

package compare

import (
	"syscall"
	"time"
)

// CPUTime returns the processor time that the process has used so far, in
// all its threads, user and system, and whether the system tells it. On a
// machine shared with other work it is a steadier measure of a benchmark
// than the time on the clock, which counts the time the process waited for
// a processor too.
func CPUTime() (time.Duration, bool) {
	var r syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &r); err != nil {
		return 0, false
	}
	return time.Duration(r.Utime.Nano() + r.Stime.Nano()), true
}
