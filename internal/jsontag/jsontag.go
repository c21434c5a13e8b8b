// Package jsontag reads the json tags of struct fields as encoding/json
// reads them, for the packages of the module that walk the model's types
// by reflection: the strict decoder and the differ of versions.
package jsontag

import (
	"reflect"
	"strings"
)

// A Tag is what a field's json tag says.
type Tag struct {
	Name      string // the member name: the tag's, or else the field's
	OmitEmpty bool   // the omitempty option
	OmitZero  bool   // the omitzero option
	Quoted    bool   // the string option, which writes a value in a string
}

// Of returns the tag of field sf, and whether encoding/json reads and writes
// the field at all: it is exported and its tag is not "-".
func Of(sf reflect.StructField) (Tag, bool) {
	if !sf.IsExported() {
		return Tag{}, false
	}
	tag := sf.Tag.Get("json")
	if tag == "-" {
		return Tag{}, false
	}
	name, opts, _ := strings.Cut(tag, ",")
	if name == "" {
		name = sf.Name
	}
	t := Tag{Name: name}
	for opt := range strings.SplitSeq(opts, ",") {
		switch opt {
		case "omitempty":
			t.OmitEmpty = true
		case "omitzero":
			t.OmitZero = true
		case "string":
			t.Quoted = true
		}
	}
	return t, true
}

// Omits reports whether json.Marshal leaves the field out when it is empty
// or zero.
func (t Tag) Omits() bool { return t.OmitEmpty || t.OmitZero }
