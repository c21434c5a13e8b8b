package agreement

import (
	"math"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
)

// A BenefitProgress is where one measured benefit stands as of a report's
// quarter: an indicator with a baseline, its latest observation, and how
// far the change since the baseline has come against what the agreement
// promised (see [focusarea.Indicator]).
//
// For Increase and Decrease, the promise is a change of Value by By, on a
// straight line from the baseline's quarter: Expected is the share of it
// due as of the report's quarter, Achieved the share that the latest level
// makes, and the benefit is on track when Achieved is at least Expected.
// Maintain promises no change: the level is held while it stays within
// Value of the baseline, either way, and the benefit is on track while it
// is held; Achieved and Expected do not apply and are 0.
type BenefitProgress struct {
	// Area is the key of the focus area whose benefit this is.
	Area focusarea.Key
	// Benefit is the index of the benefit among the area's Benefits.
	Benefit int
	// Indicator is the benefit's indicator: the metric, the direction,
	// the promised Value and Unit, the baseline and the observations. It
	// points into the agreement, to read, as the lists of a
	// [milestone.Tally] point into its milestones.
	Indicator *focusarea.Indicator
	// By is the quarter by which the change is expected: the indicator's
	// By, or else the last quarter of the agreement's term.
	By bilateral.Quarter
	// Latest is the latest observation as of the report's quarter (in it
	// or before it), a pointer into Indicator.Observations; nil when there
	// is none, and as of the zero Quarter: then nothing is measured yet,
	// Change and Achieved are 0, Held and OnTrack false.
	Latest *focusarea.Observation
	// Change is the change of the latest level from the baseline, in the
	// indicator's unit: (level − baseline) × 100 / baseline for percent,
	// level − baseline otherwise.
	Change float64
	// Achieved is the share of the promised change that Change makes:
	// Change / Value for Increase, −Change / Value for Decrease. 1 is the
	// change promised, more is more than promised, and a negative share is
	// a move the wrong way. It is 0 for Maintain, and when no figure is
	// promised (Value 0).
	Achieved float64
	// Expected is the share of the promised change due as of the report's
	// quarter: (quarter − baseline's quarter) / (By − baseline's quarter),
	// from 0 at the baseline to 1 at By and after it. It is 0 for
	// Maintain, and as of the zero Quarter.
	Expected float64
	// Held reports, for Maintain, whether the latest level is within Value
	// of the baseline: |Change| ≤ Value. It is false for the other
	// directions.
	Held bool
	// OnTrack reports whether the benefit is where the agreement promised
	// as of the report's quarter: Achieved ≥ Expected for Increase and
	// Decrease, Held for Maintain. It is false when nothing is measured
	// yet, when no figure is promised for Increase or Decrease, as of the
	// zero Quarter, and for an indicator that Validate rejects (a baseline
	// of 0 with a change in percent, a level that is not finite), whose
	// figures are then 0.
	OnTrack bool
}

// benefits returns the progress of each of a's indicators that has a
// baseline, in document order, as of asOf.
func (a *Agreement) benefits(asOf bilateral.Quarter) []BenefitProgress {
	n := 0
	for i := range a.FocusAreas {
		for _, b := range a.FocusAreas[i].Benefits {
			if b.Indicator != nil && b.Indicator.Baseline != nil {
				n++
			}
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]BenefitProgress, 0, n)
	for i := range a.FocusAreas {
		fa := &a.FocusAreas[i]
		for k, b := range fa.Benefits {
			if b.Indicator != nil && b.Indicator.Baseline != nil {
				out = append(out, benefitProgress(fa.Key, k, b.Indicator, a.Term.End, asOf))
			}
		}
	}
	return out
}

// benefitProgress returns the progress as of asOf of the indicator ind,
// which has a baseline, of benefit k of the area key; termEnd is the end
// of the agreement's term, ind's By by default.
func benefitProgress(key focusarea.Key, k int, ind *focusarea.Indicator, termEnd, asOf bilateral.Quarter) BenefitProgress {
	bp := BenefitProgress{Area: key, Benefit: k, Indicator: ind, By: ind.By}
	if !bp.By.IsValid() {
		bp.By = termEnd
	}
	base := ind.Baseline
	if ind.Direction != focusarea.Maintain {
		bp.Expected = expectedShare(base.Quarter, bp.By, asOf)
	}
	bp.Latest = latestObservation(ind.Observations, asOf)
	if bp.Latest == nil {
		return bp
	}
	change := bp.Latest.Value - base.Value
	if ind.Unit == focusarea.Percent {
		change = change * 100 / base.Value
	}
	if !finite(change) {
		return bp // a baseline of 0 in percent, or a level not finite
	}
	bp.Change = change
	switch ind.Direction {
	case focusarea.Maintain:
		bp.Held = math.Abs(change) <= ind.Value
		bp.OnTrack = bp.Held
	case focusarea.Increase, focusarea.Decrease:
		if ind.Value == 0 || !finite(ind.Value) {
			return bp // no figure is promised
		}
		bp.Achieved = change / ind.Value
		if ind.Direction == focusarea.Decrease {
			bp.Achieved = -bp.Achieved
		}
		bp.OnTrack = bp.Achieved >= bp.Expected
	}
	return bp
}

// latestObservation returns the observation with the latest quarter up to
// asOf, the first of those in that quarter, or nil; nil as of the zero
// Quarter. It does not rely on the order that Validate checks.
func latestObservation(obs []focusarea.Observation, asOf bilateral.Quarter) *focusarea.Observation {
	if !asOf.IsValid() {
		return nil
	}
	var latest *focusarea.Observation
	for i := range obs {
		o := &obs[i]
		if o.Quarter.IsValid() && !o.Quarter.After(asOf) && (latest == nil || o.Quarter.After(latest.Quarter)) {
			latest = o
		}
	}
	return latest
}

// expectedShare returns the share of a change from quarter from to
// quarter by that is due as of asOf on a straight line, from 0 to 1; 0 as
// of the zero Quarter, or without the two quarters. When by is not after
// from, the whole change is due from by on.
func expectedShare(from, by, asOf bilateral.Quarter) float64 {
	if !asOf.IsValid() || !from.IsValid() || !by.IsValid() {
		return 0
	}
	span := by.Sub(from)
	if span <= 0 {
		if asOf.Before(by) {
			return 0
		}
		return 1
	}
	return min(max(float64(asOf.Sub(from))/float64(span), 0), 1)
}

// finite reports whether x is a number, neither NaN nor infinite.
func finite(x float64) bool { return x-x == 0 }
