package milestone_test

import (
	"iter"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/milestone"
)

// deepClone copies ms and the slices that its milestones hold.
func deepClone(ms []milestone.Milestone) []milestone.Milestone {
	out := slices.Clone(ms)
	for i := range out {
		out[i].DependsOn = slices.Clone(out[i].DependsOn)
		out[i].ExpectedResults = slices.Clone(out[i].ExpectedResults)
	}
	return out
}

// TestScheduleHandsOutViews checks the documented contract of what a
// Schedule hands out: Lookup, every query and the lists of a Tally give
// pointers to the milestones of the slice the schedule was made from, the
// same milestone through each, and nothing the schedule does writes to
// them.
func TestScheduleHandsOutViews(t *testing.T) {
	ms := append(queryFixture(), blockFixture()...)
	ms = append(ms, milestone.Milestone{ID: "results", Quarter: q("2025-Q2"), Area: "trade",
		ExpectedResults: []bilateral.Text{bilateral.PlainText("A result")}, DependsOn: []bilateral.ID{"a1"}})
	before := deepClone(ms)
	s := milestone.NewSchedule(ms)

	index := make(map[*milestone.Milestone]int, len(ms))
	for i := range ms {
		index[&ms[i]] = i
	}
	check := func(what string, m *milestone.Milestone) {
		t.Helper()
		i, ok := index[m]
		if !ok {
			t.Errorf("%s gives %s at %p, which is not a milestone of the slice", what, m.ID, m)
			return
		}
		if ms[i].ID != m.ID {
			t.Errorf("%s gives %s, which is at index %d of %s", what, m.ID, i, ms[i].ID)
		}
	}

	for i := range ms {
		first := slices.IndexFunc(ms, func(m milestone.Milestone) bool { return m.ID == ms[i].ID })
		m, ok := s.Lookup(ms[i].ID)
		if !ok || m != &ms[first] {
			t.Errorf("Lookup(%s) = %p, %v; want %p, the first milestone with the id in the slice", ms[i].ID, m, ok, &ms[first])
		}
	}
	if m, ok := s.Lookup("nothing"); m != nil || ok {
		t.Errorf("Lookup(nothing) = %v, %v; want nil, false", m, ok)
	}

	asOf := q("2025-Q1")
	queries := map[string]iter.Seq[*milestone.Milestone]{
		"All":             s.All(),
		"DueIn":           s.DueIn(asOf),
		"Between":         s.Between(q("2024-Q1"), q("2026-Q4")),
		"Overdue":         s.Overdue(q("2099-Q4")),
		"Upcoming":        s.Upcoming(q("2024-Q1"), 100),
		"InArea":          s.InArea("trade"),
		"Rescheduled":     s.Rescheduled(),
		"Blocked":         s.Blocked(asOf),
		"DependencyOrder": s.DependencyOrder(),
	}
	for name, seq := range queries {
		n := 0
		for m := range seq {
			check(name, m)
			s.BlockedAsOf(m, asOf)
			n++
		}
		if n == 0 {
			t.Errorf("%s yields nothing; the test needs it to yield", name)
		}
	}
	all, byArea := s.Progress(asOf)
	for _, tl := range append([]*milestone.Tally{&all}, mapValues(byArea)...) {
		for _, m := range tl.Overdue {
			check("Tally.Overdue", m)
		}
		for _, m := range tl.Slipped {
			check("Tally.Slipped", m)
		}
		for _, b := range tl.Blocked {
			check("Tally.Blocked", b.Milestone)
		}
	}

	if diff := cmp.Diff(before, ms); diff != "" {
		t.Errorf("the schedule changed the milestones it was made from (-before +after):\n%s", diff)
	}
}
