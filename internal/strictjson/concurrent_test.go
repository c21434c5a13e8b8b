package strictjson_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral/internal/race"
	"github.com/bilateral-go/bilateral/internal/strictjson"
)

// node is decoded by no other test, so that the goroutines below are the
// first to ask for its type information, which refers back to itself.
type node struct {
	Name     string   `json:"name"`
	Children []node   `json:"children,omitempty"`
	Next     *node    `json:"next,omitempty"`
	Tags     []string `json:"tags,omitempty"`
}

// TestConcurrentFirstDecode decodes a type that no one has decoded yet
// from many goroutines at once: the type cache is shared by every Decode
// in a program, and the race detector watches it being filled.
func TestConcurrentFirstDecode(t *testing.T) {
	const data = `{"name":"a","children":[{"name":"b","next":{"name":"c","tags":["x"]}}],"nme":1}`
	const workers = 8
	type outcome struct {
		value node
		res   strictjson.Result
	}
	got := make([]outcome, workers)
	race.AtOnce(workers, func(w int) {
		got[w].res = strictjson.Decode([]byte(data), &got[w].value, strictjson.Options{})
	})
	want := outcome{
		value: node{Name: "a", Children: []node{{Name: "b", Next: &node{Name: "c", Tags: []string{"x"}}}}},
	}
	if len(got[0].res.Problems) != 1 || got[0].res.Problems[0].Path != "/nme" || got[0].res.Problems[0].Code != cUnknown {
		t.Fatalf("problems: %v; want one unknown member at /nme", got[0].res.Problems)
	}
	want.res = got[0].res
	for w, o := range got {
		if diff := cmp.Diff(want, o, cmp.AllowUnexported(outcome{})); diff != "" {
			t.Errorf("goroutine %d (-want +got):\n%s", w, diff)
		}
	}
}
