package agreement_test

import (
	"fmt"
	"runtime"
	"strconv"
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/internal/race"
	"github.com/bilateral-go/bilateral/milestone"
)

// wideLanguages are the languages of wideAgreement: every text has each.
var wideLanguages = []bilateral.LanguageTag{"en", "es", "fr", "pt"}

// wideAsOf is the quarter of the reports on wideAgreement, in the middle
// of its term.
var wideAsOf = bilateral.QuarterFrom(2025, 3)

// wideAgreement returns a valid agreement in four languages with n focus
// areas, each with one commitment that meets quarterly (so four sessions
// of each area fall in the coming year) and four milestones: one met, one
// overdue, one in progress and rescheduled, and one still to come that
// waits for the overdue one. The milestones are listed by quarter, then
// id, as documents list them. Reports on it are as large as the document:
// a row and a session list for every area, and every area's milestones
// listed as overdue, blocked or rescheduled.
func wideAgreement(n int) *agreement.Agreement {
	text := func(s string) bilateral.Text {
		m := make(map[string]string, len(wideLanguages))
		for _, l := range wideLanguages {
			m[string(l)] = s + " (" + string(l) + ")"
		}
		return bilateral.Translated(m)
	}
	start := bilateral.QuarterFrom(2024, 1)
	a := &agreement.Agreement{
		ID:        "wide",
		Kind:      agreement.ActionPlan,
		Title:     text("A wide plan"),
		Languages: wideLanguages,
		Status:    agreement.InForce,
		Parties: []agreement.Party{
			{Code: "US", Name: text("United States"), Kind: agreement.State, FiscalCalendar: bilateral.USFederal},
			{Code: "MX", Name: text("Mexico"), Kind: agreement.State},
		},
		Term:        agreement.Term{Start: start, End: start.Add(15)},
		FocusAreas:  make([]focusarea.Area, n),
		Commitments: make([]agreement.Commitment, n),
		Milestones:  make([]milestone.Milestone, 4*n),
	}
	id := func(i, k int) bilateral.ID { return bilateral.ID(fmt.Sprintf("m-%d-%06d", k, i)) }
	for i := range n {
		key := focusarea.Key("area-" + strconv.Itoa(i))
		a.FocusAreas[i] = focusarea.Area{Key: key, Title: text("Area " + strconv.Itoa(i))}
		a.Commitments[i] = agreement.Commitment{
			ID: bilateral.ID("plan-" + strconv.Itoa(i)), Area: key, Summary: text("A plan"),
			Implementation: agreement.Implementation{
				Mechanism: agreement.WorkingGroup, Description: text("A working group"),
				Cadence: agreement.Quarterly, Start: start, Venue: agreement.Alternating,
			},
		}
		a.Milestones[i] = milestone.Milestone{ID: id(i, 0), Quarter: start.Add(1), Area: key, Title: text("Done"),
			Status: milestone.Met, MetIn: start.Add(1)}
		a.Milestones[n+i] = milestone.Milestone{ID: id(i, 1), Quarter: start.Add(4), Area: key, Title: text("Late")}
		a.Milestones[2*n+i] = milestone.Milestone{ID: id(i, 2), Quarter: start.Add(7), OriginalQuarter: start.Add(5), Area: key,
			Title: text("Moved"), Status: milestone.InProgress}
		a.Milestones[3*n+i] = milestone.Milestone{ID: id(i, 3), Quarter: start.Add(10), Area: key, Title: text("Later"),
			DependsOn: []bilateral.ID{id(i, 1)}}
	}
	return a
}

func TestWideAgreementIsValid(t *testing.T) {
	a := wideAgreement(50)
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	p := a.Progress(wideAsOf)
	if len(p.Areas) != 50 || len(p.All.Overdue) != 50 || len(p.All.Blocked) != 50 || len(p.All.Slipped) != 50 ||
		len(p.Sessions) != 4*50 || len(p.Areas[49].Sessions) != 4 {
		t.Errorf("the report lacks variety: %d areas, %d overdue, %d blocked, %d slipped, %d sessions",
			len(p.Areas), len(p.All.Overdue), len(p.All.Blocked), len(p.All.Slipped), len(p.Sessions))
	}
}

// TestReportsAllocateInProportion checks that the reports allocate in
// proportion to the agreement: on an agreement with ten times as many focus
// areas, commitments, sessions and milestones, each report allocates at
// most about ten times as often, and ten times as many bytes, give or take
// the doubling of the buffers that hold its text. BenchmarkReportsWide
// shows the time.
func TestReportsAllocateInProportion(t *testing.T) {
	if race.Enabled {
		t.Skip("one goroutine over many inputs: the run without -race checks it")
	}
	const n = 100
	small, large := wideAgreement(n), wideAgreement(10*n)
	reports := []struct {
		name string
		run  func(a *agreement.Agreement, p *agreement.Progress)
	}{
		{"Progress", func(a *agreement.Agreement, _ *agreement.Progress) { sinkProgress = a.Progress(wideAsOf) }},
		{"Table", func(_ *agreement.Agreement, p *agreement.Progress) { sinkString = p.Table() }},
		{"Gantt", func(a *agreement.Agreement, _ *agreement.Progress) { sinkString = a.Gantt(wideAsOf) }},
	}
	for _, r := range reports {
		cost := func(a *agreement.Agreement) (allocs, bytes float64) {
			p := a.Progress(wideAsOf)
			allocs = testing.AllocsPerRun(5, func() { r.run(a, p) })
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			const runs = 5
			for range runs {
				r.run(a, p)
			}
			runtime.ReadMemStats(&after)
			return allocs, float64(after.TotalAlloc-before.TotalAlloc) / runs
		}
		allocs, bytes := cost(small)
		allocs10, bytes10 := cost(large)
		if allocs10 > 11*allocs+100 {
			t.Errorf("%s allocates %.0f times for %d focus areas, %.0f for %d: more than ten times as often", r.name, allocs, n, allocs10, 10*n)
		}
		// The text of a report grows in a strings.Builder, which doubles
		// its buffer: for ten times the text, up to twenty times the bytes.
		if bytes10 > 20*bytes {
			t.Errorf("%s allocates %.0f bytes for %d focus areas, %.0f for %d: more than twenty times as many", r.name, bytes, n, bytes10, 10*n)
		}
		t.Logf("%s: %.0f allocations and %.0f bytes for %d focus areas; %.0f and %.0f for %d", r.name, allocs, bytes, n, allocs10, bytes10, 10*n)
	}
}

// BenchmarkReportsWide measures the reports on agreements with many focus
// areas, each with its commitment, sessions and milestones, at two sizes
// ten times apart. Each report does ten times the work on the larger, and
// allocates ten times as many bytes (TestReportsAllocateInProportion), but
// takes ten to twenty times as long: the larger agreement (64000
// milestones) and the maps of its ids and keys no longer fit in the
// processor's caches. A report that scanned the areas for each area, as
// they once did, takes more than fifty times as long.
func BenchmarkReportsWide(b *testing.B) {
	for _, n := range []int{1600, 16000} {
		a := wideAgreement(n)
		p := a.Progress(wideAsOf)
		size := "areas=" + strconv.Itoa(n)
		b.Run("Progress/"+size, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkProgress = a.Progress(wideAsOf)
			}
		})
		b.Run("Table/"+size, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkString = p.Table()
			}
		})
		b.Run("Gantt/"+size, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkString = a.Gantt(wideAsOf)
			}
		})
	}
}

var (
	sinkProgress *agreement.Progress
	sinkString   string
)
