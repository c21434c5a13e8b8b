package milestone

import (
	"cmp"
	"iter"
	"slices"
	"sync"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/internal/idindex"
)

// idOf returns the id of m, which the schedule's index of ids reads.
func idOf(m *Milestone) string { return string(m.ID) }

// firstWithID returns the index in s.items of the first milestone with the id.
func (s *Schedule) firstWithID(id bilateral.ID) (int32, bool) {
	return idindex.Find(&s.byID, s.items, string(id), idOf)
}

// A Schedule is a read-only view of a list of milestones that looks them up
// by id and visits them in a deterministic order: by quarter, then by id.
//
// A Schedule reads the slice it was made from and does not copy it, and
// what it hands out is that slice's milestones: [Schedule.Lookup], the
// queries and the lists of a [Tally] give a *Milestone that points into
// the slice, as agreement.Agreement.Party gives a pointer to one of the
// agreement's parties. They are views to read, not to change: a change
// through one, such as to its DependsOn, changes the list itself, and the
// schedule would no longer match it. To change a milestone, change the
// slice (or a copy of the milestone and of the slices it holds) and make a
// new Schedule.
//
// A Schedule is safe for concurrent use. The methods of a nil *Schedule
// act as on the schedule of no milestones.
type Schedule struct {
	items []Milestone
	// rows holds what the queries read of each milestone, in schedule
	// order, so that a query reads memory in sequence whatever the order of
	// items. A position is an index into rows.
	rows []row
	// position[i] is the position of items[i], or nil when each is at its
	// own index: items was in schedule order.
	position []int32
	byID     idindex.Index // index in items of the first milestone with each id
	// deps[depStart[p]:depStart[p+1]] are the positions of the milestones
	// that the milestone at position p depends on, -1 for an unknown id,
	// and depIDs are their ids, to list without reading the milestones.
	deps     []int32
	depIDs   []bilateral.ID
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
// Documents usually list their milestones by quarter, and within a quarter
// in any order. For such a list NewSchedule takes one pass over ms, and
// sorts only the milestones of each quarter by id; other lists it sorts
// whole, in O(n log n).
func NewSchedule(ms []Milestone) *Schedule {
	n := len(ms)
	s := &Schedule{
		items:    ms,
		rows:     make([]row, n),
		depIDs:   make([]bilateral.ID, 0, n),
		depStart: make([]int32, n+1),
	}
	s.byID.Reset(n)
	// One pass over ms, in sequence, as a large slice is slow to read in
	// any other order: each milestone's row, id and dependencies, and the
	// order of the runs of milestones due in the same quarter, each sorted
	// as it ends, while its milestones are at hand.
	areaIndex := make(map[focusarea.Key]int32, 16)
	lastArea, last := focusarea.Key(""), int32(-1) // the area of the milestone before, which is often the same
	byQuarter, run := true, 0
	var buf runBuffers
	for i := range ms {
		m := &ms[i]
		if i > 0 && byQuarter {
			switch ms[i-1].Quarter.Compare(m.Quarter) {
			case 1:
				byQuarter = false
			case -1:
				s.sortRun(run, i, &buf)
				run = i
			}
		}
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
		s.rows[i] = rowOf(m)
		s.rows[i].item, s.rows[i].area = int32(i), a
		idindex.Add(&s.byID, ms, i, idOf)
		s.depIDs = append(s.depIDs, m.DependsOn...)
		s.depStart[i+1] = int32(len(s.depIDs))
	}
	if byQuarter {
		s.sortRun(run, n, &buf)
	} else {
		s.sortAll()
	}
	s.deps = make([]int32, len(s.depIDs))
	for j, id := range s.depIDs {
		s.deps[j] = -1
		if i, ok := s.firstWithID(id); ok {
			s.deps[j] = s.positionOf(i)
		}
	}
	return s
}

// While a schedule is made, the dependency ids of the milestone whose row
// is s.rows[r] are s.depIDs[s.depStart[r]:s.depStart[r+1]]: they move with
// the rows.

// runBuffers hold what sortRun copies of a run, kept from one run to the
// next.
type runBuffers struct {
	ids   []bilateral.ID
	start []int32
}

// sortRun puts s.rows[a:b], the rows of s.items[a:b], which are due in
// the same quarter, in order of id, then index.
func (s *Schedule) sortRun(a, b int, buf *runBuffers) {
	ms := s.items
	sorted := true
	for k := a + 1; k < b && sorted; k++ {
		sorted = ms[k-1].ID <= ms[k].ID
	}
	if sorted {
		return
	}
	s.ensurePositions()
	slices.SortFunc(s.rows[a:b], func(x, y row) int {
		return cmp.Or(cmp.Compare(ms[x.item].ID, ms[y.item].ID), cmp.Compare(x.item, y.item))
	})
	lo, hi := s.depStart[a], s.depStart[b]
	buf.ids = append(buf.ids[:0], s.depIDs[lo:hi]...)       // by item, a to b
	buf.start = append(buf.start[:0], s.depStart[a:b+1]...) // the same
	ids, start := buf.ids, buf.start
	at := lo
	for p := a; p < b; p++ {
		k := int(s.rows[p].item) - a
		s.position[a+k] = int32(p)
		at += int32(copy(s.depIDs[at:], ids[start[k]-lo:start[k+1]-lo]))
		s.depStart[p+1] = at
	}
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

// sortAll puts s.rows, some of whose runs sortRun may have sorted, in
// schedule order: by quarter, then id, then index.
func (s *Schedule) sortAll() {
	ms := s.items
	keys := make([]sortKey, len(ms))
	for i := range ms {
		keys[i] = sortKey{id: ms[i].ID, quarter: ms[i].Quarter, item: int32(i)}
	}
	slices.SortFunc(keys, compareKeys)
	rows := make([]row, len(ms))
	s.ensurePositions()
	ids := make([]bilateral.ID, 0, len(s.depIDs))
	start := make([]int32, len(ms)+1)
	for p, k := range keys {
		r := s.position[k.item] // where its row is now
		rows[p] = s.rows[r]
		ids = append(ids, s.depIDs[s.depStart[r]:s.depStart[r+1]]...)
		start[p+1] = int32(len(ids))
		s.position[k.item] = int32(p)
	}
	s.rows, s.depIDs, s.depStart = rows, ids, start
}

// ensurePositions makes s.position, each milestone at its own index, if
// there is none yet.
func (s *Schedule) ensurePositions() {
	if s.position == nil {
		s.position = make([]int32, len(s.items))
		for i := range s.position {
			s.position[i] = int32(i)
		}
	}
}

// positionOf returns the position of s.items[i].
func (s *Schedule) positionOf(i int32) int32 {
	if s.position == nil {
		return i
	}
	return s.position[i]
}

// depRange returns the bounds in s.deps and s.depIDs of the dependencies
// of the milestone at position p.
func (s *Schedule) depRange(p int) (lo, hi int32) { return s.depStart[p], s.depStart[p+1] }

// at returns the milestone at position p.
func (s *Schedule) at(p int) *Milestone { return &s.items[s.rows[p].item] }

// noMilestones is the schedule of no milestones, which the methods of a nil
// *Schedule read. Its fields are all zero, and nothing writes them but
// topoOnce, which is safe for concurrent use.
var noMilestones Schedule

// orEmpty returns s, or the schedule of no milestones when s is nil.
func (s *Schedule) orEmpty() *Schedule {
	if s == nil {
		return &noMilestones
	}
	return s
}

// Len returns the number of milestones.
func (s *Schedule) Len() int { return len(s.orEmpty().items) }

// Of reports whether s is a schedule of ms: one that NewSchedule made from
// this slice, the same milestones of the same array, and not from an equal
// copy. A function given a list and a kept schedule checks with Of that
// they belong together. Of cannot tell whether the milestones changed
// since the schedule was made; a schedule describes the list as it was.
func (s *Schedule) Of(ms []Milestone) bool {
	s = s.orEmpty()
	return len(ms) == len(s.items) && (len(ms) == 0 || &ms[0] == &s.items[0])
}

// Lookup returns the milestone with the given id, a pointer into the slice
// the schedule was made from, to read (see [Schedule]).
func (s *Schedule) Lookup(id bilateral.ID) (*Milestone, bool) {
	s = s.orEmpty()
	i, ok := s.firstWithID(id)
	if !ok {
		return nil, false
	}
	return &s.items[i], true
}

// All yields the milestones by quarter, then by id.
func (s *Schedule) All() iter.Seq[*Milestone] {
	s = s.orEmpty()
	return func(yield func(*Milestone) bool) {
		for p := range s.rows {
			if !yield(s.at(p)) {
				return
			}
		}
	}
}
