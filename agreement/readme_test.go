package agreement

import (
	"os"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
)

// TestReadmeListsEveryCode keeps the README's table of problem codes in
// step with the catalogue.
func TestReadmeListsEveryCode(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range Codes() {
		if !strings.Contains(string(readme), "`"+c.Code+"`") {
			t.Errorf("README.md does not list the code %s", c.Code)
		}
	}
}

// TestReadmeDocumentParses keeps the README's example document valid.
func TestReadmeDocumentParses(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "```json\n")
	doc, _, _ := strings.Cut(rest, "```")
	if !ok {
		t.Fatal("README.md has no json block")
	}
	if _, err := Parse([]byte(doc)); err != nil {
		t.Errorf("the README's example document does not parse: %v", err)
	}
}

// TestReadmeShowsMeasuredResults keeps the README's example of measured
// results in step: its document, the report of it as of 2025-Q1 and the
// chart of its first benefit.
func TestReadmeShowsMeasuredResults(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("testdata/valid/trade-target.json")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	asOf := bilateral.MustParseQuarter("2025-Q1")
	chart, ok := a.BenefitChart(asOf, focusarea.Trade, 0)
	if !ok {
		t.Fatal("no chart of the first benefit")
	}
	for _, block := range []string{
		"```json\n" + string(data) + "```\n",
		"```\n" + a.Progress(asOf).Table() + "```\n",
		"```mermaid\n" + chart + "```\n",
	} {
		if !strings.Contains(string(readme), block) {
			t.Errorf("README.md does not show, as it is now:\n%s", block)
		}
	}
}
