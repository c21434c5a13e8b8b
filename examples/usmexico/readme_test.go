package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral"
)

// TestReadmeShowsCurrentOutput keeps the README's progress report and chart
// of the seed, and its changelog and patch of a later version, in step with
// what the example prints.
func TestReadmeShowsCurrentOutput(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	asOf := bilateral.MustParseQuarter("2025-Q1")
	for _, tc := range []struct {
		name  string
		opts  options
		fence string
	}{
		{"-asof 2025-Q1", options{report: true, asOf: asOf}, "```\n"},
		{"-asof 2025-Q1 -mermaid", options{mermaid: true, asOf: asOf}, "```mermaid\n"},
		{"-diff later.json", options{diff: laterFile}, "```\n"},
		{"-diff later.json -patch", options{diff: laterFile, patch: true}, "```json\n"},
		{"-diff later.json -lang es", options{diff: laterFile, lang: "es"}, "```\n"},
		{"-lang es -asof 2025-Q1", options{report: true, asOf: asOf, lang: "es"}, "```\n"},
	} {
		var out bytes.Buffer
		if err := run(&out, tc.opts); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(readme), tc.fence+out.String()+"```\n") {
			t.Errorf("README.md does not show the current output of go run ./examples/usmexico %s in a %q block; it is:\n%s",
				tc.name, strings.TrimSpace(tc.fence), out.String())
		}
	}
}

func TestReportAndChart(t *testing.T) {
	var report, chart bytes.Buffer
	asOf := bilateral.MustParseQuarter("2025-Q1")
	if err := run(&report, options{report: true, asOf: asOf}); err != nil {
		t.Fatal(err)
	}
	if err := run(&chart, options{mermaid: true, asOf: asOf}); err != nil {
		t.Fatal(err)
	}
	// As of 2025-Q1 the two milestones of 2024 are overdue, and the U.S.
	// labels 2024-Q4 as the first quarter of its fiscal 2025.
	for _, want := range []string{"Trade Policy Harmonization", "Cybersecurity Collaboration", "FY2025 Q1", "FY2025 Q2"} {
		if !strings.Contains(report.String(), want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if !strings.HasPrefix(chart.String(), "gantt\n") || strings.Count(chart.String(), ": crit, ") != 2 {
		t.Errorf("the chart is not a gantt chart with the two overdue milestones marked:\n%s", chart.String())
	}
}
