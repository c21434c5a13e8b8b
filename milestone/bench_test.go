package milestone_test

import (
	"cmp"
	"fmt"
	"iter"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/internal/race"
	"github.com/bilateral-go/bilateral/milestone"
)

// benchAreas are the focus areas of the generated milestones.
var benchAreas = [8]focusarea.Key{
	"trade", "security", "energy", "health", "education", "migration", "environment", "technology",
}

// Quarters of the generated milestones: 40 years, and a quarter in the
// middle to ask about.
var (
	benchFirst = bilateral.QuarterFrom(2000, 1)
	benchAsOf  = bilateral.QuarterFrom(2020, 1)
)

// genMilestones returns n milestones with unique ids, due in quarters
// spread at random over 40 years: about 10% met (in their quarter), 10% in
// progress, each depending on the one before where the quarter allows, one
// in 50 rescheduled, in 8 focus areas. The same n gives the same milestones.
func genMilestones(n int) []milestone.Milestone {
	r := rand.New(rand.NewPCG(1, uint64(n)))
	ms := make([]milestone.Milestone, n)
	for i := range ms {
		m := &ms[i]
		m.ID = bilateral.ID(fmt.Sprintf("m-%06d", i))
		m.Quarter = benchFirst.Add(r.IntN(40 * 4))
		m.Area = benchAreas[i%len(benchAreas)]
		switch r.IntN(10) {
		case 0:
			m.Status, m.MetIn = milestone.Met, m.Quarter
		case 1:
			m.Status = milestone.InProgress
		}
		if i > 0 && !ms[i-1].Quarter.After(m.Quarter) {
			m.DependsOn = []bilateral.ID{ms[i-1].ID}
		}
		if i%50 == 0 {
			m.OriginalQuarter = m.Quarter.Add(r.IntN(5) - 2)
		}
	}
	return ms
}

// benchQueries are the queries benchmarked and checked for allocations,
// each building its iterator and draining it.
var benchQueries = []struct {
	name  string
	query func(*milestone.Schedule) iter.Seq[*milestone.Milestone]
}{
	{"All", func(s *milestone.Schedule) iter.Seq[*milestone.Milestone] { return s.All() }},
	{"DueIn", func(s *milestone.Schedule) iter.Seq[*milestone.Milestone] { return s.DueIn(benchAsOf) }},
	{"Rescheduled", func(s *milestone.Schedule) iter.Seq[*milestone.Milestone] { return s.Rescheduled() }},
	{"Overdue", func(s *milestone.Schedule) iter.Seq[*milestone.Milestone] { return s.Overdue(benchAsOf) }},
	{"Blocked", func(s *milestone.Schedule) iter.Seq[*milestone.Milestone] { return s.Blocked(benchAsOf) }},
	{"Between", func(s *milestone.Schedule) iter.Seq[*milestone.Milestone] {
		return s.Between(benchAsOf, benchAsOf.Add(3))
	}},
	{"InArea", func(s *milestone.Schedule) iter.Seq[*milestone.Milestone] { return s.InArea("energy") }},
	{"DependencyOrder", func(s *milestone.Schedule) iter.Seq[*milestone.Milestone] { return s.DependencyOrder() }},
	{"Upcoming", func(s *milestone.Schedule) iter.Seq[*milestone.Milestone] { return s.Upcoming(benchAsOf, 10) }},
}

// newBenchSchedule returns the schedule of n generated milestones, with its
// dependency order already worked out.
func newBenchSchedule(n int) *milestone.Schedule {
	s := milestone.NewSchedule(genMilestones(n))
	for range s.DependencyOrder() {
	}
	return s
}

// drain visits every milestone that seq yields and returns how many.
func drain(seq iter.Seq[*milestone.Milestone]) int {
	n := 0
	for range seq {
		n++
	}
	return n
}

var sink int

// staticSeq yields one milestone and allocates nothing itself. It is a
// variable so that the compiler cannot see through it, as it cannot through
// the queries.
var staticSeq iter.Seq[*milestone.Milestone] = func(yield func(*milestone.Milestone) bool) {
	yield(&staticMilestone)
}

var staticMilestone milestone.Milestone

