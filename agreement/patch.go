package agreement

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/bilateral-go/bilateral"
)

// Patch returns the changes as an RFC 6902 JSON Patch that turns
// json.Marshal(from) into a document equal to json.Marshal(to), for the
// changes that Diff(from, to) returned: an array of operations, one a line.
//
// A list item added or removed is an add or a remove, an item that moved
// is a move, and a changed value is a replace; so the patch is as short as
// the changes. Each operation's path refers to the document as the
// operations before it have left it, as RFC 6902 requires: first every
// removal, from the end of the document backwards, then the additions and
// moves of each list, outer lists first, then the replacements.
//
// Patch takes time O(n log n) in the number of changes n, whatever their
// order, besides the time to copy their values. It works on any changes
// without panicking, such as changes read back from JSON; but changes that
// Diff did not make may give a patch that does not apply. A change with
// neither From nor To, and a move whose From is not an index, are left out;
// a value that is not valid JSON is written as null.
func (c Changes) Patch() []byte {
	var removals, listOps, values []*patchOp
	for i := range c {
		op := newPatchOp(&c[i])
		switch {
		case op == nil:
		case op.op == "remove":
			removals = append(removals, op)
		case op.list && op.op != "replace":
			listOps = append(listOps, op)
		default:
			values = append(values, op)
		}
	}
	var w patchWriter
	// Removals first, from the end of the document backwards, so that each
	// path is still that of the older version.
	slices.SortStableFunc(removals, func(x, y *patchOp) int { return bilateral.ComparePointers(y.path, x.path) })
	for _, op := range removals {
		w.op("remove", "", op.path, nil)
	}
	placeListItems(&w, removals, listOps)
	// The replacements and new members, in the order of the changes, with
	// paths in the newer version: every list above them is in its final
	// order now.
	for _, op := range values {
		w.op(op.op, "", op.path, op.value)
	}
	return w.close()
}

// A patchOp is a change on its way to a patch operation.
type patchOp struct {
	op    string // add, remove, replace or move
	path  string // the change's path
	value json.RawMessage
	// list is set for a list item added, removed or moved: parent is then
	// the pointer of the list, index the item's index there (in the older
	// version for a removal), and from a moved item's index in the older
	// list.
	list   bool
	parent string
	index  int
	from   int
	// indexes are the places of the list indexes in the tokens of parent,
	// outermost first: each a token's start and end in parent.
	indexes [][2]int
}

// newPatchOp reads change c, or returns nil for a change that says
// nothing to do.
func newPatchOp(c *Change) *patchOp {
	op := &patchOp{path: c.Path}
	switch {
	case c.Code == ChangeItemMoved:
		op.op = "move"
	case c.From == nil && c.To == nil:
		return nil
	case c.From == nil:
		op.op, op.value = "add", c.To
	case c.To == nil:
		op.op = "remove"
	default:
		op.op, op.value = "replace", c.To
	}
	op.locate()
	if op.op == "move" {
		from, err := strconv.Atoi(string(bytes.TrimSpace(c.From)))
		if !op.list || err != nil || from < 0 || from > maxIndex {
			return nil // no place to move from
		}
		op.from = from
	}
	return op
}

// maxIndex is the largest list index that Patch reads; Diff never writes
// one as large.
const maxIndex = 1<<31 - 1

// locate finds, along the plan of the document, which tokens of op.path are
// list indexes, and sets op.list, op.parent and op.index when the last one
// is.
func (op *patchOp) locate() {
	p := documentPlan()
	path := op.path
	start := 0
	for start < len(path) && path[start] == '/' {
		end := strings.IndexByte(path[start+1:], '/')
		if end < 0 {
			end = len(path)
		} else {
			end += start + 1
		}
		token := path[start+1 : end]
		isIndex := false
		if p != nil {
			p = p.below()
			switch p.kind {
			case planStruct:
				f := p.member(unescapeToken(token))
				p = nil
				if f != nil {
					p = f.plan
				}
			case planList:
				if n, ok := listIndex(token); ok {
					isIndex = true
					op.index = n
					p = p.elem
				} else {
					p = nil
				}
			default: // a text's language, or a value with no parts Diff knows
				p = nil
			}
		}
		if end == len(path) {
			if isIndex {
				op.list, op.parent = true, path[:start]
			}
			break
		}
		if isIndex {
			op.indexes = append(op.indexes, [2]int{start + 1, end})
		}
		start = end
	}
}

