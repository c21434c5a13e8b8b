package agreement

import (
	"slices"
	"strconv"
	"strings"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/bounded"
	"github.com/bilateral-go/bilateral/internal/idindex"
	"github.com/bilateral-go/bilateral/milestone"
)

func (v *validator) milestones() {
	ms := v.a.Milestones
	if len(ms) == 0 {
		return
	}
	list := member(nil, "milestones")
	// Index the ids first: dependencies may point forward in the list.
	// first[i] is the index of the first milestone with the id of
	// milestone i, or -1 when its id is ill-formed.
	v.s.milestones.Reset(len(ms))
	first := v.s.first[:0]
	for i := range ms {
		if !ms[i].ID.IsValid() {
			first = append(first, -1)
			v.incomplete.milestones = true
			continue
		}
		first = append(first, idindex.Add(&v.s.milestones, ms, i, milestoneID))
	}
	v.s.first = first
	v.s.deps = v.s.deps[:0]
	for i := range ms {
		if v.full() {
			return
		}
		p := item(&list, i)
		v.milestone(&p, i, &ms[i])
	}
	v.dependencyCycles(&list)
}

func (v *validator) milestone(p *at, i int, m *milestone.Milestone) {
	first := v.s.first[i]
	v.id(p, "id", m.ID, first >= 0, true, "the milestone's id")
	if first >= 0 && int(first) != i {
		v.duplicateID(p, string(m.ID), "milestones", first)
	}
	v.quarter(p, "quarter", m.Quarter, "the quarter in which the milestone is due")
	v.inTerm(p, "quarter", m.Quarter)
	if m.OriginalQuarter.IsValid() && m.OriginalQuarter == m.Quarter {
		o := member(p, "originalQuarter")
		v.report(&o, CodeOriginalQuarterSame, "the original quarter is the quarter it is due, "+m.Quarter.String()+
			"; leave originalQuarter out unless the milestone was rescheduled")
	}
	v.areaRef(p, "area", m.Area, "the key of the milestone's focus area")
	v.text(p, "title", m.Title, true, "the milestone's title")
	v.texts(p, "expectedResults", m.ExpectedResults)
	if _, ok := v.s.commitments[m.Commitment]; !ok && m.Commitment != "" {
		// Only well-formed ids are in the index, so the form is checked
		// only when the look-up fails.
		c := member(p, "commitment")
		if !m.Commitment.IsValid() {
			v.idSyntax(&c, string(m.Commitment))
		} else if !v.incomplete.commitments {
			v.report(&c, CodeCommitmentUnknown, "there is no commitment "+bounded.Quote(string(m.Commitment)))
		}
	}
	checkEnum(v, p, "status", m.Status, false, allowedOf(milestone.Statuses), "")
	v.metIn(p, m)
	deps := member(p, "dependsOn")
	for k, id := range m.DependsOn {
		if v.full() {
			return
		}
		dp := item(&deps, k)
		v.dependency(&dp, m, id)
	}
}

func (v *validator) metIn(p *at, m *milestone.Milestone) {
	if v.memberFailed(p, "status") {
		return // the status decides, and it is unknown
	}
	achieved := m.Status.Achieved()
	switch {
	case achieved && !m.MetIn.IsValid():
		v.missing(p, "metIn", CodeMetInMissing, "the milestone is "+string(m.Status)+", so it needs metIn, the quarter in which that happened")
	case !achieved && m.MetIn.IsValid() && m.Status.IsValid():
		mp := member(p, "metIn")
		v.report(&mp, CodeMetInUnexpected, "the milestone is "+string(m.Status.OrDefault())+
			", so it has no metIn; set the status to met or partially-met, or leave metIn out")
	case m.MetIn.IsValid() && v.a.Term.Start.IsValid() && m.MetIn.Before(v.a.Term.Start):
		mp := member(p, "metIn")
		v.report(&mp, CodeMetInBeforeTerm, m.MetIn.String()+" is before the start of the term, "+v.a.Term.Start.String())
	}
}

