// Package schema provides the JSON Schema (draft 2020-12) of agreement
// documents, so that tools in any language can check documents with the
// schema alone, and schemas of the model's types for the schemas of
// others.
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
//
// # The schemas of others
//
// A service that reflects its own types with github.com/invopop/jsonschema,
// a request that holds an [agreement.Agreement] or a []milestone.Milestone,
// has two ways to get the model's types right in them:
//
//   - in place: reflect with the Reflector that [NewReflector] returns,
//     which gives each type of the document the schema it has in the
//     committed schema, rules included;
//   - by reference: set the Reflector's Lookup to [Lookup], which refers to
//     each type of the document in the committed schema, by its $id and its
//     $defs name, and bundle the committed schema beside.
//
// The model packages themselves know nothing of JSON Schema: this package
// reads their definition tables and doc comments, and holds all the rest.
//
// # Names
//
// The committed schema has the agreement at its root and each of its parts
// in $defs, under its Go name qualified by its package, such as
// "milestone.Status" beside "agreement.Status" and "bilateral.Quarter".
// These names, and the $id [ID], are part of the API: [Lookup] refers to
// them, and they stay from release to release of this major version.
package schema
