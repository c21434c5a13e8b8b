package milestone

// topological returns the positions of the milestones in dependency order,
// working it out on first use. Among the milestones whose dependencies are
// all placed, the one first in the schedule's order goes next (Kahn's
// algorithm with a heap of positions).
func (s *Schedule) topological() []int32 {
	s.topoOnce.Do(func() { s.topo = s.dependencyOrder() })
	return s.topo
}

func (s *Schedule) dependencyOrder() []int32 {
	n := len(s.rows)
	// The edges from each milestone to those that depend on it, as
	// compressed rows: dependents[start[d]:start[d+1]].
	waiting := make([]int32, n) // dependencies not yet placed
	start := make([]int32, n+1)
	for p := range n {
		lo, hi := s.depRange(p)
		for _, d := range s.deps[lo:hi] {
			if d >= 0 {
				waiting[p]++
				start[d+1]++
			}
		}
	}
	for d := range n {
		start[d+1] += start[d]
	}
	dependents := make([]int32, start[n])
	fill := append([]int32(nil), start[:n]...)
	for p := range n {
		lo, hi := s.depRange(p)
		for _, d := range s.deps[lo:hi] {
			if d >= 0 {
				dependents[fill[d]] = int32(p)
				fill[d]++
			}
		}
	}

	out := make([]int32, 0, n)
	var ready rankHeap
	for p := range n {
		if waiting[p] == 0 {
			ready.push(int32(p))
		}
	}
	for len(ready) > 0 {
		p := ready.pop()
		out = append(out, p)
		for _, d := range dependents[start[p]:start[p+1]] {
			if waiting[d]--; waiting[d] == 0 {
				ready.push(d)
			}
		}
	}
	// What is left is in or behind a cycle: in the schedule's order.
	for p := range n {
		if waiting[p] > 0 {
			out = append(out, int32(p))
		}
	}
	return out
}

// rankHeap is a min-heap of positions.
type rankHeap []int32

func (h *rankHeap) push(r int32) {
	*h = append(*h, r)
	a := *h
	for i := len(a) - 1; i > 0; {
		p := (i - 1) / 2
		if a[p] <= a[i] {
			break
		}
		a[p], a[i] = a[i], a[p]
		i = p
	}
}

func (h *rankHeap) pop() int32 {
	a := *h
	top := a[0]
	last := len(a) - 1
	a[0] = a[last]
	a = a[:last]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(a) && a[l] < a[m] {
			m = l
		}
		if r < len(a) && a[r] < a[m] {
			m = r
		}
		if m == i {
			break
		}
		a[i], a[m] = a[m], a[i]
		i = m
	}
	*h = a
	return top
}
