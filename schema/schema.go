package schema

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"path"
	"reflect"

	"github.com/invopop/jsonschema"

	"github.com/bilateral-go/bilateral/agreement"
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
// adjust or embed in another schema.
func Reflect() *jsonschema.Schema {
	r := &jsonschema.Reflector{
		ExpandedStruct: true,
		Namer:          defName,
		CommentMap:     comments,
	}
	s := r.Reflect(&agreement.Agreement{})
	s.ID = ID
	s.Title = "Bilateral agreement"
	describeValueTypes(s.Definitions)
	describeLifecycle(s)
	addRules(s)
	guardPatterns(s)
	return s
}

// defName names the $defs entry of a type after its package and name, such
// as "milestone.Status", so that types of the same name in two packages do
// not collide.
func defName(t reflect.Type) string {
	if t.Name() == "" {
		return ""
	}
	return path.Base(t.PkgPath()) + "." + t.Name()
}
