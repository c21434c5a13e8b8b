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
//   - strings must be valid UTF-8, and a \u escape of a surrogate must be
//     half of a pair;
//   - a number must keep its value in the Go type: one too large, or so
//     small that it would be read as 0, is a problem;
//   - a value of the wrong JSON type is a problem at its pointer;
//   - an error from UnmarshalText or UnmarshalJSON is a problem at the
//     pointer of that value, described by Options.ValueProblem.
//
// A syntax error stops the decoder, since after one the rest of the text has
// no reliable structure; so does nesting deeper than Options.MaxDepth.
// With Options.MaxProblems, the decoder also stops once it is sure that the
// document has more problems than that.
//
// The cost of decoding is in proportion to the input, whatever it holds: the
// messages quote at most a few dozen bytes of it, pointers are cut at a
// kilobyte, and an array is allocated once at its length, read ahead, but no
// larger than its elements could fill if each were valid.
package strictjson

import (
	"bytes"
	"hash/maphash"
	"reflect"
	"strconv"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/bounded"
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
	CodeTooLarge        = "json.too-large"
)

// maxTypedDepth bounds the nesting of the values that the decoder decodes
// into Go values, which it does by recursion, so that a recursive Go type
// cannot exhaust the goroutine stack. Values it skips have no such bound
// beyond Options.MaxDepth, as it skips them with a stack of its own.
const maxTypedDepth = 10000

// Options adapt the decoder to the types it fills, and bound its work.
type Options struct {
	// ValueProblem describes the error that an UnmarshalText or
	// UnmarshalJSON method of type t returned for input, as a problem code
	// and message. When it is nil, the code is CodeType and the message is
	// the error's text.
	ValueProblem func(t reflect.Type, input string, err error) (code, message string)
	// MaxDepth is the deepest nesting of arrays and objects allowed. Deeper
	// nesting is a CodeTooLarge problem that stops the decoder. When it is
	// 0, the limit is 10000, as in encoding/json; when it is negative,
	// there is none for values that are skipped, and 10000 for values
	// decoded into Go values.
	MaxDepth int
	// MaxProblems, when above 0, stops the decoder once it is sure that the
	// document has more problems than that: those it reported, and one for
	// each object that lacks a required member (a member whose field has
	// no omitempty or omitzero option), which the caller's validation will
	// report. Result.Truncated then says so.
	MaxProblems int
	// Invalid, when not nil, is asked about each struct value decoded
	// without a problem: it reports whether the value surely breaks a rule
	// that the caller's validation checks. Such a value counts against
	// MaxProblems, as an object that lacks a required member does, so that
	// many small values of that kind stop the decoder early too.
	Invalid func(v reflect.Value) bool
	// MinCounted, when not nil, gives for some struct types a length below
	// which an array's element is not counted when the array is allocated,
	// above the shortest valid value (see Decode): valid values that short
	// are few, while invalid ones that Invalid finds may be many. Those not
	// counted are appended as they come.
	MinCounted func(t reflect.Type) int
}

// A Result is what Decode found.
type Result struct {
	// Problems are every problem found, sorted. After a syntax error, or
	// nesting past the limit, it holds that one problem only, since what
	// came before it may have been misread. When Truncated, it holds the
	// first Options.MaxProblems found, or fewer.
	Problems bilateral.Problems
	// Unset are the JSON Pointers of the values that could not be decoded
	// and were left at their zero value. A problem may lie below such a
	// value, as a duplicate member inside it does. When Truncated, the
	// problem of an unset value may be among those past the limit.
	Unset []string
	// Suggested are the JSON Pointers of the members that an object lacks
	// and that an unknown member of it is one edit away from, such as
	// "title" for "titel": the problem of the unknown member names it, so
	// that the member need not be reported missing as well.
	Suggested []string
	// ZeroObjects are the JSON Pointers of the members that held an object
	// which decoded to the zero value of its struct type, such as
	// "term": {}. A Go value alone cannot tell them from missing members.
	ZeroObjects []string
	// Missing are the JSON Pointers of the required members of number or
	// bool type that an object lacks: their zero value is a value too, such
	// as a level of 0, so the Go value alone cannot tell them missing.
	Missing []string
	// Truncated reports that the decoder stopped at Options.MaxProblems,
	// so that the value holds only what came before that point.
	Truncated bool
	// Open are the JSON Pointers of the objects and arrays that the decoder
	// was inside when it stopped, outermost first, when Truncated. Their
	// members and items after that point were not read.
	Open []string
}

