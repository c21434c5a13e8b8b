package agreement

import (
	"slices"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/milestone"
)

// allWords are the words that the reports, the charts, the messages of
// changes and the changelog use: the constants, one for the title of each
// milestone status, and those of changes whose keys are made of the
// model's names.
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

		wAgreementNew, wAgreementGone,
		wSubject, wPartOf, wLanguage, wItem, wAnyItem, wNothing, wAndMore, wAnd, wQuoted,
		wItemAdded, wItemRemoved, wItemDue, wListAdded, wListRemoved, wMoved, wStatusMoved,
		wHistoryAdded, wTermStarts, wTermEnds, wRescheduledFrom, wLater, wEarlier, wOneQuarter,
		wIsNow, wMetIn, wFirstPlanned, wDateSet, wDateChanged, wDateRemoved,
		wSet, wAdded, wAddedValue, wRemovedWas, wRemovedPlain, wChangedFrom, wEngagement,
		wSetMany, wRemovedWasMany, wChangedFromMany,
	}
	for _, d := range milestone.Statuses() {
		ws = append(ws, statusWord(d.Value))
	}
	return append(ws, changeWords()...)
}

// changeWords are the words of changes whose keys are made of the model's
// names: the sections of a changelog, a word for each member name and each
// list of the document as Diff finds them, the small numbers, the statuses
// of an agreement and of an engagement, and engagements by kind.
func changeWords() []word {
	ws := slices.Concat(sectionWords[:], numberWords[:])
	members, lists := planNames()
	for _, name := range members {
		ws = append(ws, memberWord(name))
	}
	for _, name := range lists {
		ws = append(ws, itemWord(name))
	}
	for _, d := range Statuses() {
		ws = append(ws, enumWord(agreementStatusWords, string(d.Value)))
	}
	for _, d := range EngagementStatuses() {
		ws = append(ws, enumWord(engagementStatusWords, string(d.Value)))
	}
	for _, d := range EngagementKinds() {
		ws = append(ws, engagementWord(d.Value, false))
		if d.Value != Call { // a call is named by its host, not its place
			ws = append(ws, engagementWord(d.Value, true))
		}
	}
	return ws
}

