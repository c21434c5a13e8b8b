package agreement

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// Gantt returns the milestones as a Mermaid gantt chart, in English: it is
// a.GanttIn(asOf, "en"). Markdown viewers such as GitHub's draw the chart
// from a fenced "mermaid" block. Each focus area is a section; each
// milestone is a bar over its quarter, marked done when met as of asOf,
// active when in progress, and critical when overdue as of asOf. The chart
// shows no "today" line, since the library does not read the clock; its
// title names asOf instead. The zero Quarter as asOf means no quarter: the
// title names none, no milestone is overdue, and the bars are marked by
// the statuses the document records.
//
// A task's id is "m-" and the milestone's id, so that Mermaid reads it as
// an id whatever the milestone's id is. A task's name is the milestone's
// title, then " (overdue)" for one overdue as of asOf, or its status in
// lower case, as in " (met)", for one neither scheduled nor in progress.
//
// Titles (of the agreement, the sections and the tasks) are free text, and
// Mermaid's grammar gives some characters a meaning of their own on a
// chart's lines. Gantt keeps each title as it is but for these changes,
// each made for the reason given:
//
//   - ":" becomes " -", since a task's name ends at its first colon, where
//     its tags and dates begin;
//   - "#" is removed, since it starts a comment and, followed by a word
//     and ";", an entity code ("#35;") that Mermaid would draw as another
//     character;
//   - ";" becomes ",", since it ends a statement;
//   - in a run of "%" signs, each one after the first is written as the
//     entity code "#37;", which Mermaid draws as "%": "%%" starts a
//     comment, and "%%{" a directive that Mermaid reads, and removes, up to
//     its end or the end of the chart;
//   - every control character (line breaks among them) and the line and
//     paragraph separators become a space, since a line break ends a
//     statement, and the bidirectional embeddings, overrides and isolates
//     (U+202A to U+202E, U+2066 to U+2069), which would make a line show
//     other than it reads, are removed, and bytes that are not UTF-8
//     become U+FFFD, as in [Progress.Table];
//   - a task's name loses the white space around it, which Mermaid would
//     drop, and one that Mermaid would read as a statement of its own,
//     such as "Section 232 review", or as a comment, such as "%% done",
//     is written after one invisible zero-width space (two before a "%"),
//     which keeps it a name.
//
// Gantt visits each milestone and focus area a few times, so that its time
// and memory grow in proportion to the agreement.
func (a *Agreement) Gantt(asOf bilateral.Quarter) string { return a.GanttIn(asOf, "en") }

// GanttIn returns the milestones as a Mermaid gantt chart, as
// [Agreement.Gantt] does, in the language lang, a language tag such as
// "es-MX": the words of the title and of the task names ("as of",
// "overdue", the statuses) in the built-in words of lang's primary
// language (see [ReportLanguages]), or in English for any other language,
// and the titles of the agreement, the focus areas and the milestones in
// lang as [bilateral.Text.In] finds them.
func (a *Agreement) GanttIn(asOf bilateral.Quarter, lang string) string {
	if a == nil {
		a = &Agreement{}
	}
	return a.gantt(a.Schedule(), asOf, lang)
}

// GanttFrom is [Agreement.GanttIn] from s, a schedule of a's milestones
// made with [Agreement.Schedule] and kept, so that charts of an agreement
// that does not change, as of several quarters or in several languages,
// do not each make it again.
//
// s must be a schedule of a.Milestones as they are now (see
// [milestone.Schedule.Of]). A schedule of another list, nil included, is
// not used: GanttFrom then makes one, as GanttIn does.
func (a *Agreement) GanttFrom(s *milestone.Schedule, asOf bilateral.Quarter, lang string) string {
	if a == nil {
		a = &Agreement{}
	}
	return a.gantt(a.scheduleFrom(s), asOf, lang)
}

func (a *Agreement) gantt(s *milestone.Schedule, asOf bilateral.Quarter, lang string) string {
	ws := wordsIn(lang)
	var b strings.Builder
	b.WriteString("gantt\n")
	title := mermaidText(ws.text(a.Title))
	if asOf.IsValid() {
		title = ws.f(wChartAsOf, title, asOf.String())
	}
	fmt.Fprintf(&b, "    title %s\n", title)
	b.WriteString("    dateFormat YYYY-MM-DD\n")
	b.WriteString("    axisFormat %Y-%m\n")
	b.WriteString("    todayMarker off\n")
	for _, sec := range a.ganttSections(s, ws) {
		if len(sec.tasks) == 0 {
			continue
		}
		fmt.Fprintf(&b, "    section %s\n", mermaidText(sec.title))
		for _, m := range sec.tasks {
			ganttTask(&b, m, asOf, ws)
		}
	}
	return b.String()
}