// Decode decodes data, which must hold one JSON value, into the value that
// v points to, and returns every problem found. Values that fail to decode
// are left at their zero value.
func Decode(data []byte, v any, opts Options) Result {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return Result{Problems: bilateral.Problems{{Code: CodeType, Message: "strictjson: Decode needs a non-nil pointer"}}}
	}
	d := &decoder{data: data, opts: opts, maxDepth: opts.MaxDepth}
	if d.maxDepth == 0 {
		d.maxDepth = maxTypedDepth
	}
	d.skipSpace()
	switch {
	case bytes.HasPrefix(data, byteOrderMark):
		d.syntaxError("the document starts with a byte order mark (U+FEFF), which JSON text must not have; save it as UTF-8 without one")
	case d.i == len(d.data):
		d.syntaxError("the document is empty")
	default:
		d.value(rv.Elem(), infoOf(rv.Elem().Type()), false)
		if !d.stopped {
			d.skipSpace()
			if d.i < len(d.data) {
				d.syntaxError("unexpected text after the end of the document")
			}
		}
	}
	if d.stopped && !d.truncated {
		return Result{Problems: d.problems[len(d.problems)-1:], Unset: []string{""}}
	}
	if max := opts.MaxProblems; d.truncated && len(d.problems) > max {
		d.problems = d.problems[:max] // the first found
	}
	d.problems.Sort()
	return Result{
		Problems: d.problems, Unset: d.unset, Suggested: d.suggested, ZeroObjects: d.zeroObjects, Missing: d.missing,
		Truncated: d.truncated, Open: d.open,
	}
}

var byteOrderMark = []byte("\xef\xbb\xbf")

