package compare

import (
	"reflect"
)

// ValueBytes returns the number of bytes that the value v points to
// holds: the size of what each pointer points to, the capacity times the
// element size of each slice's array and the length of each string's
// bytes, for every pointer, slice and string reachable from v, unexported
// fields included, each array or string counted once however many values
// share it. Maps count as their entries' sizes, a lower bound of what they
// hold. It is what a decoder has to allocate at least to return v, to
// compare with what it allocates.
//
// v is a pointer, and ValueBytes counts what it points to; a value of any
// other kind counts as what it holds beyond its own size.
func ValueBytes(v any) int64 {
	c := counter{seen: map[uintptr]bool{}}
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return 0
	}
	c.walk(rv)
	return c.total
}

type counter struct {
	total int64
	// seen holds the start of every array and string counted. Zero-size
	// arrays all start at the same address and cost nothing.
	seen map[uintptr]bool
}

// once reports whether the memory at p has not been counted yet, and
// marks it counted.
func (c *counter) once(p uintptr) bool {
	if p == 0 || c.seen[p] {
		return false
	}
	c.seen[p] = true
	return true
}

// walk counts what v holds beyond its own size.
func (c *counter) walk(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || !c.once(v.Pointer()) {
			return
		}
		e := v.Elem()
		c.total += int64(e.Type().Size())
		c.walk(e)
	case reflect.String:
		if v.Len() > 0 && c.once(uintptr(v.UnsafePointer())) {
			c.total += int64(v.Len())
		}
	case reflect.Slice:
		if v.Cap() == 0 || !c.once(v.Pointer()) {
			return
		}
		c.total += int64(v.Cap()) * int64(v.Type().Elem().Size())
		for i := range v.Len() {
			c.walk(v.Index(i))
		}
	case reflect.Array:
		for i := range v.Len() {
			c.walk(v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			c.walk(v.Field(i))
		}
	case reflect.Map:
		if v.IsNil() {
			return
		}
		entry := int64(v.Type().Key().Size() + v.Type().Elem().Size())
		for it := v.MapRange(); it.Next(); {
			c.total += entry
			c.walk(it.Key())
			c.walk(it.Value())
		}
	case reflect.Interface:
		if v.IsNil() {
			return
		}
		e := v.Elem()
		if e.Kind() != reflect.Pointer {
			// The interface boxes a copy of the value.
			c.total += int64(e.Type().Size())
		}
		c.walk(e)
	}
}
