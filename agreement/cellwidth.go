package agreement

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// cellWidth returns the number of cells that s takes in a terminal or any
// fixed-width font, which the columns of [Progress.Table] are measured in:
//
//   - a wide or fullwidth character in Unicode's East Asian Width property
//     (Chinese, Japanese and Korean ideographs and syllables, fullwidth
//     forms, most emoji) takes two cells;
//   - a combining mark (general category Mn or Me), such as the accent of
//     a decomposed "é" or an Arabic vowel sign, and a format character
//     (Cf), such as the zero-width space and joiner or a left-to-right
//     mark, take none: they draw on or between the characters around them;
//   - so do the vowel and trailing jamo of Hangul (U+1160 to U+11FF and
//     U+D7B0 to U+D7FF), which a terminal draws into the syllable that the
//     leading jamo before them starts, two cells wide: a decomposed "한"
//     takes as many cells as a composed one;
//   - every other character takes one, the ambiguous ones (such as "±")
//     included, as terminals outside East Asian locales draw them.
//
// The East Asian Width property is not in the standard library: it comes
// from golang.org/x/text/width. s holds no control characters: plainLine
// has made them spaces.
func cellWidth(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		n += runeCells(r)
		i += size
	}
	return n
}

// runeCells returns the number of cells that r takes (see cellWidth).
func runeCells(r rune) int {
	if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) || hangulMedialOrFinal(r) {
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// hangulMedialOrFinal reports whether r is a vowel (jungseong) or trailing
// consonant (jongseong) jamo of Hangul, which joins the syllable before it.
func hangulMedialOrFinal(r rune) bool {
	return 0x1160 <= r && r <= 0x11ff || 0xd7b0 <= r && r <= 0xd7ff
}
