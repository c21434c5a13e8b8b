package agreement

import (
	"slices"
	"strings"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// A Progress report tells where an agreement stands as of a quarter: the
// milestones of each focus area and of all areas by status, those overdue,
// blocked and rescheduled, the share of due milestones met, and the
// sessions of the commitments' plans in the coming year. [Agreement.Progress]
// makes one; [Progress.Table] shows it as text.
//
// A Progress is plain data with only exported fields: a test can write the
// report it wants and compare it with github.com/google/go-cmp, which
// follows the pointers of the tallies' lists to the milestones, and Table
// shows a report built by hand as well as one that Agreement.Progress
// made. == does not apply, as a report holds slices.
type Progress struct {
	// AsOf is the quarter the report is as of.
	AsOf bilateral.Quarter
	// All tallies every milestone.
	All milestone.Tally
	// Areas tally the milestones of each focus area, in the order of the
	// agreement's focus areas, then any other areas the milestones name.
	Areas []AreaProgress
	// Sessions are the sessions that fall in the four quarters from AsOf
	// on (fewer from 9999-Q2 on, the last quarters there are), by quarter,
	// then in the order of the commitments.
	Sessions []Session
	// Calendars are the parties' fiscal calendars, in the order of the
	// parties, to show each quarter in each party's terms.
	Calendars []PartyCalendar
}

// An AreaProgress is the progress of one focus area.
type AreaProgress struct {
	// Key is the area's key.
	Key focusarea.Key
	// Title is the area's display title.
	Title bilateral.Text
	// Tally tallies the area's milestones.
	milestone.Tally
	// Sessions are the sessions of the area's commitments among the
	// report's Sessions.
	Sessions []Session
}

// A PartyCalendar is a party's code and fiscal calendar.
type PartyCalendar struct {
	Party    bilateral.PartyCode      // the party's code
	Calendar bilateral.FiscalCalendar // the party's fiscal year
}

// sessionQuarters is the span of the sessions in a report: the coming year.
const sessionQuarters = 4

// lastQuarter is the last quarter there is.
var lastQuarter = bilateral.QuarterFrom(9999, 4)

// sessionSpan returns the first and last quarters of the sessions of a
// report as of asOf: the coming year, cut short at the last quarter there
// is, or two zero Quarters for the zero Quarter.
func sessionSpan(asOf bilateral.Quarter) (from, to bilateral.Quarter) {
	if !asOf.IsValid() {
		return bilateral.Quarter{}, bilateral.Quarter{}
	}
	to = asOf.Add(sessionQuarters - 1)
	if !to.IsValid() {
		to = lastQuarter
	}
	return asOf, to
}

// Progress reports where a stands as of quarter asOf. It visits each
// milestone once. Statuses are taken as of asOf where the document tells
// (see [milestone.Milestone.StatusAsOf]).
//
// The zero Quarter as asOf means no quarter: the report counts the
// milestones by the statuses the document records, none is due, overdue
// or blocked, and it has no sessions (see [milestone.Schedule.Progress]).
func (a *Agreement) Progress(asOf bilateral.Quarter) *Progress {
	p := &Progress{AsOf: asOf}
	var byArea map[focusarea.Key]*milestone.Tally
	p.All, byArea = a.Schedule().Progress(asOf)
	for s := range a.Sessions(sessionSpan(asOf)) {
		p.Sessions = append(p.Sessions, s)
	}
	for _, party := range a.Parties {
		p.Calendars = append(p.Calendars, PartyCalendar{Party: party.Code, Calendar: party.FiscalCalendar})
	}
	area := func(key focusarea.Key, title bilateral.Text) {
		ap := AreaProgress{Key: key, Title: title}
		if t := byArea[key]; t != nil {
			ap.Tally = *t
			delete(byArea, key)
		} else {
			ap.Tally = milestone.Tally{AsOf: asOf}
		}
		for _, s := range p.Sessions {
			if s.Area == key {
				ap.Sessions = append(ap.Sessions, s)
			}
		}
		p.Areas = append(p.Areas, ap)
	}
	for i := range a.FocusAreas {
		fa := &a.FocusAreas[i]
		if !slices.ContainsFunc(p.Areas, func(ap AreaProgress) bool { return ap.Key == fa.Key }) {
			area(fa.Key, fa.DisplayTitle())
		}
	}
	// Areas that milestones name but the agreement does not declare, which
	// Validate reports: by key.
	var rest []focusarea.Key
	for key := range byArea {
		rest = append(rest, key)
	}
	slices.Sort(rest)
	for _, key := range rest {
		area(key, bilateral.PlainText(string(key)))
	}
	return p
}

// FiscalLabels returns q in each party's fiscal terms, in the order of the
// parties, such as "US FY2025 Q1, MX FY2024 Q4". It returns the empty
// string for the zero Quarter.
func (p *Progress) FiscalLabels(q bilateral.Quarter) string {
	if !q.IsValid() {
		return ""
	}
	var b strings.Builder
	for i, c := range p.Calendars {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(string(c.Party))
		b.WriteByte(' ')
		b.WriteString(c.Calendar.Label(q))
	}
	return b.String()
}
