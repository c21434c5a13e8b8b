package schema_test

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/bilateral-go/bilateral/schema"
)

// The committed schema is embedded in the package, so a service can serve
// it, or hand it to a validator, without reading a file.
func ExampleAgreement() {
	var s struct {
		Schema   string   `json:"$schema"`
		ID       string   `json:"$id"`
		Required []string `json:"required"`
	}
	if err := json.Unmarshal(schema.Agreement(), &s); err != nil {
		panic(err)
	}
	fmt.Println(s.Schema)
	fmt.Println(s.ID == schema.ID)
	fmt.Println(s.Required)
	// Output:
	// https://json-schema.org/draft/2020-12/schema
	// true
	// [id kind title status parties term focusAreas]
}

// Generate builds the schema from the Go types; it gives the committed file
// byte for byte, which a test of the package holds.
func ExampleGenerate() {
	generated, err := schema.Generate()
	if err != nil {
		panic(err)
	}
	fmt.Println(bytes.Equal(generated, schema.Agreement()))
	// Output:
	// true
}

// Reflect gives the schema as a value, to read or extend before it is
// marshalled.
func ExampleReflect() {
	s := schema.Reflect()
	quarter := s.Definitions["bilateral.Quarter"]
	fmt.Println(quarter.Type, quarter.Pattern)
	// Output:
	// string ^(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})-Q[1-4]$
}
