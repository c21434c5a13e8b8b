package milestone

import (
	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
)

// A Tally is where a set of milestones stands as of a quarter: how many
// there are of each status, which are overdue, due now, coming up, blocked
// or rescheduled, and how many of those due have been met, on time or
// late.
//
// A Tally is plain data with only exported fields, so a test can write the
// Tally it wants and compare it with github.com/google/go-cmp, which
// follows the pointers of the lists to the milestones; == does not apply,
// as a Tally holds slices. Its methods treat a nil *Tally as the zero
// Tally.
type Tally struct {
	// AsOf is the quarter the tally is as of.
	AsOf bilateral.Quarter
	// Total is the number of milestones. A milestone whose status is not
	// one of the statuses, which Validate rejects, counts in Total and not
	// in ByStatus.
	Total int
	// ByStatus are the numbers of milestones of each status as of AsOf
	// (see [Milestone.StatusAsOf]).
	ByStatus StatusCounts
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
	// DueNow are the milestones due in AsOf itself, the quarter in
	// progress, that are still to be delivered as of it (scheduled or in
	// progress), in schedule order: neither overdue yet nor coming up.
	DueNow []*Milestone
	// Next are the milestones due in the NextQuarters quarters after AsOf
	// (fewer from 9999-Q1 on, the last quarters there are) that are still
	// to be delivered as of AsOf, in schedule order.
	Next []*Milestone
	// Blocked are the milestones blocked as of AsOf, in schedule order:
	// still to be delivered, with a dependency not met.
	Blocked []BlockedMilestone
	// Slipped are the rescheduled milestones; [Milestone.Slip] gives by
	// how many quarters.
	Slipped []*Milestone
}

// A BlockedMilestone is a milestone that is blocked as of a quarter, with
// the dependencies it waits for.
type BlockedMilestone struct {
	// Milestone is the blocked milestone.
	Milestone *Milestone
	// WaitsFor are the ids of the dependencies not met as of the quarter
	// (see [Schedule.DependencyMet]), in the order of its DependsOn.
	WaitsFor []bilateral.ID
}

// Count returns the number of milestones whose status as of AsOf is s (the
// empty Status counts as scheduled): t.ByStatus.Of(s).
func (t *Tally) Count(s Status) int {
	if t == nil {
		return 0
	}
	return t.ByStatus.Of(s)
}

// StatusCounts are the numbers of milestones of each status. It is a
// comparable value: == tells whether two are the same.
type StatusCounts struct {
	Scheduled    int // scheduled, or with the empty Status
	InProgress   int // in progress
	Met          int // met
	PartiallyMet int // partially met
	NotMet       int // not met
	Deferred     int // deferred
	Cancelled    int // cancelled
}

// Of returns the number of milestones of status s (the empty Status counts
// as scheduled), or 0 when s is not a status.
func (c *StatusCounts) Of(s Status) int {
	if c == nil {
		return 0
	}
	if n := c.at(indexOf(s)); n != nil {
		return *n
	}
	return 0
}

// at returns the count of the status at position k of statuses, or nil
// for iUnknown.
func (c *StatusCounts) at(k statusIndex) *int {
	switch k {
	case iScheduled:
		return &c.Scheduled
	case iInProgress:
		return &c.InProgress
	case iMet:
		return &c.Met
	case iPartiallyMet:
		return &c.PartiallyMet
	case iNotMet:
		return &c.NotMet
	case iDeferred:
		return &c.Deferred
	case iCancelled:
		return &c.Cancelled
	}
	return nil
}

// MetShare returns DueMet / Due: the share, from 0 to 1, of the milestones
// that came due before AsOf that are met by AsOf, on time or late. It
// returns false when none came due.
func (t *Tally) MetShare() (float64, bool) {
	if t == nil || t.Due == 0 {
		return 0, false
	}
	return float64(t.DueMet) / float64(t.Due), true
}

// count counts a milestone whose status as of AsOf is status, and which
// is due (its quarter has ended) and met.
func (t *Tally) count(status statusIndex, due, met bool) {
	t.Total++
	if n := t.ByStatus.at(status); n != nil {
		*n++
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
	inDueNow
	inNext
)

// listSizes are the lengths of a tally's Overdue, Blocked, Slipped, DueNow
// and Next, by the bit of each in lists.
type listSizes [5]int

// milestones returns the number of places in the lists of *Milestone.
func (n *listSizes) milestones() int { return n[0] + n[2] + n[3] + n[4] }

// NextQuarters is the number of quarters after a tally's AsOf whose
// milestones are in its Next: the coming year.
const NextQuarters = 4

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
//
// As of the zero Quarter, which means no quarter, the milestones are
// counted by the statuses the document records, none is due, overdue, due
// now, coming up or blocked, and the rescheduled ones are listed as
// always.
func (s *Schedule) Progress(asOf bilateral.Quarter) (all Tally, byArea map[focusarea.Key]*Tally) {
	s = s.orEmpty()
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
	unmet := 0 // the dependencies that the blocked milestones wait for
	for p := range s.rows {
		r := &s.rows[p]
		status := r.statusAsOf(asOf)
		due := r.quarter.IsValid() && r.quarter.Before(asOf)
		var l lists
		if due && status.open() {
			l |= inOverdue
		}
		if status.open() {
			if n := s.unmet(p, asOf); n > 0 {
				l |= inBlocked
				unmet += n
			}
		}
		if r.rescheduled {
			l |= inSlipped
		}
		if status.open() && r.quarter.IsValid() && asOf.IsValid() {
			switch ahead := r.quarter.Sub(asOf); {
			case ahead == 0:
				l |= inDueNow
			case 0 < ahead && ahead <= NextQuarters:
				l |= inNext
			}
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
	if n := allSizes.milestones() + allSizes[1]; n > 0 {
		// One array for the lists of milestones, each in the tally of all
		// and in that of an area, one for the lists of blocked ones, and
		// one for the ids they wait for. Each list's capacity is its
		// length, so that appending to one cannot write over the next.
		ms := make([]*Milestone, 2*allSizes.milestones())
		blocked := make([]BlockedMilestone, 2*allSizes[1])
		ids := make([]bilateral.ID, 0, unmet)
		carve := func(t *Tally, n listSizes) {
			for k, list := range [...]*[]*Milestone{&t.Overdue, nil, &t.Slipped, &t.DueNow, &t.Next} {
				if list != nil && n[k] > 0 {
					*list, ms = ms[:0:n[k]], ms[n[k]:]
				}
			}
			if n[1] > 0 {
				t.Blocked, blocked = blocked[:0:n[1]], blocked[n[1]:]
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
				start := len(ids)
				lo, hi := s.depRange(p)
				for j := lo; j < hi; j++ {
					if !s.metAt(s.deps[j], asOf) {
						ids = append(ids, s.depIDs[j])
					}
				}
				b := BlockedMilestone{Milestone: m, WaitsFor: ids[start:len(ids):len(ids)]}
				all.Blocked, t.Blocked = append(all.Blocked, b), append(t.Blocked, b)
			}
			if l&inSlipped != 0 {
				all.Slipped, t.Slipped = append(all.Slipped, m), append(t.Slipped, m)
			}
			if l&inDueNow != 0 {
				all.DueNow, t.DueNow = append(all.DueNow, m), append(t.DueNow, m)
			}
			if l&inNext != 0 {
				all.Next, t.Next = append(all.Next, m), append(t.Next, m)
			}
		}
	}
	byArea = make(map[focusarea.Key]*Tally, len(s.areas))
	for k, key := range s.areas {
		byArea[key] = &areas[k]
	}
	return all, byArea
}
