package agreement

import (
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/internal/bounded"
	"github.com/bilateral-go/bilateral/internal/enum"
)

// The checks of single values. Each takes the parent object and the member
// name, so that a missing value is reported at the parent, as JSON Schema
// validators report it.

// text checks a Text member: not empty, well-formed language tags, and every
// declared language when there are more than one.
func (v *validator) text(parent *at, name string, t bilateral.Text, required bool, what string) {
	if t.IsZero() {
		if required {
			v.required(parent, name, what)
		}
		return
	}
	p := member(parent, name)
	v.textValue(&p, t)
}

// textValue checks a Text at p that is present, such as an item of a list.
func (v *validator) textValue(p *at, t bilateral.Text) {
	if t.IsZero() || (!t.IsPlain() && t.Len() == 0) {
		v.report(p, CodeTextEmpty, "the text is empty; give it in at least one language")
		return
	}
	if t.IsPlain() {
		if !v.decoded && !utf8.ValidString(t.In("")) {
			v.invalidUTF8(p)
		}
		if v.languages != nil {
			v.report(p, CodeTextLanguageMissing, "the agreement has "+strconv.Itoa(len(v.languages))+
				" languages, so this text must be an object with a text for each of them: "+v.languageNames())
		}
		return
	}
	// The declared languages and the translations are both in tag order:
	// one pass over the two finds the missing ones.
	next := 0
	for i := range t.Len() {
		lang, s := t.Translation(i)
		if !bilateral.LanguageTag(lang).IsValid() {
			v.report(p, CodeLanguageSyntax, bounded.Quote(lang)+" is not a language tag; write tags like en, es or es-MX")
		}
		if s == "" || !v.decoded && !utf8.ValidString(s) {
			m := member(p, lang)
			if s == "" {
				v.report(&m, CodeTextEmpty, "the text in "+bounded.Quote(lang)+" is empty")
			} else {
				v.invalidUTF8(&m)
			}
		}
		for ; next < len(v.languages) && string(v.languages[next]) <= lang; next++ {
			if string(v.languages[next]) < lang {
				v.languageMissing(p, v.languages[next])
			}
		}
	}
	for _, lang := range v.languages[next:] {
		v.languageMissing(p, lang)
	}
}

func (v *validator) languageMissing(p *at, lang bilateral.LanguageTag) {
	v.report(p, CodeTextLanguageMissing, "the text has no "+bounded.Quote(string(lang))+
		", one of the agreement's "+strconv.Itoa(len(v.languages))+" languages: "+v.languageNames())
}

// invalidUTF8 reports a string at p that is not valid UTF-8, which
// json.Marshal would change: an agreement built in Go may hold one.
func (v *validator) invalidUTF8(p *at) {
	v.report(p, CodeTextInvalidUTF8, "the text is not valid UTF-8, so json.Marshal would write U+FFFD for its bad bytes; give it in UTF-8")
}

// texts checks a list of texts, each of which must be present.
func (v *validator) texts(parent *at, name string, ts []bilateral.Text) {
	if len(ts) == 0 {
		return
	}
	list := member(parent, name)
	for i, t := range ts {
		if v.full() {
			return
		}
		p := item(&list, i)
		v.textValue(&p, t)
	}
}

// id checks an id member; valid is id.IsValid(), which the caller may know
// already.
func (v *validator) id(parent *at, name string, id bilateral.ID, valid, required bool, what string) {
	if id == "" {
		if required {
			v.required(parent, name, what)
		}
		return
	}
	if !valid {
		p := member(parent, name)
		v.idSyntax(&p, string(id))
	}
}

func (v *validator) idSyntax(p *at, id string) {
	v.report(p, CodeIDSyntax, bounded.Quote(id)+" is not an id; write lower-case letters and digits in words joined by single hyphens, at most "+
		strconv.Itoa(bilateral.IDMaxLength)+" characters, like trade-policy-harmonization")
}

// key checks a focus-area key member, and reports whether it is well formed.
func (v *validator) key(parent *at, name string, k focusarea.Key, what string) bool {
	if k == "" {
		v.required(parent, name, what)
		return false
	}
	if !k.IsValid() {
		p := member(parent, name)
		v.report(&p, CodeKeySyntax, bounded.Quote(string(k))+" is not a focus-area key; write lower-case words joined by hyphens, like border-management")
		return false
	}
	return true
}

// areaRef checks a member that names a declared focus area.
func (v *validator) areaRef(parent *at, name string, k focusarea.Key, what string) {
	if _, ok := v.s.areas[k]; ok {
		return // only well-formed keys are declared
	}
	if !v.key(parent, name, k, what) || v.incomplete.areas {
		return
	}
	p := member(parent, name)
	v.report(&p, CodeAreaUndeclared, "the focus area "+bounded.Quote(string(k))+" is not declared in focusAreas")
}

// partyCode checks a party code at p, and reports whether it is well formed.
func (v *validator) partyCode(p *at, code bilateral.PartyCode) bool {
	if !code.IsValid() {
		v.report(p, CodePartyCodeSyntax, bounded.Quote(string(code))+" is not a party code; write an ISO 3166 code in upper case, like US, MX or MX-CMX")
		return false
	}
	return true
}

// partyRef checks a code at p that must be one of the two parties.
func (v *validator) partyRef(p *at, code bilateral.PartyCode) {
	if !v.partyCode(p, code) || v.incomplete.parties {
		return
	}
	if code != v.parties[0] && code != v.parties[1] {
		v.report(p, CodePartyUnknown, bounded.Quote(string(code))+" is not a party to the agreement; use the code of one of its parties")
	}
}

// enumValue is a string enum of this module.
type enumValue interface {
	~string
	IsValid() bool
}

// checkEnum checks an enum member; allowed lists its values, for messages.
func checkEnum[T enumValue](v *validator, parent *at, name string, val T, required bool, allowed func() string, what string) {
	if val == "" {
		if required {
			v.required(parent, name, what)
		}
		return
	}
	if !val.IsValid() {
		p := member(parent, name)
		v.report(&p, CodeEnumUnknown, enum.Message(string(val), allowed()))
	}
}

// allowedOf returns a function that lists the values of defs, for checkEnum.
func allowedOf[T ~string](defs func() []bilateral.Definition[T]) func() string {
	return func() string { return enum.Allowed(defs()) }
}

// quarter checks a required quarter member.
func (v *validator) quarter(parent *at, name string, q bilateral.Quarter, what string) {
	if !q.IsValid() {
		v.required(parent, name, what)
	}
}

// inTerm checks that the quarter of a member lies within the term.
func (v *validator) inTerm(parent *at, name string, q bilateral.Quarter) {
	t := v.a.Term
	if !q.IsValid() || !t.Start.IsValid() || !t.End.IsValid() || t.End.Before(t.Start) || t.Contains(q) {
		return // a reversed term is reported once, as term.order
	}
	p := member(parent, name)
	if q.Before(t.Start) {
		v.report(&p, CodeQuarterOutsideTerm, q.String()+" is before the start of the term, "+t.Start.String())
	} else {
		v.report(&p, CodeQuarterOutsideTerm, q.String()+" is after the end of the term, "+t.End.String())
	}
}

// number checks an optional number that must be finite and at least 0.
func (v *validator) number(parent *at, name string, x float64) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		p := member(parent, name)
		v.report(&p, CodeNumberNotFinite, "the number is not finite; give a finite number")
	case x < 0:
		p := member(parent, name)
		v.report(&p, CodeNumberNegative, strconv.FormatFloat(x, 'g', -1, 64)+
			" is below 0; give the size of the change, and its direction in direction")
	}
}
