// Command openapi prints the OpenAPI 3.1 document of a small agreements
// service, whose schemas come from schema.NewReflector: the service's own
// request and response types, which hold the model's types, are reflected
// with it, so that every agreement, milestone, id and quarter in them has
// the schema that the committed schema gives it, rules included.
//
//	go run ./examples/openapi > openapi.json
//
// The service takes agreement documents and reports their progress:
//
//	POST /agreements                           an agreement document
//	GET  /agreements/{id}/progress?asOf=2025-Q1 where it stands as of a quarter
//
// The bodies of the answers are the types of ./internal/api, which also
// builds them: a progress report from an agreement. openapi.json beside
// this file is the document it prints, and the module in ./check validates
// it, and requests and answers against it (the answers built by api),
// with github.com/getkin/kin-openapi.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/invopop/jsonschema"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/examples/openapi/internal/api"
	"github.com/bilateral-go/bilateral/schema"
)

func main() {
	data, err := document()
	if err != nil {
		fmt.Fprintln(os.Stderr, "openapi:", err)
		os.Exit(1)
	}
	if _, err := os.Stdout.Write(data); err != nil {
		os.Exit(1)
	}
}

// document returns the OpenAPI document, indented.
func document() ([]byte, error) {
	r := schema.NewReflector()
	c := components{}
	agreementRef, err := c.add(r, "agreement.Agreement", &agreement.Agreement{})
	if err != nil {
		return nil, err
	}
	created, err := c.add(r, "", &api.Created{})
	if err != nil {
		return nil, err
	}
	rejected, err := c.add(r, "", &api.Rejected{})
	if err != nil {
		return nil, err
	}
	report, err := c.add(r, "", &api.ProgressReport{})
	if err != nil {
		return nil, err
	}
	id, err := inline(r, bilateral.ID(""))
	if err != nil {
		return nil, err
	}
	quarter, err := inline(r, bilateral.Quarter{})
	if err != nil {
		return nil, err
	}

	doc := openAPI{
		OpenAPI: "3.1.0",
		Info: info{
			Title:       "Agreements",
			Version:     "1.0.0",
			Description: "Takes bilateral agreement documents and reports where they stand, quarter by quarter.",
		},
		Paths: map[string]pathItem{
			"/agreements": {Post: &operation{
				OperationID: "createAgreement",
				Summary:     "Submit an agreement document",
				RequestBody: &requestBody{Required: true, Content: jsonBody(agreementRef)},
				Responses: map[string]response{
					"201": {Description: "The document is valid and stored.", Content: jsonBody(created)},
					"422": {Description: "The document has problems, every one of them listed.", Content: jsonBody(rejected)},
				},
			}},
			"/agreements/{id}/progress": {Get: &operation{
				OperationID: "getProgress",
				Summary:     "Where an agreement stands as of a quarter",
				Parameters: []parameter{
					{Name: "id", In: "path", Required: true, Description: "The id of the agreement.", Schema: id},
					{Name: "asOf", In: "query", Required: true, Description: "The quarter in progress, such as 2025-Q1.", Schema: quarter},
				},
				Responses: map[string]response{
					"200": {Description: "The progress report.", Content: jsonBody(report)},
					"404": {Description: "No agreement has this id."},
				},
			}},
		},
		Components: map[string]map[string]json.RawMessage{"schemas": c},
	}
	data, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// components are the schemas of the document's components, by name.
type components map[string]json.RawMessage

// add reflects v with r and adds its schema, and the schemas of the types
// it refers to, to the components, each under the name r gives it; the
// root under name when r gives it none, as for a model's type, whose
// schema r gives in place. It returns the $ref of the root.
func (c components) add(r *jsonschema.Reflector, name string, v any) (string, error) {
	s := r.Reflect(v)
	for defName, def := range s.Definitions {
		if err := c.set(defName, def); err != nil {
			return "", err
		}
	}
	s.Definitions, s.Version, s.ID = nil, "", ""
	if strings.HasPrefix(s.Ref, defsPrefix) {
		return componentsPrefix + strings.TrimPrefix(s.Ref, defsPrefix), nil
	}
	return componentsPrefix + name, c.set(name, s)
}

const (
	defsPrefix       = "#/$defs/"
	componentsPrefix = "#/components/schemas/"
)

// set adds the schema s under name, its references to $defs made
// references to the components. Two types of one name are an error: their
// references would not tell them apart.
func (c components) set(name string, s *jsonschema.Schema) error {
	data, err := json.Marshal(s)
	if err != nil {
		return err
	}
	data = bytes.ReplaceAll(data, []byte(`"`+defsPrefix), []byte(`"`+componentsPrefix))
	if old, ok := c[name]; ok && !bytes.Equal(old, data) {
		return fmt.Errorf("two schemas are named %s", name)
	}
	c[name] = data
	return nil
}

// inline returns the schema of v in place, for a parameter. It leaves out
// the newline guard that comes with each pattern ("not": {"pattern": "\n"},
// for validators whose "$" matches before a final line feed): OpenAPI tools
// decode a parameter by its schema before they validate it, and some, such
// as kin-openapi, cannot decode one whose schema has "not". The pattern
// itself rejects a line feed in Go's and ECMAScript's regular expressions.
func inline(r *jsonschema.Reflector, v any) (json.RawMessage, error) {
	s := r.Reflect(v)
	if len(s.Definitions) > 0 {
		return nil, fmt.Errorf("the schema of %T refers to others", v)
	}
	s.Definitions, s.Version, s.ID = nil, "", ""
	if s.Not != nil && s.Not.Pattern == "\n" {
		s.Not = nil
	}
	return json.Marshal(s)
}

// The parts of an OpenAPI document that the service uses.
type (
	openAPI struct {
		OpenAPI    string                                `json:"openapi"`
		Info       info                                  `json:"info"`
		Paths      map[string]pathItem                   `json:"paths"`
		Components map[string]map[string]json.RawMessage `json:"components"`
	}
	info struct {
		Title       string `json:"title"`
		Version     string `json:"version"`
		Description string `json:"description"`
	}
	pathItem struct {
		Get  *operation `json:"get,omitempty"`
		Post *operation `json:"post,omitempty"`
	}
	operation struct {
		OperationID string              `json:"operationId"`
		Summary     string              `json:"summary"`
		Parameters  []parameter         `json:"parameters,omitempty"`
		RequestBody *requestBody        `json:"requestBody,omitempty"`
		Responses   map[string]response `json:"responses"`
	}
	parameter struct {
		Name        string          `json:"name"`
		In          string          `json:"in"`
		Required    bool            `json:"required"`
		Description string          `json:"description"`
		Schema      json.RawMessage `json:"schema"`
	}
	requestBody struct {
		Required bool                 `json:"required"`
		Content  map[string]mediaType `json:"content"`
	}
	response struct {
		Description string               `json:"description"`
		Content     map[string]mediaType `json:"content,omitempty"`
	}
	mediaType struct {
		Schema map[string]string `json:"schema"`
	}
)

// jsonBody is the content of a JSON body whose schema is the component
// that ref refers to.
func jsonBody(ref string) map[string]mediaType {
	return map[string]mediaType{"application/json": {Schema: map[string]string{"$ref": ref}}}
}
