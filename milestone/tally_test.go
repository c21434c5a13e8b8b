package milestone_test

import (
	"fmt"
	"iter"
	"reflect"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/internal/race"
	"github.com/bilateral-go/bilateral/milestone"
)

// summary is what a test compares of a Tally: its exported fields, the
// counts of the statuses that are not zero, and the ids in its lists.
type summary struct {
	AsOf    bilateral.Quarter
	Total   int
	Counts  map[milestone.Status]int
	Due     int
	DueMet  int
	Share   float64
	ShareOK bool
	Overdue []string
	DueNow  []string
	Next    []string
	Blocked []string
	Slipped []string
}

// blockedOf returns the blocked milestones of t, without what they wait for.
func blockedOf(t *milestone.Tally) []*milestone.Milestone {
	var out []*milestone.Milestone
	for _, b := range t.Blocked {
		out = append(out, b.Milestone)
	}
	return out
}

func summarize(t *milestone.Tally) summary {
	s := summary{
		AsOf:    t.AsOf,
		Total:   t.Total,
		Counts:  map[milestone.Status]int{},
		Due:     t.Due,
		DueMet:  t.DueMet,
		Overdue: idsOf(t.Overdue),
		DueNow:  idsOf(t.DueNow),
		Next:    idsOf(t.Next),
		Blocked: idsOf(blockedOf(t)),
		Slipped: idsOf(t.Slipped),
	}
	for _, d := range milestone.Statuses() {
		if n := t.Count(d.Value); n != 0 {
			s.Counts[d.Value] = n
		}
	}
	s.Share, s.ShareOK = t.MetShare()
	return s
}

func idsOf(ms []*milestone.Milestone) []string {
	var out []string
	for _, m := range ms {
		out = append(out, string(m.ID))
	}
	return out
}

// tallyFixture has milestones of every status in three areas and none,
// across the 2024/2025 year boundary.
func tallyFixture() []milestone.Milestone {
	return []milestone.Milestone{
		{ID: "t1", Area: "trade", Quarter: q("2024-Q3"), Status: milestone.Met, MetIn: q("2024-Q3")},
		{ID: "t2", Area: "trade", Quarter: q("2024-Q4"), Status: milestone.Met, MetIn: q("2025-Q2")}, // met late
		{ID: "t3", Area: "trade", Quarter: q("2025-Q1"), Status: milestone.InProgress, DependsOn: []bilateral.ID{"t2"}},
		{ID: "t4", Area: "trade", Quarter: q("2025-Q3"), OriginalQuarter: q("2025-Q1")},
		{ID: "s1", Area: "security", Quarter: q("2024-Q3"), Status: milestone.PartiallyMet, MetIn: q("2024-Q4")},
		{ID: "s2", Area: "security", Quarter: q("2024-Q4"), Status: milestone.NotMet},
		{ID: "s3", Area: "security", Quarter: q("2025-Q1"), Status: milestone.Cancelled},
		{ID: "s4", Area: "security", Quarter: q("2024-Q4"), Status: milestone.Cancelled},
		{ID: "e1", Area: "energy", Quarter: q("2024-Q3"), Status: milestone.Deferred, OriginalQuarter: q("2024-Q2")},
		{ID: "e2", Area: "energy", Quarter: q("2024-Q4"), Status: milestone.Scheduled, DependsOn: []bilateral.ID{"ghost"}},
		{ID: "e3", Area: "energy", Quarter: q("2025-Q2"), Status: milestone.Met, MetIn: q("2025-Q1"), DependsOn: []bilateral.ID{"t1"}}, // met early
		{ID: "n1"}, // no quarter, no area, empty status
	}
}

