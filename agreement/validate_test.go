package agreement

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// A validateCase changes a valid agreement in one way and lists every
// problem that Validate must then report, as (path, code) pairs.
type validateCase struct {
	name   string
	mutate func(a *Agreement)
	// bilingual starts from bilingualAgreement instead of validAgreement.
	bilingual bool
	want      []pathCode
}

func (tc validateCase) agreement() *Agreement {
	var a *Agreement
	if tc.bilingual {
		a = bilingualAgreement()
	} else {
		a = validAgreement()
	}
	tc.mutate(a)
	return a
}

// validateProblems runs Validate on the case's agreement and returns what it
// reported.
func (tc validateCase) validateProblems(t testing.TB) []pathCode {
	t.Helper()
	return pathCodesOf(problemsOf(t, tc.agreement().Validate()))
}

func runValidateCases(t *testing.T, cases []validateCase) {
	t.Helper()
	runCases(t, cases, func(tc validateCase) string { return tc.name }, func(t *testing.T, tc validateCase) {
		a := tc.agreement()
		err := a.Validate()
		got := pathCodesOf(problemsOf(t, err))
		want := sortedPathCodes(tc.want)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Validate problems (path, code) mismatch (-want +got):\n%s\nerror: %v", diff, err)
		}
		if len(want) == 0 && err != nil {
			t.Errorf("Validate() = %#v, want nil", err)
		}
		if ps := problemsOf(t, err); !slices.IsSortedFunc(ps, func(a, b bilateral.Problem) int {
			return bilateral.ComparePointers(a.Path, b.Path)
		}) {
			t.Errorf("the problems are not sorted by path:\n%v", ps)
		}
		if diff := cmp.Diff(tc.agreement(), a, cmpopts.EquateNaNs()); diff != "" {
			t.Errorf("Validate changed the agreement (-before +after):\n%s", diff)
		}
	})
}

// allValidateCases returns every case of every table, for the catalogue
// test that every code is triggered.
func allValidateCases() []validateCase {
	return slices.Concat(structureCases(), referenceCases(), uniquenessCases(), timeCases(),
		lifecycleCases(), languageCases(), numberCases(), levelCases())
}

func TestValidateValid(t *testing.T) {
	for name, a := range map[string]*Agreement{
		"validAgreement":     validAgreement(),
		"bilingualAgreement": bilingualAgreement(),
	} {
		err := a.Validate()
		if err != nil {
			t.Errorf("%s: Validate() = %v, want nil", name, err)
		}
		// Exactly a nil interface, not a typed nil.
		if err != error(nil) {
			t.Errorf("%s: Validate() returned a non-nil error interface %#v", name, err)
		}
	}
}

func TestValidateSeed(t *testing.T) {
	a, err := Parse(mustReadFile(t, "testdata/valid/usmexico.json"))
	if err != nil {
		t.Fatalf("Parse(seed): %v", err)
	}
	if err := a.Validate(); err != nil {
		t.Errorf("Validate(seed) = %v, want nil", err)
	}
}

func TestValidateNil(t *testing.T) {
	var a *Agreement
	var err error
	func() {
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("Validate on a nil *Agreement panicked: %v", r)
			}
		}()
		err = a.Validate()
	}()
	if err == nil {
		t.Fatal("Validate on a nil *Agreement returned nil")
	}
	var ps bilateral.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("Validate on a nil *Agreement returned %T, want bilateral.Problems", err)
	}
	if len(ps) == 0 {
		t.Fatal("Validate on a nil *Agreement returned no problems")
	}
	for _, p := range ps {
		if p.Code == "" || p.Message == "" {
			t.Errorf("problem %+v has no code or no message", p)
		}
	}
}

func TestValidateNoHistoryAnyStatus(t *testing.T) {
	for _, d := range Statuses() {
		a := validAgreement()
		a.History = nil
		a.Status = d.Value
		if err := a.Validate(); err != nil {
			t.Errorf("status %s with no history: Validate() = %v, want nil", d.Value, err)
		}
	}
}

// TestValidateManyProblems checks that Validate reports every problem of a
// document, not only the first.
func TestValidateManyProblems(t *testing.T) {
	a := validAgreement()
	a.Kind = "pact"
	a.Parties[1].Code = "mx"
	a.FocusAreas[0].Benefits[0].Indicator.Value = -3
	a.Commitments[0].Implementation.Start = mustQuarter("2024-Q1")
	a.Milestones[2].Title = bilateral.Text{}
	a.Engagements[0].Date = bilateral.Date{}
	a.History[2].Date = mustDate("2024-01-01")
	a.Languages = []bilateral.LanguageTag{"en", "es", "en"}
	want := []pathCode{
		pc("/kind", CodeEnumUnknown),
		pc("/parties/1/code", CodePartyCodeSyntax),
		pc("/focusAreas/0/benefits/0/indicator/value", CodeNumberNegative),
		pc("/commitments/0/implementation/start", CodeQuarterOutsideTerm),
		pc("/milestones/2", CodeRequired),
		pc("/engagements/0", CodeEngagementDateMissing),
		pc("/history/2/date", CodeHistoryOrder),
		pc("/languages/2", CodeLanguageDuplicate),
	}
	// Two declared languages make every plain text a problem: a plain
	// string where an object with both belongs.
	for _, p := range allTextPaths(a) {
		want = append(want, pc(p, CodeTextLanguageMissing))
	}
	got := pathCodesOf(problemsOf(t, a.Validate()))
	if diff := cmp.Diff(sortedPathCodes(want), got); diff != "" {
		t.Errorf("Validate problems mismatch (-want +got):\n%s", diff)
	}
}

// allTextPaths lists the JSON Pointers of the texts of a, which is
// validAgreement with perhaps the title of milestones/2 taken away.
func allTextPaths(a *Agreement) []string {
	paths := []string{
		"/title", "/summary", "/history/0/note",
		"/parties/0/name", "/parties/0/representatives/0/role", "/parties/1/name",
		"/focusAreas/0/actions/0", "/focusAreas/0/actions/1",
		"/focusAreas/0/benefits/0/description", "/focusAreas/0/benefits/0/indicator/metric",
		"/focusAreas/0/priorities/0/statements/0", "/focusAreas/0/priorities/1/statements/0",
		"/focusAreas/1/actions/0", "/focusAreas/2/title",
		"/commitments/0/summary", "/commitments/0/implementation/description",
		"/milestones/0/title", "/milestones/0/expectedResults/0", "/milestones/1/title",
		"/engagements/0/place", "/engagements/1/place",
	}
	if !a.Milestones[2].Title.IsZero() {
		paths = append(paths, "/milestones/2/title")
	}
	return paths
}

// TestValidateSorted checks that problems come back sorted by path, array
// indexes in numeric order, with more than ten items in a list.
func TestValidateSorted(t *testing.T) {
	a := validAgreement()
	for i := range 12 {
		a.Milestones = append(a.Milestones, milestone.Milestone{
			ID:      bilateral.ID(fmt.Sprintf("extra-%d", i)),
			Quarter: mustQuarter("2030-Q1"),
			Area:    "energy",
			Title:   txt("Extra"),
		})
	}
	a.ID = "Bad"
	a.Engagements[1].Host = "CA"
	ps := problemsOf(t, a.Validate())
	if len(ps) < 26 {
		t.Fatalf("got %d problems, want at least 26:\n%v", len(ps), ps)
	}
	if !slices.IsSortedFunc(ps, func(a, b bilateral.Problem) int { return bilateral.ComparePointers(a.Path, b.Path) }) {
		var paths []string
		for _, p := range ps {
			paths = append(paths, p.Path)
		}
		t.Errorf("problems not sorted by path:\n%s", strings.Join(paths, "\n"))
	}
	// Numeric order of indexes: /milestones/9 before /milestones/10.
	i9 := slices.IndexFunc(ps, func(p bilateral.Problem) bool { return p.Path == "/milestones/9/area" })
	i10 := slices.IndexFunc(ps, func(p bilateral.Problem) bool { return p.Path == "/milestones/10/area" })
	if i9 < 0 || i10 < 0 || i9 > i10 {
		t.Errorf("/milestones/9/area at %d, /milestones/10/area at %d: want both, in numeric order", i9, i10)
	}
}

