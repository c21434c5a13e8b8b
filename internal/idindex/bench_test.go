package idindex_test

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/bilateral-go/bilateral/internal/idindex"
)

// BenchmarkIndex indexes n ids and finds each once in random order, with
// an Index and, beside it, with the map it replaces.
func BenchmarkIndex(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		items := make([]item, n)
		for i := range items {
			items[i].id = "milestone-" + strconv.Itoa(i)
		}
		order := rand.New(rand.NewPCG(1, 2)).Perm(n)
		b.Run("index/n="+strconv.Itoa(n), func(b *testing.B) {
			var x idindex.Index
			for b.Loop() {
				x.Reset(n)
				for i := range items {
					idindex.Add(&x, items, i, idOf)
				}
				for _, i := range order {
					if _, ok := idindex.Find(&x, items, items[i].id, idOf); !ok {
						b.Fatal("an id was not found")
					}
				}
			}
		})
		b.Run("map/n="+strconv.Itoa(n), func(b *testing.B) {
			m := make(map[string]int32, n)
			for b.Loop() {
				clear(m)
				for i := range items {
					if _, dup := m[items[i].id]; !dup {
						m[items[i].id] = int32(i)
					}
				}
				for _, i := range order {
					if _, ok := m[items[i].id]; !ok {
						b.Fatal("an id was not found")
					}
				}
			}
		})
	}
}
