package bilateral_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"time"

	"github.com/bilateral-go/bilateral"
)

func ExampleParseQuarter() {
	for _, s := range []string{"2024-Q3", "Q3 2024", "q3-2024", "2024Q3", "2024 q3"} {
		q, err := bilateral.ParseQuarter(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-8s -> %v (year %d, quarter %d)\n", s, q, q.Year(), q.Number())
	}

	_, err := bilateral.ParseQuarter("2024-Q5")
	var pe *bilateral.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Func, pe.Input, errors.Is(err, bilateral.ErrRange))
	}
	// Output:
	// 2024-Q3  -> 2024-Q3 (year 2024, quarter 3)
	// Q3 2024  -> 2024-Q3 (year 2024, quarter 3)
	// q3-2024  -> 2024-Q3 (year 2024, quarter 3)
	// 2024Q3   -> 2024-Q3 (year 2024, quarter 3)
	// 2024 q3  -> 2024-Q3 (year 2024, quarter 3)
	// bilateral.ParseQuarter 2024-Q5 true
}

func ExampleQuarter() {
	// Documents carry the canonical form only.
	var doc struct {
		Due bilateral.Quarter `json:"due"`
	}
	fmt.Println(json.Unmarshal([]byte(`{"due":"2025-Q1"}`), &doc), doc.Due)
	fmt.Println(json.Unmarshal([]byte(`{"due":"Q1 2025"}`), &doc))

	// The zero Quarter is "no quarter".
	var none bilateral.Quarter
	fmt.Println(none.IsValid(), none)
	// Output:
	// <nil> 2025-Q1
	// bilateral.Quarter.UnmarshalText: parsing "Q1 2025": invalid syntax: write the canonical form 2025-Q1
	// false invalid Quarter
}

func ExampleQuarter_Add() {
	q := bilateral.MustParseQuarter("2024-Q3")
	fmt.Println(q.Next(), q.Next().Next(), q.Prev())
	fmt.Println(q.Add(6), q.Add(-11))

	end := bilateral.MustParseQuarter("2026-Q2")
	fmt.Println(end.Sub(q), "quarters from", q, "to", end)

	// Outside the years 1 to 9999 there is no quarter.
	last := bilateral.MustParseQuarter("9999-Q4")
	fmt.Println(last.Next().IsValid(), last.Add(-1))

	fmt.Println(q.FirstDay(), q.LastDay())
	// Output:
	// 2024-Q4 2025-Q1 2024-Q2
	// 2026-Q1 2021-Q4
	// 7 quarters from 2024-Q3 to 2026-Q2
	// false 9999-Q3
	// 2024-07-01 2024-09-30
}

func ExampleQuarter_Compare() {
	qs := []bilateral.Quarter{
		bilateral.MustParseQuarter("2025-Q1"),
		bilateral.MustParseQuarter("2024-Q3"),
		{},
		bilateral.MustParseQuarter("2024-Q4"),
	}
	slices.SortFunc(qs, bilateral.Quarter.Compare)
	fmt.Println(qs)
	// Output:
	// [invalid Quarter 2024-Q3 2024-Q4 2025-Q1]
}

func ExampleQuarters() {
	first := bilateral.MustParseQuarter("2024-Q3")
	last := bilateral.MustParseQuarter("2025-Q2")
	for q := range bilateral.Quarters(first, last) {
		fmt.Print(q, " ")
	}
	fmt.Println()
	// Output:
	// 2024-Q3 2024-Q4 2025-Q1 2025-Q2
}

func ExampleParseDate() {
	d, err := bilateral.ParseDate("2024-02-29")
	fmt.Println(d, d.Quarter(), err)

	_, err = bilateral.ParseDate("2023-02-29")
	fmt.Println(errors.Is(err, bilateral.ErrRange))
	_, err = bilateral.ParseDate("2024/02/29")
	fmt.Println(errors.Is(err, bilateral.ErrSyntax))

	// DateFrom does not normalize, unlike time.Date.
	fmt.Println(bilateral.DateFrom(2024, time.October, 32).IsValid(), time.Date(2024, time.October, 32, 0, 0, 0, 0, time.UTC).Format(time.DateOnly))
	// Output:
	// 2024-02-29 2024-Q1 <nil>
	// true
	// true
	// false 2024-11-01
}

func ExampleDateOf() {
	t := time.Date(2024, time.June, 14, 23, 30, 0, 0, time.UTC)
	fmt.Println(bilateral.DateOf(t), bilateral.DateOf(t.In(time.FixedZone("UTC+2", 2*3600))))
	// Output:
	// 2024-06-14 2024-06-15
}

func ExampleFiscalCalendar() {
	q := bilateral.MustParseQuarter("2024-Q4")
	fmt.Println(bilateral.USFederal.Label(q))
	fmt.Println(bilateral.CalendarYear.Label(q))
	fmt.Println(bilateral.AprilToMarch.Label(q))

	// A start month read from input.
	july, err := bilateral.NewFiscalCalendar(time.July)
	fmt.Println(july == bilateral.JulyToJune, err)

	_, err = bilateral.NewFiscalCalendar(time.February)
	fmt.Println(errors.Is(err, bilateral.ErrRange))

	b, _ := json.Marshal(bilateral.USFederal)
	fmt.Println(string(b))
	// Output:
	// FY2025 Q1
	// FY2024 Q4
	// FY2025 Q3
	// true <nil>
	// true
	// 10
}

