package agreement

import "slices"

// The codes of the problems that [Parse] and [Agreement.Validate] report, in
// [bilateral.Problem.Code]. They are stable: programs may switch on them.
// [Codes] says what each means and how to fix it.
const (
	// Reading the JSON text (Parse only).
	CodeJSONSyntax          = "json.syntax"           // malformed JSON
	CodeJSONType            = "json.type"             // wrong JSON type, or null
	CodeJSONUnknownMember   = "json.unknown-member"   // member not in the model
	CodeJSONDuplicateMember = "json.duplicate-member" // member twice in one object
	CodeJSONEmptyString     = "json.empty-string"     // "" given as a value
	CodeJSONNumber          = "json.number"           // number out of range
	CodeJSONTooLarge        = "json.too-large"        // past a limit of ParseOptions

	// The form of single values.
	CodeRequired          = "required"              // required member missing
	CodeTooFewItems       = "items.too-few"         // array with too few items
	CodeIDSyntax          = "id.syntax"             // ill-formed id
	CodeKeySyntax         = "key.syntax"            // ill-formed focus-area key
	CodePartyCodeSyntax   = "party-code.syntax"     // ill-formed party code
	CodeLanguageSyntax    = "language.syntax"       // ill-formed language tag
	CodeEnumUnknown       = "enum.unknown"          // value outside its enum
	CodeQuarterInvalid    = "quarter.invalid"       // not a quarter
	CodeQuarterCanonical  = "quarter.not-canonical" // a quarter in a lenient spelling
	CodeDateInvalid       = "date.invalid"          // not a date
	CodeTextEmpty         = "text.empty"            // text with no words
	CodeTextInvalidUTF8   = "text.invalid-utf8"     // text that is not UTF-8
	CodeNumberNotFinite   = "number.not-finite"     // NaN or infinity
	CodeNumberNegative    = "number.negative"       // number below 0
	CodeLanguageDuplicate = "language.duplicate"    // language declared twice
	CodeBaselineZero      = "baseline.zero"         // a baseline of 0 for a change in percent

	// Parties, areas and references between parts of the document.
	CodePartiesCount      = "parties.count"      // not exactly two parties
	CodePartiesSameCode   = "parties.same-code"  // both parties have one code
	CodeAreaTitleMissing  = "area.title-missing" // unknown key without a title
	CodeKeyDuplicate      = "key.duplicate"      // focus-area key twice
	CodeIDDuplicate       = "id.duplicate"       // id twice in one list
	CodeAreaUndeclared    = "area.undeclared"    // area not in focusAreas
	CodePartyUnknown      = "party.unknown"      // code of neither party
	CodeCommitmentUnknown = "commitment.unknown" // no commitment with that id
	CodeMilestoneUnknown  = "milestone.unknown"  // no milestone with that id

	// Time.
	CodeTermOrder                 = "term.order"                  // term ends before it starts
	CodeQuarterOutsideTerm        = "quarter.outside-term"        // quarter outside the term
	CodeImplementationOrder       = "implementation.order"        // implementation ends before it starts
	CodeMilestoneBeforeDependency = "milestone.before-dependency" // due before a dependency
	CodeMilestoneCycle            = "milestone.cycle"             // dependencies in a cycle
	CodeMetInMissing              = "met-in.missing"              // met without metIn
	CodeMetInUnexpected           = "met-in.unexpected"           // metIn but not met
	CodeMetInBeforeTerm           = "met-in.before-term"          // met before the term
	CodeOriginalQuarterSame       = "original-quarter.same"       // rescheduled to the same quarter
	CodeEngagementDateMissing     = "engagement.date-missing"     // scheduled or held without a date
	CodeObservationsOrder         = "observations.order"          // observations not oldest first, one per quarter
	CodeObservationBeforeBaseline = "observation.before-baseline" // observed no later than the baseline

	// The lifecycle.
	CodeHistoryOrder          = "history.order"           // history dates go backwards
	CodeHistoryIllegalMove    = "history.illegal-move"    // a move the lifecycle forbids
	CodeHistoryStatusMismatch = "history.status-mismatch" // status is not the last step

	// Languages.
	CodeTextLanguageMissing = "text.language-missing" // text lacks a declared language

	// The list of problems itself (Parse only).
	CodeProblemsTruncated = "problems.truncated" // more problems than ParseOptions.MaxProblems
)