// TestValidateConcurrent validates one agreement from several goroutines,
// for the race detector.
func TestValidateConcurrent(t *testing.T) {
	a := validAgreement()
	a.Milestones[0].DependsOn = []bilateral.ID{"joint-gauging"}
	want := pathCodesOf(problemsOf(t, a.Validate()))
	done := make(chan []pathCode)
	for range 8 {
		go func() {
			var ps bilateral.Problems
			_ = errors.As(a.Validate(), &ps)
			done <- pathCodesOf(ps)
		}()
	}
	for range 8 {
		if diff := cmp.Diff(want, <-done); diff != "" {
			t.Errorf("concurrent Validate differs (-want +got):\n%s", diff)
		}
	}
}

func TestValidateStructure(t *testing.T)  { runValidateCases(t, structureCases()) }
func TestValidateReferences(t *testing.T) { runValidateCases(t, referenceCases()) }
func TestValidateUniqueness(t *testing.T) { runValidateCases(t, uniquenessCases()) }
func TestValidateTime(t *testing.T)       { runValidateCases(t, timeCases()) }
func TestValidateLifecycle(t *testing.T)  { runValidateCases(t, lifecycleCases()) }
func TestValidateLanguage(t *testing.T)   { runValidateCases(t, languageCases()) }
func TestValidateNumbers(t *testing.T)    { runValidateCases(t, numberCases()) }

func with(pcs []pathCode, more ...pathCode) []pathCode { return slices.Concat(pcs, more) }

