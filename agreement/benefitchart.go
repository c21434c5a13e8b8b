package agreement

import (
	"slices"
	"strconv"
	"strings"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
)

// BenefitChart returns a Mermaid xychart-beta line chart of a measured
// benefit, in English: it is a.BenefitChartIn(asOf, area, benefit, "en").
//
// The benefit is the one at index benefit among the Benefits of the focus
// area area, as in [BenefitProgress]. The chart has a line for the plan,
// straight from the baseline to the promised level at By (the level
// promised is the baseline changed by Value in the indicator's Unit; for
// Maintain it stays at the baseline), then level; and a line for the
// levels observed, each quarter showing the latest level measured in it or
// before it, as [Agreement.Progress] reads them: the baseline until the
// first observation, and after the last one its level. Only observations
// up to asOf are shown; the zero Quarter as asOf means no quarter, and
// shows every observation. The quarters run from the baseline's to By, or
// to the last observation shown when it is later. Mermaid needs a value
// for each quarter of each line, so the line of observations holds its
// last level to the end of the axis; the title names asOf.
//
// The quarters of the axis are every quarter when there are at most 100
// of them, and otherwise only those of the baseline, of the observations
// shown and By, so that the chart's size grows with the indicator's and
// not with the span of years it covers.
//
// It returns "" and false when the area has no such benefit, or the
// benefit no indicator with a baseline.
//
// Texts (the metric, the measure) are written in Mermaid's double quotes,
// inside which Mermaid reads every character as text except these, which
// it would read as syntax, and which are written as Mermaid's entity
// codes, drawn as the characters themselves: '"' as "#quot;", "#" as
// "#35;", ":" as "#58;", "<" as "#lt;", ">" as "#gt;", "&" as "#amp;",
// and each "%" after another "%" as "#37;". Control characters and the
// rest change as in [Agreement.Gantt]; nothing else is changed.
func (a *Agreement) BenefitChart(asOf bilateral.Quarter, area focusarea.Key, benefit int) (string, bool) {
	return a.BenefitChartIn(asOf, area, benefit, "en")
}

// BenefitChartIn returns the chart of [Agreement.BenefitChart] in the
// language lang: the words of the title and the names of the lines in the
// built-in words of lang's primary language (see [ReportLanguages]), or
// in English, and the metric and measure in lang as [bilateral.Text.In]
// finds them.
func (a *Agreement) BenefitChartIn(asOf bilateral.Quarter, area focusarea.Key, benefit int, lang string) (string, bool) {
	if a == nil {
		return "", false
	}
	fa, ok := a.FocusArea(area)
	if !ok || benefit < 0 || benefit >= len(fa.Benefits) {
		return "", false
	}
	ind := fa.Benefits[benefit].Indicator
	if ind == nil || ind.Baseline == nil || !ind.Baseline.Quarter.IsValid() {
		return "", false
	}
	ws := wordsIn(lang)
	by := ind.By
	if !by.IsValid() {
		by = a.Term.End
	}
	if !by.IsValid() {
		by = ind.Baseline.Quarter
	}
	shown := observationsShown(ind, asOf)
	quarters := chartQuarters(ind.Baseline.Quarter, by, shown)

	var b strings.Builder
	b.WriteString("xychart-beta\n")
	title := ws.text(ind.Metric)
	if asOf.IsValid() {
		title = ws.f(wChartAsOf, title, asOf.String())
	}
	b.WriteString("    title ")
	writeMermaidString(&b, title)
	b.WriteString("\n    x-axis [")
	var buf []byte
	for i, q := range quarters {
		if i > 0 {
			b.WriteString(", ")
		}
		buf, _ = q.AppendText(append(buf[:0], '"'))
		b.Write(append(buf, '"'))
	}
	b.WriteString("]\n")
	if !ind.Measure.IsZero() {
		b.WriteString("    y-axis ")
		writeMermaidString(&b, ws.text(ind.Measure))
		b.WriteString("\n")
	}
	target := promisedLevel(ind)
	b.WriteString("    line ")
	writeMermaidString(&b, ws.get(wPlanned))
	writeLevels(&b, quarters, func(q bilateral.Quarter) float64 {
		return ind.Baseline.Value + (target-ind.Baseline.Value)*expectedShare(ind.Baseline.Quarter, by, q)
	})
	b.WriteString("    line ")
	writeMermaidString(&b, ws.get(wObserved))
	k, level := 0, ind.Baseline.Value
	writeLevels(&b, quarters, func(q bilateral.Quarter) float64 {
		for ; k < len(shown) && !shown[k].Quarter.After(q); k++ {
			level = shown[k].Value
		}
		return level
	})
	return b.String(), true
}

