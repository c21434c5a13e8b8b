package agreement_test

import (
	"fmt"
	"strings"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/milestone"
)

// A service that reports on an agreement as of several quarters makes its
// schedule once, and each report from it.
func ExampleAgreement_ProgressFrom() {
	a := waterAgreement()
	s := a.Schedule()
	for q := range bilateral.Quarters(bilateral.MustParseQuarter("2025-Q3"), bilateral.MustParseQuarter("2026-Q2")) {
		p := a.ProgressFrom(s, q)
		fmt.Printf("%s: %d due, %d met, %d overdue\n", q, p.All.Due, p.All.Count(milestone.Met), len(p.All.Overdue))
	}
	// Output:
	// 2025-Q3: 0 due, 1 met, 0 overdue
	// 2025-Q4: 1 due, 1 met, 0 overdue
	// 2026-Q1: 2 due, 1 met, 1 overdue
	// 2026-Q2: 2 due, 1 met, 1 overdue
}

// Charts in several languages come from one schedule too.
func ExampleAgreement_GanttFrom() {
	a := waterAgreement()
	s := a.Schedule()
	asOf := bilateral.MustParseQuarter("2026-Q1")
	for _, lang := range []string{"en", "es"} {
		chart := a.GanttFrom(s, asOf, lang)
		title := strings.SplitN(chart, "\n", 3)[1]
		fmt.Println(strings.TrimSpace(title))
	}
	// Output:
	// title Water sharing on the Rio Grande, as of 2026-Q1
	// title Water sharing on the Rio Grande, al 2026-Q1
}
