package agreement

import (
	"math"
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
)

func TestValidateLevels(t *testing.T) { runValidateCases(t, levelCases()) }

// measured gives the trade indicator of validAgreement (an increase of 15
// percent by 2026-Q4) a baseline of 100 in 2024-Q4 and the observations
// given, then applies more.
func measured(obs []focusarea.Observation, more ...func(*focusarea.Indicator)) func(*Agreement) {
	return func(a *Agreement) {
		ind := a.FocusAreas[0].Benefits[0].Indicator
		ind.Baseline = &focusarea.Baseline{Quarter: mustQuarter("2024-Q4"), Value: 100}
		ind.Observations = obs
		for _, f := range more {
			f(ind)
		}
	}
}

func obs(q string, v float64) focusarea.Observation {
	return focusarea.Observation{Quarter: mustQuarter(q), Value: v}
}

// levelCases are the rules of an indicator's measured levels.
func levelCases() []validateCase {
	const ind = "/focusAreas/0/benefits/0/indicator"
	noBaseline := func(i *focusarea.Indicator) { i.Baseline = nil }
	return []validateCase{
		{name: "levels/baseline and observations are fine", mutate: measured([]focusarea.Observation{
			{Quarter: mustQuarter("2025-Q2"), Value: 104, Source: txt("Customs statistics"), Note: txt("Preliminary")},
			obs("2025-Q4", 108),
		})},
		{name: "levels/a baseline alone is fine", mutate: measured(nil)},
		{name: "levels/negative and zero levels are fine", mutate: measured(
			[]focusarea.Observation{obs("2025-Q1", -3), obs("2025-Q2", 0)},
			func(i *focusarea.Indicator) { i.Unit, i.Baseline.Value = focusarea.Absolute, -7.5 })},
		{name: "levels/zero baseline in absolute terms is fine", mutate: measured(nil,
			func(i *focusarea.Indicator) { i.Unit, i.Baseline.Value = focusarea.Absolute, 0 })},
		{name: "levels/observations outside the term are fine", mutate: measured([]focusarea.Observation{obs("2027-Q3", 120)})},
		{name: "levels/measure", mutate: measured(nil, func(i *focusarea.Indicator) { i.Measure = txt("billion U.S. dollars") })},
		{name: "levels/empty measure", mutate: measured(nil, func(i *focusarea.Indicator) { i.Measure = bilateral.Translated(nil) }),
			want: []pathCode{pc(ind+"/measure", CodeTextEmpty)}},
		{name: "required/baseline", mutate: measured([]focusarea.Observation{obs("2025-Q2", 104)}, noBaseline),
			want: []pathCode{pc(ind, CodeRequired)}},
		{name: "required/baseline quarter", mutate: measured(nil, func(i *focusarea.Indicator) { i.Baseline.Quarter = bilateral.Quarter{} }),
			want: []pathCode{pc(ind+"/baseline", CodeRequired)}},
		{name: "required/observation quarter", mutate: measured([]focusarea.Observation{obs("2025-Q2", 1), {Value: 2}, obs("2025-Q3", 3)}),
			want: []pathCode{pc(ind+"/observations/1", CodeRequired)}},
		{name: "text.empty/observation source and note", mutate: measured([]focusarea.Observation{
			{Quarter: mustQuarter("2025-Q2"), Source: bilateral.Translated(nil), Note: bilateral.Translated(map[string]string{"en": ""})},
		}), want: []pathCode{pc(ind+"/observations/0/source", CodeTextEmpty), pc(ind+"/observations/0/note/en", CodeTextEmpty)}},
		{name: "baseline.zero", mutate: measured(nil, func(i *focusarea.Indicator) { i.Baseline.Value = 0 }),
			want: []pathCode{pc(ind+"/baseline/value", CodeBaselineZero)}},
		{name: "baseline.zero/negative zero", mutate: measured(nil, func(i *focusarea.Indicator) { i.Baseline.Value = math.Copysign(0, -1) }),
			want: []pathCode{pc(ind+"/baseline/value", CodeBaselineZero)}},
		{name: "baseline.zero/not with an unknown unit", mutate: measured(nil, func(i *focusarea.Indicator) { i.Baseline.Value, i.Unit = 0, "%" }),
			want: []pathCode{pc(ind+"/unit", CodeEnumUnknown)}},
		{name: "observations.order", mutate: measured([]focusarea.Observation{obs("2025-Q3", 1), obs("2025-Q2", 2), obs("2025-Q4", 3)}),
			want: []pathCode{pc(ind+"/observations/1/quarter", CodeObservationsOrder)}},
		{name: "observations.order/two in one quarter", mutate: measured([]focusarea.Observation{obs("2025-Q3", 1), obs("2025-Q3", 2)}),
			want: []pathCode{pc(ind+"/observations/1/quarter", CodeObservationsOrder)}},
		{name: "observations.order/past a missing quarter", mutate: measured([]focusarea.Observation{obs("2025-Q3", 1), {Value: 2}, obs("2025-Q2", 3)}),
			want: []pathCode{pc(ind+"/observations/1", CodeRequired), pc(ind+"/observations/2/quarter", CodeObservationsOrder)}},
		{name: "observation.before-baseline", mutate: measured([]focusarea.Observation{obs("2024-Q3", 1), obs("2024-Q4", 2), obs("2025-Q1", 3)}),
			want: []pathCode{pc(ind+"/observations/0/quarter", CodeObservationBeforeBaseline), pc(ind+"/observations/1/quarter", CodeObservationBeforeBaseline)}},
		{name: "observation.before-baseline/one problem, not also out of order", mutate: measured([]focusarea.Observation{obs("2025-Q2", 1), obs("2024-Q1", 2)}),
			want: []pathCode{pc(ind+"/observations/1/quarter", CodeObservationBeforeBaseline)}},
		{name: "observation.before-baseline/not without a baseline quarter", mutate: measured([]focusarea.Observation{obs("2024-Q1", 1)},
			func(i *focusarea.Indicator) { i.Baseline.Quarter = bilateral.Quarter{} }),
			want: []pathCode{pc(ind+"/baseline", CodeRequired)}},
		{name: "number.not-finite/baseline", mutate: measured(nil, func(i *focusarea.Indicator) { i.Baseline.Value = math.NaN() }),
			want: []pathCode{pc(ind+"/baseline/value", CodeNumberNotFinite)}},
		{name: "number.not-finite/observation", mutate: measured([]focusarea.Observation{obs("2025-Q1", math.Inf(-1))}),
			want: []pathCode{pc(ind+"/observations/0/value", CodeNumberNotFinite)}},
	}
}
