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
type Indicator struct {
	// Metric names what is measured.
	Metric bilateral.Text `json:"metric"`
	// Direction is the way the metric should move.
	Direction Direction `json:"direction"`
	// Value is the projected change, a finite number of at least 0, in Unit.
	// Zero means that no figure is given.
	Value float64 `json:"value,omitempty"`
	// Unit is the unit of Value.
	Unit Unit `json:"unit,omitempty"`
	// By is the quarter by which the change is expected. It lies within the
	// agreement's term.
	By bilateral.Quarter `json:"by,omitzero"`
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
