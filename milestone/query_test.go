package milestone_test

import (
	"iter"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/internal/race"
	"github.com/bilateral-go/bilateral/milestone"
)

// ids drains seq and returns the ids it yields, in order; nil when it
// yields nothing.
func ids(seq iter.Seq[*milestone.Milestone]) []string {
	var out []string
	for m := range seq {
		out = append(out, string(m.ID))
	}
	return out
}

// both returns the schedule of ms and that of ms reversed, so that a test
// shows the input order does not matter.
func both(ms []milestone.Milestone) map[string]*milestone.Schedule {
	rev := slices.Clone(ms)
	slices.Reverse(rev)
	return map[string]*milestone.Schedule{
		"given":    milestone.NewSchedule(ms),
		"reversed": milestone.NewSchedule(rev),
	}
}

// queryFixture is a schedule across the 2024/2025 year boundary, with a
// milestone that has no quarter, a gap in 2025-Q2, and one of each kind
// that a query treats differently.
func queryFixture() []milestone.Milestone {
	return []milestone.Milestone{
		{ID: "e1", Quarter: q("2026-Q1"), Area: "trade", Status: milestone.Met, MetIn: q("2025-Q1")}, // met early
		{ID: "c2", Quarter: q("2025-Q1"), Area: "security", Status: milestone.Cancelled},
		{ID: "noq"}, // no quarter, no area
		{ID: "b2", Quarter: q("2024-Q4"), Area: "energy", OriginalQuarter: q("2024-Q2")}, // slipped +2
		{ID: "a2", Quarter: q("2024-Q3"), Area: "security"},
		{ID: "d1", Quarter: q("2025-Q3"), Area: "energy", OriginalQuarter: q("2025-Q4")}, // brought forward 1
		{ID: "a1", Quarter: q("2024-Q3"), Area: "trade", Status: milestone.Met, MetIn: q("2024-Q3")},
		{ID: "f1", Quarter: q("2026-Q2"), Area: "trade", OriginalQuarter: q("2026-Q2")}, // slip 0
		{ID: "c1", Quarter: q("2025-Q1"), Area: "trade"},
		{ID: "b1", Quarter: q("2024-Q4"), Area: "trade", Status: milestone.InProgress},
	}
}

func TestDueIn(t *testing.T) {
	tests := []struct {
		name string
		q    bilateral.Quarter
		want []string
	}{
		{"first quarter", q("2024-Q3"), []string{"a1", "a2"}},
		{"last quarter of a year", q("2024-Q4"), []string{"b1", "b2"}},
		{"first quarter of the next year", q("2025-Q1"), []string{"c1", "c2"}},
		{"a gap", q("2025-Q2"), nil},
		{"last quarter", q("2026-Q2"), []string{"f1"}},
		{"before all", q("2024-Q2"), nil},
		{"after all", q("2026-Q3"), nil},
		{"zero quarter", bilateral.Quarter{}, nil},
	}
	for name, s := range both(queryFixture()) {
		for _, tt := range tests {
			if diff := cmp.Diff(tt.want, ids(s.DueIn(tt.q))); diff != "" {
				t.Errorf("%s input, %s: DueIn(%v) mismatch (-want +got):\n%s", name, tt.name, tt.q, diff)
			}
		}
	}
}

