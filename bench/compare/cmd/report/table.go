package main

import (
	"fmt"
	"io"
	"math"
	"strings"
)

// A metric is one median of the results: a benchmark and a unit.
type metric struct {
	bench, unit string
}

func ns(bench string) metric { return metric{bench, "ns/op"} }

// A goal is a row of the table of goals: the library's number against a
// peer's, or alone, and the most the ratio may be. A goal with no peer
// compares the library's number itself with max.
type goal struct {
	what    string
	ours    metric
	peer    metric // zero for a goal on ours alone
	max     float64
	hasGoal bool
}

// The document that the peers and the library are compared on at each
// size: quarter order, as documents usually are. The goals at 100k need
// the default sizes; with others their cells show a dash.
const (
	seedDoc = "seed"
	bigDoc  = "100k-ordered"
)

func goals() []goal {
	at := func(bench, doc string) string { return bench + "/" + doc }
	return []goal{
		{"Parse vs Ajv (JSON.parse + validate), seed", ns(at("BenchmarkParse", seedDoc)), ns(at("BenchmarkAjvParseValidate", seedDoc)), 0.6, true},
		{"Parse vs Ajv (JSON.parse + validate), 100k", ns(at("BenchmarkParse", bigDoc)), ns(at("BenchmarkAjvParseValidate", bigDoc)), 0, false},
		{"Validate (decoded) vs Ajv validate (decoded), seed", ns(at("BenchmarkValidate", seedDoc)), ns(at("BenchmarkAjvValidate", seedDoc)), 0.25, true},
		{"Validate, seed: allocations per call", metric{at("BenchmarkValidate", seedDoc), "allocs/op"}, metric{}, 0, true},
		{"Parse vs encoding/json into `map[string]any`, seed", ns(at("BenchmarkParse", seedDoc)), ns(at("BenchmarkJSONAny", seedDoc)), 0.4, true},
		{"Parse vs encoding/json into the library's types, seed", ns(at("BenchmarkParse", seedDoc)), ns(at("BenchmarkJSONTypes", seedDoc)), 0, false},
		{"Parse vs santhosh-tekuri/jsonschema decode + validate, seed", ns(at("BenchmarkParse", seedDoc)), ns(at("BenchmarkSanthoshDecodeValidate", seedDoc)), 0, false},
		{"Parse vs kaptinlin/jsonschema decode + validate, seed", ns(at("BenchmarkParse", seedDoc)), ns(at("BenchmarkKaptinlinDecodeValidate", seedDoc)), 0, false},
		{"Parse vs a validating scan (`jsontext.Value.IsValid`), 100k", ns(at("BenchmarkParse", bigDoc)), ns(at("BenchmarkIsValid", bigDoc)), 4, true},
		{"Parse, 100k: bytes allocated vs bytes the value holds", metric{at("BenchmarkParse", bigDoc), "B/op"}, metric{at("BenchmarkParse", bigDoc), "value-B"}, 2, true},
	}
}

// scaled are the operations whose time should grow in proportion to the
// number of milestones, with the names of their benchmarks.
// DependencyOrder is timed apart from making the schedule it needs.
var scaled = []struct{ what, bench, unit, cpuUnit string }{
	{"Parse", "BenchmarkParse", "ns/op", "cpu-ns/op"},
	{"Validate", "BenchmarkValidate", "ns/op", "cpu-ns/op"},
	{"`Schedule()`", "BenchmarkSchedule", "ns/op", "cpu-ns/op"},
	{"`DependencyOrder`", "BenchmarkDependencyOrder", "order-ns/op", "order-cpu-ns/op"},
	{"`Agreement.Progress`", "BenchmarkAgreementProgress", "ns/op", "cpu-ns/op"},
	{"`Agreement.ProgressFrom` (a kept schedule)", "BenchmarkAgreementProgressFrom", "ns/op", "cpu-ns/op"},
	{"`Schedule.Progress`", "BenchmarkScheduleProgress", "ns/op", "cpu-ns/op"},
}

// maxScaling is the most that the time at 100k milestones may be of the
// time at 10k.
const maxScaling = 11.5

// writeGoals writes the table of goals in Markdown.
func writeGoals(w io.Writer, res Results) {
	fmt.Fprintln(w, "| | bilateral | peer | ratio (bilateral / peer) | ratio of processor time | goal | met |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|")
	for _, g := range goals() {
		ours, okOurs := res.Median(g.ours.bench, g.ours.unit)
		row := []string{g.what, formatValue(ours, g.ours.unit, okOurs), "", "—", "", "—", "—"}
		if g.peer == (metric{}) {
			row[3] = ""
			if g.hasGoal {
				row[5] = "≤ " + formatNumber(g.max)
				row[6] = verdict(ours, okOurs, g.max)
			}
		} else {
			peer, okPeer := res.Median(g.peer.bench, g.peer.unit)
			row[2] = formatValue(peer, g.peer.unit, okPeer)
			ratio, ok := ratioOf(res, g.ours, g.peer)
			if ok {
				row[3] = formatRatio(ratio)
			}
			if g.ours.unit == "ns/op" {
				row[4] = "—"
				if r, ok := ratioOf(res, metric{g.ours.bench, "cpu-ns/op"}, metric{g.peer.bench, "cpu-ns/op"}); ok {
					row[4] = formatRatio(r)
				}
			}
			if g.hasGoal {
				row[5] = "≤ " + formatNumber(g.max)
				row[6] = verdict(ratio, ok, g.max)
			}
		}
		fmt.Fprintln(w, "| "+strings.Join(row, " | ")+" |")
	}
}

