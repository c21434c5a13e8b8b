package milestone_test

import (
	"fmt"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/milestone"
)

func ExampleSchedule() {
	s := milestone.NewSchedule([]milestone.Milestone{
		{ID: "security-cooperation", Quarter: bilateral.MustParseQuarter("2025-Q2")},
		{ID: "trade-policy-harmonization", Quarter: bilateral.MustParseQuarter("2024-Q3"), Status: milestone.Met},
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
