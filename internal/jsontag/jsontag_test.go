package jsontag

import (
	"reflect"
	"testing"
)

func TestOf(t *testing.T) {
	type s struct {
		Plain    int
		Named    int `json:"named"`
		Omit     int `json:"omit,omitempty"`
		Zero     int `json:",omitzero"`
		Quoted   int `json:"q,string,omitempty"`
		Skipped  int `json:"-"`
		unexport int
	}
	want := []struct {
		tag Tag
		ok  bool
	}{
		{Tag{Name: "Plain"}, true},
		{Tag{Name: "named"}, true},
		{Tag{Name: "omit", OmitEmpty: true}, true},
		{Tag{Name: "Zero", OmitZero: true}, true},
		{Tag{Name: "q", OmitEmpty: true, Quoted: true}, true},
		{Tag{}, false},
		{Tag{}, false},
	}
	typ := reflect.TypeFor[s]()
	for i := range typ.NumField() {
		tag, ok := Of(typ.Field(i))
		if tag != want[i].tag || ok != want[i].ok {
			t.Errorf("Of(%s) = %+v, %v; want %+v, %v", typ.Field(i).Name, tag, ok, want[i].tag, want[i].ok)
		}
	}
	_ = s{}.unexport

	// A field named "-" is written as the tag "-,"; it is built here rather
	// than declared, because vet-like checkers flag the tag as a likely slip.
	dash := reflect.StructField{Name: "Dash", Type: reflect.TypeFor[int](), Tag: `json:"-,"`}
	if tag, ok := Of(dash); tag != (Tag{Name: "-"}) || !ok {
		t.Errorf(`Of(json:"-,") = %+v, %v; want {Name:-}, true`, tag, ok)
	}
}
