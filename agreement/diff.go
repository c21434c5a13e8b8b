package agreement

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"strconv"

	"github.com/bilateral-go/bilateral"
)

// A Change is one difference between two versions of an agreement: a
// milestone rescheduled, a status moved on, an engagement added, a text
// reworded. [Diff] reports them and [Changes.Patch] turns them into a JSON
// Patch.
//
// Path, From and To speak of the JSON forms of the two versions, as
// json.Marshal writes them. A value that changed has both From and To; a
// value that is new, a list item or an object member, has only To; one that
// is gone has only From, and its Path is its place in the older version. A
// list item that moved within its list ([ChangeItemMoved]) has its Path in
// the newer version, and its index in the older and in the newer list as
// From and To.
type Change struct {
	// Code says what kind of change this is: one of the codes of
	// [ChangeCodes], such as milestone.rescheduled. Programs may switch on
	// it.
	Code string `json:"code"`
	// Path is the RFC 6901 JSON Pointer of the value that changed in the
	// newer version, or in the older one when the value was removed.
	Path string `json:"path"`
	// From is the old JSON value, nil when the value is new.
	From json.RawMessage `json:"from,omitempty"`
	// To is the new JSON value, nil when the value was removed.
	To json.RawMessage `json:"to,omitempty"`
	// Message says what changed, for people, such as "Security Cooperation
	// moved from 2025-Q2 to 2025-Q3 (one quarter later)": in English from
	// [Diff], in the language of [DiffIn] from it. Items are named by their
	// display titles in that language, with [bilateral.Text.In]'s fallback,
	// and it is one line: the texts of the documents in it are shown as
	// [Progress.Table] shows them, without control characters, line
	// breaks or bidirectional overrides. Programs should not parse it: it
	// may be reworded.
	Message string `json:"message"`
}

// Changes are the differences between two versions of an agreement, in
// document order. [Changes.String] is a changelog for people and
// [Changes.Patch] a JSON Patch for programs.
type Changes []Change

// Diff returns what changed from one version of an agreement to another,
// in the order of the newer document; nil when nothing changed. Its
// messages are in English: it is DiffIn(from, to, "en").
//
// Diff compares the JSON forms of the two versions member by member, so
// that every difference json.Marshal would show is reported, and none is
// reported that it would not; a member added to the model is compared too.
// Lists are matched by identity, not position: focus areas by key, parties
// by code, commitments, milestones and engagements by id, priorities by
// party, representatives by name, and the languages, leads and
// dependencies by value; the translations of a [bilateral.Text] by
// language. So one milestone inserted is one change, and a reordering is a
// few moves ([ChangeItemMoved]) of the items outside a longest run that
// keeps its order, never a change of every item after it. The other lists,
// the history, actions, benefits, expected results and statements, have no
// identity but their place and are matched by position. When an id appears
// more than once in a list, the items with that id are matched in their
// order, and those left over are added or removed.
//
// Diff works on any two agreements, valid or not, and on nil ones: a nil
// agreement is the JSON null. It takes time in proportion to the size of
// the two documents (with a logarithmic factor for lists whose order
// changed), and allocates nothing but its result when nothing changed.
func Diff(from, to *Agreement) Changes { return DiffIn(from, to, "en") }

// DiffIn is [Diff] with the messages of the changes in the language tag
// lang: English, Spanish or French ([ReportLanguages]), chosen by the
// primary subtag as the reports choose it ("es-MX" is Spanish), and English
// for any other language. The items that messages name and the texts they
// quote are the documents' texts in lang, with [bilateral.Text.In]'s
// fallback. Statuses (of the agreement, a milestone, an engagement) are
// said in lang's words; the values of the other enums, such as a kind, a
// mechanism, a cadence, a party's or an engagement's kind, a direction or
// a unit, are their codes in the JSON contract, such as "review-session",
// the same in every language (in French, "de" elides before one that
// starts with a vowel or an h as before a word: "passe d'exchange à
// meeting"). Only the messages depend on lang: the codes, paths and
// values are those of Diff. [Changes.StringIn] with the same lang writes
// the changelog in that language.
func DiffIn(from, to *Agreement, lang string) Changes {
	if from == to {
		return nil
	}
	ws := wordsIn(lang)
	if from == nil || to == nil {
		return wholeDocumentChange(from, to, ws)
	}
	d := differ{words: ws, from: from, to: to}
	d.value(documentPlan(), reflect.ValueOf(from).Elem(), reflect.ValueOf(to).Elem())
	return d.changes
}

