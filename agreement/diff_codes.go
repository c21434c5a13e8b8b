package agreement

import (
	"slices"
	"strings"
)

// The codes of the changes that [Diff] reports, in [Change.Code]. They are
// stable: programs may switch on them. [ChangeCodes] says what each means.
const (
	// The lifecycle.
	ChangeStatusMoved    = "status.moved"    // the agreement's status changed
	ChangeHistoryAdded   = "history.added"   // a step added to the history
	ChangeHistoryChanged = "history.changed" // a step of the history changed or removed

	// The parties and the term.
	ChangePartyAdded   = "party.added"   // a party added
	ChangePartyRemoved = "party.removed" // a party removed
	ChangePartyChanged = "party.changed" // something of a party changed
	ChangeTermChanged  = "term.changed"  // the term starts or ends in another quarter

	// Focus areas.
	ChangeAreaAdded   = "area.added"   // a focus area added
	ChangeAreaRemoved = "area.removed" // a focus area removed
	ChangeAreaChanged = "area.changed" // something of a focus area changed

	ChangeBenefitObserved = "benefit.observed" // a new observation of a benefit's indicator

	// Commitments.
	ChangeCommitmentAdded   = "commitment.added"   // a commitment added
	ChangeCommitmentRemoved = "commitment.removed" // a commitment removed
	ChangeCommitmentChanged = "commitment.changed" // something of a commitment or its plan changed

	// Milestones.
	ChangeMilestoneAdded       = "milestone.added"       // a milestone added
	ChangeMilestoneRemoved     = "milestone.removed"     // a milestone removed
	ChangeMilestoneRescheduled = "milestone.rescheduled" // a milestone due in another quarter
	ChangeMilestoneStatus      = "milestone.status"      // a milestone's status changed
	ChangeMilestoneChanged     = "milestone.changed"     // something else of a milestone changed

	// Engagements.
	ChangeEngagementAdded     = "engagement.added"     // an engagement added
	ChangeEngagementRemoved   = "engagement.removed"   // an engagement removed
	ChangeEngagementScheduled = "engagement.scheduled" // an engagement's date set, changed or removed
	ChangeEngagementStatus    = "engagement.status"    // an engagement's status changed
	ChangeEngagementChanged   = "engagement.changed"   // something else of an engagement changed

	// Anywhere.
	ChangeItemMoved     = "item.moved"     // a list item moved to another place in its list
	ChangeTextChanged   = "text.changed"   // a text reworded, or a language of it added or removed
	ChangeMemberChanged = "member.changed" // any other change
)

// A ChangeCodeInfo documents one change code.
type ChangeCodeInfo struct {
	// Code is the code, as in [Change.Code].
	Code string
	// Meaning says what changed, and where.
	Meaning string
}

// ChangeCodes returns the catalogue of every change code that [Diff]
// reports, in the order of the constants. The slice is a copy.
func ChangeCodes() []ChangeCodeInfo { return slices.Clone(changeCodes) }

