package bilateral

import (
	"strconv"
	"time"
)

// A FiscalCalendar is a party's fiscal year: twelve months that start on the
// first day of January, April, July or October. Because those are the only
// starts, every fiscal quarter is a calendar quarter and a [Quarter] can be
// shown in any party's fiscal terms. A fiscal year is named by the calendar
// year in which it ends, as governments do: the U.S. federal fiscal year 2025
// runs from October 2024 to September 2025.
//
// The four calendars are the constants [CalendarYear], [AprilToMarch],
// [JulyToJune] and [OctoberToSeptember] ([USFederal]); [NewFiscalCalendar]
// returns the one that starts in a given month. The zero FiscalCalendar is
// CalendarYear. FiscalCalendar is comparable with ==. In JSON it is the
// number of its first month: 1, 4, 7 or 10.
//
// A FiscalCalendar counts quarters from January to its start, so
// FiscalCalendar(3) is OctoberToSeptember. A conversion of any other
// number, such as FiscalCalendar(10), which is not the calendar starting in
// October, gives a value that is not a fiscal calendar: [FiscalCalendar.IsValid]
// reports false, its methods return their documented zero results, and
// marshalling it is an error. Write the constants, or NewFiscalCalendar.
type FiscalCalendar uint8

// The fiscal calendars, by the month their year starts in. A value is the
// number of quarters from January to that month, so that the zero value is
// the calendar year.
const (
	// CalendarYear is the fiscal year that is the calendar year, as in
	// Mexico: 2024-Q4 is FY2024 Q4.
	CalendarYear FiscalCalendar = iota
	// AprilToMarch is a fiscal year from April to March: 2024-Q4 is
	// FY2025 Q3.
	AprilToMarch
	// JulyToJune is a fiscal year from July to June: 2024-Q4 is FY2025 Q2.
	JulyToJune
	// OctoberToSeptember is a fiscal year from October to September:
	// 2024-Q4 is FY2025 Q1.
	OctoberToSeptember

	// USFederal is the fiscal year of the United States federal
	// government, which starts in October: 2024-Q4 is FY2025 Q1.
	USFederal = OctoberToSeptember
)

// fiscalStarts are the months in which a fiscal year may start, each the
// first month of a calendar quarter, in order, with what each means: the
// calendar c starts in fiscalStarts[c].month. NewFiscalCalendar accepts
// these months and no others, and the JSON Schema lists them: one table,
// so that the two cannot drift.
var fiscalStarts = [...]struct {
	month       time.Month
	description string
}{
	{time.January, "The calendar year."},
	{time.April, "A fiscal year from April to March."},
	{time.July, "A fiscal year from July to June."},
	{time.October, "A fiscal year from October to September, as the U.S. federal government's."},
}

// NewFiscalCalendar returns the fiscal calendar whose year starts on the
// first day of start. Only January, April, July and October are accepted;
// for any other month the error is a [*ParseError] that wraps [ErrRange],
// and the calendar is the zero FiscalCalendar.
func NewFiscalCalendar(start time.Month) (FiscalCalendar, error) {
	for c, s := range fiscalStarts {
		if s.month == start {
			return FiscalCalendar(c), nil
		}
	}
	return CalendarYear, newParseError("NewFiscalCalendar", strconv.Itoa(int(start)), ErrRange)
}

// MustNewFiscalCalendar is like [NewFiscalCalendar] but panics for a month
// in which no fiscal year starts. It is for tests and hard-coded values,
// like regexp.MustCompile; for a month from input, use NewFiscalCalendar.
func MustNewFiscalCalendar(start time.Month) FiscalCalendar {
	c, err := NewFiscalCalendar(start)
	if err != nil {
		panic(err)
	}
	return c
}

// IsValid reports whether c is one of the fiscal calendars: CalendarYear,
// AprilToMarch, JulyToJune or OctoberToSeptember.
func (c FiscalCalendar) IsValid() bool { return int(c) < len(fiscalStarts) }

// fiscalStartNumbers lists the numbers of the months of fiscalStarts, as
// in "1, 4, 7 or 10".
func fiscalStartNumbers() string {
	var b []byte
	for i, s := range fiscalStarts {
		switch {
		case i == len(fiscalStarts)-1:
			b = append(b, " or "...)
		case i > 0:
			b = append(b, ", "...)
		}
		b = strconv.AppendInt(b, int64(s.month), 10)
	}
	return string(b)
}

// Start returns the month in which c's fiscal year starts, or 0, which is
// no month, when c is not valid.
func (c FiscalCalendar) Start() time.Month {
	if !c.IsValid() {
		return 0
	}
	return fiscalStarts[c].month
}

// shift is the number of quarters to add to a calendar quarter index to get
// the fiscal one. c must be valid.
func (c FiscalCalendar) shift() int { return (4 - int(c)) % 4 }

// FiscalYear returns the fiscal year that contains q, named by the calendar
// year in which it ends, or 0 for the zero Quarter or when c is not valid.
func (c FiscalCalendar) FiscalYear(q Quarter) int {
	if !q.IsValid() || !c.IsValid() {
		return 0
	}
	return (int(q.v) + c.shift()) / 4
}