// listIndex reads an RFC 6901 array index.
func listIndex(token string) (int, bool) {
	if token == "" || len(token) > 10 || len(token) > 1 && token[0] == '0' {
		return 0, false
	}
	n := 0
	for i := 0; i < len(token); i++ {
		c := token[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, n <= maxIndex
}

// unescapeToken undoes the escapes of a JSON Pointer reference token.
func unescapeToken(token string) string {
	if !strings.Contains(token, "~") {
		return token
	}
	return strings.NewReplacer("~1", "/", "~0", "~").Replace(token)
}

// A listPlan gathers the changes to the items of one list.
type listPlan struct {
	path    string     // the list's pointer in the newer version
	removed []int      // indexes of items removed, in the older list, sorted
	events  []*patchOp // items added and moved, by index in the newer list
	// After sorting: the ranks of the moved items among the items kept
	// (not removed) in the older order, sorted; the same without
	// repetitions; and the indexes in the newer list of the items added
	// and moved, without repetitions.
	ranks, rankSet, targets []int
	movedTo                 map[int]int // older index -> newer index of a moved item
	sorted, placed          bool
}

// placeListItems writes the additions and moves of every list, after the
// removals, outer lists first: a list's path then is its path in the newer
// version, since every list above it is in its final order.
func placeListItems(w *patchWriter, removals, listOps []*patchOp) {
	lists := map[string]*listPlan{}
	listAt := func(path string) *listPlan {
		l := lists[path]
		if l == nil {
			l = &listPlan{path: path, movedTo: map[int]int{}}
			lists[path] = l
		}
		return l
	}
	var byDepth [][]*patchOp
	for _, ops := range [][]*patchOp{removals, listOps} {
		for _, op := range ops {
			if !op.list {
				continue
			}
			d := len(op.indexes)
			for len(byDepth) <= d {
				byDepth = append(byDepth, nil)
			}
			byDepth[d] = append(byDepth[d], op)
		}
	}
	for _, ops := range byDepth {
		var here []*listPlan
		for _, op := range ops {
			if op.op == "remove" {
				// Its path is in the older version: find the list in the
				// newer one through the lists above, which are planned.
				l := listAt(newerPath(lists, op.parent, op.indexes))
				l.removed = append(l.removed, op.index)
				here = append(here, l)
				continue
			}
			l := listAt(op.parent)
			l.events = append(l.events, op)
			if op.op == "move" {
				l.movedTo[op.from] = op.index
			}
			here = append(here, l)
		}
		for _, l := range here {
			if !l.sorted {
				l.sort()
				l.sorted = true
			}
		}
		for _, l := range here {
			if !l.placed {
				l.place(w)
				l.placed = true
			}
		}
	}
}

// newerPath returns the pointer in the newer version of the list at parent,
// a pointer in the older version whose list indexes are at indexes.
func newerPath(lists map[string]*listPlan, parent string, indexes [][2]int) string {
	var b strings.Builder
	done := 0
	for _, at := range indexes {
		b.WriteString(parent[done:at[0]])
		i, _ := listIndex(parent[at[0]:at[1]])
		if l := lists[b.String()[:max(0, b.Len()-1)]]; l != nil {
			i = l.newerIndex(i)
		}
		b.WriteString(strconv.Itoa(i))
		done = at[1]
	}
	b.WriteString(parent[done:])
	return b.String()
}

// sort orders what is known of the list, for place and newerIndex.
func (l *listPlan) sort() {
	slices.Sort(l.removed)
	l.removed = slices.Compact(l.removed)
	slices.SortStableFunc(l.events, func(x, y *patchOp) int { return x.index - y.index })
	for _, op := range l.events {
		l.targets = append(l.targets, op.index)
		if op.op == "move" {
			l.ranks = append(l.ranks, l.keptRank(op.from))
		}
	}
	l.targets = slices.Compact(l.targets)
	slices.Sort(l.ranks)
	l.rankSet = slices.Compact(slices.Clone(l.ranks))
}

// keptRank returns the place of older item i among the items kept.
func (l *listPlan) keptRank(i int) int { return i - countBelow(l.removed, i) }

// newerIndex returns the index in the newer list of the item at index i of
// the older one, which was kept.
func (l *listPlan) newerIndex(i int) int {
	if j, ok := l.movedTo[i]; ok {
		return j
	}
	// The items that neither moved nor are new keep their order: the
	// kept item that is the n-th of those in the older list is the n-th
	// of those in the newer one.
	r := l.keptRank(i)
	n := r - countBelow(l.rankSet, r)
	return nthMissing(l.targets, n)
}

// place writes the additions and moves of the list, in the order of their
// places in the newer list. When an item is placed, the items before its
// place are the stationary items and those placed earlier, which are in
// their final order, and the moved items not yet placed, which are still
// where they were; a Fenwick tree over the moved items counts the latter.
func (l *listPlan) place(w *patchWriter) {
	// unplaced counts the moved items not yet placed, in order of rank.
	unplaced := newFenwick(len(l.ranks))
	taken := make([]int, len(l.ranks)) // how many moved items of each rank are placed
	var blocks []int                   // the stationary rank that each placed item follows, in order
	for n, op := range l.events {
		// The stationary items before it, the last of which it follows
		// (-1 for none).
		stationary := max(op.index-n, 0)
		after := -1
		if stationary > 0 {
			after = nthMissing(l.rankSet, stationary-1)
		}
		if op.op == "move" {
			r := l.keptRank(op.from)
			below := countBelow(l.ranks, r)
			from := r - countBelow(l.rankSet, r) + countBelow(blocks, r) + unplaced.sum(below)
			if k := below + taken[below]; k < len(l.ranks) && l.ranks[k] == r {
				taken[below]++
				unplaced.add(k, -1)
			}
			to := op.index + unplaced.sum(countBelow(l.ranks, after))
			if from != to {
				w.op("move", l.path+"/"+strconv.Itoa(from), l.path+"/"+strconv.Itoa(to), nil)
			}
		} else {
			to := op.index + unplaced.sum(countBelow(l.ranks, after))
			w.op("add", "", l.path+"/"+strconv.Itoa(to), op.value)
		}
		blocks = append(blocks, after)
	}
}

// countBelow returns how many items of sorted are less than x.
func countBelow(sorted []int, x int) int {
	n, _ := slices.BinarySearch(sorted, x)
	return n
}

// nthMissing returns the n-th (from 0) non-negative integer that is not in
// sorted, whose items are distinct.
func nthMissing(sorted []int, n int) int {
	// Before sorted[i] there are sorted[i]-i missing integers, a count
	// that never falls: find how many items come before the n-th missing.
	lo, hi := 0, len(sorted)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if sorted[mid]-mid <= n {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return n + lo
}

// A fenwick is a Fenwick tree of counts, for prefix sums in O(log n).
type fenwick []int

// newFenwick returns a tree of n counts of 1.
func newFenwick(n int) fenwick {
	f := make(fenwick, n+1)
	for i := 1; i <= n; i++ {
		f[i]++
		if j := i + i&-i; j <= n {
			f[j] += f[i]
		}
	}
	return f
}

// add adds delta to count i.
func (f fenwick) add(i, delta int) {
	for i++; i < len(f); i += i & -i {
		f[i] += delta
	}
}

// sum returns the sum of the first n counts.
func (f fenwick) sum(n int) int {
	s := 0
	for i := min(n, len(f)-1); i > 0; i -= i & -i {
		s += f[i]
	}
	return s
}

// A patchWriter writes patch operations, one a line.
type patchWriter struct {
	b bytes.Buffer
}

// op writes one operation; from is the source of a move.
func (w *patchWriter) op(op, from, path string, value json.RawMessage) {
	if w.b.Len() == 0 {
		w.b.WriteString("[\n")
	} else {
		w.b.WriteString(",\n")
	}
	w.b.WriteString(`  {"op":"`)
	w.b.WriteString(op)
	w.b.WriteString(`"`)
	if op == "move" {
		w.b.WriteString(`,"from":`)
		w.b.Write(marshalString(from))
	}
	w.b.WriteString(`,"path":`)
	w.b.Write(marshalString(path))
	if op == "add" || op == "replace" {
		w.b.WriteString(`,"value":`)
		if json.Compact(&w.b, value) != nil {
			w.b.WriteString("null")
		}
	}
	w.b.WriteString("}")
}

// close ends the patch and returns it.
func (w *patchWriter) close() []byte {
	if w.b.Len() == 0 {
		return []byte("[]")
	}
	w.b.WriteString("\n]")
	return w.b.Bytes()
}
