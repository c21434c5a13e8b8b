package strictjson_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/strictjson"
)

// The fuzz types are those on which the strict decoder and encoding/json
// agree whenever the strict decoder finds no problem. They leave out what
// the package documents as different: there is no omitempty slice (an empty
// array decodes to nil there, and to an empty slice in encoding/json), and
// no two member names differ only in case (encoding/json matches names
// ignoring case when none matches exactly). The other differences (null,
// "", duplicates, unknown members, invalid UTF-8) are problems, so the
// comparison does not meet them.

// fuzzUpper has UnmarshalText: it keeps the text in upper case and rejects
// "bad".
type fuzzUpper string

func (u *fuzzUpper) UnmarshalText(b []byte) error {
	if string(b) == "bad" {
		return errBad
	}
	*u = fuzzUpper(strings.ToUpper(string(b)))
	return nil
}

// fuzzRaw has UnmarshalJSON: it keeps the raw text of the value, and
// rejects the number 13.
type fuzzRaw struct{ Raw string }

func (r *fuzzRaw) UnmarshalJSON(b []byte) error {
	if string(b) == "13" {
		return errors.New("unlucky")
	}
	r.Raw = string(b)
	return nil
}

type fuzzInner struct {
	S  string   `json:"s"`
	N  int      `json:"n"`
	Bs []bool   `json:"bs"`
	Up []string `json:"up"`
}

type fuzzDoc struct {
	S     string           `json:"s"`
	I     int64            `json:"i"`
	I8    int8             `json:"i8"`
	U16   uint16           `json:"u16"`
	U     uint             `json:"u"`
	F     float64          `json:"f"`
	B     bool             `json:"b"`
	SS    []string         `json:"ss"`
	Ints  []int            `json:"ints"`
	Grid  [][]float64      `json:"grid"`
	P     *fuzzInner       `json:"p"`
	Items []fuzzInner      `json:"items"`
	T     fuzzUpper        `json:"t"`
	Ts    []fuzzUpper      `json:"ts"`
	PT    *fuzzUpper       `json:"pt"`
	R     fuzzRaw          `json:"r"`
	Name  string           `json:"name,omitempty"`
	Slash string           `json:"a/b~c"`
	Text  bilateral.Text   `json:"text,omitzero"`
	Texts []bilateral.Text `json:"texts"`
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		``, ` `, `{}`, `[]`, `null`, `"x"`, `0`,
		`{"s":"a","i":-5,"i8":127,"u16":65535,"u":0,"f":1.5e-3,"b":true}`,
		`{"ss":["a","b"],"ints":[1,2,3],"grid":[[1,2],[],[3.5]]}`,
		`{"p":{"s":"x","n":1,"bs":[true,false],"up":[]},"items":[{},{"s":"y"}]}`,
		`{"t":"hello","ts":["a","b"],"pt":"p","r":{"k":[1,"2",null]},"name":"n","a/b~c":"odd"}`,
		`{"r":13}`, `{"r":" 13"}`, `{"t":"bad"}`, `{"t":""}`, `{"s":null}`, `{"s":1}`,
		`{"s":"a","s":"b"}`, `{"\u0073":"a","s":"b"}`, `{"S":"a"}`, `{"x":{"a":1,"a":2}}`,
		`{"s":"\ud800\udc00\ud800"}`, "{\"s\":\"\xff\"}", `{"i":1e2}`, `{"i8":128}`, `{"u":-0}`,
		`{"f":1e400}`, `{"f":-0}`, `{"f":01}`, `{"grid":[[1,],]}`, `{"s":"a"} x`, `{"s":"a",}`,
		`{"r":[` + strings.Repeat("[", 50) + strings.Repeat("]", 50) + `]}`,
		"{\n\t\"s\" : \"\\n\\t\\\"\\/\" ,\r\n \"b\":false }",
		`{"text":"a","texts":[{"en":"b","es":"c"},"d"]}`, `{"text":{"en":1}}`, `{"text":{"en":"a","en":"b"}}`,
		`{"titel":1,"Name":2,"x":3,"x":4}`, "\ufeff{}", `{"items":[{},{},{},{},{}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// With a low limit on problems, the decoder stops, and says where.
		var partial fuzzDoc
		res := strictjson.Decode(data, &partial, strictjson.Options{MaxProblems: 2, MaxDepth: 8})
		checkResult(t, res)
		if res.Truncated {
			if len(res.Problems) > 2 || len(res.Open) == 0 || res.Open[0] != "" {
				t.Fatalf("Decode(%q) truncated with %d problems, open %q", data, len(res.Problems), res.Open)
			}
		} else if len(res.Open) > 0 || len(res.Problems) > 2 && !res.Problems.HasCode(cSyntax) {
			t.Fatalf("Decode(%q) not truncated, with %d problems, open %q", data, len(res.Problems), res.Open)
		}

		var got fuzzDoc
		res = strictjson.Decode(data, &got, strictjson.Options{})
		checkResult(t, res)
		ps := res.Problems

		if !json.Valid(data) && !ps.HasCode(cSyntax) {
			t.Fatalf("encoding/json finds %q invalid, but Decode reports no syntax problem: %v", data, pairs(ps))
		}
		if len(ps) > 0 {
			return
		}
		var want fuzzDoc
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatalf("Decode accepts %q, but encoding/json rejects it: %v", data, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("Decode(%q) differs from encoding/json (-json +strict):\n%s", data, diff)
		}
	})
}
