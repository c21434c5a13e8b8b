package schema

import (
	"reflect"
	"strings"

	"github.com/invopop/jsonschema"
	orderedmap "github.com/pb33f/ordered-map/v2"

	"github.com/bilateral-go/bilateral"
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

// describeLifecycle adds the table of legal lifecycle moves, which
// Validate checks history against, to the descriptions of the agreement's
// history and of its statuses, so that tools in any language can learn it.
func describeLifecycle(s *jsonschema.Schema) {
	moves := agreement.LegalMoves()
	var rows []string
	var final []agreement.Status
	for _, d := range agreement.Statuses() {
		to, ok := moves[d.Value]
		if !ok {
			final = append(final, d.Value)
			continue
		}
		rows = append(rows, "from "+string(d.Value)+" to "+list(to, "or"))
	}
	table := "The legal moves are: " + strings.Join(rows, "; ") + "; " +
		list(final, "and") + " are final."
	history := prop(s, "history")
	history.Description += " " + table
	status := def(s.Definitions, agreement.Status(""))
	status.Description += " " + table
}

// list writes statuses as "a, b or c", with the conjunction given.
func list(statuses []agreement.Status, conjunction string) string {
	var b strings.Builder
	for i, s := range statuses {
		switch {
		case i > 0 && i == len(statuses)-1:
			b.WriteString(" " + conjunction + " ")
		case i > 0:
			b.WriteString(", ")
		}
		b.WriteString(string(s))
	}
	return b.String()
}

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

	// A focus area whose key is well formed but not in the vocabulary needs
	// a title. An ill-formed key is a problem of its own, and Validate
	// checks nothing more about it, so the rule does not fire for one.
	known := make([]any, 0)
	for _, d := range focusarea.Vocabulary() {
		known = append(known, string(d.Value))
	}
	area := def(defs, focusarea.Area{})
	area.If = &jsonschema.Schema{
		Required: []string{"key"},
		Properties: props("key", &jsonschema.Schema{
			Type:      "string",
			Pattern:   focusarea.KeyPattern,
			MaxLength: count(bilateral.IDMaxLength),
			Not:       &jsonschema.Schema{Enum: known},
		}),
	}
	area.Then = requires("title")

	// A milestone has metIn exactly when it is met or partially met: two
	// rules, each of which fires only for a status that is one of the
	// statuses (or, for the second, no status, which means scheduled).
	var metStatuses, otherStatuses []any
	for _, d := range milestone.Statuses() {
		if d.Value == milestone.Met || d.Value == milestone.PartiallyMet {
			metStatuses = append(metStatuses, string(d.Value))
		} else {
			otherStatuses = append(otherStatuses, string(d.Value))
		}
	}
	ms := def(defs, milestone.Milestone{})
	ms.AllOf = []*jsonschema.Schema{
		{
			If: &jsonschema.Schema{
				Required:   []string{"status"},
				Properties: props("status", &jsonschema.Schema{Enum: metStatuses}),
			},
			Then: requires("metIn"),
		},
		{
			If:   &jsonschema.Schema{Properties: props("status", &jsonschema.Schema{Enum: otherStatuses})},
			Then: &jsonschema.Schema{Properties: props("metIn", jsonschema.FalseSchema)},
		},
	}

	indicatorLevels(defs)

	// A scheduled or held engagement has a date.
	eng := def(defs, agreement.Engagement{})
	eng.If = &jsonschema.Schema{
		Required: []string{"status"},
		Properties: props("status", &jsonschema.Schema{Enum: []any{
			string(agreement.EngagementScheduled), string(agreement.EngagementHeld),
		}}),
	}
	eng.Then = requires("date")
}

// indicatorLevels adds the rules of an indicator's measured levels that
// JSON Schema can express: a baseline once there are observations (an
// array with an item: an empty one is no observations, as Parse reads
// it), and a baseline other than 0 when the change is in percent. The
// levels themselves may be any number, negative ones too; only the
// indicator's value is at least 0. The order of the observations, and
// their quarters after the baseline's, only Validate checks.
func indicatorLevels(defs jsonschema.Definitions) {
	ind := def(defs, focusarea.Indicator{})
	ind.AllOf = append(ind.AllOf,
		&jsonschema.Schema{
			If: &jsonschema.Schema{
				Required:   []string{"observations"},
				Properties: props("observations", &jsonschema.Schema{Type: "array", MinItems: count(1)}),
			},
			Then: requires("baseline"),
		},
		&jsonschema.Schema{
			If: &jsonschema.Schema{
				Required:   []string{"unit"},
				Properties: props("unit", &jsonschema.Schema{Const: string(focusarea.Percent)}),
			},
			Then: &jsonschema.Schema{Properties: props("baseline", &jsonschema.Schema{
				Properties: props("value", &jsonschema.Schema{Not: &jsonschema.Schema{Const: 0}}),
			})},
		},
	)
}

// requires returns a schema that requires the member name. It also declares
// the member, as strict validators (Ajv's strictRequired) want of every
// required member.
func requires(name string) *jsonschema.Schema {
	return &jsonschema.Schema{Required: []string{name}, Properties: props(name, jsonschema.TrueSchema)}
}

// newlineGuard is the pattern of strings that hold a line feed. Every
// schema with a pattern also has "not": {"pattern": newlineGuard}: in
// Python's re, which python-jsonschema uses, "$" also matches before a
// line feed that ends the string, so "trade\n" would match the pattern of
// ids; RE2, ECMAScript and the others read "$" as the end of the string.
// No pattern of the document allows a line feed, so the guard changes
// nothing elsewhere. (ECMAScript has no \z to say it in the pattern.)
const newlineGuard = "\n"

// guardPatterns adds the newline guard to every schema of s, and of its
// subschemas, that has a pattern.
func guardPatterns(s *jsonschema.Schema) {
	if s == nil {
		return
	}
	if s.Pattern != "" {
		guard := &jsonschema.Schema{Pattern: newlineGuard}
		if s.Not == nil {
			s.Not = guard
		} else {
			s.Not = &jsonschema.Schema{AnyOf: []*jsonschema.Schema{s.Not, guard}}
		}
	}
	for _, sub := range [][]*jsonschema.Schema{s.AllOf, s.AnyOf, s.OneOf, s.PrefixItems} {
		for _, x := range sub {
			guardPatterns(x)
		}
	}
	for _, x := range []*jsonschema.Schema{s.If, s.Then, s.Else, s.Items, s.AdditionalProperties, s.PropertyNames, s.Contains} {
		guardPatterns(x)
	}
	for _, x := range s.Definitions {
		guardPatterns(x)
	}
	if s.Properties != nil {
		for p := s.Properties.Oldest(); p != nil; p = p.Next() {
			guardPatterns(p.Value)
		}
	}
	if s.PatternProperties != nil {
		for _, x := range s.PatternProperties {
			guardPatterns(x)
		}
	}
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
