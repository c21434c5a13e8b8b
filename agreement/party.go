package agreement

import (
	"slices"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/enum"
)

// A Party is one of the two parties to an agreement.
type Party struct {
	// Code identifies the party, such as "US", "MX" or "MX-CMX". The two
	// parties have different codes.
	Code bilateral.PartyCode `json:"code"`
	// Name is the party's name.
	Name bilateral.Text `json:"name"`
	// Kind is the kind of party.
	Kind PartyKind `json:"kind"`
	// FiscalCalendar is the party's fiscal year, written in JSON as the
	// number of the month it starts in: 1 (the default), 4, 7 or 10. Progress
	// reports show each quarter in both parties' fiscal terms.
	FiscalCalendar bilateral.FiscalCalendar `json:"fiscalYearStart,omitzero"`
	// Representatives are the people who speak for the party.
	Representatives []Representative `json:"representatives,omitempty"`
}

// A Representative is a person who speaks for a party.
//
// Name is a string where Role is a [bilateral.Text]: an office has a name in
// each language of the agreement, but a person's name is not translated,
// and an agreement in English and German writes "Olaf Scholz" once, not
// once per language.
type Representative struct {
	// Name is the person's name, as written in the person's own language.
	Name string `json:"name"`
	// Role is the person's office, such as "Mayor of Mexico City".
	Role bilateral.Text `json:"role,omitzero"`
}

// A PartyKind is the kind of a party.
type PartyKind string

// The kinds of party.
const (
	State                     PartyKind = "state"
	Subnational               PartyKind = "subnational"
	RegionalOrganization      PartyKind = "regional-organization"
	InternationalOrganization PartyKind = "international-organization"
)

var partyKinds = []bilateral.Definition[PartyKind]{
	{Value: State, Title: bilateral.PlainText("State"), Description: bilateral.PlainText("A sovereign state.")},
	{Value: Subnational, Title: bilateral.PlainText("Subnational government"), Description: bilateral.PlainText("A state, province or city within a state.")},
	{Value: RegionalOrganization, Title: bilateral.PlainText("Regional organization"), Description: bilateral.PlainText("An organization of states of one region, such as the European Union.")},
	{Value: InternationalOrganization, Title: bilateral.PlainText("International organization"), Description: bilateral.PlainText("An organization of states from any region.")},
}

// PartyKinds returns the definitions of the kinds of party.
func PartyKinds() []bilateral.Definition[PartyKind] { return slices.Clone(partyKinds) }

// IsValid reports whether k is one of the kinds of party.
func (k PartyKind) IsValid() bool { return enum.Valid(partyKinds, k) }

// UnmarshalText sets k from text, rejecting values that are not kinds of
// party with an error that lists the ones that are.
func (k *PartyKind) UnmarshalText(text []byte) error {
	return enum.Unmarshal(partyKinds, k, text, "agreement.PartyKind.UnmarshalText")
}
