// Package strictjson decodes JSON documents into Go values strictly, and
// reports every problem it finds instead of stopping at the first.
//
// It exists because encoding/json abandons the whole decode at the first
// error that an UnmarshalText or UnmarshalJSON method returns, accepts
// duplicate member names (keeping the last), and accepts null anywhere. A
// document with a malformed quarter, a bad code and an unknown member must
// get three problems, each at its JSON Pointer, so this decoder records a
// problem, skips the offending value, and goes on.
//
// The rules, beyond JSON itself:
//   - a member name that is not a field of the struct is a problem, and so
//     is a member name that appears twice in one object (at any depth);
//   - null is never a value: leave the member out instead;
//   - an empty string is never a value: leave the member out instead;
//   - strings must be valid UTF-8;
//   - a value of the wrong JSON type is a problem at its pointer;
//   - an error from UnmarshalText or UnmarshalJSON is a problem at the
//     pointer of that value, described by Options.ValueProblem.
//
// Only a syntax error stops the decoder, since after one the rest of the
// text has no reliable structure.
package strictjson

import (
	"bytes"
	"math"
	"reflect"
	"strconv"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/jsontext"
)

// Problem codes that the decoder reports.
const (
	CodeSyntax          = "json.syntax"
	CodeType            = "json.type"
	CodeUnknownMember   = "json.unknown-member"
	CodeDuplicateMember = "json.duplicate-member"
	CodeEmptyString     = "json.empty-string"
	CodeNumber          = "json.number"
)

// maxDepth bounds the nesting of arrays and objects, as encoding/json does.
const maxDepth = 10000

// Options adapt the decoder to the types it fills.
type Options struct {
	// ValueProblem describes the error that an UnmarshalText or
	// UnmarshalJSON method of type t returned for input, as a problem code
	// and message. When it is nil, the code is CodeType and the message is
	// the error's text.
	ValueProblem func(t reflect.Type, input string, err error) (code, message string)
}

// A Result is what Decode found.
type Result struct {
	// Problems are every problem found, sorted. After a syntax error it
	// holds that one problem only, since what came before the error may
	// have been misread.
	Problems bilateral.Problems
	// Unset are the JSON Pointers of the values that could not be decoded
	// and were left at their zero value. A problem may lie below such a
	// value, as a duplicate member inside it does.
	Unset []string
	// ZeroObjects are the JSON Pointers of the members that held an object
	// which decoded to the zero value of its struct type, such as
	// "term": {}. A Go value alone cannot tell them from missing members.
	ZeroObjects []string
}

// Decode decodes data, which must hold one JSON value, into the value that
// v points to, and returns every problem found. Values that fail to decode
// are left at their zero value.
func Decode(data []byte, v any, opts Options) Result {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return Result{Problems: bilateral.Problems{{Code: CodeType, Message: "strictjson: Decode needs a non-nil pointer"}}}
	}
	d := &decoder{data: data, opts: opts}
	d.skipSpace()
	if d.i == len(d.data) {
		d.syntaxError("the document is empty")
	} else {
		d.value(rv.Elem(), infoOf(rv.Elem().Type()), false)
		if !d.fatal {
			d.skipSpace()
			if d.i < len(d.data) {
				d.syntaxError("unexpected text after the end of the document")
			}
		}
	}
	if d.fatal {
		return Result{Problems: d.problems[len(d.problems)-1:], Unset: []string{""}}
	}
	d.problems.Sort()
	return Result{Problems: d.problems, Unset: d.unset, ZeroObjects: d.zeroObjects}
}

type decoder struct {
	data     []byte
	i        int
	opts     Options
	path     []pathToken
	problems bilateral.Problems
	unset    []string
	// zeroObjects are the members that held an object which decoded to a
	// zero struct.
	zeroObjects []string
	// stack and names are skipValue's scratch space.
	stack []skipFrame
	names []memberName
	// fatal is set by a syntax error; every loop stops when it is set.
	fatal bool
	// depth is the number of objects and arrays that value is inside.
	depth int
}

// pathToken is one step of the JSON Pointer to the value being decoded: a
// member name (name, or raw while skipping) or an array index.
type pathToken struct {
	name    string
	raw     []byte
	escaped bool
	index   int
	isKey   bool
}