func TestBetween(t *testing.T) {
	all := []string{"a1", "a2", "b1", "b2", "c1", "c2", "d1", "e1", "f1"}
	tests := []struct {
		name     string
		from, to bilateral.Quarter
		want     []string
	}{
		{"one quarter", q("2024-Q4"), q("2024-Q4"), []string{"b1", "b2"}},
		{"across the year boundary", q("2024-Q4"), q("2025-Q1"), []string{"b1", "b2", "c1", "c2"}},
		{"ends included", q("2024-Q3"), q("2025-Q1"), []string{"a1", "a2", "b1", "b2", "c1", "c2"}},
		{"exactly the span", q("2024-Q3"), q("2026-Q2"), all},
		{"wider than the span", q("2000-Q1"), q("2099-Q4"), all},
		{"every quarter there is", q("0001-Q1"), q("9999-Q4"), all},
		{"starts in a gap", q("2025-Q2"), q("2025-Q3"), []string{"d1"}},
		{"ends in a gap", q("2025-Q1"), q("2025-Q2"), []string{"c1", "c2"}},
		{"only a gap", q("2025-Q2"), q("2025-Q2"), nil},
		{"overlaps the start", q("2023-Q1"), q("2024-Q3"), []string{"a1", "a2"}},
		{"overlaps the end", q("2026-Q2"), q("2030-Q1"), []string{"f1"}},
		{"before all", q("2020-Q1"), q("2024-Q2"), nil},
		{"after all", q("2026-Q3"), q("2030-Q1"), nil},
		{"to before from", q("2025-Q1"), q("2024-Q4"), nil},
		{"to well before from", q("2026-Q2"), q("2024-Q3"), nil},
		{"zero from", bilateral.Quarter{}, q("2025-Q1"), nil},
		{"zero to", q("2024-Q3"), bilateral.Quarter{}, nil},
		{"both zero", bilateral.Quarter{}, bilateral.Quarter{}, nil},
	}
	for name, s := range both(queryFixture()) {
		for _, tt := range tests {
			if diff := cmp.Diff(tt.want, ids(s.Between(tt.from, tt.to))); diff != "" {
				t.Errorf("%s input, %s: Between(%v, %v) mismatch (-want +got):\n%s", name, tt.name, tt.from, tt.to, diff)
			}
		}
	}
	if got := ids(milestone.NewSchedule(nil).Between(q("0001-Q1"), q("9999-Q4"))); got != nil {
		t.Errorf("Between on an empty schedule = %v", got)
	}
}

// overdueFixture has one milestone of each status due before 2025-Q1, and
// some due later or with no quarter.
func overdueFixture() []milestone.Milestone {
	return []milestone.Milestone{
		{ID: "q3-empty", Quarter: q("2024-Q3")},
		{ID: "q3-scheduled", Quarter: q("2024-Q3"), Status: milestone.Scheduled},
		{ID: "q3-met", Quarter: q("2024-Q3"), Status: milestone.Met, MetIn: q("2024-Q3")},
		{ID: "q3-partially-met", Quarter: q("2024-Q3"), Status: milestone.PartiallyMet, MetIn: q("2024-Q4")},
		{ID: "q3-not-met", Quarter: q("2024-Q3"), Status: milestone.NotMet},
		{ID: "q3-deferred", Quarter: q("2024-Q3"), Status: milestone.Deferred},
		{ID: "q3-cancelled", Quarter: q("2024-Q3"), Status: milestone.Cancelled},
		{ID: "q3-met-late", Quarter: q("2024-Q3"), Status: milestone.Met, MetIn: q("2025-Q2")},
		{ID: "q4-in-progress", Quarter: q("2024-Q4"), Status: milestone.InProgress},
		{ID: "q4-partially-met-late", Quarter: q("2024-Q4"), Status: milestone.PartiallyMet, MetIn: q("2025-Q2")},
		{ID: "y25q1-scheduled", Quarter: q("2025-Q1")},
		{ID: "y25q2-scheduled", Quarter: q("2025-Q2")},
		{ID: "noq-scheduled"},
		{ID: "noq-in-progress", Status: milestone.InProgress},
	}
}

func TestScheduleOverdue(t *testing.T) {
	tests := []struct {
		name string
		asOf bilateral.Quarter
		want []string
	}{
		{"due in asOf is not overdue", q("2024-Q3"), nil},
		{"before all", q("2024-Q1"), nil},
		{"met in asOf is not overdue", q("2024-Q4"), []string{
			"q3-empty", "q3-met-late", "q3-scheduled",
		}},
		{"across the year boundary: met after asOf is overdue", q("2025-Q1"), []string{
			"q3-empty", "q3-met-late", "q3-scheduled",
			"q4-in-progress", "q4-partially-met-late",
		}},
		{"met by asOf is no longer overdue", q("2025-Q3"), []string{
			"q3-empty", "q3-scheduled",
			"q4-in-progress",
			"y25q1-scheduled", "y25q2-scheduled",
		}},
		{"far after", q("2099-Q4"), []string{
			"q3-empty", "q3-scheduled",
			"q4-in-progress",
			"y25q1-scheduled", "y25q2-scheduled",
		}},
		{"zero asOf", bilateral.Quarter{}, nil},
	}
	for name, s := range both(overdueFixture()) {
		for _, tt := range tests {
			got := ids(s.Overdue(tt.asOf))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s input, %s: Overdue(%v) mismatch (-want +got):\n%s", name, tt.name, tt.asOf, diff)
			}
			// The query agrees with Milestone.Overdue on every milestone.
			var each []string
			for m := range s.All() {
				if m.Overdue(tt.asOf) {
					each = append(each, string(m.ID))
				}
			}
			if diff := cmp.Diff(each, got); diff != "" {
				t.Errorf("%s input, %s: Overdue(%v) disagrees with Milestone.Overdue (-each +query):\n%s", name, tt.name, tt.asOf, diff)
			}
		}
	}
	if got := ids(milestone.NewSchedule(nil).Overdue(q("2025-Q1"))); got != nil {
		t.Errorf("Overdue on an empty schedule = %v", got)
	}
	// Only milestones with no quarter: none is overdue.
	noq := milestone.NewSchedule([]milestone.Milestone{{ID: "x"}, {ID: "y", Status: milestone.InProgress}})
	if got := ids(noq.Overdue(q("9999-Q4"))); got != nil {
		t.Errorf("Overdue of milestones with no quarter = %v", got)
	}
}

