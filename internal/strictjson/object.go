package strictjson

import (
	"errors"
	"reflect"
	"strconv"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/bounded"
	"github.com/bilateral-go/bilateral/internal/jsontext"
)

// unknownMember is a member of an object being decoded that its struct does
// not define, and the problem that reports it.
type unknownMember struct {
	name    memberName
	problem int // index in d.problems
}

// object decodes the object at d.i into the struct v.
func (d *decoder) object(v reflect.Value, ti *typeInfo) {
	found := len(d.problems) + d.pending
	// seen marks the fields given so far, one bit each.
	var small [1]uint64
	seen := small[:]
	if n := len(ti.fields); n > 64 {
		seen = make([]uint64, (n+63)/64)
	}
	// The unknown members' names, to tell one given twice, and the first
	// of each.
	unknownNames := skipFrame{object: true, namesStart: len(d.names)}
	names, arena := len(d.names), len(d.arena)
	var unknowns []unknownMember
	d.members(ti, func(name memberName, k int) {
		if k < 0 {
			k = ti.fieldOf(name)
		}
		if k >= 0 {
			f := &ti.fields[k]
			d.push(f.name)
			if d.colon() {
				word, bit := k/64, uint64(1)<<(k%64)
				if seen[word]&bit != 0 {
					d.report(CodeDuplicateMember, "member "+strconv.Quote(f.name)+" appears twice; give it once")
					d.skipValue()
				} else {
					seen[word] |= bit
					d.value(v.Field(f.index), f.info, f.nilIfEmpty)
				}
			}
			d.pop()
			return
		}
		d.pushMember(name)
		if d.colon() {
			if d.addName(&unknownNames, d.refOf(name)) {
				d.report(CodeDuplicateMember, "member "+name.quote()+" appears twice; give it once")
			} else {
				unknowns = append(unknowns, unknownMember{name: name, problem: len(d.problems)})
				d.report(CodeUnknownMember, "unknown member "+name.quote()+"; "+ti.knownNames)
			}
			d.skipValue()
		}
		d.pop()
	})
	d.names, d.arena = d.names[:names], d.arena[:arena]
	if d.stopped {
		return
	}
	d.suggest(ti, seen, unknowns)
	lacking := false
	for k := range ti.fields {
		f := &ti.fields[k]
		if !f.required || seen[k/64]&(uint64(1)<<(k%64)) != 0 {
			continue
		}
		// Validation will report the missing member: one problem counted
		// for the object.
		if !lacking {
			lacking = true
			d.pending++
		}
		if f.info.zeroIsValue() {
			d.push(f.name)
			d.missing = append(d.missing, d.pointer())
			d.pop()
		}
	}
	if len(d.problems)+d.pending == found && d.opts.Invalid != nil && d.opts.Invalid(v) {
		d.pending++
	}
	d.checkLimitOpen(len(d.path) - 1)
	if n := len(d.path); n > 0 && d.path[n-1].isKey && v.IsZero() {
		d.zeroObjects = append(d.zeroObjects, d.pointer())
	}
}

// suggest looks, for each unknown member, for a member of the struct that
// the object lacks and whose name is one edit away, or differs only in
// case: a misspelling, such as "titel" or "Title" for "title". The problem
// of the unknown member then names it, and the member it stands for is
// recorded in Result.Suggested, so that it is not reported missing as
// well: one mistake, one problem.
func (d *decoder) suggest(ti *typeInfo, seen []uint64, unknowns []unknownMember) {
	for _, u := range unknowns {
		if len(u.name.raw) > maxFieldName+2 {
			continue
		}
		name := u.name.text()
		for k := range ti.fields {
			f := &ti.fields[k]
			word, bit := k/64, uint64(1)<<(k%64)
			if seen[word]&bit != 0 || !oneEditAway(name, f.name) {
				continue
			}
			seen[word] |= bit
			d.problems[u.problem].Message = "unknown member " + strconv.Quote(name) + "; did you mean " + strconv.Quote(f.name) + "?"
			d.push(f.name)
			d.suggested = append(d.suggested, d.pointer())
			d.pop()
			break
		}
	}
}

// maxFieldName bounds the length of the member names that suggest compares
// with the struct's: longer ones are no misspelling of them.
const maxFieldName = 64

// oneEditAway reports whether a and b, compared without regard to the case
// of ASCII letters, are the same or differ by one edit: a byte inserted,
// deleted or replaced, or two adjacent bytes swapped.
func oneEditAway(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		diff := -1
		for i := 0; i < len(a); i++ {
			if lower(a[i]) == lower(b[i]) {
				continue
			}
			switch {
			case diff < 0:
				diff = i
			case diff == i-1 && lower(a[diff]) == lower(b[i]) && lower(a[i]) == lower(b[diff]):
				diff = len(a) // a swap: nothing more may differ
			default:
				return false
			}
		}
		return true
	case 1:
		i := 0
		for i < len(a) && lower(a[i]) == lower(b[i]) {
			i++
		}
		for ; i < len(a); i++ {
			if lower(a[i]) != lower(b[i+1]) {
				return false
			}
		}
		return true
	}
	return false
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// members reads the object at d.i, calling member for each member with d.i
// at its name's end; member must read the ':' (with colon) and the value.
// When ti is a struct's, a member written as one of its fields' names, as
// nearly all are, is recognised as it is read, and member gets the index
// of the field; otherwise -1.
func (d *decoder) members(ti *typeInfo, member func(name memberName, field int)) {
	d.i++ // '{'
	d.skipSpace()
	if d.i < len(d.data) && d.data[d.i] == '}' {
		d.i++
		return
	}
	for !d.stopped {
		d.skipSpace()
		name, k := d.fieldName(ti)
		if k < 0 {
			var ok bool
			if name, ok = d.readMemberName(); !ok {
				return
			}
		}
		member(name, k)
		if d.stopped || !d.afterElement(true) {
			return
		}
	}
}

