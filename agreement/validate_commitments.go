package agreement

import (
	"strconv"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/bounded"
)

func (v *validator) commitments() {
	cs := v.a.Commitments
	if len(cs) == 0 {
		return
	}
	list := member(nil, "commitments")
	for i := range cs {
		if v.full() {
			return
		}
		c := &cs[i]
		p := item(&list, i)
		if !v.uniqueID(&p, i, c.ID, v.s.commitments, "commitments", "the commitment's id") {
			v.incomplete.commitments = true
		}
		v.areaRef(&p, "area", c.Area, "the key of the commitment's focus area")
		v.text(&p, "summary", c.Summary, true, "what was agreed")
		if c.Implementation.isZero() && v.absent(&p, "implementation") {
			v.required(&p, "implementation", "the plan that carries out the commitment")
		} else {
			ip := member(&p, "implementation")
			v.implementation(&ip, &c.Implementation)
		}
	}
}

// uniqueID checks the id of item i, at p, of the list named list, records
// it in index, which maps each id to the first item that has it, and
// reports whether it is well formed.
func (v *validator) uniqueID(p *at, i int, id bilateral.ID, index map[bilateral.ID]int32, list, what string) bool {
	valid := id.IsValid()
	v.id(p, "id", id, valid, true, what)
	if !valid {
		return false
	}
	if first, dup := index[id]; dup {
		v.duplicateID(p, string(id), list, first)
	} else {
		index[id] = int32(i)
	}
	return true
}

// duplicateID reports the id member of item p, which repeats the id of item
// first of the list.
func (v *validator) duplicateID(p *at, id, list string, first int32) {
	m := member(p, "id")
	v.report(&m, CodeIDDuplicate, "the id "+bounded.Quote(id)+" is used twice, also at /"+list+"/"+strconv.Itoa(int(first)))
}

func (im *Implementation) isZero() bool {
	return im.Mechanism == "" && im.Description.IsZero() && im.Cadence == "" && !im.Start.IsValid() &&
		!im.End.IsValid() && im.Venue == "" && im.Leads == nil
}

func (v *validator) implementation(p *at, im *Implementation) {
	checkEnum(v, p, "mechanism", im.Mechanism, true, allowedOf(Mechanisms), "the institutional means")
	v.text(p, "description", im.Description, true, "what the plan is")
	checkEnum(v, p, "cadence", im.Cadence, true, allowedOf(Cadences), "how often the mechanism meets")
	v.quarter(p, "start", im.Start, "the quarter the plan starts")
	v.inTerm(p, "start", im.Start)
	v.inTerm(p, "end", im.End)
	if im.Start.IsValid() && im.End.IsValid() && im.End.Before(im.Start) {
		e := member(p, "end")
		v.report(&e, CodeImplementationOrder, "the plan ends in "+im.End.String()+", before it starts in "+im.Start.String())
	}
	if code, ok := im.Venue.Party(); ok {
		vp := member(p, "venue")
		if !code.IsValid() {
			v.report(&vp, CodePartyCodeSyntax, bounded.Quote(string(im.Venue))+
				" is not a venue; write alternating, or the code of the party that hosts every session")
		} else {
			v.partyRef(&vp, code)
		}
	}
	if len(im.Leads) > 0 {
		list := member(p, "leads")
		for i, code := range im.Leads {
			if v.full() {
				return
			}
			lp := item(&list, i)
			v.partyRef(&lp, code)
		}
	}
}
