package agreement

import (
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The catalogue tests read the package's own source, so that a code added
// to the code but not to the catalogue, or written as a string literal
// where a constant belongs, fails a test.

const strictjsonDir = "../internal/strictjson"

// A sourceFile is a parsed non-test Go file.
type sourceFile struct {
	name string
	file *ast.File
}

// parseSources parses the non-test Go files of dir.
func parseSources(t testing.TB, dir string) []sourceFile {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var files []sourceFile
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, sourceFile{name, f})
	}
	if len(files) == 0 {
		t.Fatalf("no Go files in %s", dir)
	}
	return files
}

// A codeConst is a constant whose name starts with Code.
type codeConst struct {
	name, value string
}

var codeConstName = regexp.MustCompile(`^Code[A-Z]`)

// codeConsts returns the Code constants declared in files, in source order,
// with their string values. A value may be a string literal, another
// constant of the same files, or a constant of package strictjson (in
// external).
func codeConsts(t testing.TB, files []sourceFile, external map[string]string) []codeConst {
	t.Helper()
	type pending struct {
		name string
		expr ast.Expr
	}
	var specs []pending
	for _, sf := range files {
		for _, decl := range sf.file.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, id := range vs.Names {
					if !codeConstName.MatchString(id.Name) {
						continue
					}
					if i >= len(vs.Values) {
						t.Fatalf("%s: constant %s has no value of its own", sf.name, id.Name)
					}
					specs = append(specs, pending{id.Name, vs.Values[i]})
				}
			}
		}
	}
	var resolve func(e ast.Expr, depth int) string
	resolve = func(e ast.Expr, depth int) string {
		if depth > 10 {
			t.Fatalf("constants refer to each other in a loop")
		}
		switch e := e.(type) {
		case *ast.BasicLit:
			if e.Kind == token.STRING {
				s, err := strconv.Unquote(e.Value)
				if err != nil {
					t.Fatal(err)
				}
				return s
			}
		case *ast.Ident:
			for _, p := range specs {
				if p.name == e.Name {
					return resolve(p.expr, depth+1)
				}
			}
		case *ast.SelectorExpr:
			if x, ok := e.X.(*ast.Ident); ok && x.Name == "strictjson" {
				if v, ok := external[e.Sel.Name]; ok {
					return v
				}
			}
		}
		t.Fatalf("cannot work out the value of the constant expression %T %v", e, e)
		return ""
	}
	var out []codeConst
	for _, p := range specs {
		out = append(out, codeConst{p.name, resolve(p.expr, 0)})
	}
	return out
}

// catalogueSources returns the Code constants of package agreement and of
// package strictjson.
func catalogueSources(t testing.TB) (agreementFiles, strictjsonFiles []sourceFile, agreementCodes, strictjsonCodes []codeConst) {
	t.Helper()
	strictjsonFiles = parseSources(t, strictjsonDir)
	strictjsonCodes = codeConsts(t, strictjsonFiles, nil)
	external := map[string]string{}
	for _, c := range strictjsonCodes {
		external[c.name] = c.value
	}
	agreementFiles = parseSources(t, ".")
	agreementCodes = codeConsts(t, agreementFiles, external)
	return
}

func TestCodesCatalogueMatchesConstants(t *testing.T) {
	_, _, consts, _ := catalogueSources(t)
	if len(consts) < 40 {
		t.Fatalf("found only %d Code constants; the source scan is broken", len(consts))
	}
	catalogue := Codes()
	count := map[string]int{}
	for _, c := range catalogue {
		count[c.Code]++
	}
	constValues := map[string]string{}
	for _, c := range consts {
		if other, dup := constValues[c.value]; dup {
			t.Errorf("%s and %s have the same value %q", other, c.name, c.value)
		}
		constValues[c.value] = c.name
		switch n := count[c.value]; n {
		case 1:
		case 0:
			t.Errorf("%s = %q is not in Codes()", c.name, c.value)
		default:
			t.Errorf("%s = %q is in Codes() %d times", c.name, c.value, n)
		}
	}
	for _, c := range catalogue {
		if _, ok := constValues[c.Code]; !ok {
			t.Errorf("Codes() has %q, which is no Code constant", c.Code)
		}
	}
	// Codes documents its order: that of the constants.
	var constOrder, catalogueOrder []string
	for _, c := range consts {
		constOrder = append(constOrder, c.value)
	}
	for _, c := range catalogue {
		catalogueOrder = append(catalogueOrder, c.Code)
	}
	if !slices.Equal(constOrder, catalogueOrder) {
		t.Errorf("Codes() is not in the order of the constants:\nconstants: %v\nCodes():   %v", constOrder, catalogueOrder)
	}
}

