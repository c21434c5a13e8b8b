package agreement_test

import (
	"fmt"
	"iter"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
)

// qtr parses a canonical quarter such as "2024-Q3"; "" is the zero Quarter.
func qtr(s string) bilateral.Quarter {
	if s == "" {
		return bilateral.Quarter{}
	}
	return bilateral.MustParseQuarter(s)
}

// sessionsAgreement returns an agreement between the United States and
// Mexico, in that order, over 2024-Q1 to 2026-Q4, with the commitments cs.
func sessionsAgreement(cs ...agreement.Commitment) *agreement.Agreement {
	return &agreement.Agreement{
		ID:     "sessions",
		Kind:   agreement.ActionPlan,
		Title:  bilateral.PlainText("Sessions"),
		Status: agreement.InForce,
		Parties: []agreement.Party{
			{Code: "US", Name: bilateral.PlainText("United States"), Kind: agreement.State, FiscalCalendar: bilateral.USFederal},
			{Code: "MX", Name: bilateral.PlainText("Mexico"), Kind: agreement.State},
		},
		Term:        agreement.Term{Start: qtr("2024-Q1"), End: qtr("2026-Q4")},
		FocusAreas:  []focusarea.Area{{Key: focusarea.Trade}, {Key: focusarea.Security}, {Key: focusarea.Energy}},
		Commitments: cs,
	}
}

// cadencePlan is the commitment "plan" in the trade area whose implementation is
// a review session with the given cadence, start and end.
func cadencePlan(cadence agreement.Cadence, start, end string) agreement.Commitment {
	return agreement.Commitment{
		ID: "plan", Area: focusarea.Trade, Summary: bilateral.PlainText("A plan"),
		Implementation: agreement.Implementation{
			Mechanism: agreement.ReviewSession, Description: bilateral.PlainText("Review sessions"),
			Cadence: cadence, Start: qtr(start), End: qtr(end),
		},
	}
}

// withVenue returns c with the given venue and leads.
func withVenue(c agreement.Commitment, venue agreement.Venue, leads ...bilateral.PartyCode) agreement.Commitment {
	c.Implementation.Venue = venue
	c.Implementation.Leads = leads
	return c
}

// sessionKey writes a session as quarter#number@host, such as "2024-Q3#1@US"; the
// host is empty when the plan gives no venue.
func sessionKey(s agreement.Session) string {
	return fmt.Sprintf("%s#%d@%s", s.Quarter, s.Number, s.Host)
}

func sessionKeys(seq iter.Seq[agreement.Session]) []string {
	out := []string{}
	for s := range seq {
		out = append(out, sessionKey(s))
	}
	return out
}

func TestCadenceInterval(t *testing.T) {
	tests := []struct {
		cadence agreement.Cadence
		want    int
	}{
		{agreement.Once, 0},
		{agreement.Quarterly, 1},
		{agreement.Semiannual, 2},
		{agreement.Annual, 4},
		{agreement.Biennial, 8},
		{agreement.AsNeeded, 0},
		{"", 0},
		{"monthly", 0},
	}
	for _, tt := range tests {
		if got := tt.cadence.Interval(); got != tt.want {
			t.Errorf("Cadence(%q).Interval() = %d, want %d", tt.cadence, got, tt.want)
		}
	}
	// Every cadence that is defined is covered above.
	tested := make(map[agreement.Cadence]bool)
	for _, tt := range tests {
		tested[tt.cadence] = true
	}
	for _, d := range agreement.Cadences() {
		if !tested[d.Value] {
			t.Errorf("cadence %q is not tested", d.Value)
		}
	}
}

type occurrencesCase struct {
	name     string
	a        *agreement.Agreement // nil: sessionsAgreement(c)
	c        agreement.Commitment
	from, to string
	want     []string
}

func runOccurrences(t *testing.T, tests []occurrencesCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.a
			if a == nil {
				a = sessionsAgreement(tt.c)
			}
			got := sessionKeys(a.Occurrences(&tt.c, qtr(tt.from), qtr(tt.to)))
			want := tt.want
			if want == nil {
				want = []string{}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Occurrences(%s, %s) mismatch (-want +got):\n%s", tt.from, tt.to, diff)
			}
		})
	}
}

