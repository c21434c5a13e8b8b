// Command usmexico builds the renewed U.S.-Mexico dialogue as an agreement,
// validates it, and prints a briefing of all of it.
//
// Usage:
//
//	go run ./examples/usmexico         # the briefing
//	go run ./examples/usmexico -json   # the agreement document
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
)

// options are the command's flags.
type options struct {
	json bool
}

func main() {
	var opts options
	flag.BoolVar(&opts.json, "json", false, "print the agreement document as JSON")
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