// FiscalQuarter returns the number (1 to 4) of q within its fiscal year, or
// 0 for the zero Quarter or when c is not valid.
func (c FiscalCalendar) FiscalQuarter(q Quarter) int {
	if !q.IsValid() || !c.IsValid() {
		return 0
	}
	return (int(q.v)+c.shift())%4 + 1
}

// Quarter returns the calendar quarter that is quarter number (1 to 4) of
// fiscalYear, or the zero Quarter when there is none in the years 1 to 9999
// or c is not valid.
func (c FiscalCalendar) Quarter(fiscalYear, number int) Quarter {
	if number < 1 || number > 4 || fiscalYear < 0 || fiscalYear > maxYear+1 || !c.IsValid() {
		return Quarter{}
	}
	return quarterAt(fiscalYear*4 + number - 1 - c.shift())
}

// Label returns q in c's fiscal terms, such as "FY2025 Q1", or "" for the
// zero Quarter or when c is not valid.
func (c FiscalCalendar) Label(q Quarter) string {
	if !q.IsValid() || !c.IsValid() {
		return ""
	}
	var buf [10]byte
	return string(c.AppendLabel(buf[:0], q))
}

// AppendLabel appends [FiscalCalendar.Label] of q to b: nothing for the
// zero Quarter or when c is not valid.
func (c FiscalCalendar) AppendLabel(b []byte, q Quarter) []byte {
	if !q.IsValid() || !c.IsValid() {
		return b
	}
	b = append(b, 'F', 'Y')
	// Four digits at least, as in the canonical form of a Quarter, so that
	// ParseLabel reads the labels of the years before 1000 too.
	if fy := c.FiscalYear(q); fy <= maxYear {
		b = append4(b, fy)
	} else {
		b = strconv.AppendInt(b, int64(fy), 10)
	}
	return append(b, ' ', 'Q', byte('0'+c.FiscalQuarter(q)))
}

// ParseLabel reads a label that [FiscalCalendar.Label] writes, such as
// "FY2025 Q1", and returns the calendar quarter it names. It also accepts
// "FY2025-Q1" and "FY2025Q1", in any case. The error is a [*ParseError] that
// wraps [ErrSyntax], or [ErrRange] when the label names no quarter of the
// years 1 to 9999, as no label does when c is not valid.
func (c FiscalCalendar) ParseLabel(s string) (Quarter, error) {
	const fn = "FiscalCalendar.ParseLabel"
	if len(s) < 5 || !(s[0] == 'F' || s[0] == 'f') || !(s[1] == 'Y' || s[1] == 'y') {
		return Quarter{}, newParseError(fn, s, ErrSyntax)
	}
	rest := s[2:]
	i := 0
	for i < len(rest) && isDigit(rest[i]) {
		i++
	}
	year, tail := rest[:i], rest[i:]
	if len(tail) == 3 && (tail[0] == ' ' || tail[0] == '-') {
		tail = tail[1:]
	}
	if len(year) < 4 || len(year) > 5 || len(tail) != 2 || !isQ(tail[0]) || !isDigit(tail[1]) {
		return Quarter{}, newParseError(fn, s, ErrSyntax)
	}
	fy, _ := digits(year)
	q := c.Quarter(fy, int(tail[1]-'0'))
	if !q.IsValid() {
		return Quarter{}, newParseError(fn, s, ErrRange)
	}
	return q, nil
}

// String describes c, as in "fiscal year starting in October", or, when c
// is not valid, shows its number as in "FiscalCalendar(9)".
func (c FiscalCalendar) String() string {
	if !c.IsValid() {
		return "FiscalCalendar(" + strconv.Itoa(int(c)) + ")"
	}
	return "fiscal year starting in " + c.Start().String()
}

// Equal reports whether c and o are the same calendar. It is the same as
// ==, and lets go-cmp compare values that hold calendars without options.
func (c FiscalCalendar) Equal(o FiscalCalendar) bool { return c == o }

// MarshalJSON returns the number of the first month of c's fiscal year. It
// returns an error that wraps [ErrRange] when c is not valid, as no number
// would read back as c.
func (c FiscalCalendar) MarshalJSON() ([]byte, error) {
	if !c.IsValid() {
		return nil, &reasonError{sentinel: ErrRange, advice: c.String() + " is not a fiscal calendar; use a FiscalCalendar constant or NewFiscalCalendar"}
	}
	return strconv.AppendInt(nil, int64(c.Start()), 10), nil
}

// UnmarshalJSON sets c from the number of the first month of its fiscal
// year: 1, 4, 7 or 10. Like encoding/json itself, it leaves c alone for
// null.
func (c *FiscalCalendar) UnmarshalJSON(data []byte) error {
	const fn = "FiscalCalendar.UnmarshalJSON"
	s := string(data)
	if s == "null" {
		return nil
	}
	m, ok := digits(s)
	if !ok || len(s) > 2 || (len(s) == 2 && s[0] == '0') { // JSON numbers have no leading zero
		return newParseError(fn, s, ErrSyntax)
	}
	fc, err := NewFiscalCalendar(time.Month(m))
	if err != nil {
		return adviceError(fn, s, ErrRange, "a fiscal year starts in month "+fiscalStartNumbers())
	}
	*c = fc
	return nil
}
