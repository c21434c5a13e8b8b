// Package race tells the tests whether they run under the race detector.
//
// Two kinds of test leave that run to the one without -race. Tests that
// count allocations: under the detector, sync.Pool drops items at random
// and instrumentation allocates. Tests that drive one goroutine over many
// inputs: the detector finds nothing in them, and makes them several times
// slower. Code shared between goroutines has tests of its own that start
// many goroutines with [AtOnce], and those run under the detector.
package race
