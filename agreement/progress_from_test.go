package agreement_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/internal/race"
	"github.com/bilateral-go/bilateral/milestone"
)

// reportQuarters are the quarters the tests of kept schedules report as
// of: before, during and after the terms of their agreements, and none.
var reportQuarters = []bilateral.Quarter{
	{}, qtr("2019-Q4"), qtr("2024-Q1"), qtr("2024-Q3"), qtr("2025-Q2"), qtr("2026-Q1"), qtr("2031-Q4"),
}

// TestReportsFromAKeptSchedule checks that a kept schedule gives the
// reports that the agreement gives alone, as of every quarter and in every
// language, however many reports are made from it.
func TestReportsFromAKeptSchedule(t *testing.T) {
	for name, a := range map[string]*agreement.Agreement{
		"seed":     parseSeed(t),
		"progress": progressAgreement(),
		"water":    waterAgreement(),
		"empty":    {},
	} {
		s := a.Schedule()
		for _, asOf := range reportQuarters {
			if diff := cmp.Diff(a.Progress(asOf), a.ProgressFrom(s, asOf)); diff != "" {
				t.Errorf("%s as of %s: ProgressFrom differs from Progress (-Progress +ProgressFrom):\n%s", name, asOf, diff)
			}
			for _, lang := range []string{"en", "es-MX", "fr", "xx"} {
				if got, want := a.GanttFrom(s, asOf, lang), a.GanttIn(asOf, lang); got != want {
					t.Errorf("%s as of %s in %s: GanttFrom differs from GanttIn:\n%s\nwant:\n%s", name, asOf, lang, got, want)
				}
			}
		}
	}
}

// TestReportsFromAnotherSchedule checks that a schedule of any list but the
// agreement's own is not used: the reports are those of the agreement's
// milestones, and point into its list.
func TestReportsFromAnotherSchedule(t *testing.T) {
	a := progressAgreement()
	other := slices.Clone(a.Milestones) // equal, at first
	for i := range other {
		other[i].Status, other[i].MetIn = milestone.Met, other[i].Quarter
	}
	asOf := qtr("2025-Q2")
	for name, s := range map[string]*milestone.Schedule{
		"nil":                 nil,
		"of no milestones":    milestone.NewSchedule(nil),
		"of an altered copy":  milestone.NewSchedule(other),
		"of part of the list": milestone.NewSchedule(a.Milestones[:len(a.Milestones)-1]),
		"of the list and one more": milestone.NewSchedule(
			append(a.Milestones[:len(a.Milestones):len(a.Milestones)], a.Milestones[0])),
	} {
		want := a.Progress(asOf)
		got := a.ProgressFrom(s, asOf)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("from a schedule %s: ProgressFrom differs from Progress (-Progress +ProgressFrom):\n%s", name, diff)
		}
		if len(got.All.Overdue) == 0 {
			t.Fatalf("from a schedule %s: nothing overdue as of %s; the test needs a milestone to point at", name, asOf)
		}
		for _, m := range got.All.Overdue {
			if !pointsInto(m, a.Milestones) {
				t.Errorf("from a schedule %s: overdue milestone %s is not one of the agreement's", name, m.ID)
			}
		}
		if got, want := a.GanttFrom(s, asOf, "en"), a.Gantt(asOf); got != want {
			t.Errorf("from a schedule %s: GanttFrom differs from Gantt:\n%s\nwant:\n%s", name, got, want)
		}
	}
}

// pointsInto reports whether m is the address of an element of ms.
func pointsInto(m *milestone.Milestone, ms []milestone.Milestone) bool {
	for i := range ms {
		if m == &ms[i] {
			return true
		}
	}
	return false
}

// TestProgressFromDoesNotMakeTheSchedule checks that ProgressFrom and
// GanttFrom use the schedule they are given: they allocate less than the
// reports that make one, by at least what making one allocates.
func TestProgressFromDoesNotMakeTheSchedule(t *testing.T) {
	if race.Enabled {
		t.Skip("the race detector allocates on its own")
	}
	a := wideAgreement(100)
	s := a.Schedule()
	asOf := a.Term.Start.Add(4)
	making := testing.AllocsPerRun(10, func() { a.Schedule() })
	if making < 3 {
		t.Fatalf("making the schedule allocates %v times; the test cannot tell", making)
	}
	for _, c := range []struct {
		name       string
		make, kept func()
	}{
		{"Progress", func() { a.Progress(asOf) }, func() { a.ProgressFrom(s, asOf) }},
		{"Gantt", func() { a.GanttIn(asOf, "en") }, func() { a.GanttFrom(s, asOf, "en") }},
	} {
		made, kept := testing.AllocsPerRun(10, c.make), testing.AllocsPerRun(10, c.kept)
		if kept > made-making {
			t.Errorf("%s from a kept schedule allocates %v times, and %v making one; making the schedule alone allocates %v times", c.name, kept, made, making)
		}
	}
}

// TestKeptScheduleConcurrent makes reports from one kept schedule in many
// goroutines at once, as a service's requests do, for the race detector.
func TestKeptScheduleConcurrent(t *testing.T) {
	a := progressAgreement()
	s := a.Schedule()
	const workers = 8
	type reports struct {
		progress *agreement.Progress
		gantt    string
		order    []bilateral.ID
	}
	got := make([]reports, workers)
	race.AtOnce(workers, func(w int) {
		asOf := reportQuarters[w%len(reportQuarters)]
		got[w].progress = a.ProgressFrom(s, asOf)
		got[w].gantt = a.GanttFrom(s, asOf, "en")
		for m := range s.DependencyOrder() { // made on first use, which the goroutines race for
			got[w].order = append(got[w].order, m.ID)
		}
	})
	var order []bilateral.ID
	for m := range a.Schedule().DependencyOrder() {
		order = append(order, m.ID)
	}
	for w, r := range got {
		asOf := reportQuarters[w%len(reportQuarters)]
		if diff := cmp.Diff(a.Progress(asOf), r.progress); diff != "" {
			t.Errorf("goroutine %d, as of %s: ProgressFrom differs from Progress (-Progress +ProgressFrom):\n%s", w, asOf, diff)
		}
		if want := a.Gantt(asOf); r.gantt != want {
			t.Errorf("goroutine %d, as of %s: GanttFrom differs from Gantt", w, asOf)
		}
		if !slices.Equal(r.order, order) {
			t.Errorf("goroutine %d: DependencyOrder %v, want %v", w, r.order, order)
		}
	}
}
