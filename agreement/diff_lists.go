package agreement

import (
	"reflect"
)

// A listMatch is how Diff pairs the items of a list in two versions.
type listMatch uint8

const (
	// byPosition pairs items by their index: what is beyond the shorter
	// list is added or removed.
	byPosition listMatch = iota
	// byMember pairs items by the value of one of their members, an id.
	byMember
	// byValue pairs items that are equal, for lists of ids and codes.
	byValue
)

// A listRule says how Diff pairs the items of one list.
type listRule struct {
	match listMatch
	key   string // byMember: the JSON name of the member that identifies an item
	why   string // byPosition: why an item's place is all that identifies it
}

// listRules holds the rule for every list of the document, by the pattern
// of its place. A list that has no rule here is matched by position, and a
// test fails until it has one.
var listRules = map[string]listRule{
	"/languages": {match: byValue},
	"/history": {why: "the steps of the lifecycle are appended in date order, " +
		"and a step is the step at its place; a status may be reached more than once"},
	"/parties":                   {match: byMember, key: "code"},
	"/parties/*/representatives": {match: byMember, key: "name"},
	"/focusAreas":                {match: byMember, key: "key"},
	"/focusAreas/*/actions":      {why: "proposed actions are prose, with no identity but their place"},
	"/focusAreas/*/benefits":     {why: "benefits are prose, and their indicators have no id"},
	// An indicator has one observation a quarter.
	"/focusAreas/*/benefits/*/indicator/observations": {match: byMember, key: "quarter"},
	"/focusAreas/*/priorities":                        {match: byMember, key: "party"},
	"/focusAreas/*/priorities/*/statements": {why: "statements are prose, " +
		"with no identity but their place"},
	"/commitments":                        {match: byMember, key: "id"},
	"/commitments/*/implementation/leads": {match: byValue},
	"/milestones":                         {match: byMember, key: "id"},
	"/milestones/*/expectedResults":       {why: "expected results are prose, with no identity but their place"},
	"/milestones/*/dependsOn":             {match: byValue},
	"/engagements":                        {match: byMember, key: "id"},
}

// ruleFor returns the rule of the list at pattern whose items have the plan
// elem, and for byMember the Go field index of the key. A rule that does
// not fit the items (no such member, or not a scalar) falls back to
// matching by position.
func ruleFor(pattern string, elem *plan) (listRule, int) {
	r, ok := listRules[pattern]
	if !ok {
		return listRule{why: "no rule"}, 0
	}
	switch r.match {
	case byMember:
		if f := elem.member(r.key); elem.kind == planStruct && f != nil && f.plan.kind == planScalar {
			return r, f.index
		}
		return listRule{why: "no such key"}, 0
	case byValue:
		if elem.kind != planScalar {
			return listRule{why: "not a list of scalars"}, 0
		}
	}
	return r, 0
}

// key returns the value that identifies item v of a list with plan p.
func (p *plan) key(v reflect.Value) reflect.Value {
	if p.list.match == byMember {
		return v.Field(p.keyAt)
	}
	return v
}

// keyString returns the identifying value of item v as a map key.
func (p *plan) keyString(v reflect.Value) string {
	k := p.key(v)
	if k.Kind() == reflect.String {
		return k.String()
	}
	return string(marshalValue(k))
}

// list compares two lists of plan p, both JSON arrays.
func (d *differ) list(p *plan, a, b reflect.Value) {
	n, m := a.Len(), b.Len()
	if p.list.match == byPosition || sameKeys(p, a, b) {
		for i := range min(n, m) {
			d.item(p, i, i, a.Index(i), b.Index(i))
		}
		for i := m; i < n; i++ {
			d.itemGone(p, i, a.Index(i))
		}
		for j := n; j < m; j++ {
			d.itemNew(p, j, b.Index(j))
		}
		return
	}

	// The items before the first difference of identity and after the last
	// pair by position; only those between need matching, which the usual
	// edit (an item added or removed, a few moved) keeps short.
	lo, hi := commonEnds(p, a, b)
	match := matchItems(p, a, b, lo, hi)
	stay := longestIncreasing(match)
	matched := make([]bool, n-lo-hi)
	for _, i := range match {
		if i >= 0 {
			matched[int(i)-lo] = true
		}
	}
	for k, ok := range matched {
		if !ok {
			d.itemGone(p, lo+k, a.Index(lo+k))
		}
	}
	for j := range m {
		var i int
		switch k := j - lo; {
		case j < lo:
			i = j
		case j >= m-hi:
			i = j - m + n
		case match[k] < 0:
			d.itemNew(p, j, b.Index(j))
			continue
		case !stay[k]:
			i = int(match[k])
			d.push(frame{plan: p.elem, item: true, from: i, to: j, a: a.Index(i), b: b.Index(j)})
			d.record(moved, indexJSON(i), indexJSON(j))
			d.pop()
		default:
			i = int(match[k])
		}
		d.item(p, i, j, a.Index(i), b.Index(j))
	}
}

