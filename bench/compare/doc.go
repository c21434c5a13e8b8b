// Package compare measures the agreement package against other ways of
// reading and checking the same documents: encoding/json into the model's
// types and into map[string]any, a validating scan with
// github.com/go-json-experiment/json's jsontext.Value.IsValid, two JSON
// Schema validators for Go with the committed schema, and Ajv on Node.js
// (see the ajv folder).
//
// It lives in a module of its own so that the library's go.mod does not
// carry the peers it is measured against.
//
// The documents are the example agreement of the repository (the seed)
// and the seed with N generated milestones, in random order and in quarter
// order ([Generate]). The tests check that every implementation accepts
// them and rejects broken ones; the benchmarks measure them on the same
// bytes; cmd/report runs it all and prints the ratios that
// BENCHMARKS.md at the repository's root records.
package compare
