package strictjson_test

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/race"
	"github.com/bilateral-go/bilateral/internal/strictjson"
)

// Codes, shortened for the tables.
const (
	cSyntax  = strictjson.CodeSyntax
	cType    = strictjson.CodeType
	cUnknown = strictjson.CodeUnknownMember
	cDup     = strictjson.CodeDuplicateMember
	cEmpty   = strictjson.CodeEmptyString
	cNumber  = strictjson.CodeNumber
	cTooBig  = strictjson.CodeTooLarge
)

// errBad is what the test value types return for the input "bad".
var errBad = errors.New("bad value")

// textVal is a value type with UnmarshalText, which rejects "bad".
type textVal struct{ S string }

func (v *textVal) UnmarshalText(b []byte) error {
	if string(b) == "bad" {
		return errBad
	}
	v.S = string(b)
	return nil
}

// jsonVal is a value type with UnmarshalJSON, which keeps the raw text it is
// given and rejects arrays and the string "bad".
type jsonVal struct{ Raw string }

func (v *jsonVal) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '[' || string(b) == `"bad"` {
		return errBad
	}
	v.Raw = string(b)
	return nil
}

type inner struct {
	ID string `json:"id"`
	N  int    `json:"n"`
}

type doc struct {
	ID    string    `json:"id"`
	Count int       `json:"count"`
	Size  uint      `json:"size"`
	Ratio float64   `json:"ratio"`
	OK    bool      `json:"ok"`
	Tags  []string  `json:"tags"`
	Opt   []string  `json:"opt,omitempty"`
	Zero  []int     `json:"zero,omitzero"`
	Inner *inner    `json:"inner"`
	Items []inner   `json:"items"`
	Text  textVal   `json:"text"`
	Texts []textVal `json:"texts"`
	PText *textVal  `json:"ptext"`
	Raw   jsonVal   `json:"raw"`
	Odd   string    `json:"a/b~c"` // a member name that a pointer escapes
	Skip  string    `json:"-"`
	Plain string    // no tag: the member name is the field name
}

type nums struct {
	I   int     `json:"i"`
	I8  int8    `json:"i8"`
	I16 int16   `json:"i16"`
	I32 int32   `json:"i32"`
	I64 int64   `json:"i64"`
	U   uint    `json:"u"`
	U8  uint8   `json:"u8"`
	U16 uint16  `json:"u16"`
	U32 uint32  `json:"u32"`
	U64 uint64  `json:"u64"`
	F32 float32 `json:"f32"`
	F64 float64 `json:"f64"`
}

// pc is the part of a problem that tests assert: where and which rule.
type pc struct{ Path, Code string }

func pairs(ps bilateral.Problems) []pc {
	var out []pc
	for _, p := range ps {
		out = append(out, pc{p.Path, p.Code})
	}
	return out
}

// decodeInto decodes data into a new T and checks the invariants that hold
// for every result.
func decodeInto[T any](t *testing.T, data string, opts strictjson.Options) (*T, bilateral.Problems) {
	t.Helper()
	v, res := decodeResult[T](t, data, opts)
	return v, res.Problems
}

func decodeResult[T any](t *testing.T, data string, opts strictjson.Options) (*T, strictjson.Result) {
	t.Helper()
	v := new(T)
	res := strictjson.Decode([]byte(data), v, opts)
	checkResult(t, res)
	return v, res
}

// checkResult checks the invariants of every result: the problems are
// sorted and each has a code, a message and a JSON Pointer; a syntax
// problem is the only problem, and leaves the whole document unset; and
// every unset value has a problem at or below it.
func checkResult(t *testing.T, res strictjson.Result) {
	t.Helper()
	ps := res.Problems
	checkSorted(t, ps)
	for _, p := range ps {
		if p.Code == "" || p.Message == "" {
			t.Errorf("problem without code or message: %#v", p)
		}
		if !isPointer(p.Path) {
			t.Errorf("problem path %.100q is not a JSON Pointer", p.Path)
		}
	}
	if ps.HasCode(cSyntax) || ps.HasCode(cTooBig) {
		if len(ps) != 1 || !slices.Equal(res.Unset, []string{""}) {
			t.Errorf("after a problem that stops the decoder: %d problems, unset %.100q; want that problem only, and all unset", len(ps), res.Unset)
		}
		return
	}
	for _, u := range res.Unset {
		if !isPointer(u) {
			t.Errorf("unset path %.100q is not a JSON Pointer", u)
		}
		// Past the limit on problems, the problem of a value may be cut,
		// though the value was not decoded.
		if !res.Truncated && !slices.ContainsFunc(ps, func(p bilateral.Problem) bool { return p.Path == u || strings.HasPrefix(p.Path, u+"/") }) {
			t.Errorf("unset %.100q has no problem at or below it: %v", u, pairs(ps))
		}
	}
	// A suggested member is missing, and an unknown member beside it
	// names it.
	for _, s := range res.Suggested {
		parent := s[:strings.LastIndexByte(s, '/')]
		if !slices.ContainsFunc(ps, func(p bilateral.Problem) bool {
			return p.Code == cUnknown && strings.HasPrefix(p.Path, parent+"/") && !strings.Contains(p.Path[len(parent)+1:], "/")
		}) {
			t.Errorf("suggested %.100q has no unknown member beside it: %v", s, pairs(ps))
		}
	}
	for _, p := range ps {
		if len(p.Path) > 1024 {
			t.Errorf("problem path of %d bytes", len(p.Path))
		}
	}
}

// isPointer reports whether p is an RFC 6901 JSON Pointer.
func isPointer(p string) bool {
	if p != "" && p[0] != '/' {
		return false
	}
	for i := 0; i < len(p); i++ {
		if p[i] == '~' && (i+1 == len(p) || p[i+1] != '0' && p[i+1] != '1') {
			return false
		}
	}
	return true
}

func checkSorted(t *testing.T, ps bilateral.Problems) {
	t.Helper()
	sorted := slices.IsSortedFunc(ps, func(a, b bilateral.Problem) int {
		if c := bilateral.ComparePointers(a.Path, b.Path); c != 0 {
			return c
		}
		return strings.Compare(a.Code, b.Code)
	})
	if !sorted {
		t.Errorf("problems are not sorted: %v", pairs(ps))
	}
}

// wantPairs decodes data into T and compares the (Path, Code) pairs.
func wantPairs[T any](t *testing.T, data string, want ...pc) *T {
	t.Helper()
	v, ps := decodeInto[T](t, data, strictjson.Options{})
	if diff := cmp.Diff(want, pairs(ps)); diff != "" {
		t.Errorf("Decode(%.80q) problems (-want +got):\n%s\nall: %v", data, diff, ps)
	}
	return v
}