func TestUpcoming(t *testing.T) {
	tests := []struct {
		name  string
		after bilateral.Quarter
		n     int
		want  []string
	}{
		{"n larger than the rest", q("2024-Q3"), 100, []string{"b1", "b2", "c1", "d1", "e1", "f1"}},
		{"exactly n", q("2024-Q3"), 2, []string{"b1", "b2"}},
		{"one", q("2024-Q3"), 1, []string{"b1"}},
		{"skipped ones do not count against n", q("2024-Q4"), 2, []string{"c1", "d1"}},
		{"across the year boundary", q("2024-Q4"), 100, []string{"c1", "d1", "e1", "f1"}},
		{"met after asOf is still open", q("2024-Q2"), 3, []string{"a1", "a2", "b1"}},
		{"met by asOf is not open", q("2025-Q1"), 100, []string{"d1", "f1"}},
		{"in a gap", q("2025-Q2"), 100, []string{"d1", "f1"}},
		{"the last quarter", q("2026-Q2"), 100, nil},
		{"after all", q("2030-Q1"), 100, nil},
		{"n = 0", q("2024-Q3"), 0, nil},
		{"negative n", q("2024-Q3"), -1, nil},
		{"zero quarter", bilateral.Quarter{}, 100, nil},
	}
	for name, s := range both(queryFixture()) {
		for _, tt := range tests {
			if diff := cmp.Diff(tt.want, ids(s.Upcoming(tt.after, tt.n))); diff != "" {
				t.Errorf("%s input, %s: Upcoming(%v, %d) mismatch (-want +got):\n%s", name, tt.name, tt.after, tt.n, diff)
			}
		}
	}
}

func TestUpcomingAfterLastQuarter(t *testing.T) {
	s := milestone.NewSchedule(queryFixture())
	if got := ids(s.Upcoming(q("9999-Q4"), 100)); got != nil {
		t.Errorf("Upcoming(9999-Q4, 100) = %v, want nothing: no quarter comes after 9999-Q4", got)
	}
}

func TestInArea(t *testing.T) {
	tests := []struct {
		key  focusarea.Key
		want []string
	}{
		{"trade", []string{"a1", "b1", "c1", "e1", "f1"}},
		{"energy", []string{"b2", "d1"}},
		{"security", []string{"a2", "c2"}},
		{"", []string{"noq"}}, // the key is matched as it is
		{"health", nil},
	}
	for name, s := range both(queryFixture()) {
		for _, tt := range tests {
			if diff := cmp.Diff(tt.want, ids(s.InArea(tt.key))); diff != "" {
				t.Errorf("%s input: InArea(%q) mismatch (-want +got):\n%s", name, tt.key, diff)
			}
		}
	}
}

func TestRescheduled(t *testing.T) {
	for name, s := range both(queryFixture()) {
		type slip struct {
			ID   string
			Slip int
		}
		var got []slip
		for m := range s.Rescheduled() {
			got = append(got, slip{string(m.ID), m.Slip()})
		}
		// f1 has an original quarter equal to its quarter: no slip.
		want := []slip{{"b2", 2}, {"d1", -1}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s input: Rescheduled() mismatch (-want +got):\n%s", name, diff)
		}
	}
	none := milestone.NewSchedule([]milestone.Milestone{
		{ID: "a", Quarter: q("2024-Q4")},
		{ID: "b", Quarter: q("2025-Q1"), OriginalQuarter: q("2025-Q1")},
	})
	if got := ids(none.Rescheduled()); got != nil {
		t.Errorf("Rescheduled() of milestones that did not move = %v", got)
	}
}

