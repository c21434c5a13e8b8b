package bilateral

import (
	"errors"

	"github.com/bilateral-go/bilateral/internal/bounded"
)

// ErrSyntax reports that a value does not have the right form, such as
// "2024/Q3" for a quarter or "2024/07/01" for a date.
var ErrSyntax = errors.New("invalid syntax")

// ErrRange reports that a value has the right form but lies outside the range
// the type can hold, such as year 0, quarter 5 or February 30.
var ErrRange = errors.New("value out of range")

// A ParseError records a failed conversion of text to a value of this
// library. It is shaped like [strconv.NumError], so errors.Is finds the
// sentinel it wraps ([ErrSyntax] or [ErrRange]) and callers can read the
// function and input from its fields.
//
// Parsers of the module's other packages return it too, such as
// focusarea.ParseKey and the UnmarshalText methods of the enums, so Func
// names the package as well as the function.
type ParseError struct {
	Func  string // the failing function, such as "bilateral.ParseQuarter"
	Input string // the input, exactly as given
	Err   error  // the reason, which wraps ErrSyntax or ErrRange
}

// Error returns the function, the quoted input and the reason, as in
// `bilateral.ParseQuarter: parsing "2024/Q3": invalid syntax`. It quotes
// at most 64 bytes of the input, then "…", so that the message of a
// long input stays short; Input holds all of it.
func (e *ParseError) Error() string {
	return e.Func + ": parsing " + bounded.Quote(e.Input) + ": " + e.Err.Error()
}

// Unwrap returns the reason, so that errors.Is(err, ErrSyntax) works.
func (e *ParseError) Unwrap() error { return e.Err }

// newParseError wraps a sentinel (ErrSyntax or ErrRange) returned by one of
// the allocation-free parsers.
// fn is a function of this package, named without the package.
func newParseError(fn, input string, sentinel error) error {
	return &ParseError{Func: "bilateral." + fn, Input: input, Err: sentinel}
}

// reasonError is a reason that adds advice to a sentinel.
type reasonError struct {
	sentinel error
	advice   string
}

// Error returns the sentinel's text and the advice.
func (e *reasonError) Error() string { return e.sentinel.Error() + ": " + e.advice }

// Unwrap returns the sentinel, so that errors.Is finds it.
func (e *reasonError) Unwrap() error { return e.sentinel }

func adviceError(fn, input string, sentinel error, advice string) error {
	return &ParseError{Func: "bilateral." + fn, Input: input, Err: &reasonError{sentinel: sentinel, advice: advice}}
}

// causeError is a reason that wraps both a sentinel and the error that
// explains it, so that errors.Is finds the one and errors.As the other.
type causeError struct {
	sentinel, cause error
}

// Error returns the sentinel's text and the cause's.
func (e *causeError) Error() string { return e.sentinel.Error() + ": " + e.cause.Error() }

// Unwrap returns the sentinel and the cause.
func (e *causeError) Unwrap() []error { return []error{e.sentinel, e.cause} }
