// Package enum implements the string enums of the module once, over their
// definition tables, so that each enum type is a table and a few one-line
// methods.
package enum

import (
	"errors"
	"strings"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/bounded"
)

// Lookup returns the definition of v in defs.
func Lookup[T ~string](defs []bilateral.Definition[T], v T) (bilateral.Definition[T], bool) {
	for _, d := range defs {
		if d.Value == v {
			return d, true
		}
	}
	return bilateral.Definition[T]{}, false
}

// Valid reports whether v is defined in defs.
func Valid[T ~string](defs []bilateral.Definition[T], v T) bool {
	_, ok := Lookup(defs, v)
	return ok
}

// Allowed lists the values of defs for messages: "a, b or c".
func Allowed[T ~string](defs []bilateral.Definition[T]) string {
	var b strings.Builder
	for i, d := range defs {
		switch {
		case i == 0:
		case i == len(defs)-1:
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(string(d.Value))
	}
	return b.String()
}

// Unmarshal sets *dst to text if defs defines it, and otherwise returns a
// *bilateral.ParseError that wraps bilateral.ErrSyntax and lists the allowed
// values. fn names the method, as in "Cadence.UnmarshalText". A nil dst,
// which has nowhere to hold a value, is an error too.
//
// The value set is the table's own string, so that reading a value does
// not allocate.
func Unmarshal[T ~string](defs []bilateral.Definition[T], dst *T, text []byte, fn string) error {
	if dst == nil {
		return errors.New(fn + ": nil receiver")
	}
	for _, d := range defs {
		if string(d.Value) == string(text) {
			*dst = d.Value
			return nil
		}
	}
	return &bilateral.ParseError{Func: fn, Input: string(text), Err: &UnknownError{Allowed: Allowed(defs)}}
}

// UnknownError is the reason for a value that an enum does not define. It
// wraps bilateral.ErrSyntax.
type UnknownError struct {
	Allowed string // the allowed values, as Allowed writes them
}

// Error says that the value is unknown and lists the allowed ones.
func (e *UnknownError) Error() string { return "unknown value; want " + e.Allowed }

// Unwrap returns bilateral.ErrSyntax.
func (e *UnknownError) Unwrap() error { return bilateral.ErrSyntax }

// Message is the problem message for value, which is not one of allowed.
// It quotes at most the first bytes of a long value.
func Message(value, allowed string) string {
	return bounded.Quote(value) + " is not allowed here; want " + allowed
}
