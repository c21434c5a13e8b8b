package focusarea

import "github.com/bilateral-go/bilateral"

// An Area is the section of an agreement about one focus area. It holds a row
// of "Area of Focus | Proposed Actions | Anticipated Benefits" and a row of
// "Focus Area | U.S. Priorities | Mexico's Objectives" for the same area.
type Area struct {
	// Key names the area. Each key appears once in an agreement.
	Key Key `json:"key"`
	// Title is the display title. It may be left out for a key of the
	// built-in vocabulary, which supplies one; an area with any other key
	// must have a title.
	Title bilateral.Text `json:"title,omitzero"`
	// Actions are the proposed actions, such as "Review of tariffs".
	Actions []bilateral.Text `json:"actions,omitempty"`
	// Benefits are the anticipated benefits of the actions.
	Benefits []Benefit `json:"benefits,omitempty"`
	// Priorities are what each party puts first in this area.
	Priorities []Priority `json:"priorities,omitempty"`
}

// DisplayTitle returns the area's title, or the vocabulary's title for its
// key when it has none. It is the zero Text for an untitled unknown key,
// and for a nil *Area.
func (a *Area) DisplayTitle() bilateral.Text {
	if a == nil {
		return bilateral.Text{}
	}
	if !a.Title.IsZero() {
		return a.Title
	}
	d, _ := a.Key.Definition()
	return d.Title
}

// A Benefit is one anticipated benefit of an area's actions, such as
// "Projected 15% increase in bilateral trade volume".
type Benefit struct {
	// Description says what the benefit is.
	Description bilateral.Text `json:"description"`
	// Indicator, when set, quantifies the benefit so that it can be tracked.
	Indicator *Indicator `json:"indicator,omitempty"`
}

// A Priority is what one party puts first in an area: a cell of the
// "U.S. Priorities" or "Mexico's Objectives" column.
type Priority struct {
	// Party is the code of the party whose priority this is. It must be one
	// of the agreement's two parties.
	Party bilateral.PartyCode `json:"party"`
	// Statements are the party's priorities in the area, at least one.
	Statements []bilateral.Text `json:"statements"`
}
