package bilateral

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral/internal/bounded"
)

// A Problem is one broken rule in a document.
//
// Problem is comparable with ==, so tests can compare problems directly or
// with go-cmp. Its JSON form, for a service that returns problems to the
// sender of a document, is {"path": ..., "code": ..., "message": ...}.
type Problem struct {
	// Path is an RFC 6901 JSON Pointer to the place in the document that
	// breaks the rule, such as "/milestones/2/quarter". It is "" for the
	// whole document. A missing member is reported at the object that
	// should hold it, as JSON Schema validators report it.
	Path string `json:"path"`
	// Code names the rule, such as "quarter.outside-term". Codes are stable:
	// programs may switch on them. The agreement package documents them all.
	Code string `json:"code"`
	// Message says, for a person, what is wrong and what would be right.
	Message string `json:"message"`
}

// String returns the problem as one line: "/milestones/2/quarter:
// 2026-Q1 is after the end of the term, 2025-Q4 (quarter.outside-term)".
// A line break or other control character in the path (a member name may
// hold one), the message or the code is written as an escape such as \n,
// so that the problem stays on one line.
func (p Problem) String() string {
	path := p.Path
	if path == "" {
		path = "document"
	}
	var b strings.Builder
	b.Grow(len(path) + len(p.Message) + len(p.Code) + 5)
	writeOneLine(&b, path)
	b.WriteString(": ")
	writeOneLine(&b, p.Message)
	b.WriteString(" (")
	writeOneLine(&b, p.Code)
	b.WriteString(")")
	return b.String()
}

// writeOneLine writes s with its control characters and line and paragraph
// separators escaped as in a Go string literal.
func writeOneLine(b *strings.Builder, s string) {
	start := 0
	for i, r := range s {
		if !unicode.IsControl(r) && r != '\u2028' && r != '\u2029' {
			continue
		}
		b.WriteString(s[start:i])
		q := strconv.QuoteRune(r)
		b.WriteString(q[1 : len(q)-1])
		start = i + utf8.RuneLen(r)
	}
	b.WriteString(s[start:])
}

// Problems is every problem found in a document, sorted by path and then by
// code, except that a problem saying the list is cut short (agreement's
// problems.truncated, at the root) is put last, where Sort would not put
// it. It is the error that validation and parsing return, so that a caller
// sees every problem at once, not only the first:
//
//	var ps bilateral.Problems
//	if errors.As(err, &ps) {
//		for _, p := range ps { ... }
//	}
//
// Paths are ordered token by token, with array indexes in numeric order, so
// /milestones/2 comes before /milestones/10.
//
// Problems is a slice, so it is not comparable with ==; compare two with
// slices.Equal or go-cmp, whose Diff shows which problems differ.
type Problems []Problem

// Error returns the first problem and how many others there are.
func (ps Problems) Error() string {
	switch len(ps) {
	case 0:
		return "no problems"
	case 1:
		return ps[0].String()
	case 2:
		return ps[0].String() + ", and 1 other problem"
	}
	return ps[0].String() + ", and " + strconv.Itoa(len(ps)-1) + " other problems"
}

// Err returns ps sorted as an error, or nil when ps is empty. Return
// ps.Err() rather than ps, so that an empty list is a nil error.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	ps.Sort()
	return ps
}

// Sort sorts ps by path, then code, then message.
func (ps Problems) Sort() {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		if c := ComparePointers(a.Path, b.Path); c != 0 {
			return c
		}
		if c := strings.Compare(a.Code, b.Code); c != 0 {
			return c
		}
		return strings.Compare(a.Message, b.Message)
	})
}

// HasCode reports whether some problem has the given code.
func (ps Problems) HasCode(code string) bool {
	return slices.ContainsFunc(ps, func(p Problem) bool { return p.Code == code })
}

// HasPath reports whether some problem is at exactly the given path.
func (ps Problems) HasPath(path string) bool {
	return slices.ContainsFunc(ps, func(p Problem) bool { return p.Path == path })
}

// Under returns ps with prefix, a JSON Pointer, put in front of every path.
// It turns the problems of a part of a document into problems of the whole:
// the problems of a focus area, under "/focusAreas/3". The prefix is used
// as given, so it must be "" or start with "/" for the paths to stay JSON
// Pointers.
func (ps Problems) Under(prefix string) Problems {
	out := make(Problems, len(ps))
	for i, p := range ps {
		p.Path = prefix + p.Path
		out[i] = p
	}
	return out
}

// Join returns the problems of all parts in one sorted list, or nil when
// there are none.
func Join(parts ...Problems) Problems {
	var out Problems
	for _, part := range parts {
		out = append(out, part...)
	}
	if len(out) == 0 {
		return nil
	}
	out.Sort()
	return out
}

// Pointer returns the RFC 6901 JSON Pointer made of the given reference
// tokens, escaping "~" as "~0" and "/" as "~1": Pointer("milestones", "2",
// "quarter") is "/milestones/2/quarter". Pointer() is "", the whole
// document.
func Pointer(tokens ...string) string {
	var b []byte
	for _, t := range tokens {
		b = AppendPointerToken(b, t)
	}
	return string(b)
}

// AppendPointerToken appends "/" and the escaped token to a JSON Pointer.
func AppendPointerToken(b []byte, token string) []byte { return bounded.AppendToken(b, token) }

// AppendPointerIndex appends "/" and an array index to a JSON Pointer.
func AppendPointerIndex(b []byte, index int) []byte { return bounded.AppendIndex(b, index) }

// ComparePointers orders JSON Pointers token by token, so that a pointer
// comes before those below it. Array indexes compare as numbers, so /a/2
// comes before /a/10; an index comes before any other token; other tokens
// compare as strings. It returns -1, 0 or +1.
//
// A string that is not a JSON Pointer (one that is neither "" nor starts
// with "/") comes after every pointer, and such strings compare as
// strings, so that sorting by ComparePointers is well defined for any
// input.
func ComparePointers(a, b string) int {
	switch pa, pb := isPointer(a), isPointer(b); {
	case !pa && !pb:
		return strings.Compare(a, b)
	case !pa:
		return 1
	case !pb:
		return -1
	}
	for {
		if a == b {
			return 0
		}
		if a == "" {
			return -1
		}
		if b == "" {
			return 1
		}
		var ta, tb string
		ta, a = nextToken(a)
		tb, b = nextToken(b)
		if c := compareTokens(ta, tb); c != 0 {
			return c
		}
	}
}

func isPointer(p string) bool { return p == "" || p[0] == '/' }

// nextToken splits "/a/b" into "a" and "/b".
func nextToken(p string) (token, rest string) {
	p = p[1:]
	if i := strings.IndexByte(p, '/'); i >= 0 {
		return p[:i], p[i:]
	}
	return p, ""
}

func compareTokens(a, b string) int {
	ia, ib := isIndex(a), isIndex(b)
	switch {
	case ia && ib:
		// Without leading zeros, the longer index is the larger.
		if c := len(a) - len(b); c != 0 {
			return max(-1, min(c, 1))
		}
	case ia:
		return -1
	case ib:
		return 1
	}
	return strings.Compare(a, b)
}

// isIndex reports whether a token is an RFC 6901 array index: "0", or digits
// without a leading zero.
func isIndex(t string) bool {
	if t == "" || (len(t) > 1 && t[0] == '0') {
		return false
	}
	for i := 0; i < len(t); i++ {
		if !isDigit(t[i]) {
			return false
		}
	}
	return true
}
