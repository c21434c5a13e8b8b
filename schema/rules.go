package schema

import (
	"strings"

	"github.com/invopop/jsonschema"
	orderedmap "github.com/pb33f/ordered-map/v2"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// The rules that struct reflection cannot know: item counts, bounds,
// non-empty names, and the members that one member's value makes required
// or forbidden. Each matches a rule of Validate, at the same place, and
// each is added to the schema of the type it is about, so that it holds
// wherever the type appears.

// agreementRules: exactly two parties, at least one focus area, languages
// each once, and the legal moves of the lifecycle in the description of
// the history.
func agreementRules(s *jsonschema.Schema) {
	s.Title = "Bilateral agreement"
	prop(s, "parties").MinItems = count(2)
	prop(s, "parties").MaxItems = count(2)
	prop(s, "focusAreas").MinItems = count(1)
	prop(s, "languages").UniqueItems = true
	history := prop(s, "history")
	history.Description += " " + lifecycle()
}

// representativeRules: a representative's name is not empty.
func representativeRules(s *jsonschema.Schema) {
	prop(s, "name").MinLength = count(1)
}

// priorityRules: a priority has at least one statement.
func priorityRules(s *jsonschema.Schema) {
	prop(s, "statements").MinItems = count(1)
}

// indicatorRules: an indicator's value is at least 0; and the rules of its
// measured levels that JSON Schema can express: a baseline once there are
// observations (an array with an item: an empty one is no observations, as
// Parse reads it), and a baseline other than 0 when the change is in
// percent. The levels themselves may be any number, negative ones too. The
// order of the observations, and their quarters after the baseline's, only
// Validate checks.
func indicatorRules(s *jsonschema.Schema) {
	prop(s, "value").Minimum = "0"
	s.AllOf = append(s.AllOf,
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
				// The type, which strict validators (Ajv's strictTypes)
				// want beside properties.
				Type:       "object",
				Properties: props("value", &jsonschema.Schema{Not: &jsonschema.Schema{Const: 0}}),
			})},
		},
	)
}

// areaRules: a focus area whose key is well formed but not in the
// vocabulary needs a title. An ill-formed key is a problem of its own, and
// Validate checks nothing more about it, so the rule does not fire for one.
func areaRules(s *jsonschema.Schema) {
	known := make([]any, 0)
	for _, d := range focusarea.Vocabulary() {
		known = append(known, string(d.Value))
	}
	s.If = &jsonschema.Schema{
		Required: []string{"key"},
		Properties: props("key", &jsonschema.Schema{
			Type:      "string",
			Pattern:   focusarea.KeyPattern,
			MaxLength: count(bilateral.IDMaxLength),
			Not:       &jsonschema.Schema{Enum: known},
		}),
	}
	s.Then = requires("title")
}

// milestoneRules: a milestone has metIn exactly when it is met or
// partially met: two rules, each of which fires only for a status that is
// one of the statuses (or, for the second, no status, which means
// scheduled).
func milestoneRules(s *jsonschema.Schema) {
	var metStatuses, otherStatuses []any
	for _, d := range milestone.Statuses() {
		if d.Value.Achieved() {
			metStatuses = append(metStatuses, string(d.Value))
		} else {
			otherStatuses = append(otherStatuses, string(d.Value))
		}
	}
	s.AllOf = []*jsonschema.Schema{
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
}

// engagementRules: a scheduled or held engagement has a date.
func engagementRules(s *jsonschema.Schema) {
	var dated []any
	for _, d := range agreement.EngagementStatuses() {
		if d.Value.NeedsDate() {
			dated = append(dated, string(d.Value))
		}
	}
	s.If = &jsonschema.Schema{
		Required:   []string{"status"},
		Properties: props("status", &jsonschema.Schema{Enum: dated}),
	}
	s.Then = requires("date")
}

// agreementStatusSchema is the enum of an agreement's statuses, whose
// description gives the legal moves of the lifecycle.
func agreementStatusSchema() *jsonschema.Schema {
	s := enumSchema(agreement.Statuses)()
	s.Description = comments[agreementStatusComment] + " " + lifecycle()
	return s
}

const agreementStatusComment = module + "/agreement.Status"

const module = "github.com/bilateral-go/bilateral"

// lifecycle writes the table of legal lifecycle moves, which Validate
// checks history against, so that tools in any language can learn it.
func lifecycle() string {
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
	return "The legal moves are: " + strings.Join(rows, "; ") + "; " +
		list(final, "and") + " are final."
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
// subschemas, that has a pattern and no guard yet.
func guardPatterns(s *jsonschema.Schema) {
	if s == nil {
		return
	}
	if s.Pattern != "" && !guarded(s.Not) {
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
	for _, x := range s.PatternProperties {
		guardPatterns(x)
	}
}

// guarded reports whether not, the not of a schema, is the newline guard
// or an anyOf that has it: the schema was guarded before, as the schema of
// a type of the document is when it is inlined in another.
func guarded(not *jsonschema.Schema) bool {
	if not == nil {
		return false
	}
	if not.Pattern == newlineGuard {
		return true
	}
	for _, x := range not.AnyOf {
		if guarded(x) {
			return true
		}
	}
	return false
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
