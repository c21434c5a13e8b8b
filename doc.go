// Package bilateral models bilateral agreements: two parties, the focus
// areas they work on (trade, security, energy, …) with proposed actions,
// anticipated benefits and each party's priorities; the commitments they
// make, each with an implementation plan; milestones due in calendar
// quarters; and the meetings and visits between them. Documents are JSON;
// validation finds every broken rule at once, and a JSON Schema lets tools
// in any language check the same documents.
//
// The module does no I/O of its own and never reads the clock: "now" is
// always a parameter.
//
// # Packages
//
//	bilateral   this package: the value types every other package stands on
//	focusarea   focus-area keys, the built-in vocabulary, and the focus-area
//	            section of an agreement (actions, benefits, priorities)
//	milestone   milestones, their status, and schedules of them
//	agreement   the agreement itself: parties, commitments, engagements,
//	            the lifecycle; Parse and Validate; progress as of a quarter
//	agreement/agreementtest
//	            helpers for the tests of programs that use agreements
//	schema      the JSON Schema (draft 2020-12) of agreement documents, and
//	            the model's types in the schemas of others
//
// Nothing imports upward: focusarea imports only this package, milestone
// imports focusarea, and agreement imports both. This package, focusarea,
// milestone and agreement import only the standard library (and, for the
// column widths of agreement's reports, golang.org/x/text/width); the JSON
// Schema, and its dependencies, are in schema alone.
//
// # Usage
//
//	a, err := agreement.Parse(data) // validates too
//	if err != nil {
//		var problems bilateral.Problems
//		errors.As(err, &problems) // every problem, each at its JSON Pointer
//		...
//	}
//	q := bilateral.MustParseQuarter("2024-Q4")
//	fmt.Println(bilateral.USFederal.Label(q)) // FY2025 Q1
//
// # Value types
//
// This package holds small, immutable values in the manner of
// [net/netip.Addr] and [time.Month]. [Quarter] and [Date] are comparable,
// their zero value is "none", and their text methods round-trip;
// [FiscalCalendar] is comparable, its zero value is the calendar year, and
// its values are constants; [Text] holds slices, so it is compared with
// [Text.Equal].
//
//   - [Quarter]: a calendar quarter such as 2024-Q3, with arithmetic,
//     comparison, and a parser for the spellings people write.
//   - [Date]: a civil date such as 2024-06-14.
//   - [FiscalCalendar]: a fiscal year that starts in January, April, July or
//     October ([CalendarYear], [AprilToMarch], [JulyToJune],
//     [OctoberToSeptember]), to show a quarter in a party's own terms
//     ([USFederal] labels 2024-Q4 as "FY2025 Q1").
//   - [Text]: human text in one or more languages.
//   - [Problem] and [Problems]: every broken rule of a document at once, each
//     at an RFC 6901 JSON Pointer, with a stable code and a message.
//   - [ID], [PartyCode] and [LanguageTag]: the identifiers of documents, each
//     with the pattern ([IDPattern], [PartyCodePattern],
//     [LanguageTagPattern]) that validation and the JSON Schema share.
//
// # Errors
//
// Every parser returns a [*ParseError] that names the function and quotes the
// input, and wraps [ErrSyntax] or [ErrRange], so errors.Is works as it does
// for [strconv.NumError].
//
// # Comparing values
//
// [Quarter], [Date] and [FiscalCalendar] are comparable with == and can be map
// keys. [Text] is not; use [Text.Equal]. Each of them has an Equal method, so
// github.com/google/go-cmp compares documents that hold them without options.
package bilateral