func TestDecodeValid(t *testing.T) {
	data := `{
		"id": "x\u00e9\n", "count": -3, "size": 7, "ratio": 1.5e2, "ok": true,
		"tags": ["a", "b"], "opt": ["c"], "zero": [0],
		"inner": {"id": "in", "n": 2},
		"items": [{"id": "i0"}, {"n": 1}],
		"text": "t", "texts": ["u", "v"], "ptext": "p",
		"raw":  { "k" : [1, "two", null, true] }  ,
		"a/b~c": "odd", "Plain": "plain"
	}`
	got := wantPairs[doc](t, data)
	want := &doc{
		ID: "xé\n", Count: -3, Size: 7, Ratio: 150, OK: true,
		Tags: []string{"a", "b"}, Opt: []string{"c"}, Zero: []int{0},
		Inner: &inner{ID: "in", N: 2},
		Items: []inner{{ID: "i0"}, {N: 1}},
		Text:  textVal{"t"}, Texts: []textVal{{"u"}, {"v"}}, PText: &textVal{"p"},
		Raw: jsonVal{`{ "k" : [1, "two", null, true] }`},
		Odd: "odd", Plain: "plain",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("value (-want +got):\n%s", diff)
	}

	// Other top-level values than objects.
	if got := wantPairs[[]int](t, " [1, 2 ,3] "); !slices.Equal(*got, []int{1, 2, 3}) {
		t.Errorf("[]int: got %v", *got)
	}
	if got := wantPairs[string](t, `"\ud83d\ude00 \u00e9"`); *got != "😀 é" {
		t.Errorf("string: got %q", *got)
	}
	// A lone surrogate is malformed: encoding/json would read U+FFFD.
	wantPairs[string](t, `"\ud83d\ude00 \ud800"`, pc{"", cSyntax})
	if got := wantPairs[bool](t, "false"); *got {
		t.Errorf("bool: got true")
	}
	if got := wantPairs[*inner](t, `{"id":"p"}`); *got == nil || (*got).ID != "p" {
		t.Errorf("*inner: got %v", *got)
	}
}

func TestDecodeNeedsPointer(t *testing.T) {
	for _, v := range []any{nil, doc{}, (*doc)(nil)} {
		ps := strictjson.Decode([]byte(`{}`), v, strictjson.Options{}).Problems
		if diff := cmp.Diff([]pc{{"", cType}}, pairs(ps)); diff != "" {
			t.Errorf("Decode into %T (-want +got):\n%s", v, diff)
		}
	}
}

func TestUnknownMember(t *testing.T) {
	tests := []struct {
		data string
		want []pc
	}{
		{`{"id":"a","idd":1}`, []pc{{"/idd", cUnknown}}},
		{`{"ID":"a"}`, []pc{{"/ID", cUnknown}}}, // names match exactly, not ignoring case
		{`{"plain":"a"}`, []pc{{"/plain", cUnknown}}},
		{`{"Skip":"a"}`, []pc{{"/Skip", cUnknown}}},
		{`{"-":"a"}`, []pc{{"/-", cUnknown}}},
		{`{"inner":{"id":"a","x":{"y":[1]}}}`, []pc{{"/inner/x", cUnknown}}},
		{`{"items":[{"id":"a"},{"zz":[1,2]}]}`, []pc{{"/items/1/zz", cUnknown}}},
		// RFC 6901: "~" is written "~0" and "/" is written "~1".
		{`{"a/b":1}`, []pc{{"/a~1b", cUnknown}}},
		{`{"m~n":1}`, []pc{{"/m~0n", cUnknown}}},
		{`{"~1/":1}`, []pc{{"/~01~1", cUnknown}}},
		{`{"":1}`, []pc{{"/", cUnknown}}},
		// The pointer holds the name, not its escaped JSON spelling.
		{`{"\u0078\/":1}`, []pc{{"/x~1", cUnknown}}},
		{`{"a\"b":1}`, []pc{{`/a"b`, cUnknown}}},
		// The field's own name that needs escaping.
		{`{"a/b~c":1}`, []pc{{"/a~1b~0c", cType}}},
	}
	for _, tt := range tests {
		wantPairs[doc](t, tt.data, tt.want...)
	}
}

func TestUnknownMemberTwice(t *testing.T) {
	// The same unknown member twice: it is unknown once, and a duplicate
	// the second time, as a known member given twice is.
	wantPairs[inner](t, `{"x":1,"x":2}`, pc{"/x", cDup}, pc{"/x", cUnknown})
	wantPairs[inner](t, `{"x":1,"y":2,"x":3,"x":4}`, pc{"/x", cDup}, pc{"/x", cDup}, pc{"/x", cUnknown}, pc{"/y", cUnknown})
	// Escapes do not hide a duplicate.
	wantPairs[inner](t, `{"x":1,"\u0078":2}`, pc{"/x", cDup}, pc{"/x", cUnknown})
	// Each object has its own names.
	wantPairs[doc](t, `{"x":1,"inner":{"x":2}}`, pc{"/inner/x", cUnknown}, pc{"/x", cUnknown})
}

func TestDuplicateMember(t *testing.T) {
	tests := []struct {
		name string
		data string
		want []pc
	}{
		{"struct", `{"id":"a","id":"b"}`, []pc{{"/id", cDup}}},
		{"struct thrice", `{"id":"a","id":"b","id":"c"}`, []pc{{"/id", cDup}, {"/id", cDup}}},
		{"struct escaped", `{"id":"a","\u0069d":"b"}`, []pc{{"/id", cDup}}},
		{"struct escaped first", `{"\u0069\u0064":"a","id":"b"}`, []pc{{"/id", cDup}}},
		{"struct odd name", `{"a/b~c":"a","a\/b~c":"b"}`, []pc{{"/a~1b~0c", cDup}}},
		{"nested struct", `{"inner":{"n":1,"n":2}}`, []pc{{"/inner/n", cDup}}},
		{"array item", `{"items":[{"id":"a"},{"id":"b","n":1,"id":"c"}]}`, []pc{{"/items/1/id", cDup}}},
		{"struct members in sibling objects", `{"items":[{"id":"a"},{"id":"b"}]}`, nil},
		{"skipped", `{"u":{"a":1,"a":2}}`, []pc{{"/u", cUnknown}, {"/u/a", cDup}}},
		{"skipped escaped", `{"u":{"a":1,"\u0061":2}}`, []pc{{"/u", cUnknown}, {"/u/a", cDup}}},
		{"skipped both escaped", `{"u":{"\u0061":1,"\u0061":2}}`, []pc{{"/u", cUnknown}, {"/u/a", cDup}}},
		{"skipped deep", `{"u":[0,{"x":{"a":1,"b":{"c":1,"d":[],"c":2}}}]}`,
			[]pc{{"/u", cUnknown}, {"/u/1/x/b/c", cDup}}},
		{"skipped names with slash", `{"u":{"a/b":1,"a\/b":2}}`, []pc{{"/u", cUnknown}, {"/u/a~1b", cDup}}},
		{"skipped siblings", `{"u":[{"a":1},{"a":2}]}`, []pc{{"/u", cUnknown}}},
		{"skipped other depth", `{"u":{"a":{"a":{"a":1}}}}`, []pc{{"/u", cUnknown}}},
		{"skipped after inner object", `{"u":{"a":{"b":1,"c":1},"b":2,"c":[{"a":1}],"a":3}}`,
			[]pc{{"/u", cUnknown}, {"/u/a", cDup}}},
		{"skipped value of duplicate", `{"id":"a","id":{"k":1,"k":2}}`, []pc{{"/id", cDup}, {"/id/k", cDup}}},
		{"raw", `{"raw":{"k":1,"k":2}}`, []pc{{"/raw/k", cDup}}},
		{"raw deep", `{"raw":[{"x":{"k":1,"\u006b":2}}]}`, []pc{{"/raw/0/x/k", cDup}}},
		{"wrong type", `{"count":{"k":1,"k":2}}`, []pc{{"/count", cType}, {"/count/k", cDup}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantPairs[doc](t, tt.data, tt.want...)
		})
	}

	// The first of two members is kept.
	got := wantPairs[doc](t, `{"id":"first","id":"second"}`, pc{"/id", cDup})
	if got.ID != "first" {
		t.Errorf("ID = %q, want the first value", got.ID)
	}
	// An object with a duplicate is not handed to UnmarshalJSON.
	got = wantPairs[doc](t, `{"raw":{"k":1,"k":2}}`, pc{"/raw/k", cDup})
	if got.Raw.Raw != "" {
		t.Errorf("UnmarshalJSON was called with %q", got.Raw.Raw)
	}
}

