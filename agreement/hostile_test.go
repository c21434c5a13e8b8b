package agreement_test

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/internal/race"
)

// hostileSize is the size of the documents of the hostile-input tests: the
// bound on Parse's cost is against a valid document of the same size, and
// of at least 1 MiB.
const hostileSize = 1 << 20

// A shape is a document built to cost Parse as much as it can for its
// size. Its cost is bounded by that of a valid document of the same size:
// the seed with more milestones, a document as they come; or, where the
// shape is dense content that valid documents may hold too (many tiny
// texts cost what they cost, valid or not), its twin, a valid document of
// the same shape, if that costs more.
type shape struct {
	name string
	data []byte
	twin []byte
}

// header is the start of a document whose focus area, parties and term are
// well formed, so that what follows is what the shape tries.
const header = `{"id":"a","kind":"other","title":"T","status":"proposed",` +
	`"parties":[{"code":"US","name":"U","kind":"state"},{"code":"MX","name":"M","kind":"state"}],` +
	`"term":{"start":"2024-Q1","end":"2025-Q4"},`

// repeat returns prefix, then unit as many times as it takes to make about
// n bytes with suffix, without the last comma of the units, then suffix.
func repeat(prefix, unit, suffix string, n int) []byte {
	var b bytes.Buffer
	b.Grow(n + len(unit) + len(suffix))
	b.WriteString(prefix)
	for i := 0; b.Len() < n-len(suffix); i++ {
		b.WriteString(strings.ReplaceAll(unit, "#", strconv.Itoa(i)))
	}
	out := bytes.TrimSuffix(b.Bytes(), []byte(","))
	return append(out, suffix...)
}

// validDocument returns the seed with as many more valid milestones as make
// it about n bytes long.
func validDocument(tb testing.TB, n int) []byte {
	seed := readSeed(tb)
	const list = `"milestones": [`
	i := bytes.Index(seed, []byte(list))
	if i < 0 {
		tb.Fatal("the seed has no milestones")
	}
	i += len(list)
	milestones := repeat("", `{"id":"generated-#","quarter":"2025-Q1","area":"trade","title":"Generated milestone #",`+
		`"expectedResults":["Lower tariffs and expedited border logistics"],"status":"in-progress"},`, ",", n-len(seed))
	return joinBytes(seed[:i], milestones, seed[i:])
}

