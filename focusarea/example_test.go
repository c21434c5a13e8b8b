package focusarea_test

import (
	"fmt"

	"github.com/bilateral-go/bilateral/focusarea"
)

// ParseKey tells an ill-formed key from a well-formed one, and Known tells
// whether a well-formed key is in the built-in vocabulary.
func ExampleParseKey() {
	for _, s := range []string{"border-management", "river-basins", "Border Management"} {
		k, err := focusarea.ParseKey(s)
		switch {
		case err != nil:
			fmt.Printf("%-18s ill-formed\n", s)
		case k.Known():
			d, _ := k.Definition()
			fmt.Printf("%-18s known: %s / %s\n", s, d.Title.In("en"), d.Title.In("es"))
		default:
			fmt.Printf("%-18s well-formed, unknown: the area needs a title\n", s)
		}
	}
	// Output:
	// border-management  known: Border management / Gestión fronteriza
	// river-basins       well-formed, unknown: the area needs a title
	// Border Management  ill-formed
}

func ExampleArea_DisplayTitle() {
	a := focusarea.Area{Key: focusarea.EconomicGrowth}
	fmt.Println(a.DisplayTitle().In("en"), "|", a.DisplayTitle().In("es-MX"))
	// Output: Economic growth | Crecimiento económico
}
