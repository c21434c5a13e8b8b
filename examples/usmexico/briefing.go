package main

import (
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
)

// briefing returns a readable account of every part of a, in the
// language lang: the briefing's own words in English, Spanish or French,
// and the texts of the document in lang where it has them (Text.In).
// Kinds and statuses are shown as the document writes them.
func briefing(a *agreement.Agreement, lang string) string {
	w := briefingWords[lang]
	in := func(t bilateral.Text) string { return t.In(lang) }
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", in(a.Title))
	fmt.Fprintf(&b, "%s, %s; %s\n", a.Kind, a.Status, fmt.Sprintf(w.term, a.Term.Start, a.Term.End))
	if !a.Summary.IsZero() {
		fmt.Fprintf(&b, "\n%s\n", in(a.Summary))
	}

	section(&b, w.parties)
	for _, p := range a.Parties {
		fmt.Fprintf(&b, "  %s  %s (%s, %s)\n", p.Code, in(p.Name), p.Kind, w.fiscal(p.FiscalCalendar))
		for _, r := range p.Representatives {
			fmt.Fprintf(&b, "      %s, %s\n", r.Name, in(r.Role))
		}
	}

	if len(a.History) > 0 {
		section(&b, w.history)
		for _, s := range a.History {
			fmt.Fprintf(&b, "  %s  %s  %s\n", s.Date, s.Status, in(s.Note))
		}
	}

	section(&b, w.focusAreas)
	for i := range a.FocusAreas {
		area(&b, &a.FocusAreas[i], w, lang)
	}

	if len(a.Commitments) > 0 {
		section(&b, w.commitments)
		t := table(&b, w.commitmentHead...)
		for _, c := range a.Commitments {
			im := c.Implementation
			row(t, areaTitle(a, c.Area, lang), in(c.Summary), in(im.Description),
				string(im.Mechanism), string(im.Cadence), im.Start.String(), orDash(string(im.Venue)))
		}
		t.Flush()
	}

	if len(a.Milestones) > 0 {
		section(&b, w.milestones)
		t := table(&b, w.milestoneHead...)
		for m := range a.Schedule().All() {
			results := make([]string, len(m.ExpectedResults))
			for i, r := range m.ExpectedResults {
				results[i] = in(r)
			}
			row(t, m.Quarter.String(), areaTitle(a, m.Area, lang), in(m.Title),
				strings.Join(results, "; "), string(m.Status.OrDefault()))
		}
		t.Flush()
	}

	if len(a.Engagements) > 0 {
		section(&b, w.engagements)
		t := table(&b, w.engagementHead...)
		for _, e := range a.Engagements {
			date := "-"
			if e.Date.IsValid() {
				date = e.Date.String()
			}
			row(t, date, string(e.Kind), string(e.Host), orDash(in(e.Place)), string(e.Status))
		}
		t.Flush()
	}
	return b.String()
}

func area(b *strings.Builder, a *focusarea.Area, w words, lang string) {
	fmt.Fprintf(b, "  %s\n", a.DisplayTitle().In(lang))
	if len(a.Actions) > 0 {
		fmt.Fprintf(b, "    %s\n", w.actions)
		for _, act := range a.Actions {
			fmt.Fprintf(b, "      - %s\n", act.In(lang))
		}
	}
	if len(a.Benefits) > 0 {
		fmt.Fprintf(b, "    %s\n", w.benefits)
		for _, ben := range a.Benefits {
			fmt.Fprintf(b, "      - %s%s\n", ben.Description.In(lang), indicator(ben.Indicator, w, lang))
		}
	}
	if len(a.Priorities) > 0 {
		fmt.Fprintf(b, "    %s\n", w.priorities)
		for _, p := range a.Priorities {
			for _, s := range p.Statements {
				fmt.Fprintf(b, "      %s: %s\n", p.Party, s.In(lang))
			}
		}
	}
}

func indicator(ind *focusarea.Indicator, w words, lang string) string {
	if ind == nil {
		return ""
	}
	s := " [" + ind.Metric.In(lang) + ": " + string(ind.Direction)
	if ind.Value != 0 {
		s += " " + strconv.FormatFloat(ind.Value, 'g', -1, 64)
		if ind.Unit == focusarea.Percent {
			s += "%"
		} else if ind.Unit != "" {
			s += " " + string(ind.Unit)
		}
	}
	if ind.By.IsValid() {
		s += w.by + ind.By.String()
	}
	return s + "]"
}

func areaTitle(a *agreement.Agreement, k focusarea.Key, lang string) string {
	if fa, ok := a.FocusArea(k); ok {
		return fa.DisplayTitle().In(lang)
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
