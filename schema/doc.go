// Package schema provides the JSON Schema (draft 2020-12) of agreement
// documents, so that tools in any language can check documents with the
// schema alone.
//
// [Agreement] returns the schema as committed in agreement.schema.json;
// [Generate] builds the same bytes from the Go types. The schema checks
// everything about a document that JSON Schema can express: required
// members, types, the forms of ids, codes, keys, quarters and dates, the
// allowed values of every enum, unknown members, item counts, bounds, and
// the members that another member's value requires (a title for a focus
// area outside the vocabulary, metIn for a met milestone, a date for a held
// engagement, a baseline for an indicator with observations, one other than
// 0 for a change in percent). The rules that only
// [agreement.Agreement.Validate] can check (references between parts,
// uniqueness of ids and keys, the order of quarters, observations' among
// them, dependency cycles, the lifecycle, languages) are named in the
// descriptions of the places they apply to; the description of history
// gives the table of legal lifecycle moves.
package schema
