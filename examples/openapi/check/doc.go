// Package check validates the OpenAPI 3.1 document that examples/openapi
// prints, and requests and responses against it, with an OpenAPI library
// (github.com/pb33f/libopenapi and its validator, which checks schemas as
// JSON Schema draft 2020-12). It is a module of its own, so that the
// library's go.mod stays lean; it holds only tests.
package check
