package agreement

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// The messages of changes, for people. They name items by their display
// titles in the differ's language, and take every word from its table of
// words.

// subjectSections are the lists whose items are named in messages, as the
// subject of what changed in them.
var subjectSections = map[string]bool{
	"parties": true, "focusAreas": true, "commitments": true, "milestones": true, "engagements": true,
}

// subject returns the depth of the frame of the item of a top-level list
// that the value here is in or is, or -1.
func (d *differ) subject() int {
	if d.depth >= 2 && d.at(1).item && subjectSections[d.at(0).name] {
		return 1
	}
	return -1
}

// message returns the message of change c, of kind k of the value here.
func (d *differ) message(k changeKind, c *Change) string {
	w := d.words
	here := d.at(d.depth - 1)
	subject := d.subject()
	isSubject := subject == d.depth-1
	name := ""
	if subject >= 0 {
		name = d.subjectName(subject)
	}
	section, _ := sectionOf(here.plan.pattern)
	switch {
	case k == moved:
		what := name
		if !isSubject {
			what = d.label(subject)
		}
		list := w.member(d.at(d.depth - 2).name)
		return d.withSubject(subject, w.f(wMoved, what, strconv.Itoa(here.to+1), list, strconv.Itoa(here.from+1)))
	case isSubject && k == added:
		if m, ok := here.b.Addr().Interface().(*milestone.Milestone); ok && m.Quarter.IsValid() {
			name = w.f(wItemDue, name, m.Quarter.String())
		}
		return w.f(wItemAdded, w.itemOf(section), name)
	case isSubject && k == removed:
		return w.f(wItemRemoved, w.itemOf(section), name)
	case d.depth == 1 && here.plan.kind == planList && subjectSections[section] && k != changed:
		if k == removed {
			return w.f(wListRemoved, w.member(section), d.itemNames(here.a, true))
		}
		return w.f(wListAdded, w.member(section), d.itemNames(here.b, false))
	case k == added && here.plan.pattern == "/milestones/*/metIn":
		return d.withSubject(subject, w.f(wMetIn, d.show(c.To)))
	case k == added && here.plan.pattern == "/milestones/*/originalQuarter":
		return d.withSubject(subject, w.f(wFirstPlanned, d.show(c.To)))
	case c.Code == ChangeStatusMoved && k == changed:
		return w.f(wStatusMoved, w.enum(agreementStatusWords, jsonString(c.To)), w.enum(agreementStatusWords, jsonString(c.From)))
	case c.Code == ChangeHistoryAdded && here.item:
		var st Step
		if json.Unmarshal(c.To, &st) == nil {
			return w.f(wHistoryAdded, w.enum(agreementStatusWords, string(st.Status)), st.Date.String())
		}
	case c.Code == ChangeTermChanged && k == changed && d.depth == 2:
		switch here.name {
		case "start":
			return w.f(wTermStarts, d.show(c.To), d.show(c.From))
		case "end":
			return w.f(wTermEnds, d.show(c.To), d.show(c.From))
		}
	case c.Code == ChangeMilestoneRescheduled && k == changed:
		qa, errA := bilateral.ParseQuarter(jsonString(c.From))
		qb, errB := bilateral.ParseQuarter(jsonString(c.To))
		if errA == nil && errB == nil {
			return w.f(wRescheduledFrom, name, qa.String(), qb.String(), w.slip(qb.Sub(qa)))
		}
	case c.Code == ChangeMilestoneStatus:
		// A milestone without a status is scheduled; a message says the
		// status's title in lower case, "partially met".
		was, now := milestone.Status(jsonString(c.From)), milestone.Status(jsonString(c.To))
		return w.f(wIsNow, name, lowerFirst(w.enum(milestoneStatusWords, string(now.OrDefault()))),
			lowerFirst(w.enum(milestoneStatusWords, string(was.OrDefault()))))
	case c.Code == ChangeEngagementStatus && k == changed:
		return w.f(wIsNow, name, w.enum(engagementStatusWords, jsonString(c.To)), w.enum(engagementStatusWords, jsonString(c.From)))
	case c.Code == ChangeEngagementScheduled:
		switch k {
		case added:
			return w.f(wDateSet, name, d.show(c.To))
		case removed:
			return w.f(wDateRemoved, name, d.show(c.From))
		default:
			return w.f(wDateChanged, name, d.show(c.To), d.show(c.From))
		}
	}
	return d.withSubject(subject, d.generic(k, subject, c))
}

// generic is the message of any change, by what it is.
func (d *differ) generic(k changeKind, subject int, c *Change) string {
	w := d.words
	here := d.at(d.depth - 1)
	what := d.label(subject)
	named := here.item && d.at(d.depth-2).plan.below().list.match != byPosition
	// A list is said as a plural noun, with which a verb may agree.
	many := !here.item && !here.lang && here.plan.below().kind == planList
	switch {
	case k == added && named:
		return w.f(wAdded, what)
	case k == added && here.item:
		return w.f(wAddedValue, what, d.show(c.To))
	case k == added && many:
		return w.f(wSetMany, what, d.show(c.To))
	case k == added:
		return w.f(wSet, what, d.show(c.To))
	case k == removed && named:
		return w.f(wRemovedPlain, what)
	case k == removed && many:
		return w.f(wRemovedWasMany, what, d.show(c.From))
	case k == removed:
		return w.f(wRemovedWas, what, d.show(c.From))
	case many:
		return w.f(wChangedFromMany, what, d.show(c.From), d.show(c.To))
	}
	return w.f(wChangedFrom, what, d.show(c.From), d.show(c.To))
}

