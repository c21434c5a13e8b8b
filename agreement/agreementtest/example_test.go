package agreementtest_test

import (
	"fmt"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement/agreementtest"
)

// A test starts from a valid agreement, breaks one rule, and compares the
// problems by path and code.
func Example() {
	a := agreementtest.Valid()
	a.Milestones[1].Quarter = bilateral.MustParseQuarter("2027-Q1") // after the term

	want := bilateral.Problems{{Path: "/milestones/1/quarter", Code: "quarter.outside-term"}}
	got := agreementtest.Problems(a.Validate())
	fmt.Printf("mismatch: %q\n", cmp.Diff(want, got, agreementtest.IgnoreMessages()))
	// Output: mismatch: ""
}
