package agreement

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strings"
	"sync"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/jsontag"
)

// Diff and Patch walk the document along a plan: a tree, built once by
// reflection over the Go types from Agreement down, that says for each place
// of the JSON form how its values are compared. It follows the rules of
// encoding/json (member names, omitempty, omitzero, marshalers), so that a
// member added to the model is compared without any change here: only a
// new list needs a line in listRules, and a test says so.

// A planKind is how the values of one place are compared.
type planKind uint8

const (
	// planScalar is a JSON string, number or boolean of a comparable Go
	// type: equal Go values are equal, and unequal ones are compared by
	// their JSON form.
	planScalar  planKind = iota
	planFloat            // a float, compared bit by bit, NaN equal to NaN
	planText             // a bilateral.Text, compared language by language
	planOpaque           // anything else, compared by its JSON form
	planStruct           // a JSON object, compared member by member
	planPointer          // a pointer: null, or the value it points to
	planList             // a JSON array, its items matched as listRules says
)

// A plan says how to compare the values of one place of the document.
type plan struct {
	kind planKind
	// pattern is the JSON Pointer of the place, with "*" for any list
	// index, such as "/milestones/*/quarter".
	pattern string
	fields  []planField // planStruct: the members, in JSON order
	elem    *plan       // planPointer, planList: the value pointed to, the items
	list    listRule    // planList: how items are matched
	keyAt   int         // planList matched by a member: the Go field index of the key
}

// A planField is a member of a JSON object.
type planField struct {
	name      string // the JSON member name
	index     int    // the Go field index
	omitEmpty bool
	omitZero  bool
	zeroer    zeroMethod
	plan      *plan
}

// A zeroMethod is how encoding/json tells whether a member with omitzero is
// zero.
type zeroMethod uint8

const (
	zeroReflect         zeroMethod = iota // reflect.Value.IsZero
	zeroMethodValue                       // the type's IsZero method, on a value or pointer receiver
	zeroMethodPointer                     // a pointer type's IsZero method, nil being zero
	zeroMethodInterface                   // an interface's IsZero method, nil being zero
)

type isZeroer interface{ IsZero() bool }

var (
	marshalerType     = reflect.TypeFor[json.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
	isZeroerType      = reflect.TypeFor[isZeroer]()
	agreementType     = reflect.TypeFor[Agreement]()
	bilateralTextType = reflect.TypeFor[bilateral.Text]()
)

// documentPlan returns the plan of the agreement document.
var documentPlan = sync.OnceValue(func() *plan {
	return buildPlan(agreementType, "", map[reflect.Type]bool{})
})

// present reports whether json.Marshal writes the member with value v.
func (f *planField) present(v reflect.Value) bool {
	if f.omitEmpty && isEmptyValue(v) {
		return false
	}
	return !f.omitZero || !f.isZero(v)
}

// isEmptyValue is encoding/json's test for omitempty.
func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64,
		reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// isZero is encoding/json's test for omitzero.
func (f *planField) isZero(v reflect.Value) bool {
	switch f.zeroer {
	case zeroMethodValue:
		if v.CanAddr() {
			return v.Addr().Interface().(isZeroer).IsZero()
		}
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		return c.Addr().Interface().(isZeroer).IsZero()
	case zeroMethodPointer:
		return v.IsNil() || v.Interface().(isZeroer).IsZero()
	case zeroMethodInterface:
		return v.IsNil() || v.Elem().Kind() == reflect.Pointer && v.Elem().IsNil() ||
			v.Interface().(isZeroer).IsZero()
	}
	return v.IsZero()
}

// marshals reports whether encoding/json writes values of t with a method
// of t rather than by its kind.
func marshals(t reflect.Type) bool {
	for _, m := range []reflect.Type{marshalerType, textMarshalerType} {
		if t.Implements(m) || t.Kind() != reflect.Pointer && reflect.PointerTo(t).Implements(m) {
			return true
		}
	}
	return false
}

// buildPlan returns the plan of the values of type t at the place pattern.
// open holds the struct types being planned, so that a type that contains
// itself is compared as a whole below its first level.
func buildPlan(t reflect.Type, pattern string, open map[reflect.Type]bool) *plan {
	p := &plan{pattern: pattern, kind: planOpaque}
	switch {
	case t == bilateralTextType:
		p.kind = planText
		return p
	case marshals(t):
		if equalMeansSameJSON(t) {
			p.kind = planScalar
		}
		return p
	}
	switch t.Kind() {
	case reflect.Bool, reflect.String,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		p.kind = planScalar
	case reflect.Float32, reflect.Float64:
		p.kind = planFloat
	case reflect.Pointer:
		if !open[t.Elem()] {
			p.kind = planPointer
			p.elem = buildPlan(t.Elem(), pattern, open)
		}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 && !marshals(t.Elem()) {
			break // []byte is a base64 string
		}
		p.kind = planList
		p.elem = buildPlan(t.Elem(), pattern+"/*", open)
		p.list, p.keyAt = ruleFor(pattern, p.elem)
	case reflect.Struct:
		if open[t] {
			break
		}
		fields, ok := jsonFields(t)
		if !ok {
			break
		}
		open[t] = true
		for i := range fields {
			f := &fields[i]
			f.plan = buildPlan(t.Field(f.index).Type, pattern+"/"+escapeToken(f.name), open)
		}
		delete(open, t)
		p.kind, p.fields = planStruct, fields
	}
	return p
}

// equalMeansSameJSON reports whether reflect.Value.Equal can compare
// values of t without panicking, so that equal values, which marshal alike,
// need not be marshalled.
func equalMeansSameJSON(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Struct:
		for i := range t.NumField() {
			if !equalMeansSameJSON(t.Field(i).Type) {
				return false
			}
		}
		return true
	case reflect.Array:
		return equalMeansSameJSON(t.Elem())
	case reflect.Interface, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan,
		reflect.Complex64, reflect.Complex128, reflect.UnsafePointer:
		return false
	case reflect.Float32, reflect.Float64:
		return false // NaN is not equal to itself
	}
	return true
}

