package bilateral_test

import (
	"encoding/json"
	"errors"
	"math"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral"
)

var (
	quarterRE = regexp.MustCompile(bilateral.QuarterPattern)
	dateRE    = regexp.MustCompile(bilateral.DatePattern)
)

// checkFuzzError checks that err is a *ParseError from fn for input that
// wraps exactly one of ErrSyntax and ErrRange.
func checkFuzzError(t *testing.T, err error, fn, input string) {
	t.Helper()
	var pe *bilateral.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("%s(%q): error %v (%T) is not a *ParseError", fn, input, err, err)
	}
	if pe.Func != "bilateral."+fn || pe.Input != input {
		t.Fatalf("%s(%q): ParseError{Func: %q, Input: %q}", fn, input, pe.Func, pe.Input)
	}
	if errors.Is(err, bilateral.ErrSyntax) == errors.Is(err, bilateral.ErrRange) {
		t.Fatalf("%s(%q): error %v wraps neither or both of ErrSyntax and ErrRange", fn, input, err)
	}
}

func FuzzParseQuarter(f *testing.F) {
	for _, s := range []string{
		"2024-Q3", "2024-q3", "Q3 2024", "q3 2024", "Q3-2024", "2024Q3", "2024q3", "2024 Q3",
		"0001-Q1", "9999-Q4", "Q1 0001", "Q4-9999", "0000-Q1", "2024-Q0", "2024-Q5", "Q9 2024",
		"", "2024", "2024-Q", "2024-Q33", " 2024-Q3", "2024-Q3 ", "2024/Q3", "+024-Q3",
		"Q3  2024", "Q3-2-Q1", "２０２４-Q3", "2024-Ｑ3", "\x00\x00\x00\x00-Q3", "2024-Q3\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := bilateral.ParseQuarter(s)

		// Whatever the input, UnmarshalText accepts exactly the canonical
		// form, which is what QuarterPattern, used by the JSON Schema,
		// matches: the two agree in both directions.
		var u bilateral.Quarter
		uerr := u.UnmarshalText([]byte(s))
		if s != "" && (uerr == nil) != quarterRE.MatchString(s) {
			t.Fatalf("UnmarshalText(%q) error %v, but QuarterPattern match is %v", s, uerr, quarterRE.MatchString(s))
		}
		if uerr != nil {
			checkFuzzError(t, uerr, "Quarter.UnmarshalText", s)
		}

		if err != nil {
			checkFuzzError(t, err, "ParseQuarter", s)
			if q != (bilateral.Quarter{}) {
				t.Fatalf("ParseQuarter(%q) = %v with error %v", s, q, err)
			}
			if s != "" && uerr == nil {
				t.Fatalf("UnmarshalText(%q) accepts what ParseQuarter rejects: %v", s, err)
			}
			return
		}
		if !q.IsValid() || q.Year() < 1 || q.Year() > 9999 || q.Number() < 1 || q.Number() > 4 {
			t.Fatalf("ParseQuarter(%q) = %v (year %d, number %d)", s, q, q.Year(), q.Number())
		}
		if uerr == nil && u != q {
			t.Fatalf("UnmarshalText(%q) = %v, ParseQuarter = %v", s, u, q)
		}

		str := q.String()
		if !quarterRE.MatchString(str) {
			t.Fatalf("%v.String() = %q does not match QuarterPattern", q, str)
		}
		if (uerr == nil) != (s == str) {
			t.Fatalf("UnmarshalText(%q) error %v, but the canonical form is %q", s, uerr, str)
		}
		if !strings.EqualFold(strings.Map(keepAlnum, s), strings.Map(keepAlnum, str)) &&
			!strings.EqualFold(strings.Map(keepAlnum, s), "Q"+str[6:]+str[:4]) {
			t.Fatalf("ParseQuarter(%q) = %v, which is written differently", s, q)
		}
		if q2, err := bilateral.ParseQuarter(str); err != nil || q2 != q {
			t.Fatalf("ParseQuarter(%q) = %v, %v; want %v", str, q2, err, q)
		}
		var q3 bilateral.Quarter
		if err := q3.UnmarshalText([]byte(str)); err != nil || q3 != q {
			t.Fatalf("UnmarshalText(%q) = %v, %v; want %v", str, q3, err, q)
		}
		if b, err := q.MarshalText(); err != nil || string(b) != str {
			t.Fatalf("%v.MarshalText() = %q, %v", q, b, err)
		}

		if n := q.Next(); n.IsValid() {
			if n.Prev() != q || n.Sub(q) != 1 || !n.After(q) {
				t.Fatalf("%v.Next() = %v, whose Prev is %v", q, n, n.Prev())
			}
		} else if q != bilateral.QuarterFrom(9999, 4) {
			t.Fatalf("%v.Next() is the zero Quarter", q)
		}
		if p := q.Prev(); p.IsValid() {
			if p.Next() != q || q.Sub(p) != 1 || !p.Before(q) {
				t.Fatalf("%v.Prev() = %v, whose Next is %v", q, p, p.Next())
			}
		} else if q != bilateral.QuarterFrom(1, 1) {
			t.Fatalf("%v.Prev() is the zero Quarter", q)
		}
	})
}

