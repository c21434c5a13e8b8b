package agreement

import (
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// Table returns the report as aligned plain text: a table of the focus
// areas' milestones by status, then the overdue, blocked and rescheduled
// milestones and the coming sessions, each quarter shown beside its label
// in every party's fiscal calendar. It writes English. A report as of the
// zero Quarter is headed "as of no quarter" and shows no span of sessions.
//
// The columns are aligned for a fixed-width font in which every character
// (every Unicode code point) takes one column: widths are counted in runes,
// as text/tabwriter counts them. Text where that is not so comes out of
// line: letters with combining marks, as in decomposed (NFD) "é", count
// one column per mark, and wide characters, such as Chinese, Japanese and
// Korean, one column where a terminal draws two. Titles in precomposed
// (NFC) Latin, Greek or Cyrillic text align.
//
// Titles and other text of the document are free text, and the report
// shows them as one line each, in their own cells: every control
// character (tab, line break, vertical tab, form feed, escape, DEL, the C1
// controls) and the line and paragraph separators become a space, the
// bidirectional embeddings, overrides and isolates (U+202A to U+202E,
// U+2066 to U+2069), which would reorder the cells after them as shown,
// are removed, and bytes that are not UTF-8 become U+FFFD. Nothing else is
// changed.
//
// Table's time and memory grow in proportion to the report.
func (p *Progress) Table() string {
	if p == nil {
		p = &Progress{}
	}
	areaTitle := p.areaTitles()
	var b strings.Builder
	if p.AsOf.IsValid() {
		fmt.Fprintf(&b, "Progress as of %s (%s)\n\n", p.AsOf, plainLine(p.FiscalLabels(p.AsOf)))
	} else {
		b.WriteString("Progress as of no quarter (the statuses recorded)\n\n")
	}

	// The status columns are those of the statuses that occur.
	var statuses []milestone.Status
	for _, d := range milestone.Statuses() {
		if p.All.Count(d.Value) > 0 {
			statuses = append(statuses, d.Value)
		}
	}
	head := []string{"FOCUS AREA", "MILESTONES"}
	for _, s := range statuses {
		head = append(head, strings.ToUpper(s.Title()))
	}
	head = append(head, "OVERDUE", "BLOCKED", "RESCHEDULED", "MET OF DUE")
	t := newTable(&b, head...)
	tallyRow := func(name string, tl *milestone.Tally) {
		cells := []string{name, strconv.Itoa(tl.Total)}
		for _, s := range statuses {
			cells = append(cells, strconv.Itoa(tl.Count(s)))
		}
		cells = append(cells, strconv.Itoa(len(tl.Overdue)), strconv.Itoa(len(tl.Blocked)),
			strconv.Itoa(len(tl.Slipped)), metShare(tl))
		t.row(cells...)
	}
	for i := range p.Areas {
		if ap := &p.Areas[i]; ap.Total > 0 {
			tallyRow(ap.Title.String(), &ap.Tally)
		}
	}
	tallyRow("All areas", &p.All)
	t.flush()

	p.milestoneList(&b, areaTitle, "Overdue", "LATE BY", p.All.Overdue, func(_ int, m *milestone.Milestone) string {
		return plural(p.AsOf.Sub(m.Quarter), "quarter")
	})
	blocked := make([]*milestone.Milestone, len(p.All.Blocked))
	for i, bm := range p.All.Blocked {
		blocked[i] = bm.Milestone
	}
	p.milestoneList(&b, areaTitle, "Blocked", "WAITS FOR", blocked, func(i int, m *milestone.Milestone) string {
		var unmet []string
		for _, id := range p.All.Blocked[i].WaitsFor {
			unmet = append(unmet, string(id))
		}
		return orDash(strings.Join(unmet, ", "))
	})
	p.milestoneList(&b, areaTitle, "Rescheduled", "SLIP", p.All.Slipped, func(_ int, m *milestone.Milestone) string {
		return fmt.Sprintf("%+d from %s", m.Slip(), m.OriginalQuarter)
	})

	b.WriteString("\nSessions")
	if from, to := sessionSpan(p.AsOf); from.IsValid() {
		fmt.Fprintf(&b, " from %s to %s", from, to)
	}
	if len(p.Sessions) == 0 {
		b.WriteString(": none\n")
		return b.String()
	}
	b.WriteString("\n")
	t = newTable(&b, p.quarterHeads("COMMITMENT", "FOCUS AREA", "MECHANISM", "SESSION", "HOST")...)
	for _, s := range p.Sessions {
		t.row(p.quarterCells(s.Quarter, string(s.Commitment), areaTitle(s.Area), string(s.Mechanism),
			strconv.Itoa(s.Number), orDash(string(s.Host)))...)
	}
	t.flush()
	return b.String()
}

// milestoneList writes a titled table of milestones, with a note for each
// under the heading noteHead.
func (p *Progress) milestoneList(b *strings.Builder, areaTitle func(focusarea.Key) string, title, noteHead string,
	ms []*milestone.Milestone, note func(int, *milestone.Milestone) string) {
	fmt.Fprintf(b, "\n%s", title)
	if len(ms) == 0 {
		b.WriteString(": none\n")
		return
	}
	b.WriteString("\n")
	t := newTable(b, p.quarterHeads("FOCUS AREA", "MILESTONE", "STATUS", noteHead)...)
	for i, m := range ms {
		if m == nil {
			continue
		}
		t.row(p.quarterCells(m.Quarter, areaTitle(m.Area), m.Title.String(), m.StatusAsOf(p.AsOf).Title(), note(i, m))...)
	}
	t.flush()
}

// quarterHeads are the headings of a table whose rows start with a quarter
// and its fiscal labels.
func (p *Progress) quarterHeads(rest ...string) []string {
	head := []string{"QUARTER"}
	for _, c := range p.Calendars {
		head = append(head, string(c.Party)+" FISCAL")
	}
	return append(head, rest...)
}

func (p *Progress) quarterCells(q bilateral.Quarter, rest ...string) []string {
	cells := []string{q.String()}
	for _, c := range p.Calendars {
		cells = append(cells, c.Calendar.Label(q))
	}
	return append(cells, rest...)
}

// areaTitles returns a function that gives the display title of the area
// of p with a key, the first if there are more, or the key itself when p
// has no such area. It indexes the areas on first use.
func (p *Progress) areaTitles() func(focusarea.Key) string {
	var byKey map[focusarea.Key]string
	return func(key focusarea.Key) string {
		if byKey == nil {
			byKey = make(map[focusarea.Key]string, len(p.Areas))
			for i := len(p.Areas) - 1; i >= 0; i-- {
				byKey[p.Areas[i].Key] = p.Areas[i].Title.String()
			}
		}
		if title, ok := byKey[key]; ok {
			return title
		}
		return string(key)
	}
}

func metShare(t *milestone.Tally) string {
	share, ok := t.MetShare()
	if !ok {
		return "-"
	}
	return fmt.Sprintf("%d of %d (%.0f%%)", t.DueMet, t.Due, 100*share)
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return strconv.Itoa(n) + " " + unit + "s"
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// table is a tabwriter for aligned, two-space separated columns, indented
// by two spaces.
type table struct{ w *tabwriter.Writer }

func newTable(b *strings.Builder, head ...string) table {
	t := table{tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)}
	t.row(head...)
	return t
}

// row writes one row, each cell as plainLine writes it, so that no cell
// ends early, breaks the line or reorders the cells after it.
func (t table) row(cells ...string) {
	for i, c := range cells {
		cells[i] = plainLine(c)
	}
	fmt.Fprintf(t.w, "  %s\n", strings.Join(cells, "\t"))
}

func (t table) flush() { t.w.Flush() }
