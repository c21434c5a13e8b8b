package strictjson_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/internal/race"
	"github.com/bilateral-go/bilateral/internal/strictjson"
)

type named struct {
	Name string `json:"name"`
}

// namesDocument returns a document of one object with a name for each of
// names.
func namesDocument(names []string) []byte {
	var b strings.Builder
	b.WriteByte('[')
	for i, name := range names {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"name":%q}`, name)
	}
	b.WriteByte(']')
	return []byte(b.String())
}

// manyStrings returns a document of n names, of lengths from 1 to 600
// bytes, so that names share chunks, fill them, and some are too long to
// share one, and the names it holds.
func manyStrings(n int) ([]byte, []string) {
	names := make([]string, n)
	for i := range names {
		names[i] = fmt.Sprintf("%d-%s", i, strings.Repeat("x", (i*37)%600))
	}
	return namesDocument(names), names
}

// TestStringsOutliveTheInput checks that the strings Decode keeps are its
// own: each is what the document held, after the input is overwritten.
func TestStringsOutliveTheInput(t *testing.T) {
	data, want := manyStrings(2000)
	var got []named
	if res := strictjson.Decode(data, &got, strictjson.Options{}); len(res.Problems) > 0 {
		t.Fatal(res.Problems)
	}
	for i := range data {
		data[i] = '#'
	}
	if len(got) != len(want) {
		t.Fatalf("decoded %d names, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Name != want[i] {
			t.Fatalf("name %d = %.40q…, want %.40q…", i, got[i].Name, want[i])
		}
	}
}

// TestStringsShareAllocations checks that short strings are not allocated
// one by one: 10,000 names cost far fewer allocations than names.
func TestStringsShareAllocations(t *testing.T) {
	if race.Enabled {
		t.Skip("the race detector allocates on its own")
	}
	const n = 10000
	names := make([]string, n)
	for i := range names {
		names[i] = fmt.Sprintf("milestone-%d", i)
	}
	data := namesDocument(names)
	allocs := testing.AllocsPerRun(5, func() {
		var got []named
		strictjson.Decode(data, &got, strictjson.Options{})
	})
	if allocs > n/10 {
		t.Errorf("decoding %d names allocates %v times; want at most %d", n, allocs, n/10)
	}
}