func structureCases() []validateCase {
	return []validateCase{
		// Required members, each reported at the object that lacks it.
		{name: "required/id", mutate: func(a *Agreement) { a.ID = "" }, want: []pathCode{pc("", CodeRequired)}},
		{name: "required/kind", mutate: func(a *Agreement) { a.Kind = "" }, want: []pathCode{pc("", CodeRequired)}},
		{name: "required/title", mutate: func(a *Agreement) { a.Title = bilateral.Text{} }, want: []pathCode{pc("", CodeRequired)}},
		{name: "required/title plain empty", mutate: func(a *Agreement) { a.Title = txt("") }, want: []pathCode{pc("", CodeRequired)}},
		{name: "required/status", mutate: func(a *Agreement) { a.Status = "" }, want: []pathCode{pc("", CodeRequired)}},
		{
			name:   "required/parties",
			mutate: func(a *Agreement) { a.Parties = nil },
			// With no parties, references to parties are not checked.
			want: []pathCode{pc("", CodeRequired)},
		},
		{name: "required/term", mutate: func(a *Agreement) { a.Term = Term{} }, want: []pathCode{pc("", CodeRequired)}},
		{name: "required/term start", mutate: func(a *Agreement) { a.Term.Start = bilateral.Quarter{} }, want: []pathCode{pc("/term", CodeRequired)}},
		{name: "required/term end", mutate: func(a *Agreement) { a.Term.End = bilateral.Quarter{} }, want: []pathCode{pc("/term", CodeRequired)}},
		{
			name:   "required/focusAreas",
			mutate: func(a *Agreement) { a.FocusAreas = nil },
			// With no focus areas, references to areas are not checked.
			want: []pathCode{pc("", CodeRequired)},
		},
		{name: "required/party code", mutate: func(a *Agreement) { a.Parties[0].Code = "" }, want: []pathCode{pc("/parties/0", CodeRequired)}},
		{name: "required/party name", mutate: func(a *Agreement) { a.Parties[1].Name = bilateral.Text{} }, want: []pathCode{pc("/parties/1", CodeRequired)}},
		{name: "required/party kind", mutate: func(a *Agreement) { a.Parties[1].Kind = "" }, want: []pathCode{pc("/parties/1", CodeRequired)}},
		{
			name:   "required/representative name",
			mutate: func(a *Agreement) { a.Parties[0].Representatives[0].Name = "" },
			want:   []pathCode{pc("/parties/0/representatives/0", CodeRequired)},
		},
		{
			name:   "required/history status",
			mutate: func(a *Agreement) { a.History[1].Status = "" },
			want:   []pathCode{pc("/history/1", CodeRequired)},
		},
		{
			name:   "required/history date",
			mutate: func(a *Agreement) { a.History[1].Date = bilateral.Date{} },
			want:   []pathCode{pc("/history/1", CodeRequired)},
		},
		{
			name:   "required/focus area key",
			mutate: func(a *Agreement) { a.FocusAreas[0].Key = "" },
			// The references to trade may name the area without a key.
			want: []pathCode{pc("/focusAreas/0", CodeRequired)},
		},
		{
			name:   "required/benefit description",
			mutate: func(a *Agreement) { a.FocusAreas[0].Benefits[0].Description = bilateral.Text{} },
			want:   []pathCode{pc("/focusAreas/0/benefits/0", CodeRequired)},
		},
		{
			name:   "required/indicator metric",
			mutate: func(a *Agreement) { a.FocusAreas[0].Benefits[0].Indicator.Metric = bilateral.Text{} },
			want:   []pathCode{pc("/focusAreas/0/benefits/0/indicator", CodeRequired)},
		},
		{
			name:   "required/indicator direction",
			mutate: func(a *Agreement) { a.FocusAreas[0].Benefits[0].Indicator.Direction = "" },
			want:   []pathCode{pc("/focusAreas/0/benefits/0/indicator", CodeRequired)},
		},
		{
			name:   "required/priority party",
			mutate: func(a *Agreement) { a.FocusAreas[0].Priorities[1].Party = "" },
			want:   []pathCode{pc("/focusAreas/0/priorities/1", CodeRequired)},
		},
		{
			name:   "required/priority statements",
			mutate: func(a *Agreement) { a.FocusAreas[0].Priorities[1].Statements = nil },
			want:   []pathCode{pc("/focusAreas/0/priorities/1", CodeRequired)},
		},
		{
			name:   "required/commitment id",
			mutate: func(a *Agreement) { a.Commitments[0].ID = "" },
			// milestones/0/commitment may name the commitment without an id.
			want: []pathCode{pc("/commitments/0", CodeRequired)},
		},
		{name: "required/commitment area", mutate: func(a *Agreement) { a.Commitments[0].Area = "" }, want: []pathCode{pc("/commitments/0", CodeRequired)}},
		{
			name:   "required/commitment summary",
			mutate: func(a *Agreement) { a.Commitments[0].Summary = bilateral.Text{} },
			want:   []pathCode{pc("/commitments/0", CodeRequired)},
		},
		{
			name:   "required/implementation",
			mutate: func(a *Agreement) { a.Commitments[0].Implementation = Implementation{} },
			want:   []pathCode{pc("/commitments/0", CodeRequired)},
		},
		{
			name:   "required/implementation mechanism",
			mutate: func(a *Agreement) { a.Commitments[0].Implementation.Mechanism = "" },
			want:   []pathCode{pc("/commitments/0/implementation", CodeRequired)},
		},
		{
			name:   "required/implementation description",
			mutate: func(a *Agreement) { a.Commitments[0].Implementation.Description = bilateral.Text{} },
			want:   []pathCode{pc("/commitments/0/implementation", CodeRequired)},
		},
		{
			name:   "required/implementation cadence",
			mutate: func(a *Agreement) { a.Commitments[0].Implementation.Cadence = "" },
			want:   []pathCode{pc("/commitments/0/implementation", CodeRequired)},
		},
		{
			name:   "required/implementation start",
			mutate: func(a *Agreement) { a.Commitments[0].Implementation.Start = bilateral.Quarter{} },
			want:   []pathCode{pc("/commitments/0/implementation", CodeRequired)},
		},
		{
			name:   "required/milestone id",
			mutate: func(a *Agreement) { a.Milestones[0].ID = "" },
			// milestones/1/dependsOn/0 may name the milestone without an id.
			want: []pathCode{pc("/milestones/0", CodeRequired)},
		},
		{
			name:   "required/milestone quarter",
			mutate: func(a *Agreement) { a.Milestones[1].Quarter = bilateral.Quarter{} },
			want:   []pathCode{pc("/milestones/1", CodeRequired)},
		},
		{name: "required/milestone area", mutate: func(a *Agreement) { a.Milestones[1].Area = "" }, want: []pathCode{pc("/milestones/1", CodeRequired)}},
		{
			name:   "required/milestone title",
			mutate: func(a *Agreement) { a.Milestones[1].Title = bilateral.Text{} },
			want:   []pathCode{pc("/milestones/1", CodeRequired)},
		},
		{name: "required/engagement id", mutate: func(a *Agreement) { a.Engagements[1].ID = "" }, want: []pathCode{pc("/engagements/1", CodeRequired)}},
		{name: "required/engagement kind", mutate: func(a *Agreement) { a.Engagements[1].Kind = "" }, want: []pathCode{pc("/engagements/1", CodeRequired)}},
		{name: "required/engagement host", mutate: func(a *Agreement) { a.Engagements[1].Host = "" }, want: []pathCode{pc("/engagements/1", CodeRequired)}},
		{
			name:   "required/engagement status",
			mutate: func(a *Agreement) { a.Engagements[0].Status = "" },
			want:   []pathCode{pc("/engagements/0", CodeRequired)},
		},

		// Optional members may be left out.
		{
			name: "optional members left out",
			mutate: func(a *Agreement) {
				a.Summary = bilateral.Text{}
				a.History = nil
				a.Languages = nil
				a.Parties[0].Representatives = nil
				a.Parties[0].FiscalCalendar = bilateral.CalendarYear
				a.FocusAreas[0] = focusarea.Area{Key: focusarea.Trade}
				a.Commitments[0].Implementation.End = bilateral.Quarter{}
				a.Commitments[0].Implementation.Venue = ""
				a.Commitments[0].Implementation.Leads = nil
				a.Milestones[0].ExpectedResults = nil
				a.Milestones[0].Commitment = ""
				a.Milestones[1].OriginalQuarter = bilateral.Quarter{}
				a.Milestones[1].DependsOn = nil
				a.Engagements[0].Place = bilateral.Text{}
			},
		},
		{
			name: "optional lists left out",
			mutate: func(a *Agreement) {
				a.Commitments, a.Milestones, a.Engagements = nil, nil, nil
			},
		},

		// Arrays with too few items.
		{
			name:   "items.too-few/focusAreas",
			mutate: func(a *Agreement) { a.FocusAreas = []focusarea.Area{} },
			want:   []pathCode{pc("/focusAreas", CodeTooFewItems)},
		},
		{
			name:   "items.too-few/statements",
			mutate: func(a *Agreement) { a.FocusAreas[0].Priorities[0].Statements = []bilateral.Text{} },
			want:   []pathCode{pc("/focusAreas/0/priorities/0/statements", CodeTooFewItems)},
		},

		// Ids.
		{name: "id.syntax/upper case", mutate: func(a *Agreement) { a.ID = "US-Mexico" }, want: []pathCode{pc("/id", CodeIDSyntax)}},
		{name: "id.syntax/double hyphen", mutate: func(a *Agreement) { a.ID = "us--mexico" }, want: []pathCode{pc("/id", CodeIDSyntax)}},
		{name: "id.syntax/trailing hyphen", mutate: func(a *Agreement) { a.ID = "us-mexico-" }, want: []pathCode{pc("/id", CodeIDSyntax)}},
		{name: "id.syntax/space", mutate: func(a *Agreement) { a.ID = "us mexico" }, want: []pathCode{pc("/id", CodeIDSyntax)}},
		{name: "id.syntax/65 characters", mutate: func(a *Agreement) { a.ID = bilateral.ID(strings.Repeat("a", 65)) }, want: []pathCode{pc("/id", CodeIDSyntax)}},
		{
			name:   "id.syntax/65 characters in words",
			mutate: func(a *Agreement) { a.ID = bilateral.ID(strings.Repeat("abcd-", 13)[:64] + "x") },
			want:   []pathCode{pc("/id", CodeIDSyntax)},
		},
		{name: "id/64 characters is fine", mutate: func(a *Agreement) { a.ID = bilateral.ID(strings.Repeat("a", 64)) }},
		{name: "id/one character is fine", mutate: func(a *Agreement) { a.ID = "a" }},
		{
			name:   "id.syntax/commitment",
			mutate: func(a *Agreement) { a.Commitments[0].ID = "Trade_Barriers" },
			// milestones/0/commitment may name it: not reported as unknown.
			want: []pathCode{pc("/commitments/0/id", CodeIDSyntax)},
		},
		{
			name:   "id.syntax/milestone",
			mutate: func(a *Agreement) { a.Milestones[0].ID = "Tariff Review" },
			// milestones/1/dependsOn/0 may name it: not reported as unknown.
			want: []pathCode{pc("/milestones/0/id", CodeIDSyntax)},
		},
		{
			name:   "id.syntax/engagement",
			mutate: func(a *Agreement) { a.Engagements[1].ID = "visit.mexico" },
			want:   []pathCode{pc("/engagements/1/id", CodeIDSyntax)},
		},
		{
			name:   "id.syntax/milestone commitment",
			mutate: func(a *Agreement) { a.Milestones[0].Commitment = "Trade-Barriers" },
			want:   []pathCode{pc("/milestones/0/commitment", CodeIDSyntax)},
		},
		{
			name:   "id.syntax/dependsOn",
			mutate: func(a *Agreement) { a.Milestones[2].DependsOn = []bilateral.ID{"customs-pilot", "-pilot"} },
			want:   []pathCode{pc("/milestones/2/dependsOn/1", CodeIDSyntax)},
		},

		// Focus-area keys.
		{
			name:   "key.syntax/focus area",
			mutate: func(a *Agreement) { a.FocusAreas[0].Key = "Trade" },
			// The references to trade may name this area: not undeclared.
			want: []pathCode{pc("/focusAreas/0/key", CodeKeySyntax)},
		},
		{
			name:   "key.syntax/focus area too long",
			mutate: func(a *Agreement) { a.FocusAreas[2].Key = focusarea.Key(strings.Repeat("k", 65)) },
			want:   []pathCode{pc("/focusAreas/2/key", CodeKeySyntax)},
		},
		{
			name:   "key.syntax/commitment area",
			mutate: func(a *Agreement) { a.Commitments[0].Area = "trade_policy" },
			want:   []pathCode{pc("/commitments/0/area", CodeKeySyntax)},
		},
		{
			name:   "key.syntax/milestone area",
			mutate: func(a *Agreement) { a.Milestones[2].Area = "Water" },
			want:   []pathCode{pc("/milestones/2/area", CodeKeySyntax)},
		},

		// Party codes.
		{
			name:   "party-code.syntax/party lower case",
			mutate: func(a *Agreement) { a.Parties[0].Code = "us" },
			// The references to US may name this party: not unknown.
			want: []pathCode{pc("/parties/0/code", CodePartyCodeSyntax)},
		},
		{
			name:   "party-code.syntax/party three letters",
			mutate: func(a *Agreement) { a.Parties[1].Code = "MEX" },
			want:   []pathCode{pc("/parties/1/code", CodePartyCodeSyntax)},
		},
		{
			name:   "party-code.syntax/subdivision too long",
			mutate: func(a *Agreement) { a.Parties[1].Code = "MX-CMXX" },
			want:   []pathCode{pc("/parties/1/code", CodePartyCodeSyntax)},
		},
		{
			name: "party code/subdivision is fine",
			mutate: func(a *Agreement) {
				a.Parties[1].Code = "MX-CMX"
				a.FocusAreas[0].Priorities[1].Party = "MX-CMX"
				a.Commitments[0].Implementation.Leads[1] = "MX-CMX"
				a.Commitments[0].Implementation.Venue = "MX-CMX"
				a.Engagements[1].Host = "MX-CMX"
			},
		},
		{
			name:   "party-code.syntax/priority party",
			mutate: func(a *Agreement) { a.FocusAreas[0].Priorities[0].Party = "usa" },
			want:   []pathCode{pc("/focusAreas/0/priorities/0/party", CodePartyCodeSyntax)},
		},
		{
			name:   "party-code.syntax/lead",
			mutate: func(a *Agreement) { a.Commitments[0].Implementation.Leads[1] = "mx" },
			want:   []pathCode{pc("/commitments/0/implementation/leads/1", CodePartyCodeSyntax)},
		},
		{
			name:   "party-code.syntax/venue neither alternating nor a code",
			mutate: func(a *Agreement) { a.Commitments[0].Implementation.Venue = "Mexico City" },
			want:   []pathCode{pc("/commitments/0/implementation/venue", CodePartyCodeSyntax)},
		},
		{
			name:   "party-code.syntax/venue Alternating",
			mutate: func(a *Agreement) { a.Commitments[0].Implementation.Venue = "Alternating" },
			want:   []pathCode{pc("/commitments/0/implementation/venue", CodePartyCodeSyntax)},
		},
		{name: "venue/party code is fine", mutate: func(a *Agreement) { a.Commitments[0].Implementation.Venue = "MX" }},
		{
			name:   "party-code.syntax/engagement host",
			mutate: func(a *Agreement) { a.Engagements[0].Host = "U.S." },
			want:   []pathCode{pc("/engagements/0/host", CodePartyCodeSyntax)},
		},

		// Language tags.
		{
			name:   "language.syntax/languages",
			mutate: func(a *Agreement) { a.Languages = []bilateral.LanguageTag{"EN"} },
			want:   []pathCode{pc("/languages/0", CodeLanguageSyntax)},
		},
		{name: "languages/one language is fine", mutate: func(a *Agreement) { a.Languages = []bilateral.LanguageTag{"es-MX"} }},
		{
			name:   "language.syntax/text object key",
			mutate: func(a *Agreement) { a.Title = bilateral.Translated(map[string]string{"EN": "Plan"}) },
			want:   []pathCode{pc("/title", CodeLanguageSyntax)},
		},
		{
			name: "language.syntax/text object key in a list",
			mutate: func(a *Agreement) {
				a.Milestones[0].ExpectedResults[0] = bilateral.Translated(map[string]string{"en": "List", "e_s": "Lista"})
			},
			want: []pathCode{pc("/milestones/0/expectedResults/0", CodeLanguageSyntax)},
		},
		{
			name:   "text/object in another language is fine",
			mutate: func(a *Agreement) { a.Title = bilateral.Translated(map[string]string{"fr": "Plan"}) },
		},

		// Enums, each field.
		{name: "enum.unknown/kind", mutate: func(a *Agreement) { a.Kind = "pact" }, want: []pathCode{pc("/kind", CodeEnumUnknown)}},
		{
			name:   "enum.unknown/status",
			mutate: func(a *Agreement) { a.Status = "ratified" },
			// The status is not compared with the history when it is unknown.
			want: []pathCode{pc("/status", CodeEnumUnknown)},
		},
		{
			name:   "enum.unknown/history status",
			mutate: func(a *Agreement) { a.History[1].Status = "Concluded" },
			// Moves to and from an unknown status are not judged.
			want: []pathCode{pc("/history/1/status", CodeEnumUnknown)},
		},
		{
			name:   "enum.unknown/party kind",
			mutate: func(a *Agreement) { a.Parties[1].Kind = "country" },
			want:   []pathCode{pc("/parties/1/kind", CodeEnumUnknown)},
		},
		{
			name:   "enum.unknown/indicator direction",
			mutate: func(a *Agreement) { a.FocusAreas[0].Benefits[0].Indicator.Direction = "up" },
			want:   []pathCode{pc("/focusAreas/0/benefits/0/indicator/direction", CodeEnumUnknown)},
		},
		{
			name:   "enum.unknown/indicator unit",
			mutate: func(a *Agreement) { a.FocusAreas[0].Benefits[0].Indicator.Unit = "%" },
			want:   []pathCode{pc("/focusAreas/0/benefits/0/indicator/unit", CodeEnumUnknown)},
		},
		{
			name:   "enum.unknown/mechanism",
			mutate: func(a *Agreement) { a.Commitments[0].Implementation.Mechanism = "meeting" },
			want:   []pathCode{pc("/commitments/0/implementation/mechanism", CodeEnumUnknown)},
		},
		{
			name:   "enum.unknown/cadence",
			mutate: func(a *Agreement) { a.Commitments[0].Implementation.Cadence = "monthly" },
			want:   []pathCode{pc("/commitments/0/implementation/cadence", CodeEnumUnknown)},
		},
		{
			name:   "enum.unknown/milestone status",
			mutate: func(a *Agreement) { a.Milestones[0].Status = "done" },
			// metIn is not judged against an unknown status.
			want: []pathCode{pc("/milestones/0/status", CodeEnumUnknown)},
		},
		{
			name:   "enum.unknown/engagement kind",
			mutate: func(a *Agreement) { a.Engagements[0].Kind = "dinner" },
			want:   []pathCode{pc("/engagements/0/kind", CodeEnumUnknown)},
		},
		{
			name:   "enum.unknown/engagement status",
			mutate: func(a *Agreement) { a.Engagements[1].Status = "planned" },
			want:   []pathCode{pc("/engagements/1/status", CodeEnumUnknown)},
		},

		// Parties.
		{
			name:   "parties.count/one",
			mutate: func(a *Agreement) { a.Parties = a.Parties[:1] },
			// Without exactly two parties, references to parties are not
			// checked.
			want: []pathCode{pc("/parties", CodePartiesCount)},
		},
		{
			name: "parties.count/three",
			mutate: func(a *Agreement) {
				a.Parties = append(a.Parties, Party{Code: "CA", Name: txt("Canada"), Kind: State})
			},
			want: []pathCode{pc("/parties", CodePartiesCount)},
		},
		{
			name:   "parties.count/none",
			mutate: func(a *Agreement) { a.Parties = []Party{} },
			want:   []pathCode{pc("/parties", CodePartiesCount)},
		},
		{
			// One mistake, one problem: the references to MX, the code
			// the second party was meant to have, are not unknown.
			name:   "parties.same-code",
			mutate: func(a *Agreement) { a.Parties[1].Code = "US" },
			want:   []pathCode{pc("/parties/1/code", CodePartiesSameCode)},
		},
		{
			name: "parties.same-code/other codes are not checked",
			mutate: func(a *Agreement) {
				a.Parties[1].Code = "US"
				a.Engagements[1].Host = "CA"
			},
			want: []pathCode{pc("/parties/1/code", CodePartiesSameCode)},
		},

		// Titles of focus areas.
		{
			name:   "area.title-missing/unknown key without title",
			mutate: func(a *Agreement) { a.FocusAreas[2].Title = bilateral.Text{} },
			want:   []pathCode{pc("/focusAreas/2", CodeAreaTitleMissing)},
		},
		{name: "area/unknown key with title is fine", mutate: func(a *Agreement) { a.FocusAreas[2].Title = txt("River basin data") }},
		{name: "area/known key without title is fine", mutate: func(a *Agreement) { a.FocusAreas[1].Title = bilateral.Text{} }},
		{name: "area/known key with title is fine", mutate: func(a *Agreement) { a.FocusAreas[1].Title = txt("Water sharing") }},
	}
}