// A CodeInfo documents one problem code.
type CodeInfo struct {
	// Code is the code, as in [bilateral.Problem.Code].
	Code string
	// Meaning says what rule the document breaks.
	Meaning string
	// Fix says how to mend the document.
	Fix string
	// SchemaChecks reports whether the JSON Schema of the document can
	// express the rule, so that a schema validator finds the same problem
	// at the same place. The other rules only Validate checks.
	SchemaChecks bool
}

// Codes returns the catalogue of every problem code that Parse and Validate
// report, in the order of the constants. The slice is a copy.
func Codes() []CodeInfo { return slices.Clone(codes) }

var codes = []CodeInfo{
	{CodeJSONSyntax, "The text is not well-formed JSON, or is not valid UTF-8. The message gives the line and column.", "Correct the JSON at that place.", false},
	{CodeJSONType, "A value has the wrong JSON type, such as a number where a string belongs, or is null.", "Give a value of the type the message names, or leave an optional member out instead of writing null.", true},
	{CodeJSONUnknownMember, "An object has a member that the document model does not define; often a misspelt name.", "Remove the member or correct its name; the message lists the names allowed there.", true},
	{CodeJSONDuplicateMember, "An object has the same member name twice, so one of the two values would be lost.", "Keep one of the two members.", false},
	{CodeJSONEmptyString, "A member has the empty string as its value.", "Give a value, or leave the member out if it is optional.", true},
	{CodeJSONNumber, "A number is too large, so small that it would be read as 0, or a fraction where a whole number belongs.", "Give a number in range, or 0 itself.", false},
	{CodeJSONTooLarge, "The document is larger than ParseOptions.MaxBytes, or nests arrays and objects deeper than ParseOptions.MaxDepth (64 by default). Parse reads no further.", "Send a smaller document, or one without the deeply nested value; agreement documents nest less than 10 deep.", false},

	{CodeRequired, "A required member is missing. The problem is at the object that should hold it.", "Add the member the message names.", true},
	{CodeTooFewItems, "An array has fewer items than it must: focusAreas and a priority's statements need at least one.", "Add items, or leave an optional array out.", true},
	{CodeIDSyntax, "An id is not lower-case words of letters and digits joined by single hyphens, at most 64 characters, like trade-policy-harmonization.", "Rewrite the id in that form.", true},
	{CodeKeySyntax, "A focus-area key does not have the form of an id, like border-management.", "Rewrite the key in that form; the built-in keys are listed in the focusarea package.", true},
	{CodePartyCodeSyntax, "A party code is not an ISO 3166-1 alpha-2 code (MX) or ISO 3166-2 subdivision (MX-CMX) in upper case; or a venue is neither alternating nor a party code.", "Write the code in upper case, like US or MX-CMX.", true},
	{CodeLanguageSyntax, "A language tag is not BCP 47 with a lower-case primary subtag, like en or es-MX.", "Write the tag like en, es or es-MX.", true},
	{CodeEnumUnknown, "A value is not one of those allowed at its place. The message lists the allowed values.", "Use one of the listed values.", true},
	{CodeQuarterInvalid, "A quarter is not of the form 2024-Q3 with a year from 0001 to 9999 and a quarter from 1 to 4.", "Write the quarter like 2024-Q3.", true},
	{CodeQuarterCanonical, "A quarter is written in a spelling people use, like Q3 2024, but documents carry only the canonical form.", "Write the canonical form the message gives, like 2024-Q3.", true},
	{CodeDateInvalid, "A date is not of the form 2024-06-14, or is a day that does not exist, like 2023-02-29.", "Write an existing day as YYYY-MM-DD.", true},
	{CodeTextEmpty, "A text is empty: an object with no languages, or a language whose text is empty.", "Give the text, or leave an optional text out.", true},
	{CodeTextInvalidUTF8, "A text, or a representative's name, of an agreement built in Go is not valid UTF-8, so json.Marshal would replace its bad bytes and the document would not read back the same. Parse rejects such text as json.syntax.", "Give the text in UTF-8.", false},
	{CodeNumberNotFinite, "A number (an indicator's value, or a level of its baseline or observations) is not finite (NaN or infinite). Only values built in Go can hold one.", "Give a finite number.", false},
	{CodeNumberNegative, "An indicator's value is below 0. The direction says which way the metric moves; the value is the size of the change. (Levels, of a baseline or an observation, may be negative.)", "Give the size of the change as a number of at least 0, and set direction.", true},
	{CodeLanguageDuplicate, "The same language is declared twice in languages.", "Declare each language once.", true},
	{CodeBaselineZero, "An indicator's change is in percent of its baseline, and the baseline's level is 0, from which no change in percent can be measured.", "Give the change in absolute terms (unit absolute), or correct the baseline.", true},

	{CodePartiesCount, "An agreement does not have exactly two parties.", "Give exactly two parties.", true},
	{CodePartiesSameCode, "Both parties have the same code, so references to a party are ambiguous.", "Give each party its own code.", false},
	{CodeAreaTitleMissing, "A focus area has a key outside the built-in vocabulary and no title, so it has no name to show.", "Add a title, or use a key of the vocabulary.", true},
	{CodeKeyDuplicate, "Two focus areas have the same key.", "Merge the two areas into one.", false},
	{CodeIDDuplicate, "Two commitments, milestones or engagements have the same id.", "Give each item of the list its own id.", false},
	{CodeAreaUndeclared, "A commitment or milestone names a focus area that the agreement does not declare in focusAreas.", "Declare the area in focusAreas, or correct the key.", false},
	{CodePartyUnknown, "A party code (of a priority, a lead, a venue or a host) is not the code of either party.", "Use the code of one of the two parties.", false},
	{CodeCommitmentUnknown, "A milestone names a commitment that does not exist.", "Correct the id, or add the commitment.", false},
	{CodeMilestoneUnknown, "A milestone depends on a milestone that does not exist.", "Correct the id, or add the milestone.", false},

	{CodeTermOrder, "The term ends before it starts.", "Swap or correct the quarters of the term.", false},
	{CodeQuarterOutsideTerm, "A milestone's quarter, an implementation's start or end, or an indicator's quarter lies outside the term.", "Move the quarter into the term, or extend the term.", false},
	{CodeImplementationOrder, "An implementation ends before it starts.", "Correct the start or end quarter.", false},
	{CodeMilestoneBeforeDependency, "A milestone is due before a milestone it depends on.", "Move the milestone later, or its dependency earlier.", false},
	{CodeMilestoneCycle, "Milestones depend on each other in a cycle, so none of them can be met first. The message names the cycle.", "Remove one of the dependencies in the cycle.", false},
	{CodeMetInMissing, "A milestone is met or partially met but does not say when (metIn).", "Add metIn, the quarter in which it was met.", true},
	{CodeMetInUnexpected, "A milestone has metIn but is neither met nor partially met.", "Remove metIn, or set the status to met or partially-met.", true},
	{CodeMetInBeforeTerm, "A milestone was met before the agreement's term started.", "Correct metIn.", false},
	{CodeOriginalQuarterSame, "A milestone's originalQuarter equals its quarter, so it was not rescheduled.", "Remove originalQuarter, or correct it.", false},
	{CodeEngagementDateMissing, "An engagement is scheduled or held but has no date.", "Add the date.", true},
	{CodeObservationsOrder, "An indicator's observation is not in a quarter after that of the observation before it: observations are listed oldest first, at most one per quarter.", "Put the observations in order of quarter, and keep one per quarter.", false},
	{CodeObservationBeforeBaseline, "An indicator's observation is in the quarter of its baseline or before it, so it measures no change since the baseline.", "Correct the observation's quarter, or the baseline.", false},

	{CodeHistoryOrder, "A step of the history has an earlier date than the step before it.", "Put the steps in date order, oldest first, and correct the dates.", false},
	{CodeHistoryIllegalMove, "A step of the history is a move that the lifecycle does not allow, such as from proposed to in-force. The message lists the legal moves.", "Add the missing steps, or correct the status.", false},
	{CodeHistoryStatusMismatch, "The agreement's status is not the status of the last step of its history.", "Make status equal the last step's status, or add the step that reached it.", false},

	{CodeTextLanguageMissing, "The agreement declares more than one language, and a text is a plain string or lacks one of them.", "Write the text as an object with every declared language.", false},

	{CodeProblemsTruncated, "The document has more problems than ParseOptions.MaxProblems (100 by default), so Parse stopped reading and checking it. This problem comes last, at the document root, after the first ones found.", "Fix the problems reported and parse again, or raise ParseOptions.MaxProblems.", false},
}
