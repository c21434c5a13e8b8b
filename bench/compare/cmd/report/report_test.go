package main

import (
	"strings"
	"testing"
)

const sample = `goos: linux
BenchmarkParse/seed-2                	   17676	     60000 ns/op	 30000 cpu-ns/op	 128.91 MB/s	         1.706 alloc/value	     14207 value-B	   24234 B/op	     410 allocs/op
BenchmarkParse/seed-2                	   17676	     70000 ns/op	 128.91 MB/s	         1.706 alloc/value	     14207 value-B	   24234 B/op	     410 allocs/op
BenchmarkParse/seed-2                	   17676	     50000 ns/op	 128.91 MB/s	         1.706 alloc/value	     14207 value-B	   24234 B/op	     410 allocs/op
BenchmarkValidate/seed-2             	  122985	      9000 ns/op	       0 B/op	       0 allocs/op
BenchmarkValidate/seed-2             	  122985	     11000 ns/op	       0 B/op	       1 allocs/op
BenchmarkJSONAny/seed-2              	   10000	    100000 ns/op
BenchmarkAjvParseValidate/seed-2                	     13766	       100000 ns/op	 100000 cpu-ns/op
BenchmarkAjvValidate/seed-2                     	     28018	       20000 ns/op
BenchmarkSchedule/10k-random-2 	 100	 1000000 ns/op	 1000000 cpu-ns/op
BenchmarkSchedule/100k-random-2 	 10	 12000000 ns/op	 6000000 cpu-ns/op
BenchmarkSchedule/10k-ordered 	 100	 1000000 ns/op
BenchmarkSchedule/100k-ordered 	 10	 10000000 ns/op
PASS
`

func readSample(t *testing.T) Results {
	t.Helper()
	res := Results{}
	if err := res.Read(strings.NewReader(sample)); err != nil {
		t.Fatal(err)
	}
	return res
}

func TestResultsMedians(t *testing.T) {
	res := readSample(t)
	for _, c := range []struct {
		name, unit string
		want       float64
	}{
		{"BenchmarkParse/seed", "ns/op", 60000},
		{"BenchmarkParse/seed", "value-B", 14207},
		{"BenchmarkValidate/seed", "ns/op", 10000}, // even count: the mean of the middle two
		{"BenchmarkValidate/seed", "allocs/op", 0.5},
		{"BenchmarkSchedule/10k-ordered", "ns/op", 1000000}, // no -N suffix
	} {
		got, ok := res.Median(c.name, c.unit)
		if !ok || got != c.want {
			t.Errorf("median of %s in %s = %v, %v; want %v", c.name, c.unit, got, ok, c.want)
		}
	}
	if _, ok := res.Median("BenchmarkParse/100k-ordered", "ns/op"); ok {
		t.Error("a median of a benchmark that did not run")
	}
	if n := res.Samples("BenchmarkParse/seed", "ns/op"); n != 3 {
		t.Errorf("%d samples of Parse/seed, want 3", n)
	}
}

// row returns the cells of the row of the Markdown table in out whose
// first cell is first.
func row(t *testing.T, out, first string) []string {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		cells := strings.Split(strings.Trim(line, "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		if cells[0] == first {
			return cells
		}
	}
	t.Fatalf("no row %q in\n%s", first, out)
	return nil
}

func TestGoalsTable(t *testing.T) {
	var b strings.Builder
	writeGoals(&b, readSample(t))
	out := b.String()
	for _, c := range []struct {
		row            string
		ratio, verdict string
	}{
		{"Parse vs Ajv (JSON.parse + validate), seed", "0.60", "yes"},
		{"Validate (decoded) vs Ajv validate (decoded), seed", "0.50", "**no**"},
		{"Parse vs encoding/json into `map[string]any`, seed", "0.60", "**no**"},
		{"Validate, seed: allocations per call", "", "**no**"},
		{"Parse vs a validating scan (`jsontext.Value.IsValid`), 100k", "—", "not measured"},
	} {
		cells := row(t, out, c.row)
		if cells[3] != c.ratio || cells[6] != c.verdict {
			t.Errorf("%s: ratio %q, met %q; want %q, %q", c.row, cells[3], cells[6], c.ratio, c.verdict)
		}
	}
}

func TestGoalsTableGivesTheRatioOfProcessorTime(t *testing.T) {
	var b strings.Builder
	writeGoals(&b, readSample(t))
	out := b.String()
	if got := row(t, out, "Parse vs Ajv (JSON.parse + validate), seed")[4]; got != "0.30" {
		t.Errorf("the ratio of processor time of Parse and Ajv: %q, want 0.30", got)
	}
	if got := row(t, out, "Parse vs encoding/json into `map[string]any`, seed")[4]; got != "—" {
		t.Errorf("the ratio of processor time without the peer's: %q, want —", got)
	}
}

func TestScalingTable(t *testing.T) {
	var b strings.Builder
	writeScaling(&b, readSample(t))
	out := b.String()
	var random, ordered []string
	for _, line := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(line, "| `Schedule()` | random"):
			random = strings.Split(line, "|")
		case strings.HasPrefix(line, "| `Schedule()` | ordered"):
			ordered = strings.Split(line, "|")
		}
	}
	if len(random) < 10 || len(ordered) < 10 {
		t.Fatalf("no rows for Schedule() in\n%s", out)
	}
	if got := strings.TrimSpace(random[7]) + " " + strings.TrimSpace(random[8]) + " " + strings.TrimSpace(random[10]); got != "12.0 6.00 **no**" {
		t.Errorf("Schedule() in random order: %q, want 12.0 6.00 **no**", got)
	}
	if got := strings.TrimSpace(ordered[7]) + " " + strings.TrimSpace(ordered[8]) + " " + strings.TrimSpace(ordered[10]); got != "10.0 — yes" {
		t.Errorf("Schedule() in quarter order: %q, want 10.0 — yes", got)
	}
}

func TestFormatValue(t *testing.T) {
	for _, c := range []struct {
		v    float64
		unit string
		want string
	}{
		{47700, "ns/op", "47.7 µs"},
		{305e6, "ns/op", "305 ms"},
		{3.2e9, "ns/op", "3.20 s"},
		{170e6, "B/op", "170 MB"},
		{0, "allocs/op", "0"},
		{410, "allocs/op", "410"},
	} {
		if got := formatValue(c.v, c.unit, true); got != c.want {
			t.Errorf("formatValue(%v, %s) = %q, want %q", c.v, c.unit, got, c.want)
		}
	}
}
