package agreement_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// progressAgreement returns a valid agreement between the United States
// (federal fiscal year) and Mexico (calendar year) over 2024-Q1 to
// 2025-Q4, whose focus areas are security, trade and water, in that order:
//
//	t1  trade     2024-Q1  met in 2024-Q1
//	t2  trade     2024-Q2  met late, in 2024-Q4
//	t3  trade     2024-Q4  in progress, depends on t2
//	t4  trade     2025-Q2  scheduled, moved from 2025-Q1
//	s1  security  2024-Q2  partially met in 2024-Q2
//	s2  security  2024-Q3  cancelled
//	s3  security  2025-Q3  deferred, moved from 2024-Q3
//
// Water has no milestones. Its commitments are quarterly trade reviews from
// 2024-Q1 alternating from Mexico, an annual security summit from 2024-Q2
// hosted by the United States, and a water platform set up once in
// 2024-Q4.
func progressAgreement() *agreement.Agreement {
	text := bilateral.PlainText
	ms := func(id string, q string, area focusarea.Key, status milestone.Status, metIn string) milestone.Milestone {
		return milestone.Milestone{ID: bilateral.ID(id), Quarter: qtr(q), Area: area, Title: text("Milestone " + id), Status: status, MetIn: qtr(metIn)}
	}
	t3 := ms("t3", "2024-Q4", focusarea.Trade, milestone.InProgress, "")
	t3.DependsOn = []bilateral.ID{"t2"}
	t4 := ms("t4", "2025-Q2", focusarea.Trade, "", "")
	t4.OriginalQuarter = qtr("2025-Q1")
	s3 := ms("s3", "2025-Q3", focusarea.Security, milestone.Deferred, "")
	s3.OriginalQuarter = qtr("2024-Q3")
	return &agreement.Agreement{
		ID:     "progress",
		Kind:   agreement.ActionPlan,
		Title:  text("Progress"),
		Status: agreement.InForce,
		Parties: []agreement.Party{
			{Code: "US", Name: text("United States"), Kind: agreement.State, FiscalCalendar: bilateral.USFederal},
			{Code: "MX", Name: text("Mexico"), Kind: agreement.State},
		},
		Term: agreement.Term{Start: qtr("2024-Q1"), End: qtr("2025-Q4")},
		FocusAreas: []focusarea.Area{
			{Key: focusarea.Security},
			{Key: focusarea.Trade, Title: text("Trade and customs")},
			{Key: focusarea.Water},
		},
		Commitments: []agreement.Commitment{
			{
				ID: "trade-review", Area: focusarea.Trade, Summary: text("Reviews"),
				Implementation: agreement.Implementation{
					Mechanism: agreement.ReviewSession, Description: text("Quarterly reviews"),
					Cadence: agreement.Quarterly, Start: qtr("2024-Q1"),
					Venue: agreement.Alternating, Leads: []bilateral.PartyCode{"MX"},
				},
			},
			{
				ID: "security-summit", Area: focusarea.Security, Summary: text("Summits"),
				Implementation: agreement.Implementation{
					Mechanism: agreement.Summit, Description: text("Annual summits"),
					Cadence: agreement.Annual, Start: qtr("2024-Q2"), Venue: "US",
				},
			},
			{
				ID: "water-platform", Area: focusarea.Water, Summary: text("Data"),
				Implementation: agreement.Implementation{
					Mechanism: agreement.Platform, Description: text("A data platform"),
					Cadence: agreement.Once, Start: qtr("2024-Q4"),
				},
			},
		},
		Milestones: []milestone.Milestone{
			ms("t1", "2024-Q1", focusarea.Trade, milestone.Met, "2024-Q1"),
			ms("t2", "2024-Q2", focusarea.Trade, milestone.Met, "2024-Q4"),
			t3,
			t4,
			ms("s1", "2024-Q2", focusarea.Security, milestone.PartiallyMet, "2024-Q2"),
			ms("s2", "2024-Q3", focusarea.Security, milestone.Cancelled, ""),
			s3,
		},
	}
}

// tallyView is what a test compares of a milestone.Tally: its counts by
// status (only those not zero) and the ids of its lists.
type tallyView struct {
	AsOf                      string
	Total                     int
	Counts                    map[milestone.Status]int
	Due, DueMet               int
	Overdue, Blocked, Slipped []bilateral.ID
}

func viewTally(t *milestone.Tally) tallyView {
	v := tallyView{AsOf: t.AsOf.String(), Total: t.Total, Due: t.Due, DueMet: t.DueMet, Counts: map[milestone.Status]int{}}
	sum := 0
	for _, d := range milestone.Statuses() {
		if n := t.Count(d.Value); n > 0 {
			v.Counts[d.Value] = n
			sum += n
		}
	}
	if sum != t.Total {
		v.Counts["(sum differs from Total)"] = sum
	}
	msIDs := func(ms []*milestone.Milestone) []bilateral.ID {
		out := []bilateral.ID{}
		for _, m := range ms {
			out = append(out, m.ID)
		}
		return out
	}
	blocked := make([]*milestone.Milestone, len(t.Blocked))
	for i, b := range t.Blocked {
		blocked[i] = b.Milestone
	}
	v.Overdue, v.Blocked, v.Slipped = msIDs(t.Overdue), msIDs(blocked), msIDs(t.Slipped)
	return v
}

