package bilateral_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/race"
	"github.com/google/go-cmp/cmp"
)

// checkParseError checks that err is a *bilateral.ParseError from fn for
// input that wraps the sentinel want, and not the other sentinel.
func checkParseError(t *testing.T, err error, fn, input string, want error) {
	t.Helper()
	if err == nil {
		t.Errorf("%s(%q): got no error, want %v", fn, input, want)
		return
	}
	if !errors.Is(err, want) {
		t.Errorf("%s(%q): error %v does not wrap %v", fn, input, err, want)
	}
	other := bilateral.ErrRange
	if want == bilateral.ErrRange {
		other = bilateral.ErrSyntax
	}
	if errors.Is(err, other) {
		t.Errorf("%s(%q): error %v wraps %v as well as %v", fn, input, err, other, want)
	}
	var pe *bilateral.ParseError
	if !errors.As(err, &pe) {
		t.Errorf("%s(%q): error %v (%T) is not a *ParseError", fn, input, err, err)
		return
	}
	if pe.Func != "bilateral."+fn || pe.Input != input {
		t.Errorf("%s(%q): ParseError{Func: %q, Input: %q}, want {Func: %q, Input: %q}",
			fn, input, pe.Func, pe.Input, "bilateral."+fn, input)
	}
}

func q(s string) bilateral.Quarter { return bilateral.MustParseQuarter(s) }

func TestParseQuarter(t *testing.T) {
	tests := []struct {
		in         string
		year, num  int
		wantString string
	}{
		{"2024-Q3", 2024, 3, "2024-Q3"},
		{"2024-q3", 2024, 3, "2024-Q3"},
		{"Q3 2024", 2024, 3, "2024-Q3"},
		{"q3 2024", 2024, 3, "2024-Q3"},
		{"Q3-2024", 2024, 3, "2024-Q3"},
		{"q3-2024", 2024, 3, "2024-Q3"},
		{"2024Q3", 2024, 3, "2024-Q3"},
		{"2024q3", 2024, 3, "2024-Q3"},
		{"2024 Q3", 2024, 3, "2024-Q3"},
		{"2024 q3", 2024, 3, "2024-Q3"},
		{"2024-Q1", 2024, 1, "2024-Q1"},
		{"2024-Q4", 2024, 4, "2024-Q4"},
		{"0001-Q1", 1, 1, "0001-Q1"},
		{"Q1 0001", 1, 1, "0001-Q1"},
		{"0001q1", 1, 1, "0001-Q1"},
		{"9999-Q4", 9999, 4, "9999-Q4"},
		{"Q4-9999", 9999, 4, "9999-Q4"},
		{"9999 q4", 9999, 4, "9999-Q4"},
		{"0999-Q2", 999, 2, "0999-Q2"},
		{"0042Q2", 42, 2, "0042-Q2"},
		{"1000 Q1", 1000, 1, "1000-Q1"},
	}
	for _, tt := range tests {
		got, err := bilateral.ParseQuarter(tt.in)
		if err != nil {
			t.Errorf("ParseQuarter(%q): %v", tt.in, err)
			continue
		}
		if want := bilateral.QuarterFrom(tt.year, tt.num); got != want {
			t.Errorf("ParseQuarter(%q) = %v, want %v", tt.in, got, want)
		}
		if !got.IsValid() || got.Year() != tt.year || got.Number() != tt.num {
			t.Errorf("ParseQuarter(%q): IsValid, Year, Number = %v, %d, %d; want true, %d, %d",
				tt.in, got.IsValid(), got.Year(), got.Number(), tt.year, tt.num)
		}
		if s := got.String(); s != tt.wantString {
			t.Errorf("ParseQuarter(%q).String() = %q, want %q", tt.in, s, tt.wantString)
		}
	}
}

func TestParseQuarterErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		// Malformed.
		{"", bilateral.ErrSyntax},
		{"2024", bilateral.ErrSyntax},
		{"Q3", bilateral.ErrSyntax},
		{"2024-Q", bilateral.ErrSyntax},
		{"2024Q", bilateral.ErrSyntax},
		{"2024-Q33", bilateral.ErrSyntax},
		{"2024-Q3 ", bilateral.ErrSyntax},
		{" 2024-Q3", bilateral.ErrSyntax},
		{"2024-Q3\x00", bilateral.ErrSyntax},
		{"2024/Q3", bilateral.ErrSyntax},
		{"2024_Q3", bilateral.ErrSyntax},
		{"2024--Q3", bilateral.ErrSyntax},
		{"2024 -Q3", bilateral.ErrSyntax},
		{"2024-3", bilateral.ErrSyntax},
		{"2024-X3", bilateral.ErrSyntax},
		{"2024-QA", bilateral.ErrSyntax},
		{"2024-Q+", bilateral.ErrSyntax},
		{"2024Q+", bilateral.ErrSyntax},
		{"24-Q3", bilateral.ErrSyntax},
		{"024-Q3", bilateral.ErrSyntax},
		{"02024-Q3", bilateral.ErrSyntax},
		{"+024-Q3", bilateral.ErrSyntax},
		{"-024-Q3", bilateral.ErrSyntax},
		{"20x4-Q3", bilateral.ErrSyntax},
		{"２０２４-Q3", bilateral.ErrSyntax},
		{"2024-Ｑ3", bilateral.ErrSyntax},
		{"Q3/2024", bilateral.ErrSyntax},
		{"Q3_2024", bilateral.ErrSyntax},
		{"Q32024", bilateral.ErrSyntax},
		{"Q3  2024", bilateral.ErrSyntax},
		{"Q3 24", bilateral.ErrSyntax},
		{"Q3 20x4", bilateral.ErrSyntax},
		{"Q3 -024", bilateral.ErrSyntax},
		{"QQ 2024", bilateral.ErrSyntax},
		{"Q 2024", bilateral.ErrSyntax},
		{"Q3-2-Q1", bilateral.ErrSyntax},
		{"2024-Q3-", bilateral.ErrSyntax},
		{"2024-Q3Q", bilateral.ErrSyntax},
		{"2024 Q 3", bilateral.ErrSyntax},
		{"2024-03", bilateral.ErrSyntax},
		{"third quarter 2024", bilateral.ErrSyntax},
		// Well formed but no such quarter.
		{"0000-Q1", bilateral.ErrRange},
		{"0000-Q4", bilateral.ErrRange},
		{"Q1 0000", bilateral.ErrRange},
		{"0000q2", bilateral.ErrRange},
		{"2024-Q0", bilateral.ErrRange},
		{"2024-Q5", bilateral.ErrRange},
		{"2024-Q9", bilateral.ErrRange},
		{"2024Q5", bilateral.ErrRange},
		{"2024 Q0", bilateral.ErrRange},
		{"Q0 2024", bilateral.ErrRange},
		{"Q5-2024", bilateral.ErrRange},
		{"0000-Q0", bilateral.ErrRange},
	}
	for _, tt := range tests {
		got, err := bilateral.ParseQuarter(tt.in)
		if got != (bilateral.Quarter{}) {
			t.Errorf("ParseQuarter(%q) = %v, want the zero Quarter", tt.in, got)
		}
		checkParseError(t, err, "ParseQuarter", tt.in, tt.want)
	}
}

func TestParseErrorMessage(t *testing.T) {
	// The documented shape: the function, the quoted input, the reason.
	_, err := bilateral.ParseQuarter("2024/Q3")
	want := `bilateral.ParseQuarter: parsing "2024/Q3": ` + bilateral.ErrSyntax.Error()
	if err == nil || err.Error() != want {
		t.Errorf("ParseQuarter(%q) error = %v, want %s", "2024/Q3", err, want)
	}
	// The input is quoted, so that control characters stay visible.
	_, err = bilateral.ParseQuarter("20\n4-Q3")
	if err == nil || !strings.Contains(err.Error(), strconv.Quote("20\n4-Q3")) {
		t.Errorf("ParseQuarter error %v does not quote the input", err)
	}
}

