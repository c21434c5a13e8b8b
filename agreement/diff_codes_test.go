package agreement_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// diffCase is a change made to the seed agreement and the changes Diff
// must report for it, by path and code.
type diffCase struct {
	name   string
	change func(a *agreement.Agreement)
	want   []pathCode
}

// The seed has four milestones (trade-policy-harmonization,
// cybersecurity-collaboration, sustainable-energy-initiatives,
// security-cooperation), four commitments, ten focus areas and three
// engagements (washington-meeting, visit-to-the-united-states,
// visit-to-mexico-city).
var diffCases = []diffCase{
	{"status moved on", func(a *agreement.Agreement) {
		a.Status = agreement.Concluded
		a.History = append(a.History, agreement.Step{Status: agreement.Concluded, Date: bilateral.MustParseDate("2025-01-15")})
	}, []pathCode{{"/status", agreement.ChangeStatusMoved}, {"/history/1", agreement.ChangeHistoryAdded}}},
	{"history step changed", func(a *agreement.Agreement) {
		a.History[0].Date = bilateral.MustParseDate("2024-06-15")
	}, []pathCode{{"/history/0/date", agreement.ChangeHistoryChanged}}},
	{"history step removed", func(a *agreement.Agreement) {
		a.History = nil
	}, []pathCode{{"/history", agreement.ChangeHistoryChanged}}},
	{"history note", func(a *agreement.Agreement) {
		a.History[0].Note = bilateral.PlainText("In Washington.")
	}, []pathCode{{"/history/0/note", agreement.ChangeTextChanged}}},
	{"party code changed", func(a *agreement.Agreement) {
		a.Parties[1].Code = "MX-CMX"
	}, []pathCode{{"/parties/1", agreement.ChangePartyRemoved}, {"/parties/1", agreement.ChangePartyAdded}}},
	{"party fiscal year and representative", func(a *agreement.Agreement) {
		a.Parties[0].FiscalCalendar = bilateral.CalendarYear
		a.Parties[0].Representatives = append(a.Parties[0].Representatives, agreement.Representative{Name: "A. Deputy"})
	}, []pathCode{{"/parties/0/fiscalYearStart", agreement.ChangePartyChanged}, {"/parties/0/representatives/1", agreement.ChangePartyChanged}}},
	{"parties swapped", func(a *agreement.Agreement) {
		a.Parties[0], a.Parties[1] = a.Parties[1], a.Parties[0]
	}, []pathCode{{"/parties/0", agreement.ChangeItemMoved}}},
	{"term extended", func(a *agreement.Agreement) {
		a.Term.Start, a.Term.End = a.Term.Start.Prev(), a.Term.End.Next()
	}, []pathCode{{"/term/start", agreement.ChangeTermChanged}, {"/term/end", agreement.ChangeTermChanged}}},
	{"area added and removed", func(a *agreement.Agreement) {
		a.FocusAreas = append(a.FocusAreas[:len(a.FocusAreas)-1], focusarea.Area{Key: focusarea.Water})
	}, []pathCode{{"/focusAreas/9", agreement.ChangeAreaRemoved}, {"/focusAreas/9", agreement.ChangeAreaAdded}}},
	{"benefit observed", func(a *agreement.Agreement) {
		ind := a.FocusAreas[0].Benefits[0].Indicator
		ind.Baseline = &focusarea.Baseline{Quarter: bilateral.MustParseQuarter("2024-Q2"), Value: 100}
		ind.Observations = []focusarea.Observation{{Quarter: bilateral.MustParseQuarter("2024-Q4"), Value: 106}}
	}, []pathCode{
		{"/focusAreas/0/benefits/0/indicator/baseline", agreement.ChangeAreaChanged},
		{"/focusAreas/0/benefits/0/indicator/observations", agreement.ChangeAreaChanged},
	}},
	{"area action, priority and benefit", func(a *agreement.Agreement) {
		a.FocusAreas[0].Actions = append(a.FocusAreas[0].Actions, bilateral.PlainText("Another action"))
		a.FocusAreas[0].Benefits[0].Indicator.Value = 20
		a.FocusAreas[6].Priorities = a.FocusAreas[6].Priorities[1:]
	}, []pathCode{
		{"/focusAreas/0/actions/5", agreement.ChangeAreaChanged},
		{"/focusAreas/0/benefits/0/indicator/value", agreement.ChangeAreaChanged},
		{"/focusAreas/6/priorities/0", agreement.ChangeAreaChanged},
	}},
	{"area title", func(a *agreement.Agreement) {
		a.FocusAreas[0].Title = bilateral.PlainText("Commerce")
	}, []pathCode{{"/focusAreas/0/title", agreement.ChangeTextChanged}}},
	{"commitment added, removed and changed", func(a *agreement.Agreement) {
		c := a.Commitments[3]
		c.ID = "youth-exchange"
		a.Commitments = append(a.Commitments[1:], c)
		a.Commitments[0].Implementation.Cadence = agreement.Once
	}, []pathCode{
		{"/commitments/0", agreement.ChangeCommitmentRemoved},
		{"/commitments/0/implementation/cadence", agreement.ChangeCommitmentChanged},
		{"/commitments/3", agreement.ChangeCommitmentAdded},
	}},
	{"milestone added and removed", func(a *agreement.Agreement) {
		m := a.Milestones[1]
		m.ID = "cybersecurity-drill"
		a.Milestones = append(a.Milestones[:1], append([]milestone.Milestone{m}, a.Milestones[2:]...)...)
	}, []pathCode{{"/milestones/1", agreement.ChangeMilestoneRemoved}, {"/milestones/1", agreement.ChangeMilestoneAdded}}},
	{"milestone rescheduled and met", func(a *agreement.Agreement) {
		a.Milestones[3].OriginalQuarter, a.Milestones[3].Quarter = a.Milestones[3].Quarter, a.Milestones[3].Quarter.Next()
		a.Milestones[0].Status, a.Milestones[0].MetIn = milestone.Met, a.Milestones[0].Quarter
	}, []pathCode{
		{"/milestones/0/status", agreement.ChangeMilestoneStatus},
		{"/milestones/0/metIn", agreement.ChangeMilestoneChanged},
		{"/milestones/3/quarter", agreement.ChangeMilestoneRescheduled},
		{"/milestones/3/originalQuarter", agreement.ChangeMilestoneChanged},
	}},
	{"milestone dependencies", func(a *agreement.Agreement) {
		a.Milestones[3].DependsOn = []bilateral.ID{"trade-policy-harmonization", "cybersecurity-collaboration"}
		a.Milestones[2].DependsOn = []bilateral.ID{"trade-policy-harmonization"}
	}, []pathCode{
		{"/milestones/2/dependsOn", agreement.ChangeMilestoneChanged},
		{"/milestones/3/dependsOn", agreement.ChangeMilestoneChanged},
	}},
	{"milestones reordered", func(a *agreement.Agreement) {
		a.Milestones = append(a.Milestones[1:], a.Milestones[0])
	}, []pathCode{{"/milestones/3", agreement.ChangeItemMoved}}},
	{"engagement scheduled", func(a *agreement.Agreement) {
		a.Engagements[1].Status, a.Engagements[1].Date = agreement.EngagementScheduled, bilateral.MustParseDate("2025-03-10")
	}, []pathCode{{"/engagements/1/status", agreement.ChangeEngagementStatus}, {"/engagements/1/date", agreement.ChangeEngagementScheduled}}},
	{"engagement host, added and removed", func(a *agreement.Agreement) {
		a.Engagements[0].Host = "MX"
		a.Engagements = append(a.Engagements[:2], agreement.Engagement{ID: "call", Kind: agreement.Call, Host: "US", Status: agreement.EngagementProposed})
	}, []pathCode{
		{"/engagements/2", agreement.ChangeEngagementRemoved},
		{"/engagements/0/host", agreement.ChangeEngagementChanged},
		{"/engagements/2", agreement.ChangeEngagementAdded},
	}},
	{"engagements all gone", func(a *agreement.Agreement) {
		a.Engagements = nil
	}, []pathCode{{"/engagements", agreement.ChangeEngagementRemoved}}},
	{"kind, title and languages", func(a *agreement.Agreement) {
		a.Kind = agreement.ActionPlan
		a.Title = bilateral.Translated(map[string]string{"en": "Dialogue", "es": "Diálogo"})
		a.Languages = []bilateral.LanguageTag{"en"}
	}, []pathCode{{"/kind", agreement.ChangeMemberChanged}, {"/title", agreement.ChangeTextChanged}, {"/languages", agreement.ChangeMemberChanged}}},
}

