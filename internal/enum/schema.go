package enum

import (
	"github.com/invopop/jsonschema"

	"github.com/bilateral-go/bilateral"
)

// Schema returns the JSON Schema of a string enum: one of the values of
// defs, each with its title and description.
func Schema[T ~string](defs []bilateral.Definition[T]) *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", OneOf: Consts(defs)}
}

// Consts returns one schema per definition: its value as a const, with its
// title and description.
func Consts[T ~string](defs []bilateral.Definition[T]) []*jsonschema.Schema {
	out := make([]*jsonschema.Schema, len(defs))
	for i, d := range defs {
		out[i] = &jsonschema.Schema{Const: string(d.Value), Title: d.Title.String(), Description: d.Description.String()}
	}
	return out
}
