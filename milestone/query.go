package milestone

import (
	"iter"
	"sort"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
)

// The queries of a Schedule. Each returns an iterator that visits
// milestones in the schedule's order (by quarter, then id) unless it says
// otherwise, and allocates nothing per milestone it visits. Each milestone
// it yields points into the slice the schedule was made from: read it, do
// not change it (see [Schedule]). "As of" is
// always a parameter: nothing here reads the clock. The zero Quarter means
// no quarter: every query as of it, or in it, yields nothing.

// DueIn yields the milestones due in quarter q, by id. It yields nothing
// for the zero Quarter.
func (s *Schedule) DueIn(q bilateral.Quarter) iter.Seq[*Milestone] {
	return s.Between(q, q)
}

// Between yields the milestones due from quarter from to quarter to, both
// included. It yields nothing when to is before from or either is the zero
// Quarter.
func (s *Schedule) Between(from, to bilateral.Quarter) iter.Seq[*Milestone] {
	s = s.orEmpty()
	return func(yield func(*Milestone) bool) {
		if !from.IsValid() || !to.IsValid() {
			return
		}
		for p := s.firstAtOrAfter(from); p < len(s.rows) && !s.rows[p].quarter.After(to); p++ {
			if !yield(s.at(p)) {
				return
			}
		}
	}
}

// firstAtOrAfter returns the position of the first milestone due in q or
// later.
func (s *Schedule) firstAtOrAfter(q bilateral.Quarter) int {
	return sort.Search(len(s.rows), func(p int) bool { return !s.rows[p].quarter.Before(q) })
}

// Overdue yields the milestones that are overdue as of quarter asOf: due
// before asOf and not delivered by then (see [Milestone.Overdue]). It
// yields nothing for the zero Quarter.
func (s *Schedule) Overdue(asOf bilateral.Quarter) iter.Seq[*Milestone] {
	s = s.orEmpty()
	return func(yield func(*Milestone) bool) {
		for p := range s.rows {
			r := &s.rows[p]
			if !r.quarter.Before(asOf) {
				return
			}
			if r.overdue(asOf) && !yield(s.at(p)) {
				return
			}
		}
	}
}

func (r *row) overdue(asOf bilateral.Quarter) bool {
	return r.quarter.IsValid() && r.quarter.Before(asOf) && r.statusAsOf(asOf).open()
}

// Upcoming yields at most n milestones due after quarter after that are
// still to be delivered as of it: the next n on the schedule. It yields
// nothing for the zero Quarter, and nothing after 9999-Q4.
func (s *Schedule) Upcoming(after bilateral.Quarter, n int) iter.Seq[*Milestone] {
	s = s.orEmpty()
	return func(yield func(*Milestone) bool) {
		next := after.Next()
		if !next.IsValid() || n <= 0 {
			return // no quarter comes after 9999-Q4
		}
		for p := s.firstAtOrAfter(next); p < len(s.rows); p++ {
			if !s.rows[p].statusAsOf(after).open() {
				continue
			}
			if !yield(s.at(p)) {
				return
			}
			if n--; n == 0 {
				return
			}
		}
	}
}

// InArea yields the milestones of the focus area key.
func (s *Schedule) InArea(key focusarea.Key) iter.Seq[*Milestone] {
	s = s.orEmpty()
	return func(yield func(*Milestone) bool) {
		a := int32(-1)
		for k, area := range s.areas {
			if area == key {
				a = int32(k)
			}
		}
		if a < 0 {
			return
		}
		for p := range s.rows {
			if s.rows[p].area == a && !yield(s.at(p)) {
				return
			}
		}
	}
}

// Rescheduled yields the milestones whose quarter has moved from the one
// first planned, with any slip other than zero; [Milestone.Slip] gives it.
func (s *Schedule) Rescheduled() iter.Seq[*Milestone] {
	s = s.orEmpty()
	return func(yield func(*Milestone) bool) {
		for p := range s.rows {
			if s.rows[p].rescheduled && !yield(s.at(p)) {
				return
			}
		}
	}
}

// Blocked yields the milestones that are blocked as of quarter asOf: still
// to be delivered, with a dependency that is not met as of asOf (see
// [Schedule.DependencyMet]). It yields nothing for the zero Quarter.
func (s *Schedule) Blocked(asOf bilateral.Quarter) iter.Seq[*Milestone] {
	s = s.orEmpty()
	return func(yield func(*Milestone) bool) {
		for p := range s.rows {
			if s.blocked(p, asOf) && !yield(s.at(p)) {
				return
			}
		}
	}
}

// blocked reports whether the milestone at position p is blocked as of
// asOf.
func (s *Schedule) blocked(p int, asOf bilateral.Quarter) bool {
	if !asOf.IsValid() || !s.rows[p].statusAsOf(asOf).open() {
		return false
	}
	lo, hi := s.depRange(p)
	for _, d := range s.deps[lo:hi] {
		if !s.metAt(d, asOf) {
			return true
		}
	}
	return false
}

// unmet returns the number of the dependencies of the milestone at
// position p that are not met as of asOf: none as of the zero Quarter.
func (s *Schedule) unmet(p int, asOf bilateral.Quarter) int {
	if !asOf.IsValid() {
		return 0
	}
	n := 0
	lo, hi := s.depRange(p)
	for _, d := range s.deps[lo:hi] {
		if !s.metAt(d, asOf) {
			n++
		}
	}
	return n
}

// metAt reports whether the milestone at position p is met as of asOf; -1,
// the position of an unknown id, is never met, and nothing is met as of the
// zero Quarter.
func (s *Schedule) metAt(p int32, asOf bilateral.Quarter) bool {
	return p >= 0 && asOf.IsValid() && s.rows[p].statusAsOf(asOf) == iMet
}

// BlockedAsOf reports whether m is blocked as of quarter asOf: still to be
// delivered, with a dependency that is not met as of asOf. m need not be
// one of the schedule's milestones; its dependencies are looked up in the
// schedule. Nothing is blocked as of the zero Quarter, and a nil m never
// is.
func (s *Schedule) BlockedAsOf(m *Milestone, asOf bilateral.Quarter) bool {
	if m == nil {
		return false
	}
	if r := rowOf(m); !asOf.IsValid() || !r.statusAsOf(asOf).open() {
		return false
	}
	for _, id := range m.DependsOn {
		if !s.DependencyMet(id, asOf) {
			return true
		}
	}
	return false
}

// DependencyMet reports whether the milestone with the given id is met as
// of quarter asOf: its status is met and it was met in asOf or before. A
// milestone that is only partially met, or not in the schedule, does not
// satisfy the milestones that depend on it. It reports false for the zero
// Quarter.
func (s *Schedule) DependencyMet(id bilateral.ID, asOf bilateral.Quarter) bool {
	s = s.orEmpty()
	i, ok := s.firstWithID(id)
	return ok && s.metAt(s.positionOf(i), asOf)
}

// DependencyOrder yields every milestone after the milestones it depends
// on, and otherwise by quarter, then id: an order in which the work can be
// done. Milestones caught in a dependency cycle, which Validate rejects,
// and those that depend on them come last, by quarter, then id, so that
// none is left out.
func (s *Schedule) DependencyOrder() iter.Seq[*Milestone] {
	s = s.orEmpty()
	return func(yield func(*Milestone) bool) {
		for _, p := range s.topological() {
			if !yield(s.at(int(p))) {
				return
			}
		}
	}
}
