package milestone

import (
	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
)

// A Tally is where a set of milestones stands as of a quarter: how many
// there are of each status, which are overdue, blocked or rescheduled, and
// how many of those due have been met, on time or late.
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
	// DueMet is the number of the Due milestones that are met as of AsOf,
	// on time or late: one due in 2024-Q2 and met in 2024-Q4 counts from
	// 2024-Q4 on. Partially met ones do not count.
	DueMet int
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

// MetShare returns DueMet / Due: the share, from 0 to 1, of the milestones
// that came due before AsOf that are met by AsOf, on time or late. It
// returns false when none came due.
func (t *Tally) MetShare() (float64, bool) {
	if t.Due == 0 {
		return 0, false
	}
	return float64(t.DueMet) / float64(t.Due), true
}

// count counts a milestone whose status as of AsOf is status, and which
// is due (its quarter has ended) and met.
func (t *Tally) count(status statusIndex, due, met bool) {
	t.Total++
	if status != iUnknown {
		t.counts[status]++
	}
	if due {
		t.Due++
		if met {
			t.DueMet++
		}
	}
}

// lists says which lists of a tally a milestone goes in.
type lists uint8

const (
	inOverdue lists = 1 << iota
	inBlocked
	inSlipped
)

// listSizes are the lengths of a tally's Overdue, Blocked and Slipped.
type listSizes [3]int

func (n *listSizes) add(l lists) {
	for k := range n {
		if l&(1<<k) != 0 {
			n[k]++
		}
	}
}

// Progress tallies the schedule as of quarter asOf: all its milestones,
// and those of each focus area. It visits each milestone once, in schedule
// order, and allocates the same few times however many there are. The
// lists of the tallies point into the slice the schedule was made from.
func (s *Schedule) Progress(asOf bilateral.Quarter) (all Tally, byArea map[focusarea.Key]*Tally) {
	all.AsOf = asOf
	areas := make([]Tally, len(s.areas))
	for k := range areas {
		areas[k].AsOf = asOf
	}
	// The first pass counts, and notes the lists each milestone goes in;
	// the second fills the lists, each allocated at its length.
	in := make([]lists, len(s.rows))
	var allSizes listSizes
	areaSizes := make([]listSizes, len(areas))
	for p := range s.rows {
		r := &s.rows[p]
		status := r.statusAsOf(asOf)
		due := r.quarter.IsValid() && r.quarter.Before(asOf)
		var l lists
		if due && status.open() {
			l |= inOverdue
		}
		if status.open() && s.waiting(p, asOf) {
			l |= inBlocked
		}
		if r.rescheduled {
			l |= inSlipped
		}
		due = due && status != iCancelled
		met := status == iMet
		all.count(status, due, met)
		areas[r.area].count(status, due, met)
		if l != 0 {
			in[p] = l
			allSizes.add(l)
			areaSizes[r.area].add(l)
		}
	}
	total := 0
	for _, n := range allSizes {
		total += 2 * n // in the tally of all, and in that of an area
	}
	if total > 0 {
		// One array for all the lists. Each list's capacity is its length,
		// so that appending to one cannot write over the next.
		backing := make([]*Milestone, total)
		carve := func(t *Tally, n listSizes) {
			for k, list := range []*[]*Milestone{&t.Overdue, &t.Blocked, &t.Slipped} {
				if n[k] > 0 {
					*list, backing = backing[:0:n[k]], backing[n[k]:]
				}
			}
		}
		carve(&all, allSizes)
		for k := range areas {
			carve(&areas[k], areaSizes[k])
		}
		for p, l := range in {
			if l == 0 {
				continue
			}
			m, t := s.at(p), &areas[s.rows[p].area]
			if l&inOverdue != 0 {
				all.Overdue, t.Overdue = append(all.Overdue, m), append(t.Overdue, m)
			}
			if l&inBlocked != 0 {
				all.Blocked, t.Blocked = append(all.Blocked, m), append(t.Blocked, m)
			}
			if l&inSlipped != 0 {
				all.Slipped, t.Slipped = append(all.Slipped, m), append(t.Slipped, m)
			}
		}
	}
	byArea = make(map[focusarea.Key]*Tally, len(s.areas))
	for k, key := range s.areas {
		byArea[key] = &areas[k]
	}
	return all, byArea
}