func referenceCases() []validateCase {
	return []validateCase{
		{
			name:   "area.undeclared/commitment",
			mutate: func(a *Agreement) { a.Commitments[0].Area = focusarea.Energy },
			want:   []pathCode{pc("/commitments/0/area", CodeAreaUndeclared)},
		},
		{
			name:   "area.undeclared/milestone",
			mutate: func(a *Agreement) { a.Milestones[2].Area = "river-basins" },
			want:   []pathCode{pc("/milestones/2/area", CodeAreaUndeclared)},
		},
		{
			name:   "area/own key declared is fine",
			mutate: func(a *Agreement) { a.Milestones[2].Area = "river-basin-data" },
		},
		{
			name:   "party.unknown/priority",
			mutate: func(a *Agreement) { a.FocusAreas[0].Priorities[1].Party = "CA" },
			want:   []pathCode{pc("/focusAreas/0/priorities/1/party", CodePartyUnknown)},
		},
		{
			name:   "party.unknown/lead",
			mutate: func(a *Agreement) { a.Commitments[0].Implementation.Leads[0] = "MX-CMX" },
			want:   []pathCode{pc("/commitments/0/implementation/leads/0", CodePartyUnknown)},
		},
		{
			name:   "party.unknown/venue",
			mutate: func(a *Agreement) { a.Commitments[0].Implementation.Venue = "CA" },
			want:   []pathCode{pc("/commitments/0/implementation/venue", CodePartyUnknown)},
		},
		{
			name:   "party.unknown/engagement host",
			mutate: func(a *Agreement) { a.Engagements[1].Host = "GT" },
			want:   []pathCode{pc("/engagements/1/host", CodePartyUnknown)},
		},
		{
			name:   "commitment.unknown",
			mutate: func(a *Agreement) { a.Milestones[2].Commitment = "water-data" },
			want:   []pathCode{pc("/milestones/2/commitment", CodeCommitmentUnknown)},
		},
		{
			name:   "commitment.unknown/no commitments",
			mutate: func(a *Agreement) { a.Commitments = nil },
			want:   []pathCode{pc("/milestones/0/commitment", CodeCommitmentUnknown)},
		},
		{
			name:   "milestone.unknown",
			mutate: func(a *Agreement) { a.Milestones[2].DependsOn = []bilateral.ID{"customs-pilot", "river-survey"} },
			want:   []pathCode{pc("/milestones/2/dependsOn/1", CodeMilestoneUnknown)},
		},
		{
			name: "milestone/forward dependency is fine",
			mutate: func(a *Agreement) {
				a.Milestones[0].DependsOn = nil
				a.Milestones[1].DependsOn = []bilateral.ID{"tariff-review"}
			},
		},

		// A reference into a list with an ill-formed id, key or code is
		// not reported as unknown: it may name the ill-formed item, whose
		// own problem is reported.
		{
			name: "incomplete/areas",
			mutate: func(a *Agreement) {
				a.FocusAreas[1].Key = "Water"
				a.Commitments[0].Area = focusarea.Energy // not declared at all
			},
			want: []pathCode{pc("/focusAreas/1/key", CodeKeySyntax)},
		},
		{
			name: "incomplete/parties",
			mutate: func(a *Agreement) {
				a.Parties[1].Code = "Mexico"
				a.Engagements[0].Host = "CA"
			},
			want: []pathCode{pc("/parties/1/code", CodePartyCodeSyntax)},
		},
		{
			name: "incomplete/parties missing code",
			mutate: func(a *Agreement) {
				a.Parties[1].Code = ""
			},
			want: []pathCode{pc("/parties/1", CodeRequired)},
		},
		{
			name: "incomplete/commitments",
			mutate: func(a *Agreement) {
				a.Commitments[0].ID = "Trade Barriers"
				a.Milestones[1].Commitment = "other"
			},
			want: []pathCode{pc("/commitments/0/id", CodeIDSyntax)},
		},
		{
			name: "incomplete/milestones",
			mutate: func(a *Agreement) {
				a.Milestones[1].ID = "customs pilot"
				a.Milestones[0].DependsOn = []bilateral.ID{"survey"}
			},
			want: []pathCode{pc("/milestones/1/id", CodeIDSyntax)},
		},
		{
			name: "incomplete/ill-formed reference is not unknown",
			mutate: func(a *Agreement) {
				a.Milestones[0].Commitment = "Trade Barriers"
				a.Milestones[1].DependsOn = []bilateral.ID{"Tariff Review"}
				a.Milestones[2].Area = "Water"
				a.Engagements[0].Host = "us"
			},
			want: []pathCode{
				pc("/milestones/0/commitment", CodeIDSyntax),
				pc("/milestones/1/dependsOn/0", CodeIDSyntax),
				pc("/milestones/2/area", CodeKeySyntax),
				pc("/engagements/0/host", CodePartyCodeSyntax),
			},
		},
	}
}

