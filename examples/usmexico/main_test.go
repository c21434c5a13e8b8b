package main

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
)

var update = flag.Bool("update", false, "rewrite the committed seed document from the example")

// seedFile is the seed document, committed beside the other valid documents
// that the agreement package tests.
const seedFile = "../../agreement/testdata/valid/usmexico.json"

// laterFile is a hypothetical later version of the seed, the one that the
// agreement package's ExampleDiff makes.
const laterFile = "../../agreement/testdata/versions/usmexico-later.json"

func TestSeedDocumentMatchesExample(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, options{json: true}); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(seedFile, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(data), out.String()); diff != "" {
		t.Errorf("%s is stale; refresh it with go test ./examples/usmexico -update (-file +example):\n%s", seedFile, diff)
	}
	parsed, err := agreement.Parse(data)
	if err != nil {
		t.Fatalf("Parse(%s): %v", seedFile, err)
	}
	if diff := cmp.Diff(seedAgreement(), parsed); diff != "" {
		t.Errorf("Parse of the seed document differs from the example's value (-example +parsed):\n%s", diff)
	}
}

// The cells of the article's four tables, each of which the briefing shows.
var seedTables = [][]string{
	{"Trade", "Review of tariffs and joint economic forums", "Projected 15% increase in bilateral trade volume"},
	{"Security", "Enhanced intelligence sharing and border patrol coordination", "Decrease in cross-border criminal activities"},
	{"Environment", "Collaborative urban greening and pollution reduction programs", "Better air quality and improved public health outcomes"},

	{"Trade", "Reduction of trade barriers", "Establishment of quarterly review sessions"},
	{"Energy", "Renewable energy initiatives", "Formation of a bilateral task force"},
	{"Security", "Border security cooperation", "Implementation of shared intelligence protocols"},
	{"Culture", "Educational and cultural exchanges", "Annual cultural and academic summits"},

	{"Border Management", "Strengthened security and reduced unauthorized crossings", "Facilitation of legal trade and protection of migrants"},
	{"Economic Growth", "Attracting investments and creating jobs", "Upgrading infrastructure and expanding trade"},
	{"Environmental Cooperation", "Pollution mitigation and climate resilience", "Water conservation and sustainable urban planning"},

	{"2024-Q3", "Trade Policy Harmonization", "Lower tariffs and expedited border logistics"},
	{"2024-Q4", "Cybersecurity Collaboration", "Integrated threat intelligence sharing platform operational"},
	{"2025-Q1", "Sustainable Energy Initiatives", "Launch of binational renewable energy pilot projects"},
	{"2025-Q2", "Security Cooperation", "Expanded joint operations targeting organized crime"},
}

func TestBriefingShowsEverySeedTableCell(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, options{}); err != nil {
		t.Fatal(err)
	}
	brief := out.String()
	for _, row := range seedTables {
		for _, cell := range row {
			if !strings.Contains(brief, cell) {
				t.Errorf("the briefing lacks %q (row %q)", cell, row)
			}
		}
	}
	for _, s := range []string{"Donald Trump", "Claudia Sheinbaum", "Washington, D.C.", "Mexico City", "held", "invited"} {
		if !strings.Contains(brief, s) {
			t.Errorf("the briefing lacks %q", s)
		}
	}
}

func TestMilestoneRowsShowQuarterAreaAndResult(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, options{}); err != nil {
		t.Fatal(err)
	}
	// Each milestone is one line, in quarter order, so that the table reads
	// like the article's schedule.
	_, section, ok := strings.Cut(out.String(), "\nMilestones\n")
	if !ok {
		t.Fatal("the briefing has no Milestones section")
	}
	section, _, _ = strings.Cut(section, "\n\n")
	var quarters []string
	for _, line := range strings.Split(section, "\n") {
		for _, row := range seedTables[10:] {
			if strings.Contains(line, row[1]) {
				if !strings.Contains(line, row[0]) || !strings.Contains(line, row[2]) {
					t.Errorf("milestone line %q lacks its quarter or result", line)
				}
				quarters = append(quarters, row[0])
			}
		}
	}
	if diff := cmp.Diff([]string{"2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"}, quarters); diff != "" {
		t.Errorf("milestone lines mismatch (-want +got):\n%s", diff)
	}
}

