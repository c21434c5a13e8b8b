package focusarea

import (
	"slices"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/enum"
)

// An Indicator quantifies a benefit, in the manner of IATI results: the
// metric, the direction it should move, and, when known, by how much and by
// when. "Projected 15% increase in bilateral trade volume" is the metric
// "bilateral trade volume", direction increase, value 15, unit percent.
//
// Measured levels track the benefit over time: a Baseline, the level before
// the agreement had its effect, and Observations, the levels measured
// later. The change of a level is measured from the baseline in Unit:
// (level − baseline) / baseline × 100 for Percent, level − baseline
// otherwise. Value is the change promised by By: for Increase the change
// should reach Value, for Decrease −Value, and for Maintain the level is
// held while the change stays within Value either way.
type Indicator struct {
	// Metric names what is measured.
	Metric bilateral.Text `json:"metric"`
	// Measure says what the metric's levels are counted in, such as
	// "billion U.S. dollars", for the levels of Baseline and Observations.
	Measure bilateral.Text `json:"measure,omitzero"`
	// Direction is the way the metric should move.
	Direction Direction `json:"direction"`
	// Value is the projected change, a finite number of at least 0, in Unit:
	// for the direction maintain, how far the level may move either way
	// and still be held. Zero means that no figure is given, except for
	// maintain, where the level must not move at all.
	Value float64 `json:"value,omitempty"`
	// Unit is the unit of Value. Without one, Value is in the metric's
	// own measure, as with the unit absolute.
	Unit Unit `json:"unit,omitempty"`
	// By is the quarter by which the change is expected. It lies within the
	// agreement's term; without one, the change is expected by the end of
	// the term.
	By bilateral.Quarter `json:"by,omitzero"`
	// Baseline is the level measured before the agreement had its effect,
	// from which changes are measured. It is required when there are
	// Observations; when Unit is percent, its level is not 0.
	Baseline *Baseline `json:"baseline,omitempty"`
	// Observations are the levels measured after the baseline, oldest
	// first, at most one per quarter, each in a quarter after the
	// baseline's.
	Observations []Observation `json:"observations,omitempty"`
}

// A Baseline is the level of an indicator's metric measured in a quarter
// before the agreement had its effect: the level that changes are measured
// from.
type Baseline struct {
	// Quarter is the quarter the level was measured in.
	Quarter bilateral.Quarter `json:"quarter"`
	// Value is the level, in the indicator's measure: any finite number, a
	// negative one too (a balance may be).
	Value float64 `json:"value"`
}

// An Observation is a level of an indicator's metric measured in a quarter
// after its baseline. An indicator has at most one per quarter, so that
// the quarter identifies an observation among its indicator's.
type Observation struct {
	// Quarter is the quarter the level was measured in.
	Quarter bilateral.Quarter `json:"quarter"`
	// Value is the level, in the indicator's measure: any finite number.
	Value float64 `json:"value"`
	// Source says where the figure comes from, such as a statistics
	// office's table.
	Source bilateral.Text `json:"source,omitzero"`
	// Note says anything more about the figure.
	Note bilateral.Text `json:"note,omitzero"`
}

// A Direction is the way an indicator's metric should move.
type Direction string

// The directions.
const (
	Increase Direction = "increase"
	Decrease Direction = "decrease"
	Maintain Direction = "maintain"
)

var directions = []bilateral.Definition[Direction]{
	{Value: Increase, Title: bilateral.PlainText("Increase"), Description: bilateral.PlainText("The metric should rise.")},
	{Value: Decrease, Title: bilateral.PlainText("Decrease"), Description: bilateral.PlainText("The metric should fall.")},
	{Value: Maintain, Title: bilateral.PlainText("Maintain"), Description: bilateral.PlainText("The metric should hold its level.")},
}

// Directions returns the definitions of the directions.
func Directions() []bilateral.Definition[Direction] { return slices.Clone(directions) }

// IsValid reports whether d is one of the directions.
func (d Direction) IsValid() bool { return enum.Valid(directions, d) }

// UnmarshalText sets d from text, rejecting values that are not directions
// with an error that lists the ones that are.
func (d *Direction) UnmarshalText(text []byte) error {
	return enum.Unmarshal(directions, d, text, "focusarea.Direction.UnmarshalText")
}

// A Unit is the unit of an indicator's value.
type Unit string

// The units.
const (
	Percent  Unit = "percent"
	Absolute Unit = "absolute"
	Index    Unit = "index"
)

var units = []bilateral.Definition[Unit]{
	{Value: Percent, Title: bilateral.PlainText("Percent"), Description: bilateral.PlainText("A change in percent of the starting level.")},
	{Value: Absolute, Title: bilateral.PlainText("Absolute"), Description: bilateral.PlainText("A change in the metric's own unit.")},
	{Value: Index, Title: bilateral.PlainText("Index points"), Description: bilateral.PlainText("A change in points of an index.")},
}

// Units returns the definitions of the units.
func Units() []bilateral.Definition[Unit] { return slices.Clone(units) }

// IsValid reports whether u is one of the units.
func (u Unit) IsValid() bool { return enum.Valid(units, u) }

// UnmarshalText sets u from text, rejecting values that are not units with
// an error that lists the ones that are.
func (u *Unit) UnmarshalText(text []byte) error {
	return enum.Unmarshal(units, u, text, "focusarea.Unit.UnmarshalText")
}
