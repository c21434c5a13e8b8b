package agreement

import (
	"slices"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/milestone"
)

// allWords are the words that the reports and charts use: the constants,
// and one for the title of each milestone status.
func allWords() []word {
	ws := []word{
		wProgressAsOf, wProgressNoQuarter, wAllAreas, wMetShare, wNone, wSpan,
		wOverdue, wDueNow, wComingUp, wBlocked, wRescheduled, wSessions, wBenefits,
		wHeadFocusArea, wHeadMilestones, wHeadOverdue, wHeadBlocked, wHeadSlipped, wHeadMetOfDue,
		wHeadQuarter, wHeadFiscal, wHeadMilestone, wHeadStatus, wHeadLateBy, wHeadWaitsFor, wHeadSlip,
		wHeadCommitment, wHeadMechanism, wHeadSession, wHeadHost, wHeadMetric, wHeadBaseline,
		wHeadTarget, wHeadLatest, wHeadChange, wHeadAchieved, wHeadExpected, wHeadOnTrack,
		wSlipFrom, wQuartersOne, wQuartersOther, wTargetBy, wYes, wNo, wHeld, wNotHeld,
		wIncrease, wDecrease, wMaintain, wFiscalLabel,
		wChartAsOf, wChartOverdue, wPlanned, wObserved,
	}
	for _, d := range milestone.Statuses() {
		ws = append(ws, statusWord(d.Value))
	}
	return ws
}

// placeholders returns the {n} of a phrase, sorted.
func placeholders(s string) []string {
	var out []string
	for i := 0; i+2 < len(s); i++ {
		if s[i] == '{' && s[i+2] == '}' && '1' <= s[i+1] && s[i+1] <= '9' {
			out = append(out, s[i:i+3])
		}
	}
	slices.Sort(out)
	return out
}

// TestWordsComplete checks that English has every word the reports use,
// and each other language exactly the words of English, each with text
// and the placeholders of the English phrase.
func TestWordsComplete(t *testing.T) {
	for _, w := range allWords() {
		if wordsEN[w] == "" {
			t.Errorf("English has no text for %q", w)
		}
	}
	if len(wordsEN) != len(allWords()) {
		t.Errorf("English has %d words, the reports use %d: remove the words no report uses, or add them to allWords", len(wordsEN), len(allWords()))
	}
	if diff := slices.Compare(ReportLanguages(), []string{"en", "es", "fr"}); diff != 0 {
		t.Errorf("ReportLanguages() = %q", ReportLanguages())
	}
	for lang, table := range languageWords {
		for w, en := range wordsEN {
			s, ok := table[w]
			if !ok || s == "" {
				t.Errorf("%s has no text for %q", lang, w)
				continue
			}
			if got, want := placeholders(s), placeholders(en); !slices.Equal(got, want) {
				t.Errorf("%s %q = %q has the placeholders %q, English %q", lang, w, s, got, want)
			}
		}
		for w := range table {
			if _, ok := wordsEN[w]; !ok {
				t.Errorf("%s has the word %q, which English has not", lang, w)
			}
		}
	}
}

// TestEnglishWordsAreThoseOfTheModel checks that the English words that
// name things the model names too are the same: the statuses' titles, and
// the fiscal labels.
func TestEnglishWordsAreThoseOfTheModel(t *testing.T) {
	en := wordsIn("en")
	for _, d := range milestone.Statuses() {
		if got, want := en.status(d.Value), d.Value.Title(); got != want {
			t.Errorf("the English title of %s is %q, the model's %q", d.Value, got, want)
		}
	}
	if got := en.status(""); got != "Scheduled" {
		t.Errorf("the empty status is %q, want Scheduled", got)
	}
	if got := en.status("late"); got != "late" {
		t.Errorf("a status that is not one is %q, want it as written", got)
	}
	for _, c := range []bilateral.FiscalCalendar{bilateral.CalendarYear, bilateral.AprilToMarch, bilateral.JulyToJune, bilateral.USFederal, 9} {
		for _, q := range []string{"0001-Q1", "0998-Q4", "2024-Q3", "2024-Q4", "9999-Q4"} {
			if got, want := en.fiscalLabel(c, bilateral.MustParseQuarter(q)), c.Label(bilateral.MustParseQuarter(q)); got != want {
				t.Errorf("the English label of %s in %v is %q, FiscalCalendar.Label gives %q", q, c, got, want)
			}
		}
	}
	if got := en.fiscalLabel(bilateral.USFederal, bilateral.Quarter{}); got != "" {
		t.Errorf("the label of the zero Quarter is %q", got)
	}
}

func TestWordsIn(t *testing.T) {
	for lang, want := range map[string]string{
		"en": "Overdue", "es": "Atrasados", "es-MX": "Atrasados", "ES": "Atrasados", "Es-419": "Atrasados",
		"fr": "En retard", "fr-CA": "En retard", "de": "Overdue", "": "Overdue", "spanish": "Overdue", "-es": "Overdue",
	} {
		ws := wordsIn(lang)
		if got := ws.get(wOverdue); got != want {
			t.Errorf("wordsIn(%q) says %q, want %q", lang, got, want)
		}
		if ws.lang != lang {
			t.Errorf("wordsIn(%q) looks texts up in %q", lang, ws.lang)
		}
	}
}

func TestWordsF(t *testing.T) {
	ws := words{table: map[word]string{
		"a": "{1} of {2}", "b": "{2}, then {1}", "c": "{1}{1}", "d": "{3} {", "e": "{}{x}{0}", "f": "no {braces",
	}}
	for w, want := range map[word]string{
		"a": "x of y", "b": "y, then x", "c": "xx", "d": "{3} {", "e": "{}{x}{0}", "f": "no {braces",
	} {
		if got := ws.f(w, "x", "y"); got != want {
			t.Errorf("f(%q) = %q, want %q", w, got, want)
		}
	}
	if got := strings.Count(wordsIn("es").f(wSpan, "2025-Q1", "2025-Q4"), "2025"); got != 2 {
		t.Errorf("the Spanish span lost an argument")
	}
}
