package bilateral

import "time"

// A Date is a civil date, a day of the proleptic Gregorian calendar with no
// time of day and no time zone, in the years 1 to 9999. Its text form is
// "2024-06-14".
//
// Date is a small comparable value: == tells whether two dates are the same
// day, and it can be a map key. The zero Date is not a valid date; it stands
// for "no date" in optional fields.
type Date struct {
	// v is year<<9 | month<<5 | day, so that comparing v compares dates and
	// v == 0 is free to mean "no date".
	v uint32
}

// DatePattern is the regular expression that the text form of every Date
// matches, and nothing else: it matches exactly the texts that [ParseDate]
// accepts. It reads as a year from 0001 to 9999 with a month and a day
// that month has (February up to the 28th), or February 29 of a leap year
// (a year divisible by 4 but not by 100, or divisible by 400). The JSON
// Schema uses it for every date. [ParseDate] does not run it, since it
// reads the digits itself without allocating; tests check that the two
// agree.
const DatePattern = `^((000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})-` +
	`((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))` +
	`|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)$`

// DateFrom returns the given day, or the zero Date when there is no such day
// (2023-02-29, month 13, year 0). Unlike [time.Date] it does not normalize:
// October 32 is an error, not November 1.
func DateFrom(year int, month time.Month, day int) Date {
	if year < minYear || year > maxYear || month < time.January || month > time.December ||
		day < 1 || day > daysIn(year, int(month)) {
		return Date{}
	}
	return dateOf(year, int(month), day)
}

// DateOf returns the day of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return DateFrom(y, m, d)
}

func dateOf(y, m, d int) Date { return Date{v: uint32(y)<<9 | uint32(m)<<5 | uint32(d)} }

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// ParseDate parses a date in the form "2024-06-14". The error is a
// [*ParseError] that wraps [ErrSyntax] for another form and [ErrRange] for a
// day that does not exist, such as "2023-02-29" or "2024-13-01".
func ParseDate(s string) (Date, error) {
	d, err := parseDate(s)
	if err != nil {
		return Date{}, newParseError("ParseDate", s, err)
	}
	return d, nil
}

// MustParseDate is like [ParseDate] but panics on error. It is meant for
// tests and hard-coded values, never for input.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func parseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, ErrSyntax
	}
	y, ok1 := digits(s[:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, ErrSyntax
	}
	if y < minYear || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return Date{}, ErrRange
	}
	return dateOf(y, m, d), nil
}

// IsValid reports whether d is a date, that is, not the zero Date.
func (d Date) IsValid() bool { return d.v != 0 }

// Year returns the year of d, or 0 for the zero Date.
func (d Date) Year() int { return int(d.v >> 9) }

// Month returns the month of d, or 0 for the zero Date.
func (d Date) Month() time.Month { return time.Month(d.v >> 5 & 0xf) }

// Day returns the day of the month of d, or 0 for the zero Date.
func (d Date) Day() int { return int(d.v & 0x1f) }

// Quarter returns the quarter that contains d, or the zero Quarter for the
// zero Date.
func (d Date) Quarter() Quarter {
	if d.v == 0 {
		return Quarter{}
	}
	return QuarterFrom(d.Year(), (int(d.Month())+2)/3)
}

// Time returns midnight at the start of d in loc. It panics if loc is nil,
// like [time.Date]. The zero Date is no day, so its Time is the zero
// [time.Time], whose IsZero is true.
func (d Date) Time(loc *time.Location) time.Time {
	if !d.IsValid() {
		return time.Time{}
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, loc)
}

// Compare returns -1, 0 or +1 as d is before, the same as, or after o. The
// zero Date sorts before every valid one.
func (d Date) Compare(o Date) int {
	switch {
	case d.v < o.v:
		return -1
	case d.v > o.v:
		return 1
	}
	return 0
}

// Before reports whether d is before o.
func (d Date) Before(o Date) bool { return d.v < o.v }

// After reports whether d is after o.
func (d Date) After(o Date) bool { return d.v > o.v }

// Equal reports whether d and o are the same day. It is the same as ==, and
// lets go-cmp compare values that hold dates without options.
func (d Date) Equal(o Date) bool { return d == o }

// String returns d in the form "2024-06-14", or "invalid Date" for the zero
// Date.
func (d Date) String() string {
	if d.v == 0 {
		return "invalid Date"
	}
	var buf [10]byte
	return string(d.appendTo(buf[:0]))
}

// AppendText appends the text form of d to b, or nothing for the zero Date.
// It never fails and does not allocate when b has room.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.v == 0 {
		return b, nil
	}
	return d.appendTo(b), nil
}

func (d Date) appendTo(b []byte) []byte {
	b = append4(b, d.Year())
	b = append(b, '-')
	b = append2(b, int(d.Month()))
	b = append(b, '-')
	return append2(b, d.Day())
}

// MarshalText returns the text form of d, or "" for the zero Date.
func (d Date) MarshalText() ([]byte, error) {
	return d.AppendText(make([]byte, 0, 10))
}

// UnmarshalText sets d from the form "2024-06-14". Empty text sets the zero
// Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	p, err := parseDate(string(text))
	if err != nil {
		return newParseError("Date.UnmarshalText", string(text), err)
	}
	*d = p
	return nil
}