// bigObject returns an object of n members named k0, k1, ..., each holding
// value(i), with extra members after them.
func bigObject(n int, value func(i int) string, extra ...string) string {
	var b strings.Builder
	b.WriteByte('{')
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"k%d":%s`, i, value(i))
	}
	for _, e := range extra {
		b.WriteByte(',')
		b.WriteString(e)
	}
	b.WriteByte('}')
	return b.String()
}

func TestDuplicateMemberLargeObject(t *testing.T) {
	num := func(i int) string { return strconv.Itoa(i) }

	data := `{"u":` + bigObject(10000, num, `"k5000":1`, `"\u006b42":2`, `"k9999":3`, `"new":4`) + `}`
	wantPairs[doc](t, data,
		pc{"/u", cUnknown}, pc{"/u/k42", cDup}, pc{"/u/k5000", cDup}, pc{"/u/k9999", cDup})

	// Without a duplicate, none is found.
	wantPairs[doc](t, `{"u":`+bigObject(10000, num)+`}`, pc{"/u", cUnknown})

	// Around the size at which the search moves to a map.
	for _, n := range []int{31, 32, 33, 34, 64, 65} {
		for _, d := range []int{0, n / 2, n - 1} {
			data := `{"raw":` + bigObject(n, num, fmt.Sprintf(`"k%d":0`, d)) + `}`
			wantPairs[doc](t, data, pc{"/raw/k" + strconv.Itoa(d), cDup})
		}
		wantPairs[doc](t, `{"raw":`+bigObject(n, num)+`}`)
	}

	// Nested large objects whose names repeat those of the objects around
	// them are not duplicates, and names seen inside do not leak out.
	innerObj := func(int) string { return bigObject(40, num) }
	wantPairs[doc](t, `{"raw":`+bigObject(40, innerObj)+`}`)
	wantPairs[doc](t, `{"raw":`+bigObject(40, innerObj, `"k7":[]`)+`}`, pc{"/raw/k7", cDup})
	wantPairs[doc](t, `{"raw":`+bigObject(3, innerObj, `"k1":[]`)+`}`, pc{"/raw/k1", cDup})
	smallInner := func(int) string { return `{"k0":0,"k1":{"k0":0}}` }
	wantPairs[doc](t, `{"raw":`+bigObject(50, smallInner)+`}`)
}

func TestNull(t *testing.T) {
	tests := []struct {
		data string
		want []pc
	}{
		{`{"id":null}`, []pc{{"/id", cType}}},
		{`{"count":null}`, []pc{{"/count", cType}}},
		{`{"size":null}`, []pc{{"/size", cType}}},
		{`{"ratio":null}`, []pc{{"/ratio", cType}}},
		{`{"ok":null}`, []pc{{"/ok", cType}}},
		{`{"tags":null}`, []pc{{"/tags", cType}}},
		{`{"opt":null}`, []pc{{"/opt", cType}}},
		{`{"tags":["a",null]}`, []pc{{"/tags/1", cType}}},
		{`{"inner":null}`, []pc{{"/inner", cType}}},
		{`{"items":[null]}`, []pc{{"/items/0", cType}}},
		{`{"text":null}`, []pc{{"/text", cType}}},
		{`{"ptext":null}`, []pc{{"/ptext", cType}}},
		{`{"raw":null}`, []pc{{"/raw", cType}}},
		{`null`, []pc{{"", cType}}},
		{` null `, []pc{{"", cType}}},
		// A null in a member that is unknown anyway is not a second problem.
		{`{"u":null}`, []pc{{"/u", cUnknown}}},
	}
	for _, tt := range tests {
		got := wantPairs[doc](t, tt.data, tt.want...)
		if got.Inner != nil || got.PText != nil || got.Raw.Raw != "" || slices.Contains(got.Tags, "null") ||
			got.Tags != nil && tt.want[0].Path == "/tags" {
			t.Errorf("Decode(%q) set a field from null: %+v", tt.data, got)
		}
	}
}

func TestEmptyString(t *testing.T) {
	tests := []struct {
		data string
		want []pc
	}{
		{`{"id":""}`, []pc{{"/id", cEmpty}}},
		{`{"Plain":""}`, []pc{{"/Plain", cEmpty}}},
		{`{"tags":["a",""]}`, []pc{{"/tags/1", cEmpty}}},
		{`{"text":""}`, []pc{{"/text", cEmpty}}},
		{`{"ptext":""}`, []pc{{"/ptext", cEmpty}}},
		{`{"texts":["",""]}`, []pc{{"/texts/0", cEmpty}, {"/texts/1", cEmpty}}},
		{`{"raw":""}`, []pc{{"/raw", cEmpty}}},
		{`""`, []pc{{"", cType}}}, // a string is not an object
		{`{"u":""}`, []pc{{"/u", cUnknown}}},
		// An escaped string that is not empty is fine; "\u0000" is one character.
		{`{"id":"\u0000"}`, nil},
	}
	for _, tt := range tests {
		got := wantPairs[doc](t, tt.data, tt.want...)
		if got.Text.S != "" || got.Raw.Raw != "" {
			t.Errorf("Decode(%q) handed the empty string to an unmarshaler: %+v", tt.data, got)
		}
	}
	if got := wantPairs[string](t, `""`, pc{"", cEmpty}); *got != "" {
		t.Errorf("got %q", *got)
	}
}

func TestInvalidUTF8(t *testing.T) {
	tests := []struct {
		data string
		want []pc
	}{
		{"{\"id\":\"\xff\"}", []pc{{"/id", cSyntax}}},
		{"{\"id\":\"a\xc3\"}", []pc{{"/id", cSyntax}}},            // truncated sequence
		{"{\"id\":\"\xc0\x80\"}", []pc{{"/id", cSyntax}}},         // overlong
		{"{\"id\":\"\xed\xa0\x80\"}", []pc{{"/id", cSyntax}}},     // a surrogate, encoded
		{"{\"id\":\"\xf4\x90\x80\x80\"}", []pc{{"/id", cSyntax}}}, // past U+10FFFF
		{"{\"text\":\"\xff\"}", []pc{{"/text", cSyntax}}},
		{"{\"raw\":\"\xff\"}", []pc{{"/raw", cSyntax}}},
		{"{\"raw\":{\"\xff\":1}}", []pc{{"/raw", cSyntax}}},
		{"{\"\xff\":1}", []pc{{"", cSyntax}}},
		{"{\"u\":[\"\xfe\"]}", []pc{{"/u/0", cSyntax}}},
		{"{\"id\":\"a\"}\xff", []pc{{"", cSyntax}}},
		{"\xef\xbb\xbf{}", []pc{{"", cSyntax}}}, // a byte order mark is not white space
		{"{\"id\":\"é日😀\"}", nil},
	}
	for _, tt := range tests {
		wantPairs[doc](t, tt.data, tt.want...)
	}
}

func TestWrongType(t *testing.T) {
	tests := []struct {
		data string
		path string
	}{
		{`{"id":1}`, "/id"},
		{`{"id":true}`, "/id"},
		{`{"id":["a"]}`, "/id"},
		{`{"count":"1"}`, "/count"},
		{`{"count":{}}`, "/count"},
		{`{"size":false}`, "/size"},
		{`{"ratio":[1.5]}`, "/ratio"},
		{`{"ok":"true"}`, "/ok"},
		{`{"ok":1}`, "/ok"},
		{`{"tags":"a"}`, "/tags"},
		{`{"tags":{"0":"a"}}`, "/tags"},
		{`{"tags":["a",2]}`, "/tags/1"},
		{`{"inner":[]}`, "/inner"},
		{`{"inner":"x"}`, "/inner"},
		{`{"items":[{},3]}`, "/items/1"},
		{`{"items":{}}`, "/items"},
		{`{"text":1}`, "/text"},
		{`{"text":{"s":"x"}}`, "/text"},
		{`{"ptext":[]}`, "/ptext"},
		{`[]`, ""},
		{`"doc"`, ""},
		{`12`, ""},
		{`true`, ""},
	}
	for _, tt := range tests {
		got, ps := decodeInto[doc](t, tt.data, strictjson.Options{})
		if diff := cmp.Diff([]pc{{tt.path, cType}}, pairs(ps)); diff != "" {
			t.Errorf("Decode(%q) (-want +got):\n%s", tt.data, diff)
			continue
		}
		if got.ID != "" || got.Count != 0 || got.OK || got.Tags != nil && tt.path == "/tags" || got.Text.S != "" {
			t.Errorf("Decode(%q) set a field from a value of the wrong type: %+v", tt.data, got)
		}
	}
}

func TestWrongTypePointerLeftNil(t *testing.T) {
	got := wantPairs[doc](t, `{"inner":5,"ptext":"bad"}`, pc{"/inner", cType}, pc{"/ptext", cType})
	if got.Inner != nil || got.PText != nil {
		t.Errorf("pointers set after a problem: Inner=%v PText=%v", got.Inner, got.PText)
	}
}

func TestNumberGrammar(t *testing.T) {
	bad := []string{
		"01", "-01", "00", "-", "--1", "+1", "1.", "-.5", ".5", "1.e3", "1e", "1e+", "1E-", "1ee2",
		"0x10", "1_000", "NaN", "Infinity", "-Infinity", "inf", "1.5.2", "2-1", "1e2.5",
	}
	for _, field := range []string{"i", "u8", "f32", "f64"} {
		for _, lit := range bad {
			data := `{"` + field + `":` + lit + `}`
			_, ps := decodeInto[nums](t, data, strictjson.Options{})
			if len(ps) != 1 || ps[0].Code != cSyntax {
				t.Errorf("Decode(%s): got %v, want a syntax problem", data, pairs(ps))
			}
		}
		// The same in a skipped member, and in an array.
		for _, lit := range bad {
			data := `{"x":[` + lit + `]}`
			_, ps := decodeInto[nums](t, data, strictjson.Options{})
			if !ps.HasCode(cSyntax) {
				t.Errorf("Decode(%s): got %v, want a syntax problem", data, pairs(ps))
			}
		}
	}

	good := map[string]float64{
		"0": 0, "-0": 0, "1.5": 1.5, "-1.5": -1.5, "1e3": 1000, "1E+3": 1000, "1e-3": 0.001,
		"-0.0e0": 0, "123456789": 123456789, "0.000001": 0.000001, "5e-324": 5e-324, "0e-400": 0, "-0.000e999": 0,
		"1.7976931348623157e308": 1.7976931348623157e308,
	}
	for lit, want := range good {
		got := wantPairs[nums](t, `{"f64":`+lit+`}`)
		if got.F64 != want {
			t.Errorf("f64 %s: got %v, want %v", lit, got.F64, want)
		}
	}

	// A number so small that it would be read as 0 is a problem, as one
	// too large is: its value would be lost without a word.
	for _, lit := range []string{"1e-400", "-1e-400", "0.0000001e-330", "2e-324"} {
		wantPairs[nums](t, `{"f64":`+lit+`}`, pc{"/f64", cNumber})
	}
}

func TestNumberRanges(t *testing.T) {
	maxInt, minInt := strconv.Itoa(int(^uint(0)>>1)), strconv.Itoa(-int(^uint(0)>>1)-1)
	maxUint := strconv.FormatUint(uint64(^uint(0)), 10)
	tests := []struct {
		field string
		ok    []string
		bad   []string
	}{
		{"i", []string{"0", "-0", maxInt, minInt, "42"},
			[]string{maxInt + "0", "-" + maxInt + "0", "1.5", "1.0", "1e2", "1E0", "-0.0"}},
		{"i8", []string{"127", "-128", "0"}, []string{"128", "-129", "1000", "0.5"}},
		{"i16", []string{"32767", "-32768"}, []string{"32768", "-32769"}},
		{"i32", []string{"2147483647", "-2147483648"}, []string{"2147483648", "-2147483649"}},
		{"i64", []string{"9223372036854775807", "-9223372036854775808"},
			[]string{"9223372036854775808", "-9223372036854775809", "1e18"}},
		{"u", []string{"0", maxUint}, []string{"-1", "-0", maxUint + "0", "2.5"}},
		{"u8", []string{"255", "0"}, []string{"256", "-1"}},
		{"u16", []string{"65535"}, []string{"65536"}},
		{"u32", []string{"4294967295"}, []string{"4294967296"}},
		{"u64", []string{"18446744073709551615"}, []string{"18446744073709551616", "1e1"}},
		{"f32", []string{"3.4e38", "-3.4e38", "1e-40", "0"}, []string{"3.5e38", "-3.5e38", "1e39", "1e-50"}},
		{"f64", []string{"1.7976931348623157e308", "-1e308"}, []string{"1e309", "-1e309", "2e308"}},
	}
	for _, tt := range tests {
		for _, lit := range tt.ok {
			wantPairs[nums](t, `{"`+tt.field+`":`+lit+`}`)
		}
		for _, lit := range tt.bad {
			got := wantPairs[nums](t, `{"`+tt.field+`":`+lit+`}`, pc{"/" + tt.field, cNumber})
			if *got != (nums{}) {
				t.Errorf("%s %s: field set to %+v", tt.field, lit, *got)
			}
		}
	}

	got := wantPairs[nums](t, `{"i8":-128,"u64":18446744073709551615,"f32":0.1,"i":-7}`)
	want := nums{I8: -128, U64: 18446744073709551615, F32: 0.1, I: -7}
	if *got != want {
		t.Errorf("got %+v, want %+v", *got, want)
	}
}

func TestValueProblem(t *testing.T) {
	type call struct {
		t     reflect.Type
		input string
		err   error
	}
	var calls []call
	opts := strictjson.Options{ValueProblem: func(t reflect.Type, input string, err error) (string, string) {
		calls = append(calls, call{t, input, err})
		return "custom." + t.Name(), "bad " + input
	}}
	textType, jsonType := reflect.TypeFor[textVal](), reflect.TypeFor[jsonVal]()
	tests := []struct {
		data  string
		want  []pc
		calls []call
	}{
		{`{"text":"bad"}`, []pc{{"/text", "custom.textVal"}}, []call{{textType, "bad", errBad}}},
		{`{"text":"b\u0061d"}`, []pc{{"/text", "custom.textVal"}}, []call{{textType, "bad", errBad}}},
		{`{"ptext":"bad"}`, []pc{{"/ptext", "custom.textVal"}}, []call{{textType, "bad", errBad}}},
		{`{"texts":["ok","bad","ok","bad"]}`, []pc{{"/texts/1", "custom.textVal"}, {"/texts/3", "custom.textVal"}},
			[]call{{textType, "bad", errBad}, {textType, "bad", errBad}}},
		{`{"raw":"bad"}`, []pc{{"/raw", "custom.jsonVal"}}, []call{{jsonType, `"bad"`, errBad}}},
		{`{"raw": [ 1, {"a" :2} ] }`, []pc{{"/raw", "custom.jsonVal"}}, []call{{jsonType, `[ 1, {"a" :2} ]`, errBad}}},
		{`{"text":"fine","raw":{"fine":true}}`, nil, nil},
		// No call for a value that is already a problem for the decoder.
		{`{"text":1,"raw":null}`, []pc{{"/raw", cType}, {"/text", cType}}, nil},
	}
	for _, tt := range tests {
		calls = nil
		_, ps := decodeInto[doc](t, tt.data, opts)
		if diff := cmp.Diff(tt.want, pairs(ps)); diff != "" {
			t.Errorf("Decode(%q) (-want +got):\n%s", tt.data, diff)
		}
		for i, p := range ps {
			if i < len(tt.calls) && p.Message != "bad "+tt.calls[i].input {
				t.Errorf("Decode(%q): message %q is not the callback's", tt.data, p.Message)
			}
		}
		if len(calls) != len(tt.calls) {
			t.Errorf("Decode(%q): %d calls, want %d", tt.data, len(calls), len(tt.calls))
			continue
		}
		for i, c := range calls {
			w := tt.calls[i]
			if c.t != w.t || c.input != w.input || !errors.Is(c.err, w.err) {
				t.Errorf("Decode(%q): call %d = (%v, %q, %v), want (%v, %q, %v)", tt.data, i, c.t, c.input, c.err, w.t, w.input, w.err)
			}
		}
	}

	// Without a callback, the problem is a type problem with the error's text.
	_, ps := decodeInto[doc](t, `{"text":"bad","raw":[1]}`, strictjson.Options{})
	want := bilateral.Problems{
		{Path: "/raw", Code: cType, Message: errBad.Error()},
		{Path: "/text", Code: cType, Message: errBad.Error()},
	}
	if diff := cmp.Diff(want, ps); diff != "" {
		t.Errorf("default value problems (-want +got):\n%s", diff)
	}
}

func TestSyntaxError(t *testing.T) {
	tests := []struct {
		name string
		data string
		want []pc
		pos  string // "line L, column C"
	}{
		{"missing colon", "{\n  \"id\": \"x\",\n  \"b\" 2\n}", []pc{{"/b", cSyntax}}, "line 3, column 7"},
		{"after two-byte characters", `{"id": "ñandú", "count": x}`, []pc{{"/count", cSyntax}}, "line 1, column 26"},
		{"after four-byte characters", "{\n\"id\":\"😀😀\", x}", []pc{{"", cSyntax}}, "line 2, column 12"},
		{"unterminated string", `{"id":"abc`, []pc{{"/id", cSyntax}}, "line 1, column 11"},
		{"control character", "{\"id\":\"a\tb\"}", []pc{{"/id", cSyntax}}, "line 1, column 9"},
		{"bad escape", `{"id":"a\x"}`, []pc{{"/id", cSyntax}}, "line 1, column 9"},
		{"short unicode escape", `{"id":"\u12"}`, []pc{{"/id", cSyntax}}, "line 1, column 8"},
		{"missing comma", `{"tags":["a" "b"]}`, []pc{{"/tags", cSyntax}}, "line 1, column 14"},
		{"trailing comma in object", `{"id":"a",}`, []pc{{"", cSyntax}}, "line 1, column 11"},
		{"trailing comma in array", `{"tags":["a",]}`, []pc{{"/tags", cSyntax}}, "line 1, column 14"},
		{"trailing comma in skipped array", `{"u":[1,]}`, []pc{{"/u", cSyntax}}, "line 1, column 9"},
		{"leading comma in array", `{"tags":[,"a"]}`, []pc{{"/tags", cSyntax}}, "line 1, column 10"},
		{"end after a comma in array", `{"items":[{"id":"a"},`, []pc{{"/items", cSyntax}}, "line 1, column 22"},
		{"end after a comma in object", `{"items":[{"id":"a",`, []pc{{"/items/0", cSyntax}}, "line 1, column 21"},
		{"end after a member name", `{"items":[{"id"`, []pc{{"/items/0/id", cSyntax}}, "line 1, column 16"},
		{"end in a skipped array", `{"u":[1,2`, []pc{{"/u", cSyntax}}, "line 1, column 10"},
		{"end in a member value", `{"items":[{"id":"a`, []pc{{"/items/0/id", cSyntax}}, "line 1, column 19"},
		{"byte order mark", "\ufeff{}", []pc{{"", cSyntax}}, "line 1, column 1"},
		{"lone surrogate", `{"id":"\udc00"}`, []pc{{"/id", cSyntax}}, "line 1, column 8"},
		{"unexpected end", `{"id":`, []pc{{"/id", cSyntax}}, "line 1, column 7"},
		{"unexpected end of object", `{"id":"a"`, []pc{{"", cSyntax}}, "line 1, column 10"},
		{"unexpected end of array", `{"tags":["a"`, []pc{{"/tags", cSyntax}}, "line 1, column 13"},
		{"single quotes", `{'id':1}`, []pc{{"", cSyntax}}, "line 1, column 2"},
		{"bad literal", `{"ok":tru}`, []pc{{"/ok", cSyntax}}, "line 1, column 7"},
		{"capital literal", `{"ok":True}`, []pc{{"/ok", cSyntax}}, "line 1, column 7"},
		{"bad null", `{"id":nul}`, []pc{{"/id", cSyntax}}, "line 1, column 7"},
		{"bad literal in skipped array", "{\"u\":[1,\n  fals]}", []pc{{"/u/1", cSyntax}}, "line 2, column 3"},
		{"unclosed skipped object", `{"u":{"a":1`, []pc{{"/u", cSyntax}}, "line 1, column 12"},
		{"bracket mismatch", `{"u":[1}`, []pc{{"/u", cSyntax}}, "line 1, column 8"},
		{"bracket mismatch in raw", `{"raw":{"a":1]}`, []pc{{"/raw", cSyntax}}, "line 1, column 14"},
		{"CRLF lines", "{\r\n\"id\":\r\n?}", []pc{{"/id", cSyntax}}, "line 3, column 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ps := decodeInto[doc](t, tt.data, strictjson.Options{})
			if diff := cmp.Diff(tt.want, pairs(ps)); diff != "" {
				t.Errorf("Decode(%q) (-want +got):\n%s\nall: %v", tt.data, diff, ps)
			}
			for _, p := range ps {
				if p.Code == cSyntax && !strings.Contains(p.Message, tt.pos) {
					t.Errorf("Decode(%q): message %q does not say %q", tt.data, p.Message, tt.pos)
				}
			}
		})
	}
}

