// Package doccomments extracts the doc comments of the document's Go types
// and fields, so that the JSON Schema can carry them as descriptions, and
// writes them as Go source. It reads files and runs only at go generate
// time and in tests, never in the library.
package doccomments

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/doc/comment"
	"go/format"
	"go/parser"
	"go/token"
	"io/fs"
	"path"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// Packages are the directories, relative to the module root, of the
// packages whose types make up the document.
var Packages = []string{".", "focusarea", "milestone", "agreement"}

// Extract returns the doc comments of the exported types and struct fields
// of Packages, read from fsys (the module root), keyed as the jsonschema
// package's CommentMap wants: "module/pkg.Type" and "module/pkg.Type.Field".
// A type's description is the first paragraph of its comment; a field's is
// its whole comment. Lines are joined with spaces.
//
// The descriptions are for readers of JSON documents, so they use JSON
// names where the comments use Go names:
//
//   - in the comment of a struct type or of one of its fields, the Go name
//     of a field of that struct becomes its JSON name ("Status" becomes
//     "status"), except within double quotes;
//   - a doc link to a string constant, such as [Alternating], becomes the
//     constant's value in double quotes, "alternating";
//   - other doc links, such as [Quarter], become plain words.
func Extract(fsys fs.FS, module string) (map[string]string, error) {
	fset := token.NewFileSet()
	files := make(map[string][]*ast.File) // by package path
	consts := make(map[string]string)     // "pkg.Name" to value
	for _, dir := range Packages {
		entries, err := fs.ReadDir(fsys, dir)
		if err != nil {
			return nil, err
		}
		pkg := module
		if dir != "." {
			pkg = module + "/" + dir
		}
		for _, e := range entries {
			name := e.Name()
			if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
				continue
			}
			src, err := fs.ReadFile(fsys, path.Join(dir, name))
			if err != nil {
				return nil, err
			}
			f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
			if err != nil {
				return nil, err
			}
			files[pkg] = append(files[pkg], f)
			collectConsts(f, path.Base(pkg), consts)
		}
	}
	comments := make(map[string]string)
	for pkg, pf := range files {
		for _, f := range pf {
			collect(f, pkg, consts, comments)
		}
	}
	return comments, nil
}

// collectConsts records the exported string constants of f, keyed by the
// package name and their own: "agreement.Alternating".
func collectConsts(f *ast.File, pkgName string, consts map[string]string) {
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, n := range vs.Names {
				if i >= len(vs.Values) || !n.IsExported() {
					continue
				}
				lit, ok := vs.Values[i].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					continue
				}
				if v, err := strconv.Unquote(lit.Value); err == nil {
					consts[pkgName+"."+n.Name] = v
				}
			}
		}
	}
}

func collect(f *ast.File, pkg string, consts map[string]string, comments map[string]string) {
	pkgName := path.Base(pkg)
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, spec := range gd.Specs {
			ts := spec.(*ast.TypeSpec)
			if !ts.Name.IsExported() {
				continue
			}
			st, _ := ts.Type.(*ast.StructType)
			r := renderer{pkg: pkgName, consts: consts, names: jsonNames(st)}
			text := ts.Doc.Text()
			if text == "" && len(gd.Specs) == 1 {
				text = gd.Doc.Text()
			}
			if p := r.firstParagraph(text); p != "" {
				comments[pkg+"."+ts.Name.Name] = p
			}
			if st == nil {
				continue
			}
			for _, field := range st.Fields.List {
				text := field.Doc.Text()
				if text == "" {
					text = field.Comment.Text()
				}
				for _, n := range field.Names {
					if n.IsExported() && text != "" {
						comments[pkg+"."+ts.Name.Name+"."+n.Name] = r.oneLine(text)
					}
				}
			}
		}
	}
}

// jsonNames returns the JSON names of the fields of st that differ from
// their Go names, by Go name.
func jsonNames(st *ast.StructType) map[string]string {
	names := make(map[string]string)
	if st == nil {
		return names
	}
	for _, field := range st.Fields.List {
		if field.Tag == nil {
			continue
		}
		tag, err := strconv.Unquote(field.Tag.Value)
		if err != nil {
			continue
		}
		name, _, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
		if name == "" || name == "-" {
			continue
		}
		for _, n := range field.Names {
			if n.IsExported() && n.Name != name {
				names[n.Name] = name
			}
		}
	}
	return names
}

// A renderer writes the comments of one type and its fields as
// descriptions.
type renderer struct {
	pkg    string            // the package's name
	consts map[string]string // string constants, by "pkg.Name"
	names  map[string]string // JSON names of the struct's fields, by Go name
}