// wholeDocumentChange is the change from or to a nil agreement, the JSON
// null.
func wholeDocumentChange(from, to *Agreement, ws words) Changes {
	c := Change{Code: ChangeMemberChanged, From: marshalValue(reflect.ValueOf(from)), To: marshalValue(reflect.ValueOf(to))}
	if from == nil {
		c.Message = ws.get(wAgreementNew)
	} else {
		c.Message = ws.get(wAgreementGone)
	}
	return Changes{c}
}

// A changeKind is what happened to a value.
type changeKind uint8

const (
	changed changeKind = iota
	added
	removed
	moved
)

// A frame is one step of the way from the document's root down to the
// value that Diff compares.
type frame struct {
	plan *plan // the plan of the value here
	// name is the member name of a step into an object (a struct member or
	// the language of a text); a step into a list has item set instead.
	name     string
	item     bool
	lang     bool          // a step from a text to one of its languages
	from, to int           // a list item's index in the older and the newer list
	a, b     reflect.Value // the value here in each version, when there is one
}

// stackDepth is how deep the frames of a differ go without allocating:
// deeper than the document model.
const stackDepth = 16

// A differ collects the changes between two documents. It keeps the frames
// of the way down in an array of its own rather than on the call stack, so
// that comparing equal documents allocates nothing: a message, built only
// for a change, may keep what it reads from a frame.
type differ struct {
	changes  Changes
	words    words // the words of the messages, and the language of texts
	from, to *Agreement
	stack    [stackDepth]frame
	deeper   []frame // the frames below stackDepth
	depth    int
}

// push steps down to f.
func (d *differ) push(f frame) {
	if d.depth < stackDepth {
		d.stack[d.depth] = f
	} else {
		d.deeper = append(d.deeper[:d.depth-stackDepth], f)
	}
	d.depth++
}

// pop steps back up.
func (d *differ) pop() { d.depth-- }

// at returns frame i, from 0 for the first step below the root.
func (d *differ) at(i int) *frame {
	if i < stackDepth {
		return &d.stack[i]
	}
	return &d.deeper[i-stackDepth]
}

// pointer returns the JSON Pointer of the place of the frames: in the older
// version when old is set, and in the newer one otherwise.
func (d *differ) pointer(old bool) string {
	var b []byte
	for i := range d.depth {
		f := d.at(i)
		switch {
		case !f.item:
			b = bilateral.AppendPointerToken(b, f.name)
		case old:
			b = bilateral.AppendPointerIndex(b, f.from)
		default:
			b = bilateral.AppendPointerIndex(b, f.to)
		}
	}
	return string(b)
}