// blockFixture has dependencies met, met late, partially met, open and
// unknown, from milestones of every status.
func blockFixture() []milestone.Milestone {
	return []milestone.Milestone{
		{ID: "base", Quarter: q("2024-Q3"), Status: milestone.Met, MetIn: q("2024-Q4")},
		{ID: "partial", Quarter: q("2024-Q3"), Status: milestone.PartiallyMet, MetIn: q("2024-Q3")},
		{ID: "open", Quarter: q("2024-Q3")},
		{ID: "free", Quarter: q("2025-Q1")},
		{ID: "on-base", Quarter: q("2025-Q1"), DependsOn: []bilateral.ID{"base"}},
		{ID: "on-base-twice", Quarter: q("2025-Q1"), DependsOn: []bilateral.ID{"base", "base"}},
		{ID: "on-base-and-partial", Quarter: q("2025-Q1"), DependsOn: []bilateral.ID{"base", "partial"}},
		{ID: "on-partial", Quarter: q("2025-Q1"), DependsOn: []bilateral.ID{"partial"}},
		{ID: "on-ghost", Quarter: q("2025-Q1"), DependsOn: []bilateral.ID{"ghost"}},
		{ID: "on-open", Quarter: q("2025-Q1"), Status: milestone.InProgress, DependsOn: []bilateral.ID{"open"}},
		{ID: "met-on-open", Quarter: q("2025-Q1"), Status: milestone.Met, MetIn: q("2025-Q1"), DependsOn: []bilateral.ID{"open"}},
		{ID: "partially-met-on-open", Quarter: q("2025-Q1"), Status: milestone.PartiallyMet, MetIn: q("2024-Q4"), DependsOn: []bilateral.ID{"open"}},
		{ID: "not-met-on-open", Quarter: q("2025-Q1"), Status: milestone.NotMet, DependsOn: []bilateral.ID{"open"}},
		{ID: "deferred-on-open", Quarter: q("2025-Q1"), Status: milestone.Deferred, DependsOn: []bilateral.ID{"open"}},
		{ID: "cancelled-on-open", Quarter: q("2025-Q1"), Status: milestone.Cancelled, DependsOn: []bilateral.ID{"open"}},
		{ID: "noq-on-ghost", DependsOn: []bilateral.ID{"ghost"}},
	}
}

func TestBlocked(t *testing.T) {
	tests := []struct {
		name string
		asOf bilateral.Quarter
		want []string
	}{
		{"base met after asOf", q("2024-Q3"), []string{
			"noq-on-ghost",
			"met-on-open", "on-base", "on-base-and-partial", "on-base-twice", "on-ghost", "on-open", "on-partial",
			"partially-met-on-open",
		}},
		{"base met in asOf", q("2024-Q4"), []string{
			"noq-on-ghost",
			"met-on-open", "on-base-and-partial", "on-ghost", "on-open", "on-partial",
		}},
		{"across the year boundary", q("2025-Q1"), []string{
			"noq-on-ghost",
			"on-base-and-partial", "on-ghost", "on-open", "on-partial",
		}},
		{"zero asOf: no quarter", bilateral.Quarter{}, nil},
	}
	for name, s := range both(blockFixture()) {
		for _, tt := range tests {
			got := ids(s.Blocked(tt.asOf))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s input, %s: Blocked(%v) mismatch (-want +got):\n%s", name, tt.name, tt.asOf, diff)
			}
			// The query agrees with BlockedAsOf on every milestone.
			var each []string
			for m := range s.All() {
				if s.BlockedAsOf(m, tt.asOf) {
					each = append(each, string(m.ID))
				}
			}
			if diff := cmp.Diff(each, got); diff != "" {
				t.Errorf("%s input, %s: Blocked(%v) disagrees with BlockedAsOf (-each +query):\n%s", name, tt.name, tt.asOf, diff)
			}
		}
	}
}

