package milestone

import (
	"strconv"
	"testing"

	"github.com/bilateral-go/bilateral"
)

// TestIDIndex checks the index against a map on lists whose ids repeat,
// from a list so short that its table is 8 slots, where probes wrap around
// the end, to one of thousands.
func TestIDIndex(t *testing.T) {
	for _, n := range []int{0, 1, 3, 4, 5, 100, 5000} {
		ms := make([]Milestone, n)
		for i := range ms {
			ms[i].ID = bilateral.ID("m-" + strconv.Itoa(i%(n/2+1))) // the first half of the ids, twice
		}
		x := newIDIndex(n)
		first := map[bilateral.ID]int32{}
		for i := range ms {
			want, seen := first[ms[i].ID]
			if !seen {
				want = int32(i)
				first[ms[i].ID] = want
			}
			if got := x.add(ms, i); got != want {
				t.Fatalf("n=%d: add(%d), id %s, = %d, want %d", n, i, ms[i].ID, got, want)
			}
		}
		for id, want := range first {
			if got, ok := x.find(ms, id); !ok || got != want {
				t.Errorf("n=%d: find(%s) = %d, %v, want %d, true", n, id, got, ok, want)
			}
		}
		for _, id := range []bilateral.ID{"", "absent", "m-" + bilateral.ID(strconv.Itoa(n))} {
			if got, ok := x.find(ms, id); ok {
				t.Errorf("n=%d: find(%q) = %d, true; want not found", n, id, got)
			}
		}
		full := 0
		for _, s := range x.slots {
			if s != 0 {
				full++
			}
		}
		if full != len(first) || 2*full > len(x.slots) {
			t.Errorf("n=%d: %d of %d slots used for %d ids; want one each, at most half the table", n, full, len(x.slots), len(first))
		}
	}
}

// TestIDIndexZero checks that the zero index, which the schedule of no
// milestones has, finds nothing.
func TestIDIndexZero(t *testing.T) {
	var x idIndex
	if _, ok := x.find(nil, "a"); ok {
		t.Error("the zero index found an id")
	}
}
