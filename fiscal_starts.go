package bilateral

import "time"

// A FiscalYearStart is a month in which a fiscal year may start, with what
// a fiscal year that starts then is: one of the choices a form or a JSON
// Schema offers for a party's fiscal calendar.
type FiscalYearStart struct {
	// Month is the first month of the fiscal year.
	Month time.Month
	// Description says what such a fiscal year is, such as "A fiscal year
	// from April to March.".
	Description string
}

// FiscalYearStarts returns the months that [NewFiscalCalendar] accepts, in
// order, each with what it means. The JSON Schema of a fiscal calendar lists
// the same months, from this one table. The slice is a copy.
func FiscalYearStarts() []FiscalYearStart {
	out := make([]FiscalYearStart, len(fiscalStarts))
	for i, s := range fiscalStarts {
		out[i] = FiscalYearStart{Month: s.month, Description: s.description}
	}
	return out
}
