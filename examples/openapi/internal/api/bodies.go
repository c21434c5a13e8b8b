// Package api holds the bodies of the answers of the agreements
// service that examples/openapi describes, and builds them from the
// model's values. The command reflects them into the OpenAPI document, and
// the tests of the check module marshal them, as the service would, and
// validate them against it.
package api

import (
	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/milestone"
)

// Created is the body of the answer to a document that POST /agreements
// takes.
type Created struct {
	ID       bilateral.ID `json:"id" jsonschema_description:"The id of the agreement, from its document."`
	Progress string       `json:"progress" jsonschema_description:"The path of the agreement's progress report."`
}

// Rejected is the body of the answer to a document with problems: all of
// them, each at its JSON Pointer, with its stable code.
type Rejected struct {
	Title    string             `json:"title" jsonschema_description:"What went wrong, for a person."`
	Problems bilateral.Problems `json:"problems" jsonschema_description:"Every problem of the document, by path and then by code."`
}

// ProgressReport is the body of GET /agreements/{id}/progress. Build it
// with [NewProgressReport]: the document requires overdue to be an array,
// and Overdue marshals as null when it is nil, so a report with nothing
// overdue must hold an empty slice, which NewProgressReport gives.
type ProgressReport struct {
	Agreement bilateral.ID          `json:"agreement" jsonschema_description:"The id of the agreement."`
	AsOf      bilateral.Quarter     `json:"asOf" jsonschema_description:"The quarter the report is as of, the one in progress."`
	Due       int                   `json:"due" jsonschema_description:"The number of milestones due before asOf, cancelled ones left out."`
	DueMet    int                   `json:"dueMet" jsonschema_description:"How many of the due milestones are met as of asOf."`
	Overdue   []milestone.Milestone `json:"overdue" jsonschema_description:"The milestones overdue as of asOf, in schedule order."`
}

// NewProgressReport returns the progress report of a as of asOf, the
// quarter in progress. Its Overdue is never nil: empty when nothing is
// overdue.
func NewProgressReport(a *agreement.Agreement, asOf bilateral.Quarter) ProgressReport {
	tally := a.Progress(asOf).All
	r := ProgressReport{
		AsOf:    asOf,
		Due:     tally.Due,
		DueMet:  tally.DueMet,
		Overdue: make([]milestone.Milestone, 0, len(tally.Overdue)),
	}
	if a != nil {
		r.Agreement = a.ID
	}
	for _, m := range tally.Overdue {
		r.Overdue = append(r.Overdue, *m)
	}
	return r
}
