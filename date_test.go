package bilateral_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"testing"
	"time"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/race"
	"github.com/google/go-cmp/cmp"
)

func d(s string) bilateral.Date { return bilateral.MustParseDate(s) }

func TestParseDate(t *testing.T) {
	tests := []struct {
		in         string
		year       int
		month      time.Month
		day        int
		wantString string
	}{
		{"2024-06-14", 2024, time.June, 14, "2024-06-14"},
		{"2024-02-29", 2024, time.February, 29, "2024-02-29"}, // leap year
		{"2000-02-29", 2000, time.February, 29, "2000-02-29"}, // divisible by 400
		{"2023-02-28", 2023, time.February, 28, "2023-02-28"},
		{"2024-04-30", 2024, time.April, 30, "2024-04-30"},
		{"2024-01-31", 2024, time.January, 31, "2024-01-31"},
		{"2024-12-31", 2024, time.December, 31, "2024-12-31"},
		{"0001-01-01", 1, time.January, 1, "0001-01-01"},
		{"0999-09-09", 999, time.September, 9, "0999-09-09"},
		{"9999-12-31", 9999, time.December, 31, "9999-12-31"},
	}
	for _, tt := range tests {
		got, err := bilateral.ParseDate(tt.in)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tt.in, err)
			continue
		}
		if !got.IsValid() || got.Year() != tt.year || got.Month() != tt.month || got.Day() != tt.day {
			t.Errorf("ParseDate(%q) = %v: IsValid, Year, Month, Day = %v, %d, %v, %d; want true, %d, %v, %d",
				tt.in, got, got.IsValid(), got.Year(), got.Month(), got.Day(), tt.year, tt.month, tt.day)
		}
		if want := bilateral.DateFrom(tt.year, tt.month, tt.day); got != want {
			t.Errorf("ParseDate(%q) = %v, want DateFrom(%d, %v, %d) = %v", tt.in, got, tt.year, tt.month, tt.day, want)
		}
		if s := got.String(); s != tt.wantString {
			t.Errorf("ParseDate(%q).String() = %q, want %q", tt.in, s, tt.wantString)
		}
	}
}

func TestParseDateErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		// Days that do not exist.
		{"2023-02-29", bilateral.ErrRange},
		{"1900-02-29", bilateral.ErrRange}, // divisible by 100, not by 400
		{"2100-02-29", bilateral.ErrRange},
		{"2024-02-30", bilateral.ErrRange},
		{"2024-13-01", bilateral.ErrRange},
		{"2024-00-10", bilateral.ErrRange},
		{"2024-99-99", bilateral.ErrRange},
		{"2024-01-00", bilateral.ErrRange},
		{"2024-01-32", bilateral.ErrRange},
		{"2024-04-31", bilateral.ErrRange},
		{"2024-06-31", bilateral.ErrRange},
		{"2024-09-31", bilateral.ErrRange},
		{"2024-11-31", bilateral.ErrRange},
		{"0000-01-01", bilateral.ErrRange},
		{"0000-00-00", bilateral.ErrRange},
		// Other forms.
		{"", bilateral.ErrSyntax},
		{"2024-6-14", bilateral.ErrSyntax},
		{"2024-06-4", bilateral.ErrSyntax},
		{"24-06-14", bilateral.ErrSyntax},
		{"10000-01-01", bilateral.ErrSyntax},
		{"2024/06/14", bilateral.ErrSyntax},
		{"2024.06.14", bilateral.ErrSyntax},
		{"2024_06_14", bilateral.ErrSyntax},
		{"20240614", bilateral.ErrSyntax},
		{"2024-06-14T00:00:00Z", bilateral.ErrSyntax},
		{"2024-06-14 ", bilateral.ErrSyntax},
		{" 2024-06-14", bilateral.ErrSyntax},
		{"2024-06-1x", bilateral.ErrSyntax},
		{"2024-0x-14", bilateral.ErrSyntax},
		{"x024-06-14", bilateral.ErrSyntax},
		{"+024-06-14", bilateral.ErrSyntax},
		{"-024-06-14", bilateral.ErrSyntax},
		{"2024-+6-14", bilateral.ErrSyntax},
		{"2024-06--1", bilateral.ErrSyntax},
		{"2024-06-+1", bilateral.ErrSyntax},
		{"2024--6-14", bilateral.ErrSyntax},
		{"２０２４-06-14", bilateral.ErrSyntax},
		{"14/06/2024", bilateral.ErrSyntax},
		{"2024-Q3", bilateral.ErrSyntax},
	}
	for _, tt := range tests {
		got, err := bilateral.ParseDate(tt.in)
		if got != (bilateral.Date{}) {
			t.Errorf("ParseDate(%q) = %v, want the zero Date", tt.in, got)
		}
		checkParseError(t, err, "ParseDate", tt.in, tt.want)
	}
}

