package agreement_test

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/milestone"
)

// revisedChain returns a chain of n milestones and a later version of it in
// which one in a hundred is rescheduled and one in a hundred met, one is
// new at the front, one is gone from the middle and five have moved.
func revisedChain(n int) (from, to *agreement.Agreement) {
	from = chainAgreement(n)
	to = deepCopy(from)
	ms := to.Milestones
	for i := 0; i < n; i += 100 {
		ms[i].OriginalQuarter, ms[i].Quarter = ms[i].Quarter, ms[i].Quarter.Next()
		if i+50 < n {
			ms[i+50].Status, ms[i+50].MetIn = milestone.Met, ms[i+50].Quarter
		}
	}
	r := rand.New(rand.NewPCG(7, 8))
	for range 5 {
		i, j := r.IntN(n), r.IntN(n)
		ms[i], ms[j] = ms[j], ms[i]
	}
	ms = slices.Delete(ms, n/2, n/2+1)
	first := ms[0]
	first.ID = "a-new-first-step"
	to.Milestones = slices.Insert(ms, 0, first)
	return from, to
}

var benchmarkSizes = []int{1000, 10000, 100000}

// BenchmarkDiff measures Diff of a long agreement and a revised version of
// it. Diff is linear: the time per milestone stays about the same from
// 1,000 to 100,000 milestones (n=100000 takes at most 11.5 times n=10000).
func BenchmarkDiff(b *testing.B) {
	for _, n := range benchmarkSizes {
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			from, to := revisedChain(n)
			b.ReportAllocs()
			for b.Loop() {
				agreement.Diff(from, to)
			}
		})
	}
}

// BenchmarkDiffEqual measures Diff of two equal agreements, which
// allocates nothing.
func BenchmarkDiffEqual(b *testing.B) {
	for _, n := range benchmarkSizes {
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			from := chainAgreement(n)
			to := deepCopy(from)
			b.ReportAllocs()
			for b.Loop() {
				agreement.Diff(from, to)
			}
		})
	}
}

// BenchmarkDiffReorder measures Diff and Patch of a list of milestones in a
// random new order: nearly every milestone moves, and placing the moves
// takes O(n log n).
func BenchmarkDiffReorder(b *testing.B) {
	for _, n := range benchmarkSizes {
		from := chainAgreement(n)
		to := deepCopy(from)
		r := rand.New(rand.NewPCG(9, 10))
		r.Shuffle(n, func(i, j int) { to.Milestones[i], to.Milestones[j] = to.Milestones[j], to.Milestones[i] })
		b.Run("diff/n="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				agreement.Diff(from, to)
			}
		})
		changes := agreement.Diff(from, to)
		b.Run("patch/n="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				changes.Patch()
			}
		})
	}
}
