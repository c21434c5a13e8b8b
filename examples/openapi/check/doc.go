// Package check validates the OpenAPI 3.1 document that examples/openapi
// prints, and requests and answers against it, with an OpenAPI library
// (github.com/getkin/kin-openapi, which checks the schemas of an OpenAPI
// 3.1 document as JSON Schema draft 2020-12). It is a module of its own,
// so that the library's go.mod stays lean; it holds only tests.
package check
