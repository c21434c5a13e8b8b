package milestone

import (
	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
)

// A Milestone is a result due in a quarter: one row of
// "Quarter | Focus Area | Expected Results".
type Milestone struct {
	// ID identifies the milestone within its agreement: no two milestones
	// have the same id.
	ID bilateral.ID `json:"id"`
	// Quarter is the quarter in which the milestone is due now. It lies
	// within the agreement's term, and not before the quarter of any
	// milestone it depends on.
	Quarter bilateral.Quarter `json:"quarter"`
	// OriginalQuarter is the quarter first planned, set when the milestone
	// has been rescheduled; it then differs from Quarter.
	OriginalQuarter bilateral.Quarter `json:"originalQuarter,omitzero"`
	// Area is the key of the focus area the milestone belongs to. The
	// agreement declares it among its focus areas.
	Area focusarea.Key `json:"area"`
	// Title names the milestone, such as "Trade Policy Harmonization".
	Title bilateral.Text `json:"title"`
	// ExpectedResults are the results expected when the milestone is met.
	ExpectedResults []bilateral.Text `json:"expectedResults,omitempty"`
	// Commitment is the id of the commitment that the milestone delivers,
	// if any: one of the agreement's commitments.
	Commitment bilateral.ID `json:"commitment,omitempty"`
	// Status is where the milestone stands; a milestone without one is
	// scheduled.
	Status Status `json:"status,omitempty"`
	// MetIn is the quarter in which the milestone was met or partially met.
	// It is set exactly when Status is met or partially-met, and is not
	// before the start of the agreement's term.
	MetIn bilateral.Quarter `json:"metIn,omitzero"`
	// DependsOn are the ids of the milestones that must be met first, each
	// one of the agreement's milestones. The dependencies of an agreement's
	// milestones have no cycles.
	DependsOn []bilateral.ID `json:"dependsOn,omitempty"`
}

// Overdue reports whether m is overdue as of quarter asOf: its quarter is
// before asOf and, as of asOf, it was still scheduled or in progress (see
// [Milestone.StatusAsOf]). Overdue is derived, never stored. Nothing is
// overdue as of the zero Quarter, and a nil *Milestone never is.
func (m *Milestone) Overdue(asOf bilateral.Quarter) bool {
	if m == nil {
		return false
	}
	r := rowOf(m)
	return r.overdue(asOf)
}

// Slip returns the number of quarters by which m has been rescheduled: from
// OriginalQuarter to Quarter, negative when brought forward. It is 0 when m
// has not been rescheduled, or is nil.
func (m *Milestone) Slip() int {
	if m == nil || !m.OriginalQuarter.IsValid() {
		return 0
	}
	return m.Quarter.Sub(m.OriginalQuarter)
}

// StatusAsOf returns the status m had as of quarter asOf, as far as the
// document tells: a milestone met or partially met after asOf was still
// scheduled then. Other statuses carry no date and are returned as they
// are; the empty Status is returned as [Scheduled]. As of the zero Quarter,
// which means no quarter, it returns the status the document records. A
// nil *Milestone is scheduled, as the zero Milestone is.
func (m *Milestone) StatusAsOf(asOf bilateral.Quarter) Status {
	if m == nil {
		return Scheduled
	}
	r := rowOf(m)
	if k := r.statusAsOf(asOf); k != iUnknown {
		return statuses[k].Value
	}
	return m.Status
}
