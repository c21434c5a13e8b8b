package agreement_test

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/internal/race"
	"github.com/bilateral-go/bilateral/milestone"
)

// validDocuments returns the valid documents of testdata, parsed.
func validDocuments(tb testing.TB) []*agreement.Agreement {
	tb.Helper()
	var docs []*agreement.Agreement
	for _, name := range testdataFiles(tb, "valid", ".json") {
		data, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		a, err := agreement.Parse(data)
		if err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
		docs = append(docs, a)
	}
	if len(docs) < 4 {
		tb.Fatalf("found %d valid documents, want at least 4", len(docs))
	}
	return docs
}

// textLike returns s as a text of the form a's texts take: plain, or in
// every language a declares.
func textLike(a *agreement.Agreement, s string) bilateral.Text {
	if len(a.Languages) <= 1 {
		return bilateral.PlainText(s)
	}
	tr := map[string]string{}
	for _, lang := range a.Languages {
		tr[string(lang)] = s + " (" + string(lang) + ")"
	}
	return bilateral.Translated(tr)
}

// reviseVersion makes one change of the kind a review makes to an
// agreement: it reorders, adds, removes, reschedules, changes statuses and
// texts. Most of the results are valid.
func reviseVersion(a *agreement.Agreement, r *rand.Rand) {
	pick := func(n int) int { return r.IntN(max(n, 1)) }
	ms := a.Milestones
	switch r.IntN(13) {
	case 0: // swap two milestones
		if len(ms) > 1 {
			i, j := pick(len(ms)), pick(len(ms))
			ms[i], ms[j] = ms[j], ms[i]
		}
	case 1: // a new milestone, somewhere
		if len(ms) > 0 {
			m := ms[pick(len(ms))]
			m.ID = bilateral.ID("new-milestone-" + strconv.Itoa(r.IntN(1_000_000)))
			m.DependsOn, m.ExpectedResults = nil, slices.Clone(m.ExpectedResults)
			m.Title = textLike(a, "A new milestone")
			i := pick(len(ms) + 1)
			a.Milestones = slices.Insert(ms, i, m)
		}
	case 2: // a milestone removed, if nothing depends on it
		if len(ms) > 0 {
			i := pick(len(ms))
			used := false
			for _, m := range ms {
				used = used || slices.Contains(m.DependsOn, ms[i].ID)
			}
			if !used {
				a.Milestones = slices.Delete(ms, i, i+1)
			}
		}
	case 3: // rescheduled within the term
		if len(ms) > 0 {
			m := &ms[pick(len(ms))]
			q := a.Term.Start.Add(pick(a.Term.End.Sub(a.Term.Start) + 1))
			if q != m.Quarter {
				if !m.OriginalQuarter.IsValid() {
					m.OriginalQuarter = m.Quarter
				}
				m.Quarter = q
				if m.OriginalQuarter == q {
					m.OriginalQuarter = bilateral.Quarter{}
				}
			}
		}
	case 4: // met
		if len(ms) > 0 {
			m := &ms[pick(len(ms))]
			m.Status, m.MetIn = milestone.Met, m.Quarter
		}
	case 5: // an engagement scheduled
		if es := a.Engagements; len(es) > 0 {
			e := &es[pick(len(es))]
			e.Status, e.Date = agreement.EngagementScheduled, bilateral.MustParseDate("2025-03-10")
		}
	case 6: // a milestone retitled
		if len(ms) > 0 {
			ms[pick(len(ms))].Title = textLike(a, "Retitled "+strconv.Itoa(r.IntN(100)))
		}
	case 7: // the lifecycle moves on
		next := agreement.LegalMoves()[a.Status]
		if len(next) > 0 && len(a.History) > 0 {
			s := next[pick(len(next))]
			a.History = append(a.History, agreement.Step{Status: s, Date: a.History[len(a.History)-1].Date})
			a.Status = s
		}
	case 8: // a list reordered
		switch r.IntN(4) {
		case 0:
			r.Shuffle(len(a.Commitments), func(i, j int) { a.Commitments[i], a.Commitments[j] = a.Commitments[j], a.Commitments[i] })
		case 1:
			r.Shuffle(len(a.Engagements), func(i, j int) { a.Engagements[i], a.Engagements[j] = a.Engagements[j], a.Engagements[i] })
		case 2:
			r.Shuffle(len(a.FocusAreas), func(i, j int) { a.FocusAreas[i], a.FocusAreas[j] = a.FocusAreas[j], a.FocusAreas[i] })
		default:
			r.Shuffle(len(ms), func(i, j int) { ms[i], ms[j] = ms[j], ms[i] })
		}
	case 9: // an action added or removed
		if len(a.FocusAreas) > 0 {
			area := &a.FocusAreas[pick(len(a.FocusAreas))]
			if len(area.Actions) > 0 && r.IntN(2) == 0 {
				area.Actions = slices.Delete(area.Actions, 0, 1)
			} else {
				area.Actions = append(area.Actions, textLike(a, "A new action"))
			}
		}
	case 10: // the parties swap places, or a priority is added
		if r.IntN(2) == 0 {
			a.Parties[0], a.Parties[1] = a.Parties[1], a.Parties[0]
		} else if len(a.FocusAreas) > 0 {
			area := &a.FocusAreas[pick(len(a.FocusAreas))]
			area.Priorities = slices.Insert(area.Priorities, 0, focusarea.Priority{
				Party: a.Parties[0].Code, Statements: []bilateral.Text{textLike(a, "First")},
			})
		}
	case 11: // an engagement removed, or a new one proposed
		if es := a.Engagements; len(es) > 0 && r.IntN(2) == 0 {
			a.Engagements = slices.Delete(es, 0, 1)
		} else {
			a.Engagements = slices.Insert(es, pick(len(es)+1), agreement.Engagement{
				ID: "new-call", Kind: agreement.Call, Host: a.Parties[1].Code, Status: agreement.EngagementProposed,
			})
		}
	case 12: // the term ends later
		a.Term.End = a.Term.End.Add(1 + pick(4))
	}
}