func uniquenessCases() []validateCase {
	return []validateCase{
		{
			name: "key.duplicate",
			mutate: func(a *Agreement) {
				a.FocusAreas = append(a.FocusAreas, focusarea.Area{Key: focusarea.Trade})
			},
			want: []pathCode{pc("/focusAreas/3/key", CodeKeyDuplicate)},
		},
		{
			name: "key.duplicate/own key",
			mutate: func(a *Agreement) {
				a.FocusAreas[0].Key = "river-basin-data"
				a.FocusAreas[0].Title = txt("River basin data")
				a.Commitments[0].Area = "river-basin-data"
				a.Milestones[0].Area = "river-basin-data"
				a.Milestones[1].Area = "river-basin-data"
			},
			want: []pathCode{pc("/focusAreas/2/key", CodeKeyDuplicate)},
		},
		{
			name: "id.duplicate/commitments",
			mutate: func(a *Agreement) {
				c := a.Commitments[0]
				c.Summary = txt("Again")
				a.Commitments = append(a.Commitments, c)
			},
			want: []pathCode{pc("/commitments/1/id", CodeIDDuplicate)},
		},
		{
			name: "id.duplicate/milestones",
			mutate: func(a *Agreement) {
				m := a.Milestones[2]
				m.Title = txt("Again")
				a.Milestones = append(a.Milestones, m)
			},
			want: []pathCode{pc("/milestones/3/id", CodeIDDuplicate)},
		},
		{
			name: "id.duplicate/milestones three times",
			mutate: func(a *Agreement) {
				a.Milestones = append(a.Milestones, a.Milestones[2], a.Milestones[2])
			},
			want: []pathCode{pc("/milestones/3/id", CodeIDDuplicate), pc("/milestones/4/id", CodeIDDuplicate)},
		},
		{
			name: "id.duplicate/engagements",
			mutate: func(a *Agreement) {
				a.Engagements[1].ID = a.Engagements[0].ID
			},
			want: []pathCode{pc("/engagements/1/id", CodeIDDuplicate)},
		},
		{
			name: "id/same id in different lists is fine",
			mutate: func(a *Agreement) {
				a.Engagements[0].ID = "tariff-review"
				a.Commitments[0].ID = "tariff-review"
				a.Milestones[0].Commitment = "tariff-review"
			},
		},
	}
}

