package milestone_test

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/milestone"
)

var q = bilateral.MustParseQuarter

func TestOverdue(t *testing.T) {
	tests := []struct {
		quarter string
		status  milestone.Status
		asOf    string
		want    bool
	}{
		{"2024-Q3", "", "2024-Q4", true}, // empty is scheduled
		{"2024-Q3", milestone.Scheduled, "2024-Q4", true},
		{"2024-Q3", milestone.InProgress, "2025-Q1", true},
		{"2024-Q3", milestone.Scheduled, "2024-Q3", false}, // due this quarter: not yet overdue
		{"2024-Q3", milestone.Scheduled, "2024-Q2", false},
		{"2024-Q4", milestone.Scheduled, "2025-Q1", true}, // across a year boundary
		{"2024-Q3", milestone.Met, "2025-Q1", false},
		{"2024-Q3", milestone.PartiallyMet, "2025-Q1", false},
		{"2024-Q3", milestone.NotMet, "2025-Q1", false},
		{"2024-Q3", milestone.Deferred, "2025-Q1", false},
		{"2024-Q3", milestone.Cancelled, "2025-Q1", false},
	}
	for _, tt := range tests {
		m := milestone.Milestone{Quarter: q(tt.quarter), Status: tt.status}
		if got := m.Overdue(q(tt.asOf)); got != tt.want {
			t.Errorf("milestone due %s, %q: Overdue(%s) = %v, want %v", tt.quarter, tt.status, tt.asOf, got, tt.want)
		}
	}
	if (&milestone.Milestone{}).Overdue(q("2025-Q1")) {
		t.Error("a milestone with no quarter is overdue")
	}
	if (&milestone.Milestone{Quarter: q("2024-Q1")}).Overdue(bilateral.Quarter{}) {
		t.Error("a milestone is overdue as of the zero Quarter")
	}
}

func TestSlip(t *testing.T) {
	tests := []struct {
		original, quarter string
		want              int
	}{
		{"", "2025-Q1", 0},
		{"2024-Q3", "2025-Q1", 2},
		{"2024-Q4", "2025-Q1", 1},
		{"2025-Q2", "2025-Q1", -1}, // brought forward
		{"2020-Q1", "2025-Q1", 20},
	}
	for _, tt := range tests {
		m := milestone.Milestone{Quarter: q(tt.quarter)}
		if tt.original != "" {
			m.OriginalQuarter = q(tt.original)
		}
		if got := m.Slip(); got != tt.want {
			t.Errorf("Slip from %q to %s = %d, want %d", tt.original, tt.quarter, got, tt.want)
		}
	}
}

func TestStatus(t *testing.T) {
	for _, d := range milestone.Statuses() {
		s := d.Value
		if !s.IsValid() {
			t.Errorf("%q is not valid", s)
		}
		open := s == milestone.Scheduled || s == milestone.InProgress
		if s.Open() != open {
			t.Errorf("%q.Open() = %v, want %v", s, s.Open(), open)
		}
		achieved := s == milestone.Met || s == milestone.PartiallyMet
		if s.Achieved() != achieved {
			t.Errorf("%q.Achieved() = %v, want %v", s, s.Achieved(), achieved)
		}
		if s.OrDefault() != s {
			t.Errorf("%q.OrDefault() = %q", s, s.OrDefault())
		}
	}
	var empty milestone.Status
	if !empty.IsValid() || empty.OrDefault() != milestone.Scheduled || !empty.Open() || empty.Achieved() {
		t.Error("the empty Status does not behave as scheduled")
	}
	if milestone.Status("done").IsValid() {
		t.Error(`"done" is a valid Status`)
	}
	var s milestone.Status
	if err := s.UnmarshalText([]byte("done")); !errors.Is(err, bilateral.ErrSyntax) || s != "" {
		t.Errorf("UnmarshalText(done) = %v, set %q; want ErrSyntax and no change", err, s)
	}
	if err := s.UnmarshalText([]byte("partially-met")); err != nil || s != milestone.PartiallyMet {
		t.Errorf("UnmarshalText(partially-met) = %v, %q", err, s)
	}
}

