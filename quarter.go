package bilateral

import (
	"iter"
)

// A Quarter is a calendar quarter of a year from 1 to 9999: 2024-Q3 is July to
// September 2024.
//
// Quarter is a small comparable value, like [net/netip.Addr]: == tells whether
// two quarters are the same, and it can be a map key. The zero Quarter is not
// a valid quarter; it stands for "no quarter" in optional fields. Arithmetic
// that would leave the years 1 to 9999 gives the zero Quarter, never a wrapped
// year.
//
// The canonical text form, used by [Quarter.String] and the JSON form, is
// "2024-Q3". [ParseQuarter] also accepts the spellings people write.
type Quarter struct {
	// v is year*4 + (number-1). Year 1 makes v at least 4, so v == 0 is free
	// to mean "no quarter".
	v uint16
}

const (
	minYear    = 1
	maxYear    = 9999
	minQuarter = minYear * 4
	maxQuarter = maxYear*4 + 3
)

// QuarterPattern is the regular expression that the canonical text form of
// a valid Quarter matches, and nothing else: it matches exactly the
// non-empty texts that [Quarter.UnmarshalText] accepts, years 0001 to 9999
// and quarters 1 to 4. The JSON Schema uses it for every quarter. The
// parser does not run it, since it reads the digits itself without
// allocating; tests check that the two agree.
const QuarterPattern = `^(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})-Q[1-4]$`

// QuarterFrom returns quarter number (1 to 4) of year (1 to 9999). For any
// other year or number it returns the zero Quarter.
func QuarterFrom(year, number int) Quarter {
	if year < minYear || year > maxYear || number < 1 || number > 4 {
		return Quarter{}
	}
	return Quarter{v: uint16(year*4 + number - 1)}
}

// quarterAt converts an index year*4+(number-1) to a Quarter, or the zero
// Quarter when the index is outside the years 1 to 9999.
func quarterAt(i int) Quarter {
	if i < minQuarter || i > maxQuarter {
		return Quarter{}
	}
	return Quarter{v: uint16(i)}
}

// ParseQuarter parses a quarter written in any of the forms people use:
// "2024-Q3" (canonical), "2024 Q3", "2024Q3", "Q3 2024" and "Q3-2024", in
// upper or lower case. The year has four digits.
//
// The error is a [*ParseError] that wraps [ErrSyntax] for a malformed input
// and [ErrRange] for year 0000 or a quarter number other than 1 to 4.
func ParseQuarter(s string) (Quarter, error) {
	q, err := parseQuarter(s)
	if err != nil {
		return Quarter{}, newParseError("ParseQuarter", s, err)
	}
	return q, nil
}

// MustParseQuarter is like [ParseQuarter] but panics on error. It is meant
// for tests and hard-coded values, never for input.
func MustParseQuarter(s string) Quarter {
	q, err := ParseQuarter(s)
	if err != nil {
		panic(err)
	}
	return q
}

// parseQuarter returns ErrSyntax or ErrRange itself, so that the callers can
// wrap it without allocating on success.
func parseQuarter(s string) (Quarter, error) {
	var year, num string
	switch {
	case len(s) == 7 && isQ(s[0]) && (s[2] == ' ' || s[2] == '-'): // Q3 2024, Q3-2024
		num, year = s[1:2], s[3:]
	case len(s) == 6 && isQ(s[4]): // 2024Q3
		year, num = s[:4], s[5:]
	case len(s) == 7 && (s[4] == '-' || s[4] == ' ') && isQ(s[5]): // 2024-Q3, 2024 Q3
		year, num = s[:4], s[6:]
	default:
		return Quarter{}, ErrSyntax
	}
	y, ok := digits(year)
	if !ok || !isDigit(num[0]) {
		return Quarter{}, ErrSyntax
	}
	n := int(num[0] - '0')
	if y < minYear || n < 1 || n > 4 {
		return Quarter{}, ErrRange
	}
	return Quarter{v: uint16(y*4 + n - 1)}, nil
}