// TestDiffPatchRevisedVersions checks the promise of Patch on many pairs
// of versions that a review could make: applied to the JSON of the older
// version, the patch gives the newer, which parses to an equal value.
func TestDiffPatchRevisedVersions(t *testing.T) {
	if race.Enabled {
		t.Skip("one goroutine over many inputs: the run without -race checks it")
	}
	docs := validDocuments(t)
	r := rand.New(rand.NewPCG(1, 2))
	valid, pairs := 0, 600
	if testing.Short() {
		pairs = 100
	}
	codes := map[string]int{}
	for i := range pairs {
		from := deepCopy(docs[i%len(docs)])
		if i%3 == 0 {
			reviseVersion(from, r) // both versions differ from the document
		}
		to := deepCopy(from)
		for range 1 + r.IntN(4) {
			reviseVersion(to, r)
		}
		changes := agreement.Diff(from, to)
		for _, c := range changes {
			codes[c.Code]++
		}
		if !checkPatch(t, from, to, changes) {
			t.Fatal("json.Marshal rejected a revised version")
		}
		if to.Validate() != nil {
			continue
		}
		valid++
		toJSON, _ := json.Marshal(to)
		fromJSON, _ := json.Marshal(from)
		parsed, err := agreement.Parse(applyPatch(t, changes.Patch(), fromJSON))
		if err != nil {
			t.Fatalf("the patched document does not parse: %v\n%s", err, toJSON)
		}
		if diff := cmp.Diff(to, parsed, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("the patched document parses to another agreement (-want +got):\n%s", diff)
		}
	}
	t.Logf("%d pairs, %d with a valid newer version; codes: %v", pairs, valid, codes)
	if valid < pairs/2 {
		t.Errorf("only %d of %d newer versions are valid; the test checks Parse too seldom", valid, pairs)
	}
}

// TestDiffPatchAnyVersions checks the promise of Patch on pairs that are
// not valid agreements: duplicate and empty ids, zero quarters, null and
// empty lists, odd texts.
func TestDiffPatchAnyVersions(t *testing.T) {
	if race.Enabled {
		t.Skip("one goroutine over many inputs: the run without -race checks it")
	}
	docs := validDocuments(t)
	r := rand.New(rand.NewPCG(3, 4))
	pairs := 1500
	if testing.Short() {
		pairs = 200
	}
	checked := 0
	for i := range pairs {
		from := deepCopy(docs[i%len(docs)])
		m := mutator{next: r.IntN, budget: 1 + r.IntN(6)}
		if i%2 == 0 {
			m.mutate(reflectValue(from))
		}
		to := deepCopy(from)
		m.budget = 1 + r.IntN(8)
		m.mutate(reflectValue(to))
		changes := agreement.Diff(from, to)
		checkChanges(t, changes)
		if checkPatch(t, from, to, changes) {
			checked++
		}
		if c := agreement.Diff(to, deepCopy(to)); c != nil {
			t.Fatalf("Diff of a version and its copy:\n%s", describeChanges(c))
		}
	}
	if checked < pairs*9/10 {
		t.Errorf("json.Marshal accepted only %d of %d pairs", checked, pairs)
	}
}