func timeCases() []validateCase {
	return []validateCase{
		{
			name: "term.order",
			mutate: func(a *Agreement) {
				a.Term = Term{Start: mustQuarter("2026-Q4"), End: mustQuarter("2025-Q1")}
				// Leave out the quarters that no reversed term contains.
				a.FocusAreas[0].Benefits[0].Indicator.By = bilateral.Quarter{}
				a.Commitments, a.Milestones = nil, nil
			},
			want: []pathCode{pc("/term/end", CodeTermOrder)},
		},
		{name: "term/one quarter is fine", mutate: func(a *Agreement) {
			a.Term = Term{Start: mustQuarter("2025-Q2"), End: mustQuarter("2025-Q2")}
			a.FocusAreas[0].Benefits[0].Indicator.By = bilateral.Quarter{}
			a.Commitments = nil
			a.Milestones = a.Milestones[:1]
			a.Milestones[0].Commitment = ""
		}},
		{
			name:   "quarter.outside-term/milestone before",
			mutate: func(a *Agreement) { a.Milestones[0].Quarter = mustQuarter("2024-Q4") },
			want:   []pathCode{pc("/milestones/0/quarter", CodeQuarterOutsideTerm)},
		},
		{
			name:   "quarter.outside-term/milestone after",
			mutate: func(a *Agreement) { a.Milestones[2].Quarter = mustQuarter("2027-Q1") },
			want:   []pathCode{pc("/milestones/2/quarter", CodeQuarterOutsideTerm)},
		},
		{
			name: "quarter/milestone at the term's ends is fine",
			mutate: func(a *Agreement) {
				a.Milestones[0].Quarter = mustQuarter("2025-Q1")
				a.Milestones[2].Quarter = mustQuarter("2026-Q4")
			},
		},
		{
			name:   "quarter.outside-term/implementation start",
			mutate: func(a *Agreement) { a.Commitments[0].Implementation.Start = mustQuarter("2024-Q4") },
			want:   []pathCode{pc("/commitments/0/implementation/start", CodeQuarterOutsideTerm)},
		},
		{
			name:   "quarter.outside-term/implementation end",
			mutate: func(a *Agreement) { a.Commitments[0].Implementation.End = mustQuarter("2027-Q1") },
			want:   []pathCode{pc("/commitments/0/implementation/end", CodeQuarterOutsideTerm)},
		},
		{
			name:   "quarter.outside-term/indicator by after",
			mutate: func(a *Agreement) { a.FocusAreas[0].Benefits[0].Indicator.By = mustQuarter("2027-Q1") },
			want:   []pathCode{pc("/focusAreas/0/benefits/0/indicator/by", CodeQuarterOutsideTerm)},
		},
		{
			name:   "quarter.outside-term/indicator by before",
			mutate: func(a *Agreement) { a.FocusAreas[0].Benefits[0].Indicator.By = mustQuarter("2020-Q2") },
			want:   []pathCode{pc("/focusAreas/0/benefits/0/indicator/by", CodeQuarterOutsideTerm)},
		},
		{
			name: "implementation.order",
			mutate: func(a *Agreement) {
				a.Commitments[0].Implementation.Start = mustQuarter("2026-Q1")
				a.Commitments[0].Implementation.End = mustQuarter("2025-Q4")
			},
			want: []pathCode{pc("/commitments/0/implementation/end", CodeImplementationOrder)},
		},
		{
			name:   "implementation/one quarter is fine",
			mutate: func(a *Agreement) { a.Commitments[0].Implementation.End = mustQuarter("2025-Q1") },
		},
		{
			name:   "milestone.before-dependency",
			mutate: func(a *Agreement) { a.Milestones[1].Quarter = mustQuarter("2025-Q1") },
			want:   []pathCode{pc("/milestones/1/dependsOn/0", CodeMilestoneBeforeDependency)},
		},
		{
			name:   "milestone/same quarter as dependency is fine",
			mutate: func(a *Agreement) { a.Milestones[1].Quarter = mustQuarter("2025-Q2") },
		},
		{
			name:   "milestone.cycle/self",
			mutate: func(a *Agreement) { a.Milestones[2].DependsOn = append(a.Milestones[2].DependsOn, "joint-gauging") },
			want:   []pathCode{pc("/milestones/2/dependsOn/1", CodeMilestoneCycle)},
		},
		{
			name: "milestone.cycle/two",
			mutate: func(a *Agreement) {
				a.Milestones[0].Quarter = a.Milestones[1].Quarter
				a.Milestones[0].DependsOn = []bilateral.ID{"customs-pilot"}
			},
			// The search starts at milestones/0 and closes the cycle at
			// the dependency of customs-pilot on tariff-review.
			want: []pathCode{pc("/milestones/1/dependsOn/0", CodeMilestoneCycle)},
		},
		{
			name: "milestone.cycle/three",
			mutate: func(a *Agreement) {
				for i := range a.Milestones {
					a.Milestones[i].Quarter = mustQuarter("2026-Q1")
				}
				a.Milestones[0].DependsOn = []bilateral.ID{"joint-gauging"}
			},
			// tariff-review -> joint-gauging -> customs-pilot -> tariff-review.
			want: []pathCode{pc("/milestones/1/dependsOn/0", CodeMilestoneCycle)},
		},
		{
			name: "milestone.cycle/three, not from the first",
			mutate: func(a *Agreement) {
				for i := range a.Milestones {
					a.Milestones[i].Quarter = mustQuarter("2026-Q1")
				}
				a.Milestones[0].DependsOn = nil
				a.Milestones[1].DependsOn = []bilateral.ID{"joint-gauging"}
				a.Milestones[2].DependsOn = []bilateral.ID{"tariff-review", "customs-pilot"}
				a.Milestones = append(a.Milestones, milestone.Milestone{
					ID: "survey", Quarter: mustQuarter("2026-Q1"), Area: focusarea.Water, Title: txt("Survey"),
				})
				a.Milestones[0].DependsOn = []bilateral.ID{"survey"}
			},
			// Search from tariff-review (no cycle), survey, then
			// customs-pilot -> joint-gauging -> customs-pilot.
			want: []pathCode{pc("/milestones/2/dependsOn/1", CodeMilestoneCycle)},
		},
		{
			name: "milestone/diamond is no cycle",
			mutate: func(a *Agreement) {
				a.Milestones[2].DependsOn = []bilateral.ID{"customs-pilot", "tariff-review"}
			},
		},
		{
			name:   "met-in.missing/met",
			mutate: func(a *Agreement) { a.Milestones[0].MetIn = bilateral.Quarter{} },
			want:   []pathCode{pc("/milestones/0", CodeMetInMissing)},
		},
		{
			name:   "met-in.missing/partially-met",
			mutate: func(a *Agreement) { a.Milestones[1].Status = milestone.PartiallyMet },
			want:   []pathCode{pc("/milestones/1", CodeMetInMissing)},
		},
		{
			name: "met-in/partially-met with metIn is fine",
			mutate: func(a *Agreement) {
				a.Milestones[1].Status = milestone.PartiallyMet
				a.Milestones[1].MetIn = mustQuarter("2026-Q2")
			},
		},
		{
			name:   "met-in.unexpected/in-progress",
			mutate: func(a *Agreement) { a.Milestones[1].MetIn = mustQuarter("2025-Q4") },
			want:   []pathCode{pc("/milestones/1/metIn", CodeMetInUnexpected)},
		},
		{
			name:   "met-in.unexpected/default status",
			mutate: func(a *Agreement) { a.Milestones[2].MetIn = mustQuarter("2026-Q1") },
			want:   []pathCode{pc("/milestones/2/metIn", CodeMetInUnexpected)},
		},
		{
			name:   "met-in.unexpected/not-met",
			mutate: func(a *Agreement) { a.Milestones[0].Status = milestone.NotMet },
			want:   []pathCode{pc("/milestones/0/metIn", CodeMetInUnexpected)},
		},
		{
			name:   "met-in.before-term",
			mutate: func(a *Agreement) { a.Milestones[0].MetIn = mustQuarter("2024-Q4") },
			want:   []pathCode{pc("/milestones/0/metIn", CodeMetInBeforeTerm)},
		},
		{
			name:   "met-in/at the term start is fine",
			mutate: func(a *Agreement) { a.Milestones[0].MetIn = mustQuarter("2025-Q1") },
		},
		{
			name:   "original-quarter.same",
			mutate: func(a *Agreement) { a.Milestones[1].OriginalQuarter = a.Milestones[1].Quarter },
			want:   []pathCode{pc("/milestones/1/originalQuarter", CodeOriginalQuarterSame)},
		},
		{
			name:   "original-quarter/later than quarter is fine",
			mutate: func(a *Agreement) { a.Milestones[1].OriginalQuarter = mustQuarter("2026-Q2") },
		},
		{
			name:   "engagement.date-missing/held",
			mutate: func(a *Agreement) { a.Engagements[0].Date = bilateral.Date{} },
			want:   []pathCode{pc("/engagements/0", CodeEngagementDateMissing)},
		},
		{
			name:   "engagement.date-missing/scheduled",
			mutate: func(a *Agreement) { a.Engagements[1].Status = EngagementScheduled },
			want:   []pathCode{pc("/engagements/1", CodeEngagementDateMissing)},
		},
		{
			name: "engagement/no date is fine unless scheduled or held",
			mutate: func(a *Agreement) {
				a.Engagements[0].Status = EngagementCancelled
				a.Engagements[0].Date = bilateral.Date{}
				a.Engagements = append(a.Engagements,
					Engagement{ID: "call", Kind: Call, Host: "US", Status: EngagementProposed},
					Engagement{ID: "invited", Kind: Visit, Host: "US", Status: EngagementInvited})
			},
		},
		{
			name: "engagement/scheduled with a date is fine",
			mutate: func(a *Agreement) {
				a.Engagements[1].Status = EngagementScheduled
				a.Engagements[1].Date = mustDate("2025-03-01")
			},
		},
	}
}

