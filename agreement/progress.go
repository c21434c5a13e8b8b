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
// due in the quarter, coming up in the next four, blocked and
// rescheduled, the share of due milestones met, the sessions of the
// commitments' plans in the coming year, and how far each measured
// benefit has come. [Agreement.Progress] makes one; [Progress.Table] and
// [Progress.TableIn] show it as text.
//
// A Progress is plain data with only exported fields: a test can write the
// report it wants and compare it with github.com/google/go-cmp, which
// follows the pointers of the tallies' lists to the milestones, and Table
// shows a report built by hand as well as one that Agreement.Progress
// made. == does not apply, as a report holds slices. Its methods treat a
// nil *Progress as the zero Progress.
type Progress struct {
	// AsOf is the quarter the report is as of.
	AsOf bilateral.Quarter
	// All tallies every milestone. Its lists hold those overdue, due now
	// (in AsOf, still to be delivered), coming up (due in the four
	// quarters after AsOf, still to be delivered), blocked and
	// rescheduled.
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
	// Benefits are the progress of the benefits whose indicator has a
	// baseline, one for each such indicator, in document order.
	Benefits []BenefitProgress
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

// Count returns the number of the area's milestones whose status as of
// AsOf is s, as [milestone.Tally.Count] does, or 0 for a nil
// *AreaProgress.
func (ap *AreaProgress) Count(s milestone.Status) int {
	if ap == nil {
		return 0
	}
	return ap.Tally.Count(s)
}

// MetShare returns the share of the area's due milestones that are met, as
// [milestone.Tally.MetShare] does, or false for a nil *AreaProgress.
func (ap *AreaProgress) MetShare() (float64, bool) {
	if ap == nil {
		return 0, false
	}
	return ap.Tally.MetShare()
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
// milestone, commitment and focus area once, so that its time and memory
// grow in proportion to the agreement. Statuses are taken as of asOf where
// the document tells (see [milestone.Milestone.StatusAsOf]).
//
// The zero Quarter as asOf means no quarter: the report counts the
// milestones by the statuses the document records, none is due, overdue
// or blocked, it has no sessions (see [milestone.Schedule.Progress]), and
// no benefit is measured yet.
func (a *Agreement) Progress(asOf bilateral.Quarter) *Progress {
	if a == nil {
		a = &Agreement{}
	}
	return a.progress(a.Schedule(), asOf)
}

// ProgressFrom is [Agreement.Progress] from s, a schedule of a's
// milestones made with [Agreement.Schedule] and kept. Making the schedule
// is most of the time that Progress takes, so a service that reports on an
// agreement that does not change, as of several quarters, makes it once.
//
// s must be a schedule of a.Milestones as they are now (see
// [milestone.Schedule.Of]). A schedule of another list, nil included, is
// not used: ProgressFrom then makes one, as Progress does.
func (a *Agreement) ProgressFrom(s *milestone.Schedule, asOf bilateral.Quarter) *Progress {
	if a == nil {
		a = &Agreement{}
	}
	return a.progress(a.scheduleFrom(s), asOf)
}

// scheduleFrom returns s when it is a schedule of a's milestones, and a new
// schedule of them otherwise, so that a report never reads milestones that
// are not a's.
func (a *Agreement) scheduleFrom(s *milestone.Schedule) *milestone.Schedule {
	if s.Of(a.Milestones) {
		return s
	}
	return a.Schedule()
}

func (a *Agreement) progress(s *milestone.Schedule, asOf bilateral.Quarter) *Progress {
	p := &Progress{AsOf: asOf}
	var byArea map[focusarea.Key]*milestone.Tally
	p.All, byArea = s.Progress(asOf)
	// The sessions are counted first, so that a large list is not copied
	// as it grows.
	sessions := a.Sessions(sessionSpan(asOf))
	n := 0
	for range sessions {
		n++
	}
	if n > 0 {
		p.Sessions = make([]Session, 0, n)
		for s := range sessions {
			p.Sessions = append(p.Sessions, s)
		}
	}
	for _, party := range a.Parties {
		p.Calendars = append(p.Calendars, PartyCalendar{Party: party.Code, Calendar: party.FiscalCalendar})
	}
	// The agreement's areas, each key once, then those that milestones
	// name but the agreement does not declare, which Validate reports, by
	// key. index gives the position of each in p.Areas.
	index := make(map[focusarea.Key]int, len(a.FocusAreas))
	area := func(key focusarea.Key, title bilateral.Text) {
		index[key] = len(p.Areas)
		ap := AreaProgress{Key: key, Title: title, Tally: milestone.Tally{AsOf: asOf}}
		if t := byArea[key]; t != nil {
			ap.Tally = *t
		}
		p.Areas = append(p.Areas, ap)
	}
	if len(a.FocusAreas) > 0 {
		p.Areas = make([]AreaProgress, 0, len(a.FocusAreas))
	}
	for i := range a.FocusAreas {
		fa := &a.FocusAreas[i]
		if _, dup := index[fa.Key]; !dup {
			area(fa.Key, fa.DisplayTitle())
		}
	}
	var rest []focusarea.Key
	for key := range byArea {
		if _, ok := index[key]; !ok {
			rest = append(rest, key)
		}
	}
	slices.Sort(rest)
	for _, key := range rest {
		area(key, bilateral.PlainText(string(key)))
	}
	p.areaSessions(index)
	p.Benefits = a.benefits(asOf)
	return p
}

// areaSessions gives each area of p its sessions, in the order of
// p.Sessions: those of the commitments in the area. index gives the
// position in p.Areas of each key. The areas' lists share one array, each
// with its length as capacity.
func (p *Progress) areaSessions(index map[focusarea.Key]int) {
	if len(p.Sessions) == 0 {
		return
	}
	at := make([]int32, len(p.Sessions)) // the position of each session's area, or -1
	counts := make([]int32, len(p.Areas))
	total := 0
	for i := range p.Sessions {
		at[i] = -1
		if k, ok := index[p.Sessions[i].Area]; ok {
			at[i] = int32(k)
			counts[k]++
			total++
		}
	}
	all := make([]Session, total)
	for k, n := range counts {
		if n > 0 {
			p.Areas[k].Sessions, all = all[:0:n], all[n:]
		}
	}
	for i, k := range at {
		if k >= 0 {
			p.Areas[k].Sessions = append(p.Areas[k].Sessions, p.Sessions[i])
		}
	}
}

// FiscalLabels returns q in each party's fiscal terms, in the order of the
// parties, such as "US FY2025 Q1, MX FY2024 Q4". It returns the empty
// string for the zero Quarter.
func (p *Progress) FiscalLabels(q bilateral.Quarter) string {
	if p == nil || !q.IsValid() {
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
