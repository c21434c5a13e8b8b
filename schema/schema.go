package schema

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"reflect"

	"github.com/invopop/jsonschema"
)

//go:generate go run ./internal/gencomments
//go:generate go run ./internal/genschema

// ID is the $id of the agreement document schema. It names the schema and
// stays the same from release to release of this major version. It is an
// identifier, not the address of a file to download: the file is
// agreement.schema.json in this package's directory, and [Agreement]
// returns it.
const ID = "https://github.com/bilateral-go/bilateral/schema/agreement.schema.json"

//go:embed agreement.schema.json
var committed []byte

// Agreement returns the JSON Schema (draft 2020-12) of agreement documents,
// as committed in agreement.schema.json. The slice is a copy.
func Agreement() []byte { return bytes.Clone(committed) }

// Generate builds the JSON Schema of agreement documents from the Go types,
// their doc comments and their definition tables, and returns it indented.
// It does no I/O: the doc comments were extracted at go generate time.
// [Agreement] returns the same bytes, as committed.
func Generate() ([]byte, error) {
	data, err := json.MarshalIndent(Reflect(), "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// Reflect builds the JSON Schema of agreement documents as a value, to
// adjust or embed in another schema. The agreement is at the root and each
// of its parts is in $defs, under the names that [Lookup] gives; each type
// has the same schema, rules included, as [NewReflector] gives it inline.
func Reflect() *jsonschema.Schema {
	defs := jsonschema.Definitions{}
	var ref refFunc
	ref = func(t reflect.Type) *jsonschema.Schema {
		name := defName(t)
		if _, ok := defs[name]; !ok {
			defs[name] = nil // reserved while its own parts are built
			defs[name] = schemaOf(t, ref)
		}
		return &jsonschema.Schema{Ref: "#/$defs/" + name}
	}
	s := schemaOf(agreementType, ref)
	s.Version = jsonschema.Version
	s.ID = ID
	s.Definitions = defs
	return s
}
