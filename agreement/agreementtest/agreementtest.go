// Package agreementtest helps the tests of programs that use agreements: a
// valid agreement to start from and change, and go-cmp options to compare
// agreements and problems in the way tests should.
package agreementtest

import (
	"errors"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// Valid returns a small agreement that passes Validate and uses every part
// of the model. Each call returns a new value, which a test may change
// freely. Tests may rely on what it holds, which is part of this package's
// API:
//
//   - ID "water-and-trade", an action plan in English, Status signed, with
//     a History of three steps: negotiating (2024-09-02), concluded
//     (2024-11-20) and signed (2024-12-10);
//   - Parties[0] is "US", on the U.S. federal fiscal year, with one
//     representative; Parties[1] is "MX", on the calendar year;
//   - Term is 2025-Q1 to 2026-Q4;
//   - FocusAreas[0] is trade, with an action, a benefit whose
//     Benefits[0].Indicator promises 10 percent more trade by 2026-Q4 over
//     a baseline of 800 in 2024-Q4, observed at 812 in 2025-Q2 and 828 in
//     2025-Q4, and a priority of each party; FocusAreas[1] is water, with
//     nothing more;
//   - Commitments[0] is "trade-reviews" (trade): quarterly review sessions
//     from 2025-Q1 to the end of the term, alternating, led by US then MX;
//   - Milestones[0] is "tariff-list" (trade, of trade-reviews), due and met
//     in 2025-Q2; Milestones[1] is "river-gauges" (water), due in 2025-Q4,
//     scheduled, depending on tariff-list;
//   - Engagements[0] is "signing", a meeting hosted by MX in Mexico City,
//     held on 2024-12-10; Engagements[1] is "return-visit", a visit to US,
//     invited, with no date.
func Valid() *agreement.Agreement {
	text := bilateral.PlainText
	q := bilateral.MustParseQuarter
	return &agreement.Agreement{
		ID:      "water-and-trade",
		Kind:    agreement.ActionPlan,
		Title:   text("Water and trade action plan"),
		Summary: text("The parties lower trade barriers and share river data."),
		Status:  agreement.Signed,
		History: []agreement.Step{
			{Status: agreement.Negotiating, Date: bilateral.MustParseDate("2024-09-02")},
			{Status: agreement.Concluded, Date: bilateral.MustParseDate("2024-11-20")},
			{Status: agreement.Signed, Date: bilateral.MustParseDate("2024-12-10")},
		},
		Parties: []agreement.Party{
			{
				Code: "US", Name: text("United States"), Kind: agreement.State, FiscalCalendar: bilateral.USFederal,
				Representatives: []agreement.Representative{{Name: "A. Negotiator", Role: text("Trade Representative")}},
			},
			{Code: "MX", Name: text("Mexico"), Kind: agreement.State},
		},
		Term: agreement.Term{Start: q("2025-Q1"), End: q("2026-Q4")},
		FocusAreas: []focusarea.Area{
			{
				Key:     focusarea.Trade,
				Actions: []bilateral.Text{text("Review of tariffs")},
				Benefits: []focusarea.Benefit{{
					Description: text("More bilateral trade"),
					Indicator: &focusarea.Indicator{
						Metric: text("Bilateral trade volume"), Measure: text("billion U.S. dollars"),
						Direction: focusarea.Increase, Value: 10, Unit: focusarea.Percent, By: q("2026-Q4"),
						Baseline: &focusarea.Baseline{Quarter: q("2024-Q4"), Value: 800},
						Observations: []focusarea.Observation{
							{Quarter: q("2025-Q2"), Value: 812, Source: text("Customs statistics")},
							{Quarter: q("2025-Q4"), Value: 828},
						},
					},
				}},
				Priorities: []focusarea.Priority{
					{Party: "US", Statements: []bilateral.Text{text("Fewer non-tariff barriers")}},
					{Party: "MX", Statements: []bilateral.Text{text("Faster customs")}},
				},
			},
			{Key: focusarea.Water},
		},
		Commitments: []agreement.Commitment{{
			ID: "trade-reviews", Area: focusarea.Trade, Summary: text("Reduction of trade barriers"),
			Implementation: agreement.Implementation{
				Mechanism: agreement.ReviewSession, Description: text("Quarterly review sessions"),
				Cadence: agreement.Quarterly, Start: q("2025-Q1"), Venue: agreement.Alternating,
				Leads: []bilateral.PartyCode{"US", "MX"},
			},
		}},
		Milestones: []milestone.Milestone{
			{
				ID: "tariff-list", Quarter: q("2025-Q2"), Area: focusarea.Trade, Title: text("Tariff list agreed"),
				Commitment: "trade-reviews", Status: milestone.Met, MetIn: q("2025-Q2"),
			},
			{
				ID: "river-gauges", Quarter: q("2025-Q4"), Area: focusarea.Water, Title: text("Shared river gauges"),
				DependsOn: []bilateral.ID{"tariff-list"},
			},
		},
		Engagements: []agreement.Engagement{
			{
				ID: "signing", Kind: agreement.Meeting, Host: "MX", Place: text("Mexico City"),
				Status: agreement.EngagementHeld, Date: bilateral.MustParseDate("2024-12-10"),
			},
			{ID: "return-visit", Kind: agreement.Visit, Host: "US", Status: agreement.EngagementInvited},
		},
	}
}

// IgnoreMessages makes cmp.Diff compare [bilateral.Problem] values by path
// and code only. Messages are written for people and may be reworded; paths
// and codes are stable.
func IgnoreMessages() cmp.Option {
	return cmpopts.IgnoreFields(bilateral.Problem{}, "Message")
}

// EquateEmpty makes cmp.Diff treat a nil list and an empty one as equal.
// Parse gives an empty list for "[]" in a required member and nil for an
// optional member left out; agreements built in Go may use either.
func EquateEmpty() cmp.Option { return cmpopts.EquateEmpty() }

// Problems returns the problems that err holds, or nil when err is nil. It
// returns a single problem with the code "not-problems" and err's text for
// any other error, so that a test comparing problems fails readably.
func Problems(err error) bilateral.Problems {
	if err == nil {
		return nil
	}
	var ps bilateral.Problems
	if errors.As(err, &ps) {
		return ps
	}
	return bilateral.Problems{{Code: "not-problems", Message: err.Error()}}
}
