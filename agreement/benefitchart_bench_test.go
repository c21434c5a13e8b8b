package agreement_test

import (
	"slices"
	"strconv"
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/internal/race"
)

// manyObservations returns tradeTarget with n observations of its benefit,
// one a quarter after the baseline, in order or, when reversed, in the
// reverse order, which Validate reports but the chart still draws. The
// span of quarters is over a hundred for n over a hundred, so the axis
// shows only the quarters with a level.
func manyObservations(n int, reversed bool) *agreement.Agreement {
	a := tradeTarget()
	ind := a.FocusAreas[0].Benefits[0].Indicator
	ind.Observations = make([]focusarea.Observation, n)
	for i := range n {
		ind.Observations[i] = focusarea.Observation{Quarter: ind.Baseline.Quarter.Add(i + 1), Value: float64(100 + i%7)}
	}
	if reversed {
		slices.Reverse(ind.Observations)
	}
	return a
}

// TestBenefitChartAllocatesInProportion checks that the chart of a benefit
// with ten times as many observations allocates about as often: once for
// the observations it shows, once for its axis and a few times for its
// text, as its buffers double. Observations out of order, which Validate
// reports, cost the same: a chart that inserted each one into its place
// allocated for each.
func TestBenefitChartAllocatesInProportion(t *testing.T) {
	if race.Enabled {
		t.Skip("the race detector allocates as it instruments")
	}
	const n = 200
	for _, reversed := range []bool{false, true} {
		cost := func(n int) float64 {
			a := manyObservations(n, reversed)
			return testing.AllocsPerRun(5, func() {
				sinkString, _ = a.BenefitChart(bilateral.Quarter{}, focusarea.Trade, 0)
			})
		}
		allocs, allocs10 := cost(n), cost(10*n)
		if allocs10 > allocs+20 {
			t.Errorf("reversed %v: BenefitChart allocates %.0f times for %d observations, %.0f for %d", reversed, allocs, n, allocs10, 10*n)
		}
	}
}

// TestBenefitChartOutOfOrder checks the observations a chart shows when
// they are out of order, which Validate reports: in order of quarter, the
// first of each quarter, as Progress reads them.
func TestBenefitChartOutOfOrder(t *testing.T) {
	for _, span := range []string{"2025-Q4", "2525-Q4"} {
		a := tradeTarget()
		a.Term.End = qtr(span)
		ind := a.FocusAreas[0].Benefits[0].Indicator
		ind.By = qtr(span)
		ind.Observations = []focusarea.Observation{
			{Quarter: qtr("2025-Q1"), Value: 1}, {Quarter: qtr("2024-Q4"), Value: 2}, {Quarter: qtr("2025-Q1"), Value: 3},
			{Quarter: qtr("2024-Q3"), Value: 4}, {Quarter: qtr("2024-Q4"), Value: 5}, {Quarter: qtr("2025-Q2"), Value: 6},
			{Quarter: qtr("2024-Q2"), Value: 7}, {Quarter: qtr("2024-Q3"), Value: 8},
		}
		chart, ok := a.BenefitChart(qtr("2025-Q2"), focusarea.Trade, 0)
		if !ok {
			t.Fatalf("%s: no chart", span)
		}
		c := parseXYChart(t, chart)
		got := map[string]float64{}
		for i, q := range c.Quarters {
			got[q] = c.Lines[1].Values[i]
		}
		want := map[string]float64{"2024-Q2": 100, "2024-Q3": 4, "2024-Q4": 2, "2025-Q1": 1, "2025-Q2": 6}
		for q, v := range want {
			if g, ok := got[q]; !ok || g != v {
				t.Errorf("%s: the observed level of %s is %v (shown %v), want %v:\n%s", span, q, g, ok, v, chart)
			}
		}
	}
}

// BenchmarkBenefitChart measures the chart of a benefit with many
// observations, in order and, as Validate reports, in reverse order.
func BenchmarkBenefitChart(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		for _, reversed := range []bool{false, true} {
			name := strconv.Itoa(n)
			if reversed {
				name += "/reversed"
			}
			a := manyObservations(n, reversed)
			b.Run(name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					sinkString, _ = a.BenefitChart(bilateral.Quarter{}, focusarea.Trade, 0)
				}
			})
		}
	}
}
