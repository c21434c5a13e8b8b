// Package niltest checks, for the tests of the module's packages, that
// every method with a pointer receiver treats a nil receiver as it treats a
// pointer to the zero value, and never panics. It is used by tests only.
package niltest

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// Config says what to check in one package.
type Config struct {
	// Dir is the directory of the package, whose non-test files declare
	// the types; "." in the package's own tests.
	Dir string
	// Types are the package's exported types, each as a value or nil
	// pointer of it, such as (*Agreement)(nil). Every exported type that
	// Dir declares must be here, so that a new type is not forgotten.
	Types []any
	// Samples are argument values, by type, to call the methods with
	// besides the zero values: each method is called once with the zero
	// value of every parameter, and once with each parameter's sample.
	Samples []any
	// Unlike names the methods, as "Type.Method", whose result on nil is
	// allowed to differ from that on the zero value, with the reason. They
	// must still not panic.
	Unlike map[string]string
}

// Check calls every method that the pointer type of each of c.Types has
// and its value type lacks (those declared with a pointer receiver, and
// those promoted from embedded values) on a nil pointer and on a pointer to
// a zero value. A method must not panic on either; on nil its results must
// equal those on the zero value, iterators drained, except that a method
// named Unmarshal… must return an error, as it has nowhere to store a value.
func Check(t *testing.T, c Config) {
	t.Helper()
	failures, err := check(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range failures {
		t.Error(f)
	}
}

// check returns what Check reports.
func check(c Config) (failures []string, err error) {
	declared, err := exportedTypes(c.Dir)
	if err != nil {
		return nil, err
	}
	listed := make(map[string]bool, len(c.Types))
	for _, v := range c.Types {
		listed[elem(v).Name()] = true
	}
	for _, name := range declared {
		if !listed[name] {
			failures = append(failures, "the exported type "+name+" is not among the types checked with nil receivers; add it")
		}
	}
	samples := make(map[reflect.Type]reflect.Value, len(c.Samples))
	for _, s := range c.Samples {
		samples[reflect.TypeOf(s)] = reflect.ValueOf(s)
	}
	for _, v := range c.Types {
		typ := elem(v)
		ptr := reflect.PointerTo(typ)
		for i := range ptr.NumMethod() {
			m := ptr.Method(i)
			if _, onValue := typ.MethodByName(m.Name); onValue {
				continue // a value method, which a nil pointer cannot call
			}
			_, unlike := c.Unlike[typ.Name()+"."+m.Name]
			for _, args := range argSets(m.Type, samples) {
				if f := checkCall(m, typ, args, unlike); f != "" {
					failures = append(failures, f)
				}
			}
		}
	}
	return failures, nil
}

// elem returns the type of v, or the type it points to.
func elem(v any) reflect.Type {
	typ := reflect.TypeOf(v)
	if typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	return typ
}

// argSets returns the arguments to call a method of type mt with (its
// first parameter is the receiver): all zero, then the samples.
func argSets(mt reflect.Type, samples map[reflect.Type]reflect.Value) [][]reflect.Value {
	var zero, sample []reflect.Value
	for i := 1; i < mt.NumIn(); i++ {
		in := mt.In(i)
		zero = append(zero, reflect.Zero(in))
		if s, ok := samples[in]; ok {
			sample = append(sample, s)
		} else {
			sample = append(sample, reflect.Zero(in))
		}
	}
	return [][]reflect.Value{zero, sample}
}

// checkCall calls m with args on nil and on a zero value of typ, and says
// what is wrong, or returns "".
func checkCall(m reflect.Method, typ reflect.Type, args []reflect.Value, unlike bool) string {
	onNil, err := call(m, reflect.Zero(reflect.PointerTo(typ)), args)
	if err != nil {
		return fmt.Sprintf("(*%s)(nil).%s(%s) panics: %v", typ.Name(), m.Name, show(args), err)
	}
	onZero, err := call(m, reflect.New(typ), args)
	if err != nil {
		return fmt.Sprintf("(&%s{}).%s(%s) panics: %v", typ.Name(), m.Name, show(args), err)
	}
	if strings.HasPrefix(m.Name, "Unmarshal") {
		if len(onNil) == 0 || onNil[len(onNil)-1] == nil {
			return fmt.Sprintf("(*%s)(nil).%s(%s) returns no error", typ.Name(), m.Name, show(args))
		}
		return ""
	}
	if !unlike && !reflect.DeepEqual(onNil, onZero) {
		return fmt.Sprintf("(*%s)(nil).%s(%s) = %#v\non the zero value, %#v", typ.Name(), m.Name, show(args), onNil, onZero)
	}
	return ""
}

// call calls m on recv and returns its results, with each iterator
// drained into the slice of what it yields, or the panic as an error.
func call(m reflect.Method, recv reflect.Value, args []reflect.Value) (results []any, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	for _, r := range m.Func.Call(append([]reflect.Value{recv}, args...)) {
		results = append(results, drain(r))
	}
	return results, nil
}

// drain returns what v yields when v is an iterator (a function of one
// yield function that returns bool), as a slice of the yielded values, and
// otherwise v itself.
func drain(v reflect.Value) any {
	t := v.Type()
	if t.Kind() != reflect.Func || t.NumIn() != 1 || t.NumOut() != 0 {
		return v.Interface()
	}
	yt := t.In(0)
	if yt.Kind() != reflect.Func || yt.NumOut() != 1 || yt.Out(0).Kind() != reflect.Bool {
		return v.Interface()
	}
	var got [][]any
	if v.IsNil() {
		return got
	}
	yield := reflect.MakeFunc(yt, func(in []reflect.Value) []reflect.Value {
		var item []any
		for _, x := range in {
			item = append(item, x.Interface())
		}
		got = append(got, item)
		return []reflect.Value{reflect.ValueOf(true)}
	})
	v.Call([]reflect.Value{yield})
	return got
}

func show(args []reflect.Value) string {
	s := make([]string, len(args))
	for i, a := range args {
		s[i] = fmt.Sprintf("%#v", a.Interface())
	}
	return strings.Join(s, ", ")
}

// exportedTypes returns the names of the exported types declared in the
// non-test Go files of dir.
func exportedTypes(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	fset := token.NewFileSet()
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, s := range gd.Specs {
				if ts := s.(*ast.TypeSpec); ts.Name.IsExported() {
					names = append(names, ts.Name.Name)
				}
			}
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no exported types in %s", dir)
	}
	slices.Sort(names)
	return names, nil
}
