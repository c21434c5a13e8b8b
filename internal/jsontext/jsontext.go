// Package jsontext reads and writes the smallest pieces of JSON text: white
// space and strings. Both the value types of the module and its strict
// document decoder use it, so that there is one reading of JSON strings.
package jsontext

import (
	"encoding/binary"
	"errors"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral/internal/bounded"
)

// Errors of a string that is not valid JSON.
var (
	ErrUnterminated = errors.New("unterminated string")
	ErrControl      = errors.New("control character in string")
	ErrEscape       = errors.New("invalid escape in string")
	ErrUTF8         = errors.New("invalid UTF-8 in string")
	ErrSurrogate    = errors.New("lone surrogate in string: a \\u escape of U+D800 to U+DFFF must be half of a pair, high then low")
)

// A DuplicateError reports a member name that an object has twice.
type DuplicateError struct {
	Name string // the name, unescaped
}

// Error says which name is given twice.
func (e *DuplicateError) Error() string { return "member " + bounded.Quote(e.Name) + " appears twice" }

// IsSpace reports whether c is JSON white space.
func IsSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// SkipSpace returns the index of the first byte at or after i that is not
// white space.
func SkipSpace(data []byte, i int) int {
	for i < len(data) && IsSpace(data[i]) {
		i++
	}
	return i
}

// ScanString reads the JSON string whose opening quote is at data[i]. It
// returns the index just past the closing quote and whether the string holds
// escapes. On error, end is the index of the offending byte.
func ScanString(data []byte, i int) (end int, escaped bool, err error) {
	i++ // opening quote
	for i < len(data) {
		// Eight bytes at a time over the plain ASCII that most strings
		// are made of.
		for i+8 <= len(data) && !special(binary.LittleEndian.Uint64(data[i:])) {
			i += 8
		}
		if i >= len(data) {
			break
		}
		c := data[i]
		switch {
		case c == '"':
			return i + 1, escaped, nil
		case c == '\\':
			escaped = true
			if i+1 >= len(data) {
				return i, escaped, ErrUnterminated
			}
			switch data[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if i+6 > len(data) || !isHex4(data[i+2:i+6]) {
					return i, escaped, ErrEscape
				}
				if r := rune(hex4(data[i+2:])); utf16.IsSurrogate(r) {
					// A high surrogate, then a low one: any other
					// surrogate cannot stand for a character.
					next := i + 6
					if r >= 0xdc00 || next+2 > len(data) || data[next] != '\\' || data[next+1] != 'u' {
						return i, escaped, ErrSurrogate
					}
					if next+6 > len(data) || !isHex4(data[next+2:next+6]) {
						return next, escaped, ErrEscape
					}
					if !isLowSurrogate(rune(hex4(data[next+2:]))) {
						return i, escaped, ErrSurrogate
					}
					i = next
				}
				i += 6
			default:
				return i, escaped, ErrEscape
			}
		case c < 0x20:
			return i, escaped, ErrControl
		case c < utf8.RuneSelf:
			i++
		default:
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				return i, escaped, ErrUTF8
			}
			i += size
		}
	}
	return i, escaped, ErrUnterminated
}

func isLowSurrogate(r rune) bool { return 0xdc00 <= r && r < 0xe000 }

// Bytes repeated in each of the eight bytes of a word, for special.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// StringEnd returns the index just past the JSON string whose opening quote
// is at data[i], or len(data) when it does not end, without checking what
// it holds: a quick look ahead, for text that is read properly later.
func StringEnd(data []byte, i int) int {
	for i++; i < len(data); i++ {
		for i+8 <= len(data) && !quoteOrBackslash(binary.LittleEndian.Uint64(data[i:])) {
			i += 8
		}
		if i >= len(data) {
			break
		}
		switch data[i] {
		case '"':
			return i + 1
		case '\\':
			i++
		}
	}
	return len(data)
}

// quoteOrBackslash reports whether one of the eight bytes of w is a quote or
// a backslash, as special does.
func quoteOrBackslash(w uint64) bool {
	quote := w ^ ('"' * ones)
	backslash := w ^ ('\\' * ones)
	return ((quote-ones)&^quote|(backslash-ones)&^backslash)&highs != 0
}

// special reports whether one of the eight bytes of w, a piece of a
// string, needs a look of its own: a quote, a backslash, a control
// character, or a byte of a character beyond ASCII. It may report true for
// a word that has none (then the bytes are looked at one by one), never
// false for one that has one.
func special(w uint64) bool {
	quote := w ^ ('"' * ones)
	backslash := w ^ ('\\' * ones)
	control := w - 0x20*ones // a byte below 0x20 borrows into its high bit
	return ((quote-ones)&^quote|(backslash-ones)&^backslash|control&^w|w)&highs != 0
}

func isHex4(b []byte) bool {
	for _, c := range b {
		if hexVal(c) < 0 {
			return false
		}
	}
	return true
}

func hexVal(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// Unescape returns the content of a JSON string that ScanString accepted,
// quotes included in s. ScanString rejects lone surrogates; should one
// reach Unescape, it becomes U+FFFD, as encoding/json does.
func Unescape(s []byte) string {
	var b strings.Builder
	b.Grow(len(s) - 2)
	UnescapeTo(&b, s)
	return b.String()
}

// UnescapeTo writes the content of a JSON string that ScanString accepted,
// quotes included in s, to b, as Unescape returns it.
func UnescapeTo(b *strings.Builder, s []byte) {
	s = s[1 : len(s)-1]
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			j := i + 1
			for j < len(s) && s[j] != '\\' {
				j++
			}
			b.Write(s[i:j])
			i = j
			continue
		}
		switch s[i+1] {
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r := rune(hex4(s[i+2:]))
			i += 6
			if utf16.IsSurrogate(r) {
				r2 := utf8.RuneError
				if i+6 <= len(s) && s[i] == '\\' && s[i+1] == 'u' {
					r2 = rune(hex4(s[i+2:]))
				}
				if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
					r = dec
					i += 6
				} else {
					r = utf8.RuneError
				}
			}
			b.WriteRune(r)
			continue
		default: // '"', '\\', '/'
			b.WriteByte(s[i+1])
		}
		i += 2
	}
}

func hex4(b []byte) int {
	return hexVal(b[0])<<12 | hexVal(b[1])<<8 | hexVal(b[2])<<4 | hexVal(b[3])
}

// String returns the content of the JSON string at data[i], and the index
// just past it.
func String(data []byte, i int) (s string, end int, err error) {
	end, escaped, err := ScanString(data, i)
	if err != nil {
		return "", end, err
	}
	if !escaped {
		return string(data[i+1 : end-1]), end, nil
	}
	return Unescape(data[i:end]), end, nil
}

// AppendString appends s as a JSON string. Invalid UTF-8 becomes U+FFFD, as
// encoding/json writes it.
func AppendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c < 0x20:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, `\ufffd`...)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}
