// Package focusarea holds the focus areas of bilateral agreements: the typed
// [Key] that names an area, the built-in vocabulary of well-known areas
// with English, Spanish and French titles, and [Area], the section of an
// agreement that says what the parties propose to do in one area
// ([Area.Actions]), what they expect to gain ([Benefit], quantified by an
// [Indicator] and tracked by its [Baseline] and [Observation] levels) and
// what each party puts first ([Priority]).
//
// # Keys
//
// A key has the form of an identifier ([KeyPattern]), such as
// "border-management". Keys outside the vocabulary are allowed, so that a
// document can bring its own areas; such an area must then have a title.
// [ParseKey] tells an ill-formed key (a syntax error) from a well-formed one,
// and [Key.Known] tells whether a well-formed key is in the vocabulary.
//
// The rules that tie areas to the rest of an agreement (declared once, used
// by commitments and milestones, priorities by one of the two parties) are
// checked by the agreement package.
package focusarea