func (d *decoder) pointer() string {
	var b []byte
	for _, t := range d.path {
		switch {
		case !t.isKey:
			b = bilateral.AppendPointerIndex(b, t.index)
		case t.raw != nil:
			b = bilateral.AppendPointerToken(b, memberName{raw: t.raw, escaped: t.escaped}.text())
		default:
			b = bilateral.AppendPointerToken(b, t.name)
		}
	}
	return string(b)
}

func (d *decoder) push(name string) { d.path = append(d.path, pathToken{name: name, isKey: true}) }
func (d *decoder) pushIndex(i int)  { d.path = append(d.path, pathToken{index: i}) }
func (d *decoder) pop()             { d.path = d.path[:len(d.path)-1] }
func (d *decoder) skipSpace()       { d.i = jsontext.SkipSpace(d.data, d.i) }
func (d *decoder) report(code, msg string) {
	d.problems = append(d.problems, bilateral.Problem{Path: d.pointer(), Code: code, Message: msg})
}

// fail reports a problem with the value being decoded, which stays unset.
func (d *decoder) fail(code, msg string) {
	d.report(code, msg)
	d.markUnset()
}

// markUnset records that the value being decoded stays unset.
func (d *decoder) markUnset() {
	p := d.pointer()
	if n := len(d.unset); n == 0 || d.unset[n-1] != p {
		d.unset = append(d.unset, p)
	}
}

// syntaxError reports malformed JSON at d.i, with its line and column, and
// stops the decoder.
func (d *decoder) syntaxError(msg string) {
	if d.fatal {
		return
	}
	d.fatal = true
	line, col := position(d.data, d.i)
	d.report(CodeSyntax, "malformed JSON at line "+strconv.Itoa(line)+", column "+strconv.Itoa(col)+": "+msg)
}

// position returns the 1-based line and column (in characters) of offset i.
func position(data []byte, i int) (line, col int) {
	i = min(i, len(data))
	before := data[:i]
	line = bytes.Count(before, []byte{'\n'}) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[start:]) + 1
}

// describe names the JSON value that starts at d.i, for type problems.
func (d *decoder) describe() string {
	switch d.data[d.i] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "true or false"
	case 'n':
		return "null"
	}
	return "a number"
}

// wrongType reports the value at d.i as not what ti wants, and skips it. A
// value that is not even well formed is a syntax error instead.
func (d *decoder) wrongType(ti *typeInfo) {
	msg := "want " + ti.want + ", not " + d.describe()
	if d.data[d.i] == 'n' {
		msg = "null is not a value here; leave the member out, or give " + ti.want
	}
	d.skipValue()
	if !d.fatal {
		d.fail(CodeType, msg)
	}
}

// value decodes the value at d.i into v.
func (d *decoder) value(v reflect.Value, ti *typeInfo, nilIfEmpty bool) {
	d.skipSpace()
	if d.i >= len(d.data) {
		d.syntaxError("unexpected end of the document")
		return
	}
	ti.resolve()
	c := d.data[d.i]
	if c == 'n' && ti.kind != kindUnsupported {
		d.wrongType(ti)
		return
	}
	switch ti.kind {
	case kindJSONUnmarshaler:
		d.unmarshaler(v, ti)
	case kindTextUnmarshaler:
		if s, ok := d.stringFor(ti); ok {
			if err := v.Addr().Interface().(textUnmarshaler).UnmarshalText([]byte(s)); err != nil {
				d.valueProblem(ti, s, err)
			}
		}
	case kindStruct:
		if c != '{' {
			d.wrongType(ti)
			return
		}
		if d.enter() {
			d.object(v, ti)
			d.depth--
		}
	case kindSlice:
		if c != '[' {
			d.wrongType(ti)
			return
		}
		if d.enter() {
			d.array(v, ti, nilIfEmpty)
			d.depth--
		}
	case kindPointer:
		p := reflect.New(ti.elem.t)
		before := len(d.unset)
		d.value(p.Elem(), ti.elem, nilIfEmpty)
		if len(d.unset) == before || d.unset[len(d.unset)-1] != d.pointer() {
			v.Set(p) // unless the value itself failed: then the pointer stays nil
		}
	case kindString:
		if s, ok := d.stringFor(ti); ok {
			v.SetString(s)
		}
	case kindBool:
		switch {
		case d.literal("true"):
			v.SetBool(true)
		case d.literal("false"):
			v.SetBool(false)
		default:
			d.wrongType(ti)
		}
	case kindInt, kindUint, kindFloat:
		d.number(v, ti)
	default:
		d.fail(CodeType, "strictjson: cannot decode into Go type "+ti.t.String())
		d.skipValue()
	}
}