func lifecycleCases() []validateCase {
	return []validateCase{
		{
			name:   "history.order",
			mutate: func(a *Agreement) { a.History[2].Date = mustDate("2024-09-30") },
			want:   []pathCode{pc("/history/2/date", CodeHistoryOrder)},
		},
		{
			name:   "history.order/first step later",
			mutate: func(a *Agreement) { a.History[0].Date = mustDate("2025-01-01") },
			want:   []pathCode{pc("/history/1/date", CodeHistoryOrder)},
		},
		{
			name: "history/equal dates are fine",
			mutate: func(a *Agreement) {
				a.History[1].Date = a.History[0].Date
				a.History[2].Date = a.History[0].Date
			},
		},
		{
			name:   "history.illegal-move/skipped step",
			mutate: func(a *Agreement) { a.History = slices.Delete(a.History, 1, 2) },
			want:   []pathCode{pc("/history/1/status", CodeHistoryIllegalMove)},
		},
		{
			name:   "history.illegal-move/backwards",
			mutate: func(a *Agreement) { a.History[2].Status = Proposed; a.Status = Proposed },
			want:   []pathCode{pc("/history/2/status", CodeHistoryIllegalMove)},
		},
		{
			name:   "history.illegal-move/same status twice",
			mutate: func(a *Agreement) { a.History[2].Status = Concluded; a.Status = Concluded },
			want:   []pathCode{pc("/history/2/status", CodeHistoryIllegalMove)},
		},
		{
			name: "history.illegal-move/out of withdrawn",
			mutate: func(a *Agreement) {
				a.History[1].Status = Withdrawn
			},
			// negotiating -> withdrawn is legal; withdrawn is final.
			want: []pathCode{pc("/history/2/status", CodeHistoryIllegalMove)},
		},
		{
			name: "history.illegal-move/out of terminated",
			mutate: func(a *Agreement) {
				a.History = append(a.History,
					Step{Status: InForce, Date: mustDate("2025-01-01")},
					Step{Status: Terminated, Date: mustDate("2026-01-01")},
					Step{Status: InForce, Date: mustDate("2026-02-01")})
				a.Status = InForce
			},
			want: []pathCode{pc("/history/5/status", CodeHistoryIllegalMove)},
		},
		{
			name: "history/every legal move is fine",
			mutate: func(a *Agreement) {
				a.History = append(a.History,
					Step{Status: ProvisionallyApplied, Date: mustDate("2025-01-01")},
					Step{Status: InForce, Date: mustDate("2025-02-01")},
					Step{Status: Suspended, Date: mustDate("2025-03-01")},
					Step{Status: InForce, Date: mustDate("2025-04-01")},
					Step{Status: Terminated, Date: mustDate("2025-05-01")})
				a.Status = Terminated
			},
		},
		{
			name: "history/one step of any status is fine",
			mutate: func(a *Agreement) {
				a.History = []Step{{Status: InForce, Date: mustDate("2025-01-01")}}
				a.Status = InForce
			},
		},
		{
			name:   "history.status-mismatch",
			mutate: func(a *Agreement) { a.Status = InForce },
			want:   []pathCode{pc("/status", CodeHistoryStatusMismatch)},
		},
		{
			name:   "history.status-mismatch/earlier status",
			mutate: func(a *Agreement) { a.Status = Negotiating },
			want:   []pathCode{pc("/status", CodeHistoryStatusMismatch)},
		},
	}
}