func TestSyntaxErrorIsTheOnlyProblem(t *testing.T) {
	// What came before a syntax error may have been misread, so the syntax
	// problem is the only one, and nothing after it is read.
	got, res := decodeResult[doc](t, `{"id":1,"x":2,"count":x,"ok":"y","size":true}`, strictjson.Options{})
	if diff := cmp.Diff([]pc{{"/count", cSyntax}}, pairs(res.Problems)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{""}, res.Unset); diff != "" {
		t.Errorf("unset (-want +got):\n%s", diff)
	}
	if got.OK {
		t.Error("a member after the syntax error was decoded")
	}
	wantPairs[doc](t, `{"ok":true,"tags":["a" "b"],"id":"x"}`, pc{"/tags", cSyntax})
	wantPairs[doc](t, `{"id":"a","id":"b","u":{"a":1,"a":2},"text":"bad"} ]`, pc{"", cSyntax})
}

func TestUnset(t *testing.T) {
	opts := strictjson.Options{ValueProblem: func(reflect.Type, string, error) (string, string) { return "custom", "bad" }}
	tests := []struct {
		data  string
		unset []string // in any order
	}{
		{`{"id":"a","count":1,"tags":["x"],"inner":{"id":"b"},"text":"t","raw":{"k":1}}`, nil},
		{`{"id":1}`, []string{"/id"}},
		{`{"id":""}`, []string{"/id"}},
		{`{"id":null}`, []string{"/id"}},
		{`{"count":1.5,"size":-1,"ratio":1e999}`, []string{"/count", "/size", "/ratio"}},
		{`{"tags":["a",2,"c",null]}`, []string{"/tags/1", "/tags/3"}},
		{`{"items":[{"id":"a"},{"n":"x","id":1}]}`, []string{"/items/1/n", "/items/1/id"}},
		{`{"inner":{"n":"x"}}`, []string{"/inner/n"}},
		{`{"text":"bad","texts":["ok","bad"],"ptext":"bad"}`, []string{"/text", "/texts/1", "/ptext"}},
		{`{"raw":"bad"}`, []string{"/raw"}},
		{`{"raw":{"k":1,"k":2}}`, []string{"/raw"}},     // a duplicate inside: not handed to UnmarshalJSON
		{`{"count":{"k":1,"k":2}}`, []string{"/count"}}, // a duplicate inside a value of the wrong type
		{`{"a/b~c":1}`, []string{"/a~1b~0c"}},
		// Unknown and duplicate members leave nothing unset: the first of
		// two members is kept.
		{`{"x":1,"id":"a","id":"b"}`, nil},
		{`5`, []string{""}},
	}
	for _, tt := range tests {
		_, res := decodeResult[doc](t, tt.data, opts)
		got := slices.Sorted(slices.Values(res.Unset))
		want := slices.Sorted(slices.Values(tt.unset))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Decode(%q) unset (-want +got):\n%s", tt.data, diff)
		}
	}
}

