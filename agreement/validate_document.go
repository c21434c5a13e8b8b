package agreement

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/bounded"
)

// agreement checks the whole document. The order matters: the lists that
// others refer to (parties, areas, commitments, milestones) are indexed
// before the references to them are checked.
func (v *validator) agreement() {
	a := v.a
	var root *at
	v.id(root, "id", a.ID, a.ID.IsValid(), true, "the agreement's id")
	checkEnum(v, root, "kind", a.Kind, true, allowedOf(Kinds), "the kind of agreement")
	v.languageList()
	v.text(root, "title", a.Title, true, "the agreement's title")
	v.text(root, "summary", a.Summary, false, "")
	checkEnum(v, root, "status", a.Status, true, allowedOf(Statuses), "the agreement's lifecycle status")
	v.history()
	v.partyList()
	v.term()
	v.focusAreas()
	v.commitments()
	v.milestones()
	v.engagements()
}

// languageList checks the declared languages, and sets v.languages when
// every text must have each of them: when more than one language is
// declared, each well formed. A language declared twice counts once.
func (v *validator) languageList() {
	langs := v.a.Languages
	if len(langs) == 0 {
		return
	}
	list := member(nil, "languages")
	allValid := !v.listIncomplete("languages", "")
	var seen map[bilateral.LanguageTag]bool // for long lists only
	if len(langs) > maxScannedLanguages {
		seen = make(map[bilateral.LanguageTag]bool, len(langs))
	}
	distinct := 0
	for i, lang := range langs {
		if v.full() {
			return
		}
		p := item(&list, i)
		if !lang.IsValid() {
			allValid = false
			v.report(&p, CodeLanguageSyntax, bounded.Quote(string(lang))+" is not a language tag; write tags like en, es or es-MX")
		}
		var dup bool
		if seen != nil {
			dup = seen[lang]
			seen[lang] = true
		} else {
			dup = slices.Contains(langs[:i], lang)
		}
		if dup {
			v.report(&p, CodeLanguageDuplicate, bounded.Quote(string(lang))+" is declared twice")
		} else {
			distinct++
		}
	}
	if !allValid || distinct < 2 {
		return
	}
	// The texts are checked against the languages in tag order, as a Text
	// keeps its translations, so that a text is checked in time linear in
	// its size and the number of languages.
	sorted := append(v.s.languages[:0], langs...)
	slices.Sort(sorted)
	v.languages = slices.Compact(sorted)
	v.s.languages = v.languages
}

// maxNamedLanguages is the most languages that a message names.
const maxNamedLanguages = 8

// languageNames returns the declared languages as messages name them,
// worked out once, when a message first needs them, so that a valid
// agreement costs no allocation for them.
func (v *validator) languageNames() string {
	if v.namedLanguages == "" {
		v.namedLanguages = nameLanguages(v.a.Languages, len(v.languages))
	}
	return v.namedLanguages
}

// nameLanguages lists the first of the declared languages for messages,
// each once, in the order declared, and says how many more there are.
func nameLanguages(langs []bilateral.LanguageTag, distinct int) string {
	named := make([]string, 0, maxNamedLanguages)
	for _, l := range langs {
		if len(named) == maxNamedLanguages {
			break
		}
		if !slices.Contains(named, string(l)) {
			named = append(named, string(l))
		}
	}
	for i, l := range named {
		named[i] = bounded.Text(l) // a valid tag may have any number of subtags
	}
	s := strings.Join(named, ", ")
	if distinct > len(named) {
		s += " and " + strconv.Itoa(distinct-len(named)) + " more"
	}
	return s
}

// maxScannedLanguages is the length of a language list up to which
// duplicates are found by scanning the list, without allocating.
const maxScannedLanguages = 16