// observationsShown returns the observations of ind that a chart as of
// asOf shows: those after the baseline, up to asOf, with a quarter and a
// finite level, in order of quarter, the first of each quarter. Out of
// order, which Validate reports, they are sorted: the first of each
// quarter is the one that comes first in ind, as Progress reads it.
func observationsShown(ind *focusarea.Indicator, asOf bilateral.Quarter) []focusarea.Observation {
	var shown []focusarea.Observation
	sorted := true
	for _, o := range ind.Observations {
		if !o.Quarter.IsValid() || !o.Quarter.After(ind.Baseline.Quarter) || !finite(o.Value) ||
			asOf.IsValid() && o.Quarter.After(asOf) {
			continue
		}
		if shown == nil {
			shown = make([]focusarea.Observation, 0, len(ind.Observations))
		}
		if n := len(shown); n > 0 && !o.Quarter.After(shown[n-1].Quarter) {
			sorted = false
		}
		shown = append(shown, o)
	}
	if sorted {
		return shown
	}
	slices.SortStableFunc(shown, func(a, b focusarea.Observation) int { return a.Quarter.Compare(b.Quarter) })
	return slices.CompactFunc(shown, func(a, b focusarea.Observation) bool { return a.Quarter == b.Quarter })
}

// maxChartQuarters is the most quarters an axis shows one by one.
const maxChartQuarters = 100

// chartQuarters returns the quarters of a chart's axis: from the
// baseline's to by or the last observation shown, whichever is later;
// every one of them when they are at most maxChartQuarters, and otherwise
// those of the baseline, the observations and by. The observations shown
// are in order of quarter, one a quarter, after the baseline's.
func chartQuarters(base, by bilateral.Quarter, shown []focusarea.Observation) []bilateral.Quarter {
	last := by
	if n := len(shown); n > 0 && shown[n-1].Quarter.After(last) {
		last = shown[n-1].Quarter
	}
	if !last.After(base) {
		return []bilateral.Quarter{base}
	}
	if last.Sub(base) < maxChartQuarters {
		qs := make([]bilateral.Quarter, 0, last.Sub(base)+1)
		for q := range bilateral.Quarters(base, last) {
			qs = append(qs, q)
		}
		return qs
	}
	qs := make([]bilateral.Quarter, 0, len(shown)+2)
	qs = append(qs, base)
	byLeft := by.After(base)
	for _, o := range shown {
		if byLeft && !by.After(o.Quarter) {
			if by.Before(o.Quarter) {
				qs = append(qs, by)
			}
			byLeft = false
		}
		qs = append(qs, o.Quarter)
	}
	if byLeft {
		qs = append(qs, by)
	}
	return qs
}

// promisedLevel returns the level that ind promises to reach: its
// baseline changed by Value, in its Unit, in its Direction; the baseline
// itself for Maintain.
func promisedLevel(ind *focusarea.Indicator) float64 {
	base := ind.Baseline.Value
	change := ind.Value
	if ind.Unit == focusarea.Percent {
		// As Progress measures a change in percent: of the baseline,
		// with its sign.
		change = base * ind.Value / 100
	}
	switch ind.Direction {
	case focusarea.Increase:
		return base + change
	case focusarea.Decrease:
		return base - change
	}
	return base
}

// writeLevels writes the levels of a line, one for each quarter, as
// Mermaid reads numbers: decimal, without an exponent; 0 for a level that
// is not finite, which Validate rejects.
func writeLevels(b *strings.Builder, quarters []bilateral.Quarter, level func(bilateral.Quarter) float64) {
	b.WriteString(" [")
	var buf []byte
	for i, q := range quarters {
		if i > 0 {
			b.WriteString(", ")
		}
		v := level(q)
		if !finite(v) || v == 0 {
			v = 0 // and not -0
		}
		buf = strconv.AppendFloat(buf[:0], v, 'f', -1, 64)
		b.Write(buf)
	}
	b.WriteString("]\n")
}

// writeMermaidString writes s as a Mermaid string, in double quotes: on
// one line (see plainLine), with the characters that Mermaid would read as
// syntax written as entity codes (see Agreement.BenefitChart).
func writeMermaidString(b *strings.Builder, s string) {
	b.WriteByte('"')
	writeEscaped(b, plainLine(s), &mermaidEntities)
	b.WriteByte('"')
}

// mermaidEntities are the entity codes of the characters that a Mermaid
// string cannot hold as they are.
var mermaidEntities = [256]string{'"': "#quot;", '#': "#35;", ':': "#58;", '<': "#lt;", '>': "#gt;", '&': "#amp;"}
