package agreement_test

import (
	"fmt"

	"github.com/bilateral-go/bilateral/agreement"
)

// A service that records a step of an agreement's lifecycle asks first
// whether the move is legal.
func ExampleStatus_CanMoveTo() {
	from := agreement.Signed
	for _, to := range []agreement.Status{agreement.InForce, agreement.Negotiating} {
		fmt.Printf("%s -> %s: %v\n", from, to, from.CanMoveTo(to))
	}
	fmt.Println("from signed:", from.Moves())
	fmt.Println("terminated is final:", agreement.Terminated.IsFinal())
	// Output:
	// signed -> in-force: true
	// signed -> negotiating: false
	// from signed: [provisionally-applied in-force withdrawn]
	// terminated is final: true
}

// The whole table of legal moves, in the order of the lifecycle.
func ExampleLegalMoves() {
	moves := agreement.LegalMoves()
	for _, s := range agreement.Statuses() {
		if next, ok := moves[s.Value]; ok {
			fmt.Println(s.Value, "->", next)
		}
	}
	// Output:
	// proposed -> [negotiating withdrawn]
	// negotiating -> [concluded withdrawn]
	// concluded -> [signed in-force withdrawn]
	// signed -> [provisionally-applied in-force withdrawn]
	// provisionally-applied -> [in-force terminated]
	// in-force -> [suspended terminated]
	// suspended -> [in-force terminated]
}

// The catalogue of problem codes says what each one means and how to fix it,
// and which of the rules a JSON Schema validator checks too.
func ExampleCodes() {
	for _, c := range agreement.Codes() {
		if c.Code == agreement.CodeMilestoneCycle || c.Code == agreement.CodeQuarterCanonical {
			fmt.Printf("%s (schema checks it: %v)\n  %s\n  %s\n", c.Code, c.SchemaChecks, c.Meaning, c.Fix)
		}
	}
	// Output:
	// quarter.not-canonical (schema checks it: true)
	//   A quarter is written in a spelling people use, like Q3 2024, but documents carry only the canonical form.
	//   Write the canonical form the message gives, like 2024-Q3.
	// milestone.cycle (schema checks it: false)
	//   Milestones depend on each other in a cycle, so none of them can be met first. The message names the cycle.
	//   Remove one of the dependencies in the cycle.
}
