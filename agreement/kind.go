package agreement

import (
	"slices"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/enum"
)

// A Kind is the kind of instrument an agreement is.
type Kind string

// The kinds of agreement.
const (
	Treaty                    Kind = "treaty"
	ExecutiveAgreement        Kind = "executive-agreement"
	MemorandumOfUnderstanding Kind = "memorandum-of-understanding"
	JointDeclaration          Kind = "joint-declaration"
	ExchangeOfNotes           Kind = "exchange-of-notes"
	ActionPlan                Kind = "action-plan"
	OtherKind                 Kind = "other"
)

var kinds = []bilateral.Definition[Kind]{
	{Value: Treaty, Title: bilateral.PlainText("Treaty"), Description: bilateral.PlainText("A binding agreement under international law, usually ratified.")},
	{Value: ExecutiveAgreement, Title: bilateral.PlainText("Executive agreement"), Description: bilateral.PlainText("A binding agreement made by the executive without ratification.")},
	{Value: MemorandumOfUnderstanding, Title: bilateral.PlainText("Memorandum of understanding"), Description: bilateral.PlainText("A record of intentions, usually not binding.")},
	{Value: JointDeclaration, Title: bilateral.PlainText("Joint declaration"), Description: bilateral.PlainText("A statement of shared positions and intentions.")},
	{Value: ExchangeOfNotes, Title: bilateral.PlainText("Exchange of notes"), Description: bilateral.PlainText("An agreement made by diplomatic notes, one from each party.")},
	{Value: ActionPlan, Title: bilateral.PlainText("Action plan"), Description: bilateral.PlainText("A plan of actions, commitments and milestones.")},
	{Value: OtherKind, Title: bilateral.PlainText("Other"), Description: bilateral.PlainText("Another kind of instrument.")},
}

// Kinds returns the definitions of the kinds.
func Kinds() []bilateral.Definition[Kind] { return slices.Clone(kinds) }

// IsValid reports whether k is one of the kinds.
func (k Kind) IsValid() bool { return enum.Valid(kinds, k) }

// UnmarshalText sets k from text, rejecting values that are not kinds with
// an error that lists the ones that are.
func (k *Kind) UnmarshalText(text []byte) error {
	return enum.Unmarshal(kinds, k, text, "agreement.Kind.UnmarshalText")
}
