package agreement

import (
	"slices"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/enum"
)

// A Status is where an agreement stands in its lifecycle, following treaty
// practice: signature, provisional application, entry into force.
type Status string

// The lifecycle statuses, in lifecycle order.
const (
	Proposed             Status = "proposed"
	Negotiating          Status = "negotiating"
	Concluded            Status = "concluded"
	Signed               Status = "signed"
	ProvisionallyApplied Status = "provisionally-applied"
	InForce              Status = "in-force"
	Suspended            Status = "suspended"
	Withdrawn            Status = "withdrawn"
	Terminated           Status = "terminated"
)

var statuses = []bilateral.Definition[Status]{
	{Value: Proposed, Title: bilateral.PlainText("Proposed"), Description: bilateral.PlainText("One party has proposed the agreement.")},
	{Value: Negotiating, Title: bilateral.PlainText("Negotiating"), Description: bilateral.PlainText("The parties are negotiating the text.")},
	{Value: Concluded, Title: bilateral.PlainText("Concluded"), Description: bilateral.PlainText("The text is agreed but not yet signed.")},
	{Value: Signed, Title: bilateral.PlainText("Signed"), Description: bilateral.PlainText("Both parties have signed.")},
	{Value: ProvisionallyApplied, Title: bilateral.PlainText("Provisionally applied"), Description: bilateral.PlainText("Applied before entry into force.")},
	{Value: InForce, Title: bilateral.PlainText("In force"), Description: bilateral.PlainText("Binding on both parties.")},
	{Value: Suspended, Title: bilateral.PlainText("Suspended"), Description: bilateral.PlainText("In force, but its operation is suspended.")},
	{Value: Withdrawn, Title: bilateral.PlainText("Withdrawn"), Description: bilateral.PlainText("Abandoned before entry into force. Final.")},
	{Value: Terminated, Title: bilateral.PlainText("Terminated"), Description: bilateral.PlainText("No longer in force. Final.")},
}

// moves is the table of legal lifecycle moves: moves[from] lists the
// statuses an agreement may move to from status from. A status with no
// entry is final.
var moves = map[Status][]Status{
	Proposed:             {Negotiating, Withdrawn},
	Negotiating:          {Concluded, Withdrawn},
	Concluded:            {Signed, InForce, Withdrawn},
	Signed:               {ProvisionallyApplied, InForce, Withdrawn},
	ProvisionallyApplied: {InForce, Terminated},
	InForce:              {Suspended, Terminated},
	Suspended:            {InForce, Terminated},
}

// LegalMoves returns the table of legal lifecycle moves: for each status an
// agreement can leave, the statuses it may move to. The final statuses,
// withdrawn and terminated, have no entry. The map is a copy.
func LegalMoves() map[Status][]Status {
	table := make(map[Status][]Status, len(moves))
	for from, to := range moves {
		table[from] = slices.Clone(to)
	}
	return table
}

// Statuses returns the definitions of the statuses, in lifecycle order.
func Statuses() []bilateral.Definition[Status] { return slices.Clone(statuses) }

// IsValid reports whether s is one of the statuses.
func (s Status) IsValid() bool { return enum.Valid(statuses, s) }

// Moves returns the statuses that an agreement may move to from s: the row
// of the table of legal moves. It is empty for the final statuses, withdrawn
// and terminated, and for unknown ones. The slice is a copy.
//
//	proposed              -> negotiating | withdrawn
//	negotiating           -> concluded | withdrawn
//	concluded             -> signed | in-force | withdrawn
//	signed                -> provisionally-applied | in-force | withdrawn
//	provisionally-applied -> in-force | terminated
//	in-force              -> suspended | terminated
//	suspended             -> in-force | terminated
func (s Status) Moves() []Status { return slices.Clone(moves[s]) }

// CanMoveTo reports whether moving from s to next is legal.
func (s Status) CanMoveTo(next Status) bool { return slices.Contains(moves[s], next) }

// IsFinal reports whether s is a status no agreement leaves: withdrawn or
// terminated.
func (s Status) IsFinal() bool { return s == Withdrawn || s == Terminated }

// UnmarshalText sets s from text, rejecting values that are not statuses
// with an error that lists the ones that are.
func (s *Status) UnmarshalText(text []byte) error {
	return enum.Unmarshal(statuses, s, text, "agreement.Status.UnmarshalText")
}
