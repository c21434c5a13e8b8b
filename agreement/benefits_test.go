package agreement_test

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
)

// tradeTarget returns a valid agreement over 2024-Q1 to 2025-Q4 whose one
// benefit promises bilateral trade 15 percent above a baseline of 100
// (billion U.S. dollars) in 2024-Q2 by 2025-Q2, and has observed 106 in
// 2024-Q4.
func tradeTarget() *agreement.Agreement {
	text := bilateral.PlainText
	return &agreement.Agreement{
		ID: "trade-target", Kind: agreement.ActionPlan, Title: text("Trade target"), Status: agreement.InForce,
		Parties: []agreement.Party{
			{Code: "US", Name: text("United States"), Kind: agreement.State, FiscalCalendar: bilateral.USFederal},
			{Code: "MX", Name: text("Mexico"), Kind: agreement.State},
		},
		Term: agreement.Term{Start: qtr("2024-Q1"), End: qtr("2025-Q4")},
		FocusAreas: []focusarea.Area{{
			Key: focusarea.Trade,
			Benefits: []focusarea.Benefit{{
				Description: text("Projected 15% increase in bilateral trade volume"),
				Indicator: &focusarea.Indicator{
					Metric: text("Bilateral trade volume"), Measure: text("billion U.S. dollars"),
					Direction: focusarea.Increase, Value: 15, Unit: focusarea.Percent, By: qtr("2025-Q2"),
					Baseline:     &focusarea.Baseline{Quarter: qtr("2024-Q2"), Value: 100},
					Observations: []focusarea.Observation{{Quarter: qtr("2024-Q4"), Value: 106}},
				},
			}},
		}},
	}
}

// TestBenefitProgressOnTheWay is the case of the baseline 100 in 2024-Q2,
// 15 percent more promised by 2025-Q2, and 106 observed in 2024-Q4: as of
// 2025-Q1 the change is 6 percent, 0.4 of the promise, when 0.75 of it is
// due; the benefit is not on track.
func TestBenefitProgressOnTheWay(t *testing.T) {
	a := tradeTarget()
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	p := a.Progress(qtr("2025-Q1"))
	ind := a.FocusAreas[0].Benefits[0].Indicator
	want := []agreement.BenefitProgress{{
		Area: focusarea.Trade, Benefit: 0, Indicator: ind, By: qtr("2025-Q2"),
		Latest: &ind.Observations[0],
		Change: 6, Achieved: 0.4, Expected: 0.75, OnTrack: false,
	}}
	if diff := cmp.Diff(want, p.Benefits); diff != "" {
		t.Errorf("Benefits mismatch (-want +got):\n%s", diff)
	}
	if p.Benefits[0].Latest != &ind.Observations[0] || p.Benefits[0].Indicator != ind {
		t.Error("Latest and Indicator do not point into the agreement")
	}
}

// A benefit is a case of TestBenefitProgress: an indicator, the quarter of
// the report, and the figures it should give.
type benefitCase struct {
	name string
	// ind changes the indicator of tradeTarget.
	ind  func(*focusarea.Indicator)
	asOf string
	// latest is the index of the latest observation, or -1.
	latest                     int
	change, achieved, expected float64
	held, onTrack              bool
	by                         string
}

