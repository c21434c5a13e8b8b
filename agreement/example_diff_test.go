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

// versions returns the two versions that the examples compare: the seed
// agreement and laterVersion of it.
func versions() (from, to *agreement.Agreement, err error) {
	seed, err := os.ReadFile(seedFile)
	if err != nil {
		return nil, nil, err
	}
	if from, err = agreement.Parse(seed); err != nil {
		return nil, nil, err
	}
	return from, laterVersion(seed), nil
}

// What changed between the seed agreement, the document that
// examples/usmexico writes, and a hypothetical later version of it.
func ExampleDiff() {
	from, to, err := versions()
	if err != nil {
		fmt.Println(err)
		return
	}
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

// The changes of ExampleDiff, with their messages and the changelog in
// Spanish. Quarters and dates keep their canonical form, as in the
// reports; the document's texts are in English, as the article is.
func ExampleDiffIn() {
	from, to, err := versions()
	if err != nil {
		fmt.Println(err)
		return
	}
	changes := agreement.DiffIn(from, to, "es")
	fmt.Print(changes.StringIn("es"))
	// Output:
	// Hitos
	//   Trade Policy Harmonization pasa a estado cumplido (antes: programado)
	//   Trade Policy Harmonization: cumplido en 2024-Q4
	//   Security Cooperation: reprogramado del 2025-Q2 al 2025-Q3 (un trimestre más tarde)
	//   Security Cooperation: previsto inicialmente para 2025-Q2
	//
	// Encuentros
	//   la visita a Washington, D.C.: lugar cambia de «United States» a «Washington, D.C.»
	//   la visita a Washington, D.C. pasa a estado programado (antes: invitado)
	//   la visita a Washington, D.C.: fecha fijada para el 2025-03-10
	//
	// Otros cambios
	//   la vigencia termina ahora en 2025-Q4 (antes: 2025-Q2)
}

// The changelog of ExampleDiff in French: DiffIn writes the messages and
// StringIn the headings, both in French.
func ExampleChanges_StringIn() {
	from, to, err := versions()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(agreement.DiffIn(from, to, "fr").StringIn("fr"))
	// Output:
	// Jalons
	//   Trade Policy Harmonization passe au statut atteint (auparavant : prévu)
	//   Trade Policy Harmonization : atteint en 2024-Q4
	//   Security Cooperation : reprogrammé du 2025-Q2 au 2025-Q3 (un trimestre plus tard)
	//   Security Cooperation : initialement prévu pour 2025-Q2
	//
	// Rencontres
	//   la visite à Washington, D.C. : lieu passe de « United States » à « Washington, D.C. »
	//   la visite à Washington, D.C. passe au statut programmé (auparavant : invité)
	//   la visite à Washington, D.C. : date fixée au 2025-03-10
	//
	// Autres changements
	//   la durée se termine désormais en 2025-Q4 (auparavant : 2025-Q2)
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
