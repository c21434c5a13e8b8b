// Package schemacheck validates documents against the committed JSON
// Schema with an independent validator (github.com/santhosh-tekuri/jsonschema,
// draft 2020-12, formats asserted). Only tests import it: it checks that the
// schema and Parse agree.
package schemacheck

import (
	"bytes"
	"errors"
	"strconv"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/schema"
)

// Compile compiles the committed schema, which also checks it against the
// draft 2020-12 meta-schema.
func Compile() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema.Agreement()))
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

// Locations returns the instance locations, as JSON Pointers, of every
// error in err, causes included; "" alone for an error that is not a
// validation error.
//
// Where an error names members or items below its location, they are
// locations too: a schema validator reports an unknown member at its object
// and names it, and a repeated item at its array and gives its index, while
// Parse and Validate point at the member or item itself.
func Locations(err error) []string {
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return []string{""}
	}
	var locs []string
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		at := bilateral.Pointer(e.InstanceLocation...)
		locs = append(locs, at)
		switch k := e.ErrorKind.(type) {
		case *kind.AdditionalProperties:
			for _, name := range k.Properties {
				locs = append(locs, at+bilateral.Pointer(name))
			}
		case *kind.UniqueItems:
			locs = append(locs, at+"/"+strconv.Itoa(k.Duplicates[1]))
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	return locs
}