func TestProgress(t *testing.T) {
	type counts = map[milestone.Status]int
	tests := []struct {
		name   string
		asOf   bilateral.Quarter
		all    summary
		byArea map[focusarea.Key]summary
	}{
		{
			name: "before all: met later counts as scheduled",
			asOf: q("2024-Q2"),
			all: summary{
				Total:  12,
				Counts: counts{milestone.Scheduled: 7, milestone.InProgress: 1, milestone.NotMet: 1, milestone.Deferred: 1, milestone.Cancelled: 2},
				// Due from 2024-Q3 to 2025-Q2 and open as of 2024-Q2: not the
				// deferred e1, the not met s2 or the cancelled s3 and s4, nor
				// t4, due in 2025-Q3.
				Next:    []string{"s1", "t1", "e2", "t2", "t3", "e3"},
				Blocked: []string{"e2", "t3", "e3"},
				Slipped: []string{"e1", "t4"},
			},
			byArea: map[focusarea.Key]summary{
				"trade": {
					Total: 4, Counts: counts{milestone.Scheduled: 3, milestone.InProgress: 1},
					Next:    []string{"t1", "t2", "t3"},
					Blocked: []string{"t3"}, Slipped: []string{"t4"},
				},
				"security": {Total: 4, Counts: counts{milestone.Scheduled: 1, milestone.NotMet: 1, milestone.Cancelled: 2}, Next: []string{"s1"}},
				"energy": {
					Total: 3, Counts: counts{milestone.Scheduled: 2, milestone.Deferred: 1},
					Next:    []string{"e2", "e3"},
					Blocked: []string{"e2", "e3"}, Slipped: []string{"e1"},
				},
				"": {Total: 1, Counts: counts{milestone.Scheduled: 1}},
			},
		},
		{
			name: "across the year boundary",
			asOf: q("2025-Q1"),
			all: summary{
				Total:  12,
				Counts: counts{milestone.Scheduled: 4, milestone.InProgress: 1, milestone.Met: 2, milestone.PartiallyMet: 1, milestone.NotMet: 1, milestone.Deferred: 1, milestone.Cancelled: 2},
				// Due before 2025-Q1: t1 t2 s1 s2 e1 e2; not the cancelled s4, nor
				// t3 and s3, due in the quarter in progress, nor e3, met early.
				Due:    6,
				DueMet: 1,
				Share:  1.0 / 6, ShareOK: true,
				Overdue: []string{"e2", "t2"},
				// t3 is due in the quarter in progress; s3, due then too, is
				// cancelled, and e3 is met already.
				DueNow:  []string{"t3"},
				Next:    []string{"t4"},
				Blocked: []string{"e2", "t3"},
				Slipped: []string{"e1", "t4"},
			},
			byArea: map[focusarea.Key]summary{
				"trade": {
					Total: 4, Counts: counts{milestone.Scheduled: 2, milestone.InProgress: 1, milestone.Met: 1},
					Due: 2, DueMet: 1, Share: 1.0 / 2, ShareOK: true,
					Overdue: []string{"t2"}, DueNow: []string{"t3"}, Next: []string{"t4"},
					Blocked: []string{"t3"}, Slipped: []string{"t4"},
				},
				"security": {
					Total: 4, Counts: counts{milestone.PartiallyMet: 1, milestone.NotMet: 1, milestone.Cancelled: 2},
					Due: 2, ShareOK: true, // partially met is not met
				},
				"energy": {
					Total: 3, Counts: counts{milestone.Scheduled: 1, milestone.Met: 1, milestone.Deferred: 1},
					Due: 2, ShareOK: true,
					Overdue: []string{"e2"}, Blocked: []string{"e2"}, Slipped: []string{"e1"},
				},
				"": {Total: 1, Counts: counts{milestone.Scheduled: 1}},
			},
		},
		{
			name: "met late is met once asOf reaches it",
			asOf: q("2025-Q2"),
			all: summary{
				Total:  12,
				Counts: counts{milestone.Scheduled: 3, milestone.InProgress: 1, milestone.Met: 3, milestone.PartiallyMet: 1, milestone.NotMet: 1, milestone.Deferred: 1, milestone.Cancelled: 2},
				Due:    7, // t1 t2 t3 s1 s2 e1 e2
				DueMet: 2, // t1, and t2 met in 2025-Q2; not e3, due in 2025-Q2
				Share:  2.0 / 7, ShareOK: true,
				Overdue: []string{"e2", "t3"},
				Next:    []string{"t4"}, // e3, due now, is met
				Blocked: []string{"e2"},
				Slipped: []string{"e1", "t4"},
			},
			byArea: map[focusarea.Key]summary{
				"trade": {
					Total: 4, Counts: counts{milestone.Scheduled: 1, milestone.InProgress: 1, milestone.Met: 2},
					Due: 3, DueMet: 2, Share: 2.0 / 3, ShareOK: true,
					Overdue: []string{"t3"}, Next: []string{"t4"}, Slipped: []string{"t4"},
				},
				"security": {
					Total: 4, Counts: counts{milestone.PartiallyMet: 1, milestone.NotMet: 1, milestone.Cancelled: 2},
					Due: 2, ShareOK: true,
				},
				"energy": {
					Total: 3, Counts: counts{milestone.Scheduled: 1, milestone.Met: 1, milestone.Deferred: 1},
					Due: 2, ShareOK: true,
					Overdue: []string{"e2"}, Blocked: []string{"e2"}, Slipped: []string{"e1"},
				},
				"": {Total: 1, Counts: counts{milestone.Scheduled: 1}},
			},
		},
	}
	for name, s := range both(tallyFixture()) {
		for _, tt := range tests {
			all, byArea := s.Progress(tt.asOf)
			tt.all.AsOf = tt.asOf
			if diff := cmp.Diff(tt.all, summarize(&all)); diff != "" {
				t.Errorf("%s input, %s: Progress(%v) overall mismatch (-want +got):\n%s", name, tt.name, tt.asOf, diff)
			}
			got := map[focusarea.Key]summary{}
			for k, a := range byArea {
				got[k] = summarize(a)
			}
			for k, w := range tt.byArea {
				w.AsOf = tt.asOf
				tt.byArea[k] = w
			}
			if diff := cmp.Diff(tt.byArea, got); diff != "" {
				t.Errorf("%s input, %s: Progress(%v) by area mismatch (-want +got):\n%s", name, tt.name, tt.asOf, diff)
			}
			checkTally(t, fmt.Sprintf("%s input, %s", name, tt.name), s, tt.asOf, &all, byArea)
		}
	}
}

