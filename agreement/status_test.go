package agreement_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral/agreement"
)

// The table of legal moves is the one of the document model.
func TestLegalMoves(t *testing.T) {
	want := map[agreement.Status][]agreement.Status{
		agreement.Proposed:             {agreement.Negotiating, agreement.Withdrawn},
		agreement.Negotiating:          {agreement.Concluded, agreement.Withdrawn},
		agreement.Concluded:            {agreement.Signed, agreement.InForce, agreement.Withdrawn},
		agreement.Signed:               {agreement.ProvisionallyApplied, agreement.InForce, agreement.Withdrawn},
		agreement.ProvisionallyApplied: {agreement.InForce, agreement.Terminated},
		agreement.InForce:              {agreement.Suspended, agreement.Terminated},
		agreement.Suspended:            {agreement.InForce, agreement.Terminated},
	}
	table := agreement.LegalMoves()
	if diff := cmp.Diff(want, table); diff != "" {
		t.Errorf("LegalMoves mismatch (-want +got):\n%s", diff)
	}
	for _, d := range agreement.Statuses() {
		from := d.Value
		if diff := cmp.Diff(want[from], from.Moves()); diff != "" {
			t.Errorf("%s.Moves() mismatch (-want +got):\n%s", from, diff)
		}
		if got := len(want[from]) == 0; from.IsFinal() != got {
			t.Errorf("%s.IsFinal() = %v, want %v", from, from.IsFinal(), got)
		}
		for _, e := range agreement.Statuses() {
			if got, legal := from.CanMoveTo(e.Value), slices.Contains(want[from], e.Value); got != legal {
				t.Errorf("%s.CanMoveTo(%s) = %v, want %v", from, e.Value, got, legal)
			}
		}
	}
	// The results are copies.
	table[agreement.Proposed][0] = agreement.Terminated
	agreement.Negotiating.Moves()[0] = agreement.Terminated
	if !agreement.Proposed.CanMoveTo(agreement.Negotiating) || agreement.Proposed.CanMoveTo(agreement.Terminated) ||
		!agreement.Negotiating.CanMoveTo(agreement.Concluded) {
		t.Error("changing a returned table changed the lifecycle")
	}
}
