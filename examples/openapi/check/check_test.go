package check

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pb33f/libopenapi"
	validator "github.com/pb33f/libopenapi-validator"
	verrors "github.com/pb33f/libopenapi-validator/errors"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/agreement/agreementtest"
)

// newValidator reads the committed OpenAPI document, which must be a
// valid OpenAPI 3.1 document, and returns a validator of requests and
// responses against it.
func newValidator(t *testing.T) validator.Validator {
	t.Helper()
	data, err := os.ReadFile("../openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := libopenapi.NewDocument(data)
	if err != nil {
		t.Fatal(err)
	}
	if v := doc.GetVersion(); v != "3.1.0" {
		t.Fatalf("the document is OpenAPI %s, want 3.1.0", v)
	}
	v, errs := validator.NewValidator(doc)
	if len(errs) > 0 {
		t.Fatalf("the document does not build: %v", errs)
	}
	return v
}

func TestDocumentIsValidOpenAPI(t *testing.T) {
	v := newValidator(t)
	if ok, errs := v.ValidateDocument(); !ok {
		t.Errorf("the document is not valid OpenAPI 3.1:\n%s", describe(errs))
	}
}

// describe lists validation errors, each with the places of its schema
// failures.
func describe(errs []*verrors.ValidationError) string {
	var b strings.Builder
	for _, e := range errs {
		b.WriteString("\t" + e.Message + ": " + e.Reason + "\n")
		for _, f := range e.SchemaValidationErrors {
			b.WriteString("\t\tat " + pointer(f) + ": " + f.Reason + "\n")
		}
	}
	return b.String()
}

// pointer returns the JSON Pointer of the place of a schema failure.
func pointer(f *verrors.SchemaValidationFailure) string {
	return bilateral.Pointer(f.InstancePath...)
}

// failedAt lists the places of the schema failures of errs.
func failedAt(errs []*verrors.ValidationError) []string {
	var at []string
	for _, e := range errs {
		for _, f := range e.SchemaValidationErrors {
			at = append(at, pointer(f))
		}
	}
	return at
}

func post(body []byte) *http.Request {
	r := httptest.NewRequest(http.MethodPost, "/agreements", bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	return r
}

// corpus returns the documents of the library's testdata directory dir.
func corpus(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	names, err := filepath.Glob(filepath.Join("../../../agreement/testdata", dir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string][]byte{}
	for _, name := range names {
		if strings.HasSuffix(name, ".golden.json") {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		docs[filepath.Base(name)] = data
	}
	if len(docs) == 0 {
		t.Fatalf("no documents in testdata/%s", dir)
	}
	return docs
}

// schemaRejects reports whether the schema of agreement documents rejects
// data: when Parse finds a problem whose rule the schema expresses.
func schemaRejects(t *testing.T, data []byte) bool {
	t.Helper()
	checked := map[string]bool{}
	for _, c := range agreement.Codes() {
		checked[c.Code] = c.SchemaChecks
	}
	_, err := agreement.Parse(data)
	var problems bilateral.Problems
	if !errors.As(err, &problems) {
		t.Fatalf("Parse gave %v, want problems", err)
	}
	return slices.ContainsFunc(problems, func(p bilateral.Problem) bool { return checked[p.Code] })
}

// hasCode reports whether Parse finds a problem with code in data.
func hasCode(t *testing.T, data []byte, code string) bool {
	t.Helper()
	_, err := agreement.Parse(data)
	var problems bilateral.Problems
	errors.As(err, &problems)
	return slices.ContainsFunc(problems, func(p bilateral.Problem) bool { return p.Code == code })
}

// POST /agreements takes every valid document of the library's corpus and
// rejects each invalid one whose problems the schema expresses; those that
// only Parse and Validate find pass, as the schema says.
func TestPostAgreements(t *testing.T) {
	v := newValidator(t)
	for name, data := range corpus(t, "valid") {
		if ok, errs := v.ValidateHttpRequestSync(post(data)); !ok {
			t.Errorf("valid/%s is rejected:\n%s", name, describe(errs))
		}
	}
	rejected := 0
	for name, data := range corpus(t, "invalid") {
		if !json.Valid(data) || hasCode(t, data, agreement.CodeJSONNumber) {
			// Not JSON, or a number beyond a float64, which a validator's
			// JSON parser rejects or reads as it will: the schema does
			// not come into it.
			continue
		}
		want := schemaRejects(t, data)
		ok, errs := v.ValidateHttpRequestSync(post(data))
		switch {
		case want && ok:
			t.Errorf("invalid/%s passes, though it breaks a rule of the schema", name)
		case !want && !ok:
			t.Errorf("invalid/%s is rejected, though only Parse finds its problems:\n%s", name, describe(errs))
		}
		if !ok {
			rejected++
		}
	}
	if rejected < 10 {
		t.Errorf("only %d invalid documents are rejected", rejected)
	}
}

// The rules of the committed schema hold in the service's schemas: exactly
// two parties, metIn for a met milestone; and the two Status types stay
// apart.
func TestPostAgreementsKeepsTheRules(t *testing.T) {
	v := newValidator(t)
	for _, c := range []struct {
		name   string
		change func(*agreement.Agreement)
		at     string // where the schema fails, or "" for a valid body
	}{
		{"as it is, a milestone met", func(*agreement.Agreement) {}, ""},
		{"three parties", func(a *agreement.Agreement) {
			a.Parties = append(a.Parties, agreement.Party{Code: "CA", Name: bilateral.PlainText("Canada"), Kind: agreement.State})
		}, "/parties"},
		{"met without metIn", func(a *agreement.Agreement) { a.Milestones[0].MetIn = bilateral.Quarter{} }, "/milestones/0"},
		{"a quarter in a lenient spelling", func(a *agreement.Agreement) {}, "/term/start"},
	} {
		a := agreementtest.Valid()
		c.change(a)
		data, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		if c.name == "a quarter in a lenient spelling" {
			data = bytes.Replace(data, []byte(`"start":"2025-Q1"`), []byte(`"start":"2025Q1"`), 1)
		}
		ok, errs := v.ValidateHttpRequestSync(post(data))
		switch {
		case c.at == "" && !ok:
			t.Errorf("%s: rejected:\n%s", c.name, describe(errs))
		case c.at != "" && ok:
			t.Errorf("%s: passes, want a failure at %s", c.name, c.at)
		case c.at != "" && !slices.Contains(failedAt(errs), c.at):
			t.Errorf("%s: fails at %v, want %s among them", c.name, failedAt(errs), c.at)
		}
	}
}

func TestGetProgress(t *testing.T) {
	v := newValidator(t)
	for _, c := range []struct {
		target string
		ok     bool
	}{
		{"/agreements/water-and-trade/progress?asOf=2025-Q1", true},
		{"/agreements/water-and-trade/progress?asOf=2025Q1", false},
		{"/agreements/water-and-trade/progress?asOf=2025-Q5", false},
		{"/agreements/water-and-trade/progress", false},
		{"/agreements/Water_and_Trade/progress?asOf=2025-Q1", false},
	} {
		ok, errs := v.ValidateHttpRequestSync(httptest.NewRequest(http.MethodGet, c.target, nil))
		if ok != c.ok {
			t.Errorf("GET %s: valid = %v, want %v\n%s", c.target, ok, c.ok, describe(errs))
		}
	}
}

func respond(status int, body any) (*http.Response, error) {
	data, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	return &http.Response{
		StatusCode: status,
		Header:     http.Header{"Content-Type": {"application/json"}},
		Body:       io.NopCloser(bytes.NewReader(data)),
	}, nil
}

// The answers of the service, built from the model's values, fit the
// document: a progress report whose milestones keep their rules, and the
// problems that Parse reports.
func TestResponses(t *testing.T) {
	v := newValidator(t)
	a := agreementtest.Valid()
	get := httptest.NewRequest(http.MethodGet, "/agreements/water-and-trade/progress?asOf=2026-Q1", nil)
	report := map[string]any{
		"agreement": a.ID, "asOf": "2026-Q1", "due": 1, "dueMet": 0,
		"overdue": a.Milestones[1:],
	}
	resp, err := respond(http.StatusOK, report)
	if err != nil {
		t.Fatal(err)
	}
	if ok, errs := v.ValidateHttpResponse(get, resp); !ok {
		t.Errorf("the progress report does not fit:\n%s", describe(errs))
	}

	broken := a.Milestones[1]
	broken.Status = "met" // without metIn
	report["overdue"] = []any{broken}
	resp, err = respond(http.StatusOK, report)
	if err != nil {
		t.Fatal(err)
	}
	if ok, _ := v.ValidateHttpResponse(get, resp); ok {
		t.Error("a progress report with a met milestone without metIn fits")
	}

	bad := agreementtest.Valid()
	bad.Term.Start = bilateral.Quarter{}
	data, err := json.Marshal(bad)
	if err != nil {
		t.Fatal(err)
	}
	_, parseErr := agreement.Parse(data)
	var problems bilateral.Problems
	if !errors.As(parseErr, &problems) {
		t.Fatalf("Parse gave %v, want problems", parseErr)
	}
	resp, err = respond(http.StatusUnprocessableEntity, map[string]any{"title": "The document has problems.", "problems": problems})
	if err != nil {
		t.Fatal(err)
	}
	if ok, errs := v.ValidateHttpResponse(post(data), resp); !ok {
		t.Errorf("the answer with problems does not fit:\n%s", describe(errs))
	}
}
