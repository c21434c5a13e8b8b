//go:build race

package bilateral_test

// raceEnabled reports whether the tests run with the race detector, which
// makes allocation counts meaningless.
const raceEnabled = true
