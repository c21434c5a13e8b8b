package agreement_test

import (
	"strconv"
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// progressBenchAreas are the eight focus areas of progressBenchAgreement.
var progressBenchAreas = []focusarea.Key{
	focusarea.Trade, focusarea.Security, focusarea.Environment, focusarea.Energy,
	focusarea.Culture, focusarea.BorderManagement, focusarea.Cybersecurity, focusarea.Water,
}

// progressBenchTerm is the length in quarters of progressBenchAgreement's
// term: a century, from 2001-Q1.
const progressBenchTerm = 400

// progressBenchAgreement returns a valid agreement with n milestones spread
// in order over a term of 400 quarters and eight focus areas, each
// depending on the milestone eight before it, which is in the same area:
// eight dependency chains. Before the middle of the term most are met, some
// late, some only in part, some not; after it most are scheduled, some in
// progress, deferred or cancelled. One in seven has been rescheduled by a
// quarter. Four commitments recur quarterly, semiannually, annually and
// biennially.
func progressBenchAgreement(n int) *agreement.Agreement {
	start := bilateral.QuarterFrom(2001, 1)
	text := bilateral.PlainText
	a := &agreement.Agreement{
		ID:     "progress-bench",
		Kind:   agreement.ActionPlan,
		Title:  text("A long plan"),
		Status: agreement.InForce,
		Parties: []agreement.Party{
			{Code: "US", Name: text("United States"), Kind: agreement.State, FiscalCalendar: bilateral.USFederal},
			{Code: "MX", Name: text("Mexico"), Kind: agreement.State},
		},
		Term:       agreement.Term{Start: start, End: start.Add(progressBenchTerm - 1)},
		Milestones: make([]milestone.Milestone, n),
	}
	for _, k := range progressBenchAreas {
		a.FocusAreas = append(a.FocusAreas, focusarea.Area{Key: k})
	}
	cadences := []agreement.Cadence{agreement.Quarterly, agreement.Semiannual, agreement.Annual, agreement.Biennial}
	for i, c := range cadences {
		a.Commitments = append(a.Commitments, agreement.Commitment{
			ID: bilateral.ID("plan-" + strconv.Itoa(i)), Area: progressBenchAreas[i], Summary: text("A plan"),
			Implementation: agreement.Implementation{
				Mechanism: agreement.WorkingGroup, Description: text("A working group"),
				Cadence: c, Start: start.Add(i), Venue: agreement.Alternating,
			},
		})
	}
	middle := start.Add(progressBenchTerm / 2)
	title := text("A step")
	for i := range a.Milestones {
		m := &a.Milestones[i]
		m.ID = bilateral.ID("m-" + strconv.Itoa(i))
		m.Quarter = start.Add(i * progressBenchTerm / n)
		m.Area = progressBenchAreas[i%len(progressBenchAreas)]
		m.Title = title
		if i >= len(progressBenchAreas) {
			m.DependsOn = []bilateral.ID{a.Milestones[i-len(progressBenchAreas)].ID}
		}
		if i%7 == 3 && m.Quarter.After(start) {
			m.OriginalQuarter = m.Quarter.Prev()
		}
		if m.Quarter.Before(middle) {
			switch i % 10 {
			case 0, 1, 2, 3, 4, 5:
				m.Status, m.MetIn = milestone.Met, m.Quarter
			case 6:
				m.Status, m.MetIn = milestone.Met, m.Quarter.Add(3) // late
			case 7:
				m.Status, m.MetIn = milestone.PartiallyMet, m.Quarter
			case 8:
				m.Status = milestone.NotMet
			}
		} else {
			switch i % 10 {
			case 0:
				m.Status = milestone.InProgress
			case 1:
				m.Status = milestone.Deferred
			case 2:
				m.Status = milestone.Cancelled
			}
		}
	}
	return a
}

func TestProgressBenchAgreementIsValid(t *testing.T) {
	a := progressBenchAgreement(1000)
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	p := a.Progress(a.Term.Start.Add(progressBenchTerm / 2))
	if p.All.Total != 1000 || len(p.All.Overdue) == 0 || len(p.All.Blocked) == 0 || len(p.All.Slipped) == 0 ||
		len(p.Sessions) == 0 || p.All.Count(milestone.Met) == 0 || len(p.Areas) != len(progressBenchAreas) {
		t.Errorf("the benchmark's agreement lacks variety: %d milestones, %d overdue, %d blocked, %d slipped, %d met, %d sessions, %d areas",
			p.All.Total, len(p.All.Overdue), len(p.All.Blocked), len(p.All.Slipped), p.All.Count(milestone.Met), len(p.Sessions), len(p.Areas))
	}
}

// BenchmarkProgress measures a report as of the middle of a long term. The
// work grows linearly with the number of milestones, but the time a little
// faster: at n=100000 the document and the schedule's map of ids no longer
// fit in the processor's caches, so n=100000 takes twelve to fourteen times
// as long as n=10000, not ten. The milestones of a quarter are listed out
// of id order, as documents list them.
func BenchmarkProgress(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			a := progressBenchAgreement(n)
			asOf := a.Term.Start.Add(progressBenchTerm / 2)
			b.ReportAllocs()
			for b.Loop() {
				if p := a.Progress(asOf); p.All.Total != n {
					b.Fatalf("Progress counted %d milestones, want %d", p.All.Total, n)
				}
			}
		})
	}
}

// BenchmarkProgressFrom measures Progress from a kept schedule, which
// makes reports as of several quarters cheaper than Progress, which makes
// the schedule each time.
func BenchmarkProgressFrom(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			a := progressBenchAgreement(n)
			s := a.Schedule()
			asOf := a.Term.Start.Add(progressBenchTerm / 2)
			b.ReportAllocs()
			for b.Loop() {
				if p := a.ProgressFrom(s, asOf); p.All.Total != n {
					b.Fatalf("ProgressFrom counted %d milestones, want %d", p.All.Total, n)
				}
			}
		})
	}
}
