// Command report runs the comparison benchmarks and prints the ratios of
// the library to its peers, and how its times grow with the size of the
// document, as Markdown tables, each ratio with whether it meets its goal.
//
// Run it in the module's directory (bench/compare):
//
//	go run ./cmd/report [-count 5] [-benchtime 500ms] [-short] [-sizes 1000,10000,100000]
//		[-bench .] [-node node] [-o raw.txt] [-all]
//
// It builds the package's test binary once and runs every benchmark
// -count times, in rounds. A round takes the documents size by size (the
// seed, then 1k, 10k and 100k milestones): the Go benchmarks of that size
// once, then, where node is on the PATH, the Ajv script once on the same
// documents, so that the peers on a document are measured close in time
// (it runs npm ci in the ajv folder first when Ajv is not installed).
// Each number in the tables is the median of the rounds, and each ratio is
// of two medians from the same run. -short measures the seed alone; -bench
// picks Go benchmarks by their top-level name; -node names the Node.js
// command, or is empty to leave Ajv out; -o writes the raw benchmark
// output, which benchstat reads; -all also prints the median of every
// benchmark.
//
// The tables of goals and of scaling are those of the default -sizes:
// their columns are 1k, 10k and 100k milestones, and the goals at 100k are
// on 100k-ordered. With other sizes, the cells of the sizes not measured
// show a dash; -all shows what was measured.
package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/bilateral-go/bilateral/bench/compare"
	"github.com/bilateral-go/bilateral/schema"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
}

type options struct {
	count     int
	benchtime string
	short     bool
	sizes     string
	bench     string
	node      string
	raw       string
	all       bool
}

func run() error {
	var o options
	flag.IntVar(&o.count, "count", 5, "rounds: the number of runs of each benchmark, whose median is reported")
	flag.StringVar(&o.benchtime, "benchtime", "500ms", "the time each benchmark runs for in a round, as go test -benchtime")
	flag.BoolVar(&o.short, "short", false, "measure the seed alone")
	flag.StringVar(&o.sizes, "sizes", "1000,10000,100000", "numbers of generated milestones to measure besides the seed; the tables of goals and scaling need the default")
	flag.StringVar(&o.bench, "bench", ".", "the Go benchmarks to run, as go test -bench")
	flag.StringVar(&o.node, "node", "node", "the Node.js command for Ajv; empty to leave Ajv out")
	flag.StringVar(&o.raw, "o", "", "write the raw benchmark output to this file")
	flag.BoolVar(&o.all, "all", false, "also print the median of every benchmark")
	flag.Parse()
	if o.count < 1 {
		return errors.New("-count must be at least 1")
	}
	if _, err := os.Stat(compare.SeedFile); err != nil {
		return fmt.Errorf("run in the directory of the bench/compare module: %w", err)
	}
	if o.short {
		o.sizes = ""
	}
	sizes, err := parseSizes(o.sizes)
	if err != nil {
		return err
	}

	tmp, err := os.MkdirTemp("", "bilateral-compare-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	logf("building the benchmarks")
	testBin := filepath.Join(tmp, "compare.test")
	if err := command("go", "test", "-c", "-o", testBin, ".").Run(); err != nil {
		return fmt.Errorf("go test -c: %w", err)
	}
	ajv, err := prepareAjv(o, tmp, sizes)
	if err != nil {
		return err
	}

	var raw bytes.Buffer
	start := time.Now()
	for round := 1; round <= o.count; round++ {
		for _, g := range groups(sizes) {
			logf("round %d of %d, %s: Go benchmarks", round, o.count, g.name)
			args := []string{"-test.run", "^$", "-test.bench", o.bench + "/" + g.pattern, "-test.benchmem",
				"-test.count", "1", "-test.benchtime", o.benchtime, "-compare.sizes", g.sizes}
			if o.short {
				args = append(args, "-test.short")
			}
			if err := runInto(&raw, testBin, args...); err != nil {
				return fmt.Errorf("the Go benchmarks: %w", err)
			}
			if ajv != nil {
				logf("round %d of %d, %s: Ajv", round, o.count, g.name)
				cmd := append(slices.Clone(ajv.command), ajv.files[g.name]...)
				if err := runInto(&raw, cmd[0], cmd[1:]...); err != nil {
					return fmt.Errorf("the Ajv script: %w", err)
				}
			}
		}
	}
	logf("done in %s", time.Since(start).Round(time.Second))
	if o.raw != "" {
		if err := os.WriteFile(o.raw, raw.Bytes(), 0o644); err != nil {
			return err
		}
	}

	res := Results{}
	if err := res.Read(&raw); err != nil {
		return err
	}
	w := os.Stdout
	fmt.Fprintf(w, "Medians of %d runs, each %s, measured side by side in one run.\n\n", o.count, o.benchtime)
	writeMachine(w, ajv != nil, o.node)
	fmt.Fprintln(w, "\n### Goals")
	fmt.Fprintln(w)
	writeGoals(w, res)
	if len(sizes) > 0 {
		fmt.Fprintln(w, "\n### Scaling with the number of milestones (ideal: 10× for 10× the milestones)")
		fmt.Fprintln(w)
		writeScaling(w, res)
	}
	if o.all {
		fmt.Fprintln(w, "\n### Every benchmark")
		fmt.Fprintln(w)
		writeMedians(w, res)
	}
	return nil
}

// A group is a set of documents of the same size, measured together so
// that the peers on a document are measured close in time to the library.
type group struct {
	name    string // "seed", or the size as in document names, like "10k"
	pattern string // the sub-benchmarks of the group, as go test -bench
	sizes   string // the -compare.sizes that generates its documents
}

// groups returns the seed's group, then one for each size.
func groups(sizes []int) []group {
	gs := []group{{"seed", "^seed$", ""}}
	for _, n := range sizes {
		name := compare.SizeName(n)
		gs = append(gs, group{name, "^" + name + "-", strconv.Itoa(n)})
	}
	return gs
}

func parseSizes(s string) ([]int, error) {
	var sizes []int
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("-sizes: %q is not a number of milestones", f)
		}
		sizes = append(sizes, n)
	}
	return sizes, nil
}

