package agreement_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// An agreement between Canada and Germany, built in Go, in the three
// languages it is authentic in: every text has all three. Canada's fiscal
// year starts in April; each of Canada's sessions is hosted in Canada.
func Example_canadaGermany() {
	tr := func(en, fr, de string) bilateral.Text {
		return bilateral.Translated(map[string]string{"en": en, "fr": fr, "de": de})
	}
	canadaFY, err := bilateral.NewFiscalCalendar(time.April)
	if err != nil {
		panic(err)
	}
	q := bilateral.MustParseQuarter
	a := &agreement.Agreement{
		ID:        "canada-germany-hydrogen",
		Kind:      agreement.JointDeclaration,
		Title:     tr("Canada–Germany Hydrogen Alliance", "Alliance Canada–Allemagne pour l'hydrogène", "Deutsch-kanadische Wasserstoffallianz"),
		Languages: []bilateral.LanguageTag{"en", "fr", "de"},
		Status:    agreement.Signed,
		History: []agreement.Step{
			{Status: agreement.Signed, Date: bilateral.DateFrom(2022, time.August, 23)},
		},
		Parties: []agreement.Party{
			{Code: "CA", Name: tr("Canada", "Canada", "Kanada"), Kind: agreement.State, FiscalCalendar: canadaFY,
				Representatives: []agreement.Representative{{Name: "Jonathan Wilkinson", Role: tr("Minister of Natural Resources", "Ministre des Ressources naturelles", "Minister für natürliche Ressourcen")}}},
			{Code: "DE", Name: tr("Germany", "Allemagne", "Deutschland"), Kind: agreement.State},
		},
		Term:       agreement.Term{Start: q("2022-Q3"), End: q("2026-Q4")},
		FocusAreas: []focusarea.Area{{Key: focusarea.Energy}},
		Commitments: []agreement.Commitment{{
			ID: "hydrogen-exports", Area: focusarea.Energy,
			Summary: tr("Hydrogen exports from 2025", "Exportations d'hydrogène dès 2025", "Wasserstoffexporte ab 2025"),
			Implementation: agreement.Implementation{
				Mechanism: agreement.WorkingGroup, Cadence: agreement.Semiannual, Start: q("2022-Q4"),
				Description: tr("A joint working group", "Un groupe de travail conjoint", "Eine gemeinsame Arbeitsgruppe"),
				Venue:       agreement.HostedBy("CA"),
			},
		}},
		Milestones: []milestone.Milestone{
			{ID: "first-shipment", Quarter: q("2025-Q2"), Area: focusarea.Energy, Commitment: "hydrogen-exports",
				Title: tr("First shipment", "Première livraison", "Erste Lieferung")},
		},
	}
	if err := a.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	m := a.Milestones[0]
	fmt.Printf("%s: %s, due %s (Canada's %s)\n", m.Title.In("de"), m.Status, m.Quarter, a.Parties[0].FiscalCalendar.Label(m.Quarter))
	for s := range a.Sessions(q("2025-Q3"), q("2026-Q2")) {
		fmt.Println("session", s.Number, "in", s.Quarter, "hosted by", s.Host)
	}

	// The document it makes is one that Parse accepts.
	data, err := json.Marshal(a)
	if err != nil {
		panic(err)
	}
	parsed, err := agreement.Parse(data)
	fmt.Println(parsed.Title.In("fr"), err)
	// Output:
	// Erste Lieferung: scheduled, due 2025-Q2 (Canada's FY2026 Q1)
	// session 7 in 2025-Q4 hosted by CA
	// session 8 in 2026-Q2 hosted by CA
	// Alliance Canada–Allemagne pour l'hydrogène <nil>
}