// jsonFields returns the members of JSON objects of struct type t, as
// encoding/json writes them, or false when t uses what the plan does not
// follow (embedded structs, the string option, odd names, a name twice):
// values of t are then compared as wholes.
func jsonFields(t reflect.Type) ([]planField, bool) {
	var fields []planField
	seen := map[string]bool{}
	for i := range t.NumField() {
		sf := t.Field(i)
		if sf.Anonymous {
			return nil, false
		}
		tag, ok := jsontag.Of(sf)
		switch {
		case !ok:
			continue
		case tag.Quoted:
			return nil, false
		}
		name := tag.Name
		f := planField{name: name, index: i, omitEmpty: tag.OmitEmpty, omitZero: tag.OmitZero}
		if !plainName(name) || seen[name] {
			return nil, false
		}
		seen[name] = true
		if f.omitZero {
			ft := sf.Type
			switch {
			case ft.Kind() == reflect.Interface && ft.Implements(isZeroerType):
				f.zeroer = zeroMethodInterface
			case ft.Kind() == reflect.Pointer && ft.Implements(isZeroerType):
				f.zeroer = zeroMethodPointer
			case ft.Implements(isZeroerType) || reflect.PointerTo(ft).Implements(isZeroerType):
				f.zeroer = zeroMethodValue
			}
		}
		fields = append(fields, f)
	}
	return fields, true
}

// plainName reports whether encoding/json writes name as it is: letters,
// digits and a few marks, nothing it would escape.
func plainName(name string) bool {
	for _, r := range name {
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', '0' <= r && r <= '9':
		case strings.ContainsRune("!#$%()*+-./:;=?@[]^_{|}~ ", r):
		default:
			return false
		}
	}
	return name != ""
}

// escapeToken returns name as a JSON Pointer reference token.
func escapeToken(name string) string {
	return string(bilateral.AppendPointerToken(nil, name)[1:])
}

// member returns the field of a struct plan with the given JSON name.
func (p *plan) member(name string) *planField {
	for i := range p.fields {
		if p.fields[i].name == name {
			return &p.fields[i]
		}
	}
	return nil
}

// below returns the plan of what a pointer plan points to, through any
// number of pointers.
func (p *plan) below() *plan {
	for p.kind == planPointer {
		p = p.elem
	}
	return p
}
