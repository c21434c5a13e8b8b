package schema

import (
	"slices"
	"testing"
	"time"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
)

// An enum's schema lists the values of its definition table, in order,
// each with its title and description.
func TestEnumSchema(t *testing.T) {
	defs := agreement.Cadences()
	s := enumSchema(agreement.Cadences)()
	if s.Type != "string" || len(s.OneOf) != len(defs) {
		t.Fatalf("enumSchema = type %q with %d alternatives, want a string and %d", s.Type, len(s.OneOf), len(defs))
	}
	for i, d := range defs {
		c := s.OneOf[i]
		if c.Const != string(d.Value) || c.Title != d.Title.String() || c.Description != d.Description.String() {
			t.Errorf("alternative %d = {%v %q %q}; want {%s %q %q}", i, c.Const, c.Title, c.Description, d.Value, d.Title, d.Description)
		}
	}
}

// The schema of a FiscalCalendar lists exactly the months that
// NewFiscalCalendar accepts, in order, each titled with its name.
func TestFiscalCalendarSchema(t *testing.T) {
	var accepted, listed []int
	for m := time.Month(-1); m <= 14; m++ {
		if _, err := bilateral.NewFiscalCalendar(m); err == nil {
			accepted = append(accepted, int(m))
		}
	}
	s := fiscalCalendarSchema()
	if s.Type != "integer" {
		t.Errorf("type %q, want integer", s.Type)
	}
	for _, alt := range s.OneOf {
		m, ok := alt.Const.(int)
		if !ok {
			t.Fatalf("const %#v is not an int", alt.Const)
		}
		listed = append(listed, m)
		if alt.Title != time.Month(m).String() || alt.Description == "" {
			t.Errorf("month %d has title %q and description %q", m, alt.Title, alt.Description)
		}
	}
	if !slices.Equal(accepted, listed) {
		t.Errorf("NewFiscalCalendar accepts %v; the schema lists %v", accepted, listed)
	}
}