var codeForm = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$`)

func TestCodesDocumented(t *testing.T) {
	for _, c := range Codes() {
		if !codeForm.MatchString(c.Code) {
			t.Errorf("code %q is not lower-case dotted kebab-case", c.Code)
		}
		if strings.TrimSpace(c.Meaning) == "" {
			t.Errorf("code %q has no Meaning", c.Code)
		}
		if strings.TrimSpace(c.Fix) == "" {
			t.Errorf("code %q has no Fix", c.Code)
		}
	}
}

func TestCodesIsACopy(t *testing.T) {
	cs := Codes()
	cs[0].Code = "changed"
	if Codes()[0].Code == "changed" {
		t.Error("changing the result of Codes changed the catalogue")
	}
}

// A codeSite is a place in the source that gives a problem its code.
type codeSite struct {
	pos  string
	expr ast.Expr
}

// problemCodeSites finds, in files, every expression that becomes the Code
// of a problem: the code argument of a report call (the one before the
// message), the Code of a Problem literal, the first result returned by a
// function whose first result is named code, and the value assigned to a
// variable named code.
func problemCodeSites(fset *token.FileSet, files []*ast.File) []codeSite {
	var sites []codeSite
	add := func(e ast.Expr) {
		sites = append(sites, codeSite{fset.Position(e.Pos()).String(), e})
	}
	isProblemType := func(e ast.Expr, name string) bool {
		switch e := e.(type) {
		case *ast.Ident:
			return e.Name == name
		case *ast.SelectorExpr:
			return e.Sel.Name == name
		}
		return false
	}
	problemLiteral := func(cl *ast.CompositeLit) {
		for i, elt := range cl.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "Code" {
					add(kv.Value)
				}
			} else if i == 1 {
				add(elt)
			}
		}
	}
	for _, f := range files {
		var codeResults []bool // stack: whether the enclosing function's first result is named code
		var visit func(n ast.Node) bool
		visit = func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl, *ast.FuncLit:
				var ft *ast.FuncType
				var body *ast.BlockStmt
				if fd, ok := n.(*ast.FuncDecl); ok {
					ft, body = fd.Type, fd.Body
				} else {
					fl := n.(*ast.FuncLit)
					ft, body = fl.Type, fl.Body
				}
				named := ft.Results != nil && len(ft.Results.List) > 0 &&
					len(ft.Results.List[0].Names) > 0 && ft.Results.List[0].Names[0].Name == "code"
				if body != nil {
					codeResults = append(codeResults, named)
					ast.Inspect(body, visit)
					codeResults = codeResults[:len(codeResults)-1]
				}
				return false
			case *ast.ReturnStmt:
				if len(codeResults) > 0 && codeResults[len(codeResults)-1] && len(n.Results) > 0 {
					add(n.Results[0])
				}
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i, l := range n.Lhs {
						if id, ok := l.(*ast.Ident); ok && id.Name == "code" {
							add(n.Rhs[i])
						}
					}
				}
			case *ast.CallExpr:
				var name string
				switch fun := n.Fun.(type) {
				case *ast.Ident:
					name = fun.Name
				case *ast.SelectorExpr:
					name = fun.Sel.Name
				}
				if name == "report" && len(n.Args) >= 2 {
					add(n.Args[len(n.Args)-2])
				}
			case *ast.CompositeLit:
				switch {
				case isProblemType(n.Type, "Problem"):
					problemLiteral(n)
				case isProblemType(n.Type, "Problems"):
					for _, elt := range n.Elts {
						if cl, ok := elt.(*ast.CompositeLit); ok && cl.Type == nil {
							problemLiteral(cl)
						}
					}
				}
			}
			return true
		}
		ast.Inspect(f, visit)
	}
	return sites
}

func TestCodesEveryEmittedCodeIsCatalogued(t *testing.T) {
	agreementFiles, strictjsonFiles, agreementCodes, strictjsonCodes := catalogueSources(t)
	catalogued := map[string]bool{}
	for _, c := range Codes() {
		catalogued[c.Code] = true
	}
	for _, pkg := range []struct {
		dir    string
		files  []sourceFile
		consts []codeConst
	}{
		{".", agreementFiles, agreementCodes},
		{strictjsonDir, strictjsonFiles, strictjsonCodes},
	} {
		// Parse again with positions, for the messages.
		fset := token.NewFileSet()
		var files []*ast.File
		for _, sf := range pkg.files {
			f, err := parser.ParseFile(fset, sf.name, nil, parser.SkipObjectResolution)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, f)
		}
		values := map[string]string{}
		for _, c := range pkg.consts {
			values[c.name] = c.value
		}
		sites := problemCodeSites(fset, files)
		t.Logf("%s: %d places give a problem its code", pkg.dir, len(sites))
		if len(sites) < 5 {
			t.Fatalf("%s: found only %d places that give a problem its code; the source scan is broken", pkg.dir, len(sites))
		}
		for _, s := range sites {
			switch e := s.expr.(type) {
			case *ast.Ident:
				if v, ok := values[e.Name]; ok {
					if !catalogued[v] {
						t.Errorf("%s: %s = %q is not in Codes()", s.pos, e.Name, v)
					}
					continue
				}
				if e.Name == "code" {
					continue // a code passed through, checked where it is made
				}
				t.Errorf("%s: the code %s is not a Code constant", s.pos, e.Name)
			case *ast.SelectorExpr:
				if x, ok := e.X.(*ast.Ident); ok && x.Name == "strictjson" {
					if !slices.ContainsFunc(strictjsonCodes, func(c codeConst) bool { return c.name == e.Sel.Name }) {
						t.Errorf("%s: strictjson.%s is not a Code constant of strictjson", s.pos, e.Sel.Name)
					}
					continue
				}
				t.Errorf("%s: the code %s.%s is not a Code constant", s.pos, e.X, e.Sel.Name)
			case *ast.BasicLit:
				t.Errorf("%s: the code %s is a literal; use a Code constant that Codes() documents", s.pos, e.Value)
			default:
				t.Errorf("%s: cannot tell which code the expression %T gives; use a Code constant", s.pos, e)
			}
		}
	}
}

// TestCodesAllTriggered checks that some test case or golden document makes
// Parse or Validate report each code of the catalogue.
func TestCodesAllTriggered(t *testing.T) {
	seen := map[string][]string{} // code -> the first few cases that gave it
	note := func(code, by string) {
		if len(seen[code]) < 3 && !slices.Contains(seen[code], by) {
			seen[code] = append(seen[code], by)
		}
	}
	for _, tc := range allValidateCases() {
		for _, p := range tc.validateProblems(t) {
			note(p.Code, "Validate case "+tc.name)
		}
	}
	for _, tc := range allParseCases() {
		_, err := Parse(tc.document(t))
		for _, p := range problemsOf(t, err) {
			note(p.Code, "Parse case "+tc.name)
		}
	}
	for _, name := range invalidDocuments(t) {
		for _, p := range parseInvalidDocument(t, name) {
			note(p.Code, "testdata/invalid/"+name+".json")
		}
	}
	for _, c := range Codes() {
		if len(seen[c.Code]) == 0 {
			t.Errorf("no test case or golden document triggers %s", c.Code)
			continue
		}
		t.Logf("%-28s %s", c.Code, strings.Join(seen[c.Code], "; "))
	}
	for code := range seen {
		if !slices.ContainsFunc(Codes(), func(c CodeInfo) bool { return c.Code == code }) {
			t.Errorf("the tests saw the code %q, which is not in the catalogue", code)
		}
	}
}

// TestProblemCodeSites checks the source scan itself on a made-up file.
func TestProblemCodeSites(t *testing.T) {
	const src = `package p

func f(v *validator, d *decoder) {
	v.report(p, CodeRequired, "a")           // 1
	v.report(p, "made.up", "b")              // 2
	d.report(CodeSyntax, "c")                // 3
	_ = bilateral.Problem{Path: "", Code: "lit"} // 4
	_ = bilateral.Problems{{Code: other.Code}}   // 5
	_ = Problem{"/a", CodeTextEmpty, "m"}        // 6
	code, msg := "assigned", ""                  // 7
	_ = msg
	report(p, code, "d")                         // 8
}

func g() (code, message string) {
	return CodeKeySyntax, "" // 9
}

func h() (n int, code string) {
	return 1, "not a code result"
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range problemCodeSites(fset, []*ast.File{f}) {
		var b strings.Builder
		if err := format.Node(&b, fset, s.expr); err != nil {
			t.Fatal(err)
		}
		got = append(got, b.String())
	}
	want := []string{"CodeRequired", `"made.up"`, "CodeSyntax", `"lit"`, "other.Code", "CodeTextEmpty", `"assigned"`, "code", "CodeKeySyntax"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problemCodeSites mismatch (-want +got):\n%s", diff)
	}
}