// areaView is what a test compares of an AreaProgress.
type areaView struct {
	Key      focusarea.Key
	Title    string
	Tally    tallyView
	Sessions []string // commitment quarter#number@host
}

func viewSessions(ss []agreement.Session) []string {
	out := []string{}
	for _, s := range ss {
		out = append(out, string(s.Commitment)+" "+sessionKey(s))
	}
	return out
}

func viewAreas(p *agreement.Progress) []areaView {
	out := []areaView{}
	for i := range p.Areas {
		ap := &p.Areas[i]
		out = append(out, areaView{Key: ap.Key, Title: ap.Title.String(), Tally: viewTally(&ap.Tally), Sessions: viewSessions(ap.Sessions)})
	}
	return out
}

type statusCounts = map[milestone.Status]int

func idList(s ...bilateral.ID) []bilateral.ID {
	if s == nil {
		return []bilateral.ID{}
	}
	return s
}

func strList(s ...string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func TestProgress(t *testing.T) {
	a := progressAgreement()
	if err := a.Validate(); err != nil {
		t.Fatalf("the test agreement is not valid: %v", err)
	}
	tests := []struct {
		name     string
		asOf     string
		all      tallyView
		areas    []areaView
		sessions []string
	}{
		{
			// t2 is met only in 2024-Q4: as of 2024-Q3 it is scheduled,
			// overdue, and blocks t3.
			name: "mid-term, before a late milestone is met",
			asOf: "2024-Q3",
			all: tallyView{
				AsOf: "2024-Q3", Total: 7,
				Counts: statusCounts{milestone.Scheduled: 2, milestone.InProgress: 1, milestone.Met: 1, milestone.PartiallyMet: 1, milestone.Deferred: 1, milestone.Cancelled: 1},
				Due:    3, DueMet: 1,
				Overdue: idList("t2"), Blocked: idList("t3"), Slipped: idList("t4", "s3"),
			},
			areas: []areaView{
				{
					Key: focusarea.Security, Title: "Security",
					Tally: tallyView{
						AsOf: "2024-Q3", Total: 3,
						Counts: statusCounts{milestone.PartiallyMet: 1, milestone.Deferred: 1, milestone.Cancelled: 1},
						Due:    1, DueMet: 0,
						Overdue: idList(), Blocked: idList(), Slipped: idList("s3"),
					},
					Sessions: strList("security-summit 2025-Q2#2@US"),
				},
				{
					Key: focusarea.Trade, Title: "Trade and customs",
					Tally: tallyView{
						AsOf: "2024-Q3", Total: 4,
						Counts: statusCounts{milestone.Scheduled: 2, milestone.InProgress: 1, milestone.Met: 1},
						Due:    2, DueMet: 1,
						Overdue: idList("t2"), Blocked: idList("t3"), Slipped: idList("t4"),
					},
					Sessions: strList("trade-review 2024-Q3#3@MX", "trade-review 2024-Q4#4@US", "trade-review 2025-Q1#5@MX", "trade-review 2025-Q2#6@US"),
				},
				{
					Key: focusarea.Water, Title: "Water",
					Tally:    tallyView{AsOf: "2024-Q3", Counts: statusCounts{}, Overdue: idList(), Blocked: idList(), Slipped: idList()},
					Sessions: strList("water-platform 2024-Q4#1@"),
				},
			},
			sessions: strList(
				"trade-review 2024-Q3#3@MX",
				"trade-review 2024-Q4#4@US",
				"water-platform 2024-Q4#1@",
				"trade-review 2025-Q1#5@MX",
				"trade-review 2025-Q2#6@US",
				"security-summit 2025-Q2#2@US",
			),
		},
		{
			name: "mid-term, once the late milestone is met",
			asOf: "2024-Q4",
			all: tallyView{
				AsOf: "2024-Q4", Total: 7,
				Counts: statusCounts{milestone.Scheduled: 1, milestone.InProgress: 1, milestone.Met: 2, milestone.PartiallyMet: 1, milestone.Deferred: 1, milestone.Cancelled: 1},
				Due:    3, DueMet: 2, // t1 t2 s1; t3 is due in the quarter in progress
				Overdue: idList(), Blocked: idList(), Slipped: idList("t4", "s3"),
			},
			areas: []areaView{
				{
					Key: focusarea.Security, Title: "Security",
					Tally: tallyView{
						AsOf: "2024-Q4", Total: 3,
						Counts: statusCounts{milestone.PartiallyMet: 1, milestone.Deferred: 1, milestone.Cancelled: 1},
						Due:    1, DueMet: 0,
						Overdue: idList(), Blocked: idList(), Slipped: idList("s3"),
					},
					Sessions: strList("security-summit 2025-Q2#2@US"),
				},
				{
					Key: focusarea.Trade, Title: "Trade and customs",
					Tally: tallyView{
						AsOf: "2024-Q4", Total: 4,
						Counts: statusCounts{milestone.Scheduled: 1, milestone.InProgress: 1, milestone.Met: 2},
						Due:    2, DueMet: 2,
						Overdue: idList(), Blocked: idList(), Slipped: idList("t4"),
					},
					Sessions: strList("trade-review 2024-Q4#4@US", "trade-review 2025-Q1#5@MX", "trade-review 2025-Q2#6@US", "trade-review 2025-Q3#7@MX"),
				},
				{
					Key: focusarea.Water, Title: "Water",
					Tally:    tallyView{AsOf: "2024-Q4", Counts: statusCounts{}, Overdue: idList(), Blocked: idList(), Slipped: idList()},
					Sessions: strList("water-platform 2024-Q4#1@"),
				},
			},
			sessions: strList(
				"trade-review 2024-Q4#4@US",
				"water-platform 2024-Q4#1@",
				"trade-review 2025-Q1#5@MX",
				"trade-review 2025-Q2#6@US",
				"security-summit 2025-Q2#2@US",
				"trade-review 2025-Q3#7@MX",
			),
		},
		{
			// Only t1 is met so far; s1, met in 2024-Q2, is still
			// scheduled.
			name: "the start of the term",
			asOf: "2024-Q1",
			all: tallyView{
				AsOf: "2024-Q1", Total: 7,
				Counts: statusCounts{milestone.Scheduled: 3, milestone.InProgress: 1, milestone.Met: 1, milestone.Deferred: 1, milestone.Cancelled: 1},
				Due:    0, DueMet: 0, // t1 is due in the quarter in progress
				Overdue: idList(), Blocked: idList("t3"), Slipped: idList("t4", "s3"),
			},
			areas: []areaView{
				{
					Key: focusarea.Security, Title: "Security",
					Tally: tallyView{
						AsOf: "2024-Q1", Total: 3,
						Counts:  statusCounts{milestone.Scheduled: 1, milestone.Deferred: 1, milestone.Cancelled: 1},
						Overdue: idList(), Blocked: idList(), Slipped: idList("s3"),
					},
					Sessions: strList("security-summit 2024-Q2#1@US"),
				},
				{
					Key: focusarea.Trade, Title: "Trade and customs",
					Tally: tallyView{
						AsOf: "2024-Q1", Total: 4,
						Counts: statusCounts{milestone.Scheduled: 2, milestone.InProgress: 1, milestone.Met: 1},
						Due:    0, DueMet: 0,
						Overdue: idList(), Blocked: idList("t3"), Slipped: idList("t4"),
					},
					Sessions: strList("trade-review 2024-Q1#1@MX", "trade-review 2024-Q2#2@US", "trade-review 2024-Q3#3@MX", "trade-review 2024-Q4#4@US"),
				},
				{
					Key: focusarea.Water, Title: "Water",
					Tally:    tallyView{AsOf: "2024-Q1", Counts: statusCounts{}, Overdue: idList(), Blocked: idList(), Slipped: idList()},
					Sessions: strList("water-platform 2024-Q4#1@"),
				},
			},
			sessions: strList(
				"trade-review 2024-Q1#1@MX",
				"trade-review 2024-Q2#2@US",
				"security-summit 2024-Q2#1@US",
				"trade-review 2024-Q3#3@MX",
				"trade-review 2024-Q4#4@US",
				"water-platform 2024-Q4#1@",
			),
		},
		{
			// Deferred s3 is due but not overdue; t3 and t4 are overdue.
			name: "the end of the term",
			asOf: "2025-Q4",
			all: tallyView{
				AsOf: "2025-Q4", Total: 7,
				Counts: statusCounts{milestone.Scheduled: 1, milestone.InProgress: 1, milestone.Met: 2, milestone.PartiallyMet: 1, milestone.Deferred: 1, milestone.Cancelled: 1},
				Due:    6, DueMet: 2,
				Overdue: idList("t3", "t4"), Blocked: idList(), Slipped: idList("t4", "s3"),
			},
			areas: []areaView{
				{
					Key: focusarea.Security, Title: "Security",
					Tally: tallyView{
						AsOf: "2025-Q4", Total: 3,
						Counts: statusCounts{milestone.PartiallyMet: 1, milestone.Deferred: 1, milestone.Cancelled: 1},
						Due:    2, DueMet: 0,
						Overdue: idList(), Blocked: idList(), Slipped: idList("s3"),
					},
					Sessions: strList(),
				},
				{
					Key: focusarea.Trade, Title: "Trade and customs",
					Tally: tallyView{
						AsOf: "2025-Q4", Total: 4,
						Counts: statusCounts{milestone.Scheduled: 1, milestone.InProgress: 1, milestone.Met: 2},
						Due:    4, DueMet: 2,
						Overdue: idList("t3", "t4"), Blocked: idList(), Slipped: idList("t4"),
					},
					Sessions: strList("trade-review 2025-Q4#8@US"),
				},
				{
					Key: focusarea.Water, Title: "Water",
					Tally:    tallyView{AsOf: "2025-Q4", Counts: statusCounts{}, Overdue: idList(), Blocked: idList(), Slipped: idList()},
					Sessions: strList(),
				},
			},
			sessions: strList("trade-review 2025-Q4#8@US"),
		},
		{
			name: "before the term",
			asOf: "2023-Q3",
			all: tallyView{
				AsOf: "2023-Q3", Total: 7,
				Counts:  statusCounts{milestone.Scheduled: 4, milestone.InProgress: 1, milestone.Deferred: 1, milestone.Cancelled: 1},
				Overdue: idList(), Blocked: idList("t3"), Slipped: idList("t4", "s3"),
			},
			areas: []areaView{
				{
					Key: focusarea.Security, Title: "Security",
					Tally: tallyView{
						AsOf: "2023-Q3", Total: 3,
						Counts:  statusCounts{milestone.Scheduled: 1, milestone.Deferred: 1, milestone.Cancelled: 1},
						Overdue: idList(), Blocked: idList(), Slipped: idList("s3"),
					},
					Sessions: strList("security-summit 2024-Q2#1@US"),
				},
				{
					Key: focusarea.Trade, Title: "Trade and customs",
					Tally: tallyView{
						AsOf: "2023-Q3", Total: 4,
						Counts:  statusCounts{milestone.Scheduled: 3, milestone.InProgress: 1},
						Overdue: idList(), Blocked: idList("t3"), Slipped: idList("t4"),
					},
					Sessions: strList("trade-review 2024-Q1#1@MX", "trade-review 2024-Q2#2@US"),
				},
				{
					Key: focusarea.Water, Title: "Water",
					Tally:    tallyView{AsOf: "2023-Q3", Counts: statusCounts{}, Overdue: idList(), Blocked: idList(), Slipped: idList()},
					Sessions: strList(),
				},
			},
			sessions: strList("trade-review 2024-Q1#1@MX", "trade-review 2024-Q2#2@US", "security-summit 2024-Q2#1@US"),
		},
		{
			name: "after the term",
			asOf: "2026-Q3",
			all: tallyView{
				AsOf: "2026-Q3", Total: 7,
				Counts: statusCounts{milestone.Scheduled: 1, milestone.InProgress: 1, milestone.Met: 2, milestone.PartiallyMet: 1, milestone.Deferred: 1, milestone.Cancelled: 1},
				Due:    6, DueMet: 2,
				Overdue: idList("t3", "t4"), Blocked: idList(), Slipped: idList("t4", "s3"),
			},
			areas: []areaView{
				{
					Key: focusarea.Security, Title: "Security",
					Tally: tallyView{
						AsOf: "2026-Q3", Total: 3,
						Counts: statusCounts{milestone.PartiallyMet: 1, milestone.Deferred: 1, milestone.Cancelled: 1},
						Due:    2, DueMet: 0,
						Overdue: idList(), Blocked: idList(), Slipped: idList("s3"),
					},
					Sessions: strList(),
				},
				{
					Key: focusarea.Trade, Title: "Trade and customs",
					Tally: tallyView{
						AsOf: "2026-Q3", Total: 4,
						Counts: statusCounts{milestone.Scheduled: 1, milestone.InProgress: 1, milestone.Met: 2},
						Due:    4, DueMet: 2,
						Overdue: idList("t3", "t4"), Blocked: idList(), Slipped: idList("t4"),
					},
					Sessions: strList(),
				},
				{
					Key: focusarea.Water, Title: "Water",
					Tally:    tallyView{AsOf: "2026-Q3", Counts: statusCounts{}, Overdue: idList(), Blocked: idList(), Slipped: idList()},
					Sessions: strList(),
				},
			},
			sessions: strList(),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := a.Progress(qtr(tt.asOf))
			if p.AsOf != qtr(tt.asOf) {
				t.Errorf("AsOf = %s, want %s", p.AsOf, tt.asOf)
			}
			if diff := cmp.Diff(tt.all, viewTally(&p.All)); diff != "" {
				t.Errorf("All mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.areas, viewAreas(p)); diff != "" {
				t.Errorf("Areas mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.sessions, viewSessions(p.Sessions)); diff != "" {
				t.Errorf("Sessions mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestProgressSessionsAreTheComingYear checks Progress.Sessions against
// Agreement.Sessions over the four quarters from AsOf on, and each area's
// Sessions against those of its commitments, for every quarter around the
// term.
func TestProgressSessionsAreTheComingYear(t *testing.T) {
	a := progressAgreement()
	for asOf := range bilateral.Quarters(a.Term.Start.Add(-6), a.Term.End.Add(6)) {
		p := a.Progress(asOf)
		var want []agreement.Session
		for s := range a.Sessions(asOf, asOf.Add(3)) {
			want = append(want, s)
		}
		if diff := cmp.Diff(want, p.Sessions); diff != "" {
			t.Errorf("as of %s: Sessions mismatch (-want +got):\n%s", asOf, diff)
		}
		for _, ap := range p.Areas {
			var wantArea []agreement.Session
			for _, s := range want {
				if s.Area == ap.Key {
					wantArea = append(wantArea, s)
				}
			}
			if diff := cmp.Diff(wantArea, ap.Sessions); diff != "" {
				t.Errorf("as of %s: Sessions of %s mismatch (-want +got):\n%s", asOf, ap.Key, diff)
			}
		}
	}
}

// TestProgressAreaTalliesAddUp checks, for every quarter around the term,
// that the areas' tallies add up to the tally of all areas.
func TestProgressAreaTalliesAddUp(t *testing.T) {
	a := progressAgreement()
	for asOf := range bilateral.Quarters(a.Term.Start.Add(-2), a.Term.End.Add(2)) {
		p := a.Progress(asOf)
		var sum tallyView
		sum.Counts = statusCounts{}
		for i := range p.Areas {
			v := viewTally(&p.Areas[i].Tally)
			sum.Total += v.Total
			sum.Due += v.Due
			sum.DueMet += v.DueMet
			for s, n := range v.Counts {
				sum.Counts[s] += n
			}
			sum.Overdue = append(sum.Overdue, v.Overdue...)
			sum.Blocked = append(sum.Blocked, v.Blocked...)
			sum.Slipped = append(sum.Slipped, v.Slipped...)
		}
		all := viewTally(&p.All)
		sum.AsOf = all.AsOf
		less := func(x, y bilateral.ID) bool { return x < y }
		if diff := cmp.Diff(all, sum, cmpopts.SortSlices(less), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("as of %s: the areas do not add up to All (-all +sum):\n%s", asOf, diff)
		}
	}
}

func TestProgressUndeclaredAreas(t *testing.T) {
	a := progressAgreement()
	// A duplicate focus area, and milestones in areas the agreement does
	// not declare, which Validate reports: energy comes first in the
	// schedule, but the undeclared areas follow the declared ones by key.
	a.FocusAreas = append(a.FocusAreas, focusarea.Area{Key: focusarea.Trade})
	a.Milestones = append(a.Milestones,
		milestone.Milestone{ID: "e1", Quarter: qtr("2024-Q1"), Area: focusarea.Energy, Title: bilateral.PlainText("Energy")},
		milestone.Milestone{ID: "c1", Quarter: qtr("2025-Q1"), Area: focusarea.Culture, Title: bilateral.PlainText("Culture")},
		milestone.Milestone{ID: "c2", Quarter: qtr("2024-Q2"), Area: focusarea.Culture, Title: bilateral.PlainText("Culture")},
	)
	p := a.Progress(qtr("2024-Q3"))
	var keys []focusarea.Key
	var titles []string
	for _, ap := range p.Areas {
		keys = append(keys, ap.Key)
		titles = append(titles, ap.Title.String())
	}
	if diff := cmp.Diff([]focusarea.Key{focusarea.Security, focusarea.Trade, focusarea.Water, focusarea.Culture, focusarea.Energy}, keys); diff != "" {
		t.Errorf("area keys mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Security", "Trade and customs", "Water", "culture", "energy"}, titles); diff != "" {
		t.Errorf("area titles mismatch (-want +got):\n%s", diff)
	}
	wantCulture := tallyView{
		AsOf: "2024-Q3", Total: 2, Counts: statusCounts{milestone.Scheduled: 2},
		Due: 1, Overdue: idList("c2"), Blocked: idList(), Slipped: idList(),
	}
	if diff := cmp.Diff(wantCulture, viewTally(&p.Areas[3].Tally)); diff != "" {
		t.Errorf("culture tally mismatch (-want +got):\n%s", diff)
	}
	if got := p.All.Total; got != 10 {
		t.Errorf("All.Total = %d, want 10", got)
	}
}

func TestProgressCalendars(t *testing.T) {
	a := progressAgreement()
	p := a.Progress(qtr("2024-Q4"))
	want := []agreement.PartyCalendar{
		{Party: "US", Calendar: bilateral.USFederal},
		{Party: "MX", Calendar: bilateral.CalendarYear},
	}
	if diff := cmp.Diff(want, p.Calendars); diff != "" {
		t.Errorf("Calendars mismatch (-want +got):\n%s", diff)
	}

	labels := []struct{ q, want string }{
		{"2024-Q4", "US FY2025 Q1, MX FY2024 Q4"},
		{"2024-Q3", "US FY2024 Q4, MX FY2024 Q3"},
		{"2025-Q1", "US FY2025 Q2, MX FY2025 Q1"},
		{"2025-Q3", "US FY2025 Q4, MX FY2025 Q3"},
	}
	for _, tt := range labels {
		if got := p.FiscalLabels(qtr(tt.q)); got != tt.want {
			t.Errorf("FiscalLabels(%s) = %q, want %q", tt.q, got, tt.want)
		}
	}

	// The calendars follow the order of the parties.
	a.Parties[0], a.Parties[1] = a.Parties[1], a.Parties[0]
	if got, want := a.Progress(qtr("2024-Q4")).FiscalLabels(qtr("2024-Q4")), "MX FY2024 Q4, US FY2025 Q1"; got != want {
		t.Errorf("with Mexico first, FiscalLabels(2024-Q4) = %q, want %q", got, want)
	}

	// An agreement without parties has no labels.
	a.Parties = nil
	if got := a.Progress(qtr("2024-Q4")).FiscalLabels(qtr("2024-Q4")); got != "" {
		t.Errorf("without parties, FiscalLabels = %q, want empty", got)
	}
}

// TestProgressStatusAsOf checks that a milestone is counted with the status
// it had as of the report's quarter: met in a later quarter, it counts as
// scheduled and, once its quarter has passed, overdue and not among the due ones met.
func TestProgressStatusAsOf(t *testing.T) {
	a := progressAgreement()
	a.Milestones = []milestone.Milestone{{
		ID: "late", Quarter: qtr("2024-Q2"), Area: focusarea.Trade, Title: bilateral.PlainText("Late"),
		Status: milestone.Met, MetIn: qtr("2025-Q1"),
	}, {
		ID: "late-part", Quarter: qtr("2024-Q2"), Area: focusarea.Trade, Title: bilateral.PlainText("Late, in part"),
		Status: milestone.PartiallyMet, MetIn: qtr("2024-Q4"),
	}}
	tests := []struct {
		asOf string
		want tallyView
	}{
		{"2024-Q1", tallyView{AsOf: "2024-Q1", Total: 2, Counts: statusCounts{milestone.Scheduled: 2}, Overdue: idList(), Blocked: idList(), Slipped: idList()}},
		{"2024-Q2", tallyView{AsOf: "2024-Q2", Total: 2, Counts: statusCounts{milestone.Scheduled: 2}, Overdue: idList(), Blocked: idList(), Slipped: idList()}},
		{"2024-Q3", tallyView{AsOf: "2024-Q3", Total: 2, Counts: statusCounts{milestone.Scheduled: 2}, Due: 2, Overdue: idList("late", "late-part"), Blocked: idList(), Slipped: idList()}},
		{"2024-Q4", tallyView{AsOf: "2024-Q4", Total: 2, Counts: statusCounts{milestone.Scheduled: 1, milestone.PartiallyMet: 1}, Due: 2, Overdue: idList("late"), Blocked: idList(), Slipped: idList()}},
		{"2025-Q1", tallyView{AsOf: "2025-Q1", Total: 2, Counts: statusCounts{milestone.Met: 1, milestone.PartiallyMet: 1}, Due: 2, DueMet: 1, Overdue: idList(), Blocked: idList(), Slipped: idList()}},
	}
	for _, tt := range tests {
		p := a.Progress(qtr(tt.asOf))
		if diff := cmp.Diff(tt.want, viewTally(&p.All)); diff != "" {
			t.Errorf("as of %s: All mismatch (-want +got):\n%s", tt.asOf, diff)
		}
		if share, ok := p.All.MetShare(); ok != (tt.want.Due > 0) || (ok && share != float64(tt.want.DueMet)/float64(tt.want.Due)) {
			t.Errorf("as of %s: MetShare() = %v, %v", tt.asOf, share, ok)
		}
	}
}

// TestProgressSeed checks the report of the seed document in the middle of
// its term.
func TestProgressSeed(t *testing.T) {
	a := renderDocument(t, "usmexico")
	p := a.Progress(qtr("2025-Q1"))
	want := tallyView{
		AsOf: "2025-Q1", Total: 4, Counts: statusCounts{milestone.Scheduled: 4},
		Due: 2, Overdue: idList("trade-policy-harmonization", "cybersecurity-collaboration"), Blocked: idList(), Slipped: idList(),
	}
	if diff := cmp.Diff(want, viewTally(&p.All)); diff != "" {
		t.Errorf("All mismatch (-want +got):\n%s", diff)
	}
	var keys []focusarea.Key
	for _, ap := range p.Areas {
		keys = append(keys, ap.Key)
	}
	wantKeys := []focusarea.Key{
		focusarea.Trade, focusarea.Security, focusarea.Environment, focusarea.Energy, focusarea.Culture,
		focusarea.Cybersecurity, focusarea.BorderManagement, focusarea.EconomicGrowth, "environmental-cooperation", focusarea.Immigration,
	}
	if diff := cmp.Diff(wantKeys, keys); diff != "" {
		t.Errorf("area keys mismatch (-want +got):\n%s", diff)
	}
	// The quarterly trade reviews alternate from the United States, the
	// first party; the term ends in 2025-Q2.
	if diff := cmp.Diff(strList("trade-barriers 2025-Q1#3@US", "trade-barriers 2025-Q2#4@MX"), viewSessions(p.Sessions)); diff != "" {
		t.Errorf("Sessions mismatch (-want +got):\n%s", diff)
	}
	if got, want := p.FiscalLabels(qtr("2024-Q4")), "US FY2025 Q1, MX FY2024 Q4"; got != want {
		t.Errorf("FiscalLabels(2024-Q4) = %q, want %q", got, want)
	}
}

// TestTrackingFixturesAreValid checks that the agreements these tests and
// examples build are valid documents, so that they test what documents can
// hold.
func TestTrackingFixturesAreValid(t *testing.T) {
	for name, a := range map[string]*agreement.Agreement{
		"sessions": sessionsAgreement(sessionsCommitments()...),
		"progress": progressAgreement(),
		"water":    waterAgreement(),
	} {
		if err := a.Validate(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestProgressCmp checks that go-cmp compares reports without options, as
// downstream tests do: two reports as of the same quarter are equal, and
// reports as of different quarters differ.
func TestProgressCmp(t *testing.T) {
	a := progressAgreement()
	q3 := qtr("2024-Q3")
	if diff := cmp.Diff(a.Progress(q3), a.Progress(q3)); diff != "" {
		t.Errorf("two reports as of %s differ:\n%s", q3, diff)
	}
	if diff := cmp.Diff(a.Progress(q3), a.Progress(q3.Next())); diff == "" {
		t.Errorf("the reports as of %s and %s compare equal", q3, q3.Next())
	}
}

// TestProgressByHand checks that Table shows reports built by hand,
// whatever they lack: the zero report, and lists with nil milestones or no
// WaitsFor.
func TestProgressByHand(t *testing.T) {
	m := &milestone.Milestone{
		ID: "x", Quarter: qtr("2024-Q2"), Area: focusarea.Trade, Title: bilateral.PlainText("Port survey"),
		DependsOn: []bilateral.ID{"y"},
	}
	tally := milestone.Tally{
		AsOf: qtr("2024-Q3"), Total: 1, ByStatus: milestone.StatusCounts{Scheduled: 1},
		Overdue: []*milestone.Milestone{m, nil}, Blocked: []milestone.BlockedMilestone{{}, {Milestone: m}},
	}
	tests := []struct {
		name      string
		p         *agreement.Progress
		waitsFor  string // the WAITS FOR cell of the blocked milestone
		noBlocked bool
	}{
		{name: "zero", p: &agreement.Progress{}, noBlocked: true},
		{name: "no WaitsFor", p: &agreement.Progress{AsOf: qtr("2024-Q3"), All: tally}, waitsFor: "-"},
		{name: "WaitsFor", p: &agreement.Progress{AsOf: qtr("2024-Q3"), All: func() milestone.Tally {
			t := tally
			t.Blocked = []milestone.BlockedMilestone{{WaitsFor: []bilateral.ID{"z"}}, {Milestone: m, WaitsFor: []bilateral.ID{"y", "w"}}}
			return t
		}()}, waitsFor: "y, w"},
	}
	for _, tt := range tests {
		report := tt.p.Table()
		titles, blocks := tableBlocks(report)
		var blocked []string
		for b, title := range titles {
			if title == "Blocked" {
				blocked = blocks[b]
			}
		}
		if tt.noBlocked {
			if blocked != nil {
				t.Errorf("%s: a Blocked table in\n%s", tt.name, report)
			}
			continue
		}
		if len(blocked) != 2 {
			t.Errorf("%s: the Blocked table is %q, want a head and one row", tt.name, blocked)
			continue
		}
		cells := tableCells(blocked[1])
		if got := cells[len(cells)-1]; got != tt.waitsFor {
			t.Errorf("%s: WAITS FOR is %q, want %q", tt.name, got, tt.waitsFor)
		}
	}
}

// TestProgressAtTheEndOfTime checks reports as of the last quarters there
// are: the sessions of the coming year stop at 9999-Q4, and the table says
// so.
func TestProgressAtTheEndOfTime(t *testing.T) {
	a := sessionsAgreement(withVenue(cadencePlan(agreement.Quarterly, "9998-Q1", ""), agreement.Alternating))
	a.Term = agreement.Term{Start: qtr("9998-Q1"), End: qtr("9999-Q4")}
	if err := a.Validate(); err != nil {
		t.Fatalf("the test agreement is not valid: %v", err)
	}
	tests := []struct {
		asOf, heading string
		sessions      []string
	}{
		{"9999-Q1", "Sessions from 9999-Q1 to 9999-Q4", strList("plan 9999-Q1#5@US", "plan 9999-Q2#6@MX", "plan 9999-Q3#7@US", "plan 9999-Q4#8@MX")},
		{"9999-Q2", "Sessions from 9999-Q2 to 9999-Q4", strList("plan 9999-Q2#6@MX", "plan 9999-Q3#7@US", "plan 9999-Q4#8@MX")},
		{"9999-Q3", "Sessions from 9999-Q3 to 9999-Q4", strList("plan 9999-Q3#7@US", "plan 9999-Q4#8@MX")},
		{"9999-Q4", "Sessions from 9999-Q4 to 9999-Q4", strList("plan 9999-Q4#8@MX")},
	}
	for _, tt := range tests {
		p := a.Progress(qtr(tt.asOf))
		if diff := cmp.Diff(tt.sessions, viewSessions(p.Sessions)); diff != "" {
			t.Errorf("as of %s: Sessions mismatch (-want +got):\n%s", tt.asOf, diff)
		}
		titles, _ := tableBlocks(p.Table())
		if !slices.Contains(titles, tt.heading) {
			t.Errorf("as of %s: no table headed %q; the headings are %q", tt.asOf, tt.heading, titles)
		}
	}
}

// TestProgressAsOfNoQuarter checks reports and charts as of the zero
// Quarter, which means no quarter: statuses as the document records them,
// nothing due, overdue or blocked, no sessions, and no quarter named.
func TestProgressAsOfNoQuarter(t *testing.T) {
	var zero bilateral.Quarter
	for name, a := range ganttAgreements(t) {
		p := a.Progress(zero)
		if p.AsOf.IsValid() || len(p.Sessions) > 0 {
			t.Errorf("%s: the report as of no quarter is as of %s with %d sessions", name, p.AsOf, len(p.Sessions))
		}
		tallies := []*milestone.Tally{&p.All}
		for i := range p.Areas {
			tallies = append(tallies, &p.Areas[i].Tally)
			if len(p.Areas[i].Sessions) > 0 {
				t.Errorf("%s: area %s has sessions as of no quarter", name, p.Areas[i].Key)
			}
		}
		for _, tally := range tallies {
			if tally.AsOf.IsValid() || tally.Due != 0 || tally.DueMet != 0 || len(tally.Overdue) > 0 || len(tally.Blocked) > 0 {
				t.Errorf("%s: a tally as of no quarter: %+v", name, viewTally(tally))
			}
		}
		for _, d := range milestone.Statuses() {
			want := 0
			for _, m := range a.Milestones {
				if m.Status.OrDefault() == d.Value {
					want++
				}
			}
			if got := p.All.Count(d.Value); got != want {
				t.Errorf("%s: %d milestones %s as of no quarter, want the %d recorded", name, got, d.Value, want)
			}
		}

		report := p.Table()
		if strings.Contains(report, "invalid") {
			t.Errorf("%s: the report as of no quarter names an invalid quarter:\n%s", name, report)
		}
		titles, _ := tableBlocks(report)
		if first, _, _ := strings.Cut(report, "\n"); first != "Progress as of no quarter (the statuses recorded)" {
			t.Errorf("%s: the report as of no quarter starts %q", name, first)
		}
		for _, empty := range []string{"Due this quarter: none", "Coming up: none", "Sessions: none"} {
			if !strings.Contains(report, "\n"+empty+"\n") {
				t.Errorf("%s: the report as of no quarter lacks %q:\n%s", name, empty, report)
			}
		}
		if slices.ContainsFunc(titles, func(s string) bool {
			return strings.HasPrefix(s, "Sessions") || strings.HasPrefix(s, "Due this quarter") || strings.HasPrefix(s, "Coming up")
		}) {
			t.Errorf("%s: the report as of no quarter has sessions:\n%s", name, report)
		}

		chart := a.Gantt(zero)
		head, _, tasks := parseGantt(t, chart)
		if len(head) == 0 || !strings.HasPrefix(head[0], "title ") || strings.Contains(head[0], " as of ") || strings.Contains(chart, "invalid") {
			t.Errorf("%s: the chart as of no quarter is headed %q, want a title that names no quarter", name, head)
		}
		sched := a.Schedule()
		for _, task := range tasks {
			m, _ := sched.Lookup(task.Milestone)
			var want []string
			switch m.Status.OrDefault() {
			case milestone.Met:
				want = []string{"done"}
			case milestone.NotMet:
				want = []string{"crit"}
			case milestone.InProgress:
				want = []string{"active"}
			}
			if !slices.Equal(want, task.Tags) {
				t.Errorf("%s: as of no quarter, %s (%s) has tags %q, want %q", name, m.ID, m.Status.OrDefault(), task.Tags, want)
			}
		}
	}
}
