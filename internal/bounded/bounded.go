// Package bounded writes the parts of problem messages that come from a
// document, within fixed bounds, so that no input, however large, makes a
// problem large: a quote of the input shows at most [MaxQuote] bytes of
// it, and a JSON Pointer is at most [MaxPointer] bytes long.
package bounded

import (
	"strconv"
	"unicode/utf8"
)

// MaxQuote is the most bytes of input that a quote shows.
const MaxQuote = 64

// Ellipsis marks where a quote or a pointer was cut.
const Ellipsis = "…"

// Quote returns s as a Go string literal, as strconv.Quote does, cut after
// at most MaxQuote bytes at the end of a character, with Ellipsis after the
// closing quote when it was cut: "abc"…
func Quote(s string) string {
	if len(s) <= MaxQuote {
		return strconv.Quote(s)
	}
	return strconv.Quote(s[:cutAt(s, MaxQuote)]) + Ellipsis
}

// QuoteBytes is Quote for bytes, without copying more than it shows.
func QuoteBytes(b []byte) string {
	if len(b) <= MaxQuote {
		return strconv.Quote(string(b))
	}
	return Quote(string(b[:min(len(b), MaxQuote+utf8.UTFMax)]))
}

// Text returns s unquoted, cut as Quote cuts it, with Ellipsis at the end
// when it was cut. It is for input that is shown as it is, such as a
// number.
func Text(s string) string {
	if len(s) <= MaxQuote {
		return s
	}
	return s[:cutAt(s, MaxQuote)] + Ellipsis
}

// cutAt returns the greatest index at most n that does not split a
// character of s.
func cutAt(s string, n int) int {
	for n > 0 && n < len(s) && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}