// value compares a and b, the values at the place of the frames in the
// older and the newer version, which are both present in the JSON form.
func (d *differ) value(p *plan, a, b reflect.Value) {
	switch p.kind {
	case planScalar:
		if !a.Equal(b) {
			d.replaced(a, b)
		}
	case planFloat:
		x, y := a.Float(), b.Float()
		if math.Float64bits(x) != math.Float64bits(y) && !(math.IsNaN(x) && math.IsNaN(y)) {
			d.replaced(a, b)
		}
	case planText:
		d.text(p, textAt(a), textAt(b))
	case planOpaque:
		d.replaced(a, b)
	case planStruct:
		for i := range p.fields {
			f := &p.fields[i]
			fa, fb := a.Field(f.index), b.Field(f.index)
			inA, inB := f.present(fa), f.present(fb)
			if !inA && !inB {
				continue
			}
			d.push(frame{plan: f.plan, name: f.name, a: fa, b: fb})
			switch {
			case !inB:
				d.record(removed, marshalValue(fa), nil)
			case !inA:
				d.record(added, nil, marshalValue(fb))
			default:
				d.value(f.plan, fa, fb)
			}
			d.pop()
		}
	case planPointer:
		switch {
		case a.Pointer() == b.Pointer(): // the same value, or both nil
		case a.IsNil() || b.IsNil(): // null on one side
			d.replaced(a, b)
		default:
			d.value(p.elem, a.Elem(), b.Elem())
		}
	case planList:
		switch {
		case a.Len() == b.Len() && a.Pointer() == b.Pointer() && a.IsNil() == b.IsNil():
			// The same items, as in copies of an agreement that share
			// their lists, or both nil.
		case a.IsNil() || b.IsNil(): // null on one side
			d.replaced(a, b)
		default:
			d.list(p, a, b)
		}
	}
}

// replaced records a change of the value here, unless a and b have the
// same JSON form after all.
func (d *differ) replaced(a, b reflect.Value) {
	ja, jb := marshalValue(a), marshalValue(b)
	if bytes.Equal(ja, jb) {
		return
	}
	d.record(changed, ja, jb)
}

// text compares two texts language by language when both are objects, and
// as wholes otherwise.
func (d *differ) text(p *plan, a, b *bilateral.Text) {
	if a.Equal(*b) {
		return
	}
	if a.IsPlain() || b.IsPlain() {
		d.replaced(reflect.ValueOf(a), reflect.ValueOf(b))
		return
	}
	// Both hold their translations in tag order: merge them.
	i, j := 0, 0
	for i < a.Len() || j < b.Len() {
		var la, ta, lb, tb string
		if i < a.Len() {
			la, ta = a.Translation(i)
		}
		if j < b.Len() {
			lb, tb = b.Translation(j)
		}
		switch {
		case j == b.Len() || i < a.Len() && la < lb:
			d.push(frame{plan: p, name: la, lang: true})
			d.record(removed, marshalString(ta), nil)
			d.pop()
			i++
		case i == a.Len() || lb < la:
			d.push(frame{plan: p, name: lb, lang: true})
			d.record(added, nil, marshalString(tb))
			d.pop()
			j++
		default:
			if ja, jb := marshalString(ta), marshalString(tb); !bytes.Equal(ja, jb) {
				d.push(frame{plan: p, name: la, lang: true})
				d.record(changed, ja, jb)
				d.pop()
			}
			i++
			j++
		}
	}
}

// textAt returns the text that v holds.
func textAt(v reflect.Value) *bilateral.Text {
	if v.CanAddr() {
		return v.Addr().Interface().(*bilateral.Text)
	}
	t := v.Interface().(bilateral.Text)
	return &t
}

// record adds the change of kind k of the value here.
func (d *differ) record(k changeKind, from, to json.RawMessage) {
	c := Change{Code: d.changeCode(k), Path: d.pointer(k == removed), From: from, To: to}
	c.Message = d.message(k, &c)
	d.changes = append(d.changes, c)
}

// marshalValue returns the JSON form of v as json.Marshal writes it within
// a document, or null when json.Marshal cannot encode it (such as NaN).
func marshalValue(v reflect.Value) json.RawMessage {
	var x any
	switch {
	case !v.IsValid():
		return json.RawMessage("null")
	case v.CanAddr():
		// Through a pointer, as within a document that json.Marshal reads
		// through the *Agreement, so that methods on pointers count.
		x = v.Addr().Interface()
	default:
		x = v.Interface()
	}
	data, err := json.Marshal(x)
	if err != nil {
		return json.RawMessage("null")
	}
	return data
}

// marshalString returns s as a JSON string.
func marshalString(s string) json.RawMessage {
	data, _ := json.Marshal(s) // a string always marshals
	return data
}

// indexJSON returns i as a JSON number.
func indexJSON(i int) json.RawMessage { return strconv.AppendInt(nil, int64(i), 10) }
