// Command usmexico builds the renewed U.S.-Mexico dialogue as an agreement,
// validates it, and prints a briefing of all of it.
//
// Usage:
//
//	go run ./examples/usmexico                           # the briefing
//	go run ./examples/usmexico -json                     # the agreement document
//	go run ./examples/usmexico -asof 2025-Q1             # the progress report as of a quarter
//	go run ./examples/usmexico -mermaid                  # the milestones as a Mermaid gantt chart
//	go run ./examples/usmexico -mermaid -asof 2025-Q1    # the chart as of a quarter
//	go run ./examples/usmexico -lang es -asof 2025-Q1    # the report in Spanish
//	go run ./examples/usmexico -diff later.json          # what changed from the seed to a later version
//	go run ./examples/usmexico -diff later.json -lang es # the changelog in Spanish
//	go run ./examples/usmexico -diff later.json -patch   # the changes as an RFC 6902 JSON Patch
//
// The command prints one thing. -mermaid prints the chart, as of the quarter
// -asof gives, or else as of the first quarter of the agreement's term: like
// the library, the command never reads the clock, so "now" is always a
// quarter you give. -asof without -mermaid prints the report. -lang en, es
// or fr writes the briefing, the report, the chart and the changelog in that
// language: the headings, statuses, fiscal labels and the messages of
// changes, and the titles of the built-in focus areas (the document's own
// texts are in English, as the article is). The document is the same as of
// any quarter and in any language, so -json with -asof, -mermaid or -lang is
// an error, as are arguments other than flags. -diff reads an agreement
// document from a file, parses it, and prints the changelog from the seed to
// it, or with -patch the JSON Patch; it goes with no other flag but -lang.
// -patch goes only with -diff, and not with -lang: a patch has no words.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
)

// options are the command's flags.
type options struct {
	json    bool
	report  bool // -asof was given
	mermaid bool
	asOf    bilateral.Quarter // the zero Quarter unless -asof was given
	lang    string            // "" unless -lang was given, then one of agreement.ReportLanguages()
	diff    string            // -diff: the file of a later version
	patch   bool
}

func main() {
	var opts options
	flag.BoolVar(&opts.json, "json", false, "print the agreement document as JSON")
	flag.BoolVar(&opts.mermaid, "mermaid", false, "print the milestones as a Mermaid gantt chart, as of -asof or the term's first quarter")
	flag.StringVar(&opts.lang, "lang", "", "write in this language: "+strings.Join(agreement.ReportLanguages(), ", "))
	flag.StringVar(&opts.diff, "diff", "", "print what changed from the seed to the agreement document in this `file`")
	flag.BoolVar(&opts.patch, "patch", false, "with -diff, print the changes as an RFC 6902 JSON Patch")
	flag.Func("asof", "print the progress report as of this quarter, such as 2025-Q1", func(s string) error {
		q, err := bilateral.ParseQuarter(s)
		opts.asOf, opts.report = q, true
		return err
	})
	flag.Parse()
	err := opts.check()
	if err == nil && flag.NArg() > 0 {
		err = fmt.Errorf("%w: unexpected arguments %q", errUsage, flag.Args())
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "usmexico:", err)
		flag.Usage()
		os.Exit(2)
	}
	if err := run(os.Stdout, opts); err != nil {
		fmt.Fprintln(os.Stderr, "usmexico:", err)
		os.Exit(1)
	}
}

// errUsage is the error of flags that do not go together.
var errUsage = errors.New("usage")

// check reports flags that do not go together.
func (o options) check() error {
	switch {
	case o.diff != "" && (o.json || o.report || o.mermaid):
		return fmt.Errorf("%w: -diff prints the changes to the document; leave out -json, -asof and -mermaid", errUsage)
	case o.patch && o.diff == "":
		return fmt.Errorf("%w: -patch prints the changes of -diff; give -diff and a file", errUsage)
	case o.patch && o.lang != "":
		return fmt.Errorf("%w: -patch prints a JSON Patch, which has no words; leave out -lang", errUsage)
	case o.json && (o.report || o.mermaid || o.lang != ""):
		return fmt.Errorf("%w: -json prints the document, which is the same as of any quarter and in any language; leave out -asof, -mermaid and -lang", errUsage)
	case o.lang != "" && !slices.Contains(agreement.ReportLanguages(), o.lang):
		return fmt.Errorf("%w: -lang %q: the languages are %s", errUsage, o.lang, strings.Join(agreement.ReportLanguages(), ", "))
	}
	return nil
}

// language returns the language to write in: -lang, or English.
func (o options) language() string {
	if o.lang == "" {
		return "en"
	}
	return o.lang
}

// run prints what opts ask for.
func run(w io.Writer, opts options) error {
	if err := opts.check(); err != nil {
		return err
	}
	a := seedAgreement()
	if err := a.Validate(); err != nil {
		return err
	}
	lang := opts.language()
	switch {
	case opts.diff != "":
		return printChanges(w, a, opts)
	case opts.mermaid:
		asOf := opts.asOf
		if !asOf.IsValid() {
			asOf = a.Term.Start // never the clock: see the package doc
		}
		_, err := io.WriteString(w, a.GanttIn(asOf, lang))
		return err
	case opts.report:
		_, err := io.WriteString(w, a.Progress(opts.asOf).TableIn(lang))
		return err
	}
	if opts.json {
		b, err := json.MarshalIndent(a, "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", b)
		return err
	}
	_, err := io.WriteString(w, briefing(a, lang))
	return err
}

// printChanges prints what changed from a to the agreement in the file
// opts.diff: the changelog, or the JSON Patch.
func printChanges(w io.Writer, a *agreement.Agreement, opts options) error {
	data, err := os.ReadFile(opts.diff)
	if err != nil {
		return err
	}
	later, err := agreement.Parse(data)
	if err != nil {
		return fmt.Errorf("%s: %w", opts.diff, err)
	}
	lang := opts.language()
	changes := agreement.DiffIn(a, later, lang)
	switch {
	case opts.patch:
		_, err = fmt.Fprintf(w, "%s\n", changes.Patch())
	case len(changes) == 0:
		_, err = io.WriteString(w, briefingWords[lang].noChanges)
	default:
		_, err = io.WriteString(w, changes.StringIn(lang))
	}
	return err
}
