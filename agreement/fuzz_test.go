package agreement_test

import (
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/internal/schemacheck"
)

// isPointer reports whether p is an RFC 6901 JSON Pointer: "" or tokens
// each led by "/", in which "~" is always followed by "0" or "1".
func isPointer(p string) bool {
	if p == "" {
		return true
	}
	if p[0] != '/' {
		return false
	}
	for i := 0; i < len(p); i++ {
		if p[i] == '~' && (i+1 == len(p) || p[i+1] != '0' && p[i+1] != '1') {
			return false
		}
	}
	return true
}

func FuzzParse(f *testing.F) {
	// Every file of both directories, golden files too. The invalid
	// documents may not all be there yet: seed with what there is.
	for _, dir := range []string{"valid", "invalid"} {
		for _, name := range testdataFiles(f, dir, "") {
			data, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	for _, s := range []string{``, `{}`, `null`, `[]`, `{"id":"a","id":"a"}`, `{"milestones":[{"dependsOn":["x"]}]}`} {
		f.Add([]byte(s))
	}
	// Numbers that would lose their value, and text that would change.
	seed := string(readSeed(f))
	for _, r := range [][2]string{
		{`"value": 15`, `"value": -1e-400`}, {`"value": 15`, `"value": 1e-400`}, {`"value": 15`, `"value": -0`},
		{`"value": 15`, `"value": 4.9e-324`}, {`"value": 15`, `"value": 2e-324`}, {`"value": 15`, `"value": 1e308`},
		{`"title": "Renewed`, `"title": "\ud800Renewed`}, {`"title": "Renewed`, `"title": "\ud83d\ude00 Renewed`},
		{`{`, "\ufeff{"}, {`"title"`, `"titel"`}, {`"title"`, `"Title"`},
	} {
		f.Add([]byte(strings.Replace(seed, r[0], r[1], 1)))
	}
	known := map[string]bool{}
	schemaChecks := map[string]bool{}
	for _, c := range agreement.Codes() {
		known[c.Code] = true
		schemaChecks[c.Code] = c.SchemaChecks
	}
	sch := compileSchema(f)

	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := agreement.Parse(data)
		if err != nil {
			if a != nil {
				t.Fatalf("Parse returned an agreement and an error: %v", err)
			}
			var ps bilateral.Problems
			if !errors.As(err, &ps) {
				t.Fatalf("error %v (%T) is not a bilateral.Problems", err, err)
			}
			if len(ps) == 0 {
				t.Fatal("error with no problems")
			}
			for _, p := range ps {
				if p.Code == "" || !known[p.Code] {
					t.Errorf("problem %v: code %q is not in agreement.Codes()", p, p.Code)
				}
				if !isPointer(p.Path) {
					t.Errorf("problem %v: path %q is not a JSON Pointer", p, p.Path)
				}
				if p.Message == "" {
					t.Errorf("problem %#v has no message", p)
				}
			}
			// When every problem is one whose rule the JSON Schema
			// expresses, the schema rejects the document too.
			if json.Valid(data) && !slices.ContainsFunc(ps, func(p bilateral.Problem) bool { return !schemaChecks[p.Code] }) {
				if err := schemacheck.Validate(sch, data); err == nil {
					t.Fatalf("Parse reports %v, each a rule of the JSON Schema, but the schema accepts the document", ps)
				}
			}
			return
		}
		if a == nil {
			t.Fatal("Parse returned neither an agreement nor an error")
		}
		if err := a.Validate(); err != nil {
			t.Fatalf("Parse accepted the document, but Validate reports: %v", err)
		}
		// Whatever Parse accepts, the JSON Schema accepts: it is never
		// stricter than Parse.
		if err := schemacheck.Validate(sch, data); err != nil {
			t.Fatalf("Parse accepted the document, but the JSON Schema rejects it: %v", err)
		}
		out, err := json.Marshal(a)
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		b, err := agreement.Parse(out)
		if err != nil {
			t.Fatalf("Parse of Marshal output: %v\ninput: %q\noutput: %s", err, data, out)
		}
		if diff := cmp.Diff(a, b); diff != "" {
			t.Fatalf("Marshal then Parse differs (-parsed +round trip):\n%s", diff)
		}
	})
}

func TestIsPointer(t *testing.T) {
	for p, want := range map[string]bool{
		"": true, "/": true, "/a": true, "/a/0/b": true, "/~0~1": true, "//": true,
		"a": false, "/~": false, "/~2": false, "/a~": false, "0": false,
	} {
		if got := isPointer(p); got != want {
			t.Errorf("isPointer(%q) = %v, want %v", p, got, want)
		}
	}
	if !strings.HasPrefix(bilateral.Pointer("a/b"), "/") || !isPointer(bilateral.Pointer("a/b", "~")) {
		t.Error("bilateral.Pointer does not make pointers")
	}
}
