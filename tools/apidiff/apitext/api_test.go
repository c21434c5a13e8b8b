package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The fixture is a small module whose API the cases change.
const fixture = `package lib

// Reader reads.
type Reader interface{ Read([]byte) (int, error) }

// Point is a point.
type Point struct {
	X, Y int
	hidden string
}

// Dist returns a distance.
func (p Point) Dist(q Point) float64 { return 0 }

// Scale scales p.
func (p *Point) Scale(f int) {}

// Name is a name.
type Name string

// Default is the default name.
const Default Name = "x"

// New returns a point.
func New(x, y int) Point { return Point{} }

// Map maps.
func Map[T any](s []T, f func(T) T) []T { return s }

var ErrNone error

func unexported() {}
`

// apiOf returns the features of the fixture module with source src.
func apiOf(t *testing.T, src string) []string {
	t.Helper()
	return apiOfFiles(t, map[string]string{"lib.go": src})
}

// apiOfFiles returns the features of the fixture module with the files
// given, by path, besides its go.mod, an internal package, a command and a
// test.
func apiOfFiles(t *testing.T, extra map[string]string) []string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"go.mod":           "module example.com/lib\n\ngo 1.24\n",
		"internal/x/x.go":  "package x\n\nfunc Internal() {}\n",
		"cmd/tool/main.go": "package main\n\nfunc main() {}\n\nfunc Exported() {}\n",
		"lib_test.go":      "package lib\n\nfunc TestOnly() {}\n",
	}
	for name, content := range extra {
		files[name] = content
	}
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	features, err := moduleFeatures(dir)
	if err != nil {
		t.Fatal(err)
	}
	return features
}

func TestFeatures(t *testing.T) {
	got := apiOf(t, fixture)
	p := "pkg example.com/lib, "
	want := []string{
		p + "const Default Name = \"x\"",
		p + "func Map[T any]([]T, func(T) T) []T",
		p + "func New(int, int) Point",
		p + "method (*Point) Scale(int)",
		p + "method (Point) Dist(Point) float64",
		p + "method (Reader) Read([]byte) (int, error)",
		p + "type Name string",
		p + "type Point struct",
		p + "type Point struct, X int",
		p + "type Point struct, Y int",
		p + "type Point struct, comparable",
		p + "type Reader interface { Read([]byte) (int, error) }",
		p + "var ErrNone error",
	}
	if !slices.Equal(got, want) {
		t.Errorf("features:\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

// A type of another package of the module is named by package name, as
// the code that uses it names it; a type of a package outside the module
// by import path, so that a move to another package of the same name, such
// as from text/template to html/template, is a changed feature.
func TestFeaturesQualifyPackagesOutsideTheModule(t *testing.T) {
	const src = `package lib

import (
	"%s"

	"example.com/lib/sub"
)

// Parse parses.
func Parse(s sub.T) *template.Template { return nil }
`
	sub := "package sub\n\n// T is a type of another package of the module.\ntype T struct{}\n"
	features := func(templatePkg string) []string {
		return apiOfFiles(t, map[string]string{
			"lib.go":     strings.Replace(src, "%s", templatePkg, 1),
			"sub/sub.go": sub,
		})
	}
	text := features("text/template")
	want := "pkg example.com/lib, func Parse(sub.T) *text/template.Template"
	if !slices.Contains(text, want) {
		t.Errorf("features:\n\t%s\nwant among them\n\t%s", strings.Join(text, "\n\t"), want)
	}
	html := features("html/template")
	var out bytes.Buffer
	if err := compare(&out, text, html, "api.txt", "regenerate"); err == nil || !strings.Contains(out.String(), "- "+want+"\n") {
		t.Errorf("a move from text/template to html/template: compare gave %v, want %q gone:\n%s", err, want, out.String())
	}
}

// The gate fails when a recorded feature is gone or changed, and when the
// file is stale; it passes when only unexported things change.
func TestCompare(t *testing.T) {
	recorded := apiOf(t, fixture)
	for _, c := range []struct {
		name      string
		old, new  string
		gone      string // a feature reported gone, or ""
		stale     bool
		wantError bool
	}{
		{"a removed function", "// New returns a point.\nfunc New(x, y int) Point { return Point{} }\n", "",
			"func New(int, int) Point", false, true},
		{"a changed parameter", "func New(x, y int) Point", "func New(x, y int64) Point",
			"func New(int, int) Point", true, true},
		{"a removed field", "\tX, Y int\n", "\tY int\n", "type Point struct, X int", false, true},
		{"a struct no longer comparable", "\thidden string\n", "\thidden []string\n", "type Point struct, comparable", false, true},
		{"a method added to an interface", "Read([]byte) (int, error) }", "Read([]byte) (int, error); Close() error }",
			"type Reader interface { Read([]byte) (int, error) }", true, true},
		{"a method moved to the pointer", "func (p Point) Dist", "func (p *Point) Dist",
			"method (Point) Dist(Point) float64", true, true},
		{"a changed constant", `Default Name = "x"`, `Default Name = "y"`, `const Default Name = "x"`, true, true},
		{"an added function", "func unexported() {}", "func unexported() {}\n\n// Added is new.\nfunc Added() {}", "", true, true},
		{"an unexported change", "func unexported() {}", "func unexported(int) {}", "", false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(fixture, c.old) {
				t.Fatalf("the fixture has no %q", c.old)
			}
			current := apiOf(t, strings.Replace(fixture, c.old, c.new, 1))
			var out bytes.Buffer
			err := compare(&out, recorded, current, "api.txt", "regenerate")
			if (err != nil) != c.wantError {
				t.Fatalf("compare gave %v, want an error: %v\n%s", err, c.wantError, out.String())
			}
			report := out.String()
			if c.gone != "" && !strings.Contains(report, "- pkg example.com/lib, "+c.gone+"\n") {
				t.Errorf("the report does not name %q as gone:\n%s", c.gone, report)
			}
			if c.gone == "" && strings.Contains(report, "incompatible") {
				t.Errorf("the report calls a compatible change incompatible:\n%s", report)
			}
			if got := strings.Contains(report, "is stale"); got != c.stale {
				t.Errorf("the report says stale: %v, want %v:\n%s", got, c.stale, report)
			}
		})
	}
}

// A file that render writes reads back as the same features.
func TestRenderParse(t *testing.T) {
	features := apiOf(t, fixture)
	if got := parse(render(features)); !slices.Equal(got, features) {
		t.Errorf("parse(render(f)) = %v, want %v", got, features)
	}
}
