package milestone

import (
	"github.com/invopop/jsonschema"

	"github.com/bilateral-go/bilateral/internal/enum"
)

// JSONSchema describes the JSON form of a Status.
func (Status) JSONSchema() *jsonschema.Schema { return enum.Schema(statuses[:]) }