// writeScaling writes the table of how the times grow with the number of
// milestones, in Markdown. Its columns are the default sizes, 1k, 10k and
// 100k, whatever was measured: a size not measured shows a dash.
func writeScaling(w io.Writer, res Results) {
	fmt.Fprintln(w, "| operation | order | 1k | 10k | 100k | 10k / 1k | 100k / 10k | 100k / 10k, processor time | goal | met |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|")
	for _, op := range scaled {
		for _, order := range []string{"random", "ordered"} {
			doc := func(size string) string { return op.bench + "/" + size + "-" + order }
			var times [3]string
			for i, size := range []string{"1k", "10k", "100k"} {
				v, ok := res.Median(doc(size), op.unit)
				times[i] = formatValue(v, "ns/op", ok)
			}
			ratio := func(big, small, unit string) (float64, bool, string) {
				r, ok := ratioOf(res, metric{doc(big), unit}, metric{doc(small), unit})
				if !ok {
					return 0, false, "—"
				}
				return r, true, formatRatio(r)
			}
			_, _, small := ratio("10k", "1k", op.unit)
			r, ok, big := ratio("100k", "10k", op.unit)
			_, _, bigCPU := ratio("100k", "10k", op.cpuUnit)
			fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %s | %s | ≤ %s | %s |\n", op.what, order,
				times[0], times[1], times[2], small, big, bigCPU, formatNumber(maxScaling), verdict(r, ok, maxScaling))
		}
	}
}

// writeMedians writes the median of every benchmark in every unit, in
// Markdown.
func writeMedians(w io.Writer, res Results) {
	fmt.Fprintln(w, "| benchmark | runs | time/op | B/op | allocs/op | other |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	for _, name := range res.Names() {
		t, okT := res.Median(name, "ns/op")
		b, okB := res.Median(name, "B/op")
		a, okA := res.Median(name, "allocs/op")
		var other []string
		for _, unit := range []string{"MB/s", "value-B", "alloc/value"} {
			if v, ok := res.Median(name, unit); ok {
				other = append(other, formatNumber(v)+" "+unit)
			}
		}
		if v, ok := res.Median(name, "cpu-ns/op"); ok {
			other = append(other, formatValue(v, "ns/op", true)+" of processor time")
		}
		if v, ok := res.Median(name, "order-ns/op"); ok {
			other = append(other, formatValue(v, "ns/op", true)+" of it for the order")
		}
		fmt.Fprintf(w, "| %s | %d | %s | %s | %s | %s |\n", strings.TrimPrefix(name, "Benchmark"), res.Samples(name, "ns/op"),
			formatValue(t, "ns/op", okT), formatValue(b, "B/op", okB), formatValue(a, "allocs/op", okA), strings.Join(other, ", "))
	}
}

// ratioOf returns the ratio of the medians of a and b, and whether both
// were measured.
func ratioOf(res Results, a, b metric) (float64, bool) {
	x, okA := res.Median(a.bench, a.unit)
	y, okB := res.Median(b.bench, b.unit)
	if !okA || !okB || y == 0 {
		return 0, false
	}
	return x / y, true
}

func verdict(v float64, ok bool, max float64) string {
	switch {
	case !ok:
		return "not measured"
	case v <= max:
		return "yes"
	}
	return "**no**"
}

// formatValue formats a median in its unit: times in ns, µs, ms or s, bytes
// in B, KB, MB or GB, other numbers as they are; "—" when there is none.
func formatValue(v float64, unit string, ok bool) string {
	if !ok {
		return "—"
	}
	switch unit {
	case "ns/op", "order-ns/op", "cpu-ns/op", "order-cpu-ns/op":
		return scale(v, 1000, []string{"ns", "µs", "ms", "s"})
	case "B/op", "value-B":
		return scale(v, 1000, []string{"B", "kB", "MB", "GB"})
	}
	return formatNumber(v)
}

func scale(v, step float64, units []string) string {
	i := 0
	for i < len(units)-1 && math.Abs(v) >= step {
		v /= step
		i++
	}
	return formatNumber(v) + " " + units[i]
}

// formatNumber gives three significant digits, and integers whole.
func formatNumber(v float64) string {
	switch {
	case v == math.Trunc(v) && math.Abs(v) < 1e6:
		return fmt.Sprintf("%.0f", v)
	case math.Abs(v) >= 100:
		return fmt.Sprintf("%.0f", v)
	case math.Abs(v) >= 10:
		return fmt.Sprintf("%.1f", v)
	}
	return fmt.Sprintf("%.2f", v)
}

// formatRatio formats a ratio with two decimals, or three significant
// digits when it is large.
func formatRatio(r float64) string {
	if r >= 10 {
		return fmt.Sprintf("%.1f", r)
	}
	return fmt.Sprintf("%.2f", r)
}