func (v *validator) history() {
	a := v.a
	if len(a.History) == 0 {
		return
	}
	list := member(nil, "history")
	for i := range a.History {
		if v.full() {
			return
		}
		step := &a.History[i]
		p := item(&list, i)
		checkEnum(v, &p, "status", step.Status, true, allowedOf(Statuses), "the status the step reached")
		if !step.Date.IsValid() {
			v.required(&p, "date", "the day the step was taken")
		}
		v.text(&p, "note", step.Note, false, "")
		if i == 0 {
			continue
		}
		prev := &a.History[i-1]
		if step.Date.IsValid() && prev.Date.IsValid() && step.Date.Before(prev.Date) {
			d := member(&p, "date")
			v.report(&d, CodeHistoryOrder, step.Date.String()+" is before the date of the step before, "+prev.Date.String()+"; list steps oldest first")
		}
		if prev.Status.IsValid() && step.Status.IsValid() && !prev.Status.CanMoveTo(step.Status) {
			s := member(&p, "status")
			v.report(&s, CodeHistoryIllegalMove, "an agreement cannot move from "+string(prev.Status)+" to "+string(step.Status)+"; "+movesFrom(prev.Status))
		}
	}
	if _, open := v.open["/history"]; open {
		return // the last step read need not be the last step
	}
	last := a.History[len(a.History)-1].Status
	if last.IsValid() && a.Status.IsValid() && last != a.Status {
		s := member(nil, "status")
		v.report(&s, CodeHistoryStatusMismatch, "the status is "+string(a.Status)+", but the last step of the history reached "+string(last))
	}
}

func movesFrom(s Status) string {
	next := s.Moves()
	if len(next) == 0 {
		return string(s) + " is final"
	}
	names := make([]string, len(next))
	for i, n := range next {
		names[i] = string(n)
	}
	return "from " + string(s) + " it can move to " + strings.Join(names, ", ")
}

func (v *validator) partyList() {
	a := v.a
	if a.Parties == nil {
		v.required(nil, "parties", "the two parties")
		return
	}
	list := member(nil, "parties")
	if len(a.Parties) != 2 {
		v.report(&list, CodePartiesCount, "an agreement has exactly 2 parties, not "+strconv.Itoa(len(a.Parties)))
	}
	for i := range a.Parties {
		if v.full() {
			return
		}
		party := &a.Parties[i]
		p := item(&list, i)
		switch c := member(&p, "code"); {
		case party.Code == "":
			v.incomplete.parties = true
			v.required(&p, "code", "the party's code, like US or MX")
		case !v.partyCode(&c, party.Code):
			v.incomplete.parties = true
		case i < 2:
			v.parties[i] = party.Code
		}
		v.text(&p, "name", party.Name, true, "the party's name")
		checkEnum(v, &p, "kind", party.Kind, true, allowedOf(PartyKinds), "the kind of party")
		if !party.FiscalCalendar.IsValid() {
			f := member(&p, "fiscalYearStart")
			v.report(&f, CodeEnumUnknown, party.FiscalCalendar.String()+" is not a fiscal calendar: a fiscal year starts in month 1, 4, 7 or 10; "+
				"use a bilateral.FiscalCalendar constant or bilateral.NewFiscalCalendar")
		}
		if len(party.Representatives) > 0 {
			reps := member(&p, "representatives")
			for k := range party.Representatives {
				if v.full() {
					return
				}
				r := &party.Representatives[k]
				rp := item(&reps, k)
				switch {
				case r.Name == "":
					v.required(&rp, "name", "the representative's name")
				case !v.decoded && !utf8.ValidString(r.Name):
					n := member(&rp, "name")
					v.invalidUTF8(&n)
				}
				v.text(&rp, "role", r.Role, false, "")
			}
		}
	}
	if len(a.Parties) == 2 && a.Parties[0].Code != "" && a.Parties[0].Code == a.Parties[1].Code {
		p := item(&list, 1)
		c := member(&p, "code")
		v.report(&c, CodePartiesSameCode, "both parties have the code "+bounded.Quote(string(a.Parties[1].Code))+"; give each party its own code")
		// One of the two codes is not what was meant, and references to
		// the other party's real code would each be reported unknown:
		// one mistake, one problem.
		v.incomplete.parties = true
	}
}

func (v *validator) term() {
	t := v.a.Term
	if t == (Term{}) && v.absent(nil, "term") {
		v.required(nil, "term", "the term, with its start and end quarters")
		return
	}
	p := member(nil, "term")
	v.quarter(&p, "start", t.Start, "the first quarter of the term")
	v.quarter(&p, "end", t.End, "the last quarter of the term")
	if t.Start.IsValid() && t.End.IsValid() && t.End.Before(t.Start) {
		e := member(&p, "end")
		v.report(&e, CodeTermOrder, "the term ends in "+t.End.String()+", before it starts in "+t.Start.String())
	}
}