// enter counts one more level of nesting, or reports a syntax error and
// returns false when there are too many.
func (d *decoder) enter() bool {
	if d.depth >= maxDepth {
		d.syntaxError("nested more than " + strconv.Itoa(maxDepth) + " deep")
		return false
	}
	d.depth++
	return true
}

type textUnmarshaler interface{ UnmarshalText([]byte) error }

type jsonUnmarshaler interface{ UnmarshalJSON([]byte) error }

// stringFor reads a non-empty string for ti, or reports why there is none.
func (d *decoder) stringFor(ti *typeInfo) (string, bool) {
	if d.data[d.i] != '"' {
		d.wrongType(ti)
		return "", false
	}
	s, ok := d.readString()
	if ok && s == "" {
		d.fail(CodeEmptyString, "an empty string is not a value; leave the member out, or give one")
		return "", false
	}
	return s, ok
}

// readString reads the string at d.i.
func (d *decoder) readString() (string, bool) {
	s, end, err := jsontext.String(d.data, d.i)
	if err != nil {
		d.i = end
		d.syntaxError(err.Error())
		return "", false
	}
	d.i = end
	return s, true
}

func (d *decoder) valueProblem(ti *typeInfo, input string, err error) {
	code, msg := CodeType, err.Error()
	if d.opts.ValueProblem != nil {
		code, msg = d.opts.ValueProblem(ti.t, input, err)
	}
	d.fail(code, msg)
}

// unmarshaler hands the raw text of the value at d.i to UnmarshalJSON,
// after checking it as the decoder checks everything else.
func (d *decoder) unmarshaler(v reflect.Value, ti *typeInfo) {
	start := d.i
	before := len(d.problems)
	if d.data[d.i] == '"' {
		if _, ok := d.stringFor(ti); !ok {
			return
		}
	} else {
		d.skipValue()
	}
	if d.fatal {
		return
	}
	if len(d.problems) > before {
		d.markUnset()
		return
	}
	raw := d.data[start:d.i]
	if err := v.Addr().Interface().(jsonUnmarshaler).UnmarshalJSON(raw); err != nil {
		d.valueProblem(ti, string(raw), err)
	}
}

func (d *decoder) literal(lit string) bool {
	if bytes.HasPrefix(d.data[d.i:], []byte(lit)) {
		d.i += len(lit)
		return true
	}
	return false
}

// object decodes the object at d.i into the struct v.
func (d *decoder) object(v reflect.Value, ti *typeInfo) {
	// seen marks the fields given so far, one bit each.
	var small [1]uint64
	seen := small[:]
	if n := len(ti.fields); n > 64 {
		seen = make([]uint64, (n+63)/64)
	}
	d.members(func(name memberName) {
		key := name.raw[1 : len(name.raw)-1]
		if name.escaped {
			key = []byte(jsontext.Unescape(name.raw))
		}
		for k := range ti.fields {
			f := &ti.fields[k]
			if string(key) != f.name {
				continue
			}
			d.push(f.name)
			word, bit := k/64, uint64(1)<<(k%64)
			if seen[word]&bit != 0 {
				d.report(CodeDuplicateMember, "member "+strconv.Quote(f.name)+" appears twice; give it once")
				d.skipValue()
			} else {
				seen[word] |= bit
				d.value(v.Field(f.index), f.info, f.nilIfEmpty)
			}
			d.pop()
			return
		}
		d.push(string(key))
		d.report(CodeUnknownMember, "unknown member "+strconv.Quote(string(key))+"; "+knownNames(ti))
		d.skipValue()
		d.pop()
	})
	if n := len(d.path); n > 0 && d.path[n-1].isKey && v.IsZero() {
		d.zeroObjects = append(d.zeroObjects, d.pointer())
	}
}

func knownNames(ti *typeInfo) string {
	s := "the members here are "
	for k, f := range ti.fields {
		if k > 0 {
			s += ", "
		}
		s += f.name
	}
	return s
}