func TestBlockedAsOf(t *testing.T) {
	s := milestone.NewSchedule(blockFixture())
	asOf := q("2025-Q1")
	tests := []struct {
		name string
		m    milestone.Milestone
		want bool
	}{
		{"no dependencies", milestone.Milestone{ID: "x", Quarter: q("2025-Q2")}, false},
		{"dependency met", milestone.Milestone{ID: "x", Quarter: q("2025-Q2"), DependsOn: []bilateral.ID{"base"}}, false},
		{"dependency open", milestone.Milestone{ID: "x", Quarter: q("2025-Q2"), DependsOn: []bilateral.ID{"open"}}, true},
		{"dependency partially met", milestone.Milestone{ID: "x", DependsOn: []bilateral.ID{"partial"}}, true},
		{"dependency unknown", milestone.Milestone{ID: "x", DependsOn: []bilateral.ID{"ghost"}}, true},
		{"empty dependency id", milestone.Milestone{ID: "x", DependsOn: []bilateral.ID{""}}, true},
		{"one of two not met", milestone.Milestone{ID: "x", DependsOn: []bilateral.ID{"base", "open"}}, true},
		{"met milestones are never blocked", milestone.Milestone{ID: "x", Status: milestone.Met, MetIn: asOf, DependsOn: []bilateral.ID{"ghost"}}, false},
		{"met after asOf was open then", milestone.Milestone{ID: "x", Status: milestone.Met, MetIn: asOf.Next(), DependsOn: []bilateral.ID{"ghost"}}, true},
		{"cancelled", milestone.Milestone{ID: "x", Status: milestone.Cancelled, DependsOn: []bilateral.ID{"ghost"}}, false},
		{"deferred", milestone.Milestone{ID: "x", Status: milestone.Deferred, DependsOn: []bilateral.ID{"ghost"}}, false},
		{"not met", milestone.Milestone{ID: "x", Status: milestone.NotMet, DependsOn: []bilateral.ID{"ghost"}}, false},
		{"in progress", milestone.Milestone{ID: "x", Status: milestone.InProgress, DependsOn: []bilateral.ID{"ghost"}}, true},
	}
	for _, tt := range tests {
		if got := s.BlockedAsOf(&tt.m, asOf); got != tt.want {
			t.Errorf("%s: BlockedAsOf(%v) = %v, want %v", tt.name, asOf, got, tt.want)
		}
	}
}

func TestDependencyMet(t *testing.T) {
	s := milestone.NewSchedule(append(blockFixture(),
		milestone.Milestone{ID: "met-no-quarter", Quarter: q("2024-Q3"), Status: milestone.Met},
	))
	tests := []struct {
		id   bilateral.ID
		asOf string
		want bool
	}{
		{"base", "2024-Q3", false}, // met in 2024-Q4: not met yet
		{"base", "2024-Q4", true},  // met in asOf
		{"base", "2025-Q1", true},  // across the year boundary
		{"partial", "2024-Q3", false},
		{"partial", "2099-Q4", false},
		{"open", "2099-Q4", false},
		{"on-open", "2099-Q4", false},
		{"not-met-on-open", "2099-Q4", false},
		{"cancelled-on-open", "2099-Q4", false},
		{"met-on-open", "2024-Q4", false},
		{"met-on-open", "2025-Q1", true},
		{"met-no-quarter", "2024-Q3", true}, // no metIn, which Validate rejects: taken as met
		{"ghost", "2099-Q4", false},
		{"", "2099-Q4", false},
	}
	for _, tt := range tests {
		if got := s.DependencyMet(tt.id, q(tt.asOf)); got != tt.want {
			t.Errorf("DependencyMet(%q, %s) = %v, want %v", tt.id, tt.asOf, got, tt.want)
		}
	}
	if s.DependencyMet("base", bilateral.Quarter{}) {
		t.Error("DependencyMet(base, zero Quarter) = true")
	}
}

