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
func NewSchedule(ms []Milestone) *Schedule {
	n := len(ms)
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		ma, mb := &ms[a], &ms[b]
		return cmp.Or(ma.Quarter.Compare(mb.Quarter), cmp.Compare(ma.ID, mb.ID), cmp.Compare(a, b))
	})
	s := &Schedule{
		items:    ms,
		rows:     make([]row, n),
		byID:     make(map[bilateral.ID]int32, n),
		depStart: make([]int32, n+1),
	}
	position := make([]int32, n) // the inverse of order
	areaIndex := make(map[focusarea.Key]int32)
	for p, i := range order {
		m := &ms[i]
		position[i] = int32(p)
		a, ok := areaIndex[m.Area]
		if !ok {
			a = int32(len(s.areas))
			areaIndex[m.Area] = a
			s.areas = append(s.areas, m.Area)
		}
		s.rows[p] = rowOf(m)
		s.rows[p].item, s.rows[p].area = i, a
	}
	// From the last to the first, so that the first with an id stays.
	for i := n - 1; i >= 0; i-- {
		s.byID[ms[i].ID] = position[i]
	}
	for p, r := range s.rows {
		for _, id := range ms[r.item].DependsOn {
			d, ok := s.byID[id]
			if !ok {
				d = -1
			}
			s.deps = append(s.deps, d)
		}
		s.depStart[p+1] = int32(len(s.deps))
	}
	return s
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
