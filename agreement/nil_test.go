package agreement_test

import (
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
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
			(*agreement.Agreement)(nil), (*agreement.Term)(nil), (*agreement.Step)(nil),
			(*agreement.CodeInfo)(nil), (*agreement.Commitment)(nil), (*agreement.Implementation)(nil),
			(*agreement.Venue)(nil), (*agreement.Engagement)(nil), (*agreement.EngagementKind)(nil),
			(*agreement.EngagementStatus)(nil), (*agreement.Kind)(nil), (*agreement.Mechanism)(nil),
			(*agreement.Cadence)(nil), (*agreement.Party)(nil), (*agreement.Representative)(nil),
			(*agreement.PartyKind)(nil), (*agreement.Progress)(nil), (*agreement.AreaProgress)(nil),
			(*agreement.PartyCalendar)(nil), (*agreement.Session)(nil), (*agreement.Status)(nil),
			(*agreement.ParseOptions)(nil), (*agreement.Change)(nil), (*agreement.ChangeCodeInfo)(nil),
			(*agreement.Changes)(nil), (*agreement.BenefitProgress)(nil),
		},
		Samples: []any{
			qtr("2025-Q1"), bilateral.ID("plan"), focusarea.Trade, bilateral.PartyCode("US"),
			milestone.Met, []byte("in-force"),
			&agreement.Commitment{ID: "plan", Area: focusarea.Trade, Implementation: agreement.Implementation{
				Cadence: agreement.Quarterly, Start: qtr("2024-Q1"), End: qtr("2026-Q4"), Venue: agreement.Alternating,
			}},
		},
		Unlike: map[string]string{
			"Agreement.Validate": "nil is one problem, not those of every required member",
		},
	})
}
