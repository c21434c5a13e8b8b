// Command genschema writes schema/agreement.schema.json from the Go types.
// It runs from the schema directory under go generate.
package main

import (
	"log"
	"os"

	"github.com/bilateral-go/bilateral/schema"
)

func main() {
	data, err := schema.Generate()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("agreement.schema.json", data, 0o644); err != nil {
		log.Fatal(err)
	}
}