func joinBytes(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// observations returns a document of about n bytes whose one indicator
// has a baseline in 0001-Q1 and observations in the quarters that quarter
// gives for each index.
func observations(n int, quarter func(i int) string) []byte {
	var b bytes.Buffer
	b.WriteString(header + `"focusAreas":[{"key":"trade","benefits":[{"description":"d","indicator":{"metric":"m","direction":"increase",` +
		`"baseline":{"quarter":"0001-Q1","value":1},"observations":[`)
	const end = `]}}]}]}`
	for i := 0; b.Len() < n-len(end); i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"quarter":"` + quarter(i) + `","value":` + strconv.Itoa(i) + `}`)
	}
	b.WriteString(end)
	return b.Bytes()
}

// ascendingQuarter gives observation i the quarter i+1 after 0001-Q1.
func ascendingQuarter(i int) string { return bilateral.QuarterFrom(1, 1).Add(i + 1).String() }

// languages returns n well-formed language tags, as a JSON array's items.
func languages(n int) string {
	tags := make([]string, n)
	for i := range tags {
		tags[i] = `"en-x` + strconv.Itoa(1000+i) + `"`
	}
	return strings.Join(tags, ",")
}

// hostileShapes returns a valid document of about n bytes, then documents of
// about n bytes shaped to cost Parse as much as they can.
func hostileShapes(tb testing.TB, n int) []shape {
	long := strings.Repeat("n", n)
	actions := func(langs, unit string) []byte {
		return repeat(header+langs+`"focusAreas":[{"key":"trade","actions":[`, unit, `]}]}`, n)
	}
	return []shape{
		{name: "valid", data: validDocument(tb, n)},
		// Many values, each a problem.
		{name: "wrong-typed-items", data: actions("", `[],`)},
		{name: "empty-objects", data: repeat(header+`"focusAreas":[{"key":"trade"}],"milestones":[`, `{},`, `]}`, n)},
		{name: "empty-strings", data: actions("", `"",`)},
		{name: "unknown-members", data: repeat(`{"x":0,`, `"x#":0,`, `}`, n)},
		{name: "unknown-member-repeated", data: repeat(`{`, `"x":0,`, `}`, n)},
		{name: "duplicate-members", data: repeat(`{`, `"id":"a",`, `}`, n)},
		{name: "duplicate-members-skipped", data: repeat(`{"x":{`, `"a":0,`, `}}`, n)},
		{name: "distinct-members-skipped", data: repeat(`{"x":{`, `"a#":0,`, `}}`, n)},
		{name: "wrong-typed-translations", data: actions("", `{"en":1},`)},
		{name: "duplicate-focus-areas", data: repeat(header+`"focusAreas":[`, `{"key":"trade"},`, `]}`, n)},
		{name: "focus-areas-without-title", data: repeat(header+`"focusAreas":[`, `{"key":"a#"},`, `]}`, n)},
		{name: "duplicate-titled-focus-areas", data: repeat(header+`"focusAreas":[`, `{"key":"a","title":"t"},`, `]}`, n)},
		{name: "unknown-references", data: repeat(header+`"focusAreas":[{"key":"trade"}],"milestones":[{"id":"m","quarter":"2024-Q1","area":"trade","title":"t","dependsOn":[`, `"a",`, `]}]}`, n),
			// A milestone may depend on another more than once.
			twin: repeat(header+`"focusAreas":[{"key":"trade"}],"milestones":[{"id":"a","quarter":"2024-Q1","area":"trade","title":"t"},{"id":"m","quarter":"2024-Q1","area":"trade","title":"t","dependsOn":[`, `"a",`, `]}]}`, n)},
		// Many texts that lack a declared language: they cost what the
		// same texts cost in a valid document.
		{name: "texts-lacking-languages", data: actions(`"languages":[`+languages(1000)+`],`, `{"en-x1000":"a"},`),
			twin: actions(`"languages":["en-x1000"],`, `{"en-x1000":"a"},`)},
		{name: "many-translations", data: []byte(header + `"languages":["en","es"],"focusAreas":[{"key":"trade","title":{` +
			strings.TrimSuffix(string(repeat("", `"en-x#":"t",`, "", n-200)), ",") + `}}]}`)},
		// Many valid values, as dense as documents allow.
		{name: "tiny-texts", data: actions("", `"a",`), twin: actions("", `"a",`)},
		{name: "escaped-texts", data: actions("", `"\u00e9\n\"",`)},
		// Many measured levels, each a problem: they cost what valid
		// levels of the same size cost.
		{name: "observations-out-of-order", data: observations(n, func(int) string { return "2024-Q1" }),
			twin: observations(n, ascendingQuarter)},
		{name: "observations-without-values", data: repeat(header+`"focusAreas":[{"key":"trade","benefits":[{"description":"d",`+
			`"indicator":{"metric":"m","direction":"increase","baseline":{"quarter":"0001-Q1","value":1},"observations":[`,
			`{"quarter":"2024-Q1"},`, `]}}]}]}`, n),
			twin: observations(n, ascendingQuarter)},
		{name: "zero-baselines", data: repeat(header+`"focusAreas":[{"key":"trade","benefits":[`,
			`{"description":"d","indicator":{"metric":"m","direction":"increase","unit":"percent","baseline":{"quarter":"2024-Q1","value":0}}},`, `]}]}`, n),
			twin: repeat(header+`"focusAreas":[{"key":"trade","benefits":[`,
				`{"description":"d","indicator":{"metric":"m","direction":"increase","unit":"percent","baseline":{"quarter":"2024-Q1","value":1}}},`, `]}]}`, n)},
		// Long names and values.
		{name: "long-member-name", data: []byte(`{"` + long + `":{` + strings.Repeat(`"a":0,`, 1000) + `"a":0}}`)},
		{name: "long-unknown-names", data: repeat(`{`, `"`+strings.Repeat("n", 10000)+`#":0,`, `}`, n)},
		{name: "long-quarter", data: []byte(header + `"focusAreas":[{"key":"trade"}],"milestones":[{"id":"m","quarter":"` + long + `","area":"trade","title":"t"}]}`)},
		{name: "long-number", data: []byte(header + `"focusAreas":[{"key":"trade","benefits":[{"description":"d","indicator":{"metric":"m","direction":"increase","value":1` + strings.Repeat("0", n) + `}}]}]}`)},
		{name: "long-id", data: []byte(header + `"focusAreas":[{"key":"trade"}],"milestones":[{"id":"` + long + `","quarter":"2024-Q1","area":"trade","title":"t"}]}`)},
		// Deep nesting.
		{name: "deep-arrays", data: []byte(`{"x":` + strings.Repeat("[", n/2) + strings.Repeat("]", n/2) + `}`)},
		{name: "deep-objects", data: []byte(`{"x":` + strings.Repeat(`{"a":`, n/5) + `1` + strings.Repeat("}", n/5) + `}`)},
	}
}

// cost is what one Parse of a document cost.
type cost struct {
	bytes, allocs uint64
	problems      bilateral.Problems
}

// parseCost returns the cost of parsing data, once warm: the least of three
// runs, as a collection between them may empty the pools.
func parseCost(tb testing.TB, data []byte) cost {
	tb.Helper()
	agreement.Parse(data) // warm the pools and caches
	var least cost
	for range 3 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err := agreement.Parse(data)
		runtime.ReadMemStats(&after)
		var ps bilateral.Problems
		if err != nil && !errors.As(err, &ps) {
			tb.Fatalf("Parse: %T is not Problems", err)
		}
		c := cost{after.TotalAlloc - before.TotalAlloc, after.Mallocs - before.Mallocs, ps}
		if least.bytes == 0 || c.bytes < least.bytes {
			least = c
		}
	}
	return least
}

// TestParseHostileBounds checks that no shape of document costs Parse more
// than 3 times, in bytes allocated, what a valid document of the same size
// costs (see shape), and more than 8 times as many allocations; and that
// each reports a bounded number of short problems. Time is measured by
// BenchmarkParseHostile, beside the same valid documents.
func TestParseHostileBounds(t *testing.T) {
	if race.Enabled {
		t.Skip("the race detector allocates on its own")
	}
	if testing.Short() {
		t.Skip("parses 30 documents of 1 MiB")
	}
	shapes := hostileShapes(t, hostileSize)
	valid := parseCost(t, shapes[0].data)
	if len(valid.problems) > 0 {
		t.Fatalf("the valid document has problems: %v", valid.problems)
	}
	for _, s := range shapes[1:] {
		t.Run(s.name, func(t *testing.T) {
			ref := valid
			if s.twin != nil {
				twin := parseCost(t, s.twin)
				if len(twin.problems) > 0 {
					t.Fatalf("the twin has problems: %v", twin.problems)
				}
				// Either is a valid document of the size: the bound is
				// the greater cost of the two, measure by measure.
				ref.bytes, ref.allocs = max(ref.bytes, twin.bytes), max(ref.allocs, twin.allocs)
			}
			c := parseCost(t, s.data)
			t.Logf("%d bytes: %d bytes allocated (%.2f× valid), %d allocations (%.2f× valid), %d problems",
				len(s.data), c.bytes, float64(c.bytes)/float64(ref.bytes), c.allocs, float64(c.allocs)/float64(ref.allocs), len(c.problems))
			if c.bytes > 3*ref.bytes || c.allocs > 8*ref.allocs {
				t.Errorf("%d bytes and %d allocations; a valid document of the same size costs %d and %d", c.bytes, c.allocs, ref.bytes, ref.allocs)
			}
			if len(c.problems) > agreement.DefaultMaxProblems+1 {
				t.Errorf("%d problems, more than the limit and one", len(c.problems))
			}
			for _, p := range c.problems {
				if len(p.Path) > 1024 || len(p.Message) > 1024 {
					t.Errorf("a problem of %d bytes of path and %d of message", len(p.Path), len(p.Message))
				}
			}
			if n := len(c.problems.Error()); n > 2048 {
				t.Errorf("Error() is %d bytes long", n)
			}
		})
	}
}

// BenchmarkParseHostile parses each shape of hostileShapes beside the
// valid documents it is measured against ("valid", and the twins): ns/op
// and B/op of each should stay within 3 times those of its valid document.
func BenchmarkParseHostile(b *testing.B) {
	for _, s := range hostileShapes(b, hostileSize) {
		b.Run(s.name, func(b *testing.B) { benchmarkParse(b, s.data) })
		if s.twin != nil && s.name != "tiny-texts" {
			b.Run(s.name+"-twin", func(b *testing.B) { benchmarkParse(b, s.twin) })
		}
	}
}

func benchmarkParse(b *testing.B, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		agreement.Parse(data)
	}
}

func ExampleParseOptions() {
	data := []byte(`{"id": "a", "kind": "other", "title": "Trade", "status": "proposed",` + strings.Repeat(`"x": 1,`, 5) + `"y": 2}`)
	_, err := agreement.ParseOptions{MaxProblems: 3}.Parse(data)
	for _, p := range err.(bilateral.Problems) {
		fmt.Printf("%s %s\n", p.Path, p.Code)
	}
	_, err = agreement.ParseOptions{MaxBytes: 64}.Parse(data)
	fmt.Println(err)
	// Output:
	// /x json.duplicate-member
	// /x json.duplicate-member
	// /x json.unknown-member
	//  problems.truncated
	// document: the document is 110 bytes long, more than the limit of 64 (ParseOptions.MaxBytes) (json.too-large)
}