func keepAlnum(r rune) rune {
	if r < utf8.RuneSelf && ('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
		return r
	}
	return -1
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2024-06-14", "2024-02-29", "2000-02-29", "1900-02-29", "2023-02-29", "2024-13-01",
		"2024-04-31", "0000-01-01", "0000-02-29", "0001-01-01", "0004-02-29", "0100-02-29", "0400-02-29",
		"9999-12-31", "2024-00-00", "2024-6-14", "2024-06-14\n",
		"", "20240614", "2024/06/14", "+024-06-14", "2024-+6-14", "2024-06-14T00:00:00Z", "10000-01-01",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := bilateral.ParseDate(s)
		var u bilateral.Date
		uerr := u.UnmarshalText([]byte(s))
		if s != "" && (err == nil) != (uerr == nil) {
			t.Fatalf("ParseDate(%q) error %v, UnmarshalText error %v", s, err, uerr)
		}
		// DatePattern, which the JSON Schema uses, matches exactly what
		// ParseDate accepts, in both directions.
		if match := dateRE.MatchString(s); match != (err == nil) {
			t.Fatalf("ParseDate(%q) error %v, but DatePattern match is %v", s, err, match)
		}
		if err != nil {
			checkFuzzError(t, err, "ParseDate", s)
			if d != (bilateral.Date{}) {
				t.Fatalf("ParseDate(%q) = %v with error %v", s, d, err)
			}
			// Package time agrees that there is no such day, unless the
			// year is 0 (or negative), which Date does not hold.
			if tm, terr := time.Parse(time.DateOnly, s); terr == nil && tm.Year() >= 1 {
				t.Fatalf("ParseDate(%q): %v, but time.Parse gives %v", s, err, tm)
			}
			return
		}
		if u != d {
			t.Fatalf("UnmarshalText(%q) = %v, ParseDate = %v", s, u, d)
		}
		if !d.IsValid() {
			t.Fatalf("ParseDate(%q) = %v, which is not valid", s, d)
		}
		// There is one spelling, so the text form is the input.
		if got := d.String(); got != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, got)
		}
		if b, err := d.MarshalText(); err != nil || string(b) != s {
			t.Fatalf("%v.MarshalText() = %q, %v", d, b, err)
		}
		tm, terr := time.Parse(time.DateOnly, s)
		if terr != nil {
			t.Fatalf("ParseDate(%q) = %v, but time.Parse fails: %v", s, d, terr)
		}
		if got := bilateral.DateOf(tm); got != d {
			t.Fatalf("DateOf(time.Parse(%q)) = %v, want %v", s, got, d)
		}
		if got := bilateral.DateFrom(d.Year(), d.Month(), d.Day()); got != d {
			t.Fatalf("DateFrom(%d, %v, %d) = %v, want %v", d.Year(), d.Month(), d.Day(), got, d)
		}
		if qq := d.Quarter(); !qq.IsValid() || d.Before(qq.FirstDay()) || d.After(qq.LastDay()) {
			t.Fatalf("%v.Quarter() = %v, from %v to %v", d, qq, qq.FirstDay(), qq.LastDay())
		}
	})
}

