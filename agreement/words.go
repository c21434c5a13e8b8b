package agreement

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/milestone"
)

// A word is the key of a piece of text that the reports, the charts, the
// messages of changes and the changelog write in the reader's language: a
// heading, a status, a phrase. Each language has a table of every word, in
// a file of its own (words_en.go, …); a phrase may hold {1}, {2}, … where
// its arguments go, in the order the language needs.
type word string

// The words of the reports and charts.
const (
	wProgressAsOf      word = "progress.as-of"      // {1} the quarter, {2} its fiscal labels
	wProgressNoQuarter word = "progress.no-quarter" // as of the zero Quarter
	wAllAreas          word = "all-areas"
	wMetShare          word = "met-share" // {1} met of {2} due, {3} the share in percent, "40%"
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

// The words of the messages of changes and of the changelog. Besides
// these, a language has words for each member name of the document
// ([memberWord]), for an item of each list ([itemWord]), for the small
// numbers ([numberWords]), for the statuses of an agreement and of an
// engagement ([enumWord]) and for the engagements of each kind
// ([engagementWord]); a milestone's status is its title in lower case.
const (
	wAgreementNew  word = "change.agreement-new"
	wAgreementGone word = "change.agreement-gone"

	wLogLifecycle   word = "changelog.lifecycle"
	wLogAreas       word = "changelog.focus-areas"
	wLogCommitments word = "changelog.commitments"
	wLogMilestones  word = "changelog.milestones"
	wLogEngagements word = "changelog.engagements"
	wLogOther       word = "changelog.other"

	wSubject  word = "change.subject"  // {1} the item, {2} what is said of a part of it
	wPartOf   word = "change.part-of"  // {1} a part, {2} what it is part of: "cadence of implementation"
	wLanguage word = "change.language" // {1} a label, {2} a language tag
	wItem     word = "change.item"     // {1} what an item is, {2} its number or identity
	wAnyItem  word = "change.any-item" // an item of a list with no word of its own
	wNothing  word = "change.nothing"  // a value that is not there
	wAndMore  word = "change.and-more" // {1} names, {2} how many more
	wAnd      word = "change.and"      // {1} names, {2} the last name
	wQuoted   word = "change.quoted"   // {1} a text of the document

	wItemAdded       word = "change.item-added"        // {1} what (a noun), {2} its name
	wItemRemoved     word = "change.item-removed"      // {1} what (a noun), {2} its name
	wItemDue         word = "change.item-due"          // {1} a milestone's name, {2} its quarter
	wListAdded       word = "change.list-added"        // {1} what (a plural noun), {2} the names
	wListRemoved     word = "change.list-removed"      // {1} what (a plural noun), {2} the names
	wMoved           word = "change.moved"             // {1} what, {2} its new number, {3} the list, {4} its old number
	wStatusMoved     word = "change.status-moved"      // {1} the agreement's new status, {2} the old
	wHistoryAdded    word = "change.history-added"     // {1} the status reached, {2} its date
	wTermStarts      word = "change.term-starts"       // {1} the new quarter, {2} the old
	wTermEnds        word = "change.term-ends"         // {1} the new quarter, {2} the old
	wRescheduledFrom word = "change.rescheduled"       // {1} the milestone, {2} the old quarter, {3} the new, {4} the slip
	wLater           word = "change.later"             // {1} how many quarters
	wEarlier         word = "change.earlier"           // {1} how many quarters
	wOneQuarter      word = "change.one-quarter"       // a slip of one quarter; more are wQuartersOther
	wIsNow           word = "change.is-now"            // {1} a milestone or engagement, {2} its new status, {3} the old
	wMetIn           word = "change.met-in"            // {1} the quarter a milestone was met in
	wFirstPlanned    word = "change.first-planned"     // {1} the quarter first planned for a milestone
	wDateSet         word = "change.date-set"          // {1} the engagement, {2} the date
	wDateChanged     word = "change.date-changed"      // {1} the engagement, {2} the new date, {3} the old
	wDateRemoved     word = "change.date-removed"      // {1} the engagement, {2} the old date
	wSet             word = "change.set"               // {1} what, {2} the value
	wAdded           word = "change.added"             // {1} what (an item of a list that names it)
	wAddedValue      word = "change.added-value"       // {1} what, {2} the value
	wRemovedWas      word = "change.removed-was"       // {1} what, {2} the old value
	wRemovedPlain    word = "change.removed"           // {1} what (an item of a list that names it)
	wChangedFrom     word = "change.changed-from"      // {1} what, {2} the old value, {3} the new
	wSetMany         word = "change.set-many"          // wSet of a list: {1} is a plural noun
	wRemovedWasMany  word = "change.removed-was-many"  // wRemovedWas of a list
	wChangedFromMany word = "change.changed-from-many" // wChangedFrom of a list
	wEngagement      word = "change.engagement"        // {1} the id of an engagement of no known kind
)

// statusWord returns the word of the title of milestone status s, the
// empty status being scheduled.
func statusWord(s milestone.Status) word {
	return enumWord(milestoneStatusWords, string(s.OrDefault()))
}

// languageWords are the built-in tables of words, by language.
var languageWords = map[string]map[word]string{
	"en": wordsEN,
	"es": wordsES,
	"fr": wordsFR,
}

// languageElisions are, for the languages that elide, the words that lose
// their last vowel to an apostrophe before a phrase's argument that starts
// with a vowel: French "de indicateur" is written "d'indicateur".
var languageElisions = map[string][]string{
	"fr": elisionsFR,
}

// ReportLanguages returns the languages that [Progress.TableIn],
// [Agreement.GanttIn], [Agreement.BenefitChartIn], [DiffIn] and
// [Changes.StringIn] write their own words in, sorted: "en", "es" and
// "fr".
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
	table    map[word]string
	elisions []string // see languageElisions
	lang     string
}

