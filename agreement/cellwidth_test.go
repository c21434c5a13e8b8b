package agreement_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// scriptsAgreement has focus areas and milestones titled in Japanese,
// Chinese, Arabic (with vowel signs, which are combining marks) and
// decomposed Spanish ("o" and a combining acute accent).
func scriptsAgreement() *agreement.Agreement {
	text := bilateral.PlainText
	m := func(id, q string, area focusarea.Key, title string) milestone.Milestone {
		return milestone.Milestone{ID: bilateral.ID(id), Quarter: qtr(q), Area: area, Title: text(title)}
	}
	return &agreement.Agreement{
		ID: "scripts", Kind: agreement.OtherKind, Title: text("Scripts"), Status: agreement.InForce,
		Parties: []agreement.Party{
			{Code: "JP", Name: text("Japan"), Kind: agreement.State, FiscalCalendar: bilateral.AprilToMarch},
			{Code: "MX", Name: text("Mexico"), Kind: agreement.State},
		},
		Term: agreement.Term{Start: qtr("2025-Q1"), End: qtr("2025-Q4")},
		FocusAreas: []focusarea.Area{
			{Key: focusarea.Trade, Title: text("貿易と税関")},
			{Key: focusarea.Energy, Title: text("能源合作")},
			{Key: focusarea.Water, Title: text("المِيَاه")},
			{Key: focusarea.Education, Title: text("Educacio\u0301n")},
		},
		Milestones: []milestone.Milestone{
			m("customs", "2025-Q1", focusarea.Trade, "税関手続きの簡素化"),
			m("solar", "2025-Q1", focusarea.Energy, "太阳能试点"),
			m("gauges", "2025-Q1", focusarea.Water, "مَحَطّات القياس"),
			m("exchange", "2025-Q1", focusarea.Education, "Intercambio de estudiantes y profesio\u0301n"),
		},
	}
}

// TestTableWidths checks the report of scriptsAgreement line by line:
// each column as wide, in terminal cells, as its widest cell, a wide
// character counting two cells and a combining mark none.
func TestTableWidths(t *testing.T) {
	a := scriptsAgreement()
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	got := a.Progress(qtr("2025-Q1")).Table()
	want := strings.Join([]string{
		"Progress as of 2025-Q1 (JP FY2025 Q4, MX FY2025 Q1)",
		"",
		"  FOCUS AREA  MILESTONES  SCHEDULED  OVERDUE  BLOCKED  RESCHEDULED  MET OF DUE",
		"  貿易と税関  1           1          0        0        0            -",
		"  能源合作    1           1          0        0        0            -",
		"  المِيَاه      1           1          0        0        0            -",
		"  Educacio\u0301n   1           1          0        0        0            -",
		"  All areas   4           4          0        0        0            -",
		"",
		"Overdue: none",
		"",
		"Due this quarter",
		"  QUARTER  JP FISCAL  MX FISCAL  FOCUS AREA  MILESTONE                               STATUS",
		"  2025-Q1  FY2025 Q4  FY2025 Q1  貿易と税関  税関手続きの簡素化                      Scheduled",
		"  2025-Q1  FY2025 Q4  FY2025 Q1  Educacio\u0301n   Intercambio de estudiantes y profesio\u0301n  Scheduled",
		"  2025-Q1  FY2025 Q4  FY2025 Q1  المِيَاه      مَحَطّات القياس                            Scheduled",
		"  2025-Q1  FY2025 Q4  FY2025 Q1  能源合作    太阳能试点                              Scheduled",
		"",
		"Coming up from 2025-Q2 to 2026-Q1: none",
		"",
		"Blocked: none",
		"",
		"Rescheduled: none",
		"",
		"Sessions from 2025-Q1 to 2025-Q4: none",
		"",
		"Benefits: none",
		"",
	}, "\n")
	if got != want {
		t.Errorf("Table() =\n%s\nwant\n%s", got, want)
	}
	// Each table's cells start at the same terminal column on every line.
	_, blocks := tableBlocks(got)
	for _, block := range blocks {
		head := cellColumns(block[0])
		for _, line := range block[1:] {
			if cols := cellColumns(line); !equalInts(cols, head) {
				t.Errorf("the cells of %q start at the columns %v, those of the heading at %v", line, cols, head)
			}
		}
	}
}

// cellColumns returns the terminal columns at which the cells of a table
// line start, after the indent or two spaces, each character taking the
// cells that the report counts for it: TestCellWidth checks that count
// against widths known by hand.
func cellColumns(line string) []int {
	var cols []int
	col, spaces := 0, 0
	for i, r := range line {
		if r != ' ' && (i == 2 || spaces >= 2) {
			cols = append(cols, col)
		}
		if r == ' ' {
			spaces++
		} else {
			spaces = 0
		}
		col += agreement.CellWidth(string(r))
	}
	return cols
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestTableWidthsOfSymbols checks the characters whose width is not that
// of their runes: fullwidth forms and emoji take two cells, halfwidth
// katakana one, zero-width spaces and joiners and variation selectors
// none, and Hangul the same composed as decomposed.
func TestTableWidthsOfSymbols(t *testing.T) {
	titles := []string{"ＡＢＣ", "ｶﾀｶﾅ", "a\u200bb\u200dc", "ok\ufe0f", "🌊 water", "±2", "한국", "\u1112\u1161\u11ab\u1100\u116e\u11a8"}
	a := scriptsAgreement()
	a.Milestones = nil
	for i, title := range titles {
		a.Milestones = append(a.Milestones, milestone.Milestone{
			ID: bilateral.ID("m" + string(rune('a'+i))), Quarter: qtr("2025-Q1"), Area: focusarea.Trade, Title: bilateral.PlainText(title),
		})
	}
	report := a.Progress(qtr("2025-Q1")).Table()
	titlesOf, blocks := tableBlocks(report)
	for b, block := range blocks {
		if titlesOf[b] != "Due this quarter" {
			continue
		}
		head := cellColumns(block[0])
		for _, line := range block[1:] {
			if cols := cellColumns(line); !equalInts(cols, head) {
				t.Errorf("the cells of %q start at the columns %v, those of the heading at %v", line, cols, head)
			}
			if !utf8.ValidString(line) {
				t.Errorf("%q is not UTF-8", line)
			}
		}
		return
	}
	t.Fatalf("no table of the milestones due this quarter in\n%s", report)
}