// item compares item i of the older list with item j of the newer one.
func (d *differ) item(p *plan, i, j int, a, b reflect.Value) {
	d.push(frame{plan: p.elem, item: true, from: i, to: j, a: a, b: b})
	d.value(p.elem, a, b)
	d.pop()
}

// itemGone records that item i of the older list is gone.
func (d *differ) itemGone(p *plan, i int, a reflect.Value) {
	d.push(frame{plan: p.elem, item: true, from: i, a: a})
	d.record(removed, marshalValue(a), nil)
	d.pop()
}

// itemNew records that item j of the newer list is new.
func (d *differ) itemNew(p *plan, j int, b reflect.Value) {
	d.push(frame{plan: p.elem, item: true, to: j, b: b})
	d.record(added, nil, marshalValue(b))
	d.pop()
}

// sameKeys reports whether lists a and b have the same identities in the
// same order, so that their items pair by position; the usual case, which
// allocates nothing.
func sameKeys(p *plan, a, b reflect.Value) bool {
	if a.Len() != b.Len() {
		return false
	}
	for i := range a.Len() {
		if !p.key(a.Index(i)).Equal(p.key(b.Index(i))) {
			return false
		}
	}
	return true
}

// commonEnds returns how many items at the start and at the end of lists a
// and b have the same identities in the same order, the end not reaching
// into the start.
func commonEnds(p *plan, a, b reflect.Value) (lo, hi int) {
	n, m := a.Len(), b.Len()
	for lo < n && lo < m && p.key(a.Index(lo)).Equal(p.key(b.Index(lo))) {
		lo++
	}
	for hi < n-lo && hi < m-lo && p.key(a.Index(n-1-hi)).Equal(p.key(b.Index(m-1-hi))) {
		hi++
	}
	return lo, hi
}

// matchItems pairs by identity the items of lists a and b between their
// common ends of lo and hi items: match[k] is the index in a of the item
// paired with b[lo+k], or -1 when that item is new. Items with the same
// identity pair in their order.
//
// It walks the two lists side by side first, pairing the items that agree,
// and stepping over an item that is new or gone when the next item agrees;
// so a list mostly in order is matched in one pass over memory, in order.
// The items left over, moved ones and those of lists out of order, are
// paired through a map.
func matchItems(p *plan, a, b reflect.Value, lo, hi int) []int32 {
	n, m := a.Len()-hi, b.Len()-hi
	match := make([]int32, m-lo)
	same := func(i, j int) bool { return p.key(a.Index(i)).Equal(p.key(b.Index(j))) }
	var restA, restB []int32 // the items of a and of b left over, in order
	i, j := lo, lo
	for i < n && j < m {
		switch {
		case same(i, j):
			match[j-lo] = int32(i)
			i++
			j++
			continue
		case i+1 < n && same(i+1, j): // a[i] is gone or moved
			restA = append(restA, int32(i))
			i++
		case j+1 < m && same(i, j+1): // b[j] is new or moved
			restB = append(restB, int32(j))
			j++
		default:
			restA = append(restA, int32(i))
			restB = append(restB, int32(j))
			i++
			j++
		}
	}
	for ; i < n; i++ {
		restA = append(restA, int32(i))
	}
	for ; j < m; j++ {
		restB = append(restB, int32(j))
	}
	for _, j := range restB {
		match[int(j)-lo] = -1
	}
	if len(restA) == 0 || len(restB) == 0 {
		return match
	}
	first := make(map[string]int, len(restA)) // the first unpaired item left over in a with each identity
	next := make([]int, len(restA))           // the next one left over with the same identity, or -1
	for r := len(restA) - 1; r >= 0; r-- {
		k := p.keyString(a.Index(int(restA[r])))
		next[r] = -1
		if f, ok := first[k]; ok {
			next[r] = f
		}
		first[k] = r
	}
	for _, j := range restB {
		k := p.keyString(b.Index(int(j)))
		if r, ok := first[k]; ok && r >= 0 {
			match[int(j)-lo] = restA[r]
			first[k] = next[r]
		}
	}
	return match
}

// longestIncreasing returns, for each k, whether match[k] belongs to a
// longest increasing run of the paired indexes (the -1s left out): the
// items that keep their order and need not move. It takes O(m log m), and
// O(m) for a list mostly in order.
func longestIncreasing(match []int32) []bool {
	var tails []int // tails[l]: the k that ends the best run of length l+1 found so far
	prev := make([]int32, len(match))
	for k, i := range match {
		if i < 0 {
			continue
		}
		lo, hi := 0, len(tails)
		if hi > 0 && match[tails[hi-1]] < i {
			lo = hi // it extends the longest run, as in a list mostly in order
		}
		for lo < hi {
			mid := int(uint(lo+hi) >> 1)
			if match[tails[mid]] < i {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		prev[k] = -1
		if lo > 0 {
			prev[k] = int32(tails[lo-1])
		}
		if lo == len(tails) {
			tails = append(tails, k)
		} else {
			tails[lo] = k
		}
	}
	stay := make([]bool, len(match))
	if len(tails) > 0 {
		for k := int32(tails[len(tails)-1]); k >= 0; k = prev[k] {
			stay[k] = true
		}
	}
	return stay
}