// A ganttSection is a focus area's section of a chart: its title and its
// milestones that have a quarter, in the schedule's order.
type ganttSection struct {
	title string
	tasks []*milestone.Milestone
}

// ganttSections returns the sections of a's chart: those of its focus
// areas, each key once, then one for each area that milestones name but a
// does not declare, which Validate reports, by key. It sorts the
// milestones into their sections in one pass over the schedule.
func (a *Agreement) ganttSections(s *milestone.Schedule, ws words) []ganttSection {
	index := make(map[focusarea.Key]int, len(a.FocusAreas))
	var sections []ganttSection
	for i := range a.FocusAreas {
		fa := &a.FocusAreas[i]
		if _, dup := index[fa.Key]; !dup {
			index[fa.Key] = len(sections)
			sections = append(sections, ganttSection{title: ws.text(fa.DisplayTitle())})
		}
	}
	var rest []focusarea.Key
	for m := range s.All() {
		if _, ok := index[m.Area]; !ok {
			index[m.Area] = -1
			rest = append(rest, m.Area)
		}
	}
	slices.Sort(rest)
	for _, key := range rest {
		index[key] = len(sections)
		sections = append(sections, ganttSection{title: string(key)})
	}
	// The milestones of each section, counted, then placed in one array
	// of which each section has a part, its length as capacity.
	at := make([]int32, 0, s.Len()) // the section of each milestone, or -1
	counts := make([]int32, len(sections))
	total := 0
	for m := range s.All() {
		k := int32(-1)
		if m.Quarter.IsValid() {
			k = int32(index[m.Area])
			counts[k]++
			total++
		}
		at = append(at, k)
	}
	tasks := make([]*milestone.Milestone, total)
	for k, n := range counts {
		sections[k].tasks, tasks = tasks[:0:n], tasks[n:]
	}
	i := 0
	for m := range s.All() {
		if k := at[i]; k >= 0 {
			sections[k].tasks = append(sections[k].tasks, m)
		}
		i++
	}
	return sections
}

func ganttTask(b *strings.Builder, m *milestone.Milestone, asOf bilateral.Quarter, ws words) {
	name := strings.TrimSpace(mermaidText(ws.text(m.Title)))
	var tags []string
	status := m.StatusAsOf(asOf)
	switch {
	case status == milestone.Met:
		tags = append(tags, "done")
	case m.Overdue(asOf):
		tags = append(tags, "crit")
		name = strings.TrimSpace(name + " (" + ws.get(wChartOverdue) + ")")
	case status == milestone.NotMet:
		tags = append(tags, "crit")
	case status == milestone.InProgress:
		tags = append(tags, "active")
	}
	if status != milestone.Scheduled && status != milestone.InProgress {
		// The title of a status that is not one, which Validate reports, is
		// the status as written: free text too.
		name = strings.TrimSpace(name + " (" + mermaidText(strings.ToLower(ws.status(status))) + ")")
	}
	// The bar runs from the first day of the quarter to the first day of
	// the next, which Mermaid takes as the end.
	end := m.Quarter.Next().FirstDay()
	if !end.IsValid() {
		end = m.Quarter.LastDay()
	}
	tags = append(tags, ganttTaskID(m.ID), m.Quarter.FirstDay().String(), end.String())
	fmt.Fprintf(b, "    %s: %s\n", ganttTaskName(name), strings.Join(tags, ", "))
}

// ganttTaskID returns the Mermaid id of the task of the milestone with the
// given id. Mermaid reads the first fields after a task's name as markers
// when they are one of the words active, done, crit, milestone and vert, all
// of them well-formed milestone ids: a milestone with the id "done" would be
// drawn as done and lose its id. No marker starts with "m-". The bytes of
// a well-formed id are those that Mermaid's "after" and "until" references
// read ([a-z0-9-]); any other byte, which Validate rejects, becomes "_" so
// that it cannot break the line.
func ganttTaskID(id bilateral.ID) string {
	b := make([]byte, 0, len("m-")+len(id))
	b = append(b, "m-"...)
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			c = '_'
		}
		b = append(b, c)
	}
	return string(b)
}

// zeroWidthSpace shows nothing, and is not white space to Mermaid.
const zeroWidthSpace = "\u200b"

