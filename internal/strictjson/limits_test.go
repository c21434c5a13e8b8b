package strictjson_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/race"
	"github.com/bilateral-go/bilateral/internal/strictjson"
)

type required struct {
	ID    string   `json:"id"`
	Title string   `json:"title"`
	Note  string   `json:"note,omitempty"`
	Tags  []string `json:"tags,omitempty"`
}

type requiredList struct {
	Items []required `json:"items"`
	Other []string   `json:"other,omitempty"`
}

// TestSuggestions checks that an unknown member one edit, or only case,
// away from a member the object lacks is one problem that names it, and
// that the member it stands for is not reported missing.
func TestSuggestions(t *testing.T) {
	tests := []struct {
		data      string
		suggested []string // the pointers of the members taken as meant
		mentions  string   // the member the problem suggests, if any
	}{
		{`{"id":"a","titel":"t"}`, []string{"/title"}, `"title"`},  // two letters swapped
		{`{"id":"a","Title":"t"}`, []string{"/title"}, `"title"`},  // case
		{`{"id":"a","TITEL":"t"}`, []string{"/title"}, `"title"`},  // case and a swap
		{`{"id":"a","tile":"t"}`, []string{"/title"}, `"title"`},   // a letter left out
		{`{"id":"a","titles":"t"}`, []string{"/title"}, `"title"`}, // a letter more
		{`{"id":"a","tutle":"t"}`, []string{"/title"}, `"title"`},  // a letter changed
		{`{"id":"a","ttiel":"t"}`, nil, ""},                        // two edits
		{`{"id":"a","title":"t","titel":"u"}`, nil, ""},            // title is there
		{`{"title":"t","Id":"a","notes":"n"}`, []string{"/id", "/note"}, ""},
		{`{"id":"a","title":"t","x":1}`, nil, ""},
		// Two misspellings of one member: the first is taken.
		{`{"id":"a","titel":"t","titl":"u"}`, []string{"/title"}, ""},
	}
	for _, tt := range tests {
		_, res := decodeResult[required](t, tt.data, strictjson.Options{})
		if diff := cmp.Diff(tt.suggested, res.Suggested); diff != "" {
			t.Errorf("Decode(%s) suggested (-want +got):\n%s", tt.data, diff)
		}
		for _, p := range res.Problems {
			if p.Code != cUnknown {
				t.Errorf("Decode(%s): %v, want unknown members only", tt.data, p)
			}
		}
		if tt.mentions != "" && !strings.Contains(res.Problems[0].Message, tt.mentions) {
			t.Errorf("Decode(%s): %q does not suggest %s", tt.data, res.Problems[0].Message, tt.mentions)
		}
	}
	// A long unknown name is compared with nothing.
	_, res := decodeResult[required](t, `{"`+strings.Repeat("t", 1<<20)+`":1}`, strictjson.Options{})
	if len(res.Suggested) != 0 || len(res.Problems) != 1 {
		t.Errorf("a 1 MiB name: suggested %v, %d problems", res.Suggested, len(res.Problems))
	}
}

// TestMaxProblems checks that the decoder stops once it is sure the
// document has more problems than the limit: those it found, and one for
// each object that lacks a required member.
func TestMaxProblems(t *testing.T) {
	many := func(item string, n int) string {
		return `{"items":[` + strings.TrimSuffix(strings.Repeat(item+",", n), ",") + `]}`
	}
	tests := []struct {
		name      string
		data      string
		max       int
		problems  int // how many the decoder reports
		truncated bool
		open      []string
	}{
		{"under the limit", many(`{"id":"a","title":"t","x":1}`, 5), 10, 5, false, nil},
		{"at the limit", many(`{"id":"a","title":"t","x":1}`, 10), 10, 10, false, nil},
		{"past the limit", many(`{"id":"a","title":"t","x":1}`, 1000), 10, 10, true, []string{"", "/items", "/items/10", "/items/10/x"}},
		{"no limit", many(`{"id":"a","title":"t","x":1}`, 1000), 0, 1000, false, nil},
		// Objects that lack a required member count, though the decoder
		// does not report them.
		{"missing members", many(`{}`, 1000), 10, 0, true, []string{"", "/items"}},
		{"missing and unknown", many(`{"x":1}`, 1000), 10, 6, true, []string{"", "/items", "/items/5", "/items/5/x"}},
		{"missing members, under the limit", many(`{}`, 10), 10, 0, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, res := decodeResult[requiredList](t, tt.data, strictjson.Options{MaxProblems: tt.max})
			if len(res.Problems) != tt.problems || res.Truncated != tt.truncated {
				t.Errorf("%d problems, truncated %v; want %d, %v", len(res.Problems), res.Truncated, tt.problems, tt.truncated)
			}
			if diff := cmp.Diff(tt.open, res.Open); diff != "" {
				t.Errorf("open (-want +got):\n%s", diff)
			}
		})
	}
}

