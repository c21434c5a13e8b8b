package agreement

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/invalid")

const (
	invalidDir    = "testdata/invalid"
	goldenSuffix  = ".golden.json"
	updateCommand = "go test ./agreement -run TestGolden -update"
)

// codesWithoutDocument are the catalogue codes that no JSON document can
// trigger, with the reason. The table tests of Validate cover them.
var codesWithoutDocument = map[string]string{
	// JSON has no NaN or infinity, and a number too large for a float64
	// is json.number; only an Agreement built in Go can hold one.
	CodeNumberNotFinite: "JSON numbers are finite",
	// Parse reports text that is not UTF-8 as json.syntax; only an
	// Agreement built in Go can hold such text.
	CodeTextInvalidUTF8: "JSON text is UTF-8",
}

// A goldenProblem is a problem as a golden file holds it.
type goldenProblem struct {
	Path    string `json:"path"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

// invalidDocuments returns the names of the documents in testdata/invalid,
// without the .json.
func invalidDocuments(t testing.TB) []string {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join(invalidDir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, m := range matches {
		if strings.HasSuffix(m, goldenSuffix) {
			continue
		}
		names = append(names, strings.TrimSuffix(filepath.Base(m), ".json"))
	}
	if len(names) == 0 {
		t.Fatalf("no documents in %s", invalidDir)
	}
	return names
}

var documentNumber = regexp.MustCompile(`-[0-9]+$`)

// codeOfDocument returns the code that the document name is named after:
// quarter.outside-term for quarter.outside-term-2.
func codeOfDocument(name string) string { return documentNumber.ReplaceAllString(name, "") }

var ignoreGoldenMessages = cmpopts.IgnoreFields(goldenProblem{}, "Message")

func goldenOf(ps bilateral.Problems) []goldenProblem {
	out := []goldenProblem{}
	for _, p := range ps {
		out = append(out, goldenProblem{p.Path, p.Code, p.Message})
	}
	return out
}

func marshalGolden(t testing.TB, gs []goldenProblem) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(gs); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// parseInvalidDocument parses testdata/invalid/name.json, which must fail.
func parseInvalidDocument(t testing.TB, name string) bilateral.Problems {
	t.Helper()
	a, err := Parse(mustReadFile(t, filepath.Join(invalidDir, name+".json")))
	if err == nil {
		t.Fatalf("%s.json parses without problems", name)
	}
	if a != nil {
		t.Errorf("Parse returned an agreement with its error")
	}
	return problemsOf(t, err)
}

// TestGolden parses every document of testdata/invalid and compares its
// problems with the golden file next to it. Run
//
//	go test ./agreement -run TestGolden -update
//
// to rewrite the golden files, and read the difference before committing it.
func TestGolden(t *testing.T) {
	for _, name := range invalidDocuments(t) {
		t.Run(name, func(t *testing.T) {
			ps := parseInvalidDocument(t, name)
			code := codeOfDocument(name)
			if !ps.HasCode(code) {
				t.Errorf("%s.json does not give the code it is named after, %s; it gives:\n%v", name, code, ps)
			}
			got := goldenOf(ps)
			golden := filepath.Join(invalidDir, name+goldenSuffix)
			if *update {
				if err := os.WriteFile(golden, marshalGolden(t, got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			data, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v; to write it, run: %s", err, updateCommand)
			}
			var want []goldenProblem
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatalf("%s: %v; to rewrite it, run: %s", golden, err, updateCommand)
			}
			// Paths and codes are the contract; the messages are in the
			// golden files for people to read, and may be reworded.
			if diff := cmp.Diff(want, got, ignoreGoldenMessages); diff != "" {
				t.Errorf("problems of %s.json differ from %s (-want +got):\n%s\nIf the change is intended, run: %s",
					name, golden, diff, updateCommand)
			} else if diff := cmp.Diff(want, got); diff != "" {
				t.Logf("the messages of %s.json have changed; to show the new ones in %s, run: %s", name, golden, updateCommand)
			}
			for _, p := range ps {
				if p.Message == "" {
					t.Errorf("problem %s at %q has no message", p.Code, p.Path)
				}
			}
		})
	}
}

// TestGoldenFiles checks that every golden file has its document, and that
// every catalogue code has a document named after it, except those that
// JSON cannot express.
func TestGoldenFiles(t *testing.T) {
	names := invalidDocuments(t)
	goldens, err := filepath.Glob(filepath.Join(invalidDir, "*"+goldenSuffix))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range goldens {
		name := strings.TrimSuffix(filepath.Base(g), goldenSuffix)
		if !slices.Contains(names, name) {
			t.Errorf("%s has no document %s.json; remove it", g, name)
		}
	}
	named := map[string]bool{}
	for _, name := range names {
		code := codeOfDocument(name)
		named[code] = true
		if !slices.ContainsFunc(Codes(), func(c CodeInfo) bool { return c.Code == code }) {
			t.Errorf("%s.json is named after %q, which is not a catalogue code", name, code)
		}
	}
	for _, c := range Codes() {
		_, skip := codesWithoutDocument[c.Code]
		switch {
		case skip && named[c.Code]:
			t.Errorf("%s has a document, but codesWithoutDocument says JSON cannot express it", c.Code)
		case !skip && !named[c.Code]:
			t.Errorf("no document in %s is named after %s; add %s.json", invalidDir, c.Code, c.Code)
		}
	}
}
