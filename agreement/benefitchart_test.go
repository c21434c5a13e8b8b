package agreement_test

import (
	"html"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
)

// An xyChart is a chart that BenefitChart wrote, as Mermaid 11 reads it
// (xychart.jison): the title, the categories of the x axis, the title of
// the y axis, and the lines, each with its name and values. Strings are
// as Mermaid draws them, entity codes decoded.
type xyChart struct {
	Title, YAxis string
	Quarters     []string
	Lines        []xyLine
}

type xyLine struct {
	Name   string
	Values []float64
}

// mermaidNumber is what Mermaid's xychart lexer reads as a number
// (NUMBER_WITH_DECIMAL): no exponent, no infinity.
var mermaidNumber = regexp.MustCompile(`^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$`)

// mermaidEntity is what Mermaid (encodeEntities, before it parses any
// chart) takes for an entity code, which the drawn chart shows as the
// character it names.
var mermaidEntity = regexp.MustCompile(`#\w+;`)

// mermaidPreprocessed are the texts that Mermaid changes or drops before
// it parses a chart: comments, directives, and lines that encodeEntities
// cuts short (style and classDef with a colon, "#" and ";").
var mermaidPreprocessed = regexp.MustCompile(`%%|style.*:\S*#.*;|classDef.*:\S*#.*;`)

// drawn returns the text that Mermaid draws for the inside of a string:
// each entity code decoded, as Mermaid does after encodeEntities.
func drawn(s string) string {
	return mermaidEntity.ReplaceAllStringFunc(s, func(e string) string {
		name := e[1 : len(e)-1]
		if _, err := strconv.Atoi(name); err == nil {
			return html.UnescapeString("&#" + name + ";")
		}
		return html.UnescapeString("&" + name + ";")
	})
}

// readString reads a Mermaid string at the start of s: a double quote, any
// text but a double quote (the lexer's string state), a double quote.
func readString(t *testing.T, s string) (text, rest string) {
	t.Helper()
	if !strings.HasPrefix(s, `"`) {
		t.Fatalf("%q does not start with a string", s)
	}
	end := strings.IndexByte(s[1:], '"')
	if end < 0 {
		t.Fatalf("the string of %q does not end", s)
	}
	return drawn(s[1 : end+1]), s[end+2:]
}

// parseXYChart reads a chart as Mermaid does, and fails the test where
// Mermaid would read something else than BenefitChart meant.
func parseXYChart(t *testing.T, chart string) xyChart {
	t.Helper()
	if m := mermaidPreprocessed.FindString(chart); m != "" {
		t.Errorf("the chart holds %q, which Mermaid changes before it parses the chart:\n%s", m, chart)
	}
	if !strings.HasSuffix(chart, "\n") {
		t.Errorf("the chart does not end with a newline")
	}
	lines := strings.Split(strings.TrimSuffix(chart, "\n"), "\n")
	if lines[0] != "xychart-beta" {
		t.Fatalf("the chart does not start with xychart-beta:\n%s", chart)
	}
	var c xyChart
	for _, line := range lines[1:] {
		body, ok := strings.CutPrefix(line, "    ")
		if !ok {
			t.Fatalf("line %q is not indented by four spaces", line)
		}
		keyword, rest, _ := strings.Cut(body, " ")
		switch keyword {
		case "title":
			c.Title, rest = readString(t, rest)
		case "y-axis":
			c.YAxis, rest = readString(t, rest)
		case "x-axis":
			rest, ok = strings.CutPrefix(rest, "[")
			for ok {
				var q string
				q, rest = readString(t, rest)
				c.Quarters = append(c.Quarters, q)
				rest, ok = strings.CutPrefix(rest, ", ")
			}
			rest, ok = strings.CutPrefix(rest, "]")
			if !ok {
				t.Fatalf("the x axis %q does not end with ]", line)
			}
		case "line":
			var l xyLine
			l.Name, rest = readString(t, rest)
			list, ok := strings.CutPrefix(rest, " [")
			if !ok || !strings.HasSuffix(list, "]") {
				t.Fatalf("the line %q has no list of values", line)
			}
			for _, v := range strings.Split(strings.TrimSuffix(list, "]"), ", ") {
				if !mermaidNumber.MatchString(v) {
					t.Fatalf("the value %q of %q is not a number to Mermaid", v, line)
				}
				x, _ := strconv.ParseFloat(v, 64)
				l.Values = append(l.Values, x)
			}
			rest = ""
			c.Lines = append(c.Lines, l)
		default:
			t.Fatalf("line %q is not a statement of the chart", line)
		}
		if rest != "" {
			t.Fatalf("line %q goes on after its statement: %q", line, rest)
		}
	}
	for _, l := range c.Lines {
		if len(l.Values) != len(c.Quarters) {
			t.Errorf("the line %q has %d values for %d quarters; Mermaid draws a broken line", l.Name, len(l.Values), len(c.Quarters))
		}
	}
	return c
}

