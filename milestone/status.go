package milestone

import (
	"slices"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/enum"
)

// A Status is where a milestone stands, following the Open Contracting Data
// Standard. Whether a milestone is overdue is not a status: it depends on
// the quarter you ask about.
//
// The empty Status means [Scheduled]. [Milestone.Overdue] tells whether a
// milestone is overdue as of a quarter.
type Status string

// The statuses of a milestone.
const (
	Scheduled    Status = "scheduled"
	InProgress   Status = "in-progress"
	Met          Status = "met"
	PartiallyMet Status = "partially-met"
	NotMet       Status = "not-met"
	Deferred     Status = "deferred"
	Cancelled    Status = "cancelled"
)

// statusCount is the number of statuses, for arrays indexed by them.
const statusCount = 7

var statuses = [statusCount]bilateral.Definition[Status]{
	{Value: Scheduled, Title: bilateral.PlainText("Scheduled"), Description: bilateral.PlainText("Planned for its quarter; work has not started.")},
	{Value: InProgress, Title: bilateral.PlainText("In progress"), Description: bilateral.PlainText("Work towards it has started.")},
	{Value: Met, Title: bilateral.PlainText("Met"), Description: bilateral.PlainText("Achieved in full, in the quarter given by metIn.")},
	{Value: PartiallyMet, Title: bilateral.PlainText("Partially met"), Description: bilateral.PlainText("Achieved in part, in the quarter given by metIn.")},
	{Value: NotMet, Title: bilateral.PlainText("Not met"), Description: bilateral.PlainText("Its quarter has passed and it was not achieved.")},
	{Value: Deferred, Title: bilateral.PlainText("Deferred"), Description: bilateral.PlainText("Put off with no new quarter yet.")},
	{Value: Cancelled, Title: bilateral.PlainText("Cancelled"), Description: bilateral.PlainText("Will not be pursued.")},
}

// Statuses returns the definitions of the statuses.
func Statuses() []bilateral.Definition[Status] { return slices.Clone(statuses[:]) }

// IsValid reports whether s is one of the statuses or empty.
func (s Status) IsValid() bool { return s == "" || enum.Valid(statuses[:], s) }

// Title returns the display title of s, such as "Partially met", or s
// itself when it is not one of the statuses. The empty Status is
// "Scheduled".
func (s Status) Title() string {
	if d, ok := enum.Lookup(statuses[:], s.OrDefault()); ok {
		return d.Title.String()
	}
	return string(s)
}

// OrDefault returns s, or [Scheduled] when s is empty.
func (s Status) OrDefault() Status {
	if s == "" {
		return Scheduled
	}
	return s
}

// String returns s, or "scheduled" for the empty Status, which means
// [Scheduled], so that printing a milestone's status shows what it is. It
// does not change the JSON form, in which a scheduled milestone may leave
// its status out.
func (s Status) String() string { return string(s.OrDefault()) }

// Open reports whether a milestone with status s is still to be delivered:
// scheduled or in progress.
func (s Status) Open() bool { return indexOf(s).open() }

// Achieved reports whether s is met or partially met, the statuses that
// record the quarter in which it happened.
func (s Status) Achieved() bool { return indexOf(s).achieved() }

// UnmarshalText sets s from text, rejecting values that are not statuses
// with an error that lists the ones that are.
func (s *Status) UnmarshalText(text []byte) error {
	return enum.Unmarshal(statuses[:], s, text, "milestone.Status.UnmarshalText")
}

// statusIndex is the position of a status in statuses, for arrays indexed
// by status.
type statusIndex uint8

// The positions of the statuses in statuses, and one for values that are
// not statuses.
const (
	iScheduled statusIndex = iota
	iInProgress
	iMet
	iPartiallyMet
	iNotMet
	iDeferred
	iCancelled
	iUnknown
)

// indexOf returns the position of s in statuses, the empty Status being
// scheduled, or iUnknown.
func indexOf(s Status) statusIndex {
	switch s {
	case "", Scheduled:
		return iScheduled
	case InProgress:
		return iInProgress
	case Met:
		return iMet
	case PartiallyMet:
		return iPartiallyMet
	case NotMet:
		return iNotMet
	case Deferred:
		return iDeferred
	case Cancelled:
		return iCancelled
	}
	return iUnknown
}

// open reports whether a milestone with status k is still to be delivered.
func (k statusIndex) open() bool { return k == iScheduled || k == iInProgress }

// achieved reports whether status k records a quarter in metIn.
func (k statusIndex) achieved() bool { return k == iMet || k == iPartiallyMet }

// statusAsOf returns the status, as of quarter q, of a row's milestone:
// one met or partially met after q was still scheduled then. As of the zero
// Quarter it is the status recorded.
func (r *row) statusAsOf(q bilateral.Quarter) statusIndex {
	if r.status.achieved() && q.IsValid() && r.metIn.IsValid() && r.metIn.After(q) {
		return iScheduled
	}
	return r.status
}