func TestSchedule(t *testing.T) {
	ms := []milestone.Milestone{
		{ID: "c", Quarter: q("2025-Q1")},
		{ID: "b", Quarter: q("2024-Q4")},
		{ID: "a", Quarter: q("2025-Q1")},
		{ID: "b", Quarter: q("2026-Q1")}, // a repeated id: Lookup finds the first
		{ID: "d"},                        // no quarter: first in order
	}
	s := milestone.NewSchedule(ms)
	if s.Len() != 5 {
		t.Errorf("Len() = %d, want 5", s.Len())
	}
	var order []string
	for m := range s.All() {
		order = append(order, string(m.ID)+"@"+m.Quarter.String())
	}
	want := []string{"d@invalid Quarter", "b@2024-Q4", "a@2025-Q1", "c@2025-Q1", "b@2026-Q1"}
	if diff := cmp.Diff(want, order); diff != "" {
		t.Errorf("All() order mismatch (-want +got):\n%s", diff)
	}
	if m, ok := s.Lookup("b"); !ok || m.Quarter != q("2024-Q4") {
		t.Errorf("Lookup(b) = %v, %v; want the first b", m, ok)
	}
	if _, ok := s.Lookup("z"); ok {
		t.Error("Lookup(z) found a milestone")
	}
	// Stopping early stops.
	n := 0
	for range s.All() {
		n++
		break
	}
	if n != 1 {
		t.Errorf("All() went on after break: %d", n)
	}
	// The input order does not matter.
	rev := slices.Clone(ms)
	slices.Reverse(rev)
	var order2 []string
	for m := range milestone.NewSchedule(rev).All() {
		order2 = append(order2, string(m.ID)+"@"+m.Quarter.String())
	}
	if diff := cmp.Diff(want, order2); diff != "" {
		t.Errorf("All() of the reversed input mismatch (-want +got):\n%s", diff)
	}
	if empty := milestone.NewSchedule(nil); empty.Len() != 0 {
		t.Error("the schedule of nothing is not empty")
	}
}

// indexOf and the table of statuses agree: each status is at its place.
func TestStatusTitlesFollowTheTable(t *testing.T) {
	for _, d := range milestone.Statuses() {
		if d.Value.Title() != d.Title.String() {
			t.Errorf("%s.Title() = %q, want %q", d.Value, d.Value.Title(), d.Title.String())
		}
	}
	if milestone.Status("").Title() != "Scheduled" || milestone.Status("done").Title() != "done" {
		t.Error("the empty or an unknown Status has the wrong title")
	}
}

