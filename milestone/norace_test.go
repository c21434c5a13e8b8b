//go:build !race

package milestone_test

// raceEnabled reports whether the tests run with the race detector, under
// which allocation counts mean nothing.
const raceEnabled = false