func TestOccurrencesCadences(t *testing.T) {
	runOccurrences(t, []occurrencesCase{
		{
			name: "once in the window",
			c:    cadencePlan(agreement.Once, "2024-Q3", ""),
			from: "2024-Q1", to: "2026-Q4",
			want: []string{"2024-Q3#1@"},
		},
		{
			name: "once, the window is the start quarter",
			c:    cadencePlan(agreement.Once, "2024-Q3", ""),
			from: "2024-Q3", to: "2024-Q3",
			want: []string{"2024-Q3#1@"},
		},
		{
			name: "once, the window starts after the start",
			c:    cadencePlan(agreement.Once, "2024-Q3", ""),
			from: "2024-Q4", to: "2026-Q4",
		},
		{
			name: "once, the window ends before the start",
			c:    cadencePlan(agreement.Once, "2024-Q3", ""),
			from: "2024-Q1", to: "2024-Q2",
		},
		{
			name: "once with an end",
			c:    cadencePlan(agreement.Once, "2025-Q1", "2026-Q2"),
			from: "2024-Q1", to: "2026-Q4",
			want: []string{"2025-Q1#1@"},
		},
		{
			name: "quarterly to the term's end",
			c:    cadencePlan(agreement.Quarterly, "2025-Q3", ""),
			from: "2024-Q1", to: "2026-Q4",
			want: []string{"2025-Q3#1@", "2025-Q4#2@", "2026-Q1#3@", "2026-Q2#4@", "2026-Q3#5@", "2026-Q4#6@"},
		},
		{
			name: "quarterly to the plan's end",
			c:    cadencePlan(agreement.Quarterly, "2024-Q1", "2024-Q4"),
			from: "2024-Q1", to: "2026-Q4",
			want: []string{"2024-Q1#1@", "2024-Q2#2@", "2024-Q3#3@", "2024-Q4#4@"},
		},
		{
			name: "quarterly, the plan ends in its start quarter",
			c:    cadencePlan(agreement.Quarterly, "2025-Q2", "2025-Q2"),
			from: "2024-Q1", to: "2026-Q4",
			want: []string{"2025-Q2#1@"},
		},
		{
			name: "semiannual",
			c:    cadencePlan(agreement.Semiannual, "2024-Q2", ""),
			from: "2024-Q1", to: "2026-Q4",
			want: []string{"2024-Q2#1@", "2024-Q4#2@", "2025-Q2#3@", "2025-Q4#4@", "2026-Q2#5@", "2026-Q4#6@"},
		},
		{
			name: "annual",
			c:    cadencePlan(agreement.Annual, "2024-Q3", ""),
			from: "2024-Q1", to: "2026-Q4",
			want: []string{"2024-Q3#1@", "2025-Q3#2@", "2026-Q3#3@"},
		},
		{
			name: "annual, the plan ends between sessions",
			c:    cadencePlan(agreement.Annual, "2024-Q1", "2025-Q3"),
			from: "2024-Q1", to: "2026-Q4",
			want: []string{"2024-Q1#1@", "2025-Q1#2@"},
		},
		{
			name: "biennial",
			c:    cadencePlan(agreement.Biennial, "2024-Q2", ""),
			from: "2024-Q1", to: "2026-Q4",
			want: []string{"2024-Q2#1@", "2026-Q2#2@"},
		},
		{
			name: "biennial, the plan ends before the second session",
			c:    cadencePlan(agreement.Biennial, "2024-Q2", "2026-Q1"),
			from: "2024-Q1", to: "2026-Q4",
			want: []string{"2024-Q2#1@"},
		},
		{
			name: "as needed",
			c:    cadencePlan(agreement.AsNeeded, "2024-Q1", ""),
			from: "2024-Q1", to: "2026-Q4",
		},
		{
			name: "unknown cadence",
			c:    cadencePlan("monthly", "2024-Q1", ""),
			from: "2024-Q1", to: "2026-Q4",
		},
		{
			name: "no cadence",
			c:    cadencePlan("", "2024-Q1", ""),
			from: "2024-Q1", to: "2026-Q4",
		},
	})
}