func TestTrailingText(t *testing.T) {
	for _, data := range []string{`{} x`, `{}{}`, `{"id":"a"} ,`, `{}]`, `{}}`, "{}\n\n  0"} {
		_, ps := decodeInto[doc](t, data, strictjson.Options{})
		if diff := cmp.Diff([]pc{{"", cSyntax}}, pairs(ps)); diff != "" {
			t.Errorf("Decode(%q) (-want +got):\n%s", data, diff)
		}
	}
	_, ps := decodeInto[doc](t, "{}\n\n  0", strictjson.Options{})
	if len(ps) == 1 && !strings.Contains(ps[0].Message, "line 3, column 3") {
		t.Errorf("message %q, want line 3, column 3", ps[0].Message)
	}
	wantPairs[string](t, `"x" "y"`, pc{"", cSyntax})
	wantPairs[int](t, `1 2`, pc{"", cSyntax})
	// White space after the value is fine.
	wantPairs[doc](t, " \t\r\n{}\n\t \r\n")
	// The syntax problem is the only one.
	wantPairs[doc](t, `{"id":1} x`, pc{"", cSyntax})
}

func TestEmptyInput(t *testing.T) {
	tests := []struct{ data, pos string }{
		{"", "line 1, column 1"},
		{"   ", "line 1, column 4"},
		{"\n\n", "line 3, column 1"},
		{"\t\r\n ", "line 2, column 2"},
	}
	for _, tt := range tests {
		_, ps := decodeInto[doc](t, tt.data, strictjson.Options{})
		if diff := cmp.Diff([]pc{{"", cSyntax}}, pairs(ps)); diff != "" {
			t.Errorf("Decode(%q) (-want +got):\n%s", tt.data, diff)
			continue
		}
		if !strings.Contains(ps[0].Message, tt.pos) {
			t.Errorf("Decode(%q): message %q does not say %q", tt.data, ps[0].Message, tt.pos)
		}
	}
	var data []byte // nil
	if ps := strictjson.Decode(data, new(doc), strictjson.Options{}).Problems; !ps.HasCode(cSyntax) {
		t.Errorf("Decode(nil) = %v", ps)
	}
}

