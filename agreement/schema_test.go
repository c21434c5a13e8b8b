package agreement_test

import (
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/bilateral-go/bilateral/internal/schemacheck"
)

// compileSchema compiles the committed JSON Schema for the fuzz target.
func compileSchema(tb testing.TB) *jsonschema.Schema {
	tb.Helper()
	sch, err := schemacheck.Compile()
	if err != nil {
		tb.Fatal(err)
	}
	return sch
}
