// Package agreement holds the aggregate of the module: the [Agreement], its
// two [Party] values, its [Commitment] values with their [Implementation]
// plans, its [Engagement] values, and its lifecycle [Status]; and the two
// entry points that read and check agreement documents, [Parse] and
// [Agreement.Validate].
//
// # Reading and checking documents
//
// [Parse] turns the JSON document into an [Agreement] and validates it;
// [Agreement.Validate] checks an agreement built in Go. Both report every
// problem at once as a [bilateral.Problems]: each problem has the RFC 6901
// JSON Pointer of the place that breaks a rule, a stable code, and a message
// that says what is wrong and what would be right.
//
//	a, err := agreement.Parse(data)
//	var problems bilateral.Problems
//	if errors.As(err, &problems) {
//		for _, p := range problems {
//			fmt.Println(p.Path, p.Code, p.Message)
//		}
//	}
//
// # Untrusted input
//
// Whatever a document holds, Parse takes time and memory in proportion to
// its size, and reports few, short problems: [ParseOptions] bound the size
// of a document, how deep it nests and how many problems are reported, with
// defaults that suit any real document ([DefaultMaxDepth],
// [DefaultMaxProblems]). Messages quote at most 64 bytes of the document,
// and paths are at most 1 KiB long. An [Agreement] is a json.Unmarshaler
// that reads as Parse does, so json.Unmarshal into one, or into a struct
// that holds one, is as strict as Parse.
//
// # Problem codes
//
// [Codes] is the catalogue of every code, with what it means and how to fix
// it; the Code constants name them. Codes are grouped by the part of the
// rules they check: the JSON text (json.*, Parse only), the form of values
// (required, id.syntax, enum.unknown, …), references between parts
// (area.undeclared, party.unknown, …), time (quarter.outside-term,
// milestone.cycle, observations.order, …), the lifecycle (history.*) and
// languages (text.language-missing).
//
// # The lifecycle
//
// An agreement's status moves as in treaty practice; [LegalMoves],
// [Status.Moves] and [Status.CanMoveTo] give the legal moves, which the
// history must follow:
//
//	proposed              -> negotiating | withdrawn
//	negotiating           -> concluded | withdrawn
//	concluded             -> signed | in-force | withdrawn
//	signed                -> provisionally-applied | in-force | withdrawn
//	provisionally-applied -> in-force | terminated
//	in-force              -> suspended | terminated
//	suspended             -> in-force | terminated
//
// Withdrawn and terminated are final. An agreement with no history may have
// any status.
//
// # Tracking over time
//
// An agreement is tracked quarter by quarter, and "now" is always a
// parameter: the package never reads the clock. [Agreement.Schedule] gives
// the milestones' queries (overdue, blocked, upcoming as of a quarter, and
// more); [Agreement.Occurrences] and [Agreement.Sessions] give the sessions
// of recurring plans and who hosts each; [Agreement.Progress] reports where
// the agreement stands as of a quarter, with each quarter in every party's
// fiscal terms and each measured benefit against its promise
// ([BenefitProgress]), and [Progress.Table] and [Agreement.Gantt] show it as
// text and as a Mermaid chart, [Agreement.BenefitChart] a benefit's plan
// and levels; [Progress.TableIn], [Agreement.GanttIn] and
// [Agreement.BenefitChartIn] write them in Spanish or French too
// ([ReportLanguages]). [Agreement.ProgressFrom] and [Agreement.GanttFrom]
// make them from a schedule kept for reports as of several quarters.
// Nothing here writes anywhere: the functions return text. The zero
// [bilateral.Quarter] as "as of" means no quarter: the queries yield
// nothing, and a report or chart shows the statuses the document records,
// with nothing due, overdue or blocked, and no sessions.
//
// # Versions
//
// [Diff] tells what changed from one version of an agreement to another, as
// [Changes]: each [Change] has a code from the catalogue [ChangeCodes] (the
// Change constants name them), the JSON Pointer of what changed, the old and
// the new JSON values, and a message for people. Lists are matched by
// identity (parties by code, focus areas by key, commitments, milestones
// and engagements by id), so one milestone inserted is one change and a
// reordering is a few moves. [Changes.String] is a changelog by section and
// [Changes.Patch] an RFC 6902 JSON Patch from the JSON of one version to
// that of the other. [DiffIn] writes the messages in Spanish or French, and
// [Changes.StringIn] the changelog's headings, in the languages of the
// reports and with the same words.
//
// # Zero values
//
// The zero value of every optional field means "not given", and json.Marshal
// leaves it out: an empty [milestone.Status] is scheduled, a zero
// [bilateral.FiscalCalendar] is the calendar year, and empty Languages mean
// English only.
package agreement
