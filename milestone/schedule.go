package milestone

import (
	"cmp"
	"iter"
	"slices"
	"sync"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
)

// A Schedule is a read-only view of a list of milestones that looks them up
// by id and visits them in a deterministic order: by quarter, then by id.
//
// A Schedule reads the slice it was made from and does not copy it; change
// the slice and make a new Schedule. A Schedule is safe for concurrent use.
type Schedule struct {
	items []Milestone
	// rows holds what the queries read of each milestone, in schedule
	// order, so that a query reads memory in sequence whatever the order of
	// items. A position is an index into rows.
	rows []row
	byID map[bilateral.ID]int32 // position of the first milestone with the id
	// deps[depStart[p]:depStart[p+1]] are the positions of the milestones
	// that the milestone at position p depends on, -1 for an unknown id.
	deps     []int32
	depStart []int32
	areas    []focusarea.Key // the areas of the milestones, indexed by row.area

	topoOnce sync.Once
	topo     []int32 // positions in dependency order
}

// A row is the part of a milestone that the queries read.
type row struct {
	item        int32 // index into items
	area        int32 // index into areas
	quarter     bilateral.Quarter
	metIn       bilateral.Quarter
	status      statusIndex
	rescheduled bool
}

// rowOf returns the row of m, with no item or area: the one place where
// what the queries read of a milestone is worked out.
func rowOf(m *Milestone) row {
	return row{quarter: m.Quarter, metIn: m.MetIn, status: indexOf(m.Status), rescheduled: m.Slip() != 0}
}

// NewSchedule returns the schedule of ms. When ids repeat, which Validate
// reports, Lookup finds the first milestone with the id.
//
// It takes time linear in len(ms) when ms is in schedule order already, as
// documents usually list their milestones, and O(n log n) otherwise.
func NewSchedule(ms []Milestone) *Schedule {
	n := len(ms)
	s := &Schedule{
		items:    ms,
		rows:     make([]row, n),
		byID:     make(map[bilateral.ID]int32, n),
		depStart: make([]int32, n+1),
	}
	// The loops below read ms in sequence and write each milestone's row
	// at its position: a large slice in any order is slow to read.
	position := schedulePositions(ms) // nil when ms is in schedule order
	pos := func(i int) int32 {
		if position == nil {
			return int32(i)
		}
		return position[i]
	}
	areaIndex := make(map[focusarea.Key]int32, 16)
	lastArea, last := focusarea.Key(""), int32(-1) // the area of the milestone before, which is often the same
	// From the last to the first, so that the first with an id stays in
	// byID.
	for i := n - 1; i >= 0; i-- {
		m, p := &ms[i], pos(i)
		a := last
		if a < 0 || m.Area != lastArea {
			var ok bool
			if a, ok = areaIndex[m.Area]; !ok {
				a = int32(len(s.areas))
				areaIndex[m.Area] = a
				s.areas = append(s.areas, m.Area)
			}
			lastArea, last = m.Area, a
		}
		s.rows[p] = rowOf(m)
		s.rows[p].item, s.rows[p].area = int32(i), a
		s.byID[m.ID] = p
		s.depStart[p+1] = int32(len(m.DependsOn))
	}
	for p := range n {
		s.depStart[p+1] += s.depStart[p]
	}
	s.deps = make([]int32, s.depStart[n])
	for i := range ms {
		deps := s.deps[s.depStart[pos(i)]:]
		for k, id := range ms[i].DependsOn {
			d, ok := s.byID[id]
			if !ok {
				d = -1
			}
			deps[k] = d
		}
	}
	return s
}

// A sortKey is what the schedule's order compares of a milestone, kept
// together so that sorting reads memory in sequence, not the milestones
// scattered over the slice.
type sortKey struct {
	id      bilateral.ID
	quarter bilateral.Quarter
	item    int32
}

func compareKeys(a, b sortKey) int {
	return cmp.Or(a.quarter.Compare(b.quarter), cmp.Compare(a.id, b.id), cmp.Compare(a.item, b.item))
}

// schedulePositions returns the position of each milestone of ms in
// schedule order: by quarter, then id, then index. It returns nil when that
// is the order of ms.
//
// Documents usually list their milestones by quarter, and within a quarter
// in any order; then only the runs of milestones due in the same quarter
// are sorted, each where it lies in ms.
func schedulePositions(ms []Milestone) []int32 {
	byQuarter, byID := true, true
	for i := 1; i < len(ms) && byQuarter; i++ {
		switch ms[i-1].Quarter.Compare(ms[i].Quarter) {
		case 1:
			byQuarter = false
		case 0:
			byID = byID && ms[i-1].ID <= ms[i].ID
		}
	}
	if byQuarter && byID {
		return nil
	}
	position := make([]int32, len(ms))
	if !byQuarter {
		keys := make([]sortKey, len(ms))
		for i := range ms {
			keys[i] = sortKey{id: ms[i].ID, quarter: ms[i].Quarter, item: int32(i)}
		}
		slices.SortFunc(keys, compareKeys)
		for p, k := range keys {
			position[k.item] = int32(p)
		}
		return position
	}
	var run []int32
	for start := 0; start < len(ms); {
		end := start + 1
		for end < len(ms) && ms[end].Quarter == ms[start].Quarter {
			end++
		}
		run = run[:0]
		for i := start; i < end; i++ {
			run = append(run, int32(i))
		}
		slices.SortFunc(run, func(a, b int32) int { return cmp.Or(cmp.Compare(ms[a].ID, ms[b].ID), cmp.Compare(a, b)) })
		for k, i := range run {
			position[i] = int32(start + k)
		}
		start = end
	}
	return position
}

// at returns the milestone at position p.
func (s *Schedule) at(p int) *Milestone { return &s.items[s.rows[p].item] }

// Len returns the number of milestones.
func (s *Schedule) Len() int { return len(s.items) }

// Lookup returns the milestone with the given id.
func (s *Schedule) Lookup(id bilateral.ID) (Milestone, bool) {
	p, ok := s.byID[id]
	if !ok {
		return Milestone{}, false
	}
	return *s.at(int(p)), true
}

// All yields the milestones by quarter, then by id.
func (s *Schedule) All() iter.Seq[Milestone] {
	return func(yield func(Milestone) bool) {
		for p := range s.rows {
			if !yield(*s.at(p)) {
				return
			}
		}
	}
}