func isQ(c byte) bool { return c == 'Q' || c == 'q' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// digits converts a string of ASCII digits to its value.
func digits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// IsValid reports whether q is a quarter, that is, not the zero Quarter.
func (q Quarter) IsValid() bool { return q.v != 0 }

// Year returns the year of q, or 0 for the zero Quarter.
func (q Quarter) Year() int { return int(q.v) / 4 }

// Number returns the number of q within its year, 1 to 4, or 0 for the zero
// Quarter.
func (q Quarter) Number() int {
	if q.v == 0 {
		return 0
	}
	return int(q.v)%4 + 1
}

// Compare returns -1, 0 or +1 as q is before, the same as, or after o. The
// zero Quarter sorts before every valid one, so slices.SortFunc(qs,
// Quarter.Compare) works on any slice.
func (q Quarter) Compare(o Quarter) int {
	switch {
	case q.v < o.v:
		return -1
	case q.v > o.v:
		return 1
	}
	return 0
}

// Before reports whether q is before o.
func (q Quarter) Before(o Quarter) bool { return q.v < o.v }

// After reports whether q is after o.
func (q Quarter) After(o Quarter) bool { return q.v > o.v }

// Equal reports whether q and o are the same quarter. It is the same as ==,
// and lets go-cmp compare values that hold quarters without options.
func (q Quarter) Equal(o Quarter) bool { return q == o }

// Next returns the quarter after q: the next of 2024-Q4 is 2025-Q1. It
// returns the zero Quarter for 9999-Q4 and for the zero Quarter.
func (q Quarter) Next() Quarter { return q.Add(1) }

// Prev returns the quarter before q: the previous of 2025-Q1 is 2024-Q4. It
// returns the zero Quarter for 0001-Q1 and for the zero Quarter.
func (q Quarter) Prev() Quarter { return q.Add(-1) }

// Add returns the quarter n quarters after q (before it, for negative n). A
// result outside the years 1 to 9999, and any result for the zero Quarter,
// is the zero Quarter.
func (q Quarter) Add(n int) Quarter {
	if q.v == 0 || n > maxQuarter || n < -maxQuarter {
		return Quarter{}
	}
	return quarterAt(int(q.v) + n)
}

// Sub returns the number of quarters from o to q: 2025-Q1 minus 2024-Q3 is
// 2, and o.Add(q.Sub(o)) == q when both are valid. With a zero Quarter on
// either side it returns 0.
func (q Quarter) Sub(o Quarter) int {
	if q.v == 0 || o.v == 0 {
		return 0
	}
	return int(q.v) - int(o.v)
}

// Quarters returns the quarters from first to last, both included, in order.
// It yields nothing when either is the zero Quarter or last is before first.
func Quarters(first, last Quarter) iter.Seq[Quarter] {
	return func(yield func(Quarter) bool) {
		if first.v == 0 || last.v == 0 {
			return
		}
		for v := first.v; v <= last.v; v++ {
			if !yield(Quarter{v: v}) {
				return
			}
		}
	}
}

// FirstDay returns the first day of q, or the zero Date for the zero Quarter.
func (q Quarter) FirstDay() Date {
	if q.v == 0 {
		return Date{}
	}
	return dateOf(q.Year(), 3*(q.Number()-1)+1, 1)
}

// LastDay returns the last day of q, or the zero Date for the zero Quarter.
func (q Quarter) LastDay() Date {
	if q.v == 0 {
		return Date{}
	}
	m := 3 * q.Number()
	return dateOf(q.Year(), m, daysIn(q.Year(), m))
}

// String returns the canonical form of q, such as "2024-Q3", or
// "invalid Quarter" for the zero Quarter.
func (q Quarter) String() string {
	if q.v == 0 {
		return "invalid Quarter"
	}
	var buf [7]byte
	return string(q.appendTo(buf[:0]))
}

// AppendText appends the canonical form of q to b, or nothing for the zero
// Quarter. It never fails and does not allocate when b has room.
func (q Quarter) AppendText(b []byte) ([]byte, error) {
	if q.v == 0 {
		return b, nil
	}
	return q.appendTo(b), nil
}

func (q Quarter) appendTo(b []byte) []byte {
	b = append4(b, q.Year())
	return append(b, '-', 'Q', byte('0'+q.Number()))
}

// append4 appends n (0 to 9999) as four digits.
func append4(b []byte, n int) []byte {
	return append(b, byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
}

// append2 appends n (0 to 99) as two digits.
func append2(b []byte, n int) []byte {
	return append(b, byte('0'+n/10), byte('0'+n%10))
}

// MarshalText returns the canonical form of q, or "" for the zero Quarter.
func (q Quarter) MarshalText() ([]byte, error) {
	return q.AppendText(make([]byte, 0, 7))
}

// UnmarshalText sets q from its canonical form. Empty text sets the zero
// Quarter. The other spellings that [ParseQuarter] accepts are rejected with
// an error that names the canonical form, so that documents carry one
// spelling only.
func (q *Quarter) UnmarshalText(text []byte) error {
	const fn = "Quarter.UnmarshalText"
	if len(text) == 0 {
		*q = Quarter{}
		return nil
	}
	// The conversion does not escape, so it does not allocate: only the
	// errors keep a copy of the text.
	p, err := parseQuarter(string(text))
	if err != nil {
		return newParseError(fn, string(text), err)
	}
	if len(text) != 7 || text[4] != '-' || text[5] != 'Q' {
		return adviceError(fn, string(text), ErrSyntax, "write the canonical form "+p.String())
	}
	*q = p
	return nil
}