// ajvRun is how to run the Ajv script on the documents of each group.
type ajvRun struct {
	command []string            // the command, without documents
	files   map[string][]string // the documents of each group, by its name
}

// prepareAjv installs the Ajv script's packages when they are missing,
// writes the schema and the documents the peers are compared on to dir,
// and returns how to benchmark them; nil when there is no node.
func prepareAjv(o options, dir string, sizes []int) (*ajvRun, error) {
	if o.node == "" {
		return nil, nil
	}
	node, err := exec.LookPath(o.node)
	if err != nil {
		logf("no %s on the PATH: Ajv is left out", o.node)
		return nil, nil
	}
	if _, err := os.Stat(filepath.Join("ajv", "node_modules", "ajv", "package.json")); err != nil {
		logf("installing Ajv: npm ci")
		cmd := command("npm", "ci", "--no-audit", "--no-fund")
		cmd.Dir = "ajv"
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("npm ci in the ajv folder: %w", err)
		}
	}
	seed, err := compare.ReadSeed()
	if err != nil {
		return nil, err
	}
	docs, err := compare.Documents(seed, sizes...)
	if err != nil {
		return nil, err
	}
	schemaFile := filepath.Join(dir, "agreement.schema.json")
	if err := os.WriteFile(schemaFile, schema.Agreement(), 0o644); err != nil {
		return nil, err
	}
	run := &ajvRun{
		command: []string{node, filepath.Join("ajv", "bench.mjs"), "bench", "-schema", schemaFile,
			"-count", "1", "-benchtime", o.benchtime, "-procs", strconv.Itoa(runtime.GOMAXPROCS(0))},
		files: map[string][]string{},
	}
	for _, d := range docs {
		// The peers are compared on the documents in quarter order, as
		// in the Go benchmarks.
		if d.Milestones > 0 && d.Order != compare.ByQuarter {
			continue
		}
		file := filepath.Join(dir, d.Name+".json")
		if err := os.WriteFile(file, d.Data, 0o644); err != nil {
			return nil, err
		}
		g := "seed"
		if d.Milestones > 0 {
			g = compare.SizeName(d.Milestones)
		}
		run.files[g] = append(run.files[g], file)
	}
	return run, nil
}

// writeMachine writes what the numbers were measured on.
func writeMachine(w io.Writer, withNode bool, node string) {
	cpu := "unknown"
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
	}
	fmt.Fprintf(w, "- CPU: %s, %d logical processors (GOMAXPROCS %d), %s/%s\n", cpu, runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH)
	if out, err := exec.Command("go", "version").Output(); err == nil {
		fmt.Fprintf(w, "- Go: %s\n", strings.TrimPrefix(strings.TrimSpace(string(out)), "go version "))
	}
	if withNode {
		version, _ := exec.Command(node, "--version").Output()
		var ajv struct{ Version string }
		if data, err := os.ReadFile(filepath.Join("ajv", "node_modules", "ajv", "package.json")); err == nil {
			_ = json.Unmarshal(data, &ajv) // a missing version shows as such
		}
		fmt.Fprintf(w, "- Node.js: %s, Ajv %s\n", strings.TrimSpace(string(version)), cmp.Or(ajv.Version, "of unknown version"))
	} else {
		fmt.Fprintln(w, "- Node.js: not found; Ajv was left out")
	}
}

// command returns cmd with its output going to the standard error, where
// it shows how far the run has got.
func command(name string, args ...string) *exec.Cmd {
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	return cmd
}

// runInto runs name with args, copying its output to out and to the
// standard error.
func runInto(out *bytes.Buffer, name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Stdout = io.MultiWriter(out, os.Stderr)
	cmd.Stderr = os.Stderr
	return cmd.Run()
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "report: "+format+"\n", args...)
}
