package enum

import (
	"errors"
	"testing"

	"github.com/bilateral-go/bilateral"
)

type colour string

var colours = []bilateral.Definition[colour]{
	{Value: "red", Title: bilateral.PlainText("Red"), Description: bilateral.PlainText("The colour of blood.")},
	{Value: "green", Title: bilateral.PlainText("Green")},
	{Value: "blue", Title: bilateral.PlainText("Blue")},
}

func TestLookup(t *testing.T) {
	for _, tc := range []struct {
		value colour
		ok    bool
	}{
		{"red", true},
		{"blue", true},
		{"Red", false},
		{"", false},
		{"purple", false},
	} {
		d, ok := Lookup(colours, tc.value)
		if ok != tc.ok || Valid(colours, tc.value) != tc.ok {
			t.Errorf("Lookup(%q) ok = %v, Valid = %v; want %v", tc.value, ok, Valid(colours, tc.value), tc.ok)
		}
		if ok && d.Value != tc.value {
			t.Errorf("Lookup(%q) = %q", tc.value, d.Value)
		}
		if !ok && d.Value != "" {
			t.Errorf("Lookup(%q) = %q with ok false; want the zero definition", tc.value, d.Value)
		}
	}
}

func TestAllowed(t *testing.T) {
	for n, want := range []string{"", "red", "red or green", "red, green or blue"} {
		if got := Allowed(colours[:n]); got != want {
			t.Errorf("Allowed of %d values = %q; want %q", n, got, want)
		}
	}
}

func TestUnmarshal(t *testing.T) {
	var c colour = "blue"
	if err := Unmarshal(colours, &c, []byte("green"), "colour.UnmarshalText"); err != nil || c != "green" {
		t.Fatalf("Unmarshal(green) = %q, %v", c, err)
	}
	err := Unmarshal(colours, &c, []byte("Green"), "colour.UnmarshalText")
	if c != "green" {
		t.Errorf("a failed Unmarshal changed the value to %q", c)
	}
	if !errors.Is(err, bilateral.ErrSyntax) {
		t.Errorf("errors.Is(%v, ErrSyntax) = false", err)
	}
	var pe *bilateral.ParseError
	if !errors.As(err, &pe) || pe.Func != "colour.UnmarshalText" || pe.Input != "Green" {
		t.Fatalf("error = %#v; want a *ParseError naming the function and the input", err)
	}
	var ue *UnknownError
	if !errors.As(err, &ue) || ue.Allowed != "red, green or blue" {
		t.Errorf("error = %#v; want an *UnknownError with the allowed values", err)
	}
}

// TestUnmarshalDoesNotAllocate checks that a value read is the table's own
// string, so that documents with many enum values cost no allocation for
// them.
func TestUnmarshalDoesNotAllocate(t *testing.T) {
	text := []byte("green")
	var c colour
	allocs := testing.AllocsPerRun(100, func() {
		if err := Unmarshal(colours, &c, text, "colour.UnmarshalText"); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 || c != "green" {
		t.Errorf("Unmarshal: %v allocations, value %q; want 0, green", allocs, c)
	}
}

// TestUnmarshalNil checks that a nil destination, which has nowhere to
// hold a value, is an error and not a panic, for a value that is defined
// and for one that is not.
func TestUnmarshalNil(t *testing.T) {
	for _, text := range []string{"red", "purple", ""} {
		if err := Unmarshal(colours, nil, []byte(text), "colour.UnmarshalText"); err == nil {
			t.Errorf("Unmarshal(%q) into nil returned no error", text)
		}
	}
}
