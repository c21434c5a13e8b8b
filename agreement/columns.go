package agreement

import "strings"

// A table writes rows of cells as aligned columns for a fixed-width font:
// each row indented by two spaces, each cell but the last of a row padded
// to the width of its column's widest cell and two spaces more. Widths are
// counted in terminal cells (see cellWidth), so that columns stay aligned
// whatever the script of the text in them. For text in which every
// character takes one cell, the output is that of text/tabwriter with a
// padding of 2.
type table struct {
	b      *strings.Builder
	rows   [][]string
	widths []int
}

// newTable starts a table that writes to b when flushed, with the row of
// headings head.
func newTable(b *strings.Builder, head ...string) *table {
	t := &table{b: b}
	t.row(head...)
	return t
}

// row adds one row, each cell as plainLine writes it, so that no cell ends
// early, breaks the line or reorders the cells after it.
func (t *table) row(cells ...string) {
	for i, c := range cells {
		cells[i] = plainLine(c)
		if i == len(cells)-1 {
			break // the last cell of a row is not padded
		}
		w := cellWidth(cells[i])
		if i == len(t.widths) {
			t.widths = append(t.widths, w)
		} else if w > t.widths[i] {
			t.widths[i] = w
		}
	}
	t.rows = append(t.rows, cells)
}

const spaces = "                                "

// flush writes the rows.
func (t *table) flush() {
	for _, cells := range t.rows {
		t.b.WriteString("  ")
		for i, c := range cells {
			t.b.WriteString(c)
			if i < len(cells)-1 {
				for n := t.widths[i] - cellWidth(c) + 2; n > 0; n -= len(spaces) {
					t.b.WriteString(spaces[:min(n, len(spaces))])
				}
			}
		}
		t.b.WriteByte('\n')
	}
	t.rows = t.rows[:0]
}
