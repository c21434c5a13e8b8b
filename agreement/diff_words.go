package agreement

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The words of change messages and of the changelog are words of the
// reports' tables (see words.go): every language that the reports write has
// them all, and a test says so. This file holds the words whose keys are
// made of the model's names, and what says them.

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

// sectionWords are the headings of the sections of a changelog.
var sectionWords = [sectionCount]word{wLogLifecycle, wLogAreas, wLogCommitments, wLogMilestones, wLogEngagements, wLogOther}

// memberWord returns the word of a JSON member name of the document, such
// as "cadence" or "originalQuarter".
func memberWord(name string) word { return word("member." + name) }

// itemWord returns the word of one item of the list with the given member
// name: "milestone" for "milestones".
func itemWord(list string) word { return word("item." + list) }

// numberWords are the words of the numbers from zero to ten, which a
// message writes in words; it writes larger ones in digits.
var numberWords = [...]word{
	"number.0", "number.1", "number.2", "number.3", "number.4", "number.5",
	"number.6", "number.7", "number.8", "number.9", "number.10",
}

// The prefixes of the words of the values of enums: the statuses of an
// agreement and of an engagement, as messages say them, and of a
// milestone, as titles ("Partially met"), which the reports' tables show
// and messages say in lower case.
const (
	agreementStatusWords  = "agreement-status."
	engagementStatusWords = "engagement-status."
	milestoneStatusWords  = "status."
)

// enumWord returns the word of value v of the enum whose words have the
// prefix.
func enumWord(prefix, v string) word { return word(prefix + v) }

// engagementWord returns the word of the phrase that names an engagement of
// the kind by its place ("the visit to {1}") when at is set, and by its
// host ("the visit hosted by {1}") otherwise. A kind may have no phrase of
// a place: a call is named by its host.
func engagementWord(kind EngagementKind, at bool) word {
	if at {
		return word("engagement-at." + string(kind))
	}
	return word("engagement-by." + string(kind))
}

// member returns the words for a JSON member name, or the name as words,
// "originalQuarter" as "original quarter", if the language has none.
func (ws words) member(name string) string {
	if s, ok := ws.table[memberWord(name)]; ok {
		return s
	}
	return camelWords(name)
}

// itemOf returns the words for one item of the list with the given member
// name.
func (ws words) itemOf(list string) string {
	if s, ok := ws.table[itemWord(list)]; ok {
		return s
	}
	return ws.get(wAnyItem)
}

// number returns n in words when it is small, and in digits otherwise.
func (ws words) number(n int) string {
	if n >= 0 && n < len(numberWords) {
		return ws.get(numberWords[n])
	}
	return strconv.Itoa(n)
}

// slip says by how many quarters a milestone moved: "one quarter later".
func (ws words) slip(n int) string {
	if n < 0 {
		return ws.f(wEarlier, ws.quarters(-n, true))
	}
	return ws.f(wLater, ws.quarters(n, true))
}

// enum returns value v of the enum whose words have the prefix, as words:
// its word, or, when it is not one of the enum's values, v itself as
// words, on one line and cut short as a message quotes a value.
func (ws words) enum(prefix, v string) string {
	if s, ok := ws.table[enumWord(prefix, v)]; ok {
		return s
	}
	return enumWords(shorten(plainLine(v), mostQuoted))
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

// lowerFirst returns s with its first letter in lower case, as a title is
// written within a sentence.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}