// checkChanges checks what every change must be: a code of the catalogue,
// a JSON Pointer, a message on one line, From or To.
func checkChanges(tb testing.TB, changes agreement.Changes) {
	tb.Helper()
	known := map[string]bool{}
	for _, c := range agreement.ChangeCodes() {
		known[c.Code] = true
	}
	for _, c := range changes {
		switch {
		case !known[c.Code]:
			tb.Errorf("change %s %s: the code is not in ChangeCodes()", c.Code, c.Path)
		case !isPointer(c.Path):
			tb.Errorf("change %s %q: the path is not a JSON Pointer", c.Code, c.Path)
		case c.Message == "" || strings.ContainsAny(c.Message, "\n\r"):
			tb.Errorf("change %s %s: the message %q is empty or not one line", c.Code, c.Path, c.Message)
		case c.From == nil && c.To == nil:
			tb.Errorf("change %s %s has neither From nor To", c.Code, c.Path)
		case c.From != nil && !json.Valid(c.From), c.To != nil && !json.Valid(c.To):
			tb.Errorf("change %s %s: From or To is not JSON", c.Code, c.Path)
		}
	}
}

// TestDiffInsertAtFront checks that one milestone inserted before 1,000
// others is one change and one operation, not a change of every milestone.
func TestDiffInsertAtFront(t *testing.T) {
	from := chainAgreement(1000)
	to := deepCopy(from)
	m := to.Milestones[0]
	m.ID, m.DependsOn = "a-new-first-step", nil
	to.Milestones = slices.Insert(to.Milestones, 0, m)
	if err := to.Validate(); err != nil {
		t.Fatal(err)
	}
	changes := agreement.Diff(from, to)
	want := []pathCode{{"/milestones/0", agreement.ChangeMilestoneAdded}}
	if diff := cmp.Diff(want, pathCodes(changes)); diff != "" {
		t.Errorf("changes (-want +got):\n%s", diff)
	}
	var ops []map[string]any
	if err := json.Unmarshal(changes.Patch(), &ops); err != nil {
		t.Fatal(err)
	}
	if len(ops) != 1 || ops[0]["op"] != "add" || ops[0]["path"] != "/milestones/0" {
		t.Errorf("the patch is %v, want one add at /milestones/0", ops)
	}
	checkPatch(t, from, to, changes)
}

// pathCode is a change's path and code, what tests compare.
type pathCode struct{ Path, Code string }

func pathCodes(changes agreement.Changes) []pathCode {
	var out []pathCode
	for _, c := range changes {
		out = append(out, pathCode{c.Path, c.Code})
	}
	return out
}

// increasingRun returns the length of a longest increasing subsequence of
// s, the plain way.
func increasingRun(s []int) int {
	best := make([]int, len(s))
	longest := 0
	for i := range s {
		best[i] = 1
		for j := range i {
			if s[j] < s[i] {
				best[i] = max(best[i], best[j]+1)
			}
		}
		longest = max(longest, best[i])
	}
	return longest
}

// TestDiffReorderMovesFew checks that a reordering moves only the items
// outside a longest run that keeps its order, and that the patch applies.
func TestDiffReorderMovesFew(t *testing.T) {
	if race.Enabled {
		t.Skip("one goroutine over many inputs: the run without -race checks it")
	}
	r := rand.New(rand.NewPCG(5, 6))
	for _, tc := range []struct {
		name  string
		n     int
		order func(n int) []int
	}{
		{"reversed", 60, func(n int) []int {
			o := shuffled(n, func(int) int { return 0 })
			slices.Reverse(o)
			return o
		}},
		{"last to first", 100, func(n int) []int { return append([]int{n - 1}, shuffled(n-1, func(int) int { return 0 })...) }},
		{"random", 2000, func(n int) []int { return shuffled(n, r.IntN) }},
		{"swaps", 3000, func(n int) []int {
			o := shuffled(n, func(int) int { return 0 })
			for range 20 {
				i, j := r.IntN(n), r.IntN(n)
				o[i], o[j] = o[j], o[i]
			}
			return o
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			from := chainAgreement(tc.n)
			to := deepCopy(from)
			order := tc.order(tc.n)
			to.Milestones = permute(to.Milestones, order)
			changes := agreement.Diff(from, to)
			moves := 0
			for _, c := range changes {
				if c.Code != agreement.ChangeItemMoved {
					t.Fatalf("a reordering gave %s at %s", c.Code, c.Path)
				}
				moves++
			}
			if want := tc.n - increasingRun(order); moves != want {
				t.Errorf("%d moves, want %d", moves, want)
			}
			if ops := strings.Count(string(changes.Patch()), `"op":"move"`); ops > moves {
				t.Errorf("%d move operations for %d moves", ops, moves)
			}
			checkPatch(t, from, to, changes)
		})
	}
}

