package focusarea_test

import (
	"testing"

	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/internal/niltest"
)

// TestNilReceivers checks that every method with a pointer receiver treats
// nil as the zero value and never panics, for every exported type of the
// package: a new type or method is checked without being named here.
func TestNilReceivers(t *testing.T) {
	niltest.Check(t, niltest.Config{
		Dir: ".",
		Types: []any{
			(*focusarea.Area)(nil), (*focusarea.Benefit)(nil), (*focusarea.Priority)(nil),
			(*focusarea.Indicator)(nil), (*focusarea.Direction)(nil), (*focusarea.Unit)(nil),
			(*focusarea.Key)(nil), (*focusarea.Baseline)(nil), (*focusarea.Observation)(nil),
		},
		Samples: []any{[]byte("percent")},
	})
}
