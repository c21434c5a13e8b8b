package schema

import (
	"github.com/invopop/jsonschema"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
)

// The schemas of the value types and enums: types whose JSON form is a
// single string or number, which struct reflection cannot see. Each uses
// the same pattern constant as the type's own checks, and each enum lists
// the definition table that validation uses, so that the schema and
// validation cannot drift.

// quarterSchema is the JSON form of a Quarter: its canonical text.
func quarterSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Pattern: bilateral.QuarterPattern}
}

// dateSchema is the JSON form of a Date. The pattern alone rejects what
// ParseDate rejects, days that do not exist included; the "date" format
// (RFC 3339 full-date) tells tools what the string is.
func dateSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Format: "date", Pattern: bilateral.DatePattern}
}

// textSchema is the JSON form of a Text: a non-empty string, or an object
// of language tag to non-empty string with at least one member.
func textSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		OneOf: []*jsonschema.Schema{
			{Type: "string", MinLength: count(1), Title: "Plain text", Description: "Text in the document's first language."},
			{
				Type:                 "object",
				Title:                "Translations",
				Description:          "Text by language tag, such as {\"en\": \"Trade\", \"es\": \"Comercio\"}.",
				MinProperties:        count(1),
				PropertyNames:        &jsonschema.Schema{Pattern: bilateral.LanguageTagPattern},
				AdditionalProperties: &jsonschema.Schema{Type: "string", MinLength: count(1)},
			},
		},
	}
}

// fiscalCalendarSchema is the JSON form of a FiscalCalendar: the number of
// the month in which the fiscal year starts, one of the months that
// NewFiscalCalendar accepts.
func fiscalCalendarSchema() *jsonschema.Schema {
	s := &jsonschema.Schema{Type: "integer"}
	for _, f := range bilateral.FiscalYearStarts() {
		s.OneOf = append(s.OneOf, &jsonschema.Schema{
			Const: int(f.Month), Title: f.Month.String(), Description: f.Description,
		})
	}
	return s
}

// idSchema is the JSON form of an ID.
func idSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Pattern: bilateral.IDPattern, MaxLength: count(bilateral.IDMaxLength)}
}

// partyCodeSchema is the JSON form of a PartyCode.
func partyCodeSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Pattern: bilateral.PartyCodePattern}
}

// languageTagSchema is the JSON form of a LanguageTag.
func languageTagSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Pattern: bilateral.LanguageTagPattern}
}

// keySchema is the JSON form of a focus-area Key: any well-formed key, with
// the built-in vocabulary listed, titles and descriptions included.
func keySchema() *jsonschema.Schema {
	open := &jsonschema.Schema{
		Pattern: focusarea.KeyPattern, MaxLength: count(bilateral.IDMaxLength),
		Title:       "Another area",
		Description: "A key outside the vocabulary; the area must then have a title.",
	}
	return &jsonschema.Schema{Type: "string", AnyOf: append(consts(focusarea.Vocabulary()), open)}
}

// venueSchema is the JSON form of a Venue: alternating, or the code of the
// party that hosts every session.
func venueSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Type: "string",
		AnyOf: []*jsonschema.Schema{
			{Const: string(agreement.Alternating), Title: "Alternating", Description: "Sessions are held alternately by each party, the first by the first lead (or the first party)."},
			{Pattern: bilateral.PartyCodePattern, Title: "One host", Description: "The code of the party that hosts every session."},
		},
	}
}

// enumSchema returns a func that gives the JSON Schema of a string enum:
// one of the values of defs, each with its title and description.
func enumSchema[T ~string](defs func() []bilateral.Definition[T]) func() *jsonschema.Schema {
	return func() *jsonschema.Schema {
		return &jsonschema.Schema{Type: "string", OneOf: consts(defs())}
	}
}

// consts returns one schema per definition: its value as a const, with its
// title and description.
func consts[T ~string](defs []bilateral.Definition[T]) []*jsonschema.Schema {
	out := make([]*jsonschema.Schema, len(defs))
	for i, d := range defs {
		out[i] = &jsonschema.Schema{Const: string(d.Value), Title: d.Title.String(), Description: d.Description.String()}
	}
	return out
}