// withSubject puts the name of the subject item before what is said of a
// part of it.
func (d *differ) withSubject(subject int, said string) string {
	if subject < 0 || subject == d.depth-1 {
		return said
	}
	return d.words.f(wSubject, d.subjectName(subject), said)
}

// label names the value here within the subject item, or within the
// document when there is no subject: "cadence of implementation",
// "statement 1 of priority MX", "title (es)".
func (d *differ) label(subject int) string {
	w := d.words
	label, lang := "", ""
	for i := d.depth - 1; i > subject; i-- {
		f := d.at(i)
		part := ""
		switch {
		case f.lang:
			lang = plainLine(f.name)
			continue
		case f.item:
			// The item names its list: "action 2", not "action 2 of actions".
			part = w.f(wItem, w.itemOf(d.at(i-1).name), d.itemMark(i))
			i--
		default:
			part = w.member(f.name)
		}
		if label == "" {
			label = part
		} else {
			label = w.f(wPartOf, label, part)
		}
	}
	if lang != "" {
		label = w.f(wLanguage, label, lang)
	}
	return label
}

// itemMark tells the item of frame i, in a nested list, from the others:
// by its identity, or by its number in a list matched by position.
func (d *differ) itemMark(i int) string {
	f, list := d.at(i), d.at(i-1).plan.below()
	v, index := f.b, f.to
	if !v.IsValid() {
		v, index = f.a, f.from
	}
	if list.list.match == byPosition || !v.IsValid() {
		return strconv.Itoa(index + 1)
	}
	return plainLine(list.keyString(v))
}

// subjectName returns the display name of the item of frame i.
func (d *differ) subjectName(i int) string {
	f := d.at(i)
	if f.b.IsValid() {
		return d.itemName(f.b, false)
	}
	return d.itemName(f.a, true)
}

// itemName returns the display name of item v, of the older version when
// old is set: its title in the differ's language, or its id.
func (d *differ) itemName(v reflect.Value, old bool) string {
	if !v.IsValid() || !v.CanAddr() {
		return ""
	}
	var title bilateral.Text
	var id string
	switch x := v.Addr().Interface().(type) {
	case *Party:
		title, id = x.Name, string(x.Code)
	case *focusarea.Area:
		title, id = x.DisplayTitle(), string(x.Key)
	case *Commitment:
		title, id = x.Summary, string(x.ID)
	case *milestone.Milestone:
		title, id = x.Title, string(x.ID)
	case *Engagement:
		return d.engagementName(x, old)
	}
	if s := plainLine(d.words.text(title)); s != "" {
		return s
	}
	return plainLine(id)
}

// engagementName names an engagement by its kind and place, "the visit to
// Mexico City", or by its kind and host, "the call hosted by Mexico".
func (d *differ) engagementName(e *Engagement, old bool) string {
	w := d.words
	if place := plainLine(w.text(e.Place)); place != "" {
		if _, ok := w.table[engagementWord(e.Kind, true)]; ok {
			return w.f(engagementWord(e.Kind, true), place)
		}
	}
	if _, ok := w.table[engagementWord(e.Kind, false)]; !ok {
		return w.f(wEngagement, plainLine(string(e.ID)))
	}
	host := plainLine(string(e.Host))
	a := d.to
	if old {
		a = d.from
	}
	if p, ok := a.Party(e.Host); ok && !p.Name.IsZero() {
		host = plainLine(w.text(p.Name))
	}
	return w.f(engagementWord(e.Kind, false), host)
}

// itemNames lists the names of the items of list v, at most a few; old
// tells that v is of the older version.
func (d *differ) itemNames(v reflect.Value, old bool) string {
	const most = 5
	var names []string
	for i := range min(v.Len(), most) {
		names = append(names, d.itemName(v.Index(i), old))
	}
	switch {
	case len(names) == 0:
		return d.words.get(wNothing)
	case v.Len() > most:
		return d.words.f(wAndMore, strings.Join(names, ", "), strconv.Itoa(v.Len()-most))
	case len(names) == 1:
		return names[0]
	}
	return d.words.f(wAnd, strings.Join(names[:len(names)-1], ", "), names[len(names)-1])
}

// mostQuoted is the most runes of a value that a message quotes.
const mostQuoted = 60

// show writes a JSON value of the change here for a message: a text in the
// differ's language and in quotes, a string as it is, anything else as
// JSON; each on one line and cut short.
func (d *differ) show(raw json.RawMessage) string {
	if raw == nil || bytes.Equal(raw, []byte("null")) {
		return d.words.get(wNothing)
	}
	here := d.at(d.depth - 1)
	if here.plan.kind == planText && !here.lang {
		var t bilateral.Text
		if json.Unmarshal(raw, &t) == nil {
			return d.words.f(wQuoted, shorten(plainLine(d.words.text(t)), mostQuoted))
		}
	}
	var str string
	if json.Unmarshal(raw, &str) == nil {
		if here.plan.kind == planText {
			return d.words.f(wQuoted, shorten(plainLine(str), mostQuoted))
		}
		return shorten(plainLine(str), mostQuoted)
	}
	return shorten(plainLine(string(raw)), mostQuoted)
}

// jsonString returns the string that raw holds, or "" when it holds none.
func jsonString(raw json.RawMessage) string {
	var s string
	if raw != nil && json.Unmarshal(raw, &s) == nil {
		return s
	}
	return ""
}

// shorten cuts s to at most n runes, marking the cut with an ellipsis.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := range s {
		if i == n-1 {
			return s[:k] + "…"
		}
		i++
	}
	return s
}
