package schema_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/internal/schemacheck"
)

// The differential tests check the committed schema with an independent
// validator (draft 2020-12, formats asserted) against Parse and Validate,
// on every document under agreement/testdata.

const testdata = "../agreement/testdata"

func compileSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	sch, err := schemacheck.Compile()
	if err != nil {
		t.Fatalf("the committed schema does not compile: %v", err)
	}
	return sch
}

// validate returns where each failing keyword of the schema is, as JSON
// Pointers into data (see schemacheck.Failures: only the leaves of the
// validator's error tree count, not the nodes above them), or nil when the
// schema accepts data.
func validate(sch *jsonschema.Schema, data []byte) []string {
	if err := schemacheck.Validate(sch, data); err != nil {
		return schemacheck.Locations(err)
	}
	return nil
}

func documents(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(testdata, dir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	docs := make(map[string][]byte)
	for _, name := range names {
		if strings.HasSuffix(name, ".golden.json") {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		docs[filepath.Base(name)] = data
	}
	if len(docs) == 0 {
		t.Fatalf("no documents in %s", dir)
	}
	return docs
}

func TestValidDocumentsPassTheSchema(t *testing.T) {
	sch := compileSchema(t)
	for name, data := range documents(t, "valid") {
		if _, err := agreement.Parse(data); err != nil {
			t.Fatalf("%s: Parse: %v", name, err)
		}
		if locs := validate(sch, data); locs != nil {
			t.Errorf("%s: the schema rejects a valid document at %v", name, locs)
		}
	}
}

// schemaCodes are the codes whose rules the schema expresses.
func schemaCodes() map[string]bool {
	m := make(map[string]bool)
	for _, c := range agreement.Codes() {
		if c.SchemaChecks {
			m[c.Code] = true
		}
	}
	return m
}

// Every problem of an invalid document whose rule the schema expresses is
// found by the schema too, at the same JSON Pointer.
func TestInvalidDocumentsFailTheSchemaAtTheSamePlace(t *testing.T) {
	sch := compileSchema(t)
	expressible := schemaCodes()
	checked := make(map[string]bool)
	for name, data := range documents(t, "invalid") {
		_, err := agreement.Parse(data)
		var problems bilateral.Problems
		if !errors.As(err, &problems) {
			t.Fatalf("%s: Parse gave %v, want problems", name, err)
		}
		locs := validate(sch, data)
		for _, p := range problems {
			if !expressible[p.Code] {
				continue
			}
			checked[p.Code] = true
			if !slices.Contains(locs, p.Path) {
				t.Errorf("%s: Parse reports %s at %q, but the schema finds nothing there (it reports %q)", name, p.Code, p.Path, locs)
			}
		}
	}
	// Each rule the schema expresses is tried on at least one document.
	for code := range expressible {
		if !checked[code] {
			t.Errorf("no invalid document under testdata has a %s problem to compare with the schema", code)
		}
	}
}
