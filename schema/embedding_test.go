package schema_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/milestone"
)

// A model type in a named field keeps the rules of its type. Embedded, it
// does not: the jsonschema package reflects the fields of an embedded
// struct in place and asks neither the Mapper nor Lookup about the
// embedded type, so the rules of the type itself (here: a met milestone
// has metIn) are lost, while each of its fields keeps its own schema. The
// documentation says model types must be named fields; this test shows why
// and fails when the jsonschema package starts to map embedded types.
func TestEmbeddedModelTypeLosesItsRules(t *testing.T) {
	type Named struct {
		Milestone milestone.Milestone `json:"milestone"`
		Note      string              `json:"note"`
	}
	type Embedded struct {
		milestone.Milestone
		Note string `json:"note"`
	}
	const fields = `"id": "m", "quarter": "2025-Q1", "area": "trade", "title": "T", "status": "met"`
	const metWithoutMetIn = `{` + fields + `}`
	const badQuarter = `"id": "m", "quarter": "2025-Q5", "area": "trade", "title": "T", "status": "planned"`
	for _, way := range reflections {
		if !strings.HasPrefix(way.name, "NewReflector") {
			continue // a plain Reflector is not meant to keep the rules
		}
		t.Run(way.name, func(t *testing.T) {
			named, _ := compileReflected(t, way.reflector(), &Named{}, way.withCommitted)
			got := failures(named, []byte(`{"milestone": `+metWithoutMetIn+`, "note": "n"}`))
			if !slices.Contains(got, "/milestone required conditional=true alternative=false") {
				t.Errorf("a named field: a met milestone without metIn fails %v, want required at /milestone", got)
			}

			embedded, _ := compileReflected(t, way.reflector(), &Embedded{}, way.withCommitted)
			if got := failures(embedded, []byte(`{`+fields+`, "note": "n"}`)); len(got) > 0 {
				t.Errorf("an embedded milestone: a met milestone without metIn fails %v; the rules of an embedded type are kept now, say so in the docs", got)
			}
			if got := failures(embedded, []byte(`{`+badQuarter+`, "note": "n"}`)); len(got) == 0 {
				t.Error("an embedded milestone: a quarter out of range passes, want its field's schema to reject it")
			}
		})
	}
}