func TestMustParseDate(t *testing.T) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		if !ok || !errors.Is(err, bilateral.ErrRange) {
			t.Errorf("MustParseDate(%q) panicked with %v, want an error that wraps ErrRange", "2023-02-29", r)
		}
	}()
	bilateral.MustParseDate("2023-02-29")
}

// TestDateEveryDay compares Date with package time over every day of a few
// years, leap years and the ends of the range among them.
func TestDateEveryDay(t *testing.T) {
	spans := [][2]int{{1, 1}, {1899, 1901}, {1999, 2001}, {2023, 2024}, {2100, 2100}, {9999, 9999}}
	for _, span := range spans {
		start := time.Date(span[0], time.January, 1, 0, 0, 0, 0, time.UTC)
		end := time.Date(span[1]+1, time.January, 1, 0, 0, 0, 0, time.UTC)
		prev := bilateral.Date{}
		for tm := start; tm.Before(end); tm = tm.AddDate(0, 0, 1) {
			want := tm.Format("2006-01-02")
			dd := bilateral.DateOf(tm)
			if got := dd.String(); got != want {
				t.Fatalf("DateOf(%v).String() = %q, want %q", tm, got, want)
			}
			parsed, err := bilateral.ParseDate(want)
			if err != nil || parsed != dd {
				t.Fatalf("ParseDate(%q) = %v, %v; want %v", want, parsed, err, dd)
			}
			if got := bilateral.DateFrom(tm.Year(), tm.Month(), tm.Day()); got != dd {
				t.Fatalf("DateFrom(%d, %v, %d) = %v, want %v", tm.Year(), tm.Month(), tm.Day(), got, dd)
			}
			if got := dd.Time(time.UTC); !got.Equal(tm) {
				t.Fatalf("%v.Time(UTC) = %v, want %v", dd, got, tm)
			}
			if !prev.Before(dd) || dd.Compare(prev) != 1 {
				t.Fatalf("%v does not sort after the day before, %v", dd, prev)
			}
			prev = dd
		}
	}
}

func TestDateFrom(t *testing.T) {
	valid := []struct {
		year  int
		month time.Month
		day   int
	}{
		{2024, time.February, 29},
		{2000, time.February, 29},
		{2023, time.February, 28},
		{2024, time.October, 31},
		{1, time.January, 1},
		{9999, time.December, 31},
	}
	for _, tt := range valid {
		got := bilateral.DateFrom(tt.year, tt.month, tt.day)
		if got.Year() != tt.year || got.Month() != tt.month || got.Day() != tt.day {
			t.Errorf("DateFrom(%d, %v, %d) = %v", tt.year, tt.month, tt.day, got)
		}
	}
	// No normalization: where time.Date would move to another day,
	// DateFrom gives the zero Date.
	invalid := []struct {
		year  int
		month time.Month
		day   int
	}{
		{2023, time.February, 29},
		{1900, time.February, 29},
		{2024, time.February, 30},
		{2024, time.October, 32},
		{2024, time.April, 31},
		{2024, time.January, 0},
		{2024, time.January, -1},
		{2024, 0, 1},
		{2024, 13, 1},
		{2024, -1, 1},
		{0, time.January, 1},
		{-1, time.January, 1},
		{10000, time.January, 1},
		{math.MaxInt, time.January, 1},
		{math.MinInt, time.January, 1},
		{2024, time.January, math.MaxInt},
		{2024, time.January, 32 + 31}, // would spill into the month bits
		{2024, 16 + 6, 14},            // would spill into the year bits
	}
	for _, tt := range invalid {
		if got := bilateral.DateFrom(tt.year, tt.month, tt.day); got != (bilateral.Date{}) {
			t.Errorf("DateFrom(%d, %v, %d) = %v, want the zero Date", tt.year, tt.month, tt.day, got)
		}
	}
}

