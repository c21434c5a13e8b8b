package bilateral

import "github.com/invopop/jsonschema"

// The JSON Schemas of the value types. Each uses the same pattern constant
// as the type's own checks, so that the schema and validation cannot drift.
// The schema package adds the descriptions, from these types' doc comments.

// JSONSchema describes the JSON form of a Quarter: its canonical text.
func (Quarter) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Pattern: QuarterPattern}
}

// JSONSchema describes the JSON form of a Date. [DatePattern] alone
// rejects what [ParseDate] rejects, days that do not exist included; the
// "date" format (RFC 3339 full-date) tells tools what the string is.
func (Date) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Format: "date", Pattern: DatePattern}
}

// JSONSchema describes the JSON form of a Text: a non-empty string, or an
// object of language tag to non-empty string with at least one member.
func (Text) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		OneOf: []*jsonschema.Schema{
			{Type: "string", MinLength: ptr(1), Title: "Plain text", Description: "Text in the document's first language."},
			{
				Type:                 "object",
				Title:                "Translations",
				Description:          "Text by language tag, such as {\"en\": \"Trade\", \"es\": \"Comercio\"}.",
				MinProperties:        ptr(1),
				PropertyNames:        &jsonschema.Schema{Pattern: LanguageTagPattern},
				AdditionalProperties: &jsonschema.Schema{Type: "string", MinLength: ptr(1)},
			},
		},
	}
}

// JSONSchema describes the JSON form of a FiscalCalendar: the number of the
// month in which the fiscal year starts, one of the months that
// [NewFiscalCalendar] accepts.
func (FiscalCalendar) JSONSchema() *jsonschema.Schema {
	s := &jsonschema.Schema{Type: "integer"}
	for _, f := range fiscalStarts {
		s.OneOf = append(s.OneOf, &jsonschema.Schema{
			Const: int(f.month), Title: f.month.String(), Description: f.description,
		})
	}
	return s
}

// JSONSchema describes the JSON form of an ID.
func (ID) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Pattern: IDPattern, MaxLength: ptr(IDMaxLength)}
}

// JSONSchema describes the JSON form of a PartyCode.
func (PartyCode) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Pattern: PartyCodePattern}
}

// JSONSchema describes the JSON form of a LanguageTag.
func (LanguageTag) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Pattern: LanguageTagPattern}
}

func ptr(n uint64) *uint64 { return &n }