func TestMustParseQuarter(t *testing.T) {
	if got, want := bilateral.MustParseQuarter("Q3 2024"), bilateral.QuarterFrom(2024, 3); got != want {
		t.Errorf("MustParseQuarter(%q) = %v, want %v", "Q3 2024", got, want)
	}
	defer func() {
		r := recover()
		err, ok := r.(error)
		if !ok || !errors.Is(err, bilateral.ErrRange) {
			t.Errorf("MustParseQuarter(%q) panicked with %v, want an error that wraps ErrRange", "2024-Q5", r)
		}
	}()
	bilateral.MustParseQuarter("2024-Q5")
}

func TestQuarterFrom(t *testing.T) {
	valid := []struct{ year, num int }{
		{1, 1}, {1, 4}, {2024, 1}, {2024, 3}, {9999, 1}, {9999, 4},
	}
	for _, tt := range valid {
		got := bilateral.QuarterFrom(tt.year, tt.num)
		if !got.IsValid() || got.Year() != tt.year || got.Number() != tt.num {
			t.Errorf("QuarterFrom(%d, %d) = %v (year %d, number %d)", tt.year, tt.num, got, got.Year(), got.Number())
		}
	}
	invalid := []struct{ year, num int }{
		{0, 1}, {0, 4}, {-1, 1}, {10000, 1}, {2024, 0}, {2024, 5}, {2024, -1},
		{math.MaxInt, 1}, {math.MinInt, 1}, {2024, math.MaxInt}, {2024, math.MinInt},
		{math.MaxInt / 4, 1}, {1 << 14, 1}, // would wrap a 16-bit index
	}
	for _, tt := range invalid {
		if got := bilateral.QuarterFrom(tt.year, tt.num); got != (bilateral.Quarter{}) {
			t.Errorf("QuarterFrom(%d, %d) = %v, want the zero Quarter", tt.year, tt.num, got)
		}
	}
}

func TestQuarterZero(t *testing.T) {
	var z bilateral.Quarter
	if z.IsValid() || z.Year() != 0 || z.Number() != 0 {
		t.Errorf("zero Quarter: IsValid, Year, Number = %v, %d, %d; want false, 0, 0", z.IsValid(), z.Year(), z.Number())
	}
	if got, want := z.String(), "invalid Quarter"; got != want {
		t.Errorf("zero Quarter String() = %q, want %q", got, want)
	}
	b, err := z.MarshalText()
	if err != nil || len(b) != 0 {
		t.Errorf("zero Quarter MarshalText() = %q, %v; want \"\", nil", b, err)
	}
	b, err = z.AppendText([]byte("x"))
	if err != nil || string(b) != "x" {
		t.Errorf("zero Quarter AppendText(\"x\") = %q, %v; want \"x\", nil", b, err)
	}
	if got := z.FirstDay(); got != (bilateral.Date{}) {
		t.Errorf("zero Quarter FirstDay() = %v, want the zero Date", got)
	}
	if got := z.LastDay(); got != (bilateral.Date{}) {
		t.Errorf("zero Quarter LastDay() = %v, want the zero Date", got)
	}
}

func TestQuarterText(t *testing.T) {
	for _, s := range []string{"0001-Q1", "0009-Q2", "0999-Q3", "2024-Q3", "9999-Q4"} {
		qq := q(s)
		if got := qq.String(); got != s {
			t.Errorf("%s.String() = %q", s, got)
		}
		b, err := qq.MarshalText()
		if err != nil || string(b) != s {
			t.Errorf("%s.MarshalText() = %q, %v; want %q, nil", s, b, err, s)
		}
		b, err = qq.AppendText([]byte("q="))
		if err != nil || string(b) != "q="+s {
			t.Errorf("%s.AppendText(\"q=\") = %q, %v; want %q, nil", s, b, err, "q="+s)
		}
		var got bilateral.Quarter
		if err := got.UnmarshalText([]byte(s)); err != nil || got != qq {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v, nil", s, got, err, qq)
		}
	}
}

