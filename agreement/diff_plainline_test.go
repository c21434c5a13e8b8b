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

// TestDiffMessagesOfStatusesOnOneLine checks that a status that is not one
// of the statuses, which Validate reports and Diff still compares, is said
// on one line of plain text.
func TestDiffMessagesOfStatusesOnOneLine(t *testing.T) {
	const status = "on\x1b[31m-hold\u202e\nnow"
	// A list shown whole is shown as JSON, on one line.
	whole := agreement.Diff(scriptsAgreement(), func() *agreement.Agreement {
		a := scriptsAgreement()
		a.History = []agreement.Step{{Status: agreement.Status(status)}}
		return a
	}())
	if len(whole) != 1 || strings.ContainsAny(whole[0].Message, "\x1b\u202e\n") {
		t.Errorf("the history set is said as %v", whole)
	}
	from := scriptsAgreement()
	from.History = []agreement.Step{{Status: agreement.Signed}}
	to := scriptsAgreement()
	to.Milestones[0].Status = milestone.Status(status)
	to.Status = agreement.Status(status)
	to.History = []agreement.Step{{Status: agreement.Signed}, {Status: agreement.Status(status), Date: bilateral.MustParseDate("2025-02-03")}}
	changes := agreement.Diff(from, to)
	if len(changes) != 3 {
		t.Fatalf("%d changes, want 3: %v", len(changes), changes)
	}
	for _, c := range changes {
		// A step that does not read as a Step is shown as JSON.
		said := c.Path == "/history/1" || strings.Contains(c.Message, "on [31m hold now")
		if strings.ContainsAny(c.Message, "\x1b\u202e\n") || !said {
			t.Errorf("the message of %s %s is %q: not the status on one line", c.Code, c.Path, c.Message)
		}
	}
}
