package agreement_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// TestDiffMessagesOnOneLine checks that a title holding a bidirectional
// override, a C1 control (the terminal's control sequence introducer), a
// line break and a byte that is not UTF-8 reaches the messages of the
// changes and the changelog as it reaches the progress table: on one line,
// with nothing that reorders the line or drives the terminal.
func TestDiffMessagesOnOneLine(t *testing.T) {
	const title = "Pay\u202emoc.exe\u009b31m done\r\nnow\xff"
	const shown = "Paymoc.exe 31m done now\ufffd"
	from := scriptsAgreement()
	to := scriptsAgreement()
	to.Milestones = append(to.Milestones, milestone.Milestone{
		ID: "evil", Quarter: qtr("2025-Q1"), Area: focusarea.Trade, Title: bilateral.PlainText(title),
	})
	to.Milestones[0].Title = bilateral.PlainText(title)
	table := to.Progress(qtr("2025-Q1")).Table()
	if !strings.Contains(table, shown) {
		t.Fatalf("the table does not show the title as %q:\n%s", shown, table)
	}
	for _, lang := range []string{"en", "es", "fr"} {
		changes := agreement.DiffIn(from, to, lang)
		if len(changes) != 2 {
			t.Fatalf("%s: %d changes, want 2: %v", lang, len(changes), changes)
		}
		for _, c := range changes {
			if !strings.Contains(c.Message, shown) {
				t.Errorf("%s: the message of %s %s does not show the title as %q: %q", lang, c.Code, c.Path, shown, c.Message)
			}
		}
		log := changes.StringIn(lang)
		for _, s := range []string{changes[0].Message, changes[1].Message, log} {
			if !utf8.ValidString(s) || strings.ContainsAny(s, "\u202e\u009b\r") {
				t.Errorf("%s: %q is not plain text", lang, s)
			}
		}
		if n := strings.Count(log, "\n"); n != 3 {
			t.Errorf("%s: the changelog of a heading and two changes has %d lines:\n%s", lang, n, log)
		}
	}
}
