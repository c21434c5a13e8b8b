package main

import (
	"bufio"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Results are the samples of benchmark output: for each benchmark, named
// without its -GOMAXPROCS suffix, and each unit, the values of its runs.
type Results map[string]map[string][]float64

// benchLine matches a result line of go test -bench: the name with its
// optional -N suffix, the iterations, then value and unit pairs.
var benchLine = regexp.MustCompile(`^(Benchmark\S+?)(?:-\d+)?\s+(\d+)\s+(.+)$`)

// Read adds the result lines of benchmark output r to res, ignoring the
// other lines.
func (res Results) Read(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		m := benchLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		fields := strings.Fields(m[3])
		if len(fields)%2 != 0 {
			continue
		}
		for i := 0; i < len(fields); i += 2 {
			v, err := strconv.ParseFloat(fields[i], 64)
			if err != nil {
				continue
			}
			res.add(m[1], fields[i+1], v)
		}
	}
	return sc.Err()
}

func (res Results) add(name, unit string, v float64) {
	units := res[name]
	if units == nil {
		units = map[string][]float64{}
		res[name] = units
	}
	units[unit] = append(units[unit], v)
}

// Median returns the median of the samples of the benchmark in unit, and
// whether there are any.
func (res Results) Median(name, unit string) (float64, bool) {
	vs := slices.Clone(res[name][unit])
	if len(vs) == 0 {
		return 0, false
	}
	slices.Sort(vs)
	n := len(vs)
	if n%2 == 1 {
		return vs[n/2], true
	}
	return (vs[n/2-1] + vs[n/2]) / 2, true
}

// Samples returns the number of samples of the benchmark in unit.
func (res Results) Samples(name, unit string) int { return len(res[name][unit]) }

// Names returns the names of the benchmarks, sorted.
func (res Results) Names() []string {
	var names []string
	for name := range res {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}
