package agreement_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/internal/race"
)

// nested returns the seed with an unknown member holding arrays nested
// depth deep, so that the document nests depth+1 deep.
func nested(tb testing.TB, depth int) []byte {
	seed := string(readSeed(tb))
	return []byte(strings.Replace(seed, `"kind":`, `"notes": `+strings.Repeat("[", depth)+strings.Repeat("]", depth)+`, "kind":`, 1))
}

func TestParseOptions(t *testing.T) {
	seed := readSeed(t)
	dups := []byte(`{"a":0,` + strings.Repeat(`"a":0,`, 300) + `"b":0}`)
	tests := []struct {
		name      string
		opts      agreement.ParseOptions
		data      []byte
		codes     []string // the distinct codes, in order
		problems  int
		truncated bool
	}{
		{"no limit on bytes by default", agreement.ParseOptions{}, seed, nil, 0, false},
		{"bytes at the limit", agreement.ParseOptions{MaxBytes: len(seed)}, seed, nil, 0, false},
		{"bytes past the limit", agreement.ParseOptions{MaxBytes: len(seed) - 1}, seed, []string{agreement.CodeJSONTooLarge}, 1, false},
		{"no limit on bytes", agreement.ParseOptions{MaxBytes: -1}, seed, nil, 0, false},

		// The notes are a member of the root object, so the document
		// nests one deeper than their arrays (the seed itself nests 6
		// deep).
		{"depth at the default limit", agreement.ParseOptions{}, nested(t, agreement.DefaultMaxDepth-1), []string{agreement.CodeJSONUnknownMember}, 1, false},
		{"depth past the default limit", agreement.ParseOptions{}, nested(t, agreement.DefaultMaxDepth), []string{agreement.CodeJSONTooLarge}, 1, false},
		{"depth at a lower limit", agreement.ParseOptions{MaxDepth: depthOf(t, seed)}, seed, nil, 0, false},
		{"depth past a lower limit", agreement.ParseOptions{MaxDepth: depthOf(t, seed) - 1}, seed, []string{agreement.CodeJSONTooLarge}, 1, false},
		{"no limit on depth", agreement.ParseOptions{MaxDepth: -1}, nested(t, 50000), []string{agreement.CodeJSONUnknownMember}, 1, false},

		{"problems past the default limit", agreement.ParseOptions{}, dups, nil, agreement.DefaultMaxProblems + 1, true},
		{"problems past a limit of 1", agreement.ParseOptions{MaxProblems: 1}, dups, nil, 2, true},
		{"no limit on problems", agreement.ParseOptions{MaxProblems: -1}, dups, nil, 1 + 300 + 1 + 7, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.opts.Parse(tt.data)
			var ps bilateral.Problems
			if err != nil && !errors.As(err, &ps) {
				t.Fatalf("%T is not Problems", err)
			}
			if len(ps) != tt.problems {
				t.Fatalf("%d problems, want %d: %.300v", len(ps), tt.problems, ps)
			}
			truncated := len(ps) > 0 && ps[len(ps)-1].Code == agreement.CodeProblemsTruncated
			if truncated != tt.truncated || ps.HasCode(agreement.CodeProblemsTruncated) && !truncated {
				t.Errorf("truncated %v, want %v; problems.truncated must come last, at the root", truncated, tt.truncated)
			}
			if truncated && ps[len(ps)-1].Path != "" {
				t.Errorf("problems.truncated at %q", ps[len(ps)-1].Path)
			}
			for _, code := range tt.codes {
				if !ps.HasCode(code) {
					t.Errorf("no %s problem: %v", code, ps)
				}
			}
			// The problems before problems.truncated are sorted.
			rest := ps
			if truncated {
				rest = ps[:len(ps)-1]
			}
			sorted := slicesIsSorted(rest)
			if !sorted {
				t.Errorf("problems not sorted: %v", rest)
			}
		})
	}
}

// depthOf returns how deep a JSON document nests arrays and objects.
func depthOf(tb testing.TB, data []byte) int {
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		tb.Fatal(err)
	}
	var depth func(v any) int
	depth = func(v any) int {
		d := 0
		switch v := v.(type) {
		case map[string]any:
			for _, x := range v {
				d = max(d, depth(x))
			}
		case []any:
			for _, x := range v {
				d = max(d, depth(x))
			}
		default:
			return 0
		}
		return d + 1
	}
	return depth(v)
}

func slicesIsSorted(ps bilateral.Problems) bool {
	for i := 1; i < len(ps); i++ {
		if bilateral.ComparePointers(ps[i-1].Path, ps[i].Path) > 0 {
			return false
		}
	}
	return true
}

// TestDefaultsParseLargeDocuments checks that the default limits let a
// valid document of 100,000 milestones through unchanged.
func TestDefaultsParseLargeDocuments(t *testing.T) {
	if testing.Short() || race.Enabled {
		t.Skip("parses a document of 37 MB")
	}
	data := validDocument(t, 37<<20)
	a, err := agreement.Parse(data)
	if err != nil {
		t.Fatalf("Parse of %d bytes: %.500v", len(data), err)
	}
	if n := len(a.Milestones); n < 100000 {
		t.Errorf("%d milestones, want at least 100000", n)
	}
}
