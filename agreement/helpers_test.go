package agreement

import (
	"errors"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// validAgreement returns a fresh, small but complete agreement that breaks no
// rule: two parties (US and MX), a term from 2025-Q1 to 2026-Q4, three focus
// areas (two from the vocabulary, one of the document's own, with a title),
// a commitment with a recurring implementation, three milestones in a chain
// of dependencies (tariff-review <- customs-pilot <- joint-gauging), two
// engagements and a history of three steps.
//
// Every call builds new slices and pointers, so that a test may change the
// result freely.
func validAgreement() *Agreement {
	return &Agreement{
		ID:      "us-mexico-water-and-trade",
		Kind:    ActionPlan,
		Title:   txt("U.S.-Mexico Water and Trade Action Plan"),
		Summary: txt("The parties plan to lower trade barriers and to share river basin data."),
		Status:  Signed,
		History: []Step{
			{Status: Negotiating, Date: mustDate("2024-06-14"), Note: txt("The Washington dialogue.")},
			{Status: Concluded, Date: mustDate("2024-10-01")},
			{Status: Signed, Date: mustDate("2024-12-02")},
		},
		Parties: []Party{
			{
				Code:           "US",
				Name:           txt("United States"),
				Kind:           State,
				FiscalCalendar: bilateral.USFederal,
				Representatives: []Representative{
					{Name: "Jane Roe", Role: txt("Trade Representative")},
				},
			},
			{Code: "MX", Name: txt("Mexico"), Kind: State},
		},
		Term: Term{Start: mustQuarter("2025-Q1"), End: mustQuarter("2026-Q4")},
		FocusAreas: []focusarea.Area{
			{
				Key:     focusarea.Trade,
				Actions: []bilateral.Text{txt("Review of tariffs"), txt("Modern customs operations")},
				Benefits: []focusarea.Benefit{{
					Description: txt("Projected 15% increase in bilateral trade volume"),
					Indicator: &focusarea.Indicator{
						Metric:    txt("Bilateral trade volume"),
						Direction: focusarea.Increase,
						Value:     15,
						Unit:      focusarea.Percent,
						By:        mustQuarter("2026-Q4"),
					},
				}},
				Priorities: []focusarea.Priority{
					{Party: "US", Statements: []bilateral.Text{txt("Lower tariffs")}},
					{Party: "MX", Statements: []bilateral.Text{txt("Faster customs")}},
				},
			},
			{
				Key:     focusarea.Water,
				Actions: []bilateral.Text{txt("Joint gauging of the Rio Grande")},
			},
			{
				Key:   "river-basin-data",
				Title: txt("River basin data"),
			},
		},
		Commitments: []Commitment{{
			ID:      "trade-barriers",
			Area:    focusarea.Trade,
			Summary: txt("Reduction of trade barriers"),
			Implementation: Implementation{
				Mechanism:   ReviewSession,
				Description: txt("Quarterly review sessions"),
				Cadence:     Quarterly,
				Start:       mustQuarter("2025-Q1"),
				End:         mustQuarter("2026-Q2"),
				Venue:       Alternating,
				Leads:       []bilateral.PartyCode{"US", "MX"},
			},
		}},
		Milestones: []milestone.Milestone{
			{
				ID:              "tariff-review",
				Quarter:         mustQuarter("2025-Q2"),
				Area:            focusarea.Trade,
				Title:           txt("Tariff review"),
				ExpectedResults: []bilateral.Text{txt("A list of tariffs to lower")},
				Commitment:      "trade-barriers",
				Status:          milestone.Met,
				MetIn:           mustQuarter("2025-Q2"),
			},
			{
				ID:              "customs-pilot",
				Quarter:         mustQuarter("2025-Q4"),
				OriginalQuarter: mustQuarter("2025-Q3"),
				Area:            focusarea.Trade,
				Title:           txt("Customs pilot"),
				Status:          milestone.InProgress,
				DependsOn:       []bilateral.ID{"tariff-review"},
			},
			{
				ID:        "joint-gauging",
				Quarter:   mustQuarter("2026-Q1"),
				Area:      focusarea.Water,
				Title:     txt("Joint gauging stations"),
				DependsOn: []bilateral.ID{"customs-pilot"},
			},
		},
		Engagements: []Engagement{
			{
				ID:     "washington-meeting",
				Kind:   Meeting,
				Host:   "US",
				Place:  txt("Washington, D.C."),
				Status: EngagementHeld,
				Date:   mustDate("2024-06-14"),
			},
			{
				ID:     "visit-to-mexico-city",
				Kind:   Visit,
				Host:   "MX",
				Place:  txt("Mexico City"),
				Status: EngagementInvited,
			},
		},
	}
}

func txt(s string) bilateral.Text { return bilateral.PlainText(s) }

func mustQuarter(s string) bilateral.Quarter { return bilateral.MustParseQuarter(s) }

func mustDate(s string) bilateral.Date { return bilateral.MustParseDate(s) }

// translations returns s in English and Spanish.
func translations(s string) bilateral.Text {
	return bilateral.Translated(map[string]string{"en": s, "es": s + " (es)"})
}

var helperTextType = reflect.TypeFor[bilateral.Text]()

// translateTexts replaces every plain text of a by the result of tr, so that
// an agreement can be made bilingual.
func translateTexts(a *Agreement, tr func(string) bilateral.Text) {
	translateValue(reflect.ValueOf(a).Elem(), tr)
}

func translateValue(v reflect.Value, tr func(string) bilateral.Text) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			translateValue(v.Elem(), tr)
		}
	case reflect.Slice:
		for i := range v.Len() {
			translateValue(v.Index(i), tr)
		}
	case reflect.Struct:
		if v.Type() == helperTextType {
			if t := v.Interface().(bilateral.Text); t.IsPlain() && !t.IsZero() {
				v.Set(reflect.ValueOf(tr(t.String())))
			}
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				translateValue(v.Field(i), tr)
			}
		}
	}
}