func TestDependencyOrder(t *testing.T) {
	dep := func(ids ...bilateral.ID) []bilateral.ID { return ids }
	tests := []struct {
		name string
		ms   []milestone.Milestone
		want []string
	}{
		{"empty", nil, nil},
		{"no dependencies: schedule order", []milestone.Milestone{
			{ID: "c", Quarter: q("2025-Q1")},
			{ID: "b", Quarter: q("2024-Q4")},
			{ID: "a", Quarter: q("2025-Q1")},
			{ID: "z"},
		}, []string{"z", "b", "a", "c"}},
		{"a chain across the year boundary", []milestone.Milestone{
			{ID: "c", Quarter: q("2025-Q2"), DependsOn: dep("b")},
			{ID: "b", Quarter: q("2025-Q1"), DependsOn: dep("a")},
			{ID: "a", Quarter: q("2024-Q4")},
		}, []string{"a", "b", "c"}},
		{"ties by quarter then id", []milestone.Milestone{
			{ID: "root", Quarter: q("2024-Q3")},
			{ID: "y", Quarter: q("2024-Q4"), DependsOn: dep("root")},
			{ID: "x", Quarter: q("2024-Q4"), DependsOn: dep("root")},
			{ID: "w", Quarter: q("2025-Q1"), DependsOn: dep("root")},
			{ID: "v", Quarter: q("2024-Q4")},
		}, []string{"root", "v", "x", "y", "w"}},
		{"a diamond", []milestone.Milestone{
			{ID: "d", Quarter: q("2025-Q2"), DependsOn: dep("b", "c")},
			{ID: "c", Quarter: q("2025-Q1"), DependsOn: dep("a")},
			{ID: "b", Quarter: q("2024-Q4"), DependsOn: dep("a")},
			{ID: "a", Quarter: q("2024-Q3")},
			{ID: "e", Quarter: q("2025-Q1")},
		}, []string{"a", "b", "c", "e", "d"}},
		{"several roots", []milestone.Milestone{
			{ID: "r2", Quarter: q("2024-Q4")},
			{ID: "r1", Quarter: q("2024-Q3")},
			{ID: "r3", Quarter: q("2025-Q1")},
			{ID: "on-r3", Quarter: q("2025-Q1"), DependsOn: dep("r3")},
			{ID: "on-r1-r2", Quarter: q("2024-Q4"), DependsOn: dep("r2", "r1")},
		}, []string{"r1", "r2", "on-r1-r2", "r3", "on-r3"}}, // a dependent goes as soon as it can
		{"depends on a later quarter", []milestone.Milestone{
			{ID: "early", Quarter: q("2024-Q3"), DependsOn: dep("late")},
			{ID: "middle", Quarter: q("2024-Q4")},
			{ID: "late", Quarter: q("2025-Q1")},
		}, []string{"middle", "late", "early"}},
		{"duplicate entries in dependsOn", []milestone.Milestone{
			{ID: "b", Quarter: q("2024-Q3"), DependsOn: dep("a", "a", "a")},
			{ID: "a", Quarter: q("2025-Q1")},
			{ID: "c", Quarter: q("2024-Q4")},
		}, []string{"c", "a", "b"}},
		{"unknown dependency does not hold back", []milestone.Milestone{
			{ID: "b", Quarter: q("2024-Q3"), DependsOn: dep("ghost")},
			{ID: "a", Quarter: q("2024-Q4")},
		}, []string{"b", "a"}},
		{"a cycle and what depends on it come last", []milestone.Milestone{
			{ID: "x", Quarter: q("2024-Q4"), DependsOn: dep("y")},
			{ID: "y", Quarter: q("2024-Q3"), DependsOn: dep("x", "free")},
			{ID: "on-x", Quarter: q("2024-Q3"), DependsOn: dep("x")},
			{ID: "free", Quarter: q("2025-Q2")},
			{ID: "after-free", Quarter: q("2025-Q3"), DependsOn: dep("free")},
			{ID: "self", Quarter: q("2025-Q1"), DependsOn: dep("self")},
			{ID: "on-self", Quarter: q("2024-Q3"), DependsOn: dep("self")},
		}, []string{"free", "after-free", "on-self", "on-x", "y", "x", "self"}},
		{"everything in a cycle", []milestone.Milestone{
			{ID: "c", Quarter: q("2025-Q1"), DependsOn: dep("a")},
			{ID: "a", Quarter: q("2024-Q4"), DependsOn: dep("b")},
			{ID: "b", Quarter: q("2025-Q1"), DependsOn: dep("c")},
		}, []string{"a", "b", "c"}},
	}
	for _, tt := range tests {
		for name, s := range both(tt.ms) {
			got := ids(s.DependencyOrder())
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s, %s input: DependencyOrder() mismatch (-want +got):\n%s", tt.name, name, diff)
			}
			checkDependencyOrder(t, tt.name, s, got)
			// A second call gives the same.
			if diff := cmp.Diff(got, ids(s.DependencyOrder())); diff != "" {
				t.Errorf("%s, %s input: second DependencyOrder() differs (-first +second):\n%s", tt.name, name, diff)
			}
		}
	}
}

// checkDependencyOrder checks that got holds every milestone of s once and
// that, outside cycles, each comes after the known milestones it depends on.
func checkDependencyOrder(t *testing.T, name string, s *milestone.Schedule, got []string) {
	t.Helper()
	if len(got) != s.Len() {
		t.Errorf("%s: DependencyOrder() has %d milestones, the schedule %d", name, len(got), s.Len())
	}
	pos := make(map[string]int, len(got))
	for i, id := range got {
		if _, dup := pos[id]; dup {
			t.Errorf("%s: DependencyOrder() yields %q twice", name, id)
		}
		pos[id] = i
	}
	for m := range s.All() {
		for _, d := range m.DependsOn {
			pd, known := pos[string(d)]
			if known && pd > pos[string(m.ID)] && !inCycle(s, m.ID) {
				t.Errorf("%s: %q comes before its dependency %q", name, m.ID, d)
			}
		}
	}
}

