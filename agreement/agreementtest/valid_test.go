package agreementtest_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/agreement/agreementtest"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// Valid holds what its documentation lists, which tests (and the README's
// example) rely on.
func TestValidHoldsWhatItsDocumentationSays(t *testing.T) {
	a := agreementtest.Valid()
	q := bilateral.MustParseQuarter
	d := bilateral.MustParseDate
	type step struct {
		Status agreement.Status
		Date   bilateral.Date
	}
	var history []step
	for _, s := range a.History {
		history = append(history, step{s.Status, s.Date})
	}
	facts := []struct {
		name      string
		got, want any
	}{
		{"ID", a.ID, bilateral.ID("water-and-trade")},
		{"Kind", a.Kind, agreement.ActionPlan},
		{"languages", a.DocumentLanguages(), []bilateral.LanguageTag{"en"}},
		{"Status", a.Status, agreement.Signed},
		{"History", history, []step{
			{agreement.Negotiating, d("2024-09-02")}, {agreement.Concluded, d("2024-11-20")}, {agreement.Signed, d("2024-12-10")},
		}},
		{"parties", []bilateral.PartyCode{a.Parties[0].Code, a.Parties[1].Code}, []bilateral.PartyCode{"US", "MX"}},
		{"fiscal calendars", []bilateral.FiscalCalendar{a.Parties[0].FiscalCalendar, a.Parties[1].FiscalCalendar},
			[]bilateral.FiscalCalendar{bilateral.USFederal, bilateral.CalendarYear}},
		{"representatives", []int{len(a.Parties[0].Representatives), len(a.Parties[1].Representatives)}, []int{1, 0}},
		{"Term", a.Term, agreement.Term{Start: q("2025-Q1"), End: q("2026-Q4")}},
		{"focus areas", []focusarea.Key{a.FocusAreas[0].Key, a.FocusAreas[1].Key}, []focusarea.Key{focusarea.Trade, focusarea.Water}},
		{"trade", []int{len(a.FocusAreas[0].Actions), len(a.FocusAreas[0].Benefits), len(a.FocusAreas[0].Priorities)}, []int{1, 1, 2}},
		{"trade indicator by", a.FocusAreas[0].Benefits[0].Indicator.By, q("2026-Q4")},
		{"priorities", []bilateral.PartyCode{a.FocusAreas[0].Priorities[0].Party, a.FocusAreas[0].Priorities[1].Party}, []bilateral.PartyCode{"US", "MX"}},
		{"water", a.FocusAreas[1], focusarea.Area{Key: focusarea.Water}},
		{"commitments", len(a.Commitments), 1},
		{"commitment", []any{a.Commitments[0].ID, a.Commitments[0].Area}, []any{bilateral.ID("trade-reviews"), focusarea.Trade}},
		{"implementation", []any{
			a.Commitments[0].Implementation.Mechanism, a.Commitments[0].Implementation.Cadence,
			a.Commitments[0].Implementation.Start, a.Commitments[0].Implementation.End,
			a.Commitments[0].Implementation.Venue, a.Commitments[0].Implementation.Leads,
		}, []any{
			agreement.ReviewSession, agreement.Quarterly, q("2025-Q1"), bilateral.Quarter{},
			agreement.Alternating, []bilateral.PartyCode{"US", "MX"},
		}},
		{"milestones", len(a.Milestones), 2},
		{"tariff-list", []any{a.Milestones[0].ID, a.Milestones[0].Area, a.Milestones[0].Commitment, a.Milestones[0].Quarter, a.Milestones[0].Status, a.Milestones[0].MetIn},
			[]any{bilateral.ID("tariff-list"), focusarea.Trade, bilateral.ID("trade-reviews"), q("2025-Q2"), milestone.Met, q("2025-Q2")}},
		{"river-gauges", []any{a.Milestones[1].ID, a.Milestones[1].Area, a.Milestones[1].Quarter, a.Milestones[1].Status.OrDefault(), a.Milestones[1].DependsOn},
			[]any{bilateral.ID("river-gauges"), focusarea.Water, q("2025-Q4"), milestone.Scheduled, []bilateral.ID{"tariff-list"}}},
		{"engagements", len(a.Engagements), 2},
		{"signing", []any{a.Engagements[0].ID, a.Engagements[0].Kind, a.Engagements[0].Host, a.Engagements[0].Place.String(), a.Engagements[0].Status, a.Engagements[0].Date},
			[]any{bilateral.ID("signing"), agreement.Meeting, bilateral.PartyCode("MX"), "Mexico City", agreement.EngagementHeld, d("2024-12-10")}},
		{"return-visit", []any{a.Engagements[1].ID, a.Engagements[1].Kind, a.Engagements[1].Host, a.Engagements[1].Status, a.Engagements[1].Date},
			[]any{bilateral.ID("return-visit"), agreement.Visit, bilateral.PartyCode("US"), agreement.EngagementInvited, bilateral.Date{}}},
	}
	for _, f := range facts {
		if diff := cmp.Diff(f.want, f.got); diff != "" {
			t.Errorf("%s (-documented +Valid()):\n%s", f.name, diff)
		}
	}
}