func TestBenefitChart(t *testing.T) {
	a := tradeTarget()
	chart, ok := a.BenefitChart(qtr("2025-Q1"), focusarea.Trade, 0)
	if !ok {
		t.Fatal("no chart")
	}
	want := "xychart-beta\n" +
		"    title \"Bilateral trade volume, as of 2025-Q1\"\n" +
		"    x-axis [\"2024-Q2\", \"2024-Q3\", \"2024-Q4\", \"2025-Q1\", \"2025-Q2\"]\n" +
		"    y-axis \"billion U.S. dollars\"\n" +
		"    line \"Planned\" [100, 103.75, 107.5, 111.25, 115]\n" +
		"    line \"Observed\" [100, 100, 106, 106, 106]\n"
	if chart != want {
		t.Errorf("BenefitChart =\n%s\nwant\n%s", chart, want)
	}
	parseXYChart(t, chart)
}

func TestBenefitChartCases(t *testing.T) {
	type tc struct {
		name     string
		change   func(*agreement.Agreement)
		asOf     string
		quarters []string
		lines    []xyLine
	}
	ind := func(a *agreement.Agreement) *focusarea.Indicator { return a.FocusAreas[0].Benefits[0].Indicator }
	tests := []tc{
		{
			name: "decrease in absolute terms, by the end of the term, all observations as of no quarter",
			change: func(a *agreement.Agreement) {
				i := ind(a)
				i.Direction, i.Unit, i.Value, i.By = focusarea.Decrease, focusarea.Absolute, 12, bilateral.Quarter{}
				i.Observations = append(i.Observations, focusarea.Observation{Quarter: qtr("2025-Q3"), Value: 97})
			},
			quarters: []string{"2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"},
			lines: []xyLine{
				{"Planned", []float64{100, 98, 96, 94, 92, 90, 88}},
				{"Observed", []float64{100, 100, 106, 106, 106, 97, 97}},
			},
		},
		{
			name: "maintain, observed after By, as of a quarter before the last observation",
			change: func(a *agreement.Agreement) {
				i := ind(a)
				i.Direction, i.Value, i.By = focusarea.Maintain, 2, qtr("2024-Q4")
				i.Observations = append(i.Observations,
					focusarea.Observation{Quarter: qtr("2025-Q2"), Value: 101},
					focusarea.Observation{Quarter: qtr("2025-Q4"), Value: 104})
			},
			asOf:     "2025-Q3",
			quarters: []string{"2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"},
			lines: []xyLine{
				{"Planned", []float64{100, 100, 100, 100, 100}},
				{"Observed", []float64{100, 100, 106, 106, 101}},
			},
		},
		{
			name: "negative levels, in percent of the baseline",
			change: func(a *agreement.Agreement) {
				i := ind(a)
				i.Baseline.Value, i.Value, i.By = -40, 50, qtr("2024-Q4")
				i.Observations = []focusarea.Observation{{Quarter: qtr("2024-Q3"), Value: -50}}
			},
			asOf:     "2025-Q1",
			quarters: []string{"2024-Q2", "2024-Q3", "2024-Q4"},
			lines: []xyLine{
				{"Planned", []float64{-40, -50, -60}},
				{"Observed", []float64{-40, -50, -50}},
			},
		},
		{
			name: "a span of centuries shows the quarters with a level",
			change: func(a *agreement.Agreement) {
				a.Term.End = qtr("2525-Q4")
				ind(a).By = qtr("2525-Q4")
			},
			asOf:     "2525-Q4",
			quarters: []string{"2024-Q2", "2024-Q4", "2525-Q4"},
			lines: []xyLine{
				{"Planned", []float64{100, 100 + 15*2.0/2006, 115}},
				{"Observed", []float64{100, 106, 106}},
			},
		},
	}
	for _, tt := range tests {
		a := tradeTarget()
		tt.change(a)
		var asOf bilateral.Quarter
		if tt.asOf != "" {
			asOf = qtr(tt.asOf)
		}
		chart, ok := a.BenefitChart(asOf, focusarea.Trade, 0)
		if !ok {
			t.Errorf("%s: no chart", tt.name)
			continue
		}
		c := parseXYChart(t, chart)
		if diff := cmp.Diff(tt.quarters, c.Quarters); diff != "" {
			t.Errorf("%s: quarters mismatch (-want +got):\n%s", tt.name, diff)
		}
		if diff := cmp.Diff(tt.lines, c.Lines); diff != "" {
			t.Errorf("%s: lines mismatch (-want +got):\n%s\n%s", tt.name, diff, chart)
		}
	}
}