// inCycle reports whether id reaches a dependency cycle.
func inCycle(s *milestone.Schedule, id bilateral.ID) bool {
	state := map[bilateral.ID]int{} // 1 visiting, 2 done
	var visit func(bilateral.ID) bool
	visit = func(id bilateral.ID) bool {
		switch state[id] {
		case 1:
			return true
		case 2:
			return false
		}
		state[id] = 1
		m, _ := s.Lookup(id)
		for _, d := range m.DependsOn {
			if _, ok := s.Lookup(d); ok && visit(d) {
				return true
			}
		}
		state[id] = 2
		return false
	}
	return visit(id)
}

func TestDependencyOrderConcurrent(t *testing.T) {
	ms := genMilestones(2000)
	// Add a cycle so that the tail is exercised too.
	ms[10].DependsOn = append(ms[10].DependsOn, ms[20].ID)
	ms[20].DependsOn = append(ms[20].DependsOn, ms[10].ID)
	want := ids(milestone.NewSchedule(ms).DependencyOrder())
	if len(want) != len(ms) {
		t.Fatalf("DependencyOrder() has %d milestones, want %d", len(want), len(ms))
	}

	s := milestone.NewSchedule(ms) // a fresh one, so that the goroutines race for the first call
	const workers = 8
	got := make([][]string, workers)
	race.AtOnce(workers, func(w int) { got[w] = ids(s.DependencyOrder()) })
	for w := range workers {
		if diff := cmp.Diff(want, got[w]); diff != "" {
			t.Errorf("goroutine %d: DependencyOrder() differs (-want +got):\n%s", w, diff)
		}
	}
	checkDependencyOrder(t, "generated", s, want)
}

// TestEarlyBreak shows that every iterator stops when yield returns false:
// it is called with yield directly, so that an iterator that went on would
// be seen rather than panic inside a range loop.
func TestEarlyBreak(t *testing.T) {
	s := milestone.NewSchedule(append(queryFixture(), blockFixture()...))
	asOf := q("2025-Q1")
	queries := map[string]iter.Seq[*milestone.Milestone]{
		"All":             s.All(),
		"DueIn":           s.DueIn(q("2025-Q1")),
		"Between":         s.Between(q("2024-Q3"), q("2026-Q2")),
		"Overdue":         s.Overdue(q("2099-Q4")),
		"Upcoming":        s.Upcoming(q("2024-Q3"), 100),
		"InArea":          s.InArea("trade"),
		"Rescheduled":     s.Rescheduled(),
		"Blocked":         s.Blocked(asOf),
		"DependencyOrder": s.DependencyOrder(),
	}
	for name, seq := range queries {
		full := ids(seq)
		if len(full) < 2 {
			t.Fatalf("%s yields %d milestones; the test needs at least 2", name, len(full))
		}
		for stop := 1; stop <= 2; stop++ {
			var got []string
			seq(func(m *milestone.Milestone) bool {
				got = append(got, string(m.ID))
				return len(got) < stop
			})
			if diff := cmp.Diff(full[:stop], got); diff != "" {
				t.Errorf("%s, stop after %d: mismatch (-want +got):\n%s", name, stop, diff)
			}
		}
		// The iterator can be drained again after a break.
		if diff := cmp.Diff(full, ids(seq)); diff != "" {
			t.Errorf("%s: draining after a break differs (-first +again):\n%s", name, diff)
		}
	}
}

