package agreement_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/agreement"
)

// changelogSection returns the place of a change's section in a changelog:
// lifecycle, focus areas, commitments, milestones, engagements, the rest.
func changelogSection(path string) int {
	first, _, _ := strings.Cut(strings.TrimPrefix(path, "/"), "/")
	switch first {
	case "status", "history":
		return 0
	case "focusAreas":
		return 1
	case "commitments":
		return 2
	case "milestones":
		return 3
	case "engagements":
		return 4
	}
	return 5
}

// TestChangesString checks the layout of the changelog: a heading for each
// section with changes, in the order of the sections, and under it one
// indented line for each change of the section, in the order of the
// changes.
func TestChangesString(t *testing.T) {
	seed := parseSeed(t)
	to := deepCopy(seed)
	for _, tc := range diffCases {
		switch tc.name {
		case "status moved on", "party fiscal year and representative", "term extended",
			"area action, priority and benefit", "commitment added, removed and changed",
			"milestone rescheduled and met", "engagement scheduled", "kind, title and languages":
			tc.change(to)
		}
	}
	changes := agreement.Diff(seed, to)
	if len(changes) < 20 {
		t.Fatalf("only %d changes", len(changes))
	}
	var want []string // headings as "#n", then the lines
	for s := range 6 {
		first := true
		for _, c := range changes {
			if changelogSection(c.Path) != s {
				continue
			}
			if first {
				want = append(want, "#")
				first = false
			}
			want = append(want, "  "+c.Message)
		}
	}
	log := changes.String()
	if !strings.HasSuffix(log, "\n") {
		t.Errorf("the changelog does not end in a line break")
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSuffix(log, "\n"), "\n") {
		switch {
		case line == "":
		case !strings.HasPrefix(line, " "):
			got = append(got, "#")
		default:
			got = append(got, line)
		}
	}
	if !slices.Equal(want, got) {
		t.Errorf("the changelog is laid out otherwise:\n%s\nwant the lines:\n%s", log, strings.Join(want, "\n"))
	}
	if n := strings.Count(log, "\n\n"); n != strings.Count(strings.Join(want, "\n"), "#")-1 {
		t.Errorf("%d blank lines between sections", n)
	}
	if s := agreement.Changes(nil).String(); s != "" {
		t.Errorf("the changelog of no changes is %q", s)
	}
}