type decoder struct {
	data     []byte
	i        int
	opts     Options
	maxDepth int
	path     []pathToken
	problems bilateral.Problems
	unset    []string
	// zeroObjects are the members that held an object which decoded to a
	// zero struct.
	zeroObjects []string
	// missing are the required members of number or bool type that an
	// object lacks.
	missing []string
	// suggested are the members that an unknown member was taken for.
	suggested []string
	// stack, names and arena are skipValue's scratch space: the objects
	// and arrays it is in, and the member names of those objects, those
	// with escapes unescaped in arena.
	stack []skipFrame
	names []nameSlot
	arena []byte
	// chunk holds the bytes of the strings the decoder keeps (see keep).
	chunk    []byte
	hashSeed maphash.Seed
	seeded   bool
	// stopped is set by a syntax error, by nesting past the limit, and at
	// the problem limit (then truncated is set too); every loop stops when
	// it is set.
	stopped   bool
	truncated bool
	// pending counts the objects that lack a required member: problems that
	// validation will report, counted against the problem limit.
	pending int
	// open is the path of the objects and arrays the decoder was in when
	// it stopped at the problem limit.
	open []string
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

// pointerTo returns the JSON Pointer of the first n tokens of the path,
// cut at bounded.MaxPointer bytes.
func (d *decoder) pointerTo(n int) string {
	var p bounded.Pointer
	for _, t := range d.path[:n] {
		if p.IsCut() {
			break
		}
		t.appendTo(&p)
	}
	return p.String()
}

// appendTo appends the token to p.
func (t pathToken) appendTo(p *bounded.Pointer) {
	switch {
	case !t.isKey:
		p.Index(t.index)
	case t.raw != nil:
		if len(t.raw) > 4*bounded.MaxPointer {
			p.Cut() // too long however it unescapes
		} else {
			p.Token(memberName{raw: t.raw, escaped: t.escaped}.text())
		}
	default:
		p.Token(t.name)
	}
}

func (d *decoder) pointer() string { return d.pointerTo(len(d.path)) }

func (d *decoder) push(name string) { d.path = append(d.path, pathToken{name: name, isKey: true}) }
func (d *decoder) pushIndex(i int)  { d.path = append(d.path, pathToken{index: i}) }
func (d *decoder) pop()             { d.path = d.path[:len(d.path)-1] }
func (d *decoder) skipSpace()       { d.i = jsontext.SkipSpace(d.data, d.i) }

// report records a problem at the value being decoded.
func (d *decoder) report(code, msg string) {
	if d.truncated {
		return
	}
	d.problems = append(d.problems, bilateral.Problem{Path: d.pointer(), Code: code, Message: msg})
	d.checkLimit()
}

// checkLimit stops the decoder when the document surely has more problems
// than Options.MaxProblems. The objects and arrays on the path are then
// open: their members and items after this point are not read.
func (d *decoder) checkLimit() { d.checkLimitOpen(len(d.path)) }

// checkLimitOpen is checkLimit when only the first n tokens of the path
// lead to open objects and arrays: the value at the end of the path was
// read whole.
func (d *decoder) checkLimitOpen(n int) {
	if n < 0 {
		return // the whole document was read: there is nothing to stop
	}
	if max := d.opts.MaxProblems; max > 0 && !d.stopped && len(d.problems)+d.pending > max {
		d.stopped, d.truncated = true, true
		// Every pointer deeper than a cut one is the same cut pointer.
		var p bounded.Pointer
		d.open = append(d.open, p.String())
		for _, t := range d.path[:n] {
			if p.IsCut() {
				break
			}
			t.appendTo(&p)
			d.open = append(d.open, p.String())
		}
	}
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
// stops the decoder. The problem is at the innermost place the decoder is
// in: the member whose name it read, the item whose value began, or else
// the object or array around d.i.
func (d *decoder) syntaxError(msg string) {
	if d.stopped {
		return
	}
	line, col := position(d.data, d.i)
	d.stop(CodeSyntax, "malformed JSON at line "+strconv.Itoa(line)+", column "+strconv.Itoa(col)+": "+msg)
}

// stop reports a problem that ends the decoding, and is then the only one.
func (d *decoder) stop(code, msg string) {
	d.problems = append(d.problems, bilateral.Problem{Path: d.pointer(), Code: code, Message: msg})
	d.stopped = true
}

// tooDeep reports nesting past the limit, which stops the decoder.
func (d *decoder) tooDeep() {
	line, col := position(d.data, d.i)
	d.stop(CodeTooLarge, "nested more than "+strconv.Itoa(d.maxDepth)+" deep, at line "+strconv.Itoa(line)+
		", column "+strconv.Itoa(col)+"; agreement documents nest less than 10 deep")
}

// position returns the 1-based line and column (in characters) of offset i.
func position(data []byte, i int) (line, col int) {
	i = min(i, len(data))
	before := data[:i]
	line = bytes.Count(before, []byte{'\n'}) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[start:]) + 1
}

// startsValue reports whether c can begin a JSON value.
func startsValue(c byte) bool {
	switch c {
	case '{', '[', '"', 't', 'f', 'n', '-':
		return true
	}
	return '0' <= c && c <= '9'
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
	if !d.stopped {
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
	if !startsValue(c) {
		r, _ := utf8.DecodeRune(d.data[d.i:])
		d.syntaxError("want a value, not " + strconv.QuoteRune(r))
		return
	}
	if c == 'n' && ti.kind != kindUnsupported {
		d.wrongType(ti)
		return
	}
	switch ti.kind {
	case kindText:
		d.text(v, ti)
	case kindJSONUnmarshaler:
		d.unmarshaler(v, ti)
	case kindTextUnmarshaler:
		if raw, ok := d.stringBytesFor(ti); ok {
			if err := v.Addr().Interface().(textUnmarshaler).UnmarshalText(raw); err != nil {
				d.valueProblem(ti, string(raw), err)
			}
		}
	case kindStruct:
		if c != '{' {
			d.wrongType(ti)
			return
		}
		if d.enter(true) {
			d.object(v, ti)
			d.depth--
		}
	case kindSlice:
		if c != '[' {
			d.wrongType(ti)
			return
		}
		if d.enter(true) {
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

// enter counts one more level of nesting, or reports nesting past the limit
// and returns false. typed says whether the level is decoded into a Go
// value, which is done by recursion.
func (d *decoder) enter(typed bool) bool {
	switch {
	case d.maxDepth > 0 && d.depth >= d.maxDepth:
		d.tooDeep()
		return false
	case typed && d.depth >= maxTypedDepth:
		d.maxDepth = maxTypedDepth
		d.tooDeep()
		return false
	}
	d.depth++
	return true
}

type textUnmarshaler interface{ UnmarshalText([]byte) error }

type jsonUnmarshaler interface{ UnmarshalJSON([]byte) error }

// stringFor reads a non-empty string for ti, or reports why there is none.
func (d *decoder) stringFor(ti *typeInfo) (string, bool) {
	start, end, escaped, ok := d.scanStringFor(ti)
	switch {
	case !ok:
		return "", false
	case escaped:
		return jsontext.Unescape(d.data[start:end]), true
	}
	return d.keep(d.data[start+1 : end-1]), true
}

// stringBytesFor reads a non-empty string for ti, or reports why there is
// none. The bytes are the input's own when the string has no escapes: they
// must not be kept or changed.
func (d *decoder) stringBytesFor(ti *typeInfo) ([]byte, bool) {
	start, end, escaped, ok := d.scanStringFor(ti)
	switch {
	case !ok:
		return nil, false
	case escaped:
		return []byte(jsontext.Unescape(d.data[start:end])), true
	}
	return d.data[start+1 : end-1], true
}

// scanStringFor moves past the string at d.i, which must not be empty, and
// returns where it starts and ends, quotes included; or it reports why
// there is no such string.
func (d *decoder) scanStringFor(ti *typeInfo) (start, end int, escaped, ok bool) {
	if d.data[d.i] != '"' {
		d.wrongType(ti)
		return 0, 0, false, false
	}
	start = d.i
	end, escaped, err := jsontext.ScanString(d.data, d.i)
	d.i = end
	if err != nil {
		d.syntaxError(err.Error())
		return 0, 0, false, false
	}
	if end-start == 2 {
		d.fail(CodeEmptyString, "an empty string is not a value; leave the member out, or give one")
		return 0, 0, false, false
	}
	return start, end, escaped, true
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
		if _, ok := d.stringBytesFor(ti); !ok {
			return
		}
	} else {
		d.skipValue()
	}
	if d.stopped {
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
			d.fail(CodeNumber, bounded.Text(lit)+" is not a whole number that fits here")
			return
		}
		v.SetInt(n)
	case kindUint:
		n, err := strconv.ParseUint(lit, 10, ti.t.Bits())
		if err != nil {
			d.fail(CodeNumber, bounded.Text(lit)+" is not a whole number of at least 0 that fits here")
			return
		}
		v.SetUint(n)
	default:
		f, err := strconv.ParseFloat(lit, ti.t.Bits())
		switch {
		case err != nil || v.OverflowFloat(f):
			d.fail(CodeNumber, bounded.Text(lit)+" is too large a number")
			return
		case f == 0 && !isZeroLiteral(lit):
			d.fail(CodeNumber, bounded.Text(lit)+" is too small a number: it would be read as 0; write 0, or a number further from it")
			return
		}
		v.SetFloat(f)
	}
}

// isZeroLiteral reports whether the JSON number lit is zero as written: no
// digit of its significand is other than 0.
func isZeroLiteral(lit string) bool {
	for i := 0; i < len(lit); i++ {
		switch c := lit[i]; {
		case c == 'e' || c == 'E':
			return true
		case '1' <= c && c <= '9':
			return false
		}
	}
	return true
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