func FuzzParseLabel(f *testing.F) {
	for _, s := range []string{
		"FY2025 Q1", "FY2025-Q1", "FY2025Q1", "fy2025 q1", "FY0001 Q1", "FY0001 Q2", "FY10000 Q1",
		"FY9999 Q4", "FY0000 Q4", "FY2025 Q0", "FY2025 Q5", "FY99999 Q1", "FY1 Q1", "FY25 Q1",
		"", "FY", "FY2025", "FY 2025 Q1", "FY2025  Q1", "2024-Q4", "FY202500 Q1", "FY-2025 Q1",
	} {
		f.Add(s)
	}
	cals := calendars(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range cals {
			q, err := c.ParseLabel(s)
			if err != nil {
				checkFuzzError(t, err, "FiscalCalendar.ParseLabel", s)
				if q != (bilateral.Quarter{}) {
					t.Fatalf("%v: ParseLabel(%q) = %v with error %v", c, s, q, err)
				}
				continue
			}
			if !q.IsValid() {
				t.Fatalf("%v: ParseLabel(%q) = the zero Quarter with no error", c, s)
			}
			label := c.Label(q)
			if got, err := c.ParseLabel(label); err != nil || got != q {
				t.Fatalf("%v: ParseLabel(Label(%v) = %q) = %v, %v", c, q, label, got, err)
			}
			if got := string(c.AppendLabel(nil, q)); got != label {
				t.Fatalf("%v: AppendLabel(%v) = %q, Label = %q", c, q, got, label)
			}
			if got := c.Quarter(c.FiscalYear(q), c.FiscalQuarter(q)); got != q {
				t.Fatalf("%v: Quarter(FiscalYear, FiscalQuarter of %v) = %v", c, q, got)
			}
			// The label names the same fiscal quarter as the input.
			if !strings.EqualFold(s[len(s)-1:], label[len(label)-1:]) {
				t.Fatalf("%v: ParseLabel(%q) = %v, labelled %q", c, s, q, label)
			}
		}
		// A value that is not a fiscal calendar reads no label.
		for _, c := range invalidCalendars {
			if q, err := c.ParseLabel(s); err == nil || q.IsValid() {
				t.Fatalf("%v: ParseLabel(%q) = %v, %v; want an error", c, s, q, err)
			}
		}
	})
}

// surrogateEscape matches a \u escape of a surrogate. encoding/json reads a
// lone one as U+FFFD; Text rejects it, so where one may be, the two are not
// compared.
var surrogateEscape = regexp.MustCompile(`(?i)\\ud[89a-f]`)

