package agreement

import (
	"slices"
	"strconv"
	"strings"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/milestone"
)

// A word is the key of a piece of text that the reports and charts write
// in the reader's language: a heading, a status, a phrase. Each language
// has a table of every word, in a file of its own (words_en.go, …); a
// phrase may hold {1}, {2}, … where its arguments go, in the order the
// language needs.
type word string

// The words of the reports and charts.
const (
	wProgressAsOf      word = "progress.as-of"      // {1} the quarter, {2} its fiscal labels
	wProgressNoQuarter word = "progress.no-quarter" // as of the zero Quarter
	wAllAreas          word = "all-areas"
	wMetShare          word = "met-share" // {1} met of {2} due, {3} percent
	wNone              word = "none"      // after a section's title, when it is empty
	wSpan              word = "span"      // {1} to {2}, after a section's title

	wOverdue     word = "section.overdue"
	wDueNow      word = "section.due-now"
	wComingUp    word = "section.coming-up"
	wBlocked     word = "section.blocked"
	wRescheduled word = "section.rescheduled"
	wSessions    word = "section.sessions"
	wBenefits    word = "section.benefits"

	wHeadFocusArea  word = "head.focus-area"
	wHeadMilestones word = "head.milestones"
	wHeadOverdue    word = "head.overdue"
	wHeadBlocked    word = "head.blocked"
	wHeadSlipped    word = "head.rescheduled"
	wHeadMetOfDue   word = "head.met-of-due"
	wHeadQuarter    word = "head.quarter"
	wHeadFiscal     word = "head.fiscal" // {1} the party's code
	wHeadMilestone  word = "head.milestone"
	wHeadStatus     word = "head.status"
	wHeadLateBy     word = "head.late-by"
	wHeadWaitsFor   word = "head.waits-for"
	wHeadSlip       word = "head.slip"
	wHeadCommitment word = "head.commitment"
	wHeadMechanism  word = "head.mechanism"
	wHeadSession    word = "head.session"
	wHeadHost       word = "head.host"
	wHeadMetric     word = "head.metric"
	wHeadBaseline   word = "head.baseline"
	wHeadTarget     word = "head.target"
	wHeadLatest     word = "head.latest"
	wHeadChange     word = "head.change"
	wHeadAchieved   word = "head.achieved"
	wHeadExpected   word = "head.expected"
	wHeadOnTrack    word = "head.on-track"

	wSlipFrom      word = "slip-from"      // {1} the slip, {2} the quarter first planned
	wQuartersOne   word = "quarters.one"   // one quarter
	wQuartersOther word = "quarters.other" // {1} quarters
	wTargetBy      word = "target-by"      // {1} the change promised, {2} the quarter
	wYes           word = "yes"
	wNo            word = "no"
	wHeld          word = "held"
	wNotHeld       word = "not-held"
	wIncrease      word = "direction.increase" // a change promised with no figure
	wDecrease      word = "direction.decrease"
	wMaintain      word = "direction.maintain"
	wFiscalLabel   word = "fiscal-label" // {1} the fiscal year, {2} the quarter's number in it

	wChartAsOf    word = "chart.as-of" // {1} the chart's title, {2} the quarter
	wChartOverdue word = "chart.overdue"
	wPlanned      word = "chart.planned"
	wObserved     word = "chart.observed"
)

// statusWord returns the word of the title of milestone status s, the
// empty status being scheduled.
func statusWord(s milestone.Status) word { return word("status." + string(s.OrDefault())) }

// languageWords are the built-in tables of words, by language.
var languageWords = map[string]map[word]string{
	"en": wordsEN,
	"es": wordsES,
	"fr": wordsFR,
}

// ReportLanguages returns the languages that [Progress.TableIn],
// [Agreement.GanttIn] and [Agreement.BenefitChartIn] write their own words
// in, sorted: "en", "es" and "fr".
func ReportLanguages() []string {
	langs := make([]string, 0, len(languageWords))
	for lang := range languageWords {
		langs = append(langs, lang)
	}
	slices.Sort(langs)
	return langs
}

// words is one language's table of words, and the language tag that the
// texts of a document are looked up in.
type words struct {
	table map[word]string
	lang  string
}

// wordsIn returns the words of the language tag lang: those of its
// primary language ("es" for "es-MX", in any case), or English for a
// language with no table.
func wordsIn(lang string) words {
	primary, _, _ := strings.Cut(lang, "-")
	table, ok := languageWords[strings.ToLower(primary)]
	if !ok {
		table = wordsEN
	}
	return words{table: table, lang: lang}
}

// get returns w's text.
func (ws words) get(w word) string { return ws.table[w] }

// f returns w's phrase with its arguments in place of {1}, {2}, … .
func (ws words) f(w word, args ...string) string {
	s := ws.table[w]
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			break
		}
		if i+2 < len(s) && s[i+2] == '}' && '1' <= s[i+1] && int(s[i+1]-'1') < len(args) {
			b.WriteString(s[:i])
			b.WriteString(args[s[i+1]-'1'])
			s = s[i+3:]
			continue
		}
		b.WriteString(s[:i+1])
		s = s[i+1:]
	}
	b.WriteString(s)
	return b.String()
}

// text returns t in the language of ws, as [bilateral.Text.In] finds it.
func (ws words) text(t bilateral.Text) string { return t.In(ws.lang) }

// status returns the title of milestone status s, or s itself when it is
// not one of the statuses.
func (ws words) status(s milestone.Status) string {
	if title, ok := ws.table[statusWord(s)]; ok {
		return title
	}
	return string(s)
}

// quarters returns n quarters, as a span of time.
func (ws words) quarters(n int) string {
	if n == 1 {
		return ws.get(wQuartersOne)
	}
	return ws.f(wQuartersOther, strconv.Itoa(n))
}

// fiscalLabel returns q in c's fiscal terms, such as "FY2025 Q1", or ""
// for the zero Quarter or a calendar that is not one.
func (ws words) fiscalLabel(c bilateral.FiscalCalendar, q bilateral.Quarter) string {
	if !q.IsValid() || !c.IsValid() {
		return ""
	}
	// Four digits at least, as bilateral.FiscalCalendar.Label writes them.
	year := strconv.Itoa(c.FiscalYear(q))
	if len(year) < 4 {
		year = strings.Repeat("0", 4-len(year)) + year
	}
	return ws.f(wFiscalLabel, year, strconv.Itoa(c.FiscalQuarter(q)))
}