func TestDateOf(t *testing.T) {
	plus14 := time.FixedZone("UTC+14", 14*3600)
	minus12 := time.FixedZone("UTC-12", -12*3600)
	instant := time.Date(2024, time.June, 14, 23, 30, 0, 0, time.UTC)
	tests := []struct {
		t    time.Time
		want bilateral.Date
	}{
		{instant, d("2024-06-14")},
		{instant.In(plus14), d("2024-06-15")}, // the day in t's location
		{instant.In(minus12), d("2024-06-14")},
		{time.Date(2024, time.June, 14, 0, 0, 0, 0, minus12).In(plus14), d("2024-06-15")},
		{time.Date(2024, time.December, 31, 23, 59, 59, 999999999, time.UTC), d("2024-12-31")},
		{time.Time{}, d("0001-01-01")}, // the zero Time is in year 1
		{time.Date(9999, time.December, 31, 12, 0, 0, 0, time.UTC), d("9999-12-31")},
		{time.Date(10000, time.January, 1, 0, 0, 0, 0, time.UTC), bilateral.Date{}},
		{time.Date(0, time.December, 31, 0, 0, 0, 0, time.UTC), bilateral.Date{}},
		{time.Date(-5, time.June, 1, 0, 0, 0, 0, time.UTC), bilateral.Date{}},
	}
	for _, tt := range tests {
		if got := bilateral.DateOf(tt.t); got != tt.want {
			t.Errorf("DateOf(%v) = %v, want %v", tt.t, got, tt.want)
		}
	}
}

func TestDateTime(t *testing.T) {
	loc := time.FixedZone("UTC-6", -6*3600)
	got := d("2024-06-14").Time(loc)
	if want := time.Date(2024, time.June, 14, 0, 0, 0, 0, loc); !got.Equal(want) || got.Location() != loc {
		t.Errorf("Time(loc) = %v, want %v", got, want)
	}
	if got := (bilateral.Date{}).Time(loc); !got.IsZero() {
		t.Errorf("the zero Date's Time = %v, want the zero time.Time", got)
	}
	defer func() {
		if recover() == nil {
			t.Errorf("Time(nil) did not panic")
		}
	}()
	d("2024-06-14").Time(nil)
}

func TestDateQuarter(t *testing.T) {
	tests := []struct{ date, quarter string }{
		{"2024-01-01", "2024-Q1"},
		{"2024-02-29", "2024-Q1"},
		{"2024-03-31", "2024-Q1"},
		{"2024-04-01", "2024-Q2"},
		{"2024-06-30", "2024-Q2"},
		{"2024-07-01", "2024-Q3"},
		{"2024-09-30", "2024-Q3"},
		{"2024-10-01", "2024-Q4"},
		{"2024-12-31", "2024-Q4"},
		{"0001-01-01", "0001-Q1"},
		{"9999-12-31", "9999-Q4"},
	}
	for _, tt := range tests {
		if got := d(tt.date).Quarter(); got != q(tt.quarter) {
			t.Errorf("%s.Quarter() = %v, want %s", tt.date, got, tt.quarter)
		}
	}
	if got := (bilateral.Date{}).Quarter(); got != (bilateral.Quarter{}) {
		t.Errorf("zero Date Quarter() = %v, want the zero Quarter", got)
	}
}

func TestDateCompare(t *testing.T) {
	// In increasing order.
	ordered := []bilateral.Date{
		{},
		d("0001-01-01"),
		d("0001-01-02"),
		d("0001-02-01"),
		d("1999-12-31"),
		d("2023-12-31"),
		d("2024-01-01"),
		d("2024-01-31"),
		d("2024-02-01"),
		d("2024-02-29"),
		d("2024-03-01"),
		d("2024-10-09"),
		d("2024-10-10"),
		d("9999-12-31"),
	}
	for i, a := range ordered {
		for j, b := range ordered {
			want := 0
			switch {
			case i < j:
				want = -1
			case i > j:
				want = 1
			}
			if got := a.Compare(b); got != want {
				t.Errorf("%v.Compare(%v) = %d, want %d", a, b, got, want)
			}
			if got := a.Before(b); got != (want < 0) {
				t.Errorf("%v.Before(%v) = %v", a, b, got)
			}
			if got := a.After(b); got != (want > 0) {
				t.Errorf("%v.After(%v) = %v", a, b, got)
			}
			if got := a.Equal(b); got != (want == 0) {
				t.Errorf("%v.Equal(%v) = %v", a, b, got)
			}
		}
	}
	shuffled := slices.Clone(ordered)
	slices.Reverse(shuffled)
	shuffled[3], shuffled[9] = shuffled[9], shuffled[3]
	slices.SortFunc(shuffled, bilateral.Date.Compare)
	if diff := cmp.Diff(ordered, shuffled); diff != "" {
		t.Errorf("slices.SortFunc(dates, Date.Compare) mismatch (-want +got):\n%s", diff)
	}
}

