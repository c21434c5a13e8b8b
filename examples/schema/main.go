// Command schema prints the JSON Schema (draft 2020-12) of agreement
// documents, as committed in schema/agreement.schema.json.
//
//	go run ./examples/schema > agreement.schema.json
package main

import (
	"os"

	"github.com/bilateral-go/bilateral/schema"
)

func main() {
	if _, err := os.Stdout.Write(schema.Agreement()); err != nil {
		os.Exit(1)
	}
}