func TestOccurrencesWindows(t *testing.T) {
	noTerm := sessionsAgreement()
	noTerm.Term = agreement.Term{}
	runOccurrences(t, []occurrencesCase{
		{
			name: "the window starts after the plan: numbers count from the start",
			c:    cadencePlan(agreement.Quarterly, "2024-Q1", ""),
			from: "2025-Q2", to: "2025-Q4",
			want: []string{"2025-Q2#6@", "2025-Q3#7@", "2025-Q4#8@"},
		},
		{
			name: "the window starts between two semiannual sessions",
			c:    cadencePlan(agreement.Semiannual, "2024-Q1", ""),
			from: "2024-Q2", to: "2025-Q1",
			want: []string{"2024-Q3#2@", "2025-Q1#3@"},
		},
		{
			name: "the window starts just after an annual session",
			c:    cadencePlan(agreement.Annual, "2024-Q2", ""),
			from: "2024-Q3", to: "2026-Q4",
			want: []string{"2025-Q2#2@", "2026-Q2#3@"},
		},
		{
			name: "the window starts on a biennial session",
			c:    cadencePlan(agreement.Biennial, "2024-Q2", ""),
			from: "2026-Q2", to: "2026-Q4",
			want: []string{"2026-Q2#2@"},
		},
		{
			name: "the window starts before the plan",
			c:    cadencePlan(agreement.Semiannual, "2024-Q3", ""),
			from: "2024-Q1", to: "2025-Q1",
			want: []string{"2024-Q3#1@", "2025-Q1#2@"},
		},
		{
			name: "the window ends before the plan starts",
			c:    cadencePlan(agreement.Quarterly, "2025-Q1", ""),
			from: "2024-Q1", to: "2024-Q4",
		},
		{
			name: "the window starts after the plan's end",
			c:    cadencePlan(agreement.Quarterly, "2024-Q1", "2024-Q4"),
			from: "2025-Q1", to: "2026-Q4",
		},
		{
			name: "across a year boundary",
			c:    cadencePlan(agreement.Quarterly, "2024-Q1", ""),
			from: "2024-Q4", to: "2025-Q1",
			want: []string{"2024-Q4#4@", "2025-Q1#5@"},
		},
		{
			name: "across a year boundary, semiannual",
			c:    cadencePlan(agreement.Semiannual, "2024-Q2", ""),
			from: "2024-Q4", to: "2025-Q1",
			want: []string{"2024-Q4#2@"},
		},
		{
			name: "the window runs past the term's end",
			c:    cadencePlan(agreement.Quarterly, "2026-Q3", ""),
			from: "2026-Q3", to: "2027-Q4",
			want: []string{"2026-Q3#1@", "2026-Q4#2@"},
		},
		{
			name: "the window ends before the plan's end",
			c:    cadencePlan(agreement.Quarterly, "2024-Q1", "2025-Q4"),
			from: "2024-Q1", to: "2024-Q2",
			want: []string{"2024-Q1#1@", "2024-Q2#2@"},
		},
		{
			name: "an agreement without a term: the window bounds the plan",
			a:    noTerm,
			c:    cadencePlan(agreement.Annual, "2024-Q1", ""),
			from: "2024-Q1", to: "2026-Q1",
			want: []string{"2024-Q1#1@", "2025-Q1#2@", "2026-Q1#3@"},
		},
		{
			name: "empty window: to before from",
			c:    cadencePlan(agreement.Quarterly, "2024-Q1", ""),
			from: "2025-Q1", to: "2024-Q4",
		},
		{
			name: "empty window at the start: to before from",
			c:    cadencePlan(agreement.Once, "2024-Q1", ""),
			from: "2024-Q2", to: "2024-Q1",
		},
		{
			name: "zero from",
			c:    cadencePlan(agreement.Quarterly, "2024-Q1", ""),
			from: "", to: "2026-Q4",
		},
		{
			name: "zero to",
			c:    cadencePlan(agreement.Quarterly, "2024-Q1", ""),
			from: "2024-Q1", to: "",
		},
		{
			name: "zero start",
			c:    cadencePlan(agreement.Quarterly, "", ""),
			from: "2024-Q1", to: "2026-Q4",
		},
		{
			name: "zero start, once",
			c:    cadencePlan(agreement.Once, "", ""),
			from: "2024-Q1", to: "2026-Q4",
		},
	})
}

