//go:build race

package agreement_test

// raceEnabled reports whether the tests run with the race detector, under
// which sync.Pool drops items at random, so that allocation counts mean
// nothing.
const raceEnabled = true
