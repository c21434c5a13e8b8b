package schema_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
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

// A service reflects its own request types with NewReflector: the
// agreement inside has the rules of the committed schema (here, exactly two
// parties), and its two Status types stay apart.
func ExampleNewReflector() {
	type Envelope struct {
		Source    string              `json:"source"`
		Agreement agreement.Agreement `json:"agreement"`
	}
	s := schema.NewReflector().Reflect(&Envelope{})

	a, _ := s.Definitions["Envelope"].Properties.Get("agreement")
	parties, _ := a.Properties.Get("parties")
	fmt.Println("parties:", *parties.MinItems, "to", *parties.MaxItems)
	agreementStatus, _ := a.Properties.Get("status")
	milestones, _ := a.Properties.Get("milestones")
	milestoneStatus, _ := milestones.Items.Properties.Get("status")
	fmt.Println(agreementStatus.OneOf[0].Const, milestoneStatus.OneOf[0].Const)
	// Output:
	// parties: 2 to 2
	// proposed scheduled
}

// With Lookup, the types of the document are references into the
// committed schema, which the tool bundles beside the schemas it reflects.
func ExampleLookup() {
	type Parts struct {
		Milestones []milestone.Milestone `json:"milestones"`
		Area       focusarea.Area        `json:"area"`
	}
	r := schema.NewReflector()
	r.Lookup = schema.Lookup
	s := r.Reflect(&Parts{})

	milestones, _ := s.Definitions["Parts"].Properties.Get("milestones")
	area, _ := s.Definitions["Parts"].Properties.Get("area")
	fmt.Println(strings.TrimPrefix(milestones.Items.Ref, schema.ID))
	fmt.Println(strings.TrimPrefix(area.Ref, schema.ID))
	fmt.Println(schema.Lookup(reflect.TypeFor[agreement.Agreement]()) == schema.ID)
	// Output:
	// #/$defs/milestone.Milestone
	// #/$defs/focusarea.Area
	// true
}