// TestFlags checks what each combination of flags prints, and that -json
// with -asof or -mermaid, -diff with any of them, or -patch with -lang, is
// an error rather than a silent choice.
func TestFlags(t *testing.T) {
	asOf := bilateral.MustParseQuarter("2025-Q1")
	tests := []struct {
		name   string
		opts   options
		prefix string // what the output starts with
		err    error
	}{
		{"no flags: the briefing", options{}, "Renewed U.S.-Mexico Dialogue\n", nil},
		{"-json", options{json: true}, "{\n", nil},
		{"-asof", options{report: true, asOf: asOf}, "Progress as of 2025-Q1 ", nil},
		{"-mermaid", options{mermaid: true, asOf: asOf}, "gantt\n", nil},
		{"-mermaid -asof", options{mermaid: true, report: true, asOf: asOf}, "gantt\n", nil},
		{"-json -asof", options{json: true, report: true, asOf: asOf}, "", errUsage},
		{"-json -mermaid", options{json: true, mermaid: true, asOf: asOf}, "", errUsage},
		{"-json -mermaid -asof", options{json: true, mermaid: true, report: true, asOf: asOf}, "", errUsage},
		{"-diff", options{diff: laterFile}, "Milestones\n", nil},
		{"-diff -patch", options{diff: laterFile, patch: true}, "[\n", nil},
		{"-diff the seed", options{diff: seedFile}, "No changes.\n", nil},
		{"-diff -patch the seed", options{diff: seedFile, patch: true}, "[]\n", nil},
		{"-patch", options{patch: true}, "", errUsage},
		{"-diff -json", options{diff: laterFile, json: true}, "", errUsage},
		{"-diff -asof", options{diff: laterFile, report: true, asOf: asOf}, "", errUsage},
		{"-diff -mermaid", options{diff: laterFile, mermaid: true, asOf: asOf}, "", errUsage},
		{"-diff -patch -json", options{diff: laterFile, patch: true, json: true}, "", errUsage},
		{"-mermaid without -asof: as of the term's start", options{mermaid: true}, "gantt\n    title Renewed U.S.-Mexico Dialogue, as of 2024-Q3\n", nil},
		{"-lang es: the briefing", options{lang: "es"}, "Renewed U.S.-Mexico Dialogue\njoint-declaration, negotiating; vigencia del 2024-Q3 al 2025-Q2\n", nil},
		{"-lang fr -asof", options{lang: "fr", report: true, asOf: asOf}, "Avancement au 2025-Q1 (US EF2025 T2, MX EF2025 T1)\n", nil},
		{"-lang es -mermaid", options{lang: "es", mermaid: true}, "gantt\n    title Renewed U.S.-Mexico Dialogue, al 2024-Q3\n", nil},
		{"-lang en", options{lang: "en"}, "Renewed U.S.-Mexico Dialogue\njoint-declaration, negotiating; term 2024-Q3 to 2025-Q2\n", nil},
		{"-lang de", options{lang: "de"}, "", errUsage},
		{"-lang es-MX", options{lang: "es-MX"}, "", errUsage},
		{"-json -lang", options{json: true, lang: "es"}, "", errUsage},
		{"-diff -lang es", options{diff: laterFile, lang: "es"}, "Hitos\n  Trade Policy Harmonization pasa a estado cumplido", nil},
		{"-diff -lang fr", options{diff: laterFile, lang: "fr"}, "Jalons\n  Trade Policy Harmonization passe au statut atteint", nil},
		{"-diff -lang en", options{diff: laterFile, lang: "en"}, "Milestones\n  Trade Policy Harmonization is now met", nil},
		{"-diff -lang fr the seed", options{diff: seedFile, lang: "fr"}, "Aucun changement.\n", nil},
		{"-diff -lang es the seed", options{diff: seedFile, lang: "es"}, "Sin cambios.\n", nil},
		{"-diff -lang de", options{diff: laterFile, lang: "de"}, "", errUsage},
		{"-diff -patch -lang", options{diff: laterFile, patch: true, lang: "es"}, "", errUsage},
		{"-diff -patch -lang en", options{diff: laterFile, patch: true, lang: "en"}, "", errUsage},
		{"-diff -lang -asof", options{diff: laterFile, lang: "es", report: true, asOf: asOf}, "", errUsage},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		err := run(&out, tt.opts)
		if !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("%s: error %v, want %v", tt.name, err, tt.err)
		}
		if !strings.HasPrefix(out.String(), tt.prefix) || (tt.prefix == "") != (out.Len() == 0) {
			t.Errorf("%s: the output starts %.40q, want %q", tt.name, out.String(), tt.prefix)
		}
	}
}

// TestDiffOfBadFiles checks that -diff reports a file it cannot read or a
// document that does not parse, and prints nothing.
func TestDiffOfBadFiles(t *testing.T) {
	dir := t.TempDir()
	invalid := filepath.Join(dir, "invalid.json")
	if err := os.WriteFile(invalid, []byte(`{"id": "Not An Id"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		file string
		want func(error) bool
	}{
		{filepath.Join(dir, "missing.json"), func(err error) bool { return errors.Is(err, os.ErrNotExist) }},
		{invalid, func(err error) bool {
			var ps bilateral.Problems
			return errors.As(err, &ps) && ps.HasCode(agreement.CodeIDSyntax)
		}},
	} {
		var out bytes.Buffer
		err := run(&out, options{diff: tc.file})
		if !tc.want(err) {
			t.Errorf("-diff %s: error %v", filepath.Base(tc.file), err)
		}
		if out.Len() > 0 {
			t.Errorf("-diff %s printed %q", filepath.Base(tc.file), out.String())
		}
	}
}

// TestNeverReadsTheClock checks that the command, like the library it
// shows, never asks what time it is: "now" is a quarter the user gives.
func TestNeverReadsTheClock(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, clock := range []string{"time.Now", "time.Since", "time.Until"} {
			if strings.Contains(string(src), clock) {
				t.Errorf("%s calls %s", f, clock)
			}
		}
	}
}

// TestSpanishBriefing checks that -lang es writes the briefing's headings,
// the vocabulary's titles and the fiscal years in Spanish, and keeps the
// document's own texts, which are in English (such as the title it gives
// its border area).
func TestSpanishBriefing(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, options{lang: "es"}); err != nil {
		t.Fatal(err)
	}
	brief := out.String()
	for _, want := range []string{"\nPartes\n", "\nÁreas\n  Comercio\n", "    Acciones propuestas\n", "año fiscal desde octubre",
		"\nHitos\n  TRIMESTRE", "Border Management", "Trade Policy Harmonization"} {
		if !strings.Contains(brief, want) {
			t.Errorf("the Spanish briefing lacks %q:\n%s", want, brief)
		}
	}
	for _, english := range []string{"\nParties\n", "Proposed actions", "\nFocus areas\n", "fiscal year starting"} {
		if strings.Contains(brief, english) {
			t.Errorf("the Spanish briefing holds %q", english)
		}
	}
}