// dependency checks one id in the dependsOn of m, and records the index of
// the milestone it names (or -1) for the search for cycles.
func (v *validator) dependency(p *at, m *milestone.Milestone, id bilateral.ID) {
	j, ok := idindex.Find(&v.s.milestones, v.a.Milestones, string(id), milestoneID)
	if !ok {
		v.s.deps = append(v.s.deps, -1)
		switch {
		case !id.IsValid():
			v.idSyntax(p, string(id))
		case !v.incomplete.milestones:
			v.report(p, CodeMilestoneUnknown, "there is no milestone "+bounded.Quote(string(id)))
		}
		return
	}
	v.s.deps = append(v.s.deps, j)
	dep := &v.a.Milestones[j]
	if m.Quarter.IsValid() && dep.Quarter.IsValid() && m.Quarter.Before(dep.Quarter) {
		v.report(p, CodeMilestoneBeforeDependency, "the milestone is due in "+m.Quarter.String()+", before "+
			bounded.Quote(string(id))+", which it depends on, in "+dep.Quarter.String())
	}
}

// dfsFrame is a milestone on the depth-first search stack, with the index of
// its next dependency to visit.
type dfsFrame struct {
	node, next int32
}

// The colours of the depth-first search.
const (
	unvisited uint8 = iota
	onStack
	finished
)

// dependencyCycles reports every cycle of dependencies, once per edge that
// closes one, at that edge. The search keeps its own stack, so a dependency
// chain of any length is safe.
func (v *validator) dependencyCycles(list *at) {
	ms := v.a.Milestones
	// start[i] is where the resolved dependencies of milestone i begin in
	// v.s.deps, in which the milestones' dependsOn lists follow each other.
	start := v.s.start[:0]
	n := int32(0)
	for i := range ms {
		start = append(start, n)
		n += int32(len(ms[i].DependsOn))
	}
	v.s.start = start
	color := v.s.color[:0]
	for range ms {
		color = append(color, unvisited)
	}
	// depth[i] is where milestone i is on the stack while it is there, so
	// that the cycle an edge closes is found without searching the stack.
	depth := slices.Grow(v.s.depth[:0], len(ms))[:len(ms)]
	stack := v.s.stack[:0]
	for root := range ms {
		if color[root] != unvisited {
			continue
		}
		if v.full() {
			break
		}
		color[root] = onStack
		depth[root] = 0
		stack = append(stack, dfsFrame{node: int32(root)})
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			if int(top.next) == len(ms[top.node].DependsOn) {
				color[top.node] = finished
				stack = stack[:len(stack)-1]
				continue
			}
			node, k := top.node, top.next
			top.next++
			j := v.s.deps[start[node]+k]
			if j < 0 {
				continue
			}
			switch color[j] {
			case unvisited:
				color[j] = onStack
				depth[j] = int32(len(stack))
				stack = append(stack, dfsFrame{node: j})
			case onStack:
				p := item(list, int(node))
				d := member(&p, "dependsOn")
				e := item(&d, int(k))
				v.report(&e, CodeMilestoneCycle, "the dependencies form a cycle: "+cycleNames(ms, stack[depth[j]:])+
					"; remove one of them")
			}
		}
	}
	v.s.color, v.s.stack, v.s.depth = color, stack, depth
}

// maxCycleNames is the most milestones a cycle problem names. A longer
// cycle is named by its ends and its length, so that the messages of many
// long cycles do not grow with the square of the document.
const maxCycleNames = 8

// cycleNames names the cycle that runs along cycle, the part of the stack
// from the milestone the closing edge points back to, and back to it.
func cycleNames(ms []milestone.Milestone, cycle []dfsFrame) string {
	var b strings.Builder
	name := func(f dfsFrame) {
		b.WriteString(string(ms[f.node].ID))
		b.WriteString(" → ")
	}
	if len(cycle) <= maxCycleNames {
		for _, f := range cycle {
			name(f)
		}
	} else {
		for _, f := range cycle[:maxCycleNames-1] {
			name(f)
		}
		b.WriteString("… " + strconv.Itoa(len(cycle)-maxCycleNames) + " more … → ")
		name(cycle[len(cycle)-1])
	}
	b.WriteString(string(ms[cycle[0].node].ID))
	return b.String()
}
