package strictjson

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strings"
	"sync"
)

// kind says how a Go type is decoded.
type kind uint8

const (
	kindUnsupported kind = iota
	kindJSONUnmarshaler
	kindTextUnmarshaler
	kindStruct
	kindSlice
	kindPointer
	kindString
	kindBool
	kindInt
	kindUint
	kindFloat
)

// typeInfo is what the decoder knows of a Go type, worked out once.
type typeInfo struct {
	t      reflect.Type
	kind   kind
	fields []field   // kindStruct
	elem   *typeInfo // kindSlice, kindPointer
	once   sync.Once // guards elem and fields, which may refer back to t
	want   string    // what JSON the type wants, for type problems
}

// field is one decodable struct field.
type field struct {
	name string
	// nilIfEmpty makes an empty array decode to a nil slice for fields that
	// json.Marshal omits when empty, so that marshal then decode gives back
	// an equal value.
	nilIfEmpty bool
	index      int
	info       *typeInfo
}

var (
	jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	cache               sync.Map // reflect.Type -> *typeInfo
)

func infoOf(t reflect.Type) *typeInfo {
	if ti, ok := cache.Load(t); ok {
		return ti.(*typeInfo)
	}
	ti, _ := cache.LoadOrStore(t, newTypeInfo(t))
	return ti.(*typeInfo)
}

func newTypeInfo(t reflect.Type) *typeInfo {
	ti := &typeInfo{t: t}
	pt := reflect.PointerTo(t)
	switch {
	case pt.Implements(jsonUnmarshalerType):
		ti.kind, ti.want = kindJSONUnmarshaler, "a value"
	case pt.Implements(textUnmarshalerType):
		ti.kind, ti.want = kindTextUnmarshaler, "a string"
	default:
		switch t.Kind() {
		case reflect.Struct:
			ti.kind, ti.want = kindStruct, "an object"
		case reflect.Slice:
			ti.kind, ti.want = kindSlice, "an array"
		case reflect.Pointer:
			ti.kind = kindPointer
		case reflect.String:
			ti.kind, ti.want = kindString, "a string"
		case reflect.Bool:
			ti.kind, ti.want = kindBool, "true or false"
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			ti.kind, ti.want = kindInt, "a whole number"
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			ti.kind, ti.want = kindUint, "a whole number of at least 0"
		case reflect.Float32, reflect.Float64:
			ti.kind, ti.want = kindFloat, "a number"
		}
	}
	return ti
}

// resolve fills in the element and field information on first use, lazily,
// so that recursive types do not recurse here.
func (ti *typeInfo) resolve() {
	ti.once.Do(func() {
		switch ti.kind {
		case kindSlice, kindPointer:
			ti.elem = infoOf(ti.t.Elem())
			if ti.kind == kindPointer {
				ti.want = ti.elem.want
			}
		case kindStruct:
			ti.fields = structFields(ti.t)
		}
	})
}

func structFields(t reflect.Type) []field {
	var fields []field
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		omit := false
		for opt := range strings.SplitSeq(opts, ",") {
			omit = omit || opt == "omitempty" || opt == "omitzero"
		}
		fields = append(fields, field{name: name, nilIfEmpty: omit, index: i, info: infoOf(sf.Type)})
	}
	return fields
}
