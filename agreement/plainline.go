package agreement

import (
	"strings"
	"unicode/utf8"
)

// plainLine returns s as text that stays on one line and in its place
// among the text around it, for a cell of [Progress.Table] or a title or
// task name of [Agreement.Gantt]. Titles are free text, which Validate
// accepts with any character, and a report shows them beside other cells:
//
//   - A line break "\r\n" becomes one space, and so does every other
//     control character: C0 (U+0000 to U+001F: tab, line feed, vertical
//     tab, form feed, carriage return, escape, …), DEL (U+007F) and C1
//     (U+0080 to U+009F, next line among them), and the line and paragraph
//     separators U+2028 and U+2029. text/tabwriter ends a cell at a tab or
//     vertical tab and a line at a line feed or form feed; Mermaid ends a
//     statement at a line break; a terminal moves the cursor, erases or
//     changes colours for the others (escape sequences), and editors
//     break lines at the separators.
//   - The bidirectional embeddings, overrides and isolates (U+202A to
//     U+202E, U+2066 to U+2069) are removed. Left open in a title, one
//     reorders what follows it on the line as it is shown: the cells to
//     its right, or the rest of a chart's line, so that what is shown is
//     not what is written. Right-to-left text still shows right to left,
//     which the Unicode bidirectional algorithm does without them.
//   - A byte that is not part of valid UTF-8 becomes U+FFFD, the
//     replacement character: text/tabwriter reads the byte 0xFF as the
//     start of an escaped run that hides the cell ends after it.
//
// Other characters are kept: letters, marks and symbols of every script,
// spaces, and the invisible format characters that words need, such as
// the zero-width joiner and the left-to-right and right-to-left marks.
// plainLine allocates only when it changes s.
func plainLine(s string) string {
	i := firstChange(s)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\r' && i+1 < len(s) && s[i+1] == '\n':
			b.WriteByte(' ')
			size = 2
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case breaksLine(r):
			b.WriteByte(' ')
		case reorders(r):
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// firstChange returns the index in s of the first byte that plainLine
// changes, or len(s).
func firstChange(s string) int {
	for i := 0; i < len(s); {
		if c := s[i]; ' ' <= c && c < 0x7f {
			i++ // printable ASCII, the usual case
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || breaksLine(r) || reorders(r) {
			return i
		}
		i += size
	}
	return len(s)
}

// breaksLine reports whether plainLine writes r as a space: a control
// character or a line or paragraph separator.
func breaksLine(r rune) bool {
	return r < ' ' || 0x7f <= r && r <= 0x9f || r == '\u2028' || r == '\u2029'
}

// reorders reports whether r is a bidirectional embedding, override or
// isolate, which plainLine removes.
func reorders(r rune) bool {
	return '\u202a' <= r && r <= '\u202e' || '\u2066' <= r && r <= '\u2069'
}
