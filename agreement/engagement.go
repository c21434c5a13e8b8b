package agreement

import (
	"slices"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/enum"
)

// An Engagement is a meeting, visit, summit or call between the parties:
// "their recent meeting in Washington", "invitations to visit each other's
// jurisdictions".
type Engagement struct {
	// ID identifies the engagement within the agreement: no two
	// engagements have the same id.
	ID bilateral.ID `json:"id"`
	// Kind is the kind of engagement.
	Kind EngagementKind `json:"kind"`
	// Host is the code of the party that hosts the engagement, one of the
	// two parties.
	Host bilateral.PartyCode `json:"host"`
	// Place is where the engagement takes place.
	Place bilateral.Text `json:"place,omitzero"`
	// Status is where the engagement stands.
	Status EngagementStatus `json:"status"`
	// Date is the day of the engagement, or its first day. It is required
	// when the engagement is scheduled or held.
	Date bilateral.Date `json:"date,omitzero"`
}

// An EngagementKind is the kind of an engagement.
type EngagementKind string

// The kinds of engagement. (The summit is SummitMeeting, since Summit is a
// mechanism.)
const (
	Meeting       EngagementKind = "meeting"
	Visit         EngagementKind = "visit"
	SummitMeeting EngagementKind = "summit"
	Call          EngagementKind = "call"
)

var engagementKinds = []bilateral.Definition[EngagementKind]{
	{Value: Meeting, Title: bilateral.PlainText("Meeting"), Description: bilateral.PlainText("A meeting of the parties' representatives.")},
	{Value: Visit, Title: bilateral.PlainText("Visit"), Description: bilateral.PlainText("A visit by one party to the other, which hosts it.")},
	{Value: SummitMeeting, Title: bilateral.PlainText("Summit"), Description: bilateral.PlainText("A meeting of leaders.")},
	{Value: Call, Title: bilateral.PlainText("Call"), Description: bilateral.PlainText("A call or video conference.")},
}

// EngagementKinds returns the definitions of the kinds of engagement.
func EngagementKinds() []bilateral.Definition[EngagementKind] { return slices.Clone(engagementKinds) }

// IsValid reports whether k is one of the kinds of engagement.
func (k EngagementKind) IsValid() bool { return enum.Valid(engagementKinds, k) }

// UnmarshalText sets k from text, rejecting values that are not kinds of
// engagement with an error that lists the ones that are.
func (k *EngagementKind) UnmarshalText(text []byte) error {
	return enum.Unmarshal(engagementKinds, k, text, "agreement.EngagementKind.UnmarshalText")
}

// An EngagementStatus is where an engagement stands.
type EngagementStatus string

// The statuses of an engagement.
const (
	EngagementProposed  EngagementStatus = "proposed"
	EngagementInvited   EngagementStatus = "invited"
	EngagementScheduled EngagementStatus = "scheduled"
	EngagementHeld      EngagementStatus = "held"
	EngagementCancelled EngagementStatus = "cancelled"
)

var engagementStatuses = []bilateral.Definition[EngagementStatus]{
	{Value: EngagementProposed, Title: bilateral.PlainText("Proposed"), Description: bilateral.PlainText("Suggested, with no invitation yet.")},
	{Value: EngagementInvited, Title: bilateral.PlainText("Invited"), Description: bilateral.PlainText("The host has extended an invitation.")},
	{Value: EngagementScheduled, Title: bilateral.PlainText("Scheduled"), Description: bilateral.PlainText("A date is set.")},
	{Value: EngagementHeld, Title: bilateral.PlainText("Held"), Description: bilateral.PlainText("It took place on its date.")},
	{Value: EngagementCancelled, Title: bilateral.PlainText("Cancelled"), Description: bilateral.PlainText("It will not take place.")},
}

// EngagementStatuses returns the definitions of the statuses of an
// engagement.
func EngagementStatuses() []bilateral.Definition[EngagementStatus] {
	return slices.Clone(engagementStatuses)
}

// IsValid reports whether s is one of the statuses of an engagement.
func (s EngagementStatus) IsValid() bool { return enum.Valid(engagementStatuses, s) }

// NeedsDate reports whether an engagement with status s must have a date:
// when it is scheduled or held.
func (s EngagementStatus) NeedsDate() bool {
	return s == EngagementScheduled || s == EngagementHeld
}

// UnmarshalText sets s from text, rejecting values that are not statuses of
// an engagement with an error that lists the ones that are.
func (s *EngagementStatus) UnmarshalText(text []byte) error {
	return enum.Unmarshal(engagementStatuses, s, text, "agreement.EngagementStatus.UnmarshalText")
}
