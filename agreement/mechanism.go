package agreement

import (
	"slices"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/enum"
)

// A Mechanism is the institutional means by which a commitment is carried
// out, as in the institutional clauses of trade agreements.
type Mechanism string

// The mechanisms.
const (
	ReviewSession     Mechanism = "review-session"
	TaskForce         Mechanism = "task-force"
	WorkingGroup      Mechanism = "working-group"
	Committee         Mechanism = "committee"
	JointCommission   Mechanism = "joint-commission"
	HighLevelDialogue Mechanism = "high-level-dialogue"
	Summit            Mechanism = "summit"
	Forum             Mechanism = "forum"
	Consultation      Mechanism = "consultation"
	ContactPoint      Mechanism = "contact-point"
	Protocol          Mechanism = "protocol"
	Program           Mechanism = "program"
	ExchangeProgram   Mechanism = "exchange-program"
	Pilot             Mechanism = "pilot"
	JointOperation    Mechanism = "joint-operation"
	Platform          Mechanism = "platform"
	OtherMechanism    Mechanism = "other"
)

var mechanisms = []bilateral.Definition[Mechanism]{
	mechanism(ReviewSession, "Review session", "Regular sessions that review progress."),
	mechanism(TaskForce, "Task force", "A joint team formed for one purpose."),
	mechanism(WorkingGroup, "Working group", "A standing group of officials on one subject."),
	mechanism(Committee, "Committee", "A standing body with a mandate from the agreement."),
	mechanism(JointCommission, "Joint commission", "A high-level body that oversees the agreement as a whole."),
	mechanism(HighLevelDialogue, "High-level dialogue", "Regular talks between ministers or leaders."),
	mechanism(Summit, "Summit", "Meetings of leaders."),
	mechanism(Forum, "Forum", "Open meetings with business, academia or civil society."),
	mechanism(Consultation, "Consultation", "Talks held when either party asks for them."),
	mechanism(ContactPoint, "Contact point", "An office in each party that receives and answers requests."),
	mechanism(Protocol, "Protocol", "Agreed procedures, such as for sharing information."),
	mechanism(Program, "Program", "A funded program of activities."),
	mechanism(ExchangeProgram, "Exchange program", "Exchanges of people: students, academics, artists, officials."),
	mechanism(Pilot, "Pilot", "A limited trial before a wider rollout."),
	mechanism(JointOperation, "Joint operation", "Operations carried out together by both parties' agencies."),
	mechanism(Platform, "Platform", "A shared system, such as for sharing threat intelligence."),
	mechanism(OtherMechanism, "Other", "Another means, described in the implementation."),
}

func mechanism(m Mechanism, title, description string) bilateral.Definition[Mechanism] {
	return bilateral.Definition[Mechanism]{Value: m, Title: bilateral.PlainText(title), Description: bilateral.PlainText(description)}
}

// Mechanisms returns the definitions of the mechanisms.
func Mechanisms() []bilateral.Definition[Mechanism] { return slices.Clone(mechanisms) }

// IsValid reports whether m is one of the mechanisms.
func (m Mechanism) IsValid() bool { return enum.Valid(mechanisms, m) }

// UnmarshalText sets m from text, rejecting values that are not mechanisms
// with an error that lists the ones that are.
func (m *Mechanism) UnmarshalText(text []byte) error {
	return enum.Unmarshal(mechanisms, m, text, "agreement.Mechanism.UnmarshalText")
}

// A Cadence is how often an implementation's sessions fall: "shall meet at
// least once a year".
type Cadence string

// The cadences.
const (
	Once       Cadence = "once"
	Quarterly  Cadence = "quarterly"
	Semiannual Cadence = "semiannual"
	Annual     Cadence = "annual"
	Biennial   Cadence = "biennial"
	AsNeeded   Cadence = "as-needed"
)

var cadences = []bilateral.Definition[Cadence]{
	{Value: Once, Title: bilateral.PlainText("Once"), Description: bilateral.PlainText("A single session, in the start quarter.")},
	{Value: Quarterly, Title: bilateral.PlainText("Quarterly"), Description: bilateral.PlainText("A session every quarter from the start quarter.")},
	{Value: Semiannual, Title: bilateral.PlainText("Semiannual"), Description: bilateral.PlainText("A session every second quarter from the start quarter.")},
	{Value: Annual, Title: bilateral.PlainText("Annual"), Description: bilateral.PlainText("A session every fourth quarter from the start quarter.")},
	{Value: Biennial, Title: bilateral.PlainText("Biennial"), Description: bilateral.PlainText("A session every eighth quarter from the start quarter.")},
	{Value: AsNeeded, Title: bilateral.PlainText("As needed"), Description: bilateral.PlainText("Sessions when either party asks; none is scheduled.")},
}

// Cadences returns the definitions of the cadences.
func Cadences() []bilateral.Definition[Cadence] { return slices.Clone(cadences) }

// IsValid reports whether c is one of the cadences.
func (c Cadence) IsValid() bool { return enum.Valid(cadences, c) }

// UnmarshalText sets c from text, rejecting values that are not cadences
// with an error that lists the ones that are.
func (c *Cadence) UnmarshalText(text []byte) error {
	return enum.Unmarshal(cadences, c, text, "agreement.Cadence.UnmarshalText")
}
