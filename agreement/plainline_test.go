package agreement

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestPlainLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Trade Policy Harmonization", "Trade Policy Harmonization"},
		{"Comercio — 貿易 — تجارة — é", "Comercio — 貿易 — تجارة — é"},
		{"a\tb", "a b"},
		{"a\nb", "a b"},
		{"a\r\nb", "a b"},
		{"a\n\rb", "a  b"},
		{"\r\n\r\n", "  "},
		{"a\rb", "a b"},
		{"a\vb\fc", "a b c"},
		{"a\x00b\x01c\x1fd", "a b c d"},
		{"\x1b[2J\x1b[31mred", " [2J [31mred"},
		{"a\x7fb", "a b"},
		{"a\u0080b\u0085c\u009bd\u009fe", "a b c d e"},
		{"a\u2028b\u2029c", "a b c"},
		{"a\u202ab\u202bc\u202cd\u202de\u202ef", "abcdef"},
		{"\u2066a\u2067b\u2068c\u2069", "abc"},
		{"a\xffb", "a\ufffdb"},
		{"a\xc3", "a\ufffd"},
		{"\xed\xa0\x80", "\ufffd\ufffd\ufffd"}, // a surrogate, which is not UTF-8
		// Kept: spaces, marks, joiners and the directional marks.
		{"a\u00a0b", "a\u00a0b"},
		{"e\u0301", "e\u0301"},
		{"a\u200bb\u200cc\u200dd", "a\u200bb\u200cc\u200dd"},
		{"\u200eabc\u200f\u061c", "\u200eabc\u200f\u061c"},
		{"\ufeffBOM", "\ufeffBOM"},
	} {
		if got := plainLine(tc.in); got != tc.want {
			t.Errorf("plainLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestPlainLineEveryRune checks each code point alone and between letters:
// a control character or separator becomes a space, a bidirectional
// embedding, override or isolate goes, and every other one is kept.
func TestPlainLineEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		in := "a" + string(r) + "b"
		want := in
		switch {
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029':
			want = "a b"
		case unicode.In(r, unicode.Bidi_Control) && !strings.ContainsRune("\u200e\u200f\u061c", r):
			want = "ab"
		}
		if got := plainLine(in); got != want {
			t.Fatalf("plainLine(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPlainLineAllocs checks that plainLine allocates only when it changes
// its input.
func TestPlainLineAllocs(t *testing.T) {
	for _, s := range []string{"Trade Policy Harmonization", "Comercio exterior — 貿易 — تجارة", ""} {
		if n := testing.AllocsPerRun(100, func() { sinkString = plainLine(s) }); n != 0 {
			t.Errorf("plainLine(%q) allocates %v times, want 0", s, n)
		}
	}
}

var sinkString string
