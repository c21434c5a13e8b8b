package agreement_test

import (
	"fmt"

	"github.com/bilateral-go/bilateral/agreement"
)

// A plan whose sessions one party hosts names that party with HostedBy.
func ExampleHostedBy() {
	im := agreement.Implementation{Cadence: agreement.Annual, Venue: agreement.HostedBy("DE")}
	host, ok := im.Venue.Party()
	fmt.Println(host, ok)
	_, ok = agreement.Alternating.Party()
	fmt.Println(ok)
	// Output:
	// DE true
	// false
}
