package agreement

import (
	"github.com/invopop/jsonschema"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/enum"
)

// JSONSchema describes the JSON form of a Kind.
func (Kind) JSONSchema() *jsonschema.Schema { return enum.Schema(kinds) }

// JSONSchema describes the JSON form of a Status.
func (Status) JSONSchema() *jsonschema.Schema { return enum.Schema(statuses) }

// JSONSchema describes the JSON form of a PartyKind.
func (PartyKind) JSONSchema() *jsonschema.Schema { return enum.Schema(partyKinds) }

// JSONSchema describes the JSON form of a Mechanism.
func (Mechanism) JSONSchema() *jsonschema.Schema { return enum.Schema(mechanisms) }

// JSONSchema describes the JSON form of a Cadence.
func (Cadence) JSONSchema() *jsonschema.Schema { return enum.Schema(cadences) }

// JSONSchema describes the JSON form of an EngagementKind.
func (EngagementKind) JSONSchema() *jsonschema.Schema { return enum.Schema(engagementKinds) }

// JSONSchema describes the JSON form of an EngagementStatus.
func (EngagementStatus) JSONSchema() *jsonschema.Schema { return enum.Schema(engagementStatuses) }

// JSONSchema describes the JSON form of a Venue: alternating, or the code
// of the party that hosts every session.
func (Venue) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Type: "string",
		AnyOf: []*jsonschema.Schema{
			{Const: string(Alternating), Title: "Alternating", Description: "Sessions are held alternately by each party, the first by the first lead (or the first party)."},
			{Pattern: bilateral.PartyCodePattern, Title: "One host", Description: "The code of the party that hosts every session."},
		},
	}
}