// wordsIn returns the words of the language tag lang: those of its
// primary language ("es" for "es-MX", in any case), or English for a
// language with no table.
func wordsIn(lang string) words {
	primary, _, _ := strings.Cut(lang, "-")
	primary = strings.ToLower(primary)
	table, ok := languageWords[primary]
	if !ok {
		table, primary = wordsEN, "en"
	}
	return words{table: table, elisions: languageElisions[primary], lang: lang}
}

// get returns w's text.
func (ws words) get(w word) string { return ws.table[w] }

// f returns w's phrase with its arguments in place of {1}, {2}, … .
func (ws words) f(w word, args ...string) string {
	s := ws.table[w]
	var b strings.Builder
	text := ""    // the text of the phrase since its start or its last argument
	start := true // whether text starts the phrase
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			break
		}
		if i+2 < len(s) && s[i+2] == '}' && '1' <= s[i+1] && int(s[i+1]-'1') < len(args) {
			arg := args[s[i+1]-'1']
			b.WriteString(ws.elide(text+s[:i], start, arg))
			b.WriteString(arg)
			s, text, start = s[i+3:], "", false
			continue
		}
		text += s[:i+1]
		s = s[i+1:]
	}
	b.WriteString(text)
	b.WriteString(s)
	return b.String()
}

// elide returns text, which comes before an argument in a phrase, with its
// last word elided when the language elides it before arg: "de " before
// "indicateur" is "d'" in French. start tells that text starts the phrase,
// so that its first word is a whole word.
func (ws words) elide(text string, start bool, arg string) string {
	if len(ws.elisions) == 0 || !startsWithVowel(arg) {
		return text
	}
	for _, e := range ws.elisions {
		rest, ok := strings.CutSuffix(text, e+" ")
		if !ok {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(rest); rest == "" && start || rest != "" && !unicode.IsLetter(r) {
			return rest + e[:len(e)-1] + "'"
		}
	}
	return text
}

// startsWithVowel reports whether s starts with a vowel or an h, before
// which French elides; the words of this package that start with an h
// have a mute one.
func startsWithVowel(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("aeiouàâäéèêëîïôöùûüœæh", unicode.ToLower(r))
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

// quarters returns n quarters, as a span of time: in digits for a table
// ("1 quarter", "12 quarters"), and, inWords, as a message says it ("one
// quarter", "twelve quarters" in words up to ten).
func (ws words) quarters(n int, inWords bool) string {
	switch {
	case !inWords && n == 1:
		return ws.get(wQuartersOne)
	case !inWords:
		return ws.f(wQuartersOther, strconv.Itoa(n))
	case n == 1:
		return ws.get(wOneQuarter)
	}
	return ws.f(wQuartersOther, ws.number(n))
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