func TestOccurrencesHosts(t *testing.T) {
	mxFirst := sessionsAgreement()
	mxFirst.Parties[0], mxFirst.Parties[1] = mxFirst.Parties[1], mxFirst.Parties[0]
	quarterly := cadencePlan(agreement.Quarterly, "2024-Q1", "2024-Q4")
	runOccurrences(t, []occurrencesCase{
		{
			name: "a party venue hosts every session",
			c:    withVenue(quarterly, "MX"),
			from: "2024-Q1", to: "2026-Q4",
			want: []string{"2024-Q1#1@MX", "2024-Q2#2@MX", "2024-Q3#3@MX", "2024-Q4#4@MX"},
		},
		{
			name: "a party venue whatever the leads",
			c:    withVenue(quarterly, "US", "MX"),
			from: "2024-Q2", to: "2024-Q3",
			want: []string{"2024-Q2#2@US", "2024-Q3#3@US"},
		},
		{
			name: "alternating from the first lead",
			c:    withVenue(quarterly, agreement.Alternating, "MX", "US"),
			from: "2024-Q1", to: "2026-Q4",
			want: []string{"2024-Q1#1@MX", "2024-Q2#2@US", "2024-Q3#3@MX", "2024-Q4#4@US"},
		},
		{
			name: "alternating from the only lead",
			c:    withVenue(quarterly, agreement.Alternating, "US"),
			from: "2024-Q1", to: "2026-Q4",
			want: []string{"2024-Q1#1@US", "2024-Q2#2@MX", "2024-Q3#3@US", "2024-Q4#4@MX"},
		},
		{
			name: "alternating from the second party when it leads",
			c:    withVenue(quarterly, agreement.Alternating, "MX"),
			from: "2024-Q1", to: "2026-Q4",
			want: []string{"2024-Q1#1@MX", "2024-Q2#2@US", "2024-Q3#3@MX", "2024-Q4#4@US"},
		},
		{
			name: "alternating without leads: from the first party",
			c:    withVenue(quarterly, agreement.Alternating),
			from: "2024-Q1", to: "2026-Q4",
			want: []string{"2024-Q1#1@US", "2024-Q2#2@MX", "2024-Q3#3@US", "2024-Q4#4@MX"},
		},
		{
			name: "alternating without leads, the other party first",
			a:    mxFirst,
			c:    withVenue(quarterly, agreement.Alternating),
			from: "2024-Q1", to: "2026-Q4",
			want: []string{"2024-Q1#1@MX", "2024-Q2#2@US", "2024-Q3#3@MX", "2024-Q4#4@US"},
		},
		{
			name: "alternating, the window starts on an even session",
			c:    withVenue(quarterly, agreement.Alternating, "MX"),
			from: "2024-Q2", to: "2024-Q4",
			want: []string{"2024-Q2#2@US", "2024-Q3#3@MX", "2024-Q4#4@US"},
		},
		{
			name: "alternating, the window starts mid-way between semiannual sessions",
			c:    withVenue(cadencePlan(agreement.Semiannual, "2024-Q1", ""), agreement.Alternating, "US"),
			from: "2024-Q2", to: "2025-Q4",
			want: []string{"2024-Q3#2@MX", "2025-Q1#3@US", "2025-Q3#4@MX"},
		},
		{
			name: "alternating annual summit across years",
			c:    withVenue(cadencePlan(agreement.Annual, "2024-Q4", ""), agreement.Alternating),
			from: "2025-Q1", to: "2026-Q4",
			want: []string{"2025-Q4#2@MX", "2026-Q4#3@US"},
		},
		{
			name: "alternating once: the first lead hosts",
			c:    withVenue(cadencePlan(agreement.Once, "2025-Q1", ""), agreement.Alternating, "MX"),
			from: "2024-Q1", to: "2026-Q4",
			want: []string{"2025-Q1#1@MX"},
		},
		{
			name: "no venue: no host, whatever the leads",
			c:    withVenue(quarterly, "", "US", "MX"),
			from: "2024-Q3", to: "2026-Q4",
			want: []string{"2024-Q3#3@", "2024-Q4#4@"},
		},
	})
}

