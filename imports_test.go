package bilateral_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/internal/race"
)

const module = "github.com/bilateral-go/bilateral"

// listedPackage is what `go list -json` tells of a package.
type listedPackage struct {
	ImportPath string
	Standard   bool
	Imports    []string
}

// goList runs `go list -json` with args from the module root, which is
// this package's directory, and returns the packages it lists.
func goList(t *testing.T, args ...string) []listedPackage {
	t.Helper()
	cmd := exec.Command("go", append([]string{"list", "-json"}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	var pkgs []listedPackage
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listedPackage
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	if len(pkgs) == 0 {
		t.Fatalf("go list %s listed no package", strings.Join(args, " "))
	}
	return pkgs
}

func inModule(path string) bool { return path == module || strings.HasPrefix(path, module+"/") }

// The model packages, and every package they import, are the standard
// library and this module: a service that wants a Quarter or Validate gets
// nothing else, but for golang.org/x/text/width, whose tables the reports
// of the agreement package measure their columns with (the standard
// library has no East Asian Width), and golang.org/x/text/transform, which
// width imports.
func TestModelPackagesNeedOnlyTheStandardLibrary(t *testing.T) {
	if race.Enabled {
		t.Skip("lists packages; the run without -race checks it")
	}
	model := []string{".", "./focusarea", "./milestone", "./agreement"}
	widthDeps := map[string]bool{"golang.org/x/text/width": true, "golang.org/x/text/transform": true}
	for _, p := range goList(t, append([]string{"-deps"}, model...)...) {
		if !p.Standard && !inModule(p.ImportPath) && !widthDeps[p.ImportPath] {
			t.Errorf("a model package depends on %s, which is neither the standard library, this module, nor golang.org/x/text/width and what it imports", p.ImportPath)
		}
	}
	for _, p := range goList(t, "-deps", ".", "./focusarea", "./milestone") {
		if !p.Standard && !inModule(p.ImportPath) {
			t.Errorf("the value types, focus areas or milestones depend on %s", p.ImportPath)
		}
	}
}

// Each dependency outside the standard library is imported by the one
// package that needs it, and by the examples of its use (tests aside,
// which may import what they like from go.mod).
func TestDependenciesStayInTheirPackages(t *testing.T) {
	if race.Enabled {
		t.Skip("lists packages; the run without -race checks it")
	}
	allowed := map[string][]string{ // by import path prefix, the packages that may import it
		"github.com/invopop/jsonschema":          {module + "/schema", module + "/examples/openapi"},
		"github.com/pb33f/ordered-map/v2":        {module + "/schema"},
		"github.com/google/go-cmp/":              {module + "/agreement/agreementtest"},
		"github.com/santhosh-tekuri/jsonschema/": {module + "/internal/schemacheck"},
		"golang.org/x/text/width":                {module + "/agreement"},
	}
	std := make(map[string]bool)
	for _, p := range goList(t, "-deps", "./...") {
		std[p.ImportPath] = p.Standard
	}
	for _, p := range goList(t, "./...") {
		for _, imp := range p.Imports {
			if std[imp] || inModule(imp) {
				continue
			}
			ok := false
			for prefix, importers := range allowed {
				if strings.HasPrefix(imp, prefix) {
					for _, importer := range importers {
						ok = ok || p.ImportPath == importer
					}
				}
			}
			if !ok {
				t.Errorf("%s imports %s", p.ImportPath, imp)
			}
		}
	}
}
