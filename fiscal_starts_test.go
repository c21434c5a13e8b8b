package bilateral_test

import (
	"slices"
	"testing"
	"time"

	"github.com/bilateral-go/bilateral"
)

// FiscalYearStarts lists exactly the months that NewFiscalCalendar accepts,
// in order, each with a description.
func TestFiscalYearStartsAreTheAcceptedMonths(t *testing.T) {
	var accepted, listed []time.Month
	for m := time.Month(-1); m <= 14; m++ {
		if _, err := bilateral.NewFiscalCalendar(m); err == nil {
			accepted = append(accepted, m)
		}
	}
	for _, s := range bilateral.FiscalYearStarts() {
		listed = append(listed, s.Month)
		if s.Description == "" {
			t.Errorf("fiscal year start %v has no description", s.Month)
		}
	}
	if !slices.Equal(accepted, listed) {
		t.Errorf("FiscalYearStarts lists %v; NewFiscalCalendar accepts %v", listed, accepted)
	}
}

func TestFiscalYearStartsReturnsACopy(t *testing.T) {
	s := bilateral.FiscalYearStarts()
	s[0].Month = time.March
	if bilateral.FiscalYearStarts()[0].Month != time.January {
		t.Error("changing the slice FiscalYearStarts returned changed the table")
	}
}