// bilingualAgreement returns validAgreement in English and Spanish: both
// languages declared, and every text an object with both.
func bilingualAgreement() *Agreement {
	a := validAgreement()
	a.Languages = []bilateral.LanguageTag{"en", "es"}
	translateTexts(a, translations)
	return a
}

// A pathCode is the part of a problem that tests compare: where and which
// rule, never the prose of the message.
type pathCode struct {
	Path, Code string
}

func (pc pathCode) String() string { return pc.Path + " " + pc.Code }

// problemsOf returns the problems that err holds, or nil for a nil error. It
// fails the test when err is not nil and holds no bilateral.Problems.
func problemsOf(t testing.TB, err error) bilateral.Problems {
	t.Helper()
	if err == nil {
		return nil
	}
	var ps bilateral.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("the error %T %q is not a bilateral.Problems", err, err)
	}
	return ps
}

// pathCodesOf returns the (path, code) pairs of ps, sorted.
func pathCodesOf(ps bilateral.Problems) []pathCode {
	var out []pathCode
	for _, p := range ps {
		out = append(out, pathCode{p.Path, p.Code})
	}
	sortPathCodes(out)
	return out
}

func sortPathCodes(pcs []pathCode) {
	slices.SortFunc(pcs, func(a, b pathCode) int {
		if c := bilateral.ComparePointers(a.Path, b.Path); c != 0 {
			return c
		}
		return strings.Compare(a.Code, b.Code)
	})
}

// sortedPathCodes returns a sorted copy of pcs, nil when it is empty.
func sortedPathCodes(pcs []pathCode) []pathCode {
	if len(pcs) == 0 {
		return nil
	}
	out := slices.Clone(pcs)
	sortPathCodes(out)
	return out
}

// pc is short for a pathCode in the tables.
func pc(path, code string) pathCode { return pathCode{path, code} }

func mustReadFile(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// runCases runs each case as a parallel subtest named by name, and fails
// when two cases have the same name, which would hide one of them.
func runCases[C any](t *testing.T, cases []C, name func(C) string, run func(*testing.T, C)) {
	t.Helper()
	names := map[string]bool{}
	for _, tc := range cases {
		n := name(tc)
		if names[n] {
			t.Fatalf("two cases are named %q", n)
		}
		names[n] = true
		t.Run(n, func(t *testing.T) {
			t.Parallel()
			run(t, tc)
		})
	}
}
