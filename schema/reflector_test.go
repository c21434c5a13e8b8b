package schema_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	invopop "github.com/invopop/jsonschema"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/internal/race"
	"github.com/bilateral-go/bilateral/internal/schemacheck"
	"github.com/bilateral-go/bilateral/milestone"
	"github.com/bilateral-go/bilateral/schema"
)

// The tests of NewReflector and Lookup reflect types of someone else's
// that hold the model's types, and check that the schemas they give agree
// with the committed schema on every document of the corpus: a valid
// document wrapped in them passes, and an invalid one fails at the same
// places, with the same keywords, as it fails the committed schema.

// An Envelope is a request of someone else's service that carries an
// agreement.
type Envelope struct {
	Source    string              `json:"source"`
	Agreement agreement.Agreement `json:"agreement"`
}

// Parts carries parts of an agreement: its milestones and a focus area.
type Parts struct {
	Milestones []milestone.Milestone `json:"milestones"`
	Area       focusarea.Area        `json:"area"`
}

// A reflection is a way to reflect the types of others.
type reflection struct {
	name      string
	reflector func() *invopop.Reflector
	// withCommitted tells whether the committed schema is a resource of
	// the validator, for the $refs of Lookup.
	withCommitted bool
}

var reflections = []reflection{
	{"NewReflector", schema.NewReflector, false},
	{"NewReflector with Lookup", func() *invopop.Reflector {
		r := schema.NewReflector()
		r.Lookup = schema.Lookup
		return r
	}, true},
	{"a plain Reflector with Lookup", func() *invopop.Reflector {
		return &invopop.Reflector{Lookup: schema.Lookup}
	}, true},
}