func TestDeepNesting(t *testing.T) {
	if race.Enabled {
		t.Skip("one goroutine over many inputs: the run without -race checks it")
	}
	const n = 100000
	tests := []struct{ name, data string }{
		{"arrays in unknown member", `{"u":` + strings.Repeat("[", n)},
		{"closed arrays in unknown member", `{"u":` + strings.Repeat("[", n) + strings.Repeat("]", n) + `}`},
		{"objects in unknown member", `{"u":` + strings.Repeat(`{"a":`, n)},
		{"mixed in unknown member", `{"u":` + strings.Repeat(`[{"a":`, n/2)},
		{"arrays in raw member", `{"raw":` + strings.Repeat("[", n)},
		{"arrays for a string", `{"id":` + strings.Repeat("[", n)},
		{"arrays at the top", strings.Repeat("[", n)},
		{"arrays in a slice of strings", `{"tags":` + strings.Repeat("[", n)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ps := decodeInto[doc](t, tt.data, strictjson.Options{})
			if len(ps) != 1 || ps[0].Code != cTooBig {
				t.Fatalf("got %d problems, codes %v, want one json.too-large problem", len(ps), codes(ps))
			}
			if n := len(ps[0].Path); n > 1024 {
				t.Errorf("the problem's path is %d bytes long", n)
			}
		})
	}

	// Up to the limit, nesting is fine. (UnmarshalJSON of jsonVal rejects
	// arrays, so a well-formed array gets a type problem.)
	const limit = 10000
	tests2 := []struct {
		depth int
		want  string
	}{{limit - 1, cType}, {limit, cType}, {limit + 1, cTooBig}}
	for _, tt := range tests2 {
		_, ps := decodeInto[jsonVal](t, strings.Repeat("[", tt.depth)+strings.Repeat("]", tt.depth), strictjson.Options{})
		if got := codes(ps); !slices.Equal(got, []string{tt.want}) {
			t.Errorf("depth %d: got %v, want [%s]", tt.depth, got, tt.want)
		}
	}
	_, ps := decodeInto[[]int](t, "["+strings.Repeat("[", limit-1)+strings.Repeat("]", limit-1)+"]", strictjson.Options{})
	if diff := cmp.Diff([]pc{{"/0", cType}}, pairs(ps)); diff != "" {
		t.Errorf("[]int with a deep item (-want +got):\n%s", diff)
	}
}

