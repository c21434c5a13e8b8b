package focusarea

import (
	"github.com/invopop/jsonschema"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/enum"
)

// JSONSchema describes the JSON form of a Key: any well-formed key, with
// the built-in vocabulary listed, titles and descriptions included.
func (Key) JSONSchema() *jsonschema.Schema {
	maxLen := uint64(bilateral.IDMaxLength)
	open := &jsonschema.Schema{
		Pattern: KeyPattern, MaxLength: &maxLen,
		Title:       "Another area",
		Description: "A key outside the vocabulary; the area must then have a title.",
	}
	return &jsonschema.Schema{Type: "string", AnyOf: append(enum.Consts(vocabulary), open)}
}

// JSONSchema describes the JSON form of a Direction.
func (Direction) JSONSchema() *jsonschema.Schema { return enum.Schema(directions) }

// JSONSchema describes the JSON form of a Unit.
func (Unit) JSONSchema() *jsonschema.Schema { return enum.Schema(units) }
