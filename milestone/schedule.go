package milestone

import (
	"cmp"
	"iter"
	"slices"

	"github.com/bilateral-go/bilateral"
)

// A Schedule is a read-only view of a list of milestones that looks them up
// by id and visits them in a deterministic order: by quarter, then by id.
//
// A Schedule reads the slice it was made from and does not copy it; change
// the slice and make a new Schedule. A Schedule is safe for concurrent use.
type Schedule struct {
	items []Milestone
	order []int32 // indexes into items, by quarter, then id, then index
	byID  map[bilateral.ID]int32
}

// NewSchedule returns the schedule of ms. When ids repeat, which Validate
// reports, Lookup finds the first milestone with the id.
func NewSchedule(ms []Milestone) *Schedule {
	s := &Schedule{
		items: ms,
		order: make([]int32, len(ms)),
		byID:  make(map[bilateral.ID]int32, len(ms)),
	}
	for i := range ms {
		s.order[i] = int32(i)
		if _, dup := s.byID[ms[i].ID]; !dup {
			s.byID[ms[i].ID] = int32(i)
		}
	}
	slices.SortFunc(s.order, func(a, b int32) int {
		ma, mb := &ms[a], &ms[b]
		return cmp.Or(ma.Quarter.Compare(mb.Quarter), cmp.Compare(ma.ID, mb.ID), cmp.Compare(a, b))
	})
	return s
}

// Len returns the number of milestones.
func (s *Schedule) Len() int { return len(s.items) }

// Lookup returns the milestone with the given id.
func (s *Schedule) Lookup(id bilateral.ID) (Milestone, bool) {
	i, ok := s.byID[id]
	if !ok {
		return Milestone{}, false
	}
	return s.items[i], true
}

// All yields the milestones by quarter, then by id.
func (s *Schedule) All() iter.Seq[Milestone] {
	return func(yield func(Milestone) bool) {
		for _, i := range s.order {
			if !yield(s.items[i]) {
				return
			}
		}
	}
}
