package agreement

import (
	"strconv"
	"strings"
	"unicode"
)

// changeWords are the words of change messages and of the changelog, in one
// language. Every word that Diff and Changes.String write comes from such a
// table, which the differ carries, so that a table in another language is
// all that messages and a changelog in that language need. The templates take their arguments in the order their comments
// give, with %[n]s where a language needs another order.
type changeWords struct {
	documentNew, documentGone string

	// The changelog's section headings, in the order of the sections.
	sections [sectionCount]string

	// members gives the words for a JSON member name; a name not here is
	// written as its words, "originalQuarter" as "original quarter".
	members map[string]string
	// items gives the words for one item of the list with that member name.
	items map[string]string
	// kinds gives the words for an engagement kind.
	kinds map[EngagementKind]string

	subject  string // subject, what is said of it
	of       string // a part, what it is part of: "cadence of implementation"
	language string // label, language tag
	item     string // what an item is, its number or identity
	nothing  string // a value that is not there
	more     string // names, how many more
	and      string // names, the last name

	itemAdded    string // what (a noun), its name
	itemRemoved  string // what (a noun), its name
	itemDue      string // an item's name, its quarter
	listAdded    string // what (a plural noun), the names
	listRemoved  string // what (a plural noun), the names
	moved        string // what, its new number, the list, its old number
	statusMoved  string // the new status, the old status
	historyAdded string // the status reached, its date
	termStarts   string // the new quarter, the old quarter
	termEnds     string // the new quarter, the old quarter
	rescheduled  string // the milestone, the old quarter, the new quarter, the slip
	later        string // how many quarters
	earlier      string // how many quarters
	quarter      string // one quarter
	quarters     string // how many (more than one)
	isNow        string // what, its new status, its old status
	metIn        string // the quarter a milestone was met in
	firstPlanned string // the quarter first planned for a milestone
	dateSet      string // the engagement, the date
	dateChanged  string // the engagement, the new date, the old date
	dateRemoved  string // the engagement, the old date
	set          string // what, the value
	added        string // what (an item of a list that names it)
	addedValue   string // what, the value
	removedWas   string // what, the old value
	removedPlain string // what (an item of a list that names it)
	changedFrom  string // what, the old value, the new value
	numbers      []string

	// Engagements, by kind: with a place, and by host otherwise.
	visitTo, meetingIn, summitIn, callBy string // the place, or the host for a call
	hostedBy                             string // the kind, the host
	engagement                           string // an engagement of an unknown kind, its id
}

// The sections of a changelog, in order.
const (
	sectionLifecycle = iota
	sectionAreas
	sectionCommitments
	sectionMilestones
	sectionEngagements
	sectionOther
	sectionCount
)

// english are the words of messages and changelogs in English, the
// language in which Diff writes its messages. A changelog in another
// language needs a table like it, with the same templates.
var english = changeWords{
	documentNew:  "the agreement is new",
	documentGone: "the agreement was removed",
	sections:     [sectionCount]string{"Lifecycle", "Focus areas", "Commitments", "Milestones", "Engagements", "Other"},

	members: map[string]string{
		"focusAreas":      "focus areas",
		"fiscalYearStart": "fiscal year start",
		"area":            "focus area",
		"metIn":           "quarter met",
		"originalQuarter": "original quarter",
		"expectedResults": "expected results",
		"dependsOn":       "dependencies",
		"by":              "quarter expected",
		"id":              "id",
	},
	items: map[string]string{
		"languages":       "language",
		"history":         "step",
		"parties":         "party",
		"representatives": "representative",
		"focusAreas":      "focus area",
		"actions":         "action",
		"benefits":        "benefit",
		"observations":    "observation",
		"priorities":      "priority",
		"statements":      "statement",
		"commitments":     "commitment",
		"leads":           "lead",
		"milestones":      "milestone",
		"expectedResults": "expected result",
		"dependsOn":       "dependency",
		"engagements":     "engagement",
		"":                "item",
	},
	kinds: map[EngagementKind]string{Meeting: "meeting", Visit: "visit", SummitMeeting: "summit", Call: "call"},

	subject:  "%s: %s",
	of:       "%s of %s",
	language: "%s (%s)",
	item:     "%s %s",
	nothing:  "nothing",
	more:     "%s and %d more",
	and:      "%s and %s",

	itemAdded:    "%s added: %s",
	itemRemoved:  "%s removed: %s",
	itemDue:      "%s, due %s",
	listAdded:    "%s added: %s",
	listRemoved:  "%s removed: %s",
	moved:        "%s is now number %d in the list of %s (was %d)",
	statusMoved:  "the agreement is now %s (was %s)",
	historyAdded: "the history has a new step: %s on %s",
	termStarts:   "the term now starts in %s (was %s)",
	termEnds:     "the term now ends in %s (was %s)",
	rescheduled:  "%s moved from %s to %s (%s)",
	later:        "%s later",
	earlier:      "%s earlier",
	quarter:      "one quarter",
	quarters:     "%s quarters",
	isNow:        "%s is now %s (was %s)",
	metIn:        "met in %s",
	firstPlanned: "first planned for %s",
	dateSet:      "%s is now scheduled for %s",
	dateChanged:  "%s is now on %s (was %s)",
	dateRemoved:  "%s no longer has a date (was %s)",
	set:          "%s set to %s",
	added:        "%s added",
	addedValue:   "%s added: %s",
	removedWas:   "%s removed (was %s)",
	removedPlain: "%s removed",
	changedFrom:  "%s changed from %s to %s",
	numbers:      []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"},

	visitTo:    "the visit to %s",
	meetingIn:  "the meeting in %s",
	summitIn:   "the summit in %s",
	callBy:     "the call hosted by %s",
	hostedBy:   "the %s hosted by %s",
	engagement: "the engagement %s",
}

// member returns the words for a JSON member name.
func (w *changeWords) member(name string) string {
	if s, ok := w.members[name]; ok {
		return s
	}
	return camelWords(name)
}

// itemOf returns the words for one item of the list with the given member
// name.
func (w *changeWords) itemOf(list string) string {
	if s, ok := w.items[list]; ok {
		return s
	}
	return w.items[""]
}

// number returns n in words when it is small, and in digits otherwise.
func (w *changeWords) number(n int) string {
	if n >= 0 && n < len(w.numbers) {
		return w.numbers[n]
	}
	return strconv.Itoa(n)
}

// camelWords writes a lowerCamelCase name as lower-case words:
// "originalQuarter" as "original quarter".
func camelWords(name string) string {
	var b strings.Builder
	for i, r := range name {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte(' ')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// enumWords writes an enum value as words: "in-force" as "in force".
func enumWords(v string) string { return strings.ReplaceAll(v, "-", " ") }