func TestBenefitProgress(t *testing.T) {
	obs := func(qs ...any) func(*focusarea.Indicator) {
		return func(i *focusarea.Indicator) {
			i.Observations = nil
			for k := 0; k < len(qs); k += 2 {
				i.Observations = append(i.Observations, focusarea.Observation{Quarter: qtr(qs[k].(string)), Value: qs[k+1].(float64)})
			}
		}
	}
	then := func(fs ...func(*focusarea.Indicator)) func(*focusarea.Indicator) {
		return func(i *focusarea.Indicator) {
			for _, f := range fs {
				f(i)
			}
		}
	}
	unit := func(u focusarea.Unit) func(*focusarea.Indicator) { return func(i *focusarea.Indicator) { i.Unit = u } }
	dir := func(d focusarea.Direction, v float64) func(*focusarea.Indicator) {
		return func(i *focusarea.Indicator) { i.Direction, i.Value = d, v }
	}
	none := func(*focusarea.Indicator) {}
	tests := []benefitCase{
		{name: "on the way, behind", ind: none, asOf: "2025-Q1", latest: 0, change: 6, achieved: 0.4, expected: 0.75, by: "2025-Q2"},
		{name: "before the observation", ind: none, asOf: "2024-Q3", latest: -1, expected: 0.25, by: "2025-Q2"},
		{name: "at the baseline", ind: none, asOf: "2024-Q2", latest: -1, by: "2025-Q2"},
		{name: "before the baseline", ind: none, asOf: "2024-Q1", latest: -1, by: "2025-Q2"},
		{name: "ahead", ind: obs("2024-Q4", 110.0), asOf: "2024-Q4", latest: 0, change: 10, achieved: 10.0 / 15, expected: 0.5, onTrack: true, by: "2025-Q2"},
		{name: "exactly on the line", ind: obs("2024-Q4", 107.5), asOf: "2024-Q4", latest: 0, change: 7.5, achieved: 0.5, expected: 0.5, onTrack: true, by: "2025-Q2"},
		{name: "past By, reached", ind: obs("2024-Q4", 106.0, "2025-Q3", 116.0), asOf: "2025-Q4", latest: 1, change: 16, achieved: 16.0 / 15, expected: 1, onTrack: true, by: "2025-Q2"},
		{name: "the latest as of the quarter", ind: obs("2024-Q3", 101.0, "2024-Q4", 106.0, "2025-Q3", 99.0), asOf: "2025-Q2", latest: 1, change: 6, achieved: 0.4, expected: 1, by: "2025-Q2"},
		{name: "the wrong way", ind: obs("2024-Q4", 97.0), asOf: "2024-Q4", latest: 0, change: -3, achieved: -0.2, expected: 0.5, by: "2025-Q2"},
		{name: "absolute", ind: then(unit(focusarea.Absolute), dir(focusarea.Increase, 20)), asOf: "2025-Q1", latest: 0, change: 6, achieved: 0.3, expected: 0.75, by: "2025-Q2"},
		{name: "no unit is absolute", ind: then(unit(""), dir(focusarea.Increase, 8)), asOf: "2025-Q1", latest: 0, change: 6, achieved: 0.75, expected: 0.75, onTrack: true, by: "2025-Q2"},
		{name: "index points down", ind: then(unit(focusarea.Index), dir(focusarea.Decrease, 4), obs("2024-Q4", 97.0)), asOf: "2024-Q4", latest: 0, change: -3, achieved: 0.75, expected: 0.5, onTrack: true, by: "2025-Q2"},
		{name: "decrease the wrong way", ind: then(dir(focusarea.Decrease, 10)), asOf: "2025-Q1", latest: 0, change: 6, achieved: -0.6, expected: 0.75, by: "2025-Q2"},
		{name: "maintain, held", ind: then(dir(focusarea.Maintain, 6)), asOf: "2025-Q1", latest: 0, change: 6, held: true, onTrack: true, by: "2025-Q2"},
		{name: "maintain, not held", ind: then(dir(focusarea.Maintain, 5)), asOf: "2025-Q1", latest: 0, change: 6, by: "2025-Q2"},
		{name: "maintain, held below", ind: then(dir(focusarea.Maintain, 5), obs("2024-Q4", 95.0)), asOf: "2025-Q1", latest: 0, change: -5, held: true, onTrack: true, by: "2025-Q2"},
		{name: "maintain exactly", ind: then(dir(focusarea.Maintain, 0), obs("2024-Q4", 100.0)), asOf: "2025-Q1", latest: 0, held: true, onTrack: true, by: "2025-Q2"},
		{name: "no figure", ind: dir(focusarea.Increase, 0), asOf: "2025-Q1", latest: 0, change: 6, expected: 0.75, by: "2025-Q2"},
		{name: "by the end of the term", ind: func(i *focusarea.Indicator) { i.By = bilateral.Quarter{} }, asOf: "2025-Q1", latest: 0, change: 6, achieved: 0.4, expected: 3.0 / 6, by: "2025-Q4"},
		{name: "by the baseline's quarter", ind: func(i *focusarea.Indicator) { i.By = qtr("2024-Q2") }, asOf: "2025-Q1", latest: 0, change: 6, achieved: 0.4, expected: 1, by: "2024-Q2"},
		{name: "negative baseline", ind: then(unit(focusarea.Absolute), func(i *focusarea.Indicator) { i.Baseline.Value = -4 }, obs("2024-Q4", -1.0)), asOf: "2025-Q1", latest: 0, change: 3, achieved: 0.2, expected: 0.75, by: "2025-Q2"},
		{name: "as of no quarter", ind: none, asOf: "", latest: -1, by: "2025-Q2"},
		// Indicators that Validate rejects give figures of 0.
		{name: "zero baseline in percent", ind: func(i *focusarea.Indicator) { i.Baseline.Value = 0 }, asOf: "2025-Q1", latest: 0, expected: 0.75, by: "2025-Q2"},
		{name: "a level not finite", ind: obs("2024-Q4", math.Inf(1)), asOf: "2025-Q1", latest: 0, expected: 0.75, by: "2025-Q2"},
	}
	for _, tt := range tests {
		a := tradeTarget()
		ind := a.FocusAreas[0].Benefits[0].Indicator
		tt.ind(ind)
		var asOf bilateral.Quarter
		if tt.asOf != "" {
			asOf = qtr(tt.asOf)
		}
		want := agreement.BenefitProgress{
			Area: focusarea.Trade, Indicator: ind, By: qtr(tt.by),
			Change: tt.change, Achieved: tt.achieved, Expected: tt.expected, Held: tt.held, OnTrack: tt.onTrack,
		}
		if tt.latest >= 0 {
			want.Latest = &ind.Observations[tt.latest]
		}
		got := a.Progress(asOf).Benefits
		if diff := cmp.Diff([]agreement.BenefitProgress{want}, got, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
			t.Errorf("%s: Benefits mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestBenefitsInDocumentOrder checks that there is one BenefitProgress for
// each indicator with a baseline, in document order, and none for the
// others.
func TestBenefitsInDocumentOrder(t *testing.T) {
	a := tradeTarget()
	base := &focusarea.Baseline{Quarter: qtr("2024-Q1"), Value: 1}
	ind := func(b *focusarea.Baseline) *focusarea.Indicator {
		return &focusarea.Indicator{Metric: bilateral.PlainText("m"), Direction: focusarea.Maintain, Baseline: b}
	}
	a.FocusAreas[0].Benefits = append(a.FocusAreas[0].Benefits,
		focusarea.Benefit{Description: bilateral.PlainText("no indicator")},
		focusarea.Benefit{Description: bilateral.PlainText("no baseline"), Indicator: ind(nil)},
		focusarea.Benefit{Description: bilateral.PlainText("maintained"), Indicator: ind(base)},
	)
	a.FocusAreas = append([]focusarea.Area{{Key: focusarea.Water, Benefits: []focusarea.Benefit{
		{Description: bilateral.PlainText("water"), Indicator: ind(base)},
	}}}, a.FocusAreas...)
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	type where struct {
		Area    focusarea.Key
		Benefit int
	}
	var got []where
	for _, b := range a.Progress(qtr("2025-Q1")).Benefits {
		got = append(got, where{b.Area, b.Benefit})
	}
	want := []where{{focusarea.Water, 0}, {focusarea.Trade, 0}, {focusarea.Trade, 3}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Benefits mismatch (-want +got):\n%s", diff)
	}
	if got := a.Progress(qtr("2025-Q1")); len((&agreement.Agreement{}).Progress(qtr("2025-Q1")).Benefits) != 0 || len(got.Benefits) != 3 {
		t.Errorf("an agreement without indicators has benefits, or this one has %d", len(got.Benefits))
	}
}
