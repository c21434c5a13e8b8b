package strictjson

import (
	"encoding"
	"encoding/json"
	"reflect"
	"sync"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral/internal/jsontag"
	"github.com/bilateral-go/bilateral/internal/jsontext"
)

// kind says how a Go type is decoded.
type kind uint8

const (
	kindUnsupported kind = iota
	kindText             // bilateral.Text, which the decoder knows
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
	once   sync.Once // guards elem, fields and knownNames, which may refer back to t
	want   string    // what JSON the type wants, for type problems
	// knownNames lists the member names of a struct, for the problems of
	// unknown members.
	knownNames string

	minOnce sync.Once
	min     int // see minSize
}

// zeroIsValue reports whether the zero value of the type is a value that
// a document may give, as 0 and false are, rather than the absence of one.
func (ti *typeInfo) zeroIsValue() bool {
	switch ti.kind {
	case kindBool, kindInt, kindUint, kindFloat:
		return true
	}
	return false
}

// field is one decodable struct field.
type field struct {
	name string
	// nilIfEmpty makes an empty array decode to a nil slice for fields that
	// json.Marshal omits when empty, so that marshal then decode gives back
	// an equal value.
	nilIfEmpty bool
	// required is set for fields without omitempty or omitzero: those that
	// json.Marshal always writes, which a document must have.
	required bool
	// plainName is set when the name has no character that a JSON string
	// would escape, so that it reads as it is written.
	plainName bool
	index     int
	info      *typeInfo
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
	case t == textType:
		ti.kind, ti.want = kindText, "a string, or an object of language tag to string"
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
			ti.knownNames = "the members here are "
			for k, f := range ti.fields {
				if k > 0 {
					ti.knownNames += ", "
				}
				ti.knownNames += f.name
			}
		}
	})
}

// minSize returns the length of the shortest JSON text that could be a
// valid value of the type: for a struct, an object with each required
// member, each of its own shortest value. An array of n bytes holds at most
// n/minSize valid elements.
func (ti *typeInfo) minSize() int {
	ti.minOnce.Do(func() { ti.min = ti.shortest(0) })
	return ti.min
}

// canStart reports whether a value of the type may begin with the byte c.
func (ti *typeInfo) canStart(c byte) bool {
	ti.resolve()
	switch ti.kind {
	case kindStruct:
		return c == '{'
	case kindSlice:
		return c == '['
	case kindText:
		return c == '"' || c == '{'
	case kindString, kindTextUnmarshaler:
		return c == '"'
	case kindBool:
		return c == 't' || c == 'f'
	case kindInt, kindUint, kindFloat:
		return c == '-' || '0' <= c && c <= '9'
	case kindPointer:
		return ti.elem.canStart(c)
	}
	return true
}

// shortest works out minSize, to a depth that recursive types cannot take
// past a bound.
func (ti *typeInfo) shortest(depth int) int {
	ti.resolve()
	switch ti.kind {
	case kindStruct:
		if depth > 8 {
			return 2
		}
		n, required := 2, 0
		for _, f := range ti.fields {
			if f.required {
				n += len(f.name) + 3 + f.info.shortest(depth+1) // "name":value
				required++
			}
		}
		return n + max(required-1, 0) // the commas
	case kindSlice:
		return 2 // []
	case kindPointer:
		return ti.elem.shortest(depth + 1)
	case kindText, kindTextUnmarshaler, kindString:
		return 3 // a string of one byte, as empty ones are not values
	case kindBool:
		return 4 // true
	}
	return 1 // a digit
}

func structFields(t reflect.Type) []field {
	var fields []field
	for i := range t.NumField() {
		sf := t.Field(i)
		tag, ok := jsontag.Of(sf)
		if !ok {
			continue
		}
		fields = append(fields, field{
			name: tag.Name, nilIfEmpty: tag.Omits(), required: !tag.Omits(), plainName: isPlain(tag.Name),
			index: i, info: infoOf(sf.Type),
		})
	}
	return fields
}

// isPlain reports whether s is written in a JSON string as it is: valid
// UTF-8 without quotes, backslashes or control characters.
func isPlain(s string) bool {
	for _, r := range s {
		if r < 0x20 || r == '"' || r == '\\' || r == utf8.RuneError {
			return false
		}
	}
	return true
}

// fieldOf returns the index of the field named name, or -1.
func (ti *typeInfo) fieldOf(name memberName) int {
	key := name.raw[1 : len(name.raw)-1]
	if name.escaped {
		key = []byte(jsontext.Unescape(name.raw))
	}
	for k := range ti.fields {
		if string(key) == ti.fields[k].name {
			return k
		}
	}
	return -1
}