func TestDiffCodes(t *testing.T) {
	seed := parseSeed(t)
	seen := map[string]bool{}
	for _, tc := range diffCases {
		t.Run(tc.name, func(t *testing.T) {
			to := deepCopy(seed)
			tc.change(to)
			changes := agreement.Diff(seed, to)
			if diff := cmp.Diff(tc.want, pathCodes(changes)); diff != "" {
				t.Errorf("changes (-want +got):\n%s", diff)
			}
			checkChanges(t, changes)
			checkPatch(t, seed, to, changes)
			for _, c := range changes {
				seen[c.Code] = true
			}
		})
	}
	bilingual := func(a *agreement.Agreement) *agreement.Agreement {
		for i := range a.Milestones {
			if a.Milestones[i].Title.Len() > 1 {
				return a
			}
		}
		return nil
	}
	// Texts in several languages change language by language.
	multilingual := 0
	for _, a := range validDocuments(t) {
		if bilingual(a) == nil {
			continue
		}
		multilingual++
		to := deepCopy(a)
		m := &to.Milestones[0]
		tr := map[string]string{"fr": "Titre"}
		for lang, s := range m.Title.All() {
			tr[lang] = s
		}
		tr[string(a.Languages[0])] = "Changed"
		m.Title = bilateral.Translated(tr)
		changes := agreement.Diff(a, to)
		want := []pathCode{
			{"/milestones/0/title/" + string(a.Languages[0]), agreement.ChangeTextChanged},
			{"/milestones/0/title/fr", agreement.ChangeTextChanged},
		}
		slices.SortFunc(want, func(x, y pathCode) int { return strings.Compare(x.Path, y.Path) })
		if diff := cmp.Diff(want, pathCodes(changes)); diff != "" {
			t.Errorf("%s: changes of a bilingual title (-want +got):\n%s", a.ID, diff)
		}
		checkPatch(t, a, to, changes)
	}
	if multilingual == 0 {
		t.Error("no valid document has texts in several languages")
	}
	// A new observation needs an older version that has observations.
	seen[benefitObserved(t)] = true
	for _, c := range agreement.ChangeCodes() {
		if !seen[c.Code] {
			t.Errorf("no case gives the change code %s", c.Code)
		}
	}
}

// benefitObserved checks that an observation added to an indicator that
// has others is one benefit.observed change, and returns the code.
func benefitObserved(t *testing.T) string {
	t.Helper()
	from := parseSeed(t)
	ind := from.FocusAreas[0].Benefits[0].Indicator
	ind.Baseline = &focusarea.Baseline{Quarter: bilateral.MustParseQuarter("2024-Q2"), Value: 100}
	ind.Observations = []focusarea.Observation{{Quarter: bilateral.MustParseQuarter("2024-Q4"), Value: 106}}
	to := deepCopy(from)
	obs := &to.FocusAreas[0].Benefits[0].Indicator.Observations
	*obs = append(*obs, focusarea.Observation{Quarter: bilateral.MustParseQuarter("2025-Q1"), Value: 109})
	changes := agreement.Diff(from, to)
	want := []pathCode{{"/focusAreas/0/benefits/0/indicator/observations/1", agreement.ChangeBenefitObserved}}
	if diff := cmp.Diff(want, pathCodes(changes)); diff != "" {
		t.Errorf("a new observation: changes (-want +got):\n%s", diff)
	}
	checkChanges(t, changes)
	checkPatch(t, from, to, changes)
	return agreement.ChangeBenefitObserved
}
