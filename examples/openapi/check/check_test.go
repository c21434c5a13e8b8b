package check

import (
	"bytes"
	"context"
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

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/agreement/agreementtest"
	"github.com/bilateral-go/bilateral/examples/openapi/internal/api"
)

// A service is the committed OpenAPI document, loaded and checked, with
// a router to find the operation of a request.
type service struct {
	doc    *openapi3.T
	router routers.Router
}

// load reads the committed OpenAPI document, which must be a valid OpenAPI
// 3.1 document.
func load(t *testing.T) *service {
	t.Helper()
	data, err := os.ReadFile("../openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := openapi3.NewLoader().LoadFromData(data)
	if err != nil {
		t.Fatal(err)
	}
	if !doc.IsOpenAPI31OrLater() || doc.OpenAPI != "3.1.0" {
		t.Fatalf("the document is OpenAPI %s, want 3.1.0", doc.OpenAPI)
	}
	router, err := gorillamux.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	return &service{doc, router}
}

// request validates r against the document and returns the input for the
// validation of its answer.
func (s *service) request(t *testing.T, r *http.Request) (*openapi3filter.RequestValidationInput, error) {
	t.Helper()
	route, params, err := s.router.FindRoute(r)
	if err != nil {
		t.Fatalf("%s %s: %v", r.Method, r.URL, err)
	}
	in := &openapi3filter.RequestValidationInput{
		Request: r, PathParams: params, Route: route,
		Options: &openapi3filter.Options{MultiError: true},
	}
	return in, openapi3filter.ValidateRequest(context.Background(), in)
}

// validate reports whether r is a valid request, and the places in its
// body where the schema fails.
func (s *service) validate(t *testing.T, r *http.Request) (bool, []string, error) {
	t.Helper()
	_, err := s.request(t, r)
	return err == nil, failedAt(err), err
}

func TestDocumentIsValidOpenAPI(t *testing.T) {
	s := load(t)
	if err := s.doc.Validate(context.Background()); err != nil {
		t.Errorf("the document is not valid OpenAPI 3.1: %v", err)
	}
}

// failedAt lists the places in the body where the schema fails, as JSON
// Pointers: the instance locations of the leaves of the JSON Schema
// validator's errors.
func failedAt(err error) []string {
	var at []string
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			at = append(at, bilateral.Pointer(e.InstanceLocation...))
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	var visit func(err error)
	visit = func(err error) {
		var me openapi3.MultiError
		if errors.As(err, &me) {
			for _, e := range me {
				visit(e)
			}
			return
		}
		var ve *jsonschema.ValidationError
		if errors.As(err, &ve) {
			walk(ve)
		}
	}
	visit(err)
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
	s := load(t)
	for name, data := range corpus(t, "valid") {
		if ok, _, err := s.validate(t, post(data)); !ok {
			t.Errorf("valid/%s is rejected: %v", name, err)
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
		if hasCode(t, data, agreement.CodeJSONTooLarge) {
			// Parse stopped at the value nested too deep, which is no
			// part of the model; the schema rejects that value.
			if ok, _, _ := s.validate(t, post(data)); ok {
				t.Errorf("invalid/%s passes, though it nests a value the model has no place for", name)
			}
			continue
		}
		want := schemaRejects(t, data)
		ok, _, err := s.validate(t, post(data))
		switch {
		case want && ok:
			t.Errorf("invalid/%s passes, though it breaks a rule of the schema", name)
		case !want && !ok:
			t.Errorf("invalid/%s is rejected, though only Parse finds its problems: %v", name, err)
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
	s := load(t)
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
		ok, at, err := s.validate(t, post(data))
		switch {
		case c.at == "" && !ok:
			t.Errorf("%s: rejected: %v", c.name, err)
		case c.at != "" && ok:
			t.Errorf("%s: passes, want a failure at %s", c.name, c.at)
		case c.at != "" && !slices.Contains(at, c.at):
			t.Errorf("%s: fails at %v, want %s among them", c.name, at, c.at)
		}
	}
}

func TestGetProgress(t *testing.T) {
	s := load(t)
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
		ok, _, err := s.validate(t, httptest.NewRequest(http.MethodGet, c.target, nil))
		if ok != c.ok {
			t.Errorf("GET %s: valid = %v, want %v (%v)", c.target, ok, c.ok, err)
		}
	}
}

// respond validates an answer with status and body to the request in.
func respond(in *openapi3filter.RequestValidationInput, status int, body any) error {
	data, err := json.Marshal(body)
	if err != nil {
		return err
	}
	return openapi3filter.ValidateResponse(context.Background(), &openapi3filter.ResponseValidationInput{
		RequestValidationInput: in,
		Status:                 status,
		Header:                 http.Header{"Content-Type": {"application/json"}},
		Body:                   io.NopCloser(bytes.NewReader(data)),
		Options:                &openapi3filter.Options{MultiError: true},
	})
}

// The answers of the service, built from the model's values, fit the
// document: a progress report whose milestones keep their rules, and the
// problems that Parse reports.
func TestResponses(t *testing.T) {
	s := load(t)
	a := agreementtest.Valid()
	get, err := s.request(t, httptest.NewRequest(http.MethodGet, "/agreements/water-and-trade/progress?asOf=2026-Q1", nil))
	if err != nil {
		t.Fatal(err)
	}
	report := api.NewProgressReport(a, bilateral.MustParseQuarter("2026-Q1"))
	if len(report.Overdue) == 0 {
		t.Fatal("the report has nothing overdue, want a milestone to check the rules of")
	}
	if err := respond(get, http.StatusOK, report); err != nil {
		t.Errorf("the progress report does not fit: %v", err)
	}

	report.Overdue[0].Status = "met" // without metIn
	if err := respond(get, http.StatusOK, report); err == nil {
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
	postIn, _ := s.request(t, post(data))
	rejected := api.Rejected{Title: "The document has problems.", Problems: problems}
	if err := respond(postIn, http.StatusUnprocessableEntity, rejected); err != nil {
		t.Errorf("the answer with problems does not fit: %v", err)
	}
}

// A report with nothing overdue, of the seed document as of the quarter of
// its first milestone, fits: its overdue is an empty array, which the
// document requires, not null.
func TestProgressReportWithNothingOverdue(t *testing.T) {
	s := load(t)
	a, err := agreement.Parse(corpus(t, "valid")["usmexico.json"])
	if err != nil {
		t.Fatal(err)
	}
	asOf := a.Milestones[0].Quarter
	for _, m := range a.Milestones {
		if m.Quarter.Before(asOf) {
			asOf = m.Quarter
		}
	}
	report := api.NewProgressReport(a, asOf)
	if len(report.Overdue) != 0 {
		t.Fatalf("as of %v, %d milestones are overdue, want none", asOf, len(report.Overdue))
	}
	data, err := json.Marshal(report)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`"overdue":[]`)) {
		t.Errorf("the report marshals as %s, want an empty overdue array", data)
	}
	get, err := s.request(t, httptest.NewRequest(http.MethodGet, "/agreements/"+string(a.ID)+"/progress?asOf="+asOf.String(), nil))
	if err != nil {
		t.Fatal(err)
	}
	if err := respond(get, http.StatusOK, report); err != nil {
		t.Errorf("the progress report with nothing overdue does not fit: %v", err)
	}
}
