package milestone_test

import (
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/internal/niltest"
	"github.com/bilateral-go/bilateral/milestone"
)

// TestNilReceivers checks that every method with a pointer receiver treats
// nil as the zero value and never panics, for every exported type of the
// package: a new type or method is checked without being named here.
func TestNilReceivers(t *testing.T) {
	niltest.Check(t, niltest.Config{
		Dir: ".",
		Types: []any{
			(*milestone.Milestone)(nil), (*milestone.Schedule)(nil), (*milestone.Status)(nil),
			(*milestone.Tally)(nil), (*milestone.BlockedMilestone)(nil), (*milestone.StatusCounts)(nil),
		},
		Samples: []any{
			q("2025-Q1"), bilateral.ID("a"), focusarea.Trade, milestone.Met, 3, []byte("met"),
			&milestone.Milestone{ID: "b", Quarter: q("2025-Q2"), Area: focusarea.Trade, DependsOn: []bilateral.ID{"a"}},
		},
	})
}