func codes(ps bilateral.Problems) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Code)
	}
	return out
}

// nest is a recursive type: every level of the document is decoded into it.
type nest []nest

func TestNestingLimitFromRoot(t *testing.T) {
	if race.Enabled {
		t.Skip("one goroutine over many inputs: the run without -race checks it")
	}
	const limit = 10000
	_, ps := decodeInto[doc](t, `{"u":`+strings.Repeat("[", limit)+strings.Repeat("]", limit)+`}`, strictjson.Options{})
	if !ps.HasCode(cTooBig) {
		t.Errorf("nesting %d deep from the root: no json.too-large problem: %v", limit+1, pairs(ps))
	}
	_, ps = decodeInto[nest](t, strings.Repeat("[", limit+1)+strings.Repeat("]", limit+1), strictjson.Options{})
	if !ps.HasCode(cTooBig) {
		t.Errorf("recursive type nested %d deep: no json.too-large problem: %v", limit+1, pairs(ps))
	}
	_, ps = decodeInto[nest](t, strings.Repeat("[", 100000), strictjson.Options{})
	if !ps.HasCode(cTooBig) {
		t.Errorf("recursive type nested 100000 deep: %v", codes(ps))
	}
	// Without a limit, a recursive type is still decoded no deeper than
	// the decoder's own limit, which keeps its stack bounded; skipped
	// values have none.
	_, ps = decodeInto[nest](t, strings.Repeat("[", limit+1), strictjson.Options{MaxDepth: -1})
	if !ps.HasCode(cTooBig) {
		t.Errorf("recursive type nested %d deep without a limit: %v", limit+1, codes(ps))
	}
	_, ps = decodeInto[doc](t, `{"u":`+strings.Repeat("[", 50000)+strings.Repeat("]", 50000)+`}`, strictjson.Options{MaxDepth: -1})
	if !ps.HasCode(cUnknown) || len(ps) != 1 {
		t.Errorf("skipped value nested 50000 deep without a limit: %v", pairs(ps))
	}
	// A limit of 3 allows three levels.
	wantPairs3 := func(data string, want ...string) {
		t.Helper()
		_, ps := decodeInto[doc](t, data, strictjson.Options{MaxDepth: 3})
		if got := codes(ps); !slices.Equal(got, want) {
			t.Errorf("Decode(%s) with MaxDepth 3: %v, want %v", data, got, want)
		}
	}
	wantPairs3(`{"u":[[1]]}`, cUnknown)
	wantPairs3(`{"u":[[[1]]]}`, cTooBig)
	wantPairs3(`{"items":[{"id":"a"}]}`)
	wantPairs3(`{"items":[{"id":{}}]}`, cTooBig)
}

