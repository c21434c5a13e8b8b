package compare

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/go-json-experiment/json/jsontext"
	kaptinlin "github.com/kaptinlin/jsonschema"
	santhosh "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/schema"
)

// An Implementation is one way to read a document, measured against the
// others on the same bytes.
type Implementation struct {
	// Name names it in benchmark names, as in BenchmarkJSONAny.
	Name string
	// Validates reports whether it checks the document against the rules
	// of agreements (Parse's or the committed schema's), rather than only
	// reading JSON: only those must reject a document that is JSON but
	// breaks a rule.
	Validates bool
	// Read reads the document data and returns an error when it rejects
	// it.
	Read func(data []byte) error
}

// Implementations returns the implementations compared, with their
// schemas compiled: Parse first, then the peers.
func Implementations() ([]Implementation, error) {
	s, err := CompileSanthosh()
	if err != nil {
		return nil, fmt.Errorf("santhosh-tekuri/jsonschema: %w", err)
	}
	k, err := CompileKaptinlin()
	if err != nil {
		return nil, fmt.Errorf("kaptinlin/jsonschema: %w", err)
	}
	return []Implementation{
		{"Parse", true, func(data []byte) error {
			_, err := agreement.Parse(data)
			return err
		}},
		{"JSONTypes", false, func(data []byte) error {
			var a agreement.Agreement
			return json.Unmarshal(data, &a)
		}},
		{"JSONAny", false, func(data []byte) error {
			var v any
			return json.Unmarshal(data, &v)
		}},
		{"IsValid", false, Scan},
		{"SanthoshDecodeValidate", true, func(data []byte) error {
			v, err := DecodeSanthosh(data)
			if err != nil {
				return err
			}
			return s.Validate(v)
		}},
		{"KaptinlinDecodeValidate", true, func(data []byte) error {
			return KaptinlinError(k.ValidateJSON(data))
		}},
	}, nil
}

// errInvalidJSON is the error of [Scan].
var errInvalidJSON = errors.New("jsontext.Value.IsValid: not valid JSON")

// Scan checks that data is one valid JSON value with
// github.com/go-json-experiment/json's jsontext.Value.IsValid, which also
// rejects invalid UTF-8 and a name given twice in an object: the least a
// validating reader has to do.
func Scan(data []byte) error {
	if !jsontext.Value(data).IsValid() {
		return errInvalidJSON
	}
	return nil
}

// CompileSanthosh compiles the committed schema with
// github.com/santhosh-tekuri/jsonschema/v6: draft 2020-12, formats
// asserted.
func CompileSanthosh() (*santhosh.Schema, error) {
	doc, err := santhosh.UnmarshalJSON(bytes.NewReader(schema.Agreement()))
	if err != nil {
		return nil, err
	}
	c := santhosh.NewCompiler()
	c.DefaultDraft(santhosh.Draft2020)
	c.AssertFormat()
	if err := c.AddResource(schema.ID, doc); err != nil {
		return nil, err
	}
	return c.Compile(schema.ID)
}

// DecodeSanthosh decodes a document as santhosh-tekuri/jsonschema
// validates it: numbers as json.Number.
func DecodeSanthosh(data []byte) (any, error) {
	return santhosh.UnmarshalJSON(bytes.NewReader(data))
}

// CompileKaptinlin compiles the committed schema with
// github.com/kaptinlin/jsonschema: draft 2020-12 (the schema's $schema),
// formats asserted.
func CompileKaptinlin() (*kaptinlin.Schema, error) {
	return kaptinlin.NewCompiler().SetAssertFormat(true).Compile(schema.Agreement())
}

// DecodeKaptinlin decodes a document as kaptinlin/jsonschema's
// ValidateJSON does: numbers as json.Number.
func DecodeKaptinlin(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	return v, nil
}

// KaptinlinError returns nil for a valid result of kaptinlin/jsonschema,
// and an error that lists its errors otherwise.
func KaptinlinError(r *kaptinlin.EvaluationResult) error {
	if r.IsValid() {
		return nil
	}
	return fmt.Errorf("kaptinlin/jsonschema: %v", r.Errors)
}
