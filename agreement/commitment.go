package agreement

import (
	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
)

// A Commitment is something the parties agreed to do, with its plan: one row
// of "Topic | Agreement | Implementation Plan".
type Commitment struct {
	// ID identifies the commitment within the agreement: no two
	// commitments have the same id.
	ID bilateral.ID `json:"id"`
	// Area is the key of the focus area of the commitment. The agreement
	// declares it among its focus areas.
	Area focusarea.Key `json:"area"`
	// Summary says what was agreed, such as "Reduction of trade barriers".
	Summary bilateral.Text `json:"summary"`
	// Implementation is how the commitment is carried out.
	Implementation Implementation `json:"implementation"`
}

// An Implementation is the plan that carries out a commitment, such as
// "Establishment of quarterly review sessions".
type Implementation struct {
	// Mechanism is the institutional means.
	Mechanism Mechanism `json:"mechanism"`
	// Description says what the plan is, in the document's words.
	Description bilateral.Text `json:"description"`
	// Cadence is how often the mechanism meets or acts.
	Cadence Cadence `json:"cadence"`
	// Start is the quarter the plan starts. It lies within the term.
	Start bilateral.Quarter `json:"start"`
	// End is the quarter the plan ends, if before the end of the term. It
	// lies within the term and is not before Start.
	End bilateral.Quarter `json:"end,omitzero"`
	// Venue is where recurring sessions meet: "alternating" between the
	// parties, or the code of the party that hosts them all, which is one
	// of the agreement's two parties.
	Venue Venue `json:"venue,omitempty"`
	// Leads are the codes of the parties that lead the plan, each one of
	// the agreement's two parties. With an alternating venue the first lead
	// hosts the first session.
	Leads []bilateral.PartyCode `json:"leads,omitempty"`
}

// A Venue is where the sessions of an implementation meet: [Alternating], or
// the code of the party that hosts them all.
//
// Write the venue of a single host with [HostedBy], as in HostedBy("CA").
type Venue string

// Alternating is the venue of sessions held alternately by each party, "in
// the territory of each Party in turn".
const Alternating Venue = "alternating"

// HostedBy returns the venue of sessions that the party with the given code
// hosts, every one of them.
func HostedBy(code bilateral.PartyCode) Venue { return Venue(code) }

// Party returns the code of the party that hosts every session, and false
// for an alternating or empty venue.
func (v Venue) Party() (bilateral.PartyCode, bool) {
	if v == "" || v == Alternating {
		return "", false
	}
	return bilateral.PartyCode(v), true
}