// planNames returns the member names of the document and the names of its
// lists, as Diff's plan finds them, sorted.
func planNames() (members, lists []string) {
	seen := map[*plan]bool{}
	var walk func(p *plan)
	walk = func(p *plan) {
		if p == nil || seen[p] {
			return
		}
		seen[p] = true
		for i := range p.fields {
			f := &p.fields[i]
			members = append(members, f.name)
			if f.plan.kind == planList || f.plan.kind == planPointer && f.plan.elem.kind == planList {
				lists = append(lists, f.name)
			}
			walk(f.plan)
		}
		walk(p.elem)
	}
	walk(documentPlan())
	slices.Sort(members)
	slices.Sort(lists)
	return slices.Compact(members), slices.Compact(lists)
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
		t.Errorf("English has %d words, the reports and changes use %d: remove the words none uses, or add them to allWords", len(wordsEN), len(allWords()))
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

// TestPlanNames checks planNames against the lists that a walk of the
// model's types finds.
func TestPlanNames(t *testing.T) {
	want := map[string]bool{}
	for pattern := range modelLists(t) {
		want[pattern[strings.LastIndexByte(pattern, '/')+1:]] = true
	}
	members, lists := planNames()
	if len(lists) != len(want) {
		t.Errorf("planNames finds the lists %q, the model has %v", lists, want)
	}
	for _, l := range lists {
		if !want[l] || !slices.Contains(members, l) {
			t.Errorf("planNames finds a list %q, which the model has not or which is no member", l)
		}
	}
	if len(members) < 40 {
		t.Errorf("planNames finds only %d member names", len(members))
	}
}

// TestEnglishChangeWordsAreTheModelsNames checks that English messages say
// the model's names as it spells them: a member name as its words
// ("originalQuarter" as "original quarter") but for a few that read better
// otherwise, the value of an enum as its words ("in-force" as "in force"),
// and a milestone's status as its title in lower case.
func TestEnglishChangeWordsAreTheModelsNames(t *testing.T) {
	en := wordsIn("en")
	renamed := map[string]string{
		"area": "focus area", "by": "quarter expected", "dependsOn": "dependencies", "metIn": "quarter met",
	}
	members, _ := planNames()
	for _, name := range members {
		want, ok := renamed[name]
		if !ok {
			want = camelWords(name)
		}
		if got := en.member(name); got != want {
			t.Errorf("English says the member %s as %q, want %q", name, got, want)
		}
	}
	enums := map[string][]string{}
	for _, d := range Statuses() {
		enums[agreementStatusWords] = append(enums[agreementStatusWords], string(d.Value))
	}
	for _, d := range EngagementStatuses() {
		enums[engagementStatusWords] = append(enums[engagementStatusWords], string(d.Value))
	}
	for prefix, values := range enums {
		for _, v := range append(values, "not-one", "") {
			if got, want := en.enum(prefix, v), enumWords(v); got != want {
				t.Errorf("English says %s%s as %q, want %q", prefix, v, got, want)
			}
		}
	}
	for _, d := range milestone.Statuses() {
		if got, want := lowerFirst(en.enum(milestoneStatusWords, string(d.Value))), enumWords(string(d.Value)); got != want {
			t.Errorf("English says the milestone status %s as %q, want %q", d.Value, got, want)
		}
	}
	if got := lowerFirst(en.enum(milestoneStatusWords, "on-hold")); got != "on hold" {
		t.Errorf("English says a milestone status that is not one as %q", got)
	}
	for _, lang := range ReportLanguages() {
		ws := wordsIn(lang)
		for n, want := range map[int]string{1: ws.get(wOneQuarter), 11: ws.f(wQuartersOther, "11"), -12: ws.f(wQuartersOther, "12")} {
			if got := ws.slip(n); !strings.Contains(got, want) {
				t.Errorf("%s: a slip of %d is %q, which does not say %q", lang, n, got, want)
			}
		}
	}
}

// TestWordsElide checks French elision: the words that elide lose their
// vowel before an argument that starts with a vowel or an h, when they are
// whole words of the phrase.
func TestWordsElide(t *testing.T) {
	fr := words{elisions: elisionsFR, table: map[word]string{
		"a": "{1} de {2}", "b": "de {1}", "c": "{1}de {2}", "d": "inde {1}", "e": "(de {1})", "f": "le {1} de {2}",
		"g": "que {1}", "h": "de  {1}",
	}}
	for _, tc := range []struct {
		w    word
		args []string
		want string
	}{
		{"a", []string{"valeur", "indicateur"}, "valeur d'indicateur"},
		{"a", []string{"valeur", "Observation"}, "valeur d'Observation"},
		{"a", []string{"valeur", "historique"}, "valeur d'historique"},
		{"a", []string{"valeur", "émission"}, "valeur d'émission"},
		{"a", []string{"valeur", "bénéfice"}, "valeur de bénéfice"},
		{"a", []string{"valeur", "« accord »"}, "valeur de « accord »"},
		{"a", []string{"valeur", "2025-Q1"}, "valeur de 2025-Q1"},
		{"a", []string{"valeur", ""}, "valeur de "},
		{"b", []string{"action"}, "d'action"},
		{"c", []string{"x", "action"}, "xde action"},
		{"d", []string{"action"}, "inde action"},
		{"e", []string{"action"}, "(d'action)"},
		{"f", []string{"accord", "origine"}, "l'accord d'origine"},
		{"g", []string{"il"}, "qu'il"},
		{"h", []string{"action"}, "de  action"},
	} {
		if got := fr.f(tc.w, tc.args...); got != tc.want {
			t.Errorf("f(%q, %q) = %q, want %q", fr.table[tc.w], tc.args, got, tc.want)
		}
	}
	es := words{table: fr.table}
	if got := es.f("a", "valor", "indicador"); got != "valor de indicador" {
		t.Errorf("a language without elisions elides: %q", got)
	}
	if got := wordsIn("fr-CA").f(wPartOf, "valeur", wordsIn("fr").member("indicator")); got != "valeur d'indicateur" {
		t.Errorf("French for the value of an indicator is %q", got)
	}
}
