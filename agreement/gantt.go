package agreement

import (
	"fmt"
	"slices"
	"strings"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// Gantt returns the milestones as a Mermaid gantt chart, which Markdown
// viewers such as GitHub's draw from a fenced "mermaid" block. Each focus
// area is a section; each milestone is a bar over its quarter, marked done
// when met as of asOf, active when in progress, and critical when overdue
// as of asOf. The chart shows no "today" line, since the library does not
// read the clock; its title names asOf instead. Each task name starts with
// a zero-width space, so that Mermaid never reads a title such as
// "Section 232 review" as a statement.
func (a *Agreement) Gantt(asOf bilateral.Quarter) string {
	var b strings.Builder
	b.WriteString("gantt\n")
	fmt.Fprintf(&b, "    title %s, as of %s\n", mermaidText(a.Title.String()), asOf)
	b.WriteString("    dateFormat YYYY-MM-DD\n")
	b.WriteString("    axisFormat %Y-%m\n")
	b.WriteString("    todayMarker off\n")
	s := a.Schedule()
	section := func(key focusarea.Key, title string) {
		first := true
		for m := range s.InArea(key) {
			if !m.Quarter.IsValid() {
				continue
			}
			if first {
				fmt.Fprintf(&b, "    section %s\n", mermaidText(title))
				first = false
			}
			ganttTask(&b, &m, asOf)
		}
	}
	seen := make(map[focusarea.Key]bool)
	for i := range a.FocusAreas {
		fa := &a.FocusAreas[i]
		if !seen[fa.Key] {
			seen[fa.Key] = true
			section(fa.Key, fa.DisplayTitle().String())
		}
	}
	// Milestones in areas the agreement does not declare, which Validate
	// reports, in a section of their own each, by key.
	var rest []focusarea.Key
	for m := range s.All() {
		if !seen[m.Area] {
			seen[m.Area] = true
			rest = append(rest, m.Area)
		}
	}
	slices.Sort(rest)
	for _, key := range rest {
		section(key, string(key))
	}
	return b.String()
}

func ganttTask(b *strings.Builder, m *milestone.Milestone, asOf bilateral.Quarter) {
	name := mermaidText(m.Title.String())
	var tags []string
	status := m.StatusAsOf(asOf)
	switch {
	case status == milestone.Met:
		tags = append(tags, "done")
	case m.Overdue(asOf):
		tags = append(tags, "crit")
		name += " (overdue)"
	case status == milestone.NotMet:
		tags = append(tags, "crit")
	case status == milestone.InProgress:
		tags = append(tags, "active")
	}
	if status != milestone.Scheduled && status != milestone.InProgress {
		name += " (" + strings.ToLower(status.Title()) + ")"
	}
	// The bar runs from the first day of the quarter to the first day of
	// the next, which Mermaid takes as the end.
	end := m.Quarter.Next().FirstDay()
	if !end.IsValid() {
		end = m.Quarter.LastDay()
	}
	tags = append(tags, string(m.ID), m.Quarter.FirstDay().String(), end.String())
	// A task name that starts with a word Mermaid knows (section, title,
	// click, excludes, a date, …) is read as that statement; a zero-width
	// space in front keeps every name a name, and shows nothing.
	fmt.Fprintf(b, "    \u200b%s :%s\n", name, strings.Join(tags, ", "))
}

// mermaidText makes s safe as a title, section or task name: Mermaid reads
// ":" as the end of a task name, "#" and ";" as the start of entities and
// statements.
var mermaidText = strings.NewReplacer(":", " -", "#", "", ";", ",", "\n", " ", "\r", " ").Replace
