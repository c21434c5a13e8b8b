package milestone_test

import (
	"fmt"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

func ExampleSchedule() {
	s := milestone.NewSchedule([]milestone.Milestone{
		{ID: "security-cooperation", Quarter: bilateral.MustParseQuarter("2025-Q2")},
		{ID: "trade-policy-harmonization", Quarter: bilateral.MustParseQuarter("2024-Q3"), Status: milestone.Met, MetIn: bilateral.MustParseQuarter("2024-Q3")},
		{ID: "cybersecurity-collaboration", Quarter: bilateral.MustParseQuarter("2024-Q4")},
	})
	asOf := bilateral.MustParseQuarter("2025-Q1")
	for m := range s.All() {
		fmt.Println(m.Quarter, m.ID, m.Status.OrDefault(), m.Overdue(asOf))
	}
	m, _ := s.Lookup("security-cooperation")
	fmt.Println(m.Quarter)
	// Output:
	// 2024-Q3 trade-policy-harmonization met false
	// 2024-Q4 cybersecurity-collaboration scheduled true
	// 2025-Q2 security-cooperation scheduled false
	// 2025-Q2
}

func ExampleMilestone_Slip() {
	m := milestone.Milestone{
		Quarter:         bilateral.MustParseQuarter("2025-Q2"),
		OriginalQuarter: bilateral.MustParseQuarter("2024-Q4"),
	}
	fmt.Println(m.Slip())
	// Output: 2
}

func ExampleSchedule_Overdue() {
	s := milestone.NewSchedule([]milestone.Milestone{
		{ID: "trade-policy-harmonization", Quarter: bilateral.MustParseQuarter("2024-Q3"), Status: milestone.Met, MetIn: bilateral.MustParseQuarter("2024-Q4")},
		{ID: "cybersecurity-collaboration", Quarter: bilateral.MustParseQuarter("2024-Q4"), Status: milestone.InProgress},
		{ID: "energy-grid-study", Quarter: bilateral.MustParseQuarter("2024-Q4"), Status: milestone.Met, MetIn: bilateral.MustParseQuarter("2025-Q2")},
		{ID: "security-cooperation", Quarter: bilateral.MustParseQuarter("2025-Q1")},
	})
	// As of 2025-Q1, the milestones due in 2024 and not met by then. The
	// energy grid study was met later, in 2025-Q2, so it was overdue then;
	// security cooperation is due in 2025-Q1 itself, so it is not overdue yet.
	for m := range s.Overdue(bilateral.MustParseQuarter("2025-Q1")) {
		fmt.Println(m.Quarter, m.ID)
	}
	// Output:
	// 2024-Q4 cybersecurity-collaboration
	// 2024-Q4 energy-grid-study
}

func ExampleSchedule_Blocked() {
	s := milestone.NewSchedule([]milestone.Milestone{
		{ID: "customs-data-exchange", Quarter: bilateral.MustParseQuarter("2024-Q4"), Status: milestone.Met, MetIn: bilateral.MustParseQuarter("2025-Q1")},
		{ID: "single-window-pilot", Quarter: bilateral.MustParseQuarter("2025-Q1"), DependsOn: []bilateral.ID{"customs-data-exchange"}},
		{ID: "border-wait-times", Quarter: bilateral.MustParseQuarter("2025-Q2"), Status: milestone.InProgress, DependsOn: []bilateral.ID{"single-window-pilot"}},
	})
	for _, asOf := range []string{"2024-Q4", "2025-Q1"} {
		fmt.Println("as of", asOf+":")
		for m := range s.Blocked(bilateral.MustParseQuarter(asOf)) {
			fmt.Println(" ", m.ID, "waits for", m.DependsOn)
		}
	}
	// Output:
	// as of 2024-Q4:
	//   single-window-pilot waits for [customs-data-exchange]
	//   border-wait-times waits for [single-window-pilot]
	// as of 2025-Q1:
	//   border-wait-times waits for [single-window-pilot]
}

func ExampleSchedule_Upcoming() {
	s := milestone.NewSchedule([]milestone.Milestone{
		{ID: "trade-policy-harmonization", Quarter: bilateral.MustParseQuarter("2024-Q4")},
		{ID: "cybersecurity-collaboration", Quarter: bilateral.MustParseQuarter("2025-Q1"), Status: milestone.Met, MetIn: bilateral.MustParseQuarter("2024-Q4")},
		{ID: "security-cooperation", Quarter: bilateral.MustParseQuarter("2025-Q1")},
		{ID: "energy-grid-study", Quarter: bilateral.MustParseQuarter("2025-Q2"), Status: milestone.InProgress},
		{ID: "joint-review", Quarter: bilateral.MustParseQuarter("2025-Q4")},
	})
	// The next two milestones after 2024-Q4 that are still to be delivered:
	// cybersecurity collaboration was met early.
	for m := range s.Upcoming(bilateral.MustParseQuarter("2024-Q4"), 2) {
		fmt.Println(m.Quarter, m.ID)
	}
	// Output:
	// 2025-Q1 security-cooperation
	// 2025-Q2 energy-grid-study
}

func ExampleSchedule_DependencyOrder() {
	s := milestone.NewSchedule([]milestone.Milestone{
		{ID: "joint-report", Quarter: bilateral.MustParseQuarter("2025-Q2"), DependsOn: []bilateral.ID{"data-sharing", "working-group"}},
		{ID: "data-sharing", Quarter: bilateral.MustParseQuarter("2025-Q1"), DependsOn: []bilateral.ID{"working-group"}},
		{ID: "working-group", Quarter: bilateral.MustParseQuarter("2024-Q4")},
		{ID: "visa-review", Quarter: bilateral.MustParseQuarter("2025-Q1")},
	})
	for m := range s.DependencyOrder() {
		fmt.Println(m.Quarter, m.ID)
	}
	// Output:
	// 2024-Q4 working-group
	// 2025-Q1 data-sharing
	// 2025-Q1 visa-review
	// 2025-Q2 joint-report
}

func ExampleSchedule_Between() {
	s := milestone.NewSchedule([]milestone.Milestone{
		{ID: "trade-policy-harmonization", Quarter: bilateral.MustParseQuarter("2024-Q3")},
		{ID: "cybersecurity-collaboration", Quarter: bilateral.MustParseQuarter("2024-Q4")},
		{ID: "security-cooperation", Quarter: bilateral.MustParseQuarter("2025-Q1")},
		{ID: "energy-grid-study", Quarter: bilateral.MustParseQuarter("2025-Q2")},
	})
	// The turn of the year, both ends included.
	for m := range s.Between(bilateral.MustParseQuarter("2024-Q4"), bilateral.MustParseQuarter("2025-Q1")) {
		fmt.Println(m.Quarter, m.ID)
	}
	// Output:
	// 2024-Q4 cybersecurity-collaboration
	// 2025-Q1 security-cooperation
}

func ExampleSchedule_DueIn() {
	s := milestone.NewSchedule([]milestone.Milestone{
		{ID: "trade-policy-harmonization", Quarter: bilateral.MustParseQuarter("2024-Q4"), Status: milestone.Met, MetIn: bilateral.MustParseQuarter("2024-Q4")},
		{ID: "security-cooperation", Quarter: bilateral.MustParseQuarter("2025-Q1")},
		{ID: "energy-grid-study", Quarter: bilateral.MustParseQuarter("2025-Q1"), Status: milestone.InProgress},
		{ID: "joint-review", Quarter: bilateral.MustParseQuarter("2025-Q2")},
	})
	// The milestones due in the quarter in progress: not overdue yet, and
	// not upcoming either. DueIn yields them whatever their status.
	asOf := bilateral.MustParseQuarter("2025-Q1")
	for m := range s.DueIn(asOf) {
		fmt.Println(m.ID, m.StatusAsOf(asOf))
	}
	// Output:
	// energy-grid-study in-progress
	// security-cooperation scheduled
}

func ExampleSchedule_InArea() {
	s := milestone.NewSchedule([]milestone.Milestone{
		{ID: "tariff-review", Area: focusarea.Trade, Quarter: bilateral.MustParseQuarter("2025-Q2")},
		{ID: "port-inspections", Area: focusarea.Security, Quarter: bilateral.MustParseQuarter("2024-Q4")},
		{ID: "customs-data-exchange", Area: focusarea.Trade, Quarter: bilateral.MustParseQuarter("2024-Q4")},
	})
	for m := range s.InArea(focusarea.Trade) {
		fmt.Println(m.Quarter, m.ID)
	}
	// Output:
	// 2024-Q4 customs-data-exchange
	// 2025-Q2 tariff-review
}

func ExampleSchedule_Rescheduled() {
	s := milestone.NewSchedule([]milestone.Milestone{
		{ID: "security-cooperation", Quarter: bilateral.MustParseQuarter("2025-Q3"), OriginalQuarter: bilateral.MustParseQuarter("2025-Q1")},
		{ID: "trade-policy-harmonization", Quarter: bilateral.MustParseQuarter("2024-Q3")},
		{ID: "energy-grid-study", Quarter: bilateral.MustParseQuarter("2025-Q1"), OriginalQuarter: bilateral.MustParseQuarter("2025-Q2")},
	})
	for m := range s.Rescheduled() {
		fmt.Printf("%s: %s, planned for %s (%+d)\n", m.ID, m.Quarter, m.OriginalQuarter, m.Slip())
	}
	// Output:
	// energy-grid-study: 2025-Q1, planned for 2025-Q2 (-1)
	// security-cooperation: 2025-Q3, planned for 2025-Q1 (+2)
}

func ExampleSchedule_Progress() {
	s := milestone.NewSchedule([]milestone.Milestone{
		{ID: "trade-policy-harmonization", Area: "trade", Quarter: bilateral.MustParseQuarter("2024-Q3"), Status: milestone.Met, MetIn: bilateral.MustParseQuarter("2024-Q4")},
		{ID: "tariff-schedule", Area: "trade", Quarter: bilateral.MustParseQuarter("2024-Q4"), Status: milestone.InProgress},
		{ID: "cybersecurity-collaboration", Area: "security", Quarter: bilateral.MustParseQuarter("2024-Q4"), Status: milestone.Met, MetIn: bilateral.MustParseQuarter("2025-Q1")},
		{ID: "security-cooperation", Area: "security", Quarter: bilateral.MustParseQuarter("2025-Q2"), OriginalQuarter: bilateral.MustParseQuarter("2025-Q1")},
		{ID: "port-inspections", Area: "security", Quarter: bilateral.MustParseQuarter("2024-Q4"), Status: milestone.Cancelled},
	})
	all, byArea := s.Progress(bilateral.MustParseQuarter("2025-Q1"))
	share, _ := all.MetShare()
	fmt.Printf("as of %v: %d milestones, %d met, %d of %d due met (%.0f%%)\n",
		all.AsOf, all.Total, all.Count(milestone.Met), all.DueMet, all.Due, 100*share)
	for _, m := range all.Overdue {
		fmt.Println("overdue:", m.ID)
	}
	for _, m := range all.Slipped {
		fmt.Println("slipped:", m.ID, "by", m.Slip())
	}
	trade := byArea["trade"]
	fmt.Println("trade:", trade.Count(milestone.Met), "met,", trade.Count(milestone.InProgress), "in progress")
	// Output:
	// as of 2025-Q1: 5 milestones, 2 met, 2 of 3 due met (67%)
	// overdue: tariff-schedule
	// slipped: security-cooperation by 1
	// trade: 1 met, 1 in progress
}