// TestOccurrencesFields checks the fields a session takes from its
// commitment.
func TestOccurrencesFields(t *testing.T) {
	c := agreement.Commitment{
		ID: "energy-summit", Area: focusarea.Energy, Summary: bilateral.PlainText("Summits"),
		Implementation: agreement.Implementation{
			Mechanism: agreement.Summit, Description: bilateral.PlainText("Summits"),
			Cadence: agreement.Annual, Start: qtr("2024-Q2"), Venue: agreement.Alternating, Leads: []bilateral.PartyCode{"MX"},
		},
	}
	a := sessionsAgreement(c)
	got := slices.Collect(a.Occurrences(&a.Commitments[0], qtr("2025-Q1"), qtr("2026-Q4")))
	want := []agreement.Session{
		{Commitment: "energy-summit", Area: focusarea.Energy, Mechanism: agreement.Summit, Quarter: qtr("2025-Q2"), Number: 2, Host: "US"},
		{Commitment: "energy-summit", Area: focusarea.Energy, Mechanism: agreement.Summit, Quarter: qtr("2026-Q2"), Number: 3, Host: "MX"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Occurrences mismatch (-want +got):\n%s", diff)
	}
}

// sessionsCommitments are three plans whose ids do not sort in their order
// in the agreement, and one that never meets.
func sessionsCommitments() []agreement.Commitment {
	return []agreement.Commitment{
		withVenue(agreement.Commitment{
			ID: "zeta-summit", Area: focusarea.Security, Summary: bilateral.PlainText("Summits"),
			Implementation: agreement.Implementation{
				Mechanism: agreement.Summit, Description: bilateral.PlainText("Annual summits"),
				Cadence: agreement.Annual, Start: qtr("2024-Q2"),
			},
		}, agreement.Alternating, "MX"),
		withVenue(agreement.Commitment{
			ID: "alpha-review", Area: focusarea.Trade, Summary: bilateral.PlainText("Reviews"),
			Implementation: agreement.Implementation{
				Mechanism: agreement.ReviewSession, Description: bilateral.PlainText("Quarterly reviews"),
				Cadence: agreement.Quarterly, Start: qtr("2024-Q1"), End: qtr("2025-Q2"),
			},
		}, "US"),
		{
			ID: "energy-consultations", Area: focusarea.Energy, Summary: bilateral.PlainText("Consultations"),
			Implementation: agreement.Implementation{
				Mechanism: agreement.Consultation, Description: bilateral.PlainText("When asked"),
				Cadence: agreement.AsNeeded, Start: qtr("2024-Q1"),
			},
		},
		{
			ID: "mid-protocol", Area: focusarea.Energy, Summary: bilateral.PlainText("A protocol"),
			Implementation: agreement.Implementation{
				Mechanism: agreement.Protocol, Description: bilateral.PlainText("A protocol"),
				Cadence: agreement.Once, Start: qtr("2024-Q2"),
			},
		},
	}
}

func TestSessions(t *testing.T) {
	a := sessionsAgreement(sessionsCommitments()...)
	sess := func(id string, q string, n int, host bilateral.PartyCode) string {
		return fmt.Sprintf("%s %s#%d@%s", id, q, n, host)
	}
	collect := func(from, to string) []string {
		out := []string{}
		for s := range a.Sessions(qtr(from), qtr(to)) {
			out = append(out, fmt.Sprintf("%s %s", s.Commitment, sessionKey(s)))
		}
		return out
	}
	tests := []struct {
		name     string
		from, to string
		want     []string
	}{
		{
			name: "by quarter, then in the order of the commitments",
			from: "2024-Q1", to: "2024-Q4",
			want: []string{
				sess("alpha-review", "2024-Q1", 1, "US"),
				sess("zeta-summit", "2024-Q2", 1, "MX"),
				sess("alpha-review", "2024-Q2", 2, "US"),
				sess("mid-protocol", "2024-Q2", 1, ""),
				sess("alpha-review", "2024-Q3", 3, "US"),
				sess("alpha-review", "2024-Q4", 4, "US"),
			},
		},
		{
			name: "across a year boundary, mid-way",
			from: "2024-Q4", to: "2025-Q2",
			want: []string{
				sess("alpha-review", "2024-Q4", 4, "US"),
				sess("alpha-review", "2025-Q1", 5, "US"),
				sess("zeta-summit", "2025-Q2", 2, "US"),
				sess("alpha-review", "2025-Q2", 6, "US"),
			},
		},
		{
			name: "after the review plan ends",
			from: "2025-Q3", to: "2026-Q4",
			want: []string{
				sess("zeta-summit", "2026-Q2", 3, "MX"),
			},
		},
		{
			name: "one quarter",
			from: "2025-Q2", to: "2025-Q2",
			want: []string{
				sess("zeta-summit", "2025-Q2", 2, "US"),
				sess("alpha-review", "2025-Q2", 6, "US"),
			},
		},
		{name: "to before from", from: "2025-Q2", to: "2024-Q1", want: []string{}},
		{name: "zero from", from: "", to: "2026-Q4", want: []string{}},
		{name: "zero to", from: "2024-Q1", to: "", want: []string{}},
		{name: "before the term", from: "2022-Q1", to: "2023-Q4", want: []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, collect(tt.from, tt.to)); diff != "" {
				t.Errorf("Sessions(%s, %s) mismatch (-want +got):\n%s", tt.from, tt.to, diff)
			}
		})
	}
}