func TestDateZero(t *testing.T) {
	var z bilateral.Date
	if z.IsValid() || z.Year() != 0 || z.Month() != 0 || z.Day() != 0 {
		t.Errorf("zero Date: IsValid, Year, Month, Day = %v, %d, %d, %d; want false, 0, 0, 0",
			z.IsValid(), z.Year(), int(z.Month()), z.Day())
	}
	if got, want := z.String(), "invalid Date"; got != want {
		t.Errorf("zero Date String() = %q, want %q", got, want)
	}
	b, err := z.MarshalText()
	if err != nil || len(b) != 0 {
		t.Errorf("zero Date MarshalText() = %q, %v; want \"\", nil", b, err)
	}
	b, err = z.AppendText([]byte("x"))
	if err != nil || string(b) != "x" {
		t.Errorf("zero Date AppendText(\"x\") = %q, %v; want \"x\", nil", b, err)
	}
	got := d("2024-06-14")
	if err := got.UnmarshalText(nil); err != nil || got != z {
		t.Errorf("UnmarshalText(\"\") = %v, %v; want the zero Date, nil", got, err)
	}
}

func TestDateText(t *testing.T) {
	for _, s := range []string{"0001-01-01", "0012-03-04", "2024-02-29", "9999-12-31"} {
		dd := d(s)
		b, err := dd.MarshalText()
		if err != nil || string(b) != s {
			t.Errorf("%s.MarshalText() = %q, %v; want %q, nil", s, b, err, s)
		}
		b, err = dd.AppendText([]byte("d="))
		if err != nil || string(b) != "d="+s {
			t.Errorf("%s.AppendText(\"d=\") = %q, %v; want %q, nil", s, b, err, "d="+s)
		}
		var got bilateral.Date
		if err := got.UnmarshalText([]byte(s)); err != nil || got != dd {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v, nil", s, got, err, dd)
		}
	}
	for _, tt := range []struct {
		in   string
		want error
	}{
		{"2023-02-29", bilateral.ErrRange},
		{"2024-13-01", bilateral.ErrRange},
		{"2024-6-14", bilateral.ErrSyntax},
		{"null", bilateral.ErrSyntax},
	} {
		var got bilateral.Date
		checkParseError(t, got.UnmarshalText([]byte(tt.in)), "Date.UnmarshalText", tt.in, tt.want)
	}
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		Date bilateral.Date `json:"date"`
		Opt  bilateral.Date `json:"opt"`
	}
	in := doc{Date: d("2024-06-14")}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"date":"2024-06-14","opt":""}`; got != want {
		t.Errorf("json.Marshal = %s, want %s", got, want)
	}
	var out doc
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("JSON round trip mismatch (-want +got):\n%s", diff)
	}
	err = json.Unmarshal([]byte(`{"date":"2024-02-30"}`), &out)
	checkParseError(t, err, "Date.UnmarshalText", "2024-02-30", bilateral.ErrRange)
}

func TestDatePattern(t *testing.T) {
	re := regexp.MustCompile(bilateral.DatePattern)
	for _, s := range []string{
		"0001-01-01", "2024-06-14", "9999-12-31", "2024-02-29", "2000-02-29", "0004-02-29", "0400-02-29",
		"2023-02-28", "2024-04-30", "2024-01-31",
	} {
		if !re.MatchString(s) {
			t.Errorf("DatePattern does not match %q", s)
		}
	}
	for _, s := range []string{
		"0000-01-01", "0000-02-29", "2023-02-29", "1900-02-29", "0100-02-29", "2024-02-30", "2024-04-31",
		"2024-13-01", "2024-00-10", "2024-01-00", "2024-01-32",
		"2024-6-14", "20240614", "2024-06-14T00:00:00Z", "2024-06-14\n", "10000-01-01", "",
	} {
		if re.MatchString(s) {
			t.Errorf("DatePattern matches %q", s)
		}
	}
}

// DatePattern and ParseDate agree in both directions: the pattern matches
// a text exactly when ParseDate accepts it. Every year is tried with the
// days around the end of February, and a few years with every month and
// day from 00 to 99; FuzzParseDate tries other texts.
func TestDatePatternAgreesWithParseDate(t *testing.T) {
	if race.Enabled {
		t.Skip("one goroutine over many inputs: the run without -race checks it")
	}
	re := regexp.MustCompile(bilateral.DatePattern)
	check := func(s string) {
		_, err := bilateral.ParseDate(s)
		if match := re.MatchString(s); match != (err == nil) {
			t.Errorf("DatePattern match of %q is %v, but ParseDate gives error %v", s, match, err)
		}
	}
	for y := range 10000 {
		for _, md := range []string{"01-01", "02-28", "02-29", "02-30", "12-31"} {
			check(fmt.Sprintf("%04d-%s", y, md))
		}
	}
	for _, y := range []int{0, 1, 4, 100, 400, 1900, 2000, 2023, 2024, 9999} {
		for m := range 100 {
			for d := range 100 {
				check(fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
}