// ganttTaskName returns name, without the white space around it, as a task
// name that Mermaid reads as a name. Mermaid's lexer tries each line against
// the statements it knows before it takes text for a task name: ignoring
// case and leading white space, a name that starts with one of its keywords
// (section, title, click, excludes, …) or a date is read as that
// statement, one with "%" first or second as a comment, and an empty one
// not at all. Such a name is written after a zero-width space, which keeps
// it a name; a leading "%" takes two, since Mermaid reads any character
// followed by "%" as the start of a comment. Other names are written as they
// are.
func ganttTaskName(name string) string {
	name = strings.TrimSpace(name)
	switch {
	case strings.HasPrefix(name, "%"):
		return zeroWidthSpace + zeroWidthSpace + name
	case mermaidMisreads(name):
		return zeroWidthSpace + name
	}
	return name
}

// mermaidMisreads reports whether Mermaid might read a task line that starts
// with name, which has no white space around it, as something other than a
// task name. It follows the rules of Mermaid's lexer closely enough that
// ordinary titles ("Sections reviewed", "Weekday meetings") are left alone,
// and errs on the side of a misreading, as a needless zero-width space does
// no harm.
func mermaidMisreads(name string) bool {
	first, size := utf8.DecodeRuneInString(name)
	if name == "" || first == '%' || isMermaidSpace(first) {
		return true
	}
	if second, _ := utf8.DecodeRuneInString(name[size:]); second == '%' && first != '}' {
		return true
	}
	if isDatePrefix(name) {
		return true
	}
	word, rest := leadingLetters(name)
	switch strings.ToLower(word) {
	case "gantt", "inclusiveenddates", "topaxis":
		// The keyword alone, as a whole word.
		return rest == "" || !isWordByte(rest[0])
	case "acctitle", "accdescr":
		return true
	case "weekday", "weekend":
		// The keyword, white space, and the name of a day.
		after := strings.TrimLeftFunc(rest, isMermaidSpace)
		if len(after) == len(rest) {
			return false
		}
		day, tail := leadingLetters(after)
		return (tail == "" || !isWordByte(tail[0])) && slices.Contains(mermaidDays, strings.ToLower(day))
	case "href", "call", "click", "dateformat", "axisformat", "tickinterval",
		"includes", "excludes", "todaymarker", "title", "accdescription", "section":
		// The keyword, then white space.
		r, _ := utf8.DecodeRuneInString(rest)
		return isMermaidSpace(r)
	}
	return false
}

// mermaidDays are the days that Mermaid's weekday and weekend statements
// name.
var mermaidDays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// leadingLetters splits s after its leading ASCII letters.
func leadingLetters(s string) (word, rest string) {
	i := 0
	for i < len(s) && ('a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	return s[:i], s[i:]
}

// isWordByte reports whether c is a word character of a JavaScript regular
// expression, for \b.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// isMermaidSpace reports whether r is white space to Mermaid's lexer, whose
// \s is JavaScript's: Unicode's white space and the byte order mark.
func isMermaidSpace(r rune) bool { return r == '\ufeff' || unicode.IsSpace(r) }

// isDatePrefix reports whether s starts with a date as Mermaid reads one
// in a gantt chart: four digits, a hyphen, two digits, a hyphen, two
// digits.
func isDatePrefix(s string) bool {
	const form = "0000-00-00"
	if len(s) < len(form) {
		return false
	}
	for i := 0; i < len(form); i++ {
		if form[i] == '-' && s[i] != '-' || form[i] == '0' && !('0' <= s[i] && s[i] <= '9') {
			return false
		}
	}
	return true
}

// mermaidText makes s safe as a title, section or task name of a gantt
// chart: on one line (see plainLine), and without the characters that
// Mermaid reads as syntax there: ":" ends a task name, "#" starts comments
// and entity codes, ";" ends a statement, and "%%" starts a comment or a
// directive. [Agreement.Gantt] lists the changes.
func mermaidText(s string) string {
	s = mermaidSyntax.Replace(plainLine(s))
	if strings.Contains(s, "%%") {
		var b strings.Builder
		b.Grow(len(s) + 8)
		writeEscaped(&b, s, &noEntities)
		s = b.String()
	}
	return s
}

var mermaidSyntax = strings.NewReplacer(":", " -", "#", "", ";", ",")

// writeEscaped writes s to b, each "%" that follows another "%" as the
// entity code "#37;", which Mermaid draws as "%", so that what it writes
// holds no "%%", which starts a Mermaid comment or directive; and each
// byte that entities has a code for as that code.
func writeEscaped(b *strings.Builder, s string, entities *[256]string) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '%' && i > 0 && s[i-1] == '%':
			b.WriteString("#37;")
		case entities[c] != "":
			b.WriteString(entities[c])
		default:
			b.WriteByte(c)
		}
	}
}

// noEntities has no entity codes: a gantt chart's texts drop or replace
// the characters that Mermaid reads as syntax there (mermaidSyntax).
var noEntities [256]string
