package main

import (
	"flag"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite openapi.json from the example")

// openapi.json is the document the command prints, committed so that it
// can be read, and checked by the module in ./check.
func TestCommittedDocumentIsCurrent(t *testing.T) {
	data, err := document()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("openapi.json", data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	committed, err := os.ReadFile("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(committed), string(data)); diff != "" {
		t.Errorf("openapi.json is stale; refresh it with go test ./examples/openapi -update (-committed +printed):\n%s", diff)
	}
}
