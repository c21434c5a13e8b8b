package agreement_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
)

// request is what a service may decode a request body into: a struct that
// holds an agreement.
type request struct {
	Source    string                `json:"source"`
	Agreement agreement.Agreement   `json:"agreement"`
	Optional  *agreement.Agreement  `json:"optional,omitempty"`
	Many      []agreement.Agreement `json:"many,omitempty"`
}

// TestUnmarshalJSONIsParse checks that json.Unmarshal into an Agreement, or
// into a struct that holds one, reads a document exactly as Parse does:
// the same agreement, or the same problems, at paths relative to the
// agreement.
func TestUnmarshalJSONIsParse(t *testing.T) {
	seed := string(readSeed(t))
	docs := map[string]string{
		"seed":             seed,
		"unknown member":   strings.Replace(seed, `"title":`, `"titel":`, 1),
		"duplicate member": strings.Replace(seed, `"kind": "joint-declaration",`, `"kind": "joint-declaration", "kind": "treaty",`, 1),
		"rule of Validate": strings.Replace(seed, `"end": "2025-Q4"`, `"end": "2023-Q4"`, 1),
		"lone surrogate":   strings.Replace(seed, `"title": "Renewed`, `"title": "\ud800Renewed`, 1),
		"tiny number":      strings.Replace(seed, `"value": 15`, `"value": 1e-400`, 1),
		"null":             `null`,
		"not an object":    `[1, 2]`,
		"empty object":     `{}`,
		"three problems":   strings.Replace(strings.Replace(seed, `"MX"`, `"mx"`, 1), `"2024-Q3"`, `"Q3 2024"`, 1),
		"many problems":    `{"a":0,` + strings.Repeat(`"a":0,`, 200) + `"b":0}`,
		"nested too deep":  `{"x":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `}`,
	}
	for name, doc := range docs {
		t.Run(name, func(t *testing.T) {
			want, wantErr := agreement.Parse([]byte(doc))

			// The agreement unmarshalled into holds another document, so
			// that an error that reset or half-filled it would show.
			before, err := agreement.Parse([]byte(seed))
			if err != nil {
				t.Fatal(err)
			}
			got := *before
			before, _ = agreement.Parse([]byte(seed))
			err = json.Unmarshal([]byte(doc), &got)
			if (err == nil) != (wantErr == nil) {
				t.Fatalf("json.Unmarshal: %v; Parse: %v", err, wantErr)
			}
			if err != nil {
				compareProblems(t, wantErr, err)
				if diff := cmp.Diff(*before, got); diff != "" {
					t.Errorf("json.Unmarshal changed the agreement with its error (-want +got):\n%s", diff)
				}
				return
			}
			if diff := cmp.Diff(want, &got); diff != "" {
				t.Errorf("json.Unmarshal and Parse differ (-Parse +Unmarshal):\n%s", diff)
			}
		})
		t.Run(name+" in a request", func(t *testing.T) {
			_, wantErr := agreement.Parse([]byte(doc))
			var req request
			err := json.Unmarshal([]byte(`{"source": "test", "agreement": `+doc+`}`), &req)
			if (err == nil) != (wantErr == nil) {
				t.Fatalf("json.Unmarshal: %v; Parse: %v", err, wantErr)
			}
			if err != nil {
				compareProblems(t, wantErr, err)
			}
		})
	}
}

func compareProblems(t *testing.T, want, got error) {
	t.Helper()
	var wantPs, gotPs bilateral.Problems
	if !errors.As(want, &wantPs) || !errors.As(got, &gotPs) {
		t.Fatalf("errors %T and %T are not Problems", want, got)
	}
	if diff := cmp.Diff(wantPs, gotPs); diff != "" {
		t.Errorf("problems differ (-Parse +Unmarshal):\n%s", diff)
	}
}

// TestUnmarshalJSONOptional checks that an optional agreement, a pointer,
// may be null or left out, as encoding/json does for pointers, and that
// each agreement of a list is read strictly.
func TestUnmarshalJSONOptional(t *testing.T) {
	seed := string(readSeed(t))
	var req request
	if err := json.Unmarshal([]byte(`{"source": "s", "agreement": `+seed+`, "optional": null}`), &req); err != nil {
		t.Fatal(err)
	}
	if req.Optional != nil || req.Agreement.ID == "" {
		t.Errorf("optional %v, agreement %q", req.Optional, req.Agreement.ID)
	}
	err := json.Unmarshal([]byte(`{"source": "s", "agreement": `+seed+`, "many": [`+seed+`, {"id": "x"}]}`), &req)
	var ps bilateral.Problems
	if !errors.As(err, &ps) || !ps.HasCode(agreement.CodeRequired) {
		t.Errorf("a list with an incomplete agreement: %v", err)
	}
}

// A service's request that holds an agreement is read as strictly as
// Parse reads a document: unknown members, duplicate members and every
// rule of Validate are problems.
func ExampleAgreement_UnmarshalJSON() {
	body := `{
  "source": "ministry",
  "agreement": {
    "id": "energy-dialogue", "kind": "joint-declaration", "titel": "Energy dialogue", "status": "concluded",
    "parties": [{"code": "US", "name": "United States", "kind": "state"}, {"code": "MX", "name": "Mexico", "kind": "state"}],
    "term": {"start": "2025-Q1", "end": "2025-Q4"},
    "focusAreas": [{"key": "energy"}]
  }
}`
	var req struct {
		Source    string              `json:"source"`
		Agreement agreement.Agreement `json:"agreement"`
	}
	err := json.Unmarshal([]byte(body), &req)
	var problems bilateral.Problems
	if errors.As(err, &problems) {
		for _, p := range problems {
			fmt.Println(p) // paths are relative to the agreement
		}
	}
	// Output:
	// /titel: unknown member "titel"; did you mean "title"? (json.unknown-member)
}