// TestScheduleOrder checks schedules made from lists in schedule order, in
// quarter order only, and in no order, with repeated ids within and across
// quarters: the order against a stable sort by quarter, then id; that
// Lookup finds the first milestone with an id; and that the queries that
// follow dependencies by position agree with those that look them up by id.
func TestScheduleOrder(t *testing.T) {
	deps := func(ids ...bilateral.ID) []bilateral.ID { return ids }
	base := []milestone.Milestone{
		{ID: "d", DependsOn: deps("ghost")},
		{ID: "a", Quarter: q("2024-Q3"), Status: milestone.Met, MetIn: q("2024-Q3")},
		{ID: "b", Quarter: q("2024-Q4"), Title: bilateral.PlainText("first b"), DependsOn: deps("c"), Status: milestone.Met, MetIn: q("2025-Q1")},
		{ID: "b", Quarter: q("2024-Q4"), Title: bilateral.PlainText("second b"), DependsOn: deps("c", "e")},
		{ID: "c", Quarter: q("2024-Q4"), DependsOn: deps("a"), Status: milestone.Met, MetIn: q("2024-Q4")},
		{ID: "a", Quarter: q("2025-Q1"), Title: bilateral.PlainText("a again"), DependsOn: deps("e")},
		{ID: "e", Quarter: q("2025-Q1"), DependsOn: deps("ghost"), Status: milestone.InProgress},
	}
	// Whichever "a" comes first, no dependency leads back to where it
	// started.
	inputs := map[string][]milestone.Milestone{"in order": base}
	byQuarter := slices.Clone(base)
	byQuarter[2], byQuarter[4] = byQuarter[4], byQuarter[2] // c, second b, first b
	byQuarter[5], byQuarter[6] = byQuarter[6], byQuarter[5]
	inputs["by quarter"] = byQuarter
	r := rand.New(rand.NewPCG(1, 2))
	for k := range 20 {
		shuffled := slices.Clone(base)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		inputs["shuffled "+strconv.Itoa(k)] = shuffled
	}
	label := func(m milestone.Milestone) string {
		return string(m.ID) + "@" + m.Quarter.String() + " " + m.Title.String()
	}
	for name, ms := range inputs {
		want := slices.Clone(ms)
		slices.SortStableFunc(want, func(x, y milestone.Milestone) int {
			if c := x.Quarter.Compare(y.Quarter); c != 0 {
				return c
			}
			return strings.Compare(string(x.ID), string(y.ID))
		})
		var wantLabels, got []string
		for _, m := range want {
			wantLabels = append(wantLabels, label(m))
		}
		s := milestone.NewSchedule(ms)
		for m := range s.All() {
			got = append(got, label(*m))
		}
		if diff := cmp.Diff(wantLabels, got); diff != "" {
			t.Errorf("%s: All() order mismatch (-want +got):\n%s", name, diff)
		}
		for _, id := range []bilateral.ID{"a", "b"} {
			first := ms[slices.IndexFunc(ms, func(m milestone.Milestone) bool { return m.ID == id })]
			if m, ok := s.Lookup(id); !ok || label(*m) != label(first) {
				t.Errorf("%s: Lookup(%s) = %v, want the first in the list, %q", name, id, m, label(first))
			}
		}
		for asOf := range bilateral.Quarters(q("2024-Q3"), q("2025-Q2")) {
			var blocked, each []string
			for m := range s.Blocked(asOf) {
				blocked = append(blocked, label(*m))
			}
			for m := range s.All() {
				if s.BlockedAsOf(m, asOf) {
					each = append(each, label(*m))
				}
			}
			if diff := cmp.Diff(each, blocked); diff != "" {
				t.Errorf("%s, as of %s: Blocked disagrees with BlockedAsOf (-each +query):\n%s", name, asOf, diff)
			}
			all, _ := s.Progress(asOf)
			for _, b := range all.Blocked {
				var unmet []bilateral.ID
				for _, id := range b.Milestone.DependsOn {
					if !s.DependencyMet(id, asOf) {
						unmet = append(unmet, id)
					}
				}
				if !slices.Equal(unmet, b.WaitsFor) {
					t.Errorf("%s, as of %s: %s waits for %q, want %q", name, asOf, label(*b.Milestone), b.WaitsFor, unmet)
				}
			}
		}
		done := map[string]bool{}
		for m := range s.DependencyOrder() {
			for _, id := range m.DependsOn {
				if d, ok := s.Lookup(id); ok && !done[label(*d)] {
					t.Errorf("%s: DependencyOrder yields %s before its dependency %s", name, label(*m), label(*d))
				}
			}
			done[label(*m)] = true
		}
	}
}

// TestExampleMilestonesFollowMetInRule reads the examples' milestone
// literals and checks the rule of Validate that the examples can break
// unseen, as they build milestones without an agreement: MetIn is set
// exactly when the status is met or partially met.
func TestExampleMilestonesFollowMetInRule(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "example_test.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	literals := 0
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.CompositeLit)
		if !ok || !isMilestoneLiteral(lit) {
			return true
		}
		literals++
		achieved, metIn := false, false
		for _, e := range lit.Elts {
			kv, ok := e.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			switch key, _ := kv.Key.(*ast.Ident); {
			case key == nil:
			case key.Name == "MetIn":
				metIn = true
			case key.Name == "Status":
				if sel, ok := kv.Value.(*ast.SelectorExpr); ok && (sel.Sel.Name == "Met" || sel.Sel.Name == "PartiallyMet") {
					achieved = true
				}
			}
		}
		if achieved != metIn {
			t.Errorf("%s: a milestone with status met or partially met: %v, with MetIn: %v; Validate wants both or neither",
				fset.Position(lit.Pos()), achieved, metIn)
		}
		return true
	})
	if literals < 10 {
		t.Errorf("found %d milestone literals in example_test.go; the test reads the wrong thing", literals)
	}
}

// isMilestoneLiteral reports whether lit is a milestone.Milestone literal,
// written out or elided in a []milestone.Milestone.
func isMilestoneLiteral(lit *ast.CompositeLit) bool {
	if lit.Type == nil {
		for _, e := range lit.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				if key, ok := kv.Key.(*ast.Ident); ok && key.Name == "ID" {
					return true
				}
			}
		}
		return false
	}
	sel, ok := lit.Type.(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Milestone"
}