// TestSessionsMergesOccurrences checks Sessions against the occurrences of
// each commitment, merged by quarter, then commitment order, over many
// windows.
func TestSessionsMergesOccurrences(t *testing.T) {
	a := sessionsAgreement(sessionsCommitments()...)
	first, last := qtr("2023-Q3"), qtr("2027-Q2")
	for from := range bilateral.Quarters(first, last) {
		for to := range bilateral.Quarters(from.Add(-1), last) {
			var want []agreement.Session
			for i := range a.Commitments {
				want = append(want, slices.Collect(a.Occurrences(&a.Commitments[i], from, to))...)
			}
			// A stable sort keeps the commitments' order within a quarter.
			slices.SortStableFunc(want, func(x, y agreement.Session) int { return x.Quarter.Compare(y.Quarter) })
			got := slices.Collect(a.Sessions(from, to))
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("Sessions(%s, %s) differs from the merged occurrences (-want +got):\n%s", from, to, diff)
			}
		}
	}
}

func TestOccurrencesEarlyBreak(t *testing.T) {
	a := sessionsAgreement(withVenue(cadencePlan(agreement.Quarterly, "2024-Q1", ""), agreement.Alternating))
	seq := a.Occurrences(&a.Commitments[0], a.Term.Start, a.Term.End)

	var got []string
	for s := range seq {
		got = append(got, sessionKey(s))
		if len(got) == 2 {
			break
		}
	}
	if diff := cmp.Diff([]string{"2024-Q1#1@US", "2024-Q2#2@MX"}, got); diff != "" {
		t.Errorf("Occurrences with a break mismatch (-want +got):\n%s", diff)
	}

	// Called directly, the iterator stops at the first false.
	calls := 0
	seq(func(agreement.Session) bool { calls++; return false })
	if calls != 1 {
		t.Errorf("Occurrences called yield %d times after it returned false, want 1", calls)
	}
}

func TestSessionsEarlyBreak(t *testing.T) {
	a := sessionsAgreement(sessionsCommitments()...)
	seq := a.Sessions(qtr("2024-Q1"), qtr("2026-Q4"))
	// Stop within a quarter that has three sessions, and at each session of
	// the window.
	all := slices.Collect(seq)
	for stop := 1; stop <= len(all); stop++ {
		var got []agreement.Session
		for s := range seq {
			got = append(got, s)
			if len(got) == stop {
				break
			}
		}
		if diff := cmp.Diff(all[:stop], got); diff != "" {
			t.Errorf("Sessions with a break after %d mismatch (-want +got):\n%s", stop, diff)
		}
		calls := 0
		seq(func(agreement.Session) bool { calls++; return calls < stop })
		if calls != stop {
			t.Errorf("Sessions called yield %d times, want it to stop at %d", calls, stop)
		}
	}
}
