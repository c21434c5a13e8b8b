package agreement

func (v *validator) engagements() {
	es := v.a.Engagements
	if len(es) == 0 {
		return
	}
	list := member(nil, "engagements")
	for i := range es {
		if v.full() {
			return
		}
		e := &es[i]
		p := item(&list, i)
		v.uniqueID(&p, i, e.ID, v.s.engagements, "engagements", "the engagement's id")
		checkEnum(v, &p, "kind", e.Kind, true, allowedOf(EngagementKinds), "the kind of engagement")
		if e.Host == "" {
			v.required(&p, "host", "the code of the party that hosts the engagement")
		} else {
			h := member(&p, "host")
			v.partyRef(&h, e.Host)
		}
		v.text(&p, "place", e.Place, false, "")
		checkEnum(v, &p, "status", e.Status, true, allowedOf(EngagementStatuses), "where the engagement stands")
		if e.Status.NeedsDate() && !e.Date.IsValid() {
			v.missing(&p, "date", CodeEngagementDateMissing, "the engagement is "+string(e.Status)+", so it needs its date")
		}
	}
}