func TestQuarterUnmarshalText(t *testing.T) {
	const fn = "Quarter.UnmarshalText"

	// Empty text is the zero Quarter, whatever was there before.
	got := q("2024-Q3")
	if err := got.UnmarshalText(nil); err != nil || got != (bilateral.Quarter{}) {
		t.Errorf("UnmarshalText(nil) = %v, %v; want the zero Quarter, nil", got, err)
	}
	got = q("2024-Q3")
	if err := got.UnmarshalText([]byte{}); err != nil || got != (bilateral.Quarter{}) {
		t.Errorf("UnmarshalText(\"\") = %v, %v; want the zero Quarter, nil", got, err)
	}

	// The spellings that ParseQuarter accepts, but a document may not carry:
	// the error names the canonical form.
	lenient := []struct{ in, canonical string }{
		{"2024-q3", "2024-Q3"},
		{"Q3 2024", "2024-Q3"},
		{"q3 2024", "2024-Q3"},
		{"Q3-2024", "2024-Q3"},
		{"2024Q3", "2024-Q3"},
		{"2024q1", "2024-Q1"},
		{"2024 Q4", "2024-Q4"},
		{"Q1 0001", "0001-Q1"},
	}
	for _, tt := range lenient {
		var got bilateral.Quarter
		err := got.UnmarshalText([]byte(tt.in))
		checkParseError(t, err, fn, tt.in, bilateral.ErrSyntax)
		if err != nil && !strings.Contains(err.Error(), tt.canonical) {
			t.Errorf("UnmarshalText(%q) error %q does not name the canonical form %s", tt.in, err, tt.canonical)
		}
		if got != (bilateral.Quarter{}) {
			t.Errorf("UnmarshalText(%q) set %v, want the Quarter left alone", tt.in, got)
		}
	}

	invalid := []struct {
		in   string
		want error
	}{
		{"2024-Q5", bilateral.ErrRange},
		{"0000-Q1", bilateral.ErrRange},
		{"Q5 2024", bilateral.ErrRange},
		{"2024/Q3", bilateral.ErrSyntax},
		{" ", bilateral.ErrSyntax},
		{"2024-Q3 ", bilateral.ErrSyntax},
		{"null", bilateral.ErrSyntax},
	}
	for _, tt := range invalid {
		var got bilateral.Quarter
		checkParseError(t, got.UnmarshalText([]byte(tt.in)), fn, tt.in, tt.want)
	}
}