// fieldName reads the member name at d.i if it is the name of a field of
// ti as it is, quotes and all, and returns it and the field's index; or
// else -1, and reads nothing.
func (d *decoder) fieldName(ti *typeInfo) (memberName, int) {
	if ti == nil || d.i >= len(d.data) || d.data[d.i] != '"' {
		return memberName{}, -1
	}
	rest := d.data[d.i+1:]
	for k := range ti.fields {
		f := &ti.fields[k]
		if n := len(f.name); f.plainName && len(rest) > n && rest[n] == '"' && string(rest[:n]) == f.name {
			name := memberName{raw: d.data[d.i : d.i+n+2], at: d.i}
			d.i += n + 2
			return name, k
		}
	}
	return memberName{}, -1
}

// afterElement reads what follows a member of an object, or an element of
// an array: a ',' before the next one, or the bracket that closes the
// object or array. It reports whether another one follows; after a syntax
// error, which it reports, it returns false with d.stopped set.
func (d *decoder) afterElement(object bool) (more bool) {
	closing, in, after := byte(']'), "an array", "want ',' or ']' after an array element"
	if object {
		closing, in, after = '}', "an object", "want ',' or '}' after an object member"
	}
	d.skipSpace()
	switch {
	case d.i >= len(d.data):
		d.syntaxError("unexpected end of the document in " + in)
	case d.data[d.i] == ',':
		d.i++
		return true
	case d.data[d.i] == closing:
		d.i++
	default:
		d.syntaxError(after)
	}
	return false
}

// readMemberName reads a member name, leaving d.i just past it.
func (d *decoder) readMemberName() (memberName, bool) {
	d.skipSpace()
	if d.i >= len(d.data) || d.data[d.i] != '"' {
		if d.i >= len(d.data) {
			d.syntaxError("unexpected end of the document in an object")
		} else {
			d.syntaxError("want a member name in double quotes")
		}
		return memberName{}, false
	}
	end, escaped, err := jsontext.ScanString(d.data, d.i)
	if err != nil {
		d.i = end
		d.syntaxError(err.Error())
		return memberName{}, false
	}
	name := memberName{raw: d.data[d.i:end], at: d.i, escaped: escaped}
	d.i = end
	return name, true
}

// colon reads the ':' after a member name, whose member is on the path.
func (d *decoder) colon() bool {
	d.skipSpace()
	if d.i >= len(d.data) || d.data[d.i] != ':' {
		d.syntaxError("want ':' after a member name")
		return false
	}
	d.i++
	return true
}

// pushMember puts a member name as written onto the path, without copying
// it: it may be long.
func (d *decoder) pushMember(name memberName) {
	d.path = append(d.path, pathToken{raw: name.raw, escaped: name.escaped, isKey: true})
}

// elementStarts checks, inside an array, that a value starts at d.i, so
// that an item is on the path only once its value begins.
func (d *decoder) elementStarts() bool {
	d.skipSpace()
	switch {
	case d.i >= len(d.data):
		d.syntaxError("unexpected end of the document in an array")
	case !startsValue(d.data[d.i]):
		d.syntaxError("want a value, not " + describeByte(d.data[d.i:]))
	default:
		return true
	}
	return false
}

func describeByte(b []byte) string {
	if b[0] == ']' {
		return "']' after a ','"
	}
	r, _ := utf8.DecodeRune(b)
	return strconv.QuoteRune(r)
}

// array decodes the array at d.i into the slice v. Its first few elements
// go into a slice that grows as they come, as most arrays are that small;
// an array that has more is read ahead from there to make room for the
// rest at once (see capacityFor). So an array is read twice at most once,
// not once for every array it is in.
func (d *decoder) array(v reflect.Value, ti *typeInfo, nilIfEmpty bool) {
	d.i++ // '['
	d.skipSpace()
	if d.i < len(d.data) && d.data[d.i] == ']' {
		d.i++
		if !nilIfEmpty {
			v.Set(reflect.MakeSlice(ti.t, 0, 0))
		}
		return
	}
	v.Set(reflect.MakeSlice(ti.t, 0, 1))
	minSize := ti.elem.minSize()
	for n := 0; !d.stopped; n++ {
		if !d.elementStarts() {
			return
		}
		if n == v.Cap() {
			if n == firstElements {
				grown := reflect.MakeSlice(ti.t, n, n+max(d.capacityFor(ti.elem), 1))
				reflect.Copy(grown, v)
				v.Set(grown)
			} else {
				v.Grow(1)
			}
		}
		v.SetLen(n + 1)
		d.pushIndex(n)
		from, found := d.i, len(d.problems)+d.pending
		d.value(v.Index(n), ti.elem, false)
		if d.i-from < minSize && len(d.problems)+d.pending == found {
			// Shorter than any valid value, so validation will find a
			// problem with it; capacityFor did not count it.
			d.pending++
			d.checkLimitOpen(len(d.path) - 1)
		}
		d.pop()
		if d.stopped || !d.afterElement(false) {
			return
		}
	}
}

