package milestone_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// milestonesFrom turns fuzz input into milestones: three bytes each, for
// the id (from a small set, so that ids repeat), the quarter (some zero),
// the status and one dependency.
func milestonesFrom(data []byte) []milestone.Milestone {
	const ids = "abcdefgh"
	statuses := milestone.Statuses()
	start := bilateral.QuarterFrom(2024, 1)
	var ms []milestone.Milestone
	for ; len(data) >= 3 && len(ms) < 64; data = data[3:] {
		m := milestone.Milestone{
			ID:     bilateral.ID(ids[data[0]%8 : data[0]%8+1]),
			Area:   focusarea.Key([]string{"trade", "energy"}[data[0]>>7]),
			Status: statuses[int(data[2]&0x7)%len(statuses)].Value,
		}
		if qi := data[1] % 9; qi > 0 {
			m.Quarter = start.Add(int(qi) - 1)
		}
		if m.Status == milestone.Met {
			m.MetIn = m.Quarter
		}
		if d := data[2] >> 3; d < 16 {
			m.DependsOn = []bilateral.ID{bilateral.ID(ids[d%8 : d%8+1])}
			if d >= 8 {
				m.DependsOn = append(m.DependsOn, "zz") // no such milestone
			}
		}
		ms = append(ms, m)
	}
	return ms
}

// FuzzSchedule checks the schedule of any list against the simplest
// reading of the rules: a stable sort by quarter then id, the first
// milestone of each id, and the dependencies each blocked one waits for.
func FuzzSchedule(f *testing.F) {
	f.Add([]byte("abcabcabc"))
	f.Add([]byte{0, 1, 0, 1, 1, 8, 2, 1, 16, 0, 2, 3, 1, 2, 0x40})
	f.Add([]byte{7, 8, 1, 6, 7, 9, 5, 6, 17, 4, 5, 25, 3, 4, 33, 2, 3, 41})
	f.Fuzz(func(t *testing.T, data []byte) {
		ms := milestonesFrom(data)
		before := slices.Clone(ms)
		s := milestone.NewSchedule(ms)

		want := slices.Clone(ms)
		slices.SortStableFunc(want, func(x, y milestone.Milestone) int {
			if c := x.Quarter.Compare(y.Quarter); c != 0 {
				return c
			}
			return strings.Compare(string(x.ID), string(y.ID))
		})
		var got []milestone.Milestone
		for m := range s.All() {
			got = append(got, *m)
		}
		if len(got) != len(want) {
			t.Fatalf("All yields %d milestones of %d", len(got), len(want))
		}
		for i := range want {
			if got[i].ID != want[i].ID || got[i].Quarter != want[i].Quarter || !slices.Equal(got[i].DependsOn, want[i].DependsOn) {
				t.Fatalf("All()[%d] = %s@%v %v, want %s@%v %v", i, got[i].ID, got[i].Quarter, got[i].DependsOn, want[i].ID, want[i].Quarter, want[i].DependsOn)
			}
		}
		first := map[bilateral.ID]int{}
		for i := len(ms) - 1; i >= 0; i-- {
			first[ms[i].ID] = i
		}
		for id, i := range first {
			if m, ok := s.Lookup(id); !ok || m != &ms[i] {
				t.Fatalf("Lookup(%s) = %+v, %v; want the first with the id, %+v, in the slice", id, m, ok, ms[i])
			}
		}

		for asOf := range bilateral.Quarters(bilateral.QuarterFrom(2024, 1), bilateral.QuarterFrom(2026, 2)) {
			all, _ := s.Progress(asOf)
			var blocked []milestone.BlockedMilestone
			for _, m := range want {
				if st := m.StatusAsOf(asOf); st != milestone.Scheduled && st != milestone.InProgress && st != "" {
					continue
				}
				var waits []bilateral.ID
				for _, id := range m.DependsOn {
					i, ok := first[id]
					if !ok || ms[i].StatusAsOf(asOf) != milestone.Met {
						waits = append(waits, id)
					}
				}
				if len(waits) > 0 {
					blocked = append(blocked, milestone.BlockedMilestone{Milestone: &m, WaitsFor: waits})
				}
			}
			if len(blocked) != len(all.Blocked) {
				t.Fatalf("as of %v: %d blocked, want %d", asOf, len(all.Blocked), len(blocked))
			}
			for i, b := range blocked {
				g := all.Blocked[i]
				if g.Milestone.ID != b.Milestone.ID || g.Milestone.Quarter != b.Milestone.Quarter || !slices.Equal(g.WaitsFor, b.WaitsFor) {
					t.Fatalf("as of %v: blocked %d is %s@%v waiting for %v, want %s@%v waiting for %v", asOf, i,
						g.Milestone.ID, g.Milestone.Quarter, g.WaitsFor, b.Milestone.ID, b.Milestone.Quarter, b.WaitsFor)
				}
			}
		}
		for i := range ms {
			if ms[i].ID != before[i].ID || ms[i].Quarter != before[i].Quarter {
				t.Fatalf("NewSchedule changed the list it was given at %d", i)
			}
		}
	})
}
