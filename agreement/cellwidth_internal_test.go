package agreement

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestCellWidth checks the widths of texts as terminals draw them, a table
// written by hand rather than by the rule cellWidth follows.
func TestCellWidth(t *testing.T) {
	for _, tt := range []struct {
		name, s string
		want    int
	}{
		{"ASCII", "Trade 2025", 10},
		{"empty", "", 0},
		{"Hangul syllables", "한국", 4},
		{"Hangul decomposed: leading, vowel and trailing jamo", "\u1112\u1161\u11ab\u1100\u116e\u11a8", 4},
		{"Hangul leading jamo alone", "\u1100", 2},
		{"Hangul extended vowel and trailing jamo", "\u1100\ud7b0\ud7cb", 2},
		{"Hangul compatibility jamo", "ㄱㅏ", 4},
		{"halfwidth Hangul", "\uffa1", 1},
		{"CJK ideographs", "貿易と税関", 10},
		{"fullwidth Latin", "ＡＢＣ", 6},
		{"halfwidth katakana", "ｶﾀｶﾅ", 4},
		{"emoji", "🌊", 2},
		{"emoji and text", "🌊 water", 8},
		{"e and a combining acute accent", "e\u0301", 1},
		{"é precomposed", "é", 1},
		{"Arabic with vowel signs", "المِيَاه", 6},
		{"zero-width space and joiner", "a\u200bb\u200dc", 3},
		{"variation selector", "ok\ufe0f", 2},
		{"left-to-right mark", "a\u200eb", 2},
		{"East Asian ambiguous", "±2", 2},
		{"Cyrillic", "Москва", 6},
	} {
		if got := cellWidth(tt.s); got != tt.want {
			t.Errorf("%s: cellWidth(%q) = %d, want %d", tt.name, tt.s, got, tt.want)
		}
	}
}

// TestCellWidthNormalForms checks that a text takes as many cells
// composed as decomposed, as a terminal draws both the same.
func TestCellWidthNormalForms(t *testing.T) {
	for _, s := range []string{"한국", "대한민국 서울특별시", "Educación", "Ελληνικά", "ệ", "가각갂"} {
		nfc, nfd := norm.NFC.String(s), norm.NFD.String(s)
		if nfc == nfd {
			t.Errorf("%q: NFC and NFD are the same; the case checks nothing", s)
		}
		if c, d := cellWidth(nfc), cellWidth(nfd); c != d {
			t.Errorf("%q: %d cells composed, %d decomposed", s, c, d)
		}
	}
}