// TestDiffEqual checks that equal versions have no changes, and that
// finding so allocates nothing.
func TestDiffEqual(t *testing.T) {
	for _, a := range append(validDocuments(t), chainAgreement(100), nil) {
		b := deepCopy(a)
		if c := agreement.Diff(a, b); c != nil {
			t.Errorf("Diff of equal agreements:\n%s", describeChanges(c))
		}
		if c := agreement.Diff(a, a); c != nil {
			t.Errorf("Diff of an agreement with itself:\n%s", describeChanges(c))
		}
		if race.Enabled || a == nil {
			continue
		}
		allocs := testing.AllocsPerRun(20, func() { agreement.Diff(a, b) })
		if allocs != 0 {
			t.Errorf("Diff of equal agreements %s: %v allocations, want 0", a.ID, allocs)
		}
		for _, lang := range []string{"fr", "es-MX", "de"} {
			allocs := testing.AllocsPerRun(20, func() { agreement.DiffIn(a, b, lang) })
			if allocs != 0 {
				t.Errorf("DiffIn(%q) of equal agreements %s: %v allocations, want 0", lang, a.ID, allocs)
			}
		}
	}
}

// TestDiffNil checks the changes from and to a nil agreement, the JSON
// null.
func TestDiffNil(t *testing.T) {
	a := parseSeed(t)
	for _, tc := range []struct {
		name     string
		from, to *agreement.Agreement
	}{
		{"from nil", nil, a},
		{"to nil", a, nil},
	} {
		changes := agreement.Diff(tc.from, tc.to)
		want := []pathCode{{"", agreement.ChangeMemberChanged}}
		if diff := cmp.Diff(want, pathCodes(changes)); diff != "" {
			t.Errorf("%s: changes (-want +got):\n%s", tc.name, diff)
		}
		checkChanges(t, changes)
		var ops []struct {
			Op, Path string
			Value    json.RawMessage
		}
		if err := json.Unmarshal(changes.Patch(), &ops); err != nil {
			t.Fatal(err)
		}
		toJSON, _ := json.Marshal(tc.to)
		if len(ops) != 1 || ops[0].Op != "replace" || ops[0].Path != "" || !sameJSON(t, ops[0].Value, toJSON) {
			t.Errorf("%s: the patch is %+v, want a replace of the whole document", tc.name, ops)
		}
	}
	if c := agreement.Diff(nil, nil); c != nil {
		t.Errorf("Diff(nil, nil) = %v", c)
	}
}

// reflectValue returns the agreement a points to, to change by reflection.
func reflectValue(a *agreement.Agreement) reflect.Value { return reflect.ValueOf(a).Elem() }

// TestDiffPatchNestedLists checks the patch of lists within items that
// moved, or whose index changed as items before them came and went: the
// removals in the nested list are at its place in the older version, the
// rest at its place in the newer one.
func TestDiffPatchNestedLists(t *testing.T) {
	from := chainAgreement(6)
	ids := func(ss ...string) []bilateral.ID {
		out := make([]bilateral.ID, len(ss))
		for i, s := range ss {
			out[i] = bilateral.ID(s)
		}
		return out
	}
	from.Milestones[3].DependsOn = ids("a", "b", "c", "d", "e")
	from.Milestones[4].DependsOn = ids("p", "q", "r")
	to := deepCopy(from)
	to.Milestones[3].DependsOn = ids("e", "b", "x", "d", "c")               // a removed, e and c moved, x added
	to.Milestones[4].DependsOn = ids("r", "p")                              // q removed, r moved
	to.Milestones = slices.Delete(to.Milestones, 0, 2)                      // both shift down by two ...
	to.Milestones[1], to.Milestones[2] = to.Milestones[2], to.Milestones[1] // ... and swap
	changes := agreement.Diff(from, to)
	checkChanges(t, changes)
	checkPatch(t, from, to, changes)
	var removedInList []string
	for _, c := range changes {
		if c.To == nil && strings.Contains(c.Path, "/dependsOn/") {
			removedInList = append(removedInList, c.Path)
		}
	}
	want := []string{"/milestones/4/dependsOn/1", "/milestones/3/dependsOn/0"} // in the newer order
	if diff := cmp.Diff(want, removedInList); diff != "" {
		t.Errorf("the removals are not at their places in the older version (-want +got):\n%s", diff)
	}
}

// TestDiffSharedLists checks a newer version that shares its lists with the
// older one, as a shallow copy does: the shared lists are equal, and the
// rest is still compared.
func TestDiffSharedLists(t *testing.T) {
	a := parseSeed(t)
	b := *a
	b.Status = agreement.Concluded
	b.Milestones = slices.Clone(a.Milestones)
	b.Milestones[1].Status = milestone.InProgress
	want := []pathCode{{"/status", agreement.ChangeStatusMoved}, {"/milestones/1/status", agreement.ChangeMilestoneStatus}}
	changes := agreement.Diff(a, &b)
	if diff := cmp.Diff(want, pathCodes(changes)); diff != "" {
		t.Errorf("changes (-want +got):\n%s", diff)
	}
	checkPatch(t, a, &b, changes)
}