// TestBenefitChartTexts checks that Mermaid draws the metric and the
// measure as they are written, whatever characters they hold, but for
// control characters, which become spaces.
func TestBenefitChartTexts(t *testing.T) {
	for _, s := range []string{
		`Trade "volume": #1; 50%% <b>&amp;</b>`, "%%{init: {\"theme\": \"dark\"}}%%", "%%%", "style a:#fff;",
		"classDef x:#1;", "貿易量 (十億ドル)", "Line\nbreak", "#quot;", "a\"b", "[1, 2]", "title x",
	} {
		a := tradeTarget()
		ind := a.FocusAreas[0].Benefits[0].Indicator
		ind.Metric, ind.Measure = bilateral.PlainText(s), bilateral.PlainText(s)
		chart, _ := a.BenefitChart(bilateral.Quarter{}, focusarea.Trade, 0)
		c := parseXYChart(t, chart)
		want := strings.ReplaceAll(s, "\n", " ")
		if c.Title != want || c.YAxis != want {
			t.Errorf("%q: Mermaid draws the title %q and the y axis %q, want %q", s, c.Title, c.YAxis, want)
		}
	}
}

func TestBenefitChartIn(t *testing.T) {
	a := tradeTarget()
	ind := a.FocusAreas[0].Benefits[0].Indicator
	ind.Metric = bilateral.Translated(map[string]string{"en": "Trade volume", "es": "Volumen del comercio"})
	ind.Measure = bilateral.Translated(map[string]string{"en": "billion dollars", "es": "miles de millones de dólares"})
	for lang, want := range map[string]xyChart{
		"es-MX": {Title: "Volumen del comercio, al 2025-Q1", YAxis: "miles de millones de dólares", Lines: []xyLine{{Name: "Previsto"}, {Name: "Observado"}}},
		"fr":    {Title: "Trade volume, au 2025-Q1", YAxis: "billion dollars", Lines: []xyLine{{Name: "Prévu"}, {Name: "Observé"}}},
		"de":    {Title: "Trade volume, as of 2025-Q1", YAxis: "billion dollars", Lines: []xyLine{{Name: "Planned"}, {Name: "Observed"}}},
	} {
		chart, _ := a.BenefitChartIn(qtr("2025-Q1"), focusarea.Trade, 0, lang)
		c := parseXYChart(t, chart)
		c.Quarters = nil
		for i := range c.Lines {
			c.Lines[i].Values = nil
		}
		if diff := cmp.Diff(want, c); diff != "" {
			t.Errorf("%s: chart mismatch (-want +got):\n%s", lang, diff)
		}
	}
}