func BenchmarkQueries(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		s := newBenchSchedule(n)
		for _, bq := range benchQueries {
			b.Run(fmt.Sprintf("%s/n=%d", bq.name, n), func(b *testing.B) {
				b.ReportAllocs()
				visited := 0
				for b.Loop() {
					visited = drain(bq.query(s))
				}
				sink += visited
				b.ReportMetric(float64(visited), "yielded/op")
			})
		}
	}
}

func BenchmarkProgress(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		s := newBenchSchedule(n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				all, byArea := s.Progress(benchAsOf)
				sink += all.Due + len(byArea)
			}
		})
	}
}

// BenchmarkNewSchedule measures making a schedule of milestones listed in
// schedule order, by quarter with the ids of a quarter in any order (as
// documents list them), and in no order.
func BenchmarkNewSchedule(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		random := genMilestones(n)
		inOrder := slices.Clone(random)
		slices.SortFunc(inOrder, func(x, y milestone.Milestone) int {
			return cmp.Or(x.Quarter.Compare(y.Quarter), cmp.Compare(x.ID, y.ID))
		})
		byQuarter := slices.Clone(inOrder)
		slices.SortStableFunc(byQuarter, func(x, y milestone.Milestone) int {
			return cmp.Or(x.Quarter.Compare(y.Quarter), cmp.Compare(y.ID, x.ID))
		})
		for _, in := range []struct {
			name string
			ms   []milestone.Milestone
		}{{"in-order", inOrder}, {"by-quarter", byQuarter}, {"random", random}} {
			b.Run(fmt.Sprintf("%s/n=%d", in.name, n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					sink += milestone.NewSchedule(in.ms).Len()
				}
			})
		}
	}
}

// TestQueriesAllocateNothingPerMilestone shows that draining each query
// allocates as many times over 100,000 milestones as over 1,000: nothing
// for each milestone it visits.
func TestQueriesAllocateNothingPerMilestone(t *testing.T) {
	if race.Enabled {
		t.Skip("allocation counts mean nothing under the race detector")
	}
	small, large := newBenchSchedule(1_000), newBenchSchedule(100_000)
	// What draining itself costs: the yield function that the range loop
	// makes, and what it captures, escape to the heap.
	base := testing.AllocsPerRun(10, func() { sink += drain(staticSeq) })
	const most = 2 // the query's own: its iterator's closure, and a counter
	for _, bq := range benchQueries {
		var visited [2]int
		allocs := func(i int, s *milestone.Schedule) float64 {
			return testing.AllocsPerRun(10, func() { visited[i] = drain(bq.query(s)) })
		}
		a, b := allocs(0, small), allocs(1, large)
		if visited[1] <= visited[0] && bq.name != "Upcoming" {
			t.Errorf("%s visits %d milestones at n=100,000 and %d at n=1,000: the test shows nothing", bq.name, visited[1], visited[0])
		}
		t.Logf("%s: %v allocations at n=1,000 (%d yielded), %v at n=100,000 (%d yielded), draining %v", bq.name, a, visited[0], b, visited[1], base)
		if a != b || b-base > most {
			t.Errorf("%s allocates %v times at n=1,000 and %v at n=100,000, draining %v of them; want the same, at most %d more than draining", bq.name, a, b, base, most)
		}
	}
}

// TestProgressAllocatesNothingPerMilestone shows that a tally allocates as
// many times over 100,000 milestones as over 1,000.
func TestProgressAllocatesNothingPerMilestone(t *testing.T) {
	if race.Enabled {
		t.Skip("allocation counts mean nothing under the race detector")
	}
	small, large := newBenchSchedule(1_000), newBenchSchedule(100_000)
	allocs := func(s *milestone.Schedule) float64 {
		return testing.AllocsPerRun(10, func() {
			all, _ := s.Progress(benchAsOf)
			sink += all.Total
		})
	}
	a, b := allocs(small), allocs(large)
	t.Logf("Progress allocates %v times at n=1,000 and %v at n=100,000", a, b)
	if a != b {
		t.Errorf("Progress allocates %v times at n=1,000 and %v at n=100,000; want the same", a, b)
	}
}