// checkTally checks what holds of every tally: it agrees with the queries,
// its counts sum to its total, and the tallies of the areas sum to the
// overall one.
func checkTally(t *testing.T, name string, s *milestone.Schedule, asOf bilateral.Quarter, all *milestone.Tally, byArea map[focusarea.Key]*milestone.Tally) {
	t.Helper()
	if all.AsOf != asOf {
		t.Errorf("%s: overall AsOf = %v, want %v", name, all.AsOf, asOf)
	}
	if all.Total != s.Len() {
		t.Errorf("%s: Total = %d, want %d", name, all.Total, s.Len())
	}
	if diff := cmp.Diff(ids(s.Overdue(asOf)), idsOf(all.Overdue)); diff != "" {
		t.Errorf("%s: Overdue disagrees with Schedule.Overdue (-query +tally):\n%s", name, diff)
	}
	if diff := cmp.Diff(ids(s.Blocked(asOf)), idsOf(blockedOf(all))); diff != "" {
		t.Errorf("%s: Blocked disagrees with Schedule.Blocked (-query +tally):\n%s", name, diff)
	}
	if diff := cmp.Diff(ids(s.Rescheduled()), idsOf(all.Slipped)); diff != "" {
		t.Errorf("%s: Slipped disagrees with Schedule.Rescheduled (-query +tally):\n%s", name, diff)
	}
	// DueNow are those that DueIn yields, and Next those that Between the
	// next quarter and the fourth yields, that are open as of asOf.
	open := func(seq iter.Seq[*milestone.Milestone]) []string {
		var out []string
		for m := range seq {
			if m.StatusAsOf(asOf).Open() {
				out = append(out, string(m.ID))
			}
		}
		return out
	}
	if diff := cmp.Diff(open(s.DueIn(asOf)), idsOf(all.DueNow)); diff != "" {
		t.Errorf("%s: DueNow disagrees with Schedule.DueIn (-query +tally):\n%s", name, diff)
	}
	last := asOf.Add(milestone.NextQuarters)
	if !last.IsValid() && asOf.IsValid() {
		last = bilateral.QuarterFrom(9999, 4)
	}
	if diff := cmp.Diff(open(s.Between(asOf.Next(), last)), idsOf(all.Next)); diff != "" {
		t.Errorf("%s: Next disagrees with Schedule.Between (-query +tally):\n%s", name, diff)
	}
	for _, tally := range append([]*milestone.Tally{all}, mapValues(byArea)...) {
		// Each blocked milestone waits for its dependencies not met as of
		// asOf.
		for _, b := range tally.Blocked {
			var unmet []bilateral.ID
			for _, id := range b.Milestone.DependsOn {
				if !s.DependencyMet(id, asOf) {
					unmet = append(unmet, id)
				}
			}
			if diff := cmp.Diff(unmet, b.WaitsFor); diff != "" {
				t.Errorf("%s: what %s waits for mismatch (-want +got):\n%s", name, b.Milestone.ID, diff)
			}
			if len(b.WaitsFor) == 0 || cap(b.WaitsFor) != len(b.WaitsFor) {
				t.Errorf("%s: %s waits for %q with capacity %d, want the unmet dependencies at their length", name, b.Milestone.ID, b.WaitsFor, cap(b.WaitsFor))
			}
		}
		if cap(tally.Blocked) != len(tally.Blocked) {
			t.Errorf("%s: the list of %d blocked milestones has capacity %d, so appending to it could overwrite another", name, len(tally.Blocked), cap(tally.Blocked))
		}
		for _, list := range [][]*milestone.Milestone{tally.Overdue, tally.Slipped, tally.DueNow, tally.Next} {
			if cap(list) != len(list) {
				t.Errorf("%s: a list of %d milestones has capacity %d, so appending to it could overwrite another", name, len(list), cap(list))
			}
		}
		sum := 0
		for _, d := range milestone.Statuses() {
			sum += tally.Count(d.Value)
		}
		if sum != tally.Total {
			t.Errorf("%s: the counts of the statuses sum to %d, the total is %d", name, sum, tally.Total)
		}
		if tally.DueMet > tally.Due {
			t.Errorf("%s: DueMet %d > Due %d", name, tally.DueMet, tally.Due)
		}
	}

	var sum milestone.Tally
	sumCounts := map[milestone.Status]int{}
	var overdue, blocked, slipped []string
	for k, a := range byArea {
		if a.AsOf != asOf {
			t.Errorf("%s: AsOf of area %q = %v, want %v", name, k, a.AsOf, asOf)
		}
		if a.Total == 0 {
			t.Errorf("%s: area %q has an empty tally", name, k)
		}
		for m := range s.InArea(k) {
			if m.Area != k {
				t.Fatalf("%s: InArea(%q) yields area %q", name, k, m.Area)
			}
		}
		if n := len(ids(s.InArea(k))); n != a.Total {
			t.Errorf("%s: area %q has Total %d, InArea yields %d", name, k, a.Total, n)
		}
		sum.Total += a.Total
		sum.Due += a.Due
		sum.DueMet += a.DueMet
		for _, d := range milestone.Statuses() {
			sumCounts[d.Value] += a.Count(d.Value)
		}
		overdue = append(overdue, idsOf(a.Overdue)...)
		blocked = append(blocked, idsOf(blockedOf(a))...)
		slipped = append(slipped, idsOf(a.Slipped)...)
	}
	if sum.Total != all.Total || sum.Due != all.Due || sum.DueMet != all.DueMet {
		t.Errorf("%s: the areas sum to Total %d, Due %d, DueMet %d; overall %d, %d, %d",
			name, sum.Total, sum.Due, sum.DueMet, all.Total, all.Due, all.DueMet)
	}
	for _, d := range milestone.Statuses() {
		if sumCounts[d.Value] != all.Count(d.Value) {
			t.Errorf("%s: the areas count %d %s, overall %d", name, sumCounts[d.Value], d.Value, all.Count(d.Value))
		}
	}
	for _, l := range []struct {
		what        string
		areas, over []string
	}{
		{"Overdue", overdue, idsOf(all.Overdue)},
		{"Blocked", blocked, idsOf(blockedOf(all))},
		{"Slipped", slipped, idsOf(all.Slipped)},
	} {
		slices.Sort(l.areas)
		over := slices.Sorted(slices.Values(l.over))
		if diff := cmp.Diff(over, l.areas); diff != "" {
			t.Errorf("%s: %s of the areas differ from the overall one (-overall +areas):\n%s", name, l.what, diff)
		}
	}
}

