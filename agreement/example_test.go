package agreement_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// A small document: two parties, one focus area, one milestone.
const document = `{
  "id": "water-sharing",
  "kind": "memorandum-of-understanding",
  "title": "Water sharing on the Rio Grande",
  "status": "signed",
  "parties": [
    {"code": "US", "name": "United States", "kind": "state", "fiscalYearStart": 10},
    {"code": "MX", "name": "Mexico", "kind": "state"}
  ],
  "term": {"start": "2025-Q1", "end": "2026-Q4"},
  "focusAreas": [{"key": "water"}],
  "milestones": [
    {"id": "joint-gauging", "quarter": "2025-Q3", "area": "water", "title": "Joint gauging stations"}
  ]
}`

func ExampleParse() {
	a, err := agreement.Parse([]byte(document))
	if err != nil {
		fmt.Println(err)
		return
	}
	area, _ := a.FocusArea(focusarea.Water)
	fmt.Println(a.Title)
	fmt.Println(a.Parties[0].Code, "and", a.Parties[1].Code)
	fmt.Println(area.DisplayTitle().In("es"))
	fmt.Println(a.Milestones[0].Quarter, a.Parties[0].FiscalCalendar.Label(a.Milestones[0].Quarter))
	// Output:
	// Water sharing on the Rio Grande
	// US and MX
	// Agua
	// 2025-Q3 FY2025 Q4
}

// Parse reports every problem of a document at once, each at its JSON
// Pointer: here a quarter in a spelling people use, a party code in lower
// case, an unknown focus-area key without a title, and a misspelt member.
func ExampleParse_problems() {
	bad := `{
  "id": "water-sharing",
  "kind": "memorandum-of-understanding",
  "title": "Water sharing on the Rio Grande",
  "status": "signed",
  "parties": [
    {"code": "US", "name": "United States", "kind": "state"},
    {"code": "mx", "name": "Mexico", "kind": "state"}
  ],
  "term": {"start": "Q1 2025", "end": "2026-Q4"},
  "focusAreas": [{"key": "rio-grande"}],
  "milestones": [
    {"id": "joint-gauging", "quarter": "2025-Q3", "area": "rio-grande", "titel": "Joint gauging stations"}
  ]
}`
	_, err := agreement.Parse([]byte(bad))
	var problems bilateral.Problems
	if errors.As(err, &problems) {
		for _, p := range problems {
			fmt.Println(p)
		}
	}
	// Output:
	// /focusAreas/0: the key "rio-grande" is not in the built-in vocabulary, so the area needs a title (area.title-missing)
	// /milestones/0/titel: unknown member "titel"; did you mean "title"? (json.unknown-member)
	// /parties/1/code: "mx" is not a party code; write an ISO 3166 code in upper case, like US, MX or MX-CMX (party-code.syntax)
	// /term/start: "Q1 2025" is not the canonical form of a quarter; write 2025-Q1 (quarter.not-canonical)
}

// Validate checks an agreement built in Go against every rule.
func ExampleAgreement_Validate() {
	a, _ := agreement.Parse([]byte(document))
	a.Milestones = append(a.Milestones, milestone.Milestone{
		ID:        "data-exchange",
		Quarter:   bilateral.MustParseQuarter("2027-Q1"), // after the term
		Area:      focusarea.Water,
		Title:     bilateral.PlainText("Data exchange"),
		DependsOn: []bilateral.ID{"joint-gauging", "flood-warning"},
	})
	for _, p := range a.Validate().(bilateral.Problems) {
		fmt.Println(p)
	}
	// Output:
	// /milestones/1/dependsOn/1: there is no milestone "flood-warning" (milestone.unknown)
	// /milestones/1/quarter: 2027-Q1 is after the end of the term, 2026-Q4 (quarter.outside-term)
}

// An agreement is plain Go data: build it with composite literals, validate
// it, and marshal it with encoding/json.
func Example_build() {
	a := &agreement.Agreement{
		ID:        "energy-dialogue",
		Kind:      agreement.JointDeclaration,
		Title:     bilateral.Translated(map[string]string{"en": "Energy dialogue", "es": "Diálogo energético"}),
		Status:    agreement.Concluded,
		Languages: []bilateral.LanguageTag{"en", "es"},
		Parties: []agreement.Party{
			{Code: "US", Name: bilateral.Translated(map[string]string{"en": "United States", "es": "Estados Unidos"}), Kind: agreement.State},
			{Code: "MX", Name: bilateral.Translated(map[string]string{"en": "Mexico", "es": "México"}), Kind: agreement.State},
		},
		Term:       agreement.Term{Start: bilateral.MustParseQuarter("2025-Q1"), End: bilateral.MustParseQuarter("2025-Q4")},
		FocusAreas: []focusarea.Area{{Key: focusarea.Energy}},
	}
	if err := a.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	b, _ := json.Marshal(a)
	fmt.Println(string(b))
	// Output:
	// {"id":"energy-dialogue","kind":"joint-declaration","title":{"en":"Energy dialogue","es":"Diálogo energético"},"languages":["en","es"],"status":"concluded","parties":[{"code":"US","name":{"en":"United States","es":"Estados Unidos"},"kind":"state"},{"code":"MX","name":{"en":"Mexico","es":"México"},"kind":"state"}],"term":{"start":"2025-Q1","end":"2025-Q4"},"focusAreas":[{"key":"energy"}]}
}
