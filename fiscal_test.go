package bilateral_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/race"
	"github.com/google/go-cmp/cmp"
)

func mustCalendar(t testing.TB, start time.Month) bilateral.FiscalCalendar {
	t.Helper()
	c, err := bilateral.NewFiscalCalendar(start)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// calendars returns the four fiscal calendars there are.
func calendars(t testing.TB) []bilateral.FiscalCalendar {
	return []bilateral.FiscalCalendar{
		bilateral.CalendarYear,
		mustCalendar(t, time.April),
		mustCalendar(t, time.July),
		bilateral.USFederal,
	}
}

// The calendars are constants, which no code can reassign: this file does
// not compile if any of them is a variable.
const (
	_ = bilateral.CalendarYear
	_ = bilateral.AprilToMarch
	_ = bilateral.JulyToJune
	_ = bilateral.OctoberToSeptember
	_ = bilateral.USFederal
)

func TestFiscalCalendarConstants(t *testing.T) {
	for _, tt := range []struct {
		cal   bilateral.FiscalCalendar
		start time.Month
	}{
		{bilateral.CalendarYear, time.January},
		{bilateral.AprilToMarch, time.April},
		{bilateral.JulyToJune, time.July},
		{bilateral.OctoberToSeptember, time.October},
		{bilateral.USFederal, time.October},
	} {
		if got := mustCalendar(t, tt.start); got != tt.cal {
			t.Errorf("NewFiscalCalendar(%v) = %v, want %v", tt.start, got, tt.cal)
		}
		if got := tt.cal.Start(); got != tt.start || !tt.cal.IsValid() {
			t.Errorf("%v: Start() = %v, IsValid() = %v; want %v, true", tt.cal, got, tt.cal.IsValid(), tt.start)
		}
	}
	if bilateral.USFederal != bilateral.OctoberToSeptember {
		t.Errorf("USFederal = %v, want OctoberToSeptember", bilateral.USFederal)
	}
	// Comparable: a map key.
	seen := map[bilateral.FiscalCalendar]bool{}
	for _, c := range calendars(t) {
		seen[c] = true
	}
	if len(seen) != 4 {
		t.Errorf("%d distinct calendars, want 4", len(seen))
	}
}

func TestMustNewFiscalCalendar(t *testing.T) {
	if got := bilateral.MustNewFiscalCalendar(time.July); got != bilateral.JulyToJune {
		t.Errorf("MustNewFiscalCalendar(July) = %v, want JulyToJune", got)
	}
	for _, m := range []time.Month{0, time.February, time.December, 13} {
		func() {
			defer func() {
				err, _ := recover().(error)
				if err == nil {
					t.Errorf("MustNewFiscalCalendar(%d) did not panic with an error", m)
					return
				}
				checkParseError(t, err, "NewFiscalCalendar", strconv.Itoa(int(m)), bilateral.ErrRange)
			}()
			bilateral.MustNewFiscalCalendar(m)
		}()
	}
}

// TestFiscalCalendarEveryValue checks every value of the type: the four
// calendars are valid and marshal to JSON that reads back as them, and no
// other value is valid or marshals.
func TestFiscalCalendarEveryValue(t *testing.T) {
	valid := 0
	for n := range 256 {
		c := bilateral.FiscalCalendar(n)
		b, err := c.MarshalJSON()
		if !c.IsValid() {
			if err == nil {
				t.Errorf("FiscalCalendar(%d).MarshalJSON() = %s, want an error", n, b)
			}
			continue
		}
		valid++
		var back bilateral.FiscalCalendar
		if err != nil || back.UnmarshalJSON(b) != nil || back != c {
			t.Errorf("FiscalCalendar(%d): MarshalJSON() = %s, %v, which reads back as %v", n, b, err, back)
		}
	}
	if valid != 4 {
		t.Errorf("%d valid values, want 4", valid)
	}
}

// invalidCalendars are conversions of numbers that are not fiscal
// calendars, the month numbers people might write among them.
var invalidCalendars = []bilateral.FiscalCalendar{4, 7, 9, 10, 12, 255}

// TestFiscalCalendarInvalid checks that a FiscalCalendar converted from a
// number out of range is not valid, that no method panics on it, that each
// returns its documented zero result, and that it does not marshal.
func TestFiscalCalendarInvalid(t *testing.T) {
	qq := q("2024-Q4")
	for _, c := range invalidCalendars {
		name := "FiscalCalendar(" + strconv.Itoa(int(c)) + ")"
		if c.IsValid() {
			t.Errorf("%s.IsValid() = true", name)
		}
		if got := c.Start(); got != 0 {
			t.Errorf("%s.Start() = %v, want 0", name, got)
		}
		if got := c.String(); got != name {
			t.Errorf("%s.String() = %q, want %q", name, got, name)
		}
		if got := c.Label(qq); got != "" {
			t.Errorf("%s.Label(%v) = %q, want \"\"", name, qq, got)
		}
		if got := c.AppendLabel([]byte("x"), qq); string(got) != "x" {
			t.Errorf("%s.AppendLabel(\"x\", %v) = %q, want \"x\"", name, qq, got)
		}
		if fy, num := c.FiscalYear(qq), c.FiscalQuarter(qq); fy != 0 || num != 0 {
			t.Errorf("%s: FiscalYear, FiscalQuarter of %v = %d, %d; want 0, 0", name, qq, fy, num)
		}
		if got := c.Quarter(2025, 1); got.IsValid() {
			t.Errorf("%s.Quarter(2025, 1) = %v, want the zero Quarter", name, got)
		}
		_, err := c.ParseLabel("FY2025 Q1")
		checkParseError(t, err, "FiscalCalendar.ParseLabel", "FY2025 Q1", bilateral.ErrRange)
		if !c.Equal(c) || c.Equal(bilateral.CalendarYear) {
			t.Errorf("%s.Equal is not ==", name)
		}
		if b, err := c.MarshalJSON(); err == nil || !errors.Is(err, bilateral.ErrRange) {
			t.Errorf("%s.MarshalJSON() = %s, %v; want an error that wraps ErrRange", name, b, err)
		}
		type party struct {
			FiscalYearStart bilateral.FiscalCalendar `json:"fiscalYearStart,omitzero"`
		}
		if b, err := json.Marshal(party{c}); err == nil || !errors.Is(err, bilateral.ErrRange) {
			t.Errorf("json.Marshal of a party with %s = %s, %v; want an error that wraps ErrRange", name, b, err)
		}
	}
}

func TestNewFiscalCalendar(t *testing.T) {
	for m := time.Month(-1); m <= 14; m++ {
		c, err := bilateral.NewFiscalCalendar(m)
		switch m {
		case time.January, time.April, time.July, time.October:
			if err != nil {
				t.Errorf("NewFiscalCalendar(%v): %v", m, err)
			}
			if c.Start() != m {
				t.Errorf("NewFiscalCalendar(%v).Start() = %v", m, c.Start())
			}
		default:
			checkParseError(t, err, "NewFiscalCalendar", strconv.Itoa(int(m)), bilateral.ErrRange)
			if c != bilateral.CalendarYear {
				t.Errorf("NewFiscalCalendar(%d) = %v, want the zero FiscalCalendar", m, c)
			}
		}
	}
	if got := mustCalendar(t, time.October); got != bilateral.USFederal {
		t.Errorf("NewFiscalCalendar(October) = %v, want USFederal", got)
	}
	var zero bilateral.FiscalCalendar
	if got := mustCalendar(t, time.January); got != bilateral.CalendarYear || got != zero {
		t.Errorf("NewFiscalCalendar(January) = %v, want CalendarYear, the zero FiscalCalendar", got)
	}
	if bilateral.CalendarYear.Start() != time.January || bilateral.USFederal.Start() != time.October {
		t.Errorf("CalendarYear and USFederal start in %v and %v, want January and October",
			bilateral.CalendarYear.Start(), bilateral.USFederal.Start())
	}
	if zero.Start() != time.January {
		t.Errorf("the zero FiscalCalendar starts in %v, want January", zero.Start())
	}
}

func TestFiscalLabel(t *testing.T) {
	april, july := mustCalendar(t, time.April), mustCalendar(t, time.July)
	tests := []struct {
		cal     bilateral.FiscalCalendar
		q       string
		label   string
		fy, num int
	}{
		{bilateral.USFederal, "2024-Q3", "FY2024 Q4", 2024, 4}, // the quarter before the start month
		{bilateral.USFederal, "2024-Q4", "FY2025 Q1", 2025, 1}, // the quarter of the start month
		{bilateral.USFederal, "2025-Q1", "FY2025 Q2", 2025, 2},
		{bilateral.USFederal, "2025-Q2", "FY2025 Q3", 2025, 3},
		{bilateral.USFederal, "2025-Q3", "FY2025 Q4", 2025, 4},
		{bilateral.USFederal, "2025-Q4", "FY2026 Q1", 2026, 1},
		{bilateral.USFederal, "0001-Q1", "FY0001 Q2", 1, 2},
		{bilateral.USFederal, "9999-Q3", "FY9999 Q4", 9999, 4},
		{bilateral.USFederal, "9999-Q4", "FY10000 Q1", 10000, 1},

		{bilateral.CalendarYear, "2024-Q1", "FY2024 Q1", 2024, 1},
		{bilateral.CalendarYear, "2024-Q4", "FY2024 Q4", 2024, 4},
		{bilateral.CalendarYear, "2025-Q1", "FY2025 Q1", 2025, 1},
		{bilateral.CalendarYear, "0001-Q1", "FY0001 Q1", 1, 1},
		{bilateral.CalendarYear, "0999-Q2", "FY0999 Q2", 999, 2},
		{bilateral.CalendarYear, "9999-Q4", "FY9999 Q4", 9999, 4},

		{april, "2024-Q1", "FY2024 Q4", 2024, 4}, // the quarter before the start month
		{april, "2024-Q2", "FY2025 Q1", 2025, 1}, // the quarter of the start month
		{april, "2024-Q3", "FY2025 Q2", 2025, 2},
		{april, "2024-Q4", "FY2025 Q3", 2025, 3},
		{april, "2025-Q1", "FY2025 Q4", 2025, 4},
		{april, "0001-Q1", "FY0001 Q4", 1, 4},
		{april, "9999-Q4", "FY10000 Q3", 10000, 3},

		{july, "2024-Q2", "FY2024 Q4", 2024, 4}, // the quarter before the start month
		{july, "2024-Q3", "FY2025 Q1", 2025, 1}, // the quarter of the start month
		{july, "2024-Q4", "FY2025 Q2", 2025, 2},
		{july, "2025-Q1", "FY2025 Q3", 2025, 3},
		{july, "2025-Q2", "FY2025 Q4", 2025, 4},
		{july, "0001-Q1", "FY0001 Q3", 1, 3},
		{july, "9999-Q4", "FY10000 Q2", 10000, 2},
	}
	for _, tt := range tests {
		qq := q(tt.q)
		if got := tt.cal.Label(qq); got != tt.label {
			t.Errorf("%v: Label(%s) = %q, want %q", tt.cal, tt.q, got, tt.label)
		}
		if got := string(tt.cal.AppendLabel([]byte("x "), qq)); got != "x "+tt.label {
			t.Errorf("%v: AppendLabel(\"x \", %s) = %q, want %q", tt.cal, tt.q, got, "x "+tt.label)
		}
		if fy, num := tt.cal.FiscalYear(qq), tt.cal.FiscalQuarter(qq); fy != tt.fy || num != tt.num {
			t.Errorf("%v: FiscalYear, FiscalQuarter of %s = %d, %d; want %d, %d", tt.cal, tt.q, fy, num, tt.fy, tt.num)
		}
		if got := tt.cal.Quarter(tt.fy, tt.num); got != qq {
			t.Errorf("%v: Quarter(%d, %d) = %v, want %s", tt.cal, tt.fy, tt.num, got, tt.q)
		}
		if got, err := tt.cal.ParseLabel(tt.label); err != nil || got != qq {
			t.Errorf("%v: ParseLabel(%q) = %v, %v; want %s, nil", tt.cal, tt.label, got, err, tt.q)
		}
	}
}

// TestFiscalYearShape checks, for every calendar, that a fiscal year is the
// four quarters from the start month on, named by the calendar year in which
// it ends.
func TestFiscalYearShape(t *testing.T) {
	for _, c := range calendars(t) {
		for qq := range bilateral.Quarters(q("1999-Q1"), q("2031-Q4")) {
			fy, num := c.FiscalYear(qq), c.FiscalQuarter(qq)
			if num < 1 || num > 4 {
				t.Fatalf("%v: FiscalQuarter(%v) = %d", c, qq, num)
			}
			if first := qq.FirstDay().Month() == c.Start(); first != (num == 1) {
				t.Errorf("%v: FiscalQuarter(%v) = %d, but the quarter starts in %v", c, qq, num, qq.FirstDay().Month())
			}
			last := qq.Add(4 - num) // the last quarter of the fiscal year
			if last.Year() != fy || c.FiscalYear(last) != fy || c.FiscalQuarter(last) != 4 {
				t.Errorf("%v: %v is in FY%d, whose last quarter %v is FY%d Q%d", c, qq, fy, last, c.FiscalYear(last), c.FiscalQuarter(last))
			}
			if c == bilateral.CalendarYear && (fy != qq.Year() || num != qq.Number()) {
				t.Errorf("CalendarYear: %v is FY%d Q%d", qq, fy, num)
			}
			if c.Quarter(fy, num) != qq {
				t.Errorf("%v: Quarter(%d, %d) = %v, want %v", c, fy, num, c.Quarter(fy, num), qq)
			}
		}
	}
}

func TestFiscalZeroQuarter(t *testing.T) {
	var zero bilateral.Quarter
	for _, c := range calendars(t) {
		if got := c.Label(zero); got != "" {
			t.Errorf("%v: Label(zero) = %q, want \"\"", c, got)
		}
		if got := c.AppendLabel([]byte("x"), zero); string(got) != "x" {
			t.Errorf("%v: AppendLabel(\"x\", zero) = %q, want \"x\"", c, got)
		}
		if fy, num := c.FiscalYear(zero), c.FiscalQuarter(zero); fy != 0 || num != 0 {
			t.Errorf("%v: FiscalYear, FiscalQuarter of zero = %d, %d; want 0, 0", c, fy, num)
		}
	}
}

func TestFiscalCalendarQuarter(t *testing.T) {
	var zero bilateral.Quarter
	april := mustCalendar(t, time.April)
	tests := []struct {
		cal     bilateral.FiscalCalendar
		fy, num int
		want    bilateral.Quarter
	}{
		{bilateral.USFederal, 2025, 1, q("2024-Q4")},
		{bilateral.USFederal, 10000, 1, q("9999-Q4")},
		{bilateral.USFederal, 10000, 2, zero},
		{bilateral.USFederal, 1, 2, q("0001-Q1")},
		{bilateral.USFederal, 1, 1, zero}, // would be 0000-Q4
		{bilateral.USFederal, 0, 4, zero},
		{bilateral.CalendarYear, 1, 1, q("0001-Q1")},
		{bilateral.CalendarYear, 9999, 4, q("9999-Q4")},
		{bilateral.CalendarYear, 10000, 1, zero},
		{bilateral.CalendarYear, 0, 4, zero},
		{april, 10000, 3, q("9999-Q4")},
		{april, 10000, 4, zero},
		{april, 1, 4, q("0001-Q1")},
		{april, 1, 3, zero},
		{bilateral.CalendarYear, 2024, 0, zero},
		{bilateral.CalendarYear, 2024, 5, zero},
		{bilateral.CalendarYear, 2024, -1, zero},
		{bilateral.USFederal, -1, 1, zero},
		{bilateral.USFederal, 10001, 1, zero},
		{bilateral.USFederal, 1 << 14, 1, zero}, // would wrap a 16-bit index
		{bilateral.USFederal, math.MaxInt, 1, zero},
		{bilateral.USFederal, math.MinInt, 1, zero},
		{bilateral.USFederal, math.MaxInt / 4, 1, zero},
		{bilateral.USFederal, 2025, math.MaxInt, zero},
		{bilateral.USFederal, 2025, math.MinInt, zero},
	}
	for _, tt := range tests {
		if got := tt.cal.Quarter(tt.fy, tt.num); got != tt.want {
			t.Errorf("%v: Quarter(%d, %d) = %v, want %v", tt.cal, tt.fy, tt.num, got, tt.want)
		}
	}
}

// TestParseLabelRoundTrip parses the label of every quarter in every
// calendar, in every spelling that ParseLabel accepts.
func TestParseLabelRoundTrip(t *testing.T) {
	if race.Enabled {
		t.Skip("one goroutine over many inputs: the run without -race checks it")
	}
	for _, c := range calendars(t) {
		n := 0
		for qq := range bilateral.Quarters(q("0001-Q1"), q("9999-Q4")) {
			label := c.Label(qq)
			got, err := c.ParseLabel(label)
			if err != nil || got != qq {
				t.Fatalf("%v: ParseLabel(Label(%v) = %q) = %v, %v", c, qq, label, got, err)
			}
			if qq.Number() != 2 && qq.Year()%97 != 0 {
				continue // the other spellings on a sample only
			}
			fy, num := c.FiscalYear(qq), c.FiscalQuarter(qq)
			for _, s := range []string{
				fmt.Sprintf("FY%04d-Q%d", fy, num),
				fmt.Sprintf("FY%04dQ%d", fy, num),
				fmt.Sprintf("fy%04d q%d", fy, num),
				fmt.Sprintf("Fy%04d-q%d", fy, num),
				fmt.Sprintf("fY%04dq%d", fy, num),
			} {
				if got, err := c.ParseLabel(s); err != nil || got != qq {
					t.Errorf("%v: ParseLabel(%q) = %v, %v; want %v", c, s, got, err, qq)
				}
				n++
			}
		}
		if n == 0 {
			t.Errorf("%v: no alternative spellings tried", c)
		}
	}
}

func TestParseLabelErrors(t *testing.T) {
	const fn = "FiscalCalendar.ParseLabel"
	april := mustCalendar(t, time.April)
	tests := []struct {
		cal  bilateral.FiscalCalendar
		in   string
		want error
	}{
		{bilateral.USFederal, "", bilateral.ErrSyntax},
		{bilateral.USFederal, "FY", bilateral.ErrSyntax},
		{bilateral.USFederal, "FY2025", bilateral.ErrSyntax},
		{bilateral.USFederal, "FY2025 ", bilateral.ErrSyntax},
		{bilateral.USFederal, "FY2025 Q", bilateral.ErrSyntax},
		{bilateral.USFederal, "FY2025 Q12", bilateral.ErrSyntax},
		{bilateral.USFederal, "FY2025 X1", bilateral.ErrSyntax},
		{bilateral.USFederal, "FY2025 QA", bilateral.ErrSyntax},
		{bilateral.USFederal, "FY2025 1", bilateral.ErrSyntax},
		{bilateral.USFederal, "FY2025  Q1", bilateral.ErrSyntax},
		{bilateral.USFederal, "FY2025_Q1", bilateral.ErrSyntax},
		{bilateral.USFederal, "FY2025/Q1", bilateral.ErrSyntax},
		{bilateral.USFederal, "FY2025 Q1 ", bilateral.ErrSyntax},
		{bilateral.USFederal, " FY2025 Q1", bilateral.ErrSyntax},
		{bilateral.USFederal, "FY 2025 Q1", bilateral.ErrSyntax},
		{bilateral.USFederal, "FY-2025 Q1", bilateral.ErrSyntax},
		{bilateral.USFederal, "FY+2025 Q1", bilateral.ErrSyntax},
		{bilateral.USFederal, "FY25 Q1", bilateral.ErrSyntax},
		{bilateral.USFederal, "FY202 Q1", bilateral.ErrSyntax},
		{bilateral.USFederal, "FY202500 Q1", bilateral.ErrSyntax},
		{bilateral.USFederal, "FY2025 Q1x", bilateral.ErrSyntax},
		{bilateral.USFederal, "FYxxxx Q1", bilateral.ErrSyntax},
		{bilateral.USFederal, "2025 Q1", bilateral.ErrSyntax},
		{bilateral.USFederal, "2024-Q4", bilateral.ErrSyntax},
		{bilateral.USFederal, "GY2025 Q1", bilateral.ErrSyntax},
		{bilateral.USFederal, "FX2025 Q1", bilateral.ErrSyntax},
		{bilateral.USFederal, "F2025 Q1", bilateral.ErrSyntax},
		{bilateral.USFederal, "ＦＹ2025 Q1", bilateral.ErrSyntax},
		// Well formed, but no such quarter in the years 1 to 9999.
		{bilateral.USFederal, "FY2025 Q0", bilateral.ErrRange},
		{bilateral.USFederal, "FY2025 Q5", bilateral.ErrRange},
		{bilateral.USFederal, "FY2025-Q9", bilateral.ErrRange},
		{bilateral.USFederal, "FY0000 Q4", bilateral.ErrRange},
		{bilateral.USFederal, "FY0001 Q1", bilateral.ErrRange}, // would be 0000-Q4
		{bilateral.USFederal, "FY10000 Q2", bilateral.ErrRange},
		{bilateral.USFederal, "FY10001 Q1", bilateral.ErrRange},
		{bilateral.USFederal, "FY99999 Q1", bilateral.ErrRange},
		{bilateral.CalendarYear, "FY0000 Q1", bilateral.ErrRange},
		{bilateral.CalendarYear, "FY10000 Q1", bilateral.ErrRange},
		{april, "FY0001 Q3", bilateral.ErrRange},
		{april, "FY10000 Q4", bilateral.ErrRange},
	}
	for _, tt := range tests {
		got, err := tt.cal.ParseLabel(tt.in)
		if got != (bilateral.Quarter{}) {
			t.Errorf("%v: ParseLabel(%q) = %v, want the zero Quarter", tt.cal, tt.in, got)
		}
		checkParseError(t, err, fn, tt.in, tt.want)
	}
}

func TestFiscalCalendarJSON(t *testing.T) {
	for _, c := range calendars(t) {
		b, err := c.MarshalJSON()
		if want := strconv.Itoa(int(c.Start())); err != nil || string(b) != want {
			t.Errorf("%v: MarshalJSON() = %s, %v; want %s, nil", c, b, err, want)
		}
		var got bilateral.FiscalCalendar
		if err := got.UnmarshalJSON(b); err != nil || got != c {
			t.Errorf("UnmarshalJSON(%s) = %v, %v; want %v, nil", b, got, err, c)
		}
	}
	for _, tt := range []struct {
		in   string
		want bilateral.FiscalCalendar
	}{
		{"1", bilateral.CalendarYear},
		{"4", mustCalendar(t, time.April)},
		{"7", mustCalendar(t, time.July)},
		{"10", bilateral.USFederal},
	} {
		got := bilateral.USFederal
		if tt.want == bilateral.USFederal {
			got = bilateral.CalendarYear
		}
		if err := got.UnmarshalJSON([]byte(tt.in)); err != nil || got != tt.want {
			t.Errorf("UnmarshalJSON(%s) = %v, %v; want %v, nil", tt.in, got, err, tt.want)
		}
	}

	const fn = "FiscalCalendar.UnmarshalJSON"
	for _, tt := range []struct {
		in   string
		want error
	}{
		{"0", bilateral.ErrRange},
		{"2", bilateral.ErrRange},
		{"3", bilateral.ErrRange},
		{"9", bilateral.ErrRange},
		{"11", bilateral.ErrRange},
		{"12", bilateral.ErrRange},
		{"13", bilateral.ErrRange},
		{"99", bilateral.ErrRange},
		{`"1"`, bilateral.ErrSyntax},
		{`"10"`, bilateral.ErrSyntax},
		{"1.5", bilateral.ErrSyntax},
		{"1.0", bilateral.ErrSyntax},
		{"1e1", bilateral.ErrSyntax},
		{"-1", bilateral.ErrSyntax},
		{"+1", bilateral.ErrSyntax},
		{"100", bilateral.ErrSyntax},
		{"0010", bilateral.ErrSyntax},
		{"", bilateral.ErrSyntax},
		{"true", bilateral.ErrSyntax},
		{"[10]", bilateral.ErrSyntax},
		{`"October"`, bilateral.ErrSyntax},
	} {
		got := bilateral.USFederal
		checkParseError(t, got.UnmarshalJSON([]byte(tt.in)), fn, tt.in, tt.want)
		if got != bilateral.USFederal {
			t.Errorf("UnmarshalJSON(%s) changed the calendar to %v", tt.in, got)
		}
	}

	// In a document.
	type party struct {
		FiscalYearStart bilateral.FiscalCalendar `json:"fiscalYearStart"`
	}
	b, err := json.Marshal(party{bilateral.USFederal})
	if err != nil || string(b) != `{"fiscalYearStart":10}` {
		t.Errorf("json.Marshal = %s, %v; want {\"fiscalYearStart\":10}", b, err)
	}
	b, err = json.Marshal(party{})
	if err != nil || string(b) != `{"fiscalYearStart":1}` {
		t.Errorf("json.Marshal of the zero value = %s, %v; want {\"fiscalYearStart\":1}", b, err)
	}
	var p party
	if err := json.Unmarshal([]byte(`{"fiscalYearStart": 7}`), &p); err != nil || p.FiscalYearStart != mustCalendar(t, time.July) {
		t.Errorf("json.Unmarshal = %v, %v; want July", p.FiscalYearStart, err)
	}
	err = json.Unmarshal([]byte(`{"fiscalYearStart": 2}`), &p)
	checkParseError(t, err, fn, "2", bilateral.ErrRange)
}

func TestFiscalCalendarEqual(t *testing.T) {
	cs := calendars(t)
	for i, a := range cs {
		for j, b := range cs {
			if got := a.Equal(b); got != (i == j) {
				t.Errorf("%v.Equal(%v) = %v", a, b, got)
			}
		}
	}
	type party struct{ Cal bilateral.FiscalCalendar }
	if diff := cmp.Diff(party{bilateral.USFederal}, party{mustCalendar(t, time.October)}); diff != "" {
		t.Errorf("cmp.Diff of equal calendars mismatch (-want +got):\n%s", diff)
	}
	if cmp.Equal(party{bilateral.USFederal}, party{bilateral.CalendarYear}) {
		t.Errorf("cmp.Equal(USFederal, CalendarYear) = true")
	}
}

func TestFiscalCalendarString(t *testing.T) {
	// Each calendar's description names its start month.
	for _, c := range calendars(t) {
		if s := c.String(); !strings.Contains(s, c.Start().String()) {
			t.Errorf("%v.String() = %q does not name %v", c, s, c.Start())
		}
	}
}
