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
// The zero FiscalCalendar is [CalendarYear]. FiscalCalendar is comparable
// with ==. In JSON it is the number of its first month: 1, 4, 7 or 10.
type FiscalCalendar struct {
	// offset is the number of calendar quarters from January to the start
	// month, so that the zero value is the calendar year.
	offset uint8
}

var (
	// CalendarYear is the fiscal year that is the calendar year, as in
	// Mexico: 2024-Q4 is FY2024 Q4.
	CalendarYear = FiscalCalendar{}

	// USFederal is the fiscal year of the United States federal government,
	// which starts in October: 2024-Q4 is FY2025 Q1.
	USFederal = FiscalCalendar{offset: 3}
)

// fiscalStarts are the months in which a fiscal year may start, each the
// first month of a calendar quarter, in order, with what each means.
// NewFiscalCalendar accepts these months and no others, and the JSON Schema
// lists them: one table, so that the two cannot drift.
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
// for any other month the error is a [*ParseError] that wraps [ErrRange].
func NewFiscalCalendar(start time.Month) (FiscalCalendar, error) {
	for _, s := range fiscalStarts {
		if s.month == start {
			return FiscalCalendar{offset: uint8(start-1) / 3}, nil
		}
	}
	return FiscalCalendar{}, newParseError("NewFiscalCalendar", strconv.Itoa(int(start)), ErrRange)
}

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

// Start returns the month in which c's fiscal year starts.
func (c FiscalCalendar) Start() time.Month { return time.Month(3*c.offset + 1) }

// shift is the number of quarters to add to a calendar quarter index to get
// the fiscal one.
func (c FiscalCalendar) shift() int { return int(4-c.offset) % 4 }

// FiscalYear returns the fiscal year that contains q, named by the calendar
// year in which it ends, or 0 for the zero Quarter.
func (c FiscalCalendar) FiscalYear(q Quarter) int {
	if !q.IsValid() {
		return 0
	}
	return (int(q.v) + c.shift()) / 4
}

// FiscalQuarter returns the number (1 to 4) of q within its fiscal year, or
// 0 for the zero Quarter.
func (c FiscalCalendar) FiscalQuarter(q Quarter) int {
	if !q.IsValid() {
		return 0
	}
	return (int(q.v)+c.shift())%4 + 1
}

// Quarter returns the calendar quarter that is quarter number (1 to 4) of
// fiscalYear, or the zero Quarter when there is none in the years 1 to 9999.
func (c FiscalCalendar) Quarter(fiscalYear, number int) Quarter {
	if number < 1 || number > 4 || fiscalYear < 0 || fiscalYear > maxYear+1 {
		return Quarter{}
	}
	return quarterAt(fiscalYear*4 + number - 1 - c.shift())
}

// Label returns q in c's fiscal terms, such as "FY2025 Q1", or "" for the
// zero Quarter.
func (c FiscalCalendar) Label(q Quarter) string {
	if !q.IsValid() {
		return ""
	}
	var buf [10]byte
	return string(c.AppendLabel(buf[:0], q))
}

// AppendLabel appends [FiscalCalendar.Label] of q to b.
func (c FiscalCalendar) AppendLabel(b []byte, q Quarter) []byte {
	if !q.IsValid() {
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
// years 1 to 9999.
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

// String describes c, as in "fiscal year starting in October".
func (c FiscalCalendar) String() string {
	return "fiscal year starting in " + c.Start().String()
}

// Equal reports whether c and o are the same calendar. It is the same as
// ==, and lets go-cmp compare values that hold calendars without options.
func (c FiscalCalendar) Equal(o FiscalCalendar) bool { return c == o }

// MarshalJSON returns the number of the first month of c's fiscal year.
func (c FiscalCalendar) MarshalJSON() ([]byte, error) {
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