var changeCodes = []ChangeCodeInfo{
	{ChangeStatusMoved, "The agreement's status changed (/status): it moved on in its lifecycle, or was corrected."},
	{ChangeHistoryAdded, "A step was added to the lifecycle's history (/history/N): the status reached and its date."},
	{ChangeHistoryChanged, "A step of the history was changed or removed."},

	{ChangePartyAdded, "A party was added (/parties/N); parties are matched by code, so a party whose code changed is removed and added."},
	{ChangePartyRemoved, "A party was removed. Path is its place in the older version."},
	{ChangePartyChanged, "Something of a party other than a text changed: its kind, its fiscal year, a representative."},
	{ChangeTermChanged, "The term starts or ends in another quarter (/term/start, /term/end)."},

	{ChangeAreaAdded, "A focus area was added (/focusAreas/N); areas are matched by key."},
	{ChangeAreaRemoved, "A focus area was removed. Path is its place in the older version."},
	{ChangeAreaChanged, "Something of a focus area other than a text changed: an action, benefit, indicator or priority added, removed or changed."},
	{ChangeBenefitObserved, "A benefit's indicator has a new observation (/focusAreas/N/benefits/N/indicator/observations/N); observations are matched by quarter."},

	{ChangeCommitmentAdded, "A commitment was added (/commitments/N); commitments are matched by id."},
	{ChangeCommitmentRemoved, "A commitment was removed. Path is its place in the older version."},
	{ChangeCommitmentChanged, "Something of a commitment other than a text changed: its area or its implementation plan (mechanism, cadence, start, end, venue, leads)."},

	{ChangeMilestoneAdded, "A milestone was added (/milestones/N); milestones are matched by id."},
	{ChangeMilestoneRemoved, "A milestone was removed. Path is its place in the older version."},
	{ChangeMilestoneRescheduled, "A milestone is due in another quarter (/milestones/N/quarter); the message gives the slip in quarters."},
	{ChangeMilestoneStatus, "A milestone's status changed (/milestones/N/status), such as from scheduled to met."},
	{ChangeMilestoneChanged, "Something else of a milestone changed: the quarter it was met in, its original quarter, area, commitment, dependencies or expected results."},

	{ChangeEngagementAdded, "An engagement was added (/engagements/N); engagements are matched by id."},
	{ChangeEngagementRemoved, "An engagement was removed. Path is its place in the older version."},
	{ChangeEngagementScheduled, "An engagement's date was set, changed or removed (/engagements/N/date)."},
	{ChangeEngagementStatus, "An engagement's status changed (/engagements/N/status), such as from invited to scheduled."},
	{ChangeEngagementChanged, "Something else of an engagement changed: its kind or host."},

	{ChangeItemMoved, "A list item moved to another place in its list, its identity kept. From and To are its indexes in the older and the newer list; what else changed in it is reported apart. Only the fewest items needed move: the others keep their order."},
	{ChangeTextChanged, "A text was reworded, added or removed, or one of its languages was (Path then ends in the language tag)."},
	{ChangeMemberChanged, "Any other change: the agreement's id, kind or languages, or a member the other codes do not name."},
}

// sectionCodes holds, for each list of the document with a section of its
// own, the codes of an item added, removed and changed.
var sectionCodes = map[string][3]string{
	"parties":     {ChangePartyAdded, ChangePartyRemoved, ChangePartyChanged},
	"focusAreas":  {ChangeAreaAdded, ChangeAreaRemoved, ChangeAreaChanged},
	"commitments": {ChangeCommitmentAdded, ChangeCommitmentRemoved, ChangeCommitmentChanged},
	"milestones":  {ChangeMilestoneAdded, ChangeMilestoneRemoved, ChangeMilestoneChanged},
	"engagements": {ChangeEngagementAdded, ChangeEngagementRemoved, ChangeEngagementChanged},
	"history":     {ChangeHistoryAdded, ChangeHistoryChanged, ChangeHistoryChanged},
}

// changeCode returns the code of a change of kind k of the value here.
func (d *differ) changeCode(k changeKind) string {
	switch {
	case k == moved:
		return ChangeItemMoved
	case d.depth == 0:
		return ChangeMemberChanged
	}
	here := d.at(d.depth - 1)
	p := here.plan
	if p.kind == planText && (!here.item || k == changed) {
		return ChangeTextChanged
	}
	switch p.pattern {
	case "/status":
		return ChangeStatusMoved
	case "/milestones/*/quarter":
		return ChangeMilestoneRescheduled
	case "/milestones/*/status":
		return ChangeMilestoneStatus
	case "/engagements/*/status":
		return ChangeEngagementStatus
	case "/engagements/*/date":
		return ChangeEngagementScheduled
	case "/focusAreas/*/benefits/*/indicator/observations/*":
		if k == added {
			return ChangeBenefitObserved
		}
	}
	section, below := sectionOf(p.pattern)
	if section == "term" {
		return ChangeTermChanged
	}
	codes, ok := sectionCodes[section]
	switch {
	case !ok:
		return ChangeMemberChanged
	case below == "" || below == "/*": // the whole list, or one item of it
		switch k {
		case added:
			return codes[0]
		case removed:
			return codes[1]
		}
	}
	return codes[2]
}

// sectionOf splits a pattern into the document member it is in and the
// rest: "/milestones/*/quarter" into "milestones" and "/*/quarter".
func sectionOf(pattern string) (section, below string) {
	if pattern == "" {
		return "", ""
	}
	section, below, _ = strings.Cut(pattern[1:], "/")
	if below != "" {
		below = "/" + below
	}
	return section, below
}
