package agreement

// CellWidth is cellWidth, for the tests of the reports' alignment, whose
// rule TestCellWidth checks against widths known by hand.
func CellWidth(s string) int { return cellWidth(s) }
