package agreement

import (
	"math"
	"strconv"
	"strings"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// Table returns the report as aligned plain text, in English: it is
// p.TableIn("en"). It is a table of the focus areas' milestones by status,
// then the milestones overdue, due this quarter, coming up in the next
// four quarters, blocked and rescheduled, the coming sessions, each quarter
// shown beside its label in every party's fiscal calendar, and the
// measured benefits. A report as of the zero Quarter is headed "as of no
// quarter" and shows no span of sessions.
//
// The columns are aligned for a fixed-width font, in terminal cells: a
// wide character, such as Chinese, Japanese or Korean, takes two, and a
// combining mark or zero-width format character none, so that titles in
// any script, decomposed (NFD) accents and Hangul included, stay in line. (Fonts that
// draw other characters wider, or a terminal that draws the ambiguous
// ones, such as "±", two cells wide, may not.)
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
// The share of due milestones met, and in the benefits the achieved and
// expected shares, are whole percents, rounded half away from zero (1 of
// 8 is 13%); a change is given to two decimals.
//
// Table's time and memory grow in proportion to the report.
func (p *Progress) Table() string { return p.TableIn("en") }

// TableIn returns the report as [Progress.Table] does, in the language
// lang, a language tag such as "es" or "es-MX": its headings, statuses and
// fiscal labels in the built-in words of lang's primary language (English,
// Spanish or French; see [ReportLanguages]), or in English for any other
// language, and the texts of the document (titles, metrics) in lang as
// [bilateral.Text.In] finds them, falling back to the texts the document
// has. The focus areas' titles of the built-in vocabulary come in English,
// Spanish and French. Quarters keep their canonical form, 2025-Q1, in
// every language, and so do the values of enums other than statuses: a
// session's mechanism is its code in the JSON contract, such as
// "review-session", the same in every language.
func (p *Progress) TableIn(lang string) string {
	if p == nil {
		p = &Progress{}
	}
	r := report{p: p, ws: wordsIn(lang)}
	return r.write()
}

// A report writes a Progress in one language.
type report struct {
	p         *Progress
	ws        words
	b         strings.Builder
	areaTitle func(focusarea.Key) string
}

func (r *report) write() string {
	p, ws, b := r.p, r.ws, &r.b
	r.areaTitle = p.areaTitles(ws)
	if p.AsOf.IsValid() {
		b.WriteString(ws.f(wProgressAsOf, p.AsOf.String(), plainLine(r.fiscalLabels(p.AsOf))))
	} else {
		b.WriteString(ws.get(wProgressNoQuarter))
	}
	b.WriteString("\n\n")

	// The status columns are those of the statuses that occur.
	var statuses []milestone.Status
	for _, d := range milestone.Statuses() {
		if p.All.Count(d.Value) > 0 {
			statuses = append(statuses, d.Value)
		}
	}
	head := []string{ws.get(wHeadFocusArea), ws.get(wHeadMilestones)}
	for _, s := range statuses {
		head = append(head, strings.ToUpper(ws.status(s)))
	}
	head = append(head, ws.get(wHeadOverdue), ws.get(wHeadBlocked), ws.get(wHeadSlipped), ws.get(wHeadMetOfDue))
	t := newTable(b, head...)
	tallyRow := func(name string, tl *milestone.Tally) {
		cells := []string{name, strconv.Itoa(tl.Total)}
		for _, s := range statuses {
			cells = append(cells, strconv.Itoa(tl.Count(s)))
		}
		cells = append(cells, strconv.Itoa(len(tl.Overdue)), strconv.Itoa(len(tl.Blocked)),
			strconv.Itoa(len(tl.Slipped)), r.metShare(tl))
		t.row(cells...)
	}
	for i := range p.Areas {
		if ap := &p.Areas[i]; ap.Total > 0 {
			tallyRow(ws.text(ap.Title), &ap.Tally)
		}
	}
	tallyRow(ws.get(wAllAreas), &p.All)
	t.flush()

	r.milestoneList(ws.get(wOverdue), ws.get(wHeadLateBy), p.All.Overdue, func(_ int, m *milestone.Milestone) string {
		return ws.quarters(p.AsOf.Sub(m.Quarter), false)
	})
	r.milestoneList(ws.get(wDueNow), "", p.All.DueNow, nil)
	title := ws.get(wComingUp)
	if p.AsOf.IsValid() {
		title += ws.f(wSpan, p.AsOf.Next().String(), nextSpanEnd(p.AsOf).String())
	}
	r.milestoneList(title, "", p.All.Next, nil)
	blocked := make([]*milestone.Milestone, len(p.All.Blocked))
	for i, bm := range p.All.Blocked {
		blocked[i] = bm.Milestone
	}
	r.milestoneList(ws.get(wBlocked), ws.get(wHeadWaitsFor), blocked, func(i int, m *milestone.Milestone) string {
		var unmet []string
		for _, id := range p.All.Blocked[i].WaitsFor {
			unmet = append(unmet, string(id))
		}
		return orDash(strings.Join(unmet, ", "))
	})
	r.milestoneList(ws.get(wRescheduled), ws.get(wHeadSlip), p.All.Slipped, func(_ int, m *milestone.Milestone) string {
		slip := strconv.Itoa(m.Slip())
		if m.Slip() >= 0 {
			slip = "+" + slip
		}
		return ws.f(wSlipFrom, slip, m.OriginalQuarter.String())
	})
	r.sessions()
	r.benefits()
	return b.String()
}

// nextSpanEnd returns the last quarter of the span of a tally's Next as of
// asOf, a valid Quarter: the coming year, cut short at the last quarter
// there is.
func nextSpanEnd(asOf bilateral.Quarter) bilateral.Quarter {
	if end := asOf.Add(milestone.NextQuarters); end.IsValid() {
		return end
	}
	return lastQuarter
}

// section writes the title of a section, and reports whether it has
// anything to show: if not, the title says so.
func (r *report) section(title string, empty bool) bool {
	r.b.WriteString("\n")
	r.b.WriteString(title)
	if empty {
		r.b.WriteString(": ")
		r.b.WriteString(r.ws.get(wNone))
	}
	r.b.WriteString("\n")
	return !empty
}

func (r *report) sessions() {
	p, ws := r.p, r.ws
	title := ws.get(wSessions)
	if from, to := sessionSpan(p.AsOf); from.IsValid() {
		title += ws.f(wSpan, from.String(), to.String())
	}
	if !r.section(title, len(p.Sessions) == 0) {
		return
	}
	t := newTable(&r.b, r.quarterHeads(ws.get(wHeadCommitment), ws.get(wHeadFocusArea), ws.get(wHeadMechanism),
		ws.get(wHeadSession), ws.get(wHeadHost))...)
	for _, s := range p.Sessions {
		t.row(r.quarterCells(s.Quarter, string(s.Commitment), r.areaTitle(s.Area), string(s.Mechanism),
			strconv.Itoa(s.Number), orDash(string(s.Host)))...)
	}
	t.flush()
}

// milestoneList writes a titled table of milestones, with a note for each
// under the heading noteHead, or none when noteHead is empty.
func (r *report) milestoneList(title, noteHead string, ms []*milestone.Milestone, note func(int, *milestone.Milestone) string) {
	if !r.section(title, len(ms) == 0) {
		return
	}
	ws := r.ws
	head := []string{ws.get(wHeadFocusArea), ws.get(wHeadMilestone), ws.get(wHeadStatus)}
	if noteHead != "" {
		head = append(head, noteHead)
	}
	t := newTable(&r.b, r.quarterHeads(head...)...)
	for i, m := range ms {
		if m == nil {
			continue
		}
		cells := r.quarterCells(m.Quarter, r.areaTitle(m.Area), ws.text(m.Title), ws.status(m.StatusAsOf(r.p.AsOf)))
		if noteHead != "" {
			cells = append(cells, note(i, m))
		}
		t.row(cells...)
	}
	t.flush()
}

// benefits writes the table of the measured benefits.
func (r *report) benefits() {
	p, ws := r.p, r.ws
	if !r.section(ws.get(wBenefits), len(p.Benefits) == 0) {
		return
	}
	t := newTable(&r.b, ws.get(wHeadFocusArea), ws.get(wHeadMetric), ws.get(wHeadBaseline), ws.get(wHeadTarget),
		ws.get(wHeadLatest), ws.get(wHeadChange), ws.get(wHeadAchieved), ws.get(wHeadExpected), ws.get(wHeadOnTrack))
	for i := range p.Benefits {
		bp := &p.Benefits[i]
		ind := bp.Indicator
		if ind == nil {
			ind = &focusarea.Indicator{}
		}
		metric := ws.text(ind.Metric)
		if !ind.Measure.IsZero() {
			metric += " (" + ws.text(ind.Measure) + ")"
		}
		baseline, latest, change, achieved, expected, onTrack := "-", "-", "-", "-", "-", "-"
		if ind.Baseline != nil {
			baseline = levelAt(ind.Baseline.Value, ind.Baseline.Quarter)
		}
		if bp.Latest != nil {
			latest = levelAt(bp.Latest.Value, bp.Latest.Quarter)
			change = signed(bp.Change, 2) + unitMark(ind.Unit)
		}
		maintain := ind.Direction == focusarea.Maintain
		promised := maintain || ind.Value != 0
		switch {
		case bp.Latest == nil || !promised:
		case maintain && bp.Held:
			achieved = ws.get(wHeld)
		case maintain:
			achieved = ws.get(wNotHeld)
		default:
			achieved = percent(bp.Achieved)
		}
		if p.AsOf.IsValid() && !maintain && promised {
			expected = percent(bp.Expected)
		}
		if p.AsOf.IsValid() && bp.Latest != nil && promised {
			onTrack = ws.get(wNo)
			if bp.OnTrack {
				onTrack = ws.get(wYes)
			}
		}
		t.row(r.areaTitle(bp.Area), metric, baseline, r.target(ind, bp.By), latest, change, achieved, expected, onTrack)
	}
	t.flush()
}

// target describes what ind promises by quarter by: "+15% by 2025-Q2",
// "-3 by …", "±2% by …", or the direction alone when no figure is given.
func (r *report) target(ind *focusarea.Indicator, by bilateral.Quarter) string {
	ws := r.ws
	var change string
	switch {
	case ind.Direction == focusarea.Maintain:
		change = "±" + number(ind.Value, -1) + unitMark(ind.Unit)
	case ind.Value == 0 && ind.Direction == focusarea.Decrease:
		change = ws.get(wDecrease)
	case ind.Value == 0:
		change = ws.get(wIncrease)
	case ind.Direction == focusarea.Decrease:
		change = "-" + number(ind.Value, -1) + unitMark(ind.Unit)
	default:
		change = "+" + number(ind.Value, -1) + unitMark(ind.Unit)
	}
	if !by.IsValid() {
		return change
	}
	return ws.f(wTargetBy, change, by.String())
}

// levelAt writes a level and the quarter it was measured in: "106 (2024-Q4)".
func levelAt(v float64, q bilateral.Quarter) string {
	s := number(v, -1)
	if q.IsValid() {
		s += " (" + q.String() + ")"
	}
	return s
}

// unitMark is what follows a change in unit u: "%" for percent, nothing
// for the others, whose changes are in the metric's own measure or in
// points of an index.
func unitMark(u focusarea.Unit) string {
	if u == focusarea.Percent {
		return "%"
	}
	return ""
}

// number writes x in decimal, without an exponent: with the fewest digits
// that read back as x when decimals is -1, or else rounded to that many
// decimals with the trailing zeros cut. A value that is not finite, which
// Validate rejects, is written as strconv writes it.
func number(x float64, decimals int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	s := strconv.FormatFloat(x, 'f', decimals, 64)
	if decimals > 0 {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

// signed writes x as number does, with "+" before a positive x.
func signed(x float64, decimals int) string {
	s := number(x, decimals)
	if x > 0 && s != "0" {
		s = "+" + s
	}
	return s
}

// percent writes a share as whole percents, rounded half away from zero:
// 0.4 is "40%".
func percent(share float64) string { return number(math.Round(share*100), 0) + "%" }

// fiscalLabels returns q in each party's fiscal terms, in the order of the
// parties, such as "US FY2025 Q1, MX FY2024 Q4".
func (r *report) fiscalLabels(q bilateral.Quarter) string {
	var b strings.Builder
	for i, c := range r.p.Calendars {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(string(c.Party))
		b.WriteByte(' ')
		b.WriteString(r.ws.fiscalLabel(c.Calendar, q))
	}
	return b.String()
}

// quarterHeads are the headings of a table whose rows start with a quarter
// and its fiscal labels.
func (r *report) quarterHeads(rest ...string) []string {
	head := []string{r.ws.get(wHeadQuarter)}
	for _, c := range r.p.Calendars {
		head = append(head, r.ws.f(wHeadFiscal, string(c.Party)))
	}
	return append(head, rest...)
}

func (r *report) quarterCells(q bilateral.Quarter, rest ...string) []string {
	cells := []string{q.String()}
	for _, c := range r.p.Calendars {
		cells = append(cells, r.ws.fiscalLabel(c.Calendar, q))
	}
	return append(cells, rest...)
}

// areaTitles returns a function that gives the display title, in the
// language of ws, of the area of p with a key, the first if there are
// more, or the key itself when p has no such area. It indexes the areas on
// first use.
func (p *Progress) areaTitles(ws words) func(focusarea.Key) string {
	var byKey map[focusarea.Key]string
	return func(key focusarea.Key) string {
		if byKey == nil {
			byKey = make(map[focusarea.Key]string, len(p.Areas))
			for i := len(p.Areas) - 1; i >= 0; i-- {
				byKey[p.Areas[i].Key] = ws.text(p.Areas[i].Title)
			}
		}
		if title, ok := byKey[key]; ok {
			return title
		}
		return string(key)
	}
}

// metShare writes the share of t's due milestones that are met, or "-"
// when none is due.
func (r *report) metShare(t *milestone.Tally) string {
	share, ok := t.MetShare()
	if !ok {
		return "-"
	}
	return r.ws.f(wMetShare, strconv.Itoa(t.DueMet), strconv.Itoa(t.Due), percent(share))
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