// A FiscalCalendar counts quarters, not months: a conversion of a month
// number is not the calendar that starts in that month.
func ExampleFiscalCalendar_IsValid() {
	october := bilateral.FiscalCalendar(10) // a mistake: use OctoberToSeptember
	fmt.Println(october.IsValid(), october)
	_, err := json.Marshal(october)
	fmt.Println(errors.Is(err, bilateral.ErrRange))

	fmt.Println(bilateral.MustNewFiscalCalendar(time.October) == bilateral.OctoberToSeptember)
	// Output:
	// false FiscalCalendar(10)
	// true
	// true
}

func ExampleFiscalCalendar_ParseLabel() {
	for _, s := range []string{"FY2025 Q1", "fy2025-q4", "FY2026Q1"} {
		q, err := bilateral.USFederal.ParseLabel(s)
		fmt.Println(q, err)
	}
	_, err := bilateral.USFederal.ParseLabel("FY2025 Q5")
	fmt.Println(errors.Is(err, bilateral.ErrRange))
	// Output:
	// 2024-Q4 <nil>
	// 2025-Q3 <nil>
	// 2025-Q4 <nil>
	// true
}

func ExampleText() {
	var doc struct {
		Title   bilateral.Text `json:"title"`
		Summary bilateral.Text `json:"summary"`
	}
	in := `{"title": {"es": "Comercio", "en": "Trade"}, "summary": "Plain text"}`
	if err := json.Unmarshal([]byte(in), &doc); err != nil {
		panic(err)
	}
	fmt.Println(doc.Title.In("es"), doc.Title.In("en"), doc.Title.Len())
	fmt.Println(doc.Summary.In("es"), doc.Summary.IsPlain())

	// Each keeps its form, and the object is in language-tag order.
	b, _ := json.Marshal(doc)
	fmt.Println(string(b))

	// A language tag that appears twice is an error.
	var t bilateral.Text
	err := json.Unmarshal([]byte(`{"en": "Trade", "en": "Commerce"}`), &t)
	fmt.Println(errors.Is(err, bilateral.ErrSyntax))
	// Output:
	// Comercio Trade 2
	// Plain text true
	// {"title":{"en":"Trade","es":"Comercio"},"summary":"Plain text"}
	// true
}

func ExampleText_In() {
	t := bilateral.Translated(map[string]string{
		"en":    "Border management",
		"es-MX": "Gestión fronteriza",
		"fr":    "Gestion des frontières",
	})
	fmt.Println(t.In("es-MX")) // exactly
	fmt.Println(t.In("es"))    // the same primary language
	fmt.Println(t.In("fr-CA")) // likewise
	fmt.Println(t.In("de"))    // English
	fmt.Println(bilateral.PlainText("Water").In("es"))

	_, ok := t.Lookup("es")
	fmt.Println(ok)
	// Output:
	// Gestión fronteriza
	// Gestión fronteriza
	// Gestion des frontières
	// Border management
	// Water
	// false
}

func ExampleText_All() {
	t := bilateral.Translated(map[string]string{"es": "Energía", "en": "Energy"})
	for lang, text := range t.All() {
		fmt.Println(lang, text)
	}
	// Output:
	// en Energy
	// es Energía
}

func ExampleProblems() {
	validate := func() error {
		var ps bilateral.Problems
		ps = append(ps,
			bilateral.Problem{
				Path:    bilateral.Pointer("milestones", "10", "quarter"),
				Code:    "quarter.outside-term",
				Message: "2026-Q1 is after the end of the term, 2025-Q4",
			},
			bilateral.Problem{
				Path:    bilateral.Pointer("milestones", "2", "area"),
				Code:    "area.undeclared",
				Message: `area "water" is not among the focus areas; declare it or use one of them`,
			},
			bilateral.Problem{
				Path:    "",
				Code:    "agreement.parties",
				Message: "an agreement has exactly two parties, not 3",
			},
		)
		return ps.Err() // sorted, and nil when there are none
	}

	err := fmt.Errorf("check agreement: %w", validate())
	var ps bilateral.Problems
	if errors.As(err, &ps) {
		for _, p := range ps {
			fmt.Printf("%q %s\n", p.Path, p.Code)
		}
	}
	fmt.Println(ps.HasCode("area.undeclared"), ps.HasPath("/milestones/2"))

	var none bilateral.Problems
	fmt.Println(none.Err() == nil)
	// Output:
	// "" agreement.parties
	// "/milestones/2/area" area.undeclared
	// "/milestones/10/quarter" quarter.outside-term
	// true false
	// true
}

func ExampleProblems_Under() {
	area := bilateral.Problems{{Path: "/title", Code: "text.empty", Message: "the title is empty"}}
	all := bilateral.Join(area.Under("/focusAreas/3"), bilateral.Problems{{Path: "/id", Code: "id.syntax", Message: "m"}})
	for _, p := range all {
		fmt.Println(p)
	}
	// Output:
	// /focusAreas/3/title: the title is empty (text.empty)
	// /id: m (id.syntax)
}

func ExamplePointer() {
	fmt.Println(bilateral.Pointer("milestones", "2", "quarter"))
	fmt.Println(bilateral.Pointer("a/b~c"))
	fmt.Printf("%q\n", bilateral.Pointer())

	ptrs := []string{"/milestones/10", "/milestones/2/quarter", "", "/milestones/2"}
	slices.SortFunc(ptrs, bilateral.ComparePointers)
	fmt.Printf("%q\n", ptrs)

	os.Stdout.Write(bilateral.AppendPointerIndex([]byte("/actions"), 7))
	fmt.Println()
	// Output:
	// /milestones/2/quarter
	// /a~1b~0c
	// ""
	// ["" "/milestones/2" "/milestones/2/quarter" "/milestones/10"]
	// /actions/7
}
