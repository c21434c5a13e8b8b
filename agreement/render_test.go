package agreement_test

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

var updateRender = flag.Bool("update-render", false, "rewrite the golden files of testdata/render")

const renderDir = "testdata/render"

// renderDocument parses testdata/valid/name.json.
func renderDocument(tb testing.TB, name string) *agreement.Agreement {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "valid", name+".json"))
	if err != nil {
		tb.Fatal(err)
	}
	a, err := agreement.Parse(data)
	if err != nil {
		tb.Fatalf("Parse(%s): %v", name, err)
	}
	return a
}

// renderCases are the documents and quarters of the golden files.
var renderCases = []struct{ doc, asOf string }{
	{"usmexico", "2024-Q3"},
	{"usmexico", "2025-Q1"},
	{"usmexico", "2025-Q3"},
	{"bilingual-action-plan", "2024-Q4"},
	{"cdmx-eu-urban-cooperation", "2025-Q4"},
	{"trade-target", "2025-Q1"},
}

func TestRenderGolden(t *testing.T) {
	for _, rc := range renderCases {
		a := renderDocument(t, rc.doc)
		asOf := qtr(rc.asOf)
		outputs := []struct{ suffix, got string }{
			{".table.txt", a.Progress(asOf).Table()},
			{".gantt.mmd", a.Gantt(asOf)},
		}
		for _, out := range outputs {
			name := filepath.Join(renderDir, rc.doc+"-"+rc.asOf+out.suffix)
			t.Run(filepath.Base(name), func(t *testing.T) {
				if *updateRender {
					if err := os.MkdirAll(renderDir, 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(name, []byte(out.got), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(name)
				if err != nil {
					t.Fatalf("%v; create it with go test ./agreement -run TestRenderGolden -update-render", err)
				}
				if diff := cmp.Diff(string(want), out.got); diff != "" {
					t.Errorf("%s is stale; if the change is intended, refresh it with go test ./agreement -run TestRenderGolden -update-render (-golden +got):\n%s", name, diff)
				}
			})
		}
	}
}

// TestRenderGoldenFilesAreUsed checks that testdata/render holds no golden
// file that no case writes.
func TestRenderGoldenFilesAreUsed(t *testing.T) {
	entries, err := os.ReadDir(renderDir)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, rc := range renderCases {
		want[rc.doc+"-"+rc.asOf+".table.txt"] = true
		want[rc.doc+"-"+rc.asOf+".gantt.mmd"] = true
	}
	for _, e := range entries {
		if !want[e.Name()] {
			t.Errorf("%s/%s is not a golden file of any case; remove it", renderDir, e.Name())
		}
	}
}

// ganttTask is a task line of a Mermaid gantt chart, "    name:tags, id,
// start, end", as Mermaid reads it.
type ganttTask struct {
	Section, Name string
	Tags          []string
	ID            string       // the task's id in the chart
	Milestone     bilateral.ID // the id of its milestone, ID without "m-"
	Start, End    string
}

// mermaidMarkers are the words that Mermaid (mermaid 11, ganttDb.js) reads
// as markers, not as an id, when they come first after a task's name.
var mermaidMarkers = []string{"active", "done", "crit", "milestone", "vert"}

// parseGantt returns the header lines, the sections and the tasks of a
// chart that Gantt wrote, reading each task as Mermaid does: the name runs
// to the first colon; of the fields after it, separated by commas, those
// that are markers come first, and then there must be three: id, start
// and end.
func parseGantt(t *testing.T, chart string) (head, sections []string, tasks []ganttTask) {
	t.Helper()
	if !strings.HasSuffix(chart, "\n") {
		t.Errorf("the chart does not end with a newline")
	}
	lines := strings.Split(strings.TrimSuffix(chart, "\n"), "\n")
	if len(lines) == 0 || lines[0] != "gantt" {
		t.Fatalf("the chart does not start with the line gantt:\n%s", chart)
	}
	section := ""
	for i, line := range lines[1:] {
		body, ok := strings.CutPrefix(line, "    ")
		if !ok || strings.TrimSpace(body) != body || body == "" {
			t.Errorf("line %d %q is not indented by four spaces, or has other spaces around it", i+2, line)
			continue
		}
		if len(sections) == 0 && len(tasks) == 0 && !strings.HasPrefix(body, "section ") {
			head = append(head, body)
			continue
		}
		if s, ok := strings.CutPrefix(body, "section "); ok {
			section = s
			sections = append(sections, s)
			continue
		}
		name, rest, ok := strings.Cut(body, ":")
		if !ok {
			t.Errorf("line %d %q is not a task", i+2, line)
			continue
		}
		if strings.TrimSpace(name) != name {
			t.Errorf("line %d %q: the task name %q has white space around it", i+2, line, name)
		}
		fields := strings.Split(rest, ",")
		var tags []string
		for len(fields) > 0 && slices.Contains(mermaidMarkers, strings.TrimSpace(fields[0])) {
			tags = append(tags, strings.TrimSpace(fields[0]))
			fields = fields[1:]
		}
		if len(fields) != 3 {
			t.Errorf("line %d %q: Mermaid reads the markers %q and then %d fields, want id, start and end", i+2, line, tags, len(fields))
			continue
		}
		id := strings.TrimSpace(fields[0])
		mid, ok := strings.CutPrefix(id, "m-")
		if !ok {
			t.Errorf("line %d %q: the task id %q does not start with m-", i+2, line, id)
		}
		tasks = append(tasks, ganttTask{
			Section: section, Name: name, Tags: tags, ID: id, Milestone: bilateral.ID(mid),
			Start: strings.TrimSpace(fields[1]), End: strings.TrimSpace(fields[2]),
		})
	}
	return head, sections, tasks
}

// ganttAgreements are the agreements the structural tests of Gantt and
// Table run on: the valid documents, and progressAgreement with milestones
// in areas it does not declare and one with no quarter.
func ganttAgreements(t *testing.T) map[string]*agreement.Agreement {
	as := map[string]*agreement.Agreement{}
	for _, name := range []string{"usmexico", "bilingual-action-plan", "cdmx-eu-urban-cooperation", "minimal"} {
		as[name] = renderDocument(t, name)
	}
	a := progressAgreement()
	a.Milestones = append(a.Milestones,
		milestone.Milestone{ID: "e1", Quarter: qtr("2025-Q1"), Area: focusarea.Energy, Title: bilateral.PlainText("Energy"), Status: milestone.InProgress},
		milestone.Milestone{ID: "c1", Quarter: qtr("2024-Q4"), Area: focusarea.Culture, Title: bilateral.PlainText("Culture")},
		milestone.Milestone{ID: "no-quarter", Area: focusarea.Trade, Title: bilateral.PlainText("No quarter")},
		milestone.Milestone{ID: "no-quarter-2", Area: "agriculture", Title: bilateral.PlainText("No quarter")},
	)
	as["progress"] = a
	as["markers"] = markerAgreement()
	return as
}

// TestGanttTasks checks the chart of each agreement as of every quarter
// around its term: each milestone with a quarter is one task, over its
// quarter, in the section of its area, tagged done when met, crit when
// overdue and active when in progress; the sections follow the focus
// areas.
func TestGanttTasks(t *testing.T) {
	for name, a := range ganttAgreements(t) {
		for asOf := range bilateral.Quarters(a.Term.Start.Add(-1), a.Term.End.Add(1)) {
			_, sections, tasks := parseGantt(t, a.Gantt(asOf))

			// Each milestone with a quarter exactly once, in schedule
			// order within its section.
			var wantIDs, gotIDs []bilateral.ID
			for _, m := range a.Milestones {
				if m.Quarter.IsValid() {
					wantIDs = append(wantIDs, m.ID)
				}
			}
			byID := map[bilateral.ID]ganttTask{}
			for _, task := range tasks {
				gotIDs = append(gotIDs, task.Milestone)
				byID[task.Milestone] = task
			}
			slices.Sort(wantIDs)
			slices.Sort(gotIDs)
			if diff := cmp.Diff(wantIDs, gotIDs); diff != "" {
				t.Errorf("%s as of %s: task ids mismatch (-want +got):\n%s", name, asOf, diff)
			}

			// The sections: the declared areas that have milestones, in
			// the order of the focus areas, then the others, each once.
			title := map[focusarea.Key]string{}
			var wantDeclared []string
			for _, fa := range a.FocusAreas {
				title[fa.Key] = fa.DisplayTitle().String()
				if slices.ContainsFunc(a.Milestones, func(m milestone.Milestone) bool { return m.Area == fa.Key && m.Quarter.IsValid() }) {
					wantDeclared = append(wantDeclared, fa.DisplayTitle().String())
				}
			}
			var wantOthers []string
			for _, m := range a.Milestones {
				if _, ok := title[m.Area]; !ok && m.Quarter.IsValid() && !slices.Contains(wantOthers, string(m.Area)) {
					wantOthers = append(wantOthers, string(m.Area))
				}
			}
			if len(sections) < len(wantDeclared) {
				t.Errorf("%s as of %s: sections %q, want %q first", name, asOf, sections, wantDeclared)
			} else {
				if diff := cmp.Diff(wantDeclared, sections[:len(wantDeclared)]); diff != "" {
					t.Errorf("%s as of %s: declared sections mismatch (-want +got):\n%s", name, asOf, diff)
				}
				others := slices.Clone(sections[len(wantDeclared):])
				slices.Sort(others)
				slices.Sort(wantOthers)
				if diff := cmp.Diff(wantOthers, others, cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("%s as of %s: undeclared sections mismatch (-want +got):\n%s", name, asOf, diff)
				}
			}

			sched := a.Schedule()
			for _, m := range a.Milestones {
				task, ok := byID[m.ID]
				if !ok {
					continue
				}
				area := string(m.Area)
				if s, ok := title[m.Area]; ok {
					area = s
				}
				if task.Section != area {
					t.Errorf("%s as of %s: %s is in section %q, want %q", name, asOf, m.ID, task.Section, area)
				}
				if task.Start != m.Quarter.FirstDay().String() || task.End != m.Quarter.Next().FirstDay().String() {
					t.Errorf("%s as of %s: %s runs from %s to %s, want %s to %s", name, asOf, m.ID,
						task.Start, task.End, m.Quarter.FirstDay(), m.Quarter.Next().FirstDay())
				}
				var want []string
				switch status := m.StatusAsOf(asOf); {
				case status == milestone.Met:
					want = []string{"done"}
				case m.Overdue(asOf), status == milestone.NotMet:
					want = []string{"crit"}
				case status == milestone.InProgress:
					want = []string{"active"}
				}
				if !slices.Equal(want, task.Tags) {
					t.Errorf("%s as of %s: %s (%s, quarter %s) has tags %q, want %q", name, asOf, m.ID,
						m.StatusAsOf(asOf), m.Quarter, task.Tags, want)
				}
			}
			// Within a section, tasks follow the schedule: by quarter, then
			// id.
			var order []bilateral.ID
			for m := range sched.All() {
				if m.Quarter.IsValid() {
					order = append(order, m.ID)
				}
			}
			rank := map[bilateral.ID]int{}
			for i, id := range order {
				rank[id] = i
			}
			for i := 1; i < len(tasks); i++ {
				if tasks[i].Section == tasks[i-1].Section && rank[tasks[i].Milestone] < rank[tasks[i-1].Milestone] {
					t.Errorf("%s as of %s: %s comes after %s", name, asOf, tasks[i].Milestone, tasks[i-1].Milestone)
				}
			}
		}
	}
}

// TestGanttHead checks the lines before the first section.
func TestGanttHead(t *testing.T) {
	a := renderDocument(t, "usmexico")
	head, _, _ := parseGantt(t, a.Gantt(qtr("2025-Q1")))
	want := []string{
		"title Renewed U.S.-Mexico Dialogue, as of 2025-Q1",
		"dateFormat YYYY-MM-DD",
		"axisFormat %Y-%m",
		"todayMarker off",
	}
	if diff := cmp.Diff(want, head); diff != "" {
		t.Errorf("head mismatch (-want +got):\n%s", diff)
	}
}

// TestGanttMermaidText checks that titles cannot break the chart: no task
// name, section or title holds ':', '#' or ';', "%%" (a comment, or the
// start of a directive), nor a line break.
func TestGanttMermaidText(t *testing.T) {
	a := progressAgreement()
	a.Title = bilateral.PlainText("Plan #1: ports; water\nand more")
	a.FocusAreas[1].Title = bilateral.PlainText("Trade: customs; #2")
	titles := []string{"Phase: one", "Item #2; rest", "Line\nbreak", "Windows\r\nbreak", "a:b:c;;##", "#1 priority", "x:", "50%%{init: {}}%% off", "%%%"}
	for i, s := range titles {
		a.Milestones = append(a.Milestones, milestone.Milestone{
			ID: bilateral.ID("odd-" + strconv.Itoa(i)), Quarter: qtr("2025-Q1"), Area: focusarea.Trade, Title: bilateral.PlainText(s),
		})
	}
	chart := a.Gantt(qtr("2024-Q3"))
	head, sections, tasks := parseGantt(t, chart)
	if got := len(tasks); got != len(a.Milestones) {
		t.Errorf("%d tasks, want %d:\n%s", got, len(a.Milestones), chart)
	}
	check := func(what, s string) {
		// The entity code of "%" is the one "#" and ";" that Gantt writes.
		if s := strings.ReplaceAll(s, "#37;", ""); strings.ContainsAny(s, ":#;\r\n") || strings.Contains(s, "%%") {
			t.Errorf("%s %q holds ':', '#', ';', '%%%%' or a line break", what, s)
		}
	}
	title, _ := strings.CutPrefix(head[0], "title ")
	check("title", title)
	for _, s := range sections {
		check("section", s)
	}
	for _, task := range tasks {
		check("task name", task.Name)
		if task.Name == "" {
			t.Errorf("task %s has an empty name", task.ID)
		}
	}
}

var cellSep = regexp.MustCompile(`  +`)

// tableBlocks returns the tables of a report: the runs of lines indented by
// two spaces, each with the line that comes before it.
func tableBlocks(report string) (titles []string, blocks [][]string) {
	lines := strings.Split(report, "\n")
	for i := 0; i < len(lines); i++ {
		if !strings.HasPrefix(lines[i], "  ") {
			continue
		}
		title := ""
		if i > 0 {
			title = lines[i-1]
		}
		var block []string
		for ; i < len(lines) && strings.HasPrefix(lines[i], "  "); i++ {
			block = append(block, lines[i])
		}
		titles = append(titles, title)
		blocks = append(blocks, block)
	}
	return titles, blocks
}

// cellStarts returns the columns, counted in runes as text/tabwriter
// counts them, at which the cells of a table line start: after the indent
// or after two spaces or more.
func cellStarts(line string) []int {
	var starts []int
	r := []rune(line)
	for i := 2; i < len(r); i++ {
		if r[i] != ' ' && (i == 2 || r[i-1] == ' ' && r[i-2] == ' ') {
			starts = append(starts, i)
		}
	}
	return starts
}

func tableCells(line string) []string {
	return cellSep.Split(strings.TrimPrefix(line, "  "), -1)
}

// TestTableLayout checks the report of each agreement as of every quarter
// around its term: no line ends in spaces, the columns of each table are
// aligned, the first table has a row for each area with milestones, in
// order, then one for all, and the sessions table lists p.Sessions with
// each quarter's fiscal labels.
func TestTableLayout(t *testing.T) {
	for name, a := range ganttAgreements(t) {
		for asOf := range bilateral.Quarters(a.Term.Start.Add(-1), a.Term.End.Add(1)) {
			p := a.Progress(asOf)
			report := p.Table()
			if !strings.HasSuffix(report, "\n") {
				t.Errorf("%s as of %s: the report does not end with a newline", name, asOf)
			}
			lines := strings.Split(report, "\n")
			for i, line := range lines {
				if strings.TrimRight(line, " \t") != line {
					t.Errorf("%s as of %s: line %d %q ends in white space", name, asOf, i+1, line)
				}
				if strings.Contains(line, "\t") {
					t.Errorf("%s as of %s: line %d %q holds a tab", name, asOf, i+1, line)
				}
			}
			if !strings.Contains(lines[0], asOf.String()) || !strings.Contains(lines[0], p.FiscalLabels(asOf)) {
				t.Errorf("%s as of %s: first line %q lacks the quarter or %q", name, asOf, lines[0], p.FiscalLabels(asOf))
			}

			titles, blocks := tableBlocks(report)
			for b, block := range blocks {
				head := cellStarts(block[0])
				for _, line := range block[1:] {
					if got := cellStarts(line); !slices.Equal(head, got) {
						t.Errorf("%s as of %s: in the table after %q, the cells of\n%q\nstart at %v, want %v as in\n%q",
							name, asOf, titles[b], line, got, head, block[0])
					}
				}
			}
			if len(blocks) == 0 {
				t.Fatalf("%s as of %s: no table in\n%s", name, asOf, report)
			}

			// The first table: one row per area with milestones, then all.
			var wantRows, gotRows []string
			for _, ap := range p.Areas {
				if ap.Total > 0 {
					wantRows = append(wantRows, ap.Title.String()+" "+strconv.Itoa(ap.Total))
				}
			}
			first := blocks[0]
			for _, line := range first[1 : len(first)-1] {
				cells := tableCells(line)
				gotRows = append(gotRows, cells[0]+" "+cells[1])
			}
			if diff := cmp.Diff(wantRows, gotRows); diff != "" {
				t.Errorf("%s as of %s: area rows mismatch (-want +got):\n%s", name, asOf, diff)
			}
			if cells := tableCells(first[len(first)-1]); cells[1] != strconv.Itoa(p.All.Total) {
				t.Errorf("%s as of %s: the last row %q does not count all %d milestones", name, asOf, first[len(first)-1], p.All.Total)
			}

			// The sessions table, after the title that names their span.
			if len(p.Sessions) == 0 {
				continue
			}
			at := slices.IndexFunc(titles, func(s string) bool { return strings.HasPrefix(s, "Sessions from ") })
			if at < 0 {
				t.Fatalf("%s as of %s: no table of sessions in\n%s", name, asOf, report)
			}
			var want, got [][]string
			for _, s := range p.Sessions {
				row := []string{s.Quarter.String()}
				for _, c := range p.Calendars {
					row = append(row, c.Calendar.Label(s.Quarter))
				}
				area := string(s.Area)
				if fa, ok := a.FocusArea(s.Area); ok {
					area = fa.DisplayTitle().String()
				}
				host := string(s.Host)
				if host == "" {
					host = "-"
				}
				want = append(want, append(row, string(s.Commitment), area, string(s.Mechanism), strconv.Itoa(s.Number), host))
			}
			for _, line := range blocks[at][1:] {
				got = append(got, tableCells(line))
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s as of %s: sessions rows mismatch (-want +got):\n%s", name, asOf, diff)
			}
		}
	}
}

// TestTableStatusColumns checks that the first table has a column for each
// status that occurs as of the report's quarter, in the order of the
// statuses, and none for the others.
func TestTableStatusColumns(t *testing.T) {
	for name, a := range ganttAgreements(t) {
		for asOf := range bilateral.Quarters(a.Term.Start.Add(-1), a.Term.End.Add(1)) {
			p := a.Progress(asOf)
			_, blocks := tableBlocks(p.Table())
			head := tableCells(blocks[0][0])
			var want []string
			for _, d := range milestone.Statuses() {
				if p.All.Count(d.Value) > 0 {
					want = append(want, strings.ToUpper(strings.ReplaceAll(string(d.Value), "-", " ")))
				}
			}
			// FOCUS AREA, MILESTONES, the statuses, then four more.
			if len(head) != len(want)+6 {
				t.Errorf("%s as of %s: %d columns %q, want %d", name, asOf, len(head), head, len(want)+6)
				continue
			}
			if diff := cmp.Diff(want, head[2:2+len(want)], cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s as of %s: status columns mismatch (-want +got):\n%s", name, asOf, diff)
			}
		}
	}
}

// jsSpace is what \s matches in the JavaScript regular expressions of
// Mermaid's lexer.
const jsSpace = `[\t\n\v\f\r \x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}]`

// mermaidLexerRules are the rules of Mermaid's gantt lexer (mermaid 11,
// gantt.jison) that come before its task name rule and can match at the
// start of a task line once the lexer has skipped the white space there:
// directives, comments, keyword statements, click, call and href, and
// dates. The lexer ignores case and takes the first rule that matches, so a
// task name that one of these matches is not read as a name. (Go's (?i)
// also folds "ſ" to "s" and the Kelvin sign to "k", which JavaScript does
// not: there the model errs on the side of a misreading.)
var mermaidLexerRules = regexp.MustCompile(`(?i)^(` + strings.ReplaceAll(strings.Join([]string{
	`%%\{`, `acctitle\s*:`, `accdescr\s*:`, `accdescr\s*\{`,
	`%%`, `[^}]%`, `%`,
	`href\s+"`, `call\s`, `click\s`,
	`gantt\b`, `dateformat\s[^#\n;]`, `inclusiveenddates\b`, `topaxis\b`,
	`axisformat\s[^#\n;]`, `tickinterval\s[^#\n;]`, `includes\s[^#\n;]`, `excludes\s[^#\n;]`,
	`todaymarker\s[^\n;]`,
	`weekday\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
	`weekend\s+(friday|saturday)\b`,
	`[0-9]{4}-[0-9]{2}-[0-9]{2}\b`,
	`title\s[^\n]`, `accdescription\s[^#\n;]`, `section\s[^\n]`,
}, "|"), `\s`, jsSpace) + `)`)

var leadingJSSpace = regexp.MustCompile(`^` + jsSpace + `+`)

// mermaidMisreads reports whether Mermaid reads a task line that starts
// with name as something other than a task name: a statement, a comment,
// or, when nothing is left once white space is skipped, no name at all.
func mermaidMisreads(name string) bool {
	name = leadingJSSpace.ReplaceAllString(name, "")
	return name == "" || mermaidLexerRules.MatchString(name)
}

func TestMermaidMisreads(t *testing.T) {
	for name, want := range map[string]bool{
		"Section 232 tariff review":  true,
		"Title IX compliance":        true,
		"call for proposals":         true,
		"Click through study":        true,
		"5% tariff cut":              true,
		"%% a note":                  true,
		"\u200b%% a note":            true,
		"2025-01-01 launch":          true,
		"Gantt training":             true,
		"Excludes list":              true,
		"accDescr {x}":               true,
		"weekday  Monday review":     true,
		"\ufeffSection 2 review":     true,
		"":                           true,
		"  ":                         true,
		"Click-through study":        false,
		"Sections reviewed":          false,
		"Ganttish plan":              false,
		"Weekday meetings":           false,
		"Trade Policy Harmonization": false,
		"Cut tariffs by 5%":          false,
		"\u200bSection 232":          false,
		"\u200b\u200b%% a note":      false,
		"\u200b":                     false,
		"x -":                        false,
	} {
		if got := mermaidMisreads(name); got != want {
			t.Errorf("mermaidMisreads(%q) = %v, want %v", name, got, want)
		}
	}
}

// awkwardTitles are milestone titles that Mermaid, left to itself, reads as
// something other than a task name: each of them, run through the mermaid
// 11 parser, loses the milestone (it becomes a section, the chart's title,
// or a comment) or fails the whole chart with a parse error.
var awkwardTitles = []string{
	"Section 232 tariff review", "Title IX compliance", "Call for proposals", "Click through study",
	"5% tariff cut", "%% in a comment", "%", "2025-01-01 launch", "Gantt training", "Excludes list",
	"Includes weekends", "#", "   ", "accDescr {draft}", "TodayMarker review", "Weekend saturday shifts",
	"\ufeffSection 2",
}

// TestGanttTaskNamesMermaidReads checks that Mermaid reads every milestone
// as a task whatever its title.
func TestGanttTaskNamesMermaidReads(t *testing.T) {
	a := progressAgreement()
	for i, s := range awkwardTitles {
		a.Milestones = append(a.Milestones, milestone.Milestone{
			ID: bilateral.ID("odd-" + strconv.Itoa(i)), Quarter: qtr("2025-Q1"), Area: focusarea.Trade, Title: bilateral.PlainText(s),
		})
	}
	chart := a.Gantt(qtr("2024-Q3"))
	_, _, tasks := parseGantt(t, chart)
	if len(tasks) != len(a.Milestones) {
		t.Errorf("%d tasks, want %d", len(tasks), len(a.Milestones))
	}
	for _, task := range tasks {
		if mermaidMisreads(task.Name) {
			t.Errorf("Mermaid misreads the task name %q of %s", task.Name, task.Milestone)
		}
	}
}

// TestGanttTaskNames checks that a task's name is its milestone's title
// without the white space around it, and that the zero-width space that
// keeps a name a name is there only when Mermaid would misread the title.
func TestGanttTaskNames(t *testing.T) {
	const zw = "\u200b"
	tests := []struct{ title, want string }{
		{"Trade Policy Harmonization", "Trade Policy Harmonization"},
		{"Sections reviewed", "Sections reviewed"},
		{"Ganttish plan", "Ganttish plan"},
		{"Weekday meetings", "Weekday meetings"},
		{"(Draft) review", "(Draft) review"},
		{"Cut tariffs by 5%", "Cut tariffs by 5%"},
		{"2025 review", "2025 review"},
		{"  Padded title  ", "Padded title"},
		{"Section 232 tariff review", zw + "Section 232 tariff review"},
		{"title IX compliance", zw + "title IX compliance"},
		{"2025-01-01 launch", zw + "2025-01-01 launch"},
		{"5% tariff cut", zw + "5% tariff cut"},
		{"%% in a comment", zw + zw + "%#37; in a comment"},
		{"50%%{init} off", "50%#37;{init} off"},
		{"#", zw},
		{"\ufeffSection 2", zw + "\ufeffSection 2"},
	}
	a := progressAgreement()
	a.Milestones = nil
	for i, tt := range tests {
		a.Milestones = append(a.Milestones, milestone.Milestone{
			ID: bilateral.ID("m" + strconv.Itoa(i)), Quarter: qtr("2025-Q1"), Area: focusarea.Trade, Title: bilateral.PlainText(tt.title),
		})
	}
	_, _, tasks := parseGantt(t, a.Gantt(qtr("2024-Q3")))
	names := map[bilateral.ID]string{}
	for _, task := range tasks {
		names[task.Milestone] = task.Name
	}
	for i, tt := range tests {
		if got := names[bilateral.ID("m"+strconv.Itoa(i))]; got != tt.want {
			t.Errorf("title %q: task name %q, want %q", tt.title, got, tt.want)
		}
	}
}

// markerAgreement returns progressAgreement with a milestone for each word
// that Mermaid reads as a marker, each a well-formed id, in states that
// the chart marks differently as of 2024-Q4.
func markerAgreement() *agreement.Agreement {
	a := progressAgreement()
	ms := func(id, q string, status milestone.Status, metIn string) milestone.Milestone {
		return milestone.Milestone{ID: bilateral.ID(id), Quarter: qtr(q), Area: focusarea.Trade,
			Title: bilateral.PlainText("Marker " + id), Status: status, MetIn: qtr(metIn)}
	}
	a.Milestones = append(a.Milestones,
		ms("done", "2024-Q2", "", ""),                        // overdue: crit
		ms("crit", "2024-Q2", milestone.Met, "2024-Q2"),      // done
		ms("active", "2025-Q2", "", ""),                      // no marker
		ms("milestone", "2025-Q1", milestone.InProgress, ""), // active
		ms("vert", "2024-Q3", milestone.NotMet, ""),          // crit
	)
	return a
}

// TestGanttMarkerIDs checks that milestones whose ids are the words Mermaid
// reads as markers keep their ids and get the markers of their own state.
func TestGanttMarkerIDs(t *testing.T) {
	a := markerAgreement()
	if err := a.Validate(); err != nil {
		t.Fatalf("the test agreement is not valid: %v", err)
	}
	_, _, tasks := parseGantt(t, a.Gantt(qtr("2024-Q4")))
	got := map[bilateral.ID][]string{}
	for _, task := range tasks {
		got[task.Milestone] = task.Tags
	}
	want := map[bilateral.ID][]string{
		"t1": {"done"}, "t2": {"done"}, "t3": {"active"}, "t4": {}, "s1": {}, "s2": {}, "s3": {},
		"done": {"crit"}, "crit": {"done"}, "active": {}, "milestone": {"active"}, "vert": {"crit"},
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("tags mismatch (-want +got):\n%s", diff)
	}
}

// TestGanttTaskIDs checks that each task's id is "m-" and its milestone's
// id, and that an id Validate rejects cannot break the task's line.
func TestGanttTaskIDs(t *testing.T) {
	a := progressAgreement()
	a.Milestones[0].ID = "done"
	a.Milestones[1].ID = "Bad, id: #1;"
	_, _, tasks := parseGantt(t, a.Gantt(qtr("2024-Q4")))
	var ids []string
	for _, task := range tasks {
		ids = append(ids, task.ID)
	}
	slices.Sort(ids)
	want := []string{"m-_ad__id___1_", "m-done", "m-s1", "m-s2", "m-s3", "m-t3", "m-t4"}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("task ids mismatch (-want +got):\n%s", diff)
	}
}

// TestGanttTags checks the tags of progressAgreement's tasks: done when met
// as of the chart's quarter, crit when overdue (even when in progress, or
// met only later), active when in progress and not overdue, none
// otherwise.
func TestGanttTags(t *testing.T) {
	a := progressAgreement()
	tests := []struct {
		asOf string
		want map[bilateral.ID][]string
	}{
		{"2024-Q1", map[bilateral.ID][]string{"t1": {"done"}, "t2": {}, "t3": {"active"}, "t4": {}, "s1": {}, "s2": {}, "s3": {}}},
		{"2024-Q3", map[bilateral.ID][]string{"t1": {"done"}, "t2": {"crit"}, "t3": {"active"}, "t4": {}, "s1": {}, "s2": {}, "s3": {}}},
		{"2024-Q4", map[bilateral.ID][]string{"t1": {"done"}, "t2": {"done"}, "t3": {"active"}, "t4": {}, "s1": {}, "s2": {}, "s3": {}}},
		{"2025-Q1", map[bilateral.ID][]string{"t1": {"done"}, "t2": {"done"}, "t3": {"crit"}, "t4": {}, "s1": {}, "s2": {}, "s3": {}}},
		{"2025-Q3", map[bilateral.ID][]string{"t1": {"done"}, "t2": {"done"}, "t3": {"crit"}, "t4": {"crit"}, "s1": {}, "s2": {}, "s3": {}}},
	}
	for _, tt := range tests {
		_, _, tasks := parseGantt(t, a.Gantt(qtr(tt.asOf)))
		got := map[bilateral.ID][]string{}
		for _, task := range tasks {
			got[task.Milestone] = task.Tags
		}
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("as of %s: tags mismatch (-want +got):\n%s", tt.asOf, diff)
		}
	}
}

// controlCases are titles with a character that a report must not show as
// it is, each once between letters, and the text a report shows instead.
var controlCases = []struct{ name, title, shown string }{
	{"tab", "Trade\tcustoms", "Trade customs"},
	{"line feed", "Two\nlines", "Two lines"},
	{"carriage return", "Carriage\rreturn", "Carriage return"},
	{"CRLF", "Windows\r\nbreak", "Windows break"},
	{"vertical tab", "Vertical\vtab", "Vertical tab"},
	{"form feed", "Form\ffeed", "Form feed"},
	{"NUL", "Nul\x00byte", "Nul byte"},
	{"escape sequence", "Red\x1b[31mtext", "Red [31mtext"},
	{"DEL", "Delete\x7fme", "Delete me"},
	{"NEL", "Next\u0085line", "Next line"},
	{"C1 CSI", "Control\u009bsequence", "Control sequence"},
	{"line separator", "Line\u2028separator", "Line separator"},
	{"paragraph separator", "Paragraph\u2029separator", "Paragraph separator"},
	{"right-to-left override", "Over\u202eride", "Override"},
	{"left-to-right embedding", "\u202aEmbedded\u202c text", "Embedded text"},
	{"first-strong isolate", "Iso\u2068late", "Isolate"},
	{"invalid UTF-8", "Bad\xffbyte", "Bad\ufffdbyte"},
}

// TestTableTitlesWithControlCharacters checks that titles holding a control
// character, a separator, a bidirectional override or a byte that is not
// UTF-8, which Validate accepts in a title, keep the report on its lines and
// its columns aligned, and that the report shows each title as
// controlCases say.
func TestTableTitlesWithControlCharacters(t *testing.T) {
	plain := progressAgreement().Progress(qtr("2024-Q3")).Table()
	for _, tc := range controlCases {
		t.Run(tc.name, func(t *testing.T) {
			a := progressAgreement()
			a.FocusAreas[1].Title = bilateral.PlainText("Area " + tc.title)
			a.Milestones[1].Title = bilateral.PlainText(tc.title)
			a.Milestones[2].Title = bilateral.PlainText(tc.title)
			report := a.Progress(qtr("2024-Q3")).Table()
			titles, blocks := tableBlocks(report)
			for b, block := range blocks {
				head := cellStarts(block[0])
				for _, line := range block[1:] {
					if got := cellStarts(line); !slices.Equal(head, got) {
						t.Errorf("in the table after %q, the line %q is not aligned with its head %q", titles[b], line, block[0])
					}
				}
			}
			if got, want := strings.Count(report, "\n"), strings.Count(plain, "\n"); got != want {
				t.Errorf("the report has %d lines, want %d as with titles on one line:\n%s", got, want, report)
			}
			if !strings.Contains(report, "Area "+tc.shown) || !strings.Contains(report, "  "+tc.shown+"  ") {
				t.Errorf("the report does not show the titles as %q:\n%s", tc.shown, report)
			}
			checkShowable(t, report)
		})
	}
}

// checkShowable checks that text has no control character other than line
// feeds, no separator, no bidirectional embedding, override or isolate,
// and is valid UTF-8.
func checkShowable(t *testing.T, text string) {
	t.Helper()
	if !utf8.ValidString(text) {
		t.Errorf("the text is not valid UTF-8: %q", text)
	}
	for _, r := range text {
		if r != '\n' && (unicode.IsControl(r) || r == '\u2028' || r == '\u2029' ||
			'\u202a' <= r && r <= '\u202e' || '\u2066' <= r && r <= '\u2069') {
			t.Errorf("the text holds %U: %q", r, text)
			return
		}
	}
}

// TestTableHeadingWithControlCharacters checks the line above the tables,
// which shows the parties' codes of a report that may be built by hand.
func TestTableHeadingWithControlCharacters(t *testing.T) {
	p := &agreement.Progress{AsOf: qtr("2025-Q1"), Calendars: []agreement.PartyCalendar{
		{Party: "U\nS", Calendar: bilateral.USFederal}, {Party: "M\u202eX"},
	}}
	report := p.Table()
	if first, _, _ := strings.Cut(report, "\n"); first != "Progress as of 2025-Q1 (U S FY2025 Q2, MX FY2025 Q1)" {
		t.Errorf("the heading is %q", first)
	}
	checkShowable(t, report)
}

// TestGanttControlCharacters checks that titles holding a control
// character, a separator, a bidirectional override or a byte that is not
// UTF-8 leave every statement of the chart on its own line, in the form
// Mermaid reads, and that the chart shows each title as controlCases say.
func TestGanttControlCharacters(t *testing.T) {
	for _, tc := range controlCases {
		t.Run(tc.name, func(t *testing.T) {
			a := progressAgreement()
			a.Title = bilateral.PlainText("Plan " + tc.title)
			a.FocusAreas[1].Title = bilateral.PlainText("Area " + tc.title)
			a.Milestones[1].Title = bilateral.PlainText(tc.title)
			a.Milestones[2].Status = milestone.Status("odd" + tc.title) // not a status: shown as written
			chart := a.Gantt(qtr("2024-Q3"))
			head, sections, tasks := parseGantt(t, chart)
			if got := len(tasks); got != len(a.Milestones) {
				t.Errorf("%d tasks, want %d:\n%s", got, len(a.Milestones), chart)
			}
			if want := "title Plan " + tc.shown + ", as of 2024-Q3"; head[0] != want {
				t.Errorf("the chart's title is %q, want %q", head[0], want)
			}
			if !slices.Contains(sections, "Area "+tc.shown) {
				t.Errorf("no section %q among %q", "Area "+tc.shown, sections)
			}
			names := map[bilateral.ID]string{}
			for _, task := range tasks {
				names[task.Milestone] = task.Name
			}
			if got := names[a.Milestones[1].ID]; got != tc.shown+" (overdue)" {
				t.Errorf("the task of %s is named %q, want %q", a.Milestones[1].ID, got, tc.shown+" (overdue)")
			}
			if got, want := names[a.Milestones[2].ID], "(odd"+strings.ToLower(tc.shown)+")"; !strings.HasSuffix(got, want) {
				t.Errorf("the task of %s is named %q, want it to end in %q", a.Milestones[2].ID, got, want)
			}
			checkShowable(t, chart)
		})
	}
}

// TestTableMetShareRounding checks that the share of due milestones met is
// rounded as the benefits' shares are, half away from zero: one of eight
// is 13%, not the 12% of rounding half to even.
func TestTableMetShareRounding(t *testing.T) {
	a := scriptsAgreement()
	a.Milestones = nil
	for i := range 8 {
		m := milestone.Milestone{ID: bilateral.ID("m" + strconv.Itoa(i)), Quarter: qtr("2025-Q1"), Area: focusarea.Trade, Title: bilateral.PlainText("M")}
		if i == 0 {
			m.Status, m.MetIn = milestone.Met, qtr("2025-Q1")
		}
		a.Milestones = append(a.Milestones, m)
	}
	table := a.Progress(qtr("2025-Q2")).Table()
	if !strings.Contains(table, " 1 of 8 (13%)") {
		t.Errorf("the table does not show 1 of 8 due milestones met as 13%%:\n%s", table)
	}
}