// compileReflected reflects v with r and compiles the schema it gives,
// with the committed schema beside it when withCommitted is set.
func compileReflected(t testing.TB, r *invopop.Reflector, v any, withCommitted bool) (*jsonschema.Schema, []byte) {
	t.Helper()
	data, err := json.Marshal(r.Reflect(v))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	id, _ := doc.(map[string]any)["$id"].(string)
	if id == "" {
		t.Fatalf("the schema of %T has no $id", v)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	if withCommitted {
		committed, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema.Agreement()))
		if err != nil {
			t.Fatal(err)
		}
		if err := c.AddResource(schema.ID, committed); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.AddResource(id, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(id)
	if err != nil {
		t.Fatalf("the schema of %T does not compile: %v\n%s", v, err, data)
	}
	return sch, data
}

// failures describes where and how sch rejects data: one line per failing
// keyword, with the place in the document, the keyword (the last token of
// its location, which is the same wherever the schema of the type is)
// and whether it is conditional or in an alternative; sorted, for
// comparison. A document that passes has none.
func failures(sch *jsonschema.Schema, data []byte) []string {
	var out []string
	for _, f := range schemacheck.Failures(schemacheck.Validate(sch, data)) {
		kw := f.Keyword[strings.LastIndexByte(f.Keyword, '/')+1:]
		out = append(out, fmt.Sprintf("%s %s conditional=%v alternative=%v", f.At, kw, f.Conditional, f.InAlternative))
	}
	sort.Strings(out)
	return out
}

// moved returns the failures of the committed schema, as failures writes
// them, that are under one of the JSON Pointers of from, moved to the
// pointer that is its value.
func moved(fs []string, from map[string]string) []string {
	var out []string
	for _, f := range fs {
		for old, now := range from {
			if f == old || strings.HasPrefix(f, old+"/") || strings.HasPrefix(f, old+" ") {
				out = append(out, now+strings.TrimPrefix(f, old))
			}
		}
	}
	sort.Strings(out)
	return out
}

// corpus returns the valid documents, then the invalid ones that are
// JSON, with whether each is valid.
func corpus(t *testing.T) (docs []document, valid []bool) {
	for _, d := range documents(t, "valid") {
		docs, valid = append(docs, d), append(valid, true)
	}
	for _, d := range invalidDocuments(t) {
		if json.Valid(d.data) {
			docs, valid = append(docs, d), append(valid, false)
		}
	}
	return docs, valid
}

func TestEnvelopeAgreesWithTheCommittedSchema(t *testing.T) {
	if race.Enabled {
		t.Skip("one goroutine over many inputs: the run without -race checks it")
	}
	committed := compileSchema(t)
	docs, valid := corpus(t)
	for _, way := range reflections {
		t.Run(way.name, func(t *testing.T) {
			sch, _ := compileReflected(t, way.reflector(), &Envelope{}, way.withCommitted)
			for i, d := range docs {
				wrapped := []byte(`{"source": "test", "agreement": ` + string(d.data) + `}`)
				got := failures(sch, wrapped)
				want := moved(failures(committed, d.data), map[string]string{"": "/agreement"})
				if valid[i] && len(got) > 0 {
					t.Errorf("%s: the envelope's schema rejects a valid document: %v", d.name, got)
				}
				if !valid[i] && len(want) == 0 {
					continue // a rule that only Parse checks
				}
				if !slices.Equal(got, want) {
					t.Errorf("%s: the envelope's schema fails\n\t%v\nwhere the committed schema fails\n\t%v", d.name, got, want)
				}
			}
		})
	}
}

func TestPartsAgreeWithTheCommittedSchema(t *testing.T) {
	if race.Enabled {
		t.Skip("one goroutine over many inputs: the run without -race checks it")
	}
	committed := compileSchema(t)
	docs, valid := corpus(t)
	for _, way := range reflections {
		t.Run(way.name, func(t *testing.T) {
			sch, _ := compileReflected(t, way.reflector(), &Parts{}, way.withCommitted)
			tried := 0
			for i, d := range docs {
				var doc struct {
					Milestones json.RawMessage   `json:"milestones"`
					FocusAreas []json.RawMessage `json:"focusAreas"`
				}
				if json.Unmarshal(d.data, &doc) != nil || len(doc.FocusAreas) == 0 {
					continue // no parts to take, in the form Parts has
				}
				if doc.Milestones == nil {
					doc.Milestones = json.RawMessage("[]")
				}
				parts := []byte(`{"milestones": ` + string(doc.Milestones) + `, "area": ` + string(doc.FocusAreas[0]) + `}`)
				got := failures(sch, parts)
				want := moved(failures(committed, d.data), map[string]string{
					"/milestones":   "/milestones",
					"/focusAreas/0": "/area",
				})
				if valid[i] && len(got) > 0 {
					t.Errorf("%s: the schema of Parts rejects the parts of a valid document: %v", d.name, got)
				}
				if !slices.Equal(got, want) {
					t.Errorf("%s: the schema of Parts fails\n\t%v\nwhere the committed schema fails\n\t%v", d.name, got, want)
				}
				if len(want) > 0 {
					tried++
				}
			}
			// The corpus breaks the rules of milestones and areas, the
			// conditional ones among them, often enough to tell.
			if tried < 10 {
				t.Errorf("only %d invalid documents have a problem in their milestones or first focus area", tried)
			}
		})
	}
}

// The two cases of a plain Reflector: two Status types under one name,
// and the rules added after reflection. With NewReflector a met milestone
// passes, whichever Status is reflected first, and three parties fail.
func TestEnvelopeKeepsTheRulesAndTheNames(t *testing.T) {
	base := string(readTestdata(t, "valid/minimal.json"))
	metMilestone := `{"id": "m", "quarter": "2025-Q1", "area": "trade", "title": "T", "status": "met", "metIn": "2025-Q1"}`
	for _, way := range reflections {
		sch, _ := compileReflected(t, way.reflector(), &Envelope{}, way.withCommitted)
		met, err := patch(base, set("/milestones", "["+metMilestone+"]"))
		if err != nil {
			t.Fatal(err)
		}
		if got := failures(sch, []byte(`{"source": "s", "agreement": `+string(met)+`}`)); len(got) > 0 {
			t.Errorf("%s: a met milestone fails: %v", way.name, got)
		}
		three, err := patch(base, set("/parties/-", `{"code": "CA", "name": "Canada", "kind": "state"}`))
		if err != nil {
			t.Fatal(err)
		}
		got := failures(sch, []byte(`{"source": "s", "agreement": `+string(three)+`}`))
		if !slices.Contains(got, "/agreement/parties maxItems conditional=false alternative=false") {
			t.Errorf("%s: three parties fail %v, want maxItems at /agreement/parties", way.name, got)
		}
	}
}

// Lookup refers to the agreement by the $id of the committed schema and to
// each of its parts by its $defs entry there, a name qualified by package.
// The names are API: this list changes only with a new major version.
func TestLookupNamesEveryDefinition(t *testing.T) {
	types := map[reflect.Type]string{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if _, seen := types[t]; seen || t.Name() == "" || t.PkgPath() == "" {
			return
		}
		types[t] = string(schema.Lookup(t))
		if t.Kind() == reflect.Struct {
			for i := range t.NumField() {
				if f := t.Field(i); f.IsExported() {
					walk(f.Type)
				}
			}
		}
	}
	walk(reflect.TypeFor[agreement.Agreement]())

	var names []string
	for typ, id := range types {
		switch {
		case typ == reflect.TypeFor[agreement.Agreement]():
			if id != schema.ID {
				t.Errorf("Lookup(Agreement) = %q, want %q", id, schema.ID)
			}
		case strings.HasPrefix(id, schema.ID+"#/$defs/"):
			names = append(names, strings.TrimPrefix(id, schema.ID+"#/$defs/"))
		default:
			t.Errorf("Lookup(%v) = %q, want a $defs entry of the committed schema", typ, id)
		}
	}
	sort.Strings(names)
	var defs []string
	for name := range committedDefs(t) {
		defs = append(defs, name)
	}
	sort.Strings(defs)
	if !slices.Equal(names, defs) {
		t.Errorf("Lookup names\n\t%v\nthe committed schema defines\n\t%v", names, defs)
	}
	stable := []string{
		"agreement.Cadence", "agreement.Commitment", "agreement.Engagement", "agreement.EngagementKind",
		"agreement.EngagementStatus", "agreement.Implementation", "agreement.Kind", "agreement.Mechanism",
		"agreement.Party", "agreement.PartyKind", "agreement.Representative", "agreement.Status",
		"agreement.Step", "agreement.Term", "agreement.Venue", "bilateral.Date", "bilateral.FiscalCalendar",
		"bilateral.ID", "bilateral.LanguageTag", "bilateral.PartyCode", "bilateral.Quarter", "bilateral.Text",
		"focusarea.Area", "focusarea.Baseline", "focusarea.Benefit", "focusarea.Direction", "focusarea.Indicator",
		"focusarea.Key", "focusarea.Observation", "focusarea.Priority", "focusarea.Unit", "milestone.Milestone",
		"milestone.Status",
	}
	if !slices.Equal(defs, stable) {
		t.Errorf("the $defs names of the committed schema changed: they are\n\t%v\nwere\n\t%v", defs, stable)
	}
}

func TestLookupLeavesOtherTypesToTheReflector(t *testing.T) {
	for _, typ := range []reflect.Type{
		reflect.TypeFor[Envelope](),
		reflect.TypeFor[string](),
		reflect.TypeFor[agreement.Progress](),
		reflect.TypeFor[milestone.Tally](),
		reflect.TypeFor[[]milestone.Milestone](),
	} {
		if id := schema.Lookup(typ); id != invopop.EmptyID {
			t.Errorf("Lookup(%v) = %q, want none", typ, id)
		}
	}
	if schema.Lookup(reflect.TypeFor[*agreement.Agreement]()) != schema.ID {
		t.Error("Lookup(*Agreement) is not the committed schema")
	}
}

// Schemas of NewReflector hold no $defs entry for a type of the document,
// and name the other types of the module by package.
func TestNewReflectorNamesByPackage(t *testing.T) {
	type Report struct {
		Progress agreement.Progress `json:"progress"`
		Tally    milestone.Tally    `json:"tally"`
		Kinds    []any              `json:"kinds"`
	}
	s := schema.NewReflector().Reflect(&Report{})
	var names []string
	for name := range s.Definitions {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, want := range []string{"Report", "agreement.Progress", "milestone.Tally", "milestone.StatusCounts"} {
		if !slices.Contains(names, want) {
			t.Errorf("$defs has %v, want %s among them", names, want)
		}
	}
	for _, name := range names {
		if _, ok := committedDefs(t)[name]; ok {
			t.Errorf("$defs has %s, a type of the document, which belongs in place", name)
		}
	}
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(testdata, name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// patch returns the JSON document base with edits.
func patch(base string, edits ...edit) ([]byte, error) {
	doc, err := decode([]byte(base))
	if err != nil {
		return nil, err
	}
	for _, e := range edits {
		if doc, err = e.apply(doc); err != nil {
			return nil, err
		}
	}
	return json.Marshal(doc)
}

// committedDefs returns the $defs of the committed schema.
func committedDefs(t testing.TB) map[string]any {
	t.Helper()
	var doc struct {
		Defs map[string]any `json:"$defs"`
	}
	if err := json.Unmarshal(schema.Agreement(), &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Defs
}
