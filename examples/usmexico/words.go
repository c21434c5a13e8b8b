package main

import (
	"fmt"
	"time"

	"github.com/bilateral-go/bilateral"
)

// words are the briefing's own words in one language. The report and the
// chart take theirs from the library.
type words struct {
	term                                          string // the term, from %s to %s
	parties, history, focusAreas                  string
	actions, benefits, priorities                 string
	commitments, milestones, engagements          string
	commitmentHead, milestoneHead, engagementHead []string
	by                                            string // before the quarter of an indicator
	months                                        [13]string
	fiscalYear                                    string // a fiscal year starting in the month %s
	noChanges                                     string // what -diff prints when nothing changed
}

// fiscal describes c.
func (w words) fiscal(c bilateral.FiscalCalendar) string {
	if w.fiscalYear == "" {
		return c.String()
	}
	return fmt.Sprintf(w.fiscalYear, w.months[c.Start()])
}

// briefingWords are the briefing's words by language, one for each
// language of agreement.ReportLanguages.
var briefingWords = map[string]words{
	"en": {
		term: "term %s to %s", parties: "Parties", history: "History", focusAreas: "Focus areas",
		actions: "Proposed actions", benefits: "Anticipated benefits", priorities: "Priorities",
		commitments: "Commitments", milestones: "Milestones", engagements: "Engagements",
		commitmentHead: []string{"TOPIC", "AGREEMENT", "IMPLEMENTATION PLAN", "MECHANISM", "CADENCE", "FROM", "VENUE"},
		milestoneHead:  []string{"QUARTER", "FOCUS AREA", "MILESTONE", "EXPECTED RESULTS", "STATUS"},
		engagementHead: []string{"DATE", "KIND", "HOST", "PLACE", "STATUS"},
		by:             " by ",
		noChanges:      "No changes.\n",
	},
	"es": {
		term: "vigencia del %s al %s", parties: "Partes", history: "Historia", focusAreas: "Áreas",
		actions: "Acciones propuestas", benefits: "Beneficios esperados", priorities: "Prioridades",
		commitments: "Compromisos", milestones: "Hitos", engagements: "Encuentros",
		commitmentHead: []string{"TEMA", "ACUERDO", "PLAN DE IMPLEMENTACIÓN", "MECANISMO", "CADENCIA", "DESDE", "SEDE"},
		milestoneHead:  []string{"TRIMESTRE", "ÁREA", "HITO", "RESULTADOS ESPERADOS", "ESTADO"},
		engagementHead: []string{"FECHA", "TIPO", "ANFITRIÓN", "LUGAR", "ESTADO"},
		by:             " para ",
		months:         [13]string{time.January: "enero", time.April: "abril", time.July: "julio", time.October: "octubre"},
		fiscalYear:     "año fiscal desde %s",
		noChanges:      "Sin cambios.\n",
	},
	"fr": {
		term: "durée du %s au %s", parties: "Parties", history: "Historique", focusAreas: "Domaines",
		actions: "Actions proposées", benefits: "Bénéfices attendus", priorities: "Priorités",
		commitments: "Engagements", milestones: "Jalons", engagements: "Rencontres",
		commitmentHead: []string{"SUJET", "ACCORD", "PLAN DE MISE EN ŒUVRE", "MÉCANISME", "CADENCE", "DÉBUT", "LIEU"},
		milestoneHead:  []string{"TRIMESTRE", "DOMAINE", "JALON", "RÉSULTATS ATTENDUS", "STATUT"},
		engagementHead: []string{"DATE", "TYPE", "HÔTE", "LIEU", "STATUT"},
		by:             " d'ici ",
		months:         [13]string{time.January: "janvier", time.April: "avril", time.July: "juillet", time.October: "octobre"},
		fiscalYear:     "exercice depuis %s",
		noChanges:      "Aucun changement.\n",
	},
}
