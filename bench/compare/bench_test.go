package compare_test

import (
	"encoding/json"
	"flag"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/bench/compare"
	"github.com/bilateral-go/bilateral/milestone"
)

var (
	sizesFlag = flag.String("compare.sizes", "1000,10000,100000",
		"numbers of generated milestones that the benchmarks measure, besides the seed; -short measures the seed alone")
	validatorsMax = flag.Int("compare.validators-max", 1000,
		"the most generated milestones that the JSON Schema validators for Go measure: they take seconds a document at 10k")
)

var (
	benchOnce sync.Once
	benchDocs []compare.Document
	benchErr  error
)

// benchDocuments returns the seed and the generated documents of the sizes
// of -compare.sizes, generated once for all the benchmarks.
func benchDocuments(b *testing.B) []compare.Document {
	b.Helper()
	benchOnce.Do(func() {
		var sizes []int
		if !testing.Short() && *sizesFlag != "" {
			for _, f := range strings.Split(*sizesFlag, ",") {
				n, err := strconv.Atoi(strings.TrimSpace(f))
				if err != nil || n <= 0 {
					benchErr = err
					return
				}
				sizes = append(sizes, n)
			}
		}
		seed, err := compare.ReadSeed()
		if err != nil {
			benchErr = err
			return
		}
		benchDocs, benchErr = compare.Documents(seed, sizes...)
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchDocs
}

// The documents that a benchmark measures.
type docSet int

const (
	// allDocs: the seed and both orders of every size.
	allDocs docSet = iota
	// peerDocs: the seed and every size in quarter order. The peers do
	// not look at the order of milestones.
	peerDocs
	// validatorDocs: peerDocs up to -compare.validators-max milestones.
	validatorDocs
	// generatedDocs: both orders of every size.
	generatedDocs
)

// eachDocument runs f as a sub-benchmark for each document of set, named
// after the document.
func eachDocument(b *testing.B, set docSet, f func(b *testing.B, d compare.Document)) {
	ran := false
	for _, d := range benchDocuments(b) {
		switch {
		case (set == peerDocs || set == validatorDocs) && d.Milestones > 0 && d.Order != compare.ByQuarter,
			set == validatorDocs && d.Milestones > *validatorsMax,
			set == generatedDocs && d.Milestones == 0:
			continue
		}
		ran = true
		b.Run(d.Name, func(b *testing.B) { f(b, d) })
	}
	if !ran {
		b.Skip("no generated documents: -short measures the seed alone")
	}
}

var parsedDocs sync.Map // document name to its *agreement.Agreement

// parsed returns the agreement of d, which is valid, parsed once for all
// the benchmarks: none of them changes it.
func parsed(b *testing.B, d compare.Document) *agreement.Agreement {
	b.Helper()
	if a, ok := parsedDocs.Load(d.Name); ok {
		return a.(*agreement.Agreement)
	}
	a, err := agreement.Parse(d.Data)
	if err != nil {
		b.Fatal(err)
	}
	parsedDocs.Store(d.Name, a)
	return a
}

// cpuClock measures the processor time of a benchmark's loop, to report
// it as cpu-ns/op beside the time on the clock (see compare.CPUTime).
type cpuClock struct {
	start time.Duration
	ok    bool
}

// startCPU starts a cpuClock; call it just before the loop.
func startCPU() cpuClock {
	t, ok := compare.CPUTime()
	return cpuClock{t, ok}
}

// report reports cpu-ns/op; call it just after the loop, when b.N is the
// number of iterations that ran.
func (c cpuClock) report(b *testing.B) {
	t, ok := compare.CPUTime()
	if c.ok && ok && b.N > 0 {
		b.ReportMetric(float64(t-c.start)/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkParse measures agreement.Parse. Besides time and allocations it
// reports value-B, the bytes that the resulting agreement holds (see
// compare.ValueBytes), and alloc/value, the bytes Parse allocates for each
// of them.
func BenchmarkParse(b *testing.B) {
	eachDocument(b, allDocs, func(b *testing.B, d compare.Document) {
		value := compare.ValueBytes(parsed(b, d))
		b.SetBytes(int64(len(d.Data)))
		b.ReportAllocs()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		n := 0
		cpu := startCPU()
		for b.Loop() {
			if _, err := agreement.Parse(d.Data); err != nil {
				b.Fatal(err)
			}
			n++
		}
		cpu.report(b)
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(value), "value-B")
		b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(n)/float64(value), "alloc/value")
	})
}

// BenchmarkValidate measures Agreement.Validate of an agreement already
// decoded.
func BenchmarkValidate(b *testing.B) {
	eachDocument(b, allDocs, func(b *testing.B, d compare.Document) {
		a := parsed(b, d)
		b.ReportAllocs()
		cpu := startCPU()
		for b.Loop() {
			if err := a.Validate(); err != nil {
				b.Fatal(err)
			}
		}
		cpu.report(b)
	})
}

// BenchmarkJSONTypes measures encoding/json decoding into the library's
// types, which checks the form of values but none of the rules.
func BenchmarkJSONTypes(b *testing.B) {
	eachDocument(b, peerDocs, func(b *testing.B, d compare.Document) {
		b.SetBytes(int64(len(d.Data)))
		b.ReportAllocs()
		cpu := startCPU()
		for b.Loop() {
			var a agreement.Agreement
			if err := json.Unmarshal(d.Data, &a); err != nil {
				b.Fatal(err)
			}
		}
		cpu.report(b)
	})
}

// BenchmarkJSONAny measures encoding/json decoding into any: maps, slices,
// strings and float64s.
func BenchmarkJSONAny(b *testing.B) {
	eachDocument(b, peerDocs, func(b *testing.B, d compare.Document) {
		b.SetBytes(int64(len(d.Data)))
		b.ReportAllocs()
		cpu := startCPU()
		for b.Loop() {
			var v any
			if err := json.Unmarshal(d.Data, &v); err != nil {
				b.Fatal(err)
			}
		}
		cpu.report(b)
	})
}

// BenchmarkIsValid measures a validating scan of the JSON text with
// jsontext.Value.IsValid: the least a reader that rejects invalid
// documents has to do.
func BenchmarkIsValid(b *testing.B) {
	eachDocument(b, peerDocs, func(b *testing.B, d compare.Document) {
		b.SetBytes(int64(len(d.Data)))
		b.ReportAllocs()
		cpu := startCPU()
		for b.Loop() {
			if err := compare.Scan(d.Data); err != nil {
				b.Fatal(err)
			}
		}
		cpu.report(b)
	})
}

// BenchmarkSanthoshDecodeValidate measures santhosh-tekuri/jsonschema/v6
// with the committed schema: decoding, then validating.
func BenchmarkSanthoshDecodeValidate(b *testing.B) {
	s, err := compare.CompileSanthosh()
	if err != nil {
		b.Fatal(err)
	}
	eachDocument(b, validatorDocs, func(b *testing.B, d compare.Document) {
		b.SetBytes(int64(len(d.Data)))
		b.ReportAllocs()
		cpu := startCPU()
		for b.Loop() {
			v, err := compare.DecodeSanthosh(d.Data)
			if err != nil {
				b.Fatal(err)
			}
			if err := s.Validate(v); err != nil {
				b.Fatal(err)
			}
		}
		cpu.report(b)
	})
}

// BenchmarkSanthoshValidate measures santhosh-tekuri/jsonschema/v6
// validating a document already decoded.
func BenchmarkSanthoshValidate(b *testing.B) {
	s, err := compare.CompileSanthosh()
	if err != nil {
		b.Fatal(err)
	}
	eachDocument(b, validatorDocs, func(b *testing.B, d compare.Document) {
		v, err := compare.DecodeSanthosh(d.Data)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		cpu := startCPU()
		for b.Loop() {
			if err := s.Validate(v); err != nil {
				b.Fatal(err)
			}
		}
		cpu.report(b)
	})
}

// BenchmarkKaptinlinDecodeValidate measures kaptinlin/jsonschema with the
// committed schema on the JSON text: its ValidateJSON decodes, then
// validates.
func BenchmarkKaptinlinDecodeValidate(b *testing.B) {
	k, err := compare.CompileKaptinlin()
	if err != nil {
		b.Fatal(err)
	}
	eachDocument(b, validatorDocs, func(b *testing.B, d compare.Document) {
		b.SetBytes(int64(len(d.Data)))
		b.ReportAllocs()
		cpu := startCPU()
		for b.Loop() {
			if err := compare.KaptinlinError(k.ValidateJSON(d.Data)); err != nil {
				b.Fatal(err)
			}
		}
		cpu.report(b)
	})
}

// BenchmarkKaptinlinValidate measures kaptinlin/jsonschema validating a
// document already decoded.
func BenchmarkKaptinlinValidate(b *testing.B) {
	k, err := compare.CompileKaptinlin()
	if err != nil {
		b.Fatal(err)
	}
	eachDocument(b, validatorDocs, func(b *testing.B, d compare.Document) {
		v, err := compare.DecodeKaptinlin(d.Data)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		cpu := startCPU()
		for b.Loop() {
			if err := compare.KaptinlinError(k.Validate(v)); err != nil {
				b.Fatal(err)
			}
		}
		cpu.report(b)
	})
}

// BenchmarkSchedule measures Agreement.Schedule: indexing and ordering the
// milestones.
func BenchmarkSchedule(b *testing.B) {
	eachDocument(b, generatedDocs, func(b *testing.B, d compare.Document) {
		a := parsed(b, d)
		b.ReportAllocs()
		cpu := startCPU()
		for b.Loop() {
			if s := a.Schedule(); s.Len() != len(a.Milestones) {
				b.Fatalf("a schedule of %d milestones, want %d", s.Len(), len(a.Milestones))
			}
		}
		cpu.report(b)
	})
}

// BenchmarkDependencyOrder measures working out and visiting the
// dependency order of a new schedule. The schedule has to be new, as it
// keeps the order once worked out; ns/op and cpu-ns/op are for making it
// and the order, order-ns/op and order-cpu-ns/op for the order alone,
// timed by the benchmark itself so that a run takes no longer than
// -benchtime.
func BenchmarkDependencyOrder(b *testing.B) {
	eachDocument(b, generatedDocs, func(b *testing.B, d compare.Document) {
		a := parsed(b, d)
		b.ReportAllocs()
		var order, orderCPU time.Duration
		n := 0
		cpu := startCPU()
		for b.Loop() {
			s := a.Schedule()
			start := time.Now()
			startCPU, _ := compare.CPUTime()
			visited := 0
			for range s.DependencyOrder() {
				visited++
			}
			endCPU, _ := compare.CPUTime()
			order += time.Since(start)
			orderCPU += endCPU - startCPU
			n++
			if visited != len(a.Milestones) {
				b.Fatalf("visited %d milestones, want %d", visited, len(a.Milestones))
			}
		}
		cpu.report(b)
		b.ReportMetric(float64(order.Nanoseconds())/float64(n), "order-ns/op")
		if cpu.ok {
			b.ReportMetric(float64(orderCPU.Nanoseconds())/float64(n), "order-cpu-ns/op")
		}
	})
}

// asOf is the quarter that the progress reports are as of: the middle of
// the term, where the generated milestones turn from mostly met to mostly
// scheduled.
func asOf(a *agreement.Agreement) bilateral.Quarter {
	return a.Term.Start.Add(compare.TermQuarters / 2)
}

// benchProgress measures report, which counts the milestones of a as of q,
// on each generated document; s is a's schedule, made once.
func benchProgress(b *testing.B, name string, report func(a *agreement.Agreement, s *milestone.Schedule, q bilateral.Quarter) int) {
	eachDocument(b, generatedDocs, func(b *testing.B, d compare.Document) {
		a := parsed(b, d)
		s := a.Schedule()
		q := asOf(a)
		b.ReportAllocs()
		cpu := startCPU()
		for b.Loop() {
			if n := report(a, s, q); n != len(a.Milestones) {
				b.Fatalf("%s counted %d milestones, want %d", name, n, len(a.Milestones))
			}
		}
		cpu.report(b)
	})
}

// BenchmarkAgreementProgress measures Agreement.Progress, the whole
// report, schedule included.
func BenchmarkAgreementProgress(b *testing.B) {
	benchProgress(b, "Progress", func(a *agreement.Agreement, _ *milestone.Schedule, q bilateral.Quarter) int {
		return a.Progress(q).All.Total
	})
}

// BenchmarkAgreementProgressFrom measures Agreement.ProgressFrom, the whole
// report from a schedule made once and kept.
func BenchmarkAgreementProgressFrom(b *testing.B) {
	benchProgress(b, "ProgressFrom", func(a *agreement.Agreement, s *milestone.Schedule, q bilateral.Quarter) int {
		return a.ProgressFrom(s, q).All.Total
	})
}

// BenchmarkScheduleProgress measures Schedule.Progress, the tallies, on a
// schedule made once.
func BenchmarkScheduleProgress(b *testing.B) {
	benchProgress(b, "Schedule.Progress", func(_ *agreement.Agreement, s *milestone.Schedule, q bilateral.Quarter) int {
		all, _ := s.Progress(q)
		return all.Total
	})
}
