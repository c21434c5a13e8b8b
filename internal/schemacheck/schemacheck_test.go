package schemacheck

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A schema that fails in each of the ways Failures maps, below a $ref, with
// propertyNames where the agreement schema has it: in an alternative.
const testSchema = `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "a": {"$ref": "#/$defs/A"},
    "l": {"type": "array", "uniqueItems": true},
    "t": {"$ref": "#/$defs/T"},
    "u": {"$ref": "#/$defs/T"},
    "s": {"oneOf": [{"type": "string", "minLength": 1}, {"type": "object"}]},
    "c": {
      "if": {"required": ["k"], "properties": {"k": {"const": 1}}},
      "then": {"required": ["v"], "properties": {"v": true}},
      "else": {"properties": {"v": false}}
    }
  },
  "additionalProperties": false,
  "$defs": {
    "A": {"type": "object", "required": ["x"], "properties": {"x": {"type": "string"}}},
    "T": {"oneOf": [{"type": "string"}, {"type": "object", "propertyNames": {"pattern": "^[a-z]+$"}}]}
  }
}`

func TestFailures(t *testing.T) {
	sch, err := CompileBytes([]byte(testSchema))
	if err != nil {
		t.Fatal(err)
	}
	want := []Failure{
		{At: "/a", Keyword: "/$defs/A/required"},                                    // at the object, not at "" or the $ref
		{At: "/c/v", Keyword: "/properties/c/else/properties/v", Conditional: true}, // a false schema
		{At: "/l/2", Keyword: "/properties/l/uniqueItems"},                          // the second of the two
		{At: "/s", Keyword: "/properties/s/oneOf/0/minLength", InAlternative: true},
		{At: "/s", Keyword: "/properties/s/oneOf/1/type", InAlternative: true},
		{At: "/t", Keyword: "/$defs/T/oneOf/0/type", InAlternative: true},
		{At: "/t", Keyword: "/$defs/T/oneOf/1/propertyNames", InAlternative: true}, // the object, not the name
		{At: "/y~0~1", Keyword: "/additionalProperties"},                           // each unknown member
		{At: "/zz", Keyword: "/additionalProperties"},
	}
	// The validator takes the members in an order that changes from run
	// to run; whichever comes after "t", the failure stays at "/t".
	doc := []byte(`{"a": {}, "l": [1, 2, 1], "t": {"B": 1}, "u": {"b": 1}, "s": "", "c": {"k": 2, "v": 0}, "zz": 1, "y~/": 2}`)
	for range 20 {
		err = Validate(sch, doc)
		got := Failures(err)
		slices.SortFunc(got, func(a, b Failure) int { return strings.Compare(a.At+a.Keyword, b.At+b.Keyword) })
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("Failures mismatch (-want +got):\n%s", diff)
		}
	}
	locs := Locations(err)
	if slices.Contains(locs, "") || len(locs) != len(want) {
		t.Errorf("Locations = %q, want the places of the %d failures, and not the root", locs, len(want))
	}

	if err := Validate(sch, []byte(`{"a": {"x": "ok"}}`)); err != nil {
		t.Errorf("a valid document: %v", err)
	}
	if got := Failures(errors.New("not a validation error")); got != nil {
		t.Errorf("Failures of another error = %v, want nil", got)
	}
	if got := Locations(Validate(sch, []byte(`{`))); !slices.Equal(got, []string{""}) {
		t.Errorf("Locations of text that is not JSON = %q, want [\"\"]", got)
	}
}
