package strictjson_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/internal/bounded"
	"github.com/bilateral-go/bilateral/internal/strictjson"
)

// TestOpenIsBounded checks that the decoder, stopped deep inside a document
// whose depth is not limited, lists open paths only down to where the
// pointers are cut: every deeper path is that same cut pointer.
func TestOpenIsBounded(t *testing.T) {
	const depth = 20000
	data := `{"x":` + strings.Repeat(`[`, depth) + strings.Repeat(`{"a":0,"a":0,"a":0},`, 4) + `1` + strings.Repeat(`]`, depth) + `}`
	res := strictjson.Decode([]byte(data), new(required), strictjson.Options{MaxDepth: -1, MaxProblems: 2})
	if !res.Truncated {
		t.Fatalf("not stopped: %v", res.Problems)
	}
	// A pointer token is at least 2 bytes ("/0"), so a pointer of at most
	// MaxPointer bytes has at most MaxPointer/2 tokens.
	if most := bounded.MaxPointer/2 + 2; len(res.Open) > most {
		t.Errorf("%d open paths, want at most %d", len(res.Open), most)
	}
	if len(res.Open) == 0 || res.Open[0] != "" {
		t.Errorf("open paths %.80q..., want the root first", res.Open)
	}
	for i, p := range res.Open {
		if len(p) > bounded.MaxPointer+len("/"+bounded.Ellipsis) {
			t.Fatalf("open path %d is %d bytes", i, len(p))
		}
	}
}

// BenchmarkSkipDuplicates reads a skipped object of 15 long names followed
// by many duplicates of a short one, with no limit on problems. The time
// per byte stays the same however long the names: a duplicate is compared
// with the text of no name whose hash differs.
func BenchmarkSkipDuplicates(b *testing.B) {
	for _, size := range []int{16 << 10, 64 << 10} {
		var sb strings.Builder
		sb.WriteString(`{"x":{`)
		for i := range 15 {
			fmt.Fprintf(&sb, `"%s%02d":0,`, strings.Repeat("n", size), i)
		}
		sb.WriteString(`"a":0`)
		sb.WriteString(strings.Repeat(`,"a":0`, size/8))
		sb.WriteString(`}}`)
		data := []byte(sb.String())
		b.Run(fmt.Sprintf("names=%dKiB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				strictjson.Decode(data, new(required), strictjson.Options{MaxProblems: -1})
			}
		})
	}
}
