package agreement_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/milestone"
)

// laterVersion returns a hypothetical later version of the seed agreement,
// made up for this example: the first milestone met, Security Cooperation
// put off by a quarter, with the term extended to hold it, and the invited
// visit to the United States scheduled in Washington.
func laterVersion(seed []byte) *agreement.Agreement {
	a, err := agreement.Parse(seed)
	if err != nil {
		panic(err)
	}
	q := bilateral.MustParseQuarter
	a.Term.End = q("2025-Q4")
	trade := &a.Milestones[0] // trade-policy-harmonization, due 2024-Q3
	trade.Status, trade.MetIn = milestone.Met, q("2024-Q4")
	security := &a.Milestones[3] // security-cooperation, due 2025-Q2
	security.OriginalQuarter, security.Quarter = security.Quarter, q("2025-Q3")
	visit := &a.Engagements[1] // visit-to-the-united-states, invited
	visit.Place = bilateral.PlainText("Washington, D.C.")
	visit.Status, visit.Date = agreement.EngagementScheduled, bilateral.MustParseDate("2025-03-10")
	return a
}

// What changed between the seed agreement, the document that
// examples/usmexico writes, and a hypothetical later version of it.
func ExampleDiff() {
	seed, err := os.ReadFile("testdata/valid/usmexico.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	from, err := agreement.Parse(seed)
	if err != nil {
		fmt.Println(err)
		return
	}
	to := laterVersion(seed)
	if err := to.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	changes := agreement.Diff(from, to)
	fmt.Print(changes)
	fmt.Println()
	for _, c := range changes {
		fmt.Println(c.Code, c.Path)
	}
	fmt.Printf("%s\n", changes.Patch())
	// Output:
	// Milestones
	//   Trade Policy Harmonization is now met (was scheduled)
	//   Trade Policy Harmonization: met in 2024-Q4
	//   Security Cooperation moved from 2025-Q2 to 2025-Q3 (one quarter later)
	//   Security Cooperation: first planned for 2025-Q2
	//
	// Engagements
	//   the visit to Washington, D.C.: place changed from "United States" to "Washington, D.C."
	//   the visit to Washington, D.C. is now scheduled (was invited)
	//   the visit to Washington, D.C. is now scheduled for 2025-03-10
	//
	// Other
	//   the term now ends in 2025-Q4 (was 2025-Q2)
	//
	// term.changed /term/end
	// milestone.status /milestones/0/status
	// milestone.changed /milestones/0/metIn
	// milestone.rescheduled /milestones/3/quarter
	// milestone.changed /milestones/3/originalQuarter
	// text.changed /engagements/1/place
	// engagement.status /engagements/1/status
	// engagement.scheduled /engagements/1/date
	// [
	//   {"op":"replace","path":"/term/end","value":"2025-Q4"},
	//   {"op":"add","path":"/milestones/0/status","value":"met"},
	//   {"op":"add","path":"/milestones/0/metIn","value":"2024-Q4"},
	//   {"op":"replace","path":"/milestones/3/quarter","value":"2025-Q3"},
	//   {"op":"add","path":"/milestones/3/originalQuarter","value":"2025-Q2"},
	//   {"op":"replace","path":"/engagements/1/place","value":"Washington, D.C."},
	//   {"op":"replace","path":"/engagements/1/status","value":"scheduled"},
	//   {"op":"add","path":"/engagements/1/date","value":"2025-03-10"}
	// ]
}

var updateVersions = flag.Bool("update-versions", false, "rewrite testdata/versions from the examples")

// laterVersionFile is the later version of the seed that ExampleDiff makes,
// as a document, for the programs and docs that show it.
const laterVersionFile = "testdata/versions/usmexico-later.json"

// TestLaterVersionFile keeps the committed later version of the seed in
// step with ExampleDiff.
func TestLaterVersionFile(t *testing.T) {
	later := laterVersion(readSeed(t))
	data, err := json.MarshalIndent(later, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, '\n')
	if *updateVersions {
		if err := os.WriteFile(laterVersionFile, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file, err := os.ReadFile(laterVersionFile)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(file), string(data)); diff != "" {
		t.Errorf("%s is stale; refresh it with go test ./agreement -run TestLaterVersionFile -update-versions (-file +example):\n%s", laterVersionFile, diff)
	}
	if _, err := agreement.Parse(file); err != nil {
		t.Errorf("%s: %v", laterVersionFile, err)
	}
}
