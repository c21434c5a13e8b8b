package milestone

import (
	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
)

// A Tally is where a set of milestones stands as of a quarter: how many
// there are of each status, which are overdue, blocked or rescheduled, and
// what share of those due have been met.
type Tally struct {
	// AsOf is the quarter the tally is as of.
	AsOf bilateral.Quarter
	// Total is the number of milestones.
	Total int
	// counts holds the number of milestones of each status as of AsOf, in
	// the order of statuses.
	counts [statusCount]int
	// Due is the number of milestones that came due before AsOf, the
	// quarter in progress, not counting cancelled ones: those whose quarter
	// has ended.
	Due int
	// MetWhenDue is the number of those that are met as of AsOf.
	MetWhenDue int
	// Overdue are the milestones overdue as of AsOf, in schedule order.
	Overdue []*Milestone
	// Blocked are the milestones blocked as of AsOf: still to be
	// delivered, with a dependency not met.
	Blocked []*Milestone
	// Slipped are the rescheduled milestones; [Milestone.Slip] gives by
	// how many quarters.
	Slipped []*Milestone
}

// Count returns the number of milestones whose status as of AsOf is s (the
// empty Status counts as scheduled).
func (t *Tally) Count(s Status) int {
	if k := indexOf(s); k != iUnknown {
		return t.counts[k]
	}
	return 0
}

// MetShare returns the share, from 0 to 1, of the milestones that came due
// before AsOf that are met, and false when none did.
func (t *Tally) MetShare() (float64, bool) {
	if t.Due == 0 {
		return 0, false
	}
	return float64(t.MetWhenDue) / float64(t.Due), true
}

func (t *Tally) add(s *Schedule, p int) {
	r := &s.rows[p]
	m := s.at(p)
	status := r.statusAsOf(t.AsOf)
	t.Total++
	if status != iUnknown {
		t.counts[status]++
	}
	if r.quarter.IsValid() && r.quarter.Before(t.AsOf) && status != iCancelled {
		t.Due++
		if status == iMet {
			t.MetWhenDue++
		}
	}
	if r.overdue(t.AsOf) {
		t.Overdue = append(t.Overdue, m)
	}
	if s.blocked(p, t.AsOf) {
		t.Blocked = append(t.Blocked, m)
	}
	if r.rescheduled {
		t.Slipped = append(t.Slipped, m)
	}
}

// Progress tallies the schedule as of quarter asOf: all its milestones,
// and those of each focus area. It visits each milestone once, in schedule
// order. The lists of the tallies point into the slice the schedule was
// made from.
func (s *Schedule) Progress(asOf bilateral.Quarter) (all Tally, byArea map[focusarea.Key]*Tally) {
	all.AsOf = asOf
	areas := make([]Tally, len(s.areas))
	for k := range areas {
		areas[k].AsOf = asOf
	}
	for p := range s.rows {
		all.add(s, p)
		areas[s.rows[p].area].add(s, p)
	}
	byArea = make(map[focusarea.Key]*Tally, len(s.areas))
	for k, key := range s.areas {
		byArea[key] = &areas[k]
	}
	return all, byArea
}
