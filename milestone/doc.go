// Package milestone holds the milestones of bilateral agreements: results
// due in a calendar quarter, each in a focus area, perhaps delivering a
// commitment and depending on other milestones. A [Schedule] looks
// milestones up by id and orders them by quarter, then id.
//
// Whether a milestone is overdue, and by how much it has slipped, are
// derived, never stored: see [Milestone.Overdue] and [Milestone.Slip]. The
// rules that tie milestones to the rest of an agreement (quarters within the
// term, known areas, commitments and dependencies, no dependency cycles) are
// checked by the agreement package.
package milestone
