package schema_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/internal/race"
	"github.com/bilateral-go/bilateral/internal/schemacheck"
)

// The differential tests check the committed schema with an independent
// validator (draft 2020-12, formats asserted) against Parse and Validate,
// on every document under agreement/testdata and on the small invalid
// documents of ruleCases.

const testdata = "../agreement/testdata"

func compileSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	sch, err := schemacheck.Compile()
	if err != nil {
		t.Fatalf("the committed schema does not compile: %v", err)
	}
	return sch
}

// A document is a named JSON document to try.
type document struct {
	name string
	data []byte
}

// documents returns the documents of testdata/dir, golden files left out,
// sorted by name.
func documents(t testing.TB, dir string) []document {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(testdata, dir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	var docs []document
	for _, name := range names {
		if strings.HasSuffix(name, ".golden.json") {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, document{filepath.Base(name), data})
	}
	if len(docs) == 0 {
		t.Fatalf("no documents in %s", dir)
	}
	return docs
}

// invalidDocuments returns the documents of testdata/invalid, then those
// of ruleCases.
func invalidDocuments(t testing.TB) []document {
	t.Helper()
	docs := documents(t, "invalid")
	for _, c := range ruleCases {
		data, err := c.apply(t)
		if err != nil {
			t.Fatalf("case %q: %v", c.name, err)
		}
		docs = append(docs, document{"case " + c.name, data})
	}
	return docs
}

func TestValidDocumentsPassTheSchema(t *testing.T) {
	sch := compileSchema(t)
	for _, d := range documents(t, "valid") {
		if _, err := agreement.Parse(d.data); err != nil {
			t.Fatalf("%s: Parse: %v", d.name, err)
		}
		if err := schemacheck.Validate(sch, d.data); err != nil {
			t.Errorf("%s: the schema rejects a valid document: %v", d.name, err)
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

// parsed is a document with the problems Parse finds in it.
type parsed struct {
	document
	problems bilateral.Problems
}

// parseInvalid parses each invalid document, which must fail with
// problems.
func parseInvalid(t testing.TB) []parsed {
	t.Helper()
	var out []parsed
	for _, d := range invalidDocuments(t) {
		_, err := agreement.Parse(d.data)
		var problems bilateral.Problems
		if !errors.As(err, &problems) {
			t.Fatalf("%s: Parse gave %v, want problems", d.name, err)
		}
		out = append(out, parsed{d, problems})
	}
	return out
}

// mismatches compares where sch and Parse find problems in one document,
// and describes each difference:
//
//   - every problem of Parse whose code the schema checks is the place of
//     a failing keyword of the schema (schemacheck.Failures), and
//   - every failing keyword outside the alternatives of a oneOf or anyOf
//     is the place of a problem of Parse. (An alternative fails whenever
//     another one is meant, so its failures may be anywhere at or above
//     the problem.)
//
// Text that is not JSON has no schema failures to compare, and where Parse
// stopped at one of its limits only the first holds.
func mismatches(sch *jsonschema.Schema, d parsed, expressible map[string]bool) []string {
	err := schemacheck.Validate(sch, d.data)
	var ve *jsonschema.ValidationError
	if err != nil && !errors.As(err, &ve) {
		return nil
	}
	failures := schemacheck.Failures(err)
	var out []string
	for _, p := range d.problems {
		if !expressible[p.Code] {
			continue
		}
		if !slices.ContainsFunc(failures, func(f schemacheck.Failure) bool { return f.At == p.Path }) {
			out = append(out, fmt.Sprintf("Parse reports %s at %q, but the schema finds nothing there (it fails %v)", p.Code, p.Path, failures))
		}
	}
	// Where Parse stopped early, at one of its limits, it did not look at
	// the rest: only the first direction holds.
	stopped := bilateral.Problems(d.problems).HasCode(agreement.CodeJSONTooLarge) ||
		bilateral.Problems(d.problems).HasCode(agreement.CodeProblemsTruncated)
	for _, f := range failures {
		if f.InAlternative || stopped {
			continue
		}
		if !slices.ContainsFunc(d.problems, func(p bilateral.Problem) bool { return p.Path == f.At }) {
			out = append(out, fmt.Sprintf("the schema fails %s at %q, where Parse reports nothing (it reports %v)", f.Keyword, f.At, d.problems))
		}
	}
	return out
}

// Every problem of an invalid document whose rule the schema expresses is
// found by the schema too, at the same JSON Pointer, and the schema finds
// nothing where Parse finds nothing.
func TestInvalidDocumentsFailTheSchemaAtTheSamePlace(t *testing.T) {
	if race.Enabled {
		t.Skip("one goroutine over many inputs: the run without -race checks it")
	}
	sch := compileSchema(t)
	expressible := schemaCodes()
	checked := make(map[string]bool)
	for _, d := range parseInvalid(t) {
		for _, m := range mismatches(sch, d, expressible) {
			t.Errorf("%s: %s", d.name, m)
		}
		for _, p := range d.problems {
			checked[p.Code] = true
		}
	}
	// Each rule the schema expresses is tried on at least one document.
	var missing []string
	for code := range expressible {
		if !checked[code] {
			missing = append(missing, code)
		}
	}
	sort.Strings(missing)
	for _, code := range missing {
		t.Errorf("no invalid document has a %s problem to compare with the schema", code)
	}
}