func TestBenefitChartNone(t *testing.T) {
	a := tradeTarget()
	a.FocusAreas[0].Benefits = append(a.FocusAreas[0].Benefits,
		focusarea.Benefit{Description: bilateral.PlainText("no indicator")},
		focusarea.Benefit{Description: bilateral.PlainText("no baseline"), Indicator: &focusarea.Indicator{Metric: bilateral.PlainText("m")}})
	for _, tt := range []struct {
		area    focusarea.Key
		benefit int
	}{{focusarea.Water, 0}, {focusarea.Trade, -1}, {focusarea.Trade, 1}, {focusarea.Trade, 2}, {focusarea.Trade, 3}} {
		if chart, ok := a.BenefitChart(qtr("2025-Q1"), tt.area, tt.benefit); ok || chart != "" {
			t.Errorf("BenefitChart(%s, %d) = %q, %v; want none", tt.area, tt.benefit, chart, ok)
		}
	}
}

// FuzzBenefitReports checks, for any metric, levels and promise, that the
// chart of the benefit reads as Mermaid 11 reads it, with the metric drawn
// as written (control characters as spaces), and that the report's
// benefits table keeps its columns aligned.
func FuzzBenefitReports(f *testing.F) {
	f.Add("Bilateral trade volume", 100.0, 106.0, 15.0, uint8(0), uint8(0), "en")
	f.Add(`a "b": #1; %%{c} <d>&`, -4.5, 0.0, 0.0, uint8(2), uint8(1), "es-MX")
	f.Add("貿易量\u0301\u200b", 1e300, -1e-300, 1e20, uint8(1), uint8(2), "fr")
	f.Fuzz(func(t *testing.T, metric string, base, level, value float64, unit, dir uint8, lang string) {
		a := tradeTarget()
		ind := a.FocusAreas[0].Benefits[0].Indicator
		ind.Metric = bilateral.PlainText(metric)
		ind.Baseline.Value, ind.Observations[0].Value, ind.Value = base, level, value
		ind.Unit = []focusarea.Unit{focusarea.Percent, focusarea.Absolute, focusarea.Index, ""}[unit%4]
		ind.Direction = []focusarea.Direction{focusarea.Increase, focusarea.Decrease, focusarea.Maintain}[dir%3]
		chart, ok := a.BenefitChartIn(qtr("2025-Q1"), focusarea.Trade, 0, lang)
		if !ok {
			t.Fatal("no chart")
		}
		c := parseXYChart(t, chart)
		if len(c.Lines) != 2 || len(c.Quarters) == 0 {
			t.Fatalf("the chart has %d lines over %d quarters:\n%s", len(c.Lines), len(c.Quarters), chart)
		}
		if utf8.ValidString(metric) && !strings.ContainsFunc(metric, func(r rune) bool {
			return r < ' ' || 0x7f <= r && r <= 0x9f || r == '\u2028' || r == '\u2029' || '\u202a' <= r && r <= '\u202e' || '\u2066' <= r && r <= '\u2069'
		}) && !strings.HasPrefix(c.Title, metric+", ") {
			t.Errorf("Mermaid draws the title %q for the metric %q", c.Title, metric)
		}
		// The table's check finds cells by the two spaces between them, so
		// the metric there has no spaces, nor characters that become one.
		ind.Metric = bilateral.PlainText("x" + strings.Map(func(r rune) rune {
			if r < ' ' || 0x7f <= r && r <= 0x9f || unicode.IsSpace(r) {
				return '_'
			}
			return r
		}, metric) + "x")
		report := a.Progress(qtr("2025-Q1")).TableIn(lang)
		_, blocks := tableBlocks(report)
		for _, block := range blocks {
			head := cellColumns(block[0])
			for _, line := range block[1:] {
				if cols := cellColumns(line); !equalInts(cols, head) {
					t.Errorf("the cells of %q start at the columns %v, those of the heading at %v", line, cols, head)
				}
			}
		}
	})
}
