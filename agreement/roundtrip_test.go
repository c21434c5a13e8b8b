package agreement_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/milestone"
)

// testdataFiles returns the paths of the files in testdata/dir whose names
// end in suffix, or none when the directory does not exist.
func testdataFiles(tb testing.TB, dir, suffix string) []string {
	tb.Helper()
	entries, err := os.ReadDir(filepath.Join("testdata", dir))
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		tb.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if e.Type().IsRegular() && strings.HasSuffix(e.Name(), suffix) {
			names = append(names, filepath.Join("testdata", dir, e.Name()))
		}
	}
	return names
}

func TestRoundTripValidDocuments(t *testing.T) {
	files := testdataFiles(t, "valid", ".json")
	if len(files) < 4 {
		t.Fatalf("testdata/valid has %d documents, want at least 4: %v", len(files), files)
	}
	for _, name := range files {
		t.Run(filepath.Base(name), func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			a, err := agreement.Parse(data)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if err := a.Validate(); err != nil {
				t.Fatalf("Validate after Parse: %v", err)
			}
			out, err := json.Marshal(a)
			if err != nil {
				t.Fatalf("Marshal: %v", err)
			}
			b, err := agreement.Parse(out)
			if err != nil {
				t.Fatalf("Parse of Marshal output: %v\n%s", err, out)
			}
			if diff := cmp.Diff(a, b); diff != "" {
				t.Errorf("Marshal then Parse differs (-parsed +round trip):\n%s", diff)
			}
			// Marshalling is deterministic: the round trip gives the same bytes.
			again, err := json.Marshal(b)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out, again) {
				t.Errorf("second Marshal differs:\n%s\n%s", out, again)
			}
			// The Marshal output says what the document says: no member is
			// lost. The one value that Marshal leaves out is the default
			// fiscal year, which starts in January.
			var fromFile, fromMarshal map[string]any
			if err := json.Unmarshal(data, &fromFile); err != nil {
				t.Fatal(err)
			}
			parties, _ := fromFile["parties"].([]any)
			for _, p := range parties {
				if p, ok := p.(map[string]any); ok && p["fiscalYearStart"] == 1.0 {
					delete(p, "fiscalYearStart")
				}
			}
			if err := json.Unmarshal(out, &fromMarshal); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(fromFile, fromMarshal); diff != "" {
				t.Errorf("Marshal output is not the document (-file +marshal):\n%s", diff)
			}
		})
	}
}

// TestValidDocumentsCoverModel checks that the valid documents, together,
// hold what the round trip should be tried on: every enum value of parties,
// milestones and engagements, and each optional part of the model.
func TestValidDocumentsCoverModel(t *testing.T) {
	seen := map[string]bool{}
	see := func(what string, v any) { seen[what+" "+fmt.Sprint(v)] = true }
	for _, name := range testdataFiles(t, "valid", ".json") {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		a, err := agreement.Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(a.Languages) > 1 {
			see("feature", "several languages")
		}
		if len(a.History) >= 5 {
			see("feature", "long history")
		}
		for _, p := range a.Parties {
			see("party kind", p.Kind)
		}
		for _, fa := range a.FocusAreas {
			if !fa.Key.Known() && !fa.Title.IsZero() {
				see("feature", "own focus area")
			}
			for _, b := range fa.Benefits {
				if b.Indicator != nil && b.Indicator.By.IsValid() {
					see("feature", "indicator by")
				}
			}
		}
		for _, c := range a.Commitments {
			im := c.Implementation
			if im.End.IsValid() && len(im.Leads) > 0 {
				see("feature", "implementation end and leads")
			}
			if _, ok := im.Venue.Party(); ok {
				see("feature", "party venue")
			}
		}
		byID := map[string]int{}
		for i, m := range a.Milestones {
			byID[string(m.ID)] = i
			see("milestone status", m.Status.OrDefault())
			if m.OriginalQuarter.IsValid() {
				see("feature", "rescheduled milestone")
			}
			if m.MetIn.IsValid() {
				see("feature", "metIn")
			}
		}
		// The longest chain of first dependencies.
		for _, m := range a.Milestones {
			n := 1
			for len(m.DependsOn) > 0 && n <= len(a.Milestones) {
				m = a.Milestones[byID[string(m.DependsOn[0])]]
				n++
			}
			if n >= 3 {
				see("feature", "dependency chain")
			}
		}
		for _, e := range a.Engagements {
			see("engagement kind", e.Kind)
			see("engagement status", e.Status)
		}
	}
	var want []string
	for _, d := range agreement.PartyKinds() {
		want = append(want, "party kind "+string(d.Value))
	}
	for _, d := range milestone.Statuses() {
		want = append(want, "milestone status "+string(d.Value))
	}
	for _, d := range agreement.EngagementKinds() {
		want = append(want, "engagement kind "+string(d.Value))
	}
	for _, d := range agreement.EngagementStatuses() {
		want = append(want, "engagement status "+string(d.Value))
	}
	for _, f := range []string{
		"several languages", "long history", "own focus area", "indicator by", "implementation end and leads",
		"party venue", "rescheduled milestone", "metIn", "dependency chain",
	} {
		want = append(want, "feature "+f)
	}
	for _, w := range want {
		if !seen[w] {
			t.Errorf("no valid document has %s", w)
		}
	}
}