func languageCases() []validateCase {
	return []validateCase{
		{name: "bilingual agreement is fine", bilingual: true, mutate: func(*Agreement) {}},
		// json.Marshal would write U+FFFD for the bad bytes, and the
		// document would not read back the same.
		{name: "text.invalid-utf8/plain", mutate: func(a *Agreement) { a.Title = txt("Trade \xff") }, want: []pathCode{pc("/title", CodeTextInvalidUTF8)}},
		{
			name: "text.invalid-utf8/translation",
			mutate: func(a *Agreement) {
				a.Summary = bilateral.Translated(map[string]string{"en": "ok", "es": "\xed\xa0\x80"})
			},
			want: []pathCode{pc("/summary/es", CodeTextInvalidUTF8)},
		},
		{
			name:   "text.invalid-utf8/list item",
			mutate: func(a *Agreement) { a.FocusAreas[0].Actions[0] = txt("cut \xc3") },
			want:   []pathCode{pc("/focusAreas/0/actions/0", CodeTextInvalidUTF8)},
		},
		{
			name:   "text.invalid-utf8/representative",
			mutate: func(a *Agreement) { a.Parties[0].Representatives[0].Name = "Jane \xff Roe" },
			want:   []pathCode{pc("/parties/0/representatives/0/name", CodeTextInvalidUTF8)},
		},
		{
			// An invalid calendar, which json.Marshal would refuse.
			name:   "enum.unknown/fiscal calendar",
			mutate: func(a *Agreement) { a.Parties[0].FiscalCalendar = bilateral.FiscalCalendar(9) },
			want:   []pathCode{pc("/parties/0/fiscalYearStart", CodeEnumUnknown)},
		},
		{name: "text/valid UTF-8 is fine", mutate: func(a *Agreement) { a.Title = txt("Comercio, energía y 日本") }},
		{
			name:   "language.syntax/languages",
			mutate: func(a *Agreement) { a.Languages = []bilateral.LanguageTag{"en", "ES"} },
			// ES is not a language tag, so the texts are not checked
			// against the list.
			bilingual: true,
			want:      []pathCode{pc("/languages/1", CodeLanguageSyntax)},
		},
		{
			name:      "language.syntax/text object key",
			bilingual: true,
			mutate: func(a *Agreement) {
				a.Title = bilateral.Translated(map[string]string{"en": "Plan", "es": "Plan", "es_MX": "Plan"})
			},
			want: []pathCode{pc("/title", CodeLanguageSyntax)},
		},
		{
			name:      "language.duplicate",
			bilingual: true,
			mutate:    func(a *Agreement) { a.Languages = []bilateral.LanguageTag{"en", "es", "en"} },
			want:      []pathCode{pc("/languages/2", CodeLanguageDuplicate)},
		},
		{
			name:   "language.duplicate/one language twice",
			mutate: func(a *Agreement) { a.Languages = []bilateral.LanguageTag{"en", "en"} },
			// One language, declared twice: plain texts are still fine.
			want: []pathCode{pc("/languages/1", CodeLanguageDuplicate)},
		},
		{
			name: "language.duplicate/two languages, one twice",
			mutate: func(a *Agreement) {
				a.Languages = []bilateral.LanguageTag{"en", "es", "en", "es", "en"}
			},
			want: with(pathsWith(allTextPaths(validAgreement()), CodeTextLanguageMissing),
				pc("/languages/2", CodeLanguageDuplicate), pc("/languages/3", CodeLanguageDuplicate), pc("/languages/4", CodeLanguageDuplicate)),
		},
		{
			name: "language.duplicate/a long list",
			mutate: func(a *Agreement) {
				for range maxScannedLanguages {
					a.Languages = append(a.Languages, "en", "fr")
				}
			},
			want: func() []pathCode {
				want := pathsWith(allTextPaths(validAgreement()), CodeTextLanguageMissing)
				for i := 2; i < 2*maxScannedLanguages; i++ {
					want = append(want, pc("/languages/"+strconv.Itoa(i), CodeLanguageDuplicate))
				}
				return want
			}(),
		},
		{
			name:   "text.empty/empty object",
			mutate: func(a *Agreement) { a.Title = bilateral.Translated(nil) },
			want:   []pathCode{pc("/title", CodeTextEmpty)},
		},
		{
			name:   "text.empty/optional empty object",
			mutate: func(a *Agreement) { a.Summary = bilateral.Translated(map[string]string{}) },
			want:   []pathCode{pc("/summary", CodeTextEmpty)},
		},
		{
			name:   "text.empty/empty translation",
			mutate: func(a *Agreement) { a.Title = bilateral.Translated(map[string]string{"en": ""}) },
			want:   []pathCode{pc("/title/en", CodeTextEmpty)},
		},
		{
			name:      "text.empty/one empty translation of two",
			bilingual: true,
			mutate: func(a *Agreement) {
				a.Milestones[1].Title = bilateral.Translated(map[string]string{"en": "Customs pilot", "es": ""})
			},
			want: []pathCode{pc("/milestones/1/title/es", CodeTextEmpty)},
		},
		{
			name:   "text.empty/list item",
			mutate: func(a *Agreement) { a.FocusAreas[0].Actions[1] = bilateral.Text{} },
			want:   []pathCode{pc("/focusAreas/0/actions/1", CodeTextEmpty)},
		},
		{
			name:   "text.empty/statement",
			mutate: func(a *Agreement) { a.FocusAreas[0].Priorities[0].Statements[0] = txt("") },
			want:   []pathCode{pc("/focusAreas/0/priorities/0/statements/0", CodeTextEmpty)},
		},
		{
			name:   "text.empty/expected result",
			mutate: func(a *Agreement) { a.Milestones[0].ExpectedResults[0] = bilateral.Translated(nil) },
			want:   []pathCode{pc("/milestones/0/expectedResults/0", CodeTextEmpty)},
		},
		{
			name:      "text.language-missing/plain string",
			bilingual: true,
			mutate:    func(a *Agreement) { a.Title = txt("Plan") },
			want:      []pathCode{pc("/title", CodeTextLanguageMissing)},
		},
		{
			name:      "text.language-missing/object lacking one",
			bilingual: true,
			mutate:    func(a *Agreement) { a.Title = bilateral.Translated(map[string]string{"en": "Plan"}) },
			want:      []pathCode{pc("/title", CodeTextLanguageMissing)},
		},
		{
			name:      "text.language-missing/object lacking both",
			bilingual: true,
			mutate:    func(a *Agreement) { a.Engagements[1].Place = bilateral.Translated(map[string]string{"fr": "Mexico"}) },
			want: []pathCode{
				pc("/engagements/1/place", CodeTextLanguageMissing),
				pc("/engagements/1/place", CodeTextLanguageMissing),
			},
		},
		{
			name:      "text.language-missing/list item",
			bilingual: true,
			mutate:    func(a *Agreement) { a.FocusAreas[1].Actions[0] = txt("Gauging") },
			want:      []pathCode{pc("/focusAreas/1/actions/0", CodeTextLanguageMissing)},
		},
		{
			name:      "text.language-missing/history note",
			bilingual: true,
			mutate:    func(a *Agreement) { a.History[0].Note = bilateral.Translated(map[string]string{"es": "Diálogo"}) },
			want:      []pathCode{pc("/history/0/note", CodeTextLanguageMissing)},
		},
		{
			name:      "text/extra language is fine",
			bilingual: true,
			mutate: func(a *Agreement) {
				a.Title = bilateral.Translated(map[string]string{"en": "Plan", "es": "Plan", "fr": "Plan"})
			},
		},
		{
			name: "text/regional languages",
			mutate: func(a *Agreement) {
				a.Languages = []bilateral.LanguageTag{"en-US", "es-MX"}
				translateTexts(a, func(s string) bilateral.Text {
					return bilateral.Translated(map[string]string{"en-US": s, "es-MX": s})
				})
				a.Title = bilateral.Translated(map[string]string{"en": "Plan", "es-MX": "Plan"})
			},
			want: []pathCode{pc("/title", CodeTextLanguageMissing)},
		},
	}
}

func pathsWith(paths []string, code string) []pathCode {
	var out []pathCode
	for _, p := range paths {
		out = append(out, pc(p, code))
	}
	return out
}

func numberCases() []validateCase {
	setValue := func(x float64) func(*Agreement) {
		return func(a *Agreement) { a.FocusAreas[0].Benefits[0].Indicator.Value = x }
	}
	const value = "/focusAreas/0/benefits/0/indicator/value"
	return []validateCase{
		{name: "number.not-finite/NaN", mutate: setValue(math.NaN()), want: []pathCode{pc(value, CodeNumberNotFinite)}},
		{name: "number.not-finite/+Inf", mutate: setValue(math.Inf(1)), want: []pathCode{pc(value, CodeNumberNotFinite)}},
		{name: "number.not-finite/-Inf", mutate: setValue(math.Inf(-1)), want: []pathCode{pc(value, CodeNumberNotFinite)}},
		{name: "number.negative", mutate: setValue(-1), want: []pathCode{pc(value, CodeNumberNegative)}},
		{name: "number.negative/tiny", mutate: setValue(-math.SmallestNonzeroFloat64), want: []pathCode{pc(value, CodeNumberNegative)}},
		{name: "number/zero is fine", mutate: setValue(0)},
		{name: "number/negative zero is fine", mutate: setValue(math.Copysign(0, -1))},
		{name: "number/large is fine", mutate: setValue(math.MaxFloat64)},
	}
}

// A language tag that is the empty string is a member name like any other:
// its problems point at it, not at an array index.
func TestValidateEmptyLanguageKey(t *testing.T) {
	a := validAgreement()
	a.Title = bilateral.Translated(map[string]string{"": "", "en": "Plan"})
	got := pathCodesOf(problemsOf(t, a.Validate()))
	want := sortedPathCodes([]pathCode{pc("/title", CodeLanguageSyntax), pc("/title/", CodeTextEmpty)})
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Validate problems mismatch (-want +got):\n%s", diff)
	}
}
