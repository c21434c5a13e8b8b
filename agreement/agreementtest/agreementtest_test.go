package agreementtest_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/agreement/agreementtest"
)

func TestValidIsValid(t *testing.T) {
	a := agreementtest.Valid()
	if err := a.Validate(); err != nil {
		t.Fatalf("Valid().Validate() = %v", err)
	}
	// It survives the JSON round trip, so tests may also use its document.
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	b, err := agreement.Parse(data)
	if err != nil {
		t.Fatalf("Parse(Marshal(Valid())) = %v", err)
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("round trip mismatch (-valid +parsed):\n%s", diff)
	}
}

func TestValidReturnsANewValue(t *testing.T) {
	a := agreementtest.Valid()
	a.Parties[0].Code = "CA"
	a.Milestones = nil
	if b := agreementtest.Valid(); b.Parties[0].Code != "US" || len(b.Milestones) == 0 {
		t.Error("changing one result of Valid changed the next")
	}
}

func TestIgnoreMessages(t *testing.T) {
	a := bilateral.Problems{{Path: "/id", Code: "id.syntax", Message: "one wording"}}
	b := bilateral.Problems{{Path: "/id", Code: "id.syntax", Message: "another"}}
	if diff := cmp.Diff(a, b, agreementtest.IgnoreMessages()); diff != "" {
		t.Errorf("problems differing only in message differ:\n%s", diff)
	}
	c := bilateral.Problems{{Path: "/id", Code: "required"}}
	if cmp.Equal(a, c, agreementtest.IgnoreMessages()) {
		t.Error("problems with different codes are equal")
	}
	d := bilateral.Problems{{Path: "/kind", Code: "id.syntax"}}
	if cmp.Equal(a, d, agreementtest.IgnoreMessages()) {
		t.Error("problems at different paths are equal")
	}
}

func TestEquateEmpty(t *testing.T) {
	a, b := agreementtest.Valid(), agreementtest.Valid()
	a.Engagements, b.Engagements = nil, []agreement.Engagement{}
	if cmp.Equal(a, b) {
		t.Fatal("nil and empty lists are equal without the option: the test proves nothing")
	}
	if diff := cmp.Diff(a, b, agreementtest.EquateEmpty()); diff != "" {
		t.Errorf("nil and empty lists differ with EquateEmpty:\n%s", diff)
	}
}

func TestProblems(t *testing.T) {
	if ps := agreementtest.Problems(nil); ps != nil {
		t.Errorf("Problems(nil) = %v, want nil", ps)
	}
	want := bilateral.Problems{{Path: "/a", Code: "x", Message: "m"}}
	if diff := cmp.Diff(want, agreementtest.Problems(want)); diff != "" {
		t.Errorf("Problems(Problems) mismatch:\n%s", diff)
	}
	other := agreementtest.Problems(errors.New("boom"))
	if len(other) != 1 || other[0].Code != "not-problems" || other[0].Message != "boom" {
		t.Errorf("Problems(other error) = %v", other)
	}
}

// TestValidPlaces checks the places that Valid's doc comment promises, on
// which tests may rely.
func TestValidPlaces(t *testing.T) {
	a := agreementtest.Valid()
	ind := a.FocusAreas[0].Benefits[0].Indicator
	if a.FocusAreas[0].Key != "trade" || a.FocusAreas[1].Key != "water" {
		t.Errorf("the focus areas are %q and %q, want trade and water", a.FocusAreas[0].Key, a.FocusAreas[1].Key)
	}
	if ind == nil || ind.Baseline == nil || ind.Baseline.Value != 800 || ind.Baseline.Quarter.String() != "2024-Q4" || len(ind.Observations) != 2 {
		t.Fatalf("the trade indicator is %+v, want a baseline of 800 in 2024-Q4 and two observations", ind)
	}
	if a.Milestones[0].MetIn.String() != "2025-Q2" || a.Milestones[1].DependsOn[0] != a.Milestones[0].ID {
		t.Errorf("the milestones are %+v", a.Milestones)
	}
	// As of 2026-Q1 the latest level, 828, is 3.5 percent above the
	// baseline: 0.35 of the 10 percent promised, when 5/8 of it is due.
	bs := a.Progress(bilateral.MustParseQuarter("2026-Q1")).Benefits
	if len(bs) != 1 || bs[0].Latest != &ind.Observations[1] || bs[0].Change != 3.5 || bs[0].Expected != 5.0/8 || bs[0].OnTrack {
		t.Errorf("the progress of the benefit is %+v", bs)
	}
}