// members reads the object at d.i, calling member for each member with d.i
// at its value; member must consume the value.
func (d *decoder) members(member func(name memberName)) {
	d.i++ // '{'
	d.skipSpace()
	if d.i < len(d.data) && d.data[d.i] == '}' {
		d.i++
		return
	}
	for !d.fatal {
		name, ok := d.readMemberName()
		if !ok {
			return
		}
		member(name)
		if d.fatal || !d.afterElement(true) {
			return
		}
	}
}

// afterElement reads what follows a member of an object, or an element of
// an array: a ',' before the next one, or the bracket that closes the
// object or array. It reports whether another one follows; after a syntax
// error, which it reports, it returns false with d.fatal set.
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

// readMemberName reads a member name and the ':' after it, leaving d.i at
// the member's value.
func (d *decoder) readMemberName() (memberName, bool) {
	d.skipSpace()
	if d.i >= len(d.data) || d.data[d.i] != '"' {
		d.syntaxError("want a member name in double quotes")
		return memberName{}, false
	}
	end, escaped, err := jsontext.ScanString(d.data, d.i)
	if err != nil {
		d.i = end
		d.syntaxError(err.Error())
		return memberName{}, false
	}
	name := memberName{raw: d.data[d.i:end], escaped: escaped}
	d.i = jsontext.SkipSpace(d.data, end)
	if d.i >= len(d.data) || d.data[d.i] != ':' {
		d.syntaxError("want ':' after a member name")
		return memberName{}, false
	}
	d.i++
	return name, true
}

// array decodes the array at d.i into the slice v.
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
	v.Set(reflect.MakeSlice(ti.t, 0, 4))
	for n := 0; !d.fatal; n++ {
		if n == v.Cap() {
			v.Grow(1)
		}
		v.SetLen(n + 1)
		d.pushIndex(n)
		d.value(v.Index(n), ti.elem, false)
		d.pop()
		if d.fatal || !d.afterElement(false) {
			return
		}
	}
}

// number decodes the number at d.i into v.
func (d *decoder) number(v reflect.Value, ti *typeInfo) {
	c := d.data[d.i]
	if c != '-' && !('0' <= c && c <= '9') {
		d.wrongType(ti)
		return
	}
	start := d.i
	if !d.scanNumber() {
		return
	}
	lit := string(d.data[start:d.i])
	switch ti.kind {
	case kindInt:
		n, err := strconv.ParseInt(lit, 10, ti.t.Bits())
		if err != nil {
			d.fail(CodeNumber, lit+" is not a whole number that fits here")
			return
		}
		v.SetInt(n)
	case kindUint:
		n, err := strconv.ParseUint(lit, 10, ti.t.Bits())
		if err != nil {
			d.fail(CodeNumber, lit+" is not a whole number of at least 0 that fits here")
			return
		}
		v.SetUint(n)
	default:
		f, err := strconv.ParseFloat(lit, ti.t.Bits())
		if err != nil || math.IsInf(f, 0) {
			d.fail(CodeNumber, lit+" is too large a number")
			return
		}
		v.SetFloat(f)
	}
}

// scanNumber moves d.i past the number at d.i, following the JSON grammar.
func (d *decoder) scanNumber() bool {
	i := d.i
	if i < len(d.data) && d.data[i] == '-' {
		i++
	}
	switch {
	case i < len(d.data) && d.data[i] == '0':
		i++
	case i < len(d.data) && '1' <= d.data[i] && d.data[i] <= '9':
		i = digitsEnd(d.data, i)
	default:
		d.i = i
		if i < len(d.data) {
			r, _ := utf8.DecodeRune(d.data[i:])
			d.syntaxError("want a value, not " + strconv.QuoteRune(r))
		} else {
			d.syntaxError("unexpected end of the document")
		}
		return false
	}
	if i < len(d.data) && d.data[i] == '.' {
		j := digitsEnd(d.data, i+1)
		if j == i+1 {
			d.i = j
			d.syntaxError("want digits after the decimal point")
			return false
		}
		i = j
	}
	if i < len(d.data) && (d.data[i] == 'e' || d.data[i] == 'E') {
		i++
		if i < len(d.data) && (d.data[i] == '+' || d.data[i] == '-') {
			i++
		}
		j := digitsEnd(d.data, i)
		if j == i {
			d.i = j
			d.syntaxError("want digits in the exponent")
			return false
		}
		i = j
	}
	d.i = i
	return true
}

func digitsEnd(data []byte, i int) int {
	for i < len(data) && '0' <= data[i] && data[i] <= '9' {
		i++
	}
	return i
}
