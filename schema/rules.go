package schema

import (
	"reflect"
	"strings"

	"github.com/invopop/jsonschema"
	orderedmap "github.com/pb33f/ordered-map/v2"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// describeValueTypes gives the $defs of the value types, whose schemas come
// from their JSONSchema methods, the first paragraph of their doc comments.
func describeValueTypes(defs jsonschema.Definitions) {
	for name, def := range defs {
		if def.Description != "" {
			continue
		}
		pkg, typ, _ := strings.Cut(name, ".")
		if pkg == "bilateral" {
			def.Description = comments[module+"."+typ]
		} else {
			def.Description = comments[module+"/"+pkg+"."+typ]
		}
	}
}

const module = "github.com/bilateral-go/bilateral"

// addRules adds the rules that struct reflection cannot know: item counts,
// bounds, non-empty names, and the members that one member's value makes
// required or forbidden. Each matches a rule of Validate, at the same place.
func addRules(s *jsonschema.Schema) {
	defs := s.Definitions
	agreementDef := s
	prop(agreementDef, "parties").MinItems = count(2)
	prop(agreementDef, "parties").MaxItems = count(2)
	prop(agreementDef, "focusAreas").MinItems = count(1)
	prop(agreementDef, "languages").UniqueItems = true

	prop(def(defs, agreement.Representative{}), "name").MinLength = count(1)
	prop(def(defs, focusarea.Priority{}), "statements").MinItems = count(1)
	prop(def(defs, focusarea.Indicator{}), "value").Minimum = "0"

	// A focus area whose key is not in the vocabulary needs a title.
	known := make([]any, 0)
	for _, d := range focusarea.Vocabulary() {
		known = append(known, string(d.Value))
	}
	area := def(defs, focusarea.Area{})
	area.If = &jsonschema.Schema{
		Required:   []string{"key"},
		Properties: props("key", &jsonschema.Schema{Not: &jsonschema.Schema{Enum: known}}),
	}
	area.Then = &jsonschema.Schema{Required: []string{"title"}}

	// A milestone has metIn exactly when it is met or partially met.
	ms := def(defs, milestone.Milestone{})
	ms.If = &jsonschema.Schema{
		Required:   []string{"status"},
		Properties: props("status", &jsonschema.Schema{Enum: []any{string(milestone.Met), string(milestone.PartiallyMet)}}),
	}
	ms.Then = &jsonschema.Schema{Required: []string{"metIn"}}
	ms.Else = &jsonschema.Schema{Properties: props("metIn", jsonschema.FalseSchema)}

	// A scheduled or held engagement has a date.
	eng := def(defs, agreement.Engagement{})
	eng.If = &jsonschema.Schema{
		Required: []string{"status"},
		Properties: props("status", &jsonschema.Schema{Enum: []any{
			string(agreement.EngagementScheduled), string(agreement.EngagementHeld),
		}}),
	}
	eng.Then = &jsonschema.Schema{Required: []string{"date"}}
}

func def(defs jsonschema.Definitions, v any) *jsonschema.Schema {
	return defs[defName(reflect.TypeOf(v))]
}

func prop(s *jsonschema.Schema, name string) *jsonschema.Schema {
	p, _ := s.Properties.Get(name)
	return p
}

func props(name string, s *jsonschema.Schema) *orderedmap.OrderedMap[string, *jsonschema.Schema] {
	p := jsonschema.NewProperties()
	p.Set(name, s)
	return p
}

func count(n uint64) *uint64 { return &n }
