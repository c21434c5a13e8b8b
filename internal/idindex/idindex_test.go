package idindex_test

import (
	"strconv"
	"testing"

	"github.com/bilateral-go/bilateral/internal/idindex"
)

type item struct{ id string }

func idOf(it *item) string { return it.id }

// TestIndex checks the index against a map on lists whose ids repeat,
// from a list so short that its table is 8 slots, where probes wrap around
// the end, to one of thousands, in one index reset for each.
func TestIndex(t *testing.T) {
	var x idindex.Index
	for _, n := range []int{0, 1, 3, 4, 5, 100, 5000, 7} {
		items := make([]item, n)
		for i := range items {
			items[i].id = "m-" + strconv.Itoa(i%(n/2+1)) // the first half of the ids, twice
		}
		x.Reset(n)
		first := map[string]int32{}
		for i := range items {
			want, seen := first[items[i].id]
			if !seen {
				want = int32(i)
				first[items[i].id] = want
			}
			if got := idindex.Add(&x, items, i, idOf); got != want {
				t.Fatalf("n=%d: Add(%d), id %s, = %d, want %d", n, i, items[i].id, got, want)
			}
		}
		for id, want := range first {
			if got, ok := idindex.Find(&x, items, id, idOf); !ok || got != want {
				t.Errorf("n=%d: Find(%s) = %d, %v, want %d, true", n, id, got, ok, want)
			}
		}
		for _, id := range []string{"", "absent", "m-" + strconv.Itoa(n)} {
			if got, ok := idindex.Find(&x, items, id, idOf); ok {
				t.Errorf("n=%d: Find(%q) = %d, true; want not found", n, id, got)
			}
		}
		if x.Slots() < 2*n {
			t.Errorf("n=%d: %d slots; want at least twice the ids", n, x.Slots())
		}
	}
}

// TestZeroIndex checks that the zero index finds nothing.
func TestZeroIndex(t *testing.T) {
	var x idindex.Index
	if _, ok := idindex.Find(&x, []item{{"a"}}, "a", idOf); ok {
		t.Error("the zero index found an id")
	}
}