// firstElements is the number of elements of an array that the decoder
// reads, growing the slice as they come, before it reads the rest ahead.
// A power of two, so that the slice is full when it is reached.
const firstElements = 8

// capacityFor returns the room to make for the rest of the array whose
// element starts at d.i, of type elem: the number of its elements that
// could be valid, read ahead. An element that could not be (of the wrong
// JSON type, or shorter than any valid value of its type) is a problem,
// counted against Options.MaxProblems. So a long valid array is allocated
// once more, at its length, and no array costs more than valid elements of
// its size would.
func (d *decoder) capacityFor(elem *typeInfo) int {
	if d.depth > maxCountedDepth {
		return firstElements
	}
	minSize := elem.minSize()
	if d.opts.MinCounted != nil {
		minSize = max(minSize, d.opts.MinCounted(elem.t))
	}
	n := countElements(d.data, d.i, elem, minSize)
	if n < 0 {
		return firstElements // it does not end: a syntax error is coming
	}
	return n
}

// maxCountedDepth is the deepest nesting at which capacityFor reads an
// array ahead. Each level reads the bytes of the levels below it again, so
// the bound keeps the cost in proportion to the input for recursive types;
// the documents of the module nest only a few arrays deep.
const maxCountedDepth = 8

// countElements returns the number of the elements, from the one that
// starts at data[i] to the end of their array, that could be valid values
// of elem: elements that begin as elem's values begin and are at least
// minSize bytes long. It reads ahead without checking the syntax, counting
// the commas outside strings at the array's level, and returns -1 when the
// array does not end.
func countElements(data []byte, i int, elem *typeInfo, minSize int) int {
	n, depth, from := 0, 1, i
	// done counts the element from from to i.
	done := func(i int) {
		if first := jsontext.SkipSpace(data[:i], from); i-first >= minSize && elem.canStart(data[first]) {
			n++
		}
	}
	for ; i < len(data); i++ {
		switch data[i] {
		case '"':
			i = jsontext.StringEnd(data, i) - 1
		case '[', '{':
			depth++
		case ']', '}':
			depth--
			if depth == 0 {
				done(i)
				return n
			}
		case ',':
			if depth == 1 {
				done(i)
				from = i + 1
			}
		}
	}
	return -1
}

var textType = reflect.TypeFor[bilateral.Text]()

// text decodes a bilateral.Text: a plain string, or an object of language
// tag to string. Each member of the object is checked here, so that a
// translation of the wrong type, or a language given twice, is a problem at
// the translation, where a schema validator reports it too; then
// UnmarshalJSON builds the value.
func (d *decoder) text(v reflect.Value, ti *typeInfo) {
	t := v.Addr().Interface().(*bilateral.Text)
	switch d.data[d.i] {
	case '"':
		if s, ok := d.stringFor(ti); ok {
			*t = bilateral.PlainText(s)
		}
		return
	case '{':
	default:
		d.wrongType(ti)
		return
	}
	if !d.enter(true) {
		return
	}
	start, before := d.i, len(d.problems)
	d.members(nil, func(name memberName, _ int) {
		d.pushMember(name)
		if d.colon() {
			d.translation()
		}
		d.pop()
	})
	d.depth--
	switch {
	case d.stopped:
	case len(d.problems) > before:
		d.markUnset()
	default:
		raw := d.data[start:d.i]
		err := t.UnmarshalJSON(raw)
		var dup *jsontext.DuplicateError
		switch {
		case errors.As(err, &dup):
			// UnmarshalJSON finds a language given twice as it sorts
			// them, which costs nothing more.
			d.push(dup.Name)
			d.report(CodeDuplicateMember, "the language "+bounded.Quote(dup.Name)+" appears twice; give each language once")
			d.pop()
			d.markUnset()
		case err != nil:
			d.valueProblem(ti, string(raw), err)
		}
	}
}

// translation checks the value of one member of a Text object, at d.i: a
// string.
func (d *decoder) translation() {
	d.skipSpace()
	switch {
	case d.i >= len(d.data):
		d.syntaxError("unexpected end of the document")
	case d.data[d.i] != '"':
		msg := "want the text in this language, a string, not " + d.describe()
		d.skipValue()
		if !d.stopped {
			d.report(CodeType, msg)
		}
	default:
		end, _, err := jsontext.ScanString(d.data, d.i)
		d.i = end
		if err != nil {
			d.syntaxError(err.Error())
		}
	}
}