// TestBoundedOutput checks that no problem quotes much of the input, and
// that pointers stay within their bound, however long the input's names
// and values are.
func TestBoundedOutput(t *testing.T) {
	if race.Enabled {
		t.Skip("one goroutine over many inputs: the run without -race checks it")
	}
	long := strings.Repeat("n", 1<<20)
	docs := []string{
		`{"` + long + `":1}`,
		`{"` + long + `":{"a":1,"a":2}}`,
		`{"x":{"` + long + `":1,"` + long + `":2}}`,
		`{"` + long + `":{"` + long + `":{"a":[1,"x" "y"]}}}`,
		`{"count":1` + strings.Repeat("0", 1<<20) + `}`,
		`{"ratio":1` + strings.Repeat("0", 1<<20) + `}`,
		`{"ratio":1e-` + strings.Repeat("9", 1<<20) + `}`,
		`{"count":"` + long + `"}`,
		`{"raw":"` + long + `",` + `"tags":[1,"` + long + `"]}`,
		`{"raw":[` + strings.Repeat(`"`+long+`",`, 2) + `1]}`,
	}
	opts := strictjson.Options{ValueProblem: func(_ reflect.Type, input string, _ error) (string, string) {
		return "custom", "bad value"
	}}
	for _, data := range docs {
		_, ps := decodeInto[doc](t, data, opts)
		if len(ps) == 0 {
			t.Errorf("Decode(%.40q…): no problems", data)
		}
		for _, p := range ps {
			if len(p.Path) > 1024 || len(p.Message) > 400 {
				t.Errorf("Decode(%.40q…): a problem with a path of %d bytes and a message of %d", data, len(p.Path), len(p.Message))
			}
		}
	}
}

type textDoc struct {
	Title  bilateral.Text   `json:"title"`
	Notes  []bilateral.Text `json:"notes,omitempty"`
	Others *bilateral.Text  `json:"others,omitempty"`
}

// TestText checks that a Text is read as a plain string or an object of
// strings, with each problem of a translation at the translation.
func TestText(t *testing.T) {
	got := wantPairs[textDoc](t, `{"title":{"es":"Comercio","en":"Trade"},"notes":["a",{"fr":"b"}]}`)
	want := &textDoc{
		Title: bilateral.Translated(map[string]string{"en": "Trade", "es": "Comercio"}),
		Notes: []bilateral.Text{bilateral.PlainText("a"), bilateral.Translated(map[string]string{"fr": "b"})},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	tests := []struct {
		data string
		want []pc
	}{
		{`{"title":{"en":5}}`, []pc{{"/title/en", cType}}},
		{`{"title":{"en":"a","es":null,"fr":["x"]}}`, []pc{{"/title/es", cType}, {"/title/fr", cType}}},
		{`{"title":{"en":"a","en":"b"}}`, []pc{{"/title/en", cDup}}},
		{`{"title":{"en":{"x":1,"x":2}}}`, []pc{{"/title/en", cType}, {"/title/en/x", cDup}}},
		{`{"title":5}`, []pc{{"/title", cType}}},
		{`{"title":null}`, []pc{{"/title", cType}}},
		{`{"title":""}`, []pc{{"/title", cEmpty}}},
		{`{"title":{"en":"a\udc00"}}`, []pc{{"/title/en", cSyntax}}},
		{`{"title":{"en" "a"}}`, []pc{{"/title/en", cSyntax}}},
		{`{"title":{"en":"a",}}`, []pc{{"/title", cSyntax}}},
		{`{"notes":[{"en":1}]}`, []pc{{"/notes/0/en", cType}}},
		{`{"others":{"a/b":true}}`, []pc{{"/others/a~1b", cType}}},
	}
	for _, tt := range tests {
		got, res := decodeResult[textDoc](t, tt.data, strictjson.Options{})
		if diff := cmp.Diff(tt.want, pairs(res.Problems)); diff != "" {
			t.Errorf("Decode(%s) (-want +got):\n%s", tt.data, diff)
		}
		if !got.Title.IsZero() || got.Others != nil {
			t.Errorf("Decode(%s) set a text it reported: %+v", tt.data, got)
		}
	}
	// The empty text of a language is a value, which validation judges.
	wantPairs[textDoc](t, `{"title":{"en":""}}`)
}

// TestArrayCapacity checks that a long array is allocated at its length,
// once its first elements are read, and that many tiny invalid elements
// cost no more than valid ones could.
func TestArrayCapacity(t *testing.T) {
	for _, n := range []int{1, 9, 100, 1000} {
		items := strings.TrimSuffix(strings.Repeat(`{"id":"a","title":"t"},`, n), ",")
		got := wantPairs[requiredList](t, `{"items":[`+items+`],"other":["x"]}`)
		if len(got.Items) != n || cap(got.Items) != n || cap(got.Other) != 1 {
			t.Errorf("%d items: capacities %d, %d; want %d, 1", n, cap(got.Items), cap(got.Other), n)
		}
	}
	// A few grow as they come, to a power of two.
	got := wantPairs[requiredList](t, `{"items":[{"id":"a","title":"t"},{"id":"b","title":"u"},{"id":"c","title":"v"}]}`)
	if len(got.Items) != 3 || cap(got.Items) > 4 {
		t.Errorf("3 items: capacity %d", cap(got.Items))
	}
	// 100000 empty objects: a valid item takes at least 22 bytes,
	// {"id":"a","title":"t"}, so the 300000 bytes hold at most 13637.
	data := `{"items":[` + strings.TrimSuffix(strings.Repeat("{},", 100000), ",") + `]}`
	var v requiredList
	res := strictjson.Decode([]byte(data), &v, strictjson.Options{MaxProblems: 100})
	if !res.Truncated || cap(v.Items) > len(data)/22+1 {
		t.Errorf("100000 empty objects: truncated %v, capacity %d", res.Truncated, cap(v.Items))
	}
	if !slices.Equal(res.Open, []string{"", "/items"}) {
		t.Errorf("open %v", res.Open)
	}
}
