//go:build race

package schema_test

// raceDetector is whether the tests run under the race detector, which
// slows sequential, single-goroutine tests tenfold and finds nothing in them.
const raceDetector = true
