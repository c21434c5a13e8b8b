package agreement_test

import (
	"bytes"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/internal/race"
)

// checkLanguages checks DiffIn of from and to in every language against
// Diff: the same changes but for the messages, which are in English for a
// language with no words of its own and in another language otherwise.
func checkLanguages(tb testing.TB, from, to *agreement.Agreement) {
	tb.Helper()
	english := agreement.Diff(from, to)
	for lang, translated := range map[string]bool{
		"en": false, "es": true, "fr": true, "es-MX": true, "FR-ca": true, "de": false, "": false, "x-": false,
	} {
		changes := agreement.DiffIn(from, to, lang)
		checkChanges(tb, changes)
		if len(changes) != len(english) {
			tb.Fatalf("DiffIn(%q) has %d changes, Diff %d", lang, len(changes), len(english))
		}
		for i, c := range changes {
			e := english[i]
			if c.Code != e.Code || c.Path != e.Path || !bytes.Equal(c.From, e.From) || !bytes.Equal(c.To, e.To) {
				tb.Fatalf("DiffIn(%q) has the change %s %s %s %s where Diff has %s %s %s %s", lang, c.Code, c.Path, c.From, c.To, e.Code, e.Path, e.From, e.To)
			}
			if same := c.Message == e.Message; same == translated {
				tb.Fatalf("DiffIn(%q) says %q where Diff says %q", lang, c.Message, e.Message)
			}
		}
	}
}

// TestDiffInEveryLanguage checks the messages of DiffIn in each language on
// the pairs of versions of TestDiffPatchRevisedVersions and
// TestDiffPatchAnyVersions: every change is that of Diff, and its message
// is translated in Spanish and French, and English otherwise.
func TestDiffInEveryLanguage(t *testing.T) {
	docs := validDocuments(t)
	r := rand.New(rand.NewPCG(5, 6))
	pairs := 300
	if testing.Short() || race.Enabled {
		pairs = 60
	}
	for i := range pairs {
		from := deepCopy(docs[i%len(docs)])
		to := deepCopy(from)
		if i%2 == 0 {
			for range 1 + r.IntN(4) {
				reviseVersion(to, r)
			}
		} else {
			m := mutator{next: r.IntN, budget: 1 + r.IntN(8)}
			m.mutate(reflectValue(to))
		}
		checkLanguages(t, from, to)
	}
	checkLanguages(t, nil, docs[0])
	checkLanguages(t, docs[0], nil)
}

// TestDiffInNamesItemsInItsLanguage checks that the messages of DiffIn name
// items and quote texts in its language, with the fallback of Text.In.
func TestDiffInNamesItemsInItsLanguage(t *testing.T) {
	data, err := os.ReadFile("testdata/valid/bilingual-action-plan.json")
	if err != nil {
		t.Fatal(err)
	}
	from, err := agreement.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	to := deepCopy(from)
	m := &to.Milestones[0]
	m.Quarter, m.OriginalQuarter = m.Quarter.Next(), m.Quarter
	to.Summary = bilateral.Translated(map[string]string{"en": "A new summary", "es": "Un resumen nuevo"})
	for _, tc := range []struct {
		lang string
		in   string // the language the document's texts are looked up in
	}{
		{"en", "en"}, {"es", "es"}, {"es-MX", "es"}, {"fr", "en"}, {"de", "en"},
	} {
		changes := agreement.DiffIn(from, to, tc.lang)
		got := pathCodes(changes)
		want := []pathCode{
			{"/summary/en", agreement.ChangeTextChanged},
			{"/summary/es", agreement.ChangeTextChanged},
			{"/milestones/0/quarter", agreement.ChangeMilestoneRescheduled},
			{"/milestones/0/originalQuarter", agreement.ChangeMilestoneChanged},
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("changes (-want +got):\n%s", diff)
		}
		title := m.Title.In(tc.in)
		for _, c := range changes[2:] {
			if !strings.Contains(c.Message, title) {
				t.Errorf("DiffIn(%q): %s %q does not name the milestone %q", tc.lang, c.Code, c.Message, title)
			}
		}
		if other := m.Title.In(map[string]string{"en": "es", "es": "en"}[tc.in]); strings.Contains(changes[2].Message, other) {
			t.Errorf("DiffIn(%q): %q names the milestone in another language, %q", tc.lang, changes[2].Message, other)
		}
	}
}

// TestDiffInOfNilAgreements checks the messages of the change from and to
// nil in each language.
func TestDiffInOfNilAgreements(t *testing.T) {
	a := parseSeed(t)
	seen := map[string]bool{}
	for _, lang := range agreement.ReportLanguages() {
		for _, c := range append(agreement.DiffIn(nil, a, lang), agreement.DiffIn(a, nil, lang)...) {
			if c.Message == "" || seen[c.Message] {
				t.Errorf("DiffIn(%q): the message %q is empty or that of another language or change", lang, c.Message)
			}
			seen[c.Message] = true
		}
	}
	if c := agreement.DiffIn(nil, nil, "es"); c != nil {
		t.Errorf("DiffIn(nil, nil) = %v", c)
	}
}

// TestChangesStringIn checks that StringIn lays out the changelog as String
// does, with the lines that the changes' messages are, whatever language
// they are in, under headings in its own language.
func TestChangesStringIn(t *testing.T) {
	seed := readSeed(t)
	from, err := agreement.Parse(seed)
	if err != nil {
		t.Fatal(err)
	}
	to := laterVersion(seed)
	to.Status = agreement.Concluded
	to.FocusAreas[0].Actions = to.FocusAreas[0].Actions[1:]
	to.Commitments[0].Implementation.Cadence = agreement.Annual
	to.Title = bilateral.PlainText("A new title")
	english := agreement.Diff(from, to)
	headings := func(log string) (heads, lines []string) {
		for line := range strings.Lines(log) {
			switch {
			case line == "\n":
			case strings.HasPrefix(line, "  "):
				lines = append(lines, line)
			default:
				heads = append(heads, line)
			}
		}
		return heads, lines
	}
	enHeads, _ := headings(english.String())
	if len(enHeads) != 6 {
		t.Fatalf("the changelog has %d sections, want all 6:\n%s", len(enHeads), english.String())
	}
	for _, lang := range []string{"es", "fr", "fr-CH", "de", ""} {
		for _, changes := range []agreement.Changes{english, agreement.DiffIn(from, to, lang)} {
			log := changes.StringIn(lang)
			heads, lines := headings(log)
			_, want := headings(changes.String())
			if !slices.Equal(lines, want) {
				t.Errorf("StringIn(%q) has the lines\n%s\nwant those of String\n%s", lang, strings.Join(lines, ""), strings.Join(want, ""))
			}
			translated := lang == "es" || strings.HasPrefix(lang, "fr")
			for i := range heads {
				if (heads[i] == enHeads[i]) == translated {
					t.Errorf("StringIn(%q) has the heading %q, String %q", lang, heads[i], enHeads[i])
				}
			}
			if strings.Count(log, "\n\n") != 5 || len(heads) != 6 {
				t.Errorf("StringIn(%q) is laid out otherwise than String:\n%s", lang, log)
			}
		}
	}
	if s := agreement.Changes(nil).StringIn("es"); s != "" {
		t.Errorf("StringIn of no changes = %q", s)
	}
}