func TestQuarterJSON(t *testing.T) {
	type doc struct {
		Q   bilateral.Quarter `json:"q"`
		Opt bilateral.Quarter `json:"opt"`
	}
	in := doc{Q: q("2024-Q3")}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"q":"2024-Q3","opt":""}`; got != want {
		t.Errorf("json.Marshal = %s, want %s", got, want)
	}
	var out doc
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("JSON round trip mismatch (-want +got):\n%s", diff)
	}

	// A lenient spelling in a document is an error that encoding/json passes
	// through, so that callers can tell it from other errors.
	err = json.Unmarshal([]byte(`{"q":"Q3 2024"}`), &out)
	checkParseError(t, err, "Quarter.UnmarshalText", "Q3 2024", bilateral.ErrSyntax)
}

func TestQuarterNextPrev(t *testing.T) {
	var zero bilateral.Quarter
	next := []struct{ in, want bilateral.Quarter }{
		{q("2024-Q1"), q("2024-Q2")},
		{q("2024-Q3"), q("2024-Q4")},
		{q("2024-Q4"), q("2025-Q1")},
		{q("0001-Q1"), q("0001-Q2")},
		{q("9998-Q4"), q("9999-Q1")},
		{q("9999-Q3"), q("9999-Q4")},
		{q("9999-Q4"), zero},
		{zero, zero},
	}
	for _, tt := range next {
		if got := tt.in.Next(); got != tt.want {
			t.Errorf("%v.Next() = %v, want %v", tt.in, got, tt.want)
		}
	}
	prev := []struct{ in, want bilateral.Quarter }{
		{q("2024-Q2"), q("2024-Q1")},
		{q("2025-Q1"), q("2024-Q4")},
		{q("0001-Q2"), q("0001-Q1")},
		{q("0002-Q1"), q("0001-Q4")},
		{q("0001-Q1"), zero},
		{q("9999-Q4"), q("9999-Q3")},
		{zero, zero},
	}
	for _, tt := range prev {
		if got := tt.in.Prev(); got != tt.want {
			t.Errorf("%v.Prev() = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestQuarterAdd(t *testing.T) {
	var zero bilateral.Quarter
	const span = 9999*4 - 1 // quarters from 0001-Q1 to 9999-Q4
	tests := []struct {
		in   bilateral.Quarter
		n    int
		want bilateral.Quarter
	}{
		{q("2024-Q3"), 0, q("2024-Q3")},
		{q("2024-Q3"), 1, q("2024-Q4")},
		{q("2024-Q3"), 2, q("2025-Q1")},
		{q("2024-Q3"), -2, q("2024-Q1")},
		{q("2024-Q3"), -3, q("2023-Q4")},
		{q("2024-Q1"), 4, q("2025-Q1")},
		{q("2024-Q1"), -4, q("2023-Q1")},
		{q("2024-Q1"), 40, q("2034-Q1")},
		{q("2024-Q1"), -4 * 2023, q("0001-Q1")},
		{q("2024-Q1"), -4*2023 - 1, zero},
		{q("0001-Q1"), span, q("9999-Q4")},
		{q("0001-Q1"), span + 1, zero},
		{q("0001-Q1"), -1, zero},
		{q("9999-Q4"), -span, q("0001-Q1")},
		{q("9999-Q4"), -span - 1, zero},
		{q("9999-Q4"), 1, zero},
		{q("2024-Q3"), 1 << 16, zero},    // would wrap a 16-bit index back to 2024-Q3
		{q("2024-Q3"), -(1 << 16), zero}, // likewise
		{q("2024-Q3"), 1<<16 + 2, zero},  // would wrap to 2025-Q1
		{q("2024-Q3"), 1 << 32, zero},    // would wrap a 32-bit index
		{q("2024-Q3"), math.MaxInt32, zero},
		{q("2024-Q3"), math.MinInt32, zero},
		{q("2024-Q3"), math.MaxInt, zero}, // would overflow int
		{q("2024-Q3"), math.MinInt, zero}, // -n overflows int
		{q("2024-Q3"), math.MinInt + 1, zero},
		{q("9999-Q4"), math.MaxInt, zero},
		{q("0001-Q1"), math.MinInt, zero},
		{zero, 0, zero},
		{zero, 1, zero},
		{zero, 4 * 2024, zero},
		{zero, -1, zero},
	}
	for _, tt := range tests {
		if got := tt.in.Add(tt.n); got != tt.want {
			t.Errorf("%v.Add(%d) = %v, want %v", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestQuarterSub(t *testing.T) {
	var zero bilateral.Quarter
	tests := []struct {
		a, b bilateral.Quarter
		want int
	}{
		{q("2025-Q1"), q("2024-Q3"), 2},
		{q("2024-Q3"), q("2025-Q1"), -2},
		{q("2024-Q3"), q("2024-Q3"), 0},
		{q("2025-Q3"), q("2024-Q3"), 4},
		{q("9999-Q4"), q("0001-Q1"), 9999*4 - 1},
		{q("0001-Q1"), q("9999-Q4"), -(9999*4 - 1)},
		{q("2024-Q3"), zero, 0},
		{zero, q("2024-Q3"), 0},
		{zero, zero, 0},
	}
	for _, tt := range tests {
		if got := tt.a.Sub(tt.b); got != tt.want {
			t.Errorf("%v.Sub(%v) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}

	// Sub undoes Add, and Add undoes Sub, across year boundaries.
	base := q("2023-Q2")
	for o := range bilateral.Quarters(q("2021-Q1"), q("2026-Q4")) {
		n := o.Sub(base)
		if got := base.Add(n); got != o {
			t.Errorf("%v.Add(%v.Sub(%v)) = %v, want %v", base, o, base, got, o)
		}
		if got := base.Sub(o); got != -n {
			t.Errorf("%v.Sub(%v) = %d, want %d", base, o, got, -n)
		}
		wantN := (o.Year()-base.Year())*4 + o.Number() - base.Number()
		if n != wantN {
			t.Errorf("%v.Sub(%v) = %d, want %d", o, base, n, wantN)
		}
	}
}

func TestQuarterCompare(t *testing.T) {
	var zero bilateral.Quarter
	// In increasing order.
	ordered := []bilateral.Quarter{
		zero, q("0001-Q1"), q("0001-Q2"), q("0001-Q4"), q("0002-Q1"),
		q("2023-Q4"), q("2024-Q1"), q("2024-Q2"), q("2024-Q3"), q("2024-Q4"),
		q("2025-Q1"), q("9999-Q3"), q("9999-Q4"),
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
}

func TestQuarters(t *testing.T) {
	var zero bilateral.Quarter
	tests := []struct {
		name        string
		first, last bilateral.Quarter
		want        []bilateral.Quarter
	}{
		{"across a year", q("2024-Q3"), q("2025-Q2"), []bilateral.Quarter{q("2024-Q3"), q("2024-Q4"), q("2025-Q1"), q("2025-Q2")}},
		{"one", q("2024-Q3"), q("2024-Q3"), []bilateral.Quarter{q("2024-Q3")}},
		{"last before first", q("2024-Q3"), q("2024-Q2"), nil},
		{"last years before first", q("2024-Q3"), q("2001-Q4"), nil},
		{"zero first", zero, q("2024-Q3"), nil},
		{"zero last", q("2024-Q3"), zero, nil},
		{"both zero", zero, zero, nil},
		{"up to the last quarter", q("9999-Q3"), q("9999-Q4"), []bilateral.Quarter{q("9999-Q3"), q("9999-Q4")}},
		{"from the first quarter", q("0001-Q1"), q("0001-Q2"), []bilateral.Quarter{q("0001-Q1"), q("0001-Q2")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []bilateral.Quarter
			for qq := range bilateral.Quarters(tt.first, tt.last) {
				got = append(got, qq)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Quarters(%v, %v) mismatch (-want +got):\n%s", tt.first, tt.last, diff)
			}
		})
	}

	t.Run("all", func(t *testing.T) {
		n, prev := 0, bilateral.Quarter{}
		for qq := range bilateral.Quarters(q("0001-Q1"), q("9999-Q4")) {
			if prev.IsValid() && prev.Next() != qq {
				t.Fatalf("Quarters yielded %v after %v", qq, prev)
			}
			prev = qq
			n++
		}
		if want := 9999 * 4; n != want || prev != q("9999-Q4") {
			t.Errorf("Quarters(0001-Q1, 9999-Q4) yielded %d quarters ending %v, want %d ending 9999-Q4", n, prev, want)
		}
	})

	t.Run("break", func(t *testing.T) {
		// Breaking out of the loop stops the iterator; yielding again
		// would panic.
		var got []bilateral.Quarter
		for qq := range bilateral.Quarters(q("2024-Q1"), q("2030-Q4")) {
			got = append(got, qq)
			if len(got) == 2 {
				break
			}
		}
		if diff := cmp.Diff([]bilateral.Quarter{q("2024-Q1"), q("2024-Q2")}, got); diff != "" {
			t.Errorf("Quarters with break mismatch (-want +got):\n%s", diff)
		}
	})
}

func TestQuarterDays(t *testing.T) {
	tests := []struct {
		q           string
		first, last string
	}{
		{"2024-Q1", "2024-01-01", "2024-03-31"},
		{"2024-Q2", "2024-04-01", "2024-06-30"},
		{"2024-Q3", "2024-07-01", "2024-09-30"},
		{"2024-Q4", "2024-10-01", "2024-12-31"},
		{"2023-Q1", "2023-01-01", "2023-03-31"},
		{"1900-Q1", "1900-01-01", "1900-03-31"},
		{"2000-Q1", "2000-01-01", "2000-03-31"},
		{"0001-Q1", "0001-01-01", "0001-03-31"},
		{"9999-Q4", "9999-10-01", "9999-12-31"},
	}
	for _, tt := range tests {
		qq := q(tt.q)
		if got := qq.FirstDay().String(); got != tt.first {
			t.Errorf("%s.FirstDay() = %s, want %s", tt.q, got, tt.first)
		}
		if got := qq.LastDay().String(); got != tt.last {
			t.Errorf("%s.LastDay() = %s, want %s", tt.q, got, tt.last)
		}
	}

	// Quarters tile the calendar: each starts the day after the previous
	// one ends, and both ends lie in the quarter.
	for qq := range bilateral.Quarters(q("1896-Q1"), q("1904-Q4")) {
		first, last := qq.FirstDay(), qq.LastDay()
		if first.Quarter() != qq || last.Quarter() != qq {
			t.Errorf("%v: FirstDay %v and LastDay %v are in %v and %v", qq, first, last, first.Quarter(), last.Quarter())
		}
		if !first.Before(last) {
			t.Errorf("%v: FirstDay %v is not before LastDay %v", qq, first, last)
		}
		dayAfter := bilateral.DateOf(last.Time(time.UTC).AddDate(0, 0, 1))
		if next := qq.Next().FirstDay(); dayAfter != next {
			t.Errorf("%v: the day after LastDay %v is %v, but the next quarter starts %v", qq, last, dayAfter, next)
		}
	}
}

func TestQuarterPattern(t *testing.T) {
	re := regexp.MustCompile(bilateral.QuarterPattern)
	for _, s := range []string{"0001-Q1", "0010-Q2", "0100-Q3", "1000-Q4", "2024-Q3", "9999-Q4"} {
		if !re.MatchString(s) {
			t.Errorf("QuarterPattern does not match %q", s)
		}
	}
	for _, s := range []string{"0000-Q1", "2024-Q0", "2024-Q5", "2024-q3", "2024Q3", "Q3 2024", "10000-Q1", "2024-Q3\n", ""} {
		if re.MatchString(s) {
			t.Errorf("QuarterPattern matches %q", s)
		}
	}
	// The canonical form of every quarter matches.
	for qq := range bilateral.Quarters(q("0001-Q1"), q("9999-Q4")) {
		if s := qq.String(); !re.MatchString(s) {
			t.Fatalf("QuarterPattern does not match %q", s)
		}
	}
}

// QuarterPattern and UnmarshalText, which reads documents, agree in both
// directions: the pattern matches a text exactly when UnmarshalText accepts
// it. Every year is tried with every quarter digit; FuzzParseQuarter tries
// other texts.
func TestQuarterPatternAgreesWithUnmarshalText(t *testing.T) {
	if race.Enabled {
		t.Skip("one goroutine over many inputs: the run without -race checks it")
	}
	re := regexp.MustCompile(bilateral.QuarterPattern)
	for y := range 10000 {
		for n := range 10 {
			for _, s := range []string{fmt.Sprintf("%04d-Q%d", y, n), fmt.Sprintf("%04d-q%d", y, n)} {
				var qq bilateral.Quarter
				err := qq.UnmarshalText([]byte(s))
				if match := re.MatchString(s); match != (err == nil) {
					t.Errorf("QuarterPattern match of %q is %v, but UnmarshalText gives error %v", s, match, err)
				}
			}
		}
	}
}

// TestNoAllocs checks that the parsers, comparisons, arithmetic and Append
// methods of the value types do not allocate, as net/netip does for its own.
func TestNoAllocs(t *testing.T) {
	if race.Enabled {
		t.Skip("the race detector allocates")
	}

	// Wrappers that panic on error, to prove that the allocation-free
	// functions succeed.
	panicQ := func(q bilateral.Quarter, err error) bilateral.Quarter {
		if err != nil {
			panic(err)
		}
		return q
	}
	panicD := func(d bilateral.Date, err error) bilateral.Date {
		if err != nil {
			panic(err)
		}
		return d
	}
	panicB := func(b []byte, err error) []byte {
		if err != nil {
			panic(err)
		}
		return b
	}
	test := func(name string, f func()) {
		t.Run(name, func(t *testing.T) {
			if n := testing.AllocsPerRun(1000, f); n != 0 {
				t.Fatalf("allocs = %v; want 0", n)
			}
		})
	}

	q1, q2 := q("2024-Q3"), q("2025-Q1")
	d := bilateral.MustParseDate("2024-06-14")
	buf := make([]byte, 0, 64)
	text := bilateral.Translated(map[string]string{"en": "Trade", "es": "Comercio", "es-MX": "Comercio (MX)", "fr": "Commerce"})

	// Quarter
	test("ParseQuarter/canonical", func() { sinkQuarter = panicQ(bilateral.ParseQuarter("2024-Q3")) })
	test("ParseQuarter/lenient", func() { sinkQuarter = panicQ(bilateral.ParseQuarter("q3 2024")) })
	test("MustParseQuarter", func() { sinkQuarter = bilateral.MustParseQuarter("2024Q3") })
	test("QuarterFrom", func() { sinkQuarter = bilateral.QuarterFrom(2024, 3) })
	test("Quarter.Compare", func() { sinkInt = q1.Compare(q2) })
	test("Quarter.Next", func() { sinkQuarter = q1.Next() })
	test("Quarter.Prev", func() { sinkQuarter = q1.Prev() })
	test("Quarter.Add", func() { sinkQuarter = q1.Add(-9) })
	test("Quarter.Sub", func() { sinkInt = q2.Sub(q1) })
	test("Quarter.AppendText", func() { sinkBytes = panicB(q1.AppendText(buf[:0])) })
	test("Quarter.FirstDay", func() { sinkDate = q1.FirstDay() })
	test("Quarter.LastDay", func() { sinkDate = q1.LastDay() })

	// Date
	test("ParseDate", func() { sinkDate = panicD(bilateral.ParseDate("2024-06-14")) })
	// Parse reads every quarter and date of a document through these.
	quarterText, dateText := []byte("2024-Q3"), []byte("2024-06-14")
	test("Quarter.UnmarshalText", func() {
		if err := sinkQuarter.UnmarshalText(quarterText); err != nil {
			panic(err)
		}
	})
	test("Date.UnmarshalText", func() {
		if err := sinkDate.UnmarshalText(dateText); err != nil {
			panic(err)
		}
	})
	test("DateFrom", func() { sinkDate = bilateral.DateFrom(2024, time.June, 14) })
	test("Date.Compare", func() { sinkInt = d.Compare(bilateral.MustParseDate("2024-06-15")) })
	test("Date.AppendText", func() { sinkBytes = panicB(d.AppendText(buf[:0])) })
	test("Date.Quarter", func() { sinkQuarter = d.Quarter() })

	// FiscalCalendar
	test("FiscalCalendar.AppendLabel", func() { sinkBytes = bilateral.USFederal.AppendLabel(buf[:0], q1) })
	test("FiscalCalendar.ParseLabel", func() { sinkQuarter = panicQ(bilateral.USFederal.ParseLabel("FY2025 Q1")) })
	test("FiscalCalendar.Quarter", func() { sinkQuarter = bilateral.USFederal.Quarter(2025, 1) })

	// Text
	test("Text.In/exact", func() { sinkString = text.In("es-MX") })
	test("Text.In/primary", func() { sinkString = text.In("fr-CA") })
	test("Text.In/en", func() { sinkString = text.In("de") })
	test("Text.Lookup", func() { sinkString, sinkBool = text.Lookup("es") })
	test("Text.Lookup/missing", func() { sinkString, sinkBool = text.Lookup("de") })
}