func FuzzTextJSON(f *testing.F) {
	for _, s := range []string{
		`"Trade"`, `""`, `{}`, `{"en":"Trade","es":"Comercio"}`, `{"es":"Comercio","en":"Trade"}`,
		`{"en":"a","en":"b"}`, `{"en":1}`, `{"en":null}`, `null`, `1`, `[]`, `["a"]`, `true`,
		`"\ud83d\ude00 \u00e9 \/ \n"`, `"\ud83d"`, `{"en":"\"q\""}`, ` { "en" : "a" } `,
		"\"\xff\"", `"unterminated`, `{"en":"a"`, `{"en" "a"}`, `{"en":"a",}`, `nope`, ``,
		"\"\u2028\"", `{"":""}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var tx bilateral.Text
		err := tx.UnmarshalJSON(data) // never panics
		if err != nil {
			checkFuzzError(t, err, "Text.UnmarshalJSON", string(data))
			if !tx.IsZero() {
				t.Fatalf("UnmarshalJSON(%q) set %#v with error %v", data, tx, err)
			}
		}

		// Called directly, UnmarshalJSON checks the syntax itself.
		if !json.Valid(data) {
			if err == nil {
				t.Fatalf("UnmarshalJSON(%q) accepted what is not JSON", data)
			}
			return
		}
		var s string
		if json.Unmarshal(data, &s) == nil && utf8.Valid(data) && !surrogateEscape.Match(data) {
			if err != nil {
				t.Fatalf("UnmarshalJSON(%q): %v; encoding/json reads the string %q", data, err, s)
			}
			if !tx.IsPlain() || tx.In("") != s {
				t.Fatalf("UnmarshalJSON(%q) = %#v; encoding/json reads the string %q", data, tx, s)
			}
		}
		if err != nil {
			return
		}
		var m map[string]string
		if !tx.IsPlain() {
			if json.Unmarshal(data, &m) != nil || len(m) != tx.Len() {
				t.Fatalf("UnmarshalJSON(%q) = %#v, but encoding/json reads %v", data, tx, m)
			}
			for lang, text := range tx.All() {
				if m[lang] != text {
					t.Fatalf("UnmarshalJSON(%q): %s is %q, but encoding/json reads %q", data, lang, text, m[lang])
				}
			}
		}

		b, err := tx.MarshalJSON()
		if err != nil || !json.Valid(b) {
			t.Fatalf("MarshalJSON of %#v = %q, %v", tx, b, err)
		}
		var back bilateral.Text
		if err := back.UnmarshalJSON(b); err != nil || !back.Equal(tx) {
			t.Fatalf("UnmarshalJSON(MarshalJSON(%#v) = %s) = %#v, %v", tx, b, back, err)
		}
		if b2, _ := back.MarshalJSON(); string(b2) != string(b) {
			t.Fatalf("MarshalJSON is not stable: %s, then %s", b, b2)
		}
	})
}

func FuzzQuarterArithmetic(f *testing.F) {
	index := func(year, number int) int { return year*4 + number - 1 }
	f.Add(index(2024, 3), 1)
	f.Add(index(2024, 4), 1)
	f.Add(index(2025, 1), -1)
	f.Add(index(1, 1), -1)
	f.Add(index(9999, 4), 1)
	f.Add(index(1, 1), index(9999, 4)-index(1, 1))
	f.Add(index(1, 1), index(9999, 4)-index(1, 1)+1)
	f.Add(index(2024, 3), 1<<16)
	f.Add(index(2024, 3), math.MaxInt)
	f.Add(index(2024, 3), math.MinInt)
	f.Add(0, 5)
	f.Add(-1, 0)
	f.Add(math.MaxInt, 1)
	f.Fuzz(func(t *testing.T, i, n int) {
		q := bilateral.QuarterFrom(floorDiv(i, 4), floorMod(i, 4)+1)
		r := q.Add(n)
		if !q.IsValid() {
			if r.IsValid() || q.Sub(q) != 0 {
				t.Fatalf("the zero Quarter Add(%d) = %v", n, r)
			}
			return
		}
		if got := index(q.Year(), q.Number()); got != i {
			t.Fatalf("QuarterFrom of index %d = %v, index %d", i, q, got)
		}
		// The index of the result, if it is in range: work in int64 from
		// a clamped n, so that nothing overflows.
		want := int64(i) + max(min(int64(n), 1<<20), -(1<<20))
		inRange := want >= int64(index(1, 1)) && want <= int64(index(9999, 4))
		if !inRange {
			if r.IsValid() {
				t.Fatalf("%v.Add(%d) = %v, want the zero Quarter", q, n, r)
			}
			return
		}
		if !r.IsValid() || int64(index(r.Year(), r.Number())) != want {
			t.Fatalf("%v.Add(%d) = %v, want index %d", q, n, r, want)
		}
		if r.Sub(q) != n || q.Sub(r) != -n || r.Add(-n) != q || q.Add(r.Sub(q)) != r {
			t.Fatalf("%v.Add(%d) = %v, but Sub gives %d", q, n, r, r.Sub(q))
		}
		if c := r.Compare(q); c != cmpInt(n, 0) {
			t.Fatalf("%v.Compare(%v) = %d for n = %d", r, q, c, n)
		}
		if n == 1 && q.Next() != r || n == -1 && q.Prev() != r {
			t.Fatalf("%v.Add(%d) = %v, but Next, Prev = %v, %v", q, n, r, q.Next(), q.Prev())
		}
	})
}

func floorDiv(a, b int) int {
	if a < 0 && a%b != 0 {
		return a/b - 1
	}
	return a / b
}

func floorMod(a, b int) int { return a - floorDiv(a, b)*b }

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func FuzzFiscalCalendarJSON(f *testing.F) {
	for _, s := range []string{"1", "4", "7", "10", "0", "2", "13", "04", "010", "-1", "1.0", "1e1", `"10"`, "null", "nul", " 4", "", "99999999999999999999"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var c bilateral.FiscalCalendar
		err := c.UnmarshalJSON(data) // never panics
		if err != nil {
			checkFuzzError(t, err, "FiscalCalendar.UnmarshalJSON", string(data))
			if c != bilateral.CalendarYear {
				t.Fatalf("UnmarshalJSON(%q) set %v with error %v", data, c, err)
			}
		}
		// encoding/json reads the same month from the same integer.
		var m int
		isInt := json.Unmarshal(data, &m) == nil && json.Valid(data) && string(data) != "null"
		switch {
		case err == nil && string(data) == "null":
		case err == nil && !isInt:
			t.Fatalf("UnmarshalJSON(%q) accepted what is not a JSON integer", data)
		case err == nil && int(c.Start()) != m:
			t.Fatalf("UnmarshalJSON(%q) = %v; encoding/json reads %d", data, c, m)
		case err != nil && isInt && (m == 1 || m == 4 || m == 7 || m == 10) && !strings.ContainsAny(string(data), ".eE- \t\r\n"):
			t.Fatalf("UnmarshalJSON(%q): %v; want the calendar starting in month %d", data, err, m)
		}
		if err != nil || string(data) == "null" {
			return
		}
		b, _ := c.MarshalJSON()
		var back bilateral.FiscalCalendar
		if err := back.UnmarshalJSON(b); err != nil || back != c {
			t.Fatalf("UnmarshalJSON(MarshalJSON(%v) = %s) = %v, %v", c, b, back, err)
		}
	})
}