// TestZeroQuarterMeansNoQuarter checks the one policy for the zero Quarter
// as "as of": it means no quarter, so every query yields nothing, every
// predicate is false, statuses are those recorded, and a tally has nothing
// due, overdue or blocked.
func TestZeroQuarterMeansNoQuarter(t *testing.T) {
	var zero bilateral.Quarter
	ms := append(tallyFixture(), blockFixture()...)
	for name, s := range both(ms) {
		for _, tt := range []struct {
			query string
			seq   iter.Seq[*milestone.Milestone]
		}{
			{"DueIn", s.DueIn(zero)},
			{"Between(zero, 9999-Q4)", s.Between(zero, q("9999-Q4"))},
			{"Between(0001-Q1, zero)", s.Between(q("0001-Q1"), zero)},
			{"Overdue", s.Overdue(zero)},
			{"Blocked", s.Blocked(zero)},
			{"Upcoming", s.Upcoming(zero, 100)},
		} {
			if got := ids(tt.seq); len(got) > 0 {
				t.Errorf("%s input: %s as of the zero Quarter yields %q, want nothing", name, tt.query, got)
			}
		}
		for m := range s.All() {
			if m.Overdue(zero) {
				t.Errorf("%s input: %s is overdue as of the zero Quarter", name, m.ID)
			}
			if s.BlockedAsOf(m, zero) {
				t.Errorf("%s input: %s is blocked as of the zero Quarter", name, m.ID)
			}
			if s.DependencyMet(m.ID, zero) {
				t.Errorf("%s input: %s is met as of the zero Quarter", name, m.ID)
			}
			if got, want := m.StatusAsOf(zero), m.Status.OrDefault(); got != want {
				t.Errorf("%s input: %s.StatusAsOf(zero) = %s, want the status recorded, %s", name, m.ID, got, want)
			}
		}
		all, byArea := s.Progress(zero)
		var recorded milestone.StatusCounts
		for m := range s.All() {
			switch m.Status.OrDefault() {
			case milestone.Scheduled:
				recorded.Scheduled++
			case milestone.InProgress:
				recorded.InProgress++
			case milestone.Met:
				recorded.Met++
			case milestone.PartiallyMet:
				recorded.PartiallyMet++
			case milestone.NotMet:
				recorded.NotMet++
			case milestone.Deferred:
				recorded.Deferred++
			case milestone.Cancelled:
				recorded.Cancelled++
			}
		}
		for _, tally := range append([]*milestone.Tally{&all}, mapValues(byArea)...) {
			if tally.Due != 0 || tally.DueMet != 0 || len(tally.Overdue) > 0 || len(tally.Blocked) > 0 {
				t.Errorf("%s input: a tally as of the zero Quarter has Due %d, DueMet %d, %d overdue, %d blocked",
					name, tally.Due, tally.DueMet, len(tally.Overdue), len(tally.Blocked))
			}
			if _, ok := tally.MetShare(); ok {
				t.Errorf("%s input: a tally as of the zero Quarter has a share of due milestones met", name)
			}
		}
		if all.ByStatus != recorded {
			t.Errorf("%s input: the tally as of the zero Quarter counts %+v, want the statuses recorded, %+v", name, all.ByStatus, recorded)
		}
		if diff := cmp.Diff(ids(s.Rescheduled()), idsOf(all.Slipped)); diff != "" {
			t.Errorf("%s input: Slipped as of the zero Quarter mismatch (-Rescheduled +Slipped):\n%s", name, diff)
		}
	}
}

// TestOverdueDueInUpcoming checks what the README's query pattern relies
// on: as of any quarter, Overdue, DueIn and Upcoming do not overlap, and
// every milestone still to be delivered is in one of them, one due in the
// quarter in progress only in DueIn.
func TestOverdueDueInUpcoming(t *testing.T) {
	ms := append(queryFixture(), tallyFixture()...)
	for name, s := range both(ms) {
		for asOf := range bilateral.Quarters(q("2024-Q1"), q("2025-Q4")) {
			where := map[string][]string{}
			for _, l := range []struct {
				query string
				seq   iter.Seq[*milestone.Milestone]
			}{
				{"Overdue", s.Overdue(asOf)},
				{"DueIn", s.DueIn(asOf)},
				{"Upcoming", s.Upcoming(asOf, s.Len())},
			} {
				for m := range l.seq {
					if l.query == "DueIn" && !m.StatusAsOf(asOf).Open() {
						continue
					}
					where[string(m.ID)+"@"+m.Quarter.String()] = append(where[string(m.ID)+"@"+m.Quarter.String()], l.query)
				}
			}
			for m := range s.All() {
				key := string(m.ID) + "@" + m.Quarter.String()
				open := m.Quarter.IsValid() && m.StatusAsOf(asOf).Open()
				var want []string
				switch {
				case !open:
				case m.Quarter.Before(asOf):
					want = []string{"Overdue"}
				case m.Quarter == asOf:
					want = []string{"DueIn"}
				default:
					want = []string{"Upcoming"}
				}
				if !slices.Equal(want, where[key]) {
					t.Errorf("%s input, as of %s: %s (due %s, %s) is in %q, want %q", name, asOf, m.ID, m.Quarter, m.StatusAsOf(asOf), where[key], want)
				}
			}
		}
	}
}
