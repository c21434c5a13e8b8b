package agreement_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/internal/race"
	"github.com/bilateral-go/bilateral/milestone"
)

const seedFile = "testdata/valid/usmexico.json"

func readSeed(tb testing.TB) []byte {
	tb.Helper()
	data, err := os.ReadFile(seedFile)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func parseSeed(tb testing.TB) *agreement.Agreement {
	tb.Helper()
	a, err := agreement.Parse(readSeed(tb))
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

func BenchmarkValidateSeed(b *testing.B) {
	a := parseSeed(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := a.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestValidateSeedAllocs checks the promise of Validate: once warm, it
// allocates nothing for a valid agreement.
func TestValidateSeedAllocs(t *testing.T) {
	if race.Enabled {
		t.Skip("sync.Pool drops items under the race detector")
	}
	a := parseSeed(t)
	allocs := testing.AllocsPerRun(100, func() {
		if err := a.Validate(); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("Validate of the seed: %v allocations per run, want 0", allocs)
	}
}

// chainAgreement returns a valid agreement with n milestones whose ids are
// unique, whose quarters are spread over the term's 400 quarters in
// non-decreasing order, and each of which depends on the one before it.
func chainAgreement(n int) *agreement.Agreement {
	start := bilateral.QuarterFrom(2001, 1)
	const quarters = 400
	a := &agreement.Agreement{
		ID:     "long-chain",
		Kind:   agreement.ActionPlan,
		Title:  bilateral.PlainText("A long chain of milestones"),
		Status: agreement.InForce,
		Parties: []agreement.Party{
			{Code: "US", Name: bilateral.PlainText("United States"), Kind: agreement.State},
			{Code: "MX", Name: bilateral.PlainText("Mexico"), Kind: agreement.State},
		},
		Term:       agreement.Term{Start: start, End: start.Add(quarters - 1)},
		FocusAreas: []focusarea.Area{{Key: focusarea.Trade}},
		Milestones: make([]milestone.Milestone, n),
	}
	title := bilateral.PlainText("A step")
	for i := range a.Milestones {
		m := &a.Milestones[i]
		m.ID = bilateral.ID("step-" + strconv.Itoa(i))
		m.Quarter = start.Add(i * quarters / n)
		m.Area = focusarea.Trade
		m.Title = title
		if i > 0 {
			m.DependsOn = []bilateral.ID{a.Milestones[i-1].ID}
		}
	}
	return a
}

func BenchmarkValidateMilestones(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			a := chainAgreement(n)
			if err := a.Validate(); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if err := a.Validate(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestValidateLongChain(t *testing.T) {
	if race.Enabled {
		t.Skip("one goroutine over many inputs: the run without -race checks it")
	}
	const n = 100000
	a := chainAgreement(n)
	if got := a.Milestones[n-1].Quarter; got != a.Term.End {
		t.Fatalf("the last milestone is due in %v, want the end of the term, %v", got, a.Term.End)
	}
	if err := a.Validate(); err != nil {
		t.Fatalf("a chain of %d milestones: %v", n, err)
	}

	// Close the chain into a cycle, with every milestone in one quarter so
	// that the cycle is the only problem.
	for i := range a.Milestones {
		a.Milestones[i].Quarter = a.Term.Start
	}
	a.Milestones[0].DependsOn = []bilateral.ID{a.Milestones[n-1].ID}
	err := a.Validate()
	var ps bilateral.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("a cycle of %d milestones: error %v", n, err)
	}
	if len(ps) != 1 || ps[0].Code != agreement.CodeMilestoneCycle {
		t.Fatalf("a cycle of %d milestones: got %d problems, want one %s: %.300v", n, len(ps), agreement.CodeMilestoneCycle, ps)
	}
	if p := ps[0].Path; !strings.HasPrefix(p, "/milestones/") || !strings.HasSuffix(p, "/dependsOn/0") {
		t.Errorf("the cycle is reported at %q, want a /milestones/i/dependsOn/0", p)
	}
	// A long cycle is named by its ends.
	for _, id := range []string{"step-0 ", "step-99999 ", "step-1 "} {
		if !strings.Contains(ps[0].Message+" ", id) {
			t.Errorf("the message does not name %s: %.200s…", id, ps[0].Message)
		}
	}
	if len(ps[0].Message) > 500 {
		t.Errorf("the message of a cycle of %d milestones is %d bytes long", n, len(ps[0].Message))
	}
}

// TestValidateManyLongCycles holds the problems of a document in which
// every milestone closes a cycle through all those before it to a size in
// proportion to the document, not to its square.
func TestValidateManyLongCycles(t *testing.T) {
	const n = 10000
	a := chainAgreement(n)
	for i := range a.Milestones {
		a.Milestones[i].Quarter = a.Term.Start
		if i > 0 {
			a.Milestones[i].DependsOn = append(a.Milestones[i].DependsOn, a.Milestones[n-1].ID)
		}
	}
	var ps bilateral.Problems
	if !errors.As(a.Validate(), &ps) {
		t.Fatal("no problems")
	}
	size := 0
	for _, p := range ps {
		if p.Code != agreement.CodeMilestoneCycle {
			t.Fatalf("problem %v; want only %s", p, agreement.CodeMilestoneCycle)
		}
		size += len(p.Path) + len(p.Message)
	}
	if len(ps) < n/2 || size > 300*len(ps) {
		t.Errorf("%d cycle problems of %d bytes in all, %d a problem; want at least %d of at most 300 bytes each", len(ps), size, size/max(1, len(ps)), n/2)
	}
}

func BenchmarkParseSeed(b *testing.B) {
	data := readSeed(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := agreement.Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}

// The plain structs have the JSON names of the model, with every quarter,
// date, code, enum and text a plain string and every number a float64: what
// a program would decode the seed into with encoding/json and no checks.
type (
	plainAgreement struct {
		ID          string            `json:"id"`
		Kind        string            `json:"kind"`
		Title       string            `json:"title"`
		Summary     string            `json:"summary,omitempty"`
		Languages   []string          `json:"languages,omitempty"`
		Status      string            `json:"status"`
		History     []plainStep       `json:"history,omitempty"`
		Parties     []plainParty      `json:"parties"`
		Term        plainTerm         `json:"term"`
		FocusAreas  []plainArea       `json:"focusAreas"`
		Commitments []plainCommitment `json:"commitments,omitempty"`
		Milestones  []plainMilestone  `json:"milestones,omitempty"`
		Engagements []plainEngagement `json:"engagements,omitempty"`
	}
	plainStep struct {
		Status string `json:"status"`
		Date   string `json:"date"`
		Note   string `json:"note,omitempty"`
	}
	plainParty struct {
		Code            string          `json:"code"`
		Name            string          `json:"name"`
		Kind            string          `json:"kind"`
		FiscalYearStart float64         `json:"fiscalYearStart,omitempty"`
		Representatives []plainDelegate `json:"representatives,omitempty"`
	}
	plainDelegate struct {
		Name string `json:"name"`
		Role string `json:"role,omitempty"`
	}
	plainTerm struct {
		Start string `json:"start"`
		End   string `json:"end"`
	}
	plainArea struct {
		Key        string          `json:"key"`
		Title      string          `json:"title,omitempty"`
		Actions    []string        `json:"actions,omitempty"`
		Benefits   []plainBenefit  `json:"benefits,omitempty"`
		Priorities []plainPriority `json:"priorities,omitempty"`
	}
	plainBenefit struct {
		Description string          `json:"description"`
		Indicator   *plainIndicator `json:"indicator,omitempty"`
	}
	plainIndicator struct {
		Metric    string  `json:"metric"`
		Direction string  `json:"direction"`
		Value     float64 `json:"value,omitempty"`
		Unit      string  `json:"unit,omitempty"`
		By        string  `json:"by,omitempty"`
	}
	plainPriority struct {
		Party      string   `json:"party"`
		Statements []string `json:"statements"`
	}
	plainCommitment struct {
		ID             string              `json:"id"`
		Area           string              `json:"area"`
		Summary        string              `json:"summary"`
		Implementation plainImplementation `json:"implementation"`
	}
	plainImplementation struct {
		Mechanism   string   `json:"mechanism"`
		Description string   `json:"description"`
		Cadence     string   `json:"cadence"`
		Start       string   `json:"start"`
		End         string   `json:"end,omitempty"`
		Venue       string   `json:"venue,omitempty"`
		Leads       []string `json:"leads,omitempty"`
	}
	plainMilestone struct {
		ID              string   `json:"id"`
		Quarter         string   `json:"quarter"`
		OriginalQuarter string   `json:"originalQuarter,omitempty"`
		Area            string   `json:"area"`
		Title           string   `json:"title"`
		ExpectedResults []string `json:"expectedResults,omitempty"`
		Commitment      string   `json:"commitment,omitempty"`
		Status          string   `json:"status,omitempty"`
		MetIn           string   `json:"metIn,omitempty"`
		DependsOn       []string `json:"dependsOn,omitempty"`
	}
	plainEngagement struct {
		ID     string `json:"id"`
		Kind   string `json:"kind"`
		Host   string `json:"host"`
		Place  string `json:"place,omitempty"`
		Status string `json:"status"`
		Date   string `json:"date,omitempty"`
	}
)

// TestPlainStructsFitSeed checks that the plain structs of
// BenchmarkPlainDecodeSeed read every member of the seed, so that the two
// benchmarks decode the same document into the same shape.
func TestPlainStructsFitSeed(t *testing.T) {
	data := readSeed(t)
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var p plainAgreement
	if err := dec.Decode(&p); err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	a := parseSeed(t)
	want, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var gotAny, wantAny any
	if err := json.Unmarshal(out, &gotAny); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(want, &wantAny); err != nil {
		t.Fatal(err)
	}
	gotJSON, _ := json.Marshal(gotAny)
	wantJSON, _ := json.Marshal(wantAny)
	if !bytes.Equal(gotJSON, wantJSON) {
		t.Errorf("the plain structs read the seed differently:\nplain: %s\nmodel: %s", gotJSON, wantJSON)
	}
}

func BenchmarkPlainDecodeSeed(b *testing.B) {
	data := readSeed(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var p plainAgreement
		if err := json.Unmarshal(data, &p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseManyProblems parses documents of n milestones whose
// quarters are all written in a lenient form, so that every one is a
// problem and a value Parse could not decode; ns/op should grow in
// proportion to n.
func BenchmarkParseManyProblems(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		data := lenientQuarters(n)
		b.Run("milestones="+strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := agreement.Parse(data); err == nil {
					b.Fatal("no problems")
				}
			}
		})
	}
}

func lenientQuarters(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`{"id":"a","kind":"other","title":"T","status":"proposed",` +
		`"parties":[{"code":"US","name":"U","kind":"state"},{"code":"MX","name":"M","kind":"state"}],` +
		`"term":{"start":"2024-Q1","end":"2025-Q4"},"focusAreas":[{"key":"trade"}],"milestones":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"id":"m` + strconv.Itoa(i) + `","quarter":"Q2 2024","area":"trade","title":"x","status":"met","metIn":"2024 Q2"}`)
	}
	b.WriteString("]}")
	return b.Bytes()
}

// manyLanguages returns a valid agreement in n languages, each of whose
// texts has all of them, so that its size grows in proportion to n.
func manyLanguages(n int) *agreement.Agreement {
	a := chainAgreement(50)
	langs := make([]bilateral.LanguageTag, n)
	tr := make(map[string]string, n)
	for i := range langs {
		langs[i] = bilateral.LanguageTag("en-x" + strconv.Itoa(1000+i))
		tr[string(langs[i])] = "text " + strconv.Itoa(i)
	}
	a.Languages = langs
	all := bilateral.Translated(tr)
	a.Title, a.Parties[0].Name, a.Parties[1].Name = all, all, all
	for i := range a.Milestones {
		a.Milestones[i].Title = all
	}
	return a
}

// BenchmarkValidateManyLanguages validates agreements whose 53 texts each
// have every one of n languages: ns/op should grow in proportion to n.
func BenchmarkValidateManyLanguages(b *testing.B) {
	for _, n := range []int{100, 1000} {
		a := manyLanguages(n)
		if err := a.Validate(); err != nil {
			b.Fatal(err)
		}
		b.Run("languages="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				a.Validate()
			}
		})
	}
}

// manyAreas returns a valid agreement of n focus areas, each with a
// commitment and a milestone.
func manyAreas(n int) *agreement.Agreement {
	a := chainAgreement(0)
	a.FocusAreas = a.FocusAreas[:0]
	for i := range n {
		key := focusarea.Key("area-" + strconv.Itoa(i))
		a.FocusAreas = append(a.FocusAreas, focusarea.Area{Key: key, Title: bilateral.PlainText("Area " + strconv.Itoa(i))})
		a.Commitments = append(a.Commitments, agreement.Commitment{
			ID: bilateral.ID("commitment-" + strconv.Itoa(i)), Area: key, Summary: bilateral.PlainText("Summary"),
			Implementation: agreement.Implementation{
				Mechanism: agreement.WorkingGroup, Description: bilateral.PlainText("A working group"),
				Cadence: agreement.Quarterly, Start: a.Term.Start,
			},
		})
		a.Milestones = append(a.Milestones, milestone.Milestone{
			ID: bilateral.ID("milestone-" + strconv.Itoa(i)), Quarter: a.Term.Start.Add(i % 400), Area: key,
			Title: bilateral.PlainText("Milestone"), Commitment: bilateral.ID("commitment-" + strconv.Itoa(i)),
		})
	}
	return a
}

// BenchmarkValidateManyAreas validates agreements of n focus areas, each
// with a commitment and a milestone: ns/op should grow in proportion to n.
func BenchmarkValidateManyAreas(b *testing.B) {
	for _, n := range []int{1600, 16000} {
		a := manyAreas(n)
		if err := a.Validate(); err != nil {
			b.Fatal(err)
		}
		b.Run("areas="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				a.Validate()
			}
		})
	}
}
