// Package milestone holds the milestones of bilateral agreements: results
// due in a calendar quarter, each in a focus area, perhaps delivering a
// commitment and depending on other milestones. A [Schedule] looks
// milestones up by id, orders them by quarter, then id, and answers the
// questions asked of a schedule every day as iterators: due in a quarter
// or between two, overdue, blocked or upcoming as of a quarter, by focus
// area, rescheduled, and in dependency order. [Schedule.Progress] tallies
// them as of a quarter.
//
// A Schedule is a view of the slice of milestones it was made from: the
// *Milestone that [Schedule.Lookup], the queries and a [Tally]'s lists give
// points into that slice, to read, not to change. Nothing here copies a
// milestone, so that a query allocates nothing per milestone it visits.
//
// Whether a milestone is overdue, and by how much it has slipped, are
// derived, never stored: see [Milestone.Overdue] and [Milestone.Slip]. The
// rules that tie milestones to the rest of an agreement (quarters within the
// term, known areas, commitments and dependencies, no dependency cycles) are
// checked by the agreement package.
//
// # The zero Quarter
//
// The zero [bilateral.Quarter] means no quarter. As the quarter of a
// question ("as of", "due in") it asks about no quarter: the queries yield
// nothing, the predicates report false, [Milestone.StatusAsOf] returns the
// status the document records, and [Schedule.Progress] counts the
// milestones by those statuses with none due, overdue or blocked. A
// milestone with no quarter is never due, so never overdue; it sorts first.
package milestone
