// Command usmexico builds the renewed U.S.-Mexico dialogue as an agreement,
// validates it, and prints a briefing of all of it.
//
// Usage:
//
//	go run ./examples/usmexico                  # the briefing
//	go run ./examples/usmexico -json            # the agreement document
//	go run ./examples/usmexico -asof 2025-Q1    # the progress report as of a quarter
//	go run ./examples/usmexico -mermaid         # the milestones as a Mermaid gantt chart
//
// The report and the chart are as of the quarter -asof gives, or else the
// current quarter: the command reads the clock for that default, which the
// library never does.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/bilateral-go/bilateral"
)

// options are the command's flags.
type options struct {
	json    bool
	report  bool // -asof was given
	mermaid bool
	asOf    bilateral.Quarter
}

func main() {
	opts := options{asOf: bilateral.DateOf(time.Now()).Quarter()}
	flag.BoolVar(&opts.json, "json", false, "print the agreement document as JSON")
	flag.BoolVar(&opts.mermaid, "mermaid", false, "print the milestones as a Mermaid gantt chart")
	flag.Func("asof", "print the progress report as of this quarter, such as 2025-Q1", func(s string) error {
		q, err := bilateral.ParseQuarter(s)
		opts.asOf, opts.report = q, true
		return err
	})
	flag.Parse()
	if err := run(os.Stdout, opts); err != nil {
		fmt.Fprintln(os.Stderr, "usmexico:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, opts options) error {
	a := seedAgreement()
	if err := a.Validate(); err != nil {
		return err
	}
	switch {
	case opts.mermaid:
		_, err := io.WriteString(w, a.Gantt(opts.asOf))
		return err
	case opts.report:
		_, err := io.WriteString(w, a.Progress(opts.asOf).Table())
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
	_, err := io.WriteString(w, briefing(a))
	return err
}
