package agreement

import (
	"strings"
)

// String returns the changes as a changelog for people: a section for each
// part of the agreement that changed (the lifecycle, focus areas,
// commitments, milestones, engagements, and the rest), in that order, each
// under its heading and with one indented line per change, in the order of
// c. Its headings are in English: it is c.StringIn("en"). It returns "" for
// no changes.
func (c Changes) String() string { return c.StringIn("en") }

// StringIn is [Changes.String] with the headings of the sections in the
// language tag lang, chosen as [DiffIn] chooses it (English for a language
// with no words of its own). The lines are the messages of the changes as
// they are: written in the language that [Diff] or [DiffIn] wrote them in,
// with the values of enums other than statuses as their codes in the JSON
// contract, the same in every language (see [DiffIn]).
// For a changelog wholly in one language, write the changes and the
// changelog in the same one:
//
//	changes := agreement.DiffIn(older, newer, "es")
//	fmt.Print(changes.StringIn("es"))
func (c Changes) StringIn(lang string) string {
	ws := wordsIn(lang)
	var bySection [sectionCount][]string
	for i := range c {
		s := sectionOfPath(c[i].Path)
		bySection[s] = append(bySection[s], plainLine(c[i].Message))
	}
	var b strings.Builder
	for s, lines := range bySection {
		if len(lines) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(ws.get(sectionWords[s]))
		b.WriteByte('\n')
		for _, line := range lines {
			b.WriteString("  ")
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// sectionOfPath returns the changelog section of a change at path.
func sectionOfPath(path string) int {
	first := ""
	if path != "" {
		first, _, _ = strings.Cut(path[1:], "/")
	}
	switch first {
	case "status", "history":
		return sectionLifecycle
	case "focusAreas":
		return sectionAreas
	case "commitments":
		return sectionCommitments
	case "milestones":
		return sectionMilestones
	case "engagements":
		return sectionEngagements
	}
	return sectionOther
}