func mapValues[K comparable, V any](m map[K]V) []V {
	out := make([]V, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

func TestProgressGenerated(t *testing.T) {
	if race.Enabled {
		t.Skip("one goroutine over many inputs: the run without -race checks it")
	}
	s := milestone.NewSchedule(genMilestones(5_000))
	for _, asOf := range []bilateral.Quarter{
		q("1999-Q4"), benchFirst, q("2019-Q4"), benchAsOf, q("2039-Q4"), q("2040-Q1"), {},
	} {
		all, byArea := s.Progress(asOf)
		checkTally(t, asOf.String(), s, asOf, &all, byArea)
		if len(byArea) != len(benchAreas) {
			t.Errorf("as of %v: %d area tallies, want %d", asOf, len(byArea), len(benchAreas))
		}
	}
}

func TestTallyCount(t *testing.T) {
	s := milestone.NewSchedule(tallyFixture())
	all, _ := s.Progress(q("2025-Q1"))
	if got, want := all.Count(""), all.Count(milestone.Scheduled); got != want || got != 4 {
		t.Errorf(`Count("") = %d, Count(scheduled) = %d; want both 4`, got, want)
	}
	if got := all.Count("done"); got != 0 {
		t.Errorf(`Count("done") = %d, want 0`, got)
	}
	var zero milestone.Tally
	for _, d := range milestone.Statuses() {
		if n := zero.Count(d.Value); n != 0 {
			t.Errorf("the zero Tally counts %d %s", n, d.Value)
		}
	}
}

func TestMetShare(t *testing.T) {
	tests := []struct {
		name   string
		ms     []milestone.Milestone
		asOf   string
		share  float64
		shared bool
	}{
		{"empty schedule", nil, "2025-Q1", 0, false},
		{"nothing due yet", []milestone.Milestone{
			{ID: "a", Quarter: q("2025-Q2"), Status: milestone.Met, MetIn: q("2025-Q1")},
		}, "2025-Q1", 0, false},
		{"only cancelled ones due", []milestone.Milestone{
			{ID: "a", Quarter: q("2024-Q4"), Status: milestone.Cancelled},
		}, "2025-Q1", 0, false},
		{"only milestones with no quarter", []milestone.Milestone{
			{ID: "a", Status: milestone.Met, MetIn: q("2024-Q4")},
		}, "2025-Q1", 0, false},
		{"due in asOf, the quarter in progress, is not due yet", []milestone.Milestone{
			{ID: "a", Quarter: q("2025-Q1"), Status: milestone.Met, MetIn: q("2025-Q1")},
		}, "2025-Q1", 0, false},
		{"due in the quarter before asOf counts", []milestone.Milestone{
			{ID: "a", Quarter: q("2024-Q4"), Status: milestone.Met, MetIn: q("2024-Q4")},
		}, "2025-Q1", 1, true},
		{"due and none met", []milestone.Milestone{
			{ID: "a", Quarter: q("2024-Q4")},
			{ID: "b", Quarter: q("2024-Q4"), Status: milestone.PartiallyMet, MetIn: q("2024-Q4")},
		}, "2025-Q1", 0, true},
		{"met after asOf is not met yet", []milestone.Milestone{
			{ID: "a", Quarter: q("2024-Q4"), Status: milestone.Met, MetIn: q("2025-Q2")},
			{ID: "b", Quarter: q("2024-Q4"), Status: milestone.Met, MetIn: q("2024-Q4")},
		}, "2025-Q1", 0.5, true},
		{"cancelled ones are left out", []milestone.Milestone{
			{ID: "a", Quarter: q("2024-Q4"), Status: milestone.Met, MetIn: q("2024-Q4")},
			{ID: "b", Quarter: q("2024-Q4"), Status: milestone.Cancelled},
			{ID: "c", Quarter: q("2024-Q3"), Status: milestone.NotMet},
			{ID: "d", Quarter: q("2024-Q3"), Status: milestone.Deferred},
		}, "2025-Q1", 1.0 / 3, true},
	}
	for _, tt := range tests {
		all, byArea := milestone.NewSchedule(tt.ms).Progress(q(tt.asOf))
		share, ok := all.MetShare()
		if share != tt.share || ok != tt.shared {
			t.Errorf("%s: MetShare() = %v, %v; want %v, %v", tt.name, share, ok, tt.share, tt.shared)
		}
		if all.AsOf != q(tt.asOf) {
			t.Errorf("%s: AsOf = %v, want %s", tt.name, all.AsOf, tt.asOf)
		}
		if tt.ms == nil && (all.Total != 0 || len(byArea) != 0 || all.Overdue != nil || all.Blocked != nil || all.Slipped != nil) {
			t.Errorf("%s: Progress() = %+v, %v; want an empty tally", tt.name, all, byArea)
		}
	}
}

// TestDueMet checks that DueMet counts the due milestones met by AsOf, on
// time or late, and not those met only in part or after AsOf.
func TestDueMet(t *testing.T) {
	ms := []milestone.Milestone{
		{ID: "on-time", Quarter: q("2024-Q2"), Status: milestone.Met, MetIn: q("2024-Q2")},
		{ID: "late", Quarter: q("2024-Q2"), Status: milestone.Met, MetIn: q("2024-Q4")},
		{ID: "in-part", Quarter: q("2024-Q2"), Status: milestone.PartiallyMet, MetIn: q("2024-Q2")},
		{ID: "early", Quarter: q("2025-Q1"), Status: milestone.Met, MetIn: q("2024-Q3")},
	}
	s := milestone.NewSchedule(ms)
	for _, tt := range []struct {
		asOf        string
		due, dueMet int
	}{
		{"2024-Q2", 0, 0},
		{"2024-Q3", 3, 1},
		{"2024-Q4", 3, 2},
		{"2025-Q1", 3, 2},
		{"2025-Q2", 4, 3},
	} {
		all, _ := s.Progress(q(tt.asOf))
		if all.Due != tt.due || all.DueMet != tt.dueMet {
			t.Errorf("as of %s: Due %d, DueMet %d; want %d, %d", tt.asOf, all.Due, all.DueMet, tt.due, tt.dueMet)
		}
	}
}

// TestTallyCmp checks that go-cmp compares tallies without options: a
// Tally written by hand equals the one Progress makes, and two different
// tallies differ.
func TestTallyCmp(t *testing.T) {
	ms := []milestone.Milestone{
		{ID: "a", Area: "trade", Quarter: q("2024-Q3"), Status: milestone.Met, MetIn: q("2024-Q3")},
		{ID: "b", Area: "trade", Quarter: q("2024-Q4"), DependsOn: []bilateral.ID{"c"}},
		{ID: "c", Area: "trade", Quarter: q("2024-Q4"), Status: milestone.InProgress, OriginalQuarter: q("2024-Q3")},
	}
	s := milestone.NewSchedule(ms)
	all, _ := s.Progress(q("2025-Q1"))
	want := milestone.Tally{
		AsOf:     q("2025-Q1"),
		Total:    3,
		ByStatus: milestone.StatusCounts{Scheduled: 1, InProgress: 1, Met: 1},
		Due:      3,
		DueMet:   1,
		Overdue:  []*milestone.Milestone{&ms[1], &ms[2]},
		Blocked:  []milestone.BlockedMilestone{{Milestone: &ms[1], WaitsFor: []bilateral.ID{"c"}}},
		Slipped:  []*milestone.Milestone{&ms[2]},
	}
	if diff := cmp.Diff(want, all); diff != "" {
		t.Errorf("Progress mismatch (-want +got):\n%s", diff)
	}
	earlier, _ := s.Progress(q("2024-Q4"))
	if cmp.Equal(all, earlier) {
		t.Error("the tallies as of 2025-Q1 and 2024-Q4 compare equal")
	}
}

// TestStatusCountsFollowTheTable checks that StatusCounts has a field for
// each status, in the order of Statuses, and none for other values.
func TestStatusCountsFollowTheTable(t *testing.T) {
	c := milestone.StatusCounts{Scheduled: 1, InProgress: 2, Met: 3, PartiallyMet: 4, NotMet: 5, Deferred: 6, Cancelled: 7}
	for i, d := range milestone.Statuses() {
		if got := c.Of(d.Value); got != i+1 {
			t.Errorf("Of(%s) = %d, want %d", d.Value, got, i+1)
		}
	}
	if got := c.Of(""); got != 1 {
		t.Errorf("Of(\"\") = %d, want the scheduled count, 1", got)
	}
	if got := c.Of("done"); got != 0 {
		t.Errorf("Of(done) = %d, want 0", got)
	}
	if n, fields := len(milestone.Statuses()), reflect.TypeFor[milestone.StatusCounts]().NumField(); n != fields {
		t.Errorf("there are %d statuses; StatusCounts has %d fields", n, fields)
	}
}

// TestNextAtTheEndOfTime checks that the coming year stops at 9999-Q4, the
// last quarter there is, and that a milestone there is due now as of it.
func TestNextAtTheEndOfTime(t *testing.T) {
	ms := []milestone.Milestone{
		{ID: "a", Area: "trade", Quarter: q("9998-Q4")},
		{ID: "b", Area: "trade", Quarter: q("9999-Q2")},
		{ID: "c", Area: "trade", Quarter: q("9999-Q4"), Status: milestone.InProgress},
		{ID: "d", Area: "trade", Quarter: q("9999-Q4"), Status: milestone.Deferred},
	}
	s := milestone.NewSchedule(ms)
	for _, tt := range []struct {
		asOf        string
		now, coming []string
	}{
		{"9998-Q3", nil, []string{"a", "b"}},
		{"9998-Q4", []string{"a"}, []string{"b", "c"}},
		{"9999-Q2", []string{"b"}, []string{"c"}},
		{"9999-Q4", []string{"c"}, nil},
	} {
		all, byArea := s.Progress(q(tt.asOf))
		if diff := cmp.Diff(tt.now, idsOf(all.DueNow)); diff != "" {
			t.Errorf("as of %s: DueNow mismatch (-want +got):\n%s", tt.asOf, diff)
		}
		if diff := cmp.Diff(tt.coming, idsOf(all.Next)); diff != "" {
			t.Errorf("as of %s: Next mismatch (-want +got):\n%s", tt.asOf, diff)
		}
		checkTally(t, "as of "+tt.asOf, s, q(tt.asOf), &all, byArea)
	}
}
