package agreement

import (
	"strconv"

	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/internal/bounded"
)

func (v *validator) focusAreas() {
	areas := v.a.FocusAreas
	if areas == nil {
		v.required(nil, "focusAreas", "the focus areas, at least one")
		return
	}
	list := member(nil, "focusAreas")
	if len(areas) == 0 {
		v.report(&list, CodeTooFewItems, "an agreement has at least one focus area")
	}
	for i := range areas {
		if v.full() {
			return
		}
		p := item(&list, i)
		v.area(&p, i, &areas[i])
	}
}

func (v *validator) area(p *at, i int, a *focusarea.Area) {
	if !v.key(p, "key", a.Key, "the key of the focus area, like trade") {
		v.incomplete.areas = true
	} else {
		if first, dup := v.s.areas[a.Key]; dup {
			k := member(p, "key")
			v.report(&k, CodeKeyDuplicate, "the focus area "+bounded.Quote(string(a.Key))+
				" is declared twice, also at /focusAreas/"+strconv.Itoa(int(first)))
		} else {
			v.s.areas[a.Key] = int32(i)
		}
		if !a.Key.Known() && a.Title.IsZero() {
			v.missing(p, "title", CodeAreaTitleMissing, "the key "+bounded.Quote(string(a.Key))+
				" is not in the built-in vocabulary, so the area needs a title")
		}
	}
	v.text(p, "title", a.Title, false, "")
	v.texts(p, "actions", a.Actions)
	if len(a.Benefits) > 0 {
		list := member(p, "benefits")
		for k := range a.Benefits {
			if v.full() {
				return
			}
			b := &a.Benefits[k]
			bp := item(&list, k)
			v.text(&bp, "description", b.Description, true, "what the benefit is")
			if b.Indicator != nil {
				ip := member(&bp, "indicator")
				v.indicator(&ip, b.Indicator)
			}
		}
	}
	if len(a.Priorities) > 0 {
		list := member(p, "priorities")
		for k := range a.Priorities {
			if v.full() {
				return
			}
			pr := &a.Priorities[k]
			pp := item(&list, k)
			if pr.Party == "" {
				v.required(&pp, "party", "the code of the party whose priority this is")
			} else {
				c := member(&pp, "party")
				v.partyRef(&c, pr.Party)
			}
			switch {
			case pr.Statements == nil:
				v.required(&pp, "statements", "the party's priorities, at least one")
			case len(pr.Statements) == 0:
				s := member(&pp, "statements")
				v.report(&s, CodeTooFewItems, "a priority has at least one statement")
			default:
				v.texts(&pp, "statements", pr.Statements)
			}
		}
	}
}

func (v *validator) indicator(p *at, ind *focusarea.Indicator) {
	v.text(p, "metric", ind.Metric, true, "what is measured")
	v.text(p, "measure", ind.Measure, false, "")
	checkEnum(v, p, "direction", ind.Direction, true, allowedOf(focusarea.Directions), "the way the metric should move")
	v.number(p, "value", ind.Value)
	checkEnum(v, p, "unit", ind.Unit, false, allowedOf(focusarea.Units), "")
	v.inTerm(p, "by", ind.By)
	v.levels(p, ind)
}