func TestRecursiveType(t *testing.T) {
	type tree struct {
		Name string  `json:"name"`
		Kids []*tree `json:"kids,omitempty"`
	}
	got := wantPairs[tree](t, `{"name":"a","kids":[{"name":"b","kids":[{"name":"c","kids":[]}]},{"name":"d","x":1}]}`,
		pc{"/kids/1/x", cUnknown})
	want := &tree{Name: "a", Kids: []*tree{{Name: "b", Kids: []*tree{{Name: "c"}}}, {Name: "d"}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	wantPairs[nest](t, `[[],[[]],[[[]]]]`)
}

func TestContinuesAfterProblems(t *testing.T) {
	data := `{
		"id": 5,
		"count": "x",
		"extra": true,
		"a/b~c": 1,
		"items": [{"id":"a"},{"n":"x"},{"id":""},{},{},{},{},{},{},{},{"id":7,"id":8},{"n":1.5}],
		"inner": {"n": 1.5, "q~": 1, "id": "in"},
		"text": "bad",
		"tags": ["x", 1, null, "y"],
		"raw": {"a/b": 1, "a\/b": 2},
		"ok": true,
		"size": -1,
		"ratio": 2.5
	}`
	got, ps := decodeInto[doc](t, data, strictjson.Options{})
	want := []pc{
		{"/a~1b~0c", cType},
		{"/count", cType},
		{"/extra", cUnknown},
		{"/id", cType},
		{"/inner/n", cNumber},
		{"/inner/q~0", cUnknown},
		{"/items/1/n", cType},
		{"/items/2/id", cEmpty},
		{"/items/10/id", cDup},
		{"/items/10/id", cType},
		{"/items/11/n", cNumber},
		{"/raw/a~1b", cDup},
		{"/size", cNumber},
		{"/tags/1", cType},
		{"/tags/2", cType},
		{"/text", cType},
	}
	if diff := cmp.Diff(want, pairs(ps)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	// What could be read was read.
	if !got.OK || got.Ratio != 2.5 || got.Inner == nil || got.Inner.ID != "in" || len(got.Items) != 12 ||
		got.Items[0].ID != "a" || !slices.Equal(got.Tags, []string{"x", "", "", "y"}) {
		t.Errorf("values after problems not decoded: %+v", got)
	}
}

func TestProblemsSorted(t *testing.T) {
	// Found in document order, reported in pointer order: indexes as
	// numbers, then codes.
	var b strings.Builder
	b.WriteString(`{"z":1,"items":[`)
	for i := 12; i >= 0; i-- {
		if i < 12 {
			b.WriteByte(',')
		}
		b.WriteString(`{"n":"x"}`)
	}
	b.WriteString(`],"id":1,"id":2,"a":1}`)
	got, ps := decodeInto[doc](t, b.String(), strictjson.Options{})
	_ = got
	want := []pc{{"/a", cUnknown}, {"/id", cDup}, {"/id", cType}}
	for i := range 13 {
		want = append(want, pc{"/items/" + strconv.Itoa(i) + "/n", cType})
	}
	want = append(want, pc{"/z", cUnknown})
	if diff := cmp.Diff(want, pairs(ps)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestEmptyArray(t *testing.T) {
	got := wantPairs[doc](t, `{"tags":[],"opt":[],"zero":[],"items":[ ],"texts":[]}`)
	if got.Tags == nil || len(got.Tags) != 0 {
		t.Errorf("tags (no omitempty): got %#v, want an empty non-nil slice", got.Tags)
	}
	if got.Items == nil || got.Texts == nil {
		t.Errorf("items, texts (no omitempty): got nil, want empty non-nil slices")
	}
	if got.Opt != nil {
		t.Errorf("opt (omitempty): got %#v, want nil", got.Opt)
	}
	if got.Zero != nil {
		t.Errorf("zero (omitzero): got %#v, want nil", got.Zero)
	}
	got = wantPairs[doc](t, `{"opt":["a"],"zero":[0]}`)
	if !slices.Equal(got.Opt, []string{"a"}) || !slices.Equal(got.Zero, []int{0}) {
		t.Errorf("got %v %v", got.Opt, got.Zero)
	}
	// Only the field's own array: arrays in its items follow their own field.
	type outer struct {
		Lists [][]int `json:"lists,omitempty"`
	}
	o := wantPairs[outer](t, `{"lists":[[],[1]]}`)
	if len(o.Lists) != 2 || o.Lists[0] == nil {
		t.Errorf("lists: got %#v, want an empty non-nil first item", o.Lists)
	}
}

func TestUnsupportedType(t *testing.T) {
	type withMap struct {
		M  map[string]int `json:"m"`
		A  any            `json:"a"`
		ID string         `json:"id"`
	}
	got := wantPairs[withMap](t, `{"m":{"k":1},"a":[1],"id":"x"}`, pc{"/a", cType}, pc{"/m", cType})
	if got.ID != "x" {
		t.Errorf("decoding did not go on after an unsupported type: %+v", got)
	}
	// Its value is still checked.
	wantPairs[withMap](t, `{"m":{"k":1,"k":2}}`, pc{"/m", cType}, pc{"/m/k", cDup})
}

// manyFields returns a pointer to a new struct with n int fields, with the
// member names f0, f1, ...
func manyFields(n int) any {
	fields := make([]reflect.StructField, n)
	for i := range fields {
		fields[i] = reflect.StructField{
			Name: "F" + strconv.Itoa(i),
			Type: reflect.TypeFor[int](),
			Tag:  reflect.StructTag(`json:"f` + strconv.Itoa(i) + `"`),
		}
	}
	return reflect.New(reflect.StructOf(fields)).Interface()
}

func TestManyFields(t *testing.T) {
	// Up to 64 fields, each field is found once and twice is a duplicate.
	v := manyFields(64)
	var b strings.Builder
	b.WriteByte('{')
	for i := range 64 {
		fmt.Fprintf(&b, `"f%d":%d,`, i, i)
	}
	b.WriteString(`"f63":0}`)
	ps := strictjson.Decode([]byte(b.String()), v, strictjson.Options{}).Problems
	if diff := cmp.Diff([]pc{{"/f63", cDup}}, pairs(ps)); diff != "" {
		t.Errorf("64 fields (-want +got):\n%s", diff)
	}
	if got := reflect.ValueOf(v).Elem().Field(40).Int(); got != 40 {
		t.Errorf("F40 = %d", got)
	}
}

func TestManyFieldsPast64(t *testing.T) {
	v := manyFields(70)
	ps := strictjson.Decode([]byte(`{"f64":1,"f0":2}`), v, strictjson.Options{}).Problems
	if len(ps) != 0 {
		t.Errorf("two different fields: %v", ps)
	}
	ps = strictjson.Decode([]byte(`{"f65":1,"f65":2}`), manyFields(70), strictjson.Options{}).Problems
	if diff := cmp.Diff([]pc{{"/f65", cDup}}, pairs(ps)); diff != "" {
		t.Errorf("field 65 twice (-want +got):\n%s", diff)
	}
}

func TestZeroObjects(t *testing.T) {
	opts := strictjson.Options{ValueProblem: func(reflect.Type, string, error) (string, string) { return "custom", "bad" }}
	tests := []struct {
		data string
		zero []string
	}{
		{`{}`, nil}, // the document itself is not a member
		{`{"inner":{"id":"a"}}`, nil},
		{`{"inner":{}}`, []string{"/inner"}},
		{`{"inner":{"id":1}}`, []string{"/inner"}}, // its one member could not be read
		{`{"inner":{"x":1}}`, []string{"/inner"}},  // an unknown member is not kept
		{`{"inner":null}`, nil},
		{`{"items":[{},{"id":"a"}]}`, nil}, // items are there by their index
	}
	for _, tt := range tests {
		_, res := decodeResult[doc](t, tt.data, opts)
		if diff := cmp.Diff(tt.zero, res.ZeroObjects); diff != "" {
			t.Errorf("Decode(%q) zero objects (-want +got):\n%s", tt.data, diff)
		}
	}
}

// level has required members whose zero value is a value, and one whose
// zero value is not.
type level struct {
	Quarter string  `json:"quarter"`
	Value   float64 `json:"value"`
	Count   int     `json:"count"`
	Final   bool    `json:"final"`
	Note    string  `json:"note,omitempty"`
	Extra   float64 `json:"extra,omitempty"`
}

// TestMissing checks that Decode names the required members of number and
// bool type that an object lacks, which their zero value cannot tell, and
// no others: not a missing string, whose zero value is no value, nor an
// optional member.
func TestMissing(t *testing.T) {
	tests := []struct {
		data    string
		missing []string
	}{
		{`{"levels":[{"quarter":"q","value":0,"count":0,"final":false}]}`, nil},
		{`{"levels":[{"value":0,"count":1,"final":true}]}`, nil},
		{`{"levels":[{"quarter":"q","count":1,"final":true},{}]}`, []string{
			"/levels/0/value", "/levels/1/value", "/levels/1/count", "/levels/1/final",
		}},
		{`{"levels":[{"quarter":"q","value":"x","count":1,"final":true}]}`, nil}, // given, of the wrong type
		{`{"levels":[{"quarter":"q","valeu":1,"count":1,"final":true}]}`, nil},   // suggested, not missing
	}
	for _, tt := range tests {
		var v struct {
			Levels []level `json:"levels"`
		}
		res := strictjson.Decode([]byte(tt.data), &v, strictjson.Options{})
		if diff := cmp.Diff(tt.missing, res.Missing); diff != "" {
			t.Errorf("Decode(%s) missing (-want +got):\n%s", tt.data, diff)
		}
	}
}