func (r renderer) firstParagraph(text string) string {
	p, _, _ := strings.Cut(strings.TrimSpace(text), "\n\n")
	return r.oneLine(p)
}

// oneLine joins the lines of a comment into one, with JSON names for Go
// names.
func (r renderer) oneLine(text string) string {
	p := comment.Parser{
		LookupPackage: func(name string) (string, bool) { return name, true },
		LookupSym:     func(recv, name string) bool { return true },
	}
	doc := p.Parse(text)
	for _, b := range doc.Content {
		if para, ok := b.(*comment.Paragraph); ok {
			para.Text = r.rewrite(para.Text)
		}
	}
	pr := comment.Printer{TextWidth: -1}
	return strings.Join(strings.Fields(string(pr.Text(doc))), " ")
}

// rewrite returns the text of a paragraph with JSON names for Go names
// outside double quotes, and string constants for the doc links to them.
func (r renderer) rewrite(text []comment.Text) []comment.Text {
	out := make([]comment.Text, 0, len(text))
	quoted := false
	for _, t := range text {
		switch t := t.(type) {
		case comment.Plain:
			var b strings.Builder
			for i, part := range strings.Split(string(t), `"`) {
				if i > 0 {
					b.WriteByte('"')
					quoted = !quoted
				}
				if quoted {
					b.WriteString(part)
				} else {
					b.WriteString(r.rename(part))
				}
			}
			out = append(out, comment.Plain(b.String()))
		case *comment.DocLink:
			pkg := r.pkg
			if t.ImportPath != "" {
				pkg = path.Base(t.ImportPath)
			}
			if v, ok := r.consts[pkg+"."+t.Name]; ok && t.Recv == "" {
				out = append(out, comment.Plain(strconv.Quote(v)))
				continue
			}
			out = append(out, t)
		default:
			out = append(out, t)
		}
	}
	return out
}

// rename replaces each Go field name in s, as a whole word, with its JSON
// name.
func (r renderer) rename(s string) string {
	if len(r.names) == 0 {
		return s
	}
	var b strings.Builder
	for len(s) > 0 {
		i := strings.IndexFunc(s, isWordChar)
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i:]
		j := strings.IndexFunc(s, func(c rune) bool { return !isWordChar(c) })
		if j < 0 {
			j = len(s)
		}
		word := s[:j]
		if name, ok := r.names[word]; ok {
			word = name
		}
		b.WriteString(word)
		s = s[j:]
	}
	return b.String()
}

func isWordChar(c rune) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// Reachable returns the fully qualified names ("module/pkg.Type") of the
// named types that a value of type root holds, root included, following
// struct fields, slices and pointers. Predeclared types such as string have
// no comments and are left out.
func Reachable(root reflect.Type) map[string]bool {
	seen := make(map[string]bool)
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Name() != "" && t.PkgPath() != "" {
			name := t.PkgPath() + "." + t.Name()
			if seen[name] {
				return
			}
			seen[name] = true
		}
		if t.Kind() == reflect.Struct {
			for i := range t.NumField() {
				if f := t.Field(i); f.IsExported() {
					walk(f.Type)
				}
			}
		}
	}
	walk(root)
	return seen
}

// Keep returns the comments of the given types and their fields only.
func Keep(comments map[string]string, types map[string]bool) map[string]string {
	kept := make(map[string]string)
	for k, c := range comments {
		typ := k
		if i := strings.LastIndexByte(k, '/'); i >= 0 {
			// "module/pkg.Type.Field": the type ends at the second dot
			// after the last slash.
			rest := k[i+1:]
			if j := strings.IndexByte(rest, '.'); j >= 0 {
				if f := strings.IndexByte(rest[j+1:], '.'); f >= 0 {
					typ = k[:i+1+j+1+f]
				}
			}
		}
		if types[typ] {
			kept[k] = c
		}
	}
	return kept
}

// Render returns Go source that declares comments as the map variable
// name in package pkg.
func Render(pkg, name string, comments map[string]string) ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by go generate; DO NOT EDIT.\n\npackage %s\n\n", pkg)
	fmt.Fprintf(&b, "// %s are the doc comments of the document's types and fields, which\n// become the schema's descriptions.\n", name)
	fmt.Fprintf(&b, "var %s = map[string]string{\n", name)
	keys := make([]string, 0, len(comments))
	for k := range comments {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "\t%s: %s,\n", strconv.Quote(k), strconv.Quote(comments[k]))
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}
