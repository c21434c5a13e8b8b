package main

import (
	"fmt"
	"go/types"
	"slices"
	"strings"
)

// Features returns the exported API of pkg, one feature a line, sorted:
//
//	pkg P, const Name Type = value
//	pkg P, var Name Type
//	pkg P, func Name(params) results
//	pkg P, type Name struct
//	pkg P, type Name struct, Field Type
//	pkg P, type Name struct, comparable
//	pkg P, type Name interface { M1(...) ..., M2(...) ... }
//	pkg P, type Name underlying
//	pkg P, method (Name) M(params) results
//	pkg P, method (*Name) M(params) results
//
// A program that uses the package keeps compiling as long as every feature
// it relied on is still there, so a feature that disappears, or changes, is
// a break; a new feature is not. Parameter names are left out: they are not
// part of the API. An interface is one feature with all its methods, since
// a new method breaks its implementations; a struct that can be compared
// with == says so, since a field that takes that away breaks the programs
// that compare.
//
// Types of pkg itself are written by name alone, those of the other
// packages of module (the module's path) by package name and type name, as
// in bilateral.PartyCode, and those of packages outside the module by
// import path and type name, as in github.com/invopop/jsonschema.Reflector
// or encoding/json.RawMessage: a type that moves to another package of the
// same name outside the module is then a changed feature, as it is for the
// programs that use it.
func Features(pkg *types.Package, module string) []string {
	prefix := "pkg " + pkg.Path() + ", "
	qualifier := func(p *types.Package) string {
		switch {
		case p == pkg:
			return ""
		case inModule(p.Path(), module):
			return p.Name()
		}
		return p.Path()
	}
	str := func(t types.Type) string { return types.TypeString(t, qualifier) }
	var out []string
	add := func(format string, args ...any) { out = append(out, prefix+fmt.Sprintf(format, args...)) }

	scope := pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue
		}
		switch obj := obj.(type) {
		case *types.Const:
			add("const %s %s = %s", name, str(obj.Type()), obj.Val().ExactString())
		case *types.Var:
			add("var %s %s", name, str(obj.Type()))
		case *types.Func:
			add("func %s%s", name, signature(obj.Type().(*types.Signature), str))
		case *types.TypeName:
			typeFeatures(obj, str, add)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// typeFeatures adds the features of the exported type obj: its kind, the
// fields of a struct, and its methods, promoted ones included.
func typeFeatures(obj *types.TypeName, str func(types.Type) string, add func(string, ...any)) {
	name := obj.Name()
	if obj.IsAlias() {
		add("type %s = %s", name, str(obj.Type()))
		return
	}
	named, ok := obj.Type().(*types.Named)
	if !ok {
		return
	}
	if tps := named.TypeParams(); tps.Len() > 0 {
		name += typeParams(tps, str)
	}
	switch u := named.Underlying().(type) {
	case *types.Struct:
		add("type %s struct", name)
		for f := range u.Fields() {
			if !f.Exported() {
				continue
			}
			if f.Embedded() {
				add("type %s struct, embedded %s", name, str(f.Type()))
			} else {
				add("type %s struct, %s %s", name, f.Name(), str(f.Type()))
			}
		}
		if types.Comparable(named) {
			add("type %s struct, comparable", name)
		}
	case *types.Interface:
		var methods []string
		for m := range u.Methods() {
			if m.Exported() {
				methods = append(methods, m.Name()+signature(m.Type().(*types.Signature), str))
			} else {
				methods = append(methods, "unexported methods")
			}
		}
		slices.Sort(methods)
		methods = slices.Compact(methods)
		for t := range u.EmbeddedTypes() {
			if _, isIface := t.Underlying().(*types.Interface); !isIface {
				methods = append(methods, str(t)) // a constraint's terms
			}
		}
		add("type %s interface { %s }", name, strings.Join(methods, ", "))
	default:
		add("type %s %s", name, str(u))
	}
	// The methods of the value and of the pointer: a method that moves
	// from one to the other is a change.
	value := types.NewMethodSet(named)
	for sel := range value.Methods() {
		if m := sel.Obj(); m.Exported() {
			add("method (%s) %s%s", obj.Name(), m.Name(), signature(m.Type().(*types.Signature), str))
		}
	}
	if _, isIface := named.Underlying().(*types.Interface); isIface {
		return
	}
	pointer := types.NewMethodSet(types.NewPointer(named))
	for sel := range pointer.Methods() {
		m := sel.Obj()
		if m.Exported() && value.Lookup(m.Pkg(), m.Name()) == nil {
			add("method (*%s) %s%s", obj.Name(), m.Name(), signature(m.Type().(*types.Signature), str))
		}
	}
}

// signature writes sig without its parameter names: "[T any](int, ...string) (T, error)".
func signature(sig *types.Signature, str func(types.Type) string) string {
	var b strings.Builder
	if tps := sig.TypeParams(); tps != nil && tps.Len() > 0 {
		b.WriteString(typeParams(tps, str))
	}
	b.WriteByte('(')
	params := sig.Params()
	for i := range params.Len() {
		if i > 0 {
			b.WriteString(", ")
		}
		t := params.At(i).Type()
		if sig.Variadic() && i == params.Len()-1 {
			b.WriteString("..." + str(t.(*types.Slice).Elem()))
		} else {
			b.WriteString(str(t))
		}
	}
	b.WriteByte(')')
	results := sig.Results()
	switch results.Len() {
	case 0:
	case 1:
		b.WriteString(" " + str(results.At(0).Type()))
	default:
		b.WriteString(" (")
		for i := range results.Len() {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(str(results.At(i).Type()))
		}
		b.WriteByte(')')
	}
	return b.String()
}

// typeParams writes a list of type parameters: "[T ~string]".
func typeParams(tps *types.TypeParamList, str func(types.Type) string) string {
	var parts []string
	for tp := range tps.TypeParams() {
		parts = append(parts, tp.Obj().Name()+" "+str(tp.Constraint()))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// inModule reports whether the package path is that of a package of the
// module whose path is module.
func inModule(path, module string) bool {
	return path == module || strings.HasPrefix(path, module+"/")
}
