package agreement_test

import (
	"fmt"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// waterAgreement is a small agreement for the examples: two milestones on
// water and a yearly summit that alternates between the parties, starting
// in Mexico.
func waterAgreement() *agreement.Agreement {
	q := bilateral.MustParseQuarter
	text := bilateral.PlainText
	return &agreement.Agreement{
		ID:     "water-sharing",
		Kind:   agreement.MemorandumOfUnderstanding,
		Title:  text("Water sharing on the Rio Grande"),
		Status: agreement.InForce,
		Parties: []agreement.Party{
			{Code: "US", Name: text("United States"), Kind: agreement.State, FiscalCalendar: bilateral.USFederal},
			{Code: "MX", Name: text("Mexico"), Kind: agreement.State},
		},
		Term:       agreement.Term{Start: q("2025-Q1"), End: q("2027-Q4")},
		FocusAreas: []focusarea.Area{{Key: focusarea.Water}},
		Commitments: []agreement.Commitment{{
			ID: "water-summit", Area: focusarea.Water, Summary: text("Yearly water summits"),
			Implementation: agreement.Implementation{
				Mechanism: agreement.Summit, Description: text("A summit each year, in each country in turn"),
				Cadence: agreement.Annual, Start: q("2025-Q2"),
				Venue: agreement.Alternating, Leads: []bilateral.PartyCode{"MX"},
			},
		}},
		Milestones: []milestone.Milestone{
			{
				ID: "joint-gauging", Quarter: q("2025-Q3"), Area: focusarea.Water,
				Title: text("Joint gauging stations"), Status: milestone.Met, MetIn: q("2025-Q3"),
			},
			{
				ID: "shared-forecasts", Quarter: q("2025-Q4"), Area: focusarea.Water,
				Title: text("Shared flow forecasts"), Status: milestone.InProgress,
				DependsOn: []bilateral.ID{"joint-gauging"},
			},
		},
	}
}

// Progress tells where an agreement stands as of a quarter, and Table
// shows it, each quarter also in every party's fiscal terms.
func ExampleAgreement_Progress() {
	a := waterAgreement()
	p := a.Progress(bilateral.MustParseQuarter("2026-Q1"))
	share, _ := p.All.MetShare()
	fmt.Printf("%d milestones, %d due, %.0f%% of them met, %d overdue\n",
		p.All.Total, p.All.Due, 100*share, len(p.All.Overdue))
	fmt.Println(p.FiscalLabels(p.AsOf))
	fmt.Println()
	fmt.Print(p.Table())
	// Output:
	// 2 milestones, 2 due, 50% of them met, 1 overdue
	// US FY2026 Q2, MX FY2026 Q1
	//
	// Progress as of 2026-Q1 (US FY2026 Q2, MX FY2026 Q1)
	//
	//   FOCUS AREA  MILESTONES  IN PROGRESS  MET  OVERDUE  BLOCKED  RESCHEDULED  MET OF DUE
	//   Water       2           1            1    1        0        0            1 of 2 (50%)
	//   All areas   2           1            1    1        0        0            1 of 2 (50%)
	//
	// Overdue
	//   QUARTER  US FISCAL  MX FISCAL  FOCUS AREA  MILESTONE              STATUS       LATE BY
	//   2025-Q4  FY2026 Q1  FY2025 Q4  Water       Shared flow forecasts  In progress  1 quarter
	//
	// Due this quarter: none
	//
	// Coming up from 2026-Q2 to 2027-Q1: none
	//
	// Blocked: none
	//
	// Rescheduled: none
	//
	// Sessions from 2026-Q1 to 2026-Q4
	//   QUARTER  US FISCAL  MX FISCAL  COMMITMENT    FOCUS AREA  MECHANISM  SESSION  HOST
	//   2026-Q2  FY2026 Q3  FY2026 Q2  water-summit  Water       summit     2        US
	//
	// Benefits: none
}

// Occurrences yields the sessions of one commitment's plan: this annual
// summit meets from its start quarter to the end of the term, hosted by
// Mexico, its first lead, then by each party in turn.
func ExampleAgreement_Occurrences() {
	a := waterAgreement()
	summit := &a.Commitments[0]
	for s := range a.Occurrences(summit, a.Term.Start, a.Term.End) {
		fmt.Printf("%s  session %d  hosted by %s\n", s.Quarter, s.Number, s.Host)
	}
	// Output:
	// 2025-Q2  session 1  hosted by MX
	// 2026-Q2  session 2  hosted by US
	// 2027-Q2  session 3  hosted by MX
}

// Sessions yields the sessions of all the commitments in a span of
// quarters, by quarter. Sessions keep their numbers when the span starts
// after the plans do.
func ExampleAgreement_Sessions() {
	a := waterAgreement()
	a.Commitments = append(a.Commitments, agreement.Commitment{
		ID: "technical-review", Area: focusarea.Water, Summary: bilateral.PlainText("Technical reviews"),
		Implementation: agreement.Implementation{
			Mechanism: agreement.WorkingGroup, Description: bilateral.PlainText("Twice-yearly technical reviews"),
			Cadence: agreement.Semiannual, Start: bilateral.MustParseQuarter("2025-Q1"), Venue: "US",
		},
	})
	from, to := bilateral.MustParseQuarter("2026-Q1"), bilateral.MustParseQuarter("2026-Q4")
	for s := range a.Sessions(from, to) {
		fmt.Printf("%s  %-16s  %-13s  session %d  hosted by %s\n", s.Quarter, s.Commitment, s.Mechanism, s.Number, s.Host)
	}
	// Output:
	// 2026-Q1  technical-review  working-group  session 3  hosted by US
	// 2026-Q2  water-summit      summit         session 2  hosted by US
	// 2026-Q3  technical-review  working-group  session 4  hosted by US
}

// Gantt draws the milestones as a Mermaid gantt chart, one section per
// focus area: met milestones are done, overdue ones critical and those in
// progress active.
func ExampleAgreement_Gantt() {
	a := waterAgreement()
	fmt.Print(a.Gantt(bilateral.MustParseQuarter("2026-Q1")))
	// Output:
	// gantt
	//     title Water sharing on the Rio Grande, as of 2026-Q1
	//     dateFormat YYYY-MM-DD
	//     axisFormat %Y-%m
	//     todayMarker off
	//     section Water
	//     Joint gauging stations (met): done, m-joint-gauging, 2025-07-01, 2025-10-01
	//     Shared flow forecasts (overdue): crit, m-shared-forecasts, 2025-10-01, 2026-01-01
}
