package agreement

import (
	"math"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
)

// levels checks the measured levels of an indicator at p: its baseline,
// required once there are observations, and its observations, oldest
// first, one per quarter, each after the baseline.
func (v *validator) levels(p *at, ind *focusarea.Indicator) {
	base := ind.Baseline
	if base == nil {
		if len(ind.Observations) > 0 {
			v.required(p, "baseline", "the level measured before the agreement had its effect, from which the observations are measured")
		}
	} else {
		bp := member(p, "baseline")
		v.quarter(&bp, "quarter", base.Quarter, "the quarter the baseline was measured in")
		if v.level(&bp, base.Value) && ind.Unit == focusarea.Percent && base.Value == 0 {
			vp := member(&bp, "value")
			v.report(&vp, CodeBaselineZero, "the change is in percent of the baseline, which cannot be 0; give the change in absolute terms (unit absolute), or correct the baseline")
		}
	}
	if len(ind.Observations) == 0 {
		return
	}
	list := member(p, "observations")
	var before bilateral.Quarter // the quarter of the last observation before that has one
	for i := range ind.Observations {
		if v.full() {
			return
		}
		o := &ind.Observations[i]
		op := item(&list, i)
		v.quarter(&op, "quarter", o.Quarter, "the quarter the level was measured in")
		v.level(&op, o.Value)
		v.text(&op, "source", o.Source, false, "")
		v.text(&op, "note", o.Note, false, "")
		q := o.Quarter
		if !q.IsValid() {
			continue
		}
		switch {
		case base != nil && base.Quarter.IsValid() && !q.After(base.Quarter):
			qp := member(&op, "quarter")
			v.report(&qp, CodeObservationBeforeBaseline, q.String()+" is not after the quarter of the baseline, "+
				base.Quarter.String()+"; an observation measures the level after the baseline")
		case before.IsValid() && !q.After(before):
			qp := member(&op, "quarter")
			v.report(&qp, CodeObservationsOrder, q.String()+" is not after the quarter of the observation before it, "+
				before.String()+"; list the observations oldest first, one per quarter")
		}
		before = q
	}
}

// level checks the required value of a baseline or observation at p, a
// level that may be any finite number, and reports whether it is one that
// was given.
func (v *validator) level(p *at, x float64) bool {
	if v.numberMissing(p, "value") {
		v.required(p, "value", "the level measured, a number")
		return false
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		vp := member(p, "value")
		v.report(&vp, CodeNumberNotFinite, "the level is not finite; give a finite number")
		return false
	}
	return true
}
