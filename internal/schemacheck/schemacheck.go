// Package schemacheck validates documents against the committed JSON
// Schema with an independent validator (github.com/santhosh-tekuri/jsonschema,
// draft 2020-12, formats asserted). Only tests import it: it checks that the
// schema and Parse agree.
package schemacheck

import (
	"bytes"
	"errors"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/schema"
)

// Compile compiles the committed schema, which also checks it against the
// draft 2020-12 meta-schema.
func Compile() (*jsonschema.Schema, error) { return CompileBytes(schema.Agreement()) }

// CompileBytes compiles the schema in data under the $id of the committed
// schema, so that a changed copy of it can be tried.
func CompileBytes(data []byte) (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	if err := c.AddResource(schema.ID, doc); err != nil {
		return nil, err
	}
	return c.Compile(schema.ID)
}

// Validate returns nil when sch accepts the JSON document data, and
// otherwise an error: the validator's, or one for text that is not JSON.
func Validate(sch *jsonschema.Schema, data []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return sch.Validate(inst)
}

// A Failure is one failing keyword of the schema: a leaf of the validator's
// error tree.
type Failure struct {
	// At is where Parse and Validate would report the problem, as a JSON
	// Pointer into the document: see [Failures] for how it is found.
	At string
	// Keyword is the location of the failing keyword in the schema, as a
	// JSON Pointer into the schema document, such as
	// "/$defs/agreement.Term/required". A false schema is its own keyword.
	Keyword string
	// Conditional reports whether the keyword is in the then or else
	// branch of an if: a rule that another member's value turns on.
	Conditional bool
	// InAlternative reports whether the keyword is in an alternative of a
	// oneOf or anyOf, which fails whenever another alternative is the one
	// meant.
	InAlternative bool
}

// Failures returns the failing keywords of err, the leaves of the
// validator's error tree, in the order the validator gives them; nil when
// err is not a validation error. The inner nodes (the root, $ref, the
// oneOf that fails because its alternatives do) say only that something
// below them failed, so they are left out.
//
// At is the instance location of the leaf, except where a schema validator
// and Parse point at different places for the same problem:
//
//   - additionalProperties fails at the object and names the members;
//     Parse points at each unknown member, so there is one Failure per
//     member, at the member;
//   - uniqueItems fails at the array and gives the indexes of two equal
//     items; Parse points at the second one;
//   - propertyNames fails at the object, which is where Parse reports an
//     ill-formed language tag of a text too, so it is a leaf: its causes
//     are about the name, not a place in the document.
//
// A missing member (required) is at the object that should hold it, for
// the validator and Parse alike.
func Failures(err error) []Failure {
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return nil
	}
	var out []Failure
	var walk func(e *jsonschema.ValidationError, parentAt string)
	walk = func(e *jsonschema.ValidationError, parentAt string) {
		at := bilateral.Pointer(e.InstanceLocation...)
		_, names := e.ErrorKind.(*kind.PropertyNames)
		if names {
			// The validator (v6.0.3) gives a propertyNames error the
			// location slice it goes on using for the object's next
			// siblings, so by now it may name another member. Its parent
			// has a location of its own: the oneOf of a text, at the same
			// object, which is the one place the schema uses
			// propertyNames.
			at = parentAt
		}
		if len(e.Causes) > 0 && !names {
			for _, c := range e.Causes {
				walk(c, at)
			}
			return
		}
		f := Failure{At: at, Keyword: keywordLocation(e)}
		for _, tok := range strings.Split(f.Keyword, "/") {
			switch tok {
			case "then", "else":
				f.Conditional = true
			case "oneOf", "anyOf":
				f.InAlternative = true
			}
		}
		switch k := e.ErrorKind.(type) {
		case *kind.AdditionalProperties:
			for _, name := range k.Properties {
				g := f
				g.At = at + bilateral.Pointer(name)
				out = append(out, g)
			}
			return
		case *kind.UniqueItems:
			f.At = at + "/" + strconv.Itoa(k.Duplicates[1])
		}
		out = append(out, f)
	}
	walk(ve, "")
	return out
}

// keywordLocation returns the location of e's keyword in the schema
// document, as a JSON Pointer: the fragment of its schema's URL, then the
// keyword's path.
func keywordLocation(e *jsonschema.ValidationError) string {
	_, frag, _ := strings.Cut(e.SchemaURL, "#")
	if _, ok := e.ErrorKind.(*kind.PropertyNames); ok {
		return frag // the URL of the propertyNames schema itself
	}
	loc := frag
	for _, k := range e.ErrorKind.KeywordPath() {
		loc += "/" + k
	}
	return loc
}

// Locations returns where each failing keyword of err is, as [Failures]
// finds it; "" alone for an error that is not a validation error, such as
// text that is not JSON.
func Locations(err error) []string {
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return []string{""}
	}
	var locs []string
	for _, f := range Failures(err) {
		locs = append(locs, f.At)
	}
	return locs
}
