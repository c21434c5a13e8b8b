// Command apitext writes the exported API of a module as text, one feature
// a line (see [Features]), and checks the module against such a file:
//
//	apitext -dir DIR -w FILE       write the API of the module in DIR to FILE
//	apitext -dir DIR -check FILE   compare the API of the module in DIR with FILE
//
// -check fails when a feature of FILE is gone or changed, which breaks
// programs that use it, and when the module has features that FILE lacks,
// which is then stale. An intended break is an edit of FILE, by -w, that a
// review sees. The API is that of the packages others can import: neither
// internal packages nor commands nor tests.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"
)

func main() {
	dir := flag.String("dir", ".", "the directory of the module")
	write := flag.String("w", "", "write the API to this file")
	check := flag.String("check", "", "compare the API with this file")
	regenerate := flag.String("regenerate", "", "the command that rewrites the file, for messages")
	flag.Parse()
	if (*write == "") == (*check == "") || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	features, err := moduleFeatures(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "apitext:", err)
		os.Exit(1)
	}
	if *write != "" {
		if err := os.WriteFile(*write, render(features), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "apitext:", err)
			os.Exit(1)
		}
		return
	}
	data, err := os.ReadFile(*check)
	if err != nil {
		fmt.Fprintln(os.Stderr, "apitext:", err)
		os.Exit(1)
	}
	if err := compare(os.Stdout, parse(data), features, display(*dir, *check), *regenerate); err != nil {
		fmt.Fprintln(os.Stderr, "apitext:", err)
		os.Exit(1)
	}
}

// moduleFeatures returns the features of the importable packages of the
// module in dir.
func moduleFeatures(dir string) ([]string, error) {
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes | packages.NeedModule, Dir: dir}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		return nil, err
	}
	var features []string
	for _, p := range pkgs {
		if len(p.Errors) > 0 {
			return nil, fmt.Errorf("%s: %v", p.PkgPath, p.Errors[0])
		}
		if p.Name == "main" || isInternal(p.PkgPath) {
			continue
		}
		if p.Module == nil {
			return nil, fmt.Errorf("%s is in no module", p.PkgPath)
		}
		features = append(features, Features(p.Types, p.Module.Path)...)
	}
	if len(features) == 0 {
		return nil, errors.New("no exported API in " + dir)
	}
	slices.Sort(features)
	return features, nil
}

// display names file relative to the module's directory, for messages.
func display(dir, file string) string {
	absDir, err1 := filepath.Abs(dir)
	absFile, err2 := filepath.Abs(file)
	if err1 != nil || err2 != nil {
		return file
	}
	if rel, err := filepath.Rel(absDir, absFile); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return file
}

func isInternal(path string) bool {
	return strings.HasSuffix(path, "/internal") || strings.Contains(path, "/internal/")
}

const header = "# The exported API of the module, one feature a line, written by tools/apidiff/apitext.\n" +
	"# A line that disappears or changes is an incompatible change. Do not edit by hand.\n"

func render(features []string) []byte {
	var b bytes.Buffer
	b.WriteString(header)
	for _, f := range features {
		b.WriteString(f + "\n")
	}
	return b.Bytes()
}

// parse returns the features of a file that render wrote: its lines,
// comments and blank lines left out.
func parse(data []byte) []string {
	var out []string
	s := bufio.NewScanner(bytes.NewReader(data))
	s.Buffer(nil, 1<<20)
	for s.Scan() {
		if line := s.Text(); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

// compare reports to w the features of recorded that current lacks (an
// incompatible change) and those of current that recorded lacks (a stale
// file), and returns an error if there are any.
func compare(w io.Writer, recorded, current []string, file, regenerate string) error {
	gone := missing(recorded, current)
	added := missing(current, recorded)
	if regenerate == "" {
		regenerate = "apitext -w " + file
	}
	if len(gone) > 0 {
		fmt.Fprintf(w, "incompatible API changes: these features of %s are gone or changed:\n", file)
		for _, f := range gone {
			fmt.Fprintln(w, "\t-", f)
		}
		fmt.Fprintf(w, "Programs that use them would break. If the break is intended, rewrite the file with\n\t%s\nand commit it, so that review sees the break.\n", regenerate)
	}
	if len(added) > 0 {
		fmt.Fprintf(w, "%s is stale: it lacks these new features:\n", file)
		for _, f := range added {
			fmt.Fprintln(w, "\t+", f)
		}
		fmt.Fprintf(w, "Record them with\n\t%s\n", regenerate)
	}
	switch {
	case len(gone) > 0:
		return fmt.Errorf("%d features gone or changed", len(gone))
	case len(added) > 0:
		return fmt.Errorf("%s is stale", file)
	}
	fmt.Fprintf(w, "the API is the one %s records (%d features)\n", file, len(current))
	return nil
}

// missing returns the features of a that b lacks.
func missing(a, b []string) []string {
	in := make(map[string]bool, len(b))
	for _, f := range b {
		in[f] = true
	}
	var out []string
	for _, f := range a {
		if !in[f] {
			out = append(out, f)
		}
	}
	return out
}
