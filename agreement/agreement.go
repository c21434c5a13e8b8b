package agreement

import (
	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// An Agreement is a bilateral agreement between two parties: the areas they
// work on, what they agreed to do, the results due quarter by quarter, their
// meetings, and where the agreement stands in its lifecycle.
//
// Its JSON form is the document that this module is about; [Parse] reads it
// and [Agreement.Validate] checks it. Agreement has only exported fields, so
// github.com/google/go-cmp compares two agreements without options.
//
// Every method treats a nil *Agreement as an empty agreement, except
// Validate, which reports it as one problem.
type Agreement struct {
	// ID identifies the agreement.
	ID bilateral.ID `json:"id"`
	// Kind is the kind of instrument.
	Kind Kind `json:"kind"`
	// Title is the agreement's title.
	Title bilateral.Text `json:"title"`
	// Summary says in a few sentences what the agreement is about.
	Summary bilateral.Text `json:"summary,omitzero"`
	// Languages are the equally authentic languages of the agreement, the
	// first being the language of plain-string texts. Without any, the
	// agreement is in English only. When there is more than one, every text
	// of the document is an object that has every one of them.
	Languages []bilateral.LanguageTag `json:"languages,omitempty"`
	// Status is where the agreement stands in its lifecycle. When there is
	// a history, it equals the status of the last step.
	Status Status `json:"status"`
	// History is the steps of the lifecycle, oldest first. Dates never go
	// backwards and each step is a legal move from the one before.
	History []Step `json:"history,omitempty"`
	// Parties are the two parties, with different codes.
	Parties []Party `json:"parties"`
	// Term is the span of quarters the agreement plans for.
	Term Term `json:"term"`
	// FocusAreas are the areas the parties work on, at least one, each key
	// once.
	FocusAreas []focusarea.Area `json:"focusAreas"`
	// Commitments are what the parties agreed to do.
	Commitments []Commitment `json:"commitments,omitempty"`
	// Milestones are the results due, quarter by quarter.
	Milestones []milestone.Milestone `json:"milestones,omitempty"`
	// Engagements are the meetings, visits, summits and calls between the
	// parties.
	Engagements []Engagement `json:"engagements,omitempty"`
}

// DocumentLanguages returns a.Languages, or ["en"] when it is empty. It
// returns a.Languages itself, not a copy: read it, do not change it.
func (a *Agreement) DocumentLanguages() []bilateral.LanguageTag {
	if a == nil || len(a.Languages) == 0 {
		return []bilateral.LanguageTag{"en"}
	}
	return a.Languages
}

// Party returns the party with the given code: a pointer into a.Parties.
func (a *Agreement) Party(code bilateral.PartyCode) (*Party, bool) {
	if a == nil {
		return nil, false
	}
	for i := range a.Parties {
		if a.Parties[i].Code == code {
			return &a.Parties[i], true
		}
	}
	return nil, false
}

// FocusArea returns the focus area with the given key: a pointer into
// a.FocusAreas.
func (a *Agreement) FocusArea(key focusarea.Key) (*focusarea.Area, bool) {
	if a == nil {
		return nil, false
	}
	for i := range a.FocusAreas {
		if a.FocusAreas[i].Key == key {
			return &a.FocusAreas[i], true
		}
	}
	return nil, false
}

// Commitment returns the commitment with the given id: a pointer into
// a.Commitments.
func (a *Agreement) Commitment(id bilateral.ID) (*Commitment, bool) {
	if a == nil {
		return nil, false
	}
	for i := range a.Commitments {
		if a.Commitments[i].ID == id {
			return &a.Commitments[i], true
		}
	}
	return nil, false
}

// Schedule returns the schedule of a's milestones, to look them up by id
// and visit them in order. It is a view of a.Milestones (see
// [milestone.Schedule]).
func (a *Agreement) Schedule() *milestone.Schedule {
	if a == nil {
		return milestone.NewSchedule(nil)
	}
	return milestone.NewSchedule(a.Milestones)
}

// A Term is the span of quarters an agreement plans for, both included.
type Term struct {
	// Start is the first quarter of the term.
	Start bilateral.Quarter `json:"start"`
	// End is the last quarter of the term, not before Start.
	End bilateral.Quarter `json:"end"`
}

// Contains reports whether q lies within the term.
func (t Term) Contains(q bilateral.Quarter) bool {
	return q.IsValid() && !q.Before(t.Start) && !q.After(t.End)
}

// A Step is one move of an agreement's lifecycle: the status it reached and
// the date it did.
type Step struct {
	// Status is the status reached.
	Status Status `json:"status"`
	// Date is the day the status was reached.
	Date bilateral.Date `json:"date"`
	// Note says anything more about the step.
	Note bilateral.Text `json:"note,omitzero"`
}
