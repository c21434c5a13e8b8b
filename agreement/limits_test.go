package agreement_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
)

// TestStoppedInsideHistory checks that Parse, stopped at its limit inside
// the history, does not compare the last step it read with the status: the
// steps after it were not read.
func TestStoppedInsideHistory(t *testing.T) {
	doc := `{"id":"a","kind":"treaty","title":"T","status":"in-force",` +
		`"milestones":[{},{},{}],` +
		`"history":[{"status":"proposed","date":"2024-01-01"},{"status":"negotiating","date":"2024-02-01","x":1},` +
		`{"status":"concluded","date":"2024-03-01"},{"status":"in-force","date":"2024-04-01"}],` +
		`"parties":[{"code":"US","name":"U","kind":"state"},{"code":"MX","name":"M","kind":"state"}],` +
		`"term":{"start":"2024-Q1","end":"2026-Q4"},"focusAreas":[{"key":"trade","title":"Trade"}]}`
	for _, max := range []int{3, -1} {
		_, err := agreement.ParseOptions{MaxProblems: max}.Parse([]byte(doc))
		var ps bilateral.Problems
		if !errors.As(err, &ps) {
			t.Fatalf("MaxProblems %d: %v, want problems", max, err)
		}
		if ps.HasCode(agreement.CodeHistoryStatusMismatch) {
			t.Errorf("MaxProblems %d: %v", max, ps)
		}
		if stopped := ps.HasCode(agreement.CodeProblemsTruncated); stopped != (max > 0) {
			t.Errorf("MaxProblems %d: stopped %v: %v", max, stopped, ps)
		}
	}
}

// TestLongInputIsQuotedBoundedly checks that problems about values that may
// be long, valid or not, quote a bounded part of them.
func TestLongInputIsQuotedBoundedly(t *testing.T) {
	long := strings.Repeat("-aa", 20000)
	tests := map[string]string{
		// A language tag may have any number of subtags; the texts
		// lack the long one, and their messages name the languages.
		"long language tag": strings.Replace(header, `"status"`, `"languages":["en","es`+long+`"],"status"`, 1) +
			`"focusAreas":[{"key":"trade","title":{"en":"Trade"}}]}`,
		"long fiscal year start": strings.Replace(header, `"kind":"state"}`, `"kind":"state","fiscalYearStart":1.`+strings.Repeat("0", 60000)+`}`, 1) +
			`"focusAreas":[{"key":"trade","title":"Trade"}]}`,
	}
	for name, doc := range tests {
		_, err := agreement.Parse([]byte(doc))
		var ps bilateral.Problems
		if !errors.As(err, &ps) {
			t.Fatalf("%s: %v, want problems", name, err)
		}
		for _, p := range ps {
			if len(p.Message) > 1024 {
				t.Errorf("%s: a message of %d bytes at %s (%s)", name, len(p.Message), p.Path, p.Code)
			}
		}
	}
}
