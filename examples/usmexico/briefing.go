package main

import (
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
)

// briefing returns a readable account of every part of a.
func briefing(a *agreement.Agreement) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", a.Title)
	fmt.Fprintf(&b, "%s, %s; term %s to %s\n", a.Kind, a.Status, a.Term.Start, a.Term.End)
	if !a.Summary.IsZero() {
		fmt.Fprintf(&b, "\n%s\n", a.Summary)
	}

	section(&b, "Parties")
	for _, p := range a.Parties {
		fmt.Fprintf(&b, "  %s  %s (%s, %s)\n", p.Code, p.Name, p.Kind, p.FiscalCalendar)
		for _, r := range p.Representatives {
			fmt.Fprintf(&b, "      %s, %s\n", r.Name, r.Role)
		}
	}

	if len(a.History) > 0 {
		section(&b, "History")
		for _, s := range a.History {
			fmt.Fprintf(&b, "  %s  %s  %s\n", s.Date, s.Status, s.Note)
		}
	}

	section(&b, "Focus areas")
	for i := range a.FocusAreas {
		area(&b, &a.FocusAreas[i])
	}

	if len(a.Commitments) > 0 {
		section(&b, "Commitments")
		t := table(&b, "TOPIC", "AGREEMENT", "IMPLEMENTATION PLAN", "MECHANISM", "CADENCE", "FROM", "VENUE")
		for _, c := range a.Commitments {
			im := c.Implementation
			row(t, areaTitle(a, c.Area), c.Summary.String(), im.Description.String(),
				string(im.Mechanism), string(im.Cadence), im.Start.String(), orDash(string(im.Venue)))
		}
		t.Flush()
	}

	if len(a.Milestones) > 0 {
		section(&b, "Milestones")
		t := table(&b, "QUARTER", "FOCUS AREA", "MILESTONE", "EXPECTED RESULTS", "STATUS")
		for m := range a.Schedule().All() {
			results := make([]string, len(m.ExpectedResults))
			for i, r := range m.ExpectedResults {
				results[i] = r.String()
			}
			row(t, m.Quarter.String(), areaTitle(a, m.Area), m.Title.String(),
				strings.Join(results, "; "), string(m.Status.OrDefault()))
		}
		t.Flush()
	}

	if len(a.Engagements) > 0 {
		section(&b, "Engagements")
		t := table(&b, "DATE", "KIND", "HOST", "PLACE", "STATUS")
		for _, e := range a.Engagements {
			date := "-"
			if e.Date.IsValid() {
				date = e.Date.String()
			}
			row(t, date, string(e.Kind), string(e.Host), orDash(e.Place.String()), string(e.Status))
		}
		t.Flush()
	}
	return b.String()
}

func area(b *strings.Builder, a *focusarea.Area) {
	fmt.Fprintf(b, "  %s\n", a.DisplayTitle())
	if len(a.Actions) > 0 {
		fmt.Fprintf(b, "    Proposed actions\n")
		for _, act := range a.Actions {
			fmt.Fprintf(b, "      - %s\n", act)
		}
	}
	if len(a.Benefits) > 0 {
		fmt.Fprintf(b, "    Anticipated benefits\n")
		for _, ben := range a.Benefits {
			fmt.Fprintf(b, "      - %s%s\n", ben.Description, indicator(ben.Indicator))
		}
	}
	if len(a.Priorities) > 0 {
		fmt.Fprintf(b, "    Priorities\n")
		for _, p := range a.Priorities {
			for _, s := range p.Statements {
				fmt.Fprintf(b, "      %s: %s\n", p.Party, s)
			}
		}
	}
}

func indicator(ind *focusarea.Indicator) string {
	if ind == nil {
		return ""
	}
	s := " [" + ind.Metric.String() + ": " + string(ind.Direction)
	if ind.Value != 0 {
		s += " " + strconv.FormatFloat(ind.Value, 'g', -1, 64)
		if ind.Unit == focusarea.Percent {
			s += "%"
		} else if ind.Unit != "" {
			s += " " + string(ind.Unit)
		}
	}
	if ind.By.IsValid() {
		s += " by " + ind.By.String()
	}
	return s + "]"
}

func areaTitle(a *agreement.Agreement, k focusarea.Key) string {
	if fa, ok := a.FocusArea(k); ok {
		return fa.DisplayTitle().String()
	}
	return string(k)
}

func section(b *strings.Builder, title string) { fmt.Fprintf(b, "\n%s\n", title) }

func table(b *strings.Builder, headings ...string) *tabwriter.Writer {
	t := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
	row(t, headings...)
	return t
}

func row(t *tabwriter.Writer, cells ...string) {
	fmt.Fprintf(t, "  %s\n", strings.Join(cells, "\t"))
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
